// 42 CFR 424.535(c): a revoked provider is barred from Medicare from the revocation for 1 to 10 years, up to 3
// more for trying to re-enroll under another identity, and up to 20 years for a second revocation.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, compareDates } from '../../../src/core/index.js';
import {
  getMedicareReenrollmentBarEnd,
  MEDICARE_REENROLLMENT_BAR_ADDED_MAX_YEARS,
  MEDICARE_REENROLLMENT_BAR_MAX_YEARS,
  MEDICARE_SECOND_REVOCATION_BAR_MAX_YEARS,
} from '../../../src/credentialing/index.js';
import { thrown } from '../../validation-subject.js';
import { dateArb } from './credential-fixtures.js';

describe('getMedicareReenrollmentBarEnd', () => {
  it('lets a clinician revoked from 2026-03-01 with a 3-year bar apply again from 2029-03-01', () => {
    expect(getMedicareReenrollmentBarEnd({ revokedOn: '2026-03-01', barYears: 3 })).toBe('2029-03-01');
  });

  it('takes the 1-year minimum and the 10-year maximum for a first revocation', () => {
    expect(MEDICARE_REENROLLMENT_BAR_MAX_YEARS).toBe(10);
    expect(getMedicareReenrollmentBarEnd({ revokedOn: '2026-03-01', barYears: 1 })).toBe('2027-03-01');
    expect(getMedicareReenrollmentBarEnd({ revokedOn: '2026-03-01', barYears: 10 })).toBe('2036-03-01');
  });

  it('rejects an 11-year bar for a first revocation, and takes up to 20 for a second', () => {
    expect(MEDICARE_SECOND_REVOCATION_BAR_MAX_YEARS).toBe(20);
    const error = thrown(() => getMedicareReenrollmentBarEnd({ revokedOn: '2026-03-01', barYears: 11 }));
    expect(error.issues.map((i) => [i.at, i.code])).toEqual([
      ['$.bar.barYears', 'credentialing.revocation.bar_too_long'],
    ]);
    expect(JSON.stringify(error.issues)).not.toContain('11');
    expect(
      getMedicareReenrollmentBarEnd({ revokedOn: '2026-03-01', barYears: 20, secondRevocation: true }),
    ).toBe('2046-03-01');
    expect(
      thrown(() =>
        getMedicareReenrollmentBarEnd({ revokedOn: '2026-03-01', barYears: 21, secondRevocation: true }),
      ).issues[0]?.at,
    ).toBe('$.bar.barYears');
  });

  it('adds up to 3 years for trying to re-enroll under another identity, even past 10', () => {
    expect(MEDICARE_REENROLLMENT_BAR_ADDED_MAX_YEARS).toBe(3);
    expect(getMedicareReenrollmentBarEnd({ revokedOn: '2026-03-01', barYears: 10, addedYears: 3 })).toBe(
      '2039-03-01',
    );
    expect(
      thrown(() => getMedicareReenrollmentBarEnd({ revokedOn: '2026-03-01', barYears: 2, addedYears: 4 }))
        .issues[0]?.at,
    ).toBe('$.bar.addedYears');
  });

  it('steps from a leap day to February 28: revoked 2024-02-29, 1 year, apply from 2025-02-28', () => {
    expect(getMedicareReenrollmentBarEnd({ revokedOn: '2024-02-29', barYears: 1 })).toBe('2025-02-28');
  });

  it('rejects a zero bar, a fraction and a bad date, naming each path', () => {
    const error = thrown(() =>
      getMedicareReenrollmentBarEnd({ revokedOn: '2026-02-30', barYears: 0.5, addedYears: -1 }),
    );
    expect(error.issues.map((i) => i.at).sort()).toEqual([
      '$.bar.addedYears',
      '$.bar.barYears',
      '$.bar.revokedOn',
    ]);
  });

  it('always ends at least a year and at most the allowed years after the revocation (property)', () => {
    fc.assert(
      fc.property(
        dateArb,
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 0, max: 3 }),
        fc.boolean(),
        (revokedOn, barYears, addedYears, second) => {
          const secondRevocation = second || barYears > 10;
          const end = getMedicareReenrollmentBarEnd({ revokedOn, barYears, addedYears, secondRevocation });
          expect(compareDates(end, addMonths(revokedOn, 12))).toBeGreaterThanOrEqual(0);
          const max = secondRevocation ? 20 : 10;
          expect(compareDates(end, addMonths(revokedOn, 12 * (max + 3)))).toBeLessThanOrEqual(0);
          expect(end).toBe(addMonths(revokedOn, 12 * (barYears + addedYears)));
        },
      ),
    );
  });
});
