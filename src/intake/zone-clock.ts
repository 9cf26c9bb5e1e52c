// Cached wall-clock readings for hot loops over many clients. Core's zone offsets go through Intl on
// every call (tens of microseconds on a busy host); intake reads the same few zones thousands of times.
// Results are identical to core's `readLocal`, `formatInstant` and `deferPastLocalHours` (tested).
import { z } from 'zod';
import {
  formatWithOffset,
  fromEpochDay,
  IanaZone,
  type LocalDate,
  type LocalHours,
  minuteOfDay,
  resolveLocalMinute,
  toEpochMs,
  type Weekday,
  zoneOffsetMinutes,
} from '../core/index.js';

/**
 * Epoch milliseconds of an instant that already passed the core `Instant` schema, read digit by digit
 * (core's `toEpochMs` re-validates with two regular expressions on every call). Same result as core.
 */
export function instantMs(s: string): number {
  const d = (i: number) => s.charCodeAt(i) - 48;
  const year = d(0) * 1000 + d(1) * 100 + d(2) * 10 + d(3);
  // Date.UTC maps years 0–99 to 1900–1999: leave those to core.
  if (year < 100) return toEpochMs(s);
  let i = 16;
  let sec = 0;
  let milli = 0;
  if (s.charCodeAt(i) === 58) {
    sec = d(17) * 10 + d(18);
    i = 19;
    if (s.charCodeAt(i) === 46) {
      i += 1;
      let digits = 0;
      let frac = 0;
      while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) {
        frac = frac * 10 + d(i);
        digits += 1;
        i += 1;
      }
      milli = digits === 1 ? frac * 100 : digits === 2 ? frac * 10 : frac;
    }
  }
  let offset = 0;
  if (s.charCodeAt(i) !== 90) {
    const sign = s.charCodeAt(i) === 45 ? -1 : 1;
    offset = sign * ((d(i + 1) * 10 + d(i + 2)) * 60 + d(i + 4) * 10 + d(i + 5));
  }
  const utc = Date.UTC(
    year,
    d(5) * 10 + d(6) - 1,
    d(8) * 10 + d(9),
    d(11) * 10 + d(12),
    d(14) * 10 + d(15),
    sec,
    milli,
  );
  return utc - offset * 60_000;
}

const BUCKET_MS = 900_000;
const MAX_ENTRIES = 200_000;
const offsets = new Map<string, Map<number, number>>();
let entries = 0;

/** Offset of `zone` at `ms`, memoized per 15-minute bucket when the bucket holds no transition. */
export function offsetAt(zone: string, ms: number): number {
  let byBucket = offsets.get(zone);
  if (byBucket === undefined) {
    byBucket = new Map();
    offsets.set(zone, byBucket);
  }
  const bucket = Math.floor(ms / BUCKET_MS);
  const hit = byBucket.get(bucket);
  if (hit !== undefined) return hit;
  const start = zoneOffsetMinutes(zone, bucket * BUCKET_MS);
  const end = zoneOffsetMinutes(zone, bucket * BUCKET_MS + BUCKET_MS - 1);
  // A bucket that contains a transition is never cached: read the exact instant.
  if (start !== end) return zoneOffsetMinutes(zone, ms);
  if (entries >= MAX_ENTRIES) {
    offsets.clear();
    entries = 0;
    byBucket = new Map();
    offsets.set(zone, byBucket);
  }
  byBucket.set(bucket, start);
  entries += 1;
  return start;
}

/** Epoch day and minute of the day of `ms` on the wall clock of `zone`. */
export function localDayMinute(ms: number, zone: string): { day: number; minute: number } {
  const local = ms + offsetAt(zone, ms) * 60_000;
  const day = Math.floor(local / 86_400_000);
  return { day, minute: Math.floor((local - day * 86_400_000) / 60_000) };
}

/** The local date of `ms` in `zone`. */
export function localDateAt(ms: number, zone: string): LocalDate {
  return fromEpochDay(localDayMinute(ms, zone).day);
}

/** `ms` written as an instant with the offset `zone` has then (same as core `formatInstant`). */
export function formatAt(ms: number, zone: string): string {
  return formatWithOffset(ms, offsetAt(zone, ms));
}

const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

function weekdayOfDay(day: number): Weekday {
  return WEEKDAYS[(((day + 3) % 7) + 7) % 7] as Weekday;
}

/** The epoch day on which the span containing this local moment starts, or null when outside. */
function spanDay(day: number, minute: number, hours: LocalHours, start: number, end: number): number | null {
  const onDay = (d: number) => hours.days === undefined || hours.days.includes(weekdayOfDay(d));
  if (start < end) return minute >= start && minute < end && onDay(day) ? day : null;
  if (minute >= start && onDay(day)) return day;
  if (minute < end && onDay(day - 1)) return day - 1;
  return null;
}

const resolved = new Map<string, number | null>();

function resolveEnd(day: number, minute: number, zone: string): number | null {
  const key = `${zone}|${day}|${minute}`;
  const hit = resolved.get(key);
  if (hit !== undefined) return hit;
  if (resolved.size >= MAX_ENTRIES) resolved.clear();
  const ms = resolveLocalMinute(day, minute, zone).epochMs;
  resolved.set(key, ms);
  return ms;
}

/** Whether `ms` falls inside the daily local hours in `zone` (same as core `isWithinLocalHours`). */
export function isWithinHoursAt(ms: number, hours: LocalHours, zone: string): boolean {
  const { day, minute } = localDayMinute(ms, zone);
  return spanDay(day, minute, hours, minuteOfDay(hours.start), minuteOfDay(hours.end)) !== null;
}

/** The first moment at or after `ms` outside the local hours (same as core `deferPastLocalHours`). */
export function deferPastHoursAt(ms: number, hours: LocalHours, zone: string): number {
  const start = minuteOfDay(hours.start);
  const end = minuteOfDay(hours.end);
  let current = ms;
  for (let i = 0; i < 8; i += 1) {
    const { day, minute } = localDayMinute(current, zone);
    const sd = spanDay(day, minute, hours, start, end);
    if (sd === null) return current;
    const endMs = resolveEnd(end > start ? sd : sd + 1, end, zone);
    if (endMs === null || endMs <= current) return current;
    current = endMs;
  }
  return current;
}

const knownZones = new Map<string, boolean>();

/**
 * {@link IanaZone} with each name's validity remembered: core checks it through Intl on every parse,
 * which dominates validating thousands of records. Same code and message as core.
 */
export const KnownZone = z.string().refine(
  (s) => {
    const hit = knownZones.get(s);
    if (hit !== undefined) return hit;
    const ok = IanaZone.safeParse(s).success;
    if (knownZones.size < 10_000) knownZones.set(s, ok);
    return ok;
  },
  { message: 'must be a known IANA time zone', params: { code: 'core.zone.unknown' } },
);
