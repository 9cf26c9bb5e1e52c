// What a call's ValidationError names as invalid (its subject), or 'no error' when it throws nothing: the
// tests that check each argument is named in its own error share it.
import type { ValidationError } from '../src/core/index.js';

export function subjectOf(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    return (error as ValidationError).subject;
  }
  return 'no error';
}
