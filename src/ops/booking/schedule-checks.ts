import { type Reason, reason } from '../../core/index.js';
import { DAY_MS, toEpochMs } from '../../core/internal.js';
import { evaluateBookingConflicts } from '../../scheduling/index.js';
import type { PracticeData } from '../data/practice-data.js';
import { schedulingClinicianOf } from '../data/scheduling-records.js';
import type { BookingReasonCode } from './evaluate-booking.js';
import type { PlacedBookingRequest } from './session-place.js';

type Clinician = PracticeData['clinicians'][number];
const WEEK_MS = 7 * DAY_MS;

/**
 * Scheduling checks, by the scheduling module: double booking of clinician, client or room,
 * availability, time off, holidays, buffers, and daily and weekly caps.
 */
export function scheduleReasons(
  request: PlacedBookingRequest,
  clinician: Clinician,
  data: PracticeData,
): Reason<BookingReasonCode>[] {
  const start = toEpochMs(request.start);
  // Only sessions within a week either side can clash or count toward the day's and week's caps.
  const nearby = data.appointments.filter((a) => Math.abs(toEpochMs(a.start) - start) < WEEK_MS + DAY_MS);
  const candidate = {
    id: 'booking-request',
    clinicianId: request.clinicianId,
    clientIds: [request.clientId],
    type: request.type,
    modality:
      request.modality === 'telehealth'
        ? { kind: 'telehealth' as const, clientLocationState: request.clientState }
        : { kind: 'in_person' as const, locationId: request.locationId ?? 'office-main' },
    start: request.start,
    end: request.end,
  };
  const decision = evaluateBookingConflicts(candidate, schedulingClinicianOf(clinician), nearby, {
    holidays: data.practice.holidays,
  });
  if (decision.outcome !== 'conflict') return [...decision.reasons];
  return [
    reason('ops.booking.schedule_conflict', 'error', 'The scheduling module found a conflict.', {
      conflicts: decision.reasons.filter((r) => r.severity === 'error').length,
    }),
    ...decision.reasons,
  ];
}
