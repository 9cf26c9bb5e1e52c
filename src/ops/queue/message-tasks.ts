import { compileTriageRules, type TriageDecision, triageMessage } from '../../boundaries/index.js';
import type { PracticeData } from '../data/practice-data.js';
import type { QueueContext } from './queue-context.js';
import { opsReason, task } from './task-builder.js';
import type { WorkQueueRole } from './work-queue-role.js';
import type { TaskPriority, WorkTask } from './work-task.js';

/** Crisis first, then clinical, then what costs a session or money if it waits. */
const PRIORITIES: Record<TriageDecision['outcome'], TaskPriority> = {
  crisis: 'crisis',
  clinical: 'clinical',
  billing: 'high',
  paperwork: 'high',
  scheduling: 'high',
  general: 'normal',
};

const TITLES: Record<TriageDecision['outcome'], string> = {
  crisis: 'CRISIS message: on-call clinician must act now (send crisis resources: 988, 911)',
  clinical: 'Clinical message: a clinician must read and answer it',
  scheduling: 'Reply to a scheduling message',
  billing: 'Reply to a billing message',
  paperwork: 'Reply to a paperwork message',
  general: 'Reply to a general message',
};

const CRISIS_KIND = 'boundaries.message_crisis';

/**
 * The crisis alerts of a role: for every crisis message the role does not own, a task on top of its queue
 * saying that a client message needs the on-call clinician now and whom to call, without the message or who
 * wrote it (staff alert the clinician; they do not read or answer a crisis). The role the crisis is routed
 * to gets none: the crisis task itself is on top of its queue.
 *
 * @example
 * ```ts
 * crisisAlerts(tasks, 'biller', { name: 'Dr. Rivera (on call)', phone: '+15125550100' })[0]?.title;
 * //=> 'A client message needs the on-call clinician now: call Dr. Rivera (on call) at +15125550100'
 * ```
 */
export function crisisAlerts(
  tasks: readonly WorkTask[],
  role: WorkQueueRole,
  onCall: PracticeData['practice']['onCall'],
): WorkTask[] {
  return tasks
    .filter((t) => t.kind === CRISIS_KIND && t.ownerRole !== role)
    .map((crisis) => {
      const message = crisis.related.filter((r) => r.kind === 'message');
      return task({
        module: 'boundaries',
        kind: 'boundaries.crisis_alert',
        title:
          onCall === undefined
            ? 'A client message needs the on-call clinician now: reach them by the practice’s crisis procedure'
            : `A client message needs the on-call clinician now: call ${onCall.name} at ${onCall.phone}`,
        due: crisis.due,
        priority: 'crisis',
        practiceTask: 'alert_on_call_clinician',
        ownerRole: role,
        related: message,
        reasons: [
          opsReason(
            'ops.queue.crisis_alert',
            'error',
            'A client message needs the on-call clinician now: alert them; do not answer the message or read it out.',
            { onCallName: onCall?.name ?? null, onCallPhone: onCall?.phone ?? null },
          ),
        ],
      });
    });
}

/**
 * Message tasks: every unhandled inbound message, classified and routed by the boundaries module's
 * triage (crisis to the on-call clinician at once, clinical to a clinician, the rest to the role that
 * handles them). The message text is read by triage only; no task repeats it.
 */
export function messageTasks(data: PracticeData, _ctx: QueueContext): WorkTask[] {
  const rules = compileTriageRules(data.policies.triage);
  const out: WorkTask[] = [];
  for (const message of data.messages) {
    if (message.handled) continue;
    const decision = triageMessage(message.text, { rules });
    const clinical = decision.outcome === 'crisis' || decision.outcome === 'clinical';
    const practiceTask = clinical ? 'set_clinical_priority' : 'reply_with_approved_template';
    out.push(
      task({
        module: 'boundaries',
        kind: decision.outcome === 'crisis' ? CRISIS_KIND : `boundaries.message_${decision.outcome}`,
        title: TITLES[decision.outcome],
        due: message.receivedAt,
        priority: PRIORITIES[decision.outcome],
        practiceTask,
        ownerRole: decision.routeTo,
        related: [
          { kind: 'message', id: message.id },
          { kind: 'client', id: message.clientId },
        ],
        reasons: [
          clinical
            ? opsReason(
                decision.outcome === 'crisis' ? 'ops.queue.message_crisis' : 'ops.queue.message_clinical',
                decision.outcome === 'crisis' ? 'error' : 'warning',
                decision.outcome === 'crisis'
                  ? 'Crisis language: escalate to the on-call clinician now; never queue it.'
                  : 'A clinician must read this message; the assistant does not answer it.',
                { onCall: decision.onCall, channel: message.channel },
              )
            : opsReason('ops.queue.message_admin', 'info', 'An administrative message awaits a reply.', {
                channel: message.channel,
              }),
          ...decision.reasons,
        ],
      }),
    );
  }
  return out;
}
