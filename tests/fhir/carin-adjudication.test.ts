// CARIN Blue Button's adjudication categories against the 835's groups and CARCs, both ways: a Patient Access
// EOB read into the remittance model (a discount is CO-45), and a remittance adjustment written back as the
// CARIN adjudication that reads to it [sources: carin-bb-adjudication, x12-carc, fhir-r4-eob].
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RemittanceInput } from '../../src/billing/index.js';
import { ValidationError } from '../../src/core/index.js';
import { CATEGORY_ADJUSTMENTS, INFORMATIONAL_CATEGORIES } from '../../src/fhir/carin-adjudication.js';
import { fromFhirExplanationOfBenefit, toFhirAdjudication } from '../../src/fhir/index.js';
import { eobOf } from './remittance-fixtures.js';

const HL7 = 'http://terminology.hl7.org/CodeSystem/adjudication';
const C4BB = 'http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBAdjudication';
const DISCRIMINATOR = 'http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBAdjudicationDiscriminator';
const usd = (value: number) => ({ value, currency: 'USD' });
const cat = (system: string, code: string) => ({ coding: [{ system, code }] });

// The CARIN IG's value sets, as published (STU 2.1): C4BB Adjudication (HL7's five codes and CARIN's own)
// and the discriminator code system.
const C4BB_ADJUDICATION_VALUE_SET = {
  [HL7]: ['submitted', 'copay', 'eligible', 'deductible', 'benefit'],
  [C4BB]: [
    'coinsurance',
    'noncovered',
    'priorpayerpaid',
    'paidbypatient',
    'paidbypatientcash',
    'paidbypatientother',
    'paidbypatienthealthaccount',
    'paidtopatient',
    'paidtoprovider',
    'memberliability',
    'discount',
    'drugcost',
  ],
};

// A Patient Access EOB of a 2026-03-02 psychotherapy visit as CARIN codes it: $150 billed, $120 allowed, a
// $30 discount, 20 % coinsurance ($24) restated as the member's liability, $96 paid to the in-network
// practice, with CARIN's network and payment statuses and an adjustment reason that carries no amount.
const carinEob = (amounts: readonly object[]) => ({
  resourceType: 'ExplanationOfBenefit',
  id: 'eob-carin-0410',
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
  adjudication: [
    {
      category: cat(DISCRIMINATOR, 'billingnetworkstatus'),
      reason: cat('http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBPayerProviderNetworkStatus', 'innetwork'),
    },
  ],
  item: [
    {
      sequence: 1,
      productOrService: cat('http://www.ama-assn.org/go/cpt', '90834'),
      servicedDate: '2026-03-02',
      adjudication: [
        { category: cat(HL7, 'submitted'), amount: usd(150) },
        { category: cat(HL7, 'eligible'), amount: usd(120) },
        { category: cat(DISCRIMINATOR, 'allowedunits'), value: 1 },
        {
          category: cat(DISCRIMINATOR, 'benefitpaymentstatus'),
          reason: cat('http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBPayerAdjudicationStatus', 'innetwork'),
        },
        {
          category: cat(DISCRIMINATOR, 'adjustmentreason'),
          reason: cat('https://x12.org/codes/claim-adjustment-reason-codes', '45'),
        },
        ...amounts,
      ],
    },
  ],
  payment: { date: '2026-04-10', amount: usd(96) },
});
const SESSION = [
  { category: cat(C4BB, 'discount'), amount: usd(30) },
  { category: cat(C4BB, 'coinsurance'), amount: usd(24) },
  { category: cat(C4BB, 'memberliability'), amount: usd(24) },
  { category: cat(C4BB, 'paidbypatientcash'), amount: usd(0) },
  { category: cat(C4BB, 'paidtoprovider'), amount: usd(96) },
  { category: cat(HL7, 'benefit'), amount: usd(96) },
];
const adjustmentsOf = (resource: unknown) => {
  const r = fromFhirExplanationOfBenefit(resource);
  return r.success ? r.data.claims[0]?.lines[0]?.adjustments : r.error.issues.map((i) => `${i.at} ${i.code}`);
};

describe('CARIN Blue Button adjudication categories', () => {
  it('reads the discount of a CARIN EOB as CO-45 and the coinsurance as PR-2; statuses and the liability only inform', () => {
    const r = fromFhirExplanationOfBenefit(carinEob(SESSION));
    expect(r.success).toBe(true);
    expect(r.success && r.data.claims[0]).toMatchObject({ chargeCents: 15_000, paidCents: 9_600 });
    expect(adjustmentsOf(carinEob(SESSION))).toEqual([
      { group: 'CO', carc: '45', amountCents: 3_000, remarks: [] },
      { group: 'PR', carc: '2', amountCents: 2_400, remarks: [] },
    ]);
  });

  it('reads a discount that names its CARC 45 the same, and one naming another CARC only with its group', () => {
    const carc = (code: string) => ({
      coding: [{ system: 'https://x12.org/codes/claim-adjustment-reason-codes', code }],
    });
    const named = SESSION.map((a, i) => (i === 0 ? { ...a, reason: carc('45') } : a));
    expect(adjustmentsOf(carinEob(named))).toContainEqual({
      group: 'CO',
      carc: '45',
      amountCents: 3_000,
      remarks: [],
    });
    const other = SESSION.map((a, i) => (i === 0 ? { ...a, reason: carc('253') } : a));
    expect(adjustmentsOf(carinEob(other))).toEqual([
      '$.item[0].adjudication[5].extension fhir.adjudication.group_missing',
    ]);
  });

  it('takes the amount paid to the provider as the payment when no benefit is given, and reports it beside a different one', () => {
    const noBenefit = SESSION.slice(0, 5);
    const r = fromFhirExplanationOfBenefit({ ...carinEob(noBenefit), payment: undefined });
    expect(r.success && r.data.claims[0]?.lines[0]?.paidCents).toBe(9_600);
    const differing = [
      ...noBenefit.slice(0, 4),
      { category: cat(C4BB, 'paidtoprovider'), amount: usd(90) },
      { category: cat(HL7, 'benefit'), amount: usd(96) },
    ];
    expect(adjustmentsOf(carinEob(differing))).toContain(
      '$.item[0].adjudication[9] fhir.adjudication.payment_conflict',
    );
  });

  it('every category the mapper places or lets inform is in the CARIN value set, and each placed one keeps its CARC’s group', () => {
    const valueSet = new Set(Object.values(C4BB_ADJUDICATION_VALUE_SET).flat());
    for (const code of [...CATEGORY_ADJUSTMENTS.keys(), ...INFORMATIONAL_CATEGORIES].filter(
      (c) => !['eligpercent', 'tax', 'unallocdeduct'].includes(c), // HL7's own, outside CARIN's set
    ))
      expect(valueSet.has(code), code).toBe(true);
    for (const [code, { system }] of CATEGORY_ADJUSTMENTS)
      expect(C4BB_ADJUDICATION_VALUE_SET[system as keyof typeof C4BB_ADJUDICATION_VALUE_SET], code).toContain(
        code,
      );
    // X12 CARC usage: 1, 2 and 3 are the member's cost sharing (PR), 45 the contracted reduction (CO).
    expect([...CATEGORY_ADJUSTMENTS].map(([code, a]) => `${code} ${a.group}-${a.carc}`)).toEqual([
      'deductible PR-1',
      'coinsurance PR-2',
      'copay PR-3',
      'discount CO-45',
    ]);
  });
});

describe('toFhirAdjudication', () => {
  it('writes CO-45 as CARIN’s discount and the member’s shares as deductible, coinsurance and copay', () => {
    expect(toFhirAdjudication({ group: 'CO', carc: '45', amountCents: 3_000 })).toEqual({
      category: cat(C4BB, 'discount'),
      reason: cat('https://x12.org/codes/claim-adjustment-reason-codes', '45'),
      amount: usd(30),
    });
    expect(
      (['1', '2', '3'] as const)
        .map((carc) => ({ group: 'PR' as const, carc }))
        .map((a) => toFhirAdjudication({ ...a, amountCents: 100 }).category.coding?.[0]?.code),
    ).toEqual(['deductible', 'coinsurance', 'copay']);
    // PR-45 is no discount: the group rides in the extension, the category is CARIN's adjustment reason.
    expect(toFhirAdjudication({ group: 'PR', carc: '45', amountCents: 100 })).toMatchObject({
      extension: [{ url: 'urn:practice-ops:fhir:extension:adjustment-group', valueCode: 'PR' }],
      category: cat(DISCRIMINATOR, 'adjustmentreason'),
    });
  });

  it('refuses a malformed adjustment by path, never echoing it', () => {
    expect(() => toFhirAdjudication({ group: 'XX', carc: '45', amountCents: 1.5 } as never)).toThrow(
      ValidationError,
    );
    try {
      toFhirAdjudication({ group: 'XX', carc: '45', amountCents: 1.5 } as never);
    } catch (e) {
      expect((e as ValidationError).issues.map((i) => i.at)).toEqual(['$.group', '$.amountCents']);
    }
  });

  it('property: any remittance line’s adjustments written as CARIN adjudications read back unchanged', () => {
    const adjustment = fc.record({
      group: fc.constantFrom('CO', 'PR', 'OA', 'PI'),
      carc: fc.constantFrom('1', '2', '3', '45', '96', '253', '23', 'B7'),
      amountCents: fc.integer({ min: 0, max: 20_000 }),
      remarks: fc.uniqueArray(fc.constantFrom('N130', 'M15', 'MA130'), { maxLength: 2 }),
    });
    fc.assert(
      fc.property(
        fc.array(adjustment, { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 0, max: 20_000 }),
        (adjustments, paid) => {
          const charge = paid + adjustments.reduce((t, a) => t + a.amountCents, 0);
          const remittance: RemittanceInput = {
            remittanceId: 'era-2026-0410',
            payerId: 'bcbs-il',
            paidOn: '2026-04-10',
            claims: [
              {
                claimId: 'clm-2026-0301',
                chargeCents: charge,
                paidCents: paid,
                lines: [
                  {
                    lineRef: '1',
                    procedureCode: '90834',
                    serviceDate: '2026-03-02',
                    chargeCents: charge,
                    paidCents: paid,
                  },
                ],
              },
            ],
          };
          const eob = eobOf(remittance);
          const item = eob.item[0] as { adjudication: object[] };
          item.adjudication = [
            { category: cat(HL7, 'submitted'), amount: usd(charge / 100) },
            ...adjustments.map((a) => toFhirAdjudication(a)),
            { category: cat(HL7, 'benefit'), amount: usd(paid / 100) },
          ];
          expect(adjustmentsOf(eob)).toEqual(adjustments);
        },
      ),
      { numRuns: 100 },
    );
  });
});
