import type * as z from 'zod';
import { IssueList, type UnlistedIssues } from './issue-list.js';
import type { NonEmptyArray } from './non-empty.js';
import { suggestFields, UNKNOWN_FIELD, unknownFieldMessage } from './unknown-fields.js';

/** One problem with an input: where it is, a stable code, and a message that never repeats the value. */
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

/** Base class of every error this library throws on purpose. */
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

/**
 * Thrown when a public function is given input that fails its schema. It lists the problems by path and
 * code (the first 100 in full, the rest counted by code in `unlisted`). Messages are built from the
 * schema, never from the input, so they are safe to log even when the input holds PHI.
 */
export class ValidationError extends PracticeOpsError {
  override readonly name = 'ValidationError';
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

// The code alone, for a problem that will only be counted.
function codeOf(issue: z.core.$ZodIssue): string {
  if (issue.code !== 'custom') return issue.code === 'unrecognized_keys' ? UNKNOWN_FIELD : issue.code;
  const params = issue.params as { code?: unknown } | undefined;
  return typeof params?.code === 'string' ? params.code : 'custom';
}

function pathError(): ValidationError {
  const issue = { path: [], at: '$', code: 'invalid_type', message: 'expected an array of keys and indexes' };
  return new ValidationError('path', [issue]);
}

function describe(issue: z.core.$ZodIssue): { code: string; message: string } {
  switch (issue.code) {
    case 'invalid_type':
      return { code: issue.code, message: `expected ${issue.expected}` };
    case 'too_big':
      return { code: issue.code, message: `must be at most ${String(issue.maximum)}${unit(issue.origin)}` };
    case 'too_small':
      return { code: issue.code, message: `must be at least ${String(issue.minimum)}${unit(issue.origin)}` };
    case 'invalid_format':
      // Our schemas set a value-free message; zod's own format messages name the format, not the value.
      return { code: issue.code, message: issue.message };
    case 'not_multiple_of':
      return { code: issue.code, message: `must be a multiple of ${String(issue.divisor)}` };
    case 'unrecognized_keys':
      return { code: UNKNOWN_FIELD, message: unknownFieldMessage([]) };
    case 'invalid_union':
      return { code: issue.code, message: 'does not match any allowed shape' };
    case 'invalid_key':
      return { code: issue.code, message: 'has an invalid key' };
    case 'invalid_element':
      return { code: issue.code, message: 'has an invalid element' };
    case 'invalid_value':
      return {
        code: issue.code,
        message: `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
      };
    case 'custom': {
      // Our refinements put a stable code and a value-free message in params.
      const params = issue.params as { code?: unknown } | undefined;
      const code = typeof params?.code === 'string' ? params.code : 'custom';
      return { code, message: issue.message || 'is invalid' };
    }
    /* v8 ignore next 4: unreachable while zod's issue union is covered above; the never check proves it */
    default: {
      const exhausted: never = issue;
      return { code: 'invalid', message: `is invalid (${String((exhausted as { code: string }).code)})` };
    }
  }
}

function unit(origin: string): string {
  switch (origin) {
    case 'string':
      return ' characters';
    case 'array':
    case 'set':
      return ' items';
    default:
      return '';
  }
}

/** Field names per "unrecognized keys" issue, as recorded while parsing (see `recordKnownFields`). */
export type KnownFields = ReadonlyMap<readonly string[], readonly string[]>;

/**
 * Adds the value-free {@link ValidationIssue}s of a zod error to `list`, each path prefixed with `prefix`.
 * An unknown key is reported at the object that holds it (never by its name), with the fields it is
 * probably a typo of when `known` recorded them; an invalid record key likewise at its record.
 */
export function addZodIssues(
  list: IssueList,
  error: z.ZodError,
  prefix: readonly (string | number)[] = [],
  known?: KnownFields,
): void {
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      const fields = known?.get(issue.keys) ?? [];
      for (const key of issue.keys) {
        if (list.full) list.count(UNKNOWN_FIELD);
        else list.add(at(prefix, issue.path, UNKNOWN_FIELD, unknownFieldMessage(suggestFields(key, fields))));
      }
      continue;
    }
    if (list.full) {
      list.count(codeOf(issue));
      continue;
    }
    const { code, message } = describe(issue);
    // An invalid record key would be its own path's last segment: report it at the record instead.
    list.add(at(prefix, issue.code === 'invalid_key' ? issue.path.slice(0, -1) : issue.path, code, message));
  }
}

function at(
  prefix: readonly (string | number)[],
  path: readonly PropertyKey[],
  code: string,
  message: string,
): ValidationIssue {
  const full = [...prefix, ...path.map((k) => (typeof k === 'symbol' ? String(k) : k))];
  return { path: full, at: formatPath(full), code, message };
}

/**
 * Converts zod issues into value-free {@link ValidationIssue}s, prefixing each path with `prefix`. An
 * unknown key is reported at its object with the code `core.object.unknown_field`, never by its name.
 *
 * @throws {@link ValidationError} when `error` is not a zod error or `prefix` is not a path.
 * @example
 * ```ts
 * toValidationIssues(LocalDate.safeParse('2026-02-30').error, ['claims', 0]);
 * //=> [{ path: ['claims', 0], at: '$.claims[0]', code: 'core.date.invalid', message: '…' }]
 * ```
 */
export function toValidationIssues(
  error: z.ZodError,
  prefix: readonly (string | number)[] = [],
): NonEmptyArray<ValidationIssue> {
  // A structural check: referring to zod's error class here would bundle all of zod into every module.
  const issues = (error as { issues?: unknown } | null)?.issues;
  if (!Array.isArray(issues) || !issues.every((i) => typeof i?.code === 'string' && Array.isArray(i?.path))) {
    throw new ValidationError('zod error', [
      { path: [], at: '$', code: 'invalid_type', message: 'expected a ZodError' },
    ]);
  }
  formatPath(prefix);
  const list = new IssueList(Number.POSITIVE_INFINITY);
  addZodIssues(list, error, prefix);
  return (
    list.report()?.issues ?? [
      { path: [...prefix], at: formatPath(prefix), code: 'invalid', message: 'is invalid' },
    ]
  );
}
