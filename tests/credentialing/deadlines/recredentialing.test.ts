import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, compareDates, getDaysBetween } from '../../../src/core/index.js';
import { getRecredentialingDueDate, RECREDENTIALING_LATE_DAYS } from '../../../src/credentialing/index.js';
import {
  estimateRevalidationDueDate,
  getRecredentialingLateDate,
} from '../../../src/credentialing/internal.js';
import { dateArb } from '../credentials/credential-fixtures.js';

describe('getRecredentialingDueDate', () => {
  it('runs a cycle from February 29 to February 28 three years later', () => {
    expect(getRecredentialingDueDate('2024-02-29')).toBe('2027-02-28');
  });

  it('keeps month ends and year ends', () => {
    expect(getRecredentialingDueDate('2025-12-31')).toBe('2028-12-31');
    expect(getRecredentialingDueDate('2026-01-31', { months: 1 })).toBe('2026-02-28');
  });

  it('always falls on the last day of the month 36 months later, counted to the month (NCQA CR 4)', () => {
    fc.assert(
      fc.property(dateArb, (d) => {
        const due = getRecredentialingDueDate(d);
        expect(compareDates(due, d)).toBeGreaterThan(0);
        expect(getDaysBetween(d, due)).toBeGreaterThanOrEqual(1093);
        expect(getDaysBetween(d, due)).toBeLessThanOrEqual(1126);
        expect(due.slice(0, 7)).toBe(addMonths(d, 36).slice(0, 7));
        expect(addDays(due, 1).slice(8)).toBe('01');
      }),
    );
  });
});

describe('getRecredentialingLateDate', () => {
  it('is 30 days after the missed date, across a month and a leap day', () => {
    expect(getRecredentialingLateDate('2025-01-03')).toBe('2025-02-02');
    expect(getRecredentialingLateDate('2028-02-15')).toBe('2028-03-16');
    expect(RECREDENTIALING_LATE_DAYS).toBe(30);
  });
});

describe('estimateRevalidationDueDate', () => {
  it('is the last day of the month five years after the last approval', () => {
    expect(estimateRevalidationDueDate('2022-01-03')).toBe('2027-01-31');
    expect(estimateRevalidationDueDate('2019-02-28')).toBe('2024-02-29');
    expect(estimateRevalidationDueDate('2021-04-30', { months: 36 })).toBe('2024-04-30');
  });

  it('always falls on a month end, 60 months on, inside the 61st month', () => {
    fc.assert(
      fc.property(dateArb, (d) => {
        const due = estimateRevalidationDueDate(d);
        expect(addDays(due, 1).slice(8)).toBe('01');
        expect(due.slice(0, 7)).toBe(addMonths(d, 60).slice(0, 7));
        expect(compareDates(due, addMonths(d, 60))).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
