import { match } from 'ts-pattern';
import * as z from 'zod';
import { Cents, type Decision, LocalDate, type Reason, reason } from '../../core/index.js';
import { fromEpochDay, sortReasons, toEpochDay, validateArguments } from '../../core/internal.js';
import { addFilingWindow } from '../claims/filing-window.js';
import { MedicaidCostSharingExemption } from '../coverage/medicaid-exemption.js';
import { FilingWindow, PayerKind } from '../coverage/payer-profile.js';
import type { BillingReasonCode } from '../reason-codes.js';
import {
  AdjustmentGroupCode,
  CarcCode,
  DENIAL_CODE_TABLE,
  type DenialAction,
  type DenialCategory,
  type DenialCodeTable,
  type DenialOwner,
  denialCodeTableArgument,
  RarcCode,
} from './denial-codes.js';
import { holdExemptCostSharing } from './medicaid-exemption-hold.js';

/**
 * One adjustment as a remittance carries it: group code, CARC, amount, and the RARC remarks with it.
 *
 * @example
 * ```ts
 * RemittanceAdjustment.parse({ group: 'CO', carc: '45', amountCents: 2_500 }).remarks; //=> []
 * ```
 */
export const RemittanceAdjustment = z.strictObject({
  group: AdjustmentGroupCode,
  carc: CarcCode,
  /** Amount in cents; negative for a reversal. */
  amountCents: Cents,
  remarks: z.array(RarcCode).max(20).default([]),
});
export type RemittanceAdjustment = z.infer<typeof RemittanceAdjustment>;
/**
 * A {@link RemittanceAdjustment} as callers write it, before its defaults apply: `remarks` may be left out (none).
 *
 * @example
 * ```ts
 * const adjustment: RemittanceAdjustmentInput = { group: 'CO', carc: '45', amountCents: 2_500 };
 * ```
 */
export type RemittanceAdjustmentInput = z.input<typeof RemittanceAdjustment>;

/**
 * What the triage needs to know about the claim and payer besides the adjustment. No fact has a default:
 * an answer that depends on a missing one is `undecided` (and the client is never billed), never the
 * cheaper guess.
 * - `payerKind`: Medicare does not allow appeals of timely-filing denials [sources: cms-mcpm-ch1-70];
 *   Medicaid's payment is payment in full [sources: cfr-42-447.15].
 * - `inNetwork`: an in-network provider may not bill the client for a timely-filing denial (network
 *   contracts hold the member harmless; check the payer's provider manual).
 * - `hasSecondaryCoverage`: client responsibility goes to the secondary payer first; unknown, nothing is
 *   billed to the client until it is checked.
 * - `waiverSigned`: a PR medical-necessity amount is the client's only with a waiver signed before.
 * - `medicaidCostSharing`: whether the state's Medicaid plan imposes the deductible, coinsurance or copay
 *   on this client; unknown, a Medicaid PR-1/2/3 is `undecided`.
 * - `qualifiedMedicareBeneficiary`: whether the client is a QMB; a QMB is never billed Medicare cost
 *   sharing [sources: usc-42-1396a, cms-mln-qmb-billing]; unknown, a Medicare PR-1/2/3 is `undecided`, and
 *   so is a Medicaid PR-1/2/3 the state plan imposes (a QMB's Medicaid crossover leaves Medicare's).
 * - `fullMedicaidBenefits`: whether a QMB also has full Medicaid; only then may a state charge them a nominal
 *   Medicaid copayment [sources: cms-mln-qmb-billing]; unknown, that copayment is `undecided`.
 * - `decisionDate` and `appealWindow`: the appeal deadline is the decision date plus the window.
 * @example
 * ```ts
 * DenialTriageContext.parse({}); //=> {}
 * ```
 */
export const DenialTriageContext = z.strictObject({
  /** The payer's kind; unknown, an answer that depends on it (a timely-filing appeal) is `undecided`. */
  payerKind: PayerKind.optional(),
  /**
   * Whether the provider is in the payer's network; unknown, a PR timely-filing denial and a PR charge
   * above the fee schedule (PR-45) are `undecided`.
   */
  inNetwork: z.boolean().optional(),
  /** Whether the client has secondary coverage; unknown, a client-billable amount is `undecided`. */
  hasSecondaryCoverage: z.boolean().optional(),
  /**
   * Whether the client signed a waiver (an ABN for Medicare) before the service, agreeing to pay if the
   * payer finds it not medically necessary; unknown, a PR medical-necessity denial is `undecided`.
   */
  waiverSigned: z.boolean().optional(),
  /**
   * Whether the state's Medicaid plan imposes this cost sharing (deductible, coinsurance, copay) on the
   * client [sources: usc-42-1396a]; unknown, a Medicaid PR cost-sharing amount is `undecided`.
   */
  medicaidCostSharing: z.boolean().optional(),
  /**
   * Whether the client is a Qualified Medicare Beneficiary (QMB: Medicaid pays their Medicare cost sharing),
   * as the client's coverage record says (a Medicare eligibility response or the state's Medicaid record).
   * A QMB may never be billed Medicare deductible, coinsurance or copayment, Original Medicare or Medicare
   * Advantage [sources: usc-42-1396a, cms-mln-qmb-billing]; unknown, Medicare cost sharing is `undecided`.
   */
  qualifiedMedicareBeneficiary: z.boolean().optional(),
  /**
   * Whether a Qualified Medicare Beneficiary also has full Medicaid benefits (QMB Plus), as the state's
   * Medicaid record says. Only then may a state's plan charge them a nominal Medicaid copayment; a QMB
   * without full Medicaid (QMB only) owes none [sources: cms-mln-qmb-billing]. Unknown, a QMB's Medicaid
   * copayment (PR-3) the state plan imposes is `undecided`. Read only for a QMB on a Medicaid remittance.
   */
  fullMedicaidBenefits: z.boolean().optional(),
  /**
   * The client's birth date, for 42 CFR 447.56(a)'s child exemption on a Medicaid remittance: under 18 on
   * the date of service, none of the cost sharing is theirs [sources: cfr-42-447.56].
   */
  clientBirthDate: LocalDate.optional(),
  /**
   * Every exemption from Medicaid cost sharing of 42 CFR 447.56(a) that holds for the client (`[]`: none
   * holds). No default: on a Medicaid remittance, cost sharing that would be billed to the client is
   * written off when one holds on every date of service (`billing.remittance.medicaid_cost_sharing_exempt`)
   * and `undecided` while the list is not given (`billing.remittance.medicaid_exemption_unknown`)
   * [sources: cfr-42-447.56, cfr-42-447.15].
   */
  medicaidExemptions: z.array(MedicaidCostSharingExemption).max(12).optional(),
  /** The dates of service the adjustment covers; unknown, a Medicaid exemption that depends on them is `undecided`. */
  datesOfService: z.array(LocalDate).max(50).optional(),
  decisionDate: LocalDate.optional(),
  appealWindow: FilingWindow.optional(),
});
export type DenialTriageContext = z.input<typeof DenialTriageContext>;

/**
 * The options of {@link triageDenial}: the claim's {@link DenialTriageContext} and the practice's denial
 * code table (default {@link DENIAL_CODE_TABLE}).
 * @example
 * ```ts
 * const options: TriageDenialOptions = { payerKind: 'medicare', decisionDate: '2026-04-10' };
 * ```
 */
export interface TriageDenialOptions extends DenialTriageContext {
  readonly table?: DenialCodeTable;
}

/**
 * The result of {@link triageDenial}: how to work one adjustment, `unknown_code` when the table has no
 * rule, or `undecided` when the answer depends on a fact not given (then the client is never billed).
 * @example
 * ```ts
 * const d: DenialTriageDecision = triageDenial({ group: 'PR', carc: '3', amountCents: 2_000 },
 *   { hasSecondaryCoverage: false });
 * d.action; //=> 'bill_client'
 * ```
 */
export type DenialTriageDecision = Decision<
  'classified',
  'unknown_code' | 'undecided',
  BillingReasonCode,
  {
    readonly group: AdjustmentGroupCode;
    readonly carc: string;
    readonly remarks: readonly string[];
    readonly category: DenialCategory | null;
    readonly action: DenialAction;
    readonly owner: DenialOwner;
    /** Whether the amount may be billed to the client (never for CO, PI or OA). */
    readonly clientBillable: boolean;
    readonly appealable: boolean;
    /** Last day to appeal, or `null` when not appealable or the facts are missing. */
    readonly appealDeadline: LocalDate | null;
  }
>;

/**
 * Classifies a remittance adjustment by group code and CARC into a category, the next action, who
 * takes it, whether the client may be billed, and the appeal deadline. Unknown codes are reported as
 * unknown, never guessed.
 *
 * @param adjustment - group, CARC, amount and RARCs from the 835
 * @param options - the claim's context (payer kind, network, secondary coverage, decision date and appeal
 *   window) and the practice's denial code `table` (defaults to {@link DENIAL_CODE_TABLE})
 * @throws {@link ValidationError} listing every problem of a malformed adjustment (e.g. the non-existent group
 * `OI`), context or table at once, each path under its parameter's name (`$.adjustment.group`,
 * `$.options.decisionDate`, `$.options.table[3].owner`): a table's rule by its entry's position in
 * `Object.keys` order, never by its key (the keys are the caller's text, never echoed).
 * @remarks CO amounts are never billed to the client [sources: x12-835]; a timely-filing denial in network
 * may not be billed to the client either (network contracts hold the member harmless); Medicare
 * timely-filing denials (CO-29) cannot be appealed [sources: cms-mcpm-ch1-70, mac-cgs-timely-filing].
 * A remark MA130 (returned as unprocessable) has no appeal rights: correct and send a new claim
 * [sources: x12-rarc, mac-palmetto-appeals-timeliness]. Medical-necessity and records questions go to a
 * clinician: the library makes no clinical judgement. A payer-initiated reduction (PI) has no contract
 * basis and is not the client's: it is always appealable and routed to the biller to dispute, never
 * written off, posted only or billed [sources: x12-835]. A PR medical-necessity amount (PR-50) is the
 * client's only with a waiver (ABN) signed before the service [sources: cms-abn]; unknown, `undecided`.
 * Without a payer kind, a timely-filing denial is `undecided` (Medicare never allows its appeal).
 * A code meaning "bill another payer" (CARC 22, 109: `otherPayer` in the table) is never the client's
 * until the right payer adjudicates; a reduction by rule (sequestration, CARC 253: `neverClient`) is never
 * the client's whatever its group, nor is a provider-side fault (`providerFault` in the table: coding, missing
 * information, enrollment or credentialing, authorization, duplicate, e.g. PR-B7, PR-16, PR-197), which keeps
 * its action (correct, appeal, write off) with `billing.denial.provider_fault_not_client`. In network, a
 * charge above the contracted fee (CARC 45, any contractual code) is written off whatever its group
 * (`billing.denial.contractual_not_client_billable`); out of network a PR-45 or PR-59 (a multiple-procedure
 * reduction, priced like CARC 45) is the client's balance, billed to them. Out of network a PR timely-filing
 * denial is `undecided` (`billing.denial.timely_filing_out_of_network`): no contract settles it. A client-billable amount with secondary coverage unknown is
 * `undecided` (check it first), as is a PR timely-filing denial, PR-45 or PR-59 with the network status unknown.
 * The action never contradicts `clientBillable`: a written-off amount is never the client's, and an amount
 * not the client's is never billed to them (a CO-1 is reviewed). For
 * Medicaid (and Medicaid managed care) the state's payment is payment in full [sources: cfr-42-447.15]:
 * the unpaid part of an adjudicated service (PR-45, PR-50 even with a waiver, PR-29) is never the client's;
 * cost sharing (CARC 1, 2, 3) is the client's only when the state plan is stated to impose it
 * (`medicaidCostSharing`) [sources: usc-42-1396a]; any other PR amount depends on the state's rules and is
 * `undecided`. A Medicaid remittance (a crossover) for a Qualified Medicare Beneficiary: a deductible or
 * coinsurance left (CARC 1, 2) is Medicare cost sharing, never the client's whatever the state's plan
 * (`billing.denial.qmb_crossover_not_client`, written off); a copayment (CARC 3) follows the state's plan
 * only for a QMB who also has full Medicaid (`fullMedicaidBenefits: true`), the one a state may charge a
 * nominal Medicaid copayment [sources: cms-mln-qmb-billing]: without full Medicaid it is written off
 * (`billing.denial.qmb_only_copayment_not_client`), unknown `undecided`
 * (`billing.denial.qmb_full_medicaid_unknown`). With the QMB status unknown, Medicaid cost sharing the state
 * plan imposes is `undecided` (`billing.denial.medicaid_qmb_status_unknown`): it may be a QMB's.
 * @example
 * ```ts
 * triageDenial({ group: 'CO', carc: '197', amountCents: 15_000 },
 *   { decisionDate: '2026-04-10', appealWindow: { amount: 60, unit: 'days' } });
 * //=> { outcome: 'classified', category: 'authorization', action: 'appeal', owner: 'biller',
 * //     clientBillable: false, appealable: true, appealDeadline: '2026-06-09', ... }
 * triageDenial({ group: 'PI', carc: '45', amountCents: 5_000 });
 * //=> { outcome: 'classified', action: 'appeal', owner: 'biller', appealable: true, clientBillable: false, ... }
 * triageDenial({ group: 'CO', carc: '29', amountCents: 15_000 }).outcome; //=> 'undecided'
 * ```
 */
export function triageDenial(
  adjustment: z.input<typeof RemittanceAdjustment>,
  options: TriageDenialOptions = {},
): DenialTriageDecision {
  const { table = DENIAL_CODE_TABLE, ...context } = options ?? {};
  // Every problem at once, each under its parameter's name (`$.adjustment.group`, `$.options.decisionDate`,
  // `$.options.table[3].owner`: a rule by its entry's position, never by its key).
  const [adj, ctx, t] = validateArguments([
    ['adjustment', RemittanceAdjustment, adjustment, 'remittance adjustment'],
    ['options', DenialTriageContext, context, 'denial triage context'],
    ['options', tableOption, table, 'denial code table'],
  ]);
  return holdExemptCostSharing(triageParsed(adj, ctx, t), ctx, ctx.datesOfService ?? [], adj);
}

// A caller's table, its problems under `table` (the shipped table needs no check).
function tableOption(table: DenialCodeTable): DenialCodeTable {
  return validateArguments([['table', denialCodeTableArgument, table, 'denial code table']])[0];
}

/** Triage on already-validated input (internal, shared with posting and the follow-up queue). */
export function triageParsed(
  adj: RemittanceAdjustment,
  ctx: z.output<typeof DenialTriageContext>,
  table: DenialCodeTable,
): DenialTriageDecision {
  const base = { group: adj.group, carc: adj.carc, remarks: adj.remarks };
  const rule = Object.hasOwn(table, adj.carc) ? table[adj.carc] : undefined;
  if (rule === undefined) {
    return {
      ...base,
      outcome: 'unknown_code',
      category: null,
      action: 'review_manually',
      owner: 'biller',
      clientBillable: false,
      appealable: false,
      appealDeadline: null,
      reasons: [
        reason(
          'billing.denial.unknown_code',
          'warning',
          'The reason code is not in the denial table; review it by hand.',
          {
            group: adj.group,
            carc: adj.carc,
          },
        ),
      ],
    };
  }
  const override = rule.byGroup[adj.group] ?? {};
  const category = override.category ?? rule.category;
  let action = override.action ?? rule.action;
  let owner = override.owner ?? rule.owner;
  let undecided = false;
  const reasons: Reason<BillingReasonCode>[] = [
    reason('billing.denial.classified', 'info', rule.description, {
      group: adj.group,
      carc: adj.carc,
      category,
    }),
  ];
  let clientBillable = isClientResponsibility(adj.group);
  if (!clientBillable) {
    reasons.push(
      reason('billing.denial.not_client_billable', 'info', 'Only PR amounts may be billed to the client.', {
        group: adj.group,
      }),
    );
  }
  if (clientBillable && rule.neverClient) {
    // A reduction the payer takes by rule (sequestration) is never the client's: a PR group on it is the
    // payer's mis-grouping [sources: cms-sequestration, x12-carc].
    clientBillable = false;
    reasons.push(
      reason(
        'billing.denial.never_client_share',
        'warning',
        'This reduction is never the client’s whatever its group code: write it off; ask the payer to correct the group.',
        { group: adj.group, carc: adj.carc },
      ),
    );
  }
  if (clientBillable && rule.otherPayer) {
    // "Bill another payer": not the client's money until the right payer has adjudicated the claim.
    clientBillable = false;
    reasons.push(
      reason(
        'billing.denial.bill_other_payer',
        'warning',
        'Another payer may owe this amount: find the right payer and bill it; the client is not billed until that payer has adjudicated the claim.',
        { group: adj.group, carc: adj.carc },
      ),
    );
  }
  if (clientBillable && rule.providerFault) {
    // The provider's side is at fault (coding, missing information, enrollment, authorization, duplicate):
    // never the client's whatever the group; a PR group on it is the payer's mis-grouping [sources: x12-carc].
    clientBillable = false;
    if (action === 'bill_client' || action === 'bill_secondary') action = 'review_manually';
    reasons.push(
      reason(
        'billing.denial.provider_fault_not_client',
        'warning',
        'The reason code says the fault is on the provider’s side of the claim: never the client’s, whatever its group code. Correct, appeal or write it off; ask the payer to correct the group.',
        { group: adj.group, carc: adj.carc, category },
      ),
    );
  }
  if (
    NETWORK_PROTECTED.has(category) &&
    clientBillable &&
    ctx.inNetwork !== false &&
    !isMedicaid(ctx.payerKind)
  ) {
    // An in-network provider may not bill the member for an untimely claim nor for a charge above the
    // contracted fee (network contracts hold them harmless); with the network status unknown, whether it
    // may is undecided. Medicaid's payment in full (below) answers both without the network status.
    clientBillable = false;
    const late = category === 'timely_filing';
    if (action === 'bill_client') action = ctx.inNetwork === true ? 'write_off' : 'review_manually';
    if (ctx.inNetwork === true) {
      reasons.push(
        late
          ? reason(
              'billing.denial.timely_filing_not_client_billable',
              'warning',
              'An in-network timely-filing denial may not be billed to the client.',
              { inNetwork: true },
            )
          : reason(
              'billing.denial.contractual_not_client_billable',
              'warning',
              'In network, the charge above the contracted or allowed amount is written off, never billed to the client, whatever its group code.',
              { inNetwork: true, group: adj.group, carc: adj.carc },
            ),
      );
    } else {
      undecided = true;
      reasons.push(
        reason(
          'billing.denial.network_unknown',
          'warning',
          late
            ? 'An in-network timely-filing denial may not be billed to the client, and whether the provider is in network is not known.'
            : 'In network, the charge above the contracted amount is written off, never billed to the client, and whether the provider is in network is not known.',
          { category },
        ),
      );
    }
  }
  if (
    category === 'timely_filing' &&
    clientBillable &&
    ctx.inNetwork === false &&
    !isMedicaid(ctx.payerKind)
  ) {
    // Out of network no contract holds the client harmless, yet the claim was late on the filer's side:
    // whether the payer's PR group makes it the client's is not settled here (undecided).
    clientBillable = false;
    undecided = true;
    action = 'review_manually';
    reasons.push(
      reason(
        'billing.denial.timely_filing_out_of_network',
        'warning',
        'Out of network, no network contract settles whether a claim filed late may be billed to the client: it depends on who filed late and on the plan’s and the state’s rules. Review it before billing the client.',
        { inNetwork: false, group: adj.group, carc: adj.carc },
      ),
    );
  }
  if (clientBillable && rule.costSharing && isMedicaid(ctx.payerKind)) {
    const held = qmbMedicaidCostSharing(ctx, adj);
    if (held !== undefined) {
      clientBillable = false;
      undecided ||= held.undecided;
      if (action === 'bill_client' || action === 'bill_secondary') action = held.action;
      if (owner === 'assistant') owner = 'biller';
      reasons.push(held.reason);
    } else if (ctx.qualifiedMedicareBeneficiary === true && ctx.medicaidCostSharing === true) {
      reasons.push(
        reason(
          'billing.denial.qmb_medicaid_copayment',
          'info',
          'The client is a Qualified Medicare Beneficiary with full Medicaid and the state’s Medicaid plan imposes a nominal Medicaid copayment: only that copayment may be asked of them, never Medicare cost sharing.',
          { group: adj.group, carc: adj.carc, payerKind: ctx.payerKind as PayerKind },
        ),
      );
    }
  }
  if (clientBillable && rule.costSharing) {
    const qmb = qmbCostSharing(ctx.payerKind, ctx.qualifiedMedicareBeneficiary, adj);
    if (qmb !== undefined) {
      clientBillable = false;
      undecided ||= qmb.undecided;
      if (action === 'bill_client' || action === 'bill_secondary') action = qmb.action;
      if (owner === 'assistant') owner = 'biller';
      reasons.push(qmb.reason);
    }
  }
  if (clientBillable && isMedicaid(ctx.payerKind)) {
    const medicaid = medicaidClientShare(rule, ctx.medicaidCostSharing, adj);
    clientBillable = medicaid.clientBillable;
    undecided ||= medicaid.undecided;
    if (medicaid.action !== undefined && (action === 'bill_client' || action === 'bill_secondary'))
      action = medicaid.action;
    reasons.push(medicaid.reason);
  }
  let appealable = rule.appealable;
  if (adj.group === 'PI') {
    // A payer-initiated reduction has no contract basis and is not the client's: the biller disputes it
    // with the payer, whatever the CARC would mean under CO or PR [sources: x12-835, x12-carc].
    appealable = true;
    if (PI_NOT_DISPUTED.has(action)) action = 'appeal';
    if (owner === 'assistant') owner = 'biller';
    reasons.push(
      reason(
        'billing.denial.payer_initiated_reduction',
        'warning',
        'A payer-initiated reduction (PI) has no contract basis and is not the client’s: dispute it with the payer.',
        { group: adj.group, carc: adj.carc },
      ),
    );
  }
  if (category === 'medical_necessity' && clientBillable) {
    // Not medically necessary, yet the client's: only with a waiver (ABN) signed before the service
    // [sources: cms-abn, x12-carc].
    if (ctx.waiverSigned === true) {
      action = 'bill_client';
      owner = 'biller';
      reasons.push(
        reason(
          'billing.denial.waiver_on_file',
          'info',
          'The client signed a waiver before the service: the amount may be billed to them.',
          { waiverSigned: true },
        ),
      );
    } else {
      clientBillable = false;
      undecided = ctx.waiverSigned === undefined;
      reasons.push(
        undecided
          ? reason(
              'billing.denial.waiver_unknown',
              'warning',
              'Not medically necessary: the client may be billed only with a waiver signed before the service, and whether one was signed is not known.',
              { group: adj.group, carc: adj.carc },
            )
          : reason(
              'billing.denial.waiver_missing',
              'warning',
              'Not medically necessary and no waiver was signed before the service: the client may not be billed.',
              { waiverSigned: false },
            ),
      );
    }
  }
  if (clientBillable && ctx.hasSecondaryCoverage === true && action === 'bill_client') {
    action = 'bill_secondary';
    reasons.push(
      reason(
        'billing.denial.bill_secondary_first',
        'info',
        'The client has secondary coverage: bill it before the client.',
        {},
      ),
    );
  } else if (clientBillable && ctx.hasSecondaryCoverage === undefined) {
    // Whether a secondary payer owes this first is not known: check before billing the client.
    clientBillable = false;
    undecided = true;
    if (action === 'bill_client') action = 'verify_coverage_and_rebill';
    reasons.push(
      reason(
        'billing.denial.secondary_coverage_unknown',
        'warning',
        'Whether the client has secondary coverage is not known: check it before billing the client; a secondary payer is billed first.',
        { group: adj.group, carc: adj.carc },
      ),
    );
  }
  if (category === 'timely_filing' && ctx.payerKind === undefined) {
    // Whether a late-filing denial can be appealed depends on the payer (Medicare: never).
    undecided = true;
    appealable = false;
    action = 'review_manually';
    reasons.push(
      reason(
        'billing.denial.payer_kind_unknown',
        'warning',
        'Whether this timely-filing denial can be appealed depends on the payer’s kind, which is not known.',
        { category },
      ),
    );
  } else if (category === 'timely_filing' && ctx.payerKind === 'medicare') {
    // Medicare late-filing denials (CO-29) are not appealable [sources: cms-mcpm-ch1-70].
    appealable = false;
    reasons.push(
      reason(
        'billing.denial.not_appealable',
        'warning',
        'Medicare does not allow appeals of timely-filing denials.',
        { payerKind: ctx.payerKind },
      ),
    );
  } else if (category === 'timely_filing') {
    reasons.push(
      reason(
        'billing.denial.needs_proof_of_timely_filing',
        'info',
        'Appeal only with proof the claim was filed in time; otherwise write it off.',
        {},
      ),
    );
  }
  if (adj.remarks.includes('MA130')) {
    // An unprocessable claim has no appeal rights and was never filed: a new claim, within the
    // date-of-service limit, is the only way [sources: mac-palmetto-appeals-timeliness, mac-fcso-timely-filing].
    appealable = false;
    action = 'correct_and_resubmit';
    reasons.push(
      reason(
        'billing.denial.unprocessable',
        'warning',
        'The claim was returned as unprocessable (MA130): it has no appeal rights and was never filed; correct it and submit it as a new claim before the date-of-service deadline.',
        { remark: 'MA130' },
      ),
    );
  }
  if (rule.needsRemark && adj.remarks.length === 0) {
    reasons.push(
      reason(
        'billing.denial.remark_missing',
        'warning',
        'This reason code needs a remark (RARC) to say what is wrong; ask the payer.',
        { carc: adj.carc },
      ),
    );
  }
  if (owner === 'clinician') {
    reasons.push(
      reason(
        'billing.denial.clinician_review',
        'info',
        'Records or clinical judgement are needed: a clinician decides; the library makes no clinical judgement.',
        { category },
      ),
    );
  }
  let appealDeadline: LocalDate | null = null;
  if (appealable) {
    if (ctx.decisionDate !== undefined && ctx.appealWindow !== undefined) {
      appealDeadline = fromEpochDay(addFilingWindow(toEpochDay(ctx.decisionDate), ctx.appealWindow));
      reasons.push(
        reason('billing.denial.appeal_deadline', 'info', 'Appeal by this date.', {
          appealDeadline,
          decisionDate: ctx.decisionDate,
        }),
      );
    } else {
      reasons.push(
        reason(
          'billing.denial.appeal_deadline_unknown',
          'warning',
          'The decision date or the payer’s appeal window is missing, so the appeal deadline is unknown.',
          {},
        ),
      );
    }
  }
  // The action never contradicts who owes the amount: an amount not billable to the client (a CO or OA
  // group on a cost-sharing code, CO-1) is never billed to anyone by rote; it is reviewed.
  if (!clientBillable && (action === 'bill_client' || action === 'bill_secondary'))
    action = 'review_manually';
  const sorted = sortReasons(reasons);
  const data = { ...base, category, action, owner, clientBillable, appealable, appealDeadline };
  const [first, ...rest] = sorted;
  if (undecided && first !== undefined) return { ...data, outcome: 'undecided', reasons: [first, ...rest] };
  return {
    ...base,
    outcome: 'classified',
    category,
    action,
    owner,
    clientBillable,
    appealable,
    appealDeadline,
    reasons: sorted,
  };
}

// The categories an in-network provider may never bill the client for, whatever the group code: a claim
// filed late and a charge above the contracted fee (CARC 45) [sources: x12-carc].
const NETWORK_PROTECTED: ReadonlySet<DenialCategory> = new Set<DenialCategory>([
  'timely_filing',
  'contractual',
]);

// The actions a PI amount never gets: it is neither written off, nor merely posted, nor billed to anyone.
const PI_NOT_DISPUTED: ReadonlySet<DenialAction> = new Set<DenialAction>([
  'write_off',
  'post_only',
  'bill_client',
  'bill_secondary',
]);

// Medicaid fee-for-service and Medicaid managed care: the state's payment is payment in full
// [sources: cfr-42-447.15].
function isMedicare(kind: PayerKind | undefined): boolean {
  return kind === 'medicare' || kind === 'medicare_advantage';
}

/**
 * Medicare cost sharing (CARC 1, 2, 3) and a Qualified Medicare Beneficiary: federal law bars every
 * Medicare provider from collecting it from a QMB, Original Medicare or Medicare Advantage, whatever
 * Medicaid pays [sources: usc-42-1396a, cms-mln-qmb-billing]. It goes to Medicaid as a crossover claim,
 * and what Medicaid does not pay is written off. `undefined` when the rule does not apply: a client known
 * not to be a QMB, or another payer's cost sharing (a commercial plan's is not Medicare's).
 */
function qmbCostSharing(
  kind: PayerKind | undefined,
  qmb: boolean | undefined,
  adj: RemittanceAdjustment,
): { undecided: boolean; action: DenialAction; reason: Reason<BillingReasonCode> } | undefined {
  if (qmb === false) return undefined;
  const facts = { group: adj.group, carc: adj.carc };
  if (isMedicare(kind) && qmb === true)
    return {
      // Not the client's, so never `bill_secondary` (that action bills the client's share): the biller checks
      // Medicare crossed the claim over to Medicaid, and bills Medicaid if it did not.
      undecided: false,
      action: 'verify_coverage_and_rebill',
      reason: reason(
        'billing.denial.qmb_cost_sharing_not_client',
        'warning',
        'The client is a Qualified Medicare Beneficiary: Medicare cost sharing may never be collected from them. Check that the claim crossed over to Medicaid (bill Medicaid if not); write off what Medicaid does not pay.',
        { ...facts, payerKind: kind as PayerKind },
      ),
    };
  if (isMedicare(kind))
    return {
      undecided: true,
      action: 'review_manually',
      reason: reason(
        'billing.denial.qmb_status_unknown',
        'warning',
        'A Qualified Medicare Beneficiary may never be billed Medicare cost sharing, and whether this client is one is not known: check their QMB status before billing them.',
        { ...facts, payerKind: kind as PayerKind },
      ),
    };
  if (kind === undefined && qmb === true)
    return {
      undecided: true,
      action: 'review_manually',
      reason: reason(
        'billing.denial.qmb_payer_kind_unknown',
        'warning',
        'The client is a Qualified Medicare Beneficiary and the payer’s kind is not known: if this is Medicare cost sharing, it may never be collected from them.',
        facts,
      ),
    };
  return undefined;
}

// The cost sharing a state may still ask of a QMB on a Medicaid claim: a nominal Medicaid copayment its plan
// imposes (CARC 3), and only of a QMB who also has full Medicaid [sources: cms-mln-qmb-billing]; never a
// deductible or coinsurance (CARC 1, 2).
const MEDICAID_COPAYMENT_CARC = '3';

type HeldCostSharing = { undecided: boolean; action: DenialAction; reason: Reason<BillingReasonCode> };

/**
 * Medicaid cost sharing (CARC 1, 2, 3 on a Medicaid remittance) and the Qualified Medicare Beneficiary rule
 * [sources: usc-42-1396a, cms-mln-qmb-billing]. For a QMB, Medicare's and Medicaid's payments are payment in
 * full: a deductible or coinsurance left is Medicare cost sharing, never the client's (written off); a
 * copayment is the client's only as a nominal Medicaid copayment, which a state may impose only on a QMB who
 * also has full Medicaid: without full Medicaid it is not theirs (written off), and with that unknown it is
 * `undecided`. With the QMB status unknown, cost sharing the state plan imposes (`medicaidCostSharing:
 * true`) may still be a QMB's Medicare cost sharing: `undecided`. `undefined` when the rule leaves the
 * answer to the state plan's (`medicaidCostSharing`): a client known not to be a QMB, a QMB's copayment with
 * full Medicaid, or an amount the plan's rule already keeps off the client (not imposed, or unknown).
 */
function qmbMedicaidCostSharing(
  ctx: z.output<typeof DenialTriageContext>,
  adj: RemittanceAdjustment,
): HeldCostSharing | undefined {
  const qmb = ctx.qualifiedMedicareBeneficiary;
  if (qmb === false) return undefined;
  const facts = { group: adj.group, carc: adj.carc, payerKind: ctx.payerKind as PayerKind };
  if (qmb === undefined) {
    if (ctx.medicaidCostSharing !== true) return undefined;
    return {
      undecided: true,
      action: 'review_manually',
      reason: reason(
        'billing.denial.medicaid_qmb_status_unknown',
        'warning',
        'Medicaid cost sharing may be billed to a client only when it is not Medicare cost sharing of a Qualified Medicare Beneficiary (a QMB owes none, and a nominal Medicaid copayment only with full Medicaid), and whether this client is a QMB is not known: check their QMB status before billing them.',
        facts,
      ),
    };
  }
  if (adj.carc !== MEDICAID_COPAYMENT_CARC)
    return {
      undecided: false,
      action: 'write_off',
      reason: reason(
        'billing.denial.qmb_crossover_not_client',
        'warning',
        'The client is a Qualified Medicare Beneficiary: a deductible or coinsurance left on a Medicaid claim is Medicare cost sharing and may never be collected from them, whatever the state’s plan; Medicare’s and Medicaid’s payments are payment in full. Write it off.',
        facts,
      ),
    };
  if (ctx.fullMedicaidBenefits === true) return undefined;
  if (ctx.fullMedicaidBenefits === false)
    return {
      undecided: false,
      action: 'write_off',
      reason: reason(
        'billing.denial.qmb_only_copayment_not_client',
        'warning',
        'The client is a Qualified Medicare Beneficiary without full Medicaid: a state may charge a nominal Medicaid copayment only to a QMB who also has full Medicaid, so this copayment is Medicare cost sharing and never theirs. Write it off.',
        facts,
      ),
    };
  if (ctx.medicaidCostSharing !== true) return undefined;
  return {
    undecided: true,
    action: 'review_manually',
    reason: reason(
      'billing.denial.qmb_full_medicaid_unknown',
      'warning',
      'The client is a Qualified Medicare Beneficiary: a state may charge a nominal Medicaid copayment only to a QMB who also has full Medicaid, and whether this client has full Medicaid is not known: check it before billing them.',
      facts,
    ),
  };
}

function isMedicaid(kind: PayerKind | undefined): boolean {
  return kind === 'medicaid' || kind === 'medicaid_managed_care';
}

// The categories of a service Medicaid adjudicated as covered: the provider accepted the state's payment
// as payment in full, so the part it did not pay (a fee-schedule reduction, a medical-necessity, coding or
// filing denial) is never the client's, waiver or not [sources: cfr-42-447.15].
const PAYMENT_IN_FULL: ReadonlySet<DenialCategory> = new Set<DenialCategory>([
  'contractual',
  'medical_necessity',
  'timely_filing',
  'authorization',
  'coding',
  'missing_information',
  'duplicate',
]);

/**
 * A Medicaid PR amount: the client's only as cost sharing the state plan imposes [sources: cfr-42-447.15,
 * usc-42-1396a]; never for a covered service's unpaid part; anything else (a non-covered service, a
 * coverage gap) depends on the state's rules, so it is undecided.
 */
function medicaidClientShare(
  rule: DenialCodeTable[string],
  costSharing: boolean | undefined,
  adj: RemittanceAdjustment,
): {
  clientBillable: boolean;
  undecided: boolean;
  action: DenialAction | undefined;
  reason: Reason<BillingReasonCode>;
} {
  const facts = { group: adj.group, carc: adj.carc };
  if (rule.costSharing) {
    if (costSharing === true)
      return {
        clientBillable: true,
        undecided: false,
        action: undefined,
        reason: reason(
          'billing.denial.medicaid_cost_sharing',
          'info',
          'The state’s Medicaid plan imposes this cost sharing: the client may be billed for it.',
          facts,
        ),
      };
    if (costSharing === false)
      return {
        clientBillable: false,
        undecided: false,
        action: 'review_manually',
        reason: reason(
          'billing.denial.medicaid_cost_sharing_not_allowed',
          'warning',
          'The state’s Medicaid plan imposes no such cost sharing: the client may not be billed; ask the payer to reprocess the claim.',
          facts,
        ),
      };
    return {
      clientBillable: false,
      undecided: true,
      action: 'review_manually',
      reason: reason(
        'billing.denial.medicaid_cost_sharing_unknown',
        'warning',
        'A Medicaid client may be billed only the cost sharing the state plan imposes, and whether it imposes this one is not known.',
        facts,
      ),
    };
  }
  if (PAYMENT_IN_FULL.has(rule.category))
    return {
      clientBillable: false,
      undecided: false,
      action: rule.action === 'bill_client' ? 'write_off' : rule.action,
      reason: reason(
        'billing.denial.medicaid_payment_in_full',
        'warning',
        'Medicaid’s payment is payment in full: the client may not be billed for this amount, waiver or not.',
        facts,
      ),
    };
  return {
    clientBillable: false,
    undecided: true,
    action: 'review_manually',
    reason: reason(
      'billing.denial.medicaid_client_billing_unknown',
      'warning',
      'Whether a Medicaid client may be billed for this amount depends on the state’s rules, which are not known here.',
      facts,
    ),
  };
}

// Who owes an adjustment, by its CAS group code [sources: x12-835]: only patient responsibility may be
// billed to the client; contractual obligations, other adjustments and payer-initiated reductions never.
function isClientResponsibility(group: AdjustmentGroupCode): boolean {
  return match(group)
    .with('PR', () => true)
    .with('CO', 'OA', 'PI', () => false)
    .exhaustive();
}
