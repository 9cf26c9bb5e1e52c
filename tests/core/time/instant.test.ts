import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMinutes,
  compareInstants,
  formatInstant,
  getHoursBetween,
  getLocalDate,
  getMinutesBetween,
  Instant,
  readLocal,
} from '../../../src/core/index.js';
import {
  formatWithOffset,
  localDayAndMinute,
  offsetOf,
  toEpochMs,
  zoneOffsetMinutes,
} from '../../../src/core/internal.js';
import { SAMPLE_ZONES } from './zones.js';

const ms = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) }).map((n) => n - (n % 60_000));
const zone = fc.constantFrom(...SAMPLE_ZONES);

describe('Instant', () => {
  it('requires an offset and a real date-time', () => {
    expect(Instant.safeParse('2026-03-08T09:00:00-04:00').success).toBe(true);
    expect(Instant.safeParse('2026-03-08T09:00Z').success).toBe(true);
    expect(Instant.safeParse('2026-03-08T09:00:00.250+05:30').success).toBe(true);
    expect(Instant.safeParse('2026-03-08T09:00:00').success).toBe(false);
    expect(Instant.safeParse('2026-02-30T09:00:00Z').success).toBe(false);
    expect(Instant.safeParse('2026-03-08T24:00:00Z').success).toBe(false);
    expect(Instant.safeParse('2026-03-08T23:60:00Z').success).toBe(false);
  });

  it('writes instants with the offset the zone has at that moment', () => {
    expect(formatInstant(Date.UTC(2026, 2, 9, 13), 'America/New_York')).toBe('2026-03-09T09:00:00-04:00');
    expect(formatInstant(Date.UTC(2026, 0, 9, 13), 'America/New_York')).toBe('2026-01-09T08:00:00-05:00');
    expect(formatInstant(Date.UTC(2026, 0, 9, 13), 'Asia/Kolkata')).toBe('2026-01-09T18:30:00+05:30');
    expect(formatInstant(Date.UTC(2026, 0, 9, 13), 'UTC')).toBe('2026-01-09T13:00:00Z');
    expect(formatWithOffset(Date.UTC(2026, 0, 9, 13, 0, 0, 5), 0)).toBe('2026-01-09T13:00:00.005Z');
  });

  it('round-trips through any zone and denotes the same moment', () => {
    fc.assert(
      fc.property(ms, zone, (t, z) => {
        const text = formatInstant(t, z);
        expect(Instant.safeParse(text).success).toBe(true);
        expect(toEpochMs(text)).toBe(t);
        expect(offsetOf(text)).toBe(zoneOffsetMinutes(z, t));
      }),
    );
  });
});

describe('formatInstant’s memory of what it wrote', () => {
  it('gives the text the offset says, first time and every time after', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(ms, zone), { minLength: 1, maxLength: 30 }), (pairs) => {
        for (const [t, z] of [...pairs, ...pairs]) {
          expect(formatInstant(t, z)).toBe(formatWithOffset(t, zoneOffsetMinutes(z, t)));
        }
      }),
    );
  });

  it('stays right past its bound: more instants in one zone than it keeps', () => {
    const start = Date.UTC(2026, 0, 1);
    for (let i = 0; i < 10_000; i += 1) {
      const t = start + i * 3_600_000;
      expect(formatInstant(t, 'America/Denver')).toBe(
        formatWithOffset(t, zoneOffsetMinutes('America/Denver', t)),
      );
    }
    expect(formatInstant(start, 'America/Denver')).toBe('2025-12-31T17:00:00-07:00');
  });
});

describe('getHoursBetween', () => {
  it('counts the 23-hour day of a spring-forward night', () => {
    expect(getHoursBetween('2026-03-07T09:00:00-05:00', '2026-03-08T09:00:00-04:00')).toBe(23);
    expect(getHoursBetween('2026-10-31T09:00:00-04:00', '2026-11-01T09:00:00-05:00')).toBe(25);
    expect(getMinutesBetween('2026-01-01T00:00:00Z', '2026-01-01T05:30:00+05:30')).toBe(0);
  });

  it('measures elapsed time across every DST transition of the sample zones', () => {
    for (const z of SAMPLE_ZONES) {
      for (const transition of transitions(z, 2026)) {
        // From noon local the day before to noon local the day after: 48 hours less the change.
        const before = transition - 36 * 3_600_000;
        const after = transition + 36 * 3_600_000;
        const a = formatInstant(before, z);
        const b = formatInstant(after, z);
        expect(getHoursBetween(a, b)).toBe(72);
        // The wall clock moved by 72 hours plus the change, which is what a naive local reading would count.
        const delta = zoneOffsetMinutes(z, after) - zoneOffsetMinutes(z, before);
        expect(delta).not.toBe(0);
        expect(getHoursBetween(a, b) + delta / 60).toBe(72 + (offsetOf(b) - offsetOf(a)) / 60);
      }
    }
  });

  it('is independent of the offsets the instants are written in', () => {
    fc.assert(
      fc.property(ms, ms, zone, zone, (a, b, za, zb) => {
        expect(getHoursBetween(formatInstant(a, za), formatInstant(b, zb))).toBe((b - a) / 3_600_000);
        expect(Math.sign(compareInstants(formatInstant(a, za), formatInstant(b, zb)))).toBe(Math.sign(a - b));
      }),
    );
  });
});

describe('reading instants on a wall clock', () => {
  it('reads the local date and time in a zone', () => {
    expect(readLocal('2026-07-01T02:00:00Z', 'America/Los_Angeles')).toEqual({
      date: '2026-06-30',
      epochDay: 20_634,
      minuteOfDay: 1140,
      time: '19:00',
      offsetMinutes: -420,
    });
    expect(getLocalDate('2026-12-31T20:00:00-05:00', 'Asia/Kolkata')).toBe('2027-01-01');
  });

  it('gives the wall-clock day and minute without the text', () => {
    expect(localDayAndMinute('2026-07-01T02:00:00Z', 'America/Los_Angeles')).toEqual({
      epochDay: 20_634,
      minuteOfDay: 1140,
    });
    fc.assert(
      fc.property(ms, zone, (t, z) => {
        const reading = readLocal(t, z);
        expect(localDayAndMinute(t, z)).toEqual({
          epochDay: reading.epochDay,
          minuteOfDay: reading.minuteOfDay,
        });
        expect(getLocalDate(t, z)).toBe(reading.date);
      }),
    );
  });

  it('adds elapsed minutes keeping the written offset', () => {
    expect(addMinutes('2026-03-08T01:30:00-05:00', 60)).toBe('2026-03-08T02:30:00-05:00');
    expect(addMinutes('2026-03-08T01:30:00Z', -90)).toBe('2026-03-08T00:00:00Z');
  });
});

function transitions(zone: string, year: number): number[] {
  const out: number[] = [];
  let previous = zoneOffsetMinutes(zone, Date.UTC(year, 0, 1));
  for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 30 * 60_000) {
    const offset = zoneOffsetMinutes(zone, t);
    if (offset !== previous) out.push(t);
    previous = offset;
  }
  return out;
}

describe('toEpochMs', () => {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const instantText = fc
    .record({
      ms: fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(9000, 0, 1) }),
      seconds: fc.boolean(),
      fraction: fc.constantFrom('', '.5', '.25', '.125'),
      offset: fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 }),
    })
    .map(({ ms, seconds, fraction, offset }) => {
      const local = new Date(ms - (ms % 60_000) + offset * 60_000);
      const abs = Math.abs(offset);
      const zone =
        offset === 0 ? 'Z' : `${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
      const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}${seconds ? `:${pad(local.getUTCSeconds())}${fraction}` : ''}`;
      return `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T${time}${zone}`;
    });

  it('reads every well-formed instant as the platform does', () => {
    fc.assert(
      fc.property(instantText, (text) => {
        expect(toEpochMs(text)).toBe(Date.parse(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('never accepts what the platform would read differently, over arbitrary mutations', () => {
    fc.assert(
      fc.property(instantText, fc.nat(), fc.string({ maxLength: 2 }), (text, at, insert) => {
        const i = at % (text.length + 1);
        const mutated = text.slice(0, i) + insert + text.slice(i + 1);
        const ms = toEpochMs(mutated);
        if (!Number.isNaN(ms)) expect(ms).toBe(Date.parse(mutated));
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects near misses', () => {
    for (const bad of [
      '2026-03-08T09:00:00',
      '2026-03-08 09:00:00Z',
      '2026-03-08T09:00:60Z',
      '2026-03-08T09:00:00.Z',
      '2026-03-08T09:00:00.1234Z',
      '2026-03-08T09:00:00+24:00',
      '2026-03-08T09:00:00+05:60',
      '2026-03-08T09:00:00+0500',
      '2026-03-08T09:00:00Zx',
    ]) {
      expect(toEpochMs(bad)).toBeNaN();
    }
  });
});
