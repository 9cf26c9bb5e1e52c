import { IANAZone } from 'luxon';
import * as z from 'zod';

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
 */
export const IanaZone = /* @__PURE__ */ z.string().refine(isKnownZone, {
  message: 'must be a known IANA time zone',
  params: { code: 'core.zone.unknown' },
});
export type IanaZone = z.infer<typeof IanaZone>;

const DAY_MS = 86_400_000;
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

/**
 * Offset from UTC in minutes of `zone` at the epoch-millisecond instant `ms`. Offsets are read from the
 * runtime once per zone and UTC day, then remembered, so hot loops cost a map lookup, not an Intl call.
 */
export function zoneOffsetMinutes(zone: IanaZone, ms: number): number {
  let days = dayOffsets.get(zone);
  if (days === undefined) {
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
