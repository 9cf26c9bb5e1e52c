import type * as z from 'zod';
import { argumentError, checkFunction, checkIterable, checkString } from './arguments.js';
import { type CheckMode, type CompiledCheck, compileCheck, REJECTED } from './compiled-check.js';
import { formatPath, ValidationError, type ValidationIssue } from './errors.js';
import { IssueList, MAX_LISTED_ISSUES, type UnlistedIssues } from './issue-list.js';
import type { NonEmptyArray } from './non-empty.js';
import { recordKnownFields } from './unknown-fields.js';
import { addZodIssues } from './zod-issues.js';

/**
 * The result of {@link safeValidate}: the parsed value, or every problem found.
 *
 * @example
 * ```ts
 * safeValidate(LocalDate, '2026-11-20', 'date'); //=> { success: true, data: '2026-11-20' }
 * ```
 */
export type ValidationResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: ValidationError };

/**
 * Validates `input` against `schema` and returns the parsed value or a {@link ValidationError}. It throws
 * only for a broken call: a `schema` that is not a zod schema or a `subject` that is not a string.
 *
 * @param schema - the zod schema that is the source of truth for the value
 * @param input - untrusted input
 * @param subject - what is being validated, used in the error message (e.g. `appointment`)
 * @example
 * ```ts
 * safeValidate(LocalDate, '2026-02-30', 'date of service').success; //=> false
 * ```
 */
export function safeValidate<S extends z.ZodType>(
  schema: S,
  input: unknown,
  subject: string,
): ValidationResult<z.output<S>> {
  checkString(subject, 'subject');
  const value = compileCheck(schemaArgument(schema))(input);
  if (value !== REJECTED) return { success: true, data: value as z.output<S> };
  // Turned down: zod parses it again for the full list of problems.
  const { error, known } = recordKnownFields();
  const parsed = schema.safeParse(input, { error });
  if (parsed.success) return { success: true, data: parsed.data };
  const list = new IssueList();
  addZodIssues(list, parsed.error, [], known);
  const report = list.report();
  /* v8 ignore next: zod never fails a parse without an issue */
  if (report === undefined) throw new ValidationError(subject, [invalidRoot([])]);
  return { success: false, error: new ValidationError(subject, report.issues, report.unlisted) };
}

function invalidRoot(path: (string | number)[]): ValidationIssue {
  return { path, at: formatPath(path), code: 'invalid', message: 'is invalid' };
}

/**
 * Validates `input` against `schema` and returns the parsed value; the throwing twin of {@link safeValidate}.
 * Use it, not the schema's own `parse`, to read a policy or a record from a data file: zod's error names an
 * unknown key in its message (a key can be personal data); this one reports it at its object, unnamed.
 *
 * @throws {@link ValidationError} listing every problem by path, never echoing the input.
 * @example
 * ```ts
 * validate(LocalDate, '2026-02-30', 'date of service');
 * //=> throws ValidationError: Invalid date of service: 1 problem
 * //     $: must be a real calendar date (YYYY-MM-DD) [core.date.invalid]
 * ```
 */
export function validate<S extends z.ZodType>(schema: S, input: unknown, subject: string): z.output<S> {
  const result = safeValidate(schema, input, subject);
  if (!result.success) throw result.error;
  return result.data;
}

// A schema argument: a zod schema (classic or mini); anything else is a broken call, not bad input. A
// structural check: referring to zod's classes here would bundle all of zod into every module.
export function schemaArgument<S extends z.ZodType>(schema: S): S {
  const s = schema as { _zod?: unknown; safeParse?: unknown } | null;
  if (typeof s !== 'object' || s === null || typeof s._zod !== 'object' || typeof s.safeParse !== 'function')
    throw argumentError('schema', 'invalid_type', 'expected a zod schema');
  return schema;
}

/**
 * A record that failed validation in a batch: its position in the input and its problems. A batch lists
 * the first 100 problems in full across all its records; past that, each invalid record keeps
 * its first problem and counts the rest by code in `unlisted`, so a batch of bad records takes no more
 * memory than the same batch of good ones.
 *
 * @example
 * ```ts
 * validateBatch(LocalDate, ['2026-11-20', '2026-02-30']).invalid;
 * //=> [{ index: 1, issues: [{ path: [1], at: '$[1]', code: 'core.date.invalid', … }] }]
 * ```
 */
export interface InvalidRecord {
  readonly index: number;
  readonly issues: NonEmptyArray<ValidationIssue>;
  /** The record's problems that are not listed, by code (absent when all are). */
  readonly unlisted?: UnlistedIssues;
}

/** Validates records one by one, sharing one error map and one budget of listed problems. */
function recordValidator<S extends z.ZodType>(schema: S) {
  const { error, known } = recordKnownFields();
  const check = compileCheck(schema);
  let budget = MAX_LISTED_ISSUES;
  return (record: unknown, index: number) => {
    const value = check(record);
    if (value !== REJECTED) return { success: true as const, data: value as z.output<S> };
    const parsed = schema.safeParse(record, { error });
    if (parsed.success) return parsed;
    const list = new IssueList(Math.max(1, budget));
    addZodIssues(list, parsed.error, [index], known);
    known.clear();
    /* v8 ignore next: zod never fails a parse without an issue */
    const report = list.report() ?? { issues: [invalidRoot([index])] as const, unlisted: {} };
    budget -= report.issues.length;
    const invalid: InvalidRecord =
      Object.keys(report.unlisted).length === 0
        ? { index, issues: report.issues }
        : { index, issues: report.issues, unlisted: report.unlisted };
    return { success: false as const, invalid };
  };
}

/**
 * The valid records of a batch, each with its input position, and the invalid ones by index.
 *
 * @example
 * ```ts
 * validateBatch(LocalDate, ['2026-11-20', '2026-02-30']).valid; //=> [{ index: 0, value: '2026-11-20' }]
 * ```
 */
export interface BatchResult<T> {
  readonly valid: readonly { readonly index: number; readonly value: T }[];
  readonly invalid: readonly InvalidRecord[];
}

/**
 * Validates every record of a batch. Valid records come back with their index; each invalid one is
 * reported by index with its problems. Nothing is dropped: `valid.length + invalid.length` equals the
 * number of records read.
 *
 * @throws {@link ValidationError} when `schema` is not a zod schema or `records` cannot be iterated.
 * @example
 * ```ts
 * validateBatch(LocalDate, ['2026-01-05', 'soon', '2026-01-06']);
 * //=> { valid: [{ index: 0, value: '2026-01-05' }, { index: 2, value: '2026-01-06' }],
 * //     invalid: [{ index: 1, issues: [{ at: '$[1]', code: 'core.date.invalid', ... }] }] }
 * ```
 */
export function validateBatch<S extends z.ZodType>(
  schema: S,
  records: Iterable<unknown>,
): BatchResult<z.output<S>> {
  const valid: { index: number; value: z.output<S> }[] = [];
  const invalid: InvalidRecord[] = [];
  const check = recordValidator(schemaArgument(schema));
  let index = 0;
  for (const record of checkIterable(records, 'records')) {
    const parsed = check(record, index);
    if (parsed.success) valid.push({ index, value: parsed.data });
    else invalid.push(parsed.invalid);
    index += 1;
  }
  return { valid, invalid };
}

/**
 * Validates records one at a time as they are read, for batches too large to hold: yields each valid
 * record and reports each invalid one through `onInvalid`. Memory stays flat.
 */
export function* validateEach<S extends z.ZodType>(
  schema: S,
  records: Iterable<unknown>,
  onInvalid: (record: InvalidRecord) => void,
): Generator<{ readonly index: number; readonly value: z.output<S> }> {
  const check = recordValidator(schemaArgument(schema));
  checkFunction(onInvalid, 'onInvalid');
  let index = 0;
  for (const record of checkIterable(records, 'records')) {
    const parsed = check(record, index);
    if (parsed.success) yield { index, value: parsed.data };
    else onInvalid(parsed.invalid);
    index += 1;
  }
}

type Def = z.core.$ZodTypeDef;

/** The record schema of a list field (`z.array(X)`, optionally with a default or optional), or undefined. */
function listElement(field: z.core.$ZodType): z.core.$ZodType | undefined {
  let def = field._zod.def as Def;
  while (def.type === 'default' || def.type === 'optional' || def.type === 'prefault') {
    def = (def as z.core.$ZodDefaultDef).innerType._zod.def as Def;
  }
  // A list with checks of its own (a length, a refinement) is validated whole.
  if (def.type !== 'array' || (def.checks?.length ?? 0) > 0) return undefined;
  return (def as z.core.$ZodArrayDef).element;
}

/**
 * Validates an object whose list fields hold many records (a data file): each record of each list on its
 * own, the rest of the object whole. It accepts and rejects exactly what `safeValidate` does and returns
 * the same value, but holds the problems of one record at a time and lists at most
 * the first 100, counting the rest by code: rejecting a million bad records costs no more
 * memory than accepting a million good ones. An object schema with checks of its own is validated whole.
 * With `mode: 'reuse'` (for a value fresh from JSON.parse that the caller owns), the records come back as
 * the input's own objects wherever zod's result would equal them, so the file is not held twice.
 *
 * @example
 * ```ts
 * const Book = z.strictObject({ title: z.string(), dates: z.array(LocalDate).default([]) });
 * safeValidateByRecord(Book, { title: 'Log', dates: Array(500).fill('soon') }, 'book');
 * //=> { success: false, error: ValidationError (100 issues listed, unlisted: { 'core.date.invalid': 400 }) }
 * ```
 */
export function safeValidateByRecord<S extends z.ZodObject>(
  schema: S,
  input: unknown,
  subject: string,
  mode: CheckMode = 'copy',
): ValidationResult<z.output<S>> {
  checkString(subject, 'subject');
  const shape = (schemaArgument(schema) as { shape?: unknown }).shape as Record<string, z.core.$ZodType>;
  if (typeof shape !== 'object' || shape === null) return safeValidate(schema, input, subject);
  const lists = Object.keys(shape).filter((key) => listElement(shape[key] as z.core.$ZodType) !== undefined);
  const splittable = (schema._zod.def.checks?.length ?? 0) === 0 && lists.length > 0;
  if (!splittable || typeof input !== 'object' || input === null || Array.isArray(input)) {
    return safeValidate(schema, input, subject);
  }
  const record = input as Record<string, unknown>;
  const long = lists.filter((key) => Array.isArray(record[key]));
  // The object with its long lists emptied: its other fields and its unknown keys, checked whole.
  const rest: Record<string, unknown> = {};
  for (const key of Object.keys(record)) rest[key] = long.includes(key) ? [] : record[key];
  const { error, known } = recordKnownFields();
  const list = new IssueList();
  const head = schema.safeParse(rest, { error });
  if (!head.success) addZodIssues(list, head.error, [], known);
  let failed = !head.success;
  const values: Record<string, unknown[]> = {};
  for (const key of long) {
    const element = listElement(shape[key] as z.core.$ZodType) as z.core.$ZodType;
    const check: CompiledCheck = compileCheck(element, mode);
    const items = record[key] as unknown[];
    // Reusing: the input's own list until a record differs from the input's (none does, in a JSON file).
    let out: unknown[] | undefined = mode === 'copy' ? [] : undefined;
    // A plain loop, as zod's own: every index is read (a hole is a missing record), with no callback per record.
    for (let i = 0; i < items.length; i += 1) {
      const item = items[i];
      // The compiled check first; a record it turns down is parsed by zod for its problems.
      let value = check(item);
      if (value === REJECTED) {
        known.clear();
        const parsed = (element as z.ZodType).safeParse(item, { error });
        if (!parsed.success) {
          failed = true;
          addZodIssues(list, parsed.error, [key, i], known);
          continue;
        }
        value = parsed.data;
      }
      // Once a record has failed, the good ones are not kept: the result will be the problems alone.
      if (failed) continue;
      if (out === undefined) {
        if (value === item) continue;
        out = items.slice(0, i);
      }
      out.push(value);
    }
    values[key] = out ?? items;
  }
  const report = list.report();
  if (report !== undefined) {
    return { success: false, error: new ValidationError(subject, report.issues, report.unlisted) };
  }
  // Fields in the schema's order, as a whole parse would give them.
  const data: Record<string, unknown> = {};
  const parsedHead = head.data as Record<string, unknown>;
  for (const key of Object.keys(shape)) {
    if (key in values) data[key] = values[key];
    else if (key in parsedHead) data[key] = parsedHead[key];
  }
  return { success: true, data: data as z.output<S> };
}
