import { ValidationError, type ValidationIssue } from '../../core/index.js';
import { formatPath, IssueList } from '../../core/internal.js';
import type { X12ReasonCode } from './reason-codes.js';

/**
 * The problems found while reading an X12 file, each by segment number (1-based, counted from the
 * file's first ISA) and element position (`CLP03`), never by value: elements hold names, member ids and
 * dates of birth. Past 100 problems the rest are counted by code.
 */
export class X12Problems {
  readonly #list = new IssueList();
  #count = 0;

  /** How many problems were found. */
  get count(): number {
    return this.#count;
  }

  /**
   * Adds a problem at a segment (`segment` 0 for the file as a whole) and, when given, an element such as
   * `CLP03` or a component such as `SVC01-2`.
   */
  add(segment: number, element: string | null, code: X12ReasonCode, message: string): void {
    this.#count += 1;
    if (this.#list.full) {
      this.#list.count(code);
      return;
    }
    const path: (string | number)[] =
      segment === 0 ? [] : element === null ? ['segment', segment] : ['segment', segment, element];
    const issue: ValidationIssue = { path, at: formatPath(path), code, message };
    this.#list.add(issue);
  }

  /** Throws a {@link ValidationError} listing every problem, when there is one. */
  throwIfAny(subject: string): void {
    const report = this.#list.report();
    if (report !== undefined) throw new ValidationError(subject, report.issues, report.unlisted);
  }
}
