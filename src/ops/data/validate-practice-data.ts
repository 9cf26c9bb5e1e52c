import { isNonEmpty, type NonEmptyArray, safeValidate, type ValidationIssue } from '../../core/index.js';
import { PracticeData } from './practice-data.js';
import { findReferenceProblems } from './practice-references.js';

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
 * never repeat a value from the file.
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
  const problems = findReferenceProblems(parsed.data);
  return isNonEmpty(problems) ? { success: false, issues: problems } : { success: true, data: parsed.data };
}
