import * as z from 'zod';
import { argumentError, checkString } from './arguments.js';

/**
 * Whether a string is a valid 10-digit National Provider Identifier.
 *
 * @remarks CMS, "Requirements for NPI check digit": the tenth digit is a Luhn (ISO/IEC 7812) check digit
 * computed over the card-issuer prefix 80840 followed by the first nine digits.
 * @throws {@link ValidationError} when `npi` is not a string.
 * @example
 * ```ts
 * isValidNpi('1234567893'); //=> true (the example CMS publishes)
 * isValidNpi('1234567890'); //=> false
 * ```
 */
export function isValidNpi(npi: string): boolean {
  if (!/^\d{10}$/.test(checkString(npi, 'NPI'))) return false;
  return luhnValid(`80840${npi}`);
}

/**
 * The check digit that completes nine NPI digits.
 *
 * @throws {@link ValidationError} when `firstNine` is not nine digits.
 * @example
 * ```ts
 * npiCheckDigit('123456789'); //=> 3 (so 1234567893 is a valid NPI)
 * ```
 */
export function npiCheckDigit(firstNine: string): number {
  if (!/^\d{9}$/.test(checkString(firstNine, 'first nine digits'))) {
    throw argumentError('first nine digits', 'invalid_format', 'must be 9 digits');
  }
  // Luhn: the digit that makes the sum a multiple of 10 always exists, so the loop always returns.
  let d = 0;
  while (!luhnValid(`80840${firstNine}${d}`)) d += 1;
  return d;
}

function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i -= 1) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/**
 * A National Provider Identifier: ten digits whose last is the Luhn check digit (prefix 80840).
 *
 * @example
 * ```ts
 * Npi.parse('1234567893'); //=> '1234567893'
 * ```
 */
export const Npi = /* @__PURE__ */ z
  .string()
  .regex(/^\d{10}$/, { message: 'must be 10 digits' })
  .refine(isValidNpi, { message: 'has a wrong check digit', params: { code: 'core.npi.check_digit' } })
  .meta({
    description: 'A National Provider Identifier: 10 digits; validation also checks its check digit.',
  });
export type Npi = z.infer<typeof Npi>;
