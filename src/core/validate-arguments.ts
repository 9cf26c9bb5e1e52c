import type * as z from 'zod';
import { argumentError, checkIterable, checkString } from './arguments.js';
import { compileCheck, REJECTED } from './compiled-check.js';
import { formatPath, ValidationError } from './errors.js';
import { IssueList } from './issue-list.js';
import { recordKnownFields } from './unknown-fields.js';
import { schemaArgument } from './validate.js';
import { addZodIssues } from './zod-issues.js';

/**
 * One argument of a call to validate: its parameter name (the first key of every path reported for it),
 * the schema it must satisfy, the value given, and what it is, in words (used as the error's subject when
 * it is the only bad argument).
 */
export type ArgumentSpec = readonly [
  name: string,
  schema: z.ZodType | ArgumentCheck<unknown>,
  input: unknown,
  subject: string,
];

/**
 * A validator that is not a zod schema (practice data validated once per object): it returns the value or
 * throws a {@link ValidationError}, whose problems are listed under the argument's name beside the others'.
 */
export type ArgumentCheck<T> = (input: never) => T;

/** What one argument's schema or check returns. */
type ArgumentValue<S> = S extends z.ZodType ? z.output<S> : S extends ArgumentCheck<infer T> ? T : never;

/** The parsed values of the arguments, in the order given. */
export type ValidatedArguments<A extends readonly ArgumentSpec[]> = {
  -readonly [K in keyof A]: ArgumentValue<A[K][1]>;
};

/**
 * Validates every argument of a call and throws one {@link ValidationError} listing the problems of all
 * of them, each path starting with the argument's parameter name (`$.query.serviceDate`,
 * `$.options.asOf`): a caller who passed two bad arguments learns of both at once. The error's `subject`
 * names the bad argument when only one is bad, and lists them when several are. Like `validate`, it never
 * echoes a value or an unknown key's name, and lists the first 100 problems, counting the rest by code.
 *
 * @throws {@link ValidationError} listing every problem of every argument.
 * @example
 * ```ts
 * validateArguments([
 *   ['filedOn', LocalDate, '2026-02-30', 'filing date'],
 *   ['firstServiceOn', LocalDate, '2026-13-01', 'first service date'],
 * ]);
 * //=> throws ValidationError: Invalid filing date and first service date: 2 problems
 * //     $.filedOn: must be a real calendar date (YYYY-MM-DD) [core.date.invalid]
 * //     $.firstServiceOn: must be a real calendar date (YYYY-MM-DD) [core.date.invalid]
 * ```
 */
export function validateArguments<const A extends readonly ArgumentSpec[]>(args: A): ValidatedArguments<A> {
  if (!Array.isArray(args)) throw argumentError('arguments', 'invalid_type', 'expected a list of arguments');
  const values: unknown[] = [];
  const bad: string[] = [];
  const list = new IssueList();
  const { error, known } = recordKnownFields();
  for (const spec of args as readonly ArgumentSpec[]) {
    const [name, schema, input, subject] = spec;
    checkString(name, 'argument name');
    checkString(subject, 'subject');
    if (typeof schema === 'function') {
      try {
        values.push((schema as (input: unknown) => unknown)(input));
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        bad.push(subject);
        addPrefixedIssues(list, error, name);
      }
      continue;
    }
    const value = compileCheck(schemaArgument(schema))(input);
    if (value !== REJECTED) {
      values.push(value);
      continue;
    }
    // Turned down: zod parses it again for the full list of problems.
    known.clear();
    const parsed = schema.safeParse(input, { error });
    if (parsed.success) {
      values.push(parsed.data);
      continue;
    }
    bad.push(subject);
    addZodIssues(list, parsed.error, [name], known);
  }
  const report = list.report();
  if (report !== undefined) throw new ValidationError(joinSubjects(bad), report.issues, report.unlisted);
  return values as ValidatedArguments<A>;
}

/**
 * The check for an argument that is a list of records each validated on its own (a bad record is reported
 * by index, not thrown): only its being iterable is checked here, reported at the argument's name.
 *
 * @example
 * ```ts
 * validateArguments([['appointments', recordsArgument, 7, 'appointments']]);
 * //=> throws ValidationError: $.appointments: expected an iterable (e.g. an array) [invalid_type]
 * ```
 */
export function recordsArgument(value: unknown): Iterable<unknown> {
  return checkIterable(value, 'records');
}

// A check's own problems, each path under the argument's name; those it only counted stay counted.
function addPrefixedIssues(list: IssueList, error: ValidationError, name: string): void {
  for (const issue of error.issues) {
    const path = [name, ...issue.path];
    list.add({ ...issue, path, at: formatPath(path) });
  }
  for (const [code, n] of Object.entries(error.unlisted)) list.count(code, n);
}

function joinSubjects(subjects: readonly string[]): string {
  if (subjects.length <= 2) return subjects.join(' and ');
  return `${subjects.slice(0, -1).join(', ')} and ${subjects[subjects.length - 1]}`;
}
