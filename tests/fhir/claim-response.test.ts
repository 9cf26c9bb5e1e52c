import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ClaimInput,
  postRemittance,
  Remittance,
  type RemittanceInput,
} from '../../src/billing/index.js';
import { isReversal } from '../../src/billing/remittance/remittance.js';
import { fromFhirClaimResponse } from '../../src/fhir/index.js';
import { ANXIETY_CLAIM } from './claim-fixtures.js';
import { schemaErrors } from './fhir-fixtures.js';
import { claimFor, claimResponseOf, remittanceArb, reversalOf } from './remittance-fixtures.js';

const CARC_SYSTEM = 'https://x12.org/codes/claim-adjustment-reason-codes';
const RARC_SYSTEM = 'https://x12.org/codes/remittance-advice-remark-codes';

function issues(resource: unknown, claim: ClaimInput = ANXIETY_CLAIM): string[] {
  const r = fromFhirClaimResponse(resource, claim);
  return r.success ? [] : r.error.issues.map((i) => `${i.at} ${i.code}`);
}

const paid: RemittanceInput = {
  remittanceId: 'cr-bcbs-0410',
  payerId: 'bcbs-il',
  paidOn: '2026-04-10',
  claims: [
    {
      claimId: 'clm-2026-0301',
      chargeCents: 17_500,
      paidCents: 11_500,
      lines: [
        {
          procedureCode: '90834',
          modifiers: ['95'],
          chargeCents: 15_000,
          paidCents: 9_000,
          adjustments: [
            { group: 'CO', carc: '45', amountCents: 4_000 },
            { group: 'PR', carc: '3', amountCents: 2_000 },
          ],
        },
        { procedureCode: '90785', chargeCents: 2_500, paidCents: 2_500 },
      ],
    },
  ],
};

describe('fromFhirClaimResponse', () => {
  it('reads a ClaimResponse into a remittance whose lines carry the claim’s codes, ready to post', () => {
    const response = claimResponseOf(paid);
    expect(schemaErrors(response)).toEqual([]);
    const read = fromFhirClaimResponse(response, ANXIETY_CLAIM);
    if (!read.success) throw read.error;
    expect(
      read.data.claims[0]?.lines.map((l) => [
        l.lineRef,
        l.procedureCode,
        l.modifiers,
        l.serviceDate,
        l.paidCents,
      ]),
    ).toEqual([
      ['1', '90834', ['95'], '2026-03-02', 9_000],
      ['2', '90785', [], '2026-03-02', 2_500],
    ]);
    const posting = postRemittance(
      read.data,
      [ANXIETY_CLAIM],
      [{ claimId: 'clm-2026-0301', chargeCents: 17_500 }],
    );
    expect(posting.results[0]).toMatchObject({ outcome: 'posted', claimId: 'clm-2026-0301' });
    expect(posting.results[0]?.lines.map((l) => [l.lineId, l.match, l.paidCents])).toEqual([
      ['1', 'line_ref', 9_000],
      ['2', 'line_ref', 2_500],
    ]);
    expect(posting.balances[0]).toMatchObject({ paidCents: 11_500, contractualCents: 4_000 });
  });

  it('reads back any balanced remittance written as a ClaimResponse (round trip)', () => {
    fc.assert(
      fc.property(remittanceArb, (remittance) => {
        const response = claimResponseOf(remittance);
        expect(schemaErrors(response)).toEqual([]);
        expect(fromFhirClaimResponse(response, claimFor(remittance))).toEqual({
          success: true,
          data: Remittance.parse(remittance),
        });
      }),
      { numRuns: 150 },
    );
  });

  it('reports a response to another claim, and an item the claim does not have', () => {
    const response = claimResponseOf(paid);
    expect(issues({ ...response, request: { reference: 'Claim/clm-other' } })).toEqual([
      '$.request fhir.claim_response.claim_mismatch',
    ]);
    const items = [...response.item, { itemSequence: 3, adjudication: [] }];
    expect(issues({ ...response, item: items })).toEqual([
      '$.item[2].itemSequence fhir.claim_response.item_unknown',
      '$.item[2].adjudication fhir.adjudication.amount_missing',
    ]);
  });

  it('reports a queued or rejected response, which is nothing to post, and an insurer it cannot read', () => {
    expect(issues({ ...claimResponseOf(paid), outcome: 'queued' })).toEqual([
      '$.outcome fhir.claim_response.not_adjudicated',
    ]);
    expect(issues({ ...claimResponseOf(paid), outcome: 'error', status: 'cancelled' })).toEqual([
      '$.status fhir.claim_response.cancelled',
      '$.outcome fhir.claim_response.rejected',
    ]);
    expect(issues({ ...claimResponseOf(paid), insurer: { display: 'BCBS' } })).toEqual([
      '$.insurer fhir.reference.invalid',
    ]);
  });

  // R4 financial resource status (ClaimResponse.status): cancelled is "withdrawn, rescinded or reversed",
  // entered-in-error a record that should never have existed [sources: fhir-r4-claimresponse].
  it('reads a cancelled response as the payer withdrawing its decision and one entered in error as one to ignore', () => {
    expect(issues({ ...claimResponseOf(paid), status: 'cancelled' })).toEqual([
      '$.status fhir.claim_response.cancelled',
    ]);
    expect(issues({ ...claimResponseOf(paid), status: 'entered-in-error' })).toEqual([
      '$.status fhir.claim_response.entered_in_error',
    ]);
    expect(issues({ ...claimResponseOf(paid), status: 'draft' })).toEqual([
      '$.status fhir.claim_response.status_unsupported',
    ]);
  });

  it('reads a response without a request reference as answering the claim given', () => {
    const { request: _r, ...response } = claimResponseOf(paid);
    expect(fromFhirClaimResponse(response, ANXIETY_CLAIM).success).toBe(true);
  });

  it('reports what the remittance schema finds: a claim total that does not match its lines', () => {
    const response = claimResponseOf(paid);
    const total = [
      {
        category: {
          coding: [{ system: 'http://terminology.hl7.org/CodeSystem/adjudication', code: 'submitted' }],
        },
        amount: { value: 180, currency: 'USD' },
      },
    ];
    expect(issues({ ...response, total })).toEqual([
      '$.total billing.remittance.unbalanced',
      '$.total billing.remittance.line_charges_mismatch',
    ]);
  });
});

describe('fromFhirClaimResponse: only an adjudicated claim is a remittance', () => {
  // A ClaimResponse for a $150 telehealth 90834 sent on 2026-03-02, answered 2026-03-10 with $100 allowed.
  const answered: RemittanceInput = {
    remittanceId: 'cr-bcbs-0310',
    payerId: 'bcbs-il',
    paidOn: '2026-03-10',
    claims: [
      {
        claimId: 'clm-2026-0301',
        chargeCents: 15_000,
        paidCents: 10_000,
        lines: [
          {
            procedureCode: '90834',
            modifiers: ['95'],
            chargeCents: 15_000,
            paidCents: 10_000,
            adjustments: [{ group: 'CO', carc: '45', amountCents: 5_000 }],
          },
        ],
      },
    ],
  };
  const claim = claimFor(answered);

  it('reports a predetermination or preauthorization at its use: an estimate, nothing to post', () => {
    for (const use of ['predetermination', 'preauthorization'])
      expect(issues({ ...claimResponseOf(answered), use }, claim)).toEqual([
        '$.use fhir.claim_response.not_a_claim',
      ]);
    const { use: _u, ...noUse } = claimResponseOf(answered);
    expect(issues(noUse, claim)).toEqual(['$.use fhir.claim_response.use_unknown']);
    expect(fromFhirClaimResponse(claimResponseOf(answered), claim).success).toBe(true);
  });

  it('never reads a response whose use is not claim, whatever it answers', () => {
    fc.assert(
      fc.property(
        remittanceArb,
        fc.oneof(fc.constantFrom('predetermination', 'preauthorization', 'Claim', ''), fc.string()),
        (remittance, use) => {
          fc.pre(use !== 'claim');
          const read = fromFhirClaimResponse({ ...claimResponseOf(remittance), use }, claimFor(remittance));
          expect(read.success).toBe(false);
          if (!read.success) expect(read.error.issues.map((i) => i.at)).toContain('$.use');
        },
      ),
      { numRuns: 100 },
    );
  });

  it('reports a line adjudicated twice rather than paying it twice ($200 on a $150 claim)', () => {
    const response = claimResponseOf(answered);
    const item = response.item[0]!;
    expect(issues({ ...response, item: [item, item] }, claim)).toContain(
      '$.item[1].itemSequence fhir.claim_response.item_duplicate',
    );
  });

  it('reports every repeated item of any response, and never reads one', () => {
    fc.assert(
      fc.property(remittanceArb, fc.nat(), fc.nat(), (remittance, from, to) => {
        const response = claimResponseOf(remittance);
        const copy = response.item[from % response.item.length]!;
        const at = to % (response.item.length + 1);
        const item = [...response.item.slice(0, at), copy, ...response.item.slice(at)];
        const read = fromFhirClaimResponse({ ...response, item }, claimFor(remittance));
        expect(read.success).toBe(false);
        const duplicate = item.findIndex((x, i) => i > item.indexOf(copy) && x === copy);
        if (!read.success)
          expect(read.error.issues.map((i) => `${i.at} ${i.code}`)).toContain(
            `$.item[${duplicate}].itemSequence fhir.claim_response.item_duplicate`,
          );
      }),
      { numRuns: 100 },
    );
  });

  it('reports an adjustment with two CARCs, and keeps every RARC of a reason as a remark', () => {
    const response = claimResponseOf(answered);
    const item = response.item[0]!;
    const adjustment = item.adjudication[2] as { reason: { coding: { system: string; code: string }[] } };
    const carcs = {
      ...adjustment,
      reason: { coding: [...adjustment.reason.coding, { system: CARC_SYSTEM, code: '253' }] },
    };
    const two = [...item.adjudication.slice(0, 2), carcs];
    expect(issues({ ...response, item: [{ ...item, adjudication: two }] }, claim)).toEqual([
      '$.item[0].adjudication[2].reason fhir.adjudication.reason_conflict',
    ]);
    const remarks = {
      ...adjustment,
      reason: {
        coding: [
          ...adjustment.reason.coding,
          { system: RARC_SYSTEM, code: 'N130' },
          { system: RARC_SYSTEM, code: 'M15' },
        ],
      },
    };
    const read = fromFhirClaimResponse(
      { ...response, item: [{ ...item, adjudication: [...item.adjudication.slice(0, 2), remarks] }] },
      claim,
    );
    expect(read.success && read.data.claims[0]?.lines[0]?.adjustments[0]?.remarks).toEqual(['N130', 'M15']);
  });

  it('reports an amount that names no currency rather than assuming dollars', () => {
    const response = claimResponseOf(answered);
    expect(issues({ ...response, payment: { ...response.payment, amount: { value: 100 } } }, claim)).toEqual([
      '$.payment.amount fhir.money.currency_missing',
    ]);
  });
});

describe('fromFhirClaimResponse: the claim type and the payment adjustment', () => {
  const CLAIM_TYPE = 'http://terminology.hl7.org/CodeSystem/claim-type';
  const PAYMENT_ADJUSTMENT = 'http://terminology.hl7.org/CodeSystem/payment-adjustment-reason';
  // The 2026-04-10 response paying $115 on the 2026-03-01 claim.
  const response = claimResponseOf(paid);
  const typed = (code: string) => ({ ...response, type: { coding: [{ system: CLAIM_TYPE, code }] } });

  it('reads a professional claim’s response; reports an institutional, oral, pharmacy or vision one', () => {
    expect(issues(typed('professional'))).toEqual([]);
    for (const code of ['institutional', 'oral', 'pharmacy', 'vision'])
      expect(issues(typed(code))).toEqual(['$.type fhir.claim_response.not_professional']);
  });

  it('reports a response with no claim type, or one outside the claim-type system, rather than assuming professional', () => {
    const { type: _type, ...untyped } = response;
    expect(issues(untyped)).toEqual(['$.type fhir.claim_response.type_unknown']);
    expect(issues({ ...response, type: { text: 'Professional' } })).toEqual([
      '$.type fhir.claim_response.type_unknown',
    ]);
    expect(
      issues({
        ...response,
        type: {
          coding: [
            { system: CLAIM_TYPE, code: 'professional' },
            { system: CLAIM_TYPE, code: 'institutional' },
          ],
        },
      }),
    ).toEqual(['$.type fhir.claim_response.not_professional']);
  });

  it('reports a $20 prior-overpayment recovery taken from the $115 payment, never posting $95 as this claim’s payment', () => {
    const recovered = {
      ...response,
      payment: {
        ...response.payment,
        adjustment: { value: -20, currency: 'USD' },
        adjustmentReason: { coding: [{ system: PAYMENT_ADJUSTMENT, code: 'a002' }] },
        amount: { value: 95, currency: 'USD' },
      },
    };
    expect(issues(recovered)).toContain('$.payment.adjustment fhir.claim_response.payment_adjustment');
    // A reason with no amount is reported too; an adjustment of $0 moves no money and is read.
    const { adjustment: _a, ...reasonOnly } = recovered.payment;
    expect(
      issues({ ...response, payment: { ...reasonOnly, amount: { value: 115, currency: 'USD' } } }),
    ).toEqual(['$.payment.adjustment fhir.claim_response.payment_adjustment']);
    expect(
      issues({ ...response, payment: { ...response.payment, adjustment: { value: 0, currency: 'USD' } } }),
    ).toEqual([]);
    expect(issues({ ...response, payment: { ...response.payment, adjustment: { value: -20 } } })).toEqual([
      '$.payment.adjustment fhir.money.currency_missing',
    ]);
  });

  it('property: any non-zero payment adjustment, either sign, is reported and never read', () => {
    fc.assert(
      fc.property(
        remittanceArb,
        fc.integer({ min: -100_000, max: 100_000 }).filter((c) => c !== 0),
        (remittance, cents) => {
          const base = claimResponseOf(remittance);
          const read = fromFhirClaimResponse(
            { ...base, payment: { ...base.payment, adjustment: { value: cents / 100, currency: 'USD' } } },
            claimFor(remittance),
          );
          expect(read.success).toBe(false);
          expect(read.success ? [] : read.error.issues.map((i) => `${i.at} ${i.code}`)).toContain(
            '$.payment.adjustment fhir.claim_response.payment_adjustment',
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('fromFhirClaimResponse: a reversal', () => {
  it('reads the 2026-05-15 reversal of the $115 paid on 2026-04-10, every amount negated, as a reversal', () => {
    const read = fromFhirClaimResponse(
      claimResponseOf(reversalOf(paid, 'cr-bcbs-0515', '2026-05-15')),
      ANXIETY_CLAIM,
    );
    expect(read.success).toBe(true);
    const claim = read.success ? read.data.claims[0] : undefined;
    expect(claim).toMatchObject({ chargeCents: -17_500, paidCents: -11_500 });
    expect(claim === undefined ? false : isReversal(claim)).toBe(true);
  });

  it('sets aside a reversal that negates the $175 charge but writes the $115 payment positive', () => {
    const reversal = claimResponseOf(reversalOf(paid, 'cr-bcbs-0515', '2026-05-15'));
    const positivePayment = {
      ...reversal,
      payment: { ...reversal.payment, amount: { value: 115, currency: 'USD' } },
    };
    expect(fromFhirClaimResponse(positivePayment, ANXIETY_CLAIM).success).toBe(false);
    expect(issues(positivePayment)).toContain('$.total fhir.claim_response.reversal_not_negated');
  });

  it('property: a reversal is read only with every claim amount negated; one sign flipped is set aside', () => {
    fc.assert(
      fc.property(
        remittanceArb.filter((r) => (r.claims[0]?.paidCents ?? 0) > 0),
        fc.constantFrom('charge', 'payment'),
        (remittance, flipped) => {
          const claim = claimFor(remittance);
          const whole = fromFhirClaimResponse(
            claimResponseOf(reversalOf(remittance, 'cr-rev-1', '2026-05-15')),
            claim,
          );
          expect(whole.success && whole.data.claims.every((c) => isReversal(c))).toBe(true);
          const response = claimResponseOf(remittance);
          const negate = <T extends { amount: { value: number } }>(x: T): T => ({
            ...x,
            amount: { ...x.amount, value: -x.amount.value },
          });
          const half =
            flipped === 'payment'
              ? { ...response, payment: negate(response.payment) }
              : { ...response, total: response.total.map(negate) };
          expect(issues(half, claim)).toContain('$.total fhir.claim_response.reversal_not_negated');
        },
      ),
      { numRuns: 100 },
    );
  });
});
