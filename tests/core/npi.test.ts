import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidNpi, Npi } from '../../src/core/index.js';
import { npiCheckDigit } from '../../src/core/internal.js';

const nineDigits = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 })
  .map((d) => d.join(''));
const validNpi = nineDigits.map((nine) => `${nine}${npiCheckDigit(nine)}`);

describe('NPI check digit', () => {
  it("accepts CMS's published example 1234567893", () => {
    expect(isValidNpi('1234567893')).toBe(true);
    expect(Npi.safeParse('1234567893').success).toBe(true);
  });

  it('rejects a wrong check digit and anything that is not ten digits', () => {
    expect(isValidNpi('1234567890')).toBe(false);
    expect(isValidNpi('123456789')).toBe(false);
    expect(isValidNpi('12345678931')).toBe(false);
    expect(isValidNpi('12345678a3')).toBe(false);
  });

  it('accepts every generated valid number', () => {
    fc.assert(
      fc.property(validNpi, (npi) => {
        expect(isValidNpi(npi)).toBe(true);
      }),
    );
  });

  it('rejects any single-digit change', () => {
    fc.assert(
      fc.property(
        validNpi,
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        (npi, position, delta) => {
          const digit = (Number(npi[position]) + delta) % 10;
          const changed = `${npi.slice(0, position)}${digit}${npi.slice(position + 1)}`;
          expect(isValidNpi(changed)).toBe(false);
        },
      ),
    );
  });
});
