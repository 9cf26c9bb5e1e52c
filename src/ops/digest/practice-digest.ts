import type { Cents, LocalDate } from '../../core/index.js';
import type { WorkQueue } from '../queue/work-queue.js';

/** Receivables (open claim balances) in one aging bucket for one payer. */
export interface ReceivablesCell {
  readonly bucket: string;
  readonly payerId: string;
  readonly cents: Cents;
}

/** A credentialing deadline on the timeline. */
export interface DeadlinePoint {
  readonly date: LocalDate;
  readonly clinicianId: string;
  readonly label: string;
  readonly severity: 'info' | 'warning' | 'error';
}

/** Waitlist entries waiting for one clinician (or `any`). */
export interface WaitlistCount {
  readonly clinicianId: string;
  readonly count: number;
}

/** Booked share of a clinician's available time over the last weeks, in basis points. */
export interface UtilizationPoint {
  readonly clinicianId: string;
  readonly basisPoints: number;
}

/** The numbers behind the digest's charts. */
export interface DigestCharts {
  /** Bucket labels in order, e.g. `0-30`, `31-60`, … */
  readonly agingBuckets: readonly string[];
  readonly receivables: readonly ReceivablesCell[];
  readonly deadlines: readonly DeadlinePoint[];
  readonly waitlist: readonly WaitlistCount[];
  readonly utilization: readonly UtilizationPoint[];
}

/** Everything the CLI shows for a practice on a date: the work queue and the charts. */
export interface PracticeDigest {
  readonly practiceName: string;
  readonly queue: WorkQueue;
  readonly charts: DigestCharts;
}
