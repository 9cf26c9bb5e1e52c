import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonChunks } from '../../src/cli/json-chunks.js';
import { buildPracticeDigest, generateDemoPractice, generatePractice } from '../../src/ops/index.js';

const joined = (value: unknown) => [...jsonChunks(value)].join('');

describe('jsonChunks', () => {
  it('writes a large practice’s digest exactly as JSON.stringify(digest, null, 2), in many pieces', () => {
    const data = generatePractice({
      seed: 3,
      asOf: '2026-11-20',
      clinicians: 3,
      claims: 400,
      appointments: 400,
    });
    const digest = buildPracticeDigest(data, { asOf: '2026-11-20' });
    expect(joined(digest)).toBe(JSON.stringify(digest, null, 2));
    expect([...jsonChunks(digest)].length).toBeGreaterThan(400);
    const demo = buildPracticeDigest(generateDemoPractice(), { asOf: '2026-11-20', role: 'biller' });
    expect(joined(demo)).toBe(JSON.stringify(demo, null, 2));
  });

  it('leaves out undefined fields and writes null for undefined items, as JSON.stringify does', () => {
    const many = Array.from({ length: 70 }, (_, i) => (i % 2 === 0 ? undefined : { n: i, gone: undefined }));
    const value = { list: many, empty: [], none: {}, nested: { deep: [many] }, skip: undefined, s: 'a\nb' };
    expect(joined(value)).toBe(JSON.stringify(value, null, 2));
  });

  it('agrees with JSON.stringify on any JSON value, large or small', () => {
    const big = fc.array(fc.jsonValue({ maxDepth: 3 }), { minLength: 60, maxLength: 140 });
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), big, fc.dictionary(fc.string(), big, { maxKeys: 3 })), (value) => {
        expect(joined(value)).toBe(JSON.stringify(value, null, 2));
      }),
      { numRuns: 200 },
    );
  });
});
