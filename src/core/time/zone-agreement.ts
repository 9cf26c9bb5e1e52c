import { IANAZone } from 'luxon';
import { DAY_MS, toEpochDay } from './local-date.js';

// The span two zones are compared over: the years a practice's records and bookings fall in.
const FIRST_DAY = toEpochDay('2020-01-01');
const LAST_DAY = toEpochDay('2030-12-31');
const NOON_MS = DAY_MS / 2;

// Pairs already compared; bounded, and it never changes an answer.
const agreement = new Map<string, boolean>();

/**
 * Whether two known IANA zones keep the same clock: the same UTC offset at noon UTC on every day from
 * 2020 through 2030 (internal). A link and its zone agree (`US/Eastern`, `America/New_York`), as do two
 * zones whose rules differ only in their history; a zone without daylight time and one with it do not
 * (`America/Phoenix`, `America/Denver` differ from the second Sunday in March to the first in November).
 * Both names must have been validated as IANA zones.
 */
export function zonesAgree(a: string, b: string): boolean {
  if (a === b) return true;
  const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
  let same = agreement.get(key);
  if (same === undefined) {
    same = sameOffsets(IANAZone.create(a), IANAZone.create(b));
    if (agreement.size >= 10_000) agreement.clear();
    agreement.set(key, same);
  }
  return same;
}

function sameOffsets(a: IANAZone, b: IANAZone): boolean {
  // Noon UTC falls after the night-time change of every US zone, so a change on a different day shows.
  for (let day = FIRST_DAY; day <= LAST_DAY; day += 1) {
    const ms = day * DAY_MS + NOON_MS;
    if (a.offset(ms) !== b.offset(ms)) return false;
  }
  return true;
}
