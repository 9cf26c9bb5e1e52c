import * as z from 'zod';
import {
  type BatchResult,
  ClientId,
  Instant,
  type InvalidRecord,
  validate,
  validateBatch,
} from '../../core/index.js';
import { compareText, formatPath, keepFirstOfEachId, toEpochMs } from '../../core/internal.js';
import { SchedulingAppointment } from '../appointments/appointment.js';
import { SchedulingClient } from '../appointments/client-profile.js';
import type { SchedulingValidationCode } from '../reason-codes.js';
import { decideFee, type MissedSessionFeeDecision } from './cancellation-fee.js';
import { CancellationPolicy, type CancellationPolicyInput } from './cancellation-policy.js';

/**
 * Options for {@link listMissedSessionFees}.
 * @example
 * ```ts
 * ListMissedSessionFeesOptions.parse({ asOf: '2026-03-31T23:59:00-04:00' }).priorWaivers; //=> []
 * ```
 */
export const ListMissedSessionFeesOptions = z.strictObject({
  /** Only events (cancellation time, or start for a no-show) at or before this instant are decided. */
  asOf: Instant,
  /** Only events after this instant (e.g. the last run); all when unset. */
  since: Instant.optional(),
  /** Free misses already used, by the client billed. */
  priorWaivers: z.array(z.strictObject({ clientId: ClientId, at: Instant })).default([]),
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
 * The assistant's fee queue: every client-cancelled or missed session with an event in `(since, asOf]`,
 * decided once per session (a couples, family or group session is one fee at most, to its responsible
 * party), in event order (then appointment id). Free misses are used in time order, so an earlier miss
 * takes the waiver first. `charge` decisions are fees to apply; `no_charge` decisions for late cancels
 * and no-shows are fees to waive, with the reason; `undecided` ones name the missing fact (a client
 * record, coverage, a minor's guarantor, the session fee).
 *
 * @throws {@link ValidationError} when the policy or options are invalid; invalid appointment and client
 * records are reported by index and the rest is processed. An appointment id given twice is decided once
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
  const policy = validate(CancellationPolicy, policyInput, 'cancellation policy');
  const opts = validate(ListMissedSessionFeesOptions, options, 'missed session fee options');
  // A session listed twice is still one session: one decision, never two fees.
  const appointmentBatch = keepFirstOfEachId(validateBatch(SchedulingAppointment, appointments), {
    code: 'scheduling.appointment.duplicate_id' satisfies SchedulingValidationCode,
    message: 'must not repeat an appointment id',
  });
  const clientBatch = validateBatch(SchedulingClient, clients);
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
 * no-show; `NaN` when the session was not missed by the client.
 */
export function missedEventMs(appointment: SchedulingAppointment): number {
  const s = appointment.status;
  if (s.state === 'no_show') return toEpochMs(appointment.start);
  return s.state === 'cancelled' && s.by === 'client' ? toEpochMs(s.at) : Number.NaN;
}

/**
 * The fee decisions of parsed appointments (internal: inputs validated), in event order: only
 * client-cancelled and missed sessions with an event in `(since, asOf]`, free misses used in time order.
 *
 * @param clients - client records by id; the session's clients missing from it are unknown
 */
export function decideMissedSessionFeesFromValidated(
  appointments: readonly SchedulingAppointment[],
  clients: ReadonlyMap<string, SchedulingClient>,
  policy: CancellationPolicy,
  opts: ListMissedSessionFeesOptionsParsed,
): MissedSessionFeeDecision[] {
  const asOf = toEpochMs(opts.asOf);
  const since = opts.since === undefined ? Number.NEGATIVE_INFINITY : toEpochMs(opts.since);
  const waivers = new Map<string, number[]>();
  for (const w of opts.priorWaivers)
    waivers.set(w.clientId, [...(waivers.get(w.clientId) ?? []), toEpochMs(w.at)]);
  const events: { appointment: SchedulingAppointment; at: number }[] = [];
  for (const appointment of appointments) {
    const at = missedEventMs(appointment);
    if (!Number.isNaN(at) && at <= asOf && at > since) events.push({ appointment, at });
  }
  events.sort((a, b) => a.at - b.at || compareText(a.appointment.id, b.appointment.id));
  const usedBy = (clientId: string) => waivers.get(clientId) ?? [];
  const decisions: MissedSessionFeeDecision[] = [];
  for (const { appointment, at } of events) {
    const decision = decideFee(appointment, clients, policy, usedBy);
    if (decision.waiverUsed && decision.clientId !== null)
      waivers.set(decision.clientId, [...usedBy(decision.clientId), at]);
    decisions.push(decision);
  }
  return decisions;
}
