import { match } from 'ts-pattern';
import { compileTriageRules, type TriageDecision, triageMessage } from '../../boundaries/index.js';
import type { Severity } from '../../core/index.js';
import { toEpochMs } from '../../core/internal.js';
import type { PracticeData } from '../data/practice-data.js';
import type { OpsReasonCode } from '../ops-reason-codes.js';
import type { QueueContext } from './queue-context.js';
import { opsReason, task } from './task-builder.js';
import type { WorkQueueRole } from './work-queue-role.js';
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

const CRISIS_KIND: WorkTaskKind = 'boundaries.message_crisis';

/**
 * The crisis alerts of a role: for every open crisis message task the role does not own (the caller passes
 * the tasks left open once the log's entries are read, so a crisis a clinician closed raises none), a task on top of its queue
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
export function messageTasks(data: PracticeData, ctx: QueueContext): WorkTask[] {
  const messages = data.messages.filter(
    // A message that arrives after the queue's day (a queue asked for a past day) is not yet there to answer,
    // as the crisis holds read it: the day's queue is what the practice could see that day.
    (m) => !m.handled && toEpochMs(m.receivedAt) < ctx.endMs,
  );
  if (messages.length === 0) return [];
  const rules = compileTriageRules(data.policies.triage);
  const out: WorkTask[] = [];
  for (const message of messages) {
    const decision = triageMessage(
      message.text,
      message.signals === undefined ? { rules } : { rules, signals: message.signals },
    );
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
