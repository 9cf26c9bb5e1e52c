import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addDays,
  createBusinessCalendar,
  getBusinessDaysBetween,
  getUsFederalHolidays,
  getWeekday,
  isBusinessDay,
  ValidationError,
} from '../../../src/core/index.js';
import { fromEpochDay, toEpochDay } from '../../../src/core/internal.js';

const federal = createBusinessCalendar({ holidays: getUsFederalHolidays(2019, 2031) });
const date = fc.integer({ min: toEpochDay('2020-01-01'), max: toEpochDay('2029-12-31') }).map(fromEpochDay);

describe('business days', () => {
  it('skips Christmas and the weekend after Christmas Eve 2026', () => {
    expect(addBusinessDays('2026-12-24', 1, federal)).toBe('2026-12-28');
    expect(isBusinessDay('2026-11-26', federal)).toBe(false);
    expect(isBusinessDay('2026-11-27', federal)).toBe(true);
  });

  it('counts Friday to Monday as one business day and crosses year ends', () => {
    expect(getBusinessDaysBetween('2026-11-20', '2026-11-23')).toBe(1);
    expect(addBusinessDays('2026-12-31', 1, federal)).toBe('2027-01-04');
    expect(getBusinessDaysBetween('2026-11-23', '2026-11-20')).toBe(-1);
    expect(addBusinessDays('2026-11-23', -1)).toBe('2026-11-20');
    expect(addBusinessDays('2026-11-22', 0)).toBe('2026-11-22');
  });

  it('supports other weekends', () => {
    const fridaySaturday = createBusinessCalendar({ weekend: ['fri', 'sat'] });
    expect(addBusinessDays('2026-11-19', 1, fridaySaturday)).toBe('2026-11-22');
  });

  it('adding n then counting back gives n, and never lands on a weekend or holiday', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 400 }), (d, n) => {
        const later = addBusinessDays(d, n, federal);
        expect(getBusinessDaysBetween(d, later, federal)).toBe(n);
        expect(isBusinessDay(later, federal)).toBe(true);
        expect(['sat', 'sun']).not.toContain(getWeekday(later));
        const earlier = addBusinessDays(d, -n, federal);
        // Counting (earlier, d] takes the n - 1 days between them, plus d itself when d is a business day.
        expect(getBusinessDaysBetween(earlier, d, federal)).toBe(n - 1 + (isBusinessDay(d, federal) ? 1 : 0));
        expect(isBusinessDay(earlier, federal)).toBe(true);
      }),
    );
  });

  it('is additive over consecutive spans', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 200 }), (d, a, b) => {
        const mid = addDays(d, a);
        const end = addDays(mid, b);
        expect(getBusinessDaysBetween(d, end, federal)).toBe(
          getBusinessDaysBetween(d, mid, federal) + getBusinessDaysBetween(mid, end, federal),
        );
      }),
    );
  });

  it('rejects a calendar with no business day or a bad holiday, naming each problem', () => {
    try {
      createBusinessCalendar({
        weekend: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
        holidays: ['2026-02-30'],
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues.map((i) => i.at).sort()).toEqual([
        '$.holidays[0]',
        '$.weekend',
      ]);
    }
  });
});

describe('business days counted a week at a time', () => {
  // The obvious day-by-day walk, as the oracle for the week-at-a-time count.
  function naiveAdd(
    date: string,
    n: number,
    weekend: ReadonlySet<number>,
    holidays: ReadonlySet<number>,
  ): string {
    let day = toEpochDay(date);
    let left = Math.abs(n);
    while (left > 0) {
      day += n < 0 ? -1 : 1;
      const iso = ((((day + 3) % 7) + 7) % 7) + 1;
      if (!weekend.has(iso) && !holidays.has(day)) left -= 1;
    }
    return fromEpochDay(day);
  }

  const calendarArb = fc
    .record({
      weekend: fc.uniqueArray(fc.constantFrom('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'), {
        maxLength: 6,
      }),
      holidays: fc.uniqueArray(date, { maxLength: 60 }),
    })
    .map((options) => createBusinessCalendar(options as Parameters<typeof createBusinessCalendar>[0]));

  it('lands where a day-by-day walk lands, for any weekend and holidays', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -2_000, max: 2_000 }), calendarArb, (d, n, calendar) => {
        expect(addBusinessDays(d, n, calendar)).toBe(naiveAdd(d, n, calendar.weekend, calendar.holidays));
      }),
    );
  });

  it('counts between two dates as a day-by-day walk counts', () => {
    fc.assert(
      fc.property(date, date, calendarArb, (a, b, calendar) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        let count = 0;
        for (let day = toEpochDay(from) + 1; day <= toEpochDay(to); day += 1) {
          if (isBusinessDay(fromEpochDay(day), calendar)) count += 1;
        }
        expect(getBusinessDaysBetween(from, to, calendar)).toBe(count);
        expect(getBusinessDaysBetween(to, from, calendar)).toBe(0 - count);
      }),
    );
  });
});
