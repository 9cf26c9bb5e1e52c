// Values a caller might pass by mistake or on purpose, for the fuzz over every export. Strings carry
// MARKER so a test can check that no error message or issue path repeats a value it was given. Keys do
// not: an unknown key is never named (the strict-schema tests plant markers there), and the keys of a map
// keyed by ids (payer ids, placeholder names) are identifiers that paths name on purpose.
import fc from 'fast-check';

/** Planted in strings and keys; it must never appear in an error message or issue path. */
export const MARKER = 'zq-planted-7f3a';

function deep(depth: number): unknown {
  let value: unknown = { leaf: MARKER };
  for (let i = 0; i < depth; i += 1) value = i % 2 === 0 ? { next: value } : [value];
  return value;
}

/** Hand-picked values: wrong types, numbers that cannot be counts, dates that are not dates, and worse. */
export const HOSTILE: readonly unknown[] = [
  undefined,
  null,
  true,
  0,
  -0,
  -1,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  1e8,
  -1e8,
  2 ** 53,
  -(2 ** 60),
  1e308,
  10n,
  Symbol(MARKER),
  '',
  MARKER,
  `${MARKER} I want to hurt myself`,
  '2026-02-30',
  '9999-12-31',
  '0000-01-01',
  '10000-04-29',
  '2026-03-08T02:30:00-05:00',
  '2026-13-01T00:00:00Z',
  '9999-12-31T23:59:59-05:00',
  'America/Nowhere',
  '25:00',
  '__proto__',
  'constructor',
  `${MARKER}${'x'.repeat(100_000)}`,
  '\u0000\ud800',
  {},
  [],
  [MARKER],
  { id: MARKER, clientId: MARKER, asOf: MARKER, zone: MARKER, name: MARKER },
  JSON.parse(`{"__proto__": {"polluted": "${MARKER}"}, "constructor": {"prototype": {"polluted": 1}}}`),
  Object.create(null),
  deep(500),
  Array.from({ length: 2_000 }, () => null),
  new Date(0),
  new Map([['id', MARKER]]),
  new Set([MARKER]),
  () => MARKER,
  { toString: () => MARKER, valueOf: () => MARKER },
  {
    toString() {
      throw new Error(MARKER);
    },
  },
];

const markedString = fc.string({ maxLength: 20 }).map((s) => `${s}${MARKER}${s}`);

/** Any value, hostile ones and marked strings weighted up. */
export const hostileArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: markedString },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.bigInt()) },
  {
    weight: 2,
    arbitrary: fc.anything({
      maxDepth: 3,
      maxKeys: 4,
      key: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'constructor', 'id', 'asOf')),
      values: [markedString, fc.constantFrom(...HOSTILE)],
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withNullPrototype: true,
      withObjectString: true,
      withSet: true,
      withSparseArray: true,
      withTypedArray: true,
    }),
  },
);
