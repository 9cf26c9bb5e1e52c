import * as z from 'zod';
import { type Decision, LocalDate, reason } from '../../core/index.js';
import {
  decideBySeverity,
  fromEpochDay,
  localDayAndMinute,
  toEpochDay,
  toEpochMs,
  validateArguments,
  zoneOffsetMinutes,
} from '../../core/internal.js';
import type { SchedulingReason, SchedulingReasonCode } from '../reason-codes.js';
import { isHoldingTime, SchedulingAppointment, type SchedulingAppointmentInput } from './appointment.js';
import { type AppointmentIndex, appointmentIndexOf } from './appointment-index.js';
import { compileAvailability, holidayTouched, weekOf, windowsAround } from './clinician-calendar.js';
import { SchedulingClinician, type SchedulingClinicianInput } from './clinician-profile.js';
import { sessionZone } from './session-modality.js';
import { zonesAgree } from './zone-agreement.js';

/**
 * The outcome of a booking check: bookable, bookable with warnings to show, or in conflict.
 *
 * @example
 * ```ts
 * const d: BookingConflictDecision = evaluateBookingConflicts(candidate, clinician, appointments);
 * d.outcome; //=> 'bookable'
 * ```
 */
export type BookingConflictDecision = Decision<
  'bookable',
  'bookable_with_warnings' | 'conflict',
  SchedulingReasonCode,
  { readonly appointmentId: string }
>;

/**
 * Options for {@link evaluateBookingConflicts}.
 * @example
 * ```ts
 * EvaluateBookingConflictsOptions.parse({}); //=> { holidays: [] }
 * ```
 */
export const EvaluateBookingConflictsOptions = z.strictObject({
  /**
   * Practice holidays: dates in the zone of the place the session happens (an in-person session's
   * office when its modality names the office's zone, else the clinician's zone).
   */
  holidays: z.array(LocalDate).default([]),
});
export type EvaluateBookingConflictsOptions = z.input<typeof EvaluateBookingConflictsOptions>;

/** Parsed context the conflict rules run on. */
export interface ConflictContext {
  readonly clinician: SchedulingClinician;
  /** Other appointments (any clinician, client, room). */
  readonly others: readonly SchedulingAppointment[];
  readonly holidays: ReadonlySet<number>;
}

function overlaps(aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  return aStart < bEnd && bStart < aEnd;
}

/** Every conflict reason for one candidate session (internal: inputs are already parsed). */
export function conflictReasons(
  candidate: SchedulingAppointment,
  context: ConflictContext,
): SchedulingReason[] {
  const { clinician } = context;
  const out: SchedulingReason[] = [];
  const s = toEpochMs(candidate.start);
  const e = toEpochMs(candidate.end);
  const before = clinician.bufferBeforeMinutes * 60_000;
  const after = clinician.bufferAfterMinutes * 60_000;
  const { epochDay: day } = localDayAndMinute(s, clinician.zone);
  const date = fromEpochDay(day);
  let dayCount = 0;
  let weekCount = 0;
  const clients = new Set<string>(candidate.clientIds);
  for (const other of context.others) {
    if (other.id === candidate.id || !isHoldingTime(other.status)) continue;
    const os = toEpochMs(other.start);
    const oe = toEpochMs(other.end);
    if (other.clinicianId === clinician.id) {
      const otherDay = localDayAndMinute(os, clinician.zone).epochDay;
      if (otherDay === day) dayCount += 1;
      if (weekOf(otherDay) === weekOf(day)) weekCount += 1;
      if (overlaps(s, e, os, oe)) {
        out.push(
          reason(
            'scheduling.conflict.clinician_double_booked',
            'error',
            'The clinician already has a session then.',
            {
              appointmentId: other.id,
            },
          ),
        );
      } else if (overlaps(s - before, e + after, os - before, oe + after)) {
        out.push(
          reason(
            'scheduling.conflict.buffer_overlap',
            'warning',
            "The sessions would cut into the clinician's buffer.",
            {
              appointmentId: other.id,
              bufferBeforeMinutes: clinician.bufferBeforeMinutes,
              bufferAfterMinutes: clinician.bufferAfterMinutes,
            },
          ),
        );
      }
    }
    if (overlaps(s, e, os, oe)) {
      const shared = other.clientIds.filter((c) => clients.has(c)).sort();
      if (shared.length > 0) {
        out.push(
          reason(
            'scheduling.conflict.client_double_booked',
            'error',
            'A client already has a session then.',
            {
              appointmentId: other.id,
              clientIds: shared,
            },
          ),
        );
      }
      const m = candidate.modality;
      const o = other.modality;
      if (
        m.kind === 'in_person' &&
        o.kind === 'in_person' &&
        m.roomId !== undefined &&
        m.roomId === o.roomId &&
        m.locationId === o.locationId
      ) {
        out.push(
          reason('scheduling.conflict.room_double_booked', 'error', 'The room is already booked then.', {
            appointmentId: other.id,
            roomId: m.roomId,
          }),
        );
      }
    }
  }
  if (clinician.maxSessionsPerDay !== undefined && dayCount + 1 > clinician.maxSessionsPerDay) {
    out.push(
      reason('scheduling.conflict.daily_cap', 'error', 'The session would exceed the daily cap.', {
        date,
        sessions: dayCount,
        cap: clinician.maxSessionsPerDay,
      }),
    );
  }
  if (clinician.maxSessionsPerWeek !== undefined && weekCount + 1 > clinician.maxSessionsPerWeek) {
    out.push(
      reason('scheduling.conflict.weekly_cap', 'error', 'The session would exceed the weekly cap.', {
        weekOf: date,
        sessions: weekCount,
        cap: clinician.maxSessionsPerWeek,
      }),
    );
  }
  // A holiday closes the date where the session happens: an in-person one's office's date ({@link sessionZone}).
  const holiday = holidayTouched(context.holidays, sessionZone(candidate.modality, clinician.zone), s, e);
  if (holiday !== null) {
    out.push(
      reason('scheduling.conflict.holiday', 'error', 'The session falls on a practice holiday.', {
        date: fromEpochDay(holiday),
      }),
    );
  }
  for (const off of clinician.timeOff) {
    const os = toEpochMs(off.start);
    const oe = toEpochMs(off.end);
    if (overlaps(s, e, os, oe)) {
      out.push(
        reason('scheduling.conflict.time_off', 'error', 'The clinician is away then.', {
          start: off.start,
          end: off.end,
        }),
      );
    } else if (overlaps(s - before, e + after, os, oe)) {
      out.push(
        reason('scheduling.conflict.buffer_overlap', 'warning', "The session's buffer runs into time off.", {
          start: off.start,
          end: off.end,
        }),
      );
    }
  }
  out.push(...availabilityReasons(candidate, clinician, day, s, e));
  out.push(...officeZoneReasons(candidate, clinician));
  if (!clinician.sessionMinutes.includes(Math.round((e - s) / 60_000))) {
    out.push(
      reason(
        'scheduling.conflict.session_length',
        'warning',
        'The clinician does not offer this session length.',
        {
          minutes: Math.round((e - s) / 60_000),
          offered: [...clinician.sessionMinutes],
        },
      ),
    );
  }
  if (zoneOffsetMinutes(clinician.zone, s) !== zoneOffsetMinutes(clinician.zone, e)) {
    out.push(
      reason('scheduling.time.spans_transition', 'info', 'The session crosses a DST change.', {
        zone: clinician.zone,
        date,
      }),
    );
  }
  return out;
}

/**
 * An in-person session whose office zone disagrees with the zone the clinician's availability gives the same
 * office: one of the two records is wrong, and the session's holidays (read in the session's) may be read on
 * the wrong date. A warning naming both: which one is right is a fact only the practice has.
 */
function officeZoneReasons(
  candidate: SchedulingAppointment,
  clinician: SchedulingClinician,
): SchedulingReason[] {
  const modality = candidate.modality;
  if (modality.kind !== 'in_person' || modality.zone === undefined) return [];
  const sessionOfficeZone = modality.zone;
  const other = clinician.availability.find(
    (rule) =>
      rule.locationId === modality.locationId &&
      rule.zone !== undefined &&
      !zonesAgree(rule.zone, sessionOfficeZone),
  );
  if (other?.zone === undefined) return [];
  return [
    reason(
      'scheduling.conflict.office_zone_mismatch',
      'warning',
      'The session names another zone for its office than the clinician’s availability does: its holidays and local date may be read on the wrong clock. Correct the record that is wrong.',
      { locationId: modality.locationId, sessionZone: sessionOfficeZone, availabilityZone: other.zone },
    ),
  ];
}

function availabilityReasons(
  candidate: SchedulingAppointment,
  clinician: SchedulingClinician,
  day: number,
  s: number,
  e: number,
): SchedulingReason[] {
  const kind = candidate.modality.kind;
  if (!clinician.modalities.includes(kind)) {
    return [
      reason(
        'scheduling.conflict.modality_not_offered',
        'error',
        'The clinician does not offer this modality.',
        {
          modality: kind,
        },
      ),
    ];
  }
  const windows = windowsAround(clinician, compileAvailability(clinician), day, {
    gap: 'shift_forward',
    overlap: 'earlier',
  });
  const inside = windows.filter((w) => s >= w.startMs && e <= w.endMs);
  if (inside.length === 0) {
    return [
      reason(
        'scheduling.conflict.outside_availability',
        'error',
        "The session is outside the clinician's availability.",
        {
          date: fromEpochDay(day),
        },
      ),
    ];
  }
  if (!inside.some((w) => w.modalities.includes(kind))) {
    return [
      reason(
        'scheduling.conflict.modality_not_offered',
        'error',
        'This block of availability does not offer the modality.',
        {
          modality: kind,
        },
      ),
    ];
  }
  return [];
}

/**
 * Checks whether one appointment can be booked: double booking of the clinician, of any of its clients
 * and of an in-person room; availability, modality, time off, holidays, buffers, and the daily and
 * weekly caps. Every problem is listed, never just the first.
 *
 * @param candidate - the session to book (validated)
 * @param clinician - the clinician's scheduling profile (validated)
 * @param appointments - existing appointments of the practice, raw or from {@link buildAppointmentIndex}; an
 *   invalid record (or a repeated id) is reported as a `scheduling.conflict.unchecked_record` warning with
 *   its index
 * @param options - practice holidays
 * @returns `bookable`, `bookable_with_warnings` (buffer, length, unchecked records) or `conflict`
 * @throws {@link ValidationError} when the candidate, the clinician or the options are invalid.
 * @example
 * ```ts
 * import type { SchedulingAppointmentInput, SchedulingClinicianInput } from 'practice-ops/scheduling';
 *
 * const drLee: SchedulingClinicianInput = { id: 'dr-lee', zone: 'America/New_York', modalities: ['telehealth'],
 *   availability: [{ days: ['mon', 'tue'], start: '07:00', end: '17:00' }] };
 * // Dr. Lee sees a client Tuesday 2026-03-03 at 10:00; a second client asks for 10:30 the same day.
 * const booked: SchedulingAppointmentInput = { id: 'a-1', clinicianId: 'dr-lee', clientIds: ['cl-1'],
 *   type: 'individual', modality: { kind: 'telehealth', clientLocationState: 'NY' },
 *   start: '2026-03-03T10:00:00-05:00', end: '2026-03-03T10:50:00-05:00', status: { state: 'scheduled' } };
 * const asked = { ...booked, id: 'a-9', clientIds: ['cl-2'], start: '2026-03-03T10:30:00-05:00',
 *   end: '2026-03-03T11:20:00-05:00' };
 * evaluateBookingConflicts(asked, drLee, [booked]);
 * //=> { outcome: 'conflict', appointmentId: 'a-9', reasons: [{ code: 'scheduling.conflict.clinician_double_booked',
 * //     facts: { appointmentId: 'a-1' }, … }] }
 * evaluateBookingConflicts({ ...asked, start: '2026-03-03T11:00:00-05:00', end: '2026-03-03T11:50:00-05:00' },
 *   drLee, [booked]).outcome;
 * //=> 'bookable'
 * ```
 */
export function evaluateBookingConflicts(
  candidate: SchedulingAppointmentInput,
  clinician: SchedulingClinicianInput,
  appointments: readonly unknown[] | AppointmentIndex,
  options: EvaluateBookingConflictsOptions = {},
): BookingConflictDecision {
  // Every argument's problems at once, each under its parameter's name (`$.candidate.end`, `$.appointments`
  // when it is neither a list nor an index); a bad record in the list is reported by index instead.
  const [session, profile, index, opts] = validateArguments([
    ['candidate', SchedulingAppointment, candidate, 'appointment'],
    ['clinician', SchedulingClinician, clinician, 'clinician'],
    ['appointments', appointmentIndexOf, appointments, 'appointments'],
    ['options', EvaluateBookingConflictsOptions, options, 'booking check options'],
  ]);
  const reasons = conflictReasons(session, {
    clinician: profile,
    others: index.appointments,
    holidays: new Set(opts.holidays.map(toEpochDay)),
  });
  for (const bad of index.invalid) {
    reasons.push(
      reason(
        'scheduling.conflict.unchecked_record',
        'warning',
        'An existing appointment record is invalid.',
        {
          index: bad.index,
        },
      ),
    );
  }
  const decision = decideBySeverity(reasons, {
    pass: 'bookable',
    warn: 'bookable_with_warnings',
    fail: 'conflict',
  });
  return { ...decision, appointmentId: session.id };
}
