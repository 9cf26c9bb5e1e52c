import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getUsFederalHolidays } from '../../../src/core/index.js';
import { isoWeekday, usFederalHolidayList } from '../../../src/core/internal.js';

describe('US federal holidays', () => {
  it('lists 2026 with Independence Day observed on Friday July 3', () => {
    expect(getUsFederalHolidays(2026)).toEqual([
      '2026-01-01',
      '2026-01-19',
      '2026-02-16',
      '2026-05-25',
      '2026-06-19',
      '2026-07-03',
      '2026-09-07',
      '2026-10-12',
      '2026-11-11',
      '2026-11-26',
      '2026-12-25',
    ]);
    expect(usFederalHolidayList(2026).find((h) => h.date === '2026-07-03')).toEqual({
      date: '2026-07-03',
      name: 'Independence Day',
      observed: true,
    });
  });

  it("observes New Year's Day 2022 (a Saturday) on December 31, 2021", () => {
    expect(getUsFederalHolidays(2021)).toContain('2021-12-31');
    expect(getUsFederalHolidays(2022)).not.toContain('2022-01-01');
    expect(getUsFederalHolidays(2022, 2022, { observed: false })).toContain('2022-01-01');
  });

  it('has no Juneteenth before 2021', () => {
    expect(getUsFederalHolidays(2020)).toHaveLength(10);
    expect(getUsFederalHolidays(2021)).toHaveLength(12);
  });

  it('puts observed holidays on weekdays, Thanksgiving on a Thursday, and in date order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1971, max: 2200 }), (year) => {
        const list = usFederalHolidayList(year);
        for (const h of list) expect(isoWeekday(h.date)).toBeLessThanOrEqual(5);
        const thanksgiving = list.find((h) => h.name === 'Thanksgiving Day');
        expect(thanksgiving && isoWeekday(thanksgiving.date)).toBe(4);
        expect([...list].map((h) => h.date)).toEqual(list.map((h) => h.date).sort());
        expect(new Set(list.map((h) => h.date)).size).toBe(list.length);
      }),
    );
  });
});
