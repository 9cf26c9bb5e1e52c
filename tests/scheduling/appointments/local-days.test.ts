import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { localDayAndMinute, toEpochMs } from '../../../src/core/internal.js';
import { localDaysBetween, plusLocalDaysMs } from '../../../src/scheduling/appointments/local-days.js';

// Lookaheads and "days since" count calendar days on the zone's clock, as luxon's `plus({ days })` does
// ("days" keep the wall time across a DST change; "hours: 24" do not): the 2026-11-01 fall-back day holds
// 25 hours in New York, the 2027-03-14 spring-forward day 23 [sources: usc-15-260a].
const NY = 'America/New_York';
const iso = (ms: number, zone: string) =>
  DateTime.fromMillis(ms, { zone }).toISO({ suppressMilliseconds: true });

describe('plusLocalDaysMs', () => {
  it('ends a 7-day lookahead from 09:00 on 2026-10-28 at 09:00 on 2026-11-04 (169 hours, fall-back between)', () => {
    const end = plusLocalDaysMs(toEpochMs('2026-10-28T09:00:00-04:00'), 7, NY);
    expect(iso(end, NY)).toBe('2026-11-04T09:00:00-05:00');
    expect(end - toEpochMs('2026-10-28T09:00:00-04:00')).toBe(169 * 3_600_000);
  });

  it('ends a 3-day lookahead from 14:30 on 2027-03-12 at 14:30 on 2027-03-15 (71 hours, spring-forward between)', () => {
    const end = plusLocalDaysMs(toEpochMs('2027-03-12T14:30:00-05:00'), 3, NY);
    expect(iso(end, NY)).toBe('2027-03-15T14:30:00-04:00');
    expect(end - toEpochMs('2027-03-12T14:30:00-05:00')).toBe(71 * 3_600_000);
  });

  it('moves a wall time that 2027-03-14 skips (02:30) forward by the gap, to 03:30', () => {
    expect(iso(plusLocalDaysMs(toEpochMs('2027-03-13T02:30:00-05:00'), 1, NY), NY)).toBe(
      '2027-03-14T03:30:00-04:00',
    );
  });

  it('keeps the offset it starts with on the 01:30 that 2026-11-01 shows twice', () => {
    expect(iso(plusLocalDaysMs(toEpochMs('2026-10-31T01:30:00-04:00'), 1, NY), NY)).toBe(
      '2026-11-01T01:30:00-04:00',
    );
    expect(iso(plusLocalDaysMs(toEpochMs('2026-11-02T01:30:00-05:00'), -1, NY), NY)).toBe(
      '2026-11-01T01:30:00-05:00',
    );
  });

  it('keeps seconds and a zone without DST exact (Asia/Kolkata, +05:30)', () => {
    const from = toEpochMs('2026-11-01T23:59:59+05:30');
    expect(plusLocalDaysMs(from, 2, 'Asia/Kolkata') - from).toBe(2 * 86_400_000);
  });

  it('ends a lookahead of N days at the same local wall time N calendar days later, as luxon plus({ days }) (property)', () => {
    // Instants within a day either side of the 2026 and 2027 changes, in zones north and south of the equator.
    const zones = fc.constantFrom(
      NY,
      'America/Chicago',
      'Europe/London',
      'Australia/Sydney',
      'America/Phoenix',
    );
    const around = fc.constantFrom(
      toEpochMs('2026-11-01T06:00:00Z'),
      toEpochMs('2027-03-14T07:00:00Z'),
      toEpochMs('2026-10-04T16:00:00Z'),
      toEpochMs('2027-04-04T16:00:00Z'),
      toEpochMs('2026-10-25T01:00:00Z'),
    );
    fc.assert(
      fc.property(
        zones,
        around,
        fc.integer({ min: -3 * 86_400, max: 3 * 86_400 }),
        fc.integer({ min: 1, max: 30 }),
        (zone, at, shift, days) => {
          const from = at + shift * 1000;
          const end = plusLocalDaysMs(from, days, zone);
          expect(end).toBe(DateTime.fromMillis(from, { zone }).plus({ days }).toMillis());
          const a = localDayAndMinute(from, zone);
          const b = localDayAndMinute(end, zone);
          // The same wall time N dates later, unless that wall time does not exist (then it is later that day).
          expect(b.epochDay).toBe(a.epochDay + days);
          expect(b.minuteOfDay).toBeGreaterThanOrEqual(a.minuteOfDay);
          expect(localDaysBetween(from, end, zone)).toBe(days);
        },
      ),
    );
  });
});

describe('localDaysBetween', () => {
  it('counts 09:00 on 2026-10-25 to 08:30 on 2026-11-01 as 6 days, though 168.5 hours passed', () => {
    expect(
      localDaysBetween(toEpochMs('2026-10-25T09:00:00-04:00'), toEpochMs('2026-11-01T08:30:00-05:00'), NY),
    ).toBe(6);
  });

  it('counts 09:00 on 2027-03-07 to 09:00 on 2027-03-14 as 7 days, though 167 hours passed', () => {
    expect(
      localDaysBetween(toEpochMs('2027-03-07T09:00:00-05:00'), toEpochMs('2027-03-14T09:00:00-04:00'), NY),
    ).toBe(7);
  });

  it('is negative, and antisymmetric, for an earlier instant (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1_780_000_000, max: 1_810_000_000 }),
        fc.integer({ min: 1_780_000_000, max: 1_810_000_000 }),
        (x, y) => {
          expect(localDaysBetween(y * 1000, x * 1000, NY) + localDaysBetween(x * 1000, y * 1000, NY)).toBe(0);
        },
      ),
    );
  });
});
