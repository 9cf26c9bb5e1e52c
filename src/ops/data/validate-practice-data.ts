import {
  isNonEmpty,
  type NonEmptyArray,
  safeValidate,
  ValidationError,
  type ValidationIssue,
} from '../../core/index.js';
import { PracticeData, type PracticeDataInput } from './practice-data.js';
import { referenceProblems } from './practice-references.js';
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
  | { readonly success: false; readonly issues: NonEmptyArray<ValidationIssue> };

/**
 * Validates a parsed practice data file: its shape (every problem by JSON path) and, when the shape is
 * right, its references (a record pointing at an id that does not exist, an id used twice). Messages
 * never repeat a value from the file. The data it returns is remembered as validated: the work queue,
 * the digest and the booking check use it without validating it again (so treat it as read-only; a
 * changed copy, such as one from `structuredClone`, is validated anew).
 *
 * @example
 * ```ts
 * safeValidatePracticeData({ practice: { name: 'A', zone: 'Mars/Base', state: 'TX' } });
 * //=> { success: false, issues: [{ at: '$.practice.zone', code: 'core.zone.invalid', … }] }
 * ```
 */
export function safeValidatePracticeData(input: unknown): PracticeDataResult {
  const parsed = safeValidate(PracticeData, input, 'practice data file');
  if (!parsed.success) return { success: false, issues: parsed.error.issues };
  const problems = referenceProblems(parsed.data);
  return isNonEmpty(problems)
    ? { success: false, issues: problems }
    : { success: true, data: markValidated(parsed.data) };
}

/**
 * The practice data a public function was given, validated at most once per object: data this package
 * validated (by {@link safeValidatePracticeData}) or built (the generators) is used as is; anything else
 * is validated now, and a ValidationError lists its problems.
 */
export function practiceDataArgument(value: PracticeDataInput): PracticeData {
  if (isValidated(value)) return value;
  const result = safeValidatePracticeData(value);
  if (!result.success) throw new ValidationError('practice data file', result.issues);
  return result.data;
}
