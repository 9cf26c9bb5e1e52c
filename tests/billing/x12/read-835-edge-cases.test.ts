// read835 as an outside tester reads the 835 TR3 (005010X221A1) [sources: x12-835, x12-835-cg-cms]: the
// payment (BPR02, signed by BPR03) equals the claims' payments (CLP04) less the provider-level adjustments
// (PLB04, 06, …: a positive amount reduces the payment, a negative one adds to it); a claim's charge (CLP03)
// equals its payment plus its adjustments (CAS, up to six reason/amount/quantity triplets a segment); a
// reversal (CLP02 22) negates the claim it takes back and the correction follows as a claim of its own.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { read835 } from '../../../src/billing/x12/index.js';
import { envelope } from './x12-builders.js';

const head = (bpr: string, trace: string, credit = 'C') => [
  `BPR*I*${bpr}*${credit}*ACH*CCP*01*011000015*DA*123456789*1999999999**01*021000021*DA*987654321*20261204`,
  `TRN*1*${trace}*1999999999`,
  'N1*PR*EXAMPLE PAYER',
  'N1*PE*HARBOR COUNSELING*XX*1245319599',
  'LX*1',
];
const file = (bpr: string, claims: string[], plb: string[] = [], trace = 'EFT20261204') =>
  envelope('835', [...head(bpr, trace), ...claims, ...plb]);

describe('read835: edge cases an integrator meets', () => {
  it('reads a reversal (CLP02 22, −$100 paid) and its correction ($90 paid) of one 90834, with a $120 claim beside: BPR $110', () => {
    const [advice] = read835(
      file('110', [
        'CLP*c-1*22*-150*-100**12*2026110300045',
        'CAS*CO*45*-50',
        'CLP*c-1*1*150*90*20*12*2026120100077',
        'CAS*CO*45*40',
        'CAS*PR*3*20',
        'CLP*c-2*1*150*120*30*12*2026120100078',
        'CAS*CO*45*0',
        'CAS*PR*3*30',
      ]),
    );
    expect(advice?.outcome).toBe('balanced');
    expect(advice?.remittances[0]?.claims.map((c) => [c.claimId, c.claimStatusCode, c.paidCents])).toEqual([
      ['c-1', '22', -10_000],
      ['c-1', '1', 9_000],
      ['c-2', '1', 12_000],
    ]);
    expect(advice?.setAside).toEqual([]);
  });

  it('takes WO overpayment recovery ($25) and FB forward balance ($10) out of the payment and adds L6 interest ($2.37): BPR $117.37', () => {
    const [advice] = read835(
      file(
        '117.37',
        ['CLP*c-1*1*150*150**12*2026120100079', 'AMT*I*2.37'],
        ['PLB*1245319599*20261231*WO:2026100300011*25*FB:2026090100005*10*L6:2026120100079*-2.37'],
      ),
    );
    expect(advice?.outcome).toBe('balanced');
    expect(advice?.providerAdjustments.map((p) => [p.reasonCode, p.reference, p.amountCents])).toEqual([
      ['WO', '2026100300011', 2_500],
      ['FB', '2026090100005', 1_000],
      ['L6', '2026120100079', -237],
    ]);
    expect(advice?.remittances[0]?.claims.map((c) => c.paidCents)).toEqual([15_000]);
  });

  it('reads a remittance that moves no money because a recovery takes it all (WO $150 against $150 paid, BPR $0 NON)', () => {
    const [advice] = read835(
      envelope('835', [
        'BPR*H*0*C*NON************20261204',
        'TRN*1*NOPAY20261204*1999999999',
        'N1*PR*EXAMPLE PAYER',
        'N1*PE*HARBOR COUNSELING*XX*1245319599',
        'LX*1',
        'CLP*c-1*1*150*150**12*2026120100080',
        'PLB*1245319599*20261231*WO:2026100300011*150',
      ]),
    );
    expect(advice?.outcome).toBe('balanced');
    expect(advice?.payment).toMatchObject({ amountCents: 0, method: 'NON', handling: 'H' });
  });

  it('reads a claim split across two 835s (each part with its own payer claim number), each remittance balancing on its own', () => {
    const first = file('90', ['CLP*c-1*1*150*90**12*2026120100081', 'CAS*CO*45*60'], [], 'EFT1');
    const second = file('60', ['CLP*c-1*1*100*60**12*2026120800003', 'CAS*CO*45*40'], [], 'EFT2');
    const advices = [...read835(first), ...read835(second)];
    expect(advices.map((a) => a.outcome)).toEqual(['balanced', 'balanced']);
    expect(
      advices.map((a) => [
        a.payment.traceNumber,
        a.remittances[0]?.claims[0]?.claimId,
        a.remittances[0]?.claims[0]?.payerClaimControlNumber,
      ]),
    ).toEqual([
      ['EFT1', 'c-1', '2026120100081'],
      ['EFT2', 'c-1', '2026120800003'],
    ]);
  });

  it('reads a CAS with three triplets (CO-45 $20, CO-253 $1.20, CO-97 $5) as three adjustments that balance the claim', () => {
    const [advice] = read835(
      file('123.80', ['CLP*c-1*1*150*123.80**12*2026120100082', 'CAS*CO*45*20**253*1.2**97*5']),
    );
    expect(advice?.outcome).toBe('balanced');
    const c = advice?.remittances[0]?.claims[0];
    expect(c?.adjustments.map((a) => [a.group, a.carc, a.amountCents])).toEqual([
      ['CO', '45', 2_000],
      ['CO', '253', 120],
      ['CO', '97', 500],
    ]);
  });

  it('reports BPR02 ($140) that is not CLP04 ($150) less the PLB ($5), naming the BPR segment and element', () => {
    const [advice] = read835(file('140', ['CLP*c-1*1*150*150**12*A1'], ['PLB*1245319599*20261231*WO:X*5']));
    expect(advice?.outcome).toBe('unbalanced');
    const r = advice?.reasons.find((x) => x.code === 'x12.835.unbalanced_payment');
    expect(r?.facts).toMatchObject({
      segment: 4,
      path: '$.segment[4].BPR02',
      paymentCents: 14_000,
      claimsPaidCents: 15_000,
      providerAdjustmentCents: 500,
      differenceCents: -500,
    });
  });

  it('does not call the payment balanced when a claim set aside carries the money that would balance it', () => {
    // c-1's charge ($150) is not paid ($100) plus adjustments ($40): set aside; BPR $100 matches CLP04 only with it.
    const [advice] = read835(file('100', ['CLP*c-1*1*150*100**12*A1', 'CAS*CO*45*40']));
    expect(advice?.outcome).toBe('unbalanced');
    expect(advice?.remittances).toEqual([]);
  });

  it('carries a reversal with nothing to take it from forward (FB −$100), so the payment is $0 and balances', () => {
    const [advice] = read835(
      envelope('835', [
        'BPR*H*0*C*NON************20261204',
        'TRN*1*NOPAY20261204B*1999999999',
        'N1*PR*EXAMPLE PAYER',
        'N1*PE*HARBOR COUNSELING*XX*1245319599',
        'LX*1',
        'CLP*c-1*22*-150*-100**12*2026110300045',
        'CAS*CO*45*-50',
        'PLB*1245319599*20261231*FB:2026110300045*-100',
      ]),
    );
    expect(advice?.outcome).toBe('balanced');
    expect(advice?.providerAdjustments.map((p) => p.amountCents)).toEqual([-10_000]);
  });

  it('sums seven provider adjustments across two PLB segments (one holding all six pairs)', () => {
    const [advice] = read835(
      file(
        '98',
        ['CLP*c-1*1*150*150**12*A1'],
        [
          'PLB*1245319599*20261231*WO:A*10*WO:B*10*FB:C*10*FB:D*-5*L6:E*-3*CS:F*20',
          'PLB*1245319599*20261231*72:G*10',
        ],
      ),
    );
    expect(advice?.providerAdjustments).toHaveLength(7);
    expect(advice?.outcome).toBe('balanced');
  });

  it('reads claim-level and line-level CAS with six triplets and quantities, balancing each line and the claim', () => {
    const [advice] = read835(
      file('94', [
        'CLP*c-1*1*150*94**12*A1',
        'SVC*HC:90834*150*94',
        'CAS*CO*45*20*1*253*1**97*5**59*10**94*10**B7*10',
      ]),
    );
    expect(advice?.outcome).toBe('balanced');
    expect(advice?.remittances[0]?.claims[0]?.lines[0]?.adjustments.map((a) => a.carc)).toEqual([
      '45',
      '253',
      '97',
      '59',
      '94',
      'B7',
    ]);
  });

  it('balances exactly when BPR02 is CLP04 less the PLB amounts, and otherwise names BPR02 and the difference (property)', () => {
    const dollars = (cents: number) =>
      `${cents < 0 ? '-' : ''}${Math.floor(Math.abs(cents) / 100)}.${String(Math.abs(cents) % 100).padStart(2, '0')}`;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: -10_000, max: 10_000 }),
        fc.oneof(fc.constant(0), fc.integer({ min: -500, max: 500 })),
        (paid, wo, fb, off) => {
          const bpr = paid - wo - fb + off;
          const [advice] = read835(
            envelope('835', [
              `BPR*I*${dollars(Math.abs(bpr))}*${bpr < 0 ? 'D' : 'C'}*ACH*CCP*01*011000015*DA*123456789*1999999999**01*021000021*DA*987654321*20261204`,
              'TRN*1*EFTP*1999999999',
              'N1*PR*EXAMPLE PAYER',
              'N1*PE*HARBOR COUNSELING*XX*1245319599',
              'LX*1',
              `CLP*c-1*1*${dollars(paid)}*${dollars(paid)}**12*A1`,
              `PLB*1245319599*20261231*WO:A*${dollars(wo)}*FB:B*${dollars(fb)}`,
            ]),
          );
          const r = advice?.reasons.find((x) => x.code === 'x12.835.unbalanced_payment');
          expect(advice?.outcome).toBe(off === 0 ? 'balanced' : 'unbalanced');
          if (off === 0) expect(r).toBeUndefined();
          else expect(r?.facts).toMatchObject({ path: '$.segment[4].BPR02', differenceCents: off });
        },
      ),
    );
  });
});
