import { formatInstant, type IanaZone, type Instant, reason } from '../../core/index.js';
import { toEpochMs } from '../../core/internal.js';
import type { SchedulingAppointment } from '../appointments/appointment.js';
import type { SchedulingClient } from '../appointments/client-profile.js';
import { isZoneOfState, stateClocks } from '../appointments/state-zone-list.js';
import type { SchedulingReason } from '../reason-codes.js';

/**
 * The session's start read on one clock: the zone and the start as an ISO-8601 instant written in it, its
 * wall time and offset that clock's (`2027-03-14T10:00:00-05:00` on `America/Chicago`, after the spring
 * change).
 *
 * @example
 * ```ts
 * const time: ReminderClockTime = { zone: 'America/Chicago', start: '2027-03-14T10:00:00-05:00' };
 * ```
 */
export interface ReminderClockTime {
  readonly zone: IanaZone;
  readonly start: Instant;
}

/**
 * The time a reminder states for its session: on the clock the session is held on, and the client's own
 * time beside it.
 *
 * - `heldOn`: in person, the office's clock (`modality.zone`); by telehealth, the clinician's stated zone.
 *   `null` when that clock is not known (an office without its zone, `scheduling.reminder.session_clock_unknown`;
 *   a telehealth session whose clinician's zone was not given, `scheduling.reminder.clinician_clock_unknown`):
 *   the client's own time is still stated,
 *   never the client's clock passed off as the office's or the clinician's.
 * - `clientTimes`: in person, the client's own clock; by telehealth, the clock of the state the client joins
 *   from: their own zone when it is one of that state's, its one clock when it keeps one, and, in a state
 *   with two clocks neither of which is theirs, each of them (`scheduling.reminder.client_clock_unknown`),
 *   rather than guess which.
 *
 * Every time stated is the session's instant on the clock it names [sources: cfr-49-71].
 *
 * @example
 * ```ts
 * const said: ReminderSessionTime = {
 *   heldOn: { clock: 'clinician', zone: 'America/New_York', start: '2027-03-14T11:00:00-04:00' },
 *   clientTimes: [
 *     { zone: 'America/Chicago', start: '2027-03-14T10:00:00-05:00' },
 *     { zone: 'America/Denver', start: '2027-03-14T09:00:00-06:00' },
 *   ],
 * };
 * ```
 */
export interface ReminderSessionTime {
  readonly heldOn: ({ readonly clock: 'office' | 'clinician' } & ReminderClockTime) | null;
  readonly clientTimes: readonly ReminderClockTime[];
}

/**
 * The session time its reminders state, and the reasons when a clock is not known (internal).
 *
 * @param clinicianZone - the clinician's stated zone, for a telehealth session
 */
export function reminderSessionTime(
  appointment: SchedulingAppointment,
  client: SchedulingClient,
  clinicianZone: IanaZone | undefined,
): { time: ReminderSessionTime; reasons: SchedulingReason[] } {
  const startMs = toEpochMs(appointment.start);
  const on = (zone: IanaZone): ReminderClockTime => ({ zone, start: formatInstant(startMs, zone) });
  const modality = appointment.modality;
  const reasons: SchedulingReason[] = [];
  if (modality.kind === 'in_person') {
    const clientTimes = [on(client.zone)];
    if (modality.zone !== undefined)
      return { time: { heldOn: { clock: 'office', ...on(modality.zone) }, clientTimes }, reasons };
    reasons.push(
      reason(
        'scheduling.reminder.session_clock_unknown',
        'info',
        'The office’s zone is not recorded: the reminder states the session’s time on the client’s own clock only. Record the office’s zone.',
        { modality: 'in_person', clientZone: client.zone },
      ),
    );
    return { time: { heldOn: null, clientTimes }, reasons };
  }
  const state = modality.clientLocationState;
  // The client's own clock where they join from: theirs when it is one of the state's, else the state's.
  const zones = isZoneOfState(client.zone, state) ? [client.zone] : [...stateClocks(state)];
  if (zones.length > 1)
    reasons.push(
      reason(
        'scheduling.reminder.client_clock_unknown',
        'info',
        `The client joins from ${state}, which keeps more than one clock, none of them theirs: the reminder states the session’s time on each.`,
        { clientLocationState: state, zones },
      ),
    );
  const clientTimes = zones.map(on);
  if (clinicianZone !== undefined)
    return { time: { heldOn: { clock: 'clinician', ...on(clinicianZone) }, clientTimes }, reasons };
  // No clinician's zone given: `heldOn` is null and a reason says so; the client's own time is still stated.
  reasons.push(
    reason(
      'scheduling.reminder.clinician_clock_unknown',
      'info',
      'The clinician’s zone was not given: the reminder states the session’s time on the client’s clock only. Give the clinician’s zone.',
      { modality: 'telehealth', clinicianId: appointment.clinicianId, clientLocationState: state },
    ),
  );
  return { time: { heldOn: null, clientTimes }, reasons };
}
