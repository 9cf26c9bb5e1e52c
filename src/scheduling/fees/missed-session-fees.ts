import * as z from 'zod';
import { type BatchResult, ClientId, Instant, type InvalidRecord, validateBatch } from '../../core/index.js';
import {
  compareText,
  formatPath,
  keepFirstOfEachId,
  localDayAndMinute,
  recordsArgument,
  toEpochMs,
  validateArguments,
} from '../../core/internal.js';
import { SchedulingAppointment } from '../appointments/appointment.js';
import { SchedulingClient } from '../appointments/client-profile.js';
import type { SchedulingValidationCode } from '../reason-codes.js';
import {
  decideFee,
  type evaluateMissedSessionFee,
  type FreeMissCheck,
  freeMissesUsedIn,
  freeMissWindowStartDay,
  type MissedSessionFeeDecision,
} from './cancellation-fee.js';
import { CancellationPolicy, type CancellationPolicyInput } from './cancellation-policy.js';
import { ClinicianFeeDecision, type CrisisFacts } from './crisis-hold.js';
import { CrisisPeriod, crisisAtSessions } from './crisis-periods.js';

/**
 * Options for {@link listMissedSessionFees}.
 * @example
 * ```ts
 * ListMissedSessionFeesOptions.parse({ asOf: '2026-03-31T23:59:00-04:00' }).priorWaivers; //=> []
 * ```
 */
export const ListMissedSessionFeesOptions = z.strictObject({
  /**
   * Only events at or before this instant are decided: a cancellation by its time, a no-show from the
   * policy's `noShowAfterMinutes` after its start (one recorded earlier is listed as not a no-show yet).
   */
  asOf: Instant,
  /** Only events after this instant (e.g. the last run); all when unset. */
  since: Instant.optional(),
  /** Free misses already used, by the client billed. */
  priorWaivers: z.array(z.strictObject({ clientId: ClientId, at: Instant })).default([]),
  /**
   * Clients with a crisis open as of `asOf`: their sessions' fees are never charged without the
   * clinician's decision (`scheduling.cancellation.crisis_open`) and use no free miss.
   */
  openCrisisClientIds: z.array(ClientId).default([]),
  /** Clinicians' decisions on fees held for an open crisis, by appointment. */
  clinicianFeeDecisions: z.array(ClinicianFeeDecision).default([]),
  /**
   * When clients' crises were open (raised, and closed if they are), as `evaluateMissedSessionFee` reads
   * them: a session missed while one of its clients' crisis was open stays the clinician's to decide after
   * the crisis closes. A period raised after `asOf` is not known yet.
   */
  crisisPeriods: z.array(CrisisPeriod).default([]),
});
export type ListMissedSessionFeesOptions = z.input<typeof ListMissedSessionFeesOptions>;
type ListMissedSessionFeesOptionsParsed = z.infer<typeof ListMissedSessionFeesOptions>;

/**
 * The fee decisions of a batch, in event order, and the invalid records by index.
 *
 * @example
 * ```ts
 * const r: MissedSessionFeesResult = listMissedSessionFees(appointments, clients, policy, { asOf: '2026-03-10T08:00:00-04:00' });
 * r.decisions.length; //=> 2
 * ```
 */
export interface MissedSessionFeesResult {
  readonly decisions: readonly MissedSessionFeeDecision[];
  readonly invalidAppointments: readonly InvalidRecord[];
  readonly invalidClients: readonly InvalidRecord[];
}

/**
 * The assistant's fee queue: every client-cancelled or missed session with an event in `(since, asOf]`
 * (a no-show's event is its mark, the policy's `noShowAfterMinutes` after the start; one recorded whose
 * start is in the window and whose mark is not yet is listed `undecided`,
 * `scheduling.cancellation.no_show_too_early`, and decided in the run that holds its mark),
 * decided once per session (a couples, family or group session is one fee at most, to its responsible
 * party), in event order (then appointment id). Free misses go to the dearest misses first (ties: the
 * earliest), so a new exemption never raises a client's total. `charge` decisions are fees to apply; `no_charge` decisions for late cancels
 * and no-shows are fees to waive, with the reason; `undecided` ones name the missing fact (a client
 * record, coverage, a minor's guarantor, the session fee) or the clinician's decision a client's open
 * crisis waits for (`openCrisisClientIds`, `clinicianFeeDecisions`, and `crisisPeriods` for a crisis open
 * at the session and closed since: as {@link evaluateMissedSessionFee}).
 *
 * @throws {@link ValidationError} listing every problem of the arguments at once, each under its
 * parameter's name (`$.policy.capCents`, `$.options.asOf`, `$.appointments` when it is not a list);
 * invalid appointment and client records are reported by index and the rest is processed. An appointment id given twice is decided once
 * (the later record is reported); a client id given twice is reported, and that client is unknown, so
 * their sessions are `undecided` rather than decided on one of two records.
 * @example
 * ```ts
 * listMissedSessionFees(appointments, clients, { practiceZone: 'America/New_York' }, { asOf: '2026-03-31T23:59:00-04:00' })
 *   .decisions.map((d) => [d.appointmentId, d.outcome, d.feeCents, d.responsiblePartyId]);
 * //=> [['a-3', 'charge', 15000, 'c1'], ['a-7', 'no_charge', 0, 'c4']]
 * ```
 */
export function listMissedSessionFees(
  appointments: readonly unknown[],
  clients: readonly unknown[],
  policyInput: CancellationPolicyInput,
  options: ListMissedSessionFeesOptions,
): MissedSessionFeesResult {
  // Every argument's problems at once, each under its parameter's name (`$.policy.capCents`,
  // `$.appointments` when it is not a list); a bad record in a list is reported by index below instead.
  const [appointmentList, clientList, policy, opts] = validateArguments([
    ['appointments', recordsArgument, appointments, 'appointments'],
    ['clients', recordsArgument, clients, 'clients'],
    ['policy', CancellationPolicy, policyInput, 'cancellation policy'],
    ['options', ListMissedSessionFeesOptions, options, 'missed session fee options'],
  ]);
  // A session listed twice is still one session: one decision, never two fees.
  const appointmentBatch = keepFirstOfEachId(validateBatch(SchedulingAppointment, appointmentList), {
    code: 'scheduling.appointment.duplicate_id' satisfies SchedulingValidationCode,
    message: 'must not repeat an appointment id',
  });
  const clientBatch = validateBatch(SchedulingClient, clientList);
  const { byId, invalid: invalidClients } = clientsById(clientBatch);
  const decisions = decideMissedSessionFeesFromValidated(appointmentBatch.records, byId, policy, opts);
  return { decisions, invalidAppointments: appointmentBatch.invalid, invalidClients };
}

/**
 * Client records by id. An id given twice is reported at each later record, and that client counts as
 * unknown: two records may disagree on coverage or guarantor, and neither is guessed.
 */
function clientsById(batch: BatchResult<SchedulingClient>): {
  byId: Map<string, SchedulingClient>;
  invalid: InvalidRecord[];
} {
  const byId = new Map<string, SchedulingClient>();
  const repeated = new Set<string>();
  const invalid: InvalidRecord[] = [...batch.invalid];
  for (const { index, value } of batch.valid) {
    if (byId.has(value.id) || repeated.has(value.id)) {
      repeated.add(value.id);
      const path = [index, 'id'];
      invalid.push({
        index,
        issues: [
          {
            path,
            at: formatPath(path),
            code: 'scheduling.client.duplicate_id' satisfies SchedulingValidationCode,
            message: 'must not repeat a client id',
          },
        ],
      });
    } else byId.set(value.id, value);
  }
  for (const id of repeated) byId.delete(id);
  invalid.sort((a, b) => a.index - b.index);
  return { byId, invalid };
}

/**
 * When a session was missed, for fees (internal): the client's cancellation time, or the start of a
 * no-show, or of a client cancellation whose time is not recorded (where it is listed, never a time its
 * fee is decided by); `NaN` when the session was not missed by the client.
 */
export function missedEventMs(appointment: SchedulingAppointment): number {
  const s = appointment.status;
  if (s.state === 'no_show') return toEpochMs(appointment.start);
  if (s.state !== 'cancelled' || s.by !== 'client') return Number.NaN;
  return toEpochMs(s.at ?? appointment.start);
}

/** A miss that would be charged, as the free misses see it. */
interface Chargeable {
  readonly appointmentId: string;
  readonly clientId: string;
  readonly eventMs: number;
  readonly feeCents: number;
  readonly day: number;
  readonly windowStartDay: number;
}

/** A free miss (used or proposed): when, and on which practice-zone day. */
interface UsedFreeMiss {
  readonly ms: number;
  readonly day: number;
}

/**
 * Which chargeable misses use a free miss: the dearest first (ties: the earliest), each only while no
 * miss given one has more than the allowed free misses in its 12 months (the earlier ones given before).
 * Dearest first is what makes a new exemption or an added free miss never raise a client's total: a
 * waiver freed by an exempted miss goes to the dearest miss it can, never to a cheaper one that blocks
 * a dearer one later.
 */
function chooseFreeMisses(
  chargeable: readonly Chargeable[],
  prior: ReadonlyMap<string, readonly number[]>,
  policy: CancellationPolicy,
): Set<string> {
  const dayOf = (ms: number) => localDayAndMinute(ms, policy.practiceZone).epochDay;
  const chosen = new Map<string, (Chargeable & UsedFreeMiss)[]>();
  const granted = new Set<string>();
  const order = [...chargeable].sort(
    (a, b) =>
      b.feeCents - a.feeCents || a.eventMs - b.eventMs || compareText(a.appointmentId, b.appointmentId),
  );
  for (const miss of order) {
    const earlier: UsedFreeMiss[] = (prior.get(miss.clientId) ?? []).map((ms) => ({ ms, day: dayOf(ms) }));
    const given = chosen.get(miss.clientId) ?? [];
    const candidate = { ...miss, ms: miss.eventMs };
    const all = [...earlier, ...given, candidate];
    const fits = [...given, candidate].every(
      (x) =>
        all.filter((y) => y !== x && y.ms <= x.ms && y.day > x.windowStartDay).length <
        policy.waiversPer12Months,
    );
    if (!fits) continue;
    chosen.set(miss.clientId, [...given, candidate]);
    granted.add(miss.appointmentId);
  }
  return granted;
}

/**
 * The fee decisions of parsed appointments (internal: inputs validated), in event order: only
 * client-cancelled and missed sessions with an event in `(since, asOf]`. Free misses go to the dearest
 * misses of the batch first (ties: the earliest), within the client's allowance in every 12 months
 * counting `priorWaivers`.
 *
 * @param clients - client records by id; the session's clients missing from it are unknown
 */
export function decideMissedSessionFeesFromValidated(
  appointments: readonly SchedulingAppointment[],
  clients: ReadonlyMap<string, SchedulingClient>,
  policy: CancellationPolicy,
  opts: Omit<ListMissedSessionFeesOptionsParsed, keyof CrisisFacts | 'crisisPeriods'> &
    Partial<CrisisFacts> &
    Partial<Pick<ListMissedSessionFeesOptionsParsed, 'crisisPeriods'>>,
): MissedSessionFeeDecision[] {
  const asOf = toEpochMs(opts.asOf);
  const since = opts.since === undefined ? Number.NEGATIVE_INFINITY : toEpochMs(opts.since);
  const events: { appointment: SchedulingAppointment; at: number }[] = [];
  const graceMs = policy.noShowAfterMinutes * 60_000;
  for (const appointment of appointments) {
    const at = missedEventMs(appointment);
    if (Number.isNaN(at)) continue;
    // A no-show is decided in the run whose window holds its mark (the minutes after the start the policy
    // gives the client); recorded before the mark, it is listed once, in the run whose window holds its
    // start, as not a no-show yet (undecided, never charged).
    const decidedAt = appointment.status.state === 'no_show' ? at + graceMs : at;
    if (decidedAt <= asOf ? decidedAt > since : at <= asOf && at > since) events.push({ appointment, at });
  }
  events.sort((a, b) => a.at - b.at || compareText(a.appointment.id, b.appointment.id));
  // Callers inside the package that know of no crisis (the ops queue and replay) leave it out: none is open.
  // Crisis periods add to what the caller knows of crises open at each session, by the one rule the single
  // fee reads them with (`clientsInCrisisAtSession`).
  const crisis: CrisisFacts = {
    // Stryker disable next-line ArrayDeclaration: reached only from ops, whose tests are not this file's
    openCrisisClientIds: opts.openCrisisClientIds ?? [],
    // Stryker disable next-line ArrayDeclaration: as above
    clinicianFeeDecisions: opts.clinicianFeeDecisions ?? [],
    crisisAtSession: crisisAtSessions(
      events.map((e) => e.appointment),
      // Stryker disable next-line ArrayDeclaration: reached only from ops, which passes no periods
      opts.crisisPeriods ?? [],
      asOf,
      opts.crisisAtSession,
    ),
  };
  const noFreeMiss: FreeMissCheck = () => ({ used: 0, granted: false });
  const withoutFreeMisses = events.map(({ appointment }) =>
    decideFee(appointment, clients, policy, asOf, noFreeMiss, crisis),
  );
  if (policy.waiversPer12Months === 0) return withoutFreeMisses;
  // First every fee as if no free miss were left, then the free misses to the dearest, then each
  // chargeable miss decided again knowing whether it got one.
  const prior = new Map<string, number[]>();
  for (const w of opts.priorWaivers)
    prior.set(w.clientId, [...(prior.get(w.clientId) ?? []), toEpochMs(w.at)]);
  const chargeable: Chargeable[] = [];
  withoutFreeMisses.forEach((d, i) => {
    if (d.outcome !== 'charge' || d.clientId === null) return;
    const eventMs = (events[i] as { at: number }).at;
    chargeable.push({
      appointmentId: d.appointmentId,
      clientId: d.clientId,
      eventMs,
      feeCents: d.feeCents,
      day: localDayAndMinute(eventMs, policy.practiceZone).epochDay,
      windowStartDay: freeMissWindowStartDay(eventMs, policy),
    });
  });
  const granted = chooseFreeMisses(chargeable, prior, policy);
  // Every free miss of each client: those used before the batch, and those the batch gives.
  const used = new Map<string, { id: string | null; ms: number }[]>();
  for (const [clientId, list] of prior)
    used.set(
      clientId,
      list.map((ms) => ({ id: null, ms })),
    );
  for (const c of chargeable) {
    if (granted.has(c.appointmentId))
      used.set(c.clientId, [...(used.get(c.clientId) ?? []), { id: c.appointmentId, ms: c.eventMs }]);
  }
  return withoutFreeMisses.map((d, i) => {
    if (d.outcome !== 'charge') return d;
    const { appointment } = events[i] as { appointment: SchedulingAppointment };
    const others = (clientId: string) =>
      (used.get(clientId) ?? []).filter((u) => u.id !== appointment.id).map((u) => u.ms);
    return decideFee(
      appointment,
      clients,
      policy,
      asOf,
      (window) => ({
        used: freeMissesUsedIn(others(window.clientId), window, policy),
        granted: granted.has(appointment.id),
      }),
      crisis,
    );
  });
}
