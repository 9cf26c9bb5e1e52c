import type { Cents, LocalDate } from '../../core/index.js';
import type { WorkQueue } from '../queue/work-queue.js';

/** Receivables (open claim balances) in one aging bucket for one payer.
 *
 * @example
 * ```ts
 * digest.charts.receivables[0]; //=> { bucket: '0-30', payerId: 'bluebird', cents: 105000 }
 * ```
 */
export interface ReceivablesCell {
  readonly bucket: string;
  readonly payerId: string;
  readonly cents: Cents;
}

/** A credentialing deadline on the timeline.
 *
 * @example
 * ```ts
 * digest.charts.deadlines[0]; //=> { date: '2026-12-15', clinicianId: 'clin-001', label: '…', severity: 'warning' }
 * ```
 */
export interface DeadlinePoint {
  readonly date: LocalDate;
  readonly clinicianId: string;
  readonly label: string;
  readonly severity: 'info' | 'warning' | 'error';
}

/** Waitlist entries waiting for one clinician (or `any`).
 *
 * @example
 * ```ts
 * digest.charts.waitlist[0]; //=> { clinicianId: 'any', count: 1 }
 * ```
 */
export interface WaitlistCount {
  readonly clinicianId: string;
  readonly count: number;
}

/** Booked share of a clinician's available time over the last weeks, in basis points.
 *
 * @example
 * ```ts
 * digest.charts.utilization[0]; //=> { clinicianId: 'clin-001', basisPoints: 2650 } (26.5 %)
 * ```
 */
export interface UtilizationPoint {
  readonly clinicianId: string;
  readonly basisPoints: number;
}

/** The numbers behind the digest's charts.
 *
 * @example
 * ```ts
 * buildPracticeDigest(data, { asOf: '2026-11-20' }).charts.agingBuckets; //=> ['0-30', '31-60', '61-90', '91-120', '121+']
 * ```
 */
export interface DigestCharts {
  /** Bucket labels in order, e.g. `0-30`, `31-60`, … */
  readonly agingBuckets: readonly string[];
  readonly receivables: readonly ReceivablesCell[];
  readonly deadlines: readonly DeadlinePoint[];
  readonly waitlist: readonly WaitlistCount[];
  readonly utilization: readonly UtilizationPoint[];
}

/** Everything the CLI shows for a practice on a date: the work queue and the charts.
 *
 * @example
 * ```ts
 * buildPracticeDigest(generateDemoPractice(), { asOf: '2026-11-20' }).practiceName; //=> 'Juniper Grove Counseling (synthetic)'
 * ```
 */
export interface PracticeDigest {
  readonly practiceName: string;
  readonly queue: WorkQueue;
  readonly charts: DigestCharts;
}
