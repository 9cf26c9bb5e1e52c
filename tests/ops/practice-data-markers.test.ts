// A rejected practice data file: its problems name paths and known fields only, never a key or value of the
// file (keys and values can be personal data). Markers are planted at random places of a real file.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDemoPractice, safeValidatePracticeData } from '../../src/ops/index.js';
import { markedValue, markerArb, problemText } from '../markers.js';

type Json = Record<string, unknown>;

// The demo practice, a few records per section: small enough to validate hundreds of times.
const base = JSON.parse(JSON.stringify(generateDemoPractice())) as Json;
for (const [key, value] of Object.entries(base)) if (Array.isArray(value)) base[key] = value.slice(0, 4);

// A map keyed by payer ids: its keys are ids that paths name on purpose, so no key is planted in it.
const ID_KEYED = ['filingWindows'];

/** The object or list reached from the file's root by `steps` (each a choice among the keys there). */
function reach(file: Json, steps: readonly number[]): { holder: Json; key: string } {
  let holder = file;
  let key = Object.keys(file)[(steps[0] ?? 0) % Object.keys(file).length] as string;
  for (const step of steps.slice(1)) {
    const next = holder[key];
    if (next === null || typeof next !== 'object' || ID_KEYED.includes(key)) break;
    const keys = Object.keys(next);
    if (keys.length === 0) break;
    holder = next as Json;
    key = keys[step % keys.length] as string;
  }
  return { holder, key };
}

const plant = fc.record({
  steps: fc.array(fc.nat(), { minLength: 1, maxLength: 7 }),
  as: fc.constantFrom('value', 'key'),
  pick: fc.nat(),
});

describe('safeValidatePracticeData on a file with planted markers', () => {
  it('rejects it without naming any key or value of the file (only paths and known fields)', () => {
    fc.assert(
      fc.property(markerArb, fc.array(plant, { minLength: 1, maxLength: 5 }), (marker, plants) => {
        const file = structuredClone(base);
        const values = fc.sample(markedValue(marker), { numRuns: 7, seed: plants.length });
        // One unknown key at the root at least, so the file is always rejected.
        file[marker] = values[0];
        for (const { steps, as, pick } of plants) {
          const { holder, key } = reach(file, steps);
          const value = values[pick % values.length];
          const target = holder[key];
          if (ID_KEYED.includes(key)) holder[key] = { 'payer-1': value };
          else if (as === 'key' && target !== null && typeof target === 'object' && !Array.isArray(target)) {
            (target as Json)[marker] = value;
          } else holder[key] = value;
        }
        const result = safeValidatePracticeData(file);
        expect(result.success).toBe(false);
        if (result.success) return;
        for (const text of problemText(result.issues)) expect(text).not.toContain(marker);
      }),
      { numRuns: 150 },
    );
  });
});
