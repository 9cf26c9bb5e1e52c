import * as z from 'zod';
import {
  addDays,
  addMonths,
  type ClinicianId,
  type InvalidRecord,
  LocalDate,
  type NonEmptyArray,
  type PayerId,
  type Reason,
  reason,
  type Severity,
} from '../../core/index.js';
import {
  compareText,
  fromEpochDay,
  toEpochDay,
  validateArguments,
  validateEach,
} from '../../core/internal.js';
import { ClinicianCredentials, getPrescribingStatus } from '../credentials/clinician-credentials.js';
import {
  describeExclusionList,
  EXCLUSION_SCREENING_INTERVAL_MONTHS,
  type ExclusionListSource,
  type ScreenedProgram,
} from '../credentials/exclusion-screening.js';
import { getLicensesInForceOn } from '../credentials/license.js';
import {
  MEDICARE_OPT_OUT_EARLY_TERMINATION_DAYS,
  medicareOptOutEnd,
  medicareOptOutNoticeDueBy,
  medicareOptOutRenewal,
} from '../credentials/medicare-opt-out.js';
import { reenrollmentBarEnd } from '../credentials/medicare-reenrollment-bar.js';
import { isEnrollmentInProgress, PayerEnrollment, renewalCycleStartOf } from '../enrollment/enrollment.js';
import { MEDICARE_CHANGE_REPORTING_DAYS } from '../enrollment/medicare-change-reporting.js';
import { getMedicareInactivityDeactivationDate } from '../enrollment/medicare-inactivity.js';
import {
  isMedicaidRenewalUnknown,
  namesMedicare,
  PayerCredentialingPolicies,
  payerPolicyLookup,
} from '../enrollment/payer-policy.js';
import { stalledEnrollment } from '../enrollment/stalled-enrollments.js';
import type { CredentialingReasonCode } from '../reason-codes.js';
import { recordList } from '../record-list.js';
import { CAQH_REATTESTATION_DAYS, CAQH_REMINDER_LEAD_DAYS } from './caqh-attestation.js';
import {
  type CredentialExpiryKind,
  credentialExpiries,
  getMalpracticeCoverageOn,
} from './credential-expiries.js';
import {
  getRecredentialingDueDate,
  getRecredentialingLateDate,
  revalidationDueEstimate,
} from './recredentialing.js';

/**
 * The kinds of deadline the credentialing calendar tracks.
 *
 * @example
 * ```ts
 * CredentialingDeadlineKind.parse('recredentialing'); //=> 'recredentialing'
 * ```
 */
export const CredentialingDeadlineKind = z.enum([
  'license_expiry',
  'compact_expiry',
  'caqh_reattestation',
  'malpractice_expiry',
  'dea_expiry',
  'board_certification_expiry',
  'supervision_end',
  'recredentialing',
  'revalidation',
  'enrollment_follow_up',
  'payer_policy_needed',
  'medicare_opt_out_renewal',
  'medicare_opt_out_end_unconfirmed',
  'part_d_preclusion',
  'exclusion_screening',
  'medicare_change_report',
  'medicare_inactivity',
  'medicare_reenrollment_bar_end',
]);
export type CredentialingDeadlineKind = z.infer<typeof CredentialingDeadlineKind>;

/**
 * Who acts on a deadline.
 *
 * @example
 * ```ts
 * CredentialingOwner.parse('clinician'); //=> 'clinician'
 * ```
 */
export const CredentialingOwner = z.enum(['clinician', 'credentialing_staff', 'practice_owner']);
export type CredentialingOwner = z.infer<typeof CredentialingOwner>;

/**
 * Lead times in days before a deadline at which an alert is raised.
 *
 * @remarks Practice choices: 90/60/30 days for license renewals (a common renewal-alert cadence), plus 7
 * for a last reminder.
 *
 * @example
 * ```ts
 * DEFAULT_CREDENTIALING_LEAD_DAYS; //=> [90, 60, 30, 7]
 * ```
 */
export const DEFAULT_CREDENTIALING_LEAD_DAYS: readonly number[] = Object.freeze([90, 60, 30, 7]);

/**
 * Days ahead the calendar looks (at least the longest lead time is always covered).
 *
 * @example
 * ```ts
 * DEFAULT_CREDENTIALING_HORIZON_DAYS; //=> 120
 * ```
 */
export const DEFAULT_CREDENTIALING_HORIZON_DAYS = 120;

/**
 * Who owns each kind of deadline unless the policy says otherwise.
 *
 * @example
 * ```ts
 * DEFAULT_CREDENTIALING_OWNERS.caqh_reattestation; //=> 'credentialing_staff'
 * ```
 */
export const DEFAULT_CREDENTIALING_OWNERS: Readonly<Record<CredentialingDeadlineKind, CredentialingOwner>> =
  Object.freeze({
    license_expiry: 'clinician',
    compact_expiry: 'clinician',
    caqh_reattestation: 'credentialing_staff',
    malpractice_expiry: 'credentialing_staff',
    dea_expiry: 'clinician',
    board_certification_expiry: 'clinician',
    supervision_end: 'practice_owner',
    recredentialing: 'credentialing_staff',
    revalidation: 'credentialing_staff',
    enrollment_follow_up: 'credentialing_staff',
    payer_policy_needed: 'credentialing_staff',
    medicare_opt_out_renewal: 'clinician',
    medicare_opt_out_end_unconfirmed: 'credentialing_staff',
    part_d_preclusion: 'clinician',
    exclusion_screening: 'credentialing_staff',
    medicare_change_report: 'credentialing_staff',
    medicare_inactivity: 'credentialing_staff',
    medicare_reenrollment_bar_end: 'credentialing_staff',
  });

/**
 * Lead times of the monthly exclusion check unless the policy sets its own: its last week (the overall
 * 90/60/30-day leads would keep a monthly deadline always open).
 *
 * @example
 * ```ts
 * EXCLUSION_SCREENING_LEAD_DAYS; //=> [7]
 * ```
 */
export const EXCLUSION_SCREENING_LEAD_DAYS: readonly number[] = Object.freeze([7]);

const LeadDays = z.array(z.number().int().min(0).max(1095)).min(1);

/**
 * How the calendar is built: lead times (overall and per kind; CAQH defaults to its own 15/10/5-day
 * reminders [sources: caqh-proview], the monthly exclusion check to its last week), horizon, CAQH cycle, owners per kind, and per-payer policies.
 *
 * @example
 * ```ts
 * validate(CredentialingCalendarPolicy, { leadDays: [60, 14] }, 'credentialing calendar policy').leadDaysByKind; //=> { caqh_reattestation: [15, 10, 5], exclusion_screening: [7] }
 * ```
 */
export const CredentialingCalendarPolicy = z.strictObject({
  leadDays: LeadDays.default([...DEFAULT_CREDENTIALING_LEAD_DAYS]),
  leadDaysByKind: z.partialRecord(CredentialingDeadlineKind, LeadDays).default({
    caqh_reattestation: [...CAQH_REMINDER_LEAD_DAYS],
    exclusion_screening: [...EXCLUSION_SCREENING_LEAD_DAYS],
  }),
  horizonDays: z.number().int().min(0).max(1095).default(DEFAULT_CREDENTIALING_HORIZON_DAYS),
  caqhReattestationDays: z.number().int().min(1).max(366).default(CAQH_REATTESTATION_DAYS),
  owners: z.partialRecord(CredentialingDeadlineKind, CredentialingOwner).default({}),
  payers: PayerCredentialingPolicies.default([]),
});
export type CredentialingCalendarPolicy = z.infer<typeof CredentialingCalendarPolicy>;
/** What callers pass for {@link CredentialingCalendarPolicy}: every field has a default. */
export type CredentialingCalendarPolicyInput = z.input<typeof CredentialingCalendarPolicy>;

/**
 * The options of {@link buildCredentialingCalendar}: the date to build it on and the practice's
 * {@link CredentialingCalendarPolicy}.
 *
 * @example
 * ```ts
 * BuildCredentialingCalendarOptions.parse({ asOf: '2026-11-22' }).horizonDays; //=> 120
 * ```
 */
export const BuildCredentialingCalendarOptions = CredentialingCalendarPolicy.extend({ asOf: LocalDate });
export type BuildCredentialingCalendarOptions = z.input<typeof BuildCredentialingCalendarOptions>;

/**
 * One lead-time alert: raised from `opensOn` (the due date minus `leadDays`) through the due date.
 * @example
 * ```ts
 * const alert: CredentialingAlert = { leadDays: 30, opensOn: '2026-05-31' }; // for a June 30 deadline
 * ```
 */
export interface CredentialingAlert {
  readonly leadDays: number;
  readonly opensOn: LocalDate;
}

/**
 * One deadline. `daysLeft` is negative once overdue. `alerts` are the lead-time windows open on `asOf`
 * (none once overdue: the deadline is then an error). Severity: `error` when overdue, `warning` inside
 * a lead window, `info` otherwise.
 * @example
 * ```ts
 * const [first]: readonly CredentialingDeadline[] = calendar.deadlines;
 * first.kind; //=> 'license_expiry'
 * first.daysLeft; //=> 39
 * ```
 */
export interface CredentialingDeadline {
  readonly id: string;
  readonly kind: CredentialingDeadlineKind;
  readonly clinicianId: ClinicianId;
  readonly payerId: PayerId | null;
  readonly dueOn: LocalDate;
  readonly daysLeft: number;
  readonly severity: Severity;
  readonly owner: CredentialingOwner;
  readonly needed: string;
  readonly alerts: readonly CredentialingAlert[];
  readonly reasons: NonEmptyArray<Reason<CredentialingReasonCode>>;
}

/**
 * The calendar: deadlines in order (due date, then id), and every invalid input record by index.
 * @example
 * ```ts
 * const calendar: CredentialingCalendar = buildCredentialingCalendar({ clinicians }, { asOf: '2026-11-22' });
 * calendar.horizonEndsOn; //=> '2027-03-22'
 * calendar.invalid; //=> { clinicians: [], enrollments: [] }
 * ```
 */
export interface CredentialingCalendar {
  readonly asOf: LocalDate;
  readonly horizonEndsOn: LocalDate;
  readonly deadlines: readonly CredentialingDeadline[];
  readonly invalid: {
    readonly clinicians: readonly InvalidRecord[];
    readonly enrollments: readonly InvalidRecord[];
  };
}

/**
 * The records the calendar is built from, unvalidated.
 * @example
 * ```ts
 * const input: CredentialingCalendarInput = { clinicians: [{ clinicianId: 'c1', individualNpi: '1234567893' }] };
 * buildCredentialingCalendar(input, { asOf: '2026-11-22' }).deadlines; //=> []
 * ```
 */
export interface CredentialingCalendarInput {
  readonly clinicians: Iterable<unknown>;
  readonly enrollments?: Iterable<unknown>;
}

// A list of records (an array, a set, a generator), read lazily: a string is not one.
const RecordList = recordList('credentialing.calendar.not_a_record_list');
// The calendar input's shape; its records are validated one at a time and reported by index.
const CalendarInputShape = z.strictObject({ clinicians: RecordList, enrollments: RecordList.optional() });

const EXPIRY_REASON: Record<CredentialExpiryKind, CredentialingReasonCode> = {
  license_expiry: 'credentialing.deadline.license_expiry',
  compact_expiry: 'credentialing.deadline.compact_expiry',
  caqh_reattestation: 'credentialing.deadline.caqh_reattestation',
  malpractice_expiry: 'credentialing.deadline.malpractice_expiry',
  dea_expiry: 'credentialing.deadline.dea_expiry',
  board_certification_expiry: 'credentialing.deadline.board_certification_expiry',
  supervision_end: 'credentialing.deadline.supervision_end',
};

const NEEDED: Record<
  CredentialingDeadlineKind,
  (label: string, dueOn: LocalDate, overdue: boolean) => string
> = {
  license_expiry: (l) => `Renew the ${l} and upload the renewed license.`,
  compact_expiry: (l) => `Renew the ${l} with the compact commission.`,
  caqh_reattestation: (l) => `Review and re-attest the ${l}.`,
  malpractice_expiry: (l) => `Renew the ${l} and upload the new certificate of insurance.`,
  dea_expiry: (l) => `Renew the ${l}.`,
  board_certification_expiry: (l) => `Renew the ${l}.`,
  supervision_end: (l) => `Arrange continued supervision or record licensure before the ${l} ends.`,
  recredentialing: (l, dueOn, overdue) =>
    overdue
      ? `Ask ${l} to recredential by ${getRecredentialingLateDate(dueOn)} (30 days after the missed date); after that the plan must credential the clinician again from the start.`
      : `Complete recredentialing with ${l}: current attestation, license and malpractice on file.`,
  revalidation: (l) =>
    `Revalidate the enrollment with ${l}: check the posted due date (Medicare Revalidation List) and submit within the 7 months before it.`,
  enrollment_follow_up: (l) => `Call or message ${l} about the application and record the contact.`,
  medicare_opt_out_renewal: (l, dueOn) =>
    `Decide whether the ${l} continues: it renews by itself; to end it, send written notice of cancellation to every Medicare contractor the affidavit was filed with, received by ${dueOn}.`,
  medicare_opt_out_end_unconfirmed: (l) =>
    `Confirm how the ${l} ended with the Medicare contractor (its opt-out letters, or the opt-out listing): a cancellation ends it at the start of a 2-year period, an early termination of a first opt-out within 90 days of its effective date. Then correct \`endsOn\` (and record \`firstOptOut\`), or remove it if the opt-out still stands.`,
  part_d_preclusion: () =>
    `Tell the clinician's Medicare clients with Part D coverage that their plans reject prescriptions the clinician writes once each plan's notice has run, arrange another prescriber for them, and record the removal date when CMS takes the clinician off the list.`,
  exclusion_screening: (l) =>
    `Check the clinician against ${l}, record the date, and record any exclusion found (an excluded clinician is paid nothing by a federal program from the exclusion's effective date).`,
  medicare_change_report: (l, dueOn) =>
    `Report the change to ${l} in PECOS (or on the CMS-855I) by ${dueOn} and record the date reported.`,
  medicare_inactivity: (l, dueOn) =>
    `Submit a claim under the enrollment with ${l} by ${dueOn}, or expect CMS may deactivate its billing privileges; record the claim date.`,
  medicare_reenrollment_bar_end: (l, dueOn) =>
    `The Medicare re-enrollment bar ends on ${dueOn}: from then the clinician may apply to enroll again (a new CMS-855I) if the practice wants ${l} back.`,
  payer_policy_needed: (l) =>
    `Configure the payer policy of ${l} (program 'medicare' for Medicare fee-for-service, revalidated every 5 years; 'medicare_advantage' or 'commercial' for a plan): its renewal cycle is not guessed.`,
};

/**
 * Builds every credentialing deadline of a practice as of a date: license, compact, DEA, board and
 * malpractice expiries, CAQH re-attestation, supervision ends, payer recredentialing (plans), enrollment
 * revalidation (Medicare, or any payer with `revalidationMonths`), follow-ups on stalled applications and the
 * last day to cancel a standing Medicare opt-out before it renews (`medicare_opt_out_renewal`: 30 days before
 * the next 2-year period; once that day has passed, the following period's; also for an opt-out whose recorded
 * end is unconfirmed, which may still stand). Each carries its lead-time alerts, severity, owner, what is needed, and reasons.
 * A Medicare opt-out recorded as ending on a date that is not a proper end (neither a cancellation at the start
 * of a 2-year period nor an early termination of a first opt-out within 90 days, or `firstOptOut` not recorded
 * for an end within 90 days) gets a warning due `asOf` to confirm how it ended
 * (`medicare_opt_out_end_unconfirmed`, owner credentialing staff,
 * `credentialing.deadline.medicare_opt_out_end_unconfirmed`): until then the network check holds the
 * clinician's billable Medicare dates from `endsOn` as undecided (`credentialing.medicare.opt_out_end_unconfirmed`).
 * Malpractice coverage is read on `asOf`: the expiry of the coverage in force (through renewals without a
 * gap, naming a gap after it), or an error while no policy is in force
 * (`credentialing.deadline.malpractice_not_in_force`). An approved enrollment with a payer named for
 * Medicare and no policy in `payers` gets no guessed cycle but a `payer_policy_needed` entry
 * (`credentialing.deadline.payer_program_unknown`), as `evaluatePayerNetworkStatus` answers.
 * A fact the calendar cannot date is asked for on `asOf` as a warning: no malpractice policy recorded
 * (`credentialing.deadline.malpractice_unknown`), a CAQH profile with no attestation date
 * (`credentialing.deadline.caqh_attestation_unknown`), no DEA registration for a clinician who prescribes or
 * holds a prescribing license with prescribing not recorded (`credentialing.deadline.dea_registration_unknown`),
 * no supervision arrangement in the state of a supervised license in force
 * (`credentialing.deadline.supervision_unknown`), an approved enrollment with no credentialing, approval or
 * effective date (`credentialing.deadline.renewal_start_unknown`, as a `recredentialing` or `revalidation`
 * entry). Without `credentialedOn` a cycle counts from the earlier of `approvedOn` and `effectiveOn`. A clinician who prescribes (or holds a prescribing license,
 * prescribing not recorded) while on CMS's preclusion list gets a warning due `asOf` (`part_d_preclusion`,
 * `credentialing.deadline.part_d_precluded`): Part D plans reject their prescriptions (42 CFR 423.120(c)(6)).
 * Overdue deadlines are always included; upcoming ones up to the horizon (never shorter than the
 * longest lead time). Invalid records are reported by index and the rest still processed.
 *
 * @param input - clinicians' credentials and payer enrollments (unvalidated records)
 * @param options - `asOf` (the evaluation date), and the lead times, horizon, owners, CAQH cycle and payer
 *   policies of a {@link CredentialingCalendarPolicy}
 * @returns deadlines ordered by due date then id, and the invalid records
 * @throws {@link ValidationError} when `input` is not an object, or when `asOf` or the policy is invalid
 * @remarks License alerts at 90/60/30 days (a practice choice); CAQH every 120 days with 15/10/5-day
 * reminders [sources: caqh-proview]; a plan's recredentialing every 36 months, no grace, with a 30-day line
 * after a missed date [sources: ncqa-cr]; Medicare revalidation every 5 years on CMS's notice, due on the
 * posted date when recorded, else estimated (the last day of the month 60 months after the last approval)
 * [sources: cfr-42-424.515, cms-medicare-revalidation]; a Medicare opt-out renews every 2 years unless
 * cancelled in writing at least 30 days before the next period, and ends otherwise only by an early
 * termination of a first opt-out within 90 days [sources: cfr-42-405-subpart-d, cms-mbpm-ch15-opt-out].
 * @example
 * ```ts
 * buildCredentialingCalendar({ clinicians: [{ clinicianId: 'c1', individualNpi: '1234567893',
 *   licenses: [{ state: 'CA', type: 'LMFT', number: 'LMFT 100', level: 'independent', status: 'active',
 *   issuedOn: '2024-07-01', expiresOn: '2026-12-31' }] }] }, { asOf: '2026-11-22' }).deadlines;
 * //=> [{ id: 'c1/malpractice_expiry/unrecorded', dueOn: '2026-11-22', severity: 'warning',
 * //      reasons: [{ code: 'credentialing.deadline.malpractice_unknown', … }], … },
 * //    { id: 'c1/license_expiry/CA/LMFT/LMFT 100', kind: 'license_expiry', dueOn: '2026-12-31', daysLeft: 39,
 * //      severity: 'warning', owner: 'clinician', alerts: [{ leadDays: 90, opensOn: '2026-10-02' },
 * //      { leadDays: 60, opensOn: '2026-11-01' }], … }]
 * ```
 */
export function buildCredentialingCalendar(
  input: CredentialingCalendarInput,
  options: BuildCredentialingCalendarOptions,
): CredentialingCalendar {
  const [records, p] = validateArguments([
    ['input', CalendarInputShape, input, 'credentialing calendar input'],
    ['options', BuildCredentialingCalendarOptions, options, 'credentialing calendar options'],
  ]);
  const day = p.asOf;
  const invalidClinicians: InvalidRecord[] = [];
  const invalidEnrollments: InvalidRecord[] = [];
  const asOfDay = toEpochDay(day);
  const leads = normalizeLeads(p.leadDays);
  const leadsByKind = new Map<CredentialingDeadlineKind, number[]>();
  for (const kind of CredentialingDeadlineKind.options) {
    const custom = p.leadDaysByKind[kind];
    leadsByKind.set(kind, custom === undefined ? leads : normalizeLeads(custom));
  }
  const longest = Math.max(...[...leadsByKind.values()].map((l) => l[0] ?? 0));
  const horizonDay = asOfDay + Math.max(p.horizonDays, longest);
  const horizonEndsOn = fromEpochDay(horizonDay);
  const owners = { ...DEFAULT_CREDENTIALING_OWNERS, ...p.owners };
  const deadlines: CredentialingDeadline[] = [];

  const add = (
    kind: CredentialingDeadlineKind,
    clinicianId: ClinicianId,
    payerId: PayerId | null,
    id: string,
    label: string,
    dueOn: LocalDate,
    // Built only for deadlines inside the horizon: most payer cycles are years away.
    why: () => Reason<CredentialingReasonCode>,
    // A state to act on now whatever the date (coverage not in force, a payer not configured): this
    // severity, with no lead-time alerts.
    fixedSeverity?: Severity,
    // What is needed when it is a fact to record rather than the kind's usual renewal.
    neededInstead?: string,
  ) => {
    // ISO dates order as strings: most recredentialing dates lie beyond the horizon and stop here.
    if (dueOn > horizonEndsOn) return;
    const dueDay = toEpochDay(dueOn);
    const daysLeft = dueDay - asOfDay;
    const alerts: CredentialingAlert[] = [];
    if (daysLeft >= 0 && fixedSeverity === undefined) {
      for (const lead of leadsByKind.get(kind) as number[]) {
        if (daysLeft <= lead) alerts.push({ leadDays: lead, opensOn: fromEpochDay(dueDay - lead) });
      }
    }
    const facts = { dueOn, daysLeft, asOf: day };
    let severity: Severity = 'info';
    const reasons: [Reason<CredentialingReasonCode>, ...Reason<CredentialingReasonCode>[]] = [why()];
    if (daysLeft < 0) {
      severity = 'error';
      reasons.unshift(
        reason(
          'credentialing.deadline.overdue',
          'error',
          `Overdue by ${-daysLeft} day${daysLeft === -1 ? '' : 's'}.`,
          facts,
        ),
      );
    } else if (fixedSeverity !== undefined) {
      severity = fixedSeverity;
    } else if (alerts.length > 0) {
      severity = 'warning';
      reasons.unshift(
        reason(
          'credentialing.deadline.alert',
          'warning',
          `Due in ${daysLeft} day${daysLeft === 1 ? '' : 's'}: inside the ${alerts[alerts.length - 1]?.leadDays}-day alert window.`,
          { ...facts, leadDays: alerts.map((a) => a.leadDays) },
        ),
      );
    }
    deadlines.push({
      id,
      kind,
      clinicianId,
      payerId,
      dueOn,
      daysLeft,
      severity,
      owner: owners[kind],
      needed: neededInstead ?? NEEDED[kind](label, dueOn, daysLeft < 0),
      alerts,
      reasons,
    });
  };

  // Per clinician seen: whether exclusion screening is recorded, and whether a state Medicaid list is. Read
  // after the enrollments, which say who bills a federal program.
  const screened = new Map<ClinicianId, { readonly recorded: boolean; readonly stateLists: boolean }>();
  const federal = new Map<ClinicianId, Set<ScreenedProgram>>();
  // An exclusion list never checked for a clinician who bills a federal program: asked for now.
  const addUnscreened = (
    clinicianId: ClinicianId,
    subject: string,
    lists: readonly { source: ExclusionListSource; state: null }[],
  ) => {
    const names = lists.map(describeExclusionList).join(' and ');
    add(
      'exclusion_screening',
      clinicianId,
      null,
      `${clinicianId}/exclusion_screening/${subject}`,
      names,
      day,
      () =>
        reason(
          'credentialing.deadline.exclusion_screening_unknown',
          'warning',
          `No check of ${names} is recorded for the clinician: whether they are excluded is not known, and a federal program pays nothing an excluded clinician furnishes. Checks are monthly.`,
          { clinicianId, sources: lists.map((x) => x.source) },
        ),
      'warning',
      `Check the clinician against ${names} and record the date (exclusionScreening); checks are monthly from then.`,
    );
  };

  // Records are validated and used one at a time: each parsed copy dies young, which keeps the
  // garbage collector's work small on large practices.
  for (const { value: c } of validateEach(ClinicianCredentials, records.clinicians, (r) =>
    invalidClinicians.push(r),
  )) {
    const coverage = getMalpracticeCoverageOn(c.malpractice, day);
    // Exclusion lists are checked monthly [sources: cfr-42-455.436]: each list's next check one month after
    // its last; a list with no check recorded is asked for now.
    const screening = c.exclusionScreening;
    screened.set(c.clinicianId, {
      recorded: screening !== undefined,
      stateLists: (screening?.stateMedicaid.length ?? 0) > 0,
    });
    if (screening !== undefined) {
      const lists = [
        { source: 'leie' as const, state: null, screenedOn: screening.leieScreenedOn },
        { source: 'sam' as const, state: null, screenedOn: screening.samScreenedOn },
        ...screening.stateMedicaid.map((x) => ({ source: 'state_medicaid' as const, ...x })),
      ];
      for (const x of lists) {
        const subject = x.state === null ? x.source : `${x.source}/${x.state}`;
        const screenedOn = x.screenedOn;
        if (screenedOn === undefined) {
          addUnscreened(c.clinicianId, subject, [{ source: x.source, state: null }]);
          continue;
        }
        const list = describeExclusionList(x);
        const dueOn = addMonths(screenedOn, EXCLUSION_SCREENING_INTERVAL_MONTHS);
        add(
          'exclusion_screening',
          c.clinicianId,
          null,
          `${c.clinicianId}/exclusion_screening/${subject}`,
          list,
          dueOn,
          () =>
            reason(
              'credentialing.deadline.exclusion_screening',
              'info',
              `The monthly check of ${list} is due ${dueOn}, one month after the last on ${screenedOn}.`,
              { clinicianId: c.clinicianId, source: x.source, state: x.state, screenedOn, dueOn },
            ),
        );
      }
    }
    // A revocation of Medicare billing privileges with its bar recorded: the first day the clinician may apply
    // to enroll again [sources: cfr-42-424.535]. Gone once reinstated or once the day has passed.
    for (const t of c.forCauseTerminations) {
      if (t.program !== 'medicare' || t.reenrollmentBar === undefined) continue;
      if (t.terminatedOn === undefined || t.reinstatedOn !== undefined) continue;
      const revokedOn = t.terminatedOn;
      const terms = t.reenrollmentBar;
      const barEndsOn = reenrollmentBarEnd(revokedOn, terms);
      if (barEndsOn < day) continue;
      add(
        'medicare_reenrollment_bar_end',
        c.clinicianId,
        null,
        `${c.clinicianId}/medicare_reenrollment_bar_end/${revokedOn}`,
        'Medicare',
        barEndsOn,
        () =>
          reason(
            'credentialing.deadline.medicare_reenrollment_bar_end',
            'info',
            `Medicare revoked the clinician's billing privileges from ${revokedOn} with a ${terms.barYears}-year re-enrollment bar${terms.addedYears > 0 ? ` and ${terms.addedYears} added` : ''}: they may apply to enroll again from ${barEndsOn}.`,
            {
              clinicianId: c.clinicianId,
              revokedOn,
              barYears: terms.barYears,
              addedYears: terms.addedYears,
              secondRevocation: terms.secondRevocation,
              barEndsOn,
            },
          ),
      );
    }
    for (const x of credentialExpiries(c, p.caqhReattestationDays, day)) {
      // Coverage that ends before the next policy starts: the gap is named with the expiry.
      const gapUntil =
        x.kind === 'malpractice_expiry' && coverage.kind === 'in_force' ? coverage.resumesOn : null;
      add(x.kind, c.clinicianId, null, `${c.clinicianId}/${x.kind}/${x.subject}`, x.label, x.dueOn, () =>
        reason(
          EXPIRY_REASON[x.kind],
          'info',
          gapUntil === null
            ? `The ${x.label} is due on ${x.dueOn}.`
            : `The ${x.label} is due on ${x.dueOn}; the next policy starts ${gapUntil}, leaving a gap in coverage.`,
          {
            clinicianId: c.clinicianId,
            subject: x.subject,
            dueOn: x.dueOn,
            ...(x.kind === 'malpractice_expiry' ? { resumesOn: gapUntil } : {}),
          },
        ),
      );
    }
    // A fact the applications need and the calendar cannot date: asked for now, as a warning.
    if (coverage.kind === 'none') {
      add(
        'malpractice_expiry',
        c.clinicianId,
        null,
        `${c.clinicianId}/malpractice_expiry/unrecorded`,
        'malpractice policy',
        day,
        () =>
          reason(
            'credentialing.deadline.malpractice_unknown',
            'warning',
            'No malpractice policy is recorded: its expiry cannot be tracked, and payer applications need current coverage.',
            { clinicianId: c.clinicianId },
          ),
        'warning',
        'Record the malpractice policy (carrier, number, dates, limits) from the certificate of insurance.',
      );
    }
    if (c.caqh !== undefined && c.caqh.lastAttestedOn === undefined) {
      add(
        'caqh_reattestation',
        c.clinicianId,
        null,
        `${c.clinicianId}/caqh_reattestation/${c.caqh.providerId}`,
        `CAQH ProView attestation (${c.caqh.providerId})`,
        day,
        () =>
          reason(
            'credentialing.deadline.caqh_attestation_unknown',
            'warning',
            'The CAQH ProView profile has no attestation date recorded: its re-attestation cannot be tracked, and payers read only attested data.',
            { clinicianId: c.clinicianId, subject: c.caqh?.providerId ?? null },
          ),
        'warning',
        `Record the last attestation date of CAQH ProView profile ${c.caqh.providerId} (or attest now and record today).`,
      );
    }
    // A prescriber (or a prescribing license with prescribing not recorded) with no DEA registration recorded:
    // its expiry cannot be tracked, and a prescriber's application needs it [sources: cfr-21-1301.12].
    if (getPrescribingStatus(c) !== 'no' && c.deaRegistrations.length === 0) {
      const known = getPrescribingStatus(c) === 'yes';
      add(
        'dea_expiry',
        c.clinicianId,
        null,
        `${c.clinicianId}/dea_expiry/unrecorded`,
        'DEA registration',
        day,
        () =>
          reason(
            'credentialing.deadline.dea_registration_unknown',
            'warning',
            known
              ? 'The clinician prescribes and no DEA registration is recorded: its expiry cannot be tracked, and a prescriber’s application needs it.'
              : 'The clinician holds a prescribing license, with prescribing not recorded and no DEA registration: its expiry cannot be tracked.',
            { clinicianId: c.clinicianId, prescribes: known ? true : null },
          ),
        'warning',
        known
          ? 'Record the DEA registration (number, state, dates) of each state the clinician prescribes in.'
          : 'Record whether the clinician prescribes controlled substances, and if so each DEA registration (number, state, dates).',
      );
    }
    // A supervised license in force with no supervision arrangement recorded in its state: its end cannot be
    // tracked, and a supervised clinician practises only under one.
    const supervisedStates = [
      ...new Set(
        getLicensesInForceOn(c.licenses, day)
          .filter((l) => l.level === 'supervised')
          .map((l) => l.state),
      ),
    ]
      .filter((state) => !c.supervision.some((a) => a.state === state))
      .sort(compareText);
    for (const state of supervisedStates) {
      add(
        'supervision_end',
        c.clinicianId,
        null,
        `${c.clinicianId}/supervision_end/${state}/unrecorded`,
        `supervision arrangement in ${state}`,
        day,
        () =>
          reason(
            'credentialing.deadline.supervision_unknown',
            'warning',
            `The clinician holds a supervised ${state} license and no supervision arrangement in ${state} is recorded: its end cannot be tracked.`,
            { clinicianId: c.clinicianId, state },
          ),
        'warning',
        `Record the supervision arrangement in ${state} (supervisor and dates) from the supervision agreement.`,
      );
    }
    // A standing opt-out renews every 2 years unless cancelled in writing at least 30 days before the next
    // period [sources: cfr-42-405-subpart-d]: the last day for that notice, so the renewal is chosen. An end
    // that is not a proper one (unconfirmed) does not stop it: the opt-out may still stand and renew.
    const renewal = c.medicareOptOut === undefined ? null : medicareOptOutRenewal(c.medicareOptOut, day);
    if (renewal !== null) {
      add(
        'medicare_opt_out_renewal',
        c.clinicianId,
        null,
        `${c.clinicianId}/medicare_opt_out_renewal/${renewal.nextPeriodStartsOn}`,
        'Medicare opt-out',
        renewal.cancelByOn,
        () =>
          reason(
            'credentialing.deadline.medicare_opt_out_renewal',
            'info',
            `${
              renewal.missedCancelByOn === null
                ? `The Medicare opt-out renews on ${renewal.nextPeriodStartsOn} for another 2 years unless a written cancellation reaches every Medicare contractor by ${renewal.cancelByOn} (30 days before).`
                : `The day to cancel before the renewal on ${renewal.renewsOn} passed on ${renewal.missedCancelByOn}: the opt-out renews then. It renews again on ${renewal.nextPeriodStartsOn} unless a written cancellation reaches every Medicare contractor by ${renewal.cancelByOn}.`
            }${renewal.endUnconfirmed ? ` Its recorded end (${c.medicareOptOut?.endsOn}) is neither a cancellation nor an early termination of a first opt-out, so it may still stand and renew.` : ''}`,
            {
              clinicianId: c.clinicianId,
              optOutEffectiveOn: c.medicareOptOut?.effectiveOn ?? null,
              recordedEndsOn: c.medicareOptOut?.endsOn ?? null,
              endUnconfirmed: renewal.endUnconfirmed,
              nextPeriodStartsOn: renewal.nextPeriodStartsOn,
              cancelByOn: renewal.cancelByOn,
              missedCancelByOn: renewal.missedCancelByOn,
              renewsOn: renewal.renewsOn,
            },
          ),
      );
    }
    // An opt-out recorded as ending on a date that is neither a cancellation at the start of a 2-year period nor
    // an early termination of a first opt-out within 90 days [sources: cfr-42-405-subpart-d]: it may still
    // stand, and the network check holds billable dates from then as undecided. Asked for now, as a warning.
    const optOut = c.medicareOptOut;
    const end = optOut === undefined ? 'none' : medicareOptOutEnd(optOut);
    if (
      optOut?.endsOn !== undefined &&
      (end === 'improper' || end === 'first_opt_out_unknown' || end === 'notice_late')
    ) {
      const endsOn = optOut.endsOn;
      const earlyTerminationBy = addDays(optOut.effectiveOn, MEDICARE_OPT_OUT_EARLY_TERMINATION_DAYS);
      add(
        'medicare_opt_out_end_unconfirmed',
        c.clinicianId,
        null,
        `${c.clinicianId}/medicare_opt_out_end_unconfirmed/${optOut.effectiveOn}/${endsOn}`,
        'Medicare opt-out',
        day,
        () =>
          reason(
            'credentialing.deadline.medicare_opt_out_end_unconfirmed',
            'warning',
            end === 'notice_late'
              ? `The Medicare opt-out effective ${optOut.effectiveOn} is recorded as ending ${endsOn}, but the written notice reached the Medicare contractors on ${optOut.endNoticeReceivedOn}, after ${medicareOptOutNoticeDueBy(optOut)}, the last day it could: a late cancellation leaves the opt-out renewing, so it may still stand and Medicare dates from ${endsOn} are undecided.`
              : end === 'first_opt_out_unknown'
                ? `The Medicare opt-out effective ${optOut.effectiveOn} is recorded as ending ${endsOn}, within 90 days (by ${earlyTerminationBy}), but whether it is the clinician's first opt-out is not recorded: only a first opt-out may be terminated early, so it may still stand and Medicare dates from ${endsOn} are undecided.`
                : `The Medicare opt-out effective ${optOut.effectiveOn} is recorded as ending ${endsOn}, which is neither the start of a 2-year period (a cancellation) nor an early termination of a first opt-out by ${earlyTerminationBy}: it may still stand, so Medicare dates from ${endsOn} are undecided.`,
            {
              clinicianId: c.clinicianId,
              optOutEffectiveOn: optOut.effectiveOn,
              endsOn,
              earlyTerminationBy,
              firstOptOut: optOut.firstOptOut ?? null,
              endNoticeReceivedOn: optOut.endNoticeReceivedOn ?? null,
              noticeDueBy: medicareOptOutNoticeDueBy(optOut),
            },
          ),
        'warning',
        end === 'first_opt_out_unknown'
          ? `Record whether the clinician had opted out of Medicare before (\`firstOptOut\`): an end by ${earlyTerminationBy} is an early termination only for a first opt-out; otherwise confirm with the Medicare contractor how the opt-out ended and correct \`endsOn\`.`
          : undefined,
      );
    }
    // A prescriber on CMS's preclusion list: Part D plans reject pharmacy claims for drugs they prescribe once
    // each plan's notice to its enrollees has run [sources: cfr-42-422.222]: clients' prescriptions move now.
    const preclusion = c.medicareAdvantagePreclusion;
    if (
      preclusion !== undefined &&
      getPrescribingStatus(c) !== 'no' &&
      preclusion.listedOn <= day &&
      (preclusion.removedOn === undefined || day < preclusion.removedOn)
    ) {
      const known = getPrescribingStatus(c) === 'yes';
      add(
        'part_d_preclusion',
        c.clinicianId,
        null,
        `${c.clinicianId}/part_d_preclusion/${preclusion.listedOn}`,
        'CMS preclusion list (Part D prescriptions)',
        day,
        () =>
          reason(
            'credentialing.deadline.part_d_precluded',
            'warning',
            `The clinician is on CMS's preclusion list from ${preclusion.listedOn}${known ? '' : ' and holds a prescribing license (prescribing not recorded)'}: Part D plans reject pharmacy claims for drugs they prescribe once each plan's notice to its enrollees has run, so clients' prescriptions need another prescriber.`,
            {
              clinicianId: c.clinicianId,
              listedOn: preclusion.listedOn,
              removedOn: preclusion.removedOn ?? null,
              prescribes: known ? true : null,
            },
          ),
        'warning',
      );
    }
    if (coverage.kind === 'not_in_force') {
      // No policy in force on asOf: an error now, dated from the lapse (or asOf when none came before).
      const policy = coverage.lastPolicy ?? coverage.nextPolicy;
      if (policy !== null) {
        const subject = `${policy.carrier}/${policy.policyNumber}`;
        const label = `malpractice policy ${policy.policyNumber} (${policy.carrier})`;
        add(
          'malpractice_expiry',
          c.clinicianId,
          null,
          `${c.clinicianId}/malpractice_expiry/${subject}`,
          label,
          coverage.lapsedOn ?? day,
          () =>
            reason(
              'credentialing.deadline.malpractice_not_in_force',
              'error',
              `No malpractice policy is in force on ${day}${coverage.lapsedOn === null ? '' : ` (coverage lapsed after ${coverage.lapsedOn})`}${coverage.resumesOn === null ? '' : `; the next policy starts ${coverage.resumesOn}`}.`,
              {
                clinicianId: c.clinicianId,
                subject,
                lapsedOn: coverage.lapsedOn,
                resumesOn: coverage.resumesOn,
              },
            ),
          'error',
        );
      }
    }
  }

  // A Medicare fee-for-service enrollment's upkeep, from the dates its record holds: each change not yet
  // reported [sources: cfr-42-424.516], and the last day to submit a claim before 12 months without one let CMS
  // deactivate it [sources: cfr-42-424.540].
  // A payer whose renewal cycle cannot be told: its policy is asked for now, never a guessed date.
  const askForPolicy = (e: PayerEnrollment, code: CredentialingReasonCode, message: string) =>
    add(
      'payer_policy_needed',
      e.clinicianId,
      e.payerId,
      `${e.clinicianId}/payer_policy_needed/${e.payerId}`,
      `payer ${e.payerId}`,
      day,
      () => reason(code, 'warning', message, { clinicianId: e.clinicianId, payerId: e.payerId }),
      'warning',
    );
  const medicareUpkeep = (e: PayerEnrollment) => {
    for (const change of e.reportableChanges ?? []) {
      if (change.reportedOn !== undefined) continue;
      const days = MEDICARE_CHANGE_REPORTING_DAYS[change.change];
      const dueOn = addDays(change.changedOn, days);
      const what = change.change.replaceAll('_', ' ');
      add(
        'medicare_change_report',
        e.clinicianId,
        e.payerId,
        `${e.clinicianId}/medicare_change_report/${e.payerId}/${change.change}/${change.changedOn}`,
        `the Medicare contractor (${e.payerId})`,
        dueOn,
        () =>
          reason(
            'credentialing.deadline.medicare_change_report',
            'info',
            `A change (${what}) on ${change.changedOn} must be reported to ${e.payerId} within ${days} days, by ${dueOn}; an unreported change is a ground to deactivate billing privileges.`,
            {
              clinicianId: e.clinicianId,
              payerId: e.payerId,
              change: change.change,
              changedOn: change.changedOn,
              days,
              dueOn,
            },
          ),
      );
    }
    const lastClaim = e.lastClaimSubmittedOn;
    if (lastClaim === undefined) return;
    const deactivationFrom = getMedicareInactivityDeactivationDate(lastClaim);
    const lastDay = addDays(deactivationFrom, -1);
    if (e.terminatedOn !== undefined && e.terminatedOn <= lastDay) return;
    add(
      'medicare_inactivity',
      e.clinicianId,
      e.payerId,
      `${e.clinicianId}/medicare_inactivity/${e.payerId}`,
      e.payerId,
      lastDay,
      () =>
        reason(
          'credentialing.deadline.medicare_inactivity',
          'info',
          `The last claim under the enrollment with ${e.payerId} was submitted on ${lastClaim}: with no claim for 12 calendar months CMS may deactivate its billing privileges from ${deactivationFrom}, so submit one by ${lastDay}.`,
          {
            clinicianId: e.clinicianId,
            payerId: e.payerId,
            lastClaimSubmittedOn: lastClaim,
            deactivationFrom,
            dueOn: lastDay,
          },
        ),
    );
  };

  const policyOf = payerPolicyLookup(p.payers);
  const configured = new Set<string>(p.payers.map((x) => x.payerId));
  const startMonths = new Map<number, string>();
  const lastStartMonth = (months: number): string => {
    const cached = startMonths.get(months);
    if (cached !== undefined) return cached;
    const month = addMonths(horizonEndsOn, -months).slice(0, 7);
    startMonths.set(months, month);
    return month;
  };
  for (const { value: e } of validateEach(PayerEnrollment, records.enrollments ?? [], (r) =>
    invalidEnrollments.push(r),
  )) {
    const payerPolicy = policyOf(e.payerId);
    const active =
      (e.status === 'approved' && (e.terminatedOn === undefined || e.terminatedOn > day)) ||
      isEnrollmentInProgress(e.status);
    const program: ScreenedProgram | null =
      !configured.has(e.payerId) && namesMedicare(e.payerId)
        ? 'medicare'
        : payerPolicy.program === 'medicaid'
          ? 'medicaid'
          : payerPolicy.program === 'commercial'
            ? null
            : 'medicare';
    if (active && program !== null) {
      const programs = federal.get(e.clinicianId) ?? new Set<ScreenedProgram>();
      programs.add(program);
      federal.set(e.clinicianId, programs);
    }
    const feeForService = payerPolicy.program === 'medicare' && payerPolicy.revalidationMonths !== null;
    if (feeForService && e.status === 'approved' && (e.terminatedOn === undefined || e.terminatedOn > day)) {
      medicareUpkeep(e);
    }
    if (e.status === 'approved' && !configured.has(e.payerId) && namesMedicare(e.payerId)) {
      // Medicare revalidates every 5 years, plans recredential every 36 months: a payer named for
      // Medicare with no policy gets no guessed cycle, but a request for its policy.
      askForPolicy(
        e,
        'credentialing.deadline.payer_program_unknown',
        `The payer ${e.payerId} reads as Medicare but no payer policy is configured: its renewal (Medicare revalidation or a plan's recredentialing) is not guessed.`,
      );
      continue;
    }
    if (e.status === 'approved' && isMedicaidRenewalUnknown(payerPolicy)) {
      // A state Medicaid agency revalidates every 5 years, a managed care plan recredentials: which one this
      // payer is decides the date, so it is asked for, not guessed [sources: cfr-42-455.414, cfr-42-438.214].
      if (e.terminatedOn !== undefined && e.terminatedOn <= day) continue;
      askForPolicy(
        e,
        'credentialing.deadline.medicaid_delivery_unknown',
        `The payer ${e.payerId} is Medicaid but its policy does not say whether it is the state agency (revalidation at least every 5 years) or a managed care plan (recredentialing): set medicaidDelivery; its renewal is not guessed.`,
      );
      continue;
    }
    if (e.status === 'approved') {
      const cycleStart = renewalCycleStartOf(e);
      const endsFirst = (dueOn: LocalDate) => e.terminatedOn !== undefined && e.terminatedOn <= dueOn;
      const months = payerPolicy.revalidationMonths;
      if (cycleStart === undefined) {
        // No date to count the cycle from: asked for now, never left off the calendar as if none were due.
        if (endsFirst(day)) continue;
        const kind = months === null ? 'recredentialing' : 'revalidation';
        add(
          kind,
          e.clinicianId,
          e.payerId,
          `${e.clinicianId}/${kind}/${e.payerId}/unrecorded`,
          `payer ${e.payerId}`,
          day,
          () =>
            reason(
              'credentialing.deadline.renewal_start_unknown',
              'warning',
              `The approved enrollment with ${e.payerId} records no credentialing, approval or effective date: its ${kind} cannot be dated, so it is not assumed to be far off.`,
              { clinicianId: e.clinicianId, payerId: e.payerId, kind },
            ),
          'warning',
          `Record the enrollment's effective date and the date of ${e.payerId}'s last credentialing decision (or approval) from the payer's notice.`,
        );
        continue;
      }
      if (months !== null) {
        // Medicare and other payers that revalidate on their own notice: never an NCQA cycle.
        const posted = e.revalidationDueOn;
        if (posted === undefined && cycleStart.slice(0, 7) > lastStartMonth(months)) continue;
        const dueOn =
          posted ?? revalidationDueEstimate(cycleStart, months, payerPolicy.program === 'medicaid');
        if (endsFirst(dueOn)) continue;
        add(
          'revalidation',
          e.clinicianId,
          e.payerId,
          `${e.clinicianId}/revalidation/${e.payerId}/${cycleStart}`,
          `payer ${e.payerId}`,
          dueOn,
          () =>
            reason(
              'credentialing.deadline.revalidation',
              'info',
              posted === undefined
                ? `Revalidation with ${e.payerId} is due about ${months} months after ${cycleStart} (estimated: record the due date the payer posts).`
                : `Revalidation with ${e.payerId} is due on ${posted}, the date the payer posted.`,
              {
                clinicianId: e.clinicianId,
                payerId: e.payerId,
                credentialedOn: cycleStart,
                revalidationMonths: months,
                dueOn,
                posted: posted !== undefined,
              },
            ),
        );
        continue;
      }
      // Adding whole months moves the year-month exactly (only the day is clamped), so a cycle that
      // starts after the horizon's year-month minus the cycle falls due beyond the horizon: skip it
      // without computing the date. Most payer cycles are years away.
      if (cycleStart.slice(0, 7) > lastStartMonth(payerPolicy.recredentialingMonths)) continue;
      const dueOn = getRecredentialingDueDate(cycleStart, { months: payerPolicy.recredentialingMonths });
      if (endsFirst(dueOn)) continue;
      const lateLineOn = getRecredentialingLateDate(dueOn);
      add(
        'recredentialing',
        e.clinicianId,
        e.payerId,
        `${e.clinicianId}/recredentialing/${e.payerId}/${cycleStart}`,
        `payer ${e.payerId}`,
        dueOn,
        () =>
          reason(
            'credentialing.deadline.recredentialing',
            'info',
            `Recredentialing with ${e.payerId} is due by ${dueOn}, the last day of the ${ordinalMonth(payerPolicy.recredentialingMonths)} month after ${cycleStart} (the cycle is counted to the month), with no grace period; a plan that misses it may still recredential by ${lateLineOn}, then must credential the clinician again. The clinician stays in network until the plan acts.`,
            {
              clinicianId: e.clinicianId,
              payerId: e.payerId,
              credentialedOn: cycleStart,
              cycleMonths: payerPolicy.recredentialingMonths,
              dueOn,
              lateLineOn,
            },
          ),
      );
      continue;
    }
    const stalled = stalledEnrollment(e, payerPolicy, day);
    if (stalled !== undefined) {
      add(
        'enrollment_follow_up',
        e.clinicianId,
        e.payerId,
        `${e.clinicianId}/enrollment_follow_up/${e.payerId}/${e.submittedOn ?? 'unsubmitted'}`,
        `payer ${e.payerId}`,
        stalled.followUpDueOn,
        () =>
          reason(
            'credentialing.deadline.enrollment_follow_up',
            'info',
            `The ${e.status.replaceAll('_', ' ')} application with ${e.payerId} needs a follow-up.`,
            {
              clinicianId: e.clinicianId,
              payerId: e.payerId,
              status: e.status,
              lastMovementOn: stalled.lastMovementOn,
              stallAfterDays: payerPolicy.stallAfterDays,
            },
          ),
      );
    }
  }

  // A clinician who bills a federal program with no exclusion check recorded is not assumed clean: asked for
  // now [sources: cfr-42-455.436, cfr-42-1001.1901]. Lists recorded without a date were asked for above.
  for (const [clinicianId, programs] of federal) {
    const seen = screened.get(clinicianId);
    if (seen === undefined) continue;
    if (!seen.recorded) {
      addUnscreened(clinicianId, 'unrecorded', [
        { source: 'leie', state: null },
        { source: 'sam', state: null },
        ...(programs.has('medicaid') ? [{ source: 'state_medicaid' as const, state: null }] : []),
      ]);
    } else if (programs.has('medicaid') && !seen.stateLists) {
      addUnscreened(clinicianId, 'state_medicaid/unrecorded', [{ source: 'state_medicaid', state: null }]);
    }
  }

  deadlines.sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : compareText(a.id, b.id)));
  return {
    asOf: day,
    horizonEndsOn,
    deadlines,
    invalid: { clinicians: invalidClinicians, enrollments: invalidEnrollments },
  };
}

// Longest first, without duplicates, so the last alert is the tightest window.
function normalizeLeads(leads: readonly number[]): number[] {
  return [...new Set(leads)].sort((a, b) => b - a);
}

// "the 36th month": the English ordinal of a cycle's month count (1st, 2nd, 3rd, 11th-13th, 21st, 22nd, 23rd).
function ordinalMonth(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}
