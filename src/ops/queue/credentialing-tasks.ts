import { addDays, toEpochDay } from '../../core/index.js';
import type { PracticeData } from '../data/practice-data.js';
import type { QueueContext } from './queue-context.js';
import { opsReason, task } from './task-builder.js';
import type { TaskPriority, WorkTask } from './work-task.js';

const CAQH_DAYS = 120;
const STALLABLE = new Set(['gathering_documents', 'submitted', 'in_review', 'more_information_requested']);

/** The tightest lead window a deadline `daysLeft` away falls in, or null when outside every window. */
function leadWindow(daysLeft: number, leads: readonly number[]): number | null {
  const inside = leads.filter((l) => daysLeft <= l);
  return inside.length === 0 ? null : Math.min(...inside);
}

function priorityFor(daysLeft: number): TaskPriority {
  return daysLeft < 0 ? 'high' : daysLeft <= 30 ? 'high' : 'normal';
}

/** Credentialing tasks: license, attestation, malpractice and recredentialing deadlines; stalled enrollments. */
export function credentialingTasks(data: PracticeData, ctx: QueueContext): WorkTask[] {
  const out: WorkTask[] = [];
  const leads = data.policies.credentialingLeadDays;
  for (const cred of data.credentials) {
    const due =
      cred.kind === 'caqh' && cred.attestedOn !== undefined
        ? addDays(cred.attestedOn, CAQH_DAYS)
        : cred.expiresOn;
    const daysLeft = toEpochDay(due) - ctx.asOfDay;
    const window = leadWindow(daysLeft, leads);
    if (window === null) continue;
    const what =
      cred.kind === 'caqh'
        ? 'CAQH re-attestation'
        : cred.kind === 'license'
          ? `${cred.state ?? ''} license renewal`.trim()
          : `${cred.kind.replaceAll('_', ' ')} renewal`;
    out.push(
      task({
        module: 'credentialing',
        kind: 'credentialing.deadline',
        title: `${what} due ${due}${daysLeft < 0 ? ' (overdue)' : ''}`,
        due,
        priority: priorityFor(daysLeft),
        ownerRole: 'credentialing_coordinator',
        related: [
          { kind: 'credential', id: cred.id },
          { kind: 'clinician', id: cred.clinicianId },
        ],
        reasons: [
          opsReason(
            'ops.queue.credential_deadline',
            daysLeft <= 30 ? 'warning' : 'info',
            `${daysLeft} day(s) left (inside the ${window}-day alert).`,
            {
              due,
              daysLeft,
              leadDays: window,
            },
          ),
        ],
      }),
    );
  }
  for (const enr of data.enrollments) {
    if (enr.status === 'approved' && enr.recredentialDueOn !== undefined) {
      const daysLeft = toEpochDay(enr.recredentialDueOn) - ctx.asOfDay;
      const window = leadWindow(daysLeft, leads);
      if (window !== null) {
        out.push(
          task({
            module: 'credentialing',
            kind: 'credentialing.recredentialing_due',
            title: `Recredentialing with a payer due ${enr.recredentialDueOn}`,
            due: enr.recredentialDueOn,
            priority: priorityFor(daysLeft),
            ownerRole: 'credentialing_coordinator',
            related: [
              { kind: 'enrollment', id: enr.id },
              { kind: 'clinician', id: enr.clinicianId },
            ],
            reasons: [
              opsReason('ops.queue.recredentialing_due', 'warning', `${daysLeft} day(s) left.`, {
                daysLeft,
                leadDays: window,
              }),
            ],
          }),
        );
      }
    }
    if (!STALLABLE.has(enr.status)) continue;
    const last = enr.lastContactOn ?? enr.submittedOn;
    if (last === undefined) continue;
    const quiet = ctx.asOfDay - toEpochDay(last);
    if (quiet < data.policies.enrollmentStallDays) continue;
    out.push(
      task({
        module: 'credentialing',
        kind: 'credentialing.enrollment_stalled',
        title: `Follow up a stalled enrollment (${enr.status.replaceAll('_', ' ')})`,
        due: addDays(last, data.policies.enrollmentStallDays),
        priority: 'normal',
        ownerRole: 'credentialing_coordinator',
        related: [
          { kind: 'enrollment', id: enr.id },
          { kind: 'clinician', id: enr.clinicianId },
        ],
        reasons: [
          opsReason('ops.queue.enrollment_stalled', 'warning', `No movement for ${quiet} days.`, {
            daysSinceContact: quiet,
            status: enr.status,
          }),
        ],
      }),
    );
  }
  return out;
}
