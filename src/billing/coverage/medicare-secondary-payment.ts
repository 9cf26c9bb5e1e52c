import * as z from 'zod';
import {
  type Decision,
  type NonEmptyArray,
  NonNegativeCents,
  type Reason,
  reason,
  validate,
} from '../../core/index.js';
import type { BillingReasonCode } from '../reason-codes.js';

/**
 * What Medicare's secondary payment for a fee-schedule service is figured from (42 CFR 411.33(a)), in cents:
 * the supplier's actual charge, and the amount it is obligated to accept as payment in full when that is less
 * (`obligatedToAcceptCents`, e.g. the group health plan's contracted rate); what the primary payer paid and
 * its allowable charge (before its own deductible and coinsurance); Medicare's fee schedule amount (before
 * Medicare's deductible and coinsurance); and what Medicare would pay were it primary
 * (`medicarePrimaryPaymentCents`: the fee schedule less the Part B deductible still unmet and the
 * coinsurance, which the caller figures). `primaryPaymentIsFullPayment` says whether the provider is
 * obligated to accept, or accepts, the primary payer's payment as full payment (411.32(b)); left out, unknown,
 * and the estimate is `undecided` unless there is nothing left to pay anyway.
 *
 * @throws via `validate`: `billing.medicare_secondary.primary_paid_above_charge`, `billing.medicare_secondary.obligated_above_charge`.
 * @example
 * ```ts
 * MedicareSecondaryPaymentInput.parse({ chargeCents: 17500, primaryAllowedCents: 15000, primaryPaidCents: 12000,
 *   medicareFeeScheduleCents: 12500, medicarePrimaryPaymentCents: 10000, primaryPaymentIsFullPayment: false }).chargeCents;
 * //=> 17500
 * ```
 */
export const MedicareSecondaryPaymentInput = z
  .strictObject({
    chargeCents: NonNegativeCents,
    obligatedToAcceptCents: NonNegativeCents.optional(),
    primaryAllowedCents: NonNegativeCents,
    primaryPaidCents: NonNegativeCents,
    medicareFeeScheduleCents: NonNegativeCents,
    medicarePrimaryPaymentCents: NonNegativeCents,
    primaryPaymentIsFullPayment: z.boolean().optional(),
  })
  .superRefine((input, ctx) => {
    if (input.primaryPaidCents > input.chargeCents) {
      ctx.addIssue({
        code: 'custom',
        message: 'must not be more than the charge',
        path: ['primaryPaidCents'],
        params: { code: 'billing.medicare_secondary.primary_paid_above_charge' satisfies BillingReasonCode },
      });
    }
    if (input.obligatedToAcceptCents !== undefined && input.obligatedToAcceptCents > input.chargeCents) {
      ctx.addIssue({
        code: 'custom',
        message: 'must not be more than the charge (it replaces the charge only when less)',
        path: ['obligatedToAcceptCents'],
        params: { code: 'billing.medicare_secondary.obligated_above_charge' satisfies BillingReasonCode },
      });
    }
  });
export type MedicareSecondaryPaymentInput = z.input<typeof MedicareSecondaryPaymentInput>;

/**
 * The three amounts of 42 CFR 411.33(a) Medicare's secondary payment is the lowest of, in cents, each floored at
 * zero: (1) the charge (or the obligated amount, when less) less the primary payment, (2) what Medicare would pay
 * as primary, (3) the higher of the fee schedule and the primary's allowable charge, less the primary payment.
 * @example
 * ```ts
 * const l: MedicareSecondaryPaymentLimits = { chargeLessPrimaryCents: 5500, medicareAsPrimaryCents: 10000,
 *   allowedLessPrimaryCents: 3000 };
 * ```
 */
export interface MedicareSecondaryPaymentLimits {
  readonly chargeLessPrimaryCents: number;
  readonly medicareAsPrimaryCents: number;
  readonly allowedLessPrimaryCents: number;
}

/**
 * Medicare's secondary payment and the three amounts of 42 CFR 411.33(a) it is the lowest of
 * ({@link MedicareSecondaryPaymentLimits}). `undecided` (no payment, `null`, never a guess) when whether the
 * provider accepts the primary's payment as full payment (411.32(b)) is not known and the lowest amount is above zero.
 * @example
 * ```ts
 * const d: MedicareSecondaryPaymentDecision = estimateMedicareSecondaryPayment(example);
 * d.paymentCents; //=> 3000
 * ```
 */
export type MedicareSecondaryPaymentDecision =
  | Decision<
      'payable',
      'not_payable',
      BillingReasonCode,
      { readonly paymentCents: number; readonly limits: MedicareSecondaryPaymentLimits }
    >
  | {
      readonly outcome: 'undecided';
      readonly paymentCents: null;
      readonly limits: MedicareSecondaryPaymentLimits;
      readonly reasons: NonEmptyArray<Reason<BillingReasonCode>>;
    };

/**
 * Estimates Medicare’s secondary payment for a service paid on the fee schedule: the lowest of (1) the actual
 * charge, or the amount the supplier is obligated to accept as payment in full if less, minus the primary
 * payment; (2) what Medicare would pay as primary; (3) the higher of Medicare's fee schedule and the primary
 * payer's allowable charge, minus the primary payment. Nothing when the provider is obligated to accept, or
 * accepts, the primary payment as full payment (42 CFR 411.32(b)); `undecided` when that is not known and the
 * lowest amount is above zero, since the answer could then be nothing.
 *
 * @param input - the amounts, in cents ({@link MedicareSecondaryPaymentInput})
 * @returns `payable` with the payment and the limit that set it; `not_payable` (0) with why; `undecided`
 * (`paymentCents: null`) naming the missing fact, the amount it would be if not full payment in its facts
 * @throws {@link ValidationError} listing every problem by path, never echoing an amount
 * @remarks [sources: cfr-42-411-b] 411.33(a) and its example in 411.33(b): $175 charged, $150 allowed and $120
 * paid by the primary, a $125 fee schedule with the deductible met: $55, $100 and $30, so Medicare pays $30.
 * Whole cents in, whole cents out: no rounding. Services not paid on a fee schedule or reasonable charge
 * (411.33(e)) are not modelled. What Medicare would pay as primary is the caller's: it depends on the Part B
 * deductible met and the coinsurance. 411.32(b) makes the whole payment hang on whether the primary's payment
 * is accepted as full payment, so a missing answer is never read as "no".
 * @example
 * ```ts
 * estimateMedicareSecondaryPayment({ chargeCents: 17500, primaryAllowedCents: 15000, primaryPaidCents: 12000,
 *   medicareFeeScheduleCents: 12500, medicarePrimaryPaymentCents: 10000, primaryPaymentIsFullPayment: false });
 * //=> { outcome: 'payable', paymentCents: 3000, limits: { chargeLessPrimaryCents: 5500,
 * //     medicareAsPrimaryCents: 10000, allowedLessPrimaryCents: 3000 }, reasons: [{ code: 'billing.medicare_secondary.payment', … }] }
 * // the same with primaryPaymentIsFullPayment left out:
 * //=> { outcome: 'undecided', paymentCents: null, limits: { … },
 * //     reasons: [{ code: 'billing.medicare_secondary.full_payment_unknown', … }] }
 * ```
 */
export function estimateMedicareSecondaryPayment(
  input: MedicareSecondaryPaymentInput,
): MedicareSecondaryPaymentDecision {
  const i = validate(MedicareSecondaryPaymentInput, input, 'Medicare secondary payment input');
  const charge = Math.min(i.chargeCents, i.obligatedToAcceptCents ?? i.chargeCents);
  const limits = {
    chargeLessPrimaryCents: Math.max(0, charge - i.primaryPaidCents),
    medicareAsPrimaryCents: i.medicarePrimaryPaymentCents,
    allowedLessPrimaryCents: Math.max(
      0,
      Math.max(i.medicareFeeScheduleCents, i.primaryAllowedCents) - i.primaryPaidCents,
    ),
  };
  const facts = {
    ...limits,
    primaryPaidCents: i.primaryPaidCents,
    primaryPaymentIsFullPayment: i.primaryPaymentIsFullPayment ?? null,
  };
  if (i.primaryPaymentIsFullPayment === true) {
    return {
      outcome: 'not_payable',
      paymentCents: 0,
      limits,
      reasons: [
        reason(
          'billing.medicare_secondary.primary_payment_accepted_as_full',
          'info',
          'The provider accepts the primary payer’s payment as full payment: Medicare makes no secondary payment.',
          facts,
        ),
      ],
    };
  }
  const paymentCents = Math.min(
    limits.chargeLessPrimaryCents,
    limits.medicareAsPrimaryCents,
    limits.allowedLessPrimaryCents,
  );
  // The first limit at the lowest amount, in the regulation's order.
  const lowest =
    paymentCents === limits.chargeLessPrimaryCents
      ? 'charge_less_primary'
      : paymentCents === limits.medicareAsPrimaryCents
        ? 'medicare_as_primary'
        : 'allowed_less_primary';
  if (paymentCents === 0) {
    return {
      outcome: 'not_payable',
      paymentCents,
      limits,
      reasons: [
        reason(
          'billing.medicare_secondary.nothing_left_to_pay',
          'info',
          'The lowest of the amounts Medicare’s secondary payment is figured from is zero: Medicare pays nothing.',
          { ...facts, lowest },
        ),
      ],
    };
  }
  if (i.primaryPaymentIsFullPayment === undefined) {
    // 411.32(b): accepted as full payment, Medicare pays nothing; unknown, the payment is unknown.
    return {
      outcome: 'undecided',
      paymentCents: null,
      limits,
      reasons: [
        reason(
          'billing.medicare_secondary.full_payment_unknown',
          'warning',
          'Whether the provider is obligated to accept, or accepts, the primary payer’s payment as full payment is not known: if so Medicare pays nothing (42 CFR 411.32(b)), so the secondary payment is undecided.',
          { ...facts, lowest, paymentIfNotFullPaymentCents: paymentCents },
        ),
      ],
    };
  }
  return {
    outcome: 'payable',
    paymentCents,
    limits,
    reasons: [
      reason(
        'billing.medicare_secondary.payment',
        'info',
        'Medicare’s secondary payment is the lowest of the charge less the primary payment, what Medicare would pay as primary, and the higher allowable less the primary payment.',
        { ...facts, lowest },
      ),
    ],
  };
}
