import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/ops/decision-log/canonical-json.js';

/** The same members, inserted in the reverse order, at every level. */
function reversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversed);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reversed(v)]),
  );
}

describe('canonicalJson', () => {
  it('sorts keys, drops whitespace and writes 1.0 and -0 as 1 and 0', () => {
    expect(canonicalJson({ b: [1.0, -0, 'x'], a: { d: null, c: true } })).toBe(
      '{"a":{"c":true,"d":null},"b":[1,0,"x"]}',
    );
  });

  it('leaves out members whose value is undefined, as JSON.stringify does', () => {
    expect(canonicalJson({ a: 1, b: undefined })).toBe('{"a":1}');
  });

  it('refuses what is not plain JSON: NaN, Infinity, a Date, a Map, a bigint, a function, a cycle, a hole', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    for (const bad of [
      Number.NaN,
      Number.POSITIVE_INFINITY,
      new Date(0),
      new Map(),
      1n,
      () => 1,
      undefined,
      cycle,
      // biome-ignore lint/suspicious/noSparseArray: a hole is what this checks
      [1, , 2],
      [undefined],
      { a: Symbol('s') },
    ]) {
      expect(canonicalJson(bad)).toBeUndefined();
    }
  });

  it('refuses nesting deeper than 100 levels without overflowing the stack', () => {
    let deep: unknown = 0;
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    expect(canonicalJson(deep)).toBeUndefined();
  });

  it('keeps an object reached twice without a cycle', () => {
    const shared = { x: 1 };
    expect(canonicalJson({ a: shared, b: shared })).toBe('{"a":{"x":1},"b":{"x":1}}');
  });

  it('parses back to the same value, and ignores the order members were written in', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value) as string;
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
        expect(canonicalJson(reversed(value))).toBe(text);
      }),
    );
  });
});
