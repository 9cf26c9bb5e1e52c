import { type IanaZone, type LocalDate, type Reason, reason } from '../../core/index.js';
import { DAY_MS, toEpochDay, toEpochMs } from '../../core/internal.js';
import { evaluateBookingConflicts } from '../../scheduling/index.js';
import type { PracticeData } from '../data/practice-data.js';
import { schedulingClinicianOf } from '../data/scheduling-records.js';
import type { BookingRequest } from './booking-request.js';
import type { BookingReasonCode } from './evaluate-booking.js';
import { bookingOfficeId, officeZoneOfBooking, type PlacedBookingRequest } from './session-place.js';

type Clinician = PracticeData['clinicians'][number];
const WEEK_MS = 7 * DAY_MS;
const HOUR_MS = 3_600_000;

/**
 * Scheduling checks, by the scheduling module: double booking of clinician, client or room,
 * availability, time off, holidays, buffers, and daily and weekly caps. An in-person session's practice
 * holidays are read on its office's dates when `practice.offices` gives the office's `zone`; else on the
 * clinician's, said by `ops.booking.office_zone_unknown` ({@link officeZoneUnknownReason}).
 */
export function scheduleReasons(
  // An in-person session's slot needs no state (its office's, when unknown, is said elsewhere).
  request: PlacedBookingRequest | (BookingRequest & { readonly modality: 'in_person' }),
  clinician: Clinician,
  data: PracticeData,
): Reason<BookingReasonCode>[] {
  const start = toEpochMs(request.start);
  // Only sessions within a week either side can clash or count toward the day's and week's caps.
  const nearby = data.appointments.filter((a) => Math.abs(toEpochMs(a.start) - start) < WEEK_MS + DAY_MS);
  const officeZone = officeZoneOfBooking(request, data);
  const candidate = {
    id: 'booking-request',
    clinicianId: request.clinicianId,
    clientIds: [request.clientId],
    type: request.type,
    modality:
      request.modality === 'telehealth'
        ? { kind: 'telehealth' as const, clientLocationState: (request as PlacedBookingRequest).clientState }
        : {
            kind: 'in_person' as const,
            locationId: bookingOfficeId(request),
            ...(officeZone === undefined ? {} : { zone: officeZone }),
          },
    start: request.start,
    end: request.end,
  };
  const decision = evaluateBookingConflicts(candidate, schedulingClinicianOf(clinician), nearby, {
    holidays: data.practice.holidays,
  });
  const unknownZone =
    request.modality === 'in_person' && officeZone === undefined
      ? [officeZoneUnknownReason(request, clinician.zone, data.practice.holidays)]
      : [];
  if (decision.outcome !== 'conflict') return [...unknownZone, ...decision.reasons];
  return [
    reason('ops.booking.schedule_conflict', 'error', 'The scheduling module found a conflict.', {
      conflicts: decision.reasons.filter((r) => r.severity === 'error').length,
    }),
    ...unknownZone,
    ...decision.reasons,
  ];
}

/**
 * An in-person booking whose office's zone is not in `practice.offices`: its practice holidays were read on
 * the clinician's calendar. A `warning` when a holiday is among the dates the session could have wherever
 * the office is (its instants' dates from UTC−12 to UTC+14: on the office's calendar it may be a holiday the
 * clinician's misses, or not be the one it flags); `info` when none is, so no office zone changes the answer.
 */
export function officeZoneUnknownReason(
  request: Pick<PlacedBookingRequest, 'locationId' | 'start' | 'end'>,
  clinicianZone: IanaZone,
  holidays: readonly LocalDate[],
): Reason<BookingReasonCode> {
  const first = Math.floor((toEpochMs(request.start) - 12 * HOUR_MS) / DAY_MS);
  const last = Math.floor((toEpochMs(request.end) - 1 + 14 * HOUR_MS) / DAY_MS);
  const near = holidays
    .filter((h) => {
      const day = toEpochDay(h);
      return day >= first && day <= last;
    })
    .sort();
  const facts = { locationId: bookingOfficeId(request), clinicianZone };
  if (near.length === 0) {
    return reason(
      'ops.booking.office_zone_unknown',
      'info',
      'The office’s zone is not recorded: practice holidays were read on the clinician’s calendar (no holiday is near the session, so the answer is the same).',
      facts,
    );
  }
  return reason(
    'ops.booking.office_zone_unknown',
    'warning',
    'The office’s zone is not recorded and a practice holiday falls within a day of the session: holidays were read on the clinician’s calendar, which may not be the office’s. Confirm the office’s date, or record its zone.',
    { ...facts, holidays: [...new Set(near)] },
  );
}
