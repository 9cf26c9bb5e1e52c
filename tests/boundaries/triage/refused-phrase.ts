// A practice's phrase that is not one: refused with a ValidationError by path, never echoing it (the phrases a
// practice writes may quote clients). Shared by the tests of the phrase language's forms.
import { expect } from 'vitest';
import { compileTriageRules } from '../../../src/boundaries/index.js';
import { ValidationError } from '../../../src/core/index.js';

/** Compiling `phrase` as a practice's own fails by path with `invalid_phrase`, and the issues never hold `marker`. */
export function expectPhraseRefused(phrase: string, marker: string): void {
  let thrown: unknown;
  try {
    compileTriageRules({ phrases: [{ category: 'self_harm', phrase }] });
  } catch (error) {
    thrown = error;
  }
  expect(thrown, phrase).toBeInstanceOf(ValidationError);
  const issues = (thrown as ValidationError).issues;
  expect(issues.map((i) => [i.at, i.code])).toEqual([
    ['$.phrases[0].phrase', 'boundaries.triage.invalid_phrase'],
  ]);
  expect(JSON.stringify(issues)).not.toContain(marker);
}
