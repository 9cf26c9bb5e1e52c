// Checks for the arguments of core helpers that run in hot loops, where a schema parse per call would
// cost more than the work itself. Each throws a ValidationError with one issue at `$` whose message
// names what was expected, never the value received.
import { ValidationError } from './errors.js';

/** A {@link ValidationError} for one argument: `subject` names it (e.g. `date`), its problem is at `$`. */
export function argumentError(subject: string, code: string, message: string): ValidationError {
  return new ValidationError(subject, [{ path: [], at: '$', code, message }]);
}

/** `value` when it is a string. */
export function checkString(value: unknown, subject: string): string {
  if (typeof value !== 'string') throw argumentError(subject, 'invalid_type', 'expected string');
  return value;
}

/** `value` when it is a finite number. */
export function checkNumber(value: unknown, subject: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw argumentError(subject, 'invalid_type', 'expected number');
  }
  return value;
}

/** `value` when it is an integer from `min` to `max` (by default any safe integer). */
export function checkInteger(
  value: unknown,
  subject: string,
  min = Number.MIN_SAFE_INTEGER,
  max = Number.MAX_SAFE_INTEGER,
): number {
  if (!Number.isInteger(checkNumber(value, subject)))
    throw argumentError(subject, 'invalid_type', 'expected int');
  const n = value as number;
  if (n < min) throw argumentError(subject, 'too_small', `must be at least ${min}`);
  if (n > max) throw argumentError(subject, 'too_big', `must be at most ${max}`);
  return n;
}

/** `value` when it is a safe integer number of cents. */
export function checkCents(value: unknown, subject: string): number {
  if (!Number.isInteger(checkNumber(value, subject)))
    throw argumentError(subject, 'invalid_type', 'expected int');
  if (!Number.isSafeInteger(value)) {
    throw argumentError(subject, 'core.money.unsafe', 'must be a safe integer number of cents');
  }
  return value as number;
}

/** `value` when it is one of `allowed`. */
export function checkOneOf<const T extends string>(
  value: unknown,
  allowed: readonly T[],
  subject: string,
): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw argumentError(
      subject,
      'invalid_value',
      `must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}`,
    );
  }
  return value as T;
}

/** `value` when it is an array. */
export function checkArray(value: unknown, subject: string): readonly unknown[] {
  if (!Array.isArray(value)) throw argumentError(subject, 'invalid_type', 'expected array');
  return value;
}

/** `value` when it can be iterated (an array, a set, a generator); a string is not a list of records. */
export function checkIterable(value: unknown, subject: string): Iterable<unknown> {
  if (
    value === null ||
    typeof value !== 'object' ||
    typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== 'function'
  ) {
    throw argumentError(subject, 'invalid_type', 'expected an iterable (e.g. an array)');
  }
  return value as Iterable<unknown>;
}

/** `value` when it is an object (not null, not an array). */
export function checkObject(value: unknown, subject: string): object {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw argumentError(subject, 'invalid_type', 'expected object');
  }
  return value;
}

/** `value` when it is a function. */
export function checkFunction(value: unknown, subject: string): (...args: never[]) => unknown {
  if (typeof value !== 'function') throw argumentError(subject, 'invalid_type', 'expected function');
  return value as (...args: never[]) => unknown;
}
