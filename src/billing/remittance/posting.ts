import * as z from 'zod';
import {
  Cents,
  ClaimId,
  type Decision,
  LocalDate,
  NonNegativeCents,
  PayerId,
  type Reason,
  reason,
  sumCents,
  validate,
} from '../../core/index.js';
import { compareReasons, compareText, validateArguments } from '../../core/internal.js';
import {
  Claim,
  type ClaimInput,
  type ClaimLine,
  ClaimModifier,
  ClaimProcedureCode,
} from '../claims/claim.js';
import type { ClaimStatus } from '../claims/status.js';
import { MedicaidCostSharingExemption } from '../coverage/medicaid-exemption.js';
import { PayerKind } from '../coverage/payer-profile.js';
import type { BillingReasonCode } from '../reason-codes.js';
import {
  type ClaimQmbFacts,
  claimMedicaidFactsOf,
  claimQmbFactsOf,
  MedicaidFactsByClaim,
  refineMedicaidFacts,
} from './claim-medicaid-facts.js';
import {
  AdjustmentGroupCode,
  CarcCode,
  DenialCodeRule,
  type DenialCodeTable,
  deniesService,
  extendDenialCodeTable,
} from './denial-codes.js';
import { type RemittanceAdjustment, triageParsed } from './denial-triage.js';
import { asCostSharingHoldCode, HeldCostSharing, mergeHeldCostSharing } from './held-cost-sharing.js';
import { type MedicaidExemptionFacts, medicaidExemptionHold } from './medicaid-exemption-hold.js';
import {
  type RemittanceSettlement,
  type SettlementDenial,
  type SettlementItem,
  settleClaim,
} from './posting-settlement.js';
import { qmbStatusNotPerClaim } from './qmb-status-hold.js';
import {
  isReversal,
  Remittance,
  type RemittanceClaim,
  RemittanceId,
  type RemittanceInput,
} from './remittance.js';

/**
 * The client's share of a claim by kind: deductible (CARC 1), coinsurance (2), copay (3), other PR.
 * @example
 * ```ts
 * ClientResponsibility.parse({ copayCents: 2_000 });
 * //=> { deductibleCents: 0, coinsuranceCents: 0, copayCents: 2000, otherCents: 0 }
 * ```
 */
export const ClientResponsibility = z.strictObject({
  deductibleCents: Cents.default(0),
  coinsuranceCents: Cents.default(0),
  copayCents: Cents.default(0),
  otherCents: Cents.default(0),
});
export type ClientResponsibility = z.infer<typeof ClientResponsibility>;

/**
 * A payment the payer took back (a reversal, X12 claim status 22), as posted to a claim's balance. It
 * stays open until a remittance adjudicates the claim again (`settledBy`).
 *
 * @example
 * ```ts
 * ClaimRecoupment.parse({ remittanceId: 'era-2', on: '2026-05-08', recoupedCents: 9_000 });
 * //=> { remittanceId: 'era-2', on: '2026-05-08', recoupedCents: 9000 }
 * ```
 */
export const ClaimRecoupment = z.strictObject({
  remittanceId: RemittanceId,
  /** The remittance's date: the payer's revised decision, which starts the window to dispute it. */
  on: LocalDate,
  /** The payment taken back, in cents (0 when a denial was reversed). */
  recoupedCents: NonNegativeCents,
  /** The payer's claim number the reversal repeats (CLP07), when given: the same reversal posts once. */
  payerClaimControlNumber: z.string().min(1).max(50).optional(),
  /** The remittance that adjudicated the claim again (the same one for a reversal and its correction). */
  settledBy: RemittanceId.optional(),
});
export type ClaimRecoupment = z.infer<typeof ClaimRecoupment>;
/**
 * A {@link ClaimRecoupment} as callers write it, before its defaults are filled in.
 * @example
 * ```ts
 * const recoupment: ClaimRecoupmentInput = { remittanceId: 'era-2', on: '2026-05-08', recoupedCents: 9_000 };
 * ```
 */
export type ClaimRecoupmentInput = z.input<typeof ClaimRecoupment>;

/**
 * Whether a balance holds a recoupment no later remittance has settled: the claim is open again. A balance
 * written without `recoupments` has none.
 *
 * @example
 * ```ts
 * hasOpenRecoupment(postRemittance(reversalEra, [claim], [paidBalance]).balances[0]); //=> true
 * hasOpenRecoupment({}); //=> false (a balance written without recoupments has none)
 * ```
 * @throws {@link ValidationError} when the balance's recoupments are not a list of recoupments.
 */
export function hasOpenRecoupment(balance: Pick<ClaimBalanceInput, 'recoupments'>): boolean {
  const list = (typeof balance === 'object' && balance !== null ? balance.recoupments : undefined) as unknown;
  const recoupments =
    Array.isArray(list) && list.every((r) => typeof r === 'object' && r !== null)
      ? (list as readonly ClaimRecoupmentInput[])
      : validate(BalanceRecoupments, balance, 'claim balance').recoupments;
  return recoupments.some((r) => r.settledBy === undefined);
}

/**
 * What has been posted against a claim: paid, contractual adjustments, denied amounts (at stake, to work),
 * other adjustments, and client responsibility by kind, with the remittances already applied.
 *
 * @example
 * ```ts
 * ClaimBalance.parse({ claimId: 'c-1', chargeCents: 15_000 });
 * //=> { claimId: 'c-1', chargeCents: 15000, paidCents: 0, ..., postedRemittanceIds: [] }
 * ```
 */
export const ClaimBalance = z.strictObject({
  claimId: ClaimId,
  chargeCents: NonNegativeCents,
  paidCents: Cents.default(0),
  /** CO/PI/OA amounts the contract explains (e.g. CO-45): written off, never billed to the client. */
  contractualCents: Cents.default(0),
  /** Denied amounts not billable to the client: to appeal, correct or write off. */
  deniedCents: Cents.default(0),
  /** Informational adjustments (e.g. OA-23) and codes the denial table does not know. */
  otherAdjustmentCents: Cents.default(0),
  clientResponsibility: ClientResponsibility.default({
    deductibleCents: 0,
    coinsuranceCents: 0,
    copayCents: 0,
    otherCents: 0,
  }),
  postedRemittanceIds: z.array(RemittanceId).default([]),
  lastRemittanceOn: LocalDate.optional(),
  /** Denial adjustments of the claim's current adjudication (group and CARC), for the follow-up queue. */
  denials: z.array(z.strictObject({ group: AdjustmentGroupCode, carc: CarcCode })).default([]),
  /** Payments the payer took back (reversals), oldest first; see {@link ClaimRecoupment}. */
  recoupments: z.array(ClaimRecoupment).default([]),
  /**
   * Cost sharing held off the client (a Medicaid-exempt client's, a QMB's, or one whose status is not
   * known): counted in `deniedCents`, never in `clientResponsibility`; see {@link HeldCostSharing}.
   */
  heldCostSharing: z.array(HeldCostSharing).default([]),
});
export type ClaimBalance = z.infer<typeof ClaimBalance>;
/**
 * A {@link ClaimBalance} as callers write it: every amount but the charge defaults to zero.
 * @example
 * ```ts
 * const balance: ClaimBalanceInput = { claimId: 'c-1', chargeCents: 15_000 };
 * ClaimBalance.parse(balance).paidCents; //=> 0
 * ```
 */
export type ClaimBalanceInput = z.input<typeof ClaimBalance>;

/**
 * A contracted rate: the allowed amount per unit for a payer and procedure (and modifiers, when the rate
 * depends on them).
 * @example
 * ```ts
 * ContractedFee.parse({ payerId: 'p-1', procedureCode: '90834', allowedCentsPerUnit: 11_000 }).modifiers; //=> []
 * ```
 */
export const ContractedFee = z.strictObject({
  payerId: PayerId,
  procedureCode: ClaimProcedureCode,
  modifiers: z.array(ClaimModifier).max(4).default([]),
  allowedCentsPerUnit: NonNegativeCents,
});
export type ContractedFee = z.infer<typeof ContractedFee>;

/**
 * Options for {@link postRemittance}.
 * @example
 * ```ts
 * PostRemittanceOptions.parse({});
 * //=> { feeSchedule: [], denialRules: [], signedWaiverClaimIds: [] }
 * ```
 */
export const PostRemittanceOptions = z
  .strictObject({
    /** The practice's contracted fees: a line allowed below its fee is flagged as underpaid. */
    feeSchedule: z.array(ContractedFee).default([]),
    /**
     * The payer's kind. No default: unknown, a branch that depends on it is not taken (a Medicare CO-16
     * return as unprocessable; a timely-filing appeal; Medicaid's payment in full) and the posting says so.
     */
    payerKind: PayerKind.optional(),
    /**
     * Whether the provider is in the payer's network. No default: unknown, a PR-29 is not the client's and a
     * PR-45 is held among the denied amounts (`billing.denial.network_unknown`); in network a PR-45 is a
     * contractual write-off.
     */
    inNetwork: z.boolean().optional(),
    /**
     * Whether the client has secondary coverage. No default: the client's share (PR) is posted to the
     * client-responsibility buckets either way, as the payer assigned it (a secondary claim carries those
     * amounts), but unknown, the posting warns `billing.remittance.secondary_coverage_unknown` (check it before
     * billing the client); `true`, it says `billing.remittance.bill_secondary_first`.
     */
    hasSecondaryCoverage: z.boolean().optional(),
    /**
     * Whether the state's Medicaid plan imposes the deductible, coinsurance or copay on the client; unknown,
     * a Medicaid PR-1/2/3 is posted among the denied amounts to review [sources: cfr-42-447.15].
     */
    medicaidCostSharing: z.boolean().optional(),
    /**
     * Whether the client is a Qualified Medicare Beneficiary. No default. A QMB is never billed Medicare
     * deductible, coinsurance or copay (Original Medicare or Medicare Advantage) [sources: usc-42-1396a,
     * cms-mln-qmb-billing]: for `payerKind` `medicare` or `medicare_advantage`, a PR-1/2/3 is posted among
     * the denied amounts, to bill Medicaid as a crossover and write off the rest
     * (`billing.denial.qmb_cost_sharing_not_client`); unknown, it is held there too
     * (`billing.denial.qmb_status_unknown`) until the status is checked; `false`, it is the client's share.
     * @deprecated One client's status for the whole call: give each claim's in `medicaidFactsByClaim`. Applied
     * only when every claim the remittance posts is one client's; with several clients no claim is judged on
     * it, and cost sharing it would decide is held (`billing.remittance.qmb_status_not_per_claim`).
     */
    qualifiedMedicareBeneficiary: z.boolean().optional(),
    /**
     * Whether a Qualified Medicare Beneficiary also has full Medicaid benefits (QMB Plus). No default. Only
     * then may the state's plan charge them a nominal Medicaid copayment [sources: cms-mln-qmb-billing]: on a
     * Medicaid remittance a QMB's PR-3 is held among the denied amounts when it is `false` (never theirs,
     * `billing.denial.qmb_only_copayment_not_client`) or unknown (`billing.denial.qmb_full_medicaid_unknown`).
     * @deprecated One client's status for the whole call: give each claim's in `medicaidFactsByClaim`. Applied
     * only when every claim the remittance posts is one client's; with several clients no claim is judged on
     * it, and cost sharing it would decide is held (`billing.remittance.qmb_status_not_per_claim`).
     */
    fullMedicaidBenefits: z.boolean().optional(),
    /**
     * The client's birth date, for 42 CFR 447.56(a)'s child exemption on a Medicaid remittance: under 18 on
     * the date of service, none of the cost sharing is theirs [sources: cfr-42-447.56].
     * @deprecated One client's fact for the whole call: give each claim's in `medicaidFactsByClaim`. Applied
     * only when every claim the remittance posts is one client's.
     */
    clientBirthDate: LocalDate.optional(),
    /**
     * Every exemption from Medicaid cost sharing of 42 CFR 447.56(a) that holds for the client's sessions on
     * this remittance (`[]`: none holds). No default. On a `medicaid` or `medicaid_managed_care` remittance,
     * cost sharing the triage would bill to the client is held among the denied amounts when an exemption
     * holds on its date of service (`billing.remittance.medicaid_cost_sharing_exempt`) and, with the list not
     * given, until it is checked (`billing.remittance.medicaid_exemption_unknown`) [sources: cfr-42-447.56,
     * cfr-42-447.15].
     * @deprecated One client's facts for the whole call: give each claim's in `medicaidFactsByClaim`. Applied
     * only when every claim the remittance posts is one client's; with several clients no claim is judged on
     * them and their cost sharing is held (`billing.remittance.medicaid_exemptions_not_per_claim`).
     */
    medicaidExemptions: z.array(MedicaidCostSharingExemption).max(12).optional(),
    /**
     * Each claim's Medicaid exemption facts (birth date, exemptions of 42 CFR 447.56(a)) and QMB status
     * (`qualifiedMedicareBeneficiary`, `fullMedicaidBenefits`), keyed by claim id: a remittance paying several
     * clients' claims judges each on its own client's. A fact a claim's entry leaves out is not known: the
     * cost sharing it decides is held, never billed. A kind of fact given here must not also be given once for
     * the call (`billing.remittance.medicaid_facts_conflict`) [sources: cfr-42-447.56, cfr-42-447.15,
     * usc-42-1396a, cms-mln-qmb-billing].
     */
    medicaidFactsByClaim: MedicaidFactsByClaim.optional(),
    /** The practice's own denial rules, added to (or replacing) the built-in table's. */
    denialRules: z.array(DenialCodeRule).default([]),
    /**
     * Claims whose client signed a waiver (an ABN for Medicare) before the service: only theirs may a PR
     * not-medically-necessary amount (PR-50) be billed to the client [sources: cms-abn]. For any other claim
     * it is denial work for the biller, with `billing.denial.waiver_unknown`.
     */
    signedWaiverClaimIds: z.array(ClaimId).max(100_000).default([]),
  })
  .superRefine(refineMedicaidFacts);
export type PostRemittanceOptions = z.input<typeof PostRemittanceOptions>;

/**
 * How a remittance line was matched to a claim line.
 * @example
 * ```ts
 * const m: RemittanceLineMatch = 'code_only'; // the payer dropped the billed modifier
 * ```
 */
export type RemittanceLineMatch = 'line_ref' | 'code_and_modifiers' | 'code_only' | 'unmatched';

/**
 * One remittance line's posting: the claim line it matched and how.
 * @example
 * ```ts
 * postRemittance(era, [claim], []).results[0]?.lines[0];
 * //=> { remittanceLineIndex: 0, lineId: '1', match: 'line_ref', paidCents: 9000 }
 * ```
 */
export interface RemittanceLinePosting {
  readonly remittanceLineIndex: number;
  readonly lineId: string | null;
  readonly match: RemittanceLineMatch;
  readonly paidCents: Cents;
}

/**
 * The result of posting one claim of a remittance.
 * @example
 * ```ts
 * postRemittance(era, [claim], []).results[0]?.outcome; //=> 'posted'
 * ```
 */
export type ClaimPostingDecision = Decision<
  'posted' | 'already_posted',
  'unmatched_claim' | 'not_posted',
  BillingReasonCode,
  {
    readonly claimId: string;
    /** Positions of the claim's entries in the remittance. */
    readonly remittanceClaimIndexes: readonly number[];
    /**
     * The payer's decision as a claim status, when one follows: `null` when nothing was posted, or when the
     * status depends on the payer's kind and it is not known (a CO-16 with nothing paid).
     */
    readonly suggestedStatus: ClaimStatus | null;
    readonly lines: readonly RemittanceLinePosting[];
    /** The cents this remittance carried for the claim (its charges), posted or not. */
    readonly chargeCents: Cents;
    /**
     * The remittance read whole for a biller: what the client owes, what is written off, what is denied and
     * may be appealed, and whether it was a denial at all; `null` when nothing was posted.
     */
    readonly settlement: RemittanceSettlement | null;
  }
>;

/**
 * The result of {@link postRemittance}.
 * @example
 * ```ts
 * postRemittance(era, [claim], []).remittanceId; //=> 'era-1'
 * ```
 */
export interface RemittancePosting {
  readonly remittanceId: string;
  /** Every given balance, updated where the remittance applied, ordered by claim id. */
  readonly balances: readonly ClaimBalance[];
  readonly results: readonly ClaimPostingDecision[];
}

/**
 * A zero balance for a claim: its total charge with nothing posted yet.
 *
 * @throws {@link ValidationError} when the claim is malformed.
 * @example
 * ```ts
 * createClaimBalance(claim).chargeCents; //=> 15000 (the sum of its line charges)
 * ```
 */
export function createClaimBalance(claim: ClaimInput | Claim): ClaimBalance {
  const c = validate(Claim, claim, 'claim');
  return ClaimBalance.parse({ claimId: c.claimId, chargeCents: sumCents(c.lines.map((l) => l.chargeCents)) });
}

// What the helpers below read of a balance, with ClaimBalance's own schemas and defaults (a caller's balance may
// leave any amount but the charge out). A parsed balance passes the cheap check; anything else is parsed here, so
// the error names what is wrong.
const BalanceAmounts = z.looseObject({
  chargeCents: ClaimBalance.shape.chargeCents,
  paidCents: ClaimBalance.shape.paidCents,
  contractualCents: ClaimBalance.shape.contractualCents,
  deniedCents: ClaimBalance.shape.deniedCents,
  otherAdjustmentCents: ClaimBalance.shape.otherAdjustmentCents,
  clientResponsibility: ClaimBalance.shape.clientResponsibility,
});
const BalanceResponsibility = z.looseObject({
  clientResponsibility: ClaimBalance.shape.clientResponsibility,
});
const BalanceRecoupments = z.looseObject({ recoupments: ClaimBalance.shape.recoupments });
const AMOUNT_KEYS = ['chargeCents', 'paidCents', 'contractualCents', 'deniedCents', 'otherAdjustmentCents'];
const RESPONSIBILITY_KEYS = ['deductibleCents', 'coinsuranceCents', 'copayCents', 'otherCents'];

function hasAmounts(value: unknown, keys: readonly string[]): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    keys.every((k) => Number.isSafeInteger((value as Record<string, unknown>)[k]))
  );
}

function balanceArgument(balance: ClaimBalanceInput): z.output<typeof BalanceAmounts> {
  return hasAmounts(balance, AMOUNT_KEYS) && hasAmounts(balance.clientResponsibility, RESPONSIBILITY_KEYS)
    ? (balance as ClaimBalance)
    : validate(BalanceAmounts, balance, 'claim balance');
}

/**
 * The part of a claim's charge not yet adjudicated: charge minus everything posted.
 *
 * @throws {@link ValidationError} when an amount of the balance is not a safe integer of cents.
 * @example
 * ```ts
 * getRemainingClaimBalance({ ...balance, chargeCents: 15_000, paidCents: 9_000, contractualCents: 4_000 }); //=> 2000
 * getRemainingClaimBalance({ claimId: 'c-1', chargeCents: 15_000, paidCents: 9_000 }); //=> 6000 (the rest default to 0)
 * ```
 */
export function getRemainingClaimBalance(balance: ClaimBalanceInput): Cents {
  const b = balanceArgument(balance);
  const r = b.clientResponsibility;
  return (
    b.chargeCents -
    sumCents([
      b.paidCents,
      b.contractualCents,
      b.deniedCents,
      b.otherAdjustmentCents,
      r.deductibleCents,
      r.coinsuranceCents,
      r.copayCents,
      r.otherCents,
    ])
  );
}

/**
 * The client's total responsibility on a balance.
 *
 * @throws {@link ValidationError} when an amount of the balance is not a safe integer of cents.
 * @example
 * ```ts
 * getClientResponsibilityTotal(balance); //=> 2000 (a $20 copay)
 * getClientResponsibilityTotal({ claimId: 'c-1', chargeCents: 15_000, clientResponsibility: { copayCents: 3_000 } }); //=> 3000
 * ```
 */
export function getClientResponsibilityTotal(balance: ClaimBalanceInput): Cents {
  const r = (
    typeof balance === 'object' && balance !== null ? balance.clientResponsibility : undefined
  ) as unknown;
  const amounts = hasAmounts(r, RESPONSIBILITY_KEYS)
    ? (r as ClientResponsibility)
    : validate(BalanceResponsibility, balance, 'claim balance').clientResponsibility;
  return sumCents([
    amounts.deductibleCents,
    amounts.coinsuranceCents,
    amounts.copayCents,
    amounts.otherCents,
  ]);
}

/**
 * Applies a remittance to claim balances: payments, contractual adjustments, denied amounts and client
 * responsibility by kind, matching lines on the line reference, then code + modifiers, then code alone.
 * Posting the same remittance twice changes nothing, and every cent of the remittance lands in exactly
 * one bucket of one balance or is reported on an unmatched claim.
 *
 * @param remittance - the normalized 835 (must balance: charge = paid + adjustments)
 * @param claims - the claims it may apply to (for line matching and charges)
 * @param balances - the current balances; a claim without one starts from a zero balance of its total charge
 * @param options - contracted fees (underpayment check), payer kind and network status
 * @throws {@link ValidationError} on an unbalanced remittance, an unknown group code, or any malformed input,
 * listing every argument's problems at once, each path under its parameter's name (`$.remittance.paidOn`,
 * `$.claims[0].lines`, `$.balances[1].paidCents`, `$.options.payerKind`).
 * @remarks Group codes [sources: x12-835]: CO is never the client's; PR is split by CARC 1/2/3
 * [sources: x12-carc], and a PR amount denial triage says is not the client's (another payer owes it,
 * sequestration, Medicaid's payment in full [sources: cfr-42-447.15], Medicare cost sharing of a Qualified
 * Medicare Beneficiary or of a client whose QMB status is unknown [sources: usc-42-1396a,
 * cms-mln-qmb-billing], no waiver known) is posted as
 * denied, with the triage's reason; so is a provider-side fault whatever its group (PR-B7, PR-16, PR-197:
 * `billing.denial.provider_fault_not_client`) and a PR-45 with the network status unknown
 * (`billing.denial.network_unknown`); in network a PR-45 is a contractual write-off. The client's share
 * stays in the client-responsibility buckets as the payer assigned it, and the posting says whether a
 * secondary payer comes first (`hasSecondaryCoverage`; unknown, `billing.remittance.secondary_coverage_unknown`).
 * A PR denial billed to the client (PR-204, PR-119) makes the status
 * `denied` (or `partially_paid`), not `paid`. The claim status (CLP02) [sources: x12-835-clp]: `4`
 * suggests `denied`; `19`, `20`, `21` (forwarded to another payer) post with a warning to wait for that
 * payer before billing the client; `23` (not our claim) and `25` (a predetermination) post nothing
 * (outcome `not_posted`); `22` is a reversal. Balancing and matching follow the 835 and what peers do
 * [sources: peer-simplepractice-payment-report, peer-openemr-era-modifiers].
 * @example
 * ```ts
 * const { balances, results } = postRemittance(era, [claim], []);
 * results[0].outcome; //=> 'posted'
 * balances[0].paidCents; //=> 9000
 * ```
 */
export function postRemittance(
  remittance: RemittanceInput | Remittance,
  claims: readonly (ClaimInput | Claim)[],
  balances: readonly (ClaimBalanceInput | ClaimBalance)[],
  options: PostRemittanceOptions = {},
): RemittancePosting {
  // Every argument's problems at once, each under its parameter's name (`$.remittance.paidOn`,
  // `$.claims[0].lines`, `$.balances[1].paidCents`, `$.options.payerKind`).
  const [era, claimList, balanceList, opts] = validateArguments([
    ['remittance', Remittance, remittance, 'remittance'],
    ['claims', z.array(Claim), claims, 'claims'],
    ['balances', z.array(ClaimBalance), balances, 'claim balances'],
    ['options', PostRemittanceOptions, options, 'posting options'],
  ]);
  const table = extendDenialCodeTable(opts.denialRules);
  const claimById = new Map(claimList.map((c) => [c.claimId as string, c]));
  const balanceById = new Map(balanceList.map((b) => [b.claimId as string, b]));
  // One client's exemption facts given for the call are that client's only when the claims are one client's.
  const clients = new Set(era.claims.map((c) => claimById.get(c.claimId)?.clientId));
  clients.delete(undefined);
  const medicaidFactsOf = claimMedicaidFactsOf(opts, clients.size <= 1);
  const qmbFactsOf = claimQmbFactsOf(opts, clients.size <= 1);

  // Entries for the same claim are posted together, so a reversal and its correction stay one posting.
  const entries = new Map<string, number[]>();
  era.claims.forEach((c, i) => {
    entries.set(c.claimId, [...(entries.get(c.claimId) ?? []), i]);
  });
  const results: ClaimPostingDecision[] = [];
  for (const [claimId, indexes] of [...entries.entries()].sort(([a], [b]) => compareText(a, b))) {
    const parts = indexes.map((i) => era.claims[i] as RemittanceClaim);
    const chargeCents = sumCents(parts.map((p) => p.chargeCents));
    const claim = claimById.get(claimId);
    if (claim === undefined) {
      results.push({
        outcome: 'unmatched_claim',
        claimId,
        remittanceClaimIndexes: indexes,
        suggestedStatus: null,
        lines: [],
        chargeCents,
        settlement: null,
        reasons: [
          reason(
            'billing.remittance.unmatched_claim',
            'error',
            'No claim with this id was given; nothing was posted for it.',
            {
              claimId,
              chargeCents,
              paidCents: sumCents(parts.map((p) => p.paidCents)),
            },
          ),
        ],
      });
      continue;
    }
    const before = balanceById.get(claimId) ?? createClaimBalance(claim);
    if (before.postedRemittanceIds.includes(era.remittanceId)) {
      results.push({
        outcome: 'already_posted',
        claimId,
        remittanceClaimIndexes: indexes,
        suggestedStatus: null,
        lines: [],
        chargeCents,
        settlement: null,
        reasons: [
          reason(
            'billing.remittance.already_posted',
            'info',
            'This remittance was already posted to the claim; nothing changed.',
            {
              remittanceId: era.remittanceId,
            },
          ),
        ],
      });
      balanceById.set(claimId, before);
      continue;
    }
    const repeated = parts.find((p) => isRepeatedReversal(p, before));
    if (repeated !== undefined) {
      // The same reversal under another remittance id (no payment came between): taking the payment
      // back twice would lose cents.
      results.push({
        outcome: 'already_posted',
        claimId,
        remittanceClaimIndexes: indexes,
        suggestedStatus: null,
        lines: [],
        chargeCents,
        settlement: null,
        reasons: [
          reason(
            'billing.remittance.reversal_already_posted',
            'warning',
            'This reversal was already posted to the claim under another remittance; nothing changed.',
            {
              remittanceId: era.remittanceId,
              payerClaimControlNumber: repeated.payerClaimControlNumber ?? null,
            },
          ),
        ],
      });
      balanceById.set(claimId, before);
      continue;
    }
    // Not our claim (CLP02 23) and a predetermination (25) move no money: nothing of them is posted.
    const postable = indexes.filter((i) => !isNotPosted(era.claims[i] as RemittanceClaim));
    const skipped = notPostedReasons(
      era,
      indexes.filter((i) => !postable.includes(i)),
    );
    if (postable.length === 0) {
      results.push({
        outcome: 'not_posted',
        claimId,
        remittanceClaimIndexes: indexes,
        suggestedStatus: null,
        lines: [],
        chargeCents,
        settlement: null,
        reasons: skipped as [Reason<BillingReasonCode>, ...Reason<BillingReasonCode>[]],
      });
      balanceById.set(claimId, before);
      continue;
    }
    const { balance, decision } = postClaim(
      era,
      claimId,
      postable,
      postable.map((i) => era.claims[i] as RemittanceClaim),
      claim,
      before,
      opts,
      table,
      chargeCents,
      skipped,
      medicaidFactsOf(claimId),
      qmbFactsOf(claimId),
    );
    balanceById.set(claimId, balance);
    results.push(decision);
  }
  const out = [...balanceById.values()].sort((a, b) => compareText(a.claimId, b.claimId));
  return { remittanceId: era.remittanceId, balances: out, results };
}

/**
 * Whether a reversal repeats one already posted and still open: by the payer's claim number when both
 * carry one, else by the amount taken back. An open recoupment means no adjudication came since (a new
 * one settles it), so there is no later payment a second, equal reversal could be taking back.
 */
function isRepeatedReversal(p: RemittanceClaim, before: ClaimBalance): boolean {
  if (!isReversal(p)) return false;
  const recouped = Math.max(0, -p.paidCents);
  return before.recoupments.some((r) => {
    if (r.settledBy !== undefined) return false;
    if (p.payerClaimControlNumber !== undefined && r.payerClaimControlNumber !== undefined)
      return r.payerClaimControlNumber === p.payerClaimControlNumber;
    return r.recoupedCents === recouped;
  });
}

type Opts = z.output<typeof PostRemittanceOptions>;

interface Buckets {
  paid: number;
  contractual: number;
  denied: number;
  other: number;
  deductible: number;
  coinsurance: number;
  copay: number;
  clientOther: number;
}

function postClaim(
  era: Remittance,
  claimId: string,
  indexes: readonly number[],
  parts: readonly RemittanceClaim[],
  claim: Claim,
  before: ClaimBalance,
  opts: Opts,
  table: DenialCodeTable,
  chargeCents: number,
  skipped: readonly Reason<BillingReasonCode>[],
  medicaidFacts: MedicaidExemptionFacts,
  qmbFacts: ClaimQmbFacts,
): { balance: ClaimBalance; decision: ClaimPostingDecision } {
  const reasons: Reason<BillingReasonCode>[] = [...skipped];
  if (claim.payerId !== era.payerId) {
    reasons.push(
      reason(
        'billing.remittance.payer_mismatch',
        'warning',
        'The remittance comes from another payer than the claim’s; check it was posted to the right claim.',
        {
          claimPayerId: claim.payerId,
          remittancePayerId: era.payerId,
        },
      ),
    );
  }
  const delta: Buckets = {
    paid: 0,
    contractual: 0,
    denied: 0,
    other: 0,
    deductible: 0,
    coinsurance: 0,
    copay: 0,
    clientOther: 0,
  };
  const reversals = parts.filter(isReversal);
  const adjudications = parts.filter((p) => !isReversal(p));
  // A reversal voids the earlier adjudication, its denials included; only a new adjudication adds denials.
  const denials: { group: AdjustmentGroupCode; carc: string }[] =
    reversals.length > 0 ? [] : [...before.denials];
  // The payer's new decision, from the adjudicating entries only (a reversal's negatives would mask it).
  // `clientDenied`: a denial the payer put on the client (PR-204, PR-119): billed to them, yet no payment.
  const decided = { paid: 0, denied: 0, clientDenied: 0 };
  // Cost sharing held off the client, by why: kept on the balance so the follow-up queue can say so.
  const holds: HeldCostSharing[] = [];
  const hold = (code: string | undefined, adj: RemittanceAdjustment): void => {
    const held = asCostSharingHoldCode(code);
    if (held !== undefined)
      holds.push({ code: held, group: adj.group, carc: adj.carc, amountCents: adj.amountCents });
  };
  // The new adjudication's adjustments as posted, for the settlement (a reversal's are not its decision).
  const settled: SettlementItem[] = [];
  const settle = (
    adj: RemittanceAdjustment,
    where: { lineId: string | null; reversal: boolean },
    disposition: SettlementItem['disposition'],
    triage?: { action: SettlementDenial['action']; appealable: boolean; clientBillable: boolean },
  ): void => {
    if (where.reversal) return;
    const denial =
      triage === undefined
        ? undefined
        : {
            group: adj.group,
            carc: adj.carc,
            lineId: where.lineId,
            amountCents: adj.amountCents,
            action: triage.action,
            appealable: triage.appealable,
            clientBillable: triage.clientBillable,
          };
    settled.push(
      denial === undefined
        ? { disposition, amountCents: adj.amountCents }
        : { disposition, amountCents: adj.amountCents, denial },
    );
  };
  const noteDenial = (adj: RemittanceAdjustment): void => {
    if (!denials.some((d) => d.group === adj.group && d.carc === adj.carc))
      denials.push({ group: adj.group, carc: adj.carc });
  };
  // Returns what the line's checks need: the client's share, a denial, or neither (`undefined`: a
  // contractual or other adjustment).
  const postAdjustment = (
    adj: RemittanceAdjustment,
    where: { lineId: string | null; reversal: boolean; dates: readonly string[] },
  ): 'client' | 'denied' | undefined => {
    const context = {
      payerKind: opts.payerKind,
      inNetwork: opts.inNetwork,
      medicaidCostSharing: opts.medicaidCostSharing,
      qualifiedMedicareBeneficiary: qmbFacts.qualifiedMedicareBeneficiary,
      fullMedicaidBenefits: qmbFacts.fullMedicaidBenefits,
      // Posting files the payer's PR share in the client-responsibility buckets; whether a secondary
      // payer or the client is billed for it next is the caller's question (the library builds no
      // patient statement).
      hasSecondaryCoverage: false,
      ...((opts.signedWaiverClaimIds as readonly string[]).includes(claimId) ? { waiverSigned: true } : {}),
    };
    const triage = triageParsed(adj, context, table);
    // One client's QMB status given for a remittance of several: held wherever that status would decide.
    const notPerClaim = qmbStatusNotPerClaim(
      qmbFacts,
      triage,
      () => triageParsed(adj, { ...context, qualifiedMedicareBeneficiary: true }, table),
      adj,
      opts.payerKind,
    );
    // Why a PR amount is not the client's (no waiver known, another payer owes it, sequestration,
    // Medicaid's payment in full): it is worked as a denial, and the posting says why.
    const why = notPerClaim === undefined ? triage.reasons : [...triage.reasons, notPerClaim];
    for (const r of why) {
      if (SURFACED.has(r.code) && !where.reversal)
        reasons.push({ ...r, facts: { ...r.facts, lineId: where.lineId } });
    }
    if (triage.outcome === 'unknown_code') {
      delta.other += adj.amountCents;
      reasons.push(
        reason(
          'billing.remittance.unknown_adjustment_code',
          'warning',
          'An adjustment code is not in the denial table; it was posted as an other adjustment for review.',
          {
            group: adj.group,
            carc: adj.carc,
            lineId: where.lineId,
          },
        ),
      );
      settle(adj, where, 'other');
      return undefined;
    }
    // Only a PR amount is ever the client's: denial triage says so.
    // A Medicaid client exempt from cost sharing (or not known not to be) is never billed it: held among
    // the denied amounts, as a reversal of it is, without counting as the payer's denial.
    const held = triage.clientBillable ? medicaidExemptionHold(medicaidFacts, where.dates, adj) : undefined;
    if (held !== undefined || (triage.clientBillable && notPerClaim !== undefined)) {
      delta.denied += adj.amountCents;
      hold((held ?? notPerClaim)?.code, adj);
      if (!where.reversal && held !== undefined)
        reasons.push({ ...held, facts: { ...held.facts, lineId: where.lineId } });
      settle(adj, where, 'held');
      return 'denied';
    }
    if (triage.clientBillable) {
      if (adj.carc === '1') delta.deductible += adj.amountCents;
      else if (adj.carc === '2') delta.coinsurance += adj.amountCents;
      else if (adj.carc === '3') delta.copay += adj.amountCents;
      else delta.clientOther += adj.amountCents;
      // A PR denial (not covered, benefit limit reached) is the client's, yet the payer denied it.
      const deniesIt = deniesService(table[adj.carc]);
      if (!where.reversal && deniesIt) {
        decided.clientDenied += adj.amountCents;
        noteDenial(adj);
      }
      settle(adj, where, 'client', deniesIt ? triage : undefined);
      return 'client';
    }
    // A PI reduction has no contract basis: never a contractual write-off, always disputed [sources: x12-835].
    // An undecided one (a PR-45 with the network status unknown) is held among the denied amounts to work,
    // neither written off nor billed.
    if (triage.category === 'contractual' && adj.group !== 'PI' && triage.outcome === 'classified') {
      delta.contractual += adj.amountCents;
      settle(adj, where, 'written_off');
      return undefined;
    }
    if (triage.action === 'post_only') {
      delta.other += adj.amountCents;
      settle(adj, where, 'other');
      return undefined;
    }
    delta.denied += adj.amountCents;
    // Cost sharing never the client's (QMB, Medicaid's payment in full) or not known to be: kept as held.
    // Triage gives a hold reason to a PR amount only (the client's group), so no group check is needed.
    hold(triage.reasons.find((r) => asCostSharingHoldCode(r.code))?.code, adj);
    // Medicare cost sharing held from a Qualified Medicare Beneficiary (or one whose status is unknown) is
    // the payer's adjudication, not a denial: it waits for Medicaid's crossover or the status check, and
    // the claim's status stays what the payer decided.
    if (!triage.reasons.some((r) => QMB_HELD.has(r.code))) {
      if (!where.reversal) {
        decided.denied += adj.amountCents;
        noteDenial(adj);
      }
      settle(adj, where, 'denied', triage);
    } else settle(adj, where, 'held');
    return 'denied';
  };

  const linePostings: RemittanceLinePosting[] = [];
  let lineIndex = 0;
  for (const part of parts) {
    const reversal = isReversal(part);
    delta.paid += part.paidCents;
    if (!reversal) decided.paid += part.paidCents;
    const claimDates = claim.lines.map((l) => l.serviceDate);
    for (const adj of part.adjustments) postAdjustment(adj, { lineId: null, reversal, dates: claimDates });
    // Each entry adjudicates the claim's lines anew: a reversal and its correction both match line 1.
    const available = new Map(claim.lines.map((l) => [l.lineId as string, l]));
    for (const line of part.lines) {
      const { matched, match } = matchLine(line, available);
      if (matched !== null) available.delete(matched.lineId);
      else {
        reasons.push(
          reason(
            'billing.remittance.unmatched_line',
            'warning',
            'A remittance line matched no claim line; its amounts were posted to the claim as a whole.',
            {
              remittanceLineIndex: lineIndex,
              procedureCode: line.procedureCode,
            },
          ),
        );
      }
      // The allowed amount from the remittance's own figures: paid + the client's share + what the payer
      // keeps from the allowed amount by rule (sequestration) or a prior payer settled (CARC 23), never
      // the fee-schedule write-off.
      let allowed = line.paidCents;
      let deniedOnLine = false;
      for (const adj of line.adjustments) {
        const date = matched?.serviceDate ?? line.serviceDate;
        const bucket = postAdjustment(adj, {
          lineId: matched?.lineId ?? null,
          reversal,
          dates: date === undefined ? claimDates : [date],
        });
        if (bucket === 'client') allowed += adj.amountCents;
        // A denied line is never checked for underpayment, so only the client's share is counted apart.
        if (bucket !== 'client' && table[adj.carc]?.countsTowardAllowed === true) allowed += adj.amountCents;
        if (bucket === 'denied') deniedOnLine = true;
      }
      if (matched !== null && !deniedOnLine && !reversal) underpayment(era, matched, allowed, opts, reasons);
      linePostings.push({
        remittanceLineIndex: lineIndex,
        lineId: matched?.lineId ?? null,
        match,
        paidCents: line.paidCents,
      });
      lineIndex += 1;
    }
  }
  // A reversal carries the claim's charge negated; the adjudicating entries carry it as billed.
  const reversedCharge = -sumCents(reversals.map((p) => p.chargeCents));
  const adjudicatedCharge = sumCents(adjudications.map((p) => p.chargeCents));
  const chargeMatches =
    (reversals.length === 0 || reversedCharge === before.chargeCents) &&
    (adjudications.length === 0 || adjudicatedCharge === before.chargeCents);
  if (!chargeMatches) {
    reasons.push(
      reason(
        'billing.remittance.charge_mismatch',
        'warning',
        'The remittance’s charge differs from the claim’s charge.',
        {
          remittanceChargeCents: adjudications.length > 0 ? adjudicatedCharge : -reversedCharge,
          claimChargeCents: before.chargeCents,
        },
      ),
    );
  }
  const recoupments = settleRecoupments(before.recoupments, era, reversals, adjudications.length > 0);
  const suggestedStatus = suggestStatus(era, adjudications, decided, opts, reasons);
  const { settlement, reasons: settlementReasons } = settleClaim({
    items: settled,
    paidCents: decided.paid,
    recoupedCents: Math.max(0, -sumCents(reversals.map((p) => p.paidCents))),
    adjudicated: adjudications.length > 0,
    deniedByStatus: adjudications.some((p) => p.claimStatusCode === '4'),
  });
  reasons.push(...settlementReasons);
  forwardedWarning(adjudications, delta, reasons);
  secondaryCoverageNote(delta, opts.hasSecondaryCoverage, reasons);
  if (reversals.length > 0) {
    const recoupedCents = -sumCents(reversals.map((p) => p.paidCents));
    if (recoupedCents > before.paidCents) {
      // Posted anyway (the payer did take the money), but the balance then holds a negative payment.
      reasons.push(
        reason(
          'billing.remittance.reversal_exceeds_payments',
          'warning',
          'The payer took back more than the payments posted to this claim: post the remittance that paid it, or ask the payer which payment it reversed.',
          { remittanceId: era.remittanceId, recoupedCents, postedPaidCents: before.paidCents },
        ),
      );
    }
    reasons.push(
      adjudications.length > 0
        ? reason(
            'billing.remittance.reversal_corrected',
            'info',
            'The payer reversed its earlier payment and adjudicated the claim again in this remittance.',
            { remittanceId: era.remittanceId, recoupedCents, newPaidCents: decided.paid, suggestedStatus },
          )
        : reason(
            'billing.remittance.recoupment',
            'warning',
            'Recoupment: the payer took its payment back. The claim is open again, its balance restored; find out why, then appeal, correct or rebill.',
            { remittanceId: era.remittanceId, recoupedOn: era.paidOn, recoupedCents, suggestedStatus },
          ),
    );
  }
  const c = before.clientResponsibility;
  const balance: ClaimBalance = {
    ...before,
    paidCents: sumCents([before.paidCents, delta.paid]),
    contractualCents: sumCents([before.contractualCents, delta.contractual]),
    deniedCents: sumCents([before.deniedCents, delta.denied]),
    otherAdjustmentCents: sumCents([before.otherAdjustmentCents, delta.other]),
    clientResponsibility: {
      deductibleCents: sumCents([c.deductibleCents, delta.deductible]),
      coinsuranceCents: sumCents([c.coinsuranceCents, delta.coinsurance]),
      copayCents: sumCents([c.copayCents, delta.copay]),
      otherCents: sumCents([c.otherCents, delta.clientOther]),
    },
    postedRemittanceIds: [...before.postedRemittanceIds, era.remittanceId].sort(compareText),
    lastRemittanceOn:
      before.lastRemittanceOn !== undefined && before.lastRemittanceOn > era.paidOn
        ? before.lastRemittanceOn
        : era.paidOn,
    denials: denials.sort((a, b) => compareText(a.group, b.group) || compareText(a.carc, b.carc)),
    recoupments,
    heldCostSharing: mergeHeldCostSharing([...before.heldCostSharing, ...holds]),
  };
  const posted = reason('billing.remittance.posted', 'info', 'The remittance was posted to the claim.', {
    remittanceId: era.remittanceId,
    paidCents: delta.paid,
    contractualCents: delta.contractual,
    deniedCents: delta.denied,
    clientResponsibilityCents: delta.deductible + delta.coinsurance + delta.copay + delta.clientOther,
    otherAdjustmentCents: delta.other,
    suggestedStatus,
  });
  const all: [Reason<BillingReasonCode>, ...Reason<BillingReasonCode>[]] = [posted, ...reasons];
  return {
    balance,
    decision: {
      outcome: 'posted',
      claimId,
      remittanceClaimIndexes: indexes,
      suggestedStatus,
      lines: linePostings,
      chargeCents,
      settlement,
      reasons: all.sort(compareReasons),
    },
  };
}

/** The recoupments after this posting: new reversals recorded, open ones settled by a new adjudication. */
function settleRecoupments(
  earlier: readonly ClaimRecoupment[],
  era: Remittance,
  reversals: readonly RemittanceClaim[],
  adjudicated: boolean,
): ClaimRecoupment[] {
  const settle = (r: ClaimRecoupment): ClaimRecoupment =>
    adjudicated && r.settledBy === undefined ? { ...r, settledBy: era.remittanceId } : r;
  const added = reversals.map(
    (p): ClaimRecoupment => ({
      remittanceId: era.remittanceId,
      on: era.paidOn,
      recoupedCents: Math.max(0, -p.paidCents),
      ...(p.payerClaimControlNumber === undefined
        ? {}
        : { payerClaimControlNumber: p.payerClaimControlNumber }),
    }),
  );
  return [...earlier, ...added].map(settle);
}

/**
 * The claim status the payer's decision points to: from the adjudicating entries (a reversal alone
 * reopens the claim as `recouped`); `unprocessable` when the payer returned it so (MA130) and paid nothing.
 */
function suggestStatus(
  era: Remittance,
  adjudications: readonly RemittanceClaim[],
  decided: { readonly paid: number; readonly denied: number; readonly clientDenied: number },
  opts: Opts,
  reasons: Reason<BillingReasonCode>[],
): ClaimStatus | null {
  if (adjudications.length === 0) return 'recouped';
  const unprocessable =
    decided.denied > 0 && decided.paid <= 0 ? isUnprocessable(adjudications, opts.payerKind) : false;
  if (unprocessable === true) {
    reasons.push(
      reason(
        'billing.remittance.unprocessable',
        'warning',
        'The payer returned the claim as unprocessable: it was never filed. Correct it and send it again before the date-of-service deadline.',
        { remittanceId: era.remittanceId, returnedOn: era.paidOn },
      ),
    );
    return 'unprocessable';
  }
  if (unprocessable === null) {
    // A CO-16 with nothing paid: Medicare returns it as unprocessable, others deny it; unknown, no status.
    reasons.push(
      reason(
        'billing.remittance.payer_kind_unknown',
        'warning',
        'A claim denied for missing information (CO-16) with nothing paid is unprocessable for Medicare and denied for other payers, and the payer’s kind is not known: no status is suggested.',
        { remittanceId: era.remittanceId },
      ),
    );
    return null;
  }
  const deniedByStatus = adjudications.some((p) => p.claimStatusCode === '4');
  if (deniedByStatus && decided.paid > 0) {
    reasons.push(
      reason(
        'billing.remittance.status_conflict',
        'warning',
        'The payer’s claim status says denied (CLP02 4) yet it paid: ask the payer which is right.',
        { remittanceId: era.remittanceId, paidCents: decided.paid },
      ),
    );
  }
  const denied = decided.denied + decided.clientDenied;
  if (denied > 0 || deniedByStatus) return decided.paid > 0 ? 'partially_paid' : 'denied';
  return 'paid';
}

/**
 * A claim the payer processed and forwarded to another payer (CLP02 19, 20, 21, a crossover): the client's
 * share may be the next payer's, so the posting warns to wait for its remittance before billing the client.
 */
function forwardedWarning(
  adjudications: readonly RemittanceClaim[],
  delta: Buckets,
  reasons: Reason<BillingReasonCode>[],
): void {
  const forwarded = adjudications.find((p) => FORWARDED.has(p.claimStatusCode));
  if (forwarded === undefined) return;
  reasons.push(
    reason(
      'billing.remittance.forwarded_to_next_payer',
      'warning',
      'The payer forwarded the claim to another payer (a crossover): wait for that payer’s remittance before billing the client their share.',
      {
        claimStatusCode: forwarded.claimStatusCode ?? null,
        clientResponsibilityCents: delta.deductible + delta.coinsurance + delta.copay + delta.clientOther,
      },
    ),
  );
}

/**
 * The client's share this posting adds, as the payer assigned it (PR): a secondary payer, when there is
 * one, is billed for it before the client [sources: x12-835]. Unknown, a warning says to check before
 * billing the client; known and present, a note says to bill the secondary first. A reversal alone adds
 * none (its share is negative).
 */
function secondaryCoverageNote(
  delta: Buckets,
  hasSecondaryCoverage: boolean | undefined,
  reasons: Reason<BillingReasonCode>[],
): void {
  const clientResponsibilityCents = delta.deductible + delta.coinsurance + delta.copay + delta.clientOther;
  if (clientResponsibilityCents <= 0 || hasSecondaryCoverage === false) return;
  reasons.push(
    hasSecondaryCoverage === true
      ? reason(
          'billing.remittance.bill_secondary_first',
          'info',
          'The client has secondary coverage: bill the secondary payer for the client’s share before the client.',
          { clientResponsibilityCents },
        )
      : reason(
          'billing.remittance.secondary_coverage_unknown',
          'warning',
          'Whether the client has secondary coverage is not known: the client’s share is posted as the payer assigned it, but check for a secondary payer before billing the client.',
          { clientResponsibilityCents },
        ),
  );
}

// CLP02 19, 20, 21: processed as primary, secondary or tertiary, and forwarded to another payer.
const FORWARDED: ReadonlySet<string | undefined> = new Set(['19', '20', '21']);

// The triage reasons a posting repeats: why a PR amount was posted as denied rather than the client's.
const SURFACED: ReadonlySet<string> = new Set<BillingReasonCode>([
  'billing.denial.waiver_unknown',
  'billing.denial.bill_other_payer',
  'billing.denial.never_client_share',
  'billing.denial.network_unknown',
  'billing.denial.timely_filing_out_of_network',
  'billing.denial.provider_fault_not_client',
  'billing.denial.contractual_not_client_billable',
  'billing.denial.medicaid_payment_in_full',
  'billing.denial.medicaid_cost_sharing_unknown',
  'billing.denial.medicaid_cost_sharing_not_allowed',
  'billing.denial.medicaid_client_billing_unknown',
  'billing.denial.qmb_cost_sharing_not_client',
  'billing.denial.qmb_status_unknown',
  'billing.denial.qmb_payer_kind_unknown',
  'billing.denial.qmb_crossover_not_client',
  'billing.denial.qmb_only_copayment_not_client',
  'billing.denial.qmb_full_medicaid_unknown',
  'billing.denial.medicaid_qmb_status_unknown',
  'billing.remittance.qmb_status_not_per_claim',
]);

// The triage reasons that hold Medicare cost sharing off the client without the payer having denied anything.
const QMB_HELD: ReadonlySet<string> = new Set<BillingReasonCode>([
  'billing.denial.qmb_cost_sharing_not_client',
  'billing.denial.qmb_status_unknown',
  'billing.denial.qmb_payer_kind_unknown',
  'billing.denial.qmb_crossover_not_client',
  'billing.denial.qmb_only_copayment_not_client',
  'billing.denial.qmb_full_medicaid_unknown',
  'billing.denial.medicaid_qmb_status_unknown',
]);

/** Whether an entry moves no money and is not posted: not our claim (CLP02 23), a predetermination (25). */
function isNotPosted(p: RemittanceClaim): boolean {
  return p.claimStatusCode === '23' || p.claimStatusCode === '25';
}

/** Why each entry at `indexes` was not posted, with its amounts, so no cent goes unreported. */
function notPostedReasons(era: Remittance, indexes: readonly number[]): Reason<BillingReasonCode>[] {
  return indexes.map((i) => {
    const p = era.claims[i] as RemittanceClaim;
    const facts = { remittanceClaimIndex: i, chargeCents: p.chargeCents, paidCents: p.paidCents };
    return p.claimStatusCode === '25'
      ? reason(
          'billing.remittance.predetermination',
          'info',
          'A predetermination (CLP02 25): the payer priced the claim but paid nothing; nothing was posted.',
          facts,
        )
      : reason(
          'billing.remittance.not_our_claim',
          'warning',
          'The payer says the claim is not its own (CLP02 23) and forwarded it: nothing was posted; bill the right payer.',
          facts,
        );
  });
}

// MA130 says "unprocessable, no appeal rights"; Medicare returns a claim with CO-16 only as unprocessable
// [sources: mac-fcso-timely-filing, mac-palmetto-appeals-timeliness].
function isUnprocessable(
  entries: readonly RemittanceClaim[],
  payerKind: PayerKind | undefined,
): boolean | null {
  const adjustments = entries.flatMap((e) => [...e.adjustments, ...e.lines.flatMap((l) => l.adjustments)]);
  const remarks = entries.flatMap((e) => [
    ...e.remarks,
    ...e.lines.flatMap((l) => l.remarks),
    ...adjustments.flatMap((a) => a.remarks),
  ]);
  if (remarks.includes('MA130')) return true;
  const co16 = adjustments.some((a) => a.group === 'CO' && a.carc === '16');
  if (!co16) return false;
  return payerKind === undefined ? null : payerKind === 'medicare';
}

function sameModifiers(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const sa = [...a].sort(compareText);
  const sb = [...b].sort(compareText);
  return sa.every((m, i) => m === sb[i]);
}

// Match on the echoed line id, then code + modifiers (+ date), then code alone (+ date), because payers
// drop billed modifiers [sources: peer-openemr-era-modifiers]. Candidates are tried in claim line order.
function matchLine(
  line: RemittanceClaim['lines'][number],
  available: Map<string, ClaimLine>,
): { matched: ClaimLine | null; match: RemittanceLineMatch } {
  if (line.lineRef !== undefined) {
    const byRef = available.get(line.lineRef);
    if (byRef !== undefined) return { matched: byRef, match: 'line_ref' };
  }
  const candidates = [...available.values()].filter(
    (l) =>
      l.procedureCode === line.procedureCode &&
      (line.serviceDate === undefined || l.serviceDate === line.serviceDate),
  );
  const exact = candidates.find((l) => sameModifiers(l.modifiers, line.modifiers));
  if (exact !== undefined) return { matched: exact, match: 'code_and_modifiers' };
  const first = candidates[0];
  if (first !== undefined) return { matched: first, match: 'code_only' };
  return { matched: null, match: 'unmatched' };
}

function underpayment(
  era: Remittance,
  line: ClaimLine,
  allowed: number,
  opts: Opts,
  reasons: Reason<BillingReasonCode>[],
): void {
  const fees = opts.feeSchedule.filter(
    (f) => f.payerId === era.payerId && f.procedureCode === line.procedureCode,
  );
  const fee =
    fees.find((f) => sameModifiers(f.modifiers, line.modifiers)) ??
    fees.find((f) => f.modifiers.length === 0);
  if (fee === undefined) return;
  const expected = fee.allowedCentsPerUnit * line.units;
  if (allowed < expected) {
    reasons.push(
      reason(
        'billing.remittance.underpaid',
        'warning',
        'The payer allowed less than the contracted fee for this line.',
        {
          lineId: line.lineId,
          expectedCents: expected,
          allowedCents: allowed,
          shortCents: expected - allowed,
        },
      ),
    );
  }
}
