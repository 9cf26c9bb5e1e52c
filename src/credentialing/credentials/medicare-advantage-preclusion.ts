import * as z from 'zod';
import { compareDates, LocalDate, PayerId } from '../../core/index.js';
import { checkDateOrder, checkUniqueKeys } from '../../core/internal.js';
import type { CredentialingIssueCode } from '../reason-codes.js';

/**
 * One Medicare Advantage plan's date for a precluded clinician: `paymentDeniedFrom`, the first date of service
 * the plan no longer pays, once the notice it must give its enrollees has run (the plan states it).
 *
 * @example
 * ```ts
 * PreclusionPlanDenial.parse({ payerId: 'humana-ma', paymentDeniedFrom: '2026-05-04' }); //=> the same object
 * ```
 */
export const PreclusionPlanDenial = z.strictObject({
  payerId: PayerId,
  paymentDeniedFrom: LocalDate,
});
export type PreclusionPlanDenial = z.infer<typeof PreclusionPlanDenial>;

/**
 * The clinician's place on CMS's preclusion list: `listedOn`, the date CMS's list takes effect for them;
 * `removedOn`, the first day they are off it (left out while they are on it); and `planDenials`, each Medicare
 * Advantage plan's own first date of service it denies ({@link PreclusionPlanDenial}). A Medicare Advantage plan
 * pays nothing a precluded clinician furnishes from the date its notice period ends; until the plan's date is
 * recorded, its dates of service from `listedOn` are undecided, never in network.
 *
 * @remarks 42 CFR 422.222 (Medicare Advantage), 423.120(c)(6) (Part D) [sources: cfr-42-422.222]. Rejected:
 * `removedOn` on or before `listedOn` (`credentialing.preclusion.removed_before_listed`), a plan date before
 * `listedOn` (`credentialing.preclusion.denial_before_listed`), two dates for one plan
 * (`credentialing.preclusion.duplicate_plan`).
 * @example
 * ```ts
 * MedicareAdvantagePreclusion.parse({ listedOn: '2026-04-01' }); //=> { listedOn: '2026-04-01', planDenials: [] }
 * ```
 */
export const MedicareAdvantagePreclusion = z
  .strictObject({
    listedOn: LocalDate,
    removedOn: LocalDate.optional(),
    planDenials: z.array(PreclusionPlanDenial).default([]),
  })
  .superRefine((p, ctx) => {
    checkDateOrder(ctx, p.listedOn, p.removedOn, 'removedOn', {
      code: 'credentialing.preclusion.removed_before_listed' satisfies CredentialingIssueCode,
      message: 'must be after the date the clinician was listed',
    });
    p.planDenials.forEach((d, i) => {
      if (compareDates(d.paymentDeniedFrom, p.listedOn) < 0)
        ctx.addIssue({
          code: 'custom',
          message: 'must be on or after the date the clinician was listed',
          path: ['planDenials', i, 'paymentDeniedFrom'],
          params: { code: 'credentialing.preclusion.denial_before_listed' satisfies CredentialingIssueCode },
        });
    });
    checkUniqueKeys(
      ctx,
      p.planDenials,
      (d) => d.payerId,
      (i) => ['planDenials', i, 'payerId'],
      {
        code: 'credentialing.preclusion.duplicate_plan' satisfies CredentialingIssueCode,
        message: 'names a plan another entry already names',
      },
    );
  });
export type MedicareAdvantagePreclusion = z.infer<typeof MedicareAdvantagePreclusion>;
/**
 * A {@link MedicareAdvantagePreclusion} as callers write it, before its defaults apply: `planDenials` may be left out (none).
 *
 * @example
 * ```ts
 * const preclusion: MedicareAdvantagePreclusionInput = { listedOn: '2026-04-01' };
 * ```
 */
export type MedicareAdvantagePreclusionInput = z.input<typeof MedicareAdvantagePreclusion>;

/**
 * Where a date of service stands for one plan: `denied` from the plan's date (while listed), `date_unknown` from
 * `listedOn` while the plan's date is not recorded, `paid` otherwise (before the listing, in the plan's notice
 * period, or from `removedOn`).
 */
export function preclusionStandingOn(
  p: MedicareAdvantagePreclusion,
  payerId: string,
  on: LocalDate,
): { readonly kind: 'paid' | 'denied' | 'date_unknown'; readonly paymentDeniedFrom: LocalDate | null } {
  const denial = p.planDenials.find((d) => d.payerId === payerId);
  const paymentDeniedFrom = denial?.paymentDeniedFrom ?? null;
  const listed =
    compareDates(on, p.listedOn) >= 0 && (p.removedOn === undefined || compareDates(on, p.removedOn) < 0);
  if (!listed) return { kind: 'paid', paymentDeniedFrom };
  if (paymentDeniedFrom === null) return { kind: 'date_unknown', paymentDeniedFrom };
  return { kind: compareDates(on, paymentDeniedFrom) >= 0 ? 'denied' : 'paid', paymentDeniedFrom };
}
