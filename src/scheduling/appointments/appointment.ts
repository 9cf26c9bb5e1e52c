import * as z from 'zod';
import {
  AppointmentId,
  type BatchResult,
  ClientId,
  ClinicianId,
  Instant,
  NonNegativeCents,
  validate,
  validateBatch,
} from '../../core/index.js';
import { isObjectPayload, SeriesId, toEpochMs } from '../../core/internal.js';
import type { SchedulingValidationCode } from '../reason-codes.js';
import { SessionModality } from './session-modality.js';

/**
 * The kind of session.
 * @example
 * ```ts
 * SchedulingAppointmentType.parse('couples'); //=> 'couples'
 * ```
 */
export const SchedulingAppointmentType = z.enum(['intake', 'individual', 'couples', 'family', 'group']);
export type SchedulingAppointmentType = z.infer<typeof SchedulingAppointmentType>;

/**
 * Who cancelled an appointment. Only a `client` cancellation can carry a fee.
 * @example
 * ```ts
 * AppointmentCancelledBy.parse('clinician'); //=> 'clinician'
 * ```
 */
export const AppointmentCancelledBy = z.enum(['client', 'clinician', 'practice']);
export type AppointmentCancelledBy = z.infer<typeof AppointmentCancelledBy>;

/**
 * The client's confirmation of a session: when (`at`) and the start the session had then (`start`).
 * @example
 * ```ts
 * SessionConfirmation.parse({ at: '2026-03-08T18:00:00-04:00', start: '2026-03-09T09:00:00-04:00' });
 * //=> { at: '2026-03-08T18:00:00-04:00', start: '2026-03-09T09:00:00-04:00' }
 * ```
 */
export const SessionConfirmation = z.strictObject({ at: Instant, start: Instant });
export type SessionConfirmation = z.infer<typeof SessionConfirmation>;

/**
 * Where an appointment stands. A scheduled session may carry the client's confirmation (when, and of which
 * start): reminders that ask for one stop after it. A session that has ended (completed, cancelled, no-show)
 * may keep the confirmation it had on its record, so a replay of its reminders knows which were stopped. A cancellation records who cancelled and when (`at`, left out when nobody
 * knows: a cancellation entered the next morning, a voicemail without a time), whether it was a
 * reschedule, and whether an emergency was documented; a no-show may also carry a documented emergency.
 * A cancellation time left out is never filled in: the fee rule decides without it where the time
 * changes nothing, and is `undecided` otherwise.
 * @example
 * ```ts
 * SchedulingAppointmentStatus.parse({ state: 'cancelled', by: 'client', at: '2026-03-10T07:00:00-04:00' });
 * //=> { state: 'cancelled', by: 'client', at: '2026-03-10T07:00:00-04:00', rescheduled: false, emergencyDocumented: false }
 * SchedulingAppointmentStatus.parse({ state: 'cancelled', by: 'client' });
 * //=> { state: 'cancelled', by: 'client', rescheduled: false, emergencyDocumented: false } (time unknown)
 * ```
 */
export const SchedulingAppointmentStatus = z.discriminatedUnion('state', [
  z.strictObject({
    state: z.literal('scheduled'),
    /**
     * The client confirmed the session: when (`at`), and the start it had then (`start`). A confirmation of
     * another start (the session was moved since) does not count: a reschedule asks again.
     */
    confirmation: SessionConfirmation.optional(),
  }),
  z.strictObject({
    state: z.literal('completed'),
    /** The confirmation the session had while scheduled, kept on its record (a replay of its reminders reads it). */
    confirmation: SessionConfirmation.optional(),
  }),
  z.strictObject({
    state: z.literal('cancelled'),
    /** The confirmation the session had while scheduled, kept on its record (a replay of its reminders reads it). */
    confirmation: SessionConfirmation.optional(),
    by: AppointmentCancelledBy,
    /** When it was cancelled; left out when not known (never guessed from the entry time or the start). */
    at: Instant.optional(),
    rescheduled: z.boolean().default(false),
    emergencyDocumented: z.boolean().default(false),
  }),
  z.strictObject({
    state: z.literal('no_show'),
    emergencyDocumented: z.boolean().default(false),
    /** The confirmation the session had while scheduled, kept on its record (a replay of its reminders reads it). */
    confirmation: SessionConfirmation.optional(),
  }),
]);
export type SchedulingAppointmentStatus = z.infer<typeof SchedulingAppointmentStatus>;

const STATES: ReadonlySet<unknown> = new Set(['scheduled', 'completed', 'no_show', 'cancelled']);
const StatusState = z.object({ state: z.enum(['scheduled', 'completed', 'no_show', 'cancelled']) });

/**
 * One session: who, what kind, how it is delivered, when (instants with offset), its status, and its
 * series if it belongs to one. `sessionFeeCents` is the client-facing fee a percentage late-cancel fee
 * is taken from. A couples, family or group session lists its primary client first;
 * `responsibleClientId` names the client whose account the session's own charges (a missed-session
 * fee) go to, when the practice records one.
 *
 * @remarks Validation codes: `scheduling.appointment.end_before_start`,
 * `scheduling.appointment.client_count` (intake and individual sessions have exactly one client),
 * `scheduling.appointment.responsible_client_not_listed`.
 * @example
 * ```ts
 * SchedulingAppointment.parse({
 *   id: 'a-1', clinicianId: 'dr-lee', clientIds: ['c-1'], type: 'individual',
 *   modality: { kind: 'telehealth', clientLocationState: 'NY' },
 *   start: '2026-03-09T09:00:00-04:00', end: '2026-03-09T09:50:00-04:00', status: { state: 'scheduled' },
 * });
 * //=> the same appointment, typed
 * ```
 */
export const SchedulingAppointment = z
  .strictObject({
    id: AppointmentId,
    clinicianId: ClinicianId,
    clientIds: z.array(ClientId).min(1),
    type: SchedulingAppointmentType,
    modality: SessionModality,
    start: Instant,
    end: Instant,
    status: SchedulingAppointmentStatus.default({ state: 'scheduled' }),
    seriesId: SeriesId.optional(),
    sessionFeeCents: NonNegativeCents.optional(),
    /** The client billed for the session's own charges; one of `clientIds`. */
    responsibleClientId: ClientId.optional(),
  })
  .superRefine(
    (a, ctx) => {
      // Runs beside other fields' problems (`when` below), so each field is read only when it is valid.
      const startMs = typeof a.start === 'string' ? toEpochMs(a.start) : Number.NaN;
      const endMs = typeof a.end === 'string' ? toEpochMs(a.end) : Number.NaN;
      if (endMs <= startMs) {
        ctx.addIssue({
          code: 'custom',
          message: 'must end after it starts',
          path: ['end'],
          params: { code: 'scheduling.appointment.end_before_start' satisfies SchedulingValidationCode },
        });
      }
      const clientIds: readonly unknown[] = Array.isArray(a.clientIds) ? a.clientIds : [];
      if (
        (a.type === 'individual' || a.type === 'intake') &&
        Array.isArray(a.clientIds) &&
        clientIds.length !== 1
      ) {
        ctx.addIssue({
          code: 'custom',
          message: 'must have exactly one client for this type',
          path: ['clientIds'],
          params: { code: 'scheduling.appointment.client_count' satisfies SchedulingValidationCode },
        });
      }
      if (
        typeof a.responsibleClientId === 'string' &&
        Array.isArray(a.clientIds) &&
        !clientIds.includes(a.responsibleClientId)
      ) {
        ctx.addIssue({
          code: 'custom',
          message: 'must be one of the appointment’s clients',
          path: ['responsibleClientId'],
          params: {
            code: 'scheduling.appointment.responsible_client_not_listed' satisfies SchedulingValidationCode,
          },
        });
      }
    },
    { when: isObjectPayload },
  );
export type SchedulingAppointment = z.infer<typeof SchedulingAppointment>;
/**
 * What callers pass for a {@link SchedulingAppointment}, before defaults apply.
 *
 * @example
 * ```ts
 * const input: SchedulingAppointmentInput = { id: 'a-1', clinicianId: 'dr-lee', clientIds: ['c-1'], type: 'individual',
 *   modality: { kind: 'telehealth', clientLocationState: 'NY' }, start: '2026-03-09T09:00:00-04:00', end: '2026-03-09T09:50:00-04:00' };
 * ```
 */
export type SchedulingAppointmentInput = z.input<typeof SchedulingAppointment>;

/**
 * Whether an appointment holds the clinician's (and client's, and room's) time: scheduled, completed
 * and no-show sessions do; cancelled ones do not. Only the status's `state` is read.
 *
 * @throws {@link ValidationError} when `status` is not an object with a known `state`.
 * @example
 * ```ts
 * isHoldingTime({ state: 'cancelled', by: 'client', at: '2026-03-08T10:00:00Z', rescheduled: false, emergencyDocumented: false });
 * //=> false
 * ```
 */
export function isHoldingTime(status: SchedulingAppointmentStatus): boolean {
  // A check of the one field read, not a parse: batches call this once per appointment.
  if (typeof status !== 'object' || status === null || !STATES.has(status.state)) {
    validate(StatusState, status, 'appointment status');
  }
  switch (status.state) {
    case 'scheduled':
    case 'completed':
    case 'no_show':
      return true;
    case 'cancelled':
      return false;
    default: {
      const exhausted: never = status;
      return exhausted;
    }
  }
}

/**
 * Validates a batch of appointments: the valid ones with their index, every invalid one by index with
 * its problems. Nothing is dropped.
 *
 * @example
 * ```ts
 * const session = { id: 'a-1', clinicianId: 'dr-lee', clientIds: ['cl-1'], type: 'individual',
 *   modality: { kind: 'telehealth', clientLocationState: 'NY' }, start: '2026-03-03T09:00:00-05:00',
 *   end: '2026-03-03T09:53:00-05:00', status: { state: 'scheduled' } };
 * validateAppointments([session, { id: 'a-2' }]);
 * //=> { valid: [{ index: 0, value: { id: 'a-1', … } }],
 * //     invalid: [{ index: 1, issues: [{ at: '$[1].clinicianId', … }, …] }] }
 * ```
 */
export function validateAppointments(records: Iterable<unknown>): BatchResult<SchedulingAppointment> {
  return validateBatch(SchedulingAppointment, records);
}
