import * as z from 'zod';
import { addDays, LocalDate } from '../../core/index.js';
import { validateArguments } from '../../core/internal.js';

/**
 * A change to a clinician's Medicare enrollment information that must be reported: a change of ownership, an
 * adverse legal action, a change in practice location (each within 30 days), or any other change (90 days).
 *
 * @remarks 42 CFR 424.516(d), physicians and nonphysician practitioners [sources: cfr-42-424.516].
 * @example
 * ```ts
 * MedicareReportableChange.parse('practice_location'); //=> 'practice_location'
 * ```
 */
export const MedicareReportableChange = z.enum([
  'change_of_ownership',
  'adverse_legal_action',
  'practice_location',
  'other',
]);
export type MedicareReportableChange = z.infer<typeof MedicareReportableChange>;

/**
 * Days within which each change must reach the Medicare contractor, counted from the change.
 *
 * @remarks 42 CFR 424.516(d)(1) (30 days) and (d)(2) (90 days) [sources: cfr-42-424.516].
 * @example
 * ```ts
 * MEDICARE_CHANGE_REPORTING_DAYS.adverse_legal_action; //=> 30
 * MEDICARE_CHANGE_REPORTING_DAYS.other; //=> 90
 * ```
 */
export const MEDICARE_CHANGE_REPORTING_DAYS: Readonly<Record<MedicareReportableChange, number>> = {
  change_of_ownership: 30,
  adverse_legal_action: 30,
  practice_location: 30,
  other: 90,
};

const ChangeReport = z.strictObject({ change: MedicareReportableChange, changedOn: LocalDate });

/**
 * The last day to report a change to the Medicare contractor (CMS-855I or PECOS): the day of the change plus 30
 * days for a change of ownership, an adverse legal action or a new practice location, 90 for anything else. A
 * change not reported in time is a ground to deactivate billing privileges (42 CFR 424.540(a)(2)).
 *
 * @remarks 42 CFR 424.516(d) [sources: cfr-42-424.516], 424.540 [sources: cfr-42-424.540].
 * @throws `ValidationError` for an unknown change or a bad date
 * @example
 * ```ts
 * getMedicareChangeReportDueDate({ change: 'practice_location', changedOn: '2026-03-02' });
 * //=> { dueOn: '2026-04-01', days: 30 }
 * getMedicareChangeReportDueDate({ change: 'other', changedOn: '2026-03-02' });
 * //=> { dueOn: '2026-05-31', days: 90 }
 * ```
 */
export function getMedicareChangeReportDueDate(report: {
  readonly change: MedicareReportableChange;
  readonly changedOn: LocalDate;
}): { readonly dueOn: LocalDate; readonly days: number } {
  const [r] = validateArguments([['report', ChangeReport, report, 'Medicare change report']]);
  const days = MEDICARE_CHANGE_REPORTING_DAYS[r.change];
  return { dueOn: addDays(r.changedOn, days), days };
}
