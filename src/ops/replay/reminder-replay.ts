import { type Instant, reason } from '../../core/index.js';
import { compareText, toEpochMs } from '../../core/internal.js';
import type { ReminderPolicy, SchedulingAppointment, SchedulingClient } from '../../scheduling/index.js';
import { planRemindersFromValidated } from '../../scheduling/internal.js';
import type { ReplayChange, SectionReplay } from './replay-change.js';

/** The reminders of one session for one client under one policy: lead hours and send times. */
export interface ReminderReplaySide {
  readonly reminders: readonly { readonly hoursBefore: number; readonly sendAt: Instant }[];
}

/**
 * Session reminders before and after, counted by lead time. Only reminders that would go out count: one
 * held for channel consent (the client opted in to none of the policy's channels) is never sent, nor one
 * asking for a confirmation the session's record shows the client had given (a confirmation of its start,
 * kept on the record whatever its status now); a record with no confirmation is replayed unconfirmed.
 *
 * @example
 * ```ts
 * replay.reminders?.totals.wouldBeSent; //=> 120
 * ```
 */
export interface ReminderReplayTotals {
  /** Sessions × clients replayed. */
  readonly sessions: number;
  readonly changed: number;
  readonly sentBefore: number;
  readonly sentAfter: number;
  /** Reminders the proposal sends that the current policy did not (by lead time). */
  readonly wouldBeSent: number;
  /** Reminders the current policy sent that the proposal would not. */
  readonly wouldNotBeSent: number;
  /** Reminders kept at the same lead time whose send time moves (quiet hours). */
  readonly moved: number;
  /** Reminders sent before and after, per lead time in hours. */
  readonly byLeadHours: Readonly<Record<string, { readonly before: number; readonly after: number }>>;
}

export type ReminderReplay = SectionReplay<ReminderReplayTotals, ReminderReplaySide>;

/** A session to replay reminders for: the policy in force then under each side, and its clients. */
export interface ReminderSession {
  readonly appointment: SchedulingAppointment;
  readonly clients: readonly SchedulingClient[];
  readonly before: ReminderPolicy | null;
  readonly after: ReminderPolicy;
}

// Replayed as it was before the session: scheduled then, with the confirmation its record keeps, whatever
// its status now; a reminder due after a cancellation was never sent, nor one asking for a confirmation the
// client had already given (from it on only the policy's confirmed cadence goes). A cancellation whose time
// is not recorded stops none, and a session whose record keeps no confirmation is replayed unconfirmed
// (its reminders are counted as the policy plans them: which were sent is not known).
function sent(
  appointment: SchedulingAppointment,
  client: SchedulingClient,
  policy: ReminderPolicy | null,
): ReminderReplaySide {
  if (policy === null) return { reminders: [] };
  const status = appointment.status;
  const stopMs =
    status.state === 'cancelled' && status.at !== undefined ? toEpochMs(status.at) : Number.POSITIVE_INFINITY;
  const confirmation = status.confirmation;
  const asScheduled: SchedulingAppointment = {
    ...appointment,
    status: confirmation === undefined ? { state: 'scheduled' } : { state: 'scheduled', confirmation },
  };
  const reminders: { hoursBefore: number; sendAt: Instant }[] = [];
  for (const r of planRemindersFromValidated(asScheduled, client, policy))
    if (r.status === 'planned' && r.sendAt !== null && toEpochMs(r.sendAt) < stopMs)
      reminders.push({ hoursBefore: r.hoursBefore, sendAt: r.sendAt });
  return { reminders };
}

/** Replays the session reminders of each session for each client under both policies. */
export function replayReminders(sessions: readonly ReminderSession[]): ReminderReplay {
  const changes: ReplayChange<ReminderReplaySide>[] = [];
  const byLead = new Map<number, { before: number; after: number }>();
  const count = (hours: number, side: 'before' | 'after') => {
    const c = byLead.get(hours) ?? { before: 0, after: 0 };
    c[side] += 1;
    byLead.set(hours, c);
  };
  const order: number[] = [];
  let pairs = 0;
  let sentBefore = 0;
  let sentAfter = 0;
  let wouldBeSent = 0;
  let wouldNotBeSent = 0;
  let moved = 0;
  for (const s of sessions) {
    for (const client of s.clients) {
      pairs += 1;
      const before = sent(s.appointment, client, s.before);
      const after = sent(s.appointment, client, s.after);
      sentBefore += before.reminders.length;
      sentAfter += after.reminders.length;
      for (const r of before.reminders) count(r.hoursBefore, 'before');
      for (const r of after.reminders) count(r.hoursBefore, 'after');
      const was = new Map(before.reminders.map((r) => [r.hoursBefore, r.sendAt]));
      const now = new Map(after.reminders.map((r) => [r.hoursBefore, r.sendAt]));
      const added = after.reminders.filter((r) => !was.has(r.hoursBefore)).map((r) => r.hoursBefore);
      const dropped = before.reminders.filter((r) => !now.has(r.hoursBefore)).map((r) => r.hoursBefore);
      const shifted = after.reminders
        .filter((r) => was.has(r.hoursBefore) && was.get(r.hoursBefore) !== r.sendAt)
        .map((r) => r.hoursBefore);
      if (added.length + dropped.length + shifted.length === 0) continue;
      wouldBeSent += added.length;
      wouldNotBeSent += dropped.length;
      moved += shifted.length;
      order.push(toEpochMs(s.appointment.start));
      changes.push({
        id: `${s.appointment.id}/${client.id}`,
        before,
        after,
        reasons: [
          reason(
            'ops.replay.reminders_changed',
            'info',
            'The reminders of this session differ under the proposed policy.',
            {
              appointmentId: s.appointment.id,
              clientId: client.id,
              wouldBeSent: added,
              wouldNotBeSent: dropped,
              moved: shifted,
            },
          ),
        ],
      });
    }
  }
  // In session order (start, then appointment and client id), whatever order the file lists them in: the
  // same history gives the same diff [audit 2026-12-07: it followed the file's order].
  const sorted = changes
    .map((change, i) => ({ change, startMs: order[i] as number }))
    .sort((x, y) => x.startMs - y.startMs || compareText(x.change.id, y.change.id))
    .map((x) => x.change);
  const byLeadHours: Record<string, { before: number; after: number }> = {};
  for (const hours of [...byLead.keys()].sort((a, b) => b - a))
    byLeadHours[String(hours)] = byLead.get(hours) as { before: number; after: number };
  return {
    totals: {
      sessions: pairs,
      changed: sorted.length,
      sentBefore,
      sentAfter,
      wouldBeSent,
      wouldNotBeSent,
      moved,
      byLeadHours,
    },
    changes: sorted,
  };
}
