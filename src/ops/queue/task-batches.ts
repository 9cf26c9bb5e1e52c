import * as z from 'zod';
import { type IanaZone, validate } from '../../core/index.js';
import { TASK_KIND_GUIDES } from './task-kinds.js';
import { WorkQueueRole } from './work-queue-role.js';
import {
  type CompareWorkTasksOptions,
  compareWorkTasks,
  orderZone,
  type TaskHead,
  TaskHoldReason,
  TaskPriority,
  WorkTask,
  workTaskDueMs,
} from './work-task.js';

/**
 * Options for {@link batchWorkTasks}: as {@link CompareWorkTasksOptions} (the practice's zone).
 *
 * @example
 * ```ts
 * const options: BatchWorkTasksOptions = { zone: 'America/Chicago' };
 * ```
 */
export type BatchWorkTasksOptions = CompareWorkTasksOptions;

/**
 * Tasks of one kind, owner and priority done as one piece of work ("Submit 23 claims"), with the list of
 * its tasks in queue order, its earliest due value, and how long it should take where the kind's usual
 * time is known (none for tasks on hold whose work waits). Crisis and clinical tasks are never batched: each is its own item. Priority splits a
 * kind, so the few tasks at risk this week are not hidden in (or inflated by) the many that are not.
 *
 * @example
 * ```ts
 * batchWorkTasks(buildWorkQueue(data, { asOf: '2026-11-20', role: 'biller' }).tasks)[0];
 * //=> { kind: 'billing.claim_fix_and_resubmit', title: 'Fix and resubmit 19 rejected claims', count: 19,
 * //     priority: 'high', estimatedMinutes: 285, … }
 * ```
 */
export interface TaskBatch {
  /** The first task's id: stable while that task is the most urgent of the batch. */
  readonly id: string;
  readonly kind: string;
  readonly ownerRole: WorkQueueRole;
  readonly priority: TaskPriority;
  readonly title: string;
  /** The earliest due value among its tasks. */
  readonly due: string;
  readonly count: number;
  /** Set when its tasks are on hold, and why. */
  readonly hold?: TaskHoldReason;
  /** The ids of its tasks, in queue order. */
  readonly taskIds: readonly string[];
  /** The usual minutes of one task of the kind, or null when not known. */
  readonly minutesEach: number | null;
  /**
   * The minutes the batch takes today: `minutesEach` times `count`, null when not known, and 0 when its
   * tasks are on hold and their work waits: held work is not the role's workload.
   */
  readonly estimatedMinutes: number | null;
}

/**
 * Whether a task held for a reason still leaves its owner work to do today, counted in the day's hours: a
 * fee held for the clinician (`client_in_crisis`) is the clinician's decision to make, and a reminder with
 * no agreed channel (`channel_consent_missing`) is a call to ask the client how they want reminders. Routine
 * contact held while the client's crisis is open (`crisis_open`: the crisis stops the administrative flow
 * [sources: samhsa-988]) and contact with a client who asked for none (`do_not_contact`) wait: nobody works
 * them until the hold lifts.
 *
 * @example
 * ```ts
 * holdLeavesWork('crisis_open'); //=> false
 * holdLeavesWork('channel_consent_missing'); //=> true
 * ```
 */
export function holdLeavesWork(reason: TaskHoldReason): boolean {
  switch (reason) {
    case 'client_in_crisis':
    case 'channel_consent_missing':
      return true;
    case 'crisis_open':
    case 'do_not_contact':
      return false;
    default: {
      const exhausted: never = reason;
      return exhausted;
    }
  }
}

// A date is due at the end of its day in the practice's zone, as in the queue's order. Two dates compare as
// text (most tasks are due on a date), so a batch of 100,000 tasks parses no instant it does not have to.
const isEarlier = (a: string, b: string, zone: IanaZone | undefined): boolean =>
  a.length === 10 && b.length === 10 ? a < b : workTaskDueMs(a, zone) < workTaskDueMs(b, zone);

// The fields batching reads. A task the queue built passes the cheap check; anything else is parsed, so
// the error names what is wrong (and a batch of 100,000 tasks is not 100,000 parses).
const BatchFields = z.looseObject({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  ownerRole: WorkQueueRole,
  priority: TaskPriority,
  due: WorkTask.shape.due,
  hold: z.looseObject({ reason: TaskHoldReason }).optional(),
});
const PRIORITIES: ReadonlySet<unknown> = new Set(TaskPriority.options);

function checkedTask(value: unknown): TaskHead {
  const t = value as Partial<TaskHead> | null;
  const fine =
    typeof t === 'object' &&
    t !== null &&
    typeof t.id === 'string' &&
    typeof t.kind === 'string' &&
    typeof t.title === 'string' &&
    typeof t.ownerRole === 'string' &&
    PRIORITIES.has(t.priority) &&
    typeof t.due === 'string' &&
    (t.due.length === 10 ? /^\d{4}-\d{2}-\d{2}$/.test(t.due) : t.due.length > 10 && t.due[10] === 'T') &&
    (t.hold === undefined || (typeof t.hold === 'object' && t.hold !== null));
  if (!fine) validate(BatchFields, value, 'work task');
  return value as TaskHead;
}

const UNBATCHED: ReadonlySet<TaskPriority> = new Set(['crisis', 'clinical']);

// A batch of one reads as its task.
function batchTitle(first: TaskHead, count: number): string {
  const guide = TASK_KIND_GUIDES[first.kind];
  if (guide === undefined || count === 1) return first.title;
  const [one, many] = guide.noun;
  const text = `${guide.verb} ${count} ${count === 1 ? one : many}`;
  return first.hold !== undefined ? `On hold: ${text}` : text;
}

// Tasks of one batch share its key; a crisis or clinical task is a batch of its own.
const batchKey = (task: TaskHead): string =>
  UNBATCHED.has(task.priority)
    ? `one:${task.id}`
    : `${task.kind}|${task.ownerRole}|${task.priority}|${task.hold?.reason ?? ''}`;

/**
 * Batches tasks (in queue order) by kind, owner, priority and hold, keeping the order of each batch's
 * first task. A batch's `due` is its tasks' earliest, a date read as the end of that day in
 * `options.zone` (pass the practice's).
 *
 * @throws {@link ValidationError} when `tasks` is not a list of work tasks, or `options` is not
 * {@link BatchWorkTasksOptions}.
 * Crisis and clinical tasks stay one per item.
 *
 * @example
 * ```ts
 * const queue = buildWorkQueue(generateDemoPractice(), { asOf: '2026-11-20' });
 * const batches = batchWorkTasks(queue.tasks, { zone: 'America/New_York' });
 * batches.map((b) => [b.title, b.count]);
 * //=> [['A client message needs the on-call clinician now: call …', 1],
 * //     ['Send 4 Good Faith Estimates', 4], ['Finish paperwork before 4 first sessions', 4], …]
 * ```
 */
export function batchWorkTasks(
  tasks: readonly Omit<WorkTask, 'related' | 'reasons'>[],
  options?: BatchWorkTasksOptions,
): TaskBatch[] {
  const list = Array.isArray(tasks) ? tasks : validate(z.array(z.unknown()), tasks, 'work tasks');
  // The options checked (and an unknown zone refused) once, by the order's own check.
  const zone = orderZone(options);
  const groups = new Map<string, TaskHead[]>();
  for (const value of list) {
    const task = checkedTask(value);
    const key = batchKey(task);
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [task]);
    else list.push(task);
  }
  return [...groups.values()].map((list) => {
    const first = list[0] as TaskHead;
    const minutesEach = TASK_KIND_GUIDES[first.kind]?.minutes ?? null;
    let due = first.due;
    for (const t of list) if (t.due !== due && isEarlier(t.due, due, zone)) due = t.due;
    return {
      id: first.id,
      kind: first.kind,
      ownerRole: first.ownerRole,
      priority: first.priority,
      title: batchTitle(first, list.length),
      due,
      count: list.length,
      ...(first.hold === undefined ? {} : { hold: first.hold.reason }),
      taskIds: list.map((t) => t.id),
      minutesEach,
      estimatedMinutes:
        first.hold !== undefined && !holdLeavesWork(first.hold.reason)
          ? 0
          : minutesEach === null
            ? null
            : minutesEach * list.length,
    };
  });
}

/** What a list of batches shows of one: its kind, priority, title and how many tasks it holds. */
export type BatchSummary = Pick<TaskBatch, 'kind' | 'priority' | 'title' | 'count'>;

/** Tasks of one batch counted, not listed: the batch's first task in queue order and how many it holds. */
export interface CountedBatch {
  readonly first: TaskHead;
  readonly count: number;
}

/**
 * {@link batchWorkTasks}'s batches as far as a list of them shows, from tasks in any order and batches
 * already counted: each batch's first task in queue order is found without sorting them all (internal: a
 * report of other roles' work, 100,000 claim tasks and more).
 */
export function summarizeBatches(
  tasks: readonly TaskHead[],
  counted: readonly CountedBatch[] = [],
  options: CompareWorkTasksOptions = {},
): BatchSummary[] {
  const groups = new Map<string, { first: TaskHead; count: number }>();
  const add = (first: TaskHead, count: number) => {
    const key = batchKey(first);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { first, count });
    else {
      group.count += count;
      if (compareWorkTasks(first, group.first, options) < 0) group.first = first;
    }
  };
  for (const task of tasks) add(task, 1);
  for (const batch of counted) add(batch.first, batch.count);
  return [...groups.values()]
    .sort((a, b) => compareWorkTasks(a.first, b.first, options))
    .map(({ first, count }) => ({
      kind: first.kind,
      priority: first.priority,
      title: batchTitle(first, count),
      count,
    }));
}
