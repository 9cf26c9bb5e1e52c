// Shared pieces of the synthetic-practice generator: record types, padding, names, wall-time placement.
import { fromEpochDay, resolveLocalMinute } from '../../core/internal.js';
import type { PracticeDataInput } from '../data/practice-data.js';
import { FAMILY_NAMES, GIVEN_NAMES } from './names.js';
import type { Prng } from './prng.js';

/** The data file as written, before defaults. */
export type Input = PracticeDataInput;
/** One record of a data-file section. */
export type Row<K extends keyof Input> = NonNullable<Input[K]> extends readonly (infer R)[] ? R : never;

/** Zero-pads a number to a width. */
export const pad = (n: number, width: number) => String(n).padStart(width, '0');
/** An invented full name. */
export function personName(rng: Prng): string {
  return `${rng.pick(GIVEN_NAMES)} ${rng.pick(FAMILY_NAMES)}`;
}

/**
 * A function placing local wall times as instants (no DST gaps at the demo's hours), memoized per
 * generator run: a practice reuses a few hundred distinct wall times many times over.
 */
export function createInstantPlacer(): (day: number, minute: number, zone: string) => string {
  const placed = new Map<string, string>();
  return (day, minute, zone) => {
    const key = `${zone} ${day} ${minute}`;
    let instant = placed.get(key);
    if (instant === undefined) {
      instant = resolveLocalMinute(day, minute, zone).instant ?? fromEpochDay(day);
      placed.set(key, instant);
    }
    return instant;
  };
}
