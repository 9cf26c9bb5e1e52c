import { applyBasisPoints, type Rounding } from '../core/index.js';

/**
 * `applyBasisPoints` for non-negative amounts, on plain numbers while the product is a safe integer (it
 * always is below $900 billion): same result, without core's BigInt division, which dominated the cost of
 * 100,000 estimates. Falls back to core beyond that. (Internal; a candidate fast path for core.)
 */
export function coinsuranceShare(cents: number, basisPoints: number, rounding: Rounding): number {
  const product = cents * basisPoints;
  if (!Number.isSafeInteger(product) || cents < 0) return applyBasisPoints(cents, basisPoints, rounding);
  const q = Math.floor(product / 10_000);
  const r = product - q * 10_000;
  if (r === 0) return q;
  switch (rounding) {
    case 'down':
      return q;
    case 'up':
      return q + 1;
    case 'half_up':
      return r * 2 >= 10_000 ? q + 1 : q;
    case 'half_even':
      return r * 2 > 10_000 || (r * 2 === 10_000 && q % 2 === 1) ? q + 1 : q;
    /* v8 ignore next 4: unreachable; the never check makes a new rounding fail the build */
    default: {
      const exhausted: never = rounding;
      return exhausted;
    }
  }
}
