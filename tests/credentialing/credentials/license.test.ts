import { describe, expect, it } from 'vitest';
import { isLicenseInForce } from '../../../src/credentialing/index.js';
import { getLicenseProfession, LicenseType } from '../../../src/credentialing/internal.js';
import { license } from './credential-fixtures.js';

describe('isLicenseInForce', () => {
  it('holds from the issue date through the expiry date, inclusive', () => {
    expect(isLicenseInForce(license(), { asOf: '2024-06-30' })).toBe(false);
    expect(isLicenseInForce(license(), { asOf: '2024-07-01' })).toBe(true);
    expect(isLicenseInForce(license(), { asOf: '2026-06-30' })).toBe(true);
    expect(isLicenseInForce(license(), { asOf: '2026-07-01' })).toBe(false);
  });

  it('holds for a restricted license but not an inactive, suspended, revoked or surrendered one', () => {
    expect(isLicenseInForce(license({ status: 'restricted' }), { asOf: '2025-01-01' })).toBe(true);
    for (const status of ['inactive', 'suspended', 'revoked', 'surrendered'] as const) {
      expect(isLicenseInForce(license({ status }), { asOf: '2025-01-01' })).toBe(false);
    }
  });
});

describe('getLicenseProfession', () => {
  it('maps each license type to the profession whose compact can use it', () => {
    const map = Object.fromEntries(LicenseType.options.map((t) => [t, getLicenseProfession(t)]));
    expect(map).toEqual({
      LCSW: 'social_work',
      LICSW: 'social_work',
      LMSW: 'social_work',
      LPC: 'counseling',
      LPCC: 'counseling',
      LMHC: 'counseling',
      LCPC: 'counseling',
      LMFT: 'marriage_family_therapy',
      psychologist: 'psychology',
      psychiatrist: 'medicine',
      psychiatric_np: 'nursing',
      associate: 'other',
      other: 'other',
    });
  });
});
