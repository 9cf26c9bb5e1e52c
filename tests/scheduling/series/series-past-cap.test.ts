import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/core/index.js';
import { fromEpochDay, toEpochDay } from '../../../src/core/internal.js';
import { expandFloating } from '../../../src/scheduling/series/recurrence-engine.js';
import { ruleMatchesDay } from '../../../src/scheduling/series/rule-dates.js';
import type { SchedulingSeriesInput } from '../../../src/scheduling/series/series.js';
import {
  endSeries,
  rescheduleOccurrence,
  skipOccurrence,
  splitSeries,
} from '../../../src/scheduling/series/series-edits.js';
import { expandSeries } from '../../../src/scheduling/series/series-expansion.js';

// Outside-tester cases (sched38): series longer than the 520-occurrence expansion cap. Dates are real:
// US DST starts 2027-03-14 and ends 2027-11-07; 2028-02-29 is a leap day.
const issuesOf = (f: () => unknown): string[] | string => {
  try {
    f();
  } catch (error) {
    return error instanceof ValidationError ? error.issues.map((i) => `${i.code}@${i.at}`) : String(error);
  }
  return 'no error';
};

// Daily DBT skills practice, every day from 2027-01-04 (a Monday) to 2028-12-29: 726 days, past the cap
// (the 520th is 2028-06-06).
const daily: SchedulingSeriesInput = {
  id: 's-daily',
  clinicianId: 'dr-lee',
  clientIds: ['c-1'],
  type: 'individual',
  modality: { kind: 'telehealth', clientLocationState: 'NY' },
  zone: 'America/New_York',
  startDate: '2027-01-04',
  startTime: '09:00',
  durationMinutes: 50,
  frequency: 'weekly',
  weekdays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
  until: '2028-12-29',
};

// Weekly on Mondays from 2027-01-04 to 2037-12-28: 574 Mondays, past the cap (the 520th is 2036-12-15).
const longWeekly: SchedulingSeriesInput = {
  ...daily,
  id: 's-weekly',
  weekdays: undefined,
  until: '2037-12-28',
};

const moveOf = (date: string, start: string, end: string) => ({ kind: 'move' as const, date, start, end });

describe('series edits past the expansion cap (sched38 outside tester)', () => {
  it('the daily series is longer than the cap (the premise of these cases)', () => {
    expect(expandSeries(daily).truncated).toBe(true);
    expect(expandSeries(longWeekly).truncated).toBe(true);
  });

  it('refuses a frequency change that drops a session moved on 2028-08-23, past the cap (RFC 5545 §3.3.10)', () => {
    // 2028-08-23 is a Wednesday of the 86th week from 2027-01-04: every two weeks no longer has it.
    const moved = {
      ...daily,
      exceptions: [moveOf('2028-08-23', '2028-08-23T15:00:00-04:00', '2028-08-23T15:50:00-04:00')],
    };
    expect(
      issuesOf(() => splitSeries(moved, '2027-01-04', { newSeriesId: 's-2', frequency: 'every_two_weeks' })),
    ).toEqual(['scheduling.series.moved_occurrence_not_in_rule@$.changes.frequency']);
  });

  it('keeps a session moved past the cap when the new rule still has its date', () => {
    // 2028-08-16 is a Wednesday of the 85th week from 2027-01-04, a week of the every-two-weeks rule.
    const moved = {
      ...daily,
      exceptions: [moveOf('2028-08-16', '2028-08-16T15:00:00-04:00', '2028-08-16T15:50:00-04:00')],
    };
    const { after } = splitSeries(moved, '2027-01-04', { newSeriesId: 's-2', frequency: 'every_two_weeks' });
    expect(after?.exceptions).toEqual(moved.exceptions);
  });

  it('splits a long weekly series on 2037-01-05, past the cap, and keeps the tail', () => {
    const { before, after } = splitSeries(longWeekly, '2037-01-05', {
      newSeriesId: 's-2',
      startTime: '10:00',
    });
    expect(before?.until).toBe('2037-01-04');
    expect(after?.startDate).toBe('2037-01-05');
    expect(after?.until).toBe('2037-12-28');
  });

  it('skips the Monday 2037-06-01, past the cap', () => {
    expect(skipOccurrence(longWeekly, '2037-06-01').exceptions).toEqual([
      { kind: 'skip', date: '2037-06-01' },
    ]);
  });

  it('still refuses to skip a Tuesday past the cap (not a rule date)', () => {
    expect(issuesOf(() => skipOccurrence(longWeekly, '2037-06-02'))).toEqual([
      'scheduling.series.not_an_occurrence@$.date',
    ]);
  });

  it('moves the daily session of 2028-07-04 past the cap', () => {
    const s = rescheduleOccurrence(daily, '2028-07-04', {
      start: '2028-07-04T13:00:00-04:00',
      end: '2028-07-04T13:50:00-04:00',
    });
    expect(s.exceptions).toHaveLength(1);
  });

  it('refuses a move past the cap onto the next day’s session time (one clinician, one session)', () => {
    expect(
      issuesOf(() =>
        rescheduleOccurrence(daily, '2028-07-04', {
          start: '2028-07-05T09:10:00-04:00',
          end: '2028-07-05T10:00:00-04:00',
        }),
      ),
    ).toEqual(['scheduling.series.move_overlaps_occurrence@$.to.start']);
  });

  it('refuses a move past the cap onto another moved session', () => {
    const withMove = rescheduleOccurrence(daily, '2028-07-04', {
      start: '2028-07-04T13:00:00-04:00',
      end: '2028-07-04T13:50:00-04:00',
    });
    expect(
      issuesOf(() =>
        rescheduleOccurrence(withMove, '2028-07-03', {
          start: '2028-07-04T13:20:00-04:00',
          end: '2028-07-04T14:10:00-04:00',
        }),
      ),
    ).toEqual(['scheduling.series.move_overlaps_occurrence@$.to.start']);
  });

  it('moves a session on the leap day 2028-02-29 within the cap (a control)', () => {
    const s = rescheduleOccurrence(daily, '2028-02-29', {
      start: '2028-02-29T13:00:00-05:00',
      end: '2028-02-29T13:50:00-05:00',
    });
    expect(s.exceptions[0]?.date).toBe('2028-02-29');
  });

  it('names the series’ exception, not the frequency, when a moved session was never on a rule date', () => {
    // A stored series edited by hand: a move keyed to a Tuesday of a Mondays-only series; no frequency change.
    const stored = {
      ...longWeekly,
      until: '2027-12-27',
      exceptions: [moveOf('2027-06-08', '2027-06-08T15:00:00-04:00', '2027-06-08T15:50:00-04:00')],
    };
    const found = issuesOf(() =>
      splitSeries(stored, '2027-03-01', { newSeriesId: 's-2', startTime: '10:00' }),
    );
    expect(found).toEqual(['scheduling.series.move_not_on_rule_date@$.series.exceptions[0].date']);
  });

  it('names the frequency when the change conflicts with the series’ interval', () => {
    const everyThird = { ...longWeekly, interval: 3, until: '2027-12-27' };
    expect(
      issuesOf(() =>
        splitSeries(everyThird, '2027-03-01', { newSeriesId: 's-2', frequency: 'every_two_weeks' }),
      ),
    ).toEqual(['scheduling.series.interval_conflict@$.changes.frequency']);
  });

  it('names the frequency when a weekly series with weekdays becomes monthly', () => {
    const twice = { ...longWeekly, weekdays: ['mon' as const, 'thu' as const], until: '2027-12-27' };
    expect(
      issuesOf(() => splitSeries(twice, '2027-03-01', { newSeriesId: 's-2', frequency: 'monthly' })),
    ).toEqual(['scheduling.series.weekdays_not_weekly@$.changes.frequency']);
  });

  it('names the new modality’s zone when an in-person office keeps another zone’s clock (Phoenix has no DST)', () => {
    const ny = { ...longWeekly, until: '2027-12-27' };
    expect(
      issuesOf(() =>
        splitSeries(ny, '2027-03-01', {
          newSeriesId: 's-2',
          modality: { kind: 'in_person', locationId: 'phoenix-office', zone: 'America/Phoenix' },
        }),
      ),
    ).toEqual(['scheduling.series.zone_not_office@$.changes.modality.zone']);
  });

  it('keeps a move in the new rule past its cap (daily to every two weeks until 2030-12-27)', () => {
    // Every two weeks, seven days a week, from 2027-01-04: 1,043 days, 525 of them held, past the cap; the
    // week of 2030-12-23 is the 207th from the first, an even distance, so its Wednesday stays.
    const long = {
      ...daily,
      until: '2030-12-27',
      exceptions: [moveOf('2030-12-18', '2030-12-19T15:00:00-05:00', '2030-12-19T15:50:00-05:00')],
    };
    const { after } = splitSeries(long, '2027-01-04', { newSeriesId: 's-2', frequency: 'every_two_weeks' });
    expect(expandSeries(after as SchedulingSeriesInput).truncated).toBe(true);
    expect(after?.exceptions).toEqual(long.exceptions);
  });

  it('ends a daily series past the cap on 2028-10-31', () => {
    expect(endSeries(daily, '2028-10-31').until).toBe('2028-10-31');
  });

  it('splits a series over the year end 2027-12-31 and across DST end 2027-11-07', () => {
    const yearEnd = { ...longWeekly, until: '2028-01-31' };
    const { before, after } = splitSeries(yearEnd, '2027-11-08', { newSeriesId: 's-2', startTime: '08:00' });
    expect(before?.until).toBe('2027-11-07');
    expect(
      expandSeries(after as SchedulingSeriesInput)
        .occurrences.map((o) => o.start)
        .slice(-2),
    ).toEqual(['2028-01-24T08:00:00-05:00', '2028-01-31T08:00:00-05:00']);
  });
});

describe('ruleMatchesDay (the rule past the cap)', () => {
  it('always agrees with the recurrence engine on every day of a rule the cap lists whole', () => {
    const frequency = fc.oneof(
      fc
        .record({
          interval: fc.integer({ min: 1, max: 5 }),
          weekdays: fc.option(
            fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }),
            {
              nil: undefined,
            },
          ),
        })
        .map((f) => ({ kind: 'weekly' as const, ...f })),
      fc.integer({ min: 1, max: 14 }).map((interval) => ({ kind: 'monthly_day' as const, interval })),
      fc
        .record({ nth: fc.constantFrom(1, 2, 3, 4, 5, -1), interval: fc.integer({ min: 1, max: 14 }) })
        .map((f) => ({ kind: 'monthly_weekday' as const, ...f })),
    );
    fc.assert(
      fc.property(
        frequency,
        fc.integer({ min: toEpochDay('2026-01-01'), max: toEpochDay('2030-12-31') }),
        fc.integer({ min: 0, max: 900 }),
        (f, start, length) => {
          // A first date the rule has (RFC 5545 asks it of DTSTART): the start's weekday among the weekdays,
          // and an nth weekday that is the start's own.
          const weekday = (((start + 3) % 7) + 7) % 7;
          const dom = Number(fromEpochDay(start).slice(8, 10));
          const shaped =
            f.kind === 'weekly' && f.weekdays !== undefined && !f.weekdays.includes(weekday)
              ? { ...f, weekdays: [...f.weekdays, weekday] }
              : f.kind === 'monthly_weekday' && f.nth !== -1
                ? { ...f, nth: Math.ceil(dom / 7) }
                : f;
          const rule = { frequency: shaped, startDay: start, minute: 540, untilDay: start + length };
          const { days, truncated } = expandFloating({ ...rule, cap: 10_000 });
          expect(truncated).toBe(false);
          const listed = new Set(days);
          for (let d = start - 3; d <= start + length + 3; d += 1) {
            expect(ruleMatchesDay(rule, d)).toBe(listed.has(d));
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
