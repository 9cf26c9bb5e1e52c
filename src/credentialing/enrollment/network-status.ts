import * as z from 'zod';
import {
  addDays,
  addMonths,
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
import { compareReasons, compareText, formatPath, validateArguments } from '../../core/internal.js';
import {
  ExclusionScreening,
  exclusionScreeningOn,
  type ScreenedProgram,
  screeningReasons,
} from '../credentials/exclusion-screening.js';
import {
  type ForCauseStanding,
  ForCauseTermination,
  forCauseStandingOn,
  MEDICAID_TERMINATION_RULE_FROM,
} from '../credentials/for-cause-termination.js';
import { getLicenseProfession, type LicenseProfession, LicenseType } from '../credentials/license.js';
import {
  MedicareAdvantagePreclusion,
  preclusionStandingOn,
} from '../credentials/medicare-advantage-preclusion.js';
import {
  MEDICARE_OPT_OUT_CANCEL_NOTICE_DAYS,
  MEDICARE_OPT_OUT_EARLY_TERMINATION_DAYS,
  MedicareOptOut,
  medicareOptOutEnd,
  medicareOptOutNoticeDueBy,
  medicareOptOutPeriodOn,
} from '../credentials/medicare-opt-out.js';
import {
  exclusionStandingOn,
  OigExclusion,
  oigExclusionOn,
  SamExclusion,
} from '../credentials/oig-exclusion.js';
import {
  getRecredentialingDueDate,
  getRecredentialingLateDate,
  revalidationDueEstimate,
} from '../deadlines/recredentialing.js';
import type { CredentialingReasonCode } from '../reason-codes.js';
import { PayerEnrollment, type PayerEnrollmentInput, renewalCycleStartOf } from './enrollment.js';
import { MEDICARE_INACTIVITY_MONTHS, medicareInactivityOn } from './medicare-inactivity.js';
import { bestReassignmentStanding, reassignmentStandingOn } from './medicare-reassignment.js';
import {
  isMedicaidRenewalUnknown,
  isMedicareFeeForService,
  MEDICARE_DISASTER_RETRO_BILLING_DAYS,
  MEDICARE_MFT_MHC_BENEFIT_START,
  namesMedicare,
  PayerCredentialingPolicy,
  type PayerCredentialingPolicyInput,
  paysMedicareBenefit,
  policyPayerMismatch,
} from './payer-policy.js';

/**
 * Which clinician, which payer, which date of service, and optionally the license the clinician bills
 * that payer under.
 *
 * - `licenseType`: the license the clinician is enrolled with the payer under (for Medicare, the provider
 *   type of the enrollment: an `LMFT` enrolls as a marriage and family therapist, an `LPC`, `LPCC`,
 *   `LMHC`, `LCPC`, `LCMHC`, `LPCMH` or an `addiction_counselor` who meets the definition as a mental health
 *   counselor). Medicare reads it: it pays those two
 *   professions only for dates of service from 2024-01-01 ({@link MEDICARE_MFT_MHC_BENEFIT_START}). Left
 *   out, or `other` (a title that names no profession), a Medicare date of service before then that would
 *   be billable is `undecided`; `associate` (a pre-licensed clinician) is never billable with Medicare or a
 *   Medicare Advantage plan; other payers ignore it.
 * - `medicareOptOut`: the clinician's opt-out of Medicare, if they have one. On a date it stands
 *   ({@link MedicareOptOut}: from `effectiveOn`, renewing every 2 years until `endsOn`) Medicare and
 *   Medicare Advantage plans are `out_of_network` (`credentialing.medicare.opted_out`) for care that is not
 *   emergency or urgent care (`emergencyOrUrgentCare: false`), or is with a private contract signed before
 *   (`privateContractSigned: true`); emergency or urgent care to a client with no private contract must be
 *   billed to Medicare (42 CFR 405.440: `credentialing.medicare.opt_out_emergency_claim`, the enrollment's
 *   answer when billable, else `undecided`); either fact left out where it decides is `undecided`
 *   (`credentialing.medicare.opt_out_care_unknown`, `credentialing.medicare.private_contract_unknown`). Other
 *   payers ignore it. Left out, no opt-out is on record.
 * - `emergencyOrUrgentCare`, `privateContractSigned`: whether the service was emergency or urgent care
 *   (42 CFR 405.400), and whether the client signed a private contract with the clinician before it; read
 *   only while a Medicare opt-out stands.
 * - `oigExclusions`: the clinician's exclusions by the HHS Office of Inspector General. On a date one stands
 *   (from `effectiveOn` until `reinstatedOn`) Medicare, Medicare Advantage plans and Medicaid are
 *   `out_of_network` (`credentialing.exclusion.oig_excluded`, 42 CFR 1001.1901); a commercial payer ignores
 *   it. Left out, none is on record.
 * - `medicareAdvantagePreclusion`: the clinician's place on CMS's preclusion list ({@link MedicareAdvantagePreclusion}).
 *   A Medicare Advantage plan (`program: 'medicare_advantage'`, or `'medicare'` with `revalidationMonths: null`)
 *   is `out_of_network` (`credentialing.medicare_advantage.precluded`) from the plan's `paymentDeniedFrom` while
 *   the clinician is listed; with no date recorded for the plan, a date of service from `listedOn` that would be
 *   billable is `undecided` (`credentialing.medicare_advantage.preclusion_date_unknown`). Fee-for-service
 *   Medicare, Medicaid and commercial payers ignore it. Left out, none is on record.
 * - `forCauseTerminations`: the clinician's terminations for cause by Medicare or by a state's Medicaid or
 *   CHIP ({@link ForCauseTermination}). Every state's Medicaid agency must terminate a provider so terminated
 *   on or after 2011-01-01 (42 CFR 455.416(c)): a Medicaid payer (`program: 'medicaid'`, a state agency or a
 *   Medicaid managed care plan) is `out_of_network` (`credentialing.medicaid.terminated_for_cause`) from
 *   `terminatedOn` until `reinstatedOn`. With no `terminatedOn` recorded, or one before 2011-01-01 (the state
 *   decides), an answer that would be billable is `undecided` (`credentialing.medicaid.termination_date_unknown`,
 *   `credentialing.medicaid.termination_before_2011`). Medicare and commercial payers ignore it. Left out, none
 *   is on record.
 * - `exclusionScreening`: the last check of each exclusion list ({@link ExclusionScreening}). Given, a federal
 *   program's billable answer is `undecided` when a list it needs (the LEIE and SAM; for Medicaid also the state
 *   lists, one at least) was last checked more than a month before the date of service
 *   (`credentialing.exclusion.screening_overdue`) or never (`credentialing.exclusion.screening_unknown`): a
 *   clinician is not assumed clean (42 CFR 455.436(c)(2), 1001.1901). A commercial payer ignores it. Left out,
 *   the screening is not checked here (the deadline calendar asks for it).
 *
 * @example
 * ```ts
 * NetworkStatusQuery.parse({ clinicianId: 'clin-ana', payerId: 'aetna', serviceDate: '2026-04-01' }); //=> the same object
 * NetworkStatusQuery.parse({ clinicianId: 'clin-ana', payerId: 'medicare', serviceDate: '2023-12-15',
 *   licenseType: 'LMFT' }); //=> the same object
 * ```
 */
export const NetworkStatusQuery = z.strictObject({
  clinicianId: ClinicianId,
  payerId: PayerId,
  serviceDate: LocalDate,
  licenseType: LicenseType.optional(),
  medicareOptOut: MedicareOptOut.optional(),
  oigExclusions: z.array(OigExclusion).optional(),
  medicareAdvantagePreclusion: MedicareAdvantagePreclusion.optional(),
  forCauseTerminations: z.array(ForCauseTermination).optional(),
  emergencyOrUrgentCare: z.boolean().optional(),
  privateContractSigned: z.boolean().optional(),
  exclusionScreening: ExclusionScreening.optional(),
  samExclusions: z.array(SamExclusion).optional(),
  billingGroupNpi: Npi.optional(),
});
export type NetworkStatusQuery = z.infer<typeof NetworkStatusQuery>;

/**
 * The decision of {@link evaluatePayerNetworkStatus}. `retro_billable` means before the effective date
 * but inside the payer's retroactive billing window (Medicare: 30 days).
 * @example
 * ```ts
 * const d: PayerNetworkDecision = evaluatePayerNetworkStatus(enrollments, query);
 * d.outcome; //=> 'in_network' (with `effectiveOn`, the enrollment's effective date)
 * ```
 */
export type PayerNetworkDecision = Decision<
  'in_network' | 'retro_billable',
  'out_of_network' | 'undecided',
  CredentialingReasonCode,
  { readonly effectiveOn: LocalDate | null }
>;

/**
 * Options for {@link evaluatePayerNetworkStatus}.
 * @example
 * ```ts
 * const options: EvaluatePayerNetworkStatusOptions = { payerPolicy: { payerId: 'aetna' } };
 * ```
 */
export interface EvaluatePayerNetworkStatusOptions {
  /** The payer's policy (cycle, retro window); defaults to {@link PayerCredentialingPolicy} defaults. */
  readonly payerPolicy?: PayerCredentialingPolicyInput;
}

const NetworkStatusOptions = z.strictObject({ payerPolicy: PayerCredentialingPolicy.optional() });

type R = Reason<CredentialingReasonCode>;
type Outcome = PayerNetworkDecision['outcome'];
const RANK: Record<Outcome, number> = { in_network: 3, retro_billable: 2, undecided: 1, out_of_network: 0 };

/**
 * Decides whether a clinician is in network with a payer on a date of service: an enrollment effective
 * on or before it and not terminated by it. A missed renewal date is a risk to act on, never out of
 * network by itself: `in_network` with a warning until the payer acts (it terminates, deactivates or
 * denies, which the practice records).
 *
 * - A plan recredentials every 36 months with no grace period; a plan that missed the date may still
 *   recredential within 30 days, or credential the clinician again from the start
 *   (`credentialing.network.recredentialing_overdue`, with the 30-day line).
 * - Medicare fee-for-service enrollment is not recredentialed: it is revalidated every 5 years on CMS's
 *   notice, due on the date CMS posts (`revalidationDueOn`), else an estimate
 *   (`credentialing.network.revalidation_overdue`).
 * - A filed application not yet decided (`submitted`, `in_review`, `info_requested`): Medicare
 *   fee-for-service makes the filing date of the approved application the effective date (or the first day
 *   at the location, if later) and pays 30 days before it, so a date of service from `submittedOn` minus
 *   the retro window is `undecided` (`credentialing.network.pending_may_become_billable`: hold the claim);
 *   without `submittedOn`, `undecided` (`credentialing.network.filing_date_unknown`). Other programs are
 *   held only when their policy gives a retro window; otherwise, and before the window, `out_of_network`.
 * - Medicare fee-for-service billing privileges on the date (42 CFR 424.540, 424.80): from the first day CMS may
 *   deactivate them for 12 calendar months without a claim (`lastClaimSubmittedOn`; none recorded once 12 months
 *   could have run), or after a posted revalidation date with none recorded, `undecided`
 *   (`credentialing.medicare.inactivity_deactivation_possible`, `…last_claim_unknown`, `…revalidation_lapsed`);
 *   a claim billed under a group (`billingGroupNpi`) needs a reassignment to it in effect or in its 30-day window
 *   (`credentialing.medicare.reassignment_*`). A SAM exclusion standing holds a federal date
 *   (`credentialing.exclusion.sam_excluded`).
 * - Medicare fee-for-service alone has the 30-day retro window: a Medicare Advantage plan
 *   (`program: 'medicare_advantage'`, or `program: 'medicare'` with `revalidationMonths: null`) has none
 *   unless configured.
 * - Medicare and a Medicare Advantage plan never pay a pre-licensed `associate` under their own enrollment:
 *   `out_of_network` (`credentialing.medicare.associate_not_enrollable`).
 * - Medicare (a payer policy with `program: 'medicare'` or `'medicare_advantage'`)
 *   pays marriage and family therapists and mental health counselors only for dates of service from
 *   2024-01-01: before it such a clinician is `out_of_network` whatever the effective date or the retro
 *   window (`credentialing.medicare.mft_mhc_before_2024`). When the query gives no `licenseType`, or
 *   `other`, a date of service before 2024-01-01 that would otherwise be billable is `undecided`
 *   (`credentialing.medicare.license_type_unknown`); from 2024-01-01 an unknown license changes
 *   nothing. An enrollment of such a clinician recorded as effective before 2024-01-01 is a data
 *   problem, reported as a warning (`credentialing.medicare.mft_mhc_effective_before_2024`).
 * - Medicare fee-for-service's effective date is never before the filing date (42 CFR 424.520(d)): an
 *   enrollment recorded as effective before its `submittedOn` is judged both ways; where they agree the
 *   answer stands with a data-problem warning, where they differ it is `undecided`
 *   (`credentialing.medicare.effective_before_filing`, with `outcomeAsRecorded` and `outcomeFromFilingDate`).
 * - Medicare and a Medicare Advantage plan pay clinical social workers (42 CFR 410.73): an `LMSW` is clinical
 *   in some states only, so a passing answer for one is `undecided`
 *   (`credentialing.medicare.clinical_social_work_unconfirmed`); a failing answer stands.
 * - A `payerPolicy` of another payer than the query's is a `ValidationError`
 *   (`credentialing.policy.payer_mismatch` at `$.options.payerPolicy.payerId`).
 * - A payer id that names Medicare (`medicare`, `noridian-medicare`, any case) with no `payerPolicy` is
 *   `undecided` (`credentialing.network.payer_program_unknown`): its program decides the retro window,
 *   the 2024 benefit and revalidation, and is never guessed commercial.
 *
 * @param enrollments - enrollment records of any clinicians and payers: only those of the query's clinician
 *   and payer are validated and used, so a booking check stays fast on a practice's whole list
 * @param query - clinician, payer, date of service and (for Medicare) the license the clinician bills under
 * @returns `in_network` (with any renewal warning); `retro_billable` inside the retro window;
 *   `out_of_network` with every reason; `undecided` when the enrollment is approved but its effective
 *   date is not recorded, a filed application could still make the date billable, or Medicare's date of
 *   service is before 2024-01-01 and the license is not given
 * @throws {@link ValidationError} when the query, the policy or a record of that clinician and payer is invalid
 *   (issues keep the record's index in `enrollments`)
 * @remarks Approval is not the effective date; Medicare's is the filing date of the approved application
 * (42 CFR 424.520(d)) [sources: cfr-42-424.520]; Medicare fee-for-service retro billing 30 days
 * (42 CFR 424.521(a)) [sources: cfr-42-424.521]; Medicare pays a clinician's own license (42 CFR 410.53,
 * 410.54: licensed, with 2 years or 3,000 hours of post-degree supervised experience); recredentialing every 36 months, no grace, with a 30-day
 * line [sources: ncqa-cr]; Medicare revalidation and deactivation [sources: cfr-42-424.515, cfr-42-424.540,
 * cms-medicare-revalidation]; billing before the effective date is denied CO-B7/CO-170 [sources: x12-carc];
 * Medicare pays marriage and family therapists and mental health counselors from 2024-01-01 (CAA 2023
 * §4121; 42 CFR 410.53, 410.54) [sources: caa-2023-4121, cfr-42-410.53, cfr-42-410.54]; clinical social
 * workers licensed or certified as such by the state (42 CFR 410.73) [sources: cfr-42-410.73].
 * @example
 * ```ts
 * evaluatePayerNetworkStatus(
 *   [{ clinicianId: 'c1', payerId: 'aetna', status: 'approved', effectiveOn: '2026-03-01', credentialedOn: '2026-02-10' }],
 *   { clinicianId: 'c1', payerId: 'aetna', serviceDate: '2026-02-27' });
 * //=> { outcome: 'out_of_network', effectiveOn: '2026-03-01',
 * //     reasons: [{ code: 'credentialing.network.before_effective_date', severity: 'error', … }] }
 *
 * // Medicare, effective 2022-01-03, a claim submitted 2025-01-20: revalidated every 5 years, in network on 2025-02-10.
 * evaluatePayerNetworkStatus(
 *   [{ clinicianId: 'c1', payerId: 'medicare', status: 'approved', effectiveOn: '2022-01-03',
 *     lastClaimSubmittedOn: '2025-01-20' }],
 *   { clinicianId: 'c1', payerId: 'medicare', serviceDate: '2025-02-10' },
 *   { payerPolicy: { payerId: 'medicare', program: 'medicare' } });
 * //=> { outcome: 'in_network', reasons: [{ code: 'credentialing.network.in_network',
 * //     facts: { revalidationDueOn: '2027-01-31', … } }, …] }
 *
 * // An LMFT effective with Medicare 2024-01-01: 2023-12-15 is inside the 30-day retro window, but
 * // Medicare paid no marriage and family therapist before 2024.
 * evaluatePayerNetworkStatus(
 *   [{ clinicianId: 'c1', payerId: 'medicare', status: 'approved', effectiveOn: '2024-01-01' }],
 *   { clinicianId: 'c1', payerId: 'medicare', serviceDate: '2023-12-15', licenseType: 'LMFT' },
 *   { payerPolicy: { payerId: 'medicare', program: 'medicare' } });
 * //=> { outcome: 'out_of_network', effectiveOn: '2024-01-01',
 * //     reasons: [{ code: 'credentialing.medicare.mft_mhc_before_2024', severity: 'error',
 * //       facts: { profession: 'marriage_and_family_therapy', serviceDate: '2023-12-15', benefitStartsOn: '2024-01-01', … } }] }
 * // The same without the license type:
 * //=> { outcome: 'undecided', reasons: [{ code: 'credentialing.medicare.license_type_unknown', … }], … }
 * ```
 */
export function evaluatePayerNetworkStatus(
  enrollments: readonly PayerEnrollmentInput[],
  query: z.input<typeof NetworkStatusQuery>,
  options: EvaluatePayerNetworkStatusOptions = {},
): PayerNetworkDecision {
  const { records, q, o } = validateNetworkArguments(enrollments, query, options);
  if (o.payerPolicy === undefined && namesMedicare(q.payerId)) {
    // Medicare and commercial plans bill on different rules (retro window, the 2024 benefit, revalidation):
    // a payer named for Medicare with no policy is never guessed commercial.
    return {
      outcome: 'undecided',
      effectiveOn: null,
      reasons: [
        reason(
          'credentialing.network.payer_program_unknown',
          'warning',
          `The payer ${q.payerId} reads as Medicare but no payer policy was given: pass its policy (program 'medicare', or 'commercial' for a plan that only carries the name) to decide.`,
          { clinicianId: q.clinicianId, payerId: q.payerId, serviceDate: q.serviceDate },
        ),
      ],
    };
  }
  const policy = o.payerPolicy ?? validate(PayerCredentialingPolicy, { payerId: q.payerId }, 'payer policy');
  return decideNetworkStatus(records, q, policy);
}

/**
 * Validates every argument at once: the query and options, the records of the query's clinician and payer
 * (issues at their index in the input; with a bad query, the records carrying its clinician and payer ids as
 * given), and that a policy given is the query's payer's own: another payer's policy would decide this one
 * on rules that are not its own (a commercial plan read with Medicare's 30-day window, Medicare read as
 * commercial).
 */
function validateNetworkArguments(
  enrollments: unknown,
  query: unknown,
  options: unknown,
): { records: PayerEnrollment[]; q: NetworkStatusQuery; o: z.output<typeof NetworkStatusOptions> } {
  let parsed: [unknown[], NetworkStatusQuery, z.output<typeof NetworkStatusOptions>] | undefined;
  let argumentError: ValidationError | undefined;
  try {
    parsed = validateArguments([
      ['enrollments', z.array(z.unknown()), enrollments, 'enrollments'],
      ['query', NetworkStatusQuery, query, 'network status query'],
      ['options', NetworkStatusOptions, options, 'network status options'],
    ]);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    argumentError = error;
  }
  const rawQuery = (typeof query === 'object' && query !== null ? query : {}) as {
    clinicianId?: unknown;
    payerId?: unknown;
  };
  const clinicianId = parsed?.[1].clinicianId ?? rawQuery.clinicianId;
  const payerId = parsed?.[1].payerId ?? rawQuery.payerId;
  const records: PayerEnrollment[] = [];
  const issues: ValidationIssue[] = [];
  if (Array.isArray(enrollments)) {
    (enrollments as readonly unknown[]).forEach((raw, index) => {
      // Anything without the query's clinician and payer (other records, null, a number) is not read.
      const r = raw as { clinicianId?: unknown; payerId?: unknown } | null | undefined;
      if (r?.clinicianId !== clinicianId || r?.payerId !== payerId) return;
      const one = safeValidate(PayerEnrollment, raw, 'enrollment');
      if (one.success) records.push(one.data);
      else {
        for (const issue of one.error.issues) {
          const path = ['enrollments', index, ...issue.path];
          issues.push({ ...issue, path, at: formatPath(path) });
        }
      }
    });
  }
  const subjects = isNonEmpty(issues) ? ['enrollments'] : [];
  if (argumentError !== undefined) {
    issues.push(...argumentError.issues);
    subjects.push(argumentError.subject);
  }
  const policyPayer = (options as { payerPolicy?: { payerId?: unknown } } | undefined)?.payerPolicy?.payerId;
  const mismatch = policyPayerMismatch(policyPayer, payerId, ['options', 'payerPolicy', 'payerId']);
  if (mismatch !== undefined) {
    issues.push(mismatch);
    if (!subjects.some((s) => s.includes('network status options'))) subjects.push('network status options');
  }
  if (isNonEmpty(issues)) {
    throw new ValidationError(subjects.join(' and '), issues, argumentError?.unlisted ?? {});
  }
  // No issue: every argument parsed.
  const [, q, o] = parsed as NonNullable<typeof parsed>;
  return { records, q, o };
}

// The decision itself, on values already validated: the enrollments' answer, then Medicare's benefit.
function decideNetworkStatus(
  records: readonly PayerEnrollment[],
  q: NetworkStatusQuery,
  policy: PayerCredentialingPolicy,
): PayerNetworkDecision {
  const decision =
    decideAfterCancelledOptOut(records, q, policy) ?? decideFromEnrollments(records, q, policy);
  if (policy.program === 'medicaid') {
    return refuseExcluded(holdUnscreened(refuseTerminatedForCause(decision, q), q, 'medicaid'), q);
  }
  if (!paysMedicareBenefit(policy)) return decision;
  const benefit = isMedicareFeeForService(policy)
    ? judgeReassignment(decideMedicareBenefit(decision, records, q), records, q, policy)
    : decideMedicareBenefit(decision, records, q);
  const planChecked = isMedicareAdvantage(policy) ? refusePrecluded(benefit, q) : refuseRevoked(benefit, q);
  return refuseExcluded(holdUnscreened(refuseOptedOut(planChecked, q), q, 'medicare'), q);
}

/**
 * A federal program's answer when the exclusion lists were not checked within the month before the date of
 * service, or never: a clinician is not assumed clean (42 CFR 455.436(c)(2); an excluded clinician is paid
 * nothing, 1001.1901), so a billable answer is `undecided` and an undecided one gets the reasons beside its
 * own; an `out_of_network` answer stands as it is. Only when the query gives the screening.
 */
function holdUnscreened(
  decision: PayerNetworkDecision,
  q: NetworkStatusQuery,
  program: ScreenedProgram,
): PayerNetworkDecision {
  if (q.exclusionScreening === undefined || decision.outcome === 'out_of_network') return decision;
  const lapses = exclusionScreeningOn(q.exclusionScreening, program, q.serviceDate).filter(
    (x) => x.status !== 'current',
  );
  const [first, ...more] = screeningReasons(lapses, q.serviceDate, 'warning');
  if (first === undefined) return decision;
  const held = hold(decision, first);
  return { ...held, reasons: [...held.reasons, ...more].sort(compareReasons) as [R, ...R[]] };
}

/**
 * Medicare fee-for-service after a cancelled opt-out: cancelling (at the start of a 2-year period) does not
 * enroll the clinician again, unlike an early termination of a first opt-out, which reinstates the enrollment
 * from before it (42 CFR 405.445 [sources: cfr-42-405-subpart-d], [sources: cms-mbpm-ch15-opt-out]). From the
 * cancellation an enrollment that took effect before the opt-out no longer counts; the answer is the other
 * records' (an enrollment made since), with the reason beside a failing one. `null` where the rule does not
 * apply (another program, no cancellation, a date before it, no such enrollment).
 */
function decideAfterCancelledOptOut(
  records: readonly PayerEnrollment[],
  q: NetworkStatusQuery,
  policy: PayerCredentialingPolicy,
): PayerNetworkDecision | null {
  const o = q.medicareOptOut;
  if (o?.endsOn === undefined || policy.program !== 'medicare' || isMedicareAdvantage(policy)) return null;
  if (medicareOptOutEnd(o) !== 'cancelled' || compareDates(q.serviceDate, o.endsOn) < 0) return null;
  const before = (e: PayerEnrollment): boolean =>
    e.effectiveOn !== undefined && compareDates(e.effectiveOn, o.effectiveOn) < 0;
  const stale = records.filter(before);
  if (stale.length === 0) return null;
  const since = records.filter((e) => !before(e));
  const decision = since.length === 0 ? null : decideFromEnrollments(since, q, policy);
  if (decision !== null && isBillable(decision)) return decision;
  const r = reason(
    'credentialing.medicare.opt_out_cancelled_not_enrolled',
    'error',
    `The clinician's Medicare opt-out from ${o.effectiveOn} was cancelled from ${o.endsOn}, and cancelling does not enroll them in Medicare again: the enrollment effective ${stale.map((e) => e.effectiveOn).join(', ')}, from before the opt-out, does not cover this date. Enroll in Medicare (a new application) before billing it.`,
    {
      clinicianId: q.clinicianId,
      payerId: q.payerId,
      serviceDate: q.serviceDate,
      optOutEffectiveOn: o.effectiveOn,
      optOutEndsOn: o.endsOn,
      enrollmentsBeforeOptOut: stale.map((e) => e.effectiveOn ?? null),
    },
  );
  if (decision === null) return { outcome: 'out_of_network', effectiveOn: null, reasons: [r] };
  const reasons: [R, ...R[]] = [r, ...decision.reasons];
  return {
    outcome: decision.outcome,
    effectiveOn: decision.effectiveOn,
    reasons: reasons.sort(compareReasons),
  };
}

/**
 * A revocation of the clinician's Medicare billing privileges (a `medicare` for-cause termination): from its
 * effective date the clinician is barred from Medicare until the re-enrollment bar ends and they enroll again
 * (42 CFR 424.535(c) [sources: cfr-42-424.535]), recorded as `reinstatedOn`. For Medicare fee-for-service the
 * date is `out_of_network` whatever the enrollment says; with no date recorded, a billable answer is
 * `undecided` and a failing one keeps its outcome with the reason added. (A Medicare Advantage plan acts on
 * CMS's preclusion list instead, which a revoked clinician under a bar is put on: `medicareAdvantagePreclusion`.)
 */
function refuseRevoked(decision: PayerNetworkDecision, q: NetworkStatusQuery): PayerNetworkDecision {
  const found = (q.forCauseTerminations ?? [])
    .filter((t) => t.program === 'medicare')
    .map((t) => ({ t, standing: forCauseStandingOn(t, q.serviceDate) }));
  const revoked = found.find((f) => f.standing === 'terminated' || f.standing === 'before_rule');
  const undated = found.find((f) => f.standing === 'date_unknown');
  const worst = revoked ?? undated;
  if (worst === undefined) return decision;
  const { t } = worst;
  const facts = {
    clinicianId: q.clinicianId,
    payerId: q.payerId,
    serviceDate: q.serviceDate,
    revokedOn: t.terminatedOn ?? null,
    reinstatedOn: t.reinstatedOn ?? null,
    effectiveOn: decision.effectiveOn,
    outcomeOtherwise: decision.outcome,
  };
  if (revoked !== undefined) {
    return refuse(
      decision,
      reason(
        'credentialing.medicare.revoked',
        'error',
        `The clinician's Medicare billing privileges were revoked from ${t.terminatedOn}${t.reinstatedOn === undefined ? ', not reinstated' : ` until ${t.reinstatedOn}`}: Medicare pays nothing they furnish on this date, and they may enroll again only after the re-enrollment bar. Do not bill it; take it to the compliance officer.`,
        facts,
      ),
    );
  }
  return hold(
    decision,
    reason(
      'credentialing.medicare.revocation_date_unknown',
      'warning',
      `A revocation of the clinician's Medicare billing privileges is recorded without its effective date: whether Medicare pays this date of service is not known. Record the date from CMS's revocation letter before billing.`,
      facts,
    ),
  );
}

// A Medicare Advantage plan: its own program, or the older set-up (Medicare with no revalidation cycle).
function isMedicareAdvantage(policy: PayerCredentialingPolicy): boolean {
  return (
    policy.program === 'medicare_advantage' ||
    (policy.program === 'medicare' && policy.revalidationMonths === null)
  );
}

/** Whether a decision lets the date be billed: in network, or inside a retroactive window. */
function isBillable(decision: PayerNetworkDecision): boolean {
  return decision.outcome === 'in_network' || decision.outcome === 'retro_billable';
}

/**
 * Overrules a decision: `out_of_network` with `first` (and `more`). A billable decision's own reasons would
 * mislead and are dropped; a failing or undecided one's are kept beside it, all in reason order.
 */
function refuse(decision: PayerNetworkDecision, first: R, more: readonly R[] = []): PayerNetworkDecision {
  const reasons: [R, ...R[]] = [first, ...(isBillable(decision) ? [] : decision.reasons), ...more];
  return {
    outcome: 'out_of_network',
    effectiveOn: decision.effectiveOn,
    reasons: reasons.sort(compareReasons),
  };
}

/**
 * Holds a decision on `r`: a billable one becomes `undecided` (its reasons dropped), any other keeps its
 * outcome with `r` beside its reasons.
 */
function hold(decision: PayerNetworkDecision, r: R): PayerNetworkDecision {
  const billable = isBillable(decision);
  const reasons: [R, ...R[]] = [r, ...(billable ? [] : decision.reasons)];
  return {
    outcome: billable ? 'undecided' : decision.outcome,
    effectiveOn: decision.effectiveOn,
    reasons: reasons.sort(compareReasons),
  };
}

/**
 * A clinician on CMS's preclusion list: a Medicare Advantage plan pays nothing they furnish from the date its
 * notice to enrollees has run (42 CFR 422.222). From the plan's date (while listed) the date of service is
 * `out_of_network`, whatever else it is; from `listedOn` with no date recorded for the plan, a billable answer
 * is `undecided` (the plan may already deny it), and a failing or undecided one keeps its outcome with the
 * reason added. Before the listing, in the notice period and from `removedOn` nothing changes.
 */
function refusePrecluded(decision: PayerNetworkDecision, q: NetworkStatusQuery): PayerNetworkDecision {
  if (q.medicareAdvantagePreclusion === undefined) return decision;
  const p = q.medicareAdvantagePreclusion;
  const standing = preclusionStandingOn(p, q.payerId, q.serviceDate);
  if (standing.kind === 'paid') return decision;
  const facts = {
    clinicianId: q.clinicianId,
    payerId: q.payerId,
    serviceDate: q.serviceDate,
    listedOn: p.listedOn,
    removedOn: p.removedOn ?? null,
    paymentDeniedFrom: standing.paymentDeniedFrom,
    effectiveOn: decision.effectiveOn,
    outcomeOtherwise: decision.outcome,
  };
  if (standing.kind === 'denied') {
    return refuse(
      decision,
      reason(
        'credentialing.medicare_advantage.precluded',
        'error',
        `The clinician is on CMS's preclusion list from ${p.listedOn}, and ${q.payerId} denies payment for dates of service from ${standing.paymentDeniedFrom}: the plan pays nothing they furnish on this date. Do not bill it; tell the client before the next session.`,
        facts,
      ),
    );
  }
  const unknown = reason(
    'credentialing.medicare_advantage.preclusion_date_unknown',
    'warning',
    `The clinician is on CMS's preclusion list from ${p.listedOn}, and the date ${q.payerId} stops paying (the end of its notice to enrollees) is not recorded: whether the plan pays this date is not known. Record the plan's date from its notice.`,
    facts,
  );
  return hold(decision, unknown);
}

/**
 * Months before a posted revalidation due date from which CMS accepts the application (one sent earlier is
 * returned) [sources: cms-medicare-revalidation].
 */
const MEDICARE_REVALIDATION_WINDOW_MONTHS = 7;

/** The worst standing first: a termination in effect, then one not dated, then one before the rule. */
const FOR_CAUSE_ORDER: readonly ForCauseStanding[] = ['terminated', 'date_unknown', 'before_rule'];

/**
 * A clinician terminated for cause by Medicare or by a state's Medicaid or CHIP: every state's Medicaid agency
 * must terminate a provider so terminated on or after 2011-01-01 (42 CFR 455.416(c)), and a Medicaid managed
 * care plan's providers are enrolled with the state (438.602(b)). Read for a Medicaid payer only:
 * - in effect on the date of service (from `terminatedOn`, before `reinstatedOn`), dated from 2011-01-01:
 *   `out_of_network` whatever else it is (a passing answer's reasons dropped, a failing one's kept);
 * - with no `terminatedOn`, not reinstated by the date: a passing answer is `undecided`, a failing one keeps
 *   its outcome with the reason added;
 * - dated before 2011-01-01: the rule does not bind the state, which decides: the same as an unknown date.
 */
function refuseTerminatedForCause(
  decision: PayerNetworkDecision,
  q: NetworkStatusQuery,
): PayerNetworkDecision {
  const found = (q.forCauseTerminations ?? []).map((t) => ({
    t,
    standing: forCauseStandingOn(t, q.serviceDate),
  }));
  const worst = FOR_CAUSE_ORDER.map((s) => found.find((f) => f.standing === s)).find((f) => f !== undefined);
  if (worst === undefined) return decision;
  const { t, standing } = worst;
  const by =
    t.program === 'medicare'
      ? 'Medicare'
      : `${t.state ?? 'a state'}'s ${t.program === 'chip' ? 'CHIP' : 'Medicaid'}`;
  const facts = {
    clinicianId: q.clinicianId,
    payerId: q.payerId,
    serviceDate: q.serviceDate,
    terminatedBy: t.program,
    terminatedInState: t.state ?? null,
    terminatedOn: t.terminatedOn ?? null,
    reinstatedOn: t.reinstatedOn ?? null,
    ruleFrom: MEDICAID_TERMINATION_RULE_FROM,
    effectiveOn: decision.effectiveOn,
    outcomeOtherwise: decision.outcome,
  };
  if (standing === 'terminated') {
    return refuse(
      decision,
      reason(
        'credentialing.medicaid.terminated_for_cause',
        'error',
        `The clinician was terminated for cause by ${by} from ${t.terminatedOn}${t.reinstatedOn === undefined ? '' : ` until ${t.reinstatedOn}`}: every state's Medicaid must terminate such a provider, so no Medicaid program or Medicaid managed care plan pays for this date of service. Do not bill it; take it to the compliance officer.`,
        facts,
      ),
    );
  }
  const unsure =
    standing === 'date_unknown'
      ? reason(
          'credentialing.medicaid.termination_date_unknown',
          'warning',
          `The clinician was terminated for cause by ${by}, and the termination's date is not recorded: from that date every state's Medicaid must terminate them, so whether Medicaid pays this date of service is not known. Record the date from the termination notice before billing.`,
          facts,
        )
      : reason(
          'credentialing.medicaid.termination_before_2011',
          'warning',
          `The clinician was terminated for cause by ${by} from ${t.terminatedOn}, before ${MEDICAID_TERMINATION_RULE_FROM}: the rule that every state's Medicaid must terminate such a provider does not reach it, and the state may still deny or terminate. Confirm the enrollment with the state before billing.`,
          facts,
        );
  return hold(decision, unsure);
}

/**
 * A clinician excluded by the HHS Office of Inspector General: from the exclusion's effective date until
 * OIG reinstates them, no federal health care program (Medicare, a Medicare Advantage plan, Medicaid) pays
 * for anything they furnish (42 CFR 1001.1901). The date is `out_of_network` whatever else it is: a
 * passing answer's reasons are dropped, a failing or undecided one's kept.
 */
function refuseExcluded(decision: PayerNetworkDecision, q: NetworkStatusQuery): PayerNetworkDecision {
  const exclusion = oigExclusionOn(q.oigExclusions ?? [], q.serviceDate);
  const sam = exclusionStandingOn(q.samExclusions ?? [], q.serviceDate);
  const samReason =
    sam === undefined
      ? []
      : [
          reason(
            'credentialing.exclusion.sam_excluded',
            'error',
            `The clinician is listed on SAM.gov as excluded from ${sam.effectiveOn}${sam.reinstatedOn === undefined ? ', with no end' : ` until ${sam.reinstatedOn}`}: CMS denies or revokes the Medicare enrollment of a person so excluded, and a state Medicaid agency screens for it, so this date of service is not billed to a federal program until the compliance officer decides.`,
            {
              clinicianId: q.clinicianId,
              payerId: q.payerId,
              serviceDate: q.serviceDate,
              excludedOn: sam.effectiveOn,
              reinstatedOn: sam.reinstatedOn ?? null,
              effectiveOn: decision.effectiveOn,
              outcomeOtherwise: decision.outcome,
            },
          ),
        ];
  if (exclusion === undefined) {
    const [held] = samReason;
    return held === undefined ? decision : hold(decision, held);
  }
  return refuse(
    decision,
    reason(
      'credentialing.exclusion.oig_excluded',
      'error',
      `The clinician is excluded by the HHS Office of Inspector General from ${exclusion.effectiveOn}${exclusion.reinstatedOn === undefined ? ', not reinstated' : ` until ${exclusion.reinstatedOn}`}: no federal health care program pays for services they furnish on this date. Do not bill it; take it to the compliance officer.`,
      {
        clinicianId: q.clinicianId,
        payerId: q.payerId,
        serviceDate: q.serviceDate,
        excludedOn: exclusion.effectiveOn,
        reinstatedOn: exclusion.reinstatedOn ?? null,
        effectiveOn: decision.effectiveOn,
        outcomeOtherwise: decision.outcome,
      },
    ),
    samReason,
  );
}

/**
 * A claim billed under a group (`billingGroupNpi`): Medicare pays the group for what the clinician furnishes
 * only under a reassignment of the clinician's benefits to it (42 CFR 424.80), effective as an enrollment is
 * (the later of filing and first service at the location, 424.520(d)) with the same 30-day retroactive window
 * (424.521(a); 90 days after a Presidentially declared disaster). The best reassignment to that group on the
 * enrollments decides: in effect, the answer stands; within the window, a passing answer is at most
 * `retro_billable`; filed and undecided, or with no dates, or none recorded at all (`reassignments` left out),
 * a passing answer is `undecided`; none to that group in effect or in its window, `out_of_network`.
 */
function judgeReassignment(
  decision: PayerNetworkDecision,
  records: readonly PayerEnrollment[],
  q: NetworkStatusQuery,
  policy: PayerCredentialingPolicy,
): PayerNetworkDecision {
  const group = q.billingGroupNpi;
  if (group === undefined) return decision;
  const recorded = records.some((e) => e.reassignments !== undefined);
  const found = records.flatMap((e) =>
    (e.reassignments ?? [])
      .filter((r) => r.groupNpi === group)
      .map((r) => ({
        r,
        standing: reassignmentStandingOn(r, q.serviceDate, retroPolicyOf(e, policy).retroBillingDays),
      })),
  );
  const best = bestReassignmentStanding(found.map((f) => f.standing));
  const chosen = found.find((f) => f.standing === best)?.r;
  const facts = {
    clinicianId: q.clinicianId,
    payerId: q.payerId,
    serviceDate: q.serviceDate,
    billingGroupNpi: group,
    reassignmentSubmittedOn: chosen?.submittedOn ?? null,
    reassignmentEffectiveOn: chosen?.effectiveOn ?? null,
    reassignmentEndedOn: chosen?.endedOn ?? null,
    retroBillingDays: policy.retroBillingDays,
    effectiveOn: decision.effectiveOn,
    outcomeOtherwise: decision.outcome,
  };
  if (best === 'effective') return decision;
  if (best === 'retro') {
    const r = reason(
      'credentialing.medicare.reassignment_retro_window',
      'warning',
      `The clinician's reassignment to the group ${group} takes effect ${chosen?.effectiveOn}, after the date of service but within the retroactive billing window: the group may bill it.`,
      facts,
    );
    if (!isBillable(decision)) return decision;
    return {
      outcome: 'retro_billable',
      effectiveOn: decision.effectiveOn,
      reasons: [r, ...decision.reasons].sort(compareReasons) as [R, ...R[]],
    };
  }
  if (best === 'pending' || best === 'date_unknown') {
    return hold(
      decision,
      reason(
        'credentialing.medicare.reassignment_pending',
        'warning',
        best === 'pending'
          ? `The clinician's reassignment to the group ${group} was filed on ${chosen?.submittedOn} and is not approved: once it is, the group may bill from ${policy.retroBillingDays} days before its effective date. Hold the claim until Medicare decides.`
          : `A reassignment of the clinician's benefits to the group ${group} is recorded without its filing or effective date: record them from the contractor's approval before the group bills.`,
        facts,
      ),
    );
  }
  if (best === undefined && !recorded) {
    return hold(
      decision,
      reason(
        'credentialing.medicare.reassignment_unknown',
        'warning',
        `The claim bills under the group ${group}, and no reassignment of the clinician's benefits is recorded on the enrollment: Medicare pays a group only under one in effect on the date of service. Record the clinician's reassignments (CMS-855R) to decide.`,
        facts,
      ),
    );
  }
  return refuse(
    decision,
    reason(
      'credentialing.medicare.reassignment_not_effective',
      'error',
      chosen === undefined
        ? `The claim bills under the group ${group}, and the clinician has no reassignment of benefits to it: Medicare pays the group nothing they furnish. File a reassignment (CMS-855R) or bill under the group the clinician is reassigned to.`
        : `The clinician's reassignment to the group ${group}${chosen.effectiveOn === undefined ? '' : ` (effective ${chosen.effectiveOn}${chosen.endedOn === undefined ? '' : `, ended ${chosen.endedOn}`})`} does not cover this date of service, nor does its retroactive window: Medicare pays the group nothing for it.`,
      facts,
    ),
  );
}

// Medicare's benefit: whom it pays (no associates, LMSW confirmed clinical) and from when (2024 for MFT/MHC).
function decideMedicareBenefit(
  decision: PayerNetworkDecision,
  records: readonly PayerEnrollment[],
  q: NetworkStatusQuery,
): PayerNetworkDecision {
  if (q.licenseType === 'associate') return refuseAssociate(decision, q);
  if (q.licenseType === 'LMSW') return holdMasterSocialWorker(decision, q);
  return applyMedicareMftMhcBenefit(decision, records, q);
}

/**
 * A clinician opted out of Medicare: during the opt-out period neither Medicare nor a Medicare Advantage
 * plan pays them, and they may not submit a claim; a Medicare beneficiary is seen only under a private
 * contract (42 CFR 405.425, 405.455). The period renews every 2 years until cancelled (405.400, 405.445).
 *
 * Emergency or urgent care is the exception (405.440): furnished to a beneficiary who has not signed a
 * private contract with the clinician, the clinician must submit the claim to Medicare (and charge no more
 * than the limiting charge); with a contract signed before, the contract governs. So:
 * - `emergencyOrUrgentCare: false`, or true with `privateContractSigned: true`: `out_of_network`
 *   (`credentialing.medicare.opted_out`), whatever the enrollment says: a passing answer's reasons are
 *   dropped, a failing or undecided one's kept;
 * - `emergencyOrUrgentCare: true` with `privateContractSigned: false`: the claim goes to Medicare
 *   (`credentialing.medicare.opt_out_emergency_claim`, a warning): a passing answer stands with it, any other
 *   is `undecided` (a person submits the claim, never billing the client);
 * - either fact left out where it decides: `undecided` (`credentialing.medicare.opt_out_care_unknown`,
 *   `credentialing.medicare.private_contract_unknown`).
 */
function refuseOptedOut(decision: PayerNetworkDecision, q: NetworkStatusQuery): PayerNetworkDecision {
  if (q.medicareOptOut === undefined) return decision;
  const period = medicareOptOutPeriodOn(q.medicareOptOut, q.serviceDate);
  if (period === null) return decision;
  const passing = isBillable(decision);
  if (!period.inForce) return holdUnconfirmedEnd(decision, q, q.medicareOptOut);
  const optedOut = `The clinician opted out of Medicare from ${q.medicareOptOut.effectiveOn}${q.medicareOptOut.endsOn === undefined ? ' (renewing every 2 years)' : ` until ${q.medicareOptOut.endsOn}`}`;
  const facts = {
    clinicianId: q.clinicianId,
    payerId: q.payerId,
    serviceDate: q.serviceDate,
    optOutEffectiveOn: q.medicareOptOut.effectiveOn,
    optOutEndsOn: q.medicareOptOut.endsOn ?? null,
    optOutPeriod: period.period,
    optOutPeriodStartsOn: period.startsOn,
    optOutPeriodEndsOn: period.endsOn,
    emergencyOrUrgentCare: q.emergencyOrUrgentCare ?? null,
    privateContractSigned: q.privateContractSigned ?? null,
    effectiveOn: decision.effectiveOn,
    outcomeOtherwise: decision.outcome,
  };
  // Undecided whatever the enrollment says: even a failing one's answer waits on the facts asked for.
  const held = (r: R): PayerNetworkDecision => ({
    outcome: 'undecided',
    effectiveOn: decision.effectiveOn,
    reasons: [r, ...(passing ? [] : decision.reasons)].sort(compareReasons) as [R, ...R[]],
  });
  if (q.emergencyOrUrgentCare === undefined) {
    return held(
      reason(
        'credentialing.medicare.opt_out_care_unknown',
        'warning',
        `${optedOut}: Medicare pays them nothing and takes no claim from them, except for emergency or urgent care given to a client who has signed no private contract with them, which must be billed to Medicare. Whether this service was emergency or urgent care is not given: say so to decide, and never bill the client for it until then.`,
        facts,
      ),
    );
  }
  if (q.emergencyOrUrgentCare && q.privateContractSigned === undefined) {
    return held(
      reason(
        'credentialing.medicare.private_contract_unknown',
        'warning',
        `${optedOut}, and this was emergency or urgent care: without a private contract signed before it, the claim must be submitted to Medicare (at no more than the limiting charge); with one, the contract governs. Whether the client signed one is not given.`,
        facts,
      ),
    );
  }
  if (q.emergencyOrUrgentCare && q.privateContractSigned === false) {
    const claim = reason(
      'credentialing.medicare.opt_out_emergency_claim',
      'warning',
      `${optedOut}, but this was emergency or urgent care to a client who signed no private contract: submit the claim to Medicare and charge the client no more than the limiting charge; no private contract may be signed for it now.`,
      facts,
    );
    if (passing) {
      return { ...decision, reasons: [claim, ...decision.reasons].sort(compareReasons) as [R, ...R[]] };
    }
    return held(claim);
  }
  return refuse(
    decision,
    reason(
      'credentialing.medicare.opted_out',
      'error',
      `${optedOut}: neither Medicare nor a Medicare Advantage plan pays for this date of service, and no claim may be submitted. See the client only under a private contract signed before the service.`,
      facts,
    ),
  );
}

/**
 * From a recorded `endsOn` the opt-out no longer stands only when the end is a proper one (42 CFR 405.445): a
 * cancellation at the start of a 2-year period, or an early termination of a first opt-out within 90 days of
 * its effective date (the enrollment from before the opt-out is then reactivated). Any other end (a date
 * inside a period past the 90 days, an early end of a renewed clinician's opt-out, or one where
 * `firstOptOut` is not recorded) may not have ended it: a billable answer is `undecided`
 * (`credentialing.medicare.opt_out_end_unconfirmed`), a failing one keeps its outcome with the reason added.
 */
function holdUnconfirmedEnd(
  decision: PayerNetworkDecision,
  q: NetworkStatusQuery,
  o: MedicareOptOut,
): PayerNetworkDecision {
  const end = medicareOptOutEnd(o);
  // Only an opt-out with an `endsOn` comes here: one without it is in force on every later date.
  if (end === 'cancelled' || end === 'terminated_early') return decision;
  const earlyTerminationBy = addDays(o.effectiveOn, MEDICARE_OPT_OUT_EARLY_TERMINATION_DAYS);
  const noticeDueBy = medicareOptOutNoticeDueBy(o);
  const why =
    end === 'notice_late'
      ? `the written notice of that end reached the Medicare contractors on ${o.endNoticeReceivedOn}, after ${noticeDueBy}, the last day it could (a cancellation at least ${MEDICARE_OPT_OUT_CANCEL_NOTICE_DAYS} days before the period starts, an early termination within ${MEDICARE_OPT_OUT_EARLY_TERMINATION_DAYS} days): a late cancellation leaves the opt-out renewing`
      : end === 'first_opt_out_unknown'
        ? `an early termination within ${MEDICARE_OPT_OUT_EARLY_TERMINATION_DAYS} days is open only to a clinician who had not opted out before, and whether this was their first opt-out is not recorded`
        : o.firstOptOut === false && compareDates(o.endsOn ?? o.effectiveOn, earlyTerminationBy) <= 0
          ? `an early termination is open only to a clinician who had not opted out before, and this clinician had`
          : `an opt-out ends only by a cancellation at the end of a 2-year period or an early termination within ${MEDICARE_OPT_OUT_EARLY_TERMINATION_DAYS} days of its effective date (by ${earlyTerminationBy}), and this date is neither`;
  const r = reason(
    'credentialing.medicare.opt_out_end_unconfirmed',
    'warning',
    `The clinician's Medicare opt-out from ${o.effectiveOn} is recorded as ending ${o.endsOn}, but ${why}: it may still stand. Confirm the end with the Medicare contractor's notice before billing Medicare.`,
    {
      clinicianId: q.clinicianId,
      payerId: q.payerId,
      serviceDate: q.serviceDate,
      optOutEffectiveOn: o.effectiveOn,
      optOutEndsOn: o.endsOn ?? null,
      firstOptOut: o.firstOptOut ?? null,
      earlyTerminationBy,
      endNoticeReceivedOn: o.endNoticeReceivedOn ?? null,
      noticeDueBy,
      effectiveOn: decision.effectiveOn,
      outcomeOtherwise: decision.outcome,
    },
  );
  return hold(decision, r);
}

/**
 * Medicare pays a clinical social worker: a master's or doctorate in social work, 2 years of supervised
 * clinical social work, and a state license or certification as a clinical social worker (42 CFR 410.73).
 * An LMSW license is clinical in some states (with a clinical designation) and not in most: whether this
 * one is cannot be read from the title, so a passing answer is `undecided` until it is confirmed; a
 * failing one stands.
 */
function holdMasterSocialWorker(decision: PayerNetworkDecision, q: NetworkStatusQuery): PayerNetworkDecision {
  if (decision.outcome !== 'in_network' && decision.outcome !== 'retro_billable') return decision;
  return {
    outcome: 'undecided',
    effectiveOn: decision.effectiveOn,
    reasons: [
      reason(
        'credentialing.medicare.clinical_social_work_unconfirmed',
        'warning',
        'Medicare pays social workers licensed or certified by the state as clinical social workers; an LMSW license is clinical in some states and not in others. Confirm the license is a clinical one (or bill under the LCSW or LICSW it is), then decide.',
        {
          clinicianId: q.clinicianId,
          payerId: q.payerId,
          serviceDate: q.serviceDate,
          licenseType: 'LMSW',
          effectiveOn: decision.effectiveOn,
          outcomeOtherwise: decision.outcome,
        },
      ),
    ],
  };
}

/**
 * Medicare pays only the clinician's own license: a marriage and family therapist or mental health
 * counselor must be licensed by the state with 2 years or 3,000 hours of post-degree supervised
 * experience (42 CFR 410.53, 410.54), a clinical social worker licensed (42 CFR 410.73), a psychologist
 * licensed. A pre-licensed (associate) clinician cannot enroll: never billable under their own enrollment.
 */
function refuseAssociate(decision: PayerNetworkDecision, q: NetworkStatusQuery): PayerNetworkDecision {
  return refuse(
    decision,
    reason(
      'credentialing.medicare.associate_not_enrollable',
      'error',
      'Medicare pays a clinician under their own state license (marriage and family therapists and mental health counselors with 2 years or 3,000 hours of post-degree supervised experience): a pre-licensed associate cannot bill under their own enrollment.',
      {
        clinicianId: q.clinicianId,
        payerId: q.payerId,
        serviceDate: q.serviceDate,
        licenseType: 'associate',
        effectiveOn: decision.effectiveOn,
        outcomeOtherwise: decision.outcome,
      },
    ),
  );
}

/** The professions Medicare pays only from {@link MEDICARE_MFT_MHC_BENEFIT_START}. */
const MFT_MHC_PROFESSIONS: ReadonlySet<LicenseProfession> = new Set([
  'marriage_and_family_therapy',
  'counseling',
  // An addiction counselor is paid as a mental health counselor, so from the same date (42 CFR 410.54).
  'addiction_counseling',
]);

/**
 * Medicare's marriage and family therapist and mental health counselor benefit, from 2024-01-01: before
 * it those professions are never billable; an unknown license cannot be read as billable; an effective
 * date of theirs before it is a data problem.
 */
function applyMedicareMftMhcBenefit(
  decision: PayerNetworkDecision,
  records: readonly PayerEnrollment[],
  q: NetworkStatusQuery,
): PayerNetworkDecision {
  const start = MEDICARE_MFT_MHC_BENEFIT_START;
  // `associate` and `other` name no profession: Medicare's question (is this a marriage and family
  // therapist or a mental health counselor?) cannot be answered from them.
  const named = q.licenseType === undefined ? null : getLicenseProfession(q.licenseType);
  const profession = named === 'other' ? null : named;
  const facts = {
    clinicianId: q.clinicianId,
    payerId: q.payerId,
    serviceDate: q.serviceDate,
    licenseType: q.licenseType ?? null,
    profession,
    benefitStartsOn: start,
    effectiveOn: decision.effectiveOn,
  };
  const beforeBenefit = compareDates(q.serviceDate, start) < 0;
  const passing = isBillable(decision);
  if (profession === null) {
    if (!beforeBenefit || !passing) return decision;
    return {
      outcome: 'undecided',
      effectiveOn: decision.effectiveOn,
      reasons: [
        reason(
          'credentialing.medicare.license_type_unknown',
          'warning',
          q.licenseType === undefined
            ? `Medicare pays marriage and family therapists and mental health counselors only from ${start}: give the clinician’s license type to decide a date of service before it.`
            : `Medicare pays marriage and family therapists and mental health counselors only from ${start}: the license type ${q.licenseType} does not say whether the clinician is one; give the license's own title to decide a date of service before it.`,
          { ...facts, outcomeOtherwise: decision.outcome },
        ),
      ],
    };
  }
  if (!MFT_MHC_PROFESSIONS.has(profession)) return decision;
  const dataProblems = records.flatMap((e) =>
    e.effectiveOn !== undefined && compareDates(e.effectiveOn, start) < 0
      ? [
          reason(
            'credentialing.medicare.mft_mhc_effective_before_2024',
            'warning',
            `The enrollment is recorded as effective ${e.effectiveOn}, before Medicare covered marriage and family therapists and mental health counselors (${start}): correct the record from the payer’s notice.`,
            { ...facts, status: e.status, effectiveOn: e.effectiveOn },
          ),
        ]
      : [],
  );
  if (!beforeBenefit) {
    const [first, ...rest] = dataProblems;
    if (first === undefined) return decision;
    const withProblems: [R, ...R[]] = [first, ...rest, ...decision.reasons];
    return { ...decision, reasons: withProblems.sort(compareReasons) };
  }
  return refuse(
    decision,
    reason(
      'credentialing.medicare.mft_mhc_before_2024',
      'error',
      `Medicare pays marriage and family therapists and mental health counselors only for dates of service from ${start}, whatever the enrollment’s effective date or retroactive window.`,
      facts,
    ),
    dataProblems,
  );
}

// The enrollments' answer: the best of the query's clinician and payer's records.
function decideFromEnrollments(
  records: readonly PayerEnrollment[],
  q: NetworkStatusQuery,
  policy: PayerCredentialingPolicy,
): PayerNetworkDecision {
  // validateMatching kept only the query's clinician and payer.
  const matching = [...records].sort(
    (a, b) =>
      compareText(a.effectiveOn ?? '', b.effectiveOn ?? '') ||
      compareText(a.submittedOn ?? '', b.submittedOn ?? '') ||
      compareText(a.status, b.status),
  );
  const base = { clinicianId: q.clinicianId, payerId: q.payerId, serviceDate: q.serviceDate };
  if (matching.length === 0) {
    return {
      outcome: 'out_of_network',
      effectiveOn: null,
      reasons: [
        reason(
          'credentialing.network.not_enrolled',
          'error',
          'No enrollment with this payer is on record.',
          base,
        ),
      ],
    };
  }
  let best: Judged | undefined;
  const losing: R[] = [];
  for (const e of matching) {
    const result = judge(e, q, retroPolicyOf(e, policy), base);
    if (best === undefined || RANK[result.outcome] > RANK[best.outcome]) {
      if (best !== undefined) losing.push(...best.reasons);
      best = result;
    } else {
      losing.push(...result.reasons);
    }
  }
  // matching is non-empty, so best is set.
  const chosen = best as NonNullable<typeof best>;
  // A passing answer stands on its own enrollment; a failing one explains every enrollment.
  const passing = isBillable(chosen);
  const reasons: [R, ...R[]] = [...chosen.reasons, ...(passing ? [] : losing)];
  return { outcome: chosen.outcome, effectiveOn: chosen.effectiveOn, reasons: reasons.sort(compareReasons) };
}

/**
 * The policy one record is judged under: a Medicare fee-for-service enrollment that a Presidentially declared
 * disaster kept from being filed in time reaches back 90 days, whatever the payer's policy says for the others
 * (42 CFR 424.521(a)(2)) [sources: cfr-42-424.521].
 */
function retroPolicyOf(e: PayerEnrollment, policy: PayerCredentialingPolicy): PayerCredentialingPolicy {
  if (e.disasterPrecludedEnrollment !== true || !isMedicareFeeForService(policy)) return policy;
  return { ...policy, retroBillingDays: MEDICARE_DISASTER_RETRO_BILLING_DAYS };
}

/** One enrollment's answer: every answer carries at least one reason. */
interface Judged {
  readonly outcome: Outcome;
  readonly reasons: NonEmptyArray<R>;
  readonly effectiveOn: LocalDate | null;
}

function judge(
  e: PayerEnrollment,
  q: NetworkStatusQuery,
  policy: PayerCredentialingPolicy,
  base: Record<string, string>,
): Judged {
  const effectiveOn = e.effectiveOn ?? null;
  const facts = { ...base, status: e.status, effectiveOn };
  switch (e.status) {
    case 'not_started':
    case 'gathering_documents':
      return {
        outcome: 'out_of_network',
        effectiveOn,
        reasons: [
          reason(
            'credentialing.network.application_pending',
            'error',
            `The application is ${e.status.replace('_', ' ')}, not filed and not approved.`,
            facts,
          ),
        ],
      };
    case 'submitted':
    case 'in_review':
    case 'info_requested':
      return judgePending(e, q, policy, facts);
    case 'denied':
      return {
        outcome: 'out_of_network',
        effectiveOn,
        reasons: [
          reason('credentialing.network.denied', 'error', 'The payer denied the application.', facts),
        ],
      };
    case 'approved':
    case 'terminated':
      break;
    /* v8 ignore start: unreachable: the union is exhausted above */
    // Stryker disable next-line all: the exhaustive check, unreachable for parsed input
    default: {
      const exhausted: never = e.status;
      return exhausted;
    }
    /* v8 ignore stop */
  }
  if (e.effectiveOn === undefined) {
    // Participation that ended by the date of service is out of network whatever its effective date was.
    if (e.terminatedOn !== undefined && compareDates(q.serviceDate, e.terminatedOn) >= 0) {
      return terminatedAnswer(e.terminatedOn, null, facts);
    }
    return {
      outcome: 'undecided',
      effectiveOn,
      reasons: [
        reason(
          'credentialing.network.effective_date_unknown',
          'warning',
          'The enrollment is approved but its effective date is not recorded; confirm it before billing in network.',
          facts,
        ),
      ],
    };
  }
  if (
    isMedicareFeeForService(policy) &&
    e.submittedOn !== undefined &&
    compareDates(e.effectiveOn, e.submittedOn) < 0
  ) {
    return judgeEffectiveBeforeFiling(e, e.effectiveOn, e.submittedOn, q, policy, facts);
  }
  return judgeEffective(e, e.effectiveOn, q, policy, facts);
}

/**
 * A Medicare fee-for-service enrollment recorded as effective before its application was filed: 42 CFR
 * 424.520(d) makes the effective date the later of the filing date and the first day at the location, so
 * one of the two dates is wrong. The date of service is judged both ways (as recorded, and from the filing
 * date); where they agree the answer stands with a data-problem warning, where they differ (a date the
 * recorded effective date makes billable and the filing date does not) it is `undecided` until the record
 * is corrected from CMS's approval letter.
 */
function judgeEffectiveBeforeFiling(
  e: PayerEnrollment,
  effectiveOn: LocalDate,
  submittedOn: LocalDate,
  q: NetworkStatusQuery,
  policy: PayerCredentialingPolicy,
  facts: Facts,
): Judged {
  const asRecorded = judgeEffective(e, effectiveOn, q, policy, facts);
  const fromFiling = judgeEffective(e, submittedOn, q, policy, facts);
  const same = asRecorded.outcome === fromFiling.outcome;
  const problem = reason(
    'credentialing.medicare.effective_before_filing',
    'warning',
    same
      ? `The enrollment is recorded as effective ${effectiveOn}, before its application was filed (${submittedOn}); Medicare's effective date is never before the filing date: correct the record from CMS's approval letter.`
      : `The enrollment is recorded as effective ${effectiveOn}, before its application was filed (${submittedOn}); Medicare's effective date is never before the filing date, and from the filing date the date of service is ${fromFiling.outcome.replace(/_/g, ' ')}, not ${asRecorded.outcome.replace(/_/g, ' ')}. Correct the record from CMS's approval letter before billing.`,
    {
      ...facts,
      submittedOn,
      retroBillingDays: policy.retroBillingDays,
      billableFromIfFiledOn: addDays(submittedOn, -policy.retroBillingDays),
      outcomeAsRecorded: asRecorded.outcome,
      outcomeFromFilingDate: fromFiling.outcome,
    },
  );
  if (same) return { ...asRecorded, reasons: [...asRecorded.reasons, problem] };
  return { outcome: 'undecided', effectiveOn, reasons: [problem] };
}

/** An approved (or terminated) enrollment with an effective date, judged on the date of service. */
function judgeEffective(
  e: PayerEnrollment,
  effectiveOn: LocalDate,
  q: NetworkStatusQuery,
  policy: PayerCredentialingPolicy,
  facts: Facts,
): Judged {
  if (e.terminatedOn !== undefined && compareDates(q.serviceDate, e.terminatedOn) >= 0) {
    return terminatedAnswer(e.terminatedOn, effectiveOn, facts);
  }
  if (compareDates(q.serviceDate, effectiveOn) < 0) {
    const retroFrom = addDays(effectiveOn, -policy.retroBillingDays);
    const retroFacts = { ...facts, retroBillingDays: policy.retroBillingDays, retroFrom };
    // With no retro window retroFrom is the effective date itself, after the date of service.
    if (compareDates(retroFrom, q.serviceDate) <= 0) {
      return {
        outcome: 'retro_billable',
        effectiveOn,
        reasons: [
          reason(
            'credentialing.network.retro_billing_window',
            'warning',
            `The date of service is before the effective date but within the ${policy.retroBillingDays}-day retroactive billing window.`,
            retroFacts,
          ),
        ],
      };
    }
    return {
      outcome: 'out_of_network',
      effectiveOn,
      reasons: [
        reason(
          'credentialing.network.before_effective_date',
          'error',
          'The date of service is before the effective date.',
          retroFacts,
        ),
      ],
    };
  }
  const notes: R[] = [];
  // Judged with an effective date, so a cycle start is always found.
  const cycleStart = renewalCycleStartOf(e) ?? effectiveOn;
  if (e.credentialedOn === undefined) {
    notes.push(
      reason(
        'credentialing.network.credentialing_date_assumed',
        'info',
        cycleStart === effectiveOn
          ? 'No credentialing date is recorded; the renewal cycle is counted from the effective date.'
          : `No credentialing date is recorded; the renewal cycle is counted from the approval date ${cycleStart}, earlier than the effective date.`,
        { ...facts, cycleStartsOn: cycleStart },
      ),
    );
  }
  // A missed renewal date is a risk to act on, never out of network by itself: the payer must act.
  // A Medicaid payer that does not say whether it is the state agency or a plan gets no guessed cycle.
  const renewal = isMedicaidRenewalUnknown(policy)
    ? medicaidRenewalUnknown(cycleStart, e.revalidationDueOn, facts)
    : policy.revalidationMonths === null
      ? recredentialingCheck(q.serviceDate, cycleStart, policy.recredentialingMonths, facts)
      : revalidationCheck(q.serviceDate, cycleStart, e.revalidationDueOn, policy.revalidationMonths, {
          facts,
          medicaid: policy.program === 'medicaid',
        });
  const inNetwork: Judged = {
    outcome: 'in_network',
    effectiveOn,
    reasons: [
      reason(
        'credentialing.network.in_network',
        'info',
        'In network with the payer on the date of service.',
        {
          ...renewal.facts,
        },
      ),
      ...renewal.reasons,
      ...notes,
    ],
  };
  if (!isMedicareFeeForService(policy)) return inNetwork;
  return (
    judgeRevalidationLapse(inNetwork, e, cycleStart, q, facts) ??
    judgeInactivity(inNetwork, e, effectiveOn, q, facts)
  );
}

/**
 * Medicare fee-for-service revalidation past the due date CMS posted: a provider that does not revalidate by
 * then is deactivated (42 CFR 424.540(a)(3), the contractor's notice), paid nothing while deactivated, and
 * reactivated only from the day its application is received. A date of service after a posted due date with
 * no revalidation recorded since the window opened (7 months before it) is `undecided` until the enrollment's
 * status is confirmed; an estimated date (none posted) only warns, since CMS revalidates on its own notice.
 * `null` when the rule does not apply.
 */
function judgeRevalidationLapse(
  inNetwork: Judged,
  e: PayerEnrollment,
  cycleStart: LocalDate,
  q: NetworkStatusQuery,
  facts: Facts,
): Judged | null {
  const dueOn = e.revalidationDueOn;
  if (dueOn === undefined || compareDates(q.serviceDate, dueOn) <= 0) return null;
  const windowOpensOn = addMonths(dueOn, -MEDICARE_REVALIDATION_WINDOW_MONTHS);
  if (compareDates(cycleStart, windowOpensOn) >= 0) return null;
  return {
    outcome: 'undecided',
    effectiveOn: inNetwork.effectiveOn,
    reasons: [
      reason(
        'credentialing.medicare.revalidation_lapsed',
        'error',
        `Revalidation was due by ${dueOn}, the date CMS posted, and none is recorded since ${windowOpensOn}: CMS deactivates billing privileges not revalidated on time and pays nothing furnished while they are. Check the enrollment in PECOS before billing: record the revalidation (credentialedOn) if it was approved, or revalidate now.`,
        {
          ...facts,
          credentialedOn: cycleStart,
          revalidationDueOn: dueOn,
          revalidationWindowOpensOn: windowOpensOn,
          outcomeOtherwise: inNetwork.outcome,
        },
      ),
    ],
  };
}

/**
 * Medicare fee-for-service deactivation for no claims: CMS may deactivate billing privileges after 12
 * consecutive calendar months without a claim (42 CFR 424.540(a)(1)), pays nothing furnished while they are
 * deactivated (424.555(b)), and a reactivation counts only from the day the contractor receives it. On or after
 * the first day it may (no later claim recorded) the answer is `undecided` until the enrollment's status is
 * confirmed; with no claim date recorded once 12 months could have run, `undecided` too; within
 * {@link MEDICARE_INACTIVITY_WARNING_DAYS} before it, in network with a warning.
 */
function judgeInactivity(
  inNetwork: Judged,
  e: PayerEnrollment,
  effectiveOn: LocalDate,
  q: NetworkStatusQuery,
  facts: Facts,
): Judged {
  const standing = medicareInactivityOn(e.lastClaimSubmittedOn, effectiveOn, q.serviceDate);
  const last = e.lastClaimSubmittedOn;
  const more = {
    ...facts,
    lastClaimSubmittedOn: last ?? null,
    deactivationFrom: standing.deactivationFrom,
    submitBy: standing.submitBy,
    inactivityMonths: MEDICARE_INACTIVITY_MONTHS,
    outcomeOtherwise: inNetwork.outcome,
  };
  switch (standing.kind) {
    case 'clear':
      return inNetwork;
    case 'near':
      return {
        ...inNetwork,
        reasons: [
          ...inNetwork.reasons,
          reason(
            'credentialing.medicare.inactivity_deactivation_near',
            'warning',
            `The last Medicare claim recorded was submitted on ${last}: with none for ${MEDICARE_INACTIVITY_MONTHS} calendar months CMS may deactivate the billing privileges from ${standing.deactivationFrom}. Submit a claim by ${standing.submitBy} and record its date.`,
            more,
          ),
        ],
      };
    case 'deactivation_possible':
      return {
        outcome: 'undecided',
        effectiveOn,
        reasons: [
          reason(
            'credentialing.medicare.inactivity_deactivation_possible',
            'error',
            `The last Medicare claim recorded was submitted on ${last}: ${MEDICARE_INACTIVITY_MONTHS} calendar months without one ran out before ${standing.deactivationFrom}, from which CMS may deactivate the billing privileges; Medicare pays nothing furnished while they are deactivated, and a reactivation counts only from the day the contractor receives it. Check the enrollment in PECOS before billing: record a later claim's date, or, if it was deactivated, recertify it and record the reactivated enrollment.`,
            more,
          ),
        ],
      };
    case 'last_claim_unknown':
      return {
        outcome: 'undecided',
        effectiveOn,
        reasons: [
          reason(
            'credentialing.medicare.last_claim_unknown',
            'warning',
            `No Medicare claim date is recorded for the enrollment effective ${effectiveOn}: after ${MEDICARE_INACTIVITY_MONTHS} calendar months without a claim (possible from ${standing.deactivationFrom}) CMS may deactivate the billing privileges. Record the last claim's submission date (lastClaimSubmittedOn) to decide.`,
            more,
          ),
        ],
      };
    /* v8 ignore start: unreachable: the union is exhausted above */
    // Stryker disable next-line all: the exhaustive check, unreachable
    default: {
      const exhausted: never = standing.kind;
      return exhausted;
    }
    /* v8 ignore stop */
  }
}

type Facts = Record<string, string | number | boolean | null>;

/** Participation that ended on or before the date of service (`terminatedOn` is the first day out). */
function terminatedAnswer(terminatedOn: LocalDate, effectiveOn: LocalDate | null, facts: Facts): Judged {
  return {
    outcome: 'out_of_network',
    effectiveOn,
    reasons: [
      reason(
        'credentialing.network.terminated',
        'error',
        'Participation ended on or before the date of service.',
        {
          ...facts,
          terminatedOn,
        },
      ),
    ],
  };
}

/**
 * A filed application the payer has not decided. Medicare fee-for-service makes the effective date the
 * filing date of the approved application (or the first day at the location, if later; 42 CFR 424.520(d))
 * and pays up to `retroBillingDays` before it (424.521(a)): a date of service from the filing date minus
 * that window may become billable, so it is `undecided` (hold the claim until the payer decides). Other
 * payers (Medicare Advantage, Medicaid, commercial) set their own effective date: a date of service is held
 * only when their policy gives a retro window; with none it is not billable. Before the window, or with
 * no window and no Medicare rule, `out_of_network`.
 */
function judgePending(
  e: PayerEnrollment,
  q: NetworkStatusQuery,
  policy: PayerCredentialingPolicy,
  facts: Facts,
): Judged {
  const effectiveOn = e.effectiveOn ?? null;
  const ffs = isMedicareFeeForService(policy);
  const status = e.status.replace('_', ' ');
  const pending = (detail: string, more: Facts): Judged => ({
    outcome: 'out_of_network',
    effectiveOn,
    reasons: [
      reason(
        'credentialing.network.application_pending',
        'error',
        `The application is ${status}, not approved${detail}.`,
        {
          ...facts,
          ...more,
        },
      ),
    ],
  });
  const days = policy.retroBillingDays;
  if (!ffs && days === 0) return pending('', { retroBillingDays: 0 });
  if (e.submittedOn === undefined) {
    return {
      outcome: 'undecided',
      effectiveOn,
      reasons: [
        reason(
          'credentialing.network.filing_date_unknown',
          'warning',
          `The application is ${status} but its filing date is not recorded: once approved, dates from ${days} days before the effective date may be billable. Record the filing date, and hold the claim until the payer decides.`,
          { ...facts, retroBillingDays: days, medicareFeeForService: ffs },
        ),
      ],
    };
  }
  const windowFrom = addDays(e.submittedOn, -days);
  const windowFacts = {
    submittedOn: e.submittedOn,
    retroBillingDays: days,
    windowFrom,
    medicareFeeForService: ffs,
  };
  if (compareDates(q.serviceDate, windowFrom) < 0) {
    return pending(`; even if approved, the earliest billable date is ${windowFrom}`, windowFacts);
  }
  return {
    outcome: 'undecided',
    effectiveOn,
    reasons: [
      reason(
        'credentialing.network.pending_may_become_billable',
        'warning',
        ffs
          ? `The application was filed on ${e.submittedOn} and is ${status}: if Medicare approves it, the effective date is the filing date (or the first day at the location), billable from ${days} days before it. Hold the claim until Medicare decides.`
          : `The application was filed on ${e.submittedOn} and is ${status}: the payer's policy allows ${days} days of retroactive billing, so the date may become billable once approved. Hold the claim until the payer decides.`,
        { ...facts, ...windowFacts },
      ),
    ],
  };
}

/** A plan's recredentialing cycle on the date of service (NCQA: 36 months, no grace, a 30-day line). */
function recredentialingCheck(
  serviceDate: LocalDate,
  cycleStart: LocalDate,
  months: number,
  facts: Facts,
): { facts: Facts; reasons: R[] } {
  const dueOn = getRecredentialingDueDate(cycleStart, { months });
  const cycleFacts = {
    ...facts,
    credentialedOn: cycleStart,
    recredentialingDueOn: dueOn,
    cycleMonths: months,
  };
  if (compareDates(serviceDate, dueOn) <= 0) return { facts: cycleFacts, reasons: [] };
  const lateLineOn = getRecredentialingLateDate(dueOn);
  const withinLine = compareDates(serviceDate, lateLineOn) <= 0;
  return {
    facts: cycleFacts,
    reasons: [
      reason(
        'credentialing.network.recredentialing_overdue',
        'warning',
        withinLine
          ? `Recredentialing was due by ${dueOn} and no later credentialing is recorded. The plan may still recredential by ${lateLineOn}; the clinician stays in network until the plan acts.`
          : `Recredentialing was due by ${dueOn} and no later credentialing is recorded. Past ${lateLineOn} the plan must credential the clinician again from the start; the clinician stays in network until the plan acts.`,
        { ...cycleFacts, lateLineOn, pastLateLine: !withinLine },
      ),
    ],
  };
}

/**
 * A Medicaid payer whose delivery is not recorded: the state agency revalidates every 5 years
 * [sources: cfr-42-455.414], a managed care plan recredentials on its own cycle [sources: cfr-42-438.214,
 * ncqa-cr]. No renewal date is checked, and the practice is asked which it is (a renewal never changes the
 * outcome).
 */
function medicaidRenewalUnknown(
  cycleStart: LocalDate,
  postedDueOn: LocalDate | undefined,
  facts: Facts,
): { facts: Facts; reasons: R[] } {
  const cycleFacts = {
    ...facts,
    credentialedOn: cycleStart,
    medicaidDelivery: null,
    revalidationDueOn: postedDueOn ?? null,
  };
  return {
    facts: cycleFacts,
    reasons: [
      reason(
        'credentialing.network.medicaid_renewal_unknown',
        'warning',
        'The payer is Medicaid but its policy does not say whether it is the state agency (revalidated at least every 5 years) or a managed care plan (recredentialed on its own cycle, 36 months under NCQA): no renewal date is checked. Set medicaidDelivery on the payer policy.',
        cycleFacts,
      ),
    ],
  };
}

/** A payer's revalidation (Medicare: every 5 years on CMS's notice; Medicaid: at least every 5 years). */
function revalidationCheck(
  serviceDate: LocalDate,
  cycleStart: LocalDate,
  postedDueOn: LocalDate | undefined,
  months: number,
  { facts, medicaid }: { facts: Facts; medicaid: boolean },
): { facts: Facts; reasons: R[] } {
  const dueOn = postedDueOn ?? revalidationDueEstimate(cycleStart, months, medicaid);
  const cycleFacts = {
    ...facts,
    credentialedOn: cycleStart,
    revalidationDueOn: dueOn,
    revalidationDueOnPosted: postedDueOn !== undefined,
    revalidationMonths: months,
  };
  if (compareDates(serviceDate, dueOn) <= 0) return { facts: cycleFacts, reasons: [] };
  return {
    facts: cycleFacts,
    reasons: [
      reason(
        'credentialing.network.revalidation_overdue',
        'warning',
        `Revalidation was due by ${dueOn}${postedDueOn === undefined ? ' (estimated; check the posted date)' : ''} and none is recorded. The payer may deactivate billing privileges if it was asked for and not sent; until it does, the enrollment stands.`,
        cycleFacts,
      ),
    ],
  };
}

/**
 * The Medicare effective date of an approved enrollment: the later of the filing date of the approved
 * CMS-855/PECOS application and the date the clinician first served at the location.
 *
 * @remarks 42 CFR 424.520(d) [sources: cfr-42-424.520].
 * @example
 * ```ts
 * getMedicareEffectiveDate('2026-03-10', '2026-04-01'); //=> '2026-04-01'
 * ```
 */
export function getMedicareEffectiveDate(filedOn: LocalDate, firstServiceOn: LocalDate): LocalDate {
  const [filed, first] = validateArguments([
    ['filedOn', LocalDate, filedOn, 'filing date'],
    ['firstServiceOn', LocalDate, firstServiceOn, 'first service date'],
  ]);
  return compareDates(filed, first) >= 0 ? filed : first;
}
