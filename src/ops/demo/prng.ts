import * as z from 'zod';
import { validate } from '../../core/index.js';

/**
 * A small seeded pseudo-random generator (mulberry32): the same seed always gives the same sequence, on
 * every host. Used only to make synthetic demo data; never for anything that must be unpredictable.
 *
 * @example
 * ```ts
 * const rng: Prng = createPrng(1);
 * rng.pick(['a', 'b', 'c']); // the same letter on every run
 * ```
 */
export interface Prng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max] (both inclusive). */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** True with probability `p`. */
  chance(p: number): boolean;
}

/**
 * Creates a mulberry32 generator seeded by a 32-bit integer.
 *
 * @example
 * ```ts
 * const a = createPrng(7);
 * const b = createPrng(7);
 * a.int(1, 6) === b.int(1, 6); //=> true
 * ```
 */
export function createPrng(seed: number): Prng {
  let state = validate(z.number().int(), seed, 'seed') >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    chance: (p) => next() < p,
  };
}
