import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  compareDates,
  getDaysBetween,
  getWeekday,
  LocalDate,
} from '../../../src/core/index.js';
import {
  addMonthsToEpochDay,
  daysInMonth,
  fromEpochDay,
  isLeapYear,
  isoWeekday,
  toEpochDay,
  weekdayNumber,
} from '../../../src/core/internal.js';

const date = fc.integer({ min: toEpochDay('1900-01-01'), max: toEpochDay('2200-12-31') }).map(fromEpochDay);

describe('LocalDate', () => {
  it('accepts real dates and rejects impossible ones', () => {
    expect(LocalDate.safeParse('2028-02-29').success).toBe(true);
    expect(LocalDate.safeParse('2027-02-29').success).toBe(false);
    expect(LocalDate.safeParse('2026-04-31').success).toBe(false);
    expect(LocalDate.safeParse('2026-13-01').success).toBe(false);
    expect(LocalDate.safeParse('2026-1-1').success).toBe(false);
  });

  it('round-trips through epoch days', () => {
    fc.assert(
      fc.property(date, (d) => {
        expect(fromEpochDay(toEpochDay(d))).toBe(d);
      }),
    );
  });
});

describe('calendar arithmetic', () => {
  it('crosses leap days, month ends and year ends', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(getDaysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(getDaysBetween('2028-03-01', '2028-02-28')).toBe(-2);
  });

  it('clamps month arithmetic to the end of a shorter month', () => {
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-02-29', 48)).toBe('2028-02-29');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
  });

  it('adding then subtracting days returns the same date', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -5000, max: 5000 }), (d, n) => {
        expect(addDays(addDays(d, n), -n)).toBe(d);
        expect(getDaysBetween(d, addDays(d, n))).toBe(n);
      }),
    );
  });

  it('never moves later dates earlier when adding months', () => {
    fc.assert(
      fc.property(date, date, fc.integer({ min: 0, max: 60 }), (a, b, n) => {
        const [lo, hi] = compareDates(a, b) <= 0 ? [a, b] : [b, a];
        expect(compareDates(addMonths(lo, n), addMonths(hi, n))).toBeLessThanOrEqual(0);
      }),
    );
  });

  it('knows leap years and month lengths', () => {
    expect([1900, 2000, 2024, 2026].map(isLeapYear)).toEqual([false, true, true, false]);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });
});

describe('weekdays', () => {
  it('names the weekday of a date', () => {
    expect(getWeekday('2026-11-22')).toBe('sun');
    expect(getWeekday('1970-01-01')).toBe('thu');
    expect(isoWeekday('2026-11-23')).toBe(1);
    expect(weekdayNumber('sun')).toBe(7);
  });

  it('advances by one weekday per day', () => {
    fc.assert(
      fc.property(date, (d) => {
        expect(isoWeekday(addDays(d, 1))).toBe((isoWeekday(d) % 7) + 1);
      }),
    );
  });
});

describe('epoch days', () => {
  it('agrees with the platform calendar for every day across four centuries', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1600, 0, 1) / 86_400_000, max: Date.UTC(2400, 0, 1) / 86_400_000 }),
        (day) => {
          const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
          expect(fromEpochDay(day)).toBe(iso);
          expect(toEpochDay(iso)).toBe(day);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('rejects text that only looks like a date', () => {
    expect(toEpochDay('2026-0a-01')).toBeNaN();
    expect(toEpochDay('2026/01/01')).toBeNaN();
    expect(toEpochDay('2026-01-011')).toBeNaN();
    expect(toEpochDay('+026-01-01')).toBeNaN();
    expect(toEpochDay('2026-00-10')).toBeNaN();
  });
});

describe('addMonthsToEpochDay', () => {
  // An independent oracle: month arithmetic on the year and month fields, clamped by the platform calendar.
  const oracle = (d: string, n: number) => {
    const [y, m, day] = d.split('-').map(Number) as [number, number, number];
    const first = new Date(Date.UTC(y, m - 1 + n, 1));
    const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
    first.setUTCDate(Math.min(day, last));
    return first.toISOString().slice(0, 10);
  };

  it('clamps to the end of a shorter month, on day numbers', () => {
    expect(fromEpochDay(addMonthsToEpochDay(toEpochDay('2024-02-29'), 12))).toBe('2025-02-28');
    fc.assert(
      fc.property(date, fc.integer({ min: -240, max: 240 }), (d, n) => {
        expect(fromEpochDay(addMonthsToEpochDay(toEpochDay(d), n))).toBe(oracle(d, n));
        expect(addMonths(d, n)).toBe(oracle(d, n));
      }),
    );
  });
});
