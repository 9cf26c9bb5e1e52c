import * as z from 'zod';
import { BasisPoints, ClientId, LocalDate, NonNegativeCents, PayerId } from '../../core/index.js';
import { isObjectPayload, toEpochDay } from '../../core/internal.js';
import type { BillingReasonCode } from '../reason-codes.js';
import { PayerKind } from './payer-profile.js';

/**
 * A normalized eligibility and benefits result (what a 271 response or a phone call to the payer tells
 * the practice about one client's behavioral-health benefits), as of the day it was verified.
 *
 * - `copayCents` and `coinsuranceBasisPoints` are 0 when the plan has none (10,000 basis points = 100 %).
 *   `coinsuranceBasisPoints: null` means the coinsurance is not known (a 271 that states a copay and no
 *   coinsurance), never none: the estimate is `undecided` where coinsurance would take part of the allowed
 *   amount (**behaviour change, 2026-12-07**).
 * - `copayBeforeDeductible`: the copay is due instead of the deductible (copay-only, not subject to the
 *   deductible); when `false` the copay and the deductible both apply, in `costSharingOrder`.
 * - `costSharingOrder`: `copay_first` (absent: the copay, then the deductible on the rest of the allowed
 *   amount, then coinsurance, as the estimate source orders them [sources: codingace-copay-estimate])
 *   or `deductible_first` (the deductible, then the copay on what is left) where a plan says so.
 * - `outOfPocketMaximumCents: null` means the maximum is not known (a 271 without an EB01 G line), never $0,
 *   met or none: the estimate is `undecided` where it would decide the client's share. It means the plan has
 *   none only with `noOutOfPocketMaximum: true`, and for Original Medicare (`payerKind: 'medicare'`), which has
 *   none by law; a Medicaid plan's share is limited by the household's 5 % aggregate limit instead.
 * - `deductibleMetCents`, `outOfPocketMetCents` and `visitsUsed` are `null` when not stated (a 271 with a total
 *   and no "met" or "remaining" figure): never read as $0 met or no visit used; the estimate is then
 *   `undecided` where the figure would decide the client's share.
 * - `visitLimit: null` means the limit is not known (a 271 without a visit count), never "no limit": the plan
 *   has none only with `noVisitLimit: true` (the payer said so, or a 271's EB01 `H`, unlimited). An unknown
 *   limit leaves the estimate and the eligibility flags `undecided` (**behaviour change, 2026-12-07**).
 * - `planEndsOn: null` means an open-ended plan.
 * - `copayCountsTowardOutOfPocket` defaults to `true`; `copayCountsTowardDeductible` is `false` when absent.
 * - `payerKind` and `qualifiedMedicareBeneficiary` (optional): a Qualified Medicare Beneficiary is never
 *   asked for Medicare cost sharing; for a Medicare plan with the status unknown the estimate is `undecided`.
 * - `clientBirthDate` (optional): a Medicaid client under 18 on the date of service owes no cost sharing.
 *
 * @throws via {@link validate}: `billing.eligibility.deductible_met_above_total`,
 * `billing.eligibility.out_of_pocket_met_above_maximum`, `billing.eligibility.plan_end_before_start`,
 * `billing.eligibility.no_out_of_pocket_maximum_with_amount` (`noOutOfPocketMaximum` beside an amount),
 * `billing.eligibility.no_visit_limit_with_limit` (`noVisitLimit` beside a limit).
 * @remarks Fields from the 271 EB segment (EB01 codes A coinsurance, B copay, C deductible, G out-of-pocket,
 * F limitations; EB12 in network) [sources: x12-271], and the checks a practice makes before a first
 * session (a practice convention).
 * @example
 * ```ts
 * EligibilityBenefits.parse({ clientId: 'cl-1', payerId: 'aetna', verifiedOn: '2026-01-05',
 *   coverageActive: true, inNetwork: true, planStartsOn: '2026-01-01', planEndsOn: '2026-12-31',
 *   copayCents: 0, copayBeforeDeductible: false, coinsuranceBasisPoints: 2000,
 *   deductibleCents: 150000, deductibleMetCents: 0, outOfPocketMaximumCents: 500000,
 *   outOfPocketMetCents: 0, visitLimit: null, noVisitLimit: true, visitsUsed: 0, authorizationRequired: false });
 * ```
 */
export const EligibilityBenefits = z
  .strictObject({
    clientId: ClientId,
    payerId: PayerId,
    verifiedOn: LocalDate,
    coverageActive: z.boolean(),
    inNetwork: z.boolean(),
    planStartsOn: LocalDate,
    planEndsOn: LocalDate.nullable(),
    copayCents: NonNegativeCents,
    copayBeforeDeductible: z.boolean(),
    /** The plan's coinsurance; `null` when the payer did not say (never read as none). */
    coinsuranceBasisPoints: BasisPoints.nullable(),
    deductibleCents: NonNegativeCents,
    /** What is met of the deductible; `null` when the payer did not say. */
    deductibleMetCents: NonNegativeCents.nullable(),
    outOfPocketMaximumCents: NonNegativeCents.nullable(),
    /** What is met of the out-of-pocket maximum; `null` when the payer did not say. */
    outOfPocketMetCents: NonNegativeCents.nullable(),
    /**
     * The plan has no out-of-pocket maximum at all, as the payer stated (a grandfathered plan, say): with
     * `outOfPocketMaximumCents: null`, the client's share is never capped. Absent, a `null` maximum is unknown.
     */
    noOutOfPocketMaximum: z.boolean().optional(),
    /** Whether copays count toward the out-of-pocket maximum (ACA plans: yes [sources: cfr-45-156.130]). */
    copayCountsTowardOutOfPocket: z.boolean().default(true),
    /** Whether copays count toward the deductible (most plans: no; plans differ, so it is plan data). */
    copayCountsTowardDeductible: z.boolean().optional(),
    /** Which comes first when a copay and the deductible both apply (absent: `copay_first`). */
    costSharingOrder: z.enum(['copay_first', 'deductible_first']).optional(),
    /** Covered visits in the benefit period; `null` when not known (see `noVisitLimit`). */
    visitLimit: z.number().int().nonnegative().nullable(),
    /**
     * The plan has no visit limit for these services, as the payer stated (a 271's EB01 `H`, unlimited, or a
     * call): with `visitLimit: null`, visits are never capped. Absent, a `null` limit is unknown.
     */
    noVisitLimit: z.boolean().optional(),
    /** Visits used of the limit; `null` when the payer did not say. */
    visitsUsed: z.number().int().nonnegative().nullable(),
    authorizationRequired: z.boolean(),
    /** When behavioral health is carved out to another payer (e.g. an MBHO), that payer's id. */
    behavioralHealthCarveOutPayerId: PayerId.optional(),
    /**
     * The payer's kind, when known. For `medicare` and `medicare_advantage` the estimate needs
     * `qualifiedMedicareBeneficiary`: a QMB is never asked for Medicare cost sharing.
     */
    payerKind: PayerKind.optional(),
    /**
     * Whether the client is a Qualified Medicare Beneficiary (Medicaid pays their Medicare cost sharing), as
     * a Medicare eligibility response or the state's Medicaid record shows. A QMB may never be billed
     * Medicare deductible, coinsurance or copayment [sources: usc-42-1396a, cms-mln-qmb-billing]. Absent
     * for a Medicare plan, the estimate is `undecided`.
     */
    qualifiedMedicareBeneficiary: z.boolean().optional(),
    /**
     * Whether a Qualified Medicare Beneficiary also has full Medicaid benefits (QMB Plus), as the state's
     * Medicaid record shows. For a `medicaid` or `medicaid_managed_care` plan, only then may a copayment be
     * asked of a QMB (a state's nominal Medicaid copayment) [sources: cms-mln-qmb-billing]; absent with a
     * copayment, the estimate is `undecided`.
     */
    fullMedicaidBenefits: z.boolean().optional(),
    /**
     * The client's date of birth, when known (a 271's DMG segment [sources: x12-271]). On a Medicaid plan a
     * client under 18 on the date of service owes no cost sharing [sources: cfr-42-447.56].
     */
    clientBirthDate: LocalDate.optional(),
  })
  .superRefine(
    (b, ctx) => {
      // Runs even when a field failed (see `when`), so every problem is reported at once: guard each read.
      if (
        typeof b.deductibleMetCents === 'number' &&
        typeof b.deductibleCents === 'number' &&
        b.deductibleMetCents > b.deductibleCents
      ) {
        ctx.addIssue({
          code: 'custom',
          message: 'must not be more than the deductible',
          path: ['deductibleMetCents'],
          params: { code: 'billing.eligibility.deductible_met_above_total' satisfies BillingReasonCode },
        });
      }
      if (
        typeof b.outOfPocketMetCents === 'number' &&
        typeof b.outOfPocketMaximumCents === 'number' &&
        b.outOfPocketMetCents > b.outOfPocketMaximumCents
      ) {
        ctx.addIssue({
          code: 'custom',
          message: 'must not be more than the out-of-pocket maximum',
          path: ['outOfPocketMetCents'],
          params: { code: 'billing.eligibility.out_of_pocket_met_above_maximum' satisfies BillingReasonCode },
        });
      }
      if (b.noOutOfPocketMaximum === true && typeof b.outOfPocketMaximumCents === 'number') {
        ctx.addIssue({
          code: 'custom',
          message: 'must not be true beside an out-of-pocket maximum',
          path: ['noOutOfPocketMaximum'],
          params: {
            code: 'billing.eligibility.no_out_of_pocket_maximum_with_amount' satisfies BillingReasonCode,
          },
        });
      }
      if (b.noVisitLimit === true && typeof b.visitLimit === 'number') {
        ctx.addIssue({
          code: 'custom',
          message: 'must not be true beside a visit limit',
          path: ['noVisitLimit'],
          params: { code: 'billing.eligibility.no_visit_limit_with_limit' satisfies BillingReasonCode },
        });
      }
      if (
        typeof b.planEndsOn === 'string' &&
        typeof b.planStartsOn === 'string' &&
        toEpochDay(b.planEndsOn) < toEpochDay(b.planStartsOn)
      ) {
        ctx.addIssue({
          code: 'custom',
          message: 'must not be before the plan starts',
          path: ['planEndsOn'],
          params: { code: 'billing.eligibility.plan_end_before_start' satisfies BillingReasonCode },
        });
      }
    },
    { when: isObjectPayload },
  );
export type EligibilityBenefits = z.infer<typeof EligibilityBenefits>;
/**
 * A {@link EligibilityBenefits} as callers write it, before its defaults apply: `copayCountsTowardOutOfPocket` may be left out (`true`).
 */
export type EligibilityBenefitsInput = z.input<typeof EligibilityBenefits>;

/**
 * What the verified benefits say of the out-of-pocket maximum: an amount; none (stated by the payer, Original
 * Medicare, which has no yearly limit [sources: medicare-gov-original-vs-advantage], or a Medicaid plan, whose
 * share the household's 5 % aggregate limit bounds instead [sources: cfr-42-447.56]); or unknown. A Medicare
 * Advantage plan must have one [sources: cfr-42-422.100], and an ACA plan too [sources: cfr-45-156.130], so a
 * `null` there is a figure the response left out. Internal.
 */
export type OutOfPocketMaximum =
  | { readonly kind: 'amount'; readonly cents: number }
  | { readonly kind: 'none'; readonly basis: 'stated' | 'original_medicare' | 'medicaid_aggregate_limit' }
  | { readonly kind: 'unknown' };

/** The {@link OutOfPocketMaximum} of validated benefits. Internal. */
export function outOfPocketMaximumOf(b: EligibilityBenefits): OutOfPocketMaximum {
  if (b.outOfPocketMaximumCents !== null) return { kind: 'amount', cents: b.outOfPocketMaximumCents };
  if (b.noOutOfPocketMaximum === true) return { kind: 'none', basis: 'stated' };
  if (b.payerKind === 'medicare') return { kind: 'none', basis: 'original_medicare' };
  if (b.payerKind === 'medicaid' || b.payerKind === 'medicaid_managed_care') {
    return { kind: 'none', basis: 'medicaid_aggregate_limit' };
  }
  return { kind: 'unknown' };
}

/**
 * What the verified benefits say of the visit limit: a limit (with the visits used, `null` when not stated);
 * none (the payer stated it); or unknown. Internal.
 */
export type VisitLimit =
  | { readonly kind: 'limit'; readonly visits: number; readonly used: number | null }
  | { readonly kind: 'none' }
  | { readonly kind: 'unknown' };

/** The {@link VisitLimit} of validated benefits. Internal. */
export function visitLimitOf(b: EligibilityBenefits): VisitLimit {
  if (b.visitLimit !== null) return { kind: 'limit', visits: b.visitLimit, used: b.visitsUsed };
  return b.noVisitLimit === true ? { kind: 'none' } : { kind: 'unknown' };
}
