import type { UnlistedIssues } from './issue-list.js';
import type { NonEmptyArray } from './non-empty.js';

/**
 * One problem with an input: where it is, a stable code, and a message that never repeats the value.
 *
 * @example
 * ```ts
 * const result = safeValidate(LocalDate, '2026-02-30', 'date of service');
 * if (!result.success) result.error.issues[0];
 * //=> { path: [], at: '$', code: 'core.date.invalid', message: 'must be a real calendar date (YYYY-MM-DD)' }
 * ```
 */
export interface ValidationIssue {
  /** Path from the validated root, e.g. `['lines', 0, 'units']`. */
  readonly path: readonly (string | number)[];
  /** The same path written as a JSON path, e.g. `$.lines[0].units`. */
  readonly at: string;
  /** Stable machine-readable code, e.g. `invalid_type`, `too_small`, `core.npi.check_digit`. */
  readonly code: string;
  /** Plain-English description of what was expected. It never contains the rejected value. */
  readonly message: string;
}

/**
 * Base class of every error this library throws on purpose.
 *
 * @example
 * ```ts
 * new PracticeOpsError('x12.file.truncated', 'The file ends inside a segment.').code; //=> 'x12.file.truncated'
 * ```
 */
export class PracticeOpsError extends Error {
  override readonly name: string = 'PracticeOpsError';
  /** Stable machine-readable code. */
  readonly code: string;
  /** @throws {@link ValidationError} when `code` or `message` is not a string. */
  constructor(code: string, message: string) {
    if (typeof code !== 'string' || typeof message !== 'string') {
      throw constructionError('error', 'expected a code and a message');
    }
    super(message);
    this.code = code;
  }
}

// The error for an error constructed with what it cannot hold (built from fixed text only).
function constructionError(subject: string, message: string): ValidationError {
  return new ValidationError(subject, [{ path: [], at: '$', code: 'invalid_type', message }]);
}

function isIssue(value: unknown): value is ValidationIssue {
  const i = value as Partial<ValidationIssue> | null;
  return (
    typeof i === 'object' &&
    i !== null &&
    Array.isArray(i.path) &&
    typeof i.at === 'string' &&
    typeof i.code === 'string' &&
    typeof i.message === 'string'
  );
}

function isCounts(value: unknown): value is UnlistedIssues {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).every((n) => Number.isSafeInteger(n) && (n as number) >= 0)
  );
}

// One brand for every copy of this class: the ESM and CommonJS builds each define their own
// `ValidationError`, and an app may load both (a CommonJS dependency beside ESM code). `Symbol.for` gives
// the same symbol to both, so `instanceof` answers alike whichever copy made the error.
const VALIDATION_ERROR_BRAND = Symbol.for('practice-ops.ValidationError');

/**
 * Thrown when a public function is given input that fails its schema. It lists the problems by path and
 * code (the first 100 in full, the rest counted by code in `unlisted`). Messages are built from the
 * schema, never from the input, so they are safe to log even when the input holds PHI.
 *
 * @example
 * ```ts
 * const result = safeValidate(LocalDate, '2026-02-30', 'date of service');
 * if (!result.success) result.error instanceof ValidationError; //=> true
 * ```
 *
 * `instanceof ValidationError` holds across the package's ESM and CommonJS builds: an error thrown by
 * one answers `true` against the other's class (both carry the `Symbol.for('practice-ops.ValidationError')`
 * brand), so an app that loads both (a CommonJS dependency beside ESM code) can still catch it by class.
 * `name` is `'ValidationError'` as well.
 */
export class ValidationError extends PracticeOpsError {
  override readonly name = 'ValidationError';
  // The cross-build brand, on the prototype (not an own property, so it changes no error's own keys).
  static {
    Object.defineProperty(ValidationError.prototype, VALIDATION_ERROR_BRAND, { value: true });
  }

  /**
   * `value instanceof ValidationError`: true for a `ValidationError` from either build of the package (it
   * carries the shared brand). A subclass keeps the ordinary prototype check.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class right of instanceof, a subclass too
    if (this !== ValidationError) return Function.prototype[Symbol.hasInstance].call(this, value);
    return (
      typeof value === 'object' &&
      value !== null &&
      (value as { [VALIDATION_ERROR_BRAND]?: unknown })[VALIDATION_ERROR_BRAND] === true
    );
  }

  /** The problems, in the order found; at most `MAX_LISTED_ISSUES` of them. */
  readonly issues: NonEmptyArray<ValidationIssue>;
  /** Problems found beyond the listed ones, counted by code; empty when all are listed. */
  readonly unlisted: UnlistedIssues;
  /** What was being validated, e.g. `appointment`. */
  readonly subject: string;
  /** @throws {@link ValidationError} when the subject is not a string, or the issues or counts are malformed. */
  constructor(subject: string, issues: NonEmptyArray<ValidationIssue>, unlisted: UnlistedIssues = {}) {
    if (
      typeof subject !== 'string' ||
      !Array.isArray(issues) ||
      issues.length === 0 ||
      !issues.every(isIssue)
    ) {
      throw constructionError('validation error', 'expected a subject and a non-empty list of issues');
    }
    if (!isCounts(unlisted)) {
      throw constructionError('validation error', 'expected counts of unlisted issues by code');
    }
    const more = Object.values(unlisted).reduce((a, b) => a + b, 0);
    const n = issues.length + more;
    const lines = issues.map((i) => `  ${i.at}: ${i.message} [${i.code}]`).join('\n');
    const rest =
      more === 0
        ? ''
        : `\n  … and ${more} more: ${Object.entries(unlisted)
            .map(([code, count]) => `${count} ${code}`)
            .join(', ')}`;
    super('validation_failed', `Invalid ${subject}: ${n} problem${n === 1 ? '' : 's'}\n${lines}${rest}`);
    this.subject = subject;
    this.issues = issues;
    this.unlisted = unlisted;
  }

  /** How many problems were found in all, listed or not. */
  get problemCount(): number {
    return this.issues.length + Object.values(this.unlisted).reduce((a, b) => a + b, 0);
  }
}

/**
 * Writes a path as a JSON path: `$.a[0].b`. Keys that are not plain identifiers are quoted.
 *
 * @throws {@link ValidationError} when `path` is not an array of strings, numbers and symbols.
 * @example
 * ```ts
 * formatPath(['claims', 3, 'lines', 0, 'units']); //=> '$.claims[3].lines[0].units'
 * ```
 */
export function formatPath(path: readonly PropertyKey[]): string {
  if (!Array.isArray(path)) throw pathError();
  let out = '$';
  for (const key of path as unknown[]) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += `.${key}`;
    else if (typeof key === 'string' || typeof key === 'symbol') out += `[${JSON.stringify(String(key))}]`;
    else throw pathError();
  }
  return out;
}

function pathError(): ValidationError {
  const issue = { path: [], at: '$', code: 'invalid_type', message: 'expected an array of keys and indexes' };
  return new ValidationError('path', [issue]);
}
