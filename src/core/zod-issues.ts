import type * as z from 'zod';
import { formatPath, ValidationError, type ValidationIssue } from './errors.js';
import { IssueList } from './issue-list.js';
import type { NonEmptyArray } from './non-empty.js';
import { suggestFields, UNKNOWN_FIELD, unknownFieldMessage } from './unknown-fields.js';

// zod's issues turned into value-free ValidationIssues: kept apart from errors.ts, which every argument
// check needs, so the error classes import nothing that checks arguments (no import cycle).

// The code alone, for a problem that will only be counted.
function codeOf(issue: z.core.$ZodIssue): string {
  if (issue.code !== 'custom') return issue.code === 'unrecognized_keys' ? UNKNOWN_FIELD : issue.code;
  const params = issue.params as { code?: unknown } | undefined;
  return typeof params?.code === 'string' ? params.code : 'custom';
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
