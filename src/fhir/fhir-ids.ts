import { isNonEmpty, ValidationError, type ValidationIssue } from '../core/index.js';
import { formatPath, IssueList } from '../core/internal.js';
import { FHIR_ID } from './codes.js';

/** A model field that becomes a FHIR id or reference: its path (dotted or as keys) and its value. */
export type IdField = readonly [path: string | readonly (string | number)[], id: unknown];

/**
 * The problem of each id the resource would carry that is not a FHIR id (our ids may also hold `_` and `:`
 * and run to 128 characters; FHIR's may not), so no reference is ever written that a server cannot
 * resolve: `fhir.id.invalid`, by path, never echoing the id. A value that is not a string is the schema's
 * problem, not this one's.
 */
export function idIssues(fields: readonly IdField[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const [where, id] of fields) {
    if (typeof id !== 'string' || FHIR_ID.test(id)) continue;
    const path = typeof where === 'string' ? where.split('.') : [...where];
    issues.push({
      path,
      at: formatPath(path),
      code: 'fhir.id.invalid',
      message: 'must be a FHIR id (1–64 letters, digits, - or .)',
    });
  }
  return issues;
}

/**
 * Checks that every id the resource will carry is a FHIR id.
 *
 * @throws {@link ValidationError} with `fhir.id.invalid` at each id that is not a FHIR id.
 */
export function checkFhirIds(subject: string, fields: readonly IdField[]): void {
  const issues = idIssues(fields);
  if (isNonEmpty(issues)) throw new ValidationError(subject, issues);
}

/** The value at a path of an input not yet validated, or `undefined` where the path does not lead. */
export function valueAt(input: unknown, path: readonly (string | number)[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/**
 * Validates a writer's arguments and checks the writer's own rules (FHIR ids, what a resource needs) in the
 * same call, so one error lists every problem: when the arguments are invalid, the writer's problems found
 * in the raw input are listed after the schema's (one at a path the schema already reported is left out).
 *
 * @throws {@link ValidationError} listing the schema's problems and the writer's.
 */
export function validateForWriter<T>(
  validateModel: () => T,
  writerIssues: (value: T | undefined) => ValidationIssue[],
  subject: string,
): T {
  let model: T;
  try {
    model = validateModel();
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const listed = new Set(error.issues.map((i) => i.at));
    const more = writerIssues(undefined).filter((i) => !listed.has(i.at));
    if (more.length === 0) throw error;
    const list = new IssueList();
    for (const issue of error.issues) list.add(issue);
    for (const [code, count] of Object.entries(error.unlisted))
      for (let n = 0; n < count; n += 1) list.count(code);
    for (const issue of more) list.add(issue);
    const report = list.report() as NonNullable<ReturnType<IssueList['report']>>;
    throw new ValidationError(error.subject, report.issues, report.unlisted);
  }
  const issues = writerIssues(model);
  if (isNonEmpty(issues)) throw new ValidationError(subject, issues);
  return model;
}
