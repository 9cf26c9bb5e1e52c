import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  expandSeries,
  readRRule,
  type SchedulingSeriesInput,
  writeRRule,
} from '../../../src/scheduling/index.js';

const dbt: SchedulingSeriesInput = {
  id: 's-dbt',
  clinicianId: 'dr-lee',
  clientIds: ['c-ava'],
  type: 'group',
  modality: { kind: 'in_person', locationId: 'main' },
  zone: 'America/Chicago',
  startDate: '2026-03-03',
  startTime: '17:00',
  durationMinutes: 90,
  frequency: 'weekly',
  weekdays: ['tue', 'thu'],
  count: 24,
};
const at = { zone: 'America/Chicago', startDate: '2026-03-03', startTime: '17:00' };

function codes(f: () => unknown): string[] {
  try {
    f();
    return [];
  } catch (e) {
    return (e as { issues: { at: string; code: string }[] }).issues.map((i) => `${i.at} ${i.code}`);
  }
}

describe('writeRRule', () => {
  it('writes twice-weekly DBT skills group as BYDAY=TU,TH with its count', () => {
    expect(writeRRule(dbt)).toBe('FREQ=WEEKLY;BYDAY=TU,TH;COUNT=24');
  });

  it('writes every three weeks, every two weeks, and monthly by date, nth and last weekday', () => {
    expect(writeRRule({ ...dbt, weekdays: undefined, interval: 3 })).toBe(
      'FREQ=WEEKLY;INTERVAL=3;WKST=MO;COUNT=24',
    );
    expect(writeRRule({ ...dbt, weekdays: undefined, frequency: 'every_two_weeks' })).toBe(
      'FREQ=WEEKLY;INTERVAL=2;WKST=MO;COUNT=24',
    );
    const monthly = { ...dbt, weekdays: undefined, frequency: 'monthly' } as const;
    expect(writeRRule({ ...monthly, monthlyBy: 'day_of_month' })).toBe('FREQ=MONTHLY;BYMONTHDAY=3;COUNT=24');
    expect(writeRRule({ ...monthly, monthlyBy: 'weekday_of_month' })).toBe('FREQ=MONTHLY;BYDAY=1TU;COUNT=24');
    expect(
      writeRRule({ ...monthly, startDate: '2026-03-31', monthlyBy: 'last_weekday_of_month', interval: 2 }),
    ).toBe('FREQ=MONTHLY;INTERVAL=2;BYDAY=-1TU;COUNT=24');
  });

  it('writes UNTIL as the UTC end of the until date on the series’ clock', () => {
    const { count: _c, ...rest } = dbt;
    expect(writeRRule({ ...rest, until: '2026-06-30' })).toBe(
      'FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20260701T045959Z',
    );
  });
});

describe('readRRule', () => {
  it('reads twice-weekly, every N weeks, and monthly rules into series fields', () => {
    expect(readRRule('RRULE:FREQ=WEEKLY;BYDAY=TU,TH;COUNT=24', at)).toEqual({
      frequency: 'weekly',
      weekdays: ['tue', 'thu'],
      count: 24,
    });
    expect(readRRule('FREQ=WEEKLY;INTERVAL=2;UNTIL=20260630', at)).toEqual({
      frequency: 'every_two_weeks',
      until: '2026-06-30',
    });
    expect(readRRule('freq=weekly;interval=4;byday=tu;count=6', at)).toEqual({
      frequency: 'weekly',
      interval: 4,
      count: 6,
    });
    expect(readRRule('FREQ=MONTHLY;BYDAY=1TU;COUNT=12', at)).toEqual({
      frequency: 'monthly',
      monthlyBy: 'weekday_of_month',
      count: 12,
    });
    expect(readRRule('FREQ=MONTHLY;BYDAY=-1TU;COUNT=12', { ...at, startDate: '2026-03-31' })).toEqual({
      frequency: 'monthly',
      monthlyBy: 'last_weekday_of_month',
      count: 12,
    });
    expect(readRRule('FREQ=MONTHLY;COUNT=12', at)).toEqual({
      frequency: 'monthly',
      monthlyBy: 'day_of_month',
      count: 12,
    });
  });

  it('reads Outlook’s monthly nth weekday (BYDAY=TU;BYSETPOS=1) as BYDAY=1TU, and BYSETPOS=-1 as the last', () => {
    // Exchange and Outlook export "the first Tuesday" as BYDAY=TU;BYSETPOS=1 ([MS-OXCICAL] 2.1.3.2.2.4);
    // the reader refused it.
    expect(readRRule('RRULE:FREQ=MONTHLY;COUNT=7;BYDAY=TU;BYSETPOS=1;WKST=SU', at)).toEqual({
      frequency: 'monthly',
      monthlyBy: 'weekday_of_month',
      count: 7,
    });
    expect(
      readRRule('FREQ=MONTHLY;BYDAY=TU;BYSETPOS=-1;UNTIL=20261231', { ...at, startDate: '2026-03-31' }),
    ).toEqual({ frequency: 'monthly', monthlyBy: 'last_weekday_of_month', until: '2026-12-31' });
  });

  it('reads BYDAY=<weekday>;BYSETPOS=<n> exactly as BYDAY=<n><weekday> (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 365 }),
        fc.constantFrom('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'),
        fc.constantFrom('1', '2', '3', '4', '5', '-1', '+2'),
        (offset, day, n) => {
          const startDate = new Date(Date.UTC(2026, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
          const options = { ...at, startDate };
          const read = (rule: string) => {
            try {
              return readRRule(rule, options);
            } catch {
              return codes(() => readRRule(rule, options));
            }
          };
          expect(read(`FREQ=MONTHLY;BYDAY=${day};BYSETPOS=${n};COUNT=6`)).toEqual(
            read(`FREQ=MONTHLY;BYDAY=${n.replace('+', '')}${day};COUNT=6`),
          );
        },
      ),
    );
  });

  it('reads Google Calendar’s WKST=SU every other week on weekdays, and refuses a week start the days straddle', () => {
    // Google Calendar exports "every 2 weeks on Tuesday and Thursday" as FREQ=WEEKLY;WKST=SU;INTERVAL=2;BYDAY=TU,TH:
    // a Sunday week start groups Monday to Saturday as a Monday one does, so the sessions are the same.
    expect(readRRule('RRULE:FREQ=WEEKLY;WKST=SU;INTERVAL=2;BYDAY=TU,TH;COUNT=12', at)).toEqual({
      frequency: 'every_two_weeks',
      weekdays: ['tue', 'thu'],
      count: 12,
    });
    expect(codes(() => readRRule('FREQ=WEEKLY;WKST=SU;INTERVAL=2;BYDAY=TU,SU;COUNT=12', at))).toEqual([
      '$.rule.WKST scheduling.rrule.unsupported',
    ]);
    expect(codes(() => readRRule('FREQ=WEEKLY;WKST=XX;COUNT=12', at))).toEqual([
      '$.rule.WKST scheduling.rrule.invalid',
    ]);
  });

  it('expands a Sunday-start rule on weekdays as a calendar does (property, ical.js as the oracle)', () => {
    const names = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 2, max: 4 }),
        fc.integer({ min: 1, max: 30 }),
        (offset, picked, interval, count) => {
          const startDate = new Date(Date.UTC(2026, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
          const startDay = (new Date(`${startDate}T00:00:00Z`).getUTCDay() + 6) % 7;
          fc.pre(startDay < 6);
          const days = [...new Set([startDay, ...picked])].sort().map((d) => names[d]);
          const rule = `FREQ=WEEKLY;WKST=SU;INTERVAL=${interval};BYDAY=${days.join(',')};COUNT=${count}`;
          const recurrence = readRRule(rule, { ...at, startDate });
          const series = { ...dbt, weekdays: undefined, count: undefined, startDate, ...recurrence };
          const ours = expandSeries(series as SchedulingSeriesInput).occurrences.map((o) =>
            o.start.slice(0, 10),
          );
          const it = ICAL.Recur.fromString(rule).iterator(
            ICAL.Time.fromDateTimeString(`${startDate}T17:00:00`),
          );
          const theirs: string[] = [];
          for (let next = it.next(); next && theirs.length < count; next = it.next()) {
            theirs.push(next.toString().slice(0, 10));
          }
          expect(ours).toEqual(theirs);
        },
      ),
    );
  });

  it('reads a UTC UNTIL as the last local date whose session starts by then', () => {
    // 17:00 in Chicago on 2026-06-30 is 22:00Z: an UNTIL at 21:00Z ends the day before.
    expect(readRRule('FREQ=WEEKLY;UNTIL=20260630T220000Z', at).until).toBe('2026-06-30');
    expect(readRRule('FREQ=WEEKLY;UNTIL=20260630T210000Z', at).until).toBe('2026-06-29');
  });

  it('lists a rule that is not text beside bad options, each under its parameter’s name', () => {
    expect(
      codes(() => readRRule(7 as never, { ...at, zone: 'Mars/Olympus', startDate: '2026-02-30' })),
    ).toEqual([
      '$.rule invalid_type',
      '$.options.zone core.zone.unknown',
      '$.options.startDate core.date.invalid',
    ]);
  });

  it('reports what a series cannot express, by rule part, instead of approximating', () => {
    expect(codes(() => readRRule('FREQ=DAILY;COUNT=5', at))).toEqual([
      '$.rule.FREQ scheduling.rrule.unsupported',
    ]);
    expect(codes(() => readRRule('FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2;COUNT=5', at))).toEqual([
      '$.rule.BYDAY scheduling.rrule.start_not_in_rule',
    ]);
    expect(codes(() => readRRule('FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;COUNT=5', at))).toEqual([
      '$.rule.BYSETPOS scheduling.rrule.unsupported',
      '$.rule.BYDAY scheduling.rrule.start_not_in_rule',
    ]);
    expect(codes(() => readRRule('FREQ=WEEKLY;BYDAY=TU;BYSETPOS=1;COUNT=5', at))).toEqual([
      '$.rule.BYSETPOS scheduling.rrule.unsupported',
    ]);
    expect(codes(() => readRRule('FREQ=WEEKLY;BYDAY=MO,WE', at))).toEqual([
      '$.rule.BYDAY scheduling.rrule.start_not_in_rule',
      '$.rule.COUNT scheduling.rrule.unbounded',
    ]);
    expect(codes(() => readRRule('FREQ=WEEKLY;COUNT=3;UNTIL=20260601', at))).toEqual([
      '$.rule.UNTIL scheduling.rrule.count_and_until',
    ]);
    expect(codes(() => readRRule('FREQ=MONTHLY;BYDAY=2TU;COUNT=3', at))).toEqual([
      '$.rule.BYDAY scheduling.rrule.start_not_in_rule',
    ]);
    expect(codes(() => readRRule('FREQ=WEEKLY;COUNT=0;INTERVAL=x', at))).toEqual([
      '$.rule.INTERVAL scheduling.rrule.invalid',
      '$.rule.COUNT scheduling.rrule.invalid',
    ]);
    expect(codes(() => readRRule('FREQ=WEEKLY;FREQ=WEEKLY;UNTIL=2026', at))).toEqual([
      '$.rule.FREQ scheduling.rrule.invalid',
      '$.rule.UNTIL scheduling.rrule.invalid',
    ]);
  });

  it('reads back what it writes: the same sessions (property)', () => {
    const arb = fc.record({
      day: fc.integer({ min: 0, max: 400 }),
      shape: fc.constantFrom(
        'weekly',
        'every_two_weeks',
        'every_5_weeks',
        'twice',
        'monthly_day',
        'monthly_nth',
        'monthly_last',
      ),
      count: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
      zone: fc.constantFrom('America/Chicago', 'Europe/Paris', 'Australia/Adelaide'),
      hour: fc.integer({ min: 0, max: 23 }),
    });
    fc.assert(
      fc.property(arb, (r) => {
        const startDate = new Date(Date.UTC(2026, 0, 1) + r.day * 86_400_000).toISOString().slice(0, 10);
        const weekday = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'][
          new Date(`${startDate}T00:00:00Z`).getUTCDay()
        ] as 'mon';
        const shape = {
          weekly: { frequency: 'weekly' },
          every_two_weeks: { frequency: 'every_two_weeks' },
          every_5_weeks: { frequency: 'weekly', interval: 5 },
          twice: { frequency: 'weekly', weekdays: [...new Set([weekday, 'fri'])] },
          monthly_day: { frequency: 'monthly', monthlyBy: 'day_of_month' },
          monthly_nth: { frequency: 'monthly', monthlyBy: 'weekday_of_month' },
          monthly_last: { frequency: 'monthly', monthlyBy: 'last_weekday_of_month' },
        }[r.shape];
        const startTime = `${String(r.hour).padStart(2, '0')}:00`;
        const bound =
          r.count === undefined
            ? {
                until: new Date(Date.UTC(2026, 0, 1) + (r.day + 200) * 86_400_000).toISOString().slice(0, 10),
              }
            : { count: r.count };
        const series = {
          ...dbt,
          count: undefined,
          zone: r.zone,
          startDate,
          startTime,
          weekdays: undefined,
          ...shape,
          ...bound,
        } as SchedulingSeriesInput;
        // A last-weekday rule starts on the last such weekday of its month.
        const monthEnd = new Date(
          Date.UTC(Number(startDate.slice(0, 4)), Number(startDate.slice(5, 7)), 0),
        ).getUTCDate();
        fc.pre(r.shape !== 'monthly_last' || Number(startDate.slice(8, 10)) + 7 > monthEnd);
        const text = writeRRule(series);
        const back = {
          ...series,
          weekdays: undefined,
          interval: undefined,
          monthlyBy: undefined,
          count: undefined,
          until: undefined,
          ...readRRule(text, { zone: r.zone, startDate, startTime }),
        };
        expect(expandSeries(back).occurrences).toEqual(expandSeries(series).occurrences);
        expect(writeRRule(back)).toBe(text);
      }),
      { numRuns: 150 },
    );
  });
});

// COUNT past the 520-occurrence cap (sched39): a count no series can hold is refused at COUNT with its own
// code, never cut to 520 nor passed on to fail later as the series' count; RFC 5545 §3.3.10 writes COUNT as
// 1*DIGIT, so leading zeros are digits too.
describe('readRRule: COUNT and the series cap', () => {
  it('reads COUNT=520, ten years of weekly sessions, and COUNT=0520 as the same', () => {
    expect(readRRule('FREQ=WEEKLY;COUNT=520', at)).toEqual({ frequency: 'weekly', count: 520 });
    expect(readRRule('FREQ=WEEKLY;COUNT=0520', at)).toEqual({ frequency: 'weekly', count: 520 });
  });

  it('refuses COUNT=521 and COUNT=1000 as past the cap, and COUNT=0 or a sign as invalid', () => {
    expect(codes(() => readRRule('FREQ=WEEKLY;COUNT=521', at))).toEqual([
      '$.rule.COUNT scheduling.rrule.count_past_cap',
    ]);
    expect(codes(() => readRRule('FREQ=WEEKLY;COUNT=1000', at))).toEqual([
      '$.rule.COUNT scheduling.rrule.count_past_cap',
    ]);
    expect(codes(() => readRRule('FREQ=WEEKLY;COUNT=0', at))).toEqual([
      '$.rule.COUNT scheduling.rrule.invalid',
    ]);
    expect(codes(() => readRRule('FREQ=WEEKLY;COUNT=+5', at))).toEqual([
      '$.rule.COUNT scheduling.rrule.invalid',
    ]);
  });

  it('reads every COUNT a series can hold into one it expands to that many sessions, and refuses the rest (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5_000 }), (n) => {
        const rule = `FREQ=WEEKLY;COUNT=${n}`;
        if (n > 520) {
          expect(codes(() => readRRule(rule, at))).toEqual(['$.rule.COUNT scheduling.rrule.count_past_cap']);
          return;
        }
        const read = readRRule(rule, at);
        expect(read).toEqual({ frequency: 'weekly', count: n });
        const { weekdays: _w, ...series } = { ...dbt, ...read };
        expect(expandSeries(series).occurrences).toHaveLength(n);
        expect(writeRRule(series)).toBe(rule);
      }),
      { numRuns: 60 },
    );
  });
});
