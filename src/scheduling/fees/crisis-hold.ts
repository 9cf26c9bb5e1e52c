import * as z from 'zod';
import { AppointmentId, ClinicianId, Instant, reason } from '../../core/index.js';
import { toEpochMs } from '../../core/internal.js';
import type { SchedulingAppointment } from '../appointments/appointment.js';
import type { SchedulingReason } from '../reason-codes.js';

/**
 * A clinician's decision on the missed-session fee of a session whose client has an open crisis: charge
 * it under the policy, or waive it. Without one such a fee is never charged.
 *
 * @example
 * ```ts
 * ClinicianFeeDecision.parse({ appointmentId: 'a-1', clinicianId: 'dr-lee', decision: 'waive', at: '2026-03-11T09:00:00-04:00' });
 * //=> { appointmentId: 'a-1', clinicianId: 'dr-lee', decision: 'waive', at: '2026-03-11T09:00:00-04:00' }
 * ```
 */
export const ClinicianFeeDecision = z.strictObject({
  appointmentId: AppointmentId,
  clinicianId: ClinicianId,
  decision: z.enum(['charge', 'waive']),
  /** When the clinician decided; a decision after `asOf` has not been made yet. */
  at: Instant,
});
export type ClinicianFeeDecision = z.infer<typeof ClinicianFeeDecision>;

/** The crisis facts of a fee decision (internal: parsed options). */
export interface CrisisFacts {
  /** Clients with a crisis open as of `asOf`. */
  readonly openCrisisClientIds: readonly string[];
  readonly clinicianFeeDecisions: readonly ClinicianFeeDecision[];
  /**
   * By appointment id, the clients whose crisis was open at the session (its start or the miss), closed
   * since or not: the fee stays the clinician's until decided (the ops queue and what-if pass it).
   */
  readonly crisisAtSession?: ReadonlyMap<string, readonly string[]>;
}

/**
 * What an open crisis does to a fee that would otherwise be charged (internal): nothing when no client of
 * the session (nor the party who pays) has one, nor had one open at the session (`crisisAtSession`); else
 * the clinician's latest decision made by `asOfMs`
 * (a waive wins a tie), or none: the fee waits for the clinician. The library never makes that judgement
 * [sources: samhsa-988].
 */
export function crisisHoldOf(
  appointment: SchedulingAppointment,
  payerId: string,
  crisis: CrisisFacts,
  asOfMs: number,
):
  | { readonly hold: 'none' }
  | { readonly hold: 'undecided' | 'waive'; readonly reason: SchedulingReason }
  | { readonly hold: 'charge'; readonly reason: SchedulingReason } {
  const open = new Set<string>(crisis.openCrisisClientIds);
  const inCrisis: string[] = appointment.clientIds.filter((id) => open.has(id));
  if (open.has(payerId) && !inCrisis.includes(payerId)) inCrisis.push(payerId);
  // A crisis open at the session keeps its fee the clinician's after the crisis closes.
  const atSession = (crisis.crisisAtSession?.get(appointment.id) ?? []).filter(
    (id) => !inCrisis.includes(id),
  );
  inCrisis.push(...atSession);
  if (inCrisis.length === 0) return { hold: 'none' };
  let latest: ClinicianFeeDecision | undefined;
  for (const d of crisis.clinicianFeeDecisions) {
    if (d.appointmentId !== appointment.id || toEpochMs(d.at) > asOfMs) continue;
    const ms = toEpochMs(d.at);
    const latestMs = latest === undefined ? Number.NEGATIVE_INFINITY : toEpochMs(latest.at);
    if (ms > latestMs || (ms === latestMs && d.decision === 'waive')) latest = d;
  }
  if (latest === undefined) {
    return {
      hold: 'undecided',
      reason:
        atSession.length === 0
          ? reason(
              'scheduling.cancellation.crisis_open',
              'error',
              'A client of the session has an open crisis: no fee until the clinician decides it; route to the clinician.',
              { clientIds: inCrisis, route: 'clinician' },
            )
          : reason(
              'scheduling.cancellation.crisis_open',
              'error',
              'A client of the session had a crisis open at the session (or has one now): no fee until the clinician decides it, even once the crisis is closed; route to the clinician.',
              { clientIds: inCrisis, crisisAtSessionClientIds: atSession, route: 'clinician' },
            ),
    };
  }
  const facts = { clientIds: inCrisis, clinicianId: latest.clinicianId, decidedAt: latest.at };
  return latest.decision === 'waive'
    ? {
        hold: 'waive',
        reason: reason(
          'scheduling.cancellation.crisis_fee_waived',
          'info',
          'A client of the session has an open crisis and the clinician waived the fee.',
          facts,
        ),
      }
    : {
        hold: 'charge',
        reason: reason(
          'scheduling.cancellation.crisis_fee_approved',
          'info',
          'A client of the session has an open crisis and the clinician let the policy fee apply.',
          facts,
        ),
      };
}
