// toICalendar's output read back line by line against RFC 5545 [sources: rfc-5545-icalendar]: CRLF line
// endings (3.1), content lines folded at 75 octets without splitting a UTF-8 character (3.1), TEXT escaping
// (3.3.11), DTSTAMP and UID once in each VEVENT (3.6.1), VERSION and PRODID once in the calendar (3.7), a
// VTIMEZONE for every TZID used (3.6.5), EXDATE and RECURRENCE-ID in DTSTART's zone (3.8.5.1, 3.8.4.4), UNTIL
// in UTC when DTSTART has a zone (3.3.10), no METHOD (the calendar is a published feed, not an iTIP message:
// RFC 5546 3.2), STATUS:CANCELLED for a cancelled session (3.8.1.11).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type SchedulingAppointmentInput,
  type SchedulingSeriesInput,
  toICalendar,
} from '../../../src/scheduling/index.js';
import { escapeText, foldLine } from '../../../src/scheduling/series/icalendar-text.js';

const OPTIONS = { asOf: '2026-03-01T12:00:00Z', summary: 'Session' };
const octets = (text: string) => new TextEncoder().encode(text).length;

/** The physical lines of a calendar: it must end with CRLF and hold no bare CR or LF. */
function physicalLines(text: string): string[] {
  expect(text.endsWith('\r\n')).toBe(true);
  const lines = text.slice(0, -2).split('\r\n');
  for (const line of lines) expect(/[\r\n]/.test(line)).toBe(false);
  return lines;
}

/** Unfolds (RFC 5545 3.1): a line starting with a space or tab continues the previous one. */
function contentLines(text: string): string[] {
  const out: string[] = [];
  for (const line of physicalLines(text)) {
    if (line.startsWith(' ') || line.startsWith('\t')) out[out.length - 1] += line.slice(1);
    else out.push(line);
  }
  return out;
}

interface Component {
  readonly name: string;
  readonly properties: { name: string; params: string; value: string }[];
  readonly children: Component[];
}

/** Parses content lines into components, failing on an END that does not close the open BEGIN. */
function parse(lines: readonly string[]): Component {
  const stack: Component[] = [];
  let root: Component | undefined;
  for (const line of lines) {
    const colon = line.indexOf(':');
    expect(colon).toBeGreaterThan(0);
    const head = line.slice(0, colon);
    const value = line.slice(colon + 1);
    const [name = '', ...params] = head.split(';');
    if (name === 'BEGIN') {
      const c: Component = { name: value, properties: [], children: [] };
      stack.at(-1)?.children.push(c);
      stack.push(c);
      root ??= c;
    } else if (name === 'END') {
      expect(stack.pop()?.name).toBe(value);
    } else {
      stack.at(-1)?.properties.push({ name, params: params.join(';'), value });
    }
  }
  expect(stack).toEqual([]);
  return root as Component;
}

const props = (c: Component, name: string) => c.properties.filter((p) => p.name === name);

/** Reads a TEXT value back (RFC 5545 3.3.11). */
function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

const series: SchedulingSeriesInput = {
  id: 's-ava-weekly',
  clinicianId: 'dr-lee',
  clientIds: ['c-ava'],
  type: 'individual',
  modality: { kind: 'telehealth', clientLocationState: 'NY' },
  zone: 'America/New_York',
  startDate: '2026-02-23',
  startTime: '09:00',
  durationMinutes: 50,
  frequency: 'weekly',
  until: '2026-04-27',
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
const cancelled: SchedulingAppointmentInput = {
  id: 'a-7',
  clinicianId: 'dr-lee',
  clientIds: ['c-ava'],
  type: 'individual',
  modality: { kind: 'in_person', locationId: 'main', zone: 'America/Chicago' },
  start: '2026-05-04T10:00:00-05:00',
  end: '2026-05-04T10:50:00-05:00',
  status: { state: 'cancelled', by: 'client', at: '2026-05-01T12:00:00Z' },
};
const held: SchedulingAppointmentInput = {
  ...cancelled,
  id: 'a-8',
  start: '2026-05-11T10:00:00-05:00',
  end: '2026-05-11T10:50:00-05:00',
  status: { state: 'scheduled' },
};

describe('toICalendar, read back line by line (RFC 5545)', () => {
  const description = 'Bring: intake form; insurance card, ID\nRoom 2 \\ second floor — café entrance 🚪';
  const text = toICalendar(
    { series: [series], appointments: [cancelled, held] },
    {
      ...OPTIONS,
      audience: 'clinician',
      summary: 'Séance, thérapie; suivi',
      description,
      location: 'Suite 200, Main St.',
    },
  );
  const calendar = parse(contentLines(text));
  const events = calendar.children.filter((c) => c.name === 'VEVENT');

  it('ends every line with CRLF and folds each at 75 octets, a continuation starting with one space', () => {
    for (const line of physicalLines(text)) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(physicalLines(text).some((line) => line.startsWith(' '))).toBe(true);
  });

  it('writes VERSION:2.0 and a PRODID once, and no METHOD (a published feed, not an iTIP message)', () => {
    expect(calendar.name).toBe('VCALENDAR');
    expect(props(calendar, 'VERSION').map((p) => p.value)).toEqual(['2.0']);
    expect(props(calendar, 'PRODID')).toHaveLength(1);
    expect(props(calendar, 'METHOD')).toEqual([]);
  });

  it('gives every VEVENT one UID and one DTSTAMP in UTC, and one DTSTART', () => {
    expect(events.length).toBeGreaterThanOrEqual(4);
    for (const e of events) {
      expect(props(e, 'UID')).toHaveLength(1);
      expect(props(e, 'DTSTAMP').map((p) => p.value)).toEqual(['20260301T120000Z']);
      expect(props(e, 'DTSTART')).toHaveLength(1);
    }
  });

  it('escapes backslash, semicolon, comma and newline in TEXT, and reads back exactly what was given', () => {
    for (const e of events) {
      const [summary] = props(e, 'SUMMARY');
      const [desc] = props(e, 'DESCRIPTION');
      const [location] = props(e, 'LOCATION');
      expect(summary?.value).toBe('Séance\\, thérapie\\; suivi');
      expect(unescapeText(desc?.value ?? '')).toBe(description);
      expect(unescapeText(location?.value ?? '')).toBe('Suite 200, Main St.');
      // No unescaped comma or semicolon is left in a TEXT value.
      expect(/(^|[^\\])[;,]/.test(summary?.value ?? '')).toBe(false);
    }
  });

  it('describes every zone a TZID names with a VTIMEZONE of that TZID', () => {
    const used = new Set(
      events.flatMap((e) => e.properties.flatMap((p) => /(?:^|;)TZID=([^;:]+)/.exec(p.params)?.[1] ?? [])),
    );
    expect([...used].sort()).toEqual(['America/Chicago', 'America/New_York']);
    const described = calendar.children
      .filter((c) => c.name === 'VTIMEZONE')
      .map((c) => props(c, 'TZID')[0]?.value);
    expect(described.sort()).toEqual(['America/Chicago', 'America/New_York']);
  });

  it('writes EXDATE and RECURRENCE-ID in DTSTART’s zone, and UNTIL in UTC', () => {
    const master = events.find((e) => props(e, 'RRULE').length === 1) as Component;
    expect(props(master, 'DTSTART')[0]?.params).toBe('TZID=America/New_York');
    expect(props(master, 'EXDATE').map((p) => `${p.params}:${p.value}`)).toEqual([
      'TZID=America/New_York:20260316T090000',
    ]);
    expect(props(master, 'RRULE')[0]?.value).toMatch(/;UNTIL=\d{8}T\d{6}Z$/);
    const override = events.find((e) => props(e, 'RECURRENCE-ID').length === 1) as Component;
    expect(props(override, 'RECURRENCE-ID')[0]).toMatchObject({
      params: 'TZID=America/New_York',
      value: '20260323T090000',
    });
    expect(props(override, 'UID')[0]?.value).toBe(props(master, 'UID')[0]?.value);
  });

  it('marks the cancelled session STATUS:CANCELLED and the held one CONFIRMED, on its office’s clock', () => {
    const byUid = (uid: string) => events.find((e) => props(e, 'UID')[0]?.value === uid) as Component;
    expect(props(byUid('a-7@practice-ops'), 'STATUS')[0]?.value).toBe('CANCELLED');
    expect(props(byUid('a-8@practice-ops'), 'STATUS')[0]?.value).toBe('CONFIRMED');
    expect(props(byUid('a-7@practice-ops'), 'DTSTART')[0]).toMatchObject({
      params: 'TZID=America/Chicago',
      value: '20260504T100000',
    });
  });

  it('writes no client, clinician, service or modality: only the summary, description and location given', () => {
    for (const e of events) {
      for (const p of e.properties) expect(p.value).not.toMatch(/c-ava|dr-lee|individual|telehealth|main\b/);
      expect(props(e, 'ATTENDEE')).toEqual([]);
      expect(props(e, 'ORGANIZER')).toEqual([]);
    }
  });
});

describe('foldLine and escapeText', () => {
  it('folds a line of two-, three- and four-octet characters without splitting one (property)', () => {
    const char = fc.constantFrom('a', ';', 'é', 'ß', '€', '中', '😀', '🚪', ' ');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 300 }), (chars) => {
        const line = `DESCRIPTION:${chars.join('')}`;
        const folded = foldLine(line);
        const physical = folded.split('\r\n');
        physical.forEach((p, i) => {
          expect(octets(p)).toBeLessThanOrEqual(75);
          if (i > 0) expect(p.startsWith(' ')).toBe(true);
          // Each physical line is whole UTF-8: no lone surrogate from a split character.
          expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(p)).toBe(
            false,
          );
        });
        expect(physical.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
      }),
    );
  });

  it('escapes a backslash before the characters it then escapes (a\\;b is a, backslash, semicolon, b)', () => {
    expect(escapeText('a\\;b')).toBe('a\\\\\\;b');
    expect(escapeText('one\r\ntwo\rthree\nfour')).toBe('one\\ntwo\\nthree\\nfour');
    expect(escapeText('a:b')).toBe('a:b');
  });
});
