import {
  type NonEmptyArray,
  type UnlistedIssues,
  ValidationError,
  type ValidationIssue,
} from '../../core/index.js';
import { type CheckMode, IssueList, safeValidateByRecord } from '../../core/internal.js';
import { PracticeData, type PracticeDataInput } from './practice-data.js';
import { addReferenceProblems } from './practice-references.js';
import { isValidated, markValidated } from './validated-practice-data.js';

/**
 * The result of {@link safeValidatePracticeData}: the data, or every problem by JSON path.
 *
 * @example
 * ```ts
 * const result: PracticeDataResult = safeValidatePracticeData(json);
 * if (!result.success) result.issues[0].at; //=> '$.practice.zone'
 * ```
 */
export type PracticeDataResult =
  | { readonly success: true; readonly data: PracticeData }
  | {
      readonly success: false;
      /** The first 100 problems, in the order found. */
      readonly issues: NonEmptyArray<ValidationIssue>;
      /** How many more problems there were, by code (empty when all are listed). */
      readonly unlisted: UnlistedIssues;
    };

/**
 * Validates a parsed practice data file: its shape (every problem by JSON path) and, when the shape is
 * right, its references (a record pointing at an id that does not exist, an id used twice). Messages
 * never repeat a value from the file. It lists the first 100 problems and counts the rest by code, and
 * checks one record at a time, so a file of bad records takes no more memory than a file of good ones.
 * The data it returns is remembered as validated: the work queue, the digest and the booking check use
 * it without validating it again (so treat it as read-only; a changed copy, such as one from
 * `structuredClone`, is validated anew).
 *
 * @example
 * ```ts
 * safeValidatePracticeData({ practice: { name: 'A', zone: 'Mars/Base', state: 'TX' } });
 * //=> { success: false, issues: [{ at: '$.practice.zone', code: 'core.zone.unknown', … }], unlisted: {} }
 * ```
 */
export function safeValidatePracticeData(input: unknown): PracticeDataResult {
  return validatePracticeDataIn(input, 'copy');
}

/**
 * {@link safeValidatePracticeData} for JSON that the caller has just parsed and owns (internal: the
 * CLI's data file): the records it returns are the parsed objects themselves wherever the schema's
 * result would equal them, so a large file is not held in memory twice. The input is never written to.
 */
export function safeValidateParsedPracticeData(json: unknown): PracticeDataResult {
  return validatePracticeDataIn(json, 'reuse');
}

function validatePracticeDataIn(input: unknown, mode: CheckMode): PracticeDataResult {
  const parsed = safeValidateByRecord(PracticeData, input, 'practice data file', mode);
  if (!parsed.success)
    return { success: false, issues: parsed.error.issues, unlisted: parsed.error.unlisted };
  const list = new IssueList();
  addReferenceProblems(parsed.data, list);
  const report = list.report();
  return report === undefined
    ? { success: true, data: markValidated(parsed.data) }
    : { success: false, issues: report.issues, unlisted: report.unlisted };
}

/**
 * The practice data a public function was given, validated at most once per object: data this package
 * validated (by {@link safeValidatePracticeData}) or built (the generators) is used as is; anything else
 * is validated now, and a ValidationError lists its problems.
 */
export function practiceDataArgument(value: PracticeDataInput): PracticeData {
  if (isValidated(value)) return value;
  const result = safeValidatePracticeData(value);
  if (!result.success) throw new ValidationError('practice data file', result.issues, result.unlisted);
  return result.data;
}
