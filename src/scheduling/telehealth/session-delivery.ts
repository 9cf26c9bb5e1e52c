import { type Decision, reason, type UsState, validate } from '../../core/index.js';
import { SchedulingAppointment, type SchedulingAppointmentInput } from '../appointments/appointment.js';
import type { SchedulingReason, SchedulingReasonCode } from '../reason-codes.js';

/**
 * How a session was delivered, as a claim line is billed on it: `in_person`, or by telehealth over `video` or
 * `audio_only` (`null` when not recorded), with, for telehealth, the state the client was in and whether
 * they were at home (`null` when not recorded). `recorded` when every fact is known; `undecided` names each
 * missing one.
 *
 * @example
 * ```ts
 * const d: SessionDeliveryDecision = evaluateSessionDelivery(appointment);
 * d.outcome; //=> 'recorded'
 * ```
 */
export type SessionDeliveryDecision = Decision<
  'recorded',
  'undecided',
  SchedulingReasonCode,
  {
    readonly appointmentId: string;
    readonly delivery: 'in_person' | 'video' | 'audio_only' | null;
    /** Telehealth only: where the client is (licensure follows it). */
    readonly clientLocationState?: UsState;
    /** Telehealth only: whether the client is at home (place of service 10) or elsewhere (02). */
    readonly clientAtHome?: boolean | null;
  }
>;

/**
 * Reads how a session is delivered, for what comes after it: the claim line's modality (in person, video,
 * audio-only), its place of service (telehealth to the client's home is 10, elsewhere 02 [sources:
 * cms-pos-codes, mac-ngs-telehealth-2024]) and modifier (95 video, 93 audio-only [sources:
 * mac-fcso-telehealth-modifiers]), and the state whose licensure applies. An in-person session is
 * `recorded` as it is. A telehealth session whose `delivery` or `clientAtHome` is left out is `undecided`,
 * one warning per missing fact (`scheduling.delivery.mode_unknown`, `scheduling.delivery.client_at_home_unknown`):
 * neither is ever presumed, since Medicare pays audio-only telehealth only to a client at home who cannot
 * use video or does not consent to it [sources: cfr-42-410.78].
 *
 * @throws {@link ValidationError} when the appointment is invalid.
 * @example
 * ```ts
 * evaluateSessionDelivery({ id: 'a-1', clinicianId: 'dr-lee', clientIds: ['c-1'], type: 'individual',
 *   modality: { kind: 'telehealth', clientLocationState: 'NY', delivery: 'audio_only', clientAtHome: true },
 *   start: '2026-03-09T09:00:00-04:00', end: '2026-03-09T09:53:00-04:00' }).delivery;
 * //=> 'audio_only'
 * evaluateSessionDelivery({ id: 'a-2', clinicianId: 'dr-lee', clientIds: ['c-1'], type: 'individual',
 *   modality: { kind: 'telehealth', clientLocationState: 'NY' },
 *   start: '2026-03-09T09:00:00-04:00', end: '2026-03-09T09:53:00-04:00' }).outcome;
 * //=> 'undecided'
 * ```
 */
export function evaluateSessionDelivery(appointment: SchedulingAppointmentInput): SessionDeliveryDecision {
  const a = validate(SchedulingAppointment, appointment, 'appointment');
  const m = a.modality;
  if (m.kind === 'in_person') {
    return { outcome: 'recorded', reasons: [], appointmentId: a.id, delivery: 'in_person' };
  }
  const delivery = m.delivery ?? null;
  const clientAtHome = m.clientAtHome ?? null;
  const reasons: SchedulingReason[] = [];
  if (delivery === null) {
    reasons.push(
      reason(
        'scheduling.delivery.mode_unknown',
        'warning',
        'Whether this telehealth session is by video or by audio alone is not recorded: its claim’s modifier and the payer’s rules depend on it.',
        { appointmentId: a.id },
      ),
    );
  }
  if (clientAtHome === null) {
    reasons.push(
      reason(
        'scheduling.delivery.client_at_home_unknown',
        'warning',
        'Whether the client is at home for this telehealth session is not recorded: its place of service (10 at home, 02 elsewhere) depends on it.',
        { appointmentId: a.id, clientLocationState: m.clientLocationState },
      ),
    );
  }
  const data = { appointmentId: a.id, delivery, clientLocationState: m.clientLocationState, clientAtHome };
  const [first, ...rest] = reasons;
  return first === undefined
    ? { outcome: 'recorded', reasons: [], ...data }
    : { outcome: 'undecided', reasons: [first, ...rest], ...data };
}
