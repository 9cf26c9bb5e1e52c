import * as z from 'zod';
import { addDays, addMonths, LocalDate, type Reason, reason } from '../../core/index.js';
import { fromEpochDay, toEpochDay } from '../../core/internal.js';
import type { FilingWindow } from '../coverage/payer-profile.js';
import type { BillingReasonCode } from '../reason-codes.js';
import { nextWorkdayOnOrAfter } from './filing-window.js';

/**
 * An exception to Medicare's 12-month filing limit under 42 CFR 424.44(b), asserted by the biller with the
 * date of the notice it runs from [sources: cfr-42-424.44, cms-mcpm-ch1-70]:
 * - `administrative_error`: an error or misrepresentation by CMS, a Medicare contractor or an agent of HHS
 *   caused the late filing; `noticeOn` is the notice that it was corrected;
 * - `retroactive_entitlement`: the client was not entitled to Medicare on the date of service and was later
 *   told of entitlement back to or before it; `noticeOn` is that notice;
 * - `retroactive_entitlement_medicaid_recovery`: the same, and a state Medicaid agency recovered its payment
 *   for the service from the provider 12 months or more after the date of service; `noticeOn` is the recovery;
 * - `retroactive_disenrollment_recovery`: the client was in a Medicare Advantage plan or PACE on the date of
 *   service, was disenrolled back to or before it, and the plan recovered its payment 12 months or more after
 *   the date of service; `noticeOn` is the recovery.
 *
 * Each extends the time to file through the last day of the 6th calendar month after the month of `noticeOn`.
 * @example
 * ```ts
 * MedicareFilingException.parse({ kind: 'retroactive_entitlement', noticeOn: '2026-04-15' });
 * ```
 */
export const MedicareFilingException = z.strictObject({
  kind: z.enum([
    'administrative_error',
    'retroactive_entitlement',
    'retroactive_entitlement_medicaid_recovery',
    'retroactive_disenrollment_recovery',
  ]),
  noticeOn: LocalDate,
});
export type MedicareFilingException = z.infer<typeof MedicareFilingException>;

/** Months after the notice's month through whose last day an exception extends the limit (424.44(b)). */
const EXCEPTION_MONTHS = 6;

/** The last day of the 6th calendar month after the month of a date, as an epoch day. */
export function exceptionNominalDeadline(noticeOn: LocalDate): number {
  const firstOfMonth = `${noticeOn.slice(0, 7)}-01`;
  return toEpochDay(addDays(addMonths(firstOfMonth, EXCEPTION_MONTHS + 1), -1));
}

/** An extended deadline and how it was reached (internal). */
export interface ExceptionDeadline {
  /** The extended last day (after any workday roll) and before it; `undefined` when it does not extend. */
  readonly deadline: { readonly day: number; readonly nominal: number } | undefined;
  readonly note: Reason<BillingReasonCode>;
}

/**
 * What a 424.44(b) exception does to a date-of-service deadline (`standardDay`, epoch day): the later of the
 * two, since an exception only adds time [sources: cfr-42-424.44]. A recovery less than 12 months after the
 * date of service meets neither recovery exception (the standard window was open), and a note says so. The
 * window's workday roll applies to the extended deadline too [sources: cms-mcpm-ch1-70]. Internal.
 */
export function medicareExceptionDeadline(
  serviceDate: LocalDate,
  exception: MedicareFilingException,
  standardDay: number,
  window: FilingWindow,
): ExceptionDeadline {
  const facts = { exception: exception.kind, noticeOn: exception.noticeOn, serviceDate };
  const recovery =
    exception.kind === 'retroactive_entitlement_medicaid_recovery' ||
    exception.kind === 'retroactive_disenrollment_recovery';
  if (recovery && exception.noticeOn < addMonths(serviceDate, 12)) {
    return {
      deadline: undefined,
      note: reason(
        'billing.filing.medicare_exception_not_met',
        'warning',
        'The payment was recovered less than 12 months after the date of service, so this exception does not apply: the 12-month limit stands.',
        { ...facts, why: 'recovered_within_12_months' },
      ),
    };
  }
  const nominal = exceptionNominalDeadline(exception.noticeOn);
  const day = window.rollToNextWorkday === true ? nextWorkdayOnOrAfter(nominal) : nominal;
  if (day <= standardDay) {
    return {
      deadline: undefined,
      note: reason(
        'billing.filing.medicare_exception_not_met',
        'info',
        'The exception’s 6 months from the notice end before the 12-month limit does: the limit stands.',
        { ...facts, why: 'standard_window_later', exceptionDeadline: fromEpochDay(day) },
      ),
    };
  }
  return {
    deadline: { day, nominal },
    note: reason(
      'billing.filing.medicare_exception_applied',
      'info',
      'An exception to Medicare’s 12-month limit (42 CFR 424.44(b)) extends the time to file through the last day of the 6th month after the month of the notice.',
      { ...facts, standardDeadline: fromEpochDay(standardDay), deadline: fromEpochDay(day) },
    ),
  };
}
