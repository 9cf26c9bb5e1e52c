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
export const OigExclusion = z
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
export type OigExclusion = z.infer<typeof OigExclusion>;

/** The exclusion standing on a date (the first in the list), or `undefined`. */
export function oigExclusionOn(exclusions: readonly OigExclusion[], on: LocalDate): OigExclusion | undefined {
  return exclusions.find(
    (x) =>
      compareDates(on, x.effectiveOn) >= 0 &&
      (x.reinstatedOn === undefined || compareDates(on, x.reinstatedOn) < 0),
  );
}
