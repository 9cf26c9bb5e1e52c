// toICalendar's output as an outside consumer reads it: a strict line reader and ical.js, against RFC 5545
// [sources: rfc-5545-icalendar] (3.1 lines and folding, 3.3.11 TEXT, 3.8.4.7 UID, 3.8.7.2 DTSTAMP, 3.8.7.4
// SEQUENCE, which a change of STATUS raises, 3.6.5 VTIMEZONE, 3.8.5.1 EXDATE) and RFC 5546 [sources: rfc-5546-itip]
// (no METHOD on a published feed). Dates cross the US DST changes of 2026-11-01 and 2027-03-14.
import fc from 'fast-check';
import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type SchedulingAppointmentInput,
  type SchedulingSeriesInput,
  toICalendar,
} from '../../../src/scheduling/index.js';

afterEach(() => ICAL.TimezoneService.reset());

const OPTIONS = { asOf: '2026-10-20T08:15:00-04:00', summary: 'Session' };

const weekly: SchedulingSeriesInput = {
  id: 'ser-1',
  clinicianId: 'dr-lee',
  clientIds: ['c-ava'],
  type: 'individual',
  modality: { kind: 'telehealth', clientLocationState: 'NY' },
  zone: 'America/New_York',
  startDate: '2026-10-19',
  startTime: '10:00',
  durationMinutes: 50,
  frequency: 'weekly',
  until: '2027-03-29',
  exceptions: [{ kind: 'skip', date: '2026-11-23' }],
};

const appointment = (
  id: string,
  start: string,
  end: string,
  cancelled = false,
): SchedulingAppointmentInput => ({
  id,
  clinicianId: 'dr-lee',
  clientIds: ['c-ava'],
  type: 'individual',
  modality: { kind: 'telehealth', clientLocationState: 'NY' },
  start,
  end,
  status: cancelled
    ? { state: 'cancelled', by: 'client', at: '2026-10-30T12:00:00Z' }
    : { state: 'scheduled' },
});

/** Unfolded content lines, after checking every physical line ends with CRLF. */
function contentLines(text: string): string[] {
  expect(text.endsWith('\r\n')).toBe(true);
  const out: string[] = [];
  for (const line of text.slice(0, -2).split('\r\n')) {
    expect(line).not.toMatch(/[\r\n]/);
    if (line.startsWith(' ')) out[out.length - 1] += line.slice(1);
    else out.push(line);
  }
  return out;
}

/** Each VEVENT's properties, name to values (with their parameters). */
function vevents(text: string): Map<string, string[]>[] {
  const out: Map<string, string[]>[] = [];
  let current: Map<string, string[]> | undefined;
  for (const line of contentLines(text)) {
    if (line === 'BEGIN:VEVENT') current = new Map();
    else if (line === 'END:VEVENT' && current !== undefined) {
      out.push(current);
      current = undefined;
    } else if (current !== undefined) {
      const colon = line.indexOf(':');
      const name = line.slice(0, colon).split(';')[0] ?? '';
      current.set(name, [...(current.get(name) ?? []), line]);
    }
  }
  return out;
}

const uidOf = (e: Map<string, string[]>) => (e.get('UID')?.[0] ?? '').slice('UID:'.length);

function icalRoot(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  for (const vtz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtz);
  return root;
}

describe('toICalendar, as a strict consumer reads it', () => {
  const text = toICalendar(
    {
      series: [weekly],
      appointments: [
        appointment('apt-1', '2026-11-01T01:30:00-04:00', '2026-11-01T02:20:00-05:00'),
        appointment('apt-2', '2027-03-14T10:00:00-04:00', '2027-03-14T10:50:00-04:00', true),
      ],
    },
    {
      ...OPTIONS,
      zone: 'America/New_York',
      description: 'Bring \\ the form; ID, card\nthanks 🚪🚪🚪🚪🚪🚪🚪',
    },
  );

  it('ends every physical line with CRLF and holds no bare CR or LF', () => {
    expect(text.split('\r\n').every((l) => !/[\r\n]/.test(l))).toBe(true);
  });

  it('folds at 75 octets counted in UTF-8, never inside a character (the emoji survive unfolding)', () => {
    for (const line of text.slice(0, -2).split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(text).not.toContain('\uFFFD');
    const description = icalRoot(text).getFirstSubcomponent('vevent')?.getFirstPropertyValue('description');
    expect(description).toBe('Bring \\ the form; ID, card\nthanks 🚪🚪🚪🚪🚪🚪🚪');
  });

  it('escapes backslash, semicolon, comma and newline in TEXT', () => {
    const line = contentLines(text).find((l) => l.startsWith('DESCRIPTION:'));
    expect(line).toBe('DESCRIPTION:Bring \\\\ the form\\; ID\\, card\\nthanks 🚪🚪🚪🚪🚪🚪🚪');
  });

  it('writes DTSTAMP in UTC (asOf 08:15 at -04:00 is 12:15Z)', () => {
    for (const e of vevents(text)) expect(e.get('DTSTAMP')).toEqual(['DTSTAMP:20261020T121500Z']);
  });

  it('describes every TZID a property uses with a VTIMEZONE', () => {
    const used = new Set([...text.matchAll(/;TZID=([^:;]+)/g)].map((m) => m[1]));
    const described = new Set([...text.matchAll(/^TZID:(.+)$/gm)].map((m) => m[1]?.trim()));
    expect([...used]).toEqual(['America/New_York']);
    for (const zone of used) expect(described.has(zone)).toBe(true);
  });

  it('places the 10:00 weekly session right on each side of 2026-11-01 and 2027-03-14 (ical.js)', () => {
    const master = icalRoot(text)
      .getAllSubcomponents('vevent')
      .find(
        (v) => v.getFirstPropertyValue('uid') === 'ser-1@practice-ops' && !v.hasProperty('recurrence-id'),
      );
    const event = new ICAL.Event(master);
    const starts: string[] = [];
    const it2 = event.iterator();
    for (let next = it2.next(); next; next = it2.next())
      starts.push(new Date(event.getOccurrenceDetails(next).startDate.toUnixTime() * 1000).toISOString());
    expect(starts).toContain('2026-10-26T14:00:00.000Z'); // EDT, UTC-4
    expect(starts).toContain('2026-11-02T15:00:00.000Z'); // EST, UTC-5
    expect(starts).toContain('2027-03-08T15:00:00.000Z'); // EST
    expect(starts).toContain('2027-03-15T14:00:00.000Z'); // EDT again
    expect(starts).not.toContain('2026-11-23T15:00:00.000Z'); // skipped
  });

  it('writes the skipped date as EXDATE in DTSTART’s form: DATE-TIME with the same TZID', () => {
    const master = vevents(text).find((e) => e.has('RRULE'));
    expect(master?.get('DTSTART')).toEqual(['DTSTART;TZID=America/New_York:20261019T100000']);
    expect(master?.get('EXDATE')).toEqual(['EXDATE;TZID=America/New_York:20261123T100000']);
  });

  it('writes a time the clock repeats (01:30 on 2026-11-01 in New York) in UTC, so no reader can pick the wrong one', () => {
    const e = vevents(text).find((x) => uidOf(x) === 'apt-1@practice-ops');
    expect(e?.get('DTSTART')).toEqual(['DTSTART:20261101T053000Z']);
  });

  it('writes a session on the spring-forward day on the zone clock, which ical.js reads back at 14:00Z', () => {
    const v = icalRoot(text)
      .getAllSubcomponents('vevent')
      .find((x) => x.getFirstPropertyValue('uid') === 'apt-2@practice-ops');
    expect(new ICAL.Event(v).startDate.toUnixTime()).toBe(Date.parse('2027-03-14T14:00:00Z') / 1000);
  });

  it('marks the cancelled session STATUS:CANCELLED with a SEQUENCE above the one it had while held', () => {
    const events = {
      appointments: [appointment('apt-2', '2027-03-14T10:00:00-04:00', '2027-03-14T10:50:00-04:00')],
    };
    const before = vevents(toICalendar(events, { ...OPTIONS, zone: 'America/New_York' }))[0];
    const after = vevents(text).find((x) => uidOf(x) === 'apt-2@practice-ops');
    expect(after?.get('STATUS')).toEqual(['STATUS:CANCELLED']);
    const seq = (e: Map<string, string[]> | undefined) =>
      Number((e?.get('SEQUENCE')?.[0] ?? '').split(':')[1]);
    expect(seq(after)).toBeGreaterThan(seq(before));
  });

  it('carries no METHOD: a subscribed feed, not an iTIP request (which would need ORGANIZER and ATTENDEE)', () => {
    expect(contentLines(text).some((l) => l.startsWith('METHOD'))).toBe(false);
    expect(text).not.toMatch(/ORGANIZER|ATTENDEE/);
  });

  it('keeps no client or clinician id anywhere in the calendar (minimum necessary)', () => {
    expect(text).not.toContain('c-ava');
    expect(text).not.toContain('dr-lee');
  });
});

describe('toICalendar UIDs: stable and unique per event (RFC 5545 3.8.4.7)', () => {
  it('gives the same UIDs whatever the asOf and the order of the lists', () => {
    const a = appointment('apt-1', '2026-11-03T10:00:00-05:00', '2026-11-03T10:50:00-05:00');
    const b = appointment('apt-2', '2026-11-04T10:00:00-05:00', '2026-11-04T10:50:00-05:00');
    const one = vevents(toICalendar({ appointments: [a, b] }, { ...OPTIONS, zone: 'America/New_York' }));
    const two = vevents(
      toICalendar(
        { appointments: [b, a] },
        { ...OPTIONS, asOf: '2026-12-01T00:00:00Z', zone: 'America/New_York' },
      ),
    );
    expect(one.map(uidOf).sort()).toEqual(two.map(uidOf).sort());
  });

  it('refuses a series and an appointment of one id, which would give two events one UID', () => {
    expect(() =>
      toICalendar(
        {
          series: [weekly],
          appointments: [appointment('ser-1', '2026-11-03T12:00:00-05:00', '2026-11-03T12:50:00-05:00')],
        },
        { ...OPTIONS, zone: 'America/New_York' },
      ),
    ).toThrow(
      expect.objectContaining({
        issues: [
          expect.objectContaining({
            at: '$.events.appointments[0].id',
            code: 'scheduling.icalendar.duplicate_uid',
          }),
        ],
      }),
    );
  });

  it('refuses, in UTC times, an appointment named like a series session (`ser-1.1` beside series `ser-1`)', () => {
    const events = {
      series: [{ ...weekly, until: '2026-11-02' }],
      appointments: [appointment('ser-1.1', '2026-11-03T12:00:00-05:00', '2026-11-03T12:50:00-05:00')],
    };
    expect(() => toICalendar(events, { ...OPTIONS, times: 'utc' })).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ at: '$.events.appointments[0].id' })] }),
    );
    // In zoned times the series is one event, `ser-1@…`, and the appointment's UID is its own.
    const uids = vevents(toICalendar(events, { ...OPTIONS, zone: 'America/New_York' })).map(uidOf);
    expect(new Set(uids).size).toBe(uids.length);
  });

  it('refuses two appointments of one id, which would be one event to a calendar', () => {
    const a = appointment('apt-1', '2026-11-03T10:00:00-05:00', '2026-11-03T10:50:00-05:00');
    expect(() => toICalendar({ appointments: [a, a] }, { ...OPTIONS, zone: 'America/New_York' })).toThrow(
      expect.objectContaining({
        issues: [
          expect.objectContaining({
            at: '$.events.appointments[1].id',
            code: 'scheduling.icalendar.duplicate_uid',
          }),
        ],
      }),
    );
  });
});

describe('toICalendar UIDs (property)', () => {
  it('either refuses the events or gives every VEVENT of the calendar its own UID, in both time forms', () => {
    const id = fc.constantFrom('ser-1', 'ser-1.1', 'ser-1.2', 'apt-1', 'apt-2');
    fc.assert(
      fc.property(
        fc.array(id, { maxLength: 4 }),
        fc.boolean(),
        fc.constantFrom('zoned', 'utc'),
        (ids, withSeries, times) => {
          const events = {
            series: withSeries ? [{ ...weekly, until: '2026-11-09' }] : [],
            appointments: ids.map((x, i) =>
              appointment(x, `2026-12-0${i + 1}T10:00:00-05:00`, `2026-12-0${i + 1}T10:50:00-05:00`),
            ),
          };
          const all = [...(withSeries ? ['ser-1'] : []), ...ids];
          let text: string;
          try {
            text = toICalendar(events, {
              ...OPTIONS,
              zone: 'America/New_York',
              times: times as 'zoned' | 'utc',
            });
          } catch (error) {
            expect((error as { issues: { code: string }[] }).issues[0]?.code).toBe(
              'scheduling.icalendar.duplicate_uid',
            );
            // Refused only when some id repeats, or (in UTC times) an appointment is named like a session.
            const sessionLike = times === 'utc' && withSeries && ids.some((x) => x.startsWith('ser-1.'));
            expect(new Set(all).size < all.length || sessionLike).toBe(true);
            return;
          }
          const masters = vevents(text).filter((e) => !e.has('RECURRENCE-ID'));
          expect(new Set(masters.map(uidOf)).size).toBe(masters.length);
        },
      ),
    );
  });
});
