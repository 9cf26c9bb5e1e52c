// 42 CFR 424.540(a)(1): CMS may deactivate Medicare billing privileges after 12 consecutive calendar months with no
// claim, counted from the first day of the first month without one through the last day of the 12th.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, compareDates } from '../../../src/core/index.js';
import {
  getMedicareInactivityDeactivationDate,
  MEDICARE_INACTIVITY_MONTHS,
} from '../../../src/credentialing/index.js';
import { thrown } from '../../validation-subject.js';
import { dateArb } from '../credentials/credential-fixtures.js';

describe('getMedicareInactivityDeactivationDate', () => {
  it('after a last claim on 2025-03-15, April 2025 to March 2026 are the 12 months: deactivation possible from 2026-04-01', () => {
    expect(MEDICARE_INACTIVITY_MONTHS).toBe(12);
    expect(getMedicareInactivityDeactivationDate('2025-03-15')).toBe('2026-04-01');
  });

  it('counts whole months whatever the day: a claim on 2025-03-01 or 2025-03-31 gives the same date', () => {
    expect(getMedicareInactivityDeactivationDate('2025-03-01')).toBe('2026-04-01');
    expect(getMedicareInactivityDeactivationDate('2025-03-31')).toBe('2026-04-01');
  });

  it('crosses a year end (last claim 2025-12-31: from 2027-01-01) and a leap year (2023-02-28: from 2024-03-01)', () => {
    expect(getMedicareInactivityDeactivationDate('2025-12-31')).toBe('2027-01-01');
    expect(getMedicareInactivityDeactivationDate('2023-02-28')).toBe('2024-03-01');
  });

  it('rejects a bad date by path', () => {
    expect(thrown(() => getMedicareInactivityDeactivationDate('2025-13-01')).issues[0]?.at).toBe(
      '$.lastClaimSubmittedOn',
    );
  });

  it('is always the first of a month, more than 12 and at most 13 months after the last claim (property)', () => {
    fc.assert(
      fc.property(dateArb, (last) => {
        const d = getMedicareInactivityDeactivationDate(last);
        expect(d.endsWith('-01')).toBe(true);
        expect(compareDates(d, addMonths(last, 12))).toBeGreaterThan(0);
        expect(compareDates(addDays(d, -1), addMonths(last, 13))).toBeLessThan(0);
      }),
    );
  });
});
