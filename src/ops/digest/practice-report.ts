import { isClinicalRole } from '../../boundaries/index.js';
import type { IanaZone } from '../../core/index.js';
import type { PracticeDataInput } from '../data/practice-data.js';
import {
  type BuildWorkQueueOptions,
  type ReportQueue,
  reportQueueOf,
  workQueueArguments,
} from '../queue/build-work-queue.js';
import { queueContext } from '../queue/queue-context.js';
import {
  type BatchSummary,
  batchWorkTasks,
  type CountedBatch,
  summarizeBatches,
} from '../queue/task-batches.js';
import { withholdClinicalContent } from '../queue/withhold-clinical.js';
import type { WorkQueue } from '../queue/work-queue.js';
import type { WorkQueueRole } from '../queue/work-queue-role.js';
import type { WorkTask } from '../queue/work-task.js';
import { digestCharts } from './digest-charts.js';
import { digestNames } from './digest-names.js';
import type { PracticeDigest } from './practice-digest.js';

/** Another role's work as a report shows it: how many tasks, their batches, and their crisis tasks. */
export interface OtherRoleWork {
  readonly role: WorkQueueRole;
  readonly taskCount: number;
  /** Its batches as {@link batchWorkTasks} makes them, in queue order: kind, priority, title and count. */
  readonly batches: readonly BatchSummary[];
  /** Its crisis tasks as the asking role may see them (whole for a clinical role, for the crisis banner). */
  readonly crises: readonly WorkTask[];
}

/**
 * What the CLI's terminal and HTML reports show (internal): a {@link PracticeDigest} whose other roles'
 * work is counted and batched, not listed task by task.
 */
export interface PracticeReport extends Omit<PracticeDigest, 'queue'> {
  readonly queue: Omit<WorkQueue, 'forOtherRoles'> & { readonly forOtherRoles: readonly OtherRoleWork[] };
}

function otherRoleWork(
  group: { readonly role: WorkQueueRole; readonly tasks: readonly WorkTask[] },
  zone: IanaZone,
  counted: readonly CountedBatch[] = [],
): OtherRoleWork {
  return {
    role: group.role,
    taskCount: counted.reduce((n, b) => n + b.count, group.tasks.length),
    batches: summarizeBatches(group.tasks, counted, { zone }),
    crises: group.tasks.filter((t) => t.priority === 'crisis'),
  };
}

/** The report of a digest already built: the same as {@link buildPracticeReport} on its data and options. */
export function practiceReportOf(digest: PracticeDigest): PracticeReport {
  return {
    ...digest,
    queue: {
      ...digest.queue,
      forOtherRoles: digest.queue.forOtherRoles.map((g) => otherRoleWork(g, digest.zone)),
    },
  };
}

/**
 * {@link buildPracticeDigest}'s report without building other roles' claim tasks whole: on a large
 * practice those are most of the day's tasks, and a report only counts and batches them.
 *
 * @throws {@link ValidationError} listing every problem of the data file and the options at once, each path
 * under its parameter's name (`$.input.practice.zone`, `$.options.asOf`).
 */
export function buildPracticeReport(
  input: PracticeDataInput,
  options: BuildWorkQueueOptions,
): PracticeReport {
  const [data, { asOf, role }] = workQueueArguments(input, options);
  const ctx = queueContext(data, asOf);
  const { claimBatches, ...queue }: ReportQueue = reportQueueOf(data, ctx, role);
  // Claims' tasks are never clinical content: only the listed tasks have anything to withhold.
  const others = withholdClinicalContent(queue.forOtherRoles, role).map((g) =>
    otherRoleWork(g, data.practice.zone, claimBatches.get(g.role)),
  );
  // A clinical role sees other roles' crises whole (and so by name) in the crisis banner.
  const elsewhere = isClinicalRole(role) ? others.flatMap((w) => w.crises) : [];
  return {
    practiceName: data.practice.name,
    zone: data.practice.zone,
    queue: { ...queue, forOtherRoles: others },
    batches: batchWorkTasks(queue.tasks, { zone: data.practice.zone }),
    names: digestNames(data, role, [...queue.tasks, ...elsewhere]),
    charts: digestCharts(
      data,
      [...queue.tasks, ...queue.forOtherRoles.flatMap((g) => g.tasks)],
      asOf,
      ctx.balanceAt,
    ),
  };
}
