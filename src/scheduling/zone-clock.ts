import {
  DEFAULT_LOCAL_TIME_POLICY,
  formatWithOffset,
  type IanaZone,
  type Instant,
  type LocalTimePolicy,
  type LocalTimeStatus,
  zoneOffsetMinutes,
} from '../core/index.js';

// Internal: a per-zone memo of UTC offsets, one entry per UTC day, so hot loops (slot search, series
// expansion) place wall times without a luxon/Intl call each. Results equal core `resolveLocalMinute`.

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const MAX_DAYS_PER_ZONE = 200_000;

interface DayOffsets {
  /** Offset at the start of the UTC day. */
  readonly first: number;
  /** Offset at the start of the next UTC day. */
  readonly last: number;
  /** First minute (epoch ms) at which `last` applies; the day's end when there is no change. */
  readonly switchAt: number;
}

const zones = new Map<string, Map<number, DayOffsets>>();

function dayOffsets(zone: IanaZone, day: number): DayOffsets {
  let days = zones.get(zone);
  if (days === undefined) {
    days = new Map();
    zones.set(zone, days);
  }
  const known = days.get(day);
  if (known !== undefined) return known;
  if (days.size > MAX_DAYS_PER_ZONE) days.clear();
  const start = day * DAY_MS;
  const first = zoneOffsetMinutes(zone, start);
  const last = zoneOffsetMinutes(zone, start + DAY_MS);
  let switchAt = start + DAY_MS;
  if (first !== last) {
    // At most one transition a day in real zones: find its minute by bisection.
    let lo = 0;
    let hi = 1440;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (zoneOffsetMinutes(zone, start + mid * MINUTE_MS) === first) lo = mid;
      else hi = mid;
    }
    switchAt = start + hi * MINUTE_MS;
  }
  const entry = { first, last, switchAt };
  days.set(day, entry);
  return entry;
}

/** Offset in minutes of `zone` at epoch-millisecond `ms` (memoised). */
export function offsetAt(zone: IanaZone, ms: number): number {
  const entry = dayOffsets(zone, Math.floor(ms / DAY_MS));
  return ms < entry.switchAt ? entry.first : entry.last;
}

/** Writes `ms` as an instant with the offset `zone` has then. */
export function instantIn(zone: IanaZone, ms: number): Instant {
  return formatWithOffset(ms, offsetAt(zone, ms));
}

/** Local epoch day and minute of day of `ms` in `zone`. */
export function localDayMinute(
  zone: IanaZone,
  ms: number,
): { readonly day: number; readonly minute: number } {
  const local = ms + offsetAt(zone, ms) * MINUTE_MS;
  const day = Math.floor(local / DAY_MS);
  return { day, minute: Math.floor((local - day * DAY_MS) / MINUTE_MS) };
}

/** Where a wall time lands: the same statuses as core `resolveLocalMinute`. */
export interface Placement {
  readonly status: LocalTimeStatus;
  /** Epoch ms, or NaN when the time was skipped. */
  readonly ms: number;
  readonly gapMinutes: number;
}

/** Core `resolveLocalMinute`, on memoised offsets. */
export function placeLocalMinute(
  zone: IanaZone,
  day: number,
  minute: number,
  policy: LocalTimePolicy = DEFAULT_LOCAL_TIME_POLICY,
): Placement {
  const wall = day * DAY_MS + minute * MINUTE_MS;
  const before = offsetAt(zone, wall - DAY_MS);
  const after = offsetAt(zone, wall + DAY_MS);
  if (before === after) return { status: 'exact', ms: wall - before * MINUTE_MS, gapMinutes: 0 };
  const first = wall - before * MINUTE_MS;
  const second = wall - after * MINUTE_MS;
  const firstValid = offsetAt(zone, first) === before;
  const secondValid = offsetAt(zone, second) === after;
  if (firstValid && secondValid) {
    const earlier = Math.min(first, second);
    const later = Math.max(first, second);
    return policy.overlap === 'earlier'
      ? { status: 'overlap_earlier', ms: earlier, gapMinutes: 0 }
      : { status: 'overlap_later', ms: later, gapMinutes: 0 };
  }
  if (firstValid || secondValid) return { status: 'exact', ms: firstValid ? first : second, gapMinutes: 0 };
  const gapMinutes = Math.abs(after - before);
  if (policy.gap === 'skip') return { status: 'gap_skipped', ms: Number.NaN, gapMinutes };
  return { status: 'gap_shifted', ms: first, gapMinutes };
}

function daysFromCivil(year: number, month: number, day: number): number {
  // Howard Hinnant's days_from_civil: proleptic Gregorian, no Date object.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/**
 * Epoch ms of an instant that has already passed `Instant` validation: the same value as core
 * `toEpochMs`, read digit by digit without a regex or `Date.parse` (hot loops over 10^5 records).
 */
export function epochMsOf(instant: string): number {
  const d = (i: number) => instant.charCodeAt(i) - 48;
  const year = d(0) * 1000 + d(1) * 100 + d(2) * 10 + d(3);
  const month = d(5) * 10 + d(6);
  const day = d(8) * 10 + d(9);
  const minutes = (d(11) * 10 + d(12)) * 60 + d(14) * 10 + d(15);
  const length = instant.length;
  let end = length - 1;
  let offset = 0;
  if (instant.charCodeAt(end) !== 90) {
    end = length - 6;
    const sign = instant.charCodeAt(end) === 45 ? -1 : 1;
    offset = sign * ((d(end + 1) * 10 + d(end + 2)) * 60 + d(end + 4) * 10 + d(end + 5));
  }
  let ms = 0;
  if (end > 16) {
    ms = (d(17) * 10 + d(18)) * 1000;
    const digits = end - 20;
    if (digits > 0) {
      let fraction = 0;
      for (let i = 0; i < digits; i += 1) fraction = fraction * 10 + d(20 + i);
      ms += digits === 1 ? fraction * 100 : digits === 2 ? fraction * 10 : fraction;
    }
  }
  return (daysFromCivil(year, month, day) * 1440 + minutes - offset) * MINUTE_MS + ms;
}
