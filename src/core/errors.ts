import { type z, z as zod } from 'zod';
import type { NonEmptyArray } from './non-empty.js';

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
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

/**
 * Thrown when a public function is given input that fails its schema. It lists every problem by path
 * and code. Messages are built from the schema, never from the input, so they are safe to log even
 * when the input holds PHI.
 */
export class ValidationError extends PracticeOpsError {
  override readonly name = 'ValidationError';
  readonly issues: NonEmptyArray<ValidationIssue>;
  /** What was being validated, e.g. `appointment`. */
  readonly subject: string;
  constructor(subject: string, issues: NonEmptyArray<ValidationIssue>) {
    const n = issues.length;
    const lines = issues.map((i) => `  ${i.at}: ${i.message} [${i.code}]`).join('\n');
    super('validation_failed', `Invalid ${subject}: ${n} problem${n === 1 ? '' : 's'}\n${lines}`);
    this.subject = subject;
    this.issues = issues;
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
      return { code: issue.code, message: 'is not a known field' };
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
      return { code, message: issue.message };
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

/**
 * Converts zod issues into value-free {@link ValidationIssue}s, prefixing each path with `prefix`.
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
  if (!(error instanceof zod.core.$ZodError)) {
    throw new ValidationError('zod error', [
      { path: [], at: '$', code: 'invalid_type', message: 'expected a ZodError' },
    ]);
  }
  formatPath(prefix);
  const out: ValidationIssue[] = [];
  for (const issue of error.issues) {
    const base = [...prefix, ...issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k))];
    if (issue.code === 'unrecognized_keys') {
      // One issue per unknown key, so every problem has its own path.
      for (const key of issue.keys) {
        const path = [...base, key];
        out.push({ path, at: formatPath(path), ...describe(issue) });
      }
      continue;
    }
    out.push({ path: base, at: formatPath(base), ...describe(issue) });
  }
  if (out.length === 0) {
    out.push({ path: [...prefix], at: formatPath(prefix), code: 'invalid', message: 'is invalid' });
  }
  return out as unknown as NonEmptyArray<ValidationIssue>;
}
