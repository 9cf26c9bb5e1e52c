// A VTIMEZONE written from the zone's real transitions over a span, one observance per change of UTC
// offset, so a calendar converts the wall times exactly as the library does [sources: rfc-5545-icalendar].
import type { IanaZone } from '../../core/index.js';
import { DAY_MS, zoneOffsetMinutes } from '../../core/internal.js';
import { offsetDateTime, utcOffset } from './icalendar-text.js';

const HOUR_MS = 3_600_000;
const WEEK_MS = 7 * DAY_MS;
/** How far before the span the last change of offset is looked for: two years (a DST zone changes twice a year). */
export const LOOK_BACK_MS = 2 * 366 * DAY_MS;

/** One change of a zone's UTC offset: at `atMs` the offset goes from `from` to `to` minutes (never equal). */
export interface ZoneTransition {
  readonly atMs: number;
  readonly from: number;
  readonly to: number;
}

/** The instants in [fromMs, toMs] at which the zone's offset changes, with the offsets on each side. */
export function zoneTransitions(zone: IanaZone, fromMs: number, toMs: number): ZoneTransition[] {
  const out: ZoneTransition[] = [];
  let t = fromMs;
  let offset = zoneOffsetMinutes(zone, t);
  while (t < toMs) {
    const next = Math.min(t + DAY_MS, toMs);
    const nextOffset = zoneOffsetMinutes(zone, next);
    if (nextOffset !== offset) {
      out.push({ atMs: firstMinuteWith(zone, t, next, offset), from: offset, to: nextOffset });
      offset = nextOffset;
    }
    t = next;
  }
  return out;
}

// The first whole minute in (lo, hi] whose offset is not `before` (the zone keeps `before` at lo).
function firstMinuteWith(zone: IanaZone, lo: number, hi: number, before: number): number {
  let a = lo;
  let b = hi;
  while (b - a > 60_000) {
    const mid = a + Math.floor((b - a) / 120_000) * 60_000;
    if (zoneOffsetMinutes(zone, mid) === before) a = mid;
    else b = mid;
  }
  return b;
}

/**
 * The last change of offset in [sinceMs, ms], or undefined when the zone kept one offset all that time.
 * Searched a week at a time: a change and its reversal inside one week could be passed over, which leaves
 * the offset in force at `ms`, and every time after it, the same.
 */
export function lastTransitionBefore(
  zone: IanaZone,
  ms: number,
  sinceMs: number,
): ZoneTransition | undefined {
  const offset = zoneOffsetMinutes(zone, ms);
  for (let hi = ms; hi > sinceMs; hi -= WEEK_MS) {
    const lo = Math.max(hi - WEEK_MS, sinceMs);
    if (zoneOffsetMinutes(zone, lo) !== offset) {
      // Narrow to the minute where `offset` began: `a` keeps another offset, `b` has `offset`.
      let a = lo;
      let b = hi;
      while (b - a > 60_000) {
        const mid = a + Math.floor((b - a) / 120_000) * 60_000;
        if (zoneOffsetMinutes(zone, mid) === offset) b = mid;
        else a = mid;
      }
      return { atMs: b, from: zoneOffsetMinutes(zone, a), to: offset };
    }
  }
  return undefined;
}

/**
 * The VTIMEZONE lines for a zone over a span (a day of margin on each side): the last change of offset
 * in the two years before the span (so every time in the span follows an onset), then each change inside
 * it. Only real changes are written, except where there is none to start from: a zone that kept one
 * offset through those two years gets one observance stating that offset on both sides, dated at their
 * start (RFC 5545 needs at least one), and nothing else if it keeps the offset through the span (UTC,
 * Asia/Kolkata, America/Phoenix).
 */
export function vtimezoneLines(zone: IanaZone, fromMs: number, toMs: number): string[] {
  const start = Math.floor((fromMs - DAY_MS) / HOUR_MS) * HOUR_MS;
  const since = start - LOOK_BACK_MS;
  const before = lastTransitionBefore(zone, start, since);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  if (before === undefined) {
    const offset = zoneOffsetMinutes(zone, start);
    lines.push(...observance(since, offset, offset));
  } else {
    lines.push(...observance(before.atMs, before.from, before.to));
  }
  for (const t of zoneTransitions(zone, start, toMs + DAY_MS))
    lines.push(...observance(t.atMs, t.from, t.to));
  lines.push('END:VTIMEZONE');
  return lines;
}

function observance(atMs: number, from: number, to: number): string[] {
  const kind = to > from ? 'DAYLIGHT' : 'STANDARD';
  return [
    `BEGIN:${kind}`,
    // DTSTART is the local time just before the change, on the clock in force then.
    `DTSTART:${offsetDateTime(atMs, from)}`,
    `TZOFFSETFROM:${utcOffset(from)}`,
    `TZOFFSETTO:${utcOffset(to)}`,
    `END:${kind}`,
  ];
}
