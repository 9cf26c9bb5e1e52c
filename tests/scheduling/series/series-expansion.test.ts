import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, getWeekday, readLocal, ValidationError } from '../../../src/core/index.js';
import type { SchedulingSeriesInput } from '../../../src/scheduling/series/series.js';
import { expandSeries } from '../../../src/scheduling/series/series-expansion.js';
import { thrown } from '../../validation-subject.js';
import { weeklySeries, ZONES } from '../scheduling-fixtures.js';

const starts = (s: SchedulingSeriesInput) => expandSeries(s).occurrences.map((o) => o.start);

describe('expandSeries', () => {
  it('keeps a 9:00 weekly session at 9:00 across the March DST change in New York', () => {
    expect(starts({ ...weeklySeries, count: 3 })).toEqual([
      '2026-03-02T09:00:00-05:00',
      '2026-03-09T09:00:00-04:00',
      '2026-03-16T09:00:00-04:00',
    ]);
  });

  it('shows each occurrence on the client’s wall clock in another zone', () => {
    const e = expandSeries({ ...weeklySeries, count: 2 }, { displayZone: 'Europe/London' });
    // London changes clocks three weeks after New York: 14:00 then 13:00 for the client.
    expect(e.occurrences.map((o) => o.displayLocal.time)).toEqual(['14:00', '13:00']);
  });

  it('a weekly series keeps its local wall time across DST in any IANA zone', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom(...ZONES), fc.constantFrom(...Intl.supportedValuesOf('timeZone'))),
        fc.integer({ min: 0, max: 3 * 365 }),
        fc.integer({ min: 0, max: 23 * 60 + 59 }),
        fc.constantFrom('weekly', 'every_two_weeks') as fc.Arbitrary<'weekly' | 'every_two_weeks'>,
        (zone, offset, minute, frequency) => {
          const startDate = addDays('2025-01-01', offset);
          const time = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
          const e = expandSeries({ ...weeklySeries, zone, startDate, startTime: time, frequency, count: 60 });
          for (const o of e.occurrences) {
            const local = readLocal(o.start, zone);
            expect(getWeekday(o.ruleDate)).toBe(getWeekday(startDate));
            if (
              o.placement === 'exact' ||
              o.placement === 'overlap_earlier' ||
              o.placement === 'overlap_later'
            ) {
              expect(local.time).toBe(time);
              expect(local.date).toBe(o.ruleDate);
            }
          }
          // Every non-exact placement is explained by a reason naming its date.
          const adjusted = e.occurrences.filter((o) => o.placement !== 'exact').map((o) => o.ruleDate);
          const explained = e.reasons
            .filter((r) => r.code.startsWith('scheduling.time.dst'))
            .map((r) => r.facts.ruleDate);
          expect(explained).toEqual(adjusted);
          expect(e.occurrences.length + e.skipped.length).toBe(60);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('moves a 02:30 session forward on the spring-forward day and says so', () => {
    const e = expandSeries({ ...weeklySeries, startDate: '2026-03-01', startTime: '02:30', count: 2 });
    expect(e.occurrences[1]?.start).toBe('2026-03-08T03:30:00-04:00');
    expect(e.occurrences[1]?.placement).toBe('gap_shifted');
    expect(e.reasons.map((r) => r.code)).toEqual(['scheduling.time.dst_gap_shifted']);
  });

  it('skips the 02:30 session on the spring-forward day when the policy says skip', () => {
    const e = expandSeries({
      ...weeklySeries,
      startDate: '2026-03-01',
      startTime: '02:30',
      count: 2,
      localTimePolicy: { gap: 'skip', overlap: 'earlier' },
    });
    expect(e.occurrences).toHaveLength(1);
    expect(e.skipped).toEqual([{ sequence: 2, ruleDate: '2026-03-08', why: 'dst_gap' }]);
    expect(e.reasons[0]?.code).toBe('scheduling.time.dst_gap_skipped');
  });

  it('takes the earlier or the later 01:30 on the fall-back day, as told', () => {
    const base = { ...weeklySeries, startDate: '2026-11-01', startTime: '01:30', count: 1 };
    expect(starts(base)).toEqual(['2026-11-01T01:30:00-04:00']);
    const later = expandSeries({ ...base, localTimePolicy: { gap: 'skip', overlap: 'later' } });
    expect(later.occurrences[0]?.start).toBe('2026-11-01T01:30:00-05:00');
    expect(later.reasons[0]?.code).toBe('scheduling.time.dst_overlap_later');
  });

  it('flags a session that starts before and ends after the fall-back change, keeping its elapsed length', () => {
    const e = expandSeries({
      ...weeklySeries,
      startDate: '2026-11-01',
      startTime: '00:50',
      durationMinutes: 90,
      count: 1,
    });
    expect(e.occurrences[0]?.start).toBe('2026-11-01T00:50:00-04:00');
    expect(e.occurrences[0]?.end).toBe('2026-11-01T01:20:00-05:00');
    expect(e.reasons.map((r) => r.code)).toEqual(['scheduling.time.spans_transition']);
  });

  it('runs a monthly series on the 29th through a leap year: February 29, 2028 is kept, 2027 has none', () => {
    const monthly = { ...weeklySeries, frequency: 'monthly' as const, startDate: '2027-01-29', count: 14 };
    const dates = expandSeries(monthly).occurrences.map((o) => o.ruleDate);
    expect(dates).toContain('2028-02-29');
    expect(dates.some((d) => d.startsWith('2027-02'))).toBe(false);
  });

  it('keeps a weekly Tuesday through leap day 2028-02-29', () => {
    const e = expandSeries({ ...weeklySeries, startDate: '2028-02-22', count: 3 });
    expect(e.occurrences.map((o) => o.start)).toEqual([
      '2028-02-22T09:00:00-05:00',
      '2028-02-29T09:00:00-05:00',
      '2028-03-07T09:00:00-05:00',
    ]);
  });

  it('crosses the year end without losing a week', () => {
    const e = expandSeries({ ...weeklySeries, startDate: '2026-12-24', count: 3 });
    expect(e.occurrences.map((o) => o.ruleDate)).toEqual(['2026-12-24', '2026-12-31', '2027-01-07']);
  });

  it('keeps 9:00 in a zone without DST and a half-hour offset (Asia/Kolkata)', () => {
    expect(starts({ ...weeklySeries, zone: 'Asia/Kolkata', count: 2 })).toEqual([
      '2026-03-02T09:00:00+05:30',
      '2026-03-09T09:00:00+05:30',
    ]);
  });

  it('keeps 9:00 in a half-hour zone with DST (Australia/Adelaide, April change)', () => {
    expect(
      starts({ ...weeklySeries, zone: 'Australia/Adelaide', startDate: '2026-03-30', count: 2 }),
    ).toEqual(['2026-03-30T09:00:00+10:30', '2026-04-06T09:00:00+09:30']);
  });

  it('RFC 5545: weekly until December 24, 1997 (17 occurrences, 9:00 across the October change)', () => {
    const e = expandSeries({
      ...weeklySeries,
      startDate: '1997-09-02',
      count: undefined,
      until: '1997-12-24',
    });
    expect(e.occurrences).toHaveLength(17);
    expect(e.occurrences[0]?.start).toBe('1997-09-02T09:00:00-04:00');
    expect(e.occurrences[16]?.start).toBe('1997-12-23T09:00:00-05:00');
  });

  it('RFC 5545: every other week, 1997-09-02 for 4 occurrences', () => {
    const e = expandSeries({
      ...weeklySeries,
      startDate: '1997-09-02',
      frequency: 'every_two_weeks',
      count: 4,
    });
    expect(e.occurrences.map((o) => o.ruleDate)).toEqual([
      '1997-09-02',
      '1997-09-16',
      '1997-09-30',
      '1997-10-14',
    ]);
  });

  it('RFC 5545: monthly on the first Friday for 10 occurrences', () => {
    const e = expandSeries({
      ...weeklySeries,
      startDate: '1997-09-05',
      frequency: 'monthly',
      monthlyBy: 'weekday_of_month',
      count: 10,
    });
    expect(e.occurrences.map((o) => o.ruleDate)).toEqual([
      '1997-09-05',
      '1997-10-03',
      '1997-11-07',
      '1997-12-05',
      '1998-01-02',
      '1998-02-06',
      '1998-03-06',
      '1998-04-03',
      '1998-05-01',
      '1998-06-05',
    ]);
  });

  it('RFC 5545: a monthly rule on the 31st skips months without one', () => {
    const e = expandSeries({ ...weeklySeries, startDate: '2026-01-31', frequency: 'monthly', count: 4 });
    expect(e.occurrences.map((o) => o.ruleDate)).toEqual([
      '2026-01-31',
      '2026-03-31',
      '2026-05-31',
      '2026-07-31',
    ]);
  });

  it('runs monthly on the last Tuesday', () => {
    const e = expandSeries({
      ...weeklySeries,
      startDate: '2026-01-27',
      frequency: 'monthly',
      monthlyBy: 'last_weekday_of_month',
      count: 3,
    });
    expect(e.occurrences.map((o) => o.ruleDate)).toEqual(['2026-01-27', '2026-02-24', '2026-03-31']);
  });

  it('applies skip and move exceptions and reports each', () => {
    const e = expandSeries({
      ...weeklySeries,
      count: 3,
      exceptions: [
        { kind: 'skip', date: '2026-03-09' },
        {
          kind: 'move',
          date: '2026-03-16',
          start: '2026-03-17T10:00:00-04:00',
          end: '2026-03-17T10:50:00-04:00',
        },
      ],
    });
    expect(e.occurrences.map((o) => [o.ruleDate, o.start, o.placement])).toEqual([
      ['2026-03-02', '2026-03-02T09:00:00-05:00', 'exact'],
      ['2026-03-16', '2026-03-17T10:00:00-04:00', 'moved'],
    ]);
    expect(e.reasons.map((r) => r.code)).toEqual(['scheduling.series.skipped', 'scheduling.series.moved']);
  });

  it('lists moved occurrences in time order', () => {
    const e = expandSeries({
      ...weeklySeries,
      count: 2,
      exceptions: [
        {
          kind: 'move',
          date: '2026-03-02',
          start: '2026-03-10T10:00:00-04:00',
          end: '2026-03-10T10:50:00-04:00',
        },
      ],
    });
    expect(e.occurrences.map((o) => o.sequence)).toEqual([2, 1]);
  });

  it('cuts a long until-bounded series at the cap and says so', () => {
    const e = expandSeries({ ...weeklySeries, count: undefined, until: '2040-12-31' });
    expect(e.truncated).toBe(true);
    expect(e.occurrences).toHaveLength(520);
    expect(e.reasons.at(-1)?.code).toBe('scheduling.series.truncated');
  });

  it('rejects a series with neither count nor until, an unknown zone and an end before the start, naming each', () => {
    const bad = { ...weeklySeries, count: undefined, zone: 'Mars/Olympus', durationMinutes: -5 };
    try {
      expandSeries(bad);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      const issues = (error as ValidationError).issues;
      expect(issues.map((i) => [i.at, i.code])).toEqual(
        expect.arrayContaining([
          ['$.input.zone', 'core.zone.unknown'],
          ['$.input.durationMinutes', 'too_small'],
          ['$.input.count', 'scheduling.series.unbounded'],
        ]),
      );
      expect((error as Error).message).not.toContain('Mars/Olympus');
    }
  });

  it('rejects until before the start, both count and until, duplicate and reversed exceptions', () => {
    const bad = {
      ...weeklySeries,
      until: '2026-01-01',
      exceptions: [
        { kind: 'skip', date: '2026-03-09' },
        {
          kind: 'move',
          date: '2026-03-09',
          start: '2026-03-10T10:00:00-04:00',
          end: '2026-03-10T09:00:00-04:00',
        },
      ],
    } as SchedulingSeriesInput;
    expect(() => expandSeries(bad)).toThrow(ValidationError);
    try {
      expandSeries(bad);
    } catch (error) {
      expect((error as ValidationError).issues.map((i) => i.code).sort()).toEqual([
        'scheduling.series.count_and_until',
        'scheduling.series.duplicate_exception',
        'scheduling.series.end_before_start',
        'scheduling.series.end_before_start',
      ]);
    }
  });
});

describe('expandSeries: rules a calendar can express', () => {
  const group = {
    id: 's-dbt',
    clinicianId: 'dr-lee',
    clientIds: ['c-1', 'c-2', 'c-3'],
    type: 'group' as const,
    modality: { kind: 'in_person' as const, locationId: 'main' },
    zone: 'America/Chicago',
    startDate: '2026-03-03',
    startTime: '17:00',
    durationMinutes: 90,
    frequency: 'weekly' as const,
  };
  const starts = (input: Parameters<typeof expandSeries>[0]) =>
    expandSeries(input).occurrences.map((o) => o.start);

  it('runs twice-weekly DBT on Tuesdays and Thursdays at 17:00 on the wall clock across the March DST change', () => {
    expect(starts({ ...group, weekdays: ['tue', 'thu'], count: 4 })).toEqual([
      '2026-03-03T17:00:00-06:00',
      '2026-03-05T17:00:00-06:00',
      '2026-03-10T17:00:00-05:00',
      '2026-03-12T17:00:00-05:00',
    ]);
  });

  it('repeats every three weeks, and every second month on the last Tuesday', () => {
    expect(starts({ ...group, interval: 3, count: 3 })).toEqual([
      '2026-03-03T17:00:00-06:00',
      '2026-03-24T17:00:00-05:00',
      '2026-04-14T17:00:00-05:00',
    ]);
    expect(
      starts({
        ...group,
        startDate: '2026-03-31',
        frequency: 'monthly',
        monthlyBy: 'last_weekday_of_month',
        interval: 2,
        count: 3,
      }),
    ).toEqual(['2026-03-31T17:00:00-05:00', '2026-05-26T17:00:00-05:00', '2026-07-28T17:00:00-05:00']);
  });

  it('counts every weekday of a multi-day rule toward COUNT, and skips by date as a weekly series does', () => {
    const expansion = expandSeries({
      ...group,
      weekdays: ['tue', 'thu'],
      count: 4,
      exceptions: [{ kind: 'skip', date: '2026-03-05' }],
    });
    expect(expansion.occurrences.map((o) => o.sequence)).toEqual([1, 3, 4]);
    expect(expansion.skipped).toEqual([{ sequence: 2, ruleDate: '2026-03-05', why: 'exception' }]);
  });

  it('lists the series’ problems beside bad options, each under its parameter’s name', () => {
    const error = thrown(() =>
      expandSeries({ ...weeklySeries, zone: 'Mars/Olympus' }, { displayZone: 'Mars/Olympus' }),
    );
    expect(error.issues.map((i) => `${i.code}@${i.at}`)).toEqual([
      'core.zone.unknown@$.input.zone',
      'core.zone.unknown@$.options.displayZone',
    ]);
  });

  it.each([
    [
      { frequency: 'every_two_weeks', interval: 3 },
      '$.input.interval',
      'scheduling.series.interval_conflict',
    ],
    [
      { frequency: 'monthly', weekdays: ['tue'] },
      '$.input.weekdays',
      'scheduling.series.weekdays_not_weekly',
    ],
    [{ weekdays: ['mon', 'wed'] }, '$.input.weekdays', 'scheduling.series.start_not_in_rule'],
    [{ weekdays: ['tue', 'tue'] }, '$.input.weekdays', 'scheduling.series.duplicate_weekday'],
  ])('refuses a rule it cannot run: %j', (change, at, code) => {
    expect(() => expandSeries({ ...group, count: 4, ...change } as never)).toThrowError(
      expect.objectContaining({ issues: [expect.objectContaining({ at, code })] }),
    );
  });
});
