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
    expect(advice?.outcome).toBe('needs_review');
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
