// What a call's ValidationError names as invalid (its subject), or 'no error' when it throws nothing: the
// tests that check each argument is named in its own error share it.
import { ValidationError } from '../src/core/index.js';

export function subjectOf(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    return (error as ValidationError).subject;
  }
  return 'no error';
}

/** The ValidationError a call throws; any other error is rethrown, and none fails the test. */
export function thrown(call: () => unknown): ValidationError {
  try {
    call();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('expected a ValidationError');
}
