import * as z from 'zod';
import { ClaimId, LocalDate } from '../../core/index.js';
import { MedicaidCostSharingExemption } from '../coverage/medicaid-exemption.js';
import type { PayerKind } from '../coverage/payer-profile.js';
import type { BillingReasonCode } from '../reason-codes.js';
import type { MedicaidExemptionFacts } from './medicaid-exemption-hold.js';

/**
 * One claim's client facts for Medicaid's cost-sharing exemptions (42 CFR 447.56(a)) and for Medicare cost
 * sharing of a Qualified Medicare Beneficiary: the client's birth date (under 18 on the date of service,
 * exempt), every exemption that holds for the client's sessions (`[]`: none holds; left out: not known,
 * held for review) [sources: cfr-42-447.56], whether the client is a QMB (never billed Medicare cost
 * sharing) and whether a QMB also has full Medicaid (only then may a state charge a nominal Medicaid
 * copayment) [sources: usc-42-1396a, cms-mln-qmb-billing]. Each fact left out is not known: what it decides
 * is held for review, never billed.
 *
 * @example
 * ```ts
 * ClaimMedicaidFacts.parse({ clientBirthDate: '2012-05-10', medicaidExemptions: [], qualifiedMedicareBeneficiary: false });
 * //=> { clientBirthDate: '2012-05-10', medicaidExemptions: [], qualifiedMedicareBeneficiary: false }
 * ```
 */
export const ClaimMedicaidFacts = z.strictObject({
  clientBirthDate: LocalDate.optional(),
  medicaidExemptions: z.array(MedicaidCostSharingExemption).max(12).optional(),
  qualifiedMedicareBeneficiary: z.boolean().optional(),
  fullMedicaidBenefits: z.boolean().optional(),
});
export type ClaimMedicaidFacts = z.infer<typeof ClaimMedicaidFacts>;

/**
 * Each claim's {@link ClaimMedicaidFacts}, keyed by the claim's id (the patient control number an 835
 * repeats in CLP01), so a remittance that pays claims of several clients judges each claim on its own
 * client's facts. A claim with no entry is not known: its Medicaid cost sharing is held for review, never
 * billed. Entries for claims the remittance does not carry are allowed (one map may serve many remittances).
 *
 * @example
 * ```ts
 * MedicaidFactsByClaim.parse({ 'claim-1': { medicaidExemptions: ['hospice'] }, 'claim-2': { medicaidExemptions: [] } });
 * //=> { 'claim-1': { medicaidExemptions: ['hospice'] }, 'claim-2': { medicaidExemptions: [] } }
 * ```
 */
export const MedicaidFactsByClaim = z.record(ClaimId, ClaimMedicaidFacts);
export type MedicaidFactsByClaim = z.infer<typeof MedicaidFactsByClaim>;

/** The options that carry a call's Medicaid exemption facts: per claim, or (deprecated) once for the call. */
interface MedicaidFactsOptions {
  readonly payerKind?: PayerKind | undefined;
  readonly clientBirthDate?: LocalDate | undefined;
  readonly medicaidExemptions?: readonly MedicaidCostSharingExemption[] | undefined;
  readonly qualifiedMedicareBeneficiary?: boolean | undefined;
  readonly fullMedicaidBenefits?: boolean | undefined;
  readonly medicaidFactsByClaim?: Readonly<Record<string, ClaimMedicaidFacts>> | undefined;
}

/**
 * Refuses options that give the same kind of fact (the exemption facts, or the QMB facts) both per claim
 * and once for the call: which one a claim should be judged on is not known (internal, for the options
 * schemas). One kind per claim and the other once for the call is allowed.
 */
export function refineMedicaidFacts(opts: MedicaidFactsOptions, ctx: z.RefinementCtx): void {
  const entries = Object.values(opts.medicaidFactsByClaim ?? {});
  const conflict = (given: (facts: MedicaidFactsOptions) => boolean, message: string): void => {
    if (!given(opts) || !entries.some(given)) return;
    ctx.addIssue({
      code: 'custom',
      message,
      path: ['medicaidFactsByClaim'],
      params: { code: 'billing.remittance.medicaid_facts_conflict' satisfies BillingReasonCode },
    });
  };
  conflict(
    exemptionsGiven,
    'must not give clientBirthDate or medicaidExemptions when the call gives them too: give each claim’s here',
  );
  conflict(
    qmbGiven,
    'must not give qualifiedMedicareBeneficiary or fullMedicaidBenefits when the call gives them too: give each claim’s here',
  );
}

function exemptionsGiven(facts: MedicaidFactsOptions): boolean {
  return facts.clientBirthDate !== undefined || facts.medicaidExemptions !== undefined;
}

function qmbGiven(facts: MedicaidFactsOptions): boolean {
  return facts.qualifiedMedicareBeneficiary !== undefined || facts.fullMedicaidBenefits !== undefined;
}

/**
 * The exemption facts a claim is judged on (internal). The call's single-client facts (deprecated) when
 * given: only when the remittance's claims are one client's (`oneClient`); with several clients, whose facts
 * they are is not known, so no claim is judged on them and its cost sharing is held for review
 * (`notPerClaim`), never billed on another client's facts. Otherwise each claim's own entry of
 * `medicaidFactsByClaim` (no entry: not known) [sources: cfr-42-447.56].
 */
export function claimMedicaidFactsOf(
  opts: MedicaidFactsOptions,
  oneClient: boolean,
): (claimId: string) => MedicaidExemptionFacts {
  const byClaim = opts.medicaidFactsByClaim;
  if (byClaim !== undefined && !exemptionsGiven(opts)) {
    return (claimId) => {
      const own = Object.hasOwn(byClaim, claimId) ? byClaim[claimId] : undefined;
      return {
        payerKind: opts.payerKind,
        clientBirthDate: own?.clientBirthDate,
        medicaidExemptions: own?.medicaidExemptions,
      };
    };
  }
  const facts: MedicaidExemptionFacts =
    oneClient || !exemptionsGiven(opts) ? opts : { payerKind: opts.payerKind, notPerClaim: true };
  return () => facts;
}

/** A claim's Qualified Medicare Beneficiary facts as the triage takes them (internal). */
export interface ClaimQmbFacts {
  readonly qualifiedMedicareBeneficiary: boolean | undefined;
  readonly fullMedicaidBenefits: boolean | undefined;
  /** The call gave one client's QMB facts for a remittance of several clients: they are not this claim's. */
  readonly notPerClaim: boolean;
}

/**
 * The QMB facts a claim is judged on (internal). The call's single-client `qualifiedMedicareBeneficiary`
 * and `fullMedicaidBenefits` (deprecated) when given: only when the remittance's claims are one client's
 * (`oneClient`); with several clients no claim is judged on them (`notPerClaim`, both not known), and what
 * they would decide is held for review, never billed. Otherwise each claim's own entry of
 * `medicaidFactsByClaim` (no entry or no fact: not known) [sources: usc-42-1396a, cms-mln-qmb-billing].
 */
export function claimQmbFactsOf(
  opts: MedicaidFactsOptions,
  oneClient: boolean,
): (claimId: string) => ClaimQmbFacts {
  if (qmbGiven(opts)) {
    const facts: ClaimQmbFacts = oneClient
      ? {
          qualifiedMedicareBeneficiary: opts.qualifiedMedicareBeneficiary,
          fullMedicaidBenefits: opts.fullMedicaidBenefits,
          notPerClaim: false,
        }
      : { qualifiedMedicareBeneficiary: undefined, fullMedicaidBenefits: undefined, notPerClaim: true };
    return () => facts;
  }
  const byClaim = opts.medicaidFactsByClaim ?? {};
  return (claimId) => {
    const own = Object.hasOwn(byClaim, claimId) ? byClaim[claimId] : undefined;
    return {
      qualifiedMedicareBeneficiary: own?.qualifiedMedicareBeneficiary,
      fullMedicaidBenefits: own?.fullMedicaidBenefits,
      notPerClaim: false,
    };
  };
}
