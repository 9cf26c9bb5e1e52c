import type { IanaZone } from '../../core/index.js';
import { localDayAndMinute, placeLocalMinute, zoneOffsetMinutes } from '../../core/internal.js';

const MINUTE_MS = 60_000;
const LATER = { gap: 'shift_forward', overlap: 'later' } as const;

/**
 * The instant `days` calendar days after `ms` on `zone`'s clock, at the same wall time (luxon's
 * `plus({ days })`): a lookahead of 7 days from 09:00 ends at 09:00 seven dates later, whether the days
 * between hold 167, 168 or 169 hours. A wall time that falls in a spring-forward gap moves forward by the
 * gap's length; one that exists twice keeps the offset `ms` has where it can (as luxon does), else takes the
 * earlier instant.
 */
export function plusLocalDaysMs(ms: number, days: number, zone: IanaZone): number {
  const { epochDay, minuteOfDay } = localDayAndMinute(ms, zone);
  const withinMinute = ((ms % MINUTE_MS) + MINUTE_MS) % MINUTE_MS;
  const placed = placeLocalMinute(epochDay + days, minuteOfDay, zone);
  if (placed.status !== 'overlap_earlier') return (placed.epochMs as number) + withinMinute;
  const later = placeLocalMinute(epochDay + days, minuteOfDay, zone, LATER).epochMs as number;
  return (
    (zoneOffsetMinutes(zone, later) === zoneOffsetMinutes(zone, ms) ? later : placed.epochMs) + withinMinute
  );
}

/**
 * Whole calendar days from `fromMs` to `toMs` on `zone`'s clock: a day counts once its date and wall time
 * have both come round (09:00 on 25 October to 08:30 on 1 November is 6 days, to 09:00 is 7), whatever the
 * length of the days between. Negative when `toMs` is earlier.
 */
export function localDaysBetween(fromMs: number, toMs: number, zone: IanaZone): number {
  const from = localDayAndMinute(fromMs, zone);
  const to = localDayAndMinute(toMs, zone);
  const days = to.epochDay - from.epochDay;
  const fromRest = from.minuteOfDay * MINUTE_MS + (((fromMs % MINUTE_MS) + MINUTE_MS) % MINUTE_MS);
  const toRest = to.minuteOfDay * MINUTE_MS + (((toMs % MINUTE_MS) + MINUTE_MS) % MINUTE_MS);
  if (days > 0 && toRest < fromRest) return days - 1;
  if (days < 0 && toRest > fromRest) return days + 1;
  return days;
}
