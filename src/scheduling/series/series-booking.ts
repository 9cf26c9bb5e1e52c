import type * as z from 'zod';
import { type Decision, IanaZone, reason } from '../../core/index.js';
import { decideBySeverity, toEpochDay, validateArguments } from '../../core/internal.js';
import type { SchedulingAppointment } from '../appointments/appointment.js';
import { type AppointmentIndex, appointmentIndexOf } from '../appointments/appointment-index.js';
import {
  type BookingConflictDecision,
  conflictReasons,
  EvaluateBookingConflictsOptions,
} from '../appointments/booking-conflicts.js';
import { SchedulingClinician, type SchedulingClinicianInput } from '../appointments/clinician-profile.js';
import type { SchedulingReason, SchedulingReasonCode } from '../reason-codes.js';
import { SchedulingSeries, type SchedulingSeriesInput, SERIES_MAX_OCCURRENCES } from './series.js';
import { expandSeries, type SeriesOccurrence } from './series-expansion.js';

/**
 * Options for {@link evaluateSeriesBooking}.
 * @example
 * ```ts
 * EvaluateSeriesBookingOptions.parse({ displayZone: 'Europe/London' }); //=> { holidays: [], displayZone: 'Europe/London' }
 * ```
 */
export const EvaluateSeriesBookingOptions = EvaluateBookingConflictsOptions.extend({
  /** Zone to show each occurrence in as well (the client's). */
  displayZone: IanaZone.optional(),
});
export type EvaluateSeriesBookingOptions = z.input<typeof EvaluateSeriesBookingOptions>;

/**
 * One occurrence of a series with its own booking decision.
 *
 * @example
 * ```ts
 * const check: SeriesOccurrenceCheck = evaluateSeriesBooking(series, clinician, appointments).occurrences[0];
 * check.decision.outcome; //=> 'bookable'
 * ```
 */
export interface SeriesOccurrenceCheck {
  readonly occurrence: SeriesOccurrence;
  readonly decision: BookingConflictDecision;
}

/**
 * The decision on a whole series, with each occurrence's own decision and the expansion's reasons.
 *
 * @example
 * ```ts
 * const d: SeriesBookingDecision = evaluateSeriesBooking(series, clinician, appointments);
 * d.outcome; //=> 'bookable'
 * ```
 */
export type SeriesBookingDecision = Decision<
  'bookable',
  'bookable_with_warnings' | 'conflict',
  SchedulingReasonCode,
  { readonly seriesId: string; readonly occurrences: readonly SeriesOccurrenceCheck[] }
>;

/**
 * Checks a whole series before anything is booked: expands it, then checks every occurrence against
 * the existing appointments and the occurrences before it (so caps count the series itself). The series
 * is `conflict` when any occurrence is; each conflicting occurrence is named by its rule date. A series is
 * checked over at most {@link SERIES_MAX_OCCURRENCES} (520) rule dates: one whose until date passes them is
 * `bookable_with_warnings` at best, with `scheduling.series.truncated` naming the last rule date checked and
 * the until date not reached, never cut without a word. Each occurrence carries the modality its appointment
 * records (`occurrence.modality`).
 *
 * @throws {@link ValidationError} when the series, the clinician or the options are invalid.
 * @remarks Peers check the whole series at booking [sources: peer-medplum-series-booking,
 * peer-practicebetter-recurring]; we report
 * every conflicting occurrence rather than the first.
 * @example
 * ```ts
 * import type { SchedulingClinicianInput, SchedulingSeriesInput } from 'practice-ops/scheduling';
 *
 * const drLee: SchedulingClinicianInput = { id: 'dr-lee', zone: 'America/New_York', modalities: ['telehealth'],
 *   availability: [{ days: ['mon', 'tue'], start: '07:00', end: '17:00' }] };
 * // Four Mondays at 09:00 from 2026-03-02; Dr. Lee already sees another client Monday 2026-03-16 at 09:00.
 * const weekly: SchedulingSeriesInput = { id: 's-1', clinicianId: 'dr-lee', clientIds: ['cl-2'],
 *   type: 'individual', modality: { kind: 'telehealth', clientLocationState: 'NY' }, durationMinutes: 50,
 *   zone: 'America/New_York', startDate: '2026-03-02', startTime: '09:00', frequency: 'weekly', count: 4 };
 * const booked = { id: 'a-1', clinicianId: 'dr-lee', clientIds: ['cl-1'], type: 'individual',
 *   modality: { kind: 'telehealth', clientLocationState: 'NY' }, start: '2026-03-16T09:00:00-04:00',
 *   end: '2026-03-16T09:50:00-04:00', status: { state: 'scheduled' } };
 * evaluateSeriesBooking(weekly, drLee, [booked]);
 * //=> { outcome: 'conflict', seriesId: 's-1', reasons: [{ code: 'scheduling.series.occurrence_conflict',
 * //     facts: { ruleDate: '2026-03-16', codes: ['scheduling.conflict.clinician_double_booked'] } }], occurrences: […] }
 * ```
 */
export function evaluateSeriesBooking(
  seriesInput: SchedulingSeriesInput,
  clinicianInput: SchedulingClinicianInput,
  appointments: readonly unknown[] | AppointmentIndex,
  options: EvaluateSeriesBookingOptions = {},
): SeriesBookingDecision {
  // Every argument's problems at once, each under its parameter's name (`$.series.zone`, `$.appointments`
  // when it is neither a list nor an index); a bad record in the list is reported by index instead.
  const [series, clinician, index, opts] = validateArguments([
    ['series', SchedulingSeries, seriesInput, 'series'],
    ['clinician', SchedulingClinician, clinicianInput, 'clinician'],
    ['appointments', appointmentIndexOf, appointments, 'appointments'],
    ['options', EvaluateSeriesBookingOptions, options, 'series booking options'],
  ]);
  const expansion = expandSeries(
    series,
    opts.displayZone === undefined ? {} : { displayZone: opts.displayZone },
  );
  const others: SchedulingAppointment[] = [...index.appointments];
  const holidays = new Set(opts.holidays.map(toEpochDay));
  const reasons: SchedulingReason[] = [...expansion.reasons];
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
  const occurrences: SeriesOccurrenceCheck[] = [];
  for (const occurrence of expansion.occurrences) {
    const candidate = {
      // Occurrence ids are internal to the check; the booking system assigns real ids.
      id: `${series.id}#${occurrence.sequence}`,
      clinicianId: series.clinicianId,
      clientIds: series.clientIds,
      type: series.type,
      // Each occurrence as its appointment records it (where the client will be then, video or audio); the
      // series' own when that is not known (the conflict rules read only the modality's kind).
      modality: occurrence.modality ?? series.modality,
      start: occurrence.start,
      end: occurrence.end,
      status: { state: 'scheduled' },
      seriesId: series.id,
    } as SchedulingAppointment;
    const found = conflictReasons(candidate, { clinician, others, holidays });
    const decision = decideBySeverity(found, {
      pass: 'bookable',
      warn: 'bookable_with_warnings',
      fail: 'conflict',
    });
    occurrences.push({ occurrence, decision: { ...decision, appointmentId: candidate.id } });
    if (decision.outcome === 'conflict') {
      reasons.push(
        reason(
          'scheduling.series.occurrence_conflict',
          'error',
          `The occurrence on ${occurrence.ruleDate} conflicts.`,
          {
            ruleDate: occurrence.ruleDate,
            sequence: occurrence.sequence,
            codes: [...new Set(decision.reasons.filter((r) => r.severity === 'error').map((r) => r.code))],
          },
        ),
      );
    } else {
      others.push(candidate);
    }
  }
  const overall = decideBySeverity(reasons, {
    pass: 'bookable',
    warn: 'bookable_with_warnings',
    fail: 'conflict',
  });
  return { ...overall, seriesId: series.id, occurrences };
}
