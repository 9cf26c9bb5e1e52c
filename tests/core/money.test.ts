import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import {
  allocateCents,
  applyBasisPoints,
  BasisPoints,
  Cents,
  divideRounded,
  formatCents,
  NonNegativeCents,
  PracticeOpsError,
  Rounding,
  sumCents,
  type ValidationError,
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

// The first problem of the ValidationError a call throws: the subject, code and message users see.
function problem(call: () => unknown) {
  try {
    call();
  } catch (error) {
    const e = error as ValidationError;
    return { subject: e.subject, code: e.issues[0].code, message: e.issues[0].message };
  }
  throw new Error('expected a ValidationError');
}

describe('money errors', () => {
  it('says which argument is wrong, with a stable code and a message naming what was expected', () => {
    expect(problem(() => divideRounded(1, 0, 'down'))).toEqual({
      subject: 'denominator',
      code: 'too_small',
      message: 'must be at least 1',
    });
    expect(problem(() => divideRounded(1, 2, 'nearest' as Rounding))).toMatchObject({
      subject: 'rounding',
      code: 'invalid_value',
    });
    expect(problem(() => divideRounded(1.5, 2, 'down'))).toMatchObject({ subject: 'numerator' });
    expect(problem(() => applyBasisPoints(1.5, 2_000, 'down'))).toMatchObject({ subject: 'amount of cents' });
    expect(problem(() => applyBasisPoints(100, -1, 'down'))).toEqual({
      subject: 'basis points',
      code: 'too_small',
      message: 'must be at least 0',
    });
    expect(problem(() => applyBasisPoints(100, 2_000, 'nearest' as Rounding))).toMatchObject({
      subject: 'rounding',
    });
    expect(problem(() => sumCents([1, 0.5]))).toMatchObject({ subject: 'amount of cents' });
    expect(problem(() => sumCents('12' as unknown as number[]))).toMatchObject({
      subject: 'amounts of cents',
    });
    expect(problem(() => allocateCents(0.5, [1]))).toMatchObject({ subject: 'amount of cents' });
    expect(problem(() => formatCents(0.5))).toMatchObject({ subject: 'amount of cents' });
  });

  it('refuses a total past 2^53 with core.money.overflow rather than lose a cent', () => {
    expect(problem(() => sumCents([Number.MAX_SAFE_INTEGER, 1]))).toEqual({
      subject: 'sum of cents',
      code: 'core.money.overflow',
      message: 'must stay within the safe-integer range',
    });
    expect(problem(() => sumCents([-Number.MAX_SAFE_INTEGER, -1]))).toMatchObject({
      code: 'core.money.overflow',
    });
  });

  it('refuses a BigInt quotient past 2^53 with core.money.unsafe', () => {
    expect(problem(() => divideRounded(2n ** 60n, 1, 'down'))).toEqual({
      subject: 'quotient',
      code: 'core.money.unsafe',
      message: 'must be a safe integer (the numerator is too large)',
    });
    expect(divideRounded(2n ** 60n, 2 ** 10, 'down')).toBe(2 ** 50);
  });

  it('refuses weights that are empty, all zero, negative, fractional or not a list with core.money.weights', () => {
    const weights = {
      subject: 'weights',
      code: 'core.money.weights',
      message: 'must be non-negative integers with a positive sum',
    };
    for (const w of [[], [0, 0], [2, -1], [1.5], [Number.MAX_SAFE_INTEGER, 1], 'ab' as unknown as number[]]) {
      expect(problem(() => allocateCents(100, w))).toEqual(weights);
    }
  });
});

describe('divideRounded on BigInt numerators', () => {
  it('rounds a remainder by each rule, both signs', () => {
    // 7 / 2 = 3.5, 5 / 2 = 2.5, 7 / 3 = 2.33…, 8 / 3 = 2.67…
    const cases: [bigint, number, Rounding, number][] = [
      [7n, 2, 'down', 3],
      [7n, 2, 'up', 4],
      [7n, 2, 'half_up', 4],
      [5n, 2, 'half_even', 2],
      [7n, 2, 'half_even', 4],
      [7n, 3, 'half_up', 2],
      [8n, 3, 'half_up', 3],
      [7n, 3, 'half_even', 2],
      [8n, 3, 'half_even', 3],
      [7n, 3, 'up', 3],
      [-7n, 2, 'half_up', -4],
      [-5n, 2, 'half_even', -2],
      [-7n, 3, 'down', -2],
      [6n, 3, 'up', 2],
    ];
    for (const [n, d, r, q] of cases) expect(divideRounded(n, d, r), `${n}/${d} ${r}`).toBe(q);
  });

  it('returns 0, never -0, for a negative numerator that rounds to zero', () => {
    expect(Object.is(divideRounded(-1n, 3, 'down'), 0)).toBe(true);
    expect(Object.is(divideRounded(-1, 3, 'down'), 0)).toBe(true);
    expect(Object.is(applyBasisPoints(-1, 1, 'half_up'), 0)).toBe(true);
  });

  it('agrees with exact arithmetic for numerators near 2^53, where float division lands one off', () => {
    const big = Number.MAX_SAFE_INTEGER;
    for (const d of [3, 7, 10_000, 99_991]) {
      for (const n of [big, big - 1, -big, 2 ** 52 + 1]) {
        for (const r of ['down', 'up', 'half_up', 'half_even'] as const) {
          expect(divideRounded(n, d, r), `${n}/${d} ${r}`).toBe(divideRounded(BigInt(n), d, r));
        }
      }
    }
  });
});

describe('allocateCents leftover cents', () => {
  it('gives the leftover cent to the largest remainder: $0.10 split 1:2 is 3 and 7', () => {
    expect(allocateCents(10, [1, 2])).toEqual([3, 7]);
    expect(allocateCents(10, [2, 1])).toEqual([7, 3]);
  });

  it('breaks a tie in remainders toward the earlier weight', () => {
    expect(allocateCents(1, [1, 1])).toEqual([1, 0]);
    expect(allocateCents(2, [1, 1, 1])).toEqual([1, 1, 0]);
    expect(allocateCents(5, [0, 1, 1])).toEqual([0, 3, 2]);
  });

  it('hands out exactly the leftover and no more: $1.01 three ways is 34, 34, 33', () => {
    expect(allocateCents(101, [1, 1, 1])).toEqual([34, 34, 33]);
    expect(allocateCents(99, [1, 1, 1])).toEqual([33, 33, 33]);
  });

  it('returns 0, never -0, for an empty share of a negative total', () => {
    expect(allocateCents(-5, [1, 0]).map((p) => Object.is(p, 0))).toEqual([false, true]);
  });
});

describe('formatCents separators', () => {
  it('puts a comma every three digits and none before the first', () => {
    expect(formatCents(99_999)).toBe('$999.99');
    expect(formatCents(100_000)).toBe('$1,000.00');
    expect(formatCents(-123_456_789)).toBe('-$1,234,567.89');
    expect(formatCents(5)).toBe('$0.05');
  });
});

describe('money schemas in JSON Schema', () => {
  it('describes cents, non-negative cents and basis points for API readers', () => {
    expect(z.toJSONSchema(Cents)).toMatchObject({
      type: 'integer',
      description: expect.stringMatching(/cents/),
    });
    expect(z.toJSONSchema(NonNegativeCents)).toMatchObject({
      minimum: 0,
      description: expect.stringMatching(/not negative/),
    });
    expect(z.toJSONSchema(BasisPoints)).toMatchObject({
      minimum: 0,
      maximum: 10_000,
      description: expect.stringMatching(/basis points/),
    });
  });

  it('reports core.money.negative with its message', () => {
    const first = (r: { error?: { issues: { message: string; params?: unknown }[] } }) => r.error?.issues[0];
    // zod's int() stops at 2^53 with its own issue; the refinement adds the library's code beside it.
    expect(Cents.safeParse(2 ** 60).error?.issues).toContainEqual(
      expect.objectContaining({
        message: 'must be a safe integer number of cents',
        params: { code: 'core.money.unsafe' },
      }),
    );
    expect(Cents.safeParse(Number.MAX_SAFE_INTEGER).success).toBe(true);
    expect(NonNegativeCents.safeParse(0).success).toBe(true);
    expect(NonNegativeCents.safeParse(15_000).success).toBe(true);
    expect(BasisPoints.safeParse(0).success).toBe(true);
    expect(BasisPoints.safeParse(2_000).success).toBe(true);
    expect(BasisPoints.safeParse(-1).success).toBe(false);
    expect(first(NonNegativeCents.safeParse(-1))).toMatchObject({
      message: 'must not be negative',
      params: { code: 'core.money.negative' },
    });
    expect(Rounding.options).toEqual(['half_up', 'half_even', 'down', 'up']);
  });
});
