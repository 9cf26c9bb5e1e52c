import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { compileCheck, REJECTED } from '../../src/core/compiled-check.js';
import { LocalDate, safeValidate, validateBatch } from '../../src/core/index.js';
import { IssueList } from '../../src/core/issue-list.js';
import { recordKnownFields } from '../../src/core/unknown-fields.js';
import { addZodIssues } from '../../src/core/zod-issues.js';
import { generateDemoPractice, generatePractice, PracticeData } from '../../src/ops/index.js';

// zod alone, as validation ran before the compiled check: the reference every answer is held to.
function zodIssues(schema: z.ZodType, input: unknown) {
  const { error, known } = recordKnownFields();
  const parsed = schema.safeParse(input, { error });
  if (parsed.success) return { success: true, data: parsed.data };
  const list = new IssueList();
  addZodIssues(list, parsed.error, [], known);
  return { success: false, report: list.report() };
}

// Every object's keys in order, all the way down: what JSON output of the value depends on.
function keyOrder(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(keyOrder);
  if (typeof value !== 'object' || value === null) return null;
  return Object.entries(value).map(([k, v]) => [k, keyOrder(v)]);
}

function expectSameAsZod(schema: z.ZodType, input: unknown) {
  const fast = compileCheck(schema)(input);
  const slow = schema.safeParse(input);
  expect(fast !== REJECTED).toBe(slow.success);
  if (slow.success) expect(fast).toStrictEqual(slow.data);
  // Reusing the input's objects: the same verdict and value, keys in the same order, the input untouched.
  const before = structuredClone(input);
  const reused = compileCheck(schema, 'reuse')(input);
  // (toEqual and the key order: toStrictEqual reads an own `constructor` key as the object's class.)
  expect(input).toEqual(before);
  expect(keyOrder(input)).toEqual(keyOrder(before));
  expect(reused !== REJECTED).toBe(slow.success);
  if (slow.success) {
    expect(reused).toStrictEqual(slow.data);
    expect(keyOrder(reused)).toEqual(keyOrder(slow.data));
  }
  // Built without generated code (as where the runtime forbids it): the same answers, the input untouched.
  for (const mode of ['copy', 'reuse'] as const) {
    const interpreted = compileCheck(schema, mode, 'interpreted')(input);
    expect(input).toEqual(before);
    expect(interpreted !== REJECTED).toBe(slow.success);
    if (slow.success) {
      expect(interpreted).toStrictEqual(slow.data);
      expect(keyOrder(interpreted)).toEqual(keyOrder(slow.data));
    }
  }
  // The whole validation (compiled check, then zod for the problems) answers as zod alone does.
  const whole = safeValidate(schema, input, 'record');
  const reference = zodIssues(schema, input);
  if (whole.success) expect(reference).toStrictEqual({ success: true, data: whole.data });
  else
    expect(reference).toStrictEqual({
      success: false,
      report: { issues: whole.error.issues, unlisted: whole.error.unlisted },
    });
}

describe('compileCheck', () => {
  it('accepts 29 February only in a leap year, as the LocalDate refinement says', () => {
    const check = compileCheck(z.strictObject({ on: LocalDate }));
    expect(check({ on: '2028-02-29' })).toEqual({ on: '2028-02-29' });
    expect(check({ on: '2026-02-29' })).toBe(REJECTED);
    expect(check({ on: '2026-12-31' })).toEqual({ on: '2026-12-31' });
    expect(check({ on: '2026-13-01' })).toBe(REJECTED);
  });

  it('fills defaults, leaves absent optional fields out and keeps an explicit undefined', () => {
    const schema = z.strictObject({
      id: z.string(),
      n: z.number().int().default(1),
      note: z.string().optional(),
      tags: z.array(z.string()).max(2).default([]),
    });
    for (const input of [{ id: 'a' }, { id: 'a', note: undefined }, { id: 'a', n: 3, note: 'x' }]) {
      expectSameAsZod(schema, input);
    }
    expect(compileCheck(schema)({ id: 'a' })).toStrictEqual({ id: 'a', n: 1, tags: [] });
  });

  it('turns down unknown keys in a strict object and drops them from a plain one', () => {
    expect(compileCheck(z.strictObject({ id: z.string() }))({ id: 'a', idd: 'b' })).toBe(REJECTED);
    expect(compileCheck(z.object({ id: z.string() }))({ id: 'a', idd: 'b' })).toEqual({ id: 'a' });
  });

  it('runs object refinements on the parsed value', () => {
    const Range = z
      .strictObject({ from: LocalDate, to: LocalDate })
      .refine((r) => r.to >= r.from, { message: 'ends before it starts' });
    expect(compileCheck(Range)({ from: '2026-03-01', to: '2026-03-02' })).toEqual({
      from: '2026-03-01',
      to: '2026-03-02',
    });
    expect(compileCheck(Range)({ from: '2026-03-02', to: '2026-03-01' })).toBe(REJECTED);
  });

  it('picks a discriminated union option by its tag', () => {
    const Status = z.discriminatedUnion('state', [
      z.strictObject({ state: z.literal('open') }),
      z.strictObject({ state: z.literal('closed'), on: LocalDate, why: z.string().default('') }),
    ]);
    for (const input of [
      { state: 'open' },
      { state: 'closed', on: '2026-03-01' },
      { state: 'closed' },
      { state: 'gone' },
      {},
      null,
      ['open'],
    ]) {
      expectSameAsZod(Status, input);
    }
  });

  it('hands nodes it does not compile to zod: pipes, coercion, plain unions, nullables', () => {
    const schema = z.strictObject({
      upper: z.string().transform((s) => s.toUpperCase()),
      count: z.coerce.number(),
      either: z.union([z.string(), z.number()]),
      maybe: z.string().nullable(),
    });
    expect(compileCheck(schema)({ upper: 'ab', count: '3', either: 1, maybe: null })).toEqual({
      upper: 'AB',
      count: 3,
      either: 1,
      maybe: null,
    });
    expect(compileCheck(schema)({ upper: 1, count: '3', either: 1, maybe: null })).toBe(REJECTED);
  });

  it('compiles a schema that contains itself', () => {
    const Folder: z.ZodType = z.strictObject({
      name: z.string(),
      get children(): z.ZodType {
        return z.array(Folder).default([]);
      },
    });
    expect(compileCheck(Folder)({ name: 'a', children: [{ name: 'b' }] })).toEqual({
      name: 'a',
      children: [{ name: 'b', children: [] }],
    });
    expect(compileCheck(Folder)({ name: 'a', children: [{ name: 2 }] })).toBe(REJECTED);
  });

  it('leaves loose objects, async refinements and an absent discriminator to zod', () => {
    const loose = z.looseObject({ id: z.string() });
    expect(compileCheck(loose)({ id: 'a', extra: 1 })).toEqual({ id: 'a', extra: 1 });
    const later = z.string().refine(async () => true);
    expect(compileCheck(later)('a')).toBe(REJECTED);
    expect(() => later.safeParse('a')).toThrow();
    expect(compileCheck(z.strictObject({ later }))({ later: 'a' })).toBe(REJECTED);
    const Tagged = z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('a').optional(), n: z.number() }),
      z.strictObject({ kind: z.literal('b') }),
    ]);
    // Turned down by the compiled check, so zod parses it: the answer is still zod's.
    expect(compileCheck(Tagged)({ n: 1 })).toBe(REJECTED);
    expect(safeValidate(Tagged, { n: 1 }, 'tagged')).toEqual({ success: true, data: { n: 1 } });
    expect(compileCheck(Tagged)({ kind: 'a', n: 1 })).toEqual({ kind: 'a', n: 1 });
  });

  it('checks a value again from inside its own refinement', () => {
    const Countdown: z.ZodType<number> = z
      .number()
      .refine((n) => n <= 0 || compileCheck(Countdown)(n - 1) !== REJECTED);
    expect(compileCheck(Countdown)(3)).toBe(3);
    expect(compileCheck(Countdown)(Number.NaN)).toBe(REJECTED);
  });

  it('reuses the input’s objects and arrays where zod’s result would equal them', () => {
    const Visit = z.strictObject({
      id: z.string(),
      on: LocalDate,
      tags: z.array(z.string()).default([]),
      place: z.strictObject({ room: z.string(), floor: z.number().default(1) }),
    });
    const check = compileCheck(Visit, 'reuse');
    const whole = { id: 'v-1', on: '2026-11-20', tags: ['a'], place: { room: '2B', floor: 3 } };
    expect(check(whole)).toBe(whole);
    // A default filled in copies the object it is in, and its parents; the rest is still the input's.
    const partial = { id: 'v-2', on: '2026-11-20', tags: ['a'], place: { room: '2B' } };
    const out = check(partial) as typeof whole;
    expect(out).toStrictEqual({ ...partial, place: { room: '2B', floor: 1 } });
    expect(out).not.toBe(partial);
    expect(out.tags).toBe(partial.tags);
    expect(partial.place).toStrictEqual({ room: '2B' });
    // Keys out of the schema's order come back in it, as zod gives them.
    const shuffled = { on: '2026-11-20', id: 'v-3', tags: [], place: { floor: 2, room: '1A' } };
    expect(JSON.stringify(check(shuffled))).toBe(JSON.stringify(Visit.parse(shuffled)));
    // A plain object drops unknown keys into a copy; the input keeps them.
    const loose = { id: 'x', extra: 1 };
    expect(compileCheck(z.object({ id: z.string() }), 'reuse')(loose)).toStrictEqual({ id: 'x' });
    expect(loose).toStrictEqual({ id: 'x', extra: 1 });
    // The copying check (the default) never returns the input's objects.
    expect(compileCheck(Visit)(whole)).not.toBe(whole);
  });

  it('copies an array from the first item that differs', () => {
    const check = compileCheck(z.array(z.strictObject({ n: z.number().default(0) })), 'reuse');
    const same = [{ n: 1 }, { n: 2 }];
    expect(check(same)).toBe(same);
    const filled = [{ n: 1 }, {}, { n: 3 }];
    const out = check(filled) as { n: number }[];
    expect(out).toStrictEqual([{ n: 1 }, { n: 0 }, { n: 3 }]);
    expect(out[0]).toBe(filled[0]);
    expect(out[2]).toBe(filled[2]);
    expect(filled[1]).toStrictEqual({});
  });

  it('generates the code of object, array and refinement checks, and builds them from closures where the runtime forbids that', () => {
    const Visit = z.strictObject({ id: z.string(), n: z.number().default(1) });
    expect(compileCheck(Visit).name).toMatch(/^objectCheck\d+$/);
    expect(compileCheck(z.array(z.string())).name).toMatch(/^arrayCheck\d+$/);
    expect(compileCheck(LocalDate).name).toMatch(/^testedCheck\d+$/);
    expect(compileCheck(z.string().trim()).name).toMatch(/^refinedCheck\d+$/);
    expect(compileCheck(Visit, 'copy', 'interpreted').name).not.toMatch(/^objectCheck/);
    const forbidden = z.strictObject({
      id: z.string().regex(/^a/),
      n: z.number().default(1),
      tags: z.array(z.string()).default([]),
    });
    vi.stubGlobal('Function', () => {
      throw new EvalError('code generation from strings disallowed');
    });
    try {
      const check = compileCheck(forbidden);
      expect(check.name).not.toMatch(/^objectCheck/);
      expect(check({ id: 'a' })).toStrictEqual({ id: 'a', n: 1, tags: [] });
      expect(check({ id: 'a', tags: ['x'] })).toStrictEqual({ id: 'a', n: 1, tags: ['x'] });
      expect(check({ id: 'a', m: 2 })).toBe(REJECTED);
      expect(check({ id: 'b' })).toBe(REJECTED);
      expect(check({ id: 'a', tags: [1] })).toBe(REJECTED);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('runs refinements, regexes, safe integers and bounds as plain tests that agree with zod at every edge', () => {
    const Amount = z.number().int().min(0).max(100);
    const Share = z.number().gt(0).lt(1);
    // A global regex (its lastIndex reset before each test, as zod does) and a refinement answering a number.
    const Code = z
      .string()
      .regex(/a/g)
      .refine((s) => s.length - 1);
    for (const schema of [Amount, Share, Code]) expect(compileCheck(schema).name).toMatch(/^testedCheck\d+$/);
    for (const input of [-1, 0, 1, 100, 101, 1.5, 2 ** 53, -(2 ** 53), Number.NaN, '1'])
      expectSameAsZod(Amount, input);
    for (const input of [0, -0, 0.5, 1, Number.MIN_VALUE, 0.999]) expectSameAsZod(Share, input);
    for (const input of ['aa', 'ba', 'a', 'bb', '', 'aa', 3]) expectSameAsZod(Code, input);
  });

  it('bounds a length by code points as zod does: the units settle most values, zod the rest', () => {
    // 😀 is one code point in two units: three of them are 6 units but 3 characters.
    const Name = z.string().min(2).max(3);
    const Tags = z.array(z.string()).min(1).max(2);
    for (const schema of [Name, Tags]) expect(compileCheck(schema).name).toMatch(/^testedCheck\d+$/);
    for (const input of [
      '',
      'a',
      'ab',
      'abc',
      'abcd',
      '😀',
      '😀😀',
      '😀😀😀',
      '😀😀😀😀',
      'a😀',
      '\ud800',
      7,
    ])
      expectSameAsZod(Name, input);
    for (const input of [[], ['a'], ['a', 'b'], ['a', 'b', 'c'], 'ab']) expectSameAsZod(Tags, input);
    // A bound with a condition of its own: held to it only where the condition holds.
    const bound = z.maxLength(2);
    bound._zod.def.when = (p) => p.value !== 'skip me';
    const Short = z.string().check(bound);
    for (const input of ['ab', 'abc', 'skip me']) expectSameAsZod(Short, input);
  });

  it('runs a refinement only when its condition holds, as zod does', () => {
    const Code = z.string().refine((s) => s.length > 3, { when: (p) => p.value !== 'skip' });
    for (const input of ['skip', 'ab', 'abcd', 7]) expectSameAsZod(Code, input);
    expect(compileCheck(Code)('skip')).toBe('skip');
    expect(compileCheck(Code)('ab')).toBe(REJECTED);
  });

  it('gives validateBatch the same valid and invalid records as zod', () => {
    const result = validateBatch(LocalDate, ['2028-02-29', '2027-02-29', 20260101]);
    expect(result.valid).toEqual([{ index: 0, value: '2028-02-29' }]);
    expect(result.invalid.map((r) => [r.index, r.issues[0].code])).toEqual([
      [1, 'core.date.invalid'],
      [2, 'invalid_type'],
    ]);
  });
});

// Every record list of the data file, with real records from the demo practice and a generated one.
type Sample = { readonly list: string; readonly schema: z.ZodType; readonly record: unknown };

function dataFileSamples(): Sample[] {
  const files = [generateDemoPractice(), generatePractice({ seed: 7, asOf: '2026-11-20', clinicians: 2 })];
  const samples: Sample[] = [];
  for (const [list, field] of Object.entries(PracticeData.shape)) {
    let def = field._zod.def as z.core.$ZodTypeDef;
    while (def.type === 'default') def = (def as z.core.$ZodDefaultDef).innerType._zod.def;
    if (def.type !== 'array') continue;
    const schema = (def as z.core.$ZodArrayDef).element as z.ZodType;
    for (const file of files) {
      for (const record of ((file as Record<string, unknown>)[list] as unknown[]).slice(0, 12)) {
        samples.push({ list, schema, record: structuredClone(record) });
      }
    }
  }
  return samples;
}

const samples = dataFileSamples();

// Every place in a record that a mutation can touch: each field of each object, each array element.
function pathsOf(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  const paths: (string | number)[][] = [path];
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) paths.push(...pathsOf(v, [...path, i]));
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) paths.push(...pathsOf(v, [...path, k]));
  }
  return paths;
}

function at(value: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], value);
}

// Values that sit on the edges of the schemas: wrong types, boundary dates and instants, limits.
const EDGE_VALUES: readonly unknown[] = [
  undefined,
  null,
  true,
  false,
  0,
  -0,
  -1,
  1,
  1.5,
  999,
  1000,
  10_000,
  10_001,
  Number.MAX_SAFE_INTEGER + 2,
  Number.POSITIVE_INFINITY,
  Number.NaN,
  '',
  'x',
  'A'.repeat(201),
  [],
  {},
  '2028-02-29',
  '2027-02-29',
  '2026-02-29',
  '2026-12-31',
  '2026-13-01',
  '2026-04-31',
  '9999-12-31',
  '0000-01-01',
  '2026-03-08T02:30:00-05:00',
  '2026-11-01T01:30:00Z',
  '2026-11-01T25:00:00Z',
  '2026-03-09T09:00:00',
  'NY',
  'ZZ',
  'America/Chicago',
  'Mars/Base',
  'cancelled',
  'client',
  'submitted',
  'denied',
  'paid',
  'telehealth',
  '90834',
  'F41.1',
  '95',
];

const UNKNOWN_KEYS = ['payerClass', 'sesionFeeCents', 'constructor', 'Maria Lopez', 'toString'];

type Mutation =
  | { readonly kind: 'set'; readonly value: unknown }
  | { readonly kind: 'swap' }
  | { readonly kind: 'delete' }
  | { readonly kind: 'unknown_key'; readonly key: string }
  | { readonly kind: 'duplicate_first' }
  | { readonly kind: 'empty' };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constantFrom(...EDGE_VALUES).map((value) => ({ kind: 'set' as const, value })),
  fc.constant({ kind: 'swap' as const }),
  fc.constant({ kind: 'delete' as const }),
  fc.constantFrom(...UNKNOWN_KEYS).map((key) => ({ kind: 'unknown_key' as const, key })),
  fc.constant({ kind: 'duplicate_first' as const }),
  fc.constant({ kind: 'empty' as const }),
);

// Applies one mutation at one place of a copy of the record (the root itself for an empty path).
function mutate(record: unknown, path: readonly (string | number)[], m: Mutation, other: unknown): unknown {
  const root = { record: structuredClone(record) } as Record<string | number, unknown>;
  const full = ['record', ...path];
  const key = full.at(-1) as string | number;
  const parent = at(root, full.slice(0, -1)) as Record<string | number, unknown>;
  const target = parent[key];
  switch (m.kind) {
    case 'set':
      parent[key] = m.value;
      break;
    case 'swap':
      parent[key] = structuredClone(other);
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      break;
    case 'unknown_key':
      if (typeof target === 'object' && target !== null && !Array.isArray(target))
        (target as Record<string, unknown>)[m.key] = 'x';
      else parent[key] = { [m.key]: 1 };
      break;
    case 'duplicate_first':
      if (Array.isArray(target) && target.length > 0) target.push(structuredClone(target[0]));
      else parent[key] = [structuredClone(target)];
      break;
    case 'empty':
      parent[key] = Array.isArray(target) ? [] : typeof target === 'string' ? '' : {};
      break;
  }
  return root.record;
}

describe('compileCheck on the data file’s records', () => {
  it('accepts every valid record of every list and returns what zod returns', () => {
    const lists = new Set(samples.map((s) => s.list));
    for (const list of ['appointments', 'claims', 'clients', 'clinicians', 'payers', 'series']) {
      expect(lists).toContain(list);
    }
    for (const { schema, record } of samples) {
      const fast = compileCheck(schema)(record);
      expect(fast).not.toBe(REJECTED);
      expect(fast).toStrictEqual(schema.parse(record));
    }
  });

  it('agrees with zod on every record after one change anywhere in it: verdict, value and problems', () => {
    fc.assert(
      fc.property(
        fc.nat(samples.length - 1),
        fc.nat(),
        fc.nat(),
        mutation,
        (sampleIndex, pathIndex, otherIndex, m) => {
          const { schema, record } = samples[sampleIndex] as Sample;
          const paths = pathsOf(record);
          const path = paths[pathIndex % paths.length] as (string | number)[];
          const other = at(record, paths[otherIndex % paths.length] as (string | number)[]);
          expectSameAsZod(schema, mutate(record, path, m, other));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('agrees with zod after two changes in one record', () => {
    fc.assert(
      fc.property(
        fc.nat(samples.length - 1),
        fc.tuple(fc.nat(), fc.nat(), mutation),
        fc.tuple(fc.nat(), fc.nat(), mutation),
        (sampleIndex, first, second) => {
          const { schema, record } = samples[sampleIndex] as Sample;
          let current = record;
          for (const [pathIndex, otherIndex, m] of [first, second]) {
            const paths = pathsOf(current);
            const path = paths[pathIndex % paths.length] as (string | number)[];
            const other = at(current, paths[otherIndex % paths.length] as (string | number)[]);
            current = mutate(current, path, m, other);
          }
          expectSameAsZod(schema, current);
        },
      ),
      { numRuns: 300 },
    );
  });
});
