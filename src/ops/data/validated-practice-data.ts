import type { PracticeData } from './practice-data.js';

// Set on the data objects this package has validated (schema and references) or built itself. Not
// enumerable: JSON and structuredClone leave it out, so a copy is validated again.
const VALIDATED = Symbol('practice-ops: validated practice data');

/** Marks `data` as validated by this package and returns it. */
export function markValidated(data: PracticeData): PracticeData {
  if (!Object.hasOwn(data, VALIDATED)) Object.defineProperty(data, VALIDATED, { value: true });
  return data;
}

/** Whether `value` is practice data this package validated or built. */
export function isValidated(value: unknown): value is PracticeData {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, VALIDATED);
}
