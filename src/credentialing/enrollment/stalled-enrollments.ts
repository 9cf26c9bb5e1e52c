import * as z from 'zod';
import {
  addDays,
  type ClinicianId,
  getDaysBetween,
  type InvalidRecord,
  LocalDate,
  type NonEmptyArray,
  type PayerId,
  type Reason,
  reason,
  validateBatch,
} from '../../core/index.js';
import { compareText, recordsArgument, validateArguments } from '../../core/internal.js';
import type { CredentialingReasonCode } from '../reason-codes.js';
import {
  type EnrollmentStatus,
  isEnrollmentInProgress,
  lastEnrollmentMovementOn,
  PayerEnrollment,
} from './enrollment.js';
import {
  PayerCredentialingPolicies,
  type PayerCredentialingPolicy,
  type PayerCredentialingPolicyInput,
  payerPolicyLookup,
} from './payer-policy.js';

/**
 * An application that has not moved for longer than its payer's follow-up threshold.
 * @example
 * ```ts
 * const [first]: readonly StalledEnrollment[] = report.stalled;
 * first.reasons[0].code; //=> 'credentialing.enrollment.stalled'
 * ```
 */
export interface StalledEnrollment {
  readonly clinicianId: ClinicianId;
  readonly payerId: PayerId;
  readonly status: EnrollmentStatus;
  /** The last status change, submission or contact; `null` when none is recorded. */
  readonly lastMovementOn: LocalDate | null;
  readonly daysSinceMovement: number | null;
  /** When the follow-up fell due (`asOf` when no movement date is recorded). */
  readonly followUpDueOn: LocalDate;
  readonly reasons: NonEmptyArray<Reason<CredentialingReasonCode>>;
}

/**
 * The result of {@link findStalledEnrollments}: stalled applications, and each invalid record by index.
 * @example
 * ```ts
 * const report: StalledEnrollmentReport = findStalledEnrollments(enrollments, { asOf: '2026-11-22' });
 * report.invalid; //=> []
 * ```
 */
export interface StalledEnrollmentReport {
  readonly stalled: readonly StalledEnrollment[];
  readonly invalid: readonly InvalidRecord[];
}

/**
 * Options for {@link findStalledEnrollments}.
 * @example
 * ```ts
 * const options: FindStalledEnrollmentsOptions = { asOf: '2026-11-22',
 *   payerPolicies: [{ payerId: 'aetna', stallAfterDays: 21 }] };
 * ```
 */
export interface FindStalledEnrollmentsOptions {
  /** The evaluation date. */
  readonly asOf: LocalDate;
  /** Per-payer policies (`stallAfterDays`); payers without one use the defaults (30 days). */
  readonly payerPolicies?: readonly PayerCredentialingPolicyInput[];
}

const StalledEnrollmentsOptions = z.strictObject({
  asOf: LocalDate,
  payerPolicies: PayerCredentialingPolicies.default([]),
});

/**
 * Lists the applications in progress (gathering documents, submitted, in review, more information
 * requested) with no movement for at least their payer's `stallAfterDays`, longest-stalled first
 * (ties by clinician then payer id). Invalid records are reported by index; the rest are still checked.
 *
 * @param enrollments - enrollment records, unvalidated
 * @param options - `asOf` (the evaluation date) and the payers' policies
 * @throws {@link ValidationError} listing every problem of `asOf` and the payer policies, and enrollments
 * that are not a list, at once, each under its parameter's name (`$.options.asOf`, `$.enrollments`)
 * @remarks The 30-day default is a practice choice: committees meet about monthly and a returned
 * application costs 30–60 days [sources: credentialing-timelines].
 * @example
 * ```ts
 * findStalledEnrollments([{ clinicianId: 'c1', payerId: 'aetna', status: 'submitted', submittedOn: '2026-09-01' }], { asOf: '2026-11-02' });
 * //=> { stalled: [{ clinicianId: 'c1', payerId: 'aetna', status: 'submitted', lastMovementOn: '2026-09-01',
 * //       daysSinceMovement: 62, followUpDueOn: '2026-10-01', reasons: [{ code: 'credentialing.enrollment.stalled', … }] }],
 * //     invalid: [] }
 * ```
 */
export function findStalledEnrollments(
  enrollments: Iterable<unknown>,
  options: FindStalledEnrollmentsOptions,
): StalledEnrollmentReport {
  // Both arguments' problems at once, each under its parameter's name (`$.enrollments` when it is not a
  // list, `$.options.asOf`); a bad enrollment in the list is reported by index instead.
  const [list, o] = validateArguments([
    ['enrollments', recordsArgument, enrollments, 'enrollments'],
    ['options', StalledEnrollmentsOptions, options, 'stalled enrollment options'],
  ]);
  const day = o.asOf;
  const policyOf = payerPolicyLookup(o.payerPolicies);
  const batch = validateBatch(PayerEnrollment, list);
  const stalled: StalledEnrollment[] = [];
  for (const { value } of batch.valid) {
    const found = stalledEnrollment(value, policyOf(value.payerId), day);
    if (found !== undefined) stalled.push(found);
  }
  stalled.sort(
    (a, b) =>
      (b.daysSinceMovement ?? Number.POSITIVE_INFINITY) - (a.daysSinceMovement ?? Number.POSITIVE_INFINITY) ||
      compareText(a.clinicianId, b.clinicianId) ||
      compareText(a.payerId, b.payerId) ||
      compareText(a.followUpDueOn, b.followUpDueOn),
  );
  return { stalled, invalid: batch.invalid };
}

/** Whether one valid enrollment is stalled on `asOf`, and why. */
export function stalledEnrollment(
  e: PayerEnrollment,
  policy: PayerCredentialingPolicy,
  asOf: LocalDate,
): StalledEnrollment | undefined {
  if (!isEnrollmentInProgress(e.status)) return undefined;
  const last = lastEnrollmentMovementOn(e);
  const facts = {
    clinicianId: e.clinicianId,
    payerId: e.payerId,
    status: e.status,
    stallAfterDays: policy.stallAfterDays,
  };
  if (last === undefined) {
    return {
      clinicianId: e.clinicianId,
      payerId: e.payerId,
      status: e.status,
      lastMovementOn: null,
      daysSinceMovement: null,
      followUpDueOn: asOf,
      reasons: [
        reason(
          'credentialing.enrollment.stalled',
          'warning',
          'The application is in progress but no submission, contact or status date is recorded.',
          { ...facts, lastMovementOn: null },
        ),
      ],
    };
  }
  const since = getDaysBetween(last, asOf);
  if (since < policy.stallAfterDays) return undefined;
  return {
    clinicianId: e.clinicianId,
    payerId: e.payerId,
    status: e.status,
    lastMovementOn: last,
    daysSinceMovement: since,
    followUpDueOn: addDays(last, policy.stallAfterDays),
    reasons: [
      reason(
        'credentialing.enrollment.stalled',
        'warning',
        `No movement on the application for ${since} days (follow up after ${policy.stallAfterDays}).`,
        { ...facts, lastMovementOn: last, daysSinceMovement: since },
      ),
    ],
  };
}
