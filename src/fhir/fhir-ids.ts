import { isNonEmpty, ValidationError, type ValidationIssue } from '../core/index.js';
import { formatPath } from '../core/internal.js';
import { FHIR_ID } from './codes.js';

/** A model field that becomes a FHIR id or reference: its path (dotted or as keys) and its value. */
export type IdField = readonly [path: string | readonly (string | number)[], id: string | undefined];

/**
 * Checks that every id the resource will carry is a FHIR id (our ids may also hold `_` and `:` and run
 * to 128 characters; FHIR's may not), so no reference is ever written that a server cannot resolve.
 *
 * @throws {@link ValidationError} with `fhir.id.invalid` at each id that is not a FHIR id.
 */
export function checkFhirIds(subject: string, fields: readonly IdField[]): void {
  const issues: ValidationIssue[] = [];
  for (const [where, id] of fields) {
    if (id === undefined || FHIR_ID.test(id)) continue;
    const path = typeof where === 'string' ? where.split('.') : [...where];
    issues.push({
      path,
      at: formatPath(path),
      code: 'fhir.id.invalid',
      message: 'must be a FHIR id (1–64 letters, digits, - or .)',
    });
  }
  if (isNonEmpty(issues)) throw new ValidationError(subject, issues);
}
