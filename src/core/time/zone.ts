import { IANAZone } from 'luxon';
import * as z from 'zod';
import { argumentError, checkInteger } from '../arguments.js';
import { DAY_MS } from './local-date.js';

// Zone names seen so far and whether the runtime knows them: validating through Intl costs far more than
// a lookup, and batches repeat the same few zones. Bounded, and it never changes an answer.
const validity = new Map<string, boolean>();

function isKnownZone(name: string): boolean {
  let known = validity.get(name);
  if (known === undefined) {
    known = name.length <= 64 && IANAZone.isValidZone(name);
    if (validity.size >= 10_000) validity.clear();
    validity.set(name, known);
  }
  return known;
}

/**
 * An IANA time-zone name such as `America/New_York` or `Asia/Kolkata`; unknown names are rejected.
 * Validity follows the runtime's time-zone database (Node reports its version in `versions.tz`).
 *
 * @example
 * ```ts
 * IanaZone.safeParse('America/Chicago').success; //=> true
 * IanaZone.safeParse('Mars/Olympus').success;    //=> false
 * ```
 */
export const IanaZone = /* @__PURE__ */ z
  .string()
  .refine(isKnownZone, {
    message: 'must be a known IANA time zone',
    params: { code: 'core.zone.unknown' },
  })
  .meta({
    description:
      "An IANA time-zone name such as America/New_York; validation also checks that the runtime's zone database knows it.",
    pattern: '^[A-Za-z][A-Za-z0-9_+-]*(?:/[A-Za-z0-9_+-]+)*$',
    maxLength: 64,
  });
export type IanaZone = z.infer<typeof IanaZone>;

/** `value` when it is a known IANA zone name, else a {@link ValidationError} naming `subject`. */
export function zoneArgument(value: unknown, subject = 'time zone'): IanaZone {
  if (typeof value !== 'string') throw argumentError(subject, 'invalid_type', 'expected string');
  if (!isKnownZone(value))
    throw argumentError(subject, 'core.zone.unknown', 'must be a known IANA time zone');
  return value;
}

const MAX_DAYS_PER_ZONE = 100_000;

/** The offsets of one UTC day: `first` until `switchAt`, `last` from then on (equal on most days). */
interface DayOffsets {
  readonly first: number;
  readonly last: number;
  readonly switchAt: number;
}

const luxonZones = new Map<string, IANAZone>();
// Per zone, per UTC day: its offsets, or null for a day with more than one change (read exactly).
const dayOffsets = new Map<string, Map<number, DayOffsets | null>>();

function exactOffset(zone: string, ms: number): number {
  let z = luxonZones.get(zone);
  if (z === undefined) {
    z = IANAZone.create(zone);
    luxonZones.set(zone, z);
  }
  return z.offset(ms);
}

function offsetsOfDay(zone: string, day: number): DayOffsets | null {
  const start = day * DAY_MS;
  const end = start + DAY_MS;
  const first = exactOffset(zone, start);
  const last = exactOffset(zone, end);
  if (first === last) {
    // A change and its reversal within one day would hide here; the midpoint catches the real cases.
    return exactOffset(zone, start + DAY_MS / 2) === first ? { first, last, switchAt: end } : null;
  }
  // Bisect to the millisecond at which the offset changes.
  let lo = start;
  let hi = end;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    const offset = exactOffset(zone, mid);
    if (offset === first) lo = mid;
    else if (offset === last) hi = mid;
    else return null;
  }
  return { first, last, switchAt: hi };
}

// Moments `YYYY-MM-DD` can write: 0000-01-01 to 9999-12-31 (a day of margin either side for offsets).
const MIN_MS = -719_529 * DAY_MS;
const MAX_MS = 2_932_898 * DAY_MS;

/**
 * Offset from UTC in minutes of `zone` at the epoch-millisecond instant `ms`. Offsets are read from the
 * runtime once per zone and UTC day, then remembered, so hot loops cost a map lookup, not an Intl call.
 * A moment past the range of `YYYY-MM-DD` dates is read at the range's end.
 *
 * @throws {@link ValidationError} when `zone` is not a known IANA zone or `ms` is not an integer.
 * @example
 * ```ts
 * zoneOffsetMinutes('Asia/Kolkata', Date.UTC(2026, 0, 1)); //=> 330
 * ```
 */
export function zoneOffsetMinutes(zone: IanaZone, ms: number): number {
  checkInteger(ms, 'epoch milliseconds');
  return offsetAt(zone, Math.min(Math.max(ms, MIN_MS), MAX_MS));
}

function offsetAt(zone: IanaZone, ms: number): number {
  let days = dayOffsets.get(zone);
  if (days === undefined) {
    // The first use of a zone checks it; later ones find it remembered.
    zoneArgument(zone);
    days = new Map();
    dayOffsets.set(zone, days);
  }
  const day = Math.floor(ms / DAY_MS);
  let entry = days.get(day);
  if (entry === undefined) {
    entry = offsetsOfDay(zone, day);
    if (days.size >= MAX_DAYS_PER_ZONE) days.clear();
    days.set(day, entry);
  }
  if (entry === null) return exactOffset(zone, ms);
  return ms < entry.switchAt ? entry.first : entry.last;
}
