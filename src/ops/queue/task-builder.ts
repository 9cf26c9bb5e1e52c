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
}

/** What {@link task} needs to hold a task: who is held today, and who owns a task. */
export type HoldContext = Pick<QueueContext, 'holds' | 'ownerOf'>;

const HOLD_TITLES: Record<TaskHoldReason, string> = {
  do_not_contact: 'On hold (the client asked not to be contacted)',
  client_in_crisis: 'Held for the clinician (the client is in crisis today)',
};

/**
 * Builds a task with its stable id. A task that touches a client (`spec.touches`) is held when the day's
 * holds say so: a contact task for a client who asked not to be contacted stays with its owner as a hold;
 * a money task for a client in crisis goes to the clinician as a hold (their call when money may be asked
 * again). The hold keeps the task's id, names the work it would have been and whose, and says why first.
 */
export function task(spec: TaskSpec, context?: HoldContext): WorkTask {
  const found =
    spec.touches === undefined || context === undefined ? undefined : holdFor(spec.touches, context.holds);
  if (found !== undefined && context !== undefined) return heldTask(spec, found, context);
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
  context: HoldContext,
): WorkTask {
  const hold: TaskHold = { ...found, practiceTask: spec.practiceTask, ownerRole: spec.ownerRole };
  const crisis = found.reason === 'client_in_crisis';
  const practiceTask: PracticeTask = crisis ? 'set_clinical_priority' : spec.practiceTask;
  const why = crisis
    ? opsReason(
        'ops.queue.hold_client_in_crisis',
        'warning',
        'A message from the client reads as a crisis today: ask nothing of them for money; the clinician decides when this may go ahead.',
        { clientId: found.clientId, heldTask: spec.practiceTask, heldFrom: spec.ownerRole },
      )
    : opsReason(
        'ops.queue.hold_do_not_contact',
        'warning',
        'The client asked not to be contacted: do not reach out; decide with the practice how (or whether) this is done.',
        { clientId: found.clientId, heldTask: spec.practiceTask },
      );
  return {
    id: workTaskId(spec.kind, spec.idParts ?? spec.related.map((r) => r.id)),
    module: spec.module,
    kind: spec.kind,
    title: `${HOLD_TITLES[found.reason]}: ${spec.title}`,
    due: spec.due,
    priority: spec.priority,
    practiceTask,
    ownerRole: crisis ? context.ownerOf(practiceTask) : spec.ownerRole,
    related: [...spec.related],
    reasons: [why, ...spec.reasons],
    hold,
  };
}
