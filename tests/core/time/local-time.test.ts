import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { LocalTime, readLocal, resolveLocalTime } from '../../../src/core/index.js';
import {
  fromEpochDay,
  minuteOfDay,
  placeLocalMinute,
  toEpochDay,
  toEpochMs,
} from '../../../src/core/internal.js';
import { SAMPLE_ZONES } from './zones.js';

const date = fc.integer({ min: toEpochDay('2000-01-01'), max: toEpochDay('2040-12-31') }).map(fromEpochDay);
const time = fc
  .integer({ min: 0, max: 1439 })
  .map((m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);
const zone = fc.constantFrom(...SAMPLE_ZONES);

describe('resolveLocalTime', () => {
  it('places an ordinary wall time exactly', () => {
    expect(resolveLocalTime('2026-03-09', '09:00', 'America/New_York')).toMatchObject({
      status: 'exact',
      instant: '2026-03-09T09:00:00-04:00',
    });
  });

  it('shifts a time in the spring-forward gap by the gap, or skips it, as the policy says', () => {
    expect(resolveLocalTime('2026-03-08', '02:30', 'America/New_York')).toMatchObject({
      status: 'gap_shifted',
      instant: '2026-03-08T03:30:00-04:00',
      gapMinutes: 60,
    });
    expect(
      resolveLocalTime('2026-03-08', '02:30', 'America/New_York', { gap: 'skip', overlap: 'earlier' }),
    ).toEqual({
      status: 'gap_skipped',
      instant: null,
      epochMs: null,
      gapMinutes: 60,
    });
  });

  it('takes the earlier or later of two fall-back times, as the policy says', () => {
    expect(resolveLocalTime('2026-11-01', '01:30', 'America/New_York')).toMatchObject({
      status: 'overlap_earlier',
      instant: '2026-11-01T01:30:00-04:00',
    });
    expect(
      resolveLocalTime('2026-11-01', '01:30', 'America/New_York', { gap: 'skip', overlap: 'later' }),
    ).toMatchObject({
      status: 'overlap_later',
      instant: '2026-11-01T01:30:00-05:00',
    });
  });

  it('handles a 30-minute DST shift and a transition at midnight', () => {
    // Lord Howe Island moves by 30 minutes; Santiago springs forward at midnight.
    expect(resolveLocalTime('2026-10-04', '02:15', 'Australia/Lord_Howe')).toMatchObject({
      status: 'gap_shifted',
      gapMinutes: 30,
    });
    const santiago = resolveLocalTime('2026-09-06', '00:00', 'America/Santiago');
    expect(santiago.status).toBe('gap_shifted');
    expect(santiago.instant).toBe('2026-09-06T01:00:00-03:00');
  });

  it('reads back the requested wall time whenever it exists, in any zone', () => {
    fc.assert(
      fc.property(date, time, zone, (d, t, z) => {
        const r = resolveLocalTime(d, t, z, { gap: 'shift_forward', overlap: 'later' });
        if (r.instant === null) throw new Error('shift_forward never skips');
        const local = readLocal(r.instant, z);
        if (r.status === 'gap_shifted') {
          expect(local.minuteOfDay).toBe((minuteOfDay(t) + r.gapMinutes) % 1440);
        } else {
          expect(local.date).toBe(d);
          expect(local.time).toBe(t);
        }
      }),
    );
  });

  it('agrees with luxon on every time that is neither skipped nor doubled', () => {
    fc.assert(
      fc.property(date, time, zone, (d, t, z) => {
        const r = resolveLocalTime(d, t, z);
        if (r.status !== 'exact') return;
        const [y, m, day] = d.split('-').map(Number);
        const expected = DateTime.fromObject(
          { year: y, month: m, day, hour: Number(t.slice(0, 2)), minute: Number(t.slice(3)) },
          { zone: z },
        ).toMillis();
        expect(toEpochMs(r.instant)).toBe(expected);
      }),
    );
  });

  it('validates times of day', () => {
    expect(LocalTime.safeParse('23:59').success).toBe(true);
    expect(LocalTime.safeParse('24:00').success).toBe(false);
    expect(LocalTime.safeParse('9:00').success).toBe(false);
  });

  it('reads minutes since midnight from every HH:mm, and NaN from anything else', () => {
    for (let m = 0; m < 1440; m += 1) {
      const text = `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
      expect(minuteOfDay(text)).toBe(m);
    }
    for (const bad of ['9:00', '09-00', '0900', 'ab:cd', '09:0', '09:000', '']) {
      expect(minuteOfDay(bad)).toBeNaN();
    }
  });
});

describe('placeLocalMinute', () => {
  it('lands where resolveLocalTime does, without the text', () => {
    expect(placeLocalMinute(toEpochDay('2026-03-08'), 150, 'America/New_York')).toEqual({
      status: 'gap_shifted',
      epochMs: Date.UTC(2026, 2, 8, 7, 30),
      gapMinutes: 60,
    });
    fc.assert(
      fc.property(
        date,
        time,
        zone,
        fc.constantFrom('skip', 'shift_forward'),
        fc.constantFrom('earlier', 'later'),
        (d, t, z, gap, overlap) => {
          const policy = { gap, overlap } as const;
          const resolved = resolveLocalTime(d, t, z, policy);
          const placed = placeLocalMinute(toEpochDay(d), minuteOfDay(t), z, policy);
          expect(placed).toEqual({
            status: resolved.status,
            epochMs: resolved.epochMs,
            gapMinutes: resolved.gapMinutes,
          });
        },
      ),
    );
  });
});
