import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Remittance, type RemittanceInput } from '../../src/billing/index.js';
import { isReversal } from '../../src/billing/remittance/remittance.js';
import { fromFhirExplanationOfBenefit } from '../../src/fhir/index.js';
import { schemaErrors } from './fhir-fixtures.js';
import { eobOf, remittanceArb, reversalOf } from './remittance-fixtures.js';

const ADJUDICATION = 'http://terminology.hl7.org/CodeSystem/adjudication';
const CARC = 'https://x12.org/codes/claim-adjustment-reason-codes';
const usd = (value: number) => ({ value, currency: 'USD' });

// Blue Cross allows $110 of a $150 psychotherapy visit, pays $90, the client owes a $20 copay.
const bcbsEob = {
  resourceType: 'ExplanationOfBenefit',
  id: 'eob-bcbs-0410',
  status: 'active',
  type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/claim-type', code: 'professional' }] },
  use: 'claim',
  patient: { reference: 'Patient/c-ava' },
  created: '2026-04-10T09:30:00-05:00',
  insurer: { reference: 'Organization/bcbs-il' },
  provider: { identifier: { system: 'http://hl7.org/fhir/sid/us-npi', value: '1245319599' } },
  claim: { reference: 'Claim/clm-2026-0301' },
  outcome: 'complete',
  insurance: [{ focal: true, coverage: { reference: 'Coverage/cov-ava-1' } }],
  item: [
    {
      sequence: 1,
      productOrService: { coding: [{ system: 'http://www.ama-assn.org/go/cpt', code: '90834' }] },
      modifier: [{ coding: [{ system: 'http://www.ama-assn.org/go/cpt', code: '95' }] }],
      servicedDate: '2026-03-02',
      adjudication: [
        { category: { coding: [{ system: ADJUDICATION, code: 'submitted' }] }, amount: usd(150) },
        { category: { coding: [{ system: ADJUDICATION, code: 'eligible' }] }, amount: usd(110) },
        {
          extension: [{ url: 'urn:practice-ops:fhir:extension:adjustment-group', valueCode: 'CO' }],
          category: { text: 'contractual' },
          reason: { coding: [{ system: CARC, code: '45' }] },
          amount: usd(40),
        },
        { category: { coding: [{ system: ADJUDICATION, code: 'copay' }] }, amount: usd(20) },
        { category: { coding: [{ system: ADJUDICATION, code: 'benefit' }] }, amount: usd(90) },
      ],
    },
  ],
  payment: { date: '2026-04-10', amount: usd(90) },
};

function issues(resource: unknown): string[] {
  const r = fromFhirExplanationOfBenefit(resource);
  return r.success ? [] : r.error.issues.map((i) => `${i.at} ${i.code}`);
}

describe('fromFhirExplanationOfBenefit', () => {
  it('reads a commercial EOB: the contractual write-off as CO-45 and the copay as PR-3', () => {
    expect(schemaErrors(bcbsEob)).toEqual([]);
    expect(fromFhirExplanationOfBenefit(bcbsEob)).toEqual({
      success: true,
      data: {
        remittanceId: 'eob-bcbs-0410',
        payerId: 'bcbs-il',
        paidOn: '2026-04-10',
        claims: [
          {
            claimId: 'clm-2026-0301',
            chargeCents: 15_000,
            paidCents: 9_000,
            adjustments: [],
            remarks: [],
            lines: [
              {
                procedureCode: '90834',
                modifiers: ['95'],
                serviceDate: '2026-03-02',
                chargeCents: 15_000,
                paidCents: 9_000,
                adjustments: [
                  { group: 'CO', carc: '45', amountCents: 4_000, remarks: [] },
                  { group: 'PR', carc: '3', amountCents: 2_000, remarks: [] },
                ],
                remarks: [],
              },
            ],
          },
        ],
      },
    });
  });

  it('reads back any balanced remittance written as an EOB (round trip)', () => {
    fc.assert(
      fc.property(remittanceArb, (remittance: RemittanceInput) => {
        const eob = eobOf(remittance);
        expect(schemaErrors(eob)).toEqual([]);
        expect(fromFhirExplanationOfBenefit(eob)).toEqual({
          success: true,
          data: Remittance.parse(remittance),
        });
      }),
      { numRuns: 150 },
    );
  });

  it('reports an adjustment without its group, and an amount it cannot place, instead of dropping money', () => {
    const item = bcbsEob.item[0]!;
    const adjudication = [
      ...item.adjudication.slice(0, 2),
      {
        category: { text: 'contractual' },
        reason: { coding: [{ system: CARC, code: '45' }] },
        amount: usd(40),
      },
      { category: { text: 'mystery' }, amount: usd(20) },
      item.adjudication[4]!,
    ];
    expect(issues({ ...bcbsEob, item: [{ ...item, adjudication }] })).toEqual([
      '$.item[0].adjudication[2].extension fhir.adjudication.group_missing',
      '$.item[0].adjudication[3] fhir.adjudication.unplaced',
    ]);
  });

  it('reports an EOB that does not balance, at the item', () => {
    const item = bcbsEob.item[0]!;
    const adjudication = item.adjudication.filter((a) => a.category.coding?.[0]?.code !== 'copay');
    expect(
      issues({
        ...bcbsEob,
        item: [{ ...item, adjudication }],
        payment: { date: '2026-04-10', amount: usd(90) },
      }),
    ).toContain('$.item[0] billing.remittance.unbalanced_line');
  });

  // R4 financial resource status (ExplanationOfBenefit.status): cancelled is withdrawn, rescinded or
  // reversed; entered-in-error should never have existed [sources: fhir-r4-eob].
  it('reads a cancelled EOB as a withdrawn decision and one entered in error as one to ignore, each by its code', () => {
    expect(issues({ ...bcbsEob, status: 'cancelled' })).toEqual(['$.status fhir.eob.cancelled']);
    expect(issues({ ...bcbsEob, status: 'entered-in-error' })).toEqual([
      '$.status fhir.eob.entered_in_error',
    ]);
  });

  it('reports a claim not yet adjudicated, a rejection, a missing claim reference and an unknown product', () => {
    expect(issues({ ...bcbsEob, outcome: 'queued' })).toEqual(['$.outcome fhir.eob.not_adjudicated']);
    expect(issues({ ...bcbsEob, outcome: 'error' })).toEqual(['$.outcome fhir.eob.rejected']);
    expect(issues({ ...bcbsEob, claim: undefined, status: 'draft' })).toEqual([
      '$.status fhir.eob.status_unsupported',
      '$.claim fhir.eob.claim_missing',
    ]);
    const item = {
      ...bcbsEob.item[0]!,
      productOrService: { coding: [{ system: 'http://snomed.info/sct', code: '1234' }] },
    };
    expect(issues({ ...bcbsEob, item: [item] })).toEqual([
      '$.item[0].productOrService fhir.eob.procedure_missing',
    ]);
  });

  it('reads an HCPCS Level II procedure and modifiers under HCPCS’s system, with https or http', () => {
    // Payers write HCPCS Level II (H0004, HO, GT) under https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets
    // (HL7 terminology), CARIN Blue Button 1.0 with http; the reader knew only CPT's system and refused the
    // line, or silently dropped the modifier.
    for (const system of [
      'https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets',
      'http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets',
    ]) {
      const item = {
        ...bcbsEob.item[0]!,
        productOrService: { coding: [{ system, code: 'H0004' }] },
        modifier: [
          { coding: [{ system, code: 'HO' }] },
          { coding: [{ system: 'http://www.ama-assn.org/go/cpt', code: '95' }] },
        ],
      };
      const r = fromFhirExplanationOfBenefit({ ...bcbsEob, item: [item] });
      expect(r.success && r.data.claims[0]?.lines[0]).toMatchObject({
        procedureCode: 'H0004',
        modifiers: ['HO', '95'],
      });
    }
  });

  it('reports a modifier it cannot place rather than dropping it', () => {
    const item = {
      ...bcbsEob.item[0]!,
      modifier: [{ coding: [{ system: 'http://snomed.info/sct', code: '95' }] }],
    };
    expect(issues({ ...bcbsEob, item: [item] })).toEqual(['$.item[0].modifier[0] fhir.eob.modifier_unknown']);
  });

  it('reports amounts in fractions of a cent or another currency, and a line with no submitted amount', () => {
    expect(issues({ ...bcbsEob, payment: { amount: { value: 90.001, currency: 'USD' } } })).toEqual([
      '$.payment.amount fhir.money.invalid',
    ]);
    const item = bcbsEob.item[0]!;
    const euros = [
      { ...item.adjudication[0]!, amount: { value: 150, currency: 'EUR' } },
      ...item.adjudication.slice(1),
    ];
    expect(issues({ ...bcbsEob, item: [{ ...item, adjudication: euros }] })).toEqual([
      '$.item[0].adjudication[0].amount fhir.money.invalid',
      '$.item[0].adjudication fhir.adjudication.amount_missing',
    ]);
  });

  it('uses the decision date when there is no payment date, and reads deductible without a reason as PR-1', () => {
    const item = bcbsEob.item[0]!;
    const adjudication = [
      item.adjudication[0]!,
      { category: { coding: [{ system: ADJUDICATION, code: 'deductible' }] }, amount: usd(150) },
      { category: { coding: [{ system: ADJUDICATION, code: 'benefit' }] }, amount: usd(0) },
    ];
    const r = fromFhirExplanationOfBenefit({
      ...bcbsEob,
      item: [{ ...item, adjudication }],
      payment: undefined,
    });
    expect(
      r.success && [r.data.paidOn, r.data.claims[0]?.paidCents, r.data.claims[0]?.lines[0]?.adjustments],
    ).toEqual(['2026-04-10', 0, [{ group: 'PR', carc: '1', amountCents: 15_000, remarks: [] }]]);
  });
});

describe('fromFhirExplanationOfBenefit: CARIN Blue Button adjudication amounts', () => {
  const C4BB = 'http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBAdjudication';
  const item = bcbsEob.item[0]!;
  // A Patient Access EOB of the 2026-03-02 session: $150 billed, $120 allowed, $96 paid, 20 % coinsurance
  // ($24) as CARIN codes it, the member's liability ($24) restating it, nothing paid at the visit.
  const carin = (extra: readonly object[]) => ({
    ...bcbsEob,
    item: [
      {
        ...item,
        adjudication: [
          item.adjudication[0]!,
          { category: { coding: [{ system: ADJUDICATION, code: 'eligible' }] }, amount: usd(120) },
          {
            extension: [{ url: 'urn:practice-ops:fhir:extension:adjustment-group', valueCode: 'CO' }],
            category: { text: 'contractual' },
            reason: { coding: [{ system: CARC, code: '45' }] },
            amount: usd(30),
          },
          { category: { coding: [{ system: C4BB, code: 'coinsurance' }] }, amount: usd(24) },
          { category: { coding: [{ system: ADJUDICATION, code: 'benefit' }] }, amount: usd(96) },
          ...extra,
        ],
      },
    ],
    payment: { date: '2026-04-10', amount: usd(96) },
  });

  it('reads CARIN’s coinsurance as PR-2 and its member liability and paid-by-patient as information only', () => {
    const r = fromFhirExplanationOfBenefit(
      carin([
        { category: { coding: [{ system: C4BB, code: 'memberliability' }] }, amount: usd(24) },
        { category: { coding: [{ system: C4BB, code: 'paidbypatient' }] }, amount: usd(0) },
      ]),
    );
    expect(r.success && r.data.claims[0]?.lines[0]?.adjustments).toEqual([
      { group: 'CO', carc: '45', amountCents: 3_000, remarks: [] },
      { group: 'PR', carc: '2', amountCents: 2_400, remarks: [] },
    ]);
  });

  it('still reports a CARIN amount it cannot place (noncovered, prior payer paid, paid to the patient) rather than guess its group', () => {
    for (const code of ['noncovered', 'priorpayerpaid', 'paidtopatient'])
      expect(issues(carin([{ category: { coding: [{ system: C4BB, code }] }, amount: usd(5) }]))).toEqual([
        '$.item[0].adjudication[5] fhir.adjudication.unplaced',
      ]);
  });
});

describe('fromFhirExplanationOfBenefit: only an adjudicated claim is a remittance', () => {
  it('reports a predetermination or preauthorization EOB at its use, and an EOB with no use', () => {
    for (const use of ['predetermination', 'preauthorization'])
      expect(issues({ ...bcbsEob, use })).toEqual(['$.use fhir.eob.not_a_claim']);
    expect(issues({ ...bcbsEob, use: undefined })).toEqual(['$.use fhir.eob.use_unknown']);
  });

  it('never reads an EOB whose use is not claim', () => {
    fc.assert(
      fc.property(remittanceArb, fc.string(), (remittance, use) => {
        fc.pre(use !== 'claim');
        const read = fromFhirExplanationOfBenefit({ ...eobOf(remittance), use });
        expect(read.success).toBe(false);
        if (!read.success) expect(read.error.issues.map((i) => i.at)).toContain('$.use');
      }),
      { numRuns: 100 },
    );
  });

  it('reports an item adjudicated twice, by sequence or by claim line', () => {
    const item = bcbsEob.item[0]!;
    expect(issues({ ...bcbsEob, item: [item, item] })).toContain(
      '$.item[1].sequence fhir.eob.item_duplicate',
    );
    const line = (sequence: number) => ({
      ...item,
      sequence,
      extension: [{ url: 'urn:practice-ops:fhir:extension:claim-line-id', valueString: '1' }],
    });
    expect(issues({ ...bcbsEob, item: [line(1), line(2)] })).toContain(
      '$.item[1].extension fhir.eob.item_duplicate',
    );
  });

  it('reports an adjudication with two categories or two groups, and an amount with no currency', () => {
    const item = bcbsEob.item[0]!;
    const [submitted, eligible, contractual, ...rest] = item.adjudication;
    const twoCategories = {
      ...submitted!,
      category: { coding: [...submitted!.category.coding!, { system: ADJUDICATION, code: 'benefit' }] },
    };
    const twoGroups = {
      ...contractual!,
      extension: [
        { url: 'urn:practice-ops:fhir:extension:adjustment-group', valueCode: 'CO' },
        { url: 'urn:practice-ops:fhir:extension:adjustment-group', valueCode: 'PR' },
      ],
    };
    const adjudication = [twoCategories, eligible!, twoGroups, ...rest];
    expect(issues({ ...bcbsEob, item: [{ ...item, adjudication }] })).toEqual([
      '$.item[0].adjudication[0].category fhir.adjudication.category_conflict',
      '$.item[0].adjudication[2].extension fhir.adjudication.group_conflict',
      '$.item[0].adjudication fhir.adjudication.amount_missing',
    ]);
    expect(issues({ ...bcbsEob, payment: { date: '2026-04-10', amount: { value: 90 } } })).toEqual([
      '$.payment.amount fhir.money.currency_missing',
    ]);
  });
});

describe('fromFhirExplanationOfBenefit: the claim type and the payment adjustment', () => {
  const CLAIM_TYPE = 'http://terminology.hl7.org/CodeSystem/claim-type';

  it('reports an institutional EOB and one with no type, never read as professional', () => {
    expect(issues({ ...bcbsEob, type: { coding: [{ system: CLAIM_TYPE, code: 'institutional' }] } })).toEqual(
      ['$.type fhir.eob.not_professional'],
    );
    const { type: _type, ...untyped } = bcbsEob;
    expect(issues(untyped)).toEqual(['$.type fhir.eob.type_unknown']);
  });

  it('reports a payment adjustment (a prior payment reversed on the 2026-04-10 EOB)', () => {
    const payment = { ...bcbsEob.payment, adjustment: { value: -50, currency: 'USD' } };
    expect(issues({ ...bcbsEob, payment })).toContain('$.payment.adjustment fhir.eob.payment_adjustment');
  });
});

describe('fromFhirExplanationOfBenefit: a reversal', () => {
  // What the 2026-04-10 EOB says, as the remittance model holds it.
  const paidEra = (() => {
    const read = fromFhirExplanationOfBenefit(bcbsEob);
    if (!read.success) throw read.error;
    return read.data;
  })();

  it('reads the 2026-05-15 reversal of the 2026-04-10 payment, every amount negated, as a reversal', () => {
    const reversal = eobOf(reversalOf(paidEra, 'eob-bcbs-0515', '2026-05-15'));
    const read = fromFhirExplanationOfBenefit(reversal);
    expect(read.success).toBe(true);
    const claim = read.success ? read.data.claims[0] : undefined;
    expect(claim).toMatchObject({ claimId: 'clm-2026-0301', chargeCents: -15_000, paidCents: -9_000 });
    expect(claim === undefined ? false : isReversal(claim)).toBe(true);
  });

  it('sets aside a reversal whose $90 payment is negated but whose $150 charge is not, never posting it', () => {
    const reversal = eobOf(reversalOf(paidEra, 'eob-bcbs-0515', '2026-05-15'));
    const positiveCharge = {
      ...reversal,
      total: reversal.total.map((t) => ({ ...t, amount: { ...t.amount, value: 150 } })),
    };
    expect(fromFhirExplanationOfBenefit(positiveCharge).success).toBe(false);
    expect(issues(positiveCharge)).toContain('$.total fhir.eob.reversal_not_negated');
    // The payment negated alone, on the EOB of 2026-04-10: the same contradiction.
    const negatedPayment = { ...bcbsEob, payment: { date: '2026-05-15', amount: usd(-90) } };
    expect(issues(negatedPayment)).toContain('$.total fhir.eob.reversal_not_negated');
  });

  it('property: a reversal is read only with every claim amount negated; one sign flipped is set aside', () => {
    fc.assert(
      fc.property(
        remittanceArb.filter((r) => (r.claims[0]?.paidCents ?? 0) > 0),
        fc.constantFrom('charge', 'payment'),
        (remittance, flipped) => {
          const reversal = eobOf(reversalOf(remittance, 'eob-rev-1', '2026-05-15'));
          const whole = fromFhirExplanationOfBenefit(reversal);
          expect(whole.success).toBe(true);
          expect(whole.success && whole.data.claims.every((c) => isReversal(c))).toBe(true);
          const eob = eobOf(remittance);
          const half =
            flipped === 'payment'
              ? {
                  ...eob,
                  payment: {
                    ...eob.payment,
                    amount: { ...eob.payment.amount, value: -eob.payment.amount.value },
                  },
                }
              : {
                  ...eob,
                  total: eob.total.map((t) => ({ ...t, amount: { ...t.amount, value: -t.amount.value } })),
                };
          expect(fromFhirExplanationOfBenefit(half).success).toBe(false);
          expect(issues(half)).toContain('$.total fhir.eob.reversal_not_negated');
        },
      ),
      { numRuns: 100 },
    );
  });
});
