import { isClinicalRole } from '../../boundaries/index.js';
import type { PracticeDataInput } from '../data/practice-data.js';
import {
  type BuildWorkQueueOptions,
  queueOf,
  shownQueue,
  workQueueArguments,
} from '../queue/build-work-queue.js';
import { batchWorkTasks } from '../queue/task-batches.js';
import type { WorkQueue } from '../queue/work-queue.js';
import type { WorkTask } from '../queue/work-task.js';
import { digestCharts } from './digest-charts.js';
import { digestNames } from './digest-names.js';
import type { PracticeDigest } from './practice-digest.js';

/**
 * Options for {@link buildPracticeDigest}: the work queue's, the day in the practice's zone and whose
 * digest (the assistant's by default).
 *
 * @example
 * ```ts
 * const options: BuildPracticeDigestOptions = { asOf: '2026-11-20', role: 'biller' };
 * ```
 */
export type BuildPracticeDigestOptions = BuildWorkQueueOptions;

/**
 * The work queue of a role plus the numbers behind the charts (receivables by aging bucket and payer,
 * credentialing deadlines, waitlist by clinician, utilization by clinician), the role's tasks batched by
 * kind and owner, and the names the role may see: what `practice-ops digest` shows. A non-clinical role
 * sees that a clinician has crisis or clinical work, not what it says. Data that {@link safeValidatePracticeData} returned is not validated again.
 *
 * @throws {@link ValidationError} listing every problem of the data file and the options at once, each path
 * under its parameter's name (`$.input.practice.zone`, `$.options.asOf`).
 * @example
 * ```ts
 * buildPracticeDigest(generateDemoPractice(), { asOf: '2026-11-20' }).charts.agingBuckets;
 * //=> ['0-30', '31-60', '61-90', '91-120', '121+']
 * ```
 */
export function buildPracticeDigest(
  input: PracticeDataInput,
  options: BuildPracticeDigestOptions,
): PracticeDigest {
  // Both arguments' problems at once, each under its parameter's name (`$.input.practice.zone`, `$.options.asOf`).
  const [data, { asOf, role }] = workQueueArguments(input, options);
  // Built whole once, and hidden once for the role: the digest's queue is the one buildWorkQueue gives the
  // role, so its counts are that queue's. The charts read the whole day, as the report's do.
  const whole = queueOf(data, asOf, role);
  const queue = shownQueue(whole);
  const all = [...whole.tasks, ...whole.forOtherRoles.flatMap((g) => g.tasks)];
  return {
    practiceName: data.practice.name,
    zone: data.practice.zone,
    queue,
    batches: batchWorkTasks(queue.tasks, { zone: data.practice.zone }),
    names: digestNames(data, role, [...queue.tasks, ...crisesElsewhere(queue)]),
    charts: digestCharts(data, all, asOf),
  };
}

/** Other roles' crisis tasks, which a clinical role sees whole (and so by name) in the crisis banner. */
function crisesElsewhere(queue: WorkQueue): WorkTask[] {
  if (!isClinicalRole(queue.role)) return [];
  return queue.forOtherRoles.flatMap((g) => g.tasks.filter((t) => t.priority === 'crisis'));
}
