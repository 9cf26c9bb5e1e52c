import * as z from 'zod';
import { argumentError, checkCents, checkInteger, checkIterable, checkOneOf } from './arguments.js';
import type { ValidationError } from './errors.js';

/**
 * An amount of money in integer US cents (may be negative, e.g. a reversal).
 *
 * @example
 * ```ts
 * Cents.parse(15_000); //=> 15000 ($150.00)
 * ```
 */
export const Cents = /* @__PURE__ */ z
  .number()
  .int()
  .refine((n) => Number.isSafeInteger(n), {
    message: 'must be a safe integer number of cents',
    params: { code: 'core.money.unsafe' },
  })
  .meta({ description: 'An amount of money in integer cents.' });
export type Cents = z.infer<typeof Cents>;

/**
 * An amount of money in integer cents that cannot be negative (a fee, a charge, a copay).
 *
 * @example
 * ```ts
 * NonNegativeCents.safeParse(-1).success; //=> false
 * ```
 */
export const NonNegativeCents = /* @__PURE__ */ Cents.refine((n) => n >= 0, {
  message: 'must not be negative',
  params: { code: 'core.money.negative' },
}).meta({ description: 'An amount of money in integer cents, not negative.', minimum: 0 });
export type NonNegativeCents = z.infer<typeof NonNegativeCents>;

/**
 * A share in basis points: 0 to 10,000, where 10,000 is 100 % and 1 is 0.01 %.
 *
 * @example
 * ```ts
 * BasisPoints.parse(2_000); //=> 2000 (20 %)
 * ```
 */
export const BasisPoints = /* @__PURE__ */ z
  .number()
  .int()
  .min(0)
  .max(10_000)
  .meta({ description: 'A share in basis points: 10,000 is 100 %, 1 is 0.01 %.' });
export type BasisPoints = z.infer<typeof BasisPoints>;

/**
 * How to round a share of an amount to whole cents.
 * - `half_up`: halves away from zero (the usual invoice rule: 0.5 ¢ → 1 ¢).
 * - `half_even`: halves to the even cent (banker's rounding, no drift over many items).
 * - `down`: toward zero (never charge more than the exact share).
 * - `up`: away from zero.
 *
 * @example
 * ```ts
 * Rounding.parse('half_even'); //=> 'half_even'
 * ```
 */
export const Rounding = /* @__PURE__ */ z.enum(['half_up', 'half_even', 'down', 'up']);
// The same list as plain data, for the argument checks (which must not pull zod into a bundle).
const ROUNDINGS = ['half_up', 'half_even', 'down', 'up'] as const;
export type Rounding = z.infer<typeof Rounding>;

/**
 * Divides integer `numerator` by positive integer `denominator`, rounding as told. Exact for any safe
 * integers: it uses BigInt when the numerator is beyond 2^53 (pass a bigint for such a numerator).
 *
 * @throws {@link ValidationError} when the numerator is not a safe integer or a bigint, the denominator is
 * not a positive safe integer, the rounding is unknown, or the quotient is not a safe integer.
 * @example
 * ```ts
 * divideRounded(10, 4, 'half_even'); //=> 2
 * divideRounded(-7, 2, 'half_up');   //=> -4
 * ```
 */
export function divideRounded(numerator: number | bigint, denominator: number, rounding: Rounding): number {
  const d = checkInteger(denominator, 'denominator', 1);
  const r = checkOneOf(rounding, ROUNDINGS, 'rounding');
  if (typeof numerator === 'bigint') return divideBig(numerator, d, r);
  return divideSafe(checkInteger(numerator, 'numerator'), d, r);
}

function divideBig(numerator: bigint, denominator: number, rounding: Rounding): number {
  const n = numerator;
  const d = BigInt(denominator);
  const negative = n < 0n;
  const abs = negative ? -n : n;
  let q = abs / d;
  const r = abs % d;
  if (r !== 0n) {
    const twice = r * 2n;
    switch (rounding) {
      case 'down':
        break;
      case 'up':
        q += 1n;
        break;
      case 'half_up':
        if (twice >= d) q += 1n;
        break;
      case 'half_even':
        if (twice > d || (twice === d && q % 2n === 1n)) q += 1n;
        break;
      // Stryker disable next-line all: the exhaustive check, unreachable once the rounding is checked
      default: {
        const exhausted: never = rounding;
        return exhausted;
      }
    }
  }
  const result = Number(negative ? -q : q);
  if (!Number.isSafeInteger(result)) {
    throw argumentError(
      'quotient',
      'core.money.unsafe',
      'must be a safe integer (the numerator is too large)',
    );
  }
  return result === 0 ? 0 : result;
}

// The same rules in plain numbers, exact because every product and remainder stays below 2^53; about
// twenty times faster than BigInt, which matters when a batch rounds a million shares.
function divideSafe(numerator: number, denominator: number, rounding: Rounding): number {
  const negative = numerator < 0;
  const abs = negative ? -numerator : numerator;
  // Exact: the true quotient k + r/d is at least 1/d below k + 1, more than half a float step there
  // (abs < 2^53), so the division never rounds up to k + 1, and k itself is a float, so never below it.
  let q = Math.trunc(abs / denominator);
  const r = abs - q * denominator;
  if (r !== 0) {
    const twice = r * 2;
    if (
      rounding === 'up' ||
      (rounding === 'half_up' && twice >= denominator) ||
      (rounding === 'half_even' && (twice > denominator || (twice === denominator && q % 2 === 1)))
    ) {
      q += 1;
    }
  }
  const result = negative ? -q : q;
  return result === 0 ? 0 : result;
}

/**
 * A share of an amount in basis points, rounded to whole cents as told. The share may be more than
 * 10,000 basis points (a 150 % fee) but not negative.
 *
 * @throws {@link ValidationError} when `cents` is not a safe integer, `basisPoints` is not a non-negative
 * safe integer, or `rounding` is unknown.
 * @example
 * ```ts
 * applyBasisPoints(12_345, 2_000, 'half_up'); //=> 2469 (20 % of $123.45 is $24.69)
 * applyBasisPoints(5, 5_000, 'half_even');    //=> 2 (2.5 ¢ to the even cent)
 * ```
 */
export function applyBasisPoints(cents: Cents, basisPoints: number, rounding: Rounding): Cents {
  const amount = checkCents(cents, 'amount of cents');
  const share = checkInteger(basisPoints, 'basis points', 0);
  const r = checkOneOf(rounding, ROUNDINGS, 'rounding');
  const product = amount * share;
  return Number.isSafeInteger(product)
    ? divideSafe(product, 10_000, r)
    : divideBig(BigInt(amount) * BigInt(share), 10_000, r);
}

/**
 * Adds amounts of cents exactly. Throws rather than return a total that has lost a cent.
 *
 * @throws {@link ValidationError} when an amount is not a safe integer, or with the code
 * `core.money.overflow` when the total leaves the safe-integer range.
 * @example
 * ```ts
 * sumCents([1, 2, 3]); //=> 6
 * ```
 */
export function sumCents(amounts: Iterable<Cents>): Cents {
  let total = 0;
  for (const a of checkIterable(amounts, 'amounts of cents')) {
    total += checkCents(a, 'amount of cents');
    if (!Number.isSafeInteger(total)) throw overflow();
  }
  return total;
}

/** The error for a sum of cents past the safe-integer range, where a cent would be lost. */
export function overflow(): ValidationError {
  return argumentError('sum of cents', 'core.money.overflow', 'must stay within the safe-integer range');
}

/**
 * Splits an amount into parts proportional to integer weights, by the largest-remainder method: the
 * parts always add up to `total` exactly, and ties go to the earlier weight.
 *
 * @throws {@link ValidationError} when `total` is not a safe integer, or with the code
 * `core.money.weights` when the weights are not non-negative safe integers with a positive safe sum.
 * @example
 * ```ts
 * allocateCents(100, [1, 1, 1]); //=> [34, 33, 33]
 * ```
 */
export function allocateCents(total: Cents, weights: readonly number[]): Cents[] {
  checkCents(total, 'amount of cents');
  const list = Array.isArray(weights) ? (weights as unknown[]) : [];
  const sumWeights = list.reduce<number>(
    (a, b) => a + (Number.isSafeInteger(b) ? (b as number) : Number.NaN),
    0,
  );
  // An empty list sums to 0, so it fails the positive-sum test too.
  if (!(sumWeights > 0) || !Number.isSafeInteger(sumWeights) || list.some((w) => (w as number) < 0)) {
    throw argumentError('weights', 'core.money.weights', 'must be non-negative integers with a positive sum');
  }
  const sign = total < 0 ? -1 : 1;
  const abs = BigInt(Math.abs(total));
  const sw = BigInt(sumWeights);
  const parts = weights.map((w) => (abs * BigInt(w)) / sw);
  const remainders = weights.map((w, i) => ({ i, r: (abs * BigInt(w)) % sw }));
  let left = abs - parts.reduce((a, b) => a + b, 0n);
  remainders.sort((a, b) => (b.r > a.r ? 1 : b.r < a.r ? -1 : a.i - b.i));
  for (const { i } of remainders) {
    if (left === 0n) break;
    parts[i] = (parts[i] as bigint) + 1n;
    left -= 1n;
  }
  return parts.map((p) => (p === 0n ? 0 : sign * Number(p)));
}

/**
 * Formats cents as US dollars for display, without locale or floating-point.
 *
 * @throws {@link ValidationError} when `cents` is not a safe integer.
 * @example
 * ```ts
 * formatCents(123_456); //=> '$1,234.56'
 * formatCents(-1);      //=> '-$0.01'
 * ```
 */
export function formatCents(cents: Cents): string {
  const amount = checkCents(cents, 'amount of cents');
  const negative = amount < 0;
  const abs = Math.abs(amount);
  const dollars = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const rest = String(abs % 100).padStart(2, '0');
  return `${negative ? '-' : ''}$${dollars}.${rest}`;
}
