import { type Instant, reason, validateBatch } from '../../core/index.js';
import {
  IntakeClientFile,
  type IntakeClientFileInput,
  type IntakeFollowUpPolicy,
  type IntakePacketPolicy,
  type IntakeReminderChannel,
} from '../../intake/index.js';
import { reminderPlanOf } from '../../intake/internal.js';
import type { ReplayChange, SectionReplay } from './replay-change.js';

/** A client's paperwork reminders under one cadence: when, and by which channel. */
export interface IntakeReplaySide {
  readonly reminders: readonly { readonly at: Instant; readonly channel: IntakeReminderChannel }[];
}

/**
 * Paperwork follow-ups before and after, by channel: the reminders the proposed cadence would send
 * that the current one does not, and the other way round.
 *
 * @example
 * ```ts
 * replay.intakeFollowUps?.totals.byChannel.text; //=> { before: 14, after: 0 }
 * ```
 */
export interface IntakeReplayTotals {
  /** Clients with paperwork open replayed. */
  readonly clients: number;
  readonly changed: number;
  readonly remindersBefore: number;
  readonly remindersAfter: number;
  readonly wouldBeSent: number;
  readonly wouldNotBeSent: number;
  readonly byChannel: Readonly<
    Record<IntakeReminderChannel, { readonly before: number; readonly after: number }>
  >;
}

export type IntakeReplay = SectionReplay<IntakeReplayTotals, IntakeReplaySide>;

const key = (r: { at: Instant; channel: string }) => `${r.at} ${r.channel}`;

/**
 * Replays the paperwork reminder cadence of each client file (as it stood at `asOfMs`) under the current
 * and the proposed follow-up policy. Files that are not valid intake files are left out, as the intake
 * queue leaves them out.
 */
export function replayIntakeFollowUps(
  files: readonly IntakeClientFileInput[],
  packet: IntakePacketPolicy,
  current: IntakeFollowUpPolicy,
  proposed: IntakeFollowUpPolicy,
  asOfMs: number,
): IntakeReplay {
  const byChannel = { email: { before: 0, after: 0 }, text: { before: 0, after: 0 } };
  const changes: ReplayChange<IntakeReplaySide>[] = [];
  let clients = 0;
  let remindersBefore = 0;
  let remindersAfter = 0;
  let wouldBeSent = 0;
  let wouldNotBeSent = 0;
  for (const { value: file } of validateBatch(IntakeClientFile, files).valid) {
    const side = (policy: IntakeFollowUpPolicy): IntakeReplaySide => ({
      // A held reminder (no channel the client opted in to) is never sent: only planned ones count.
      reminders: reminderPlanOf(file, packet, policy, asOfMs).flatMap((r) =>
        r.channel === null ? [] : [{ at: r.at, channel: r.channel }],
      ),
    });
    const before = side(current);
    const after = side(proposed);
    if (before.reminders.length === 0 && after.reminders.length === 0) continue;
    clients += 1;
    remindersBefore += before.reminders.length;
    remindersAfter += after.reminders.length;
    for (const r of before.reminders) byChannel[r.channel].before += 1;
    for (const r of after.reminders) byChannel[r.channel].after += 1;
    const was = new Set(before.reminders.map(key));
    const now = new Set(after.reminders.map(key));
    const added = after.reminders.filter((r) => !was.has(key(r)));
    const dropped = before.reminders.filter((r) => !now.has(key(r)));
    if (added.length + dropped.length === 0) continue;
    wouldBeSent += added.length;
    wouldNotBeSent += dropped.length;
    changes.push({
      id: file.client.id,
      before,
      after,
      reasons: [
        reason(
          'ops.replay.intake_follow_ups_changed',
          'info',
          'The paperwork reminders of this client differ under the proposed cadence.',
          { wouldBeSent: added.length, wouldNotBeSent: dropped.length },
        ),
      ],
    });
  }
  return {
    totals: {
      clients,
      changed: changes.length,
      remindersBefore,
      remindersAfter,
      wouldBeSent,
      wouldNotBeSent,
      byChannel,
    },
    changes,
  };
}
