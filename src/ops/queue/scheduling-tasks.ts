import { compareText, formatInstant, readLocal, toEpochMs } from '../../core/index.js';
import type { PracticeData } from '../data/practice-data.js';
import type { QueueContext } from './queue-context.js';
import { opsReason, task } from './task-builder.js';
import type { WorkTask } from './work-task.js';

const DAY_MS = 86_400_000;
const LATE_CANCEL_HOURS = 24;

/** Scheduling tasks: waitlist offers and check-ins, missed-session fees, reminders. */
export function schedulingTasks(data: PracticeData, ctx: QueueContext): WorkTask[] {
  const out: WorkTask[] = [];
  const clients = new Map(data.clients.map((c) => [c.id, c]));
  const waiting = [...data.waitlist].sort(
    (a, b) => compareText(a.addedOn, b.addedOn) || compareText(a.id, b.id),
  );
  const offered = new Set<string>();
  for (const appt of data.appointments) {
    const start = toEpochMs(appt.start);
    if (appt.status === 'cancelled' && start >= ctx.nowMs) {
      const entry = waiting.find(
        (w) =>
          !offered.has(w.id) &&
          (w.clinicianId === undefined || w.clinicianId === appt.clinicianId) &&
          (w.modality === 'any' || w.modality === appt.modality),
      );
      if (entry !== undefined) {
        offered.add(entry.id);
        out.push(
          task({
            module: 'scheduling',
            kind: 'scheduling.waitlist_offer',
            title: 'Offer an opening to the next waitlist client',
            due: ctx.asOf,
            priority: 'normal',
            practiceTask: 'schedule_appointment',
            ownerRole: ctx.ownerOf('schedule_appointment'),
            related: [
              { kind: 'appointment', id: appt.id },
              { kind: 'waitlist_entry', id: entry.id },
            ],
            reasons: [
              opsReason(
                'ops.queue.waitlist_offer',
                'info',
                'The cancelled slot matches this entry, first in line.',
                {
                  waitingSince: entry.addedOn,
                },
              ),
            ],
          }),
        );
      }
    }
    const past = start < ctx.nowMs && start >= ctx.nowMs - 7 * DAY_MS;
    const lateCancel =
      appt.status === 'cancelled' &&
      appt.cancelledBy === 'client' &&
      appt.cancelledAt !== undefined &&
      start - toEpochMs(appt.cancelledAt) < LATE_CANCEL_HOURS * 3_600_000;
    if (past && (appt.status === 'no_show' || lateCancel)) {
      const client = clients.get(appt.clientId);
      const exempt = client?.payerClass === 'medicaid' || client?.policyAcknowledged === false;
      out.push(
        task({
          module: 'scheduling',
          kind: 'scheduling.missed_session_fee',
          title: `${appt.status === 'no_show' ? 'No-show' : 'Late cancellation'}: ${exempt ? 'waive' : 'apply'} the fee`,
          due: ctx.asOf,
          priority: 'normal',
          practiceTask: 'reschedule_within_policy',
          ownerRole: ctx.ownerOf('reschedule_within_policy'),
          related: [
            { kind: 'appointment', id: appt.id },
            { kind: 'client', id: appt.clientId },
          ],
          reasons: [
            exempt
              ? opsReason(
                  'ops.queue.missed_session_fee_exempt',
                  'info',
                  'This client may not be charged a missed-session fee.',
                  {
                    payerClass: client?.payerClass ?? null,
                    policyAcknowledged: client?.policyAcknowledged ?? null,
                  },
                )
              : opsReason('ops.queue.missed_session_fee', 'info', 'The policy fee applies unless waived.', {
                  status: appt.status,
                }),
          ],
        }),
      );
    }
    if (appt.status === 'scheduled' && start >= ctx.nowMs && start < ctx.nowMs + 2 * DAY_MS) {
      const client = clients.get(appt.clientId);
      const zone = client?.zone ?? data.practice.zone;
      const remindAt = formatInstant(Math.max(ctx.nowMs, start - DAY_MS), zone);
      out.push(
        task({
          module: 'scheduling',
          kind: 'scheduling.reminder_due',
          title: `Send the reminder for a session at ${readLocal(start, zone).time} client time`,
          due: remindAt,
          priority: 'low',
          practiceTask: 'schedule_appointment',
          ownerRole: ctx.ownerOf('schedule_appointment'),
          related: [{ kind: 'appointment', id: appt.id }],
          reasons: [opsReason('ops.queue.reminder_due', 'info', 'Sessions get a reminder the day before.')],
        }),
      );
    }
  }
  for (const entry of data.waitlist) {
    if (offered.has(entry.id)) continue;
    const quiet = ctx.asOfDay - Math.floor(toEpochMs(`${entry.lastContactOn}T00:00:00Z`) / DAY_MS);
    if (quiet < data.policies.waitlistStaleDays) continue;
    out.push(
      task({
        module: 'scheduling',
        kind: 'scheduling.waitlist_check_in',
        title: 'Check in with a waitlist client',
        due: ctx.asOf,
        priority: 'low',
        practiceTask: 'schedule_appointment',
        ownerRole: ctx.ownerOf('schedule_appointment'),
        related: [{ kind: 'waitlist_entry', id: entry.id }],
        reasons: [
          opsReason('ops.queue.waitlist_check_in', 'info', `No contact for ${quiet} days.`, {
            daysSinceContact: quiet,
          }),
        ],
      }),
    );
  }
  return out;
}
