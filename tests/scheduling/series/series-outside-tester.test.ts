// Recurring series as an outside tester reads the docs (docs/scheduling.md, "Recurring sessions" and
// "Calendars"): wall time kept across the US changes of 2026-11-01 and 2027-03-14 (15 U.S.C. 260a
// [sources: usc-15-260a]), zones without DST, holidays and time off, biweekly and monthly rules, exceptions
// under later edits, and the iCalendar export read back by ical.js (RFC 5545 §3.3.10 RRULE, §3.8.5.1 EXDATE,
// §3.8.5.3 RRULE, §3.2.19 TZID, §3.6.5 VTIMEZONE [sources: rfc-5545-icalendar]).
import fc from 'fast-check';
import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { toEpochMs } from '../../../src/core/internal.js';
import {
  endSeries,
  evaluateSeriesBooking,
  expandSeries,
  rescheduleOccurrence,
  type SchedulingClinicianInput,
  type SchedulingSeriesInput,
  skipOccurrence,
  splitSeries,
  toICalendar,
  writeRRule,
} from '../../../src/scheduling/index.js';
import { thrown } from '../../validation-subject.js';

afterEach(() => ICAL.TimezoneService.reset());

/** A Thursday 17:00 weekly telehealth session for a New York clinician, from 2026-10-22. */
const thursdays: SchedulingSeriesInput = {
  id: 'ser-thu',
  clinicianId: 'dr-ortiz',
  clientIds: ['c-mae'],
  type: 'individual',
  modality: { kind: 'telehealth', clientLocationState: 'NY' },
  zone: 'America/New_York',
  startDate: '2026-10-22',
  startTime: '17:00',
  durationMinutes: 50,
  frequency: 'weekly',
  count: 8,
};

const drOrtiz: SchedulingClinicianInput = {
  id: 'dr-ortiz',
  zone: 'America/New_York',
  modalities: ['telehealth'],
  availability: [{ days: ['thu', 'fri'], start: '16:00', end: '20:00' }],
};

const startsOf = (s: SchedulingSeriesInput) => expandSeries(s).occurrences.map((o) => o.start);

/** The occurrences ical.js expands from the text (masters with their overrides), as epoch ms. */
function calendarStarts(text: string): number[] {
  const root = new ICAL.Component(ICAL.parse(text));
  for (const vtz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtz);
  const overrides = new Map<string, number>();
  for (const v of root.getAllSubcomponents('vevent')) {
    if (!v.hasProperty('recurrence-id')) continue;
    const e = new ICAL.Event(v);
    overrides.set(`${e.uid}|${e.recurrenceId.toUnixTime()}`, e.startDate.toUnixTime() * 1000);
  }
  const out: number[] = [];
  for (const v of root.getAllSubcomponents('vevent')) {
    if (v.hasProperty('recurrence-id')) continue;
    const event = new ICAL.Event(v);
    if (!event.isRecurring()) {
      out.push(event.startDate.toUnixTime() * 1000);
      continue;
    }
    const it = event.iterator();
    for (let next = it.next(); next !== undefined && next !== null && out.length < 600; next = it.next()) {
      const moved = overrides.get(`${event.uid}|${next.toUnixTime()}`);
      out.push(moved ?? event.getOccurrenceDetails(next).startDate.toUnixTime() * 1000);
    }
  }
  return out.sort((a, b) => a - b);
}

const libraryStarts = (s: SchedulingSeriesInput) =>
  expandSeries(s)
    .occurrences.map((o) => toEpochMs(o.start))
    .sort((a, b) => a - b);

describe('a weekly 17:00 session in New York keeps 17:00 local across both DST changes', () => {
  it('reads 17:00 EDT on 2026-10-29 and 17:00 EST on 2026-11-05 (clocks fell back on Sunday 2026-11-01)', () => {
    const e = expandSeries(thursdays);
    expect(e.occurrences.slice(0, 3).map((o) => o.start)).toEqual([
      '2026-10-22T17:00:00-04:00',
      '2026-10-29T17:00:00-04:00',
      '2026-11-05T17:00:00-05:00',
    ]);
    expect(e.occurrences.every((o) => o.clinicianLocal.time === '17:00')).toBe(true);
    expect(e.occurrences.every((o) => o.placement === 'exact')).toBe(true);
  });

  it('reads 17:00 EST on 2027-03-11 and 17:00 EDT on 2027-03-18 (clocks sprang forward on Sunday 2027-03-14)', () => {
    expect(startsOf({ ...thursdays, startDate: '2027-03-04', count: 3 })).toEqual([
      '2027-03-04T17:00:00-05:00',
      '2027-03-11T17:00:00-05:00',
      '2027-03-18T17:00:00-04:00',
    ]);
  });

  it('shows a London client 22:00, then 21:00 in the week London has fallen back (2026-10-25) and New York not yet, then 22:00', () => {
    // London fell back on 2026-10-25, New York on 2026-11-01: for that week the gap is four hours.
    const e = expandSeries({ ...thursdays, count: 3 }, { displayZone: 'Europe/London' });
    expect(e.occurrences.map((o) => o.displayLocal.time)).toEqual(['22:00', '21:00', '22:00']);
  });
});

describe('zones without DST', () => {
  const { count: _count, ...unbounded } = thursdays;
  const phoenix: SchedulingSeriesInput = {
    ...unbounded,
    id: 'ser-phx',
    modality: { kind: 'telehealth', clientLocationState: 'AZ' },
    zone: 'America/Phoenix',
    startDate: '2026-10-26',
    startTime: '10:00',
    frequency: 'weekly',
    until: '2027-03-22',
  };

  it('keeps a Phoenix 10:00 series at 10:00 MST every week, -07:00 throughout', () => {
    const e = expandSeries(phoenix);
    expect(e.occurrences.every((o) => o.start.endsWith('T10:00:00-07:00'))).toBe(true);
    expect(e.occurrences).toHaveLength(22);
  });

  it('shows a Denver viewer 11:00 until 2026-11-01, 10:00 through the winter, 11:00 again from 2027-03-14', () => {
    const e = expandSeries(phoenix, { displayZone: 'America/Denver' });
    const byDate = new Map(e.occurrences.map((o) => [o.ruleDate, o.displayLocal.time]));
    expect(byDate.get('2026-10-26')).toBe('11:00');
    expect(byDate.get('2026-11-02')).toBe('10:00');
    expect(byDate.get('2027-03-08')).toBe('10:00');
    expect(byDate.get('2027-03-15')).toBe('11:00');
  });

  it('keeps a Honolulu 08:00 series at 08:00 HST and shows a London client 18:00 in winter, 19:00 from 2027-03-28', () => {
    const e = expandSeries(
      {
        ...unbounded,
        id: 'ser-hnl',
        modality: { kind: 'telehealth', clientLocationState: 'HI' },
        zone: 'Pacific/Honolulu',
        startDate: '2027-03-15',
        startTime: '08:00',
        count: 3,
      },
      { displayZone: 'Europe/London' },
    );
    expect(e.occurrences.map((o) => o.start)).toEqual([
      '2027-03-15T08:00:00-10:00',
      '2027-03-22T08:00:00-10:00',
      '2027-03-29T08:00:00-10:00',
    ]);
    expect(e.occurrences.map((o) => o.displayLocal.time)).toEqual(['18:00', '18:00', '19:00']);
  });
});

describe('holidays and time off flag the occurrence, never the whole series silently', () => {
  it('flags Thanksgiving (Thursday 2026-11-26) as a holiday conflict and books the other seven', () => {
    const d = evaluateSeriesBooking(thursdays, drOrtiz, [], { holidays: ['2026-11-26'] });
    expect(d.outcome).toBe('conflict');
    const bad = d.occurrences.filter((o) => o.decision.outcome === 'conflict');
    expect(bad.map((o) => o.occurrence.ruleDate)).toEqual(['2026-11-26']);
    expect(bad[0]?.decision.reasons.map((r) => r.code)).toContain('scheduling.conflict.holiday');
  });

  it('flags each occurrence inside the clinician’s time off (2026-12-07 to 2026-12-19)', () => {
    const d = evaluateSeriesBooking(
      { ...thursdays, count: 9 },
      {
        ...drOrtiz,
        timeOff: [{ start: '2026-12-07T00:00:00-05:00', end: '2026-12-19T00:00:00-05:00', label: 'leave' }],
      },
      [],
    );
    const bad = d.occurrences.filter((o) => o.decision.outcome === 'conflict');
    expect(bad.map((o) => o.occurrence.ruleDate)).toEqual(['2026-12-10', '2026-12-17']);
    for (const b of bad)
      expect(b.decision.reasons.map((r) => r.code)).toContain('scheduling.conflict.time_off');
  });

  it('books the series once the holiday occurrence is skipped', () => {
    const d = evaluateSeriesBooking(skipOccurrence(thursdays, '2026-11-26'), drOrtiz, [], {
      holidays: ['2026-11-26'],
    });
    expect(d.outcome).toBe('bookable');
    expect(d.occurrences).toHaveLength(7);
  });
});

describe('biweekly and monthly rules', () => {
  it('runs every two weeks: 2026-10-22, 11-05, 11-19, 12-03', () => {
    expect(
      expandSeries({ ...thursdays, frequency: 'every_two_weeks', count: 4 }).occurrences.map(
        (o) => o.ruleDate,
      ),
    ).toEqual(['2026-10-22', '2026-11-05', '2026-11-19', '2026-12-03']);
  });

  it('runs on the 4th Thursday of each month from Thanksgiving 2026: 11-26, 12-24, 2027-01-28, 02-25', () => {
    const s: SchedulingSeriesInput = {
      ...thursdays,
      startDate: '2026-11-26',
      frequency: 'monthly',
      monthlyBy: 'weekday_of_month',
      count: 4,
    };
    expect(expandSeries(s).occurrences.map((o) => o.start)).toEqual([
      '2026-11-26T17:00:00-05:00',
      '2026-12-24T17:00:00-05:00',
      '2027-01-28T17:00:00-05:00',
      '2027-02-25T17:00:00-05:00',
    ]);
    expect(writeRRule(s)).toBe('FREQ=MONTHLY;BYDAY=4TH;COUNT=4');
  });

  it('runs every 4 weeks on Thursday across 2026-11-01: 10-22, 11-19, 12-17', () => {
    const s: SchedulingSeriesInput = { ...thursdays, interval: 4, count: 3 };
    expect(startsOf(s)).toEqual([
      '2026-10-22T17:00:00-04:00',
      '2026-11-19T17:00:00-05:00',
      '2026-12-17T17:00:00-05:00',
    ]);
    // RFC 5545 §3.3.10: WKST is significant for a WEEKLY rule with an INTERVAL above 1.
    expect(writeRRule(s)).toBe('FREQ=WEEKLY;INTERVAL=4;WKST=MO;COUNT=3');
  });
});

describe('an exception survives a later edit of the series', () => {
  const moved = rescheduleOccurrence(thursdays, '2026-12-03', {
    start: '2026-12-04T18:00:00-05:00',
    end: '2026-12-04T18:50:00-05:00',
  });

  it('keeps the moved Friday 2026-12-04 18:00 session when a later occurrence is skipped', () => {
    const e = expandSeries(skipOccurrence(moved, '2026-12-10'));
    const o = e.occurrences.find((x) => x.ruleDate === '2026-12-03');
    expect(o?.start).toBe('2026-12-04T18:00:00-05:00');
    expect(o?.placement).toBe('moved');
  });

  it('keeps the moved session at its moved time when "this and following" changes the time to 18:30 from 2026-11-19', () => {
    const { before, after } = splitSeries(moved, '2026-11-19', {
      newSeriesId: 'ser-thu-2',
      startTime: '18:30',
    });
    expect(before?.count).toBe(4);
    const e = expandSeries(after as SchedulingSeriesInput);
    expect(e.occurrences.map((o) => o.start)).toEqual([
      '2026-11-19T18:30:00-05:00',
      '2026-11-26T18:30:00-05:00',
      '2026-12-04T18:00:00-05:00',
      '2026-12-10T18:30:00-05:00',
    ]);
  });

  it('keeps the moved session when the series is ended after it (2026-12-03)', () => {
    const e = expandSeries(endSeries(moved, '2026-12-03'));
    expect(e.occurrences.at(-1)?.start).toBe('2026-12-04T18:00:00-05:00');
  });

  it('refuses "this and following" every two weeks from 2026-11-26, whose rule no longer has the moved 2026-12-03', () => {
    // Expansion reads exceptions by rule date: on 11-26, 12-10, … the moved Friday session would vanish.
    const e = thrown(() =>
      splitSeries(moved, '2026-11-26', { newSeriesId: 'ser-thu-3', frequency: 'every_two_weeks' }),
    );
    expect(e.issues).toEqual([
      expect.objectContaining({
        at: '$.changes.frequency',
        code: 'scheduling.series.moved_occurrence_not_in_rule',
      }),
    ]);
    expect(JSON.stringify(e.issues)).not.toContain('2026-12');
  });

  it('allows every two weeks from 2026-11-19, whose rule keeps 2026-12-03, and keeps the move', () => {
    const { after } = splitSeries(moved, '2026-11-19', {
      newSeriesId: 'ser-thu-3',
      frequency: 'every_two_weeks',
    });
    expect(expandSeries(after as SchedulingSeriesInput).occurrences.map((o) => o.start)).toContain(
      '2026-12-04T18:00:00-05:00',
    );
  });
});

describe('the iCalendar export of the same series round-trips through ical.js', () => {
  const edited = skipOccurrence(
    rescheduleOccurrence(thursdays, '2026-11-12', {
      start: '2026-11-13T16:00:00-05:00',
      end: '2026-11-13T16:50:00-05:00',
    }),
    '2026-11-26',
  );
  const text = toICalendar({ series: [edited] }, { asOf: '2026-10-20T12:00:00Z', summary: 'Session' });

  it('writes DTSTART with TZID, the RRULE, the EXDATE on DTSTART’s clock and a VTIMEZONE for New York', () => {
    const unfolded = text.replace(/\r\n /g, '');
    expect(unfolded).toContain('DTSTART;TZID=America/New_York:20261022T170000');
    expect(unfolded).toContain('RRULE:FREQ=WEEKLY;COUNT=8');
    expect(unfolded).toContain('EXDATE;TZID=America/New_York:20261126T170000');
    expect(unfolded).toMatch(/BEGIN:VTIMEZONE\r\nTZID:America\/New_York/);
    expect(unfolded).toContain('RECURRENCE-ID');
  });

  it('expands to exactly the library’s occurrences: skipped Thanksgiving gone, 2026-11-12 moved to Friday 16:00', () => {
    expect(calendarStarts(text)).toEqual(libraryStarts(edited));
    expect(calendarStarts(text)).toContain(Date.parse('2026-11-13T21:00:00Z'));
    expect(calendarStarts(text)).not.toContain(Date.parse('2026-11-26T22:00:00Z'));
  });

  it('round-trips the 4th-Thursday monthly rule and the every-two-weeks rule across 2027-03-14', () => {
    const monthly: SchedulingSeriesInput = {
      ...thursdays,
      startDate: '2026-11-26',
      frequency: 'monthly',
      monthlyBy: 'weekday_of_month',
      count: 6,
    };
    const biweekly: SchedulingSeriesInput = {
      ...thursdays,
      id: 'ser-bi',
      startDate: '2027-02-25',
      frequency: 'every_two_weeks',
      count: 4,
    };
    const t = toICalendar(
      { series: [monthly, biweekly] },
      { asOf: '2026-10-20T12:00:00Z', summary: 'Session' },
    );
    expect(calendarStarts(t)).toEqual(
      [...libraryStarts(monthly), ...libraryStarts(biweekly)].sort((a, b) => a - b),
    );
  });

  it('round-trips a Phoenix series (a VTIMEZONE with one offset) and a Honolulu one', () => {
    const phx: SchedulingSeriesInput = {
      ...thursdays,
      id: 'ser-phx',
      zone: 'America/Phoenix',
      modality: { kind: 'telehealth', clientLocationState: 'AZ' },
      count: 20,
    };
    const hnl: SchedulingSeriesInput = {
      ...thursdays,
      id: 'ser-hnl',
      zone: 'Pacific/Honolulu',
      modality: { kind: 'telehealth', clientLocationState: 'HI' },
      count: 20,
    };
    const t = toICalendar({ series: [phx, hnl] }, { asOf: '2026-10-20T12:00:00Z', summary: 'Session' });
    expect(t).toContain('TZID:America/Phoenix');
    expect(t).toContain('TZID:Pacific/Honolulu');
    expect(calendarStarts(t)).toEqual([...libraryStarts(phx), ...libraryStarts(hnl)].sort((a, b) => a - b));
  });

  it('round-trips the two halves of a "this and following" edit', () => {
    const { before, after } = splitSeries(edited, '2026-11-19', {
      newSeriesId: 'ser-thu-2',
      startTime: '18:30',
    });
    const halves = [before, after] as SchedulingSeriesInput[];
    const t = toICalendar({ series: halves }, { asOf: '2026-10-20T12:00:00Z', summary: 'Session' });
    expect(calendarStarts(t)).toEqual(halves.flatMap(libraryStarts).sort((a, b) => a - b));
  });
});

describe('splitSeries never loses a moved session (property)', () => {
  it('either keeps every moved occurrence on or after the split date at its moved time, or refuses the edit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 1, max: 7 }),
        fc.constantFrom('weekly', 'every_two_weeks', 'monthly') as fc.Arbitrary<
          'weekly' | 'every_two_weeks' | 'monthly'
        >,
        (movedIndex, splitIndex, frequency) => {
          const dates = expandSeries(thursdays).occurrences.map((o) => o.ruleDate);
          const date = dates[movedIndex] as string;
          const start = `${date}T19:00:00-05:00`.replace(
            '2026-10-29T19:00:00-05:00',
            '2026-10-29T19:00:00-04:00',
          );
          const series = rescheduleOccurrence(thursdays, date, {
            start,
            end: start.replace('T19:00', 'T19:50'),
          });
          const fromDate = dates[splitIndex] as string;
          let after: SchedulingSeriesInput | null;
          try {
            after = splitSeries(series, fromDate, { newSeriesId: 'ser-new', frequency }).after;
          } catch (e) {
            expect(
              thrown(() => {
                throw e;
              }).issues[0]?.code,
            ).toBe('scheduling.series.moved_occurrence_not_in_rule');
            expect(date >= fromDate).toBe(true);
            return;
          }
          if (date >= fromDate && after !== null)
            expect(expandSeries(after).occurrences.map((o) => toEpochMs(o.start))).toContain(
              toEpochMs(start),
            );
        },
      ),
    );
  });
});

describe('a stored series whose moved occurrence is not on one of its dates', () => {
  it('warns rather than drop the moved session silently (a move keyed to Friday 2026-10-23 of a Thursday series)', () => {
    const stored: SchedulingSeriesInput = {
      ...thursdays,
      exceptions: [
        {
          kind: 'move',
          date: '2026-10-23',
          start: '2026-10-23T18:00:00-04:00',
          end: '2026-10-23T18:50:00-04:00',
        },
      ],
    };
    const e = expandSeries(stored);
    expect(e.occurrences).toHaveLength(8);
    expect(e.reasons.find((r) => r.code === 'scheduling.series.moved_not_an_occurrence')).toMatchObject({
      severity: 'warning',
      facts: { ruleDate: '2026-10-23', start: '2026-10-23T18:00:00-04:00' },
    });
    const d = evaluateSeriesBooking(stored, drOrtiz, []);
    expect(d.outcome).toBe('bookable_with_warnings');
  });

  it('says nothing of a move on one of the series’ dates', () => {
    const e = expandSeries(
      rescheduleOccurrence(thursdays, '2026-10-29', {
        start: '2026-10-30T18:00:00-04:00',
        end: '2026-10-30T18:50:00-04:00',
      }),
    );
    expect(e.reasons.map((r) => r.code)).not.toContain('scheduling.series.moved_not_an_occurrence');
  });
});
