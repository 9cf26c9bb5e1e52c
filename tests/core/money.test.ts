import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allocateCents,
  applyBasisPoints,
  BasisPoints,
  Cents,
  divideRounded,
  formatCents,
  NonNegativeCents,
  PracticeOpsError,
  type Rounding,
  sumCents,
} from '../../src/core/index.js';

const rounding = fc.constantFrom<Rounding>('half_up', 'half_even', 'down', 'up');
const cents = fc.integer({ min: -1_000_000_000, max: 1_000_000_000 });

describe('applyBasisPoints', () => {
  it('takes 20 % of $123.45 as $24.69', () => {
    expect(applyBasisPoints(12_345, 2_000, 'half_up')).toBe(2_469);
  });

  it('takes 50 % coinsurance of $123.45 and $123.47 by each half rule', () => {
    expect(applyBasisPoints(12_345, 5_000, 'half_up')).toBe(6_173);
    expect(applyBasisPoints(12_345, 5_000, 'half_even')).toBe(6_172);
    expect(applyBasisPoints(12_347, 5_000, 'half_even')).toBe(6_174);
    expect(applyBasisPoints(1, 2_000, 'up')).toBe(1);
  });

  it('rounds a half cent as each rule says', () => {
    // 50 % of 5 ¢ is 2.5 ¢; of 7 ¢ is 3.5 ¢.
    expect(applyBasisPoints(5, 5_000, 'half_up')).toBe(3);
    expect(applyBasisPoints(5, 5_000, 'half_even')).toBe(2);
    expect(applyBasisPoints(7, 5_000, 'half_even')).toBe(4);
    expect(applyBasisPoints(5, 5_000, 'down')).toBe(2);
    expect(applyBasisPoints(5, 5_000, 'up')).toBe(3);
    expect(applyBasisPoints(-5, 5_000, 'half_up')).toBe(-3);
    expect(applyBasisPoints(-1, 1, 'down')).toBe(0);
  });

  it('stays within one cent of the exact share and never overshoots the amount', () => {
    fc.assert(
      fc.property(cents, fc.integer({ min: 0, max: 10_000 }), rounding, (amount, bp, r) => {
        const share = applyBasisPoints(amount, bp, r);
        expect(Number.isInteger(share)).toBe(true);
        expect(Math.abs(share * 10_000 - amount * bp)).toBeLessThan(10_000);
        expect(Math.abs(share)).toBeLessThanOrEqual(Math.abs(amount));
      }),
    );
  });

  it('is exact beyond the safe-integer range of the product', () => {
    expect(applyBasisPoints(Number.MAX_SAFE_INTEGER, 10_000, 'down')).toBe(Number.MAX_SAFE_INTEGER);
    expect(applyBasisPoints(Number.MAX_SAFE_INTEGER, 5_000, 'down')).toBe(4_503_599_627_370_495);
  });

  it('is monotone in the amount for a fixed share and rule', () => {
    fc.assert(
      fc.property(cents, cents, fc.integer({ min: 0, max: 10_000 }), rounding, (a, b, bp, r) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        if (r === 'half_up' || r === 'half_even' || lo >= 0) {
          expect(applyBasisPoints(lo, bp, r)).toBeLessThanOrEqual(applyBasisPoints(hi, bp, r));
        }
      }),
    );
  });
});

describe('divideRounded', () => {
  it('gives the same result on its fast number path as on exact BigInt arithmetic', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.constant(-Number.MAX_SAFE_INTEGER)),
        fc.integer({ min: 1, max: 100_000 }),
        rounding,
        (n, d, r) => {
          expect(divideRounded(n, d, r)).toBe(divideRounded(BigInt(n), d, r));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('divides with explicit rounding', () => {
    expect(divideRounded(10, 4, 'half_even')).toBe(2);
    expect(divideRounded(14, 4, 'half_even')).toBe(4);
    expect(divideRounded(10n, 3, 'up')).toBe(4);
  });
});

describe('sumCents', () => {
  it('adds exactly and refuses to overflow', () => {
    expect(sumCents([1, 2, 3])).toBe(6);
    expect(sumCents([])).toBe(0);
    expect(() => sumCents([Number.MAX_SAFE_INTEGER, 1])).toThrow(PracticeOpsError);
  });

  it('gives the same total whatever the order or chunking', () => {
    fc.assert(
      fc.property(fc.array(cents), fc.nat(), (amounts, cut) => {
        const k = amounts.length === 0 ? 0 : cut % amounts.length;
        const chunked = sumCents([sumCents(amounts.slice(0, k)), sumCents(amounts.slice(k))]);
        expect(chunked).toBe(sumCents([...amounts].reverse()));
      }),
    );
  });
});

describe('allocateCents', () => {
  it('splits $1.00 three ways as 34, 33, 33', () => {
    expect(allocateCents(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocateCents(-100, [1, 1, 1])).toEqual([-34, -33, -33]);
    expect(allocateCents(0, [1, 2])).toEqual([0, 0]);
  });

  it('always adds up to the total and keeps each part within a cent of its exact share', () => {
    fc.assert(
      fc.property(
        cents,
        fc.array(fc.integer({ min: 0, max: 1_000 }), { minLength: 1, maxLength: 10 }),
        (total, weights) => {
          const w = weights.some((x) => x > 0) ? weights : [...weights.slice(1), 1];
          const parts = allocateCents(total, w);
          expect(sumCents(parts)).toBe(total);
          const sw = w.reduce((a, b) => a + b, 0);
          parts.forEach((p, i) => {
            expect(Math.abs(p - (total * (w[i] ?? 0)) / sw)).toBeLessThan(1);
          });
        },
      ),
    );
  });

  it('rejects weights that cannot split anything', () => {
    expect(() => allocateCents(100, [])).toThrow(PracticeOpsError);
    expect(() => allocateCents(100, [0, 0])).toThrow(PracticeOpsError);
    expect(() => allocateCents(100, [1.5])).toThrow(PracticeOpsError);
  });
});

describe('formatCents', () => {
  it('formats dollars with separators and exact cents', () => {
    expect(formatCents(123_456)).toBe('$1,234.56');
    expect(formatCents(-1)).toBe('-$0.01');
    expect(formatCents(0)).toBe('$0.00');
    expect(formatCents(100_000_000)).toBe('$1,000,000.00');
  });
});

describe('money schemas', () => {
  it('accepts integer cents and basis points within range only', () => {
    expect(Cents.safeParse(-5).success).toBe(true);
    expect(Cents.safeParse(1.5).success).toBe(false);
    expect(Cents.safeParse(2 ** 60).success).toBe(false);
    expect(NonNegativeCents.safeParse(-1).success).toBe(false);
    expect(BasisPoints.safeParse(10_000).success).toBe(true);
    expect(BasisPoints.safeParse(10_001).success).toBe(false);
  });
});
