import * as z from 'zod';
import { argumentError, checkInteger, checkObject, checkOneOf, checkString } from '../arguments.js';
import { type Instant, writeInstant } from './instant.js';
import { dateArgument, digits, type LocalDate, saturate } from './local-date.js';
import { type IanaZone, zoneOffsetMinutes } from './zone.js';

const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * A wall-clock time of day, `HH:mm` on a 24-hour clock.
 *
 * @example
 * ```ts
 * LocalTime.parse('09:30'); //=> '09:30'
 * ```
 */
export const LocalTime = /* @__PURE__ */ z
  .string()
  .regex(TIME_RE, { message: 'must be a time of day HH:mm' })
  .meta({ description: 'A time of day, HH:mm on a 24-hour clock.' });
export type LocalTime = z.infer<typeof LocalTime>;

/**
 * Minutes since midnight of an `HH:mm` time (`NaN` for a string that is not one). Read by character
 * codes: hot loops call it.
 *
 * @throws {@link ValidationError} when `time` is not a string.
 * @example
 * ```ts
 * minuteOfDay('09:30'); //=> 570
 * ```
 */
export function minuteOfDay(time: LocalTime): number {
  checkString(time, 'time of day');
  const hour = digits(time, 0, 2);
  const minute = digits(time, 3, 5);
  if (time.length !== 5 || time.charCodeAt(2) !== 58 || hour < 0 || hour > 23 || minute < 0 || minute > 59) {
    return Number.NaN;
  }
  return hour * 60 + minute;
}

/**
 * What to do with a wall-clock time that does not exist (a spring-forward gap) or exists twice
 * (a fall-back overlap). Never left to a library default: the choice is data, and it is reported.
 *
 * @example
 * ```ts
 * resolveLocalTime('2026-03-08', '02:30', 'America/New_York', { gap: 'skip', overlap: 'earlier' }).status;
 * //=> 'gap_skipped'
 * ```
 */
export const LocalTimePolicy = /* @__PURE__ */ z.strictObject({
  /** `shift_forward` moves the time later by the length of the gap (02:30 becomes 03:30); `skip` drops it. */
  gap: /* @__PURE__ */ z.enum(['shift_forward', 'skip']).default('shift_forward'),
  /** `earlier` takes the first of the two instants (daylight time), `later` the second. */
  overlap: /* @__PURE__ */ z.enum(['earlier', 'later']).default('earlier'),
});
export type LocalTimePolicy = z.infer<typeof LocalTimePolicy>;
/**
 * A {@link LocalTimePolicy} as callers write it: each field may be left out for its default (`shift_forward`,
 * `earlier`).
 *
 * @example
 * ```ts
 * const policy: LocalTimePolicyInput = { gap: 'skip' };
 * resolveLocalTime('2026-03-08', '02:30', 'America/New_York', policy).status; //=> 'gap_skipped'
 * ```
 */
export type LocalTimePolicyInput = z.input<typeof LocalTimePolicy>;

/**
 * The default {@link LocalTimePolicy}: shift gap times forward, take the earlier of two overlap times.
 *
 * @example
 * ```ts
 * DEFAULT_LOCAL_TIME_POLICY; //=> { gap: 'shift_forward', overlap: 'earlier' }
 * ```
 */
export const DEFAULT_LOCAL_TIME_POLICY: LocalTimePolicy = { gap: 'shift_forward', overlap: 'earlier' };

// The policy's choices as plain data, for the argument checks (which must not pull zod into a bundle).
const GAPS = ['shift_forward', 'skip'] as const;
const OVERLAPS = ['earlier', 'later'] as const;

// A policy argument, checked without a parse on the hot path: a field left out takes the schema's default.
function policyArgument(value: unknown): LocalTimePolicy {
  const policy = checkObject(value, 'local time policy') as LocalTimePolicyInput;
  const gap = policy.gap ?? DEFAULT_LOCAL_TIME_POLICY.gap;
  const overlap = policy.overlap ?? DEFAULT_LOCAL_TIME_POLICY.overlap;
  checkOneOf(gap, GAPS, 'local time policy gap');
  checkOneOf(overlap, OVERLAPS, 'local time policy overlap');
  return { gap, overlap };
}

/**
 * How a wall-clock time was placed: exactly, or by the policy for a gap or overlap.
 *
 * @example
 * ```ts
 * resolveLocalTime('2026-11-01', '01:30', 'America/New_York').status; //=> 'overlap_earlier'
 * ```
 */
export type LocalTimeStatus = 'exact' | 'gap_shifted' | 'gap_skipped' | 'overlap_earlier' | 'overlap_later';

/**
 * The instant a wall-clock time resolves to in a zone, and how it got there.
 *
 * @example
 * ```ts
 * resolveLocalTime('2026-03-08', '02:30', 'America/New_York');
 * //=> { status: 'gap_shifted', instant: '2026-03-08T03:30:00-04:00', gapMinutes: 60, … }
 * ```
 */
export type LocalTimeResolution =
  | {
      readonly status: 'gap_skipped';
      readonly instant: null;
      readonly epochMs: null;
      readonly gapMinutes: number;
    }
  | {
      readonly status: Exclude<LocalTimeStatus, 'gap_skipped'>;
      readonly instant: Instant;
      readonly epochMs: number;
      /** Length of the gap that was crossed (0 unless `gap_shifted`). */
      readonly gapMinutes: number;
    };

/**
 * Places a wall-clock time on a date in a zone, detecting DST gaps and overlaps and applying `policy`
 * instead of silently shifting. The host's zone plays no part.
 *
 * @throws {@link ValidationError} when `date`, `time`, `zone` or `policy` is not what its type says.
 * @example
 * ```ts
 * resolveLocalTime('2026-03-08', '02:30', 'America/New_York');
 * //=> { status: 'gap_shifted', instant: '2026-03-08T03:30:00-04:00', gapMinutes: 60, … }
 * resolveLocalTime('2026-11-01', '01:30', 'America/New_York', { gap: 'skip', overlap: 'later' });
 * //=> { status: 'overlap_later', instant: '2026-11-01T01:30:00-05:00', gapMinutes: 0, … }
 * ```
 */
export function resolveLocalTime(
  date: LocalDate,
  time: LocalTime,
  zone: IanaZone,
  policy: LocalTimePolicyInput = DEFAULT_LOCAL_TIME_POLICY,
): LocalTimeResolution {
  const day = dateArgument(date, 'date');
  const minute = minuteOfDay(time);
  if (Number.isNaN(minute))
    throw argumentError('time of day', 'invalid_format', 'must be a time of day HH:mm');
  return resolveLocalMinute(day, minute, zone, policy);
}

/**
 * {@link resolveLocalTime} on an epoch day and a minute of the day.
 *
 * @throws {@link ValidationError} when `epochDay` is not an integer, `minute` is not 0–1439, or `zone` or
 * `policy` is not what its type says.
 * @example
 * ```ts
 * resolveLocalMinute(toEpochDay('2026-03-08'), 150, 'America/New_York').instant; //=> '2026-03-08T03:30:00-04:00'
 * ```
 */
export function resolveLocalMinute(
  epochDay: number,
  minute: number,
  zone: IanaZone,
  policy: LocalTimePolicyInput = DEFAULT_LOCAL_TIME_POLICY,
): LocalTimeResolution {
  const placed = placeLocalMinute(epochDay, minute, zone, policy);
  if (placed.epochMs === null)
    return { status: 'gap_skipped', instant: null, epochMs: null, gapMinutes: placed.gapMinutes };
  const instant = writeInstant(placed.epochMs, zoneOffsetMinutes(zone, placed.epochMs));
  return { status: placed.status, instant, epochMs: placed.epochMs, gapMinutes: placed.gapMinutes };
}

/** Where a wall-clock time lands, as epoch milliseconds: {@link LocalTimeResolution} without the text. */
export type LocalPlacement =
  | { readonly status: 'gap_skipped'; readonly epochMs: null; readonly gapMinutes: number }
  | {
      readonly status: Exclude<LocalTimeStatus, 'gap_skipped'>;
      readonly epochMs: number;
      readonly gapMinutes: number;
    };

/**
 * {@link resolveLocalMinute} without writing the instant out, for hot loops that work in epoch
 * milliseconds (slot search, series expansion). Days past the range of `YYYY-MM-DD` dates are read at its
 * ends.
 *
 * @throws {@link ValidationError} when `epochDay` is not an integer, `minute` is not 0–1439, or `zone` or
 * `policy` is not what its type says.
 * @example
 * ```ts
 * placeLocalMinute(toEpochDay('2026-03-08'), 150, 'America/New_York');
 * //=> { status: 'gap_shifted', epochMs: 1772955000000, gapMinutes: 60 }
 * ```
 */
export function placeLocalMinute(
  epochDay: number,
  minute: number,
  zone: IanaZone,
  policy: LocalTimePolicyInput = DEFAULT_LOCAL_TIME_POLICY,
): LocalPlacement {
  const day = saturate(checkInteger(epochDay, 'epoch day'));
  const wall = day * 86_400_000 + checkInteger(minute, 'minute of the day', 0, 1439) * 60_000;
  const { gap, overlap } = policyArgument(policy);
  // The offsets a day either side bracket any single transition near this wall time.
  const before = zoneOffsetMinutes(zone, wall - 86_400_000);
  const after = zoneOffsetMinutes(zone, wall + 86_400_000);
  const first = wall - before * 60_000;
  if (before === after) return { status: 'exact', epochMs: first, gapMinutes: 0 };
  const second = wall - after * 60_000;
  const firstValid = zoneOffsetMinutes(zone, first) === before;
  const secondValid = zoneOffsetMinutes(zone, second) === after;
  if (firstValid && secondValid) {
    const earlier = Math.min(first, second);
    const later = Math.max(first, second);
    return overlap === 'earlier'
      ? { status: 'overlap_earlier', epochMs: earlier, gapMinutes: 0 }
      : { status: 'overlap_later', epochMs: later, gapMinutes: 0 };
  }
  if (firstValid || secondValid)
    return { status: 'exact', epochMs: firstValid ? first : second, gapMinutes: 0 };
  const gapMinutes = Math.abs(after - before);
  if (gap === 'skip') return { status: 'gap_skipped', epochMs: null, gapMinutes };
  // Read with the offset in force before the gap, the wall time lands the gap's length later.
  return { status: 'gap_shifted', epochMs: first, gapMinutes };
}
