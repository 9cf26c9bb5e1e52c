import type { PracticeDataInput } from '../data/practice-data.js';
import { practiceDataArgument } from '../data/validate-practice-data.js';
import { type BuildWorkQueueOptions, buildWorkQueue } from '../queue/build-work-queue.js';
import { digestCharts } from './digest-charts.js';
import type { PracticeDigest } from './practice-digest.js';

/**
 * The work queue of a role plus the numbers behind the charts (receivables by aging bucket and payer,
 * credentialing deadlines, waitlist by clinician, utilization by clinician): what `practice-ops digest`
 * shows. Data that {@link safeValidatePracticeData} returned is not validated again.
 *
 * @throws {@link ValidationError} when the data file or the options are invalid.
 * @example
 * ```ts
 * buildPracticeDigest(generateDemoPractice(), { asOf: '2026-11-20' }).charts.agingBuckets;
 * //=> ['0-30', '31-60', '61-90', '91-120', '120+']
 * ```
 */
export function buildPracticeDigest(
  input: PracticeDataInput,
  options: BuildWorkQueueOptions,
): PracticeDigest {
  const data = practiceDataArgument(input);
  const queue = buildWorkQueue(data, options);
  const all = [...queue.tasks, ...queue.forOtherRoles.flatMap((g) => g.tasks)];
  return { practiceName: data.practice.name, queue, charts: digestCharts(data, all, queue.asOf) };
}
