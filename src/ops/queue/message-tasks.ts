import { match } from 'ts-pattern';
import { compileTriageRules, type TriageDecision, triageMessage } from '../../boundaries/index.js';
import type { Severity } from '../../core/index.js';
import type { PracticeData } from '../data/practice-data.js';
import type { OpsReasonCode } from '../ops-reason-codes.js';
import type { QueueContext } from './queue-context.js';
import { opsReason, task } from './task-builder.js';
import type { TaskPriority, WorkTask, WorkTaskKind } from './work-task.js';

/** What a message task is, by triage outcome: its kind, title, priority, the work it is, and why. */
interface MessageTaskShape {
  readonly kind: WorkTaskKind;
  readonly title: string;
  readonly priority: TaskPriority;
  readonly practiceTask: 'set_clinical_priority' | 'reply_with_approved_template';
  readonly reason: readonly [OpsReasonCode, Severity, string];
}

const ADMIN_REASON = [
  'ops.queue.message_admin',
  'info',
  'An administrative message awaits a reply.',
] as const;

// Crisis first, then clinical, then what costs a session or money if it waits.
function shapeOf(outcome: TriageDecision['outcome']): MessageTaskShape {
  return match(outcome)
    .returnType<MessageTaskShape>()
    .with('crisis', () => ({
      kind: 'boundaries.message_crisis',
      title: 'CRISIS message: on-call clinician must act now (send crisis resources: 988, 911)',
      priority: 'crisis',
      practiceTask: 'set_clinical_priority',
      reason: [
        'ops.queue.message_crisis',
        'error',
        'Crisis language: escalate to the on-call clinician now; never queue it.',
      ],
    }))
    .with('clinical', () => ({
      kind: 'boundaries.message_clinical',
      title: 'Clinical message: a clinician must read and answer it',
      priority: 'clinical',
      practiceTask: 'set_clinical_priority',
      reason: [
        'ops.queue.message_clinical',
        'warning',
        'A clinician must read this message; the assistant does not answer it.',
      ],
    }))
    .with('scheduling', 'billing', 'paperwork', (o) => ({
      kind: `boundaries.message_${o}`,
      title: `Reply to a ${o} message`,
      priority: 'high',
      practiceTask: 'reply_with_approved_template',
      reason: ADMIN_REASON,
    }))
    .with('general', () => ({
      kind: 'boundaries.message_general',
      title: 'Reply to a general message',
      priority: 'normal',
      practiceTask: 'reply_with_approved_template',
      reason: ADMIN_REASON,
    }))
    .exhaustive();
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
    const shape = shapeOf(decision.outcome);
    const [code, severity, text] = shape.reason;
    const clinical = shape.practiceTask === 'set_clinical_priority';
    out.push(
      task({
        module: 'boundaries',
        kind: shape.kind,
        title: shape.title,
        due: message.receivedAt,
        priority: shape.priority,
        practiceTask: shape.practiceTask,
        ownerRole: decision.routeTo,
        related: [
          { kind: 'message', id: message.id },
          { kind: 'client', id: message.clientId },
        ],
        reasons: [
          opsReason(
            code,
            severity,
            text,
            clinical ? { onCall: decision.onCall, channel: message.channel } : { channel: message.channel },
          ),
          ...decision.reasons,
        ],
      }),
    );
  }
  return out;
}
