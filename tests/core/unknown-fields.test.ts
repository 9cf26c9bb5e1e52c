import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { knownFieldsOf, suggestFields, unknownFieldMessage } from '../../src/core/unknown-fields.js';

const CLIENT_FIELDS = ['id', 'zone', 'locationState', 'payerClasses', 'payerIds', 'quietHours'];

describe('suggestFields', () => {
  it.each([
    ['payerClass', ['payerClasses']],
    ['payer_classes', ['payerClasses']],
    ['PayerClasses', ['payerClasses']],
    ['payer-classes', ['payerClasses']],
    ['payerClases', ['payerClasses']],
    ['paeyrClasses', ['payerClasses']],
    ['locationstate', ['locationState']],
    ['zome', ['zone']],
    ['ID', ['id']],
  ])('suggests the field %s is a typo of', (key, expected) => {
    expect(suggestFields(key, CLIENT_FIELDS)).toEqual(expected);
  });

  it.each(['Maria Lopez', '+15555550123', 'diagnosis', 'x', '', 'payer'])(
    'suggests nothing for %j, which is not close to any field',
    (key) => {
      expect(suggestFields(key, CLIENT_FIELDS)).toEqual([]);
    },
  );

  it('lists every field at the nearest distance, in schema order', () => {
    expect(suggestFields('stat', ['start', 'state', 'status'])).toEqual(['start', 'state']);
  });

  it('stays fast and silent for a key of a megabyte', () => {
    expect(suggestFields('a'.repeat(1_000_000), CLIENT_FIELDS)).toEqual([]);
  });

  it('only ever suggests known fields, and never one farther than the nearest', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 20 }),
        fc.uniqueArray(fc.string({ maxLength: 15 }), { maxLength: 8 }),
        (key, known) => {
          const suggested = suggestFields(key, known);
          for (const s of suggested) expect(known).toContain(s);
          expect(suggested.length).toBeLessThanOrEqual(known.length);
        },
      ),
    );
  });
});

describe('unknownFieldMessage', () => {
  it('names the suggested fields, and nothing else', () => {
    expect(unknownFieldMessage(['payerClasses'])).toBe(
      'has a field that is not in its schema: did you mean `payerClasses`?',
    );
    expect(unknownFieldMessage(['start', 'state', 'status'])).toBe(
      'has a field that is not in its schema: did you mean `start`, `state` or `status`?',
    );
    expect(unknownFieldMessage([])).toBe(
      'has a field that is not in its schema (not named here: field names can hold personal data)',
    );
  });
});

describe('knownFieldsOf', () => {
  it('reads an object’s fields, a record’s enum keys, and nothing from other schemas', () => {
    expect(knownFieldsOf(z.strictObject({ a: z.string(), b: z.number() }))).toEqual(['a', 'b']);
    expect(knownFieldsOf(z.partialRecord(z.enum(['x', 'y']), z.number()))).toEqual(['x', 'y']);
    expect(knownFieldsOf(z.record(z.string(), z.number()))).toEqual([]);
    expect(knownFieldsOf(z.string())).toEqual([]);
    expect(knownFieldsOf(undefined)).toEqual([]);
  });
});
