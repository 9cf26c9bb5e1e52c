import type { PracticeTask } from '../../boundaries/index.js';
import { type Facts, type Reason, reason, type Severity } from '../../core/index.js';
import type { OpsReasonCode } from '../ops-reason-codes.js';
import type { WorkQueueRole } from './work-queue-role.js';
import {
  type RelatedRecord,
  type TaskModule,
  type TaskPriority,
  type WorkTask,
  workTaskId,
} from './work-task.js';

/** What a producer says about one task; the id is derived from kind and related ids. */
export interface TaskSpec {
  readonly module: TaskModule;
  readonly kind: string;
  readonly title: string;
  readonly due: string;
  readonly priority: TaskPriority;
  readonly practiceTask: PracticeTask;
  readonly ownerRole: WorkQueueRole;
  readonly related: readonly RelatedRecord[];
  readonly reasons: readonly Reason[];
  /** Ids for the task id when they differ from the related records' ids. */
  readonly idParts?: readonly string[];
}

/** Builds a task with its stable id. */
export function task(spec: TaskSpec): WorkTask {
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
