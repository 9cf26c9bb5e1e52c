import { match } from 'ts-pattern';
import * as z from 'zod';
import { Cents, type Decision, LocalDate, type Reason, reason, validate } from '../../core/index.js';
import { fromEpochDay, sortReasons, toEpochDay } from '../../core/internal.js';
import { addFilingWindow } from '../claims/filing-window.js';
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
 * What the triage needs to know about the claim and payer besides the adjustment.
 * - `payerKind`: Medicare does not allow appeals of timely-filing denials [sources: cms-mcpm-ch1-70].
 * - `inNetwork`: an in-network provider may not bill the client for a timely-filing denial (network
 *   contracts hold the member harmless; check the payer's provider manual).
 * - `hasSecondaryCoverage`: client responsibility goes to the secondary payer first.
 * - `decisionDate` and `appealWindow`: the appeal deadline is the decision date plus the window.
 * - `payerKind` and `waiverSigned` have no default: an answer that depends on one that is missing is
 *   `undecided` (a timely-filing appeal; a PR medical-necessity amount billed to the client).
 * @example
 * ```ts
 * DenialTriageContext.parse({}); //=> { inNetwork: true, hasSecondaryCoverage: false }
 * ```
 */
export const DenialTriageContext = z.strictObject({
  /** The payer's kind; unknown, an answer that depends on it (a timely-filing appeal) is `undecided`. */
  payerKind: PayerKind.optional(),
  inNetwork: z.boolean().default(true),
  hasSecondaryCoverage: z.boolean().default(false),
  /**
   * Whether the client signed a waiver (an ABN for Medicare) before the service, agreeing to pay if the
   * payer finds it not medically necessary; unknown, a PR medical-necessity denial is `undecided`.
   */
  waiverSigned: z.boolean().optional(),
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
 * const d: DenialTriageDecision = triageDenial({ group: 'PR', carc: '3', amountCents: 2_000 });
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
 * @throws {@link ValidationError} on a malformed adjustment (e.g. the non-existent group `OI`), context or table.
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
  const adj = validate(RemittanceAdjustment, adjustment, 'remittance adjustment');
  const ctx = validate(DenialTriageContext, context, 'denial triage context');
  return triageParsed(adj, ctx, denialCodeTableArgument(table));
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
  if (category === 'timely_filing' && ctx.inNetwork && clientBillable) {
    // An untimely in-network claim may not be billed to the member (network contracts hold them harmless).
    clientBillable = false;
    reasons.push(
      reason(
        'billing.denial.timely_filing_not_client_billable',
        'warning',
        'An in-network timely-filing denial may not be billed to the client.',
        { inNetwork: true },
      ),
    );
  }
  if (clientBillable && action === 'bill_client' && ctx.hasSecondaryCoverage) {
    action = 'bill_secondary';
    reasons.push(
      reason(
        'billing.denial.bill_secondary_first',
        'info',
        'The client has secondary coverage: bill it before the client.',
        {},
      ),
    );
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

// The actions a PI amount never gets: it is neither written off, nor merely posted, nor billed to anyone.
const PI_NOT_DISPUTED: ReadonlySet<DenialAction> = new Set<DenialAction>([
  'write_off',
  'post_only',
  'bill_client',
  'bill_secondary',
]);

// Who owes an adjustment, by its CAS group code [sources: x12-835]: only patient responsibility may be
// billed to the client; contractual obligations, other adjustments and payer-initiated reductions never.
function isClientResponsibility(group: AdjustmentGroupCode): boolean {
  return match(group)
    .with('PR', () => true)
    .with('CO', 'OA', 'PI', () => false)
    .exhaustive();
}
