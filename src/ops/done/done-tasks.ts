import { getLocalDate, type IanaZone, reason } from '../../core/index.js';
import { toEpochDay, toEpochMs } from '../../core/internal.js';
import type { CrisisWindow } from '../queue/client-holds.js';
import { crisisHeldClientIds } from '../queue/crisis-holds.js';
import type { WorkQueueRole } from '../queue/work-queue-role.js';
import type { WorkTask } from '../queue/work-task.js';
import type { CompletedOutcome, CompletedWork, OfferAnswer } from './completed-work.js';
import {
  type CompletedWorkPeople,
  completedWorkProblems,
  isClinicalPerson,
} from './evaluate-completed-work.js';

/**
 * A task of today's queue that the log of completed work says is done: the task as the queue built it,
 * who did it, when and with what outcome, and whether it was late (done after its due time, or on a later
 * day than its due date, in the practice's zone).
 *
 * @example
 * ```ts
 * buildWorkQueue(data, { asOf: '2026-11-20' }).done[0];
 * //=> { taskId: 'scheduling.reminder_due:appt-000812+client-00031', late: false, daysLate: 0, … }
 * ```
 */
export interface DoneTask {
  readonly taskId: string;
  readonly kind: string;
  readonly title: string;
  readonly ownerRole: WorkQueueRole;
  readonly due: string;
  readonly doneAt: string;
  readonly by: string;
  readonly outcome: CompletedOutcome;
  readonly answer?: OfferAnswer;
  /** Done after it was due. */
  readonly late: boolean;
  /** Calendar days between the due date and the day it was done (0 when done on the due day). */
  readonly daysLate: number;
}

/** A task's due value as epoch ms: an instant as written, a date at the end of that day in the zone. */
function lateAfterMs(due: string, zone: IanaZone): { dueDay: number; afterMs: number | null } {
  if (due.length === 10) return { dueDay: toEpochDay(due), afterMs: null };
  return { dueDay: toEpochDay(getLocalDate(due, zone)), afterMs: toEpochMs(due) };
}

/**
 * Whether an entry was made by staff while a crisis of a client the task is aimed at was open: routine
 * contact the crisis held, which does not count as done once the crisis closes. A clinician's entry counts
 * (contact during a crisis is the clinician's call).
 */
function loggedDuringCrisis(
  task: WorkTask,
  entry: CompletedWork,
  people: CompletedWorkPeople,
  windows: ReadonlyMap<string, readonly CrisisWindow[]>,
): boolean {
  if (windows.size === 0) return false;
  const clients = crisisHeldClientIds(task).filter((id) => windows.has(id));
  if (clients.length === 0 || isClinicalPerson(entry.by, people)) return false;
  const at = toEpochMs(entry.at);
  return clients.some((id) => (windows.get(id) ?? []).some((w) => w.fromMs <= at && at < w.toMs));
}

/**
 * The earliest of a task's log entries that may close it (see `evaluateCompletedWork`), and whether an
 * entry was set aside because staff made it while the client's crisis was open.
 */
function closingEntry(
  task: WorkTask,
  entries: readonly CompletedWork[] | undefined,
  people: CompletedWorkPeople,
  windows: ReadonlyMap<string, readonly CrisisWindow[]>,
): { entry: CompletedWork | undefined; duringCrisis: CompletedWork | undefined } {
  let first: CompletedWork | undefined;
  let duringCrisis: CompletedWork | undefined;
  for (const entry of entries ?? []) {
    if (first !== undefined && toEpochMs(entry.at) >= toEpochMs(first.at)) continue;
    if (completedWorkProblems(task, entry, people).length > 0) continue;
    if (loggedDuringCrisis(task, entry, people, windows)) duringCrisis = entry;
    else first = entry;
  }
  return { entry: first, duringCrisis };
}

/** The task as listed again, saying that an entry made during the client's crisis did not close it. */
function reopened(task: WorkTask, entry: CompletedWork): WorkTask {
  return {
    ...task,
    reasons: [
      ...task.reasons,
      reason(
        'ops.done.logged_during_crisis',
        'warning',
        'Logged as done while the client’s crisis was open, when routine contact was on hold: it is listed again; do it now if it is still needed.',
        { loggedAt: entry.at },
      ),
    ],
  };
}

/**
 * Splits the day's tasks into those still to do and those the log says are done. A task with several log
 * entries counts as done by the earliest one that may close it: an entry `evaluateCompletedWork` refuses (a
 * clinician's task logged by someone else, a fee applied that the rule does not charge, an outcome of
 * another kind of task, a task on hold) leaves the task open. So does an entry staff made inside one of
 * `crisisWindows` on routine contact with that client (a crisis stops the administrative flow
 * [sources: samhsa-988]): once the hold lifts, the task is listed again with `ops.done.logged_during_crisis`.
 */
export function splitDoneTasks(
  tasks: readonly WorkTask[],
  log: readonly CompletedWork[],
  zone: IanaZone,
  people: CompletedWorkPeople,
  crisisWindows: ReadonlyMap<string, readonly CrisisWindow[]> = new Map(),
): { open: WorkTask[]; done: DoneTask[] } {
  if (log.length === 0) return { open: [...tasks], done: [] };
  const byTask = new Map<string, CompletedWork[]>();
  for (const entry of log) {
    const list = byTask.get(entry.taskId);
    if (list === undefined) byTask.set(entry.taskId, [entry]);
    else list.push(entry);
  }
  const open: WorkTask[] = [];
  const done: DoneTask[] = [];
  for (const task of tasks) {
    const { entry, duringCrisis } = closingEntry(task, byTask.get(task.id), people, crisisWindows);
    if (entry === undefined) {
      open.push(duringCrisis === undefined || task.hold !== undefined ? task : reopened(task, duringCrisis));
      continue;
    }
    const { dueDay, afterMs } = lateAfterMs(task.due, zone);
    const doneDay = toEpochDay(getLocalDate(entry.at, zone));
    const late = afterMs === null ? doneDay > dueDay : toEpochMs(entry.at) > afterMs;
    done.push({
      taskId: task.id,
      kind: task.kind,
      title: task.title,
      ownerRole: task.ownerRole,
      due: task.due,
      doneAt: entry.at,
      by: entry.by,
      outcome: entry.outcome,
      ...(entry.answer === undefined ? {} : { answer: entry.answer }),
      late,
      daysLate: late ? Math.max(0, doneDay - dueDay) : 0,
    });
  }
  return { open, done };
}
