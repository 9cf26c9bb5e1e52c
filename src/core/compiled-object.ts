import { type CheckMode, type CompiledCheck, isObject, REJECTED } from './check-verdict.js';
import { generateCheck } from './generated-code.js';

// The compiled check of one object schema (see compiled-check.ts): its fields in the schema's order, then
// its unknown keys. Built one of two ways with the same steps. Generated: code written for the schema
// reads each field by its name and calls each field's check from a call site of its own, so the engine
// can specialise both to the records it sees. Interpreted: one closure serves every object schema, and its
// field reads and calls see every schema's records at once, which makes them several times slower on a
// large file. The interpreted one is for runtimes that forbid generating code (a Content-Security-Policy
// without 'unsafe-eval'); the tests hold both to zod's answers.

/** An object schema's fields as parallel arrays in the schema's order, and what its other keys mean. */
export interface ObjectFields {
  readonly keys: readonly string[];
  readonly checks: readonly CompiledCheck[];
  /** An absent key is an error. */
  readonly required: readonly boolean[];
  /** An absent key stays absent. */
  readonly leftOut: readonly boolean[];
  /** An absent key gets the schema's value for undefined, kept even when that is undefined. */
  readonly filled: readonly boolean[];
  /** Unknown keys are an error; otherwise they are dropped. */
  readonly strict: boolean;
  readonly mode: CheckMode;
}

type Fields = Record<string, unknown>;

// The fields before `end` as the input has them: where a reused object turns out to need a copy.
function copier(f: ObjectFields): (v: Fields, end: number) => Fields {
  return (v, end) => {
    const out: Fields = {};
    for (let i = 0; i < end; i += 1) {
      const key = f.keys[i] as string;
      if (key in v) out[key] = v[key];
    }
    return out;
  };
}

// After the fields: unknown keys are an error in a strict object; otherwise they are dropped, as keys out
// of the schema's order are put back in it, by a copy.
function finisher(f: ObjectFields, copyUpTo: (v: Fields, end: number) => Fields) {
  const position = new Map(f.keys.map((key, i) => [key, i]));
  return (v: Fields, out: Fields | undefined): unknown => {
    if (!f.strict && out !== undefined) return out;
    let next = 0;
    let inOrder = true;
    for (const key in v) {
      // Most records have the schema's keys in its order: the next known key, compared, not looked up.
      if (f.keys[next] === key) {
        next += 1;
        continue;
      }
      const at = position.get(key);
      if (at === undefined) {
        if (f.strict) return REJECTED;
        inOrder = false;
      } else if (at < next) inOrder = false;
      else next = at + 1;
    }
    return out ?? (inOrder ? v : copyUpTo(v, f.keys.length));
  };
}

/** The object check as one closure over its fields. */
export function interpretedObject(f: ObjectFields): CompiledCheck {
  const copyUpTo = copier(f);
  const finish = finisher(f, copyUpTo);
  const { keys, checks, required, leftOut, filled } = f;
  return (v) => {
    if (!isObject(v)) return REJECTED;
    let out: Fields | undefined = f.mode === 'copy' ? {} : undefined;
    for (let i = 0; i < keys.length; i += 1) {
      const key = keys[i] as string;
      const given = v[key];
      // A key with a value is present; `in` is asked only about the rest.
      const present = given !== undefined || key in v;
      if (!present && required[i]) return REJECTED;
      if (!present && leftOut[i]) continue;
      const value = (checks[i] as CompiledCheck)(given);
      if (value === REJECTED) return REJECTED;
      const kept = value !== undefined || present || filled[i];
      if (out === undefined) {
        if (!kept || (present && value === given)) continue;
        out = copyUpTo(v, i);
      }
      if (kept) out[key] = value;
    }
    return finish(v, out);
  };
}

/**
 * The object check as code generated for its fields, the same steps as {@link interpretedObject} with
 * each field's name and rules written in; undefined where the runtime forbids generating code.
 */
export function generatedObject(f: ObjectFields): CompiledCheck | undefined {
  const fields = f.keys.map((key, i) => {
    const name = JSON.stringify(key);
    const absent = f.required[i] ? 'return R;' : f.leftOut[i] ? `break f${i};` : '';
    return [
      `f${i}: {`,
      `  given = v[${name}];`,
      `  present = given !== undefined || ${name} in v;`,
      absent === '' ? '' : `  if (!present) ${absent}`,
      `  value = c${i}(given);`,
      '  if (value === R) return R;',
      `  kept = ${f.filled[i] ? 'true' : 'value !== undefined || present'};`,
      '  if (out === undefined) {',
      `    if (!kept || (present && value === given)) break f${i};`,
      `    out = copyUpTo(v, ${i});`,
      '  }',
      `  if (kept) out[${name}] = value;`,
      '}',
    ].join('\n');
  });
  const body = [
    "if (typeof v !== 'object' || v === null || Array.isArray(v)) return R;",
    `let out = ${f.mode === 'copy' ? '{}' : 'undefined'};`,
    'let given, present, value, kept;',
    ...fields,
    'return finish(v, out);',
  ].join('\n');
  const copyUpTo = copier(f);
  const values: Record<string, unknown> = { R: REJECTED, copyUpTo, finish: finisher(f, copyUpTo) };
  f.checks.forEach((check, i) => {
    values[`c${i}`] = check;
  });
  // Field names enter the code only as JSON string literals; the checks are passed in as values.
  return generateCheck('objectCheck', values, body);
}
