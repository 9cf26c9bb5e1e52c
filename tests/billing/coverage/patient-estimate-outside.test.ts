// Outside-tester cases (bill34): an in-network session's client share as a plan adjudicates it: the
// deductible, then coinsurance, capped by the out-of-pocket maximum ([cfr-45-156.130]), in cents.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  estimatePatientShare,
  estimatePatientShareSeries,
} from '../../../src/billing/coverage/patient-estimate.js';
import type { EligibilityBenefits } from '../../../src/billing/index.js';
import { verifiedPlan } from './benefit-fixtures.js';

// 2026 plan: $500 deductible with $350 met ($150 left), 20 % coinsurance, $3,000 out-of-pocket maximum.
const plan = (over: Partial<EligibilityBenefits> = {}): EligibilityBenefits => ({ ...verifiedPlan, ...over });
const share = (b: EligibilityBenefits, allowedCents: number, rounding?: 'half_up' | 'half_even') =>
  estimatePatientShare(
    b,
    { allowedCents, dateOfService: '2026-03-02' },
    rounding ? { coinsuranceRounding: rounding } : {},
  );
const met = { deductibleMetCents: 50_000 };

describe('estimatePatientShare, outside tester: deductible, coinsurance, out-of-pocket maximum', () => {
  it('puts a $120 session wholly under the $150 left of the deductible', () => {
    const d = share(plan(), 12_000);
    expect([d.clientShareCents, d.payerShareCents, d.breakdown?.deductibleCents]).toEqual([
      12_000, 0, 12_000,
    ]);
  });

  it('crosses the deductible inside a $200 session: $150 deductible + 20 % of $50 = $160', () => {
    const d = share(plan(), 20_000);
    expect([d.clientShareCents, d.payerShareCents]).toEqual([16_000, 4_000]);
    expect(d.breakdown).toMatchObject({ deductibleCents: 15_000, coinsuranceCents: 1_000 });
  });

  it('charges 20 % coinsurance once the deductible is met: $24 of $120', () => {
    expect(share(plan(met), 12_000).clientShareCents).toBe(2_400);
  });

  it('rounds a half cent of coinsurance up by default and to even when asked (15 % of $123.10 = $18.465)', () => {
    const b = plan({ ...met, coinsuranceBasisPoints: 1_500 });
    expect(share(b, 12_310).clientShareCents).toBe(1_847);
    expect(share(b, 12_310, 'half_even').clientShareCents).toBe(1_846);
  });

  it('gives a one-cent allowed amount to the payer (20 % of 1 cent rounds to 0)', () => {
    expect([share(plan(met), 1).clientShareCents, share(plan(met), 1).payerShareCents]).toEqual([0, 1]);
  });

  it('caps the share at the $10 left of the out-of-pocket maximum', () => {
    const d = share(plan({ ...met, outOfPocketMetCents: 299_000 }), 12_000);
    expect([d.clientShareCents, d.payerShareCents, d.breakdown?.outOfPocketCapCents]).toEqual([
      1_000, 11_000, 1_400,
    ]);
  });

  it('charges nothing once the out-of-pocket maximum is met, even with deductible left', () => {
    const d = share(plan({ outOfPocketMetCents: 300_000 }), 12_000);
    expect([d.clientShareCents, d.payerShareCents]).toEqual([0, 12_000]);
  });

  it('takes a $30 copay first, then the deductible, then coinsurance: $30 + $150 + 20 % of $20 = $184 of $200', () => {
    expect(share(plan({ copayCents: 3_000 }), 20_000).clientShareCents).toBe(18_400);
  });

  it('charges a copay-only plan its copay, never more than the allowed amount', () => {
    const b = plan({ copayCents: 3_000, copayBeforeDeductible: true });
    expect(share(b, 12_000).clientShareCents).toBe(3_000);
    expect(share(b, 2_500).clientShareCents).toBe(2_500);
  });
});

describe('estimatePatientShareSeries, outside tester: a copay that does or does not count toward the deductible', () => {
  // $100 deductible left, $30 copay, 20 %: two $100 sessions.
  const base = plan({ deductibleMetCents: 40_000, copayCents: 3_000 });
  const two = [
    { allowedCents: 10_000, dateOfService: '2026-03-02' },
    { allowedCents: 10_000, dateOfService: '2026-03-09' },
  ];
  it('not counting: $100 then $30 + $30 deductible + 20 % of $40 = $68', () => {
    expect(estimatePatientShareSeries(base, two).map((d) => d.clientShareCents)).toEqual([10_000, 6_800]);
  });
  it('counting: the first session’s copay and $70 meet the $100, so the second is $30 + 20 % of $70 = $44', () => {
    const b = plan({ deductibleMetCents: 40_000, copayCents: 3_000, copayCountsTowardDeductible: true });
    expect(estimatePatientShareSeries(b, two).map((d) => d.clientShareCents)).toEqual([10_000, 4_400]);
  });
  it('carries the out-of-pocket maximum: $2,990 met, two $120 sessions after the deductible: $10 then $0', () => {
    const b = plan({ ...met, outOfPocketMetCents: 299_000 });
    const s = [
      { allowedCents: 12_000, dateOfService: '2026-03-02' },
      { allowedCents: 12_000, dateOfService: '2026-03-09' },
    ];
    expect(estimatePatientShareSeries(b, s).map((d) => d.clientShareCents)).toEqual([1_000, 0]);
  });

  it('always splits the allowed amount exactly and never charges past the out-of-pocket maximum (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50_000 }),
        fc.integer({ min: 0, max: 300_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 5_000 }),
        fc.array(fc.integer({ min: 0, max: 40_000 }), { minLength: 1, maxLength: 6 }),
        (deductibleMet, oopMet, bp, copay, amounts) => {
          const b = plan({
            deductibleMetCents: deductibleMet,
            outOfPocketMetCents: oopMet,
            coinsuranceBasisPoints: bp,
            copayCents: copay,
          });
          const s = amounts.map((allowedCents, i) => ({
            allowedCents,
            dateOfService: `2026-03-${String(i + 2).padStart(2, '0')}`,
          }));
          const ds = estimatePatientShareSeries(b, s);
          let total = 0;
          ds.forEach((d, i) => {
            expect((d.clientShareCents ?? 0) + (d.payerShareCents ?? 0)).toBe(amounts[i]);
            expect(d.clientShareCents ?? 0).toBeGreaterThanOrEqual(0);
            total += d.clientShareCents ?? 0;
          });
          expect(total).toBeLessThanOrEqual(300_000 - oopMet);
        },
      ),
    );
  });
});
