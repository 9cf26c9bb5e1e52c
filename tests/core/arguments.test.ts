// Core helpers given what their types do not allow: a ValidationError naming the argument, never a
// TypeError, never the value; counts that cannot be counts; dates held inside the range they can write.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addDays,
  addMinutes,
  addMonths,
  allocateCents,
  applyBasisPoints,
  compareDates,
  createBusinessCalendar,
  divideRounded,
  formatCents,
  getDaysBetween,
  getUsFederalHolidays,
  isBusinessDay,
  readLocal,
  resolveLocalTime,
  sumCents,
  ValidationError,
} from '../../src/core/index.js';
import {
  addMonthsToEpochDay,
  formatWithOffset,
  fromEpochDay,
  toEpochDay,
  toEpochMs,
  zoneOffsetMinutes,
} from '../../src/core/internal.js';

/** The issue codes of the ValidationError `f` throws (and fails if it throws anything else). */
function codesOf(f: () => unknown): string[] {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).issues.map((i) => i.code);
  }
  throw new Error('expected a ValidationError');
}

function messageOf(f: () => unknown): string {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).message;
  }
  throw new Error('expected a ValidationError');
}

describe('money helpers', () => {
  it('rejects a fraction of a cent instead of printing $0.1.5', () => {
    expect(codesOf(() => formatCents(1.5))).toEqual(['invalid_type']);
    expect(codesOf(() => formatCents(Number.NaN))).toEqual(['invalid_type']);
  });

  it('rejects an integer past 2^53, where a cent would be lost', () => {
    expect(codesOf(() => formatCents(2 ** 53))).toEqual(['core.money.unsafe']);
    expect(codesOf(() => applyBasisPoints(2 ** 60, 100, 'half_up'))).toEqual(['core.money.unsafe']);
  });

  it('rejects a Social Security number given as cents without repeating it', () => {
    const message = messageOf(() => applyBasisPoints('123-45-6789' as never, 2_000, 'half_up'));
    expect(message).not.toContain('123-45-6789');
    expect(message).toContain('amount of cents');
  });

  it('rejects an unknown rounding, a denominator that is not positive and bad weights', () => {
    expect(codesOf(() => applyBasisPoints(100, 2_000, 'nearest' as never))).toEqual(['invalid_value']);
    expect(codesOf(() => divideRounded(100, 0, 'half_up'))).toEqual(['too_small']);
    expect(codesOf(() => allocateCents(100, [1, -1, 1]))).toEqual(['core.money.weights']);
    expect(codesOf(() => allocateCents(100, [1.5]))).toEqual(['core.money.weights']);
    expect(codesOf(() => allocateCents(100, 'abc' as never))).toEqual(['core.money.weights']);
  });

  it('reports a sum past the safe range with its code', () => {
    expect(codesOf(() => sumCents([Number.MAX_SAFE_INTEGER, 1]))).toEqual(['core.money.overflow']);
    expect(codesOf(() => sumCents(42 as never))).toEqual(['invalid_type']);
  });
});

describe('counts', () => {
  it('answers addBusinessDays for a hundred million days at once, saturated at 9999-12-31', () => {
    const start = performance.now();
    expect(addBusinessDays('2026-01-05', 1e8)).toBe('9999-12-31');
    expect(addBusinessDays('2026-01-05', -1e8)).toBe('0000-01-01');
    expect(performance.now() - start).toBeLessThan(1_000);
  });

  it('rejects years that are not years instead of looping for minutes', () => {
    expect(codesOf(() => getUsFederalHolidays(2026, Number.POSITIVE_INFINITY))).toEqual(['invalid_type']);
    expect(codesOf(() => getUsFederalHolidays(2026, 10_000))).toEqual(['too_big']);
    expect(codesOf(() => getUsFederalHolidays(2026.5))).toEqual(['invalid_type']);
  });

  it('rejects a count that is not an integer', () => {
    for (const n of [1.5, Number.NaN, Number.POSITIVE_INFINITY, '1', null]) {
      expect(codesOf(() => addDays('2026-01-05', n as never))).toEqual(['invalid_type']);
      expect(codesOf(() => addBusinessDays('2026-01-05', n as never))).toEqual(['invalid_type']);
    }
    expect(codesOf(() => addMinutes('2026-01-05T09:00:00Z', 0.5))).toEqual(['invalid_type']);
    expect(codesOf(() => fromEpochDay(1.5))).toEqual(['invalid_type']);
  });
});

describe('the date range', () => {
  it('keeps 9999-12-31 as "never" when a deadline is counted from it', () => {
    expect(addDays('9999-12-31', 120)).toBe('9999-12-31');
    expect(addMonths('9999-12-31', 36)).toBe('9999-12-31');
    expect(addMonths('0000-01-31', -1)).toBe('0000-01-01');
    expect(fromEpochDay(toEpochDay('9999-12-31') + 1)).toBe('9999-12-31');
    expect(fromEpochDay(addMonthsToEpochDay(0, 1e9))).toBe('9999-12-31');
  });

  it('never writes a date outside 0000-01-01..9999-12-31, whatever the count', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: toEpochDay('0000-01-01'), max: toEpochDay('9999-12-31') }),
        fc.integer({ min: -(2 ** 40), max: 2 ** 40 }),
        (day, n) => {
          const date = fromEpochDay(day);
          for (const out of [addDays(date, n), addMonths(date, n), addBusinessDays(date, n)]) {
            expect(out).toMatch(/^\d{4}-\d{2}-\d{2}$/);
            expect(Number.isNaN(toEpochDay(out))).toBe(false);
          }
        },
      ),
    );
  });

  it('keeps instants inside the range, in their own offset when they fit', () => {
    expect(addMinutes('9999-12-31T23:00:00Z', 120)).toBe('9999-12-31T23:59:59.999Z');
    expect(addMinutes('9999-12-31T20:00:00-05:00', 120)).toBe('9999-12-31T22:00:00-05:00');
    expect(formatWithOffset(Number.MAX_SAFE_INTEGER, 0)).toBe('9999-12-31T23:59:59.999Z');
    expect(readLocal(-(2 ** 52), 'UTC').date).toBe('0000-01-01');
  });

  it('rejects a date that is not a real date where it would be computed with', () => {
    expect(codesOf(() => addDays('2026-02-30', 1))).toEqual(['core.date.invalid']);
    expect(codesOf(() => getDaysBetween('2026-01-01', '10000-04-29'))).toEqual(['core.date.invalid']);
    expect(codesOf(() => resolveLocalTime('2026-03-08', '24:00', 'America/New_York'))).toEqual([
      'invalid_format',
    ]);
  });
});

describe('helpers that read strings', () => {
  it('return NaN for a string that is not what they read, and reject what is not a string', () => {
    expect(toEpochDay('2026-02-30')).toBeNaN();
    expect(toEpochMs('soon')).toBeNaN();
    expect(codesOf(() => toEpochDay(20_000 as never))).toEqual(['invalid_type']);
    expect(codesOf(() => toEpochMs(undefined as never))).toEqual(['invalid_type']);
  });

  it('compare dates as text, so a schema refinement may call them on a field that failed its check', () => {
    expect(compareDates('2026-03-02', '2026-01-05')).toBe(1);
    expect(compareDates('2026-02-30', '2026-02-28')).toBe(1);
    expect(codesOf(() => compareDates(null as never, '2026-01-05'))).toEqual(['invalid_type']);
  });
});

describe('calendars and zones', () => {
  it('rejects options where a calendar is wanted, and a calendar with no business day', () => {
    expect(codesOf(() => isBusinessDay('2026-01-05', { holidays: ['2026-01-05'] } as never))).toEqual([
      'invalid_type',
    ]);
    const calendar = createBusinessCalendar();
    const everyDay = { weekend: new Set([1, 2, 3, 4, 5, 6, 7]), holidays: calendar.holidays };
    expect(codesOf(() => addBusinessDays('2026-01-05', 1, everyDay))).toEqual([
      'core.business_days.no_business_day',
    ]);
  });

  it('rejects an unknown zone by code, without naming it', () => {
    const message = messageOf(() => zoneOffsetMinutes('Mars/Olympus_Mons', 0));
    expect(message).toContain('core.zone.unknown');
    expect(message).not.toContain('Olympus');
  });
});
