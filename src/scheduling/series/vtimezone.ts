// A VTIMEZONE written from the zone's real transitions over a span, one observance per transition, so a
// calendar converts the wall times exactly as the library does [sources: rfc-5545-icalendar].
import type { IanaZone } from '../../core/index.js';
import { DAY_MS, zoneOffsetMinutes } from '../../core/internal.js';
import { offsetDateTime, utcOffset } from './icalendar-text.js';

const HOUR_MS = 3_600_000;

/** The instants in [fromMs, toMs] at which the zone's offset changes, with the offsets on each side. */
export function zoneTransitions(zone: IanaZone, fromMs: number, toMs: number) {
  const out: { atMs: number; from: number; to: number }[] = [];
  let t = fromMs;
  let offset = zoneOffsetMinutes(zone, t);
  while (t < toMs) {
    const next = Math.min(t + DAY_MS, toMs);
    const nextOffset = zoneOffsetMinutes(zone, next);
    if (nextOffset !== offset) {
      // Transitions fall on whole minutes: search the day for the first minute with the new offset.
      let lo = t;
      let hi = next;
      while (hi - lo > 60_000) {
        const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
        if (zoneOffsetMinutes(zone, mid) === offset) lo = mid;
        else hi = mid;
      }
      out.push({ atMs: hi, from: offset, to: nextOffset });
      offset = nextOffset;
    }
    t = next;
  }
  return out;
}

/** The VTIMEZONE lines for a zone over a span (a day of margin on each side). */
export function vtimezoneLines(zone: IanaZone, fromMs: number, toMs: number): string[] {
  const start = Math.floor((fromMs - DAY_MS) / HOUR_MS) * HOUR_MS;
  const initial = zoneOffsetMinutes(zone, start);
  const observance = (atMs: number, from: number, to: number) => {
    const kind = to > from ? 'DAYLIGHT' : 'STANDARD';
    return [
      `BEGIN:${kind}`,
      // DTSTART is the local time just before the change, on the clock in force then.
      `DTSTART:${offsetDateTime(atMs, from)}`,
      `TZOFFSETFROM:${utcOffset(from)}`,
      `TZOFFSETTO:${utcOffset(to)}`,
      `END:${kind}`,
    ];
  };
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`, ...observanceAtStart(start, initial)];
  for (const t of zoneTransitions(zone, start, toMs + DAY_MS))
    lines.push(...observance(t.atMs, t.from, t.to));
  lines.push('END:VTIMEZONE');
  return lines;
}

function observanceAtStart(ms: number, offset: number): string[] {
  return [
    'BEGIN:STANDARD',
    `DTSTART:${offsetDateTime(ms, offset)}`,
    `TZOFFSETFROM:${utcOffset(offset)}`,
    `TZOFFSETTO:${utcOffset(offset)}`,
    'END:STANDARD',
  ];
}
