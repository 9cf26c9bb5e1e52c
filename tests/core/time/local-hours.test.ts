import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatInstant,
  getInstantOutsideLocalHours,
  isWithinLocalHours,
  type LocalHours,
  readLocal,
} from '../../../src/core/index.js';
import { getInstantOutsideLocalHoursMs, toEpochMs } from '../../../src/core/internal.js';
import { SAMPLE_ZONES } from './zones.js';

const quiet: LocalHours = { start: '21:00', end: '08:00' };

describe('isWithinLocalHours', () => {
  it('reads quiet hours past midnight in the zone that owns them', () => {
    expect(isWithinLocalHours('2026-01-10T07:30:00-08:00', quiet, 'America/Los_Angeles')).toBe(true);
    expect(isWithinLocalHours('2026-01-10T07:30:00-08:00', quiet, 'America/New_York')).toBe(false);
    expect(isWithinLocalHours('2026-01-10T21:00:00-05:00', quiet, 'America/New_York')).toBe(true);
    expect(isWithinLocalHours('2026-01-10T08:00:00-05:00', quiet, 'America/New_York')).toBe(false);
  });

  it('limits office hours to listed weekdays', () => {
    const office: LocalHours = { start: '09:00', end: '17:00', days: ['mon', 'tue', 'wed', 'thu', 'fri'] };
    expect(isWithinLocalHours('2026-11-23T10:00:00-05:00', office, 'America/New_York')).toBe(true);
    expect(isWithinLocalHours('2026-11-22T10:00:00-05:00', office, 'America/New_York')).toBe(false);
  });

  it('counts the early hours of a span past midnight to the day it started', () => {
    const fridayNight: LocalHours = { start: '22:00', end: '06:00', days: ['fri'] };
    expect(isWithinLocalHours('2026-11-21T02:00:00-05:00', fridayNight, 'America/New_York')).toBe(true);
    expect(isWithinLocalHours('2026-11-20T02:00:00-05:00', fridayNight, 'America/New_York')).toBe(false);
  });
});

describe('getInstantOutsideLocalHours', () => {
  it('moves a reminder out of quiet hours to the next morning', () => {
    expect(getInstantOutsideLocalHours('2026-01-10T22:15:00-05:00', quiet, 'America/New_York')).toBe(
      '2026-01-11T08:00:00-05:00',
    );
    expect(getInstantOutsideLocalHours('2026-01-11T06:00:00-05:00', quiet, 'America/New_York')).toBe(
      '2026-01-11T08:00:00-05:00',
    );
    expect(getInstantOutsideLocalHours('2026-01-11T12:00:00-05:00', quiet, 'America/New_York')).toBe(
      '2026-01-11T12:00:00-05:00',
    );
  });

  it('takes epoch milliseconds and writes the result in the zone', () => {
    expect(getInstantOutsideLocalHours(Date.UTC(2026, 0, 11, 3, 15), quiet, 'America/New_York')).toBe(
      '2026-01-11T08:00:00-05:00',
    );
    expect(getInstantOutsideLocalHours(Date.UTC(2026, 0, 11, 17), quiet, 'America/New_York')).toBe(
      '2026-01-11T12:00:00-05:00',
    );
  });

  it('has an epoch-milliseconds twin that agrees with it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 0, 1) }),
        fc.constantFrom(...SAMPLE_ZONES),
        (t, zone) => {
          expect(getInstantOutsideLocalHoursMs(t, quiet, zone)).toBe(
            toEpochMs(getInstantOutsideLocalHours(t, quiet, zone)),
          );
        },
      ),
    );
  });

  it('walks over back-to-back spans', () => {
    const allWeekend: LocalHours = { start: '00:00', end: '00:00', days: ['sat', 'sun'] };
    expect(getInstantOutsideLocalHours('2026-11-21T10:00:00-05:00', allWeekend, 'America/New_York')).toBe(
      '2026-11-23T00:00:00-05:00',
    );
  });

  it('ends quiet hours whose end the clocks show twice on its second pass (behaviour change)', () => {
    // New York falls back at 02:00 EDT on 2026-11-01: 01:00–02:00 comes twice. With quiet hours to 01:30,
    // 01:00 EST (the second 01:00) is inside them: the reminder waits to 01:30 EST, not 01:00 (it went then).
    const hours: LocalHours = { start: '21:00', end: '01:30' };
    expect(getInstantOutsideLocalHours('2026-11-01T01:00:00-05:00', hours, 'America/New_York')).toBe(
      '2026-11-01T01:30:00-05:00',
    );
    // The first 01:10 still ends at the first 01:30, and the first 01:40 is already outside.
    expect(getInstantOutsideLocalHours('2026-11-01T01:10:00-04:00', hours, 'America/New_York')).toBe(
      '2026-11-01T01:30:00-04:00',
    );
    expect(getInstantOutsideLocalHours('2026-11-01T01:40:00-04:00', hours, 'America/New_York')).toBe(
      '2026-11-01T01:40:00-04:00',
    );
  });

  it('lands outside the hours from any moment of a repeated hour, whatever end it holds (property)', () => {
    // The second pass of each zone's 2026 fall-back (its start in UTC and how long the wall clock repeats).
    const secondPasses = [
      { zone: 'America/New_York', start: Date.UTC(2026, 10, 1, 6), minutes: 60 },
      { zone: 'Europe/London', start: Date.UTC(2026, 9, 25, 1), minutes: 60 },
      { zone: 'Australia/Sydney', start: Date.UTC(2026, 3, 4, 16), minutes: 60 },
      { zone: 'Australia/Lord_Howe', start: Date.UTC(2026, 3, 4, 15), minutes: 30 },
    ] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...secondPasses),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 1, max: 59 }),
        fc.integer({ min: 0, max: 1439 }),
        ({ zone, start, minutes }, at, endAt, startMinute) => {
          const t = start + (at % minutes) * 60_000;
          const endWall = readLocal(formatInstant(start + (endAt % minutes) * 60_000, zone), zone).time;
          const hhmm = (m: number) =>
            `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
          const hours: LocalHours = { start: hhmm(startMinute), end: endWall };
          fc.pre(hours.start !== hours.end);
          const to = getInstantOutsideLocalHoursMs(t, hours, zone);
          expect(isWithinLocalHours(to, hours, zone)).toBe(false);
          expect(to).toBeGreaterThanOrEqual(t);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('always lands outside the hours and never earlier, in any zone', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 0, 1) }).map((n) => n - (n % 60_000)),
        fc.constantFrom(...SAMPLE_ZONES),
        fc.integer({ min: 0, max: 1439 }),
        fc.integer({ min: 1, max: 1439 }),
        (t, zone, startMinute, length) => {
          const hhmm = (m: number) =>
            `${String(Math.floor(m / 60) % 24).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
          const hours: LocalHours = { start: hhmm(startMinute), end: hhmm((startMinute + length) % 1440) };
          const from = formatInstant(t, zone);
          const to = getInstantOutsideLocalHours(from, hours, zone);
          expect(isWithinLocalHours(to, hours, zone)).toBe(false);
          expect(readLocal(to, zone).date >= readLocal(from, zone).date).toBe(true);
        },
      ),
    );
  });
});
