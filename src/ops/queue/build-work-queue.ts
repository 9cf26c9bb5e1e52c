import * as z from 'zod';
import { type LocalDate, LocalDate as LocalDateSchema, validate } from '../../core/index.js';
import type { PracticeData, PracticeDataInput } from '../data/practice-data.js';
import { practiceDataArgument } from '../data/validate-practice-data.js';
import { splitDoneTasks } from '../done/done-tasks.js';
import { billingTasks } from './billing-tasks.js';
import { credentialingTasks } from './credentialing-tasks.js';
import { intakeTasks } from './intake-tasks.js';
import { crisisAlerts, messageTasks } from './message-tasks.js';
import { queueContext } from './queue-context.js';
import { schedulingTasks } from './scheduling-tasks.js';
import type { RoleTasks, WorkQueue } from './work-queue.js';
import { WorkQueueRole } from './work-queue-role.js';
import { sortWorkTasks, type WorkTask } from './work-task.js';

/**
 * Options for {@link buildWorkQueue}.
 *
 * @example
 * ```ts
 * const options: BuildWorkQueueOptions = { asOf: '2026-11-20', role: 'biller' };
 * ```
 */
export interface BuildWorkQueueOptions {
  /** The day the queue is for, in the practice's zone. */
  readonly asOf: LocalDate;
  /** Whose queue: the assistant's by default. */
  readonly role?: WorkQueueRole;
}

/**
 * The day's work queue across every module for one role: crisis and clinical messages first, then
 * everything else by priority, due time and id (a total order: the same data in any order gives the same
 * queue). Tasks owned by other roles are listed for those roles, not for the asker.
 *
 * @param input - a practice data file; one that {@link safeValidatePracticeData} returned is not validated again
 * @throws {@link ValidationError} when the data file is invalid, `asOf` is not a real date or `role` is unknown.
 * @example
 * ```ts
 * const queue = buildWorkQueue(generateDemoPractice(), { asOf: '2026-11-20' });
 * queue.tasks[0]?.priority; //=> 'crisis'
 * ```
 */
export function buildWorkQueue(input: PracticeDataInput, options: BuildWorkQueueOptions): WorkQueue {
  const data = practiceDataArgument(input);
  const { asOf, role } = validate(BuildWorkQueueOptionsSchema, options, 'work queue options');
  return queueOf(data, asOf, role);
}

const BuildWorkQueueOptionsSchema = z.strictObject({
  asOf: LocalDateSchema,
  role: WorkQueueRole.default('assistant'),
});

/** The queue of validated data (internal: the digest shares it). */
export function queueOf(data: PracticeData, asOf: LocalDate, role: WorkQueueRole): WorkQueue {
  const ctx = queueContext(data, asOf);
  const credentialing = credentialingTasks(data, ctx);
  const scheduling = schedulingTasks(data, ctx);
  const intake = intakeTasks(data, ctx);
  const messages = messageTasks(data, ctx);
  const all: WorkTask[] = [
    ...messages,
    // A crisis stays on top of every role's queue: a non-clinical role sees whom to call, not the message.
    ...crisisAlerts(messages, role, data.practice.onCall),
    ...intake.tasks,
    ...scheduling.tasks,
    ...billingTasks(data, ctx),
    ...credentialing.tasks,
  ];
  // Work the log says is done is never handed out again; the role's own done tasks are listed.
  const { open: sorted, done } = splitDoneTasks(sortWorkTasks(all), data.completedWork, data.practice.zone);
  const mine: WorkTask[] = [];
  const others = new Map<WorkQueueRole, WorkTask[]>();
  for (const t of sorted) {
    if (t.ownerRole === role) mine.push(t);
    else {
      const list = others.get(t.ownerRole) ?? [];
      list.push(t);
      others.set(t.ownerRole, list);
    }
  }
  const forOtherRoles: RoleTasks[] = WorkQueueRole.options
    .filter((r) => others.has(r))
    .map((r) => ({ role: r, tasks: others.get(r) as WorkTask[] }));
  return {
    asOf,
    role,
    tasks: mine,
    forOtherRoles,
    done: done.filter((d) => d.ownerRole === role),
    skipped: [...scheduling.skipped, ...intake.skipped, ...credentialing.skipped],
  };
}
