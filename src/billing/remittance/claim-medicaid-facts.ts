import * as z from 'zod';
import { ClaimId, LocalDate } from '../../core/index.js';
import { MedicaidCostSharingExemption } from '../coverage/medicaid-exemption.js';
import type { PayerKind } from '../coverage/payer-profile.js';
import type { BillingReasonCode } from '../reason-codes.js';
import type { MedicaidExemptionFacts } from './medicaid-exemption-hold.js';

/**
 * One claim's client facts for Medicaid's cost-sharing exemptions (42 CFR 447.56(a)): the client's birth
 * date (under 18 on the date of service, exempt) and every exemption that holds for the client's sessions
 * (`[]`: none holds; left out: not known, held for review) [sources: cfr-42-447.56].
 *
 * @example
 * ```ts
 * ClaimMedicaidFacts.parse({ clientBirthDate: '2012-05-10', medicaidExemptions: [] });
 * //=> { clientBirthDate: '2012-05-10', medicaidExemptions: [] }
 * ```
 */
export const ClaimMedicaidFacts = z.strictObject({
  clientBirthDate: LocalDate.optional(),
  medicaidExemptions: z.array(MedicaidCostSharingExemption).max(12).optional(),
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
  readonly medicaidFactsByClaim?: Readonly<Record<string, ClaimMedicaidFacts>> | undefined;
}

/**
 * Refuses options that give the exemption facts both per claim and once for the call: which one a claim
 * should be judged on is not known (internal, for the options schemas).
 */
export function refineMedicaidFacts(opts: MedicaidFactsOptions, ctx: z.RefinementCtx): void {
  if (opts.medicaidFactsByClaim === undefined) return;
  if (opts.clientBirthDate === undefined && opts.medicaidExemptions === undefined) return;
  ctx.addIssue({
    code: 'custom',
    message: 'must not be given with clientBirthDate or medicaidExemptions: give each claim’s facts here',
    path: ['medicaidFactsByClaim'],
    params: { code: 'billing.remittance.medicaid_facts_conflict' satisfies BillingReasonCode },
  });
}

/**
 * The exemption facts a claim is judged on (internal). Per claim when `medicaidFactsByClaim` is given (no
 * entry: not known). Otherwise the call's single-client facts, only when the remittance's claims are one
 * client's (`oneClient`): with several clients, whose facts they are is not known, so no claim is judged on
 * them and its cost sharing is held for review (`notPerClaim`), never billed on another client's facts
 * [sources: cfr-42-447.56].
 */
export function claimMedicaidFactsOf(
  opts: MedicaidFactsOptions,
  oneClient: boolean,
): (claimId: string) => MedicaidExemptionFacts {
  const byClaim = opts.medicaidFactsByClaim;
  if (byClaim !== undefined) {
    return (claimId) => {
      const own = Object.hasOwn(byClaim, claimId) ? byClaim[claimId] : undefined;
      return {
        payerKind: opts.payerKind,
        clientBirthDate: own?.clientBirthDate,
        medicaidExemptions: own?.medicaidExemptions,
      };
    };
  }
  const single = opts.clientBirthDate !== undefined || opts.medicaidExemptions !== undefined;
  const facts: MedicaidExemptionFacts =
    oneClient || !single ? opts : { payerKind: opts.payerKind, notPerClaim: true };
  return () => facts;
}
