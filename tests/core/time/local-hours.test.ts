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
