import type { BasisPoints, Cents, IanaZone, LocalDate } from '../../core/index.js';
import type { TaskBatch } from '../queue/task-batches.js';
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
  /** The practice's utilization target (policies), drawn on the utilization chart. */
  readonly utilizationTargetBasisPoints: BasisPoints;
}

/**
 * The names a digest may show its role: clients of the role's own tasks (display name, or initials where
 * the role's minimum-necessary access has no client identity), clinicians and payers by name.
 *
 * @example
 * ```ts
 * buildPracticeDigest(generateDemoPractice(), { asOf: '2026-11-20' }).names.clinicians['clin-001'];
 * //=> 'Anouk Northcott'
 * ```
 */
export interface DigestNames {
  /** `full` when the role sees client names, `initials` when it sees only initials. */
  readonly clientNames: 'full' | 'initials';
  readonly clients: Readonly<Record<string, string>>;
  readonly clinicians: Readonly<Record<string, string>>;
  readonly payers: Readonly<Record<string, string>>;
  /** The clinician id each of the role's tasks is for, where a related record names one. */
  readonly taskClinicians: Readonly<Record<string, string>>;
  /** Whether the role is clinical (sees what a crisis or clinical message says). */
  readonly clinical: boolean;
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
  /** The practice's zone: due times and dates are shown in it. */
  readonly zone: IanaZone;
  /** The role's queue; other roles' crisis and clinical tasks withheld from a non-clinical role. */
  readonly queue: WorkQueue;
  /** The role's tasks batched by kind and owner ("Submit 23 claims"), in queue order. */
  readonly batches: readonly TaskBatch[];
  readonly names: DigestNames;
  readonly charts: DigestCharts;
}
