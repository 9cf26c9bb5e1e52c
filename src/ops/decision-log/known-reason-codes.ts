import { BILLING_REASON_CODES } from '../../billing/index.js';
import { X12_REASON_CODES } from '../../billing/internal.js';
import { BOUNDARIES_REASON_CODES } from '../../boundaries/index.js';
import { CREDENTIALING_ISSUE_CODES, CREDENTIALING_REASON_CODES } from '../../credentialing/index.js';
import { INTAKE_REASON_CODES, INTAKE_VALIDATION_CODES } from '../../intake/index.js';
import { SCHEDULING_REASON_CODES, SCHEDULING_VALIDATION_CODES } from '../../scheduling/index.js';
import { OPS_REASON_CODES } from '../ops-reason-codes.js';

let known: ReadonlySet<string> | undefined;

/**
 * Whether `code` is in one of the library's code catalogs (every module's, as docs/reason-codes.md lists them):
 * a decision log refuses a record whose decision carries any other code.
 */
export function isKnownReasonCode(code: string): boolean {
  known ??= new Set(
    [
      SCHEDULING_REASON_CODES,
      SCHEDULING_VALIDATION_CODES,
      INTAKE_REASON_CODES,
      INTAKE_VALIDATION_CODES,
      BILLING_REASON_CODES,
      X12_REASON_CODES,
      CREDENTIALING_ISSUE_CODES,
      CREDENTIALING_REASON_CODES,
      BOUNDARIES_REASON_CODES,
      OPS_REASON_CODES,
    ].flatMap((catalog) => Object.keys(catalog)),
  );
  return known.has(code);
}
