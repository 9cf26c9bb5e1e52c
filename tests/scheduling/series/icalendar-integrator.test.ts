// toICalendar as an integrator's calendar reads it (ical.js, with every override related to its series):
// RFC 5545 [sources: rfc-5545-icalendar] 3.1 (75-octet lines, folding never splits a UTF-8 character),
// 3.6.5 (VTIMEZONE: a zone without DST is one STANDARD of equal offsets), 3.8.5.1 (EXDATE), 3.8.4.4
// (RECURRENCE-ID names the original start of the occurrence it replaces, in DTSTART's form), 3.3.10 (UNTIL
// in UTC when DTSTART has a TZID). America/New_York falls back on 2026-11-01 and springs forward on
// 2027-03-14; America/Phoenix keeps UTC-7 all year.
import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { expandSeries, type SchedulingSeriesInput, toICalendar } from '../../../src/scheduling/index.js';

afterEach(() => ICAL.TimezoneService.reset());

const series = (
  id: string,
  zone: string,
  more: Partial<SchedulingSeriesInput> = {},
): SchedulingSeriesInput => ({
  id,
  clinicianId: 'dr-lee',
  clientIds: ['c-ava'],
  type: 'individual',
  modality: { kind: 'telehealth', clientLocationState: zone === 'America/Phoenix' ? 'AZ' : 'NY' },
  zone,
  startDate: '2026-10-20',
  startTime: '17:30',
  durationMinutes: 53,
  frequency: 'weekly',
  until: '2027-03-30',
  exceptions: [],
  ...more,
});

const newYork = series('ser-ny', 'America/New_York', {
  exceptions: [
    { kind: 'skip', date: '2026-11-24' }, // cancelled session
    // the 2027-03-16 session (first Tuesday after spring forward) moved to Wednesday 9:00 EDT
    {
      kind: 'move',
      date: '2027-03-16',
      start: '2027-03-17T09:00:00-04:00',
      end: '2027-03-17T09:53:00-04:00',
    },
  ],
});
const phoenix = series('ser-az', 'America/Phoenix', {
  exceptions: [
    { kind: 'skip', date: '2026-12-29' },
    {
      kind: 'move',
      date: '2026-11-03',
      start: '2026-11-04T08:00:00-07:00',
      end: '2026-11-04T08:53:00-07:00',
    },
  ],
});
const description = 'Salle d’attente: 2ᵉ étage, porte 🚪 — 請在櫃檯報到 — Ñandú señal; bring ID, card\\form';
const text = toICalendar(
  { series: [newYork, phoenix] },
  {
    asOf: '2026-10-19T12:00:00Z',
    summary: 'Séance — thérapie de couple 👫',
    description,
    audience: 'clinician',
  },
);

function root() {
  const r = new ICAL.Component(ICAL.parse(text));
  for (const vtz of r.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtz);
  return r;
}

/** Every occurrence a calendar shows for one UID, overrides applied, as ISO instants (start, end). */
function calendarOccurrences(uid: string): [string, string][] {
  const events = root()
    .getAllSubcomponents('vevent')
    .filter((v) => v.getFirstPropertyValue('uid') === uid);
  // ical.js relates every sibling VEVENT with a RECURRENCE-ID to a master unless given its exceptions:
  // an integrator reading several series from one feed must pass them by UID (strictExceptions checks it).
  const master = new ICAL.Event(
    events.find((v) => !v.hasProperty('recurrence-id')),
    { strictExceptions: true, exceptions: events.filter((x) => x.hasProperty('recurrence-id')) },
  );
  const out: [string, string][] = [];
  const it = master.iterator();
  const iso = (t: ICAL.Time) => new Date(t.toUnixTime() * 1000).toISOString();
  for (let next = it.next(); next; next = it.next()) {
    const d = master.getOccurrenceDetails(next);
    out.push([iso(d.startDate), iso(d.endDate)]);
  }
  return out;
}

const libraryOccurrences = (s: SchedulingSeriesInput): [string, string][] =>
  expandSeries(s).occurrences.map((o) => [new Date(o.start).toISOString(), new Date(o.end).toISOString()]);

describe('toICalendar as an integrator’s calendar reads it', () => {
  it('shows the New York series exactly as expandSeries lists it: across both DST changes, the skip and the move', () => {
    const shown = calendarOccurrences('ser-ny@practice-ops');
    expect(shown).toEqual(libraryOccurrences(newYork));
    expect(shown).toContainEqual(['2026-10-27T21:30:00.000Z', '2026-10-27T22:23:00.000Z']); // EDT
    expect(shown).toContainEqual(['2026-11-03T22:30:00.000Z', '2026-11-03T23:23:00.000Z']); // EST
    expect(shown).toContainEqual(['2027-03-17T13:00:00.000Z', '2027-03-17T13:53:00.000Z']); // moved
    expect(shown.map(([s]) => s)).not.toContain('2026-11-24T22:30:00.000Z'); // cancelled
    expect(shown.map(([s]) => s)).not.toContain('2027-03-16T21:30:00.000Z'); // moved away
  });

  it('shows the Phoenix series at 17:30 UTC-7 every week, whatever New York does, with its skip and move', () => {
    const shown = calendarOccurrences('ser-az@practice-ops');
    expect(shown).toEqual(libraryOccurrences(phoenix));
    expect(new Set(shown.filter(([s]) => !s.startsWith('2026-11-04')).map(([s]) => s.slice(11)))).toEqual(
      new Set(['00:30:00.000Z']),
    );
  });

  it('describes Phoenix as one STANDARD observance of −0700 to −0700 and no DAYLIGHT', () => {
    const vtz = root()
      .getAllSubcomponents('vtimezone')
      .find((v) => v.getFirstPropertyValue('tzid') === 'America/Phoenix');
    expect(vtz?.getAllSubcomponents('daylight')).toEqual([]);
    for (const std of vtz?.getAllSubcomponents('standard') ?? []) {
      expect(std.getFirstProperty('tzoffsetfrom')?.toICALString()).toContain('-0700');
      expect(std.getFirstProperty('tzoffsetto')?.toICALString()).toContain('-0700');
    }
    expect(vtz?.getAllSubcomponents('standard').length).toBeGreaterThan(0);
  });

  it('names each moved session by its original start in DTSTART’s form (RECURRENCE-ID;TZID=…:T173000)', () => {
    const ids = [...text.replaceAll('\r\n ', '').matchAll(/^RECURRENCE-ID[^\r\n]*/gm)].map((m) => m[0]);
    expect(ids).toContain('RECURRENCE-ID;TZID=America/New_York:20270316T173000');
    expect(ids).toContain('RECURRENCE-ID;TZID=America/Phoenix:20261103T173000');
  });

  it('writes the cancelled sessions as EXDATE on the rule’s wall time, and UNTIL in UTC', () => {
    const unfolded = text.replaceAll('\r\n ', '');
    expect(unfolded).toContain('EXDATE;TZID=America/New_York:20261124T173000');
    expect(unfolded).toContain('EXDATE;TZID=America/Phoenix:20261229T173000');
    for (const m of unfolded.matchAll(/UNTIL=([0-9TZ]+)/g)) expect(m[1]).toMatch(/^\d{8}T\d{6}Z$/);
  });

  it('folds every line at 75 octets without splitting a multi-byte character, and reads the text back whole', () => {
    const encoder = new TextEncoder();
    for (const line of text.slice(0, -2).split('\r\n'))
      expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    expect(text).toMatch(/\r\n [^\r\n]/); // the description did fold
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (const line of text.split('\r\n')) expect(() => decoder.decode(encoder.encode(line))).not.toThrow();
    const event = root().getFirstSubcomponent('vevent');
    expect(event?.getFirstPropertyValue('description')).toBe(description);
    expect(event?.getFirstPropertyValue('summary')).toBe('Séance — thérapie de couple 👫');
  });
});
