import * as z from 'zod';
import { addDays, addMonths, compareDates, LocalDate } from '../../core/index.js';
import { checkDateOrder, validateArguments } from '../../core/internal.js';
import type { CredentialingIssueCode } from '../reason-codes.js';

/**
 * Months in one Medicare opt-out period: an affidavit opts the clinician out for 2 years from its
 * effective date, and for each following 2-year period unless the clinician cancels.
 *
 * @remarks 42 CFR 405.400 ("opt-out period"), 405.410, 405.445 [sources: cfr-42-405-subpart-d].
 * @example
 * ```ts
 * MEDICARE_OPT_OUT_PERIOD_MONTHS; //=> 24
 * ```
 */
export const MEDICARE_OPT_OUT_PERIOD_MONTHS = 24;

/**
 * Days from a first opt-out's effective date within which the clinician may terminate it early: only a
 * clinician who has not opted out before, notifying every Medicare contractor the affidavit went to.
 *
 * @remarks 42 CFR 405.445 [sources: cfr-42-405-subpart-d].
 * @example
 * ```ts
 * MEDICARE_OPT_OUT_EARLY_TERMINATION_DAYS; //=> 90
 * ```
 */
export const MEDICARE_OPT_OUT_EARLY_TERMINATION_DAYS = 90;

/**
 * A clinician's opt-out of Medicare: the effective date of the opt-out affidavit the Medicare contractor
 * confirmed and, once it stops, `endsOn`, the first day the clinician is no longer opted out. Only two ends
 * are proper: a cancellation takes effect at the end of a 2-year period (`endsOn` a whole number of 2-year
 * steps after `effectiveOn`); an early termination, open only to a clinician who had not opted out before
 * (`firstOptOut: true`), within 90 days of the effective date ({@link MEDICARE_OPT_OUT_EARLY_TERMINATION_DAYS}:
 * `endsOn` at most 90 days after it). Another `endsOn` is kept but not trusted: the network check holds
 * billable dates from it as undecided. Without `endsOn` the opt-out renews every 2 years
 * ({@link MEDICARE_OPT_OUT_PERIOD_MONTHS}) and stands on every later date. `endNoticeReceivedOn`, when recorded,
 * is the day the clinician's written notice of that end reached the Medicare contractors (the last of them): a
 * cancellation must arrive at least 30 days before the period it ends at starts
 * (`MEDICARE_OPT_OUT_CANCEL_NOTICE_DAYS`), an early termination within the 90 days; a notice later than
 * that does not end the opt-out (a late cancellation leaves it renewing), so the end is not trusted either.
 *
 * While it stands, neither Medicare nor a Medicare Advantage plan pays the clinician, the clinician may
 * not submit a claim to them, and a Medicare beneficiary is seen only under a private contract.
 *
 * @remarks 42 CFR 405.400, 405.425, 405.445, 405.455 [sources: cfr-42-405-subpart-d]. `endsOn` on or
 * before `effectiveOn` is rejected (`credentialing.opt_out.end_before_start`), and `endNoticeReceivedOn` without
 * `endsOn` (`credentialing.opt_out.notice_without_end`).
 * @example
 * ```ts
 * MedicareOptOut.parse({ effectiveOn: '2025-01-01' }); //=> the same object (renews every 2 years)
 * MedicareOptOut.parse({ effectiveOn: '2025-01-01', endsOn: '2027-01-01' }); //=> cancelled after one period
 * MedicareOptOut.parse({ effectiveOn: '2025-01-01', endsOn: '2025-03-15', firstOptOut: true }); //=> terminated early
 * ```
 */
export const MedicareOptOut = z
  .strictObject({
    effectiveOn: LocalDate,
    endsOn: LocalDate.optional(),
    firstOptOut: z.boolean().optional(),
    /** The day the written notice of the end (a cancellation or an early termination) reached the contractors. */
    endNoticeReceivedOn: LocalDate.optional(),
  })
  .superRefine((o, ctx) => {
    checkDateOrder(ctx, o.effectiveOn, o.endsOn, 'endsOn', {
      code: 'credentialing.opt_out.end_before_start' satisfies CredentialingIssueCode,
      message: 'must be after the opt-out’s effective date',
    });
    if (o.endNoticeReceivedOn !== undefined && o.endsOn === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['endNoticeReceivedOn'],
        message: 'is recorded only with the end it gave notice of (endsOn)',
        params: { code: 'credentialing.opt_out.notice_without_end' satisfies CredentialingIssueCode },
      });
  });
export type MedicareOptOut = z.infer<typeof MedicareOptOut>;

/**
 * The 2-year opt-out period that holds a date: `startsOn` through `endsOn` (both inclusive), the
 * period's number (1 for the affidavit's own) and whether the opt-out stands on the date at all
 * (`inForce`: on or after `effectiveOn` and before the opt-out's own `endsOn`). Each period starts a whole
 * number of 2-year steps after `effectiveOn` (from February 29, February 28 in a common year).
 */
export interface MedicareOptOutPeriod {
  readonly inForce: boolean;
  readonly period: number;
  readonly startsOn: LocalDate;
  readonly endsOn: LocalDate;
}

/**
 * The Medicare opt-out period that holds a date, or `null` for a date before the opt-out took effect.
 *
 * @remarks 42 CFR 405.400: each successive 2-year period, unless cancelled under 405.445
 * [sources: cfr-42-405-subpart-d].
 * @throws `ValidationError` for an invalid opt-out or date
 * @example
 * ```ts
 * getMedicareOptOutPeriod({ effectiveOn: '2025-01-01' }, '2027-03-10');
 * //=> { inForce: true, period: 2, startsOn: '2027-01-01', endsOn: '2028-12-31' }
 * getMedicareOptOutPeriod({ effectiveOn: '2025-01-01', endsOn: '2027-01-01' }, '2027-03-10');
 * //=> { inForce: false, period: 2, startsOn: '2027-01-01', endsOn: '2028-12-31' }
 * getMedicareOptOutPeriod({ effectiveOn: '2025-01-01' }, '2024-12-31'); //=> null
 * ```
 */
export function getMedicareOptOutPeriod(
  optOut: z.input<typeof MedicareOptOut>,
  date: LocalDate,
): MedicareOptOutPeriod | null {
  const [o, on] = validateArguments([
    ['optOut', MedicareOptOut, optOut, 'Medicare opt-out'],
    ['date', LocalDate, date, 'date'],
  ]);
  return medicareOptOutPeriodOn(o, on);
}

/** {@link getMedicareOptOutPeriod} on values already validated. */
export function medicareOptOutPeriodOn(o: MedicareOptOut, on: LocalDate): MedicareOptOutPeriod | null {
  if (compareDates(on, o.effectiveOn) < 0) return null;
  // Years between the two dates, less one when the anniversary has not come yet: a first guess at the
  // period, corrected below by at most one step.
  let period = Math.floor((Number(on.slice(0, 4)) - Number(o.effectiveOn.slice(0, 4))) / 2) + 1;
  const startOf = (n: number): LocalDate =>
    addMonths(o.effectiveOn, (n - 1) * MEDICARE_OPT_OUT_PERIOD_MONTHS);
  while (period > 1 && compareDates(startOf(period), on) > 0) period -= 1;
  while (compareDates(startOf(period + 1), on) <= 0) period += 1;
  const inForce = o.endsOn === undefined || compareDates(on, o.endsOn) < 0;
  return { inForce, period, startsOn: startOf(period), endsOn: addDays(startOf(period + 1), -1) };
}

/** Days before the next 2-year period by which a cancellation of a Medicare opt-out must be received. */
export const MEDICARE_OPT_OUT_CANCEL_NOTICE_DAYS = 30;

/**
 * The next renewal of an opt-out that may still stand as of a date, or `null` when a proper end is recorded
 * (`endsOn` a cancellation at the start of a 2-year period, or an early termination of a first opt-out:
 * nothing renews). `cancelByOn` is the last day a written cancellation can reach the Medicare contractors and
 * still end the opt-out at `nextPeriodStartsOn` (30 days before it): the first such day on or after `asOf`.
 * When this period's day has passed (`missedCancelByOn`), the opt-out renews once more and the next chance is
 * a period later. An `endsOn` that is not a proper end (`endUnconfirmed: true`) does not stop the renewal:
 * the opt-out may still stand, and it renews by itself unless cancelled (42 CFR 405.400, 405.445).
 */
export interface MedicareOptOutRenewal {
  readonly nextPeriodStartsOn: LocalDate;
  readonly cancelByOn: LocalDate;
  readonly missedCancelByOn: LocalDate | null;
  readonly renewsOn: LocalDate;
  readonly endUnconfirmed: boolean;
}

/** {@link MedicareOptOutRenewal} of a validated opt-out on a date. */
export function medicareOptOutRenewal(o: MedicareOptOut, asOf: LocalDate): MedicareOptOutRenewal | null {
  // Only a proper end stops the renewal; an end that may not have happened leaves the opt-out renewing
  // [sources: cfr-42-405-subpart-d].
  const end = medicareOptOutEnd(o);
  if (end === 'cancelled' || end === 'terminated_early') return null;
  const current = medicareOptOutPeriodOn(o, asOf)?.period ?? 1;
  const startOf = (n: number): LocalDate =>
    addMonths(o.effectiveOn, (n - 1) * MEDICARE_OPT_OUT_PERIOD_MONTHS);
  const cancelBy = (n: number): LocalDate => addDays(startOf(n + 1), -MEDICARE_OPT_OUT_CANCEL_NOTICE_DAYS);
  const missed = compareDates(cancelBy(current), asOf) < 0;
  const n = missed ? current + 1 : current;
  return {
    nextPeriodStartsOn: startOf(n + 1),
    cancelByOn: cancelBy(n),
    missedCancelByOn: missed ? cancelBy(current) : null,
    renewsOn: startOf(current + 1),
    endUnconfirmed: end !== 'none',
  };
}

/**
 * How a recorded `endsOn` ends an opt-out: `cancelled` (at the start of a 2-year period), `terminated_early`
 * (within 90 days of the effective date, for a first opt-out), `first_opt_out_unknown` (within 90 days but
 * `firstOptOut` not recorded), `notice_late` (either end, but its written notice arrived after
 * {@link medicareOptOutNoticeDueBy}), `improper` (any other date, or within 90 days of a renewed clinician's
 * opt-out: neither a cancellation nor an early termination), `none` (no `endsOn`).
 */
export type MedicareOptOutEnd =
  | 'none'
  | 'cancelled'
  | 'terminated_early'
  | 'first_opt_out_unknown'
  | 'notice_late'
  | 'improper';

/**
 * The last day the written notice of a recorded end may reach the Medicare contractors: for a cancellation (an
 * `endsOn` at the start of a 2-year period) 30 days before it; for an early termination (an `endsOn` within 90
 * days of the effective date) the 90th day; `null` for an opt-out with no `endsOn`, or one that is neither.
 * [sources: cfr-42-405-subpart-d]
 */
export function medicareOptOutNoticeDueBy(o: MedicareOptOut): LocalDate | null {
  return endShape(o)?.noticeDueBy ?? null;
}

// What a recorded end can be by its date: a cancellation (at a period start) or an early termination (within 90
// days), each with the last day its notice may arrive; `null` for no end, or an end that is neither.
function endShape(
  o: MedicareOptOut,
): { readonly kind: 'cancellation' | 'early_termination'; readonly noticeDueBy: LocalDate } | null {
  if (o.endsOn === undefined) return null;
  if (medicareOptOutPeriodOn(o, o.endsOn)?.startsOn === o.endsOn)
    return { kind: 'cancellation', noticeDueBy: addDays(o.endsOn, -MEDICARE_OPT_OUT_CANCEL_NOTICE_DAYS) };
  const earlyTerminationBy = addDays(o.effectiveOn, MEDICARE_OPT_OUT_EARLY_TERMINATION_DAYS);
  return compareDates(o.endsOn, earlyTerminationBy) <= 0
    ? { kind: 'early_termination', noticeDueBy: earlyTerminationBy }
    : null;
}

/** {@link MedicareOptOutEnd} of a validated opt-out. */
export function medicareOptOutEnd(o: MedicareOptOut): MedicareOptOutEnd {
  if (o.endsOn === undefined) return 'none';
  const shape = endShape(o);
  // Only a first opt-out may be terminated early [sources: cfr-42-405-subpart-d].
  if (shape === null || (shape.kind === 'early_termination' && o.firstOptOut === false)) return 'improper';
  // A notice that arrived too late ends nothing: a late cancellation leaves the opt-out renewing (405.445).
  if (o.endNoticeReceivedOn !== undefined && compareDates(o.endNoticeReceivedOn, shape.noticeDueBy) > 0)
    return 'notice_late';
  if (shape.kind === 'cancellation') return 'cancelled';
  return o.firstOptOut === undefined ? 'first_opt_out_unknown' : 'terminated_early';
}
