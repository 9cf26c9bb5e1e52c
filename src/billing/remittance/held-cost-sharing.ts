import * as z from 'zod';
import { Cents, sumCents } from '../../core/index.js';
import { compareText } from '../../core/internal.js';
import { AdjustmentGroupCode, CarcCode } from './denial-codes.js';

/**
 * Why posting held a patient-responsibility amount off the client: the reason code posting gave. A
 * Medicaid client exempt from cost sharing (42 CFR 447.56(a)), Medicaid's payment in full (42 CFR 447.15),
 * a Qualified Medicare Beneficiary (42 U.S.C. 1396a(n)(3)(B)), or one of them not yet known for this claim.
 *
 * @example
 * ```ts
 * CostSharingHoldCode.parse('billing.remittance.medicaid_cost_sharing_exempt');
 * ```
 */
export const CostSharingHoldCode = z.enum([
  'billing.remittance.medicaid_cost_sharing_exempt',
  'billing.remittance.medicaid_exemption_unknown',
  'billing.remittance.medicaid_exemptions_not_per_claim',
  'billing.remittance.qmb_status_not_per_claim',
  'billing.denial.qmb_cost_sharing_not_client',
  'billing.denial.qmb_status_unknown',
  'billing.denial.qmb_payer_kind_unknown',
  'billing.denial.qmb_crossover_not_client',
  'billing.denial.qmb_only_copayment_not_client',
  'billing.denial.qmb_full_medicaid_unknown',
  'billing.denial.medicaid_qmb_status_unknown',
  'billing.denial.medicaid_payment_in_full',
  'billing.denial.medicaid_cost_sharing_unknown',
  'billing.denial.medicaid_cost_sharing_not_allowed',
  'billing.denial.medicaid_client_billing_unknown',
]);
export type CostSharingHoldCode = z.infer<typeof CostSharingHoldCode>;

/**
 * Cost sharing posting held off the client, by why and by the payer's adjustment: part of the balance's
 * `deniedCents`, never of its client responsibility. Staff must not bill it to the client; it is
 * reprocessed by the payer, crossed over to Medicaid, or written off [sources: cfr-42-447.56,
 * cfr-42-447.15, usc-42-1396a].
 *
 * @example
 * ```ts
 * HeldCostSharing.parse({ code: 'billing.denial.qmb_cost_sharing_not_client', group: 'PR', carc: '2', amountCents: 2_800 });
 * ```
 */
export const HeldCostSharing = z.strictObject({
  code: CostSharingHoldCode,
  group: AdjustmentGroupCode,
  carc: CarcCode,
  /** The amount held, in cents (net of reversals of it). */
  amountCents: Cents,
});
export type HeldCostSharing = z.infer<typeof HeldCostSharing>;

/** Holds merged by code, group and CARC, in that order, their amounts summed; a hold netted to 0 is dropped. Internal. */
export function mergeHeldCostSharing(holds: readonly HeldCostSharing[]): HeldCostSharing[] {
  const byKey = new Map<string, HeldCostSharing>();
  for (const h of holds) {
    const key = `${h.code} ${h.group} ${h.carc}`;
    const was = byKey.get(key);
    byKey.set(
      key,
      was === undefined ? { ...h } : { ...was, amountCents: sumCents([was.amountCents, h.amountCents]) },
    );
  }
  return [...byKey.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([, h]) => h)
    .filter((h) => h.amountCents !== 0);
}

/** The total held off the client on a balance, in cents. Internal. */
export function heldCostSharingTotal(holds: readonly HeldCostSharing[]): Cents {
  return sumCents(holds.map((h) => h.amountCents));
}

const HOLD_CODES: ReadonlySet<string | undefined> = new Set(CostSharingHoldCode.options);

/** The code as a hold code, when it is one (no code is none). Internal. */
export function asCostSharingHoldCode(code: string | undefined): CostSharingHoldCode | undefined {
  return HOLD_CODES.has(code) ? (code as CostSharingHoldCode) : undefined;
}
