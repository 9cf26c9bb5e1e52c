import * as z from 'zod';
import { isNonEmpty, PayerId, type Reason, reason, validate } from '../../core/index.js';
import type { Remittance } from '../index.js';
import { type RemittanceClaim, RemittanceId } from '../internal.js';
import { readCents, readDate } from './element-values.js';
import { X12Problems } from './problems.js';
import type { X12ReasonCode } from './reason-codes.js';
import type { RemittanceAdviceDecision } from './remittance-advice.js';
import { ModelCodes, sum } from './remittance-claim-draft.js';
import { scanX12, type X12Input } from './scan.js';
import { Transaction835 } from './transaction-835.js';

/**
 * Options for {@link read835}.
 * @example
 * ```ts
 * Read835Options.parse({ payerIds: { '1999999999': 'medicare-jf' } });
 * ```
 */
export const Read835Options = z.strictObject({
  /**
   * The practice's payer id for each payer identifier an 835 carries (TRN03, `1` and the payer's tax
   * id). A payer not listed keeps its identifier as its id.
   */
  payerIds: z.record(z.string(), PayerId).default({}),
});
export type Read835Options = z.input<typeof Read835Options>;

const MAX_CLAIMS_PER_REMITTANCE = 10_000;
/** Packs claims into remittances of at most 10,000, keeping every entry of one claim in the same one. */
function pack(claims: readonly RemittanceClaim[], base: Omit<Remittance, 'claims'>): Remittance[] {
  if (claims.length === 0) return [];
  if (claims.length <= MAX_CLAIMS_PER_REMITTANCE) return [{ ...base, claims: [...claims] }];
  const byClaim = new Map<string, RemittanceClaim[]>();
  for (const c of claims) {
    const list = byClaim.get(c.claimId);
    if (list === undefined) byClaim.set(c.claimId, [c]);
    else list.push(c);
  }
  const out: Remittance[] = [];
  let current: RemittanceClaim[] = [];
  for (const entries of byClaim.values()) {
    if (current.length + entries.length > MAX_CLAIMS_PER_REMITTANCE) {
      out.push({ ...base, claims: current });
      current = [];
    }
    current.push(...entries);
  }
  out.push({ ...base, claims: current });
  return out;
}

function finish(
  t: Transaction835,
  options: z.output<typeof Read835Options>,
  problems: X12Problems,
): RemittanceAdviceDecision | null {
  if (t.bpr === null || t.trn === null) {
    problems.add(
      t.st.position,
      null,
      'x12.segment.missing',
      'must be followed by a BPR and a TRN segment (the payment and its trace number)',
    );
    return null;
  }
  const bpr = t.bpr.elements;
  const trn = t.trn.elements;
  const amount = readCents(bpr[2] ?? '');
  const paidOn = readDate(bpr[16] ?? '');
  const traceNumber = trn[2] ?? '';
  const payerIdentifier = trn[3] ?? '';
  if (traceNumber.length > 0 && !RemittanceId.safeParse(traceNumber).success) {
    problems.add(
      t.trn.position,
      'TRN02',
      'x12.element.invalid',
      'must be a trace number of letters, digits, . _ : or - (at most 128)',
    );
  }
  const payerId = options.payerIds[payerIdentifier] ?? payerIdentifier;
  if (payerIdentifier.length > 0 && !PayerId.safeParse(payerId).success) {
    problems.add(
      t.trn.position,
      'TRN03',
      'x12.element.invalid',
      'must be a payer identifier of letters, digits, . _ : or -',
    );
  }
  if (amount === null || paidOn === null || traceNumber.length === 0 || payerIdentifier.length === 0)
    return null;

  t.end();
  const { claims, setAside, crossovers } = t.closed;
  const reasons: Reason<X12ReasonCode>[] = [];
  const paymentCents = bpr[3] === 'D' ? -amount : amount;
  const adjustmentCents = sum(t.providerAdjustments);
  if (paymentCents !== t.closed.paidCents - adjustmentCents) {
    reasons.push(
      reason(
        'x12.835.unbalanced_payment',
        'error',
        'The payment (BPR02) is not the claims’ payments (CLP04) less the provider-level adjustments (PLB): the remittance is not balanced; do not reconcile the deposit until the payer explains the difference.',
        {
          segment: t.bpr.position,
          path: `$.segment[${t.bpr.position}].BPR02`,
          differenceCents: paymentCents - (t.closed.paidCents - adjustmentCents),
          paymentCents,
          claimsPaidCents: t.closed.paidCents,
          providerAdjustmentCents: adjustmentCents,
        },
      ),
    );
  }
  for (const s of setAside)
    reasons.push(...s.reasons.map((r) => ({ ...r, facts: { ...r.facts, claimIndex: s.claimIndex } })));
  for (const p of t.providerAdjustments) {
    reasons.push(
      reason(
        'x12.835.provider_adjustment',
        'warning',
        'A provider-level adjustment changes the payment apart from any claim.',
        {
          segment: p.segment,
          reasonCode: p.reasonCode,
          known: p.known,
          amountCents: p.amountCents,
        },
      ),
    );
  }
  // X12 RFI 2123: the PLB L6 amounts (negative: interest paid) are the claims' AMT*I interest, net.
  const providerInterestCents = 0 - sum(t.providerAdjustments.filter((p) => p.reasonCode === 'L6'));
  if (providerInterestCents !== t.claimInterestCents) {
    reasons.push(
      reason(
        'x12.835.interest_mismatch',
        'warning',
        'The interest in the provider-level adjustments (PLB L6) is not the interest the claims report (AMT*I): the payment is posted as read; ask the payer which is right before reconciling the deposit.',
        {
          segment: t.bpr.position,
          claimsInterestCents: t.claimInterestCents,
          providerInterestCents,
        },
      ),
    );
  }
  if (crossovers.length > 0) {
    reasons.push(
      reason(
        'x12.835.crossover',
        'info',
        'The payer forwarded claims to another payer; wait for its answer before billing it.',
        {
          claims: crossovers.length,
        },
      ),
    );
  }
  if (t.closed.count === 0) {
    reasons.push(
      reason('x12.835.no_claims', 'info', 'The remittance carries no claim.', { segment: t.st.position }),
    );
  }
  const base = { remittanceId: traceNumber as RemittanceId, payerId: payerId as PayerId, paidOn };
  const data = {
    segment: t.st.position,
    remittances: pack(claims, base),
    payment: {
      amountCents: paymentCents,
      method: bpr[4] ?? '',
      handling: bpr[1] ?? '',
      paidOn,
      traceNumber,
      payerIdentifier,
    },
    payerName: t.payerName,
    payeeName: t.payeeName,
    payeeNpi: t.payeeNpi,
    providerAdjustments: t.providerAdjustments,
    crossovers,
    setAside,
  };
  const sorted = reasons.sort((a, b) => rank(b) - rank(a));
  if (sorted.some((r) => r.severity === 'error') && isNonEmpty(sorted)) {
    return { ...data, outcome: 'unbalanced', reasons: sorted };
  }
  return { ...data, outcome: 'balanced', reasons: sorted };
}

function rank(r: Reason): number {
  return r.severity === 'error' ? 2 : r.severity === 'warning' ? 1 : 0;
}

/**
 * Reads the 835 remittances of an X12 005010 file (005010X221A1): every transaction set becomes a
 * decision holding the remittance model {@link billing!postRemittance} takes unchanged, the payment, the
 * provider-level adjustments (PLB) and the crossovers. The 835's balancing is checked: each claim's
 * charge is its payment plus its adjustments (a claim that fails is set aside with its reasons, the rest
 * kept), and the payment is the claims' payments less the provider-level adjustments. A claim that states
 * two different things is set aside too: a patient responsibility (CLP05) that is not the sum of its PR
 * adjustments (`x12.835.patient_responsibility_mismatch`, reversals excepted) and a reversal (CLP02 22) with
 * a positive charge or payment (`x12.835.reversal_not_negated`). Money is read from its digits into
 * integer cents.
 *
 * @param input - the file as a string, or its chunks in order (a 50 MB file is read as it arrives)
 * @param options - the practice's payer id for each payer identifier
 * @returns one decision per 835 transaction set, in file order
 * @throws {@link ValidationError} listing every problem by segment number and element position, never a
 * value: not X12, cut short, a broken envelope, a transaction set that is not an 835, a segment or loop
 * an 835 does not allow where it stands, a missing or malformed amount or date.
 * @remarks Loops 1000A/B, 2000, 2100 and 2110, claim statuses, CAS groups and PLB codes as the CMS 835
 * companion guide describes them [sources: x12-835-cg-cms, x12-835, x12-835-clp, x12-carc, x12-rarc,
 * x12-rfi-clp05].
 * @example
 * ```ts
 * // One claim paid $100.00 of $150.00: $30.00 contractual (CO-45), $20.00 deductible (PR-3).
 * const era = [
 *   'ISA*00*          *00*          *ZZ*ACMEPAYER      *ZZ*HARBORCNS      *261201*1200*^*00501*000000101*0*P*:',
 *   'GS*HP*ACMEPAYER*HARBORCNS*20261201*1200*1*X*005010X221A1', 'ST*835*0001',
 *   'BPR*I*100*C*ACH*CCP*01*999999999*DA*123456*1512345678**01*999988880*DA*98765*20261201',
 *   'TRN*1*EFT12345*1512345678', 'DTM*405*20261201',
 *   'N1*PR*ACME HEALTH PLAN', 'N3*1 PAYER WAY', 'N4*HARTFORD*CT*06101', 'PER*BL*CLAIMS*TE*8005551212',
 *   'N1*PE*HARBOR COUNSELING*XX*1234567893', 'N3*12 ELM ST', 'N4*NEW YORK*NY*10001', 'LX*1',
 *   'CLP*claim-1*1*150*100*20*12*PAYERCLM1', 'NM1*QC*1*DOE*JANE****MI*W123',
 *   'SVC*HC:90837*150*100**1', 'DTM*472*20261116', 'CAS*CO*45*30', 'CAS*PR*3*20', 'REF*6R*1',
 *   'SE*20*0001', 'GE*1*1', 'IEA*1*000000101',
 * ].join('~') + '~';
 * const [acme] = read835(era, { payerIds: { '1512345678': 'acme' } });
 * acme?.outcome; //=> 'balanced'
 * acme?.payment; //=> { amountCents: 10000, method: 'ACH', paidOn: '2026-12-01', traceNumber: 'EFT12345', … }
 * acme?.remittances[0]?.claims[0]?.lines[0]?.adjustments;
 * //=> [{ group: 'CO', carc: '45', amountCents: 3000, remarks: [] }, { group: 'PR', carc: '3', amountCents: 2000, remarks: [] }]
 * ```
 * ```ts fragment
 * const [advice] = read835(medicareEra);
 * advice.outcome; //=> 'balanced'
 * advice.providerAdjustments[0]; //=> { reasonCode: 'WO', amountCents: 2500, … }
 * postRemittance(advice.remittances[0], claims, []).results[0]?.outcome; //=> 'posted'
 * ```
 */
export function read835(input: X12Input, options: Read835Options = {}): RemittanceAdviceDecision[] {
  const opts = validate(Read835Options, options, '835 options');
  const problems = new X12Problems();
  const codes = new ModelCodes();
  const advices: RemittanceAdviceDecision[] = [];
  let current: Transaction835 | null = null;
  scanX12(
    input,
    {
      start(st, delimiters) {
        current = null;
        if (st.elements[1] !== '835') {
          problems.add(
            st.position,
            'ST01',
            'x12.transaction.unexpected_type',
            'must be 835 (a remittance advice)',
          );
          return;
        }
        current = new Transaction835(st, delimiters, problems, codes);
      },
      segment(s) {
        (current as Transaction835 | null)?.accept(s);
      },
      end(se) {
        const t = current as Transaction835 | null;
        current = null;
        if (t === null || se === null) return;
        const advice = finish(t, opts, problems);
        if (advice !== null) advices.push(advice);
      },
    },
    problems,
  );
  problems.throwIfAny('835 file');
  return advices;
}
