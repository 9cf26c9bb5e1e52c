// A series whose until date passes the 520-occurrence cap, from the booking check to a subscriber's calendar:
// the library lists and books 520 rule dates, says so with the date the list stops at, and its iCalendar
// export holds exactly those sessions (COUNT=520 instead of the UNTIL it could not reach, RFC 5545 §3.3.10),
// with the skip (EXDATE, 3.8.5.1) and the move (RECURRENCE-ID, 3.8.4.4) of that span, read back with ical.js.
// America/New_York: DST 2027-03-14 to 2027-11-07; Mondays from 2027-01-04 to 2037-12-28 are 574.
import fc from 'fast-check';
import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import {
  evaluateSeriesBooking,
  expandSeries,
  type SchedulingSeriesInput,
  toICalendar,
} from '../../../src/scheduling/index.js';
import { drLee } from '../scheduling-fixtures.js';

afterEach(() => ICAL.TimezoneService.reset());

const tenYears: SchedulingSeriesInput = {
  id: 's-long',
  clinicianId: 'dr-lee',
  clientIds: ['c-1'],
  type: 'individual',
  modality: { kind: 'telehealth', clientLocationState: 'NY', delivery: 'video', clientAtHome: true },
  zone: 'America/New_York',
  startDate: '2027-01-04',
  startTime: '10:00',
  durationMinutes: 53,
  frequency: 'weekly',
  until: '2037-12-28',
  exceptions: [
    { kind: 'skip', date: '2027-11-22' },
    // The first Monday after the spring change, moved to Tuesday 09:00 EDT.
    {
      kind: 'move',
      date: '2027-03-15',
      start: '2027-03-16T09:00:00-04:00',
      end: '2027-03-16T09:53:00-04:00',
    },
    // Past the cap (the 520th Monday is 2036-12-15): neither listed nor booked nor in the calendar.
    {
      kind: 'move',
      date: '2037-06-01',
      start: '2037-06-02T09:00:00-04:00',
      end: '2037-06-02T09:53:00-04:00',
    },
  ],
};

/** The sessions a subscriber's calendar shows for the feed's one series, overrides applied (ISO instants). */
function calendarSessions(text: string): [string, string][] {
  const root = new ICAL.Component(ICAL.parse(text));
  for (const vtz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtz);
  const events = root.getAllSubcomponents('vevent');
  const master = new ICAL.Event(
    events.find((v) => !v.hasProperty('recurrence-id')),
    { strictExceptions: true, exceptions: events.filter((v) => v.hasProperty('recurrence-id')) },
  );
  const out: [string, string][] = [];
  const iso = (t: ICAL.Time) => new Date(t.toUnixTime() * 1000).toISOString();
  const it = master.iterator();
  for (let next = it.next(); next && out.length <= 600; next = it.next()) {
    const d = master.getOccurrenceDetails(next);
    out.push([iso(d.startDate), iso(d.endDate)]);
  }
  return out.sort(([a], [b]) => (a < b ? -1 : 1));
}

const librarySessions = (s: SchedulingSeriesInput): [string, string][] =>
  expandSeries(s).occurrences.map((o) => [new Date(o.start).toISOString(), new Date(o.end).toISOString()]);

const feed = (s: SchedulingSeriesInput) =>
  toICalendar({ series: [s] }, { asOf: '2027-01-01T12:00:00Z', summary: 'Session' });

describe('a series past the 520-occurrence cap', () => {
  it('lists 520 rule dates and names the last one and the until date it did not reach', () => {
    const e = expandSeries(tenYears);
    expect(e.truncated).toBe(true);
    expect(e.occurrences).toHaveLength(519); // 520 rule dates, one skipped
    expect(e.occurrences.at(-1)?.ruleDate).toBe('2036-12-15');
    expect(e.reasons.filter((r) => r.code === 'scheduling.series.truncated')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        facts: { cap: 520, lastRuleDate: '2036-12-15', until: '2037-12-28' },
      }),
    ]);
    expect(e.reasons.find((r) => r.code === 'scheduling.series.truncated')?.message).toContain(
      'its last is on 2036-12-15, before its until date 2037-12-28',
    );
  });

  it('is booked with a warning, never silently: the booking check lists the same 519 sessions', () => {
    const d = evaluateSeriesBooking(tenYears, drLee, []);
    expect(d.outcome).toBe('bookable_with_warnings');
    expect(d.reasons.map((r) => r.code)).toContain('scheduling.series.truncated');
    expect(d.occurrences.map((c) => c.occurrence.start)).toEqual(
      expandSeries(tenYears).occurrences.map((o) => o.start),
    );
  });

  it('writes COUNT=520 for the UNTIL it could not reach, with the skip and the move of its span', () => {
    const text = feed(tenYears).replaceAll('\r\n ', '');
    expect(text).toContain('RRULE:FREQ=WEEKLY;COUNT=520\r\n');
    expect(text).not.toContain('UNTIL=');
    expect(text).toContain('EXDATE;TZID=America/New_York:20271122T100000\r\n');
    expect(text).toContain('RECURRENCE-ID;TZID=America/New_York:20270315T100000\r\n');
    expect(text).not.toContain('20370601');
  });

  it('reads back in a subscriber’s calendar as exactly the sessions booked', () => {
    const shown = calendarSessions(feed(tenYears));
    expect(shown).toEqual(librarySessions(tenYears));
    expect(shown).toContainEqual(['2027-03-16T13:00:00.000Z', '2027-03-16T13:53:00.000Z']); // moved
    expect(shown.map(([s]) => s)).not.toContain('2027-11-22T15:00:00.000Z'); // skipped
    expect(shown.at(-1)?.[0]).toBe('2036-12-15T15:00:00.000Z'); // the 520th Monday, EST
  });

  it('writes the booked sessions whatever the until date and the skips, cut or not (property)', () => {
    fc.assert(
      fc.property(
        // Until dates from 2035-01-01 (below the cap) to 2039-12-31 (past it).
        fc.integer({ min: 0, max: 5 * 365 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 540 }), { maxLength: 4 }),
        (untilOffset, skippedWeeks) => {
          const until = new Date(Date.UTC(2035, 0, 1 + untilOffset)).toISOString().slice(0, 10);
          const exceptions = skippedWeeks
            .map((w) => new Date(Date.UTC(2027, 0, 4 + 7 * w)).toISOString().slice(0, 10))
            .filter((date) => date <= until)
            .map((date) => ({ kind: 'skip' as const, date }));
          const s = { ...tenYears, until, exceptions };
          const text = feed(s);
          expect(calendarSessions(text)).toEqual(librarySessions(s));
          expect(text.includes('COUNT=520')).toBe(expandSeries(s).truncated);
        },
      ),
      { numRuns: 12 },
    );
  });
});
