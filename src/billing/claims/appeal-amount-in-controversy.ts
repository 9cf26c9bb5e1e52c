import * as z from 'zod';
import { type Decision, LocalDate, NonNegativeCents, type Reason, reason } from '../../core/index.js';
import { validateArguments } from '../../core/internal.js';
import type { BillingReasonCode } from '../reason-codes.js';

/**
 * The Medicare appeal levels that need an amount in controversy: an ALJ hearing (third level) and judicial
 * review in a federal district court (fifth) [sources: cfr-42-405.1006].
 * @example
 * ```ts
 * MedicareAppealForum.parse('alj_hearing'); //=> 'alj_hearing'
 * ```
 */
export const MedicareAppealForum = z.enum(['alj_hearing', 'judicial_review']);
export type MedicareAppealForum = z.infer<typeof MedicareAppealForum>;

/**
 * One calendar year's amount-in-controversy thresholds, in cents, for requests filed on or after January 1
 * of `year` [sources: cfr-42-405.1006, fr-2025-21879].
 * @example
 * ```ts
 * AmountInControversyThreshold.parse({ year: 2026, aljHearingCents: 20_000, judicialReviewCents: 196_000 });
 * ```
 */
export const AmountInControversyThreshold = z.strictObject({
  year: z.number().int().min(2005).max(2100),
  aljHearingCents: NonNegativeCents,
  judicialReviewCents: NonNegativeCents,
});
export type AmountInControversyThreshold = z.infer<typeof AmountInControversyThreshold>;

/**
 * The thresholds the library knows: CY2026, $200 for an ALJ hearing and $1,960 for judicial review
 * (90 FR 55869, 2025-12-04) [sources: fr-2025-21879]. CMS publishes each year's figures in the Federal
 * Register in the fall: a request in a year not listed is undecided until the host passes its figures.
 * @example
 * ```ts
 * MEDICARE_AMOUNT_IN_CONTROVERSY_THRESHOLDS[0]?.aljHearingCents; //=> 20000
 * ```
 */
export const MEDICARE_AMOUNT_IN_CONTROVERSY_THRESHOLDS: readonly AmountInControversyThreshold[] =
  Object.freeze([Object.freeze({ year: 2026, aljHearingCents: 20_000, judicialReviewCents: 196_000 })]);

/**
 * An appeal request to check: its level, the amount still in controversy (what was billed for the items
 * appealed less what Medicare paid and any deductible and coinsurance, 42 CFR 405.1006(d); claims may be
 * aggregated under 405.1006(e): the caller adds them) and the day it is (or will be) filed.
 * @example
 * ```ts
 * AmountInControversyCase.parse({ forum: 'alj_hearing', amountInControversyCents: 25_000, requestedOn: '2026-08-01' });
 * ```
 */
export const AmountInControversyCase = z.strictObject({
  forum: MedicareAppealForum,
  amountInControversyCents: NonNegativeCents,
  requestedOn: LocalDate,
});
export type AmountInControversyCase = z.infer<typeof AmountInControversyCase>;

/**
 * Options of {@link evaluateAmountInControversy}: the yearly thresholds (left out: the library's table).
 * @example
 * ```ts
 * EvaluateAmountInControversyOptions.parse({ thresholds: [{ year: 2027, aljHearingCents: 21_000, judicialReviewCents: 200_000 }] });
 * ```
 */
export const EvaluateAmountInControversyOptions = z.strictObject({
  thresholds: z.array(AmountInControversyThreshold).max(200).optional(),
});
export type EvaluateAmountInControversyOptions = z.input<typeof EvaluateAmountInControversyOptions>;

/**
 * Whether an ALJ hearing or judicial review request meets the year's amount in controversy: `met`,
 * `not_met` (below it), or `undecided` when no threshold is known for the request's year.
 * @example
 * ```ts
 * const d: AmountInControversyDecision = evaluateAmountInControversy(
 *   { forum: 'alj_hearing', amountInControversyCents: 19_999, requestedOn: '2026-08-01' });
 * d.outcome; //=> 'not_met'
 * ```
 */
export type AmountInControversyDecision = Decision<
  'met',
  'not_met' | 'undecided',
  BillingReasonCode,
  {
    readonly forum: MedicareAppealForum;
    /** The year's threshold in cents, or `null` when none is known for the request's year. */
    readonly thresholdCents: number | null;
  }
>;

/**
 * Checks a Medicare ALJ hearing or judicial review request against the amount in controversy of the
 * calendar year it is filed in [sources: cfr-42-405.1006, fr-2025-21879]. The amount must be at least the
 * threshold; a request below it may still reach it by aggregating claims (405.1006(e)), which a reason says.
 *
 * @param input - the forum, the amount in controversy (cents) and the request date
 * @param options - the yearly thresholds, {@link MEDICARE_AMOUNT_IN_CONTROVERSY_THRESHOLDS} when left out
 * @returns `met`, `not_met` or `undecided` (no threshold for that year: never guessed from another year)
 * @throws ValidationError, listing every problem by path
 * @example
 * ```ts
 * evaluateAmountInControversy({ forum: 'judicial_review', amountInControversyCents: 196_000, requestedOn: '2026-03-02' }).outcome;
 * //=> 'met'
 * evaluateAmountInControversy({ forum: 'alj_hearing', amountInControversyCents: 50_000, requestedOn: '2027-01-04' }).outcome;
 * //=> 'undecided'
 * ```
 */
export function evaluateAmountInControversy(
  input: AmountInControversyCase,
  options: EvaluateAmountInControversyOptions = {},
): AmountInControversyDecision {
  const [c, o] = validateArguments([
    ['input', AmountInControversyCase, input, 'amount in controversy case'],
    ['options', EvaluateAmountInControversyOptions, options, 'amount in controversy options'],
  ]);
  const year = Number(c.requestedOn.slice(0, 4));
  const table = o.thresholds ?? MEDICARE_AMOUNT_IN_CONTROVERSY_THRESHOLDS;
  const row = table.find((t) => t.year === year);
  const facts = { forum: c.forum, year, amountInControversyCents: c.amountInControversyCents };
  if (row === undefined) {
    return {
      outcome: 'undecided',
      forum: c.forum,
      thresholdCents: null,
      reasons: [
        reason(
          'billing.appeal.amount_in_controversy_unknown_year',
          'warning',
          `No amount-in-controversy threshold is known for requests filed in ${year}: check the Federal Register notice for that year.`,
          facts,
        ),
      ],
    };
  }
  const thresholdCents = c.forum === 'alj_hearing' ? row.aljHearingCents : row.judicialReviewCents;
  const withThreshold = { ...facts, thresholdCents };
  if (c.amountInControversyCents >= thresholdCents) {
    const met: Reason<BillingReasonCode> = reason(
      'billing.appeal.amount_in_controversy_met',
      'info',
      'The amount in controversy meets the threshold for the year the request is filed.',
      withThreshold,
    );
    return { outcome: 'met', forum: c.forum, thresholdCents, reasons: [met] };
  }
  return {
    outcome: 'not_met',
    forum: c.forum,
    thresholdCents,
    reasons: [
      reason(
        'billing.appeal.amount_in_controversy_below',
        'warning',
        'The amount in controversy is below the threshold for the year the request is filed; claims may be aggregated to reach it (42 CFR 405.1006(e)).',
        withThreshold,
      ),
    ],
  };
}
