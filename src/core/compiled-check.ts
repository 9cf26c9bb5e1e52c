import type * as z from 'zod';
import { type CheckBuild, type CheckMode, type CompiledCheck, isObject, REJECTED } from './check-verdict.js';
import { generatedObject, interpretedObject, type ObjectFields } from './compiled-object.js';
import { generateCheck } from './generated-code.js';

// A zod schema compiled once into plain functions, for the records of large files: zod's general parser
// builds a payload and an issue list per field, which costs more than reading the file. The compiled check
// answers only "valid, and here is the parsed value" or "not valid": a record it turns down is parsed by
// zod again for the full list of problems, so every issue still comes from zod. Each node is built from
// the schema's own definition (its fields, its optional and default rungs, its discriminator) and runs the
// schema's own checks and refinements, so it accepts what zod accepts and returns what zod returns. A node
// it does not know (a pipe, a lazy, a coercion) is handed to zod whole.
//
// A check compiled to `reuse` its input returns the input's own objects and arrays wherever zod's
// result would equal them (same keys in the same order, same values): a value fresh from JSON.parse
// that its caller owns is then validated without a second copy of it in memory. Only what differs (a
// default filled in, an unknown key dropped, keys in another order) is copied; the input is never written.

export { type CheckBuild, type CheckMode, type CompiledCheck, REJECTED } from './check-verdict.js';

type Node = z.core.$ZodType;
type Def = z.core.$ZodTypeDef;
type Payload = z.core.ParsePayload;
type Flavour = `${CheckMode}/${CheckBuild}`;

const flavours: readonly Flavour[] = [
  'copy/generated',
  'copy/interpreted',
  'reuse/generated',
  'reuse/interpreted',
];
const compiled = Object.fromEntries(flavours.map((f) => [f, new WeakMap()])) as Record<
  Flavour,
  WeakMap<Node, CompiledCheck>
>;
const building = Object.fromEntries(flavours.map((f) => [f, new Set()])) as Record<Flavour, Set<Node>>;

/**
 * The compiled check of `schema`, built on first use and kept for the schema's life.
 *
 * @example
 * ```ts
 * const check = compileCheck(z.strictObject({ on: LocalDate, n: z.number().default(1) }));
 * check({ on: '2028-02-29' }); //=> { on: '2028-02-29', n: 1 }
 * check({ on: '2026-02-29' }); //=> REJECTED
 * ```
 */
export function compileCheck(
  schema: Node,
  mode: CheckMode = 'copy',
  how: CheckBuild = 'generated',
): CompiledCheck {
  const done = compiled[`${mode}/${how}`];
  const known = done.get(schema);
  if (known !== undefined) return known;
  const inProgress = building[`${mode}/${how}`];
  if (inProgress.has(schema)) {
    // A schema that contains itself (through a getter): its inner uses wait for the outer build.
    return (input) => (done.get(schema) as CompiledCheck)(input);
  }
  inProgress.add(schema);
  try {
    const check = build(schema, { mode, how });
    done.set(schema, check);
    return check;
  } finally {
    inProgress.delete(schema);
  }
}

/** What every node of one compiled check is built with. */
interface Build {
  readonly mode: CheckMode;
  readonly how: CheckBuild;
}

function build(node: Node, b: Build): CompiledCheck {
  const def = node._zod.def as Def & { coerce?: boolean };
  const parse = def.coerce === true ? undefined : shapeOf(node, def, b);
  return parse === undefined ? byZod(node) : withChecks(parse, checksOf(node), b.how);
}

// zod itself, for a node this file does not compile: its own run, checks included.
function byZod(node: Node): CompiledCheck {
  return (input) => {
    const result = node._zod.run({ value: input, issues: [] }, { async: false });
    return result instanceof Promise || result.issues.length > 0 ? REJECTED : result.value;
  };
}

// The node's checks in the order zod runs them: a node that is itself a check (a string format) first.
function checksOf(node: Node): readonly z.core.$ZodCheck[] {
  const own = (node._zod.def.checks ?? []) as z.core.$ZodCheck[];
  return node._zod.traits.has('$ZodCheck') ? [node as unknown as z.core.$ZodCheck, ...own] : own;
}

// Runs the checks on the parsed value as zod does after a clean parse, stopping at the first problem.
function withChecks(
  parse: CompiledCheck,
  checks: readonly z.core.$ZodCheck[],
  how: CheckBuild,
): CompiledCheck {
  if (checks.length === 0) return parse;
  return (
    (how === 'generated' ? generatedChecks(parse, checks) : undefined) ?? interpretedChecks(parse, checks)
  );
}

// The same steps as interpretedChecks, each check called from a line of its own; a node whose checks are all
// plain tests (see plainTest) runs them as written, without a payload.
function generatedChecks(
  parse: CompiledCheck,
  checks: readonly z.core.$ZodCheck[],
): CompiledCheck | undefined {
  const tests: Record<string, unknown> = { R: REJECTED, parse, passes };
  const lines = checks.map((check, i) => plainTest(check, i, tests));
  if (lines.every((line) => line !== undefined)) {
    const body = ['const value = parse(v);', 'if (value === R) return R;', ...lines, 'return value;'];
    return generateCheck('testedCheck', tests, body.join('\n'));
  }
  const values: Record<string, unknown> = { R: REJECTED, parse };
  const steps = checks.map((check, i) => {
    values[`k${i}`] = check;
    const when = check._zod.def.when;
    if (when !== undefined) values[`w${i}`] = when;
    const run = `{ const r = k${i}._zod.check(payload); if (r instanceof Promise || payload.issues.length > 0) { ok = false; break run; } }`;
    return when === undefined ? run : `if (w${i}(payload)) ${run}`;
  });
  const body = [
    'const value = parse(v);',
    'if (value === R) return R;',
    'const payload = spare ?? { value, issues: [] };',
    'spare = undefined;',
    'payload.value = value;',
    'let ok = true;',
    `run: {\n${steps.join('\n')}\n}`,
    'const out = payload.value;',
    'payload.value = undefined;',
    'if (payload.issues.length > 0) payload.issues = [];',
    'spare = payload;',
    'return ok ? out : R;',
  ].join('\n');
  return generateCheck('refinedCheck', values, body, 'let spare = { value: undefined, issues: [] };');
}

type TestDef = z.core.$ZodCheckDef & {
  readonly fn?: unknown;
  readonly pattern?: unknown;
  readonly format?: unknown;
  readonly value?: unknown;
  readonly inclusive?: unknown;
  readonly minimum?: unknown;
  readonly maximum?: unknown;
};

/**
 * A line of code that returns R unless `value` passes `check`, when the check is one whose verdict is a plain
 * test of the value (the same test zod's check makes, which neither changes the value nor depends on
 * anything else): a refinement (its function's answer), a regex, a safe integer, a bound. Zod's call
 * fills a payload and its issue list for each field of each record: most of validating a large file's
 * records. Undefined for any other check, which then runs through zod as before.
 */
function plainTest(check: z.core.$ZodCheck, i: number, values: Record<string, unknown>): string | undefined {
  const def = check._zod.def as TestDef;
  // Every zod instance records the classes it was made by (a check's type leaves them out).
  const traits = (check._zod as unknown as { readonly traits: ReadonlySet<string> }).traits;
  // A length bound counts a string's code points (a character outside the BMP is two units): the length in
  // units settles most values (no more units than the maximum, twice the minimum or more), and zod's own
  // check (with its condition) settles the rest.
  if (traits.has('$ZodCheckMaxLength') && typeof def.maximum === 'number') {
    values[`t${i}`] = def.maximum;
    values[`k${i}`] = check;
    return `if (!(value != null && value.length <= t${i}) && !passes(k${i}, value)) return R;`;
  }
  if (traits.has('$ZodCheckMinLength') && typeof def.minimum === 'number') {
    values[`t${i}`] = def.minimum;
    values[`k${i}`] = check;
    return `if (!(value != null && value.length >= (typeof value === 'string' ? 2 * t${i} : t${i})) && !passes(k${i}, value)) return R;`;
  }
  if (def.when !== undefined) return undefined;
  if (traits.has('$ZodCustom') && def.check === 'custom' && typeof def.fn === 'function') {
    values[`t${i}`] = def.fn;
    return `{ const r = t${i}(value); if (r instanceof Promise || !r) return R; }`;
  }
  if (traits.has('$ZodCheckRegex') && def.pattern instanceof RegExp) {
    values[`t${i}`] = def.pattern;
    return `t${i}.lastIndex = 0; if (!t${i}.test(value)) return R;`;
  }
  if (traits.has('$ZodCheckNumberFormat') && def.format === 'safeint') {
    return 'if (!Number.isSafeInteger(value)) return R;';
  }
  const bound = traits.has('$ZodCheckGreaterThan') ? '>' : traits.has('$ZodCheckLessThan') ? '<' : undefined;
  if (bound !== undefined && typeof def.value === 'number') {
    values[`t${i}`] = def.value;
    return `if (!(value ${bound}${def.inclusive === true ? '=' : ''} t${i})) return R;`;
  }
  return undefined;
}

// Whether `value` passes `check` as zod runs it (its condition first), on a payload of its own.
function passes(check: z.core.$ZodCheck, value: unknown): boolean {
  const payload = { value, issues: [] } as unknown as Payload;
  const when = check._zod.def.when;
  if (when !== undefined && !when(payload)) return true;
  const result: unknown = check._zod.check(payload as never);
  return !(result instanceof Promise) && payload.issues.length === 0;
}

function interpretedChecks(parse: CompiledCheck, checks: readonly z.core.$ZodCheck[]): CompiledCheck {
  // One payload per node, reused: a file's records would otherwise leave two objects per checked field
  // for the collector. A check that validates the same schema again (reentry) gets a fresh one.
  let spare: Payload | undefined = { value: undefined, issues: [] };
  return (input) => {
    const value = parse(input);
    if (value === REJECTED) return REJECTED;
    const payload: Payload = spare ?? { value, issues: [] };
    spare = undefined;
    payload.value = value;
    let ok = true;
    for (const check of checks) {
      const when = check._zod.def.when as ((payload: Payload) => boolean) | undefined;
      if (when !== undefined && !when(payload)) continue;
      const result: unknown = check._zod.check(payload as never);
      if (result instanceof Promise || payload.issues.length > 0) {
        ok = false;
        break;
      }
    }
    const out = payload.value;
    payload.value = undefined;
    if (payload.issues.length > 0) payload.issues = [];
    spare = payload;
    return ok ? out : REJECTED;
  };
}

// The parse of one node without its checks, or undefined for a node left to zod.
function shapeOf(node: Node, def: Def, b: Build): CompiledCheck | undefined {
  switch (def.type) {
    case 'string':
      return (v) => (typeof v === 'string' ? v : REJECTED);
    case 'number':
      return (v) => (typeof v === 'number' && Number.isFinite(v) ? v : REJECTED);
    case 'boolean':
      return (v) => (typeof v === 'boolean' ? v : REJECTED);
    case 'enum':
    case 'literal': {
      const values = node._zod.values as ReadonlySet<unknown>;
      return (v) => (values.has(v) ? v : REJECTED);
    }
    case 'array':
      return arrayOf(compileCheck((def as z.core.$ZodArrayDef).element, b.mode, b.how), b);
    case 'object':
      return objectOf(def as z.core.$ZodObjectDef, b);
    case 'optional':
      return optionalOf((def as z.core.$ZodOptionalDef).innerType, b);
    case 'default':
      return defaultOf(def as z.core.$ZodDefaultDef, b);
    case 'union':
      return discriminatedOf(def as z.core.$ZodDiscriminatedUnionDef, b);
    default:
      return undefined;
  }
}

function arrayOf(element: CompiledCheck, b: Build): CompiledCheck {
  return (
    (b.how === 'generated' ? generatedArray(element, b.mode) : undefined) ?? interpretedArray(element, b.mode)
  );
}

// The same steps as interpretedArray, the item's check called from a line of its own.
function generatedArray(element: CompiledCheck, mode: CheckMode): CompiledCheck | undefined {
  const body = [
    'if (!Array.isArray(v)) return R;',
    `let out = ${mode === 'copy' ? 'new Array(v.length)' : 'undefined'};`,
    'for (let i = 0; i < v.length; i += 1) {',
    '  const given = v[i];',
    '  const item = element(given);',
    '  if (item === R) return R;',
    '  if (out === undefined) {',
    '    if (item === given) continue;',
    '    out = v.slice(0, i);',
    '  }',
    '  out[i] = item;',
    '}',
    'return out ?? v;',
  ].join('\n');
  return generateCheck('arrayCheck', { R: REJECTED, element }, body);
}

function interpretedArray(element: CompiledCheck, mode: CheckMode): CompiledCheck {
  return (v) => {
    if (!Array.isArray(v)) return REJECTED;
    // Reusing: no copy until an item differs from the input's.
    let out: unknown[] | undefined = mode === 'copy' ? new Array(v.length) : undefined;
    for (let i = 0; i < v.length; i += 1) {
      const given: unknown = v[i];
      const item = element(given);
      if (item === REJECTED) return REJECTED;
      if (out === undefined) {
        if (item === given) continue;
        out = v.slice(0, i);
      }
      out[i] = item;
    }
    return out ?? v;
  };
}

function objectOf(def: z.core.$ZodObjectDef, b: Build): CompiledCheck | undefined {
  const catchall = def.catchall?._zod.def.type;
  // Only strict objects (unknown keys rejected) and plain ones (unknown keys dropped); string keys only.
  if (catchall !== undefined && catchall !== 'never') return undefined;
  if (Object.getOwnPropertySymbols(def.shape).length > 0 || Object.hasOwn(def.shape, '__proto__')) {
    return undefined;
  }
  const entries = Object.entries(def.shape);
  const fields: ObjectFields = {
    keys: entries.map(([key]) => key),
    checks: entries.map(([, schema]) => compileCheck(schema, b.mode, b.how)),
    // zod's rules for a key that is absent: required, left out, or given the schema's value for undefined.
    required: entries.map(([, s]) => s._zod.optin === undefined),
    leftOut: entries.map(([, s]) => s._zod.optin === 'optional' && s._zod.optout === 'optional'),
    filled: entries.map(([, s]) => s._zod.optin === 'defaulted' && s._zod.optout !== 'optional'),
    strict: catchall === 'never',
    mode: b.mode,
  };
  return (b.how === 'generated' ? generatedObject(fields) : undefined) ?? interpretedObject(fields);
}
function optionalOf(inner: Node, b: Build): CompiledCheck {
  const check = compileCheck(inner, b.mode, b.how);
  // Only a defaulted inner schema turns absence into a value; otherwise undefined stays undefined.
  const fillsAbsence = inner._zod.optin === 'defaulted';
  return (v) => (v === undefined && !fillsAbsence ? undefined : check(v));
}

function defaultOf(def: z.core.$ZodDefaultDef, b: Build): CompiledCheck {
  const check = compileCheck(def.innerType, b.mode, b.how);
  // zod reads `defaultValue` afresh each time (a copy of the default), and never validates it.
  return (v) => {
    if (v === undefined) return def.defaultValue;
    const value = check(v);
    return value === undefined ? def.defaultValue : value;
  };
}

function discriminatedOf(def: z.core.$ZodDiscriminatedUnionDef, b: Build): CompiledCheck | undefined {
  // A plain union (no discriminator) or one that falls back to trying every option is left to zod.
  if (typeof def.discriminator !== 'string' || def.unionFallback === true) return undefined;
  const key = def.discriminator;
  const options = new Map<unknown, CompiledCheck>();
  for (const option of def.options) {
    const values = option._zod.propValues?.[key];
    if (values === undefined) return undefined;
    // An option reached when the discriminator is absent is left to zod (the record is parsed again).
    for (const value of values)
      if (value !== undefined) options.set(value, compileCheck(option, b.mode, b.how));
  }
  return (v) => {
    if (!isObject(v)) return REJECTED;
    const option = options.get(v[key]);
    return option === undefined ? REJECTED : option(v);
  };
}
