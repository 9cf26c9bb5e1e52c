import * as z from 'zod';
import {
  AppointmentId,
  ClientId,
  formatInstant,
  getInstantOutsideLocalHours,
  Instant,
  type InvalidRecord,
  isWithinLocalHours,
  LocalHours,
  reason,
  validate,
  validateBatch,
} from '../../core/index.js';
import { compareText, keepFirstOfEachId, toEpochMs } from '../../core/internal.js';
import { SchedulingAppointment, type SchedulingAppointmentInput } from '../appointments/appointment.js';
import { SchedulingClient, type SchedulingClientInput } from '../appointments/client-profile.js';
import type { SchedulingReason, SchedulingValidationCode } from '../reason-codes.js';

/**
 * Default reminder lead times, in hours before the session.
 *
 * @remarks A practice choice (48 h and 24 h); practices configure their own (peers send reminders on a
 * configurable schedule [sources: peer-theranest-reminders]).
 * @example
 * ```ts
 * DEFAULT_REMINDER_HOURS; //=> [48, 24]
 * ```
 */
export const DEFAULT_REMINDER_HOURS: readonly number[] = [48, 24];

/**
 * Default quiet hours in the client's zone: no reminder from 21:00 to 08:00.
 *
 * @remarks Mirrors the TCPA calling window of 8 a.m.–9 p.m. at the called party's location
 * [sources: cfr-47-64.1200]; a practice choice here, **unconfirmed** as a rule for appointment reminders.
 * @example
 * ```ts
 * DEFAULT_QUIET_HOURS; //=> { start: '21:00', end: '08:00' }
 * ```
 */
export const DEFAULT_QUIET_HOURS: LocalHours = { start: '21:00', end: '08:00' };

/**
 * When reminders go out: hours before each session, and quiet hours when the client sets none.
 * @example
 * ```ts
 * ReminderPolicy.parse({}).hoursBefore; //=> [48, 24]
 * ```
 */
export const ReminderPolicy = z.strictObject({
  hoursBefore: z
    .array(
      z
        .number()
        .int()
        .min(1)
        .max(24 * 30),
    )
    .min(1)
    .default([...DEFAULT_REMINDER_HOURS]),
  quietHours: LocalHours.default({ ...DEFAULT_QUIET_HOURS }),
});
export type ReminderPolicy = z.infer<typeof ReminderPolicy>;
/**
 * What callers pass for a {@link ReminderPolicy}, before defaults apply.
 *
 * @example
 * ```ts
 * const policy: ReminderPolicyInput = { hoursBefore: [48, 2] };
 * ```
 */
export type ReminderPolicyInput = z.input<typeof ReminderPolicy>;

/**
 * One reminder of one session for one client.
 *
 * @example
 * ```ts
 * const [first]: PlannedReminder[] = planReminders(appointment, client);
 * first.status; //=> 'planned'
 * ```
 */
export interface PlannedReminder {
  readonly appointmentId: string;
  readonly clientId: string;
  readonly hoursBefore: number;
  /** When to send, in the client's zone; null when suppressed. */
  readonly sendAt: Instant | null;
  readonly status: 'planned' | 'suppressed';
  readonly reasons: readonly SchedulingReason[];
}

/** Plans the reminders of one session for one client (internal: inputs parsed). */
export function planFor(
  appointment: SchedulingAppointment,
  client: SchedulingClient,
  policy: ReminderPolicy,
): PlannedReminder[] {
  const startMs = toEpochMs(appointment.start);
  const quiet = client.quietHours ?? policy.quietHours;
  const hours = [...new Set(policy.hoursBefore)].sort((a, b) => b - a);
  return hours.map((hoursBefore): PlannedReminder => {
    const base = { appointmentId: appointment.id, clientId: client.id, hoursBefore };
    if (client.doNotContact) {
      return {
        ...base,
        sendAt: null,
        status: 'suppressed',
        reasons: [
          reason('scheduling.reminder.do_not_contact', 'info', 'The client asked not to be contacted.', {}),
        ],
      };
    }
    if (appointment.status.state !== 'scheduled') {
      return {
        ...base,
        sendAt: null,
        status: 'suppressed',
        reasons: [
          reason('scheduling.reminder.not_scheduled', 'info', 'The session is not scheduled.', {
            state: appointment.status.state,
          }),
        ],
      };
    }
    const ideal = formatInstant(startMs - hoursBefore * 3_600_000, client.zone);
    const reasons: SchedulingReason[] = [];
    let sendAt = ideal;
    if (isWithinLocalHours(ideal, quiet, client.zone)) {
      sendAt = getInstantOutsideLocalHours(ideal, quiet, client.zone);
      reasons.push(
        reason('scheduling.reminder.deferred_quiet_hours', 'info', "Moved out of the client's quiet hours.", {
          from: ideal,
          to: sendAt,
        }),
      );
    }
    if (toEpochMs(sendAt) >= startMs) {
      return {
        ...base,
        sendAt: null,
        status: 'suppressed',
        reasons: [
          ...reasons,
          reason(
            'scheduling.reminder.too_late',
            'info',
            'Out of quiet hours only after the session starts.',
            {},
          ),
        ],
      };
    }
    return { ...base, sendAt, status: 'planned', reasons };
  });
}

/**
 * Plans the reminders of one session for one client: each lead time before the start, moved out of the
 * client's quiet hours (their own, or the policy's) in the client's zone, suppressed when the client
 * asked not to be contacted, the session is not scheduled, or the move would reach the session. Recompute
 * on every change to the appointment [sources: peer-theranest-reminders].
 *
 * @throws {@link ValidationError} on invalid input.
 * @example
 * ```ts
 * planReminders(tuesday0730Appointment, { …client, zone: 'America/New_York' }, {}).map((r) => r.sendAt);
 * //=> ['2026-03-08T08:00:00-04:00', '2026-03-09T08:00:00-04:00'] (07:30 is in quiet hours until 08:00)
 * ```
 */
export function planReminders(
  appointmentInput: SchedulingAppointmentInput,
  clientInput: SchedulingClientInput,
  policyInput: ReminderPolicyInput = {},
): PlannedReminder[] {
  return planFor(
    validate(SchedulingAppointment, appointmentInput, 'appointment'),
    validate(SchedulingClient, clientInput, 'client'),
    validate(ReminderPolicy, policyInput, 'reminder policy'),
  );
}

/**
 * Options for {@link listRemindersDue}.
 * @example
 * ```ts
 * ListRemindersDueOptions.parse({ asOf: '2026-03-08T08:05:00-04:00' }).sent; //=> []
 * ```
 */
export const ListRemindersDueOptions = z.strictObject({
  asOf: Instant,
  /** Reminders already sent. */
  sent: z
    .array(
      z.strictObject({ appointmentId: AppointmentId, clientId: ClientId, hoursBefore: z.number().int() }),
    )
    .default([]),
});
export type ListRemindersDueOptions = z.input<typeof ListRemindersDueOptions>;

/**
 * Reminders to send now, and the invalid records by index.
 *
 * @example
 * ```ts
 * const r: RemindersDueResult = listRemindersDue(appointments, clients, {}, { asOf: '2026-03-08T09:00:00-04:00' });
 * r.due.length; //=> 1
 * ```
 */
export interface RemindersDueResult {
  readonly due: readonly PlannedReminder[];
  readonly invalidAppointments: readonly InvalidRecord[];
  readonly invalidClients: readonly InvalidRecord[];
}

/**
 * The reminders due as of `asOf` for the assistant's queue: planned reminders whose send time has come,
 * for sessions that have not started, not yet sent. When several are due for the same session and
 * client, only the latest is listed, with the superseded ones as a reason. Order: send time, appointment
 * id, client id.
 *
 * @throws {@link ValidationError} when the policy or options are invalid; invalid records are reported by
 * index, and an appointment id given twice is one session (the later record is reported).
 * @example
 * ```ts
 * listRemindersDue(appointments, clients, {}, { asOf: '2026-03-08T08:05:00-04:00' }).due.map((r) => r.appointmentId);
 * //=> ['a-1']
 * ```
 */
export function listRemindersDue(
  appointments: readonly unknown[],
  clients: readonly unknown[],
  policyInput: ReminderPolicyInput,
  options: ListRemindersDueOptions,
): RemindersDueResult {
  const policy = validate(ReminderPolicy, policyInput, 'reminder policy');
  const opts = validate(ListRemindersDueOptions, options, 'reminders due options');
  // A session listed twice is one session: its reminders go out once.
  const appointmentBatch = keepFirstOfEachId(validateBatch(SchedulingAppointment, appointments), {
    code: 'scheduling.appointment.duplicate_id' satisfies SchedulingValidationCode,
    message: 'must not repeat an appointment id',
  });
  const clientBatch = validateBatch(SchedulingClient, clients);
  const byId = new Map(clientBatch.valid.map((c) => [c.value.id as string, c.value]));
  const due = remindersDueFromValidated(appointmentBatch.records, byId, policy, opts);
  return { due, invalidAppointments: appointmentBatch.invalid, invalidClients: clientBatch.invalid };
}

/**
 * {@link listRemindersDue} of records already validated, such as a data file's (internal): the reminders
 * due, without checking the sessions and clients again.
 *
 * @param clients - client records by id; a session's clients missing from it get no reminder
 */
export function remindersDueFromValidated(
  appointments: readonly SchedulingAppointment[],
  clients: ReadonlyMap<string, SchedulingClient>,
  policy: ReminderPolicy,
  opts: z.output<typeof ListRemindersDueOptions>,
): PlannedReminder[] {
  const asOf = toEpochMs(opts.asOf);
  const sent = new Set(opts.sent.map((s) => `${s.appointmentId}\u0000${s.clientId}\u0000${s.hoursBefore}`));
  const due: PlannedReminder[] = [];
  for (const appointment of appointments) {
    if (toEpochMs(appointment.start) <= asOf) continue;
    for (const clientId of appointment.clientIds) {
      const client = clients.get(clientId);
      if (client === undefined) continue;
      const plan = planFor(appointment, client, policy);
      // A reminder is moot once a later one (fewer hours before) was sent.
      const sentHours = plan
        .filter((r) => sent.has(`${appointment.id}\u0000${clientId}\u0000${r.hoursBefore}`))
        .map((r) => r.hoursBefore);
      const latestSent = Math.min(Number.POSITIVE_INFINITY, ...sentHours);
      const ready = plan.filter(
        (r) =>
          r.status === 'planned' &&
          r.sendAt !== null &&
          toEpochMs(r.sendAt) <= asOf &&
          r.hoursBefore < latestSent,
      );
      const latest = ready[ready.length - 1];
      if (latest === undefined) continue;
      const superseded = ready.slice(0, -1).map((r) => r.hoursBefore);
      due.push(
        superseded.length === 0
          ? latest
          : {
              ...latest,
              reasons: [
                ...latest.reasons,
                reason(
                  'scheduling.reminder.superseded',
                  'info',
                  'Earlier reminders were missed; send only this one.',
                  {
                    supersededHoursBefore: superseded,
                  },
                ),
              ],
            },
      );
    }
  }
  due.sort(
    (a, b) =>
      toEpochMs(a.sendAt as string) - toEpochMs(b.sendAt as string) ||
      compareText(a.appointmentId, b.appointmentId) ||
      compareText(a.clientId, b.clientId),
  );
  return due;
}
