import fc from 'fast-check';
import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { toEpochMs } from '../../../src/core/internal.js';
import {
  expandSeries,
  type SchedulingAppointmentInput,
  type SchedulingSeriesInput,
  toICalendar,
} from '../../../src/scheduling/index.js';

const OPTIONS = { asOf: '2026-03-01T12:00:00Z', summary: 'Session' };

/** The occurrences a calendar app gets from the text, by UID: ical.js parses and expands it. */
function calendarOccurrences(text: string): Map<string, { start: number; end: number }[]> {
  const root = new ICAL.Component(ICAL.parse(text));
  for (const vtz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtz);
  const out = new Map<string, { start: number; end: number }[]>();
  for (const vevent of root.getAllSubcomponents('vevent')) {
    if (vevent.hasProperty('recurrence-id')) continue;
    const event = new ICAL.Event(vevent);
    const list: { start: number; end: number }[] = [];
    if (event.isRecurring()) {
      const it = event.iterator();
      for (let next = it.next(); next !== undefined && next !== null && list.length < 600; next = it.next()) {
        const d = event.getOccurrenceDetails(next);
        list.push({ start: d.startDate.toUnixTime() * 1000, end: d.endDate.toUnixTime() * 1000 });
      }
    } else {
      list.push({ start: event.startDate.toUnixTime() * 1000, end: event.endDate.toUnixTime() * 1000 });
    }
    out.set(
      event.uid,
      [...(out.get(event.uid) ?? []), ...list].sort((a, b) => a.start - b.start),
    );
  }
  return out;
}

function libraryOccurrences(series: SchedulingSeriesInput) {
  return expandSeries(series).occurrences.map((o) => ({ start: toEpochMs(o.start), end: toEpochMs(o.end) }));
}

afterEach(() => ICAL.TimezoneService.reset());

const base = {
  clinicianId: 'dr-lee',
  clientIds: ['c-ava'],
  type: 'individual' as const,
  modality: { kind: 'telehealth' as const, clientLocationState: 'NY' as const },
  durationMinutes: 50,
};

describe('toICalendar', () => {
  it('writes a weekly series across the spring DST change that a calendar expands to the same sessions', () => {
    const series: SchedulingSeriesInput = {
      ...base,
      id: 's-ava-weekly',
      zone: 'America/New_York',
      startDate: '2026-02-23',
      startTime: '09:00',
      frequency: 'weekly',
      count: 8,
      exceptions: [
        { kind: 'skip', date: '2026-03-16' },
        {
          kind: 'move',
          date: '2026-03-23',
          start: '2026-03-24T14:00:00-04:00',
          end: '2026-03-24T14:50:00-04:00',
        },
      ],
    };
    const text = toICalendar({ series: [series] }, OPTIONS);
    expect(text).toContain('RRULE:FREQ=WEEKLY;COUNT=8\r\n');
    expect(text).toContain('DTSTART;TZID=America/New_York:20260223T090000\r\n');
    expect(text).toContain('EXDATE;TZID=America/New_York:20260316T090000\r\n');
    expect(text).toContain('RECURRENCE-ID;TZID=America/New_York:20260323T090000\r\n');
    expect(text).toContain('DTSTAMP:20260301T120000Z\r\n');
    expect(text).toContain('UID:s-ava-weekly@practice-ops\r\n');
    expect(text).toContain('TZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400');
    expect(calendarOccurrences(text).get('s-ava-weekly@practice-ops')).toEqual(libraryOccurrences(series));
  });

  it.each([
    ['America/New_York', '2026-10-20', '01:30'],
    ['Europe/London', '2026-03-17', '01:30'],
    ['Australia/Sydney', '2026-03-31', '02:30'],
    ['Asia/Kolkata', '2026-03-03', '18:00'],
    ['America/St_Johns', '2026-10-27', '00:30'],
    ['Pacific/Auckland', '2026-09-15', '02:15'],
  ])(
    'agrees with a calendar on a twice-weekly series in %s across its DST change',
    (zone, startDate, startTime) => {
      const series: SchedulingSeriesInput = {
        ...base,
        id: 's-1',
        zone,
        startDate,
        startTime,
        frequency: 'weekly',
        weekdays: [...new Set([weekdayName(startDate), 'sun'])] as never,
        count: 12,
      };
      const text = toICalendar({ series: [series] }, OPTIONS);
      expect(calendarOccurrences(text).get('s-1@practice-ops')).toEqual(libraryOccurrences(series));
    },
  );

  it('agrees with a calendar whatever the series, zone, DST policy, skips and moves (property)', () => {
    const zones = [
      'America/New_York',
      'America/Los_Angeles',
      'Europe/Berlin',
      'Australia/Sydney',
      'Asia/Kolkata',
      'America/St_Johns',
    ];
    const seriesArb = fc
      .record({
        zone: fc.constantFrom(...zones),
        day: fc.integer({ min: 0, max: 700 }),
        hour: fc.integer({ min: 0, max: 23 }),
        minute: fc.constantFrom(0, 15, 30, 45),
        duration: fc.constantFrom(45, 50, 60, 90),
        shape: fc.constantFrom(
          'weekly',
          'every_two_weeks',
          'every_3_weeks',
          'twice_weekly',
          'monthly_day',
          'monthly_nth',
          'monthly_last',
        ),
        count: fc.integer({ min: 1, max: 30 }),
        useUntil: fc.boolean(),
        gap: fc.constantFrom('shift_forward', 'skip'),
        overlap: fc.constantFrom('earlier', 'later'),
        skips: fc.uniqueArray(fc.integer({ min: 1, max: 29 }), { maxLength: 3 }),
      })
      .map((r): SchedulingSeriesInput => {
        const startDate = new Date(Date.UTC(2026, 0, 1) + r.day * 86_400_000).toISOString().slice(0, 10);
        const startTime = `${String(r.hour).padStart(2, '0')}:${String(r.minute).padStart(2, '0')}`;
        const shape =
          r.shape === 'every_3_weeks'
            ? { frequency: 'weekly' as const, interval: 3 }
            : r.shape === 'twice_weekly'
              ? {
                  frequency: 'weekly' as const,
                  weekdays: [...new Set([weekdayName(startDate), 'wed'])] as never,
                }
              : r.shape === 'monthly_day'
                ? { frequency: 'monthly' as const, monthlyBy: 'day_of_month' as const }
                : r.shape === 'monthly_nth'
                  ? { frequency: 'monthly' as const, monthlyBy: 'weekday_of_month' as const }
                  : r.shape === 'monthly_last'
                    ? { frequency: 'monthly' as const, monthlyBy: 'last_weekday_of_month' as const }
                    : { frequency: r.shape as 'weekly' | 'every_two_weeks' };
        const bound = r.useUntil
          ? {
              until: new Date(Date.UTC(2026, 0, 1) + (r.day + r.count * 9) * 86_400_000)
                .toISOString()
                .slice(0, 10),
            }
          : { count: r.count };
        return {
          ...base,
          id: 's-prop',
          zone: r.zone,
          startDate,
          startTime,
          durationMinutes: r.duration,
          ...shape,
          ...bound,
          localTimePolicy: { gap: r.gap, overlap: r.overlap },
        } as SchedulingSeriesInput;
      })
      .chain((s) => {
        const dates = expandSeries(s).occurrences.map((o) => o.ruleDate);
        return fc
          .subarray(dates, { maxLength: Math.min(3, dates.length) })
          .map((skip) => ({ ...s, exceptions: skip.map((date) => ({ kind: 'skip' as const, date })) }));
      });
    fc.assert(
      fc.property(seriesArb, (series) => {
        ICAL.TimezoneService.reset();
        const text = toICalendar({ series: [series] }, OPTIONS);
        expect(calendarOccurrences(text).get('s-prop@practice-ops') ?? []).toEqual(
          libraryOccurrences(series),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('writes every session as its own UTC event when asked, and single appointments with their status', () => {
    const series: SchedulingSeriesInput = {
      ...base,
      id: 's-utc',
      zone: 'Europe/London',
      startDate: '2026-03-23',
      startTime: '18:00',
      frequency: 'weekly',
      count: 2,
    };
    const utc = toICalendar({ series: [series] }, { ...OPTIONS, times: 'utc' });
    expect(utc).not.toContain('VTIMEZONE');
    expect(utc).toContain('UID:s-utc.1@practice-ops\r\nDTSTAMP:20260301T120000Z\r\nSEQUENCE:0');
    expect(utc).toContain('DTSTART:20260323T180000Z');
    expect(utc).toContain('DTSTART:20260330T170000Z');
    const appointment: SchedulingAppointmentInput = {
      id: 'a-7',
      clinicianId: 'dr-lee',
      clientIds: ['c-ava'],
      type: 'individual',
      modality: { kind: 'in_person', locationId: 'main' },
      start: '2026-11-01T01:30:00-04:00',
      end: '2026-11-01T01:20:00-05:00',
      status: { state: 'cancelled', by: 'client', at: '2026-10-30T12:00:00Z' },
    };
    const text = toICalendar(
      { appointments: [appointment] },
      { ...OPTIONS, zone: 'America/New_York', sequence: 3 },
    );
    expect(text).toContain('STATUS:CANCELLED');
    // A cancellation is one revision past the feed's sequence (RFC 5545 3.8.7.4).
    expect(text).toContain('SEQUENCE:4');
    expect(calendarOccurrences(text).get('a-7@practice-ops')).toEqual([
      { start: toEpochMs(appointment.start), end: toEpochMs(appointment.end) },
    ]);
    expect(() => toICalendar({ appointments: [appointment] }, OPTIONS)).toThrow(
      expect.objectContaining({
        issues: [expect.objectContaining({ at: '$.options.zone', code: 'invalid_type' })],
      }),
    );
    // In UTC times no zone is needed; with bad events too, both arguments' problems are listed at once.
    expect(toICalendar({ appointments: [appointment] }, { ...OPTIONS, times: 'utc' })).toContain(
      'STATUS:CANCELLED',
    );
    expect(() =>
      toICalendar(
        { appointments: [appointment, { ...appointment, id: 'a-8', end: appointment.start }] },
        {
          ...OPTIONS,
          uidDomain: 'not a domain',
        },
      ),
    ).toThrow(
      expect.objectContaining({
        subject: 'calendar events and calendar options',
        issues: [
          expect.objectContaining({ at: '$.events.appointments[1].end' }),
          expect.objectContaining({ at: '$.options.uidDomain' }),
          expect.objectContaining({ at: '$.options.zone' }),
        ],
      }),
    );
  });

  it('escapes text, folds long lines at 75 octets without splitting a character, and keeps no clinical content', () => {
    const text = toICalendar(
      {
        series: [
          {
            ...base,
            id: 's-2',
            zone: 'Asia/Kolkata',
            startDate: '2026-03-03',
            startTime: '18:00',
            frequency: 'weekly',
            count: 1,
          },
        ],
      },
      {
        ...OPTIONS,
        // The clinician's own feed: a client's would refuse "thérapeute" (tests/…/icalendar-audience.test.ts).
        audience: 'clinician',
        summary:
          'Séance; rendez-vous, avec la thérapeute — salle 2 \\ étage 3\nmerci de venir 10 minutes plus tôt',
      },
    );
    const lines = text.split('\r\n');
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const unfolded = text.replace(/\r\n /g, '');
    expect(unfolded).toContain(
      'SUMMARY:Séance\\; rendez-vous\\, avec la thérapeute — salle 2 \\\\ étage 3\\nmerci de venir',
    );
    expect(unfolded).not.toMatch(/c-ava|dr-lee|individual|telehealth/);
    const root = new ICAL.Component(ICAL.parse(text));
    expect(root.getFirstSubcomponent('vevent')?.getFirstPropertyValue('summary')).toBe(
      'Séance; rendez-vous, avec la thérapeute — salle 2 \\ étage 3\nmerci de venir 10 minutes plus tôt',
    );
  });
});

describe('toICalendar: edges', () => {
  const weekly: SchedulingSeriesInput = {
    ...base,
    id: 's-edge',
    zone: 'America/Denver',
    startDate: '2026-03-02',
    startTime: '08:00',
    frequency: 'weekly',
    count: 3,
  };

  it('describes the zone even when every occurrence is skipped, so the EXDATEs resolve', () => {
    const text = toICalendar(
      {
        series: [
          {
            ...weekly,
            count: 2,
            exceptions: [
              { kind: 'skip', date: '2026-03-02' },
              { kind: 'skip', date: '2026-03-09' },
            ],
          },
        ],
      },
      OPTIONS,
    );
    expect(text).toContain('TZID:America/Denver');
    expect(text).toContain('TZOFFSETTO:-0600');
    expect(calendarOccurrences(text).get('s-edge@practice-ops')).toEqual([]);
  });

  it('describes a DST change between the last session and UNTIL (Sydney, weekly until Sunday 2026-04-05)', () => {
    // Sydney leaves daylight time at 03:00 on 2026-04-05; the last Monday session is 2026-03-30. A calendar
    // tests the next Monday (00:00 on 04-06) against UNTIL on the standard-time clock, so the zone must say so.
    const series: SchedulingSeriesInput = {
      ...base,
      id: 's-until',
      zone: 'Australia/Sydney',
      startDate: '2026-01-05',
      startTime: '00:00',
      frequency: 'weekly',
      until: '2026-04-05',
      localTimePolicy: { gap: 'shift_forward', overlap: 'earlier' },
      exceptions: [],
    };
    const text = toICalendar({ series: [series] }, OPTIONS);
    expect(libraryOccurrences(series)).toHaveLength(13);
    expect(calendarOccurrences(text).get('s-until@practice-ops')).toEqual(libraryOccurrences(series));
  });

  it('writes a series cut at the expansion cap with the count it was cut at', () => {
    const { count: _c, ...rest } = weekly;
    const long = { ...rest, until: '2040-12-31' };
    const text = toICalendar({ series: [long] }, OPTIONS);
    expect(text).toContain('RRULE:FREQ=WEEKLY;COUNT=520\r\n');
    expect(calendarOccurrences(text).get('s-edge@practice-ops')).toHaveLength(520);
  });

  it('carries the description and location the caller chooses, and one VTIMEZONE per zone in order', () => {
    const text = toICalendar(
      { series: [weekly, { ...weekly, id: 's-ny', zone: 'America/New_York' }] },
      {
        ...OPTIONS,
        description: 'Video link in the portal',
        location: 'Telehealth',
        uidDomain: 'clinic.example',
      },
    );
    expect(text).toContain('DESCRIPTION:Video link in the portal\r\nLOCATION:Telehealth\r\n');
    expect(text).toContain('UID:s-ny@clinic.example');
    expect(text.indexOf('TZID:America/Denver')).toBeLessThan(text.indexOf('TZID:America/New_York'));
    expect(text.match(/BEGIN:VTIMEZONE/g)).toHaveLength(2);
  });

  it('refuses invalid options and events by path', () => {
    expect(() => toICalendar({ series: [weekly] }, { ...OPTIONS, uidDomain: 'not a domain' })).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ at: '$.options.uidDomain' })] }),
    );
    expect(() => toICalendar({ series: [weekly, { ...weekly, zone: 'Mars/Olympus' }] }, OPTIONS)).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ at: '$.events.series[1].zone' })] }),
    );
  });
});

function weekdayName(date: string): string {
  return ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'][
    new Date(`${date}T00:00:00Z`).getUTCDay()
  ] as string;
}

describe('toICalendar: text holds no control character (RFC 5545 3.3.11)', () => {
  // The control characters (U+0000 to U+001F, U+007F) of a text, but those allowed.
  const controls = (text: string, allowed: string) =>
    [...text].filter((ch) => (ch < ' ' || ch === '\u007f') && !allowed.includes(ch));
  const single: SchedulingAppointmentInput = {
    id: 'a-ctl',
    clinicianId: 'dr-lee',
    clientIds: ['c-ava'],
    type: 'individual',
    modality: { kind: 'telehealth', clientLocationState: 'NY' },
    start: '2026-03-10T14:00:00-04:00',
    end: '2026-03-10T14:50:00-04:00',
  };
  const write = (text: Partial<{ summary: string; description: string; location: string }>) =>
    toICalendar({ appointments: [single] }, { ...OPTIONS, zone: 'America/New_York', ...text });
  const problems = (run: () => unknown) => {
    try {
      run();
    } catch (e) {
      return (e as { issues: { at: string; code: string; message: string }[] }).issues;
    }
    throw new Error('no ValidationError');
  };

  it('refuses a bell, a NUL or DEL in the summary, description or location at its path, never echoing it', () => {
    const issues = problems(() =>
      write({ summary: 'Session\u0007 with Dr. Lee', description: 'Room\u00002', location: 'Suite\u007f 4' }),
    );
    expect(issues.map((i) => [i.at, i.code])).toEqual([
      ['$.options.summary', 'scheduling.icalendar.control_character'],
      ['$.options.description', 'scheduling.icalendar.control_character'],
      ['$.options.location', 'scheduling.icalendar.control_character'],
    ]);
    expect(JSON.stringify(issues)).not.toMatch(/Session|Room|Suite/);
  });

  it('writes a tab as it is and a line break (CR, LF or CR LF) escaped, which RFC 5545 text allows', () => {
    const text = write({ summary: 'Session\twith Dr. Lee', description: 'Line 1\r\nLine 2\rLine 3\nLine 4' });
    expect(text).toContain('SUMMARY:Session\twith Dr. Lee\r\n');
    expect(text).toContain('DESCRIPTION:Line 1\\nLine 2\\nLine 3\\nLine 4\r\n');
    const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent');
    expect(vevent?.getFirstPropertyValue('summary')).toBe('Session\twith Dr. Lee');
  });

  it('property: every content line of a written calendar is free of control characters but the tab', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }), (summary) => {
        let text: string;
        try {
          text = write({ summary });
        } catch (e) {
          // Refused only for a control character (other than tab and line breaks) or a length out of range.
          const refusedFor = (e as { issues: { code: string }[] }).issues.map((i) => i.code);
          expect(refusedFor.length).toBeGreaterThan(0);
          expect(controls(summary, '\t\n\r').length > 0 || summary.length > 200).toBe(true);
          return;
        }
        for (const line of text.split('\r\n')) expect(controls(line, '\t')).toEqual([]);
      }),
    );
  });
});
