import * as z from 'zod';
import { addDays, addMonths, LocalDate } from '../../core/index.js';
import { daysInMonth, validateArguments } from '../../core/internal.js';
import { DEFAULT_RECREDENTIALING_MONTHS, MEDICARE_REVALIDATION_MONTHS } from '../enrollment/payer-policy.js';

/**
 * The date a payer's recredentialing falls due: the last day of the month `months` after the last
 * credentialing decision. NCQA counts the 36-month cycle to the month, not to the day: a decision on
 * 2023-01-15 is due by 2026-01-31. There is no grace period: the day after is late (see
 * {@link RECREDENTIALING_LATE_DAYS} for what a plan may still do).
 *
 * @remarks NCQA's 36-month cycle, counted to the month, no grace [sources: ncqa-cr].
 * @example
 * ```ts
 * getRecredentialingDueDate('2023-01-15'); //=> '2026-01-31'
 * getRecredentialingDueDate('2024-02-29'); //=> '2027-02-28'
 * getRecredentialingDueDate('2024-02-29', { months: 24 }); //=> '2026-02-28'
 * ```
 */
export function getRecredentialingDueDate(
  credentialedOn: LocalDate,
  options: GetRecredentialingDueDateOptions = {},
): LocalDate {
  const [on, o] = validateArguments([
    ['credentialedOn', LocalDate, credentialedOn, 'credentialing date'],
    ['options', CycleOptions, options, 'recredentialing options'],
  ]);
  // Counted to the month: due by the end of the cycle's last month [sources: ncqa-cr].
  return endOfMonth(addMonths(on, o.months ?? DEFAULT_RECREDENTIALING_MONTHS));
}

// The last day of a date's month.
function endOfMonth(date: LocalDate): LocalDate {
  const days = daysInMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7)));
  return `${date.slice(0, 8)}${String(days).padStart(2, '0')}`;
}

// A cycle of 1 to 120 months.
const CycleOptions = z.strictObject({ months: z.number().int().min(1).max(120).optional() });

/**
 * Options for {@link getRecredentialingDueDate}.
 * @example
 * ```ts
 * const options: GetRecredentialingDueDateOptions = { months: 24 };
 * ```
 */
export interface GetRecredentialingDueDateOptions {
  /** The payer's cycle in months (default {@link DEFAULT_RECREDENTIALING_MONTHS}, 36). */
  readonly months?: number;
}

/**
 * Days after a missed recredentialing date within which a plan may still recredential the clinician;
 * after that it must credential them again from the start. Either way the clinician stays in network
 * until the plan acts: a missed date is the plan's compliance finding, not a termination.
 *
 * @remarks [sources: ncqa-cr].
 * @example
 * ```ts
 * RECREDENTIALING_LATE_DAYS; //=> 30
 * ```
 */
export const RECREDENTIALING_LATE_DAYS = 30;

/**
 * The last day a plan may still recredential after a missed due date: 30 days after it.
 *
 * @example
 * ```ts
 * getRecredentialingLateDate('2025-01-03'); //=> '2025-02-02'
 * ```
 */
export function getRecredentialingLateDate(dueOn: LocalDate): LocalDate {
  return addDays(dueOn, RECREDENTIALING_LATE_DAYS);
}

/**
 * An estimate of a Medicare revalidation due date: the last day of the month `months` (60) after the
 * last approved enrollment or revalidation. CMS sets each due date itself, on the last day of a month,
 * and posts it on the Medicare Revalidation List up to 7 months ahead; record that date
 * (`revalidationDueOn`) when it is posted, since it replaces this estimate.
 *
 * @remarks Every 5 years [sources: cfr-42-424.515, cms-medicare-revalidation].
 * @example
 * ```ts
 * estimateRevalidationDueDate('2022-01-03'); //=> '2027-01-31'
 * ```
 */
export function estimateRevalidationDueDate(
  enrolledOn: LocalDate,
  options: EstimateRevalidationDueDateOptions = {},
): LocalDate {
  const [on, o] = validateArguments([
    ['enrolledOn', LocalDate, enrolledOn, 'enrollment date'],
    ['options', CycleOptions, options, 'revalidation options'],
  ]);
  return endOfMonth(addMonths(on, o.months ?? MEDICARE_REVALIDATION_MONTHS));
}

/** Options for {@link estimateRevalidationDueDate}. */
export interface EstimateRevalidationDueDateOptions {
  /** The revalidation cycle in months (default {@link MEDICARE_REVALIDATION_MONTHS}, 60). */
  readonly months?: number;
}

/**
 * An estimate of a revalidation's due date on its payer's calendar: a state Medicaid agency revalidates "at
 * least every 5 years" [sources: cfr-42-455.414], so its estimate is the same day `months` later (a month end
 * clamps), never rounded later than the rule; Medicare (and any other payer set to revalidate) on the last day of
 * that month, as CMS sets its dates [sources: cms-medicare-revalidation].
 */
export function revalidationDueEstimate(cycleStart: LocalDate, months: number, medicaid: boolean): LocalDate {
  return medicaid ? addMonths(cycleStart, months) : estimateRevalidationDueDate(cycleStart, { months });
}
