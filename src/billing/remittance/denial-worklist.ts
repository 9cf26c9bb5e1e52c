import * as z from 'zod';
import { LocalDate } from '../../core/index.js';
import { compareText, validateArguments } from '../../core/internal.js';
import { MedicaidCostSharingExemption } from '../coverage/medicaid-exemption.js';
import { FilingWindow, PayerKind } from '../coverage/payer-profile.js';
import {
  claimMedicaidFactsOf,
  claimQmbFactsOf,
  MedicaidFactsByClaim,
  refineMedicaidFacts,
} from './claim-medicaid-facts.js';
import { type AdjustmentGroupCode, DenialCodeRule, extendDenialCodeTable } from './denial-codes.js';
import { type DenialTriageDecision, type RemittanceAdjustment, triageParsed } from './denial-triage.js';
import { holdExemptCostSharing } from './medicaid-exemption-hold.js';
import { holdQmbStatusNotPerClaim, qmbStatusNotPerClaim } from './qmb-status-hold.js';
import { isReversal, Remittance, type RemittanceInput } from './remittance.js';

/**
 * Options for {@link listDenialsToWork}: the payer's kind and appeal window, network status, secondary
 * coverage, and the practice's own denial rules.
 *
 * @example
 * ```ts
 * ListDenialsToWorkOptions.parse({ appealWindow: { amount: 60, unit: 'days' } }).payerKind; //=> undefined
 * ```
 */
export const ListDenialsToWorkOptions = z
  .strictObject({
    /** No default: a denial whose answer depends on the payer's kind is `undecided` without it. */
    payerKind: PayerKind.optional(),
    inNetwork: z.boolean().default(true),
    /**
     * Whether the client has secondary coverage. No default (**behaviour change, 2026-12-07**: it was `false`
     * when left out): unknown, an amount the client could be billed is listed `undecided`, to check the
     * coverage first (`verify_coverage_and_rebill`, `billing.denial.secondary_coverage_unknown`), since a
     * secondary payer is billed before the client.
     */
    hasSecondaryCoverage: z.boolean().optional(),
    /**
     * Whether the client is a Qualified Medicare Beneficiary. No default: for a Medicare or Medicare Advantage
     * remittance, the cost sharing (PR-1/2/3) of a QMB is listed as work (check the Medicaid crossover), and
     * with the status unknown it is listed `undecided` [sources: usc-42-1396a, cms-mln-qmb-billing].
     * @deprecated One client's status for the whole call: give each claim's in `medicaidFactsByClaim`. Applied
     * only when the remittance carries one claim; with several, cost sharing it would decide is listed
     * `undecided` (`billing.remittance.qmb_status_not_per_claim`).
     */
    qualifiedMedicareBeneficiary: z.boolean().optional(),
    /**
     * Whether the state's Medicaid plan imposes this cost sharing on the client. No default: on a Medicaid
     * remittance a PR-1/2/3 is then listed `undecided`; `false`, it is listed as work (not the client's: ask
     * the payer to reprocess) [sources: cfr-42-447.15, usc-42-1396a].
     */
    medicaidCostSharing: z.boolean().optional(),
    /**
     * Whether a Qualified Medicare Beneficiary also has full Medicaid. No default: on a Medicaid remittance a
     * QMB's copayment (PR-3) is listed, `undecided` when unknown and as a write-off when `false` (a state may
     * charge a nominal Medicaid copayment only to a QMB with full Medicaid) [sources: cms-mln-qmb-billing].
     * @deprecated One client's status for the whole call: give each claim's in `medicaidFactsByClaim`. Applied
     * only when the remittance carries one claim; with several, cost sharing it would decide is listed
     * `undecided` (`billing.remittance.qmb_status_not_per_claim`).
     */
    fullMedicaidBenefits: z.boolean().optional(),
    /**
     * The client's birth date, for 42 CFR 447.56(a)'s child exemption on a Medicaid remittance: under 18 on
     * the date of service, none of the cost sharing is theirs [sources: cfr-42-447.56].
     * @deprecated One client's fact for the whole call: give each claim's in `medicaidFactsByClaim`. Applied
     * only when the remittance carries one claim.
     */
    clientBirthDate: LocalDate.optional(),
    /**
     * Every exemption from Medicaid cost sharing of 42 CFR 447.56(a) that holds for the client's sessions on
     * this remittance (`[]`: none holds), as for `postRemittance`. No default: on a `medicaid` or
     * `medicaid_managed_care` remittance, cost sharing that would be billed to the client is listed, as a
     * write-off when an exemption holds on its dates of service (`billing.remittance.medicaid_cost_sharing_exempt`)
     * and `undecided` until the list is given (`billing.remittance.medicaid_exemption_unknown`)
     * [sources: cfr-42-447.56, cfr-42-447.15].
     * @deprecated One client's facts for the whole call: give each claim's in `medicaidFactsByClaim`. The
     * remittance names no clients, so they are applied only when it carries one claim; with several, no claim
     * is judged on them and their cost sharing is listed `undecided`
     * (`billing.remittance.medicaid_exemptions_not_per_claim`).
     */
    medicaidExemptions: z.array(MedicaidCostSharingExemption).max(12).optional(),
    /**
     * Each claim's Medicaid exemption facts and QMB status, keyed by claim id, as for `postRemittance`: a fact
     * left out is not known (`undecided`). A kind of fact given here must not also be given once for the call
     * [sources: cfr-42-447.56, usc-42-1396a, cms-mln-qmb-billing].
     */
    medicaidFactsByClaim: MedicaidFactsByClaim.optional(),
    appealWindow: FilingWindow.optional(),
    denialRules: z.array(DenialCodeRule).default([]),
  })
  .superRefine(refineMedicaidFacts);
export type ListDenialsToWorkOptions = z.input<typeof ListDenialsToWorkOptions>;

/**
 * One denied (or unknown) adjustment of a remittance to work, with where it sits and its triage.
 *
 * @example
 * ```ts
 * listDenialsToWork(era, { appealWindow: { amount: 60, unit: 'days' } })[0];
 * //=> { claimId: 'claim-1', lineIndex: 1, procedureCode: '90785', group: 'CO', carc: '97', amountCents: 3000,
 * //     triage: { outcome: 'classified', action: 'correct_and_resubmit', … }, … }
 * ```
 */
export interface DenialWorkItem {
  readonly remittanceId: string;
  readonly claimId: string;
  readonly remittanceClaimIndex: number;
  /** Index of the remittance line, or `null` for a claim-level adjustment. */
  readonly lineIndex: number | null;
  readonly procedureCode: string | null;
  readonly group: AdjustmentGroupCode;
  readonly carc: string;
  readonly amountCents: number;
  readonly triage: DenialTriageDecision;
}

/**
 * Lists the denials in a remittance with their next action, owner and appeal deadline: every adjustment
 * that is neither contractual, nor the client's share billed to them, nor informational, plus every unknown
 * code (a patient-responsibility amount the triage holds off the client is listed, and so is Medicaid cost
 * sharing held from a client exempt under 42 CFR 447.56(a), or whose exemptions are not known);
 * reversals of earlier payments (claim status 22) are left out. The decision date is the remittance's
 * payment date. Ordered by appeal deadline (none last), then amount
 * (largest first), then claim, line and code.
 *
 * @param remittance - the normalized 835 (must balance)
 * @param options - payer kind, appeal window, network status, secondary coverage, practice rules
 * @throws {@link ValidationError} on an unbalanced or malformed remittance or options, listing both
 * arguments' problems at once, each path under its parameter's name (`$.remittance.claims[0]…`, `$.options…`).
 * @remarks Classification from the denial table [sources: x12-835, x12-carc]; remarks (RARCs) of the
 * line or claim are considered with each adjustment (CO-16 needs one [sources: x12-carc, x12-rarc]).
 * @example
 * ```ts
 * import type { RemittanceInput } from 'practice-ops/billing';
 *
 * // Aetna's 835 of 2026-04-10 denies claim c-1 in full: CO-97, paid as part of another service (bundled).
 * const era: RemittanceInput = { remittanceId: 'era-1', payerId: 'aetna', paidOn: '2026-04-10',
 *   claims: [{ claimId: 'c-1', claimStatusCode: '4', chargeCents: 15000, paidCents: 0,
 *     adjustments: [{ group: 'CO', carc: '97', amountCents: 15000 }] }] };
 * listDenialsToWork(era, { appealWindow: { amount: 60, unit: 'days' } })
 *   .map((d) => [d.carc, d.triage.action, d.triage.appealDeadline, d.triage.clientBillable]);
 * //=> [['97', 'correct_and_resubmit', '2026-06-09', false]]
 * ```
 */
export function listDenialsToWork(
  remittance: RemittanceInput | Remittance,
  options: ListDenialsToWorkOptions = {},
): DenialWorkItem[] {
  // Every argument's problems at once, each under its parameter's name (`$.remittance.claims[0].paidCents`).
  const [era, opts] = validateArguments([
    ['remittance', Remittance, remittance, 'remittance'],
    ['options', ListDenialsToWorkOptions, options, 'denial worklist options'],
  ]);
  const table = extendDenialCodeTable(opts.denialRules);
  const context = {
    ...(opts.payerKind === undefined ? {} : { payerKind: opts.payerKind }),
    inNetwork: opts.inNetwork,
    ...(opts.hasSecondaryCoverage === undefined ? {} : { hasSecondaryCoverage: opts.hasSecondaryCoverage }),
    ...(opts.medicaidCostSharing === undefined ? {} : { medicaidCostSharing: opts.medicaidCostSharing }),
    decisionDate: era.paidOn,
    ...(opts.appealWindow === undefined ? {} : { appealWindow: opts.appealWindow }),
  };
  // The remittance names no clients: the call's single-client facts hold only for a remittance of one claim.
  const oneClaim = new Set(era.claims.map((c) => c.claimId)).size <= 1;
  const medicaidFactsOf = claimMedicaidFactsOf(opts, oneClaim);
  const qmbFactsOf = claimQmbFactsOf(opts, oneClaim);
  const items: DenialWorkItem[] = [];
  const consider = (
    adj: RemittanceAdjustment,
    where: {
      claimId: string;
      remittanceClaimIndex: number;
      lineIndex: number | null;
      procedureCode: string | null;
    },
    remarks: readonly string[],
    datesOfService: readonly string[],
  ): void => {
    const merged = [...new Set([...adj.remarks, ...remarks])].sort(compareText);
    // Cost sharing posting holds from a Medicaid client exempt under 42 CFR 447.56(a) (or not known not to
    // be) is listed with the hold's reason, never as the client's.
    const qmb = qmbFactsOf(where.claimId);
    const claimContext = {
      ...context,
      qualifiedMedicareBeneficiary: qmb.qualifiedMedicareBeneficiary,
      fullMedicaidBenefits: qmb.fullMedicaidBenefits,
    };
    const withRemarks = { ...adj, remarks: merged };
    const triaged = triageParsed(withRemarks, claimContext, table);
    // One client's QMB status given for a remittance of several claims: held wherever it would decide.
    const notPerClaim = qmbStatusNotPerClaim(
      qmb,
      triaged,
      () =>
        triageParsed(
          withRemarks,
          { ...claimContext, qualifiedMedicareBeneficiary: true, fullMedicaidBenefits: false },
          table,
        ),
      adj,
      opts.payerKind,
    );
    const triage = holdQmbStatusNotPerClaim(
      holdExemptCostSharing(triaged, medicaidFactsOf(where.claimId), datesOfService, adj),
      notPerClaim,
    );
    // A PI reduction is always worked: it has no contract basis and is disputed with the payer.
    // The client's share is not a denial while the client (or their secondary payer) is billed for it; one
    // the triage holds off the client is work, whatever its action: a Qualified Medicare Beneficiary's cost
    // sharing (check the Medicaid crossover, write off the rest), Medicaid cost sharing the state does not
    // allow (ask the payer to reprocess).
    const notADenial =
      triage.outcome === 'classified' &&
      adj.group !== 'PI' &&
      (triage.category === 'contractual' ||
        (triage.category === 'patient_responsibility' && triage.clientBillable) ||
        triage.action === 'post_only');
    if (notADenial) return;
    items.push({
      remittanceId: era.remittanceId,
      ...where,
      group: adj.group,
      carc: adj.carc,
      amountCents: adj.amountCents,
      triage,
    });
  };
  era.claims.forEach((c, remittanceClaimIndex) => {
    // A reversal takes back an earlier adjudication: its negated denials are not denials to work.
    if (isReversal(c)) return;
    const at = { claimId: c.claimId, remittanceClaimIndex };
    // A claim-level amount covers every line's date; with any line undated, its dates are not known.
    const lineDates = c.lines.map((l) => l.serviceDate);
    const claimDates = lineDates.every((d) => d !== undefined) ? (lineDates as string[]) : [];
    for (const adj of c.adjustments)
      consider(adj, { ...at, lineIndex: null, procedureCode: null }, c.remarks, claimDates);
    c.lines.forEach((line, lineIndex) => {
      for (const adj of line.adjustments) {
        consider(
          adj,
          { ...at, lineIndex, procedureCode: line.procedureCode },
          [...line.remarks, ...c.remarks],
          line.serviceDate === undefined ? [] : [line.serviceDate],
        );
      }
    });
  });
  return items.sort(
    (a, b) =>
      compareDeadlines(a.triage.appealDeadline, b.triage.appealDeadline) ||
      b.amountCents - a.amountCents ||
      compareText(a.claimId, b.claimId) ||
      a.remittanceClaimIndex - b.remittanceClaimIndex ||
      (a.lineIndex ?? -1) - (b.lineIndex ?? -1) ||
      compareText(a.carc, b.carc),
  );
}

function compareDeadlines(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return compareText(a, b);
}
