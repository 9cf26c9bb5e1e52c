import type { IanaZone, LocalDate, LocalTimePolicy } from '../../core/index.js';
import {
  isoWeekdayOfDay,
  localDayAndMinute,
  minuteOfDay,
  placeLocalMinute,
  toEpochDay,
  toEpochMs,
  weekdayNumber,
} from '../../core/internal.js';
import type { ClinicianBookings } from './appointment-index.js';
import type { ClinicianAvailabilityRule, SchedulingClinician } from './clinician-profile.js';
import type { SessionModalityKind } from './session-modality.js';

// Internal: a clinician's calendar as numbers (epoch ms, epoch days), built once and swept.

/** An availability window starting on one local day, placed in time. */
export interface PlacedWindow {
  readonly startMs: number;
  readonly endMs: number;
  /** The window runs past midnight into the next local day. */
  readonly overnight: boolean;
  readonly modalities: readonly SessionModalityKind[];
  readonly rule: ClinicianAvailabilityRule;
}

interface CompiledRule {
  readonly rule: ClinicianAvailabilityRule;
  readonly isoDays: ReadonlySet<number>;
  readonly startMinute: number;
  readonly endMinute: number;
  readonly overnight: boolean;
  readonly fromDay: number;
  readonly untilDay: number;
  readonly modalities: readonly SessionModalityKind[];
}

/** Rules compiled for fast per-day lookup, sorted by start time. */
export function compileAvailability(clinician: SchedulingClinician): readonly CompiledRule[] {
  return clinician.availability
    .map((rule) => ({
      rule,
      isoDays: new Set(rule.days.map(weekdayNumber)),
      startMinute: minuteOfDay(rule.start),
      endMinute: minuteOfDay(rule.end),
      overnight: minuteOfDay(rule.end) <= minuteOfDay(rule.start),
      fromDay: rule.from === undefined ? Number.NEGATIVE_INFINITY : toEpochDay(rule.from),
      untilDay: rule.until === undefined ? Number.POSITIVE_INFINITY : toEpochDay(rule.until),
      modalities:
        rule.modalities.length === 0
          ? clinician.modalities
          : rule.modalities.filter((m) => clinician.modalities.includes(m)),
    }))
    .sort((a, b) => a.startMinute - b.startMinute);
}

/** Monday-based week number of an epoch day. */
export function weekOf(day: number): number {
  return Math.floor((day + 3) / 7);
}

/**
 * The availability windows that start on one local day, placed in the clinician's zone, in time order. An
 * overnight window ends on the next local day at its wall time, so across a DST change it is an hour
 * shorter or longer in elapsed time.
 */
export function windowsOn(
  clinician: SchedulingClinician,
  rules: readonly CompiledRule[],
  day: number,
  policy: LocalTimePolicy,
): PlacedWindow[] {
  const iso = isoWeekdayOfDay(day);
  const out: PlacedWindow[] = [];
  for (const r of rules) {
    if (!r.isoDays.has(iso) || day < r.fromDay || day > r.untilDay) continue;
    // A window edge in a DST gap is shifted forward for availability: hours are hours, never dropped.
    const edges = { gap: 'shift_forward', overlap: policy.overlap } as const;
    const startMs = placeLocalMinute(day, r.startMinute, clinician.zone, edges).epochMs ?? Number.NaN;
    const endDay = r.overnight ? day + 1 : day;
    const endMs = placeLocalMinute(endDay, r.endMinute, clinician.zone, edges).epochMs ?? Number.NaN;
    if (endMs > startMs) {
      out.push({ startMs, endMs, overnight: r.overnight, modalities: r.modalities, rule: r.rule });
    }
  }
  return out;
}

/** Time a clinician cannot be booked: sessions with their buffers, and time off; sorted and merged. */
export interface BusyTimeline {
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** Sessions per local epoch day (clinician's zone). */
  readonly perDay: ReadonlyMap<number, number>;
  /** Sessions per Monday-based week. */
  readonly perWeek: ReadonlyMap<number, number>;
}

/** Builds the busy timeline of a clinician from their sorted time-holding sessions and their time off. */
export function buildBusyTimeline(
  clinician: SchedulingClinician,
  bookings: ClinicianBookings | undefined,
): BusyTimeline {
  const before = clinician.bufferBeforeMinutes * 60_000;
  const after = clinician.bufferAfterMinutes * 60_000;
  const perDay = new Map<number, number>();
  const perWeek = new Map<number, number>();
  const starts: number[] = [];
  const ends: number[] = [];
  const push = (s: number, e: number) => {
    const last = ends.length - 1;
    if (last >= 0 && s <= (ends[last] as number)) {
      if (e > (ends[last] as number)) ends[last] = e;
    } else {
      starts.push(s);
      ends.push(e);
    }
  };
  // Merge the (sorted) sessions with the time off, itself sorted, in one pass.
  const offs = clinician.timeOff
    .map((t) => [toEpochMs(t.start), toEpochMs(t.end)] as const)
    .sort((a, b) => a[0] - b[0]);
  const n = bookings?.startMs.length ?? 0;
  let j = 0;
  for (let i = 0; i < n; i += 1) {
    const s = (bookings as ClinicianBookings).startMs[i] as number;
    const e = (bookings as ClinicianBookings).endMs[i] as number;
    while (j < offs.length && (offs[j] as readonly [number, number])[0] <= s - before) {
      const off = offs[j] as readonly [number, number];
      push(off[0], off[1]);
      j += 1;
    }
    push(s - before, e + after);
    const day = localDayAndMinute(s, clinician.zone).epochDay;
    perDay.set(day, (perDay.get(day) ?? 0) + 1);
    const week = weekOf(day);
    perWeek.set(week, (perWeek.get(week) ?? 0) + 1);
  }
  for (; j < offs.length; j += 1) {
    const off = offs[j] as readonly [number, number];
    push(off[0], off[1]);
  }
  return { starts: Float64Array.from(starts), ends: Float64Array.from(ends), perDay, perWeek };
}

/** Index of the first busy span whose end is after `ms`. */
export function firstEndingAfter(timeline: BusyTimeline, ms: number): number {
  let lo = 0;
  let hi = timeline.ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((timeline.ends[mid] as number) <= ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The windows a session starting on this local day may lie in: the day's own and the previous day's
 * overnight windows, in time order.
 */
export function windowsAround(
  clinician: SchedulingClinician,
  rules: readonly CompiledRule[],
  day: number,
  policy: LocalTimePolicy,
): PlacedWindow[] {
  const previous = windowsOn(clinician, rules, day - 1, policy).filter((w) => w.overnight);
  return [...previous, ...windowsOn(clinician, rules, day, policy)];
}

/** Epoch days of practice holidays. */
export function holidayDays(holidays: readonly LocalDate[]): ReadonlySet<number> {
  return new Set(holidays.map(toEpochDay));
}

/**
 * The first practice holiday (epoch day in the clinician's zone) that a session `[startMs, endMs)`
 * (`endMs > startMs`) touches, or null: a holiday closes its whole local date, so a session running past midnight into
 * one (or out of one) falls on it.
 */
export function holidayTouched(
  holidays: ReadonlySet<number>,
  zone: IanaZone,
  startMs: number,
  endMs: number,
): number | null {
  if (holidays.size === 0) return null;
  const first = localDayAndMinute(startMs, zone).epochDay;
  const last = localDayAndMinute(endMs - 1, zone).epochDay;
  // Where clocks go back at midnight a later instant can read an earlier date.
  for (let day = Math.min(first, last); day <= Math.max(first, last); day += 1) {
    if (holidays.has(day)) return day;
  }
  return null;
}
