import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortInPlace } from '../../src/core/internal.js';

describe('sortInPlace', () => {
  it('orders like the engine’s stable sort, short lists and long, keeping equal items in input order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ key: fc.integer({ min: 0, max: 5 }), at: fc.nat() }), { maxLength: 40 }),
        (list) => {
          const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
          const copy = [...list];
          const out = sortInPlace(copy, byKey);
          expect(out).toBe(copy);
          expect(out).toEqual([...list].sort(byKey));
        },
      ),
    );
  });

  it('handles the empty list and a single item', () => {
    expect(sortInPlace([], (a: number, b: number) => a - b)).toEqual([]);
    expect(sortInPlace([7], (a, b) => a - b)).toEqual([7]);
  });
});
