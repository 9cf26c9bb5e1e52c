import type * as z from 'zod';
import { addZodIssues, formatPath, ValidationError, type ValidationIssue } from './errors.js';
import { IssueList, MAX_LISTED_ISSUES, type UnlistedIssues } from './issue-list.js';
import type { NonEmptyArray } from './non-empty.js';
import { recordKnownFields } from './unknown-fields.js';

/** The result of {@link safeValidate}: the parsed value, or every problem found. */
export type ValidationResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: ValidationError };

/**
 * Validates `input` against `schema` and returns the parsed value or a {@link ValidationError}.
 *
 * @param schema - the zod schema that is the source of truth for the value
 * @param input - untrusted input
 * @param subject - what is being validated, used in the error message (e.g. `appointment`)
 */
export function safeValidate<S extends z.ZodType>(
  schema: S,
  input: unknown,
  subject: string,
): ValidationResult<z.output<S>> {
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

/**
 * A record that failed validation in a batch: its position in the input and its problems. A batch lists
 * {@link MAX_LISTED_ISSUES} problems in full across all its records; past that, each invalid record keeps
 * its first problem and counts the rest by code in `unlisted`, so a batch of bad records takes no more
 * memory than the same batch of good ones.
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
  let budget = MAX_LISTED_ISSUES;
  return (record: unknown, index: number) => {
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

/** The valid records of a batch, each with its input position, and the invalid ones by index. */
export interface BatchResult<T> {
  readonly valid: readonly { readonly index: number; readonly value: T }[];
  readonly invalid: readonly InvalidRecord[];
}

/**
 * Validates every record of a batch. Valid records come back with their index; each invalid one is
 * reported by index with its problems. Nothing is dropped: `valid.length + invalid.length` equals the
 * number of records read.
 *
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
  const check = recordValidator(schema);
  let index = 0;
  for (const record of records) {
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
  const check = recordValidator(schema);
  let index = 0;
  for (const record of records) {
    const parsed = check(record, index);
    if (parsed.success) yield { index, value: parsed.data };
    else onInvalid(parsed.invalid);
    index += 1;
  }
}
