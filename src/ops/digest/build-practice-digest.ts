import type { PracticeData } from '../data/practice-data.js';
import { type BuildWorkQueueOptions, buildWorkQueue } from '../queue/build-work-queue.js';
import { digestCharts } from './digest-charts.js';
import type { PracticeDigest } from './practice-digest.js';

/**
 * The work queue of a role plus the numbers behind the charts (receivables by aging bucket and payer,
 * credentialing deadlines, waitlist by clinician, utilization by clinician): what `practice-ops digest`
 * shows.
 *
 * @example
 * ```ts
 * buildPracticeDigest(generateDemoPractice(), { asOf: '2026-11-20' }).charts.agingBuckets;
 * //=> ['0-30', '31-60', '61-90', '91-120', '120+']
 * ```
 */
export function buildPracticeDigest(data: PracticeData, options: BuildWorkQueueOptions): PracticeDigest {
  const queue = buildWorkQueue(data, options);
  const all = [...queue.tasks, ...queue.forOtherRoles.flatMap((g) => g.tasks)];
  return { practiceName: data.practice.name, queue, charts: digestCharts(data, all, queue.asOf) };
}
