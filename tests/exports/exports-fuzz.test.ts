// Every function the package root exports, called with what its types do not allow. The exports are
// enumerated when the test runs, so a new export is fuzzed without anyone listing it. The only exception
// that may escape is a ValidationError, and no error message or issue path repeats a value planted in the
// input. Runs per export: 20 in CI, 1,000 with PRACTICE_OPS_HEAVY=1 (nightly, before a release); FUZZ_RUNS
// sets any other count.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { hostileArb, MARKER } from './hostile-values.js';
import { type ExportName, SAMPLE_CALLS } from './sample-calls.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? (process.env.PRACTICE_OPS_HEAVY === '1' ? 1_000 : 20));
/**
 * A call slower than this is a bug even when it ends: it is how an unbounded loop shows (the last one found
 * ran for minutes). Wall time, so it leaves room for a shared, loaded CI machine: the triage of a 100 KB
 * draft took 6–7 s at a load average of 25 and passes the old 3 s line on a quiet one.
 */
const SLOW_MS = 15_000;

type AnyFunction = (...args: unknown[]) => unknown;
/** Classes are constructed with `new`, functions called: both are fuzzed the same way. */
const isClass = (f: unknown) => /^class\b/.test(Function.prototype.toString.call(f));
const functions: [string, AnyFunction][] = Object.entries(api as Record<string, unknown>)
  .filter(([, f]) => typeof f === 'function')
  .map(([name, f]) =>
    isClass(f)
      ? [name, (...args: unknown[]) => new (f as new (...a: unknown[]) => unknown)(...args)]
      : [name, f as AnyFunction],
  );
const sampleOf = (name: string) => (SAMPLE_CALLS as Record<string, (() => unknown[]) | undefined>)[name];

/** Calls `f`, draining a returned iterator (a generator does its work as it is read). */
function call(f: AnyFunction, args: readonly unknown[]): unknown {
  const result = f(...args);
  if (
    result !== null &&
    typeof result === 'object' &&
    typeof (result as Iterator<unknown>).next === 'function'
  ) {
    const iterator = result as Iterator<unknown>;
    for (let n = 0; n < 10_000 && iterator.next().done !== true; n += 1);
  }
  return result;
}

/** Throws unless `error` is a ValidationError whose message and issues are free of the marker. */
function expectSafeError(name: string, error: unknown): void {
  if (!(error instanceof api.ValidationError)) {
    const kind =
      error instanceof Error ? `${error.constructor.name}: ${error.message.slice(0, 200)}` : typeof error;
    throw new Error(`${name} let ${kind} escape`);
  }
  const issues = JSON.stringify(error.issues);
  if (error.message.includes(MARKER) || issues.includes(MARKER) || error.subject.includes(MARKER)) {
    throw new Error(`${name} repeated a planted value in its error: ${error.message.slice(0, 300)}`);
  }
}

function check(name: string, f: AnyFunction, args: readonly unknown[]): void {
  const start = performance.now();
  try {
    call(f, args);
  } catch (error) {
    expectSafeError(name, error);
  }
  const ms = performance.now() - start;
  if (ms > SLOW_MS) throw new Error(`${name} took ${Math.round(ms)} ms`);
}

/** Replaces the value at a random path inside `args` (a leaf or a whole branch) with `value`. */
function plant(args: unknown[], steps: readonly number[], value: unknown): unknown[] {
  let holder: Record<string, unknown> = args as unknown as Record<string, unknown>;
  let key: string = String(steps[0] === undefined ? 0 : steps[0] % Math.max(args.length, 1));
  for (const step of steps.slice(1)) {
    const next = holder[key];
    // Plain data only: a schema, a Map, a class instance or a frozen object (compiled rules, an index) is
    // replaced whole, never edited inside: a caller cannot edit those either.
    if (next === null || typeof next !== 'object' || Object.isFrozen(next)) break;
    const proto = Object.getPrototypeOf(next);
    if (proto !== Object.prototype && proto !== Array.prototype && proto !== null) break;
    const keys = Object.keys(next);
    if (keys.length === 0) break;
    holder = next as Record<string, unknown>;
    key = keys[step % keys.length] as string;
  }
  holder[key] = value;
  return args;
}

function callArb(name: string, f: AnyFunction): fc.Arbitrary<unknown[]> {
  const random = fc.array(hostileArb, { maxLength: Math.max(f.length, 1) + 1 });
  const sample = sampleOf(name);
  if (sample === undefined) return random;
  const planted = fc
    .tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), hostileArb)
    .map(([steps, value]) => plant(sample(), steps, value));
  return fc.oneof({ weight: 1, arbitrary: random }, { weight: 4, arbitrary: planted });
}

describe('every function the package exports', () => {
  it('has been found (the enumeration works)', () => {
    expect(functions.length).toBeGreaterThan(150);
    expect(functions.map(([n]) => n)).toContain('validateAppointments');
  });

  it.each(functions)('%s throws nothing but a ValidationError that repeats no input', (name, f) => {
    fc.assert(
      fc.property(callArb(name, f), (args) => check(name, f, args)),
      { numRuns: RUNS },
    );
  });
});

describe('the error classes', () => {
  it('construct from what the library passes them and keep the code', () => {
    const issue = { path: ['a'], at: '$.a', code: 'invalid_type', message: 'expected string' };
    expect(new api.ValidationError('thing', [issue]).issues).toEqual([issue]);
    expect(new api.PracticeOpsError('x.y', 'Plain text.').code).toBe('x.y');
  });

  it('refuse what they cannot hold with a ValidationError, not a TypeError', () => {
    expect(() => new api.ValidationError('thing', [] as never)).toThrow(api.ValidationError);
    expect(() => new api.ValidationError('thing', 'issues' as never)).toThrow(api.ValidationError);
    expect(() => new api.PracticeOpsError(42 as never, 'x')).toThrow(api.ValidationError);
  });
});

// Arguments that accept any value by design: the value under validation, or text to classify.
const ANY_VALUE: { readonly [K in ExportName]?: readonly number[] } = {
  safeValidate: [1],
  safeValidatePracticeData: [0],
  triageMessage: [0],
  validate: [1],
};

/** A value of another type than `value` (and than a string or number it could also be). */
function wrongType(value: unknown): unknown {
  return typeof value === 'string' ? true : MARKER;
}

describe('each argument of a sampled call', () => {
  const sampled = functions.filter(([name]) => sampleOf(name) !== undefined);

  it.each(sampled)('%s accepts its sample call (else corrupting it proves nothing)', (name, f) => {
    expect(() => call(f, (sampleOf(name) as () => unknown[])())).not.toThrow();
  });

  it.each(sampled)('%s rejects an argument of another type with a ValidationError', (name, f) => {
    const sample = sampleOf(name) as () => unknown[];
    const anyValue = ANY_VALUE[name as ExportName] ?? [];
    for (let i = 0; i < sample().length; i += 1) {
      if (anyValue.includes(i)) continue;
      const args = sample();
      args[i] = wrongType(args[i]);
      let thrown: unknown;
      try {
        call(f, args);
      } catch (error) {
        thrown = error;
      }
      expect(thrown, `${name} accepted argument ${i} of another type`).toBeInstanceOf(api.ValidationError);
      expectSafeError(name, thrown);
    }
  });
});
