import * as z from 'zod';
import {
  ClientId,
  type Decision,
  isNonEmpty,
  LocalDate,
  type Reason,
  reason,
  validate,
} from '../../core/index.js';
import { DocumentId } from '../../core/internal.js';
import type { IntakeReasonCode } from '../reason-codes.js';

const Text = z.string().trim().min(1).max(2_000);

/**
 * What a written 42 CFR Part 2 consent says, as the practice recorded it from the signed form, so that its
 * required elements can be checked (42 CFR 2.31(a), as amended by the 2024 rule; compliance from 2026-02-16). Every
 * element is optional here: a missing one is a reason from {@link evaluatePart2ConsentContents}, not a throw.
 * `allFutureTreatmentPaymentOperations` marks the single consent for all future uses and disclosures for
 * treatment, payment and health care operations that the 2024 rule allows.
 *
 * @example
 * ```ts
 * Part2ConsentContents.parse({ id: 'p2-1', clientId: 'c-1', patientName: 'A. Client' });
 * //=> { id: 'p2-1', clientId: 'c-1', patientName: 'A. Client', allFutureTreatmentPaymentOperations: false, … }
 * ```
 */
export const Part2ConsentContents = z.strictObject({
  id: DocumentId,
  clientId: ClientId,
  /** 2.31(a)(1): the name of the patient. */
  patientName: Text.optional(),
  /** 2.31(a)(2): who may make the use or disclosure (a name, or a specific identification or class). */
  disclosers: z.array(Text).max(50).optional(),
  /** 2.31(a)(3): how much and what kind of information, described specifically and meaningfully. */
  information: Text.optional(),
  /**
   * 2.31(a)(4)(i): the recipients (a name, or a class; for the single TPO consent "my treating providers, health
   * plans, third-party payers, and people helping to operate this program" or similar).
   */
  recipients: z.array(Text).max(50).optional(),
  /** 2.31(a)(5): each purpose; for the single TPO consent, "for treatment, payment, and health care operations". */
  purposes: z.array(Text).max(50).optional(),
  /** The single consent for all future uses and disclosures for treatment, payment and health care operations. */
  allFutureTreatmentPaymentOperations: z.boolean().default(false),
  /**
   * 2.31(a)(4)(iii): for disclosure to a HIPAA covered entity or business associate for treatment, payment or
   * health care operations, the statement that the record may be redisclosed as the HIPAA rules permit, except in
   * proceedings against the patient. Asked of every single TPO consent (its recipients are such).
   */
  hipaaRedisclosureStatement: z.boolean().default(false),
  /** 2.31(a)(6): the patient's right to revoke in writing (save reliance already acted on), and how. */
  rightToRevokeStatement: z.boolean().default(false),
  /** 2.31(a)(7): the expiration date… */
  expiresOn: LocalDate.optional(),
  /** …or event ("end of treatment"; "none" only for the single TPO consent). */
  expirationEvent: Text.optional(),
  /** 2.31(a)(8): who signed (the patient; for a minor, as 42 CFR 2.14 asks, which readiness checks). */
  signedBy: z.array(Text).max(10).optional(),
  /** 2.31(a)(9): the date the consent was signed. */
  signedOn: LocalDate.optional(),
});
export type Part2ConsentContents = z.infer<typeof Part2ConsentContents>;
/** What callers pass for {@link Part2ConsentContents}, before defaults apply. */
export type Part2ConsentContentsInput = z.input<typeof Part2ConsentContents>;

/**
 * Whether a Part 2 consent has every element 42 CFR 2.31(a) requires: `complete`, or `incomplete` with one
 * `intake.sud_consent.missing_element` reason per gap, each naming its path and paragraph.
 *
 * @example
 * ```ts
 * const d: Part2ConsentContentsDecision = evaluatePart2ConsentContents({ id: 'p2-1', clientId: 'c-1' });
 * d.outcome; //=> 'incomplete'
 * ```
 */
export type Part2ConsentContentsDecision = Decision<
  'complete',
  'incomplete',
  IntakeReasonCode,
  { readonly consentId: string; readonly clientId: string }
>;

const NO_EXPIRY = /^\s*(none|no expiration|never)\s*\.?\s*$/i;

/**
 * Checks a written Part 2 consent against the elements of 42 CFR 2.31(a) as amended in 2024: the patient's
 * name (a)(1); who may disclose (a)(2); how much and what kind of information (a)(3); the recipients (a)(4)(i);
 * each purpose (a)(5), which the single consent for all future treatment, payment and health care operations
 * states as such; for that consent, the statement that a covered entity or business associate may redisclose as
 * the HIPAA rules permit, proceedings against the patient aside (a)(4)(iii); the right to revoke (a)(6); an
 * expiration date or event (a)(7), "none" allowed only for the TPO consent; the signature (a)(8) and its date
 * (a)(9). Each disclosure made under the consent carries the 2.32 notice, which is the discloser's, not the
 * form's. Who must sign for a minor (42 CFR 2.14) is checked by first-session readiness.
 *
 * @param consent - the consent as recorded from the signed form
 * @returns `complete`, or `incomplete` with a reason per missing element (`facts.path`, `facts.paragraph`)
 * @throws {@link ValidationError} when the record does not match its schema (never echoing a value).
 * @remarks [sources: cfr-42-2.31, fr-89-12472, cfr-42-2.32]
 * @example
 * ```ts
 * evaluatePart2ConsentContents({ id: 'p2-1', clientId: 'c-1', patientName: 'A. Client' });
 * //=> { outcome: 'incomplete', consentId: 'p2-1', clientId: 'c-1',
 * //     reasons: [{ code: 'intake.sud_consent.missing_element', facts: { path: '$.consent.disclosers', paragraph: '2.31(a)(2)' } }, …] }
 * ```
 */
export function evaluatePart2ConsentContents(
  consent: Part2ConsentContentsInput,
): Part2ConsentContentsDecision {
  return part2ContentsOf(validate(Part2ConsentContents, consent, 'Part 2 consent'));
}

/** {@link evaluatePart2ConsentContents} on validated contents, for the first-session gate. */
export function part2ContentsOf(c: Part2ConsentContents): Part2ConsentContentsDecision {
  const reasons: Reason<IntakeReasonCode>[] = [];
  const tpo = c.allFutureTreatmentPaymentOperations;
  const missing = (field: string, paragraph: string, what: string) =>
    reasons.push(
      reason(
        'intake.sud_consent.missing_element',
        'error',
        `The Part 2 consent lacks ${what} (42 CFR ${paragraph}): no disclosure may be made under it until it is signed again with it.`,
        { path: `$.consent.${field}`, element: field, paragraph, allFutureTreatmentPaymentOperations: tpo },
      ),
    );
  if (c.patientName === undefined) missing('patientName', '2.31(a)(1)', 'the name of the patient');
  if ((c.disclosers ?? []).length === 0) missing('disclosers', '2.31(a)(2)', 'who may make the disclosure');
  if (c.information === undefined)
    missing('information', '2.31(a)(3)', 'how much and what kind of information');
  if ((c.recipients ?? []).length === 0)
    missing('recipients', '2.31(a)(4)(i)', 'who receives the disclosure');
  // The single TPO consent's purpose is its scope: "for treatment, payment, and health care operations".
  if (!tpo && (c.purposes ?? []).length === 0)
    missing('purposes', '2.31(a)(5)', 'the purpose of the disclosure');
  if (tpo && !c.hipaaRedisclosureStatement) {
    missing(
      'hipaaRedisclosureStatement',
      '2.31(a)(4)(iii)',
      'the statement on redisclosure under the HIPAA rules',
    );
  }
  if (!c.rightToRevokeStatement) missing('rightToRevokeStatement', '2.31(a)(6)', 'the right to revoke');
  const event = c.expirationEvent;
  // "None" is allowed only for the single TPO consent; elsewhere it states no expiration at all.
  const eventCounts = event !== undefined && (tpo || !NO_EXPIRY.test(event));
  if (c.expiresOn === undefined && !eventCounts) {
    missing('expiresOn', '2.31(a)(7)', 'an expiration date or event');
  }
  if ((c.signedBy ?? []).length === 0) missing('signedBy', '2.31(a)(8)', 'the signature');
  if (c.signedOn === undefined) missing('signedOn', '2.31(a)(9)', 'the date it was signed');
  const ids = { consentId: c.id as string, clientId: c.clientId as string };
  if (isNonEmpty(reasons)) return { outcome: 'incomplete', reasons, ...ids };
  return {
    outcome: 'complete',
    reasons: [
      reason(
        'intake.sud_consent.contents_complete',
        'info',
        'The Part 2 consent has every element 42 CFR 2.31(a) requires.',
        { allFutureTreatmentPaymentOperations: tpo },
      ),
    ],
    ...ids,
  };
}
