import { argumentError } from './arguments.js';
import type { ValidationIssue } from './errors.js';
import { isNonEmpty, type NonEmptyArray } from './non-empty.js';

/**
 * How many problems a validation lists in full. Past it, problems are only counted by code, so a file of
 * a million bad records costs no more memory to reject than a million good ones cost to accept.
 */
export const MAX_LISTED_ISSUES = 100;

/**
 * Problems found beyond the listed ones, counted by code, e.g. `{ 'core.date.invalid': 4120 }`.
 *
 * @example
 * ```ts
 * const unlisted: UnlistedIssues = { 'core.date.invalid': 4120 };
 * ```
 */
export type UnlistedIssues = Readonly<Record<string, number>>;

/** What a failed validation found: the first problems in full, the count of the rest by code. */
export interface IssueReport {
  /** The first {@link MAX_LISTED_ISSUES} problems, in the order found. */
  readonly issues: NonEmptyArray<ValidationIssue>;
  /** How many more problems there were, by code; empty when every problem is listed. */
  readonly unlisted: UnlistedIssues;
}

/**
 * Collects problems up to a limit and counts the rest by code. Used while validating, so memory stays
 * bounded however many problems the input has.
 */
export class IssueList {
  readonly #limit: number;
  readonly #listed: ValidationIssue[] = [];
  readonly #unlisted = new Map<string, number>();

  /** @throws {@link ValidationError} when `limit` is not a positive integer or `Infinity`. */
  constructor(limit: number = MAX_LISTED_ISSUES) {
    if (!(limit === Number.POSITIVE_INFINITY || (Number.isSafeInteger(limit) && limit >= 1))) {
      throw argumentError('issue limit', 'invalid_type', 'expected a positive integer or Infinity');
    }
    this.#limit = limit;
  }

  /** Whether the next problem will only be counted (callers can then skip building its message). */
  get full(): boolean {
    return this.#listed.length >= this.#limit;
  }

  /** Adds one problem: listed while there is room, otherwise counted by its code. */
  add(issue: ValidationIssue): void {
    if (this.full) this.count(issue.code);
    else this.#listed.push(issue);
  }

  /** Counts problems that will not be listed: one, or `n` of the same code. */
  count(code: string, n = 1): void {
    this.#unlisted.set(code, (this.#unlisted.get(code) ?? 0) + n);
  }

  /** The report, or `undefined` when no problem was added. */
  report(): IssueReport | undefined {
    const issues = this.#listed;
    if (!isNonEmpty(issues)) return undefined;
    const codes = [...this.#unlisted.keys()].sort();
    const unlisted: Record<string, number> = {};
    for (const code of codes) unlisted[code] = this.#unlisted.get(code) as number;
    return { issues: [...issues] as unknown as NonEmptyArray<ValidationIssue>, unlisted };
  }
}
