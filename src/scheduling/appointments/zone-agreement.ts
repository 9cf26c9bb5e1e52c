import { DAY_MS, toEpochDay, zoneOffsetMinutes } from '../../core/internal.js';

// The moments two zones are compared at: noon UTC on every day of the months clocks change in (March, April,
// September, October, November: both hemispheres) and on every seventh day otherwise, 2024 through 2030, the
// years a practice's records and bookings fall in. Noon UTC falls after the night-time change of every US
// zone, so a change on another day shows; two zones with different offsets show within a week.
const CHANGE_MONTHS: ReadonlySet<number> = new Set([2, 3, 8, 9, 10]);
let samples: number[] | undefined;
function sampleMoments(): number[] {
  if (samples === undefined) {
    samples = [];
    for (let day = toEpochDay('2024-01-01'); day <= toEpochDay('2030-12-31'); day += 1) {
      const ms = day * DAY_MS + DAY_MS / 2;
      if (CHANGE_MONTHS.has(new Date(ms).getUTCMonth()) || day % 7 === 0) samples.push(ms);
    }
  }
  return samples;
}

// Pairs already compared; bounded, and it never changes an answer.
const agreement = new Map<string, boolean>();

/**
 * Whether two known IANA zones keep the same clock: the same UTC offset at noon UTC on every day of the
 * months clocks change in (March, April, September to November) and every week otherwise, 2024 through
 * 2030 (internal). A link and its zone agree (`US/Eastern`, `America/New_York`), as do two
 * zones whose rules differ only in their history; a zone without daylight time and one with it do not
 * (`America/Phoenix` and `America/Denver` differ from the second Sunday in March to the first in
 * November). Both names must be known IANA zones.
 */
export function zonesAgree(a: string, b: string): boolean {
  if (a === b) return true;
  const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
  let same = agreement.get(key);
  if (same === undefined) {
    same = sampleMoments().every((ms) => zoneOffsetMinutes(a, ms) === zoneOffsetMinutes(b, ms));
    if (agreement.size >= 10_000) agreement.clear();
    agreement.set(key, same);
  }
  return same;
}
