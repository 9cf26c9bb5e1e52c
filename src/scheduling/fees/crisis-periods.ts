import * as z from 'zod';
import { ClientId, Instant } from '../../core/index.js';
import { toEpochMs } from '../../core/internal.js';
import type { SchedulingAppointment } from '../appointments/appointment.js';

/**
 * When a client's crisis was open: from when it was raised (a crisis message's receipt) to when a
 * clinician closed it, `to` left out while it is still open. A missed session inside one stays the
 * clinician's to decide even after the crisis is closed.
 *
 * @example
 * ```ts
 * CrisisPeriod.parse({ clientId: 'c-1', from: '2026-11-02T08:10:00-05:00', to: '2026-11-03T16:00:00-05:00' });
 * //=> { clientId: 'c-1', from: '2026-11-02T08:10:00-05:00', to: '2026-11-03T16:00:00-05:00' }
 * ```
 */
export const CrisisPeriod = z
  .strictObject({
    clientId: ClientId,
    /** When the crisis was raised. */
    from: Instant,
    /** When a clinician closed it; left out while it is open. */
    to: Instant.optional(),
  })
  .refine((p) => p.to === undefined || toEpochMs(p.to) >= toEpochMs(p.from), {
    message: 'must not end before it starts',
    path: ['to'],
  });
export type CrisisPeriod = z.infer<typeof CrisisPeriod>;

/**
 * The session's clients whose crisis was open at any time from the miss (a client cancellation's time,
 * else the start) to the session's start (internal): a period raised after `asOfMs` is not known yet. The
 * queue reads the same from its crisis messages.
 */
export function clientsInCrisisAtSession(
  appointment: SchedulingAppointment,
  periods: readonly CrisisPeriod[],
  asOfMs: number,
): string[] {
  const { from, to } = missSpanMs(appointment);
  const held: string[] = [];
  for (const p of periods) {
    const raisedMs = toEpochMs(p.from);
    if (raisedMs > asOfMs || !appointment.clientIds.includes(p.clientId) || held.includes(p.clientId))
      continue;
    const closedMs = p.to === undefined ? Number.POSITIVE_INFINITY : toEpochMs(p.to);
    if (raisedMs <= to && closedMs > from) held.push(p.clientId);
  }
  return held;
}

/**
 * {@link clientsInCrisisAtSession} for each session, added to what the caller already knows
 * (`known`, by appointment id; the ops queue reads it from its crisis messages) (internal: the fee list
 * and the single fee read crisis periods through this one rule). A session with no such client is left out.
 */
export function crisisAtSessions(
  appointments: readonly SchedulingAppointment[],
  periods: readonly CrisisPeriod[],
  asOfMs: number,
  known: ReadonlyMap<string, readonly string[]> = new Map(),
): ReadonlyMap<string, readonly string[]> {
  if (periods.length === 0) return known;
  const merged = new Map<string, readonly string[]>(known);
  for (const appointment of appointments) {
    const held = clientsInCrisisAtSession(appointment, periods, asOfMs);
    if (held.length === 0) continue;
    const before = merged.get(appointment.id) ?? [];
    merged.set(appointment.id, [...before, ...held.filter((id) => !before.includes(id))]);
  }
  return merged;
}

/**
 * The span from a session's miss (a client cancellation's time, else the start) to its start, in epoch
 * milliseconds, earlier end first (internal): a crisis open at any time in it holds the session's fee.
 */
export function missSpanMs(appointment: Pick<SchedulingAppointment, 'start' | 'status'>): {
  readonly from: number;
  readonly to: number;
} {
  const startMs = toEpochMs(appointment.start);
  const s = appointment.status;
  const eventMs = s.state === 'cancelled' && s.at !== undefined ? toEpochMs(s.at) : startMs;
  return { from: Math.min(startMs, eventMs), to: Math.max(startMs, eventMs) };
}
