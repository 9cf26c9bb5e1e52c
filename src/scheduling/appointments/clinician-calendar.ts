import type { LocalDate, LocalTimePolicy } from '../../core/index.js';
import {
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

/** An availability window on one local day, placed in time. */
export interface PlacedWindow {
  readonly startMs: number;
  readonly endMs: number;
  readonly modalities: readonly SessionModalityKind[];
  readonly rule: ClinicianAvailabilityRule;
}

interface CompiledRule {
  readonly rule: ClinicianAvailabilityRule;
  readonly isoDays: ReadonlySet<number>;
  readonly startMinute: number;
  readonly endMinute: number;
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
      fromDay: rule.from === undefined ? Number.NEGATIVE_INFINITY : toEpochDay(rule.from),
      untilDay: rule.until === undefined ? Number.POSITIVE_INFINITY : toEpochDay(rule.until),
      modalities:
        rule.modalities.length === 0
          ? clinician.modalities
          : rule.modalities.filter((m) => clinician.modalities.includes(m)),
    }))
    .sort((a, b) => a.startMinute - b.startMinute);
}

/** ISO weekday (1 = Monday) of an epoch day. */
export function isoDayOf(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** Monday-based week number of an epoch day. */
export function weekOf(day: number): number {
  return Math.floor((day + 3) / 7);
}

/** The availability windows of one local day, placed in the clinician's zone, in time order. */
export function windowsOn(
  clinician: SchedulingClinician,
  rules: readonly CompiledRule[],
  day: number,
  policy: LocalTimePolicy,
): PlacedWindow[] {
  const iso = isoDayOf(day);
  const out: PlacedWindow[] = [];
  for (const r of rules) {
    if (!r.isoDays.has(iso) || day < r.fromDay || day > r.untilDay) continue;
    // A window edge in a DST gap is shifted forward for availability: hours are hours, never dropped.
    const edges = { gap: 'shift_forward', overlap: policy.overlap } as const;
    const startMs = placeLocalMinute(day, r.startMinute, clinician.zone, edges).epochMs ?? Number.NaN;
    const endMs = placeLocalMinute(day, r.endMinute, clinician.zone, edges).epochMs ?? Number.NaN;
    if (endMs > startMs) out.push({ startMs, endMs, modalities: r.modalities, rule: r.rule });
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

/** Epoch days of practice holidays. */
export function holidayDays(holidays: readonly LocalDate[]): ReadonlySet<number> {
  return new Set(holidays.map(toEpochDay));
}
