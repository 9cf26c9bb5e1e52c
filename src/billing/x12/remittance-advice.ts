import type { Cents, Decision, LocalDate, Reason } from '../../core/index.js';
import type { Remittance } from '../index.js';
import type { X12ReasonCode } from './reason-codes.js';

/**
 * What the provider-level adjustment reason codes of an 835 (PLB03-1) mean, in the library's words. A
 * code not listed is read and reported as unknown, never guessed at.
 *
 * @remarks Every code of the 005010 835's PLB03-1 code list (element 426), which the CMS 835 companion
 * guide repeats for Medicare [sources: x12-835-cg-cms]. *Behaviour change (2026-12-07):* AH, AM, CR, CW,
 * DM, FC, GO, HM, OA and RE, codes of that list, were reported as unknown.
 * @example
 * ```ts
 * PROVIDER_ADJUSTMENT_REASONS.WO; //=> 'Overpayment recovery: money the payer takes back from this payment.'
 * ```
 */
export const PROVIDER_ADJUSTMENT_REASONS: Readonly<Record<string, string>> = Object.freeze({
  '50': 'Late charge.',
  '51': 'Interest penalty charge.',
  '72': 'Authorized return: a refund the provider sent back, or money returned to it.',
  '90': 'Early payment allowance.',
  AH: 'Origination fee.',
  AM: 'Applied to the borrower’s account.',
  AP: 'Acceleration of benefits (an advance payment).',
  B2: 'Rebate.',
  B3: 'Recovery allowance.',
  BD: 'Bad debt adjustment.',
  BN: 'Bonus.',
  C5: 'Temporary allowance.',
  CR: 'Capitation interest.',
  CS: 'Adjustment (with a reference that says what it is for, such as a sequestration or a balance).',
  CT: 'Capitation payment.',
  CV: 'Capital passthrough.',
  CW: 'Certified registered nurse anesthetist passthrough.',
  DM: 'Direct medical education passthrough.',
  E3: 'Withholding.',
  FB: 'Forwarding balance: an amount carried between remittances (a recovery started or finished elsewhere).',
  FC: 'Fund allocation.',
  GO: 'Graduate medical education passthrough.',
  HM: 'Hemophilia clotting factor supplement.',
  IP: 'Incentive premium payment.',
  IR: 'Internal Revenue Service withholding.',
  IS: 'Interim settlement.',
  J1: 'Nonreimbursable (balances a remittance that moves no money).',
  L3: 'Penalty.',
  L6: 'Interest owed: interest the payer adds for a late claim payment.',
  LE: 'Levy.',
  LS: 'Lump sum.',
  OA: 'Organ acquisition passthrough.',
  OB: 'Offset for affiliated providers.',
  PI: 'Periodic interim payment.',
  PL: 'Payment final.',
  RA: 'Retroactivity adjustment.',
  RE: 'Return on equity.',
  SL: 'Student loan repayment.',
  TL: 'Third-party liability.',
  WO: 'Overpayment recovery: money the payer takes back from this payment.',
  WU: 'Unspecified recovery.',
});

/**
 * One provider-level adjustment of an 835 (a PLB segment's reason and amount): money added to or taken
 * from the payment apart from any claim. A positive amount reduces the payment (a recovery), a
 * negative one increases it (interest paid): payment = claims paid − provider adjustments.
 *
 * @example
 * ```ts
 * const plb: ProviderAdjustment = { providerId: '1234567893', fiscalPeriodDate: '2026-12-31',
 *   reasonCode: 'WO', reference: 'ICN 2026123456', amountCents: 2_500, known: true, segment: 88 };
 * ```
 */
export interface ProviderAdjustment {
  /** PLB01: the provider the adjustment applies to (usually the payee's NPI). */
  readonly providerId: string;
  /** PLB02: the last day of the provider's fiscal period. */
  readonly fiscalPeriodDate: LocalDate;
  /** The adjustment reason (PLB03-1, 05-1, …), e.g. `WO` overpayment recovery, `L6` interest. */
  readonly reasonCode: string;
  /** The identifier that says what it is for (PLB03-2), e.g. the claim number a recovery comes from. */
  readonly reference: string | null;
  readonly amountCents: Cents;
  /** Whether {@link PROVIDER_ADJUSTMENT_REASONS} knows the reason code. */
  readonly known: boolean;
  /** The PLB segment's number in the file. */
  readonly segment: number;
}

/**
 * A claim the payer also forwarded to another payer (a crossover, typically Medicare to a supplemental
 * plan or Medicaid), with what showed it.
 *
 * @remarks Claim status 19, 20, 21 (processed and forwarded) or 23 (not our claim, forwarded), an NM1*TT
 * crossover carrier, or remark MA07, MA18 or N89 [sources: x12-835-cg-cms, x12-835-clp, x12-rarc].
 * *Behaviour change (2026-12-07):* status 23 was not read as a crossover.
 * @example
 * ```ts
 * const c: RemittanceCrossover = { claimIndex: 0, claimId: 'c-1', segment: 14,
 *   evidence: ['claim_status', 'crossover_carrier'], carrierName: 'MEDIGAP PLAN' };
 * ```
 */
export interface RemittanceCrossover {
  /** The claim's position among the transaction's CLP loops, from 0. */
  readonly claimIndex: number;
  readonly claimId: string;
  /** The CLP segment's number in the file. */
  readonly segment: number;
  readonly evidence: readonly ('claim_status' | 'crossover_carrier' | 'remark')[];
  /** NM1*TT's name, when the payer named the payer it forwarded to. */
  readonly carrierName: string | null;
}

/**
 * A claim of an 835 that cannot enter the remittance model (it does not balance, or holds a value the
 * model cannot take), kept out of the remittances so the rest can be posted, with why.
 *
 * @example
 * ```ts
 * const s: SetAsideClaim = { claimIndex: 3, segment: 52,
 *   reasons: [{ code: 'x12.835.unbalanced_claim', severity: 'error', message: '…', facts: { chargeCents: 15000, paidCents: 9000, adjustmentCents: 5000 } }] };
 * ```
 */
export interface SetAsideClaim {
  readonly claimIndex: number;
  /** The CLP segment's number in the file. */
  readonly segment: number;
  readonly reasons: readonly [Reason<X12ReasonCode>, ...Reason<X12ReasonCode>[]];
}

/**
 * The payment an 835 describes (BPR and TRN).
 * @example
 * ```ts
 * const p: RemittancePayment = { amountCents: 10_500, method: 'ACH', paidOn: '2026-04-10',
 *   traceNumber: '12345', payerIdentifier: '1999999999', handling: 'I' };
 * ```
 */
export interface RemittancePayment {
  /** BPR02 signed by BPR03: a debit (the provider pays the payer) is negative. */
  readonly amountCents: Cents;
  /** BPR04: `ACH`, `CHK` (check), `BOP` (financial institution option), `FWT` (wire) or `NON` (no payment). */
  readonly method: string;
  /** BPR01: `I` remittance with payment, `H` notification only, … */
  readonly handling: string;
  /** BPR16: the date the payment is issued or effective. */
  readonly paidOn: LocalDate;
  /** TRN02: the check or EFT trace number; also the remittances' id. */
  readonly traceNumber: string;
  /** TRN03: the payer's identifier (`1` and its tax id). */
  readonly payerIdentifier: string;
}

/**
 * One 835 transaction read: its remittances (the model {@link billing!postRemittance} takes), the payment, the
 * provider-level adjustments, crossovers, and the claims set aside, with the balancing decided: `balanced`
 * when the payment equals the claims' payments less the provider-level adjustments and every claim was
 * read, `unbalanced` (with reasons) otherwise: do not reconcile the deposit until they are worked.
 *
 * @remarks *Renamed (2026-12-07):* `unbalanced` was `needs_review`, the one outcome of the library named for
 * an action rather than in the domain's words (docs/conventions.md); the meaning is unchanged.
 *
 * @example
 * ```ts
 * const [advice] = read835(text);
 * advice.outcome; //=> 'balanced'
 * postRemittance(advice.remittances[0], claims, balances).results[0]?.outcome; //=> 'posted'
 * ```
 */
export type RemittanceAdviceDecision = Decision<
  'balanced',
  'unbalanced',
  X12ReasonCode,
  {
    /** The ST segment's number in the file. */
    readonly segment: number;
    /**
     * The claims as the library's remittance model, ready for {@link billing!postRemittance}: one remittance,
     * or several of at most 10,000 claims each (the model's limit) for a very large payment, a claim's
     * entries always together. Empty when no claim could be read.
     */
    readonly remittances: readonly Remittance[];
    readonly payment: RemittancePayment;
    readonly payerName: string;
    readonly payeeName: string;
    /** N1*PE's NPI (qualifier XX), when given. */
    readonly payeeNpi: string | null;
    readonly providerAdjustments: readonly ProviderAdjustment[];
    readonly crossovers: readonly RemittanceCrossover[];
    readonly setAside: readonly SetAsideClaim[];
  }
>;
