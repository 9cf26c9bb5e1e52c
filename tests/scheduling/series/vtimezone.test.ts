import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { IanaZone } from '../../../src/core/index.js';
import { toICalendar } from '../../../src/scheduling/index.js';
import { LOOK_BACK_MS, vtimezoneLines } from '../../../src/scheduling/series/vtimezone.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** The offset luxon (the zone database) gives, in minutes: the reference the observances must match. */
const offsetAt = (zone: string, ms: number) => DateTime.fromMillis(ms, { zone }).offset;

interface Observance {
  kind: string;
  /** The instant of the onset: DTSTART is the wall time on the clock in force before it. */
  atMs: number;
  from: number;
  to: number;
}

const minutesOf = (offset: string) =>
  (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(3, 5)));

function observancesOf(lines: readonly string[]): Observance[] {
  const out: Observance[] = [];
  let current: Partial<Observance> & { dtstart?: string } = {};
  for (const line of lines) {
    const [key, value = ''] = line.split(':');
    if (key === 'BEGIN' && (value === 'STANDARD' || value === 'DAYLIGHT')) current = { kind: value };
    else if (key === 'DTSTART') current.dtstart = value;
    else if (key === 'TZOFFSETFROM') current.from = minutesOf(value);
    else if (key === 'TZOFFSETTO') current.to = minutesOf(value);
    else if (key === 'END' && (value === 'STANDARD' || value === 'DAYLIGHT')) {
      const d = current.dtstart as string;
      const wall = Date.UTC(
        Number(d.slice(0, 4)),
        Number(d.slice(4, 6)) - 1,
        Number(d.slice(6, 8)),
        Number(d.slice(9, 11)),
        Number(d.slice(11, 13)),
        Number(d.slice(13, 15)),
      );
      out.push({
        kind: current.kind as string,
        atMs: wall - (current.from as number) * 60_000,
        from: current.from as number,
        to: current.to as number,
      });
    }
  }
  return out;
}

const vtz = (zone: string, from: string, to: string) =>
  observancesOf(vtimezoneLines(zone as IanaZone, Date.parse(from), Date.parse(to)));

describe('vtimezoneLines', () => {
  it('writes only the real changes around New York’s 2026 fall-back, never an observance from -0400 to -0400', () => {
    const lines = vtimezoneLines(
      'America/New_York' as IanaZone,
      Date.parse('2026-11-01T05:30:00Z'),
      Date.parse('2026-11-02T15:50:00Z'),
    );
    expect(lines).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:America/New_York',
      'BEGIN:DAYLIGHT',
      'DTSTART:20260308T020000',
      'TZOFFSETFROM:-0500',
      'TZOFFSETTO:-0400',
      'END:DAYLIGHT',
      'BEGIN:STANDARD',
      'DTSTART:20261101T020000',
      'TZOFFSETFROM:-0400',
      'TZOFFSETTO:-0500',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it('starts a southern-hemisphere zone at its last change: Sydney’s October 2026 spring-forward', () => {
    expect(vtz('Australia/Sydney', '2026-11-10T00:00:00Z', '2026-11-20T00:00:00Z')).toEqual([
      { kind: 'DAYLIGHT', atMs: Date.parse('2026-10-03T16:00:00Z'), from: 600, to: 660 },
    ]);
    // Lord Howe moves by half an hour.
    expect(vtz('Australia/Lord_Howe', '2026-11-10T00:00:00Z', '2026-11-20T00:00:00Z')).toEqual([
      { kind: 'DAYLIGHT', atMs: Date.parse('2026-10-03T15:30:00Z'), from: 630, to: 660 },
    ]);
  });

  it('gives a zone with one offset a single observance of that offset, the one RFC 5545 requires', () => {
    for (const [zone, offset] of [
      ['Asia/Kolkata', 330],
      ['America/Phoenix', -420],
      ['UTC', 0],
      // São Paulo has kept -0300 since its last DST ended in February 2019.
      ['America/Sao_Paulo', -180],
    ] as const) {
      const list = vtz(zone, '2026-11-10T00:00:00Z', '2026-11-20T00:00:00Z');
      expect(list).toEqual([
        {
          kind: 'STANDARD',
          atMs: Date.parse('2026-11-09T00:00:00Z') - LOOK_BACK_MS,
          from: offset,
          to: offset,
        },
      ]);
    }
  });

  it('writes the change a zone made when its rules changed: Moscow’s 2014 move to +0300, São Paulo’s last DST', () => {
    expect(vtz('Europe/Moscow', '2014-12-01T00:00:00Z', '2014-12-10T00:00:00Z')).toEqual([
      { kind: 'STANDARD', atMs: Date.parse('2014-10-25T22:00:00Z'), from: 240, to: 180 },
    ]);
    expect(vtz('America/Sao_Paulo', '2019-01-20T00:00:00Z', '2019-03-10T00:00:00Z')).toEqual([
      { kind: 'DAYLIGHT', atMs: Date.parse('2018-11-04T03:00:00Z'), from: -180, to: -120 },
      { kind: 'STANDARD', atMs: Date.parse('2019-02-17T02:00:00Z'), from: -120, to: -180 },
    ]);
  });

  it('is what toICalendar writes for an appointment in the fall-back hour', () => {
    const text = toICalendar(
      {
        appointments: [
          {
            id: 'a1',
            clinicianId: 'dr',
            clientIds: ['c1'],
            type: 'individual',
            modality: { kind: 'telehealth', clientLocationState: 'NY' },
            start: '2026-11-01T01:30:00-05:00',
            end: '2026-11-01T02:20:00-05:00',
          },
        ],
      },
      { asOf: '2026-10-01T00:00:00Z', summary: 'Session', zone: 'America/New_York' },
    );
    expect(text).not.toMatch(/TZOFFSETFROM:-0400\r\nTZOFFSETTO:-0400/);
    expect(text.match(/BEGIN:(STANDARD|DAYLIGHT)/g)).toEqual(['BEGIN:DAYLIGHT', 'BEGIN:STANDARD']);
  });

  const ZONES = Intl.supportedValuesOf('timeZone');

  it('writes only real changes, each true to the zone database, covering every instant of the span (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({
          min: Date.parse('2000-01-01T00:00:00Z') / HOUR,
          max: Date.parse('2036-01-01T00:00:00Z') / HOUR,
        }),
        fc.integer({ min: 0, max: 400 * 24 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 8 }),
        (zone, startHour, lengthHours, probes) => {
          const fromMs = startHour * HOUR;
          const toMs = fromMs + lengthHours * HOUR;
          const list = observancesOf(vtimezoneLines(zone as IanaZone, fromMs, toMs));
          expect(list.length).toBeGreaterThan(0);
          list.forEach((o, i) => {
            expect(o.kind).toBe(o.to > o.from ? 'DAYLIGHT' : 'STANDARD');
            if (o.from === o.to) {
              // Only the one observance of a zone that kept its offset through the look-back.
              expect(i).toBe(0);
              for (let t = o.atMs; t <= fromMs; t += 7 * DAY) expect(offsetAt(zone, t)).toBe(o.to);
              return;
            }
            // A real change: the zone's offset just before and at the onset.
            expect(offsetAt(zone, o.atMs - 60_000)).toBe(o.from);
            expect(offsetAt(zone, o.atMs)).toBe(o.to);
            const previous = list[i - 1];
            if (previous !== undefined) {
              expect(o.atMs).toBeGreaterThan(previous.atMs);
              expect(o.from).toBe(previous.to);
            }
          });
          // Every instant of the span follows the first onset and reads the offset in force.
          expect(list[0]?.atMs).toBeLessThanOrEqual(fromMs);
          for (const p of [0, 1, ...probes]) {
            const t = Math.floor(fromMs + p * (toMs - fromMs));
            const inForce = list.filter((o) => o.atMs <= t).at(-1);
            expect(inForce?.to).toBe(offsetAt(zone, t));
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
