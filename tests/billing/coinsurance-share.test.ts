import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coinsuranceShare } from '../../src/billing/coinsurance-share.js';
import { applyBasisPoints } from '../../src/core/index.js';

const roundings = ['half_up', 'half_even', 'down', 'up'] as const;

describe('coinsuranceShare (internal fast path)', () => {
  it('agrees with core applyBasisPoints on every amount, share and rounding', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: 0, max: 10_000_000 }),
          fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        ),
        fc.integer({ min: 0, max: 10_000 }),
        fc.constantFrom(...roundings),
        (cents, bp, rounding) => {
          expect(coinsuranceShare(cents, bp, rounding)).toBe(applyBasisPoints(cents, bp, rounding));
        },
      ),
    );
  });

  it('rounds the half cents of 20 % and 50 % the way core does', () => {
    expect(coinsuranceShare(12_345, 5_000, 'half_up')).toBe(6_173);
    expect(coinsuranceShare(12_345, 5_000, 'half_even')).toBe(6_172);
    expect(coinsuranceShare(12_347, 5_000, 'half_even')).toBe(6_174);
    expect(coinsuranceShare(1, 2_000, 'up')).toBe(1);
    expect(coinsuranceShare(1, 2_000, 'down')).toBe(0);
    expect(coinsuranceShare(-5, 5_000, 'half_up')).toBe(applyBasisPoints(-5, 5_000, 'half_up'));
  });
});
