import { match } from 'ts-pattern';
import * as z from 'zod';
import {
  ClinicianId,
  compareDates,
  type Decision,
  isNonEmpty,
  LocalDate,
  type NonEmptyArray,
  Npi,
  PayerId,
  type Reason,
  reason,
  safeValidate,
  ValidationError,
  type ValidationIssue,
  validate,
} from '../../core/index.js';
import { DocumentId, formatPath, validateArguments } from '../../core/internal.js';
import type { CredentialingIssueCode, CredentialingReasonCode } from '../reason-codes.js';
import { MedicareReportableChange } from './medicare-change-reporting.js';
import { MedicareReassignment } from './medicare-reassignment.js';

/**
 * Where a clinician's application with one payer stands.
 * `info_requested` is the payer asking for more information ("action required").
 *
 * @example
 * ```ts
 * EnrollmentStatus.parse('info_requested'); //=> 'info_requested'
 * ```
 */
export const EnrollmentStatus = z.enum([
  'not_started',
  'gathering_documents',
  'submitted',
  'in_review',
  'info_requested',
  'approved',
  'denied',
  'terminated',
]);
export type EnrollmentStatus = z.infer<typeof EnrollmentStatus>;

/**
 * The enrollment state machine: for each status, the statuses it may move to. `denied` and
 * `terminated` are final: applying again (re-credentialing after termination takes 90–180 days
 * [sources: credentialing-timelines]) opens a new enrollment record.
 *
 * @example
 * ```ts
 * ENROLLMENT_TRANSITIONS.in_review; //=> ['info_requested', 'approved', 'denied']
 * ```
 */
export const ENROLLMENT_TRANSITIONS: Readonly<Record<EnrollmentStatus, readonly EnrollmentStatus[]>> =
  Object.freeze({
    not_started: ['gathering_documents', 'submitted'],
    gathering_documents: ['submitted'],
    submitted: ['in_review', 'info_requested', 'approved', 'denied'],
    in_review: ['info_requested', 'approved', 'denied'],
    info_requested: ['submitted', 'in_review', 'denied'],
    approved: ['terminated'],
    denied: [],
    terminated: [],
  });

/**
 * Whether the enrollment state machine ({@link ENROLLMENT_TRANSITIONS}) allows moving from one status to
 * another (total over statuses).
 *
 * @throws {@link ValidationError} listing both at once when either is not an enrollment status, each under
 * its parameter's name (`$.from`, `$.to`).
 * @example
 * ```ts
 * canMoveEnrollment('submitted', 'in_review'); //=> true
 * canMoveEnrollment('approved', 'submitted');  //=> false (backwards)
 * ```
 */
export function canMoveEnrollment(from: EnrollmentStatus, to: EnrollmentStatus): boolean {
  // Checked by hand first (the history check asks it per move); a bad status is parsed beside the other,
  // each under its parameter's name (`$.from`, `$.to`).
  const known = (status: unknown) =>
    typeof status === 'string' && Object.hasOwn(ENROLLMENT_TRANSITIONS, status);
  if (!known(from) || !known(to)) {
    validateArguments([
      ['from', EnrollmentStatus, from, 'status moved from'],
      ['to', EnrollmentStatus, to, 'status moved to'],
    ]);
  }
  return ENROLLMENT_TRANSITIONS[from].includes(to);
}

/**
 * Whether an application in this status is still waiting on someone (and so can stall).
 *
 * @example
 * ```ts
 * isEnrollmentInProgress('in_review'); //=> true
 * isEnrollmentInProgress('approved'); //=> false
 * ```
 */
export function isEnrollmentInProgress(status: EnrollmentStatus): boolean {
  switch (status) {
    case 'gathering_documents':
    case 'submitted':
    case 'in_review':
    case 'info_requested':
      return true;
    case 'not_started':
    case 'approved':
    case 'denied':
    case 'terminated':
      return false;
    default: {
      // Unreachable from typed code; an unknown value from a caller is a ValidationError.
      const exhausted: never = status;
      return validate(EnrollmentStatus, exhausted, 'enrollment status') as never;
    }
  }
}

/**
 * The documents a payer application may need.
 *
 * @remarks The documents payers' applications and CAQH ask for (a practice convention; attestation
 * questions [sources: ncqa-cr]).
 *
 * @example
 * ```ts
 * EnrollmentDocumentKind.parse('w9'); //=> 'w9'
 * ```
 */
export const EnrollmentDocumentKind = z.enum([
  'state_license',
  'npi_type1',
  'npi_type2',
  'malpractice_certificate',
  'cv',
  'w9',
  'caqh_attestation',
  'diploma',
  'photo_id',
  'dea_registration',
  'board_certification',
  'supervision_agreement',
  'disclosure_attestation',
]);
export type EnrollmentDocumentKind = z.infer<typeof EnrollmentDocumentKind>;

/**
 * A document received for an application.
 *
 * @example
 * ```ts
 * EnrollmentDocument.parse({ kind: 'cv', receivedOn: '2026-10-01' }); //=> { kind: 'cv', receivedOn: '2026-10-01' }
 * ```
 */
export const EnrollmentDocument = z.strictObject({
  kind: EnrollmentDocumentKind,
  receivedOn: LocalDate,
  documentId: DocumentId.optional(),
});
export type EnrollmentDocument = z.infer<typeof EnrollmentDocument>;

/**
 * One step in an enrollment's history: the status it entered and when.
 *
 * @example
 * ```ts
 * EnrollmentStatusChange.parse({ status: 'submitted', on: '2026-09-01' }); //=> the same object
 * ```
 */
export const EnrollmentStatusChange = z.strictObject({ status: EnrollmentStatus, on: LocalDate });
export type EnrollmentStatusChange = z.infer<typeof EnrollmentStatusChange>;

/**
 * A change to a Medicare enrollment the practice must report to the Medicare contractor: what changed, the
 * day it happened, and the day it was reported (left out while it is not).
 *
 * @remarks 42 CFR 424.516(d) [sources: cfr-42-424.516].
 * @example
 * ```ts
 * ReportableChange.parse({ change: 'practice_location', changedOn: '2026-03-02' }); //=> the same object
 * ```
 */
export const ReportableChange = z.strictObject({
  change: MedicareReportableChange,
  changedOn: LocalDate,
  reportedOn: LocalDate.optional(),
});
export type ReportableChange = z.infer<typeof ReportableChange>;

/**
 * One clinician's enrollment with one payer.
 *
 * - `effectiveOn`: the first date of service the payer pays in network (not the approval date).
 * - `terminatedOn`: the first date no longer in network.
 * - `credentialedOn`: the date of the payer's last (re)credentialing decision, or for Medicare the last
 *   approved enrollment or revalidation; it starts the cycle.
 * - `revalidationDueOn`: the revalidation due date the payer posted (CMS's Medicare Revalidation List or
 *   the contractor's notice); when recorded it replaces the estimate from `credentialedOn`.
 * - `lastClaimSubmittedOn` (Medicare fee-for-service): the day the last claim was submitted under this
 *   enrollment; the calendar lists the last day to submit one before 12 months without a claim let CMS
 *   deactivate it, and the network check holds a date of service from that day (42 CFR 424.540(a)(1)
 *   [sources: cfr-42-424.540]). Left out once 12 months could have run since the effective date, a Medicare
 *   date of service is `undecided` and the calendar asks for it.
 * - `reportableChanges` (Medicare fee-for-service): changes to report to the Medicare contractor
 *   (`{ change, changedOn, reportedOn? }`, see {@link MedicareReportableChange}); the calendar lists each one
 *   not yet reported with its due date (42 CFR 424.516(d) [sources: cfr-42-424.516]).
 * - `history`: every status change in order; it must follow {@link ENROLLMENT_TRANSITIONS}
 *   and end in `status`.
 * - `groupNpi`: set when the clinician is enrolled under a group (then an NPI type 2 is needed).
 * - `reassignments` (Medicare fee-for-service): the clinician's reassignments of benefits to groups (CMS-855R,
 *   {@link MedicareReassignment}); the network check reads them when a claim bills under a group
 *   (`billingGroupNpi`): left out, whether one is in effect is not known (42 CFR 424.80 [sources: cfr-42-424.80]).
 * - `disasterPrecludedEnrollment` (Medicare fee-for-service): `true` when a Presidentially declared disaster
 *   kept the clinician from enrolling before serving; the retroactive billing window of this enrollment is then
 *   90 days instead of the policy's 30 (42 CFR 424.521(a)(2) [sources: cfr-42-424.521]). Other payers ignore it.
 *
 * @remarks Approval date ≠ effective date: confirm the effective date with the payer before billing in
 * network [sources: cfr-42-424.520].
 *
 * @example
 * ```ts
 * PayerEnrollment.parse({ clinicianId: 'clin-ana', payerId: 'aetna', status: 'submitted',
 *   history: [{ status: 'approved', on: '2026-03-01' }, { status: 'submitted', on: '2026-04-01' }] });
 * //=> throws: $.history[1].status … [credentialing.enrollment.invalid_transition]
 * ```
 */
export const PayerEnrollment = z
  .strictObject({
    clinicianId: ClinicianId,
    payerId: PayerId,
    status: EnrollmentStatus,
    history: z.array(EnrollmentStatusChange).default([]),
    groupNpi: Npi.optional(),
    submittedOn: LocalDate.optional(),
    lastContactOn: LocalDate.optional(),
    approvedOn: LocalDate.optional(),
    effectiveOn: LocalDate.optional(),
    terminatedOn: LocalDate.optional(),
    credentialedOn: LocalDate.optional(),
    revalidationDueOn: LocalDate.optional(),
    lastClaimSubmittedOn: LocalDate.optional(),
    reportableChanges: z.array(ReportableChange).optional(),
    reassignments: z.array(MedicareReassignment).optional(),
    documents: z.array(EnrollmentDocument).default([]),
    disasterPrecludedEnrollment: z.boolean().optional(),
  })
  .superRefine((e, ctx) => {
    (e.reportableChanges ?? []).forEach((c, i) => {
      if (c.reportedOn !== undefined && compareDates(c.reportedOn, c.changedOn) < 0) {
        ctx.addIssue({
          code: 'custom',
          message: 'must not be before the day of the change',
          path: ['reportableChanges', i, 'reportedOn'],
          params: {
            code: 'credentialing.enrollment.change_reported_before_change' satisfies CredentialingIssueCode,
          },
        });
      }
    });
    for (let i = 1; i < e.history.length; i += 1) {
      const prev = e.history[i - 1];
      const next = e.history[i];
      if (prev === undefined || next === undefined) continue;
      if (!canMoveEnrollment(prev.status, next.status)) {
        ctx.addIssue({
          code: 'custom',
          message: 'moves to a status the enrollment transition table does not allow from the previous one',
          path: ['history', i, 'status'],
          params: { code: 'credentialing.enrollment.invalid_transition' satisfies CredentialingIssueCode },
        });
      }
      if (compareDates(next.on, prev.on) < 0) {
        ctx.addIssue({
          code: 'custom',
          message: 'must not be earlier than the previous status change',
          path: ['history', i, 'on'],
          params: { code: 'credentialing.enrollment.history_out_of_order' satisfies CredentialingIssueCode },
        });
      }
    }
    const last = e.history[e.history.length - 1];
    if (last !== undefined && last.status !== e.status) {
      ctx.addIssue({
        code: 'custom',
        message: 'must be the last status of the history',
        path: ['status'],
        params: { code: 'credentialing.enrollment.status_mismatch' satisfies CredentialingIssueCode },
      });
    }
    if (e.status === 'terminated' && e.terminatedOn === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: 'is required when the enrollment is terminated',
        path: ['terminatedOn'],
        params: {
          code: 'credentialing.enrollment.termination_date_missing' satisfies CredentialingIssueCode,
        },
      });
    }
    if (
      e.effectiveOn !== undefined &&
      e.terminatedOn !== undefined &&
      compareDates(e.terminatedOn, e.effectiveOn) <= 0
    ) {
      ctx.addIssue({
        code: 'custom',
        message: 'must be after the effective date',
        path: ['terminatedOn'],
        params: {
          code: 'credentialing.enrollment.termination_before_effective' satisfies CredentialingIssueCode,
        },
      });
    }
  });
export type PayerEnrollment = z.infer<typeof PayerEnrollment>;
/**
 * What callers pass for {@link PayerEnrollment}: `history` and `documents` may be left out.
 * @example
 * ```ts
 * const input: PayerEnrollmentInput = { clinicianId: 'clin-ana', payerId: 'aetna', status: 'not_started' };
 * PayerEnrollment.parse(input).history; //=> []
 * ```
 */
export type PayerEnrollmentInput = z.input<typeof PayerEnrollment>;

/**
 * The last date anything happened on an application: its latest status change, submission or contact.
 *
 * @example
 * ```ts
 * lastEnrollmentMovementOn(PayerEnrollment.parse({ clinicianId: 'c1', payerId: 'p1', status: 'submitted',
 *   submittedOn: '2026-09-01', lastContactOn: '2026-10-02' })); //=> '2026-10-02'
 * ```
 */
export function lastEnrollmentMovementOn(e: PayerEnrollment): LocalDate | undefined {
  let last: LocalDate | undefined;
  const consider = (d: LocalDate | undefined) => {
    if (d !== undefined && (last === undefined || d > last)) last = d;
  };
  for (const h of e.history) consider(h.on);
  consider(e.submittedOn);
  consider(e.lastContactOn);
  return last;
}

/**
 * The date an enrollment's renewal cycle (recredentialing or revalidation) starts: the last credentialing
 * decision, `credentialedOn`. Not recorded, the earlier of the approval and the effective date: a plan decides
 * before the date it pays from, and Medicare's effective date is the filing date, before its approval, so the
 * due date counted from it is never later than the true one. `undefined` when none of them is recorded.
 *
 * @example
 * ```ts
 * renewalCycleStartOf(PayerEnrollment.parse({ clinicianId: 'c1', payerId: 'aetna', status: 'approved',
 *   approvedOn: '2026-02-10', effectiveOn: '2026-03-01' })); //=> '2026-02-10'
 * ```
 */
export function renewalCycleStartOf(e: PayerEnrollment): LocalDate | undefined {
  if (e.credentialedOn !== undefined) return e.credentialedOn;
  const { approvedOn, effectiveOn } = e;
  if (approvedOn === undefined || effectiveOn === undefined) return approvedOn ?? effectiveOn;
  return compareDates(approvedOn, effectiveOn) <= 0 ? approvedOn : effectiveOn;
}

/**
 * A requested enrollment move: the target status, and the payer's dates that come with it. Approval is
 * not the effective date: a move to `approved` needs `effectiveOn`, the date the payer's approval states
 * (refused with `credentialing.enrollment.effective_date_needed` unless the enrollment already records one)
 * [sources: cfr-42-424.520]. A move to `terminated` needs `terminatedOn`, the first date out of network.
 *
 * @example
 * ```ts
 * EnrollmentMove.parse({ to: 'approved', effectiveOn: '2026-03-01' }); //=> { to: 'approved', effectiveOn: '2026-03-01' }
 * ```
 */
export const EnrollmentMove = z.strictObject({
  to: EnrollmentStatus,
  effectiveOn: LocalDate.optional(),
  terminatedOn: LocalDate.optional(),
});
export type EnrollmentMove = z.infer<typeof EnrollmentMove>;

/**
 * The options of {@link moveEnrollment}: the date of the move.
 * @example
 * ```ts
 * const options: MoveEnrollmentOptions = { asOf: '2026-09-01' };
 * ```
 */
export interface MoveEnrollmentOptions {
  readonly asOf: LocalDate;
}

const MoveEnrollmentOptionsSchema = z.strictObject({ asOf: LocalDate });

/**
 * The result of {@link moveEnrollment}: the moved enrollment, or the unchanged one and why it was refused.
 * @example
 * ```ts
 * const d: EnrollmentMoveDecision = moveEnrollment(enrollment, { to: 'submitted' }, { asOf: '2026-09-01' });
 * d.outcome; //=> 'moved'
 * ```
 */
export type EnrollmentMoveDecision = Decision<
  'moved',
  'refused',
  CredentialingReasonCode,
  { readonly enrollment: PayerEnrollment }
>;

/**
 * Moves an enrollment to a new status when {@link ENROLLMENT_TRANSITIONS} allows it, appending the move
 * to its history and recording the dates the status brings (`submittedOn` on the first submission,
 * `approvedOn` and the stated `effectiveOn` on approval, `terminatedOn` on termination); an illegal move is
 * refused with its reasons and the enrollment is returned unchanged, as is an approval with no effective date
 * (in the move or already on the enrollment: `credentialing.enrollment.effective_date_needed`) and a
 * termination with no date (`credentialing.enrollment.termination_date_needed`).
 *
 * @param enrollment - the enrollment (validated, history included)
 * @param move - the target status and the payer's dates
 * @param options - `asOf`: the date of the move
 * @throws {@link ValidationError} when the enrollment, the move or the date is malformed, or the moved
 *   enrollment would be (a termination dated on or before the effective date, reported at
 *   `$.move.terminatedOn`).
 * @example
 * ```ts
 * moveEnrollment({ clinicianId: 'c1', payerId: 'aetna', status: 'in_review' }, { to: 'approved',
 *   effectiveOn: '2026-10-01' }, { asOf: '2026-09-20' }).enrollment;
 * //=> { status: 'approved', approvedOn: '2026-09-20', effectiveOn: '2026-10-01',
 * //     history: [{ status: 'approved', on: '2026-09-20' }], … }
 * moveEnrollment({ clinicianId: 'c1', payerId: 'aetna', status: 'denied' }, { to: 'submitted' },
 *   { asOf: '2026-09-20' }).reasons[0].code;
 * //=> 'credentialing.enrollment.final_status'
 * ```
 */
export function moveEnrollment(
  enrollment: PayerEnrollmentInput,
  move: z.input<typeof EnrollmentMove>,
  options: MoveEnrollmentOptions,
): EnrollmentMoveDecision {
  const [current, requested, { asOf: on }] = validateArguments([
    ['enrollment', PayerEnrollment, enrollment, 'enrollment'],
    ['move', EnrollmentMove, move, 'enrollment move'],
    ['options', MoveEnrollmentOptionsSchema, options, 'enrollment move options'],
  ]);
  const reasons = enrollmentMoveProblems(current, requested, on);
  if (isNonEmpty(reasons)) return { outcome: 'refused', enrollment: current, reasons };
  const moved = {
    ...current,
    ...datesOnEntering(current, requested, on),
    status: requested.to,
    history: [...current.history, { status: requested.to, on }],
  };
  const checked = safeValidate(PayerEnrollment, moved, 'moved enrollment');
  if (!checked.success)
    throw new ValidationError('enrollment move', movedEnrollmentIssues(checked.error, requested));
  return { outcome: 'moved', enrollment: checked.data, reasons: [] };
}

/**
 * The problems of a moved enrollment, at the argument that caused them: a date the move brings (a termination on
 * or before the effective date) at `$.move.<field>`, anything else at `$.enrollment.<path>`.
 */
function movedEnrollmentIssues(error: ValidationError, move: EnrollmentMove): NonEmptyArray<ValidationIssue> {
  const at = (issue: ValidationIssue): ValidationIssue => {
    const field = issue.path[0];
    const fromMove = (field === 'terminatedOn' || field === 'effectiveOn') && move[field] !== undefined;
    const path = [fromMove ? 'move' : 'enrollment', ...issue.path];
    return { ...issue, path, at: formatPath(path) };
  };
  const [first, ...rest] = error.issues;
  return [at(first), ...rest.map(at)];
}

// The dates each status brings with it, as a table.
function datesOnEntering(
  e: PayerEnrollment,
  move: EnrollmentMove,
  on: LocalDate,
): Partial<Pick<PayerEnrollment, 'submittedOn' | 'approvedOn' | 'effectiveOn' | 'terminatedOn'>> {
  return match(move.to)
    .with('submitted', () => ({ submittedOn: e.submittedOn ?? on }))
    .with('approved', () => ({
      approvedOn: on,
      ...(move.effectiveOn === undefined ? {} : { effectiveOn: move.effectiveOn }),
    }))
    .with('terminated', () => (move.terminatedOn === undefined ? {} : { terminatedOn: move.terminatedOn }))
    .with('not_started', 'gathering_documents', 'in_review', 'info_requested', 'denied', () => ({}))
    .exhaustive();
}

function enrollmentMoveProblems(
  e: PayerEnrollment,
  move: EnrollmentMove,
  on: LocalDate,
): Reason<CredentialingReasonCode>[] {
  const reasons: Reason<CredentialingReasonCode>[] = [];
  const allowed = ENROLLMENT_TRANSITIONS[e.status];
  if (allowed.length === 0) {
    reasons.push(
      reason(
        'credentialing.enrollment.final_status',
        'error',
        'The enrollment was denied or terminated; apply again with a new enrollment record.',
        { from: e.status, to: move.to },
      ),
    );
  } else if (!allowed.includes(move.to)) {
    reasons.push(
      reason(
        'credentialing.enrollment.illegal_transition',
        'error',
        'The enrollment state machine does not allow this move.',
        { from: e.status, to: move.to, allowed: [...allowed] },
      ),
    );
  }
  if (move.to === 'terminated' && move.terminatedOn === undefined && e.terminatedOn === undefined) {
    reasons.push(
      reason(
        'credentialing.enrollment.termination_date_needed',
        'error',
        'A termination needs the first date out of network.',
        { to: move.to },
      ),
    );
  }
  // An approval carries its effective date (a PECOS approval letter states it, 42 CFR 424.520(d); a plan's
  // welcome letter or contract does): without it every date of service would be undecided.
  if (move.to === 'approved' && move.effectiveOn === undefined && e.effectiveOn === undefined) {
    reasons.push(
      reason(
        'credentialing.enrollment.effective_date_needed',
        'error',
        'An approval needs the effective date the payer states (the first date of service it pays in network), not the approval date: record it from the approval letter.',
        { to: move.to },
      ),
    );
  }
  const last = e.history[e.history.length - 1];
  if (last !== undefined && compareDates(on, last.on) < 0) {
    reasons.push(
      reason(
        'credentialing.enrollment.move_before_last',
        'error',
        'The move is dated before the enrollment’s last status change.',
        { on, lastMoveOn: last.on },
      ),
    );
  }
  return reasons;
}
