import type { PracticeTask } from '../../boundaries/index.js';
import { type Facts, type Reason, reason, type Severity } from '../../core/index.js';
import type { OpsReasonCode } from '../ops-reason-codes.js';
import { type ClientTouch, holdFor } from './client-holds.js';
import type { QueueContext } from './queue-context.js';
import type { WorkQueueRole } from './work-queue-role.js';
import {
  type RelatedRecord,
  type TaskHold,
  type TaskHoldReason,
  type TaskModule,
  type TaskPriority,
  type WorkTask,
  type WorkTaskKind,
  workTaskId,
} from './work-task.js';

/** What a producer says about one task; the id is derived from kind and related ids. */
export interface TaskSpec {
  readonly module: TaskModule;
  readonly kind: WorkTaskKind;
  readonly title: string;
  readonly due: string;
  readonly priority: TaskPriority;
  readonly practiceTask: PracticeTask;
  readonly ownerRole: WorkQueueRole;
  readonly related: readonly RelatedRecord[];
  readonly reasons: readonly Reason[];
  /** Ids for the task id when they differ from the related records' ids. */
  readonly idParts?: readonly string[];
  /** The clients the task contacts or asks for money, so it can be held (see {@link task}). */
  readonly touches?: ClientTouch;
  /**
   * The client whose channel consent the task lacks: the reminder or message has no channel they opted
   * in to, so the task is held until someone asks them how they want reminders.
   */
  readonly channelConsentMissingFor?: string;
}

/** What {@link task} needs to hold a task: who is held today, and who owns a task. */
export type HoldContext = Pick<QueueContext, 'holds' | 'ownerOf'>;

const HOLD_TITLES: Record<TaskHoldReason, string> = {
  do_not_contact: 'On hold (the client asked not to be contacted)',
  client_in_crisis: 'Held for the clinician (the client is in crisis today)',
  channel_consent_missing: 'On hold (ask the client how they want reminders)',
  crisis_open: 'On hold (a clinician is handling a message from this client)',
};

/** The title of a task held for a reason: the hold first, then what the work would have been. */
export function heldTitle(reason: TaskHoldReason, title: string): string {
  return `${HOLD_TITLES[reason]}: ${title}`;
}

/**
 * Builds a task with its stable id. A task that touches a client (`spec.touches`) is held when the day's
 * holds say so: a contact task for a client who asked not to be contacted stays with its owner as a hold;
 * a money task for a client in crisis goes to the clinician as a hold (their call when money may be asked
 * again). A task the producer marks `channelConsentMissingFor` (a reminder with no channel the client
 * opted in to) stays with its owner as a hold: ask the client how they want reminders. The client's own
 * holds (no contact, crisis) come first. The hold keeps the task's id, names the work it would have been
 * and whose, and says why first.
 */
export function task(spec: TaskSpec, context?: HoldContext): WorkTask {
  const found =
    (spec.touches === undefined || context === undefined
      ? undefined
      : holdFor(spec.touches, context.holds)) ??
    (spec.channelConsentMissingFor === undefined
      ? undefined
      : { reason: 'channel_consent_missing' as const, clientId: spec.channelConsentMissingFor });
  if (found !== undefined) return heldTask(spec, found, context);
  // Written out field by field, in the schema's order: a large practice builds hundreds of thousands.
  return {
    id: workTaskId(spec.kind, spec.idParts ?? spec.related.map((r) => r.id)),
    module: spec.module,
    kind: spec.kind,
    title: spec.title,
    due: spec.due,
    priority: spec.priority,
    practiceTask: spec.practiceTask,
    ownerRole: spec.ownerRole,
    related: [...spec.related],
    reasons: spec.reasons,
  };
}

/** An ops reason. */
export function opsReason(
  code: OpsReasonCode,
  severity: Severity,
  message: string,
  facts: Facts = {},
): Reason {
  return reason(code, severity, message, facts);
}

function heldTask(
  spec: TaskSpec,
  found: Pick<TaskHold, 'reason' | 'clientId'>,
  context: HoldContext | undefined,
): WorkTask {
  const hold: TaskHold = { ...found, practiceTask: spec.practiceTask, ownerRole: spec.ownerRole };
  const crisis = found.reason === 'client_in_crisis';
  const practiceTask: PracticeTask = crisis ? 'set_clinical_priority' : spec.practiceTask;
  const why = holdReason(spec, found);
  return {
    id: workTaskId(spec.kind, spec.idParts ?? spec.related.map((r) => r.id)),
    module: spec.module,
    kind: spec.kind,
    title: heldTitle(found.reason, spec.title),
    due: spec.due,
    priority: spec.priority,
    practiceTask,
    ownerRole: crisis && context !== undefined ? context.ownerOf(practiceTask) : spec.ownerRole,
    related: [...spec.related],
    reasons: [why, ...spec.reasons],
    hold,
  };
}

/** The reason a held task gives first. */
function holdReason(spec: TaskSpec, found: Pick<TaskHold, 'reason' | 'clientId'>): Reason {
  switch (found.reason) {
    case 'client_in_crisis':
      return opsReason(
        'ops.queue.hold_client_in_crisis',
        'warning',
        'A message from the client reads as a crisis today: ask nothing of them for money; the clinician decides when this may go ahead.',
        { clientId: found.clientId, heldTask: spec.practiceTask, heldFrom: spec.ownerRole },
      );
    case 'do_not_contact':
      return opsReason(
        'ops.queue.hold_do_not_contact',
        'warning',
        'The client asked not to be contacted: do not reach out; decide with the practice how (or whether) this is done.',
        { clientId: found.clientId, heldTask: spec.practiceTask },
      );
    case 'channel_consent_missing':
      return opsReason(
        'ops.queue.hold_channel_consent_missing',
        'warning',
        'The client may be reached on no channel this could go on (not opted in, or a plain channel whose risk was not accepted): do not send it; ask the client how they want reminders.',
        { clientId: found.clientId, heldTask: spec.practiceTask },
      );
    case 'crisis_open':
      return crisisOpenReason(found.clientId, spec.practiceTask, spec.ownerRole);
    default: {
      const exhausted: never = found.reason;
      return exhausted;
    }
  }
}

/**
 * The reason a task held for an open crisis gives first: plain words that name no message content, so
 * every role may see it.
 */
export function crisisOpenReason(clientId: string, heldTask: PracticeTask, heldFrom: WorkQueueRole): Reason {
  return opsReason(
    'ops.queue.held_for_crisis',
    'warning',
    'A clinician is handling a message from this client; hold routine contact until they close it.',
    { clientId, heldTask, heldFrom },
  );
}
