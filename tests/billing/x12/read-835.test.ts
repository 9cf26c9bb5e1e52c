import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ClaimInput,
  postRemittance,
  Remittance,
  type RemittanceInput,
} from '../../../src/billing/index.js';
import { read835 } from '../../../src/billing/x12/index.js';
import { ValidationError } from '../../../src/core/index.js';
import { envelope, remittanceTo835Body } from './x12-builders.js';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
const medicare = fixture('medicare-835-sequestration-plb.edi');
const commercial = fixture('commercial-835-denial-reversal.edi');

function claim(
  claimId: string,
  procedureCode: string,
  chargeCents: number,
  serviceDate: string,
  modifiers: string[] = [],
): ClaimInput {
  return {
    claimId,
    clientId: `client-${claimId}`,
    payerId: 'medicare-jf',
    renderingNpi: '1234567893',
    billingNpi: '1245319599',
    diagnosisCodes: ['F41.1'],
    lines: [
      {
        lineId: '1',
        serviceDate,
        procedureCode,
        modifiers,
        placeOfService: '11',
        units: 1,
        chargeCents,
        diagnosisPointers: [1],
      },
    ],
  };
}

function issues(run: () => unknown): [string, string][] {
  try {
    run();
  } catch (e) {
    if (e instanceof ValidationError) return e.issues.map((i) => [i.at, i.code]);
    throw e;
  }
  throw new Error('no ValidationError');
}

const base835 = (claims: string[], bpr = '150', plb: string[] = []) =>
  envelope('835', [
    `BPR*I*${bpr}*C*ACH*CCP*01*011000015*DA*123456789*1999999999**01*021000021*DA*987654321*20260410`,
    'TRN*1*EFT1*1999999999',
    'N1*PR*EXAMPLE PAYER',
    'N1*PE*EXAMPLE PRACTICE*XX*1234567893',
    'LX*1',
    ...claims,
    ...plb,
  ]);

describe('read835', () => {
  describe('a Medicare remittance with sequestration, a crossover and provider-level adjustments', () => {
    const [advice] = read835(medicare, { payerIds: { '1999999999': 'medicare-jf' } });

    it('balances: the payment is the claims’ payments less the PLB amounts', () => {
      expect(advice?.outcome).toBe('balanced');
      expect(advice?.payment).toEqual({
        amountCents: 18_164,
        method: 'ACH',
        handling: 'I',
        paidOn: '2026-04-10',
        traceNumber: 'EFT0410A',
        payerIdentifier: '1999999999',
      });
    });

    it('reads the sequestration as CO-253 on each line, in exact cents', () => {
      const lines = advice?.remittances[0]?.claims.map((c) => c.lines[0]);
      expect(lines?.map((l) => l?.adjustments)).toEqual([
        [
          { group: 'CO', carc: '45', amountCents: 3_800, remarks: [] },
          { group: 'CO', carc: '253', amountCents: 179, remarks: [] },
          { group: 'PR', carc: '2', amountCents: 2_240, remarks: [] },
        ],
        [
          { group: 'CO', carc: '45', amountCents: 5_000, remarks: [] },
          { group: 'CO', carc: '253', amountCents: 240, remarks: [] },
          { group: 'PR', carc: '2', amountCents: 3_000, remarks: [] },
        ],
      ]);
      expect(lines?.[1]).toMatchObject({
        procedureCode: '90837',
        modifiers: ['95'],
        serviceDate: '2026-03-09',
        lineRef: '1',
        units: 1,
      });
    });

    it('keeps the overpayment recovery and the interest as provider adjustments of their own', () => {
      expect(advice?.providerAdjustments).toEqual([
        {
          providerId: '1234567893',
          fiscalPeriodDate: '2026-12-31',
          reasonCode: 'WO',
          reference: '2226000111222',
          amountCents: 2_500,
          known: true,
          segment: 36,
        },
        {
          providerId: '1234567893',
          fiscalPeriodDate: '2026-12-31',
          reasonCode: 'L6',
          reference: '2226123456780',
          amountCents: -123,
          known: true,
          segment: 36,
        },
      ]);
      expect(advice?.reasons.filter((r) => r.code === 'x12.835.provider_adjustment')).toHaveLength(2);
    });

    it('detects the crossover to the Medigap plan from the status, the NM1*TT and MA18', () => {
      expect(advice?.crossovers).toEqual([
        {
          claimIndex: 0,
          claimId: 'c-1001',
          segment: 16,
          evidence: ['claim_status', 'crossover_carrier', 'remark'],
          carrierName: 'NORTHWEST MEDIGAP PLAN',
        },
      ]);
    });

    it('feeds postRemittance unchanged: the practice’s payer id, sequestration part of the allowed amount', () => {
      const remittance = advice?.remittances[0] as Remittance;
      expect(remittance.payerId).toBe('medicare-jf');
      const claims = [
        claim('c-1001', '90834', 15_000, '2026-03-02'),
        claim('c-1002', '90837', 20_000, '2026-03-09', ['95']),
      ];
      const { balances, results } = postRemittance(remittance, claims, [], {
        payerKind: 'medicare',
        // Neither client is a Qualified Medicare Beneficiary: the coinsurance is the client's share.
        medicaidFactsByClaim: {
          'c-1001': { qualifiedMedicareBeneficiary: false },
          'c-1002': { qualifiedMedicareBeneficiary: false },
        },
        feeSchedule: [{ payerId: 'medicare-jf', procedureCode: '90834', allowedCentsPerUnit: 11_200 }],
      });
      expect(results.map((r) => r.outcome)).toEqual(['posted', 'posted']);
      expect(balances[0]).toMatchObject({
        paidCents: 8_781,
        contractualCents: 3_979,
        clientResponsibility: { coinsuranceCents: 2_240 },
      });
      expect(results[0]?.reasons.map((r) => r.code)).not.toContain('billing.remittance.underpaid');
    });
  });

  describe('a commercial remittance with a denial and a reversal-correction pair', () => {
    const [advice] = read835(commercial);

    it('reads the denial, the reversal with its amounts negated, and the correction', () => {
      const claims = advice?.remittances[0]?.claims ?? [];
      expect(claims.map((c) => [c.claimId, c.claimStatusCode, c.chargeCents, c.paidCents])).toEqual([
        ['c-2001', '4', 18_000, 0],
        ['c-2002', '22', -15_000, -9_000],
        ['c-2002', '1', 15_000, 10_000],
        ['c-2003', '1', 25_000, 16_000],
      ]);
      expect(claims[0]?.lines[0]).toMatchObject({
        adjustments: [{ group: 'CO', carc: '197', amountCents: 18_000 }],
        remarks: ['N54'],
      });
      expect(claims[1]?.lines[0]?.units).toBeUndefined();
      expect(advice?.outcome).toBe('balanced');
      expect(advice?.payerName).toBe('SUMMIT HEALTH PLAN');
    });

    it('posts the pair as one reversal corrected, and the denial as denied', () => {
      const remittance = advice?.remittances[0] as Remittance;
      const claims = [
        claim('c-2001', '90837', 18_000, '2026-03-05'),
        claim('c-2002', '90834', 15_000, '2026-02-10'),
      ];
      const paidBefore = {
        claimId: 'c-2002',
        chargeCents: 15_000,
        paidCents: 9_000,
        contractualCents: 4_000,
        clientResponsibility: { copayCents: 2_000 },
        postedRemittanceIds: ['era-feb'],
      };
      const { results, balances } = postRemittance(remittance, claims, [paidBefore]);
      const byClaim = Object.fromEntries(results.map((r) => [r.claimId, r]));
      expect(byClaim['c-2001']?.suggestedStatus).toBe('denied');
      expect(byClaim['c-2002']?.reasons.map((r) => r.code)).toContain(
        'billing.remittance.reversal_corrected',
      );
      expect(balances.find((b) => b.claimId === 'c-2002')).toMatchObject({
        paidCents: 10_000,
        contractualCents: 3_000,
      });
      expect(byClaim['c-2003']?.outcome).toBe('unmatched_claim');
    });

    it('reads the same whatever chunks the file arrives in', () => {
      fc.assert(
        fc.property(fc.array(fc.nat(commercial.length), { maxLength: 8 }), (cuts) => {
          const points = [...new Set(cuts)].sort((a, b) => a - b);
          const parts = [0, ...points].map((p, i) => commercial.slice(p, points[i] ?? commercial.length));
          expect(read835(parts)).toEqual(read835(commercial));
        }),
        { numRuns: 30 },
      );
    });
  });

  describe('balancing', () => {
    it('sets aside a claim whose charge is not paid plus adjustments, keeping the rest', () => {
      const file = base835(['CLP*c-1*1*150*90**12*A1', 'CAS*CO*45*50', 'CLP*c-2*1*100*100**12*A2'], '190');
      const [advice] = read835(file);
      expect(advice?.outcome).toBe('unbalanced');
      expect(advice?.remittances[0]?.claims.map((c) => c.claimId)).toEqual(['c-2']);
      expect(advice?.setAside).toEqual([
        {
          claimIndex: 0,
          segment: 9,
          reasons: [
            expect.objectContaining({
              code: 'x12.835.unbalanced_claim',
              facts: { segment: 9, chargeCents: 15_000, paidCents: 9_000, adjustmentCents: 5_000 },
            }),
          ],
        },
      ]);
    });

    it('sets aside a claim with an unbalanced line, or lines that do not add up to the charge', () => {
      const file = base835(
        [
          'CLP*c-1*1*150*90**12*A1',
          'SVC*HC:90834*150*90',
          'CAS*CO*45*50',
          'CLP*c-2*1*200*100**12*A2',
          'SVC*HC:90834*150*100',
          'CAS*CO*45*50',
        ],
        '190',
      );
      const [advice] = read835(file);
      expect(advice?.setAside.map((s) => s.reasons.map((r) => r.code))).toEqual([
        ['x12.835.unbalanced_line', 'x12.835.unbalanced_claim'],
        ['x12.835.unbalanced_claim', 'x12.835.line_charges_mismatch'],
      ]);
      expect(advice?.remittances).toEqual([]);
    });

    it('reports a payment that is not the claims’ payments less the provider adjustments', () => {
      const [advice] = read835(
        base835(['CLP*c-1*1*150*150**12*A1'], '140', ['PLB*1234567893*20261231*WO:X*5']),
      );
      expect(advice?.outcome).toBe('unbalanced');
      expect(advice?.reasons[0]).toMatchObject({
        code: 'x12.835.unbalanced_payment',
        facts: { segment: 4, paymentCents: 14_000, claimsPaidCents: 15_000, providerAdjustmentCents: 500 },
      });
    });

    it('reads a debit (the provider owes) as a negative payment', () => {
      const [advice] = read835(
        base835(['CLP*c-1*22*-150*-90**12*A1', 'CAS*CO*45*-60'], '90').replace('*C*ACH', '*D*ACH'),
      );
      expect(advice?.payment.amountCents).toBe(-9_000);
      expect(advice?.outcome).toBe('balanced');
    });

    it('sets aside a claim holding values the model cannot take, naming only where they are', () => {
      const [advice] = read835(
        base835(
          [
            'CLP*JANE DOE 1980*1*100*100**12*A1',
            'CLP*c-2*7*100*100**12*A2',
            'CLP*c-3*1*100*100**12*A3',
            'CAS*XX*45*0',
            'MOA***BOGUS',
            'SVC*NU:0900*100*100',
            'LQ*HE*ZZZ',
          ],
          '300',
        ),
      );
      const facts = advice?.setAside.map((s) => s.reasons[0]?.facts);
      expect(facts).toEqual([
        { segment: 9, elements: ['CLP01 of segment 9'] },
        { segment: 10, elements: ['CLP02 of segment 10'] },
        {
          segment: 11,
          elements: [
            'CAS01 of segment 12',
            'MOA03 of segment 13',
            'LQ02 of segment 15',
            'SVC01 of segment 14',
          ],
        },
      ]);
      expect(JSON.stringify(advice)).not.toContain('JANE DOE 1980"');
    });

    it('reads an inpatient remark (MIA) as the claim’s, and MA18 there as a crossover', () => {
      const [advice] = read835(
        base835(['CLP*c-1*1*150*150**12*A1', 'MIA*0****MA18', 'SVC*HC:90834*150*150']),
      );
      expect(advice?.crossovers).toMatchObject([{ claimId: 'c-1', evidence: ['remark'] }]);
      expect(advice?.remittances[0]?.claims[0]?.remarks).toEqual(['MA18']);
    });

    it('reads units written as a decimal whole count (1.00), and leaves a fraction out', () => {
      // SVC05 is a decimal (R): the X12 TR3's examples write SVC*HC>55669*541.00*34.00**1.00, as
      // LinuxForHealth/x12's 835 test files carry them; the units were dropped.
      const [advice] = read835(
        base835(
          [
            'CLP*c-1*1*300*300**12*A1',
            'SVC*HC:90834*150*150**1.00',
            'SVC*HC:90837*100*100**2.0',
            'SVC*HC:90785*50*50**1.5',
          ],
          '300',
        ),
      );
      expect(advice?.remittances[0]?.claims[0]?.lines.map((l) => l.units)).toEqual([1, 2, undefined]);
    });

    it('sets aside a claim adjusted for a reason that is not a CARC, and names where it is', () => {
      const [advice] = read835(
        base835(['CLP*c-1*1*150*100**12*A1', 'SVC*HC:90834*150*100', 'CAS*CO*NOTACARC*50'], '100'),
      );
      const reasons = advice?.setAside[0]?.reasons ?? [];
      expect(reasons.find((r) => r.code === 'x12.835.claim_not_readable')?.facts).toEqual({
        segment: 9,
        elements: ['CAS02 of segment 11'],
      });
    });

    it('splits a payment of more than 10,000 claims into remittances, a claim’s entries kept together', () => {
      const claims = Array.from({ length: 10_000 }, (_, i) => `CLP*c-${i}*1*100*100**12*A${i}`);
      claims.push('CLP*c-9999*22*-100*-100**12*A9999', 'CLP*c-9999*1*100*100**12*B9999');
      const [advice] = read835(base835(claims, '1000000'));
      expect(advice?.remittances.map((r) => r.claims.length)).toEqual([9_999, 3]);
      expect(advice?.remittances[1]?.claims.every((c) => c.claimId === 'c-9999')).toBe(true);
      expect(advice?.remittances.every((r) => Remittance.safeParse(r).success)).toBe(true);
    });

    // 005010X221A1 PLB03-1 (element 426): AH, AM, CR, CW, DM, FC, GO, HM, OA and RE are codes of the list,
    // read as known; a code outside it stays unknown [sources: x12-835-cg-cms].
    it('knows every PLB03-1 code of the 005010 list, a hemophilia supplement and a return on equity among them', () => {
      const [advice] = read835(
        base835(['CLP*c-1*1*150*150**12*A1'], '185', [
          'PLB*1234567893*20261231*HM:X*-20*RE:Y*-10*GO*-5*ZZ:Q*0',
        ]),
      );
      expect(advice?.outcome).toBe('balanced');
      expect(advice?.providerAdjustments.map((p) => [p.reasonCode, p.known])).toEqual([
        ['HM', true],
        ['RE', true],
        ['GO', true],
        ['ZZ', false],
      ]);
    });

    it('says when a remittance carries no claim', () => {
      const [advice] = read835(base835([], '5', ['PLB*1234567893*20261231*L6:X*-5']));
      expect(advice?.remittances).toEqual([]);
      expect(advice?.reasons.map((r) => r.code)).toContain('x12.835.no_claims');
      expect(advice?.outcome).toBe('balanced');
    });

    it('holds or reports the balance of any remittance, whatever one amount is changed to', () => {
      fc.assert(
        fc.property(remittanceArb, fc.integer({ min: -500, max: 500 }), (remittance, delta) => {
          const body = remittanceTo835Body(remittance);
          const total = remittance.claims.reduce((t, c) => t + c.paidCents, 0) + delta;
          const e = (body[0] as string).split('*');
          e[2] = (Math.abs(total) / 100).toFixed(2);
          e[3] = total < 0 ? 'D' : 'C';
          const [advice] = read835(envelope('835', [e.join('*'), ...body.slice(1)]));
          expect(advice?.outcome).toBe(delta === 0 ? 'balanced' : 'unbalanced');
        }),
        { numRuns: 40 },
      );
    });
  });

  it('reads back any remittance written as an 835, exactly', () => {
    fc.assert(
      fc.property(remittanceArb, (remittance) => {
        const [advice] = read835(envelope('835', remittanceTo835Body(remittance)), {
          payerIds: { '1999999999': remittance.payerId },
        });
        expect(advice?.outcome).toBe('balanced');
        expect(advice?.remittances).toEqual([Remittance.parse(remittance)]);
      }),
      { numRuns: 60 },
    );
  });

  describe('files it cannot read', () => {
    it('refuses a transaction set that is not an 835', () => {
      expect(issues(() => read835(envelope('837', ['BHT*0019*00*1*20260410*1200*CH'])))).toEqual([
        ['$.segment[3].ST01', 'x12.transaction.unexpected_type'],
      ]);
    });

    it('reports segments and loops an 835 does not allow where they stand', () => {
      const file = base835(
        ['SVC*HC:90834*150*150', 'CLP*c-1*1*150*150**12*A1', 'HL*1**20', 'N1*PR*AGAIN'],
        '150',
      );
      expect(issues(() => read835(file))).toEqual([
        ['$.segment[9]', 'x12.segment.unexpected'],
        ['$.segment[11]', 'x12.segment.unexpected'],
        ['$.segment[12]', 'x12.segment.unexpected'],
      ]);
    });

    it('reports an N1 whose entity code is a name JavaScript objects inherit (constructor) as unexpected', () => {
      const file = base835(['N1*constructor*PAYER', 'N1*toString*PAYEE'], '0');
      expect(issues(() => read835(file))).toEqual([
        ['$.segment[9]', 'x12.segment.unexpected'],
        ['$.segment[10]', 'x12.segment.unexpected'],
      ]);
    });

    it('reports a malformed or missing amount or date by position, never its value', () => {
      const file = base835(
        [
          'CLP*c-1*1*1,50.00*150**12*A1',
          'CLP*c-2*1**0',
          'CAS*CO*45',
          'SVC*HC:90834*1.005*0',
          'DTM*472*20260231',
          'DTM*472*00000000',
          'DTM*472*2026-03-05',
          'DTM*472*',
        ],
        '150',
      );
      const found = issues(() => read835(file));
      expect(found).toEqual([
        ['$.segment[9].CLP03', 'x12.element.invalid'],
        ['$.segment[10].CLP03', 'x12.element.missing'],
        ['$.segment[11].CAS03', 'x12.element.missing'],
        ['$.segment[12].SVC02', 'x12.element.invalid'],
        ['$.segment[13].DTM02', 'x12.element.invalid'],
        ['$.segment[14].DTM02', 'x12.element.invalid'],
        ['$.segment[15].DTM02', 'x12.element.invalid'],
        ['$.segment[16].DTM02', 'x12.element.missing'],
      ]);
    });

    it('reports a transaction set without its payment or trace number', () => {
      expect(
        issues(() => read835(envelope('835', ['N1*PR*EXAMPLE PAYER', 'N1*PE*EXAMPLE PRACTICE']))),
      ).toEqual([['$.segment[3]', 'x12.segment.missing']]);
      const badTrace = base835([], '0').replace('TRN*1*EFT1*', 'TRN*1*EFT 1*');
      expect(issues(() => read835(badTrace))).toEqual([['$.segment[5].TRN02', 'x12.element.invalid']]);
      const undated = base835([], '0').replace(/\*20260410~/, '~');
      expect(issues(() => read835(undated))).toEqual([['$.segment[4].BPR16', 'x12.element.missing']]);
      const unexplained = base835(['CLP*c-1*1*150*140**12*A1', 'CAS*CO**10'], '140');
      expect(issues(() => read835(unexplained))).toEqual([['$.segment[10].CAS02', 'x12.element.missing']]);
    });

    it('reports a PLB without its reason or amount', () => {
      const file = base835(['CLP*c-1*1*150*150**12*A1'], '150', [
        'PLB*1234567893*20261231',
        'PLB*1234567893*20261231*:X*5*WO:Y',
      ]);
      expect(issues(() => read835(file))).toEqual([
        ['$.segment[10].PLB03', 'x12.element.missing'],
        ['$.segment[11]["PLB03-1"]', 'x12.element.missing'],
        ['$.segment[11].PLB06', 'x12.element.missing'],
      ]);
    });

    it('rejects malformed options', () => {
      expect(issues(() => read835(medicare, { payerIds: { x: 'not an id' } }))[0]?.[1]).toBe(
        'invalid_format',
      );
    });
  });
});

const code = <T extends string>(...values: T[]) => fc.constantFrom(...values);
const adjustmentArb = fc.record({
  group: code('CO', 'PR', 'OA', 'PI'),
  carc: code('1', '2', '3', '45', '97', '197', '253', 'B7'),
  amountCents: fc.integer({ min: 1, max: 50_000 }),
});
const lineArb = fc
  .record({
    lineRef: fc.option(fc.stringMatching(/^[A-Za-z0-9]{1,6}$/), { nil: undefined }),
    procedureCode: code('90834', '90837', '90791', '90785', 'G0444'),
    modifiers: fc.uniqueArray(code('95', 'GT', 'HJ', 'AH', '93'), { maxLength: 2 }),
    serviceDate: fc.option(
      fc
        .date({ min: new Date('2025-01-01'), max: new Date('2026-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
      { nil: undefined },
    ),
    units: fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined }),
    paidCents: fc.integer({ min: 0, max: 50_000 }),
    adjustments: fc.array(adjustmentArb, { maxLength: 3 }),
    remarks: fc.uniqueArray(code('N54', 'M51', 'N130', 'MA130'), { maxLength: 2 }),
  })
  .map((l) => ({ ...l, chargeCents: l.paidCents + l.adjustments.reduce((t, a) => t + a.amountCents, 0) }));
const claimArb = fc
  .record({
    claimId: fc.stringMatching(/^[a-z0-9][a-z0-9.-]{0,15}$/),
    claimStatusCode: code('1', '2', '3', '4', '19', '20', '21', '23'),
    payerClaimControlNumber: fc.option(fc.stringMatching(/^[A-Z0-9]{5,14}$/), { nil: undefined }),
    adjustments: fc.array(adjustmentArb, { maxLength: 2 }),
    remarks: fc.uniqueArray(code('MA18', 'N89', 'M80'), { maxLength: 2 }),
    lines: fc.array(lineArb, { minLength: 1, maxLength: 3 }),
    claimPaidExtra: fc.integer({ min: 0, max: 10_000 }),
  })
  .map(({ claimPaidExtra: _, ...c }) => {
    const lineCharge = c.lines.reduce((t, l) => t + l.chargeCents, 0);
    const linePaid = c.lines.reduce((t, l) => t + l.paidCents, 0);
    const claimAdjusted = c.adjustments.reduce((t, a) => t + a.amountCents, 0);
    // Claim-level adjustments come out of the claim's payment, so the lines still add up to the charge.
    return { ...c, chargeCents: lineCharge, paidCents: linePaid - claimAdjusted };
  });
const remittanceArb: fc.Arbitrary<RemittanceInput> = fc.record({
  remittanceId: fc.stringMatching(/^[A-Z0-9]{4,12}$/),
  payerId: code('medicare-jf', 'summit'),
  paidOn: fc
    .date({ min: new Date('2025-01-01'), max: new Date('2026-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  claims: fc.array(claimArb, { minLength: 1, maxLength: 4 }),
});
