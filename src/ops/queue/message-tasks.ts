import { compileTriageRules, type TriageDecision, triageMessage } from '../../boundaries/index.js';
import type { PracticeData } from '../data/practice-data.js';
import type { QueueContext } from './queue-context.js';
import { opsReason, task } from './task-builder.js';
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
        kind: `boundaries.message_${decision.outcome}`,
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
