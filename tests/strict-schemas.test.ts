// Every object schema a user can hand in rejects keys it does not know, and says which field a typo meant.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { safeValidate } from '../src/core/index.js';
import { markedValue, markerArb, problemText } from './markers.js';
import { EXPORTED_OBJECT_SCHEMAS, isStrict } from './schema-walk.js';

const normalize = (s: string) => s.toLowerCase().replace(/[_\-\s]/g, '');

/** One edit of a field name, as people mistype: a letter dropped, added, changed or swapped, case, `_`. */
const typo = (field: string) =>
  fc
    .record({
      op: fc.constantFrom('delete', 'insert', 'substitute', 'swap', 'case', 'underscore'),
      at: fc.nat({ max: field.length - 1 }),
      char: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzAEIOUS_'),
    })
    .map(({ op, at, char }) => {
      const before = field.slice(0, at);
      const after = field.slice(at + 1);
      const c = field[at] as string;
      switch (op) {
        case 'delete':
          return before + after;
        case 'insert':
          return before + char + c + after;
        case 'substitute':
          return before + char + after;
        case 'swap':
          return at + 1 < field.length ? before + (field[at + 1] as string) + c + field.slice(at + 2) : field;
        case 'case':
          return before + (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase()) + after;
        default:
          return `${before}_${c.toLowerCase()}${after}`;
      }
    });

const FIELDS = EXPORTED_OBJECT_SCHEMAS.flatMap(({ name, schema }) =>
  Object.keys(schema.shape).map((field) => ({ name, schema, field })),
);

/** Whether a field is a map whose keys are free text (ids), not a closed list of names. */
function keyedByIds(field: unknown): boolean {
  let def = (field as z.ZodType)._zod.def as z.core.$ZodTypeDef & { innerType?: z.ZodType };
  while (def.innerType !== undefined) def = def.innerType._zod.def as typeof def;
  if (def.type !== 'record') return false;
  const key = (def as z.core.$ZodRecordDef).keyType._zod.def.type;
  return key !== 'enum' && key !== 'literal';
}

describe('strict schemas', () => {
  it('finds the schemas it checks (every exported model, policy and option object)', () => {
    expect(EXPORTED_OBJECT_SCHEMAS.length).toBeGreaterThan(150);
    expect(FIELDS.length).toBeGreaterThan(700);
  });

  it('every object schema reachable from an export rejects unknown keys', () => {
    const loose = EXPORTED_OBJECT_SCHEMAS.filter(({ schema }) => !isStrict(schema)).map(
      ({ name, schema }) => `${name} { ${Object.keys(schema.shape).join(', ')} }`,
    );
    expect(loose).toEqual([]);
  });

  it('rejects a one-edit typo of any field of any record schema, suggesting that field', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FIELDS).chain((f) => fc.tuple(fc.constant(f), typo(f.field))),
        ([{ schema, field }, key]) => {
          const known = Object.keys(schema.shape);
          // A typo that lands on another field (or on the field itself) is not a typo.
          fc.pre(!known.some((k) => normalize(k) === normalize(key) && k !== field) && key !== field);
          const result = safeValidate(schema, { [key]: null }, 'record');
          expect(result.success).toBe(false);
          if (result.success) return;
          const unknown = result.error.issues.filter((i) => i.code === 'core.object.unknown_field');
          expect(unknown).toHaveLength(1);
          expect(unknown[0]?.at).toBe('$');
          expect(unknown[0]?.message).toContain(`\`${field}\``);
          expect(unknown[0]?.message).not.toContain(`\`${key}\``);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('names no key or value it was given but known field names, whatever the record holds (random markers)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...EXPORTED_OBJECT_SCHEMAS),
        markerArb,
        fc.infiniteStream(fc.nat()),
        fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
        (entry, marker, picks, fieldPicks) => {
          const known = Object.keys(entry.schema.shape);
          const values = markedValue(marker);
          const sample = (n: number) => fc.sample(values, { numRuns: 1, seed: n })[0];
          const input: Record<string, unknown> = { [marker]: sample(picks.next().value) };
          for (const pick of fieldPicks) {
            const field = known[pick % known.length];
            if (field === undefined) continue;
            // A map keyed by ids (payer ids) names its keys in paths on purpose: only its values are marked.
            const value = sample(picks.next().value);
            input[field] = keyedByIds(entry.schema.shape[field]) ? { id: value } : value;
          }
          const result = safeValidate(entry.schema, input, 'record');
          expect(result.success).toBe(false);
          if (result.success) return;
          for (const text of problemText(result.error.issues)) expect(text).not.toContain(marker);
          expect(result.error.message).not.toContain(marker);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('suggests every field of every schema when its last letter is doubled or its case is snake', () => {
    const missed = FIELDS.flatMap(({ name, schema, field }) =>
      [`${field}${field.slice(-1)}`, field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)].flatMap((key) => {
        if (key === field) return [];
        const result = safeValidate(schema, { [key]: null }, 'record');
        const hit =
          !result.success &&
          result.error.issues.some(
            (i) => i.code === 'core.object.unknown_field' && i.message.includes(`\`${field}\``),
          );
        return hit ? [] : [`${name}.${field} as ${key}`];
      }),
    );
    expect(missed).toEqual([]);
  });
});
