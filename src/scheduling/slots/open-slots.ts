import * as z from 'zod';
import {
  formatInstant,
  IanaZone,
  Instant,
  type InvalidRecord,
  LocalDate,
  LocalTimePolicy,
  reason,
} from '../../core/index.js';
import {
  compareText,
  fromEpochDay,
  localDayAndMinute,
  toEpochDay,
  toEpochMs,
  validateArguments,
} from '../../core/internal.js';
import {
  type AppointmentIndex,
  appointmentIndexOf,
  type ClinicianBookings,
} from '../appointments/appointment-index.js';
import {
  buildBusyTimeline,
  compileAvailability,
  firstEndingAfter,
  holidayDays,
  holidayTouched,
  weekOf,
  windowsOn,
} from '../appointments/clinician-calendar.js';
import { SchedulingClinician } from '../appointments/clinician-profile.js';
import { plusLocalDaysMs } from '../appointments/local-days.js';
import { SessionModalityKind } from '../appointments/session-modality.js';
import type { SchedulingReason, SchedulingValidationCode } from '../reason-codes.js';

/**
 * Default minimum notice before a bookable slot, in hours.
 *
 * @remarks Practice choice, not regulation; mirrors the common 24-hour cancellation window
 * so a slot is never offered that could not be cancelled in time.
 * @example
 * ```ts
 * DEFAULT_MIN_BOOKING_NOTICE_HOURS; //=> 24
 * ```
 */
export const DEFAULT_MIN_BOOKING_NOTICE_HOURS = 24;
/**
 * Default maximum booking horizon, in days.
 *
 * @remarks Practice choice (unconfirmed as a norm); peers cap series ends at one year
 * [sources: peer-therapyappointment-recurring].
 * @example
 * ```ts
 * DEFAULT_MAX_BOOKING_HORIZON_DAYS; //=> 90
 * ```
 */
export const DEFAULT_MAX_BOOKING_HORIZON_DAYS = 90;
/**
 * Default slot step in minutes: slots start on the hour from each availability block.
 *
 * @remarks A practice convention: the therapeutic hour is booked on the hour.
 * @example
 * ```ts
 * DEFAULT_SLOT_STEP_MINUTES; //=> 60
 * ```
 */
export const DEFAULT_SLOT_STEP_MINUTES = 60;
/**
 * Largest date range one search may cover, in days: a bound on work.
 * @example
 * ```ts
 * MAX_SLOT_SEARCH_DAYS; //=> 366
 * ```
 */
export const MAX_SLOT_SEARCH_DAYS = 366;

/**
 * Options for {@link findOpenSlots}, what to search for: a date range (in each clinician's zone), a
 * session length, a modality, limits, and `asOf` (no slot before it plus the minimum notice).
 *
 * @example
 * ```ts
 * FindOpenSlotsOptions.parse({ from: '2026-03-09', to: '2026-03-13', asOf: '2026-03-01T00:00:00Z',
 *   sessionMinutes: 50, displayZone: 'America/Chicago' }).stepMinutes;
 * //=> 60
 * ```
 */
export const FindOpenSlotsOptions = z
  .strictObject({
    from: LocalDate,
    /** Last date searched (inclusive). */
    to: LocalDate,
    asOf: Instant,
    sessionMinutes: z.number().int().min(5).max(720),
    modality: SessionModalityKind.optional(),
    /** Zone the slots are shown in (the asker's). */
    displayZone: IanaZone,
    /**
     * Practice holidays: no slots on these dates in each clinician's zone, nor in-person slots of a block
     * that names its office's zone on these dates there.
     */
    holidays: z.array(LocalDate).default([]),
    minNoticeHours: z
      .number()
      .min(0)
      .max(24 * 365)
      .default(DEFAULT_MIN_BOOKING_NOTICE_HOURS),
    maxHorizonDays: z.number().int().min(0).max(3660).default(DEFAULT_MAX_BOOKING_HORIZON_DAYS),
    stepMinutes: z.number().int().min(5).max(720).default(DEFAULT_SLOT_STEP_MINUTES),
    localTimePolicy: LocalTimePolicy.default({ gap: 'shift_forward', overlap: 'earlier' }),
    /** Most slots to return (the earliest ones). */
    limit: z.number().int().min(1).optional(),
  })
  .superRefine((s, ctx) => {
    const days = toEpochDay(s.to) - toEpochDay(s.from);
    if (days < 0) {
      ctx.addIssue({
        code: 'custom',
        message: 'must not end before it starts',
        path: ['to'],
        params: { code: 'scheduling.slots.end_before_start' satisfies SchedulingValidationCode },
      });
    } else if (days >= MAX_SLOT_SEARCH_DAYS) {
      ctx.addIssue({
        code: 'custom',
        message: `must cover at most ${MAX_SLOT_SEARCH_DAYS} days`,
        path: ['to'],
        params: { code: 'scheduling.slots.range_too_long' satisfies SchedulingValidationCode },
      });
    }
  });
/** What callers pass to {@link findOpenSlots}, before defaults apply. */
export type FindOpenSlotsOptions = z.input<typeof FindOpenSlotsOptions>;
type OpenSlotSearch = z.infer<typeof FindOpenSlotsOptions>;

/**
 * A bookable slot.
 *
 * @example
 * ```ts
 * const slot: OpenSlot = findOpenSlots([clinician], [], search).slots[0];
 * slot.clinicianId; //=> 'dr-lee'
 * ```
 */
export interface OpenSlot {
  readonly clinicianId: string;
  /** Start in the display zone. */
  readonly start: Instant;
  /** End (start + session length) in the display zone. */
  readonly end: Instant;
  /** The date of the slot on the clinician's wall clock. */
  readonly clinicianDate: LocalDate;
  /** Modalities the block offers, filtered by the request. */
  readonly modalities: readonly SessionModalityKind[];
  readonly locationId: string | null;
}

/**
 * The slots found, each clinician left out and why, and every appointment record that was invalid.
 *
 * @example
 * ```ts
 * const r: OpenSlotResult = findOpenSlots([clinician], appointments, search);
 * r.excluded; //=> []
 * ```
 */
export interface OpenSlotResult {
  readonly slots: readonly OpenSlot[];
  readonly excluded: readonly {
    readonly clinicianId: string;
    readonly reasons: readonly SchedulingReason[];
  }[];
  readonly invalidAppointments: readonly InvalidRecord[];
  readonly reasons: readonly SchedulingReason[];
}

/** One clinician's slots in time order, with their starts in epoch ms. */
interface ClinicianSlots {
  readonly slots: OpenSlot[];
  readonly startsMs: number[];
}

/**
 * Finds open slots for one or many clinicians over a date range: availability minus bookings (with the
 * clinician's buffers), time off and holidays; days and weeks at their session caps give no slots; slots
 * respect minimum notice and the maximum horizon from `asOf`; filtered by modality and session length;
 * shown in the asker's zone. Order: start, then clinician id. A block that runs past midnight gives slots
 * on both dates; each slot belongs to the local date it starts on (its caps and the `from`–`to` range),
 * and a holiday closes every date a session would touch, read where it happens: an in-person slot of a
 * block that names its office's `zone` on the office's dates, any other on the clinician's.
 *
 * Each session occupies `[start − bufferBefore, end + bufferAfter]`; a slot is returned only when its
 * occupied span overlaps no other session's occupied span and no time off, and the session itself lies
 * inside one availability block.
 *
 * @param clinicians - scheduling profiles (validated; any invalid one throws)
 * @param appointments - existing appointments of any clinicians, raw or from {@link buildAppointmentIndex}
 *   (build the index once to search many times); invalid records are reported by index in
 *   `invalidAppointments` and not used
 * @param search - the request
 * @throws {@link ValidationError} listing every invalid clinician, appointments that are neither a list nor an
 * index, and every problem of the search at once, each path under its parameter's name
 * (`$.clinicians[0].zone`, `$.appointments`, `$.search.from`).
 * @remarks Bookings are indexed per clinician, sorted and swept once: O(bookings log bookings + candidates).
 * @example
 * ```ts
 * // Dr. Lee sees telehealth clients on Monday mornings, 09:00–12:00 in New York:
 * const drLee = { id: 'dr-lee', zone: 'America/New_York', modalities: ['telehealth' as const],
 *   availability: [{ days: ['mon' as const], start: '09:00', end: '12:00' }] };
 * findOpenSlots([drLee], [], { from: '2026-03-09', to: '2026-03-09', asOf: '2026-03-01T00:00:00Z',
 *   sessionMinutes: 50, displayZone: 'America/Chicago' }).slots[0];
 * //=> { clinicianId: 'dr-lee', start: '2026-03-09T08:00:00-05:00', end: '2026-03-09T08:50:00-05:00', … }
 * ```
 */
export function findOpenSlots(
  clinicians: readonly unknown[],
  appointments: readonly unknown[] | AppointmentIndex,
  search: FindOpenSlotsOptions,
): OpenSlotResult {
  // Every argument's problems at once, each under its parameter's name (`$.clinicians[0].zone`,
  // `$.appointments` when it is neither a list nor an index, `$.search.from`); a bad appointment record is
  // reported by index in `invalidAppointments` instead.
  const [profiles, index, request] = validateArguments([
    ['clinicians', ClinicianList, clinicians, 'clinicians'],
    ['appointments', appointmentIndexOf, appointments, 'appointments'],
    ['search', FindOpenSlotsOptions, search, 'open slot search'],
  ]);
  const order = [...profiles].sort((a, b) => compareText(a.id, b.id));
  const holidays = holidayDays(request.holidays);
  const found: ClinicianSlots[] = [];
  const excluded: { clinicianId: string; reasons: SchedulingReason[] }[] = [];
  for (const clinician of order) {
    const why: SchedulingReason[] = [];
    if (request.modality !== undefined && !clinician.modalities.includes(request.modality)) {
      why.push(
        reason(
          'scheduling.slots.modality_not_offered',
          'info',
          'The clinician does not offer this modality.',
          {
            clinicianId: clinician.id,
            modality: request.modality,
          },
        ),
      );
    }
    if (!clinician.sessionMinutes.includes(request.sessionMinutes)) {
      why.push(
        reason(
          'scheduling.slots.session_length',
          'info',
          'The clinician does not offer this session length.',
          {
            clinicianId: clinician.id,
            sessionMinutes: request.sessionMinutes,
          },
        ),
      );
    }
    if (why.length > 0) {
      excluded.push({ clinicianId: clinician.id, reasons: why });
      found.push({ slots: [], startsMs: [] });
      continue;
    }
    found.push(slotsOf(clinician, index.byClinician.get(clinician.id), request, holidays));
  }
  const slots = mergeByStart(found, request.limit);
  const reasons: SchedulingReason[] = index.invalid.map((bad) =>
    reason(
      'scheduling.slots.invalid_appointment',
      'warning',
      'An appointment record is invalid and was not used.',
      {
        index: bad.index,
      },
    ),
  );
  return {
    slots,
    excluded,
    invalidAppointments: index.invalid,
    reasons,
  };
}

const ClinicianList = z.array(SchedulingClinician);

function slotsOf(
  clinician: SchedulingClinician,
  bookings: ClinicianBookings | undefined,
  request: OpenSlotSearch,
  holidays: ReadonlySet<number>,
): ClinicianSlots {
  const slots: OpenSlot[] = [];
  const startsMs: number[] = [];
  let sorted = true;
  const rules = compileAvailability(clinician);
  if (rules.length === 0) return { slots, startsMs };
  const timeline = buildBusyTimeline(clinician, bookings);
  const { starts, ends } = timeline;
  const n = starts.length;
  const before = clinician.bufferBeforeMinutes * 60_000;
  const after = clinician.bufferAfterMinutes * 60_000;
  const duration = request.sessionMinutes * 60_000;
  const step = request.stepMinutes * 60_000;
  const asOf = toEpochMs(request.asOf);
  const earliest = asOf + request.minNoticeHours * 3_600_000;
  // The horizon in calendar days on the clinician's clock: 14 days from 09:00 ends at 09:00, across a DST change too.
  const latest = plusLocalDaysMs(asOf, request.maxHorizonDays, clinician.zone);
  const fromDay = toEpochDay(request.from);
  const toDay = toEpochDay(request.to);
  let p = 0;
  let lastOccupiedStart = Number.NEGATIVE_INFINITY;
  const capped = (day: number) =>
    (clinician.maxSessionsPerDay !== undefined &&
      (timeline.perDay.get(day) ?? 0) >= clinician.maxSessionsPerDay) ||
    (clinician.maxSessionsPerWeek !== undefined &&
      (timeline.perWeek.get(weekOf(day)) ?? 0) >= clinician.maxSessionsPerWeek);
  // The day before the range can hold an overnight window that runs into it.
  for (let day = fromDay - 1; day <= toDay; day += 1) {
    const dayOpen = day >= fromDay && !capped(day);
    const clinicianDate = fromEpochDay(day);
    for (const w of windowsOn(clinician, rules, day, request.localTimePolicy)) {
      const modalities =
        request.modality === undefined ? w.modalities : w.modalities.filter((m) => m === request.modality);
      if (modalities.length === 0) continue;
      // In-person sessions of a block at an office in its own zone are closed on the office's holidays.
      const officeZone =
        w.rule.zone !== undefined && modalities.includes('in_person') ? w.rule.zone : undefined;
      const perSlotHoliday = w.overnight || (officeZone !== undefined && holidays.size > 0);
      if (!w.overnight && (!dayOpen || (!perSlotHoliday && holidays.has(day)))) continue;
      let s = w.startMs;
      if (s < earliest) s = w.startMs + Math.ceil((earliest - w.startMs) / step) * step;
      while (s + duration <= w.endMs && s <= latest) {
        // A slot belongs to the local date it starts on; a holiday closes any date the session touches, on
        // the clock of the place it happens (an in-person one's office, else the clinician's).
        let slotDay = day;
        let open = modalities;
        if (w.overnight) {
          slotDay = localDayAndMinute(s, clinician.zone).epochDay;
          if (slotDay < fromDay || slotDay > toDay || capped(slotDay)) {
            s += step;
            continue;
          }
        }
        if (perSlotHoliday) {
          open = modalities.filter(
            (m) =>
              holidayTouched(
                holidays,
                m === 'in_person' ? (officeZone ?? clinician.zone) : clinician.zone,
                s,
                s + duration,
              ) === null,
          );
          if (open.length === 0) {
            s += step;
            continue;
          }
        }
        const occStart = s - before;
        const occEnd = s + duration + after;
        if (occStart < lastOccupiedStart) p = firstEndingAfter(timeline, occStart);
        lastOccupiedStart = occStart;
        while (p < n && (ends[p] as number) <= occStart) p += 1;
        if (p < n && (starts[p] as number) < occEnd) {
          // Jump to the first aligned start whose occupied span clears this busy span.
          const clear = (ends[p] as number) + before;
          s =
            w.startMs +
            Math.max(Math.ceil((clear - w.startMs) / step), Math.floor((s - w.startMs) / step) + 1) * step;
          continue;
        }
        const last =
          startsMs.length === 0 ? Number.NEGATIVE_INFINITY : (startsMs[startsMs.length - 1] as number);
        if (s === last) {
          // Two blocks that touch in elapsed time on a DST day can offer the same instant once only.
          s += step;
          continue;
        }
        if (s < last) sorted = false;
        startsMs.push(s);
        slots.push({
          clinicianId: clinician.id,
          start: formatInstant(s, request.displayZone),
          end: formatInstant(s + duration, request.displayZone),
          clinicianDate: slotDay === day ? clinicianDate : fromEpochDay(slotDay),
          modalities: open,
          locationId: w.rule.locationId ?? null,
        });
        s += step;
      }
    }
  }
  if (sorted) return { slots, startsMs };
  // A DST overlap can place a later wall time earlier: restore time order.
  const order = startsMs
    .map((ms, i) => [ms, i] as const)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1])
    .filter((x, i, all) => i === 0 || x[0] !== (all[i - 1] as readonly [number, number])[0]);
  return { slots: order.map(([, i]) => slots[i] as OpenSlot), startsMs: order.map(([ms]) => ms) };
}

/**
 * Merges per-clinician slot lists (each in time order, clinicians in id order) by start, then clinician:
 * one native numeric sort of `startMinute × clinicians + rank` keys, no comparator and no wrappers.
 */
function mergeByStart(found: readonly ClinicianSlots[], limit: number | undefined): OpenSlot[] {
  const n = Math.max(found.length, 1);
  let total = 0;
  for (const f of found) total += f.slots.length;
  const keys = new Float64Array(total);
  let k = 0;
  found.forEach((f, rank) => {
    for (const ms of f.startsMs) {
      keys[k] = (ms / 60_000) * n + rank;
      k += 1;
    }
  });
  keys.sort();
  const size = limit === undefined ? total : Math.min(limit, total);
  const next = new Uint32Array(n);
  const out: OpenSlot[] = new Array(size);
  for (let i = 0; i < size; i += 1) {
    const rank = ((((keys[i] as number) % n) + n) % n) as number;
    const list = found[rank] as ClinicianSlots;
    out[i] = list.slots[next[rank] as number] as OpenSlot;
    next[rank] = (next[rank] as number) + 1;
  }
  return out;
}
