import * as z from 'zod';
import {
  divideRounded,
  type IanaZone,
  type InvalidRecord,
  LocalDate,
  reason,
  validateBatch,
} from '../../core/index.js';
import {
  compareText,
  fromEpochDay,
  localDayAndMinute,
  placeLocalMinute,
  recordsArgument,
  toEpochDay,
  toEpochMs,
  validateArguments,
} from '../../core/internal.js';
import { isHoldingTime, SchedulingAppointment } from '../appointments/appointment.js';
import {
  compileAvailability,
  holidayTouched,
  type PlacedWindow,
  weekOf,
  windowsAround,
} from '../appointments/clinician-calendar.js';
import { SchedulingClinician, type SchedulingClinicianInput } from '../appointments/clinician-profile.js';
import { sessionZone } from '../appointments/session-modality.js';
import type { SchedulingReason, SchedulingValidationCode } from '../reason-codes.js';

/**
 * Default thresholds of the load flags.
 *
 * @remarks Practice choices, **unconfirmed** as norms: a break shorter than the 10-minute notes gap
 * (a practice convention) joins two sessions into one run; 6 sessions a day and runs of 4 are flagged.
 * @example
 * ```ts
 * DEFAULT_LOAD_THRESHOLDS.longRunSessions; //=> 4
 * ```
 */
export const DEFAULT_LOAD_THRESHOLDS = {
  breakMinutes: 10,
  highDailySessions: 6,
  longRunSessions: 4,
} as const;

/** Longest range one load measurement covers, in days (ten years): a bound on work and on the result. */
const MAX_LOAD_DAYS = 3_660;

/**
 * The window and thresholds of {@link measureClinicianLoad}: at most ten years (3,660 days).
 * @example
 * ```ts
 * MeasureClinicianLoadOptions.parse({ from: '2026-03-02', to: '2026-03-08' }).breakMinutes; //=> 10
 * ```
 */
export const MeasureClinicianLoadOptions = z
  .strictObject({
    from: LocalDate,
    /** Last date measured (inclusive), in the clinician's zone. */
    to: LocalDate,
    holidays: z.array(LocalDate).default([]),
    breakMinutes: z.number().int().min(0).max(240).default(DEFAULT_LOAD_THRESHOLDS.breakMinutes),
    highDailySessions: z.number().int().min(1).max(48).default(DEFAULT_LOAD_THRESHOLDS.highDailySessions),
    longRunSessions: z.number().int().min(2).max(48).default(DEFAULT_LOAD_THRESHOLDS.longRunSessions),
  })
  .superRefine((o, ctx) => {
    const days = toEpochDay(o.to) - toEpochDay(o.from);
    if (days < 0) {
      ctx.addIssue({
        code: 'custom',
        message: 'must not end before it starts',
        path: ['to'],
        params: { code: 'scheduling.load.end_before_start' satisfies SchedulingValidationCode },
      });
    } else if (days >= MAX_LOAD_DAYS) {
      // The result holds one entry per day: a range from year 0 would be millions of days of work.
      ctx.addIssue({
        code: 'custom',
        message: `must cover at most ${MAX_LOAD_DAYS} days`,
        path: ['to'],
        params: { code: 'scheduling.load.range_too_long' satisfies SchedulingValidationCode },
      });
    }
  });
export type MeasureClinicianLoadOptions = z.input<typeof MeasureClinicianLoadOptions>;

/**
 * One day of a clinician's load.
 *
 * @example
 * ```ts
 * const day: DailyLoad = measureClinicianLoad(clinician, appointments, { from: '2026-03-02', to: '2026-03-02' }).days[0];
 * day.date; //=> '2026-03-02'
 * ```
 */
export interface DailyLoad {
  readonly date: LocalDate;
  readonly sessions: number;
  readonly sessionMinutes: number;
  /** Availability minutes on that date (its share of a window past midnight), less time off; 0 on holidays. */
  readonly availableMinutes: number;
  /** Most sessions in a row with breaks shorter than `breakMinutes`. */
  readonly longestRun: number;
}

/**
 * A clinician's load over a window: per day and week, utilization, runs, sessions outside hours.
 *
 * @example
 * ```ts
 * const load: ClinicianLoad = measureClinicianLoad(clinician, appointments, { from: '2026-03-02', to: '2026-03-06' });
 * load.days.length; //=> 5
 * ```
 */
export interface ClinicianLoad {
  readonly clinicianId: string;
  readonly days: readonly DailyLoad[];
  /** Sessions per Monday-based week, keyed by the Monday's date. */
  readonly weeks: readonly { readonly weekStart: LocalDate; readonly sessions: number }[];
  /** Session minutes inside availability over available minutes, in basis points (half-even). */
  readonly utilizationBp: number;
  readonly outsideAvailability: readonly string[];
  readonly reasons: readonly SchedulingReason[];
  readonly invalidAppointments: readonly InvalidRecord[];
}

/**
 * Measures a clinician's load, the numbers behind burnout: sessions and minutes per day and week,
 * utilization of availability, back-to-back runs without a break, and sessions outside availability.
 * Each day over the daily threshold, each long run and each session outside hours is a reason.
 *
 * @throws {@link ValidationError} when the clinician or options are invalid; invalid appointments are reported by index.
 * @example
 * ```ts
 * import type { SchedulingClinicianInput } from 'practice-ops/scheduling';
 *
 * // Dr. Lee is available on Mondays from 09:00 to 17:00 (480 minutes).
 * const drLee: SchedulingClinicianInput = { id: 'dr-lee', zone: 'America/New_York', modalities: ['telehealth'],
 *   availability: [{ days: ['mon'], start: '09:00', end: '17:00' }] };
 * // Monday 2026-03-02: six 50-minute sessions at 09, 10, 11, 13, 14 and 15 o'clock New York time.
 * const monday = [9, 10, 11, 13, 14, 15].map((hour, i) => {
 *   const at = `2026-03-02T${String(hour).padStart(2, '0')}`;
 *   return { id: `a-${i + 1}`, clinicianId: 'dr-lee', clientIds: [`cl-${i + 1}`], type: 'individual' as const,
 *     modality: { kind: 'telehealth' as const, clientLocationState: 'NY' as const },
 *     start: `${at}:00:00-05:00`, end: `${at}:50:00-05:00`, status: { state: 'scheduled' as const } };
 * });
 * measureClinicianLoad(drLee, monday, { from: '2026-03-02', to: '2026-03-08' }).utilizationBp;
 * //=> 6250 (300 of 480 available minutes booked)
 * ```
 */
export function measureClinicianLoad(
  clinicianInput: SchedulingClinicianInput,
  appointments: readonly unknown[],
  options: MeasureClinicianLoadOptions,
): ClinicianLoad {
  // Every argument's problems at once, each under its parameter's name (`$.clinician.zone`, `$.options.to`,
  // `$.appointments` when it is not a list); a bad record in the list is reported by index instead.
  const [clinician, appointmentList, opts] = validateArguments([
    ['clinician', SchedulingClinician, clinicianInput, 'clinician'],
    ['appointments', recordsArgument, appointments, 'appointments'],
    ['options', MeasureClinicianLoadOptions, options, 'clinician load options'],
  ]);
  const batch = validateBatch(SchedulingAppointment, appointmentList);
  const fromDay = toEpochDay(opts.from);
  const toDay = toEpochDay(opts.to);
  const holidays = new Set(opts.holidays.map(toEpochDay));
  const rules = compileAvailability(clinician);
  const policy = { gap: 'shift_forward', overlap: 'earlier' } as const;
  const offs = clinician.timeOff.map((t) => [toEpochMs(t.start), toEpochMs(t.end)] as const);
  const sessionsByDay = new Map<number, { id: string; s: number; e: number; zone: IanaZone }[]>();
  for (const { value: a } of batch.valid) {
    if (a.clinicianId !== clinician.id || !isHoldingTime(a.status)) continue;
    const s = toEpochMs(a.start);
    const day = localDayAndMinute(s, clinician.zone).epochDay;
    if (day < fromDay || day > toDay) continue;
    const list = sessionsByDay.get(day) ?? [];
    // A holiday closes the date where the session happens: an in-person one's office's date.
    list.push({ id: a.id, s, e: toEpochMs(a.end), zone: sessionZone(a.modality, clinician.zone) });
    sessionsByDay.set(day, list);
  }
  const days: DailyLoad[] = [];
  const weeks = new Map<number, number>();
  const reasons: SchedulingReason[] = [];
  const outside: string[] = [];
  let available = 0;
  let bookedInside = 0;
  for (let day = fromDay; day <= toDay; day += 1) {
    const date = fromEpochDay(day);
    const windows = windowsAround(clinician, rules, day, policy);
    // A day's available minutes are its own share of each window: an overnight one counts on both dates.
    const dayStart = placeLocalMinute(day, 0, clinician.zone, policy).epochMs ?? Number.NaN;
    const dayEnd = placeLocalMinute(day + 1, 0, clinician.zone, policy).epochMs ?? Number.NaN;
    let availableMs = 0;
    for (const w of windows) {
      const from = Math.max(w.startMs, dayStart);
      const to = Math.min(w.endMs, dayEnd);
      if (to <= from) continue;
      for (const [a, b] of openParts(w, from, to, day, holidays)) {
        availableMs += b - a;
        for (const [os, oe] of offs) availableMs -= Math.max(0, Math.min(oe, b) - Math.max(os, a));
      }
    }
    const sessions = (sessionsByDay.get(day) ?? []).sort((a, b) => a.s - b.s || compareText(a.id, b.id));
    let minutes = 0;
    let run = 0;
    let longest = 0;
    let previousEnd = Number.NEGATIVE_INFINITY;
    for (const x of sessions) {
      minutes += (x.e - x.s) / 60_000;
      run = x.s - previousEnd < opts.breakMinutes * 60_000 ? run + 1 : 1;
      longest = Math.max(longest, run);
      previousEnd = Math.max(previousEnd, x.e);
      const inside =
        holidayTouched(holidays, x.zone, x.s, x.e) === null &&
        windows.some((w) => x.s >= w.startMs && x.e <= w.endMs);
      if (inside) bookedInside += x.e - x.s;
      else {
        outside.push(x.id);
        reasons.push(
          reason('scheduling.load.outside_hours', 'warning', 'A session lies outside availability.', {
            appointmentId: x.id,
            date,
          }),
        );
      }
    }
    available += Math.max(0, availableMs);
    weeks.set(weekOf(day), (weeks.get(weekOf(day)) ?? 0) + sessions.length);
    if (sessions.length > opts.highDailySessions) {
      reasons.push(
        reason('scheduling.load.daily_high', 'warning', 'Many sessions in one day.', {
          date,
          sessions: sessions.length,
          threshold: opts.highDailySessions,
        }),
      );
    }
    if (longest >= opts.longRunSessions) {
      reasons.push(
        reason('scheduling.load.back_to_back', 'warning', 'A long run of sessions without a break.', {
          date,
          sessions: longest,
          threshold: opts.longRunSessions,
        }),
      );
    }
    days.push({
      date,
      sessions: sessions.length,
      sessionMinutes: Math.round(minutes),
      availableMinutes: Math.round(Math.max(0, availableMs) / 60_000),
      longestRun: longest,
    });
  }
  return {
    clinicianId: clinician.id,
    days,
    weeks: [...weeks.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([week, sessions]) => ({ weekStart: fromEpochDay(week * 7 - 3), sessions })),
    utilizationBp: utilization(bookedInside, available),
    outsideAvailability: outside,
    reasons,
    invalidAppointments: batch.invalid,
  };
}

function utilization(bookedMs: number, availableMs: number): number {
  const availableMinutes = Math.round(availableMs / 60_000);
  if (availableMinutes === 0) return 0;
  return divideRounded(Math.round(bookedMs / 60_000) * 10_000, availableMinutes, 'half_even');
}

/**
 * The parts of a window's share `[from, to)` of the clinician's date `day` left open by the holidays. A
 * block whose sessions are all in person at an office that names its zone is closed on the office's
 * holiday dates; any other on the clinician's (a telehealth session can still be held on an office's
 * holiday).
 */
function openParts(
  w: PlacedWindow,
  from: number,
  to: number,
  day: number,
  holidays: ReadonlySet<number>,
): readonly (readonly [number, number])[] {
  const office = w.rule.zone;
  if (office === undefined || w.modalities.some((m) => m !== 'in_person')) {
    return holidays.has(day) ? [] : [[from, to]];
  }
  if (holidays.size === 0) return [[from, to]];
  const parts: [number, number][] = [];
  let at = from;
  const policy = { gap: 'shift_forward', overlap: 'earlier' } as const;
  const first = localDayAndMinute(from, office).epochDay;
  const last = localDayAndMinute(to - 1, office).epochDay;
  for (let d = first; d <= last; d += 1) {
    if (!holidays.has(d)) continue;
    const closedFrom = Math.max(from, placeLocalMinute(d, 0, office, policy).epochMs ?? from);
    const closedTo = Math.min(to, placeLocalMinute(d + 1, 0, office, policy).epochMs ?? to);
    if (closedFrom > at) parts.push([at, closedFrom]);
    at = Math.max(at, closedTo);
  }
  if (at < to) parts.push([at, to]);
  return parts;
}
