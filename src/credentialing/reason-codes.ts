import { defineReasonCodes } from '../core/internal.js';

/**
 * Every reason code a credentialing decision can carry, with its meaning. The list is closed: a test
 * checks that each code emitted is here and that each code here is emitted.
 *
 * @example
 * ```ts
 * CREDENTIALING_REASON_CODES['credentialing.caqh.expired'];
 * //=> 'The CAQH ProView attestation has expired: payers cannot pull the profile.'
 * ```
 */
export const CREDENTIALING_REASON_CODES = defineReasonCodes({
  'credentialing.jurisdiction.licensed':
    'A license in the state where the client is located covers the date.',
  'credentialing.jurisdiction.compact_authorized':
    'An interstate compact authorization or a state telehealth registration covers the state, date and modality.',
  'credentialing.jurisdiction.no_authority':
    'No license or authorization covers the state where the client is located, on that date, by that modality.',
  'credentialing.license.expired': 'The license in the client’s state had expired by the date of service.',
  'credentialing.license.renewal_pending':
    'The license in the client’s state had expired by the date of service and a renewal filed by its expiry date is not yet granted: whether the state keeps it in force meanwhile is the state’s rule, so the session is undecided.',
  'credentialing.license.not_yet_issued':
    'The license in the client’s state was not yet issued on the date of service.',
  'credentialing.license.not_practicing': 'The license is inactive, suspended, revoked or surrendered.',
  'credentialing.license.restricted':
    'The license is active with conditions (e.g. probation); check its limits.',
  'credentialing.license.expires_on_service_date':
    'The license expires on the date of service: renew it now.',
  'credentialing.license.records_conflict':
    'Records of the same license (state, type and number) issued the same day disagree on its status, level or expiry: nothing can be decided from them until they are corrected.',
  'credentialing.dea.registered_in_state':
    'The prescribing clinician holds a DEA registration in force in the client’s state on the date.',
  'credentialing.dea.not_registered_in_state':
    'The prescribing clinician holds no DEA registration in force in the client’s state: no controlled substance may be prescribed there (21 CFR 1301.12).',
  'credentialing.dea.prescribing_unknown':
    'The clinician holds a prescribing license (psychiatrist, psychiatric nurse practitioner) with no `prescribes` recorded, and no DEA registration in the client’s state is in force: whether controlled substances may be prescribed there must be asked.',
  'credentialing.supervision.supervised':
    'The clinician practices under a supervisor on a supervised license.',
  'credentialing.supervision.missing':
    'A supervised license needs a supervision arrangement in that state on that date.',
  'credentialing.supervision.supervisor_not_licensed':
    'The supervisor holds no independent license in force in that state on that date.',
  'credentialing.supervision.supervisor_unverified':
    'The supervisor’s own license was not checked (no record given): a missing fact, so the session is undecided unless something else authorizes it.',
  'credentialing.supervision.supervisor_restricted':
    'The supervisor’s only license in that state is restricted (e.g. probation): boards’ orders often bar supervising, so whether this supervisor may supervise is a missing fact and the session is undecided unless something else authorizes it.',
  'credentialing.compact.not_in_force': 'The compact authorization is not active or not valid on the date.',
  'credentialing.compact.modality_not_covered': 'The compact authorization does not cover this modality.',
  'credentialing.compact.state_not_member':
    'The client’s state does not take part in that compact on the date.',
  'credentialing.compact.home_state_not_member':
    'The authorization’s home state does not take part in that compact on the date: a compact builds on a license from a member state.',
  'credentialing.compact.home_license_invalid':
    'The compact needs an unencumbered, independent home-state license of the right profession, in force on the date.',
  'credentialing.compact.outside_home_state':
    'PSYPACT telepsychology (APIT) requires the psychologist to be in the declared home state.',
  'credentialing.compact.clinician_location_unknown':
    'The clinician’s own location is needed to decide PSYPACT telepsychology and was not given.',
  'credentialing.compact.tap_days_exhausted':
    'PSYPACT temporary in-person practice is limited to 30 days a year per state.',
  'credentialing.compact.tap_days_unknown':
    'The in-person days already used in that state this year are needed to decide PSYPACT TAP and were not given.',
  'credentialing.compact.issued_before_operating':
    'A compact authorization is recorded as issued before its compact issued any (PSYPACT 2020-07-01, Counseling Compact 2025-09-30, the Social Work compact on the date the practice records): a data problem to correct before it is relied on.',
  'credentialing.compact.issuance_start_unknown':
    'A Social Work compact multistate license is recorded, but the compact had issued none by its last public statement and the practice has not recorded the day issuance began: confirm it with the commission before it is relied on.',
  'credentialing.verification.timely':
    'Every time-limited verification and the attestation are within the NCQA limit when the file is processed.',
  'credentialing.verification.stale':
    'A verification or the attestation is older than the NCQA limit when the file is processed (120 days for accreditation files from 2025-07-01, 180 before).',
  'credentialing.verification.after_processing':
    'A verification is dated after the file was processed: the decision could not rest on it.',
  'credentialing.verification.date_unknown': 'A verification or the attestation has no recorded date.',
  'credentialing.verification.no_time_limit':
    'No verification time limit is configured for the date the file is processed.',
  'credentialing.caqh.current': 'The CAQH ProView attestation is current.',
  'credentialing.caqh.due_soon': 'The CAQH ProView re-attestation is due within the reminder window.',
  'credentialing.caqh.due_today': 'Today is the last day of the CAQH ProView attestation.',
  'credentialing.caqh.expired': 'The CAQH ProView attestation has expired: payers cannot pull the profile.',
  'credentialing.caqh.never_attested': 'No CAQH ProView attestation is on record.',
  'credentialing.caqh.attested_after_as_of': 'The recorded attestation date is after the evaluation date.',
  'credentialing.network.in_network': 'The clinician is effective with the payer on the date of service.',
  'credentialing.network.not_enrolled': 'No enrollment with that payer is on record.',
  'credentialing.network.application_pending': 'The enrollment with that payer has not been approved.',
  'credentialing.network.denied': 'The enrollment with that payer was denied.',
  'credentialing.network.effective_date_unknown':
    'The enrollment is approved but its effective date is not recorded (approval is not the effective date).',
  'credentialing.network.before_effective_date': 'The date of service is before the effective date.',
  'credentialing.network.retro_billing_window':
    'The date of service is before the effective date but inside the payer’s retroactive billing window.',
  'credentialing.network.terminated': 'The participation was terminated on or before the date of service.',
  'credentialing.network.recredentialing_overdue':
    'The plan’s recredentialing date passed with no later credentialing recorded: a risk (the plan may recredential within 30 days, then must credential again), not out of network until the plan acts.',
  'credentialing.network.revalidation_overdue':
    'The enrollment’s revalidation date (Medicare: every 5 years, on CMS’s notice) passed with none recorded: a risk of deactivation, not out of network until the payer acts.',
  'credentialing.network.medicaid_renewal_unknown':
    'A Medicaid payer’s policy does not say whether it is the state agency (revalidated at least every 5 years, 42 CFR 455.414) or a managed care plan (recredentialed on its own cycle, 42 CFR 438.214): no renewal date is checked until it does; the outcome is unchanged.',
  'credentialing.network.payer_program_unknown':
    'The payer id names Medicare but no payer policy was given: Medicare and commercial plans bill on different rules, so the payer is not guessed to be commercial.',
  'credentialing.network.credentialing_date_assumed':
    'No credentialing date is recorded; the earlier of the approval and effective dates starts the renewal cycle, so its due date is never later than the true one.',
  'credentialing.medicare.mft_mhc_before_2024':
    'Medicare pays marriage and family therapists and mental health counselors only for dates of service from 2024-01-01, whatever the enrollment’s effective date or retroactive window.',
  'credentialing.medicare.license_type_unknown':
    'A Medicare date of service before 2024-01-01 cannot be decided without a license type that names the profession (not `associate` or `other`): marriage and family therapists and mental health counselors were not paid before then.',
  'credentialing.medicare.mft_mhc_effective_before_2024':
    'A marriage and family therapist’s or mental health counselor’s Medicare enrollment is recorded as effective before 2024-01-01, when the benefit began: a data problem to correct.',
  'credentialing.medicare.effective_before_filing':
    'A Medicare fee-for-service enrollment is recorded as effective before its application was filed, which 42 CFR 424.520(d) rules out: a data problem; where the two dates give different answers the date of service is undecided.',
  'credentialing.medicare.clinical_social_work_unconfirmed':
    'Medicare pays a clinical social worker (licensed or certified as one by the state): an LMSW license is clinical in some states and not in others, so whether it is must be confirmed before billing Medicare or a Medicare Advantage plan.',
  'credentialing.enrollment.illegal_transition': 'The enrollment state machine does not allow this move.',
  'credentialing.enrollment.final_status':
    'The enrollment was denied or terminated: it cannot move again (a new application opens a new record).',
  'credentialing.enrollment.move_before_last':
    'The move is dated before the enrollment’s last status change.',
  'credentialing.enrollment.termination_date_needed':
    'A move to terminated needs the first date out of network (terminatedOn).',
  'credentialing.enrollment.effective_date_needed':
    'A move to approved needs the effective date the payer states (effectiveOn), unless the enrollment already records one: approval is not the effective date.',
  'credentialing.enrollment.stalled':
    'The application has had no movement for longer than the follow-up threshold.',
  'credentialing.network.pending_may_become_billable':
    'A filed application is not yet decided, and the date of service falls where an approval could make it billable (Medicare fee-for-service: from the filing date minus the retro window; otherwise a configured retro window): hold the claim until the payer decides.',
  'credentialing.network.filing_date_unknown':
    'A filed application is not yet decided and its filing date is not recorded: whether an approval could cover the date of service is not known.',
  'credentialing.medicare.opted_out':
    'The clinician has opted out of Medicare on the date of service (42 CFR 405.425): neither Medicare nor a Medicare Advantage plan pays them and no claim may be submitted; a Medicare beneficiary is seen only under a private contract.',
  'credentialing.medicare.opt_out_care_unknown':
    'The clinician has opted out of Medicare on the date of service and whether the service was emergency or urgent care is not given: such care to a client with no private contract must be billed to Medicare (42 CFR 405.440), other care may not be, so it is undecided.',
  'credentialing.medicare.private_contract_unknown':
    'The clinician has opted out of Medicare and gave emergency or urgent care, and whether the client signed a private contract before it is not given: without one the claim must be submitted to Medicare (42 CFR 405.440), with one the contract governs.',
  'credentialing.medicare.opt_out_emergency_claim':
    'The clinician has opted out of Medicare but gave emergency or urgent care to a client with no private contract: the claim must be submitted to Medicare, charging no more than the limiting charge (42 CFR 405.440).',
  'credentialing.medicare.opt_out_end_unconfirmed':
    'A Medicare opt-out is recorded as ending on a date that is neither a cancellation at the end of a 2-year period nor an early termination of a first opt-out within 90 days (42 CFR 405.445): it may still stand, so a billable date from then is undecided.',
  'credentialing.medicare.opt_out_cancelled_not_enrolled':
    'A Medicare opt-out was cancelled at the end of a 2-year period, and the only Medicare enrollment that would cover the date of service took effect before the opt-out: cancelling does not enroll the clinician again, so it does not count (42 CFR 405.445; the Medicare contractors’ opt-out pages).',
  'credentialing.medicare.revoked':
    'The clinician’s Medicare billing privileges were revoked, in effect on the date of service and not reinstated (42 CFR 424.535): Medicare fee-for-service pays nothing they furnish, whatever the enrollment record says.',
  'credentialing.medicare.revocation_date_unknown':
    'A revocation of the clinician’s Medicare billing privileges is recorded without its effective date: whether Medicare pays the date of service is not known, so a billable answer is undecided.',
  'credentialing.exclusion.screening_current':
    'The exclusion list was checked within the last month (42 CFR 455.436(c)(2)): the check covers the date.',
  'credentialing.exclusion.screening_overdue':
    'The last check of an exclusion list (OIG LEIE, SAM, a state Medicaid list) is more than a month old on the date: whether the clinician was excluded is not known, so a federal program’s billable answer is undecided.',
  'credentialing.exclusion.screening_unknown':
    'No check of an exclusion list (OIG LEIE, SAM, a state Medicaid list) is recorded: the clinician is not assumed clean, so a federal program’s billable answer is undecided.',
  'credentialing.exclusion.screening_after_date':
    'The last check of an exclusion list (OIG LEIE, SAM, a state Medicaid list) is more than a month after the date: it cannot show an exclusion that stood on the date and was lifted before the check, so a federal program’s billable answer is undecided.',
  'credentialing.exclusion.sam_excluded':
    'The clinician is listed on SAM.gov as excluded (debarred, suspended) on the date of service: a ground on which CMS denies or revokes a Medicare enrollment (42 CFR 424.530(a)(2), 424.535(a)(2)) and a state Medicaid agency screens, so a federal program’s answer is never billable: undecided, for the compliance officer.',
  'credentialing.medicare.inactivity_deactivation_near':
    'No Medicare claim is recorded since a date from which 12 calendar months without one end within 60 days after the date of service (42 CFR 424.540(a)(1)): submit a claim before then.',
  'credentialing.medicare.inactivity_deactivation_possible':
    'The last Medicare claim recorded is so old that 12 calendar months without one ended before the date of service: CMS may have deactivated the billing privileges (42 CFR 424.540(a)(1)), and pays nothing furnished while they are (424.555(b)), so the answer is undecided until the enrollment’s status is confirmed.',
  'credentialing.medicare.last_claim_unknown':
    'No Medicare claim date is recorded for an enrollment in effect for 12 calendar months or more: whether CMS deactivated it for no claims (42 CFR 424.540(a)(1)) cannot be told, so a billable answer is undecided.',
  'credentialing.medicare.reassignment_retro_window':
    'The claim bills under a group, and the clinician’s reassignment to it takes effect after the date of service but within the 30-day retroactive window (42 CFR 424.520(d), 424.521(a)).',
  'credentialing.medicare.reassignment_pending':
    'The claim bills under a group, and the clinician’s reassignment to it is filed but not approved (or its dates are not recorded): whether the group may bill the date is not known, so a billable answer is undecided.',
  'credentialing.medicare.reassignment_unknown':
    'The claim bills under a group, and the enrollment records no reassignments: whether the clinician’s benefits are reassigned to the group on the date (42 CFR 424.80) is not known, so a billable answer is undecided.',
  'credentialing.medicare.reassignment_not_effective':
    'The claim bills under a group, and no reassignment of the clinician’s benefits to it is in effect on the date of service, nor within its retroactive window: Medicare pays the group nothing for it (42 CFR 424.80).',
  'credentialing.medicare.revalidation_lapsed':
    'The Medicare revalidation due date CMS posted passed before the date of service with no revalidation recorded: CMS deactivates billing privileges not revalidated on time (42 CFR 424.540(a)(3)) and pays nothing furnished while they are, so the answer is undecided until the enrollment’s status is confirmed.',
  'credentialing.exclusion.oig_excluded':
    'The clinician is excluded by the HHS Office of Inspector General on the date of service (42 CFR 1001.1901): no federal health care program (Medicare, a Medicare Advantage plan, Medicaid) pays for anything they furnish.',
  'credentialing.medicaid.terminated_for_cause':
    'The clinician was terminated for cause by Medicare or by a state’s Medicaid or CHIP on or after 2011-01-01, in effect on the date of service (42 CFR 455.416(c)): every state’s Medicaid must terminate them, so no Medicaid program or Medicaid managed care plan pays.',
  'credentialing.medicaid.termination_date_unknown':
    'The clinician was terminated for cause by Medicare or by a state’s Medicaid or CHIP and the date is not recorded: whether Medicaid pays the date of service is not known, so a billable answer is undecided.',
  'credentialing.medicaid.termination_before_2011':
    'The clinician was terminated for cause by Medicare or by a state’s Medicaid or CHIP before 2011-01-01: 42 CFR 455.416(c) does not require the state to terminate, the state decides, so a billable answer is undecided.',
  'credentialing.medicare_advantage.precluded':
    'The clinician is on CMS’s preclusion list and the Medicare Advantage plan’s notice period has ended (42 CFR 422.222): the plan pays nothing they furnish on the date of service.',
  'credentialing.medicare_advantage.preclusion_date_unknown':
    'The clinician is on CMS’s preclusion list and the Medicare Advantage plan’s first denied date of service is not recorded: whether the plan pays the date is not known, so it is undecided (never in network).',
  'credentialing.medicare.associate_not_enrollable':
    'Medicare pays a clinician under their own state license; a pre-licensed associate cannot bill under their own enrollment.',
  'credentialing.documents.missing': 'A document the payer’s application needs has not been received.',
  'credentialing.documents.expired': 'A credential the application relies on has already expired.',
  'credentialing.documents.expires_before_decision':
    'A credential will expire before the payer is expected to decide.',
  'credentialing.documents.no_license':
    'No state license in force is recorded: the application needs one, unrestricted.',
  'credentialing.documents.license_not_practicing':
    'A state license is suspended or revoked (or its only record is inactive or surrendered): the application cannot go forward on it.',
  'credentialing.documents.license_restricted':
    'A state license is restricted (e.g. probation): payers ask for an unrestricted license, so the application will need the restriction explained and may be refused.',
  'credentialing.documents.license_records_conflict':
    'Records of the same license issued the same day disagree: its standing cannot be read until they are corrected.',
  'credentialing.documents.malpractice_unknown':
    'No malpractice policy is recorded: the application needs current coverage, and whether there is any is not known.',
  'credentialing.documents.caqh_attestation_unknown':
    'No CAQH ProView attestation date is recorded: whether the payer can pull a current profile is not known.',
  'credentialing.documents.malpractice_not_in_force':
    'No malpractice policy is in force on the evaluation date (lapsed, or the next policy has not started): the application needs current coverage.',
  'credentialing.documents.prescribing_unknown':
    'The clinician holds a prescribing license with no `prescribes` recorded and no DEA registration received: whether the application needs the DEA registration is not known, so it is undecided.',
  'credentialing.documents.dea_registration_unknown':
    'The DEA registration is recorded as received, but no registration (number, state, dates) is on the clinician’s credentials: whether it is in force, and until when, is not known, so the application is undecided.',
  'credentialing.documents.caqh_attested_after_as_of':
    'The recorded CAQH attestation date is after the evaluation date: whether a current attestation stood then is not known.',
  'credentialing.documents.supervision_unknown':
    'The clinician holds a supervised license but no supervision arrangement in that state is recorded: a missing fact, so the application is undecided.',
  'credentialing.documents.supervision_not_in_force':
    'Supervision arrangements are recorded for the supervised license’s state, but none is in force on the evaluation date.',
  'credentialing.deadline.license_expiry': 'A state license expires.',
  'credentialing.deadline.compact_expiry': 'A compact authorization or telehealth registration expires.',
  'credentialing.deadline.caqh_reattestation': 'The CAQH ProView re-attestation falls due.',
  'credentialing.deadline.malpractice_expiry': 'A malpractice policy expires.',
  'credentialing.deadline.dea_expiry': 'A DEA registration expires.',
  'credentialing.deadline.board_certification_expiry': 'A board certification expires.',
  'credentialing.deadline.supervision_end': 'A supervision arrangement ends.',
  'credentialing.deadline.recredentialing':
    'The plan’s recredentialing cycle falls due (no grace period; a plan may still recredential within 30 days of a missed date).',
  'credentialing.deadline.revalidation':
    'The enrollment’s revalidation falls due (Medicare: every 5 years, on the date CMS posts).',
  'credentialing.deadline.renewal_start_unknown':
    'An approved enrollment records no credentialing, approval or effective date: its recredentialing or revalidation cannot be dated, so the calendar asks for the dates now (a warning).',
  'credentialing.deadline.part_d_precluded':
    'A clinician who prescribes (or holds a prescribing license, prescribing not recorded) is on CMS’s preclusion list: Part D plans reject pharmacy claims for drugs they prescribe once each plan’s notice has run (42 CFR 423.120(c)(6)); clients’ prescriptions need another prescriber.',
  'credentialing.deadline.medicare_opt_out_renewal':
    'A Medicare opt-out renews for another 2 years unless the clinician cancels it in writing at least 30 days before the next period (42 CFR 405.405(d), 405.445): the last day for that notice.',
  'credentialing.deadline.medicare_opt_out_end_unconfirmed':
    'A Medicare opt-out is recorded as ending on a date that is neither a cancellation at the start of a 2-year period nor an early termination of a first opt-out within 90 days (42 CFR 405.445): the calendar asks now (a warning) to confirm how it ended, as the network check holds Medicare dates from then as undecided.',
  'credentialing.deadline.enrollment_follow_up': 'An application needs a follow-up call or message.',
  'credentialing.deadline.malpractice_not_in_force':
    'No malpractice policy is in force on the calendar date: coverage lapsed, or the next policy has not started.',
  'credentialing.deadline.medicaid_delivery_unknown':
    'An approved enrollment’s payer is Medicaid but its policy does not say whether it is the state agency (revalidation every 5 years) or a managed care plan (recredentialing): its renewal is not guessed, the calendar asks for it now (a warning).',
  'credentialing.deadline.payer_program_unknown':
    'An approved enrollment’s payer reads as Medicare but has no configured policy: its renewal (revalidation or recredentialing) is not guessed.',
  'credentialing.deadline.malpractice_unknown':
    'No malpractice policy is recorded for the clinician: its expiry cannot be tracked, so the calendar asks for it now (a warning).',
  'credentialing.deadline.caqh_attestation_unknown':
    'A CAQH ProView profile has no attestation date recorded: its re-attestation cannot be tracked, so the calendar asks for it now (a warning).',
  'credentialing.deadline.dea_registration_unknown':
    'A clinician who prescribes (or holds a prescribing license with prescribing not recorded) has no DEA registration recorded: its expiry cannot be tracked, so the calendar asks for it now (a warning).',
  'credentialing.deadline.supervision_unknown':
    'A supervised license is in force and no supervision arrangement in its state is recorded: its end cannot be tracked, so the calendar asks for it now (a warning).',
  'credentialing.deadline.exclusion_screening':
    'The monthly check of an exclusion list (OIG LEIE, SAM, a state Medicaid list) falls due: one month after the last (42 CFR 455.436(c)(2)).',
  'credentialing.deadline.exclusion_screening_unknown':
    'A clinician who bills a federal program (or whose screening is recorded) has no check of an exclusion list recorded: the calendar asks for it now (a warning).',
  'credentialing.deadline.medicare_change_report':
    'A change to a Medicare enrollment must be reported: within 30 days for a change of ownership, an adverse legal action or a practice location, 90 days for any other (42 CFR 424.516(d)).',
  'credentialing.deadline.medicare_inactivity':
    'The last day to submit a Medicare claim before 12 calendar months without one let CMS deactivate the billing privileges (42 CFR 424.540(a)(1)).',
  'credentialing.deadline.medicare_reenrollment_bar_end':
    'A revoked clinician’s Medicare re-enrollment bar ends (42 CFR 424.535(c)): from that day they may apply to enroll again.',
  'credentialing.deadline.overdue': 'The deadline has passed.',
  'credentialing.deadline.alert': 'The deadline is inside one or more of its lead-time windows.',
});
/**
 * A credentialing reason code.
 * @example
 * ```ts
 * const code: CredentialingReasonCode = 'credentialing.deadline.overdue';
 * ```
 */
export type CredentialingReasonCode = keyof typeof CREDENTIALING_REASON_CODES;

/**
 * Every stable code a credentialing schema puts on a {@link ValidationError} issue, with its meaning.
 * Other issues carry zod's codes (`invalid_type`, `invalid_value`, …) or core's (`core.npi.check_digit`).
 *
 * @example
 * ```ts
 * Object.keys(CREDENTIALING_ISSUE_CODES).includes('credentialing.enrollment.invalid_transition'); //=> true
 * ```
 */
export const CREDENTIALING_ISSUE_CODES = defineReasonCodes({
  'credentialing.license.expiry_before_issue': 'A license expires on or before the day it is issued.',
  'credentialing.compact.expiry_before_issue':
    'A compact authorization expires on or before the day it is issued.',
  'credentialing.compact.member_until_before_from': 'A compact membership ends on or before it starts.',
  'credentialing.malpractice.expiry_before_effective':
    'A malpractice policy expires on or before it takes effect.',
  'credentialing.malpractice.aggregate_below_per_claim':
    'A malpractice aggregate limit is below its per-claim limit.',
  'credentialing.board.expiry_before_issue': 'A board certification expires on or before it is issued.',
  'credentialing.dea.expiry_before_issue': 'A DEA registration expires on or before it is issued.',
  'credentialing.supervision.end_before_start': 'A supervision arrangement ends on or before it starts.',
  'credentialing.opt_out.end_before_start': 'A Medicare opt-out ends on or before its effective date.',
  'credentialing.opt_out.notice_without_end':
    'A Medicare opt-out records when the notice of its end arrived, but not the end itself (endsOn).',
  'credentialing.preclusion.removed_before_listed':
    'A preclusion-list entry is recorded as removed on or before the date the clinician was listed.',
  'credentialing.preclusion.denial_before_listed':
    'A Medicare Advantage plan’s first denied date of service for a precluded clinician is before the clinician was listed.',
  'credentialing.preclusion.duplicate_plan': 'A preclusion-list entry gives two dates for one plan.',
  'credentialing.exclusion.reinstated_before_effective':
    'An OIG or SAM exclusion is recorded as reinstated on or before its effective date.',
  'credentialing.reassignment.ended_before_effective':
    'A Medicare reassignment is recorded as ending on or before its effective date.',
  'credentialing.revocation.bar_too_long':
    'A Medicare re-enrollment bar is longer than 42 CFR 424.535(c) allows: at most 10 years for a first revocation (20 for a second).',
  'credentialing.revocation.bar_not_medicare':
    'A re-enrollment bar is recorded on a termination that is not a revocation of Medicare billing privileges: 42 CFR 424.535(c) bars re-enrollment in Medicare only.',
  'credentialing.screening.duplicate_state':
    'An exclusion screening lists the same state’s Medicaid list twice.',
  'credentialing.enrollment.change_reported_before_change':
    'A Medicare change is recorded as reported before the day it happened.',
  'credentialing.termination.reinstated_before_terminated':
    'A for-cause termination is recorded as reinstated on or before its termination date.',
  'credentialing.enrollment.invalid_transition':
    'An enrollment’s status history moves between two statuses the transition table does not allow (e.g. backwards).',
  'credentialing.enrollment.history_out_of_order': 'An enrollment’s status history is not in date order.',
  'credentialing.enrollment.status_mismatch': 'An enrollment’s status is not the last status of its history.',
  'credentialing.enrollment.termination_date_missing': 'A terminated enrollment has no termination date.',
  'credentialing.enrollment.termination_before_effective':
    'An enrollment is terminated on or before its effective date.',
  'credentialing.policy.duplicate_payer': 'Two payer policies have the same payer id.',
  'credentialing.calendar.not_a_record_list':
    'The calendar input’s clinicians or enrollments are not a list of records (an array, a set, a generator; a string is not one).',
  'credentialing.enrollment.not_a_record_list':
    'The enrollments given to findStalledEnrollments are not a list of records (an array, a set, a generator; a string is not one).',
  'credentialing.policy.medicaid_delivery_conflict':
    'A payer policy’s medicaidDelivery contradicts the rest of it: set on a payer that is not Medicaid, or fee-for-service without a revalidation cycle, or managed care with one.',
  'credentialing.policy.payer_mismatch':
    'A payer policy given for one payer’s question names another payer: it would decide the payer on rules that are not its own.',
  'credentialing.policy.retro_window_exceeds_rule':
    'A Medicare fee-for-service policy gives a retroactive billing window longer than 30 days: 42 CFR 424.521(a) allows 30; the 90 days after a Presidentially declared disaster are set on the one enrollment it kept from being filed (disasterPrecludedEnrollment), never payer-wide.',
  'credentialing.verification.duplicate_item': 'A credentialing file lists the same verification item twice.',
});
/**
 * A code on a credentialing validation issue.
 * @example
 * ```ts
 * const code: CredentialingIssueCode = 'credentialing.policy.duplicate_payer';
 * ```
 */
export type CredentialingIssueCode = keyof typeof CREDENTIALING_ISSUE_CODES;
