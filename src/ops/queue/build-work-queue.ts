import * as z from 'zod';
import { type IanaZone, type LocalDate, LocalDate as LocalDateSchema, validate } from '../../core/index.js';
import { validateArguments } from '../../core/internal.js';
import type { PracticeData, PracticeDataInput } from '../data/practice-data.js';
import { practiceDataArgument } from '../data/validate-practice-data.js';
import { splitDoneTasks } from '../done/done-tasks.js';
import { billingTasks, claimTaskBatches, claimTasks } from './billing-tasks.js';
import { credentialingTasks } from './credentialing-tasks.js';
import { holdForOpenCrisis } from './crisis-holds.js';
import { intakeTasks } from './intake-tasks.js';
import { crisisAlerts, messageTasks } from './message-tasks.js';
import { type QueueContext, queueContext } from './queue-context.js';
import { recordsRequestTasks } from './records-request-tasks.js';
import { schedulingTasks } from './scheduling-tasks.js';
import type { CountedBatch } from './task-batches.js';
import { withholdClinicalContent } from './withhold-clinical.js';
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
  readonly role?: WorkQueueRole | undefined;
}

/**
 * The day's work queue across every module for one role: crisis and clinical messages first, then
 * everything else by priority, due time and id (a total order: the same data in any order gives the same
 * queue). Tasks owned by other roles are listed for those roles, not for the asker; to a non-clinical role (the
 * default, `assistant`) a clinician's crisis or clinical task (or a fee held for one) shows its kind, priority,
 * due and owner only, under an id that names no record, never its records or reasons
 * ([sources: hhs-minimum-necessary]). Ask as a clinical role (`clinician`, `supervisor`) to see every task whole,
 * for a person in that role only. Whatever the role, a crisis is first: the crisis itself for the role it is
 * routed to, an alert saying whom to call for every other role.
 *
 * @param input - a practice data file; one that {@link safeValidatePracticeData} returned is not validated again
 * @throws {@link ValidationError} listing every problem of an invalid data file, an `asOf` that is not a real
 * date and an unknown `role` at once, each under its parameter's name (`$.input.practice.zone`,
 * `$.options.asOf`, `$.options.role`).
 * @example
 * ```ts
 * const queue = buildWorkQueue(generateDemoPractice(), { asOf: '2026-11-20' });
 * queue.tasks[0]?.kind; //=> 'boundaries.crisis_alert' (the assistant's: whom to call, not the message)
 * const whole = buildWorkQueue(generateDemoPractice(), { asOf: '2026-11-20', role: 'clinician' });
 * whole.tasks[0]?.kind; //=> 'boundaries.message_crisis' (the crisis itself, with its records and reasons)
 * ```
 */
export function buildWorkQueue(input: PracticeDataInput, options: BuildWorkQueueOptions): WorkQueue {
  const [data, { asOf, role }] = workQueueArguments(input, options);
  return shownQueue(queueOf(data, asOf, role));
}

/**
 * A queue as its role is shown it (internal: the digest shows the same): a non-clinical role's queue is what
 * its app shows that person, so a clinician's crisis and clinical work is listed as there, not what it says or
 * whom it concerns (minimum necessary). Apply it once, to a queue as {@link queueOf} built it: a withheld task
 * keeps no hold, so hiding it again would number the withheld tasks anew.
 */
export function shownQueue(queue: WorkQueue): WorkQueue {
  return { ...queue, forOtherRoles: withholdClinicalContent(queue.forOtherRoles, queue.role) as RoleTasks[] };
}

/**
 * The data file and the options checked together (internal: the report and the digest read them too): both
 * arguments' problems at once, each under its parameter's name (`$.input.practice.zone`, `$.options.asOf`).
 */
export function workQueueArguments(
  input: PracticeDataInput,
  options: BuildWorkQueueOptions,
): [PracticeData, { asOf: LocalDate; role: WorkQueueRole }] {
  return validateArguments([
    ['input', practiceDataArgument, input, 'practice data file'],
    ['options', workQueueOptions, options, 'work queue options'],
  ]);
}

/** {@link BuildWorkQueueOptions} checked, with the default role (internal: the report reads them too). */
export function workQueueOptions(options: BuildWorkQueueOptions): { asOf: LocalDate; role: WorkQueueRole } {
  return validate(BuildWorkQueueOptionsSchema, options, 'work queue options');
}

const BuildWorkQueueOptionsSchema = z.strictObject({
  asOf: LocalDateSchema,
  role: WorkQueueRole.default('assistant'),
});

/** The queue of validated data (internal: the digest shares it). */
export function queueOf(data: PracticeData, asOf: LocalDate, role: WorkQueueRole): WorkQueue {
  const ctx = queueContext(data, asOf);
  return queueAround(data, ctx, role, claimTasks(data, ctx));
}

/**
 * A {@link WorkQueue} whose other roles' claim tasks may be counted by batch rather than listed (internal: a
 * report counts and batches other roles' work, see `summarizeBatches`).
 */
export interface ReportQueue extends WorkQueue {
  /** Other roles' claim tasks counted by batch, by role; a role listed here is in `forOtherRoles`. */
  readonly claimBatches: ReadonlyMap<WorkQueueRole, readonly CountedBatch[]>;
}

/**
 * {@link queueOf} as a report shows it: where the claims' tasks are other roles' work, they are counted by
 * batch (see {@link claimTaskBatches}), not listed; the same tasks in the same order otherwise.
 */
export function reportQueueOf(data: PracticeData, ctx: QueueContext, role: WorkQueueRole): ReportQueue {
  if (ctx.ownerOf('submit_claim') === role || ctx.ownerOf('follow_up_claim') === role) {
    return { ...queueAround(data, ctx, role, claimTasks(data, ctx)), claimBatches: new Map() };
  }
  const queue = queueAround(data, ctx, role, []);
  // Another role's work done is not listed; its claim tasks the log says are done are simply not open.
  const done = new Set(data.completedWork.map((w) => w.taskId as string));
  const claimBatches = new Map<WorkQueueRole, CountedBatch[]>();
  for (const batch of claimTaskBatches(data, ctx, done)) {
    const list = claimBatches.get(batch.first.ownerRole) ?? [];
    list.push(batch);
    claimBatches.set(batch.first.ownerRole, list);
  }
  const tasksOf = (r: WorkQueueRole) => queue.forOtherRoles.find((g) => g.role === r)?.tasks ?? [];
  return {
    ...queue,
    forOtherRoles: WorkQueueRole.options
      .filter((r) => r !== role && (claimBatches.has(r) || tasksOf(r).length > 0))
      .map((r) => ({ role: r, tasks: tasksOf(r) })),
    claimBatches,
  };
}

/** The open tasks (in queue order) with the crisis alerts in their place among the crisis tasks at the top. */
function withCrisisAlerts(
  open: readonly WorkTask[],
  alerts: readonly WorkTask[],
  zone: IanaZone,
): WorkTask[] {
  if (alerts.length === 0) return [...open];
  let crises = 0;
  while (crises < open.length && (open[crises] as WorkTask).priority === 'crisis') crises += 1;
  return [...sortWorkTasks([...alerts, ...open.slice(0, crises)], { zone }), ...open.slice(crises)];
}

/** The day's queue around the claims' tasks, which the caller builds. */
function queueAround(
  data: PracticeData,
  ctx: QueueContext,
  role: WorkQueueRole,
  claims: readonly WorkTask[],
): WorkQueue {
  const credentialing = credentialingTasks(data, ctx);
  const scheduling = schedulingTasks(data, ctx);
  const intake = intakeTasks(data, ctx);
  const messages = messageTasks(data, ctx);
  const all: WorkTask[] = [
    ...messages,
    ...recordsRequestTasks(data, ctx),
    ...intake.tasks,
    ...scheduling.tasks,
    ...claims,
    ...billingTasks(data, ctx),
    ...credentialing.tasks,
  ];
  // Work the log says is done is never handed out again; the role's own done tasks are listed. Routine
  // contact with a client whose crisis is open stays listed, on hold, until a clinician closes the crisis.
  const { open, done } = splitDoneTasks(
    // A task due on a date is due by the end of that day on the practice's clock.
    sortWorkTasks(holdForOpenCrisis(all, ctx.holds.openCrisis), { zone: data.practice.zone }),
    data.completedWork,
    data.practice.zone,
    data,
    ctx.holds.crisisWindows,
  );
  // A crisis stays on top of every role's queue while it is open (its crisis task not closed by a
  // clinician): a non-clinical role sees whom to call, not the message. A closed crisis raises no alert.
  const sorted = withCrisisAlerts(open, crisisAlerts(open, role, data.practice.onCall), data.practice.zone);
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
    asOf: ctx.asOf,
    role,
    tasks: mine,
    forOtherRoles,
    done: done.filter((d) => d.ownerRole === role),
    skipped: [...scheduling.skipped, ...intake.skipped, ...credentialing.skipped],
  };
}
