import * as z from 'zod';
import {
  AppointmentId,
  ClientId,
  ClinicianId,
  ContactChannel,
  formatInstant,
  getInstantOutsideLocalHours,
  IanaZone,
  Instant,
  type InvalidRecord,
  isWithinLocalHours,
  LocalHours,
  reason,
  type UsState,
  validateBatch,
} from '../../core/index.js';
import {
  channelAllowed,
  compareText,
  consentInForceAt,
  getInstantOutsideLocalHoursMs,
  isOptedIn,
  isRecordedAfter,
  keepFirstOfEachId,
  recordsArgument,
  toEpochMs,
  validateArguments,
} from '../../core/internal.js';
import { SchedulingAppointment, type SchedulingAppointmentInput } from '../appointments/appointment.js';
import { SchedulingClient, type SchedulingClientInput } from '../appointments/client-profile.js';
import { isZoneOfState, stateClocks } from '../appointments/state-zone-list.js';
import { zonesAgree } from '../appointments/zone-agreement.js';
import type { SchedulingReason, SchedulingValidationCode } from '../reason-codes.js';
import { type ReminderSessionTime, reminderSessionTime } from './reminder-session-time.js';

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
 * The hours no text message reminder goes out in, whatever the client's or the policy's quiet hours say:
 * 21:00 to 08:00 on the client's clock (the client's zone) and, for a telehealth session the client joins
 * from a state whose clocks are not their own, on each clock of that state too.
 *
 * @remarks The TCPA rules bar calls and texts before 8 a.m. and after 9 p.m. local time at the called party's
 * location [sources: cfr-47-64.1200]. Their letter speaks of telephone solicitations, which a reminder is
 * not; the window is kept for every text as the safe reading, and 21:00 itself is counted as quiet. Quiet
 * hours a client or the practice sets can only add to it for texts, never open it. Where the client is
 * when a text arrives is not known: at home, or already where they will be for the session, so a text
 * waits for a time inside the window on every clock they may be on.
 * @example
 * ```ts
 * TEXT_MESSAGE_QUIET_HOURS; //=> { start: '21:00', end: '08:00' }
 * ```
 */
export const TEXT_MESSAGE_QUIET_HOURS: LocalHours = { start: '21:00', end: '08:00' };

/**
 * Default reminder channels, in the order tried: the secure ones first, then plain text and email. A
 * reminder goes on the first of them the client may be reached on (opted in; a plain one, its risk accepted).
 *
 * @remarks A practice choice; the order puts secure channels first (reasonable safeguards
 * [sources: cfr-45-164.530]); which channels may be used at all is the client's choice
 * [sources: cfr-45-164.522, hhs-faq-email].
 * @example
 * ```ts
 * DEFAULT_REMINDER_CHANNELS; //=> ['portal', 'secure_email', 'sms', 'email']
 * ```
 */
export const DEFAULT_REMINDER_CHANNELS: readonly ContactChannel[] = [
  'portal',
  'secure_email',
  'sms',
  'email',
];

/**
 * When and how reminders go out: hours before each session (each asks the client to confirm), the plain
 * reminders still sent once the client confirmed (`confirmedHoursBefore`, none by default), quiet hours when
 * the client sets none, and the channels the practice sends reminders on, in order of preference (a list of
 * one channel allows no other).
 * @example
 * ```ts
 * validate(ReminderPolicy, {}, 'reminder policy').hoursBefore; //=> [48, 24]
 * validate(ReminderPolicy, {}, 'reminder policy').channels; //=> ['portal', 'secure_email', 'sms', 'email']
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
  /**
   * Lead times (hours before) of the plain reminders a client still gets after confirming: no reminder asks
   * for a confirmation once one is recorded (stop on confirmation [sources: peer-theranest-reminders]);
   * empty (the default) sends nothing more. A practice choice.
   */
  confirmedHoursBefore: z
    .array(
      z
        .number()
        .int()
        .min(1)
        .max(24 * 30),
    )
    .default([]),
  /** The channels reminders may go on, preferred first; each reminder takes the first the client may be reached on. */
  channels: z
    .array(ContactChannel)
    .min(1)
    .refine((list) => new Set(list).size === list.length, { message: 'must not repeat a channel' })
    .default([...DEFAULT_REMINDER_CHANNELS]),
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
 * One reminder of one session for one client: `planned` on a channel the client may be reached on,
 * `suppressed` (no contact asked, session not scheduled, too late), or `held` because the client may be
 * reached on none of the policy's channels (or no consent is recorded): a person asks how they want reminders.
 *
 * @example
 * ```ts
 * const [first]: PlannedReminder[] = planReminders(appointment, { …client, channelConsent: { sms: { optedIn: true } } });
 * first.status; //=> 'planned'
 * first.channel; //=> 'sms'
 * ```
 */
export interface PlannedReminder {
  readonly appointmentId: string;
  readonly clientId: string;
  readonly hoursBefore: number;
  /**
   * Whether it asks the client to confirm: every reminder until a confirmation of the session's start is
   * recorded, none after (those of the policy's `confirmedHoursBefore` only remind).
   */
  readonly asksConfirmation: boolean;
  /**
   * When to send, in the client's zone; null when suppressed. A `held` reminder keeps the time it is due
   * but is never sent as it stands.
   */
  readonly sendAt: Instant | null;
  readonly status: 'planned' | 'suppressed' | 'held';
  /** The channel it goes on, one the client may be reached on; null unless planned. */
  readonly channel: ContactChannel | null;
  /**
   * The session's time as the reminder states it: on the clock the session is held on (the office's, or
   * for telehealth the clinician's stated zone), with the client's own time beside it (each clock of a
   * two-clock state they join from when which one is theirs is not known). See {@link ReminderSessionTime}.
   */
  readonly sessionTime: ReminderSessionTime;
  readonly reasons: readonly SchedulingReason[];
}

/** When the client confirmed the session's current start, or undefined (none, or of another start). */
function confirmedAtMs(appointment: SchedulingAppointment): number | undefined {
  const status = appointment.status;
  if (status.state !== 'scheduled' || status.confirmation === undefined) return undefined;
  return toEpochMs(status.confirmation.start) === toEpochMs(appointment.start)
    ? toEpochMs(status.confirmation.at)
    : undefined;
}

/** Plans the reminders of one session for one client (internal: inputs parsed). */
export function planFor(
  appointment: SchedulingAppointment,
  client: SchedulingClient,
  policy: ReminderPolicy,
  clinicianZone?: IanaZone,
): PlannedReminder[] {
  const startMs = toEpochMs(appointment.start);
  const said = reminderSessionTime(appointment, client, clinicianZone);
  const quiet = client.quietHours ?? policy.quietHours;
  const status = appointment.status;
  const confirmation = status.state === 'scheduled' ? status.confirmation : undefined;
  // A confirmation counts for the start it confirmed: a session moved since asks again.
  const confirmedMs = confirmedAtMs(appointment);
  const stale: SchedulingReason[] =
    confirmation !== undefined && confirmedMs === undefined
      ? [
          reason(
            'scheduling.reminder.confirmation_stale',
            'info',
            'The client confirmed another start; the session was moved since, so the reminders ask again.',
            { confirmedStart: confirmation.start, start: appointment.start },
          ),
        ]
      : [];
  const asking = new Set(policy.hoursBefore);
  const plain = new Set(confirmedMs === undefined ? [] : policy.confirmedHoursBefore);
  const hours = [...new Set([...asking, ...plain])].sort((a, b) => b - a);
  const recorded = client.channelConsent;
  const clock: ReminderClock = { zone: client.zone, quiet, startMs, ...awayClocks(appointment, client) };
  const planned = hours.map((hoursBefore): PlannedReminder | null => {
    const base = {
      appointmentId: appointment.id,
      clientId: client.id,
      hoursBefore,
      asksConfirmation: confirmedMs === undefined,
      channel: null,
      sessionTime: said.time,
    };
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
    const reasons: SchedulingReason[] = [...stale];
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
    if (toEpochMs(sendAt) >= startMs) return tooLate(base, reasons);
    const sendMs = toEpochMs(sendAt);
    if (confirmedMs !== undefined) {
      // Before the confirmation the session was unconfirmed: an asking reminder then went as planned (a
      // confirmed-cadence one did not exist yet). From it on, only the confirmed cadence's plain reminders.
      if (sendMs < confirmedMs) {
        if (!asking.has(hoursBefore)) return null;
        return plannedOn(
          policy,
          recorded,
          sendMs,
          { ...base, asksConfirmation: true },
          sendAt,
          reasons,
          clock,
        );
      }
      if (!plain.has(hoursBefore)) {
        return {
          ...base,
          asksConfirmation: false,
          sendAt: null,
          status: 'suppressed',
          reasons: [
            ...reasons,
            reason(
              'scheduling.reminder.confirmed',
              'info',
              'The client confirmed the session; reminders that ask for a confirmation stop.',
              { confirmedAt: (confirmation as { at: Instant }).at },
            ),
          ],
        };
      }
    }
    return plannedOn(policy, recorded, sendMs, base, sendAt, reasons, clock);
  });
  // A reminder that goes (or is held) says whose clock its session time is on, last.
  return planned
    .filter((r): r is PlannedReminder => r !== null)
    .map((r) =>
      r.status === 'suppressed' || said.reasons.length === 0
        ? r
        : { ...r, reasons: [...r.reasons, ...said.reasons] },
    );
}

/** What every reminder of a session says of itself, whatever becomes of it. */
type ReminderBase = Pick<
  PlannedReminder,
  'appointmentId' | 'clientId' | 'hoursBefore' | 'asksConfirmation' | 'channel' | 'sessionTime'
>;

/**
 * The client's clock a reminder is placed on: their zone, the quiet hours in force, the session's start,
 * and, for a telehealth session in a state whose clocks are not the client's, that state and its clocks
 * (the texting window holds on those too).
 */
interface ReminderClock {
  readonly zone: SchedulingClient['zone'];
  readonly quiet: LocalHours;
  readonly startMs: number;
  readonly awayState?: UsState;
  readonly awayZones?: readonly SchedulingClient['zone'][];
}

/**
 * Where else the client may be when a text arrives: the clocks of the state a telehealth session records
 * them in, when their own zone is not one of that state's (a New York client joining from Arizona) [sources:
 * cfr-47-64.1200, hhs-telehealth-licensure]. A session in the client's own state keeps their own clock.
 */
function awayClocks(
  appointment: SchedulingAppointment,
  client: SchedulingClient,
): Pick<ReminderClock, 'awayState' | 'awayZones'> {
  const modality = appointment.modality;
  if (modality.kind !== 'telehealth') return {};
  const state = modality.clientLocationState;
  if (isZoneOfState(client.zone, state)) return {};
  const zones = stateClocks(state).filter((z) => !zonesAgree(z, client.zone));
  return zones.length === 0 ? {} : { awayState: state, awayZones: zones };
}

/**
 * The first moment from `ms` outside the texting window's quiet hours on every clock the client may be on
 * and outside the reminder's own quiet hours; `undefined` when the windows never leave a moment open
 * together (clocks too far apart: no text may go).
 */
function textingMs(ms: number, clock: ReminderClock): number | undefined {
  const zones = [clock.zone, ...(clock.awayZones ?? [])];
  let current = ms;
  // Each pass leaves one span per clock; spans of a day that leave a common opening end within a few passes.
  for (let i = 0; i < 32; i += 1) {
    let next = current;
    for (const zone of zones) next = getInstantOutsideLocalHoursMs(next, TEXT_MESSAGE_QUIET_HOURS, zone);
    next = getInstantOutsideLocalHoursMs(next, clock.quiet, clock.zone);
    if (next === current) return current;
    current = next;
  }
  return undefined;
}

/**
 * One reminder at its send time, on the first channel the client may be reached on then, else held. A text
 * goes only inside the TCPA calling window on the client's clock: one due outside it waits to 08:00, and
 * when that would reach the session the next channel the client may be reached on takes it at its time.
 */
function plannedOn(
  policy: ReminderPolicy,
  recorded: SchedulingClient['channelConsent'],
  sendMs: number,
  base: ReminderBase,
  sendAt: Instant,
  reasons: SchedulingReason[],
  clock: ReminderClock,
): PlannedReminder {
  // The first of the practice's channels the client may be reached on when it goes (opted in, and a plain
  // channel's risk accepted, recorded by then); none is never a guess.
  const consent = consentInForceAt(recorded, sendMs);
  const allowed = policy.channels.filter((c) => channelAllowed(consent, c));
  const channel = allowed[0];
  if (channel === undefined) {
    const recordedLater = isRecordedAfter(recorded, sendMs);
    return {
      ...base,
      sendAt,
      status: 'held',
      reasons: [
        ...reasons,
        reason(
          'scheduling.reminder.channel_consent_missing',
          'warning',
          recordedLater
            ? 'The client’s channel consent was recorded after this reminder’s time: it was not given yet; ask the client how they want reminders.'
            : consent === undefined
              ? 'No channel consent is recorded for the client: ask the client how they want reminders.'
              : 'The client may be reached on none of the reminder channels (not opted in, or a plain channel whose risk was not accepted): ask the client how they want reminders.',
          {
            channels: [...policy.channels],
            consentRecorded: consent !== undefined,
            ...(recordedLater ? { consentRecordedAfterSend: true } : {}),
            optedIn: DEFAULT_REMINDER_CHANNELS.filter((c) => isOptedIn(consent, c)),
            allowed: DEFAULT_REMINDER_CHANNELS.filter((c) => channelAllowed(consent, c)),
          },
        ),
      ],
    };
  }
  let textDeferred: SchedulingReason | undefined;
  for (const c of allowed) {
    if (c !== 'sms') return { ...base, channel: c, sendAt, status: 'planned', reasons };
    const textMs = textingMs(sendMs, clock);
    if (textMs === sendMs) return { ...base, channel: c, sendAt, status: 'planned', reasons };
    const textAt = textMs === undefined ? null : formatInstant(textMs, clock.zone);
    const away =
      clock.awayState === undefined
        ? {}
        : { clientLocationState: clock.awayState, clientLocationZones: [...(clock.awayZones ?? [])] };
    textDeferred = reason(
      'scheduling.reminder.deferred_texting_hours',
      'info',
      clock.awayState === undefined
        ? 'A text goes only from 08:00 to 21:00 on the client’s clock: moved to the window’s next opening.'
        : `A text goes only from 08:00 to 21:00 on the client’s clock and on the clock where they will be for the session (${clock.awayState}): moved to the next time open on both.`,
      { from: sendAt, to: textAt, zone: clock.zone, ...away },
    );
    if (textMs !== undefined && textAt !== null && textMs < clock.startMs) {
      return {
        ...base,
        channel: c,
        sendAt: textAt,
        status: 'planned',
        reasons: [...reasons, textDeferred],
      };
    }
  }
  // Only a text was open to the client, and the window opens after the session starts.
  return tooLate(base, textDeferred === undefined ? reasons : [...reasons, textDeferred]);
}

/** A reminder whose time, out of quiet hours or the texting window, would reach the session: suppressed. */
function tooLate(base: ReminderBase, reasons: readonly SchedulingReason[]): PlannedReminder {
  return {
    ...base,
    sendAt: null,
    status: 'suppressed',
    reasons: [
      ...reasons,
      reason('scheduling.reminder.too_late', 'info', 'Out of quiet hours only after the session starts.', {}),
    ],
  };
}

/**
 * Plans the reminders of one session for one client: each lead time before the start, moved out of the
 * client's quiet hours (their own, or the policy's) in the client's zone, suppressed when the client
 * asked not to be contacted, the session is not scheduled, or the move would reach the session. Recompute
 * on every change to the appointment [sources: peer-theranest-reminders]. Each goes on the first of the
 * policy's `channels` the client may be reached on (`client.channelConsent`: opted in, and for a plain
 * channel, SMS or unencrypted email, told of its risk and still preferring it); when there is none, or no
 * consent is recorded, it is `held` with the reason `scheduling.reminder.channel_consent_missing`. A
 * consent counts for a reminder only once it was given: one whose `recordedAt` is after the reminder's send
 * time holds that reminder (fact `consentRecordedAfterSend`); a consent without `recordedAt` counts always.
 *
 * Every reminder asks the client to confirm (`asksConfirmation`) until the appointment's status records a
 * confirmation of its current start; from the confirmation on, those are `suppressed`
 * (`scheduling.reminder.confirmed`) and only the policy's `confirmedHoursBefore` go, as plain reminders
 * (none by default: stop on confirmation [sources: peer-theranest-reminders]). A confirmation of another
 * start (the session was moved since) does not count (`scheduling.reminder.confirmation_stale`), and a
 * cancellation replaces the status that carried it.
 *
 * @throws {@link ValidationError} listing every problem of the appointment, client and policy at once,
 * each path under its parameter's name (`$.appointment.start`, `$.client.zone`, `$.policy.hoursBefore`).
 * @remarks The channel is the client's choice [sources: cfr-45-164.522, hhs-faq-email]; a reminder carries
 * date, time and place only, yet a message from a mental-health practice says who is its client, so a
 * plain channel needs the client's informed preference too [sources: cfr-45-164.506, cfr-45-164.530].
 * @example
 * ```ts
 * import type { SchedulingAppointmentInput, SchedulingClientInput } from 'practice-ops/scheduling';
 *
 * // A session Tuesday 2026-03-10 at 07:30 New York time; the client opted in to plain email.
 * const session: SchedulingAppointmentInput = { id: 'a-1', clinicianId: 'dr-lee', clientIds: ['cl-1'],
 *   type: 'individual', modality: { kind: 'telehealth', clientLocationState: 'NY' },
 *   start: '2026-03-10T07:30:00-04:00', end: '2026-03-10T08:20:00-04:00', status: { state: 'scheduled' } };
 * const client: SchedulingClientInput = { id: 'cl-1', zone: 'America/New_York', locationState: 'NY',
 *   channelConsent: { email: { optedIn: true, unsecuredRiskAcknowledged: true } } };
 * planReminders(session, client, {}).map((r) => [r.sendAt, r.channel]);
 * //=> [['2026-03-08T08:00:00-04:00', 'email'], ['2026-03-09T08:00:00-04:00', 'email']]
 * //   (48 and 24 hours before fall at 07:30, in quiet hours until 08:00)
 * const { channelConsent, ...noConsent } = client;
 * planReminders(session, noConsent, {}).map((r) => r.status);
 * //=> ['held', 'held'] (reason scheduling.reminder.channel_consent_missing)
 * ```
 */
export function planReminders(
  appointmentInput: SchedulingAppointmentInput,
  clientInput: SchedulingClientInput,
  policyInput: ReminderPolicyInput = {},
  options: PlanRemindersOptions = {},
): PlannedReminder[] {
  // Every argument's problems at once, each under its parameter's name (`$.client.zone`).
  const [appointment, client, policy, opts] = validateArguments([
    ['appointment', SchedulingAppointment, appointmentInput, 'appointment'],
    ['client', SchedulingClient, clientInput, 'client'],
    ['policy', ReminderPolicy, policyInput, 'reminder policy'],
    ['options', PlanRemindersOptionsSchema, options, 'plan reminders options'],
  ]);
  return planFor(appointment, client, policy, opts.clinicianZone);
}

/**
 * Options for {@link planReminders}.
 *
 * @example
 * ```ts
 * const options: PlanRemindersOptions = { clinicianZone: 'America/New_York' };
 * ```
 */
export interface PlanRemindersOptions {
  /**
   * The zone the clinician states they hold a telehealth session on: the reminder states the session's time
   * on it, the client's own beside it. Left out, only the client's time is stated (`sessionTime.heldOn` is
   * null). Not read for an in-person session (the office's clock).
   */
  readonly clinicianZone?: IanaZone | undefined;
}

const PlanRemindersOptionsSchema = z.strictObject({ clinicianZone: IanaZone.optional() });

/**
 * Options for {@link listRemindersDue}.
 * @example
 * ```ts
 * ListRemindersDueOptions.parse({ asOf: '2026-03-08T08:05:00-04:00' }).sent; //=> []
 * ```
 */
export const ListRemindersDueOptions = z.strictObject({
  asOf: Instant,
  /**
   * Each clinician's stated zone by clinician id: a telehealth reminder states the session's time on it
   * (see {@link PlanRemindersOptions}). A clinician left out gets the client's time only.
   */
  clinicianZones: z.record(ClinicianId, IanaZone).default({}),
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
  /**
   * Reminders whose time has come that cannot go: the client may be reached on none of the policy's channels.
   * Ask the client how they want reminders; never send these as they stand.
   */
  readonly held: readonly PlannedReminder[];
  readonly invalidAppointments: readonly InvalidRecord[];
  readonly invalidClients: readonly InvalidRecord[];
}

/**
 * The reminders due as of `asOf` for the assistant's queue: planned reminders whose send time has come,
 * for sessions that have not started, not yet sent. When several are due for the same session and
 * client, only the latest is listed, with the superseded ones as a reason. Order: send time, appointment
 * id, client id. Reminders due that are `held` for channel consent are listed apart, in `held` (the latest
 * per session and client, same order), so a person can ask the client how they want reminders. Once the
 * client confirmed (at or before `asOf`), a reminder asking for a confirmation is never listed, even one
 * due before the confirmation and not sent.
 *
 * @throws {@link ValidationError} listing every problem of the arguments at once, each under its
 * parameter's name (`$.policy.hoursBefore`, `$.options.asOf`, `$.appointments` when it is not a list);
 * invalid records are reported by index, and an appointment id given twice is one session (the later record is reported).
 * @example
 * ```ts
 * import type { SchedulingAppointmentInput } from 'practice-ops/scheduling';
 *
 * const session: SchedulingAppointmentInput = { id: 'a-1', clinicianId: 'dr-lee', clientIds: ['cl-1'],
 *   type: 'individual', modality: { kind: 'telehealth', clientLocationState: 'NY' },
 *   start: '2026-03-10T07:30:00-04:00', end: '2026-03-10T08:20:00-04:00', status: { state: 'scheduled' } };
 * const client = { id: 'cl-1', zone: 'America/New_York', locationState: 'NY',
 *   channelConsent: { email: { optedIn: true, unsecuredRiskAcknowledged: true } } };
 * // The day before, just after 08:00: the 24-hour reminder, moved out of quiet hours, is due.
 * listRemindersDue([session], [client], {}, { asOf: '2026-03-09T08:05:00-04:00' }).due
 *   .map((r) => [r.appointmentId, r.hoursBefore, r.sendAt]);
 * //=> [['a-1', 24, '2026-03-09T08:00:00-04:00']]
 * ```
 */
export function listRemindersDue(
  appointments: readonly unknown[],
  clients: readonly unknown[],
  policyInput: ReminderPolicyInput,
  options: ListRemindersDueOptions,
): RemindersDueResult {
  // Every argument's problems at once, each under its parameter's name (`$.policy.hoursBefore`,
  // `$.appointments` when it is not a list); a bad record in a list is reported by index below instead.
  const [appointmentList, clientList, policy, opts] = validateArguments([
    ['appointments', recordsArgument, appointments, 'appointments'],
    ['clients', recordsArgument, clients, 'clients'],
    ['policy', ReminderPolicy, policyInput, 'reminder policy'],
    ['options', ListRemindersDueOptions, options, 'reminders due options'],
  ]);
  // A session listed twice is one session: its reminders go out once.
  const appointmentBatch = keepFirstOfEachId(validateBatch(SchedulingAppointment, appointmentList), {
    code: 'scheduling.appointment.duplicate_id' satisfies SchedulingValidationCode,
    message: 'must not repeat an appointment id',
  });
  const clientBatch = validateBatch(SchedulingClient, clientList);
  const byId = new Map(clientBatch.valid.map((c) => [c.value.id as string, c.value]));
  const { due, held } = remindersDueFromValidated(appointmentBatch.records, byId, policy, opts);
  return { due, held, invalidAppointments: appointmentBatch.invalid, invalidClients: clientBatch.invalid };
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
): { due: PlannedReminder[]; held: PlannedReminder[] } {
  const asOf = toEpochMs(opts.asOf);
  const sent = new Set(opts.sent.map((s) => `${s.appointmentId}\u0000${s.clientId}\u0000${s.hoursBefore}`));
  const due: PlannedReminder[] = [];
  const held: PlannedReminder[] = [];
  for (const appointment of appointments) {
    if (toEpochMs(appointment.start) <= asOf) continue;
    for (const clientId of appointment.clientIds) {
      const client = clients.get(clientId);
      if (client === undefined) continue;
      const plan = planFor(appointment, client, policy, opts.clinicianZones[appointment.clinicianId]);
      // Once the client confirmed, a reminder asking for it that was due before and not sent is moot.
      const confirmedMs = confirmedAtMs(appointment);
      const moot = (r: PlannedReminder) =>
        r.asksConfirmation && confirmedMs !== undefined && confirmedMs <= asOf;
      // A reminder is moot once a later one (fewer hours before) was sent.
      const sentHours = plan
        .filter((r) => sent.has(`${appointment.id}\u0000${clientId}\u0000${r.hoursBefore}`))
        .map((r) => r.hoursBefore);
      const latestSent = Math.min(Number.POSITIVE_INFINITY, ...sentHours);
      // The latest reminder due stands for the others: held when no consent was in force at its time.
      const ready = plan.filter(
        (r) =>
          r.status !== 'suppressed' &&
          !moot(r) &&
          r.sendAt !== null &&
          toEpochMs(r.sendAt) <= asOf &&
          r.hoursBefore < latestSent,
      );
      const latest = ready[ready.length - 1];
      if (latest === undefined) continue;
      const superseded = ready.slice(0, -1).map((r) => r.hoursBefore);
      (latest.status === 'held' ? held : due).push(
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
  const order = (a: PlannedReminder, b: PlannedReminder) =>
    toEpochMs(a.sendAt as string) - toEpochMs(b.sendAt as string) ||
    compareText(a.appointmentId, b.appointmentId) ||
    compareText(a.clientId, b.clientId);
  due.sort(order);
  held.sort(order);
  return { due, held };
}
