import * as z from 'zod';
import { argumentError, checkInteger } from '../arguments.js';
import {
  DAY_MS,
  datePattern,
  daysFromCivil,
  digits,
  type LocalDate,
  MAX_EPOCH_DAY,
  MIN_EPOCH_DAY,
  monthLength,
  pad2,
  writeEpochDay,
} from './local-date.js';
import { type IanaZone, zoneOffsetMinutes } from './zone.js';

/** The first moment `YYYY-MM-DD` can write, 0000-01-01T00:00:00Z, in epoch milliseconds. */
export const MIN_EPOCH_MS = MIN_EPOCH_DAY * DAY_MS;
/** The last moment `YYYY-MM-DD` can write, 9999-12-31T23:59:59.999Z, in epoch milliseconds. */
export const MAX_EPOCH_MS = (MAX_EPOCH_DAY + 1) * DAY_MS - 1;

/**
 * Epoch milliseconds of an ISO-8601 instant with offset (`YYYY-MM-DDTHH:mm[:ss[.fff]]` then `Z` or
 * `±HH:mm`), or `NaN` when the string is not one. Read by character codes: it runs once per record in
 * large batches.
 *
 * @throws {@link ValidationError} when `instant` is not a string.
 * @example
 * ```ts
 * toEpochMs('1970-01-01T00:00:01Z'); //=> 1000
 * toEpochMs('soon');                 //=> NaN
 * ```
 */
export function toEpochMs(instant: string): number {
  if (typeof instant !== 'string') throw argumentError('instant', 'invalid_type', 'expected string');
  const n = instant.length;
  if (n < 17 || instant.charCodeAt(10) !== 84 || instant.charCodeAt(13) !== 58) return Number.NaN;
  // Fields read in place: no substring is allocated, which matters when a batch parses a million instants.
  if (instant.charCodeAt(4) !== 45 || instant.charCodeAt(7) !== 45) return Number.NaN;
  const year = digits(instant, 0, 4);
  const month = digits(instant, 5, 7);
  const date = digits(instant, 8, 10);
  if (year < 0 || month < 1 || month > 12 || date < 1 || date > monthLength(year, month)) return Number.NaN;
  const day = daysFromCivil(year, month, date);
  const hour = digits(instant, 11, 13);
  const minute = digits(instant, 14, 16);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return Number.NaN;
  let i = 16;
  let second = 0;
  let milli = 0;
  if (instant.charCodeAt(i) === 58) {
    second = digits(instant, 17, 19);
    if (second < 0 || second > 59) return Number.NaN;
    i = 19;
    if (instant.charCodeAt(i) === 46) {
      let end = i + 1;
      while (end < n && end <= i + 3 && isDigit(instant.charCodeAt(end))) end += 1;
      if (end === i + 1) return Number.NaN;
      milli = digits(instant, i + 1, end) * 10 ** (4 - (end - i));
      i = end;
    }
  }
  let offset = 0;
  if (i === n - 1 && instant.charCodeAt(i) === 90) {
    offset = 0;
  } else if (
    i === n - 6 &&
    (instant.charCodeAt(i) === 43 || instant.charCodeAt(i) === 45) &&
    instant.charCodeAt(i + 3) === 58
  ) {
    const oh = digits(instant, i + 1, i + 3);
    const om = digits(instant, i + 4, i + 6);
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return Number.NaN;
    offset = (instant.charCodeAt(i) === 45 ? -1 : 1) * (oh * 60 + om);
  } else {
    return Number.NaN;
  }
  return day * 86_400_000 + hour * 3_600_000 + minute * 60_000 + second * 1000 + milli - offset * 60_000;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * An instant: ISO-8601 with a UTC offset or `Z`, e.g. `2026-03-08T09:00:00-04:00`.
 *
 * @example
 * ```ts
 * Instant.safeParse('2026-11-20T09:00:00-06:00').success; //=> true
 * Instant.safeParse('2026-11-20T09:00:00').success;       //=> false (no offset)
 * ```
 */
export const Instant = /* @__PURE__ */ z
  .string()
  .refine((s) => !Number.isNaN(toEpochMs(s)), {
    message: 'must be an ISO-8601 date-time with offset',
    params: { code: 'core.instant.invalid' },
  })
  .meta({
    description:
      'An instant: ISO-8601 date and time (seconds and up to 3 decimals optional) with Z or a UTC offset, e.g. 2026-03-09T09:00:00-04:00.',
    pattern: /* @__PURE__ */ datePattern(
      'T(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d{1,3})?)?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)',
    ),
  });
export type Instant = z.infer<typeof Instant>;

/** The epoch milliseconds of an instant argument, or a {@link ValidationError} naming `subject`. */
export function instantArgument(value: unknown, subject: string): number {
  if (typeof value !== 'string') throw argumentError(subject, 'invalid_type', 'expected string');
  const ms = toEpochMs(value);
  if (Number.isNaN(ms))
    throw argumentError(subject, 'core.instant.invalid', 'must be an ISO-8601 date-time with offset');
  return ms;
}

/**
 * The epoch milliseconds of an argument that may be an instant or epoch milliseconds; a number past the
 * range `YYYY-MM-DD` can write saturates at its ends, as dates do.
 */
export function momentArgument(value: unknown, subject: string): number {
  if (typeof value === 'string') return instantArgument(value, subject);
  return saturateMs(checkInteger(value, subject));
}

/** Epoch milliseconds held inside the range `YYYY-MM-DD` can write. */
export function saturateMs(ms: number): number {
  return Math.min(Math.max(ms, MIN_EPOCH_MS), MAX_EPOCH_MS);
}

/**
 * Writes epoch milliseconds as an ISO-8601 instant with the offset `zone` has at that moment. A moment
 * past the range `YYYY-MM-DD` can write is written as the range's first or last moment.
 *
 * @throws {@link ValidationError} when `ms` is not an integer or `zone` is not a known IANA zone.
 * @example
 * ```ts
 * formatInstant(Date.UTC(2026, 2, 9, 13), 'America/New_York'); //=> '2026-03-09T09:00:00-04:00'
 * ```
 */
export function formatInstant(ms: number, zone: IanaZone): Instant {
  checkInteger(ms, 'epoch milliseconds');
  const byMs = formatted.get(zone);
  const hit = byMs?.get(ms);
  if (hit !== undefined) return hit;
  const text = writeInstant(ms, zoneOffsetMinutes(zone, ms));
  // Bounded twice: so many texts per zone, and so many zones (callers pass validated zones; junk would only churn).
  if (byMs === undefined) {
    if (formatted.size >= FORMATTED_ZONES) formatted.clear();
    formatted.set(zone, new Map([[ms, text]]));
  } else {
    if (byMs.size >= FORMATTED_PER_ZONE) byMs.clear();
    byMs.set(ms, text);
  }
  return text;
}

// Batches write the same few instants for thousands of records (a deadline a day before each session
// hour, 08:00 the next morning), so the text is remembered per zone: a hit is the very text a miss would
// build, and 50,000 decisions then share a few hundred strings instead of holding one each.
const formatted = new Map<string, Map<number, Instant>>();
const FORMATTED_PER_ZONE = 4096;
const FORMATTED_ZONES = 1024;

/**
 * Writes epoch milliseconds as an ISO-8601 instant with a fixed offset in minutes. A moment whose local
 * reading is past the range `YYYY-MM-DD` can write is written as the range's first or last moment.
 *
 * @throws {@link ValidationError} when `ms` is not an integer or the offset is not a whole number of
 * minutes within ±23:59.
 * @example
 * ```ts
 * formatWithOffset(Date.UTC(2026, 0, 9, 13), -300); //=> '2026-01-09T08:00:00-05:00'
 * ```
 */
export function formatWithOffset(ms: number, offsetMinutes: number): Instant {
  return writeInstant(
    checkInteger(ms, 'epoch milliseconds'),
    checkInteger(offsetMinutes, 'offset in minutes', -1439, 1439),
  );
}

/** {@link formatWithOffset} for callers that checked their numbers. */
export function writeInstant(ms: number, offsetMinutes: number): Instant {
  const local = saturateMs(ms + offsetMinutes * 60_000);
  const day = Math.floor(local / 86_400_000);
  const rest = local - day * 86_400_000;
  const h = Math.floor(rest / 3_600_000);
  const mi = Math.floor((rest % 3_600_000) / 60_000);
  const s = Math.floor((rest % 60_000) / 1000);
  const milli = rest % 1000;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const frac = milli === 0 ? '' : `.${String(milli).padStart(3, '0')}`;
  const offset = offsetMinutes === 0 ? 'Z' : `${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
  // One flat string, not a rope of eight pieces: batches keep hundreds of thousands of these.
  return [writeEpochDay(day), 'T', pad2(h), ':', pad2(mi), ':', pad2(s), frac, offset].join('');
}

/**
 * Elapsed hours from `from` to `to` (fractional; negative when `to` is earlier). This is real elapsed
 * time: across a spring-forward night, 09:00 to 09:00 the next day is 23 hours.
 *
 * @throws {@link ValidationError} when either is not an instant.
 * @example
 * ```ts
 * getHoursBetween('2026-03-07T09:00:00-05:00', '2026-03-08T09:00:00-04:00'); //=> 23
 * ```
 */
export function getHoursBetween(from: Instant, to: Instant): number {
  return (instantArgument(to, 'end instant') - instantArgument(from, 'start instant')) / 3_600_000;
}

/**
 * Elapsed minutes from `from` to `to` (fractional; negative when `to` is earlier).
 *
 * @throws {@link ValidationError} when either is not an instant.
 * @example
 * ```ts
 * getMinutesBetween('2026-01-01T00:00:00Z', '2026-01-01T05:30:00+05:30'); //=> 0
 * ```
 */
export function getMinutesBetween(from: Instant, to: Instant): number {
  return (instantArgument(to, 'end instant') - instantArgument(from, 'start instant')) / 60_000;
}

/**
 * Orders two instants by the moment they denote, whatever their offsets.
 *
 * @throws {@link ValidationError} when either is not an instant.
 * @example
 * ```ts
 * compareInstants('2026-01-01T09:00:00-05:00', '2026-01-01T14:00:00Z'); //=> 0 (the same moment)
 * ```
 */
export function compareInstants(a: Instant, b: Instant): number {
  return instantArgument(a, 'instant') - instantArgument(b, 'instant');
}

/**
 * Adds elapsed minutes to an instant, keeping the instant's own offset. The result saturates at the
 * ends of the range `YYYY-MM-DD` can write, like {@link addDays}.
 *
 * @throws {@link ValidationError} when `instant` is not an instant or `minutes` is not an integer.
 * @example
 * ```ts
 * addMinutes('2026-03-08T01:30:00-05:00', 60); //=> '2026-03-08T02:30:00-05:00'
 * ```
 */
export function addMinutes(instant: Instant, minutes: number): Instant {
  const ms = instantArgument(instant, 'instant');
  return writeInstant(ms + checkInteger(minutes, 'number of minutes') * 60_000, writtenOffset(instant));
}

/**
 * Offset in minutes written in an instant string (`Z` is 0).
 *
 * @throws {@link ValidationError} when `instant` is not an instant.
 * @example
 * ```ts
 * offsetOf('2026-03-09T09:00:00-04:00'); //=> -240
 * ```
 */
export function offsetOf(instant: Instant): number {
  instantArgument(instant, 'instant');
  return writtenOffset(instant);
}

function writtenOffset(instant: Instant): number {
  if (instant.endsWith('Z')) return 0;
  const tail = instant.slice(-6);
  const sign = tail[0] === '-' ? -1 : 1;
  return sign * (Number(tail.slice(1, 3)) * 60 + Number(tail.slice(4, 6)));
}

/**
 * The local wall-clock reading of an instant in a zone.
 *
 * @example
 * ```ts
 * readLocal('2026-07-01T02:00:00Z', 'America/Los_Angeles');
 * //=> { date: '2026-06-30', time: '19:00', offsetMinutes: -420, … }
 * ```
 */
export interface LocalReading {
  readonly date: LocalDate;
  /** The same date as days since 1970-01-01, for arithmetic in hot loops. */
  readonly epochDay: number;
  /** Minutes since local midnight, 0–1439. */
  readonly minuteOfDay: number;
  /** `HH:mm`. */
  readonly time: string;
  readonly offsetMinutes: number;
}

/**
 * Reads an instant on the wall clock of `zone`.
 *
 * @example
 * ```ts
 * readLocal('2026-07-01T02:00:00Z', 'America/Los_Angeles');
 * //=> { date: '2026-06-30', epochDay: 20634, minuteOfDay: 1140, time: '19:00', offsetMinutes: -420 }
 * ```
 */
export function readLocal(instant: Instant | number, zone: IanaZone): LocalReading {
  const ms = momentArgument(instant, 'instant');
  const offsetMinutes = zoneOffsetMinutes(zone, ms);
  const local = ms + offsetMinutes * 60_000;
  const day = Math.floor(local / 86_400_000);
  const minuteOfDay = Math.floor((local - day * 86_400_000) / 60_000);
  return {
    date: writeEpochDay(day),
    epochDay: day,
    minuteOfDay,
    time: `${pad2(Math.floor(minuteOfDay / 60))}:${pad2(minuteOfDay % 60)}`,
    offsetMinutes,
  };
}

/**
 * The wall-clock epoch day and minute of the day of an instant in `zone`: {@link readLocal} without the
 * text, for hot loops.
 *
 * @example
 * ```ts
 * localDayAndMinute('2026-07-01T02:00:00Z', 'America/Los_Angeles'); //=> { epochDay: 20634, minuteOfDay: 1140 }
 * ```
 */
export function localDayAndMinute(
  instant: Instant | number,
  zone: IanaZone,
): { readonly epochDay: number; readonly minuteOfDay: number } {
  const ms = momentArgument(instant, 'instant');
  const local = ms + zoneOffsetMinutes(zone, ms) * 60_000;
  const epochDay = Math.floor(local / 86_400_000);
  return { epochDay, minuteOfDay: Math.floor((local - epochDay * 86_400_000) / 60_000) };
}

/**
 * The calendar date of an instant in `zone`.
 *
 * @throws {@link ValidationError} when `instant` is neither an instant nor a number, or `zone` is unknown.
 * @example
 * ```ts
 * getLocalDate('2026-12-31T20:00:00-05:00', 'Asia/Kolkata'); //=> '2027-01-01'
 * ```
 */
export function getLocalDate(instant: Instant | number, zone: IanaZone): LocalDate {
  const ms = momentArgument(instant, 'instant');
  return writeEpochDay(Math.floor((ms + zoneOffsetMinutes(zone, ms) * 60_000) / 86_400_000));
}
