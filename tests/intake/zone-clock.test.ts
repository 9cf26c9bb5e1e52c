import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  deferPastLocalHours,
  formatInstant,
  isWithinLocalHours,
  localDateOf,
  toEpochMs,
  zoneOffsetMinutes,
} from '../../src/core/index.js';
import {
  deferPastHoursAt,
  formatAt,
  instantMs,
  isWithinHoursAt,
  KnownZone,
  localDateAt,
  offsetAt,
} from '../../src/intake/zone-clock.js';
import { TEST_ZONES } from './intake-fixtures.js';

// 2025-01-01 to 2028-12-31, on the minute, so DST changes of several years are crossed.
const msArb = fc.integer({ min: 29_016_000, max: 31_119_000 }).map((m) => m * 60_000);
const zoneArb = fc.constantFrom(...TEST_ZONES, 'Asia/Kathmandu', 'America/Santiago');
const hhmm = fc
  .integer({ min: 0, max: 95 })
  .map((q) => `${String(Math.floor(q / 4)).padStart(2, '0')}:${String((q % 4) * 15).padStart(2, '0')}`);
const hoursArb = fc.record(
  {
    start: hhmm,
    end: hhmm,
    days: fc.uniqueArray(fc.constantFrom('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'), { minLength: 1 }),
  },
  { requiredKeys: ['start', 'end'] },
);

describe('zone clock (cached readings used in hot loops)', () => {
  it('agrees with core offsets, dates and formatting in every zone and across DST changes', () => {
    fc.assert(
      fc.property(msArb, zoneArb, fc.integer({ min: 0, max: 59_999 }), (ms, zone, extra) => {
        const t = ms + extra;
        expect(offsetAt(zone, t)).toBe(zoneOffsetMinutes(zone, t));
        expect(formatAt(t, zone)).toBe(formatInstant(t, zone));
        expect(localDateAt(t, zone)).toBe(localDateOf(formatInstant(t, zone), zone));
      }),
      { numRuns: 500 },
    );
  });

  it('reads instants like core toEpochMs, whatever the offset and precision', () => {
    fc.assert(
      fc.property(msArb, zoneArb, fc.integer({ min: 0, max: 999 }), (ms, zone, milli) => {
        const s = formatInstant(ms + milli, zone);
        expect(instantMs(s)).toBe(toEpochMs(s));
      }),
      { numRuns: 300 },
    );
    for (const s of [
      '2026-03-08T07:00Z',
      '2026-03-08T07:00:30.5+05:45',
      '2026-03-08T07:00:30.25-03:30',
      '0050-01-01T00:00:00Z',
    ]) {
      expect(instantMs(s)).toBe(toEpochMs(s));
    }
  });

  it('defers past quiet hours exactly as core does, including spans past midnight and weekday limits', () => {
    fc.assert(
      fc.property(msArb, zoneArb, hoursArb, (ms, zone, hours) => {
        const at = formatInstant(ms, zone);
        expect(isWithinHoursAt(ms, hours, zone)).toBe(isWithinLocalHours(at, hours, zone));
        expect(deferPastHoursAt(ms, hours, zone)).toBe(toEpochMs(deferPastLocalHours(at, hours, zone)));
      }),
      { numRuns: 500 },
    );
  });

  it('moves 02:30 quiet-hour ends in a spring-forward gap the way core does', () => {
    const hours = { start: '22:00', end: '02:30' };
    const ms = toEpochMs('2026-03-08T01:00:00-05:00');
    expect(formatAt(deferPastHoursAt(ms, hours, 'America/New_York'), 'America/New_York')).toBe(
      '2026-03-08T03:30:00-04:00',
    );
  });

  it('validates zones like core, with the same code, remembering each name', () => {
    expect(KnownZone.safeParse('America/Chicago').success).toBe(true);
    expect(KnownZone.safeParse('America/Chicago').success).toBe(true);
    const bad = KnownZone.safeParse('Atlantis/Capital');
    expect(bad.success).toBe(false);
    expect(KnownZone.safeParse('Atlantis/Capital').success).toBe(false);
  });
});
