import { z } from 'zod';
import {
  ClientId,
  compareText,
  Instant,
  type InvalidRecord,
  reason,
  toEpochMs,
  validate,
  validateBatch,
} from '../core/index.js';
import { SchedulingAppointment } from './appointment.js';
import { decideFee, isLateCancellation, type MissedSessionFeeDecision } from './cancellation-fee.js';
import { CancellationPolicy, type CancellationPolicyInput } from './cancellation-policy.js';
import { SchedulingClient } from './client-profile.js';

/**
 * Options for {@link listMissedSessionFees}.
 * @example
 * ```ts
 * MissedSessionFeesOptions.parse({ asOf: '2026-03-31T23:59:00-04:00' }).priorWaivers; //=> []
 * ```
 */
export const MissedSessionFeesOptions = z.strictObject({
  /** Only events (cancellation time, or start for a no-show) at or before this instant are decided. */
  asOf: Instant,
  /** Only events after this instant (e.g. the last run); all when unset. */
  since: Instant.optional(),
  /** Free misses already used, by client. */
  priorWaivers: z.array(z.strictObject({ clientId: ClientId, at: Instant })).default([]),
});
export type MissedSessionFeesOptions = z.input<typeof MissedSessionFeesOptions>;

/** The fee decisions of a batch, in event order, and the invalid records by index. */
export interface MissedSessionFeesResult {
  readonly decisions: readonly MissedSessionFeeDecision[];
  readonly invalidAppointments: readonly InvalidRecord[];
  readonly invalidClients: readonly InvalidRecord[];
}

/**
 * The assistant's fee queue: every client-cancelled or missed session with an event in `(since, asOf]`,
 * decided for each of its clients, in event order (then appointment id, client id). Free misses are
 * used in time order, so an earlier miss takes the waiver first. `charge` decisions are fees to apply;
 * `no_charge` decisions for late cancels and no-shows are fees to waive, with the reason.
 *
 * @throws {@link ValidationError} when the policy or options are invalid; invalid appointment and client
 * records are reported by index and the rest is processed.
 * @example
 * ```ts
 * listMissedSessionFees(appointments, clients, { practiceZone: 'America/New_York' }, { asOf: '2026-03-31T23:59:00-04:00' })
 *   .decisions.map((d) => [d.appointmentId, d.outcome, d.feeCents]);
 * //=> [['a-3', 'charge', 15000], ['a-7', 'no_charge', 0]]
 * ```
 */
export function listMissedSessionFees(
  appointments: readonly unknown[],
  clients: readonly unknown[],
  policyInput: CancellationPolicyInput,
  options: MissedSessionFeesOptions,
): MissedSessionFeesResult {
  const policy = validate(CancellationPolicy, policyInput, 'cancellation policy');
  const opts = validate(MissedSessionFeesOptions, options, 'missed session fee options');
  const appointmentBatch = validateBatch(SchedulingAppointment, appointments);
  const clientBatch = validateBatch(SchedulingClient, clients);
  const byId = new Map(clientBatch.valid.map((c) => [c.value.id as string, c.value]));
  const asOf = toEpochMs(opts.asOf);
  const since = opts.since === undefined ? Number.NEGATIVE_INFINITY : toEpochMs(opts.since);
  const waivers = new Map<string, number[]>();
  for (const w of opts.priorWaivers)
    waivers.set(w.clientId, [...(waivers.get(w.clientId) ?? []), toEpochMs(w.at)]);
  const events = appointmentBatch.valid
    .map(({ value }) => {
      const s = value.status;
      const at =
        s.state === 'no_show'
          ? toEpochMs(value.start)
          : s.state === 'cancelled' && s.by === 'client'
            ? toEpochMs(s.at)
            : Number.NaN;
      return { appointment: value, at };
    })
    .filter((e) => !Number.isNaN(e.at) && e.at <= asOf && e.at > since)
    .sort((a, b) => a.at - b.at || compareText(a.appointment.id, b.appointment.id));
  const decisions: MissedSessionFeeDecision[] = [];
  for (const { appointment, at } of events) {
    for (const clientId of [...appointment.clientIds].sort(compareText)) {
      const client = byId.get(clientId);
      if (client === undefined) {
        decisions.push({
          outcome: 'undecided',
          appointmentId: appointment.id,
          clientId,
          kind:
            appointment.status.state === 'no_show'
              ? 'no_show'
              : isLateCancellation(toEpochMs(appointment.start), at, policy)
                ? 'late_cancel'
                : 'on_time_cancel',
          feeCents: 0,
          waiverUsed: false,
          reasons: [
            reason('scheduling.cancellation.client_unknown', 'error', 'The client record is missing.', {
              clientId,
            }),
          ],
        });
        continue;
      }
      const used = waivers.get(clientId) ?? [];
      const decision = decideFee(appointment, client, policy, used);
      if (decision.waiverUsed) waivers.set(clientId, [...used, at]);
      decisions.push(decision);
    }
  }
  return { decisions, invalidAppointments: appointmentBatch.invalid, invalidClients: clientBatch.invalid };
}
