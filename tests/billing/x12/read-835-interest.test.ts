// Claim interest in an 835 (005010X221A1 section 1.10.2.9, as X12 RFI 1705 and RFI 2123 read it): the payer
// reports the interest it pays on a claim in the claim's AMT*I, for information, and the net of all claims'
// interest in PLB with reason L6. AMT takes no part in balancing: CLP04 is CLP03 less the claim's and lines'
// CAS amounts, interest left out; BPR02 is the claims' CLP04 less the PLB amounts (an L6 of -2.37 adds $2.37).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { postRemittance } from '../../../src/billing/index.js';
import { read835 } from '../../../src/billing/x12/index.js';
import { claim } from '../claims/claim-fixtures.js';
import { envelope } from './x12-builders.js';

// Summit Health Plan's 2026-04-10 payment for a 2026-03-02 90834 paid late: $150 billed, $100 paid, CO-45 $30,
// a $20 copay (PR-3), and `interest` on the claim in AMT*I and in PLB*L6.
const file = (clp04: string, bpr02: string, interest: string, plb = true) =>
  envelope('835', [
    `BPR*I*${bpr02}*C*ACH*CCP*01*011000015*DA*123456789*1999999999**01*021000021*DA*987654321*20260410`,
    'TRN*1*EFT0410*1999999999',
    'N1*PR*SUMMIT HEALTH PLAN',
    'N1*PE*HARBOR COUNSELING GROUP*XX*1234567893',
    'LX*1',
    `CLP*claim-1*1*150*${clp04}*20*12*SH6`,
    'NM1*QC*1*DOE*JANE',
    'DTM*050*20260405',
    `AMT*I*${interest}`,
    'SVC*HC:90834*150*100**1',
    'DTM*472*20260302',
    'CAS*CO*45*30',
    'CAS*PR*3*20',
    ...(plb ? [`PLB*1234567893*20261231*L6:claim-1*-${interest}`] : []),
  ]);
const cents = (c: number) => (c / 100).toFixed(2);

describe('read835: claim interest (AMT*I) is not part of the claim payment (005010X221A1 1.10.2.9)', () => {
  it('$2.37 interest on a $100 claim payment: balanced, the claim paid $100, the $2.37 an L6 provider adjustment', () => {
    const [advice] = read835(file('100', '102.37', '2.37'));
    expect(advice?.outcome).toBe('balanced');
    expect(advice?.setAside).toEqual([]);
    expect(advice?.payment.amountCents).toBe(10_237);
    expect(advice?.remittances[0]?.claims[0]).toMatchObject({ claimId: 'claim-1', paidCents: 10_000 });
    expect(advice?.providerAdjustments).toEqual([
      expect.objectContaining({ reasonCode: 'L6', reference: 'claim-1', amountCents: -237, known: true }),
    ]);
    // Posted, the interest is neither a payment on the claim nor the client's: the claim's balance has $100 paid.
    const remittance = advice?.remittances[0];
    if (remittance === undefined) throw new Error('no remittance');
    const posted = postRemittance(remittance, [claim({ payerId: remittance.payerId })], [], {
      hasSecondaryCoverage: false,
    });
    expect(posted.balances[0]).toMatchObject({
      paidCents: 10_000,
      contractualCents: 3_000,
      clientResponsibility: { copayCents: 2_000 },
    });
  });

  it('a payer that folds the $2.37 into CLP04 ($102.37) breaks claim balancing: the claim is set aside, not posted', () => {
    const [advice] = read835(file('102.37', '102.37', '2.37', false));
    expect(advice?.outcome).toBe('unbalanced');
    expect(advice?.remittances.flatMap((r) => r.claims)).toEqual([]);
    expect(advice?.setAside[0]?.reasons.map((r) => r.code)).toContain('x12.835.unbalanced_claim');
  });

  it('property: for any interest amount, the claim balances without it and its payment never includes it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999 }), (interestCents) => {
        const [advice] = read835(file('100', cents(10_000 + interestCents), cents(interestCents)));
        expect(advice?.outcome).toBe('balanced');
        expect(advice?.remittances[0]?.claims[0]?.paidCents).toBe(10_000);
        expect(advice?.payment.amountCents).toBe(10_000 + interestCents);
        expect(advice?.providerAdjustments.map((p) => [p.reasonCode, p.amountCents])).toEqual([
          ['L6', -interestCents],
        ]);
      }),
    );
  });
});

// X12 RFI 2123: the PLB L6 interest is the sum of the claims' AMT*I. Harbor Counseling's 2026-04-10 payment
// from Summit Health Plan for two 2026-03-02 sessions paid late: $100 on each claim, the claims' interest
// `amt` ($2.37 and $1.15 unless said) and the PLB L6 amounts `l6` (each negative: interest paid).
const twoClaims = (amt: readonly string[], l6: readonly string[]) => {
  const plbCents = l6.reduce((t, a) => t + Math.round(Number(a) * 100), 0);
  const claimBlock = (id: string, patient: string, interest: string | undefined) => [
    `CLP*${id}*1*150*100*20*12*SH6`,
    `NM1*QC*1*${patient}`,
    'DTM*050*20260405',
    ...(interest === undefined ? [] : [`AMT*I*${interest}`]),
    'SVC*HC:90834*150*100**1',
    'DTM*472*20260302',
    'CAS*CO*45*30',
    'CAS*PR*3*20',
  ];
  return envelope('835', [
    `BPR*I*${cents(20_000 - plbCents)}*C*ACH*CCP*01*011000015*DA*123456789*1999999999**01*021000021*DA*987654321*20260410`,
    'TRN*1*EFT0410*1999999999',
    'N1*PR*SUMMIT HEALTH PLAN',
    'N1*PE*HARBOR COUNSELING GROUP*XX*1234567893',
    'LX*1',
    ...claimBlock('claim-1', 'DOE*JANE', amt[0]),
    ...claimBlock('claim-2', 'ROE*RICHARD', amt[1]),
    ...(l6.length === 0
      ? []
      : [`PLB*1234567893*20261231*${l6.map((a, i) => `L6:claim-${i + 1}*${a}`).join('*')}`]),
  ]);
};
const mismatch = (advice: ReturnType<typeof read835>[number] | undefined) =>
  advice?.reasons.filter((r) => r.code === 'x12.835.interest_mismatch') ?? [];

describe('read835: the PLB L6 interest against the claims’ AMT*I (X12 RFI 2123)', () => {
  it('$2.37 and $1.15 on the claims, L6 -2.37 and -1.15: no warning', () => {
    const [advice] = read835(twoClaims(['2.37', '1.15'], ['-2.37', '-1.15']));
    expect(advice?.outcome).toBe('balanced');
    expect(mismatch(advice)).toEqual([]);
  });

  it('L6 -2.37 only (claim-2’s $1.15 missing): warned with the two totals; the claims read and posted the same', () => {
    const [advice] = read835(twoClaims(['2.37', '1.15'], ['-2.37']));
    const [matching] = read835(twoClaims(['2.37', '1.15'], ['-2.37', '-1.15']));
    expect(advice?.outcome).toBe('balanced');
    expect(mismatch(advice)).toEqual([
      {
        code: 'x12.835.interest_mismatch',
        severity: 'warning',
        message: expect.stringContaining('PLB L6'),
        facts: { segment: expect.any(Number), claimsInterestCents: 352, providerInterestCents: 237 },
      },
    ]);
    // The facts name no claim's patient: only the two totals and the payment segment.
    expect(JSON.stringify(mismatch(advice))).not.toMatch(/DOE|ROE|JANE|RICHARD/);
    expect(advice?.remittances).toEqual(matching?.remittances);
    expect(advice?.setAside).toEqual([]);
  });

  it('interest in PLB L6 with no AMT*I on any claim, and AMT*I with no PLB: both warned', () => {
    const [noAmt] = read835(twoClaims([], ['-2.37']));
    expect(mismatch(noAmt)[0]?.facts).toMatchObject({ claimsInterestCents: 0, providerInterestCents: 237 });
    const [noPlb] = read835(twoClaims(['2.37'], []));
    expect(mismatch(noPlb)[0]?.facts).toMatchObject({ claimsInterestCents: 237, providerInterestCents: 0 });
  });

  it('an 835 with no interest anywhere is not warned', () => {
    const [advice] = read835(twoClaims([], []));
    expect(mismatch(advice)).toEqual([]);
  });

  it('property: warned exactly when the L6 total differs from the AMT*I total; the remittances never change', () => {
    const amount = fc.integer({ min: 0, max: 99_999 });
    fc.assert(
      fc.property(amount, amount, fc.array(amount, { maxLength: 2 }), (a, b, l6) => {
        const [advice] = read835(
          twoClaims(
            [cents(a), cents(b)],
            l6.map((x) => `-${cents(x)}`),
          ),
        );
        const [reference] = read835(twoClaims([cents(a), cents(b)], [`-${cents(a)}`, `-${cents(b)}`]));
        const plb = l6.reduce((t, x) => t + x, 0);
        expect(advice?.outcome).toBe('balanced');
        expect(mismatch(advice).map((r) => r.facts)).toEqual(
          plb === a + b
            ? []
            : [{ segment: expect.any(Number), claimsInterestCents: a + b, providerInterestCents: plb }],
        );
        expect(advice?.remittances).toEqual(reference?.remittances);
      }),
    );
  });
});
