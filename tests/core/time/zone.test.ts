import fc from 'fast-check';
import { IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { IanaZone } from '../../../src/core/index.js';
import { zoneOffsetMinutes } from '../../../src/core/internal.js';
import { SAMPLE_ZONES } from './zones.js';

describe('IanaZone', () => {
  it('accepts IANA names and rejects unknown ones, every time it is asked', () => {
    for (let i = 0; i < 2; i += 1) {
      expect(IanaZone.safeParse('America/New_York').success).toBe(true);
      expect(IanaZone.safeParse('Asia/Kathmandu').success).toBe(true);
      expect(IanaZone.safeParse('Mars/Olympus').success).toBe(false);
      expect(IanaZone.safeParse('').success).toBe(false);
    }
  });
});

// Every transition of the sample zones in a few years (one before and one after the 2007 US rule change),
// found by luxon day by day and bisected to the millisecond.
const TRANSITIONS: (readonly [string, number])[] = SAMPLE_ZONES.flatMap((zone) => {
  const z = IANAZone.create(zone);
  return [1975, 1999, 2007, 2026, 2037].flatMap((year) => {
    const found: (readonly [string, number])[] = [];
    for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86_400_000) {
      if (z.offset(t) === z.offset(t + 86_400_000)) continue;
      let lo = t;
      let hi = t + 86_400_000;
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (z.offset(mid) === z.offset(lo)) lo = mid;
        else hi = mid;
      }
      found.push([zone, hi]);
    }
    return found;
  });
});

describe('zoneOffsetMinutes', () => {
  it('knows half- and quarter-hour offsets', () => {
    expect(zoneOffsetMinutes('Asia/Kolkata', Date.UTC(2026, 0, 1))).toBe(330);
    expect(zoneOffsetMinutes('Asia/Kathmandu', Date.UTC(2026, 0, 1))).toBe(345);
    expect(zoneOffsetMinutes('America/St_Johns', Date.UTC(2026, 0, 1))).toBe(-210);
  });

  it('switches at the exact millisecond of a transition', () => {
    // New York springs forward at 07:00Z on 2026-03-08 and falls back at 06:00Z on 2026-11-01.
    const spring = Date.UTC(2026, 2, 8, 7);
    expect(zoneOffsetMinutes('America/New_York', spring - 1)).toBe(-300);
    expect(zoneOffsetMinutes('America/New_York', spring)).toBe(-240);
    const fall = Date.UTC(2026, 10, 1, 6);
    expect(zoneOffsetMinutes('America/New_York', fall - 1)).toBe(-240);
    expect(zoneOffsetMinutes('America/New_York', fall)).toBe(-300);
  });

  it('has transitions to test against', () => {
    expect(TRANSITIONS.length).toBeGreaterThan(50);
  });

  it("remembers offsets without ever disagreeing with the runtime's, near transitions or not", () => {
    const nearTransition = fc
      .tuple(fc.constantFrom(...TRANSITIONS), fc.integer({ min: -7_200_000, max: 7_200_000 }))
      .map(([[zone, at], delta]) => [zone, at + delta] as const);
    const anywhere = fc.tuple(
      fc.constantFrom(...SAMPLE_ZONES),
      fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }),
    );
    fc.assert(
      fc.property(fc.oneof(nearTransition, anywhere), ([zone, ms]) => {
        expect(zoneOffsetMinutes(zone, ms)).toBe(IANAZone.create(zone).offset(ms));
      }),
      { numRuns: 3000 },
    );
  });
});
