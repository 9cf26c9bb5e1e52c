import { addMonths, LocalDate } from '../../core/index.js';
import { validateArguments } from '../../core/internal.js';

/**
 * Consecutive calendar months without a Medicare claim after which CMS may deactivate billing privileges.
 *
 * @remarks 42 CFR 424.540(a)(1) [sources: cfr-42-424.540].
 * @example
 * ```ts
 * MEDICARE_INACTIVITY_MONTHS; //=> 12
 * ```
 */
export const MEDICARE_INACTIVITY_MONTHS = 12;

/**
 * The first day CMS may deactivate a clinician's Medicare billing privileges for submitting no claim: the 12
 * months run from the first day of the first month without a claim through the last day of the 12th, so from the
 * last claim's date it is the first day of the 13th month after that claim's month. A claim submitted before then
 * starts the count again. Deactivation is not revocation: the clinician reactivates by applying again or
 * recertifying the enrollment information.
 *
 * @remarks 42 CFR 424.540(a)(1), (b) [sources: cfr-42-424.540].
 * @throws `ValidationError` for a bad date
 * @example
 * ```ts
 * getMedicareInactivityDeactivationDate('2025-03-15'); //=> '2026-04-01'
 * getMedicareInactivityDeactivationDate('2025-12-31'); //=> '2027-01-01'
 * ```
 */
export function getMedicareInactivityDeactivationDate(lastClaimSubmittedOn: LocalDate): LocalDate {
  const [last] = validateArguments([
    ['lastClaimSubmittedOn', LocalDate, lastClaimSubmittedOn, 'last claim date'],
  ]);
  const firstOfMonth = `${last.slice(0, 8)}01`;
  return addMonths(firstOfMonth, MEDICARE_INACTIVITY_MONTHS + 1);
}
