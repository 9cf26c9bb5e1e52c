import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatWithOffset,
  readLocal,
  resolveLocalMinute,
  toEpochDay,
  toEpochMs,
} from '../../src/core/index.js';
import {
  epochMsOf,
  instantIn,
  localDayMinute,
  offsetAt,
  placeLocalMinute,
} from '../../src/scheduling/zone-clock.js';
import { ZONES } from './scheduling-fixtures.js';

// DST change days of 2026 in the US, the EU and southern Australia (epoch days).
const TRANSITION_DAYS = [
  '2026-03-08',
  '2026-11-01',
  '2026-03-29',
  '2026-10-25',
  '2026-04-05',
  '2026-10-04',
].map(toEpochDay);

describe('zone clock (memoised offsets)', () => {
  it('places every wall time exactly as core resolveLocalMinute does, in any zone and policy', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.oneof(fc.integer({ min: 18_000, max: 23_000 }), fc.constantFrom(...TRANSITION_DAYS)),
        fc.integer({ min: 0, max: 1439 }),
        fc.constantFrom('shift_forward', 'skip'),
        fc.constantFrom('earlier', 'later'),
        (zone, day, minute, gap, overlap) => {
          const policy = { gap, overlap } as const;
          const core = resolveLocalMinute(day, minute, zone, policy);
          const ours = placeLocalMinute(zone, day, minute, policy);
          expect(ours.status).toBe(core.status);
          expect(ours.gapMinutes).toBe(core.gapMinutes);
          if (core.epochMs === null) expect(Number.isNaN(ours.ms)).toBe(true);
          else expect(ours.ms).toBe(core.epochMs);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('reads instants like core readLocal', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: 1.5e12, max: 2e12 }), (zone, ms) => {
        const core = readLocal(ms, zone);
        expect(offsetAt(zone, ms)).toBe(core.offsetMinutes);
        expect(localDayMinute(zone, ms).minute).toBe(core.minuteOfDay);
      }),
      { numRuns: 2000 },
    );
  });

  it('finds the minute of the spring-forward change in New York', () => {
    // 2026-03-08 07:00 UTC is 02:00 EST, when clocks jump to 03:00 EDT.
    const change = Date.UTC(2026, 2, 8, 7, 0);
    expect(offsetAt('America/New_York', change - 60_000)).toBe(-300);
    expect(offsetAt('America/New_York', change)).toBe(-240);
    expect(instantIn('America/New_York', change)).toBe('2026-03-08T03:00:00-04:00');
  });

  it('handles the 30-minute DST change of Lord Howe Island', () => {
    // 2026-10-04 02:00 local standard time (+10:30) → 02:30 (+11:00).
    const gap = resolveLocalMinute(20_365, 2 * 60 + 15, 'Australia/Lord_Howe');
    expect(placeLocalMinute('Australia/Lord_Howe', 20_365, 135)).toEqual({
      status: gap.status,
      ms: gap.epochMs,
      gapMinutes: gap.gapMinutes,
    });
  });
});

describe('epochMsOf', () => {
  it('reads every valid instant exactly as core toEpochMs', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -2e12, max: 4e12 }),
        fc.integer({ min: -14 * 60, max: 14 * 60 }),
        fc.constantFrom('minutes', 'seconds', 'millis', 'tenths', 'hundredths'),
        (ms, offset, precision) => {
          let text = formatWithOffset(ms, offset);
          if (precision === 'minutes') text = text.replace(/:\d\d(\.\d+)?(?=Z|[+-])/, '');
          if (precision === 'tenths') text = text.replace(/(:\d\d)(\.\d+)?(?=Z|[+-])/, '$1.7');
          if (precision === 'hundredths') text = text.replace(/(:\d\d)(\.\d+)?(?=Z|[+-])/, '$1.07');
          expect(epochMsOf(text)).toBe(toEpochMs(text));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
