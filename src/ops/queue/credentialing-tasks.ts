import { buildCredentialingCalendar, type CredentialingDeadline } from '../../credentialing/index.js';
import { getRecredentialingLateDate } from '../../credentialing/internal.js';
import { credentialingPayerPolicies } from '../data/payer-credentialing.js';
import type { PracticeData } from '../data/practice-data.js';
import { deadlineDue } from './deadline-due.js';
import type { QueueContext } from './queue-context.js';
import { opsReason, task } from './task-builder.js';
import type { SkippedRecord } from './work-queue.js';
import type { RelatedRecord, TaskPriority, WorkTask } from './work-task.js';

function priorityOf(deadline: CredentialingDeadline): TaskPriority {
  // High is rare: overdue, or due this week.
  return deadline.severity === 'error' || deadline.daysLeft <= 7 ? 'high' : 'normal';
}

function titleOf(deadline: CredentialingDeadline): string {
  const what = deadline.kind.replaceAll('_', ' ');
  if (deadline.daysLeft >= 0) return `${what} due ${deadline.dueOn}`;
  // A plan that missed recredentialing may still recredential for 30 days: say until when.
  return deadline.kind === 'recredentialing'
    ? `Overdue: recredentialing (was due ${deadline.dueOn}; the plan may still recredential until ${getRecredentialingLateDate(deadline.dueOn)})`
    : `Overdue: ${what} (was due ${deadline.dueOn})`;
}

/**
 * Credentialing tasks from the credentialing module's deadline calendar: every deadline overdue or inside
 * a lead-time alert (license, compact, CAQH, malpractice, DEA, board, supervision, recredentialing,
 * revalidation, stalled enrollment follow-ups). The credentialing coordinator tracks them all; the module's owner (who
 * must act, e.g. the clinician renewing a license) is kept in the reasons' facts.
 */
export function credentialingTasks(
  data: PracticeData,
  ctx: QueueContext,
): { tasks: WorkTask[]; skipped: SkippedRecord[] } {
  const calendar = buildCredentialingCalendar(
    { clinicians: data.credentials, enrollments: data.enrollments },
    { asOf: ctx.asOf, ...data.policies.credentialing, payers: credentialingPayerPolicies(data) },
  );
  const tasks: WorkTask[] = [];
  for (const deadline of calendar.deadlines) {
    if (deadline.severity === 'info') continue;
    const related: RelatedRecord[] = [{ kind: 'clinician', id: deadline.clinicianId }];
    if (deadline.payerId !== null) related.push({ kind: 'payer', id: deadline.payerId });
    const due = deadlineDue(deadline.dueOn, ctx);
    tasks.push(
      task({
        module: 'credentialing',
        kind: `credentialing.${deadline.kind}`,
        title: titleOf(deadline),
        due: due.due,
        priority: priorityOf(deadline),
        practiceTask: 'gather_credentialing_documents',
        ownerRole: ctx.ownerOf('gather_credentialing_documents'),
        related,
        idParts: [deadline.id],
        // Why it is in the queue, as every task says, then the credentialing module's own reasons.
        reasons: [
          opsReason(
            'ops.queue.credentialing_deadline',
            deadline.severity,
            deadline.daysLeft < 0
              ? 'A credentialing deadline has passed: act on it now.'
              : 'A credentialing deadline is inside its lead window.',
            { deadlineKind: deadline.kind, dueOn: deadline.dueOn, daysLeft: deadline.daysLeft },
          ),
          ...due.reasons,
          ...deadline.reasons.map((r) => ({
            ...r,
            facts: { ...r.facts, actionBy: deadline.owner, needed: deadline.needed },
          })),
        ],
      }),
    );
  }
  const skipped: SkippedRecord[] = [
    ...calendar.invalid.clinicians.flatMap((r) =>
      r.issues.map((i) => ({ at: `$.credentials${i.at.slice(1)}`, code: i.code, message: i.message })),
    ),
    ...calendar.invalid.enrollments.flatMap((r) =>
      r.issues.map((i) => ({ at: `$.enrollments${i.at.slice(1)}`, code: i.code, message: i.message })),
    ),
  ];
  return { tasks, skipped };
}
