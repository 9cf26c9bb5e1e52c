import * as z from 'zod';
import { argumentError, checkInteger, checkObject, checkOneOf } from '../arguments.js';
import { formatInstant, type Instant, localDayAndMinute, momentArgument, saturateMs } from './instant.js';
import { WEEKDAYS, Weekday } from './local-date.js';
import { LocalTime, minuteOfDay, placeLocalMinute } from './local-time.js';
import type { IanaZone } from './zone.js';

/**
 * A daily span of wall-clock hours, such as office hours `09:00–17:00` or quiet hours `21:00–08:00`
 * (a span whose end is not after its start runs past midnight). `days` limits it to some weekdays; for a
 * span past midnight, the day is the one on which it starts.
 *
 * @example
 * ```ts
 * const quiet: LocalHours = { start: '21:00', end: '08:00' };
 * isWithinLocalHours('2026-11-20T22:30:00-06:00', quiet, 'America/Chicago'); //=> true
 * ```
 */
export const LocalHours = /* @__PURE__ */ z.strictObject({
  start: LocalTime,
  end: LocalTime,
  days: /* @__PURE__ */ z.array(Weekday).optional(),
});
export type LocalHours = z.infer<typeof LocalHours>;

const WEEKDAY_NAMES = WEEKDAYS;

// Hours as an argument, checked without a parse: these helpers run once per reminder in large batches.
function hoursArgument(value: unknown): LocalHours {
  const hours = checkObject(value, 'local hours') as Partial<LocalHours>;
  for (const edge of [hours.start, hours.end]) {
    if (typeof edge !== 'string' || Number.isNaN(minuteOfDay(edge))) {
      throw argumentError('local hours', 'invalid_format', 'must have start and end times of day HH:mm');
    }
  }
  if (hours.days !== undefined) {
    if (!Array.isArray(hours.days))
      throw argumentError('local hours', 'invalid_type', 'expected an array of weekdays');
    for (const day of hours.days) checkOneOf(day, WEEKDAY_NAMES, 'local hours weekday');
  }
  return hours as LocalHours;
}

/**
 * Whether an instant falls inside daily local hours in `zone` (start inclusive, end exclusive).
 *
 * @throws {@link ValidationError} when an argument is not what its type says.
 * @example
 * ```ts
 * const quiet = { start: '21:00', end: '08:00' };
 * isWithinLocalHours('2026-01-10T07:30:00-08:00', quiet, 'America/Los_Angeles'); //=> true
 * isWithinLocalHours('2026-01-10T07:30:00-08:00', quiet, 'America/New_York');    //=> false (10:30 there)
 * ```
 */
export function isWithinLocalHours(instant: Instant | number, hours: LocalHours, zone: IanaZone): boolean {
  const local = localDayAndMinute(instant, zone);
  return spanStartDay(local.epochDay, local.minuteOfDay, hoursArgument(hours)) !== null;
}

/** The epoch day on which the span containing this local moment starts, or null when it is outside. */
function spanStartDay(day: number, minute: number, hours: LocalHours): number | null {
  const start = minuteOfDay(hours.start);
  const end = minuteOfDay(hours.end);
  const onDay = (d: number) =>
    hours.days === undefined || hours.days.includes(WEEKDAY_NAMES[(((d + 3) % 7) + 7) % 7] as Weekday);
  if (start < end) return minute >= start && minute < end && onDay(day) ? day : null;
  if (minute >= start && onDay(day)) return day;
  if (minute < end && onDay(day - 1)) return day - 1;
  return null;
}

/**
 * The first instant at or after `instant` that is outside the local hours: the instant itself when it is
 * already outside, else the end of the span (an end in a DST gap shifted forward; an end the clocks show
 * twice, its pass still to come, so a moment in the repeated hour is never left inside the span). Used to
 * push a reminder out of a client's quiet hours. Given epoch milliseconds, the result is written in `zone`.
 *
 * @throws {@link ValidationError} when an argument is not what its type says.
 * @example
 * ```ts
 * getInstantOutsideLocalHours('2026-01-10T22:15:00-05:00', { start: '21:00', end: '08:00' }, 'America/New_York');
 * //=> '2026-01-11T08:00:00-05:00'
 * ```
 */
export function getInstantOutsideLocalHours(
  instant: Instant | number,
  hours: LocalHours,
  zone: IanaZone,
): Instant {
  const startMs = momentArgument(instant, 'instant');
  const current = getInstantOutsideLocalHoursMs(startMs, hours, zone);
  if (current === startMs && typeof instant === 'string') return instant;
  return formatInstant(current, zone);
}

// The later of a wall time the clocks show twice; a skipped one is shifted forward as by default.
const SECOND_PASS = { gap: 'shift_forward', overlap: 'later' } as const;

/**
 * {@link getInstantOutsideLocalHours} on epoch milliseconds, for hot loops that would otherwise write the
 * instant out and read it back.
 *
 * @throws {@link ValidationError} when an argument is not what its type says.
 * @example
 * ```ts
 * getInstantOutsideLocalHoursMs(Date.UTC(2026, 0, 11, 3, 15), { start: '21:00', end: '08:00' }, 'America/New_York');
 * //=> Date.UTC(2026, 0, 11, 13, 0) (08:00 in New York)
 * ```
 */
export function getInstantOutsideLocalHoursMs(ms: number, hours: LocalHours, zone: IanaZone): number {
  const span = hoursArgument(hours);
  const endMinute = minuteOfDay(span.end);
  const crossesMidnight = endMinute <= minuteOfDay(span.start);
  let current = saturateMs(checkInteger(ms, 'epoch milliseconds'));
  // Spans on consecutive days can touch (e.g. 00:00–00:00 on listed days); a week bounds the walk.
  for (let i = 0; i < 8; i += 1) {
    const local = localDayAndMinute(current, zone);
    const spanDay = spanStartDay(local.epochDay, local.minuteOfDay, span);
    if (spanDay === null) break;
    const endDay = crossesMidnight ? spanDay + 1 : spanDay;
    let end = placeLocalMinute(endDay, endMinute, zone).epochMs;
    // Where the clocks go back over the end, the wall clock reads it twice: read again in the repeated
    // hour (01:00 after a 01:30 end's first pass), the moment is inside the span, which ends the second time.
    if (end !== null && end <= current) end = placeLocalMinute(endDay, endMinute, zone, SECOND_PASS).epochMs;
    if (end === null || end <= current) break;
    current = end;
  }
  return current;
}
