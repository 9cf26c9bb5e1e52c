import * as z from 'zod';
import {
  addDays,
  Cents,
  type Decision,
  isNonEmpty,
  LocalDate,
  type Reason,
  reason,
} from '../../core/index.js';
import { compareReasons, sortInPlace, validateArguments } from '../../core/internal.js';
import type { BoundariesReasonCode } from '../reason-codes.js';

/**
 * Days a covered entity has to act on a request for access to a client's records, from the day it received
 * it (45 CFR 164.524(b)(2)(i)).
 *
 * @remarks [sources: cfr-45-164.524]. A state law with a shorter deadline still applies beside it.
 * @example
 * ```ts
 * RECORDS_ACCESS_RESPONSE_DAYS; //=> 30
 * ```
 */
export const RECORDS_ACCESS_RESPONSE_DAYS = 30;

/**
 * Days one extension adds, once, when the client is told in writing within the first 30 days why and by
 * when (45 CFR 164.524(b)(2)(ii)).
 *
 * @remarks [sources: cfr-45-164.524].
 * @example
 * ```ts
 * RECORDS_ACCESS_EXTENSION_DAYS; //=> 30
 * ```
 */
export const RECORDS_ACCESS_EXTENSION_DAYS = 30;

/**
 * What a fee for a copy of records is charged for. Only the cost of copying labor, supplies, postage and a
 * summary the client agreed to may be charged (45 CFR 164.524(c)(4)); search and retrieval, verification,
 * handling and storage may not; `flat_fee_electronic` is HHS's alternative flat fee for an electronic copy
 * of electronic records.
 *
 * @example
 * ```ts
 * RecordsFeeItemKind.parse('postage'); //=> 'postage'
 * ```
 */
export const RecordsFeeItemKind = z.enum([
  'copy_labor',
  'supplies',
  'postage',
  'summary',
  'flat_fee_electronic',
  'search_and_retrieval',
  'verification',
  'handling',
  'storage',
  'other',
]);
export type RecordsFeeItemKind = z.infer<typeof RecordsFeeItemKind>;

/**
 * The most HHS lets a practice charge as a flat fee for an electronic copy of records kept electronically,
 * instead of working out its actual or average costs: $6.50.
 *
 * @remarks HHS guidance on the individual's right of access, fees [sources: hhs-right-of-access].
 * @example
 * ```ts
 * RECORDS_FLAT_FEE_MAX_CENTS; //=> 650
 * ```
 */
export const RECORDS_FLAT_FEE_MAX_CENTS = 650;

/**
 * A fee quoted for a copy of records, item by item, and whether the client agreed in advance to a summary
 * and its fee.
 *
 * @example
 * ```ts
 * RecordsFee.parse({ items: [{ kind: 'postage', cents: 120 }] });
 * //=> { items: [{ kind: 'postage', cents: 120 }], summaryAgreed: false }
 * ```
 */
export const RecordsFee = z.strictObject({
  items: z.array(z.strictObject({ kind: RecordsFeeItemKind, cents: Cents })).max(100),
  summaryAgreed: z.boolean().default(false),
});
export type RecordsFee = z.infer<typeof RecordsFee>;
/** What callers pass for a {@link RecordsFee}. */
export type RecordsFeeInput = z.input<typeof RecordsFee>;

/**
 * Who asks for the records: the client, a personal representative (45 CFR 164.502(g)), or a parent or
 * guardian of a minor client.
 *
 * @example
 * ```ts
 * RecordsRequester.parse('parent_or_guardian'); //=> 'parent_or_guardian'
 * ```
 */
export const RecordsRequester = z.enum(['client', 'personal_representative', 'parent_or_guardian']);
export type RecordsRequester = z.infer<typeof RecordsRequester>;

/**
 * A request for access to (or a copy of) a client's records: when it was received, who asks, whether it
 * asks for psychotherapy notes, and what has happened since (a written extension notice, the day access was
 * given).
 *
 * @example
 * ```ts
 * RecordsRequest.parse({ receivedOn: '2026-03-02' });
 * //=> { receivedOn: '2026-03-02', requester: 'client', includesPsychotherapyNotes: false }
 * ```
 * @remarks 45 CFR 164.524 [sources: cfr-45-164.524]; 164.502(g)(3) for a minor's parent
 * [sources: cfr-45-164.502].
 */
export const RecordsRequest = z
  .strictObject({
    /** The day the practice received the request (the 30 days run from it). */
    receivedOn: LocalDate,
    requester: RecordsRequester.default('client'),
    /**
     * The client is a minor who consented to this care alone under state law (or by a court's leave, or with
     * a parent's agreement to confidentiality): the parent is then not their personal representative for it
     * (164.502(g)(3)(i)). `false` records that the minor did not, and the parent is the personal
     * representative; left out, it is not known, and a parent's request is `undecided` until it is recorded.
     */
    minorConsentedAlone: z.boolean().optional(),
    /** The request asks for psychotherapy notes, which are not part of the right of access. */
    includesPsychotherapyNotes: z.boolean().default(false),
    /**
     * The day the client was sent the written notice of the one extension, with its reasons and the date
     * access will be given (164.524(b)(2)(ii)).
     */
    extensionNoticeSentOn: LocalDate.optional(),
    /** The day access was given (or the copy sent). */
    fulfilledOn: LocalDate.optional(),
    /** The fee quoted for a copy, item by item, when one is charged. */
    fee: RecordsFee.optional(),
  })
  .superRefine((r, ctx) => {
    for (const key of ['extensionNoticeSentOn', 'fulfilledOn'] as const) {
      const on = r[key];
      if (on !== undefined && on < r.receivedOn) {
        ctx.addIssue({
          code: 'custom',
          message: 'must not be before receivedOn',
          path: [key],
          params: { code: 'boundaries.records.dates_out_of_order' satisfies BoundariesReasonCode },
        });
      }
    }
  });
export type RecordsRequest = z.infer<typeof RecordsRequest>;
/** What callers pass for a {@link RecordsRequest}. */
export type RecordsRequestInput = z.input<typeof RecordsRequest>;

/**
 * Options for {@link evaluateRecordsRequest}: `asOf`, the day asked about.
 *
 * @example
 * ```ts
 * EvaluateRecordsRequestOptions.parse({ asOf: '2026-03-20' }); //=> { asOf: '2026-03-20' }
 * ```
 */
export const EvaluateRecordsRequestOptions = z.strictObject({ asOf: LocalDate });
export type EvaluateRecordsRequestOptions = z.infer<typeof EvaluateRecordsRequestOptions>;

/**
 * Where a request for access stands: `pending` (due date ahead), `fulfilled_on_time`, `fulfilled_late`,
 * `overdue`, or `undecided` (whether the requester has the right depends on state law or a clinician's
 * judgement). `dueOn` is the deadline in force (extended once when the written notice went out in time).
 *
 * @example
 * ```ts
 * const d: RecordsRequestDecision = evaluateRecordsRequest({ receivedOn: '2026-03-02' }, { asOf: '2026-03-20' });
 * d.outcome; //=> 'pending'
 * ```
 */
export type RecordsRequestDecision = Decision<
  'pending' | 'fulfilled_on_time',
  'fulfilled_late' | 'overdue' | 'undecided',
  BoundariesReasonCode,
  {
    /** The first deadline: 30 days after receipt. */
    readonly initialDueOn: LocalDate;
    /** The deadline in force: 60 days after receipt when the extension notice went out in time. */
    readonly dueOn: LocalDate;
    readonly extended: boolean;
    /**
     * The fee check, when a fee was quoted: `refused` when an item may not be charged (its reason is an
     * error beside the deadline's outcome), with the total that may be charged.
     */
    readonly fee: { readonly outcome: 'allowed' | 'refused'; readonly allowedCents: number } | null;
  }
>;

/**
 * Decides where a client's request for access to their records stands on `asOf`: due 30 days after the
 * practice received it, or 60 when the client was sent a written extension notice within those 30 days
 * (one extension only); psychotherapy notes are outside the right of access, and a parent's request for the
 * records of care a minor consented to alone waits on state law or a clinician (and one where that is not
 * recorded waits on the fact: `boundaries.records.minor_consent_unknown`). A fee quoted for a copy is
 * checked too: only copying labor, supplies, postage and an agreed summary, or a flat fee of at most $6.50
 * for an electronic copy (`fee.outcome` `refused` otherwise, with `boundaries.records.fee_not_cost_based`).
 *
 * @param request - the request and what happened since
 * @param options - `asOf`, the day asked about
 * @returns `pending`, `fulfilled_on_time`, `fulfilled_late`, `overdue` or `undecided`, with `dueOn`
 * @throws {@link ValidationError} listing every problem of both arguments, each under its parameter's name.
 * @remarks 45 CFR 164.524(a)(1)(i), (b)(2), (c)(4) [sources: cfr-45-164.524, hhs-right-of-access];
 * 164.502(g)(3) [sources: cfr-45-164.502]. Dates are calendar days; an extension notice or fulfilment dated after `asOf` does not
 * count yet.
 * @example
 * ```ts
 * evaluateRecordsRequest({ receivedOn: '2026-03-02', extensionNoticeSentOn: '2026-03-30' }, { asOf: '2026-04-15' });
 * //=> { outcome: 'pending', initialDueOn: '2026-04-01', dueOn: '2026-05-01', extended: true, fee: null,
 * //     reasons: [{ code: 'boundaries.records.extended_once', … }] }
 * ```
 */
export function evaluateRecordsRequest(
  request: RecordsRequestInput,
  options: EvaluateRecordsRequestOptions,
): RecordsRequestDecision {
  const [r, o] = validateArguments([
    ['request', RecordsRequest, request, 'records request'],
    ['options', EvaluateRecordsRequestOptions, options, 'records request options'],
  ]);
  const { asOf } = o;
  const reasons: Reason<BoundariesReasonCode>[] = [];
  const initialDueOn = addDays(r.receivedOn, RECORDS_ACCESS_RESPONSE_DAYS);
  const notice =
    r.extensionNoticeSentOn !== undefined && r.extensionNoticeSentOn <= asOf
      ? r.extensionNoticeSentOn
      : undefined;
  // One extension, and only with a written notice sent within the first 30 days [sources: cfr-45-164.524].
  const extended = notice !== undefined && notice <= initialDueOn;
  const dueOn = extended ? addDays(initialDueOn, RECORDS_ACCESS_EXTENSION_DAYS) : initialDueOn;
  if (extended) {
    reasons.push(
      reason(
        'boundaries.records.extended_once',
        'info',
        'A written extension notice went out within the first 30 days: access is due 30 days later, and no further extension is allowed.',
        { receivedOn: r.receivedOn, extensionNoticeSentOn: notice, initialDueOn, dueOn },
      ),
    );
  } else if (notice !== undefined) {
    reasons.push(
      reason(
        'boundaries.records.extension_notice_late',
        'warning',
        'The extension notice went out after the first 30 days had run: it does not extend the deadline.',
        { receivedOn: r.receivedOn, extensionNoticeSentOn: notice, initialDueOn },
      ),
    );
  }
  if (r.includesPsychotherapyNotes) {
    // Psychotherapy notes are excluded from the right of access [sources: cfr-45-164.524, cfr-45-164.501].
    reasons.push(
      reason(
        'boundaries.records.psychotherapy_notes_excluded',
        'warning',
        'Psychotherapy notes are not part of the right of access: the rest of the record is due as usual, and a clinician decides about the notes (they are given only with the client’s authorization).',
        { role: 'clinician', action: 'route_to_clinician' },
      ),
    );
  }
  const parent = r.requester === 'parent_or_guardian';
  const parentUndecided = parent && r.minorConsentedAlone !== false;
  if (parent && r.minorConsentedAlone === undefined) {
    // Whether the parent is the personal representative turns on how the minor consented to this care: never
    // assumed, so nobody releases records to a parent on a fact nobody recorded [sources: cfr-45-164.502].
    reasons.push(
      reason(
        'boundaries.records.minor_consent_unknown',
        'warning',
        'A parent or guardian asks for a minor’s records, and whether the minor consented to this care alone is not recorded: the parent is their personal representative only if they did not. Record minorConsentedAlone.',
        { requester: r.requester, minorConsentedAlone: null, action: 'collect_missing_fact' },
      ),
    );
  } else if (parentUndecided) {
    // The parent is not the personal representative for care the minor consented to alone; state law, or
    // where it is silent a licensed professional's judgement, decides [sources: cfr-45-164.502].
    reasons.push(
      reason(
        'boundaries.records.parent_access_depends_on_state_law',
        'warning',
        'The minor consented to this care alone, so the parent is not their personal representative for it: whether the parent may see these records depends on state law, or where it is silent, on a licensed clinician’s judgement.',
        { requester: r.requester, role: 'clinician', action: 'route_to_clinician' },
      ),
    );
  }
  const fulfilled = r.fulfilledOn !== undefined && r.fulfilledOn <= asOf ? r.fulfilledOn : undefined;
  let negative: 'fulfilled_late' | 'overdue' | 'undecided' | null = null;
  if (fulfilled !== undefined) {
    if (fulfilled > dueOn) {
      negative = 'fulfilled_late';
      reasons.push(
        reason('boundaries.records.fulfilled_late', 'error', 'Access was given after the deadline.', {
          fulfilledOn: fulfilled,
          dueOn,
        }),
      );
    }
  } else if (parentUndecided) {
    negative = 'undecided';
  } else if (asOf > dueOn) {
    negative = 'overdue';
    reasons.push(
      reason(
        'boundaries.records.overdue',
        'error',
        extended
          ? 'Access is past its extended deadline (60 days after receipt); no further extension is allowed.'
          : 'Access is past its deadline (30 days after receipt) and no extension notice went out in time.',
        { receivedOn: r.receivedOn, dueOn, asOf },
      ),
    );
  }
  const fee = r.fee === undefined ? null : checkFee(r.fee, reasons);
  const sorted = sortInPlace(reasons, compareReasons);
  const data = { initialDueOn, dueOn, extended, fee };
  // Every negative outcome pushed its reason above.
  if (negative !== null && isNonEmpty(sorted)) return { outcome: negative, reasons: sorted, ...data };
  return { outcome: fulfilled === undefined ? 'pending' : 'fulfilled_on_time', reasons: sorted, ...data };
}

/** What the fee check found: whether every item may be charged, and the total that may. */
interface RecordsFeeCheck {
  readonly outcome: 'allowed' | 'refused';
  readonly allowedCents: number;
}

/**
 * Checks a fee quoted for a copy of records: only a reasonable, cost-based fee for copying labor, supplies,
 * postage and a summary the client agreed to in advance (45 CFR 164.524(c)(4)), or a flat fee of at most
 * $6.50 for an electronic copy; nothing for search and retrieval, verification, handling or storage
 * [sources: cfr-45-164.524, hhs-right-of-access].
 */
function checkFee(f: RecordsFee, reasons: Reason<BoundariesReasonCode>[]): RecordsFeeCheck {
  const before = reasons.length;
  let allowedCents = 0;
  let flatCents = 0;
  for (const [index, item] of f.items.entries()) {
    switch (item.kind) {
      case 'copy_labor':
      case 'supplies':
      case 'postage':
        allowedCents += item.cents;
        continue;
      case 'summary':
        if (f.summaryAgreed) allowedCents += item.cents;
        else
          reasons.push(
            reason(
              'boundaries.records.summary_not_agreed',
              'error',
              'A summary may be charged only when the client agreed in advance to it and its fee.',
              { index, kind: item.kind, cents: item.cents },
            ),
          );
        continue;
      case 'flat_fee_electronic':
        flatCents += item.cents;
        allowedCents += item.cents;
        continue;
      case 'search_and_retrieval':
      case 'verification':
      case 'handling':
      case 'storage':
      case 'other':
        reasons.push(
          reason(
            'boundaries.records.fee_not_cost_based',
            'error',
            'Only copying labor, supplies, postage and an agreed summary may be charged for a copy of records; not searching for, retrieving, verifying, handling or storing them.',
            { index, kind: item.kind, cents: item.cents },
          ),
        );
        continue;
      default: {
        const exhausted: never = item.kind;
        return exhausted;
      }
    }
  }
  if (flatCents > RECORDS_FLAT_FEE_MAX_CENTS || (flatCents > 0 && allowedCents > flatCents)) {
    // The flat fee replaces the cost-based one and is at most $6.50 [sources: hhs-right-of-access].
    reasons.push(
      reason(
        'boundaries.records.flat_fee_above_maximum',
        'error',
        'A flat fee for an electronic copy is at most $6.50, all inclusive: it replaces the cost-based items, never adds to them.',
        { flatCents, maxCents: RECORDS_FLAT_FEE_MAX_CENTS, allowedCents },
      ),
    );
    allowedCents = Math.min(flatCents, RECORDS_FLAT_FEE_MAX_CENTS);
  }
  return { outcome: reasons.length > before ? 'refused' : 'allowed', allowedCents };
}
