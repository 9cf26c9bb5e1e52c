import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeValidate } from '../../src/core/index.js';
import { renamedEnum } from '../../src/core/internal.js';

const schema = renamedEnum(
  ['individual', 'couples'],
  { couple: 'couples', pair: 'dyad' },
  {
    code: 'test.renamed',
    noun: 'session kind',
  },
);
const codesOf = (value: unknown) => {
  const r = safeValidate(schema, value, 'session kind');
  return r.success ? [] : r.error.issues.map((i) => [i.code, i.message]);
};

describe('renamedEnum', () => {
  it('takes its values and gives them back', () => {
    expect(schema.options).toEqual(['individual', 'couples']);
    expect(schema.parse('couples')).toBe('couples');
  });

  it('rejects a renamed spelling with the issue’s code and a message naming the value to write', () => {
    expect(codesOf('couple')).toEqual([
      ['invalid_value', expect.any(String)],
      ['test.renamed', 'is a renamed session kind: write "couples"'],
    ]);
  });

  it('reads only the renames whose new value it takes', () => {
    expect(codesOf('pair').map(([code]) => code)).toEqual(['invalid_value']);
  });

  it('says only invalid_value of anything else, and never echoes it (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 30 }).map((s) => `x${s}`),
          fc.integer(),
          fc.constant(null),
        ),
        (value) => {
          const found = codesOf(value);
          expect(found.map(([code]) => code)).toEqual([
            found[0]?.[0] === 'invalid_type' ? 'invalid_type' : 'invalid_value',
          ]);
          if (typeof value === 'string')
            for (const [, message] of found) expect(message).not.toContain(value);
        },
      ),
    );
  });
});
