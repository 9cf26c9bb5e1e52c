import { addDays, addMonths, compareDates, LocalDate } from '../../core/index.js';
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
 * Days before the first day CMS may deactivate an enrollment for submitting no claim from which the network
 * check warns on a date of service (submit a claim by the day before). A practice's lead, not a rule: the
 * regulation gives no notice period.
 *
 * @remarks [sources: cfr-42-424.540]
 * @example
 * ```ts
 * MEDICARE_INACTIVITY_WARNING_DAYS; //=> 60
 * ```
 */
export const MEDICARE_INACTIVITY_WARNING_DAYS = 60;

// The first day of a date's month.
function firstOfMonth(date: LocalDate): LocalDate {
  return `${date.slice(0, 8)}01`;
}

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
  return addMonths(firstOfMonth(last), MEDICARE_INACTIVITY_MONTHS + 1);
}

/**
 * Where a Medicare fee-for-service enrollment stands on a date against deactivation for no claims:
 * - `clear`: 12 months without a claim cannot have run by then;
 * - `near`: within {@link MEDICARE_INACTIVITY_WARNING_DAYS} of the first day CMS may deactivate;
 * - `deactivation_possible`: on or after that day, with no later claim recorded;
 * - `last_claim_unknown`: no claim date recorded, and 12 months have run since the enrollment took effect.
 *
 * `deactivationFrom` is the first day CMS may deactivate: from the last claim, never before 12 whole months
 * from the effective date's month (a month with no billing privileges is a month without a claim, counted
 * against the clinician: the earliest the count can end). With no claim recorded it is that earliest day.
 */
export interface MedicareInactivityStanding {
  readonly kind: 'clear' | 'near' | 'deactivation_possible' | 'last_claim_unknown';
  readonly deactivationFrom: LocalDate;
  readonly submitBy: LocalDate;
}

/** The standing of an enrollment effective `effectiveOn`, last claim `lastClaimSubmittedOn`, on a date. */
export function medicareInactivityOn(
  lastClaimSubmittedOn: LocalDate | undefined,
  effectiveOn: LocalDate,
  on: LocalDate,
): MedicareInactivityStanding {
  const earliest = addMonths(firstOfMonth(effectiveOn), MEDICARE_INACTIVITY_MONTHS);
  const fromClaim =
    lastClaimSubmittedOn === undefined
      ? earliest
      : addMonths(firstOfMonth(lastClaimSubmittedOn), MEDICARE_INACTIVITY_MONTHS + 1);
  const deactivationFrom = compareDates(fromClaim, earliest) >= 0 ? fromClaim : earliest;
  const submitBy = addDays(deactivationFrom, -1);
  const at = (kind: MedicareInactivityStanding['kind']) => ({ kind, deactivationFrom, submitBy });
  if (compareDates(on, deactivationFrom) >= 0) {
    return at(lastClaimSubmittedOn === undefined ? 'last_claim_unknown' : 'deactivation_possible');
  }
  if (lastClaimSubmittedOn === undefined) return at('clear');
  return at(
    compareDates(on, addDays(deactivationFrom, -MEDICARE_INACTIVITY_WARNING_DAYS)) >= 0 ? 'near' : 'clear',
  );
}
