import * as z from 'zod';
import { compareDates, LocalDate } from '../../core/index.js';
import { checkDateOrder } from '../../core/internal.js';
import type { CredentialingIssueCode } from '../reason-codes.js';

/**
 * An exclusion of the clinician by the HHS Office of Inspector General (the List of Excluded
 * Individuals/Entities): from `effectiveOn` until `reinstatedOn`, the first day OIG reinstated them (left
 * out while they are not reinstated; reinstatement is never automatic at the end of the term).
 *
 * While it stands no federal health care program (Medicare, Medicare Advantage plans, Medicaid) pays for
 * anything the clinician furnishes.
 *
 * @remarks 42 CFR 1001.1901 (effect of exclusion), 1001.3001 to 1001.3005 (reinstatement)
 * [sources: cfr-42-1001.1901]. `reinstatedOn` on or before `effectiveOn` is rejected
 * (`credentialing.exclusion.reinstated_before_effective`).
 * @example
 * ```ts
 * OigExclusion.parse({ effectiveOn: '2026-02-19' }); //=> the same object (not reinstated)
 * ```
 */
export const OigExclusion = exclusionPeriod();
export type OigExclusion = z.infer<typeof OigExclusion>;

/**
 * An exclusion of the clinician listed on SAM.gov (debarred, suspended or otherwise excluded from federal
 * procurement and nonprocurement programs): from `effectiveOn` (SAM's active date) until `reinstatedOn`, the
 * first day it no longer stands (the day after SAM's termination date; left out while it is indefinite or
 * not yet ended). Recorded as found by a check of SAM, as {@link OigExclusion} is for the LEIE: the two are
 * dated, and read against the date of service, the same way.
 *
 * It is not by itself a bar on payment, as an OIG exclusion is, but a ground on which CMS denies or revokes a
 * Medicare enrollment (42 CFR 424.530(a)(2), 424.535(a)(2)) and which a state Medicaid agency screens for
 * monthly (455.436): while it stands a federal program's answer is never billable (`undecided`, for the
 * compliance officer).
 *
 * @remarks [sources: sam-exclusions, cfr-42-424.535, cfr-42-455.436]. `reinstatedOn` on or before
 * `effectiveOn` is rejected (`credentialing.exclusion.reinstated_before_effective`).
 * @example
 * ```ts
 * SamExclusion.parse({ effectiveOn: '2026-05-04', reinstatedOn: '2029-05-04' }); //=> the same object
 * ```
 */
export const SamExclusion = exclusionPeriod();
export type SamExclusion = z.infer<typeof SamExclusion>;

// One shape, one date order, for both lists.
function exclusionPeriod() {
  return z
    .strictObject({
      effectiveOn: LocalDate,
      reinstatedOn: LocalDate.optional(),
    })
    .superRefine((x, ctx) =>
      checkDateOrder(ctx, x.effectiveOn, x.reinstatedOn, 'reinstatedOn', {
        code: 'credentialing.exclusion.reinstated_before_effective' satisfies CredentialingIssueCode,
        message: 'must be after the exclusion’s effective date',
      }),
    );
}

/**
 * The exclusion standing on a date (the first in the list), or `undefined`: from its effective date, before
 * the first day it no longer stands. The same rule for the LEIE and SAM.
 */
export function exclusionStandingOn<T extends OigExclusion>(
  exclusions: readonly T[],
  on: LocalDate,
): T | undefined {
  return exclusions.find(
    (x) =>
      compareDates(on, x.effectiveOn) >= 0 &&
      (x.reinstatedOn === undefined || compareDates(on, x.reinstatedOn) < 0),
  );
}

/** The OIG exclusion standing on a date (the first in the list), or `undefined`. */
export function oigExclusionOn(exclusions: readonly OigExclusion[], on: LocalDate): OigExclusion | undefined {
  return exclusionStandingOn(exclusions, on);
}
