// A one-letter typo in a procedure code or a modifier must not pass as another well-formed code: CPT and
// HCPCS write theirs in a fixed shape [sources: cms-hcpcs].
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClaimModifier, ClaimProcedureCode } from '../../../src/billing/claims/claim.js';

const ok = (schema: { safeParse(v: unknown): { success: boolean } }, v: string) =>
  schema.safeParse(v).success;

describe('ClaimProcedureCode', () => {
  it('accepts CPT Category I (90837), II (1040F), III (0591T), PLA (0001U), MAAA (0002M) and HCPCS Level II (H0031, G0511)', () => {
    for (const code of ['90837', '1040F', '0591T', '0001U', '0002M', 'H0031', 'G0511', 'T1015']) {
      expect(ok(ClaimProcedureCode, code)).toBe(true);
    }
  });

  it('refuses 9O791 (a letter O typed for a zero), 9079l, 90791A and a Level II code with no such letter (W1234)', () => {
    for (const code of ['9O791', '9079l', '90791A', 'W1234', 'ABCDE', '9079']) {
      expect(ok(ClaimProcedureCode, code)).toBe(false);
    }
  });

  // A letter in first place is a HCPCS Level II shape (B1234), so a schema cannot tell it from a typo.
  it('refuses every five-digit code with its second, third or fourth digit typed as a letter (property)', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{5}$/),
        fc.integer({ min: 1, max: 3 }),
        fc.constantFrom('O', 'l', 'I', 'S', 'B'),
        (code, at, letter) => {
          expect(ok(ClaimProcedureCode, code)).toBe(true);
          expect(ok(ClaimProcedureCode, `${code.slice(0, at)}${letter}${code.slice(at + 1)}`)).toBe(false);
        },
      ),
    );
  });
});

describe('ClaimModifier', () => {
  it('accepts CPT modifiers (95, 59, 25, 1P) and HCPCS Level II modifiers (GT, HO, U1, XU)', () => {
    for (const m of ['95', '93', '59', '25', '1P', '8P', 'GT', 'HO', 'U1', 'XU', 'FQ']) {
      expect(ok(ClaimModifier, m)).toBe(true);
    }
  });

  it('refuses 9S (a digit then a letter other than P) and 9P (no such performance modifier)', () => {
    for (const m of ['9S', '5O', '9P', '0P', 'g1', 'G']) expect(ok(ClaimModifier, m)).toBe(false);
  });
});
