import type { LocalDate } from '../../core/index.js';
import type { DoneTask } from '../done/done-tasks.js';
import type { WorkQueueRole } from './work-queue-role.js';
import type { WorkTask } from './work-task.js';

/**
 * Tasks that belong to another role than the asker's, listed for that role.
 *
 * @example
 * ```ts
 * buildWorkQueue(data, { asOf: '2026-11-20' }).forOtherRoles[0]?.role; //=> 'clinician'
 * ```
 */
export interface RoleTasks {
  readonly role: WorkQueueRole;
  readonly tasks: readonly WorkTask[];
}

/**
 * A record the queue could not use, with where it is in the data file and why.
 *
 * @example
 * ```ts
 * queue.skipped[0]; //=> { at: '$.inquiries[4].history[0].stage', code: 'intake.pipeline.history_must_start_with_inquiry', message: '…' }
 * ```
 */
export interface SkippedRecord {
  /** JSON path of the record in the data file, e.g. `$.claims[12]`. */
  readonly at: string;
  readonly code: string;
  readonly message: string;
}

/**
 * The day's work queue for one role: its own tasks in order, and the rest listed for their owners.
 *
 * @example
 * ```ts
 * buildWorkQueue(generateDemoPractice(), { asOf: '2026-11-20' }).role; //=> 'assistant'
 * ```
 */
export interface WorkQueue {
  readonly asOf: LocalDate;
  readonly role: WorkQueueRole;
  /** The asking role's tasks, in {@link compareWorkTasks} order. */
  readonly tasks: readonly WorkTask[];
  /** Tasks owned by other roles, grouped by role (roles in a fixed order), each group in queue order. */
  readonly forOtherRoles: readonly RoleTasks[];
  /** The role's tasks of the day that the log of completed work says are done (late ones say so). */
  readonly done: readonly DoneTask[];
  /** Records a module could not evaluate, reported by path; never silently dropped. */
  readonly skipped: readonly SkippedRecord[];
}
