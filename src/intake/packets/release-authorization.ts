import * as z from 'zod';
import { ClientId, type Decision, isNonEmpty, LocalDate, type Reason, reason } from '../../core/index.js';
import { compareReasons, DocumentId, sortInPlace, validateArguments } from '../../core/internal.js';
import type { IntakeReasonCode } from '../reason-codes.js';

const Text = z.string().trim().min(1).max(2_000);

/**
 * A written revocation of a release, or one the practice heard of otherwise: a revocation takes effect only in
 * writing (45 CFR 164.508(b)(5)).
 *
 * @example
 * ```ts
 * ReleaseRevocation.parse({ receivedOn: '2026-03-07', inWriting: true });
 * ```
 */
export const ReleaseRevocation = z.strictObject({
  /** The day the practice received it. */
  receivedOn: LocalDate,
  /** Received in writing (a letter, a signed form, a message the practice accepts as writing). */
  inWriting: z.boolean(),
});
export type ReleaseRevocation = z.infer<typeof ReleaseRevocation>;

/**
 * What a HIPAA authorization to release information says, as the practice recorded it from the signed form, and
 * its revocation if any: the core elements of 45 CFR 164.508(c)(1) and the statements of (c)(2). Every element
 * is optional here: a missing one is a reason from {@link evaluateReleaseAuthorization}, not a throw.
 *
 * @example
 * ```ts
 * ReleaseAuthorization.parse({ id: 'roi-1', clientId: 'c-1', expiresOn: '2026-09-30' });
 * //=> { id: 'roi-1', clientId: 'c-1', expiresOn: '2026-09-30', signedByRepresentative: false, … }
 * ```
 */
export const ReleaseAuthorization = z.strictObject({
  id: DocumentId,
  clientId: ClientId,
  /** (c)(1)(i): the information to be disclosed, described specifically and meaningfully. */
  information: Text.optional(),
  /** (c)(1)(ii): who may make the disclosure (names or a specific identification or class). */
  disclosers: z.array(Text).max(50).optional(),
  /** (c)(1)(iii): who may receive it. */
  recipients: z.array(Text).max(50).optional(),
  /** (c)(1)(iv): each purpose ("at the request of the individual" suffices when the client asks). */
  purposes: z.array(Text).max(50).optional(),
  /** (c)(1)(v): the expiration date… */
  expiresOn: LocalDate.optional(),
  /**
   * …or event that relates to the client or the purpose ("end of treatment"); "none" only for research. With a
   * date as well, the release ends at whichever comes first.
   */
  expirationEvent: Text.optional(),
  /**
   * The day the expiration event happened, `null` when it is recorded as not happened yet; left out with an
   * event and no date, whether the release is still in force is not known.
   */
  expirationEventOccurredOn: LocalDate.nullable().optional(),
  /** (c)(1)(vi): who signed it, as written on the form. */
  signedBy: Text.optional(),
  /** (c)(1)(vi): the date it was signed. */
  signedOn: LocalDate.optional(),
  /** A personal representative signed it (164.502(g)), not the client. */
  signedByRepresentative: z.boolean().default(false),
  /** (c)(1)(vi): for a representative, the description of their authority to act for the client. */
  representativeAuthority: Text.optional(),
  /** (c)(2)(i): the right to revoke in writing, its exceptions and how (or a reference to the privacy notice). */
  rightToRevokeStatement: z.boolean().default(false),
  /** (c)(2)(ii): whether treatment, payment, enrollment or eligibility may be conditioned on signing. */
  conditioningStatement: z.boolean().default(false),
  /** (c)(2)(iii): the information disclosed may be redisclosed by the recipient and no longer protected. */
  redisclosureStatement: z.boolean().default(false),
  revocation: ReleaseRevocation.optional(),
});
export type ReleaseAuthorization = z.infer<typeof ReleaseAuthorization>;
/** What callers pass for a {@link ReleaseAuthorization}, before defaults apply. */
export type ReleaseAuthorizationInput = z.input<typeof ReleaseAuthorization>;

/**
 * Options for {@link evaluateReleaseAuthorization}: `asOf`, the day of the disclosure asked about.
 *
 * @example
 * ```ts
 * EvaluateReleaseAuthorizationOptions.parse({ asOf: '2026-03-10' }); //=> { asOf: '2026-03-10' }
 * ```
 */
export const EvaluateReleaseAuthorizationOptions = z.strictObject({ asOf: LocalDate });
export type EvaluateReleaseAuthorizationOptions = z.infer<typeof EvaluateReleaseAuthorizationOptions>;

/**
 * Whether a disclosure on `asOf` may be made under a release: `valid`, `refused` (an element missing, not yet
 * signed, expired, or revoked in writing before that day) or `undecided` (the expiration event's date, or a
 * revocation's form or order within the day, is not known).
 *
 * @example
 * ```ts
 * const d: ReleaseAuthorizationDecision = evaluateReleaseAuthorization({ id: 'roi-1', clientId: 'c-1' }, { asOf: '2026-03-10' });
 * d.outcome; //=> 'refused'
 * ```
 */
export type ReleaseAuthorizationDecision = Decision<
  'valid',
  'refused' | 'undecided',
  IntakeReasonCode,
  { readonly authorizationId: string; readonly clientId: string }
>;

const NO_EXPIRY = /^\s*(none|no expiration|never)\s*\.?\s*$/i;

/**
 * Decides whether a disclosure on `asOf` may be made under a client's written authorization (45 CFR 164.508):
 * every core element of (c)(1) and statement of (c)(2) is there, it was signed by then, it has not expired
 * (its date is on or after `asOf`; its event has not happened by then: with both written, the first ends it), and
 * no revocation was received in writing before that day. A revocation received after the disclosure does not undo it ((b)(5): what was done
 * in reliance stands); one received the same day is `undecided` (which came first is not known), and one not in
 * writing is `undecided` too (it takes effect in writing; nobody discloses on it meanwhile without asking).
 * "None" is no expiration outside research.
 *
 * @param authorization - the release as recorded from the signed form, and its revocation if any
 * @param options - `asOf`, the day of the disclosure
 * @returns `valid`, `refused` or `undecided`, with a reason per finding (`facts.path`, `facts.paragraph`)
 * @throws {@link ValidationError} listing every problem of both arguments (never echoing a value).
 * @remarks 45 CFR 164.508(b)(5), (c) [sources: cfr-45-164.508]. Who may sign (the client or a personal
 * representative, 164.502(g)) is the first-session gate's check; here a representative's signature needs the
 * description of their authority. Plain language ((c)(3)) and the copy given to the client ((c)(4)) are not
 * read.
 * @example
 * ```ts
 * evaluateReleaseAuthorization(
 *   { id: 'roi-1', clientId: 'c-1', information: 'Attendance and diagnosis', disclosers: ['Cedar Counseling'],
 *     recipients: ['Lincoln High School counselor'], purposes: ['school support plan'], expiresOn: '2026-06-30',
 *     signedBy: 'A. Client', signedOn: '2026-03-02', rightToRevokeStatement: true, conditioningStatement: true,
 *     redisclosureStatement: true, revocation: { receivedOn: '2026-03-20', inWriting: true } },
 *   { asOf: '2026-03-10' },
 * );
 * //=> { outcome: 'valid', authorizationId: 'roi-1', clientId: 'c-1',
 * //     reasons: [{ code: 'intake.release.revoked_after_disclosure', … }, { code: 'intake.release.valid', … }] }
 * ```
 */
export function evaluateReleaseAuthorization(
  authorization: ReleaseAuthorizationInput,
  options: EvaluateReleaseAuthorizationOptions,
): ReleaseAuthorizationDecision {
  const [a, o] = validateArguments([
    ['authorization', ReleaseAuthorization, authorization, 'release authorization'],
    ['options', EvaluateReleaseAuthorizationOptions, options, 'release authorization options'],
  ]);
  return releaseAuthorizationOf(a, o.asOf);
}

/**
 * {@link evaluateReleaseAuthorization} on a validated release, for the first-session gate (which reads the
 * releases of a file it validated already).
 */
export function releaseAuthorizationOf(
  a: ReleaseAuthorization,
  asOf: LocalDate,
): ReleaseAuthorizationDecision {
  const reasons: Reason<IntakeReasonCode>[] = [];
  let unknown = false;
  const missing = (field: string, paragraph: string, what: string) =>
    reasons.push(
      reason(
        'intake.release.missing_element',
        'error',
        `The release lacks ${what} (45 CFR ${paragraph}): it is not a valid authorization, and nothing may be disclosed under it until it is signed again with it.`,
        { path: `$.authorization.${field}`, element: field, paragraph },
      ),
    );
  // The core elements and required statements [sources: cfr-45-164.508].
  if (a.information === undefined) missing('information', '164.508(c)(1)(i)', 'the information to disclose');
  if ((a.disclosers ?? []).length === 0)
    missing('disclosers', '164.508(c)(1)(ii)', 'who may make the disclosure');
  if ((a.recipients ?? []).length === 0) missing('recipients', '164.508(c)(1)(iii)', 'who may receive it');
  if ((a.purposes ?? []).length === 0) missing('purposes', '164.508(c)(1)(iv)', 'the purpose');
  const event = a.expirationEvent;
  const eventCounts = event !== undefined && !NO_EXPIRY.test(event);
  if (a.expiresOn === undefined && !eventCounts)
    missing('expiresOn', '164.508(c)(1)(v)', 'an expiration date or event');
  if (a.signedBy === undefined) missing('signedBy', '164.508(c)(1)(vi)', 'the signature');
  if (a.signedOn === undefined) missing('signedOn', '164.508(c)(1)(vi)', 'the date it was signed');
  if (a.signedByRepresentative && a.representativeAuthority === undefined) {
    missing(
      'representativeAuthority',
      '164.508(c)(1)(vi)',
      'the description of the representative’s authority to act for the client',
    );
  }
  if (!a.rightToRevokeStatement)
    missing('rightToRevokeStatement', '164.508(c)(2)(i)', 'the statement of the right to revoke');
  if (!a.conditioningStatement)
    missing('conditioningStatement', '164.508(c)(2)(ii)', 'the statement on conditioning treatment on it');
  if (!a.redisclosureStatement)
    missing('redisclosureStatement', '164.508(c)(2)(iii)', 'the statement that a recipient may redisclose');
  if (a.signedOn !== undefined && a.signedOn > asOf) {
    reasons.push(
      reason(
        'intake.release.not_signed_yet',
        'error',
        'The release was signed after the day of the disclosure: nothing disclosed before it was signed is covered.',
        { signedOn: a.signedOn, asOf },
      ),
    );
  }
  if (a.expiresOn !== undefined && a.expiresOn < asOf) {
    reasons.push(
      reason('intake.release.expired', 'error', 'The release expired before the day of the disclosure.', {
        expiresOn: a.expiresOn,
        asOf,
      }),
    );
  } else if (eventCounts) {
    // A date and an event both written ("on 2026-12-31 or at the end of treatment") end it at the first of them.
    const occurred = a.expirationEventOccurredOn;
    if (occurred === undefined) {
      unknown = true;
      reasons.push(
        reason(
          'intake.release.expiration_event_unknown',
          'warning',
          'The release ends on an event, and whether it has happened by the day of the disclosure is not recorded: record it (or that it has not happened) before disclosing.',
          { asOf, action: 'collect_missing_fact' },
        ),
      );
    } else if (occurred !== null && occurred <= asOf) {
      // The event ends the release that day: a disclosure on it is not shown to come first.
      reasons.push(
        reason(
          'intake.release.expired',
          'error',
          'The release’s expiration event happened on or before the day of the disclosure.',
          { expirationEventOccurredOn: occurred, asOf },
        ),
      );
    }
  }
  const rev = a.revocation;
  if (rev !== undefined) {
    if (rev.receivedOn > asOf) {
      // A revocation does not undo a disclosure made in reliance on the release before it [sources: cfr-45-164.508].
      reasons.push(
        reason(
          'intake.release.revoked_after_disclosure',
          'info',
          'The release was revoked after the day of the disclosure: a disclosure made before the revocation stands, and none may be made under it from the day it was received.',
          { revokedOn: rev.receivedOn, asOf, inWriting: rev.inWriting },
        ),
      );
    } else if (!rev.inWriting) {
      unknown = true;
      reasons.push(
        reason(
          'intake.release.revocation_not_in_writing',
          'warning',
          'The client said they revoke the release, but not in writing: a revocation takes effect in writing (164.508(b)(5)). Ask for it in writing, and disclose nothing meanwhile without a person deciding.',
          { revokedOn: rev.receivedOn, asOf, action: 'collect_missing_fact' },
        ),
      );
    } else if (rev.receivedOn === asOf) {
      unknown = true;
      reasons.push(
        reason(
          'intake.release.revoked_same_day',
          'warning',
          'The written revocation was received on the day of the disclosure: whether the disclosure came first is not known from dates, so a person checks before relying on it.',
          { revokedOn: rev.receivedOn, asOf, action: 'collect_missing_fact' },
        ),
      );
    } else {
      reasons.push(
        reason(
          'intake.release.revoked',
          'error',
          'The release was revoked in writing before the day of the disclosure: nothing may be disclosed under it.',
          { revokedOn: rev.receivedOn, asOf },
        ),
      );
    }
  }
  const ids = { authorizationId: a.id as string, clientId: a.clientId as string };
  const sorted = sortInPlace(reasons, compareReasons);
  if (isNonEmpty(sorted) && sorted.some((r) => r.severity === 'error'))
    return { outcome: 'refused', reasons: sorted, ...ids };
  if (unknown && isNonEmpty(sorted)) return { outcome: 'undecided', reasons: sorted, ...ids };
  return {
    outcome: 'valid',
    reasons: [
      ...sorted,
      reason(
        'intake.release.valid',
        'info',
        'The release has every element 45 CFR 164.508(c) requires and is in force on the day of the disclosure.',
        { asOf },
      ),
    ],
    ...ids,
  };
}
