import { defineReasonCodes } from '../core/internal.js';

/**
 * Every reason and validation code billing emits (coding, coverage, claims and remittance), with its
 * meaning. The list is closed: the type of every reason billing builds is a key of it, and a test checks
 * that each code here is emitted.
 *
 * @example
 * ```ts
 * BILLING_REASON_CODES['billing.codes.under_16_minutes'];
 * //=> 'Under 16 face-to-face minutes: not billable as psychotherapy.'
 * ```
 */
export const BILLING_REASON_CODES = defineReasonCodes({
  // Service-code selection
  'billing.codes.no_face_to_face_time': 'No face-to-face minutes were recorded, so nothing is billable.',
  'billing.codes.under_16_minutes': 'Under 16 face-to-face minutes: not billable as psychotherapy.',
  'billing.codes.family_under_26_minutes':
    'Family psychotherapy under 26 minutes is not billable as 90846/90847.',
  'billing.codes.crisis_under_30_minutes':
    'Crisis psychotherapy under 30 minutes is not billable as 90839; a timed psychotherapy code is used instead.',
  'billing.codes.em_code_missing':
    'Psychotherapy with E/M needs the E/M code chosen by the prescriber; it was not supplied.',
  'billing.codes.interactive_complexity_not_allowed':
    'Interactive complexity (90785) may not be billed with this kind of session, so it was left off.',
  'billing.codes.crisis_minutes_combined':
    'Crisis psychotherapy minutes of one client on one day were added up and coded once (90839, then +90840).',
  'billing.codes.crisis_combined_below_timed_minimum':
    'Crisis sessions on one date reach the 16 minutes of timed psychotherapy only added together (under 30 in all, none of 16 alone): only crisis codes add time across a date, so a biller decides.',
  'billing.codes.day_needs_review':
    'The day’s codes cannot all be billed together as coded; a biller decides what to bill.',
  'billing.codes.crisis_sites_differ':
    'The day’s crisis sessions disagree on Medicare’s site codes (G0017/+G0018) and CPT’s (90839/+90840), and their minutes add up as one crisis: undecided, a biller chooses.',
  'billing.codes.care_management_under_minimum':
    'The calendar month’s care management minutes are below the code’s minimum (20 for 99484 and G0323, 36 for 99492, 31 for 99493): not billable.',
  'billing.codes.day_over_24_hours':
    'The sessions given for one client and day add up to more than 24 hours.',
  'billing.codes.unreachable': 'An internal error: a selection came out empty without a reason (report it).',
  // Code-set pairing
  'billing.codes.add_on_without_primary':
    'An add-on code is billed without any primary code it may accompany.',
  'billing.codes.mutually_exclusive':
    'Two codes that may not be billed on the same session are both present.',
  'billing.codes.duplicate_code': 'The same code appears on more than one line of the session.',
  'billing.codes.crisis_billed_twice':
    'Crisis psychotherapy is billed twice on one day (90839 twice, or +90840 on two lines): its minutes add up.',
  'billing.codes.units_above_maximum': 'A code is billed with more units than one session allows.',
  // Supervised billing
  'billing.incident_to.supervision_met':
    'The supervision given meets Medicare’s incident-to rule for the service and date: direct supervision, or general supervision of a behavioral health service from 2024-01-01 (42 CFR 410.26(b)(5)).',
  'billing.incident_to.direct_supervision_required':
    'Medicare pays a service incident to a practitioner’s under general supervision only for behavioral health services from 2024-01-01 (42 CFR 410.26(b)(5)): this one needed direct supervision.',
  'billing.incident_to.supervision_unknown':
    'The supervision given for a service billed incident to a practitioner is not recorded: whether Medicare pays it under the supervisor is not known.',
  'billing.incident_to.supervisor_not_eligible':
    'The supervisor is a clinical social worker, marriage and family therapist or mental health counselor: Medicare pays services incident to a physician’s, physician assistant’s, nurse practitioner’s, clinical nurse specialist’s, certified nurse-midwife’s or clinical psychologist’s only (Medicare Benefit Policy Manual ch. 15 §60).',
  'billing.incident_to.supervisor_unknown':
    'What kind of practitioner supervised a service billed incident to a practitioner is not recorded: whether Medicare pays it under the supervisor is not known.',
  'billing.ordering.eligible':
    'The practitioner who ordered or referred the service is of a type eligible to order or refer and enrolled in Medicare (approved) or validly opted out on the date of service (42 CFR 424.507).',
  'billing.ordering.type_not_eligible':
    'The practitioner who ordered or referred the service is not of a type Medicare lets order or refer it (42 CFR 424.507): the claim is denied.',
  'billing.ordering.not_enrolled':
    'The practitioner who ordered or referred the service is neither enrolled in Medicare (approved) nor opted out on the date of service (42 CFR 424.507): the claim is denied.',
  'billing.ordering.enrollment_unknown':
    'Whether the practitioner who ordered or referred the service was enrolled in Medicare or opted out on the date of service is not known: check it in PECOS before the claim is sent (the scrubber warns; a claim whose orderer is not enrolled is denied).',
  'billing.ordering.type_unknown':
    'The ordering or referring practitioner’s type is not given, or not confirmed on CMS’s list (a marriage and family therapist, a mental health counselor): whether Medicare lets them order or refer the service is not known.',
  'billing.supervision.not_allowed':
    'The payer does not accept sessions by pre-licensed clinicians billed under a supervisor.',
  'billing.supervision.payer_policy_unknown':
    'Whether the payer accepts sessions by pre-licensed clinicians billed under a supervisor is not known (the profile says `null`): the session is not billed under the supervisor until it is.',
  'billing.supervision.supervisor_missing':
    'A pre-licensed clinician has no supervisor on record to bill under.',
  'billing.supervision.session_unknown':
    'Medicare pays a supervised clinician’s session under the supervisor only under the incident-to supervision rule, and the session’s date of service, service or supervision was not given: it is not billed until they are.',
  'billing.supervision.billed_under_supervisor': 'The session is billed under the supervising clinician.',
  // Telehealth coding
  'billing.telehealth.audio_only_not_covered': 'The payer does not pay for audio-only sessions.',
  'billing.telehealth.audio_only_clinician_without_video':
    'The payer pays for audio-only sessions only when the clinician could have used video, and the clinician could not.',
  'billing.telehealth.audio_only_video_not_declined':
    'The payer pays for audio-only sessions only when the client could not or would not use video, and the client could and would.',
  'billing.telehealth.audio_only_video_facts_unknown':
    'Whether the clinician could use video, or why the client did not, is not recorded for an audio-only session the payer pays only on those facts (undecided).',
  'billing.telehealth.audio_only_not_at_home':
    'The payer pays for audio-only sessions only with the client at home; elsewhere audio-only is not covered.',
  // Payer profiles
  'billing.payer_profile.duplicate_codes': 'A payer profile lists the same prior-authorization code twice.',
  // Eligibility flags
  'billing.eligibility.coverage_inactive': 'Coverage is not active.',
  'billing.eligibility.outside_plan_dates':
    'The session date is outside the verified plan dates: coverage on it is unknown (undecided until verified again).',
  'billing.eligibility.behavioral_health_carve_out':
    'Behavioral health is carved out to another payer, which must be verified and billed instead.',
  'billing.eligibility.out_of_network': 'The clinician is out of network for this plan.',
  'billing.eligibility.outside_verified_benefit_year':
    'The session is in another benefit year than the one verified: its visit count, deductible and out-of-pocket totals are unknown (undecided).',
  'billing.eligibility.visit_limit_reached': 'The plan visit limit is used up.',
  'billing.eligibility.few_visits_left': 'Few covered visits remain in the plan period.',
  'billing.eligibility.authorization_required': 'The payer requires prior authorization for these services.',
  'billing.eligibility.deductible_not_met': 'Part of the deductible remains to be met.',
  'billing.eligibility.out_of_pocket_met': 'The out-of-pocket maximum is met.',
  'billing.eligibility.out_of_pocket_maximum_unknown':
    'The verified benefits give no out-of-pocket maximum and do not say the plan has none: what remains of it is unknown, never read as $0, met or none.',
  'billing.eligibility.no_out_of_pocket_maximum_with_amount':
    'The benefits say the plan has no out-of-pocket maximum and give one.',
  'billing.eligibility.no_visit_limit_with_limit':
    'The benefits say the plan has no visit limit and give one.',
  'billing.eligibility.visit_limit_unknown':
    'The verified benefits give no visit limit and do not say the plan has none, or give a limit without the visits used: whether the session is within it is unknown (undecided), never read as no limit or no visit used.',
  'billing.eligibility.deductible_met_unknown':
    'The verified benefits give the deductible but not what is met of it: what remains is unknown, never read as $0 met.',
  'billing.eligibility.out_of_pocket_met_unknown':
    'The verified benefits give the out-of-pocket maximum but not what is met of it: what remains is unknown, never read as $0 met.',
  'billing.eligibility.deductible_met_above_total': 'The deductible met is more than the deductible.',
  'billing.eligibility.out_of_pocket_met_above_maximum':
    'The out-of-pocket amount met is more than the out-of-pocket maximum.',
  'billing.eligibility.plan_end_before_start': 'The plan ends before it starts.',
  // Eligibility freshness
  'billing.eligibility.never_verified':
    'Eligibility has never been verified; verify before the first session.',
  'billing.eligibility.coverage_changed': 'Coverage changed after the last verification.',
  'billing.eligibility.plan_period_ended': 'The service date is after the verified plan period ends.',
  'billing.eligibility.plan_year_start_unknown':
    'The plan year’s first day is unknown and the session is in a later calendar year than the verification: undecided until verified again.',
  'billing.eligibility.new_plan_year':
    'The service date falls in a new plan year since the last verification.',
  'billing.eligibility.new_month': 'The payer wants eligibility verified each calendar month.',
  'billing.eligibility.verification_stale': 'The last verification is older than the payer allows.',
  'billing.eligibility.verified_after_as_of':
    'The recorded verification is dated after asOf, so freshness cannot be judged.',
  'billing.eligibility.service_date_before_as_of': 'The service date to check is before asOf.',
  // Patient estimates
  'billing.estimate.coverage_inactive':
    'Coverage is not active on the date of service: the client pays in full.',
  'billing.estimate.outside_plan_dates':
    'The date of service is outside the verified plan dates: the estimate is undecided until coverage for that date is verified.',
  'billing.estimate.outside_verified_benefit_year':
    'The date of service is in another benefit year than the one verified: the estimate is undecided until the benefits are verified again.',
  'billing.estimate.behavioral_health_carve_out':
    'Behavioral health is carved out to another payer: this payer pays none of the session, so the estimate under its benefits is the whole allowed amount until the carve-out payer’s benefits are verified.',
  'billing.estimate.out_of_network':
    'The clinician is out of network: the client pays in full and may claim with a superbill.',
  'billing.estimate.visit_limit_reached': 'The plan visit limit is used up: the client pays in full.',
  'billing.estimate.visit_limit_unknown':
    'Whether the session is within the plan’s visit limit is unknown (no limit stated and none said to be absent, or the visits used not stated): undecided, since past it the client would owe the whole allowed amount.',
  'billing.estimate.deductible_met_unknown':
    'What is met of the deductible is not stated and the client would owe something: the remaining deductible decides the share, so the estimate is undecided.',
  'billing.estimate.coinsurance_unknown':
    'The coinsurance is not stated (a copay alone does not say there is none) and an amount is left after the deductible and copay: the coinsurance decides the share, so the estimate is undecided.',
  'billing.estimate.out_of_pocket_met_unknown':
    'What is met of the out-of-pocket maximum is not stated and the client would owe something: what is left of it could cap the share, so the estimate is undecided.',
  'billing.estimate.qmb_cost_sharing_not_client':
    'The client is a Qualified Medicare Beneficiary: Medicare cost sharing is never asked of them (Medicaid crossover, the rest written off).',
  'billing.estimate.qmb_status_unknown':
    'A Medicare plan, and whether the client is a Qualified Medicare Beneficiary (never asked for cost sharing) is unknown (undecided).',
  'billing.estimate.qmb_plan_payment_unknown':
    'A Qualified Medicare Beneficiary, and the Medicare plan pays none of the session as verified (out of network, carved out, visit limit): what it pays is unknown, never the client’s (undecided).',
  'billing.estimate.qmb_medicaid_cost_sharing_not_client':
    'A Qualified Medicare Beneficiary and a Medicaid plan: no deductible or coinsurance is theirs, a copayment only with full Medicaid (the nominal Medicaid copayment).',
  'billing.estimate.qmb_full_medicaid_unknown':
    'A Qualified Medicare Beneficiary, a Medicaid plan with a copayment, and whether they have full Medicaid (needed for it) is unknown (undecided).',
  'billing.estimate.medicaid_cost_sharing_above_maximum':
    'A Medicaid plan’s cost sharing for a session is above what a state may charge for an outpatient service at any family income (42 CFR 447.52(b)): undecided, never the client’s.',
  'billing.estimate.medicaid_cost_sharing_income_unknown':
    'A Medicaid plan’s cost sharing for a session is above the lowest incomes’ maximum (42 CFR 447.52(b)) and the family income is not known: undecided.',
  'billing.estimate.medicaid_cost_sharing_exempt':
    'An exemption of 42 CFR 447.56(a) holds for the session (a child, pregnancy, hospice, an institution, an Indian health care provider’s patient, an exempt service…): none of the Medicaid plan’s cost sharing is the client’s.',
  'billing.estimate.medicaid_exemption_unknown':
    'A Medicaid plan with cost sharing, and whether an exemption of 42 CFR 447.56(a) holds for the session is not known (undecided).',
  'billing.estimate.medicaid_pregnancy_service_unknown':
    'A pregnant or postpartum Medicaid client before 2024-06-03, and whether the session is pregnancy-related (then exempt) is not known (undecided).',
  'billing.estimate.medicaid_aggregate_limit_unchecked':
    'A Medicaid client’s share stands only within the household’s 5 % aggregate limit (42 CFR 447.56(f)), which was not checked: what the household has paid is not known.',
  'billing.estimate.medicaid_aggregate_limit_applied':
    'The household’s 5 % aggregate limit on Medicaid premiums and cost sharing (42 CFR 447.56(f)) cut the client’s share to the room left.',
  'billing.estimate.medicaid_qmb_status_unknown':
    'A Medicaid plan with cost sharing, and whether the client is a Qualified Medicare Beneficiary (who owes none of it but a nominal copayment) is unknown (undecided).',
  'billing.estimate.qmb_payer_kind_unknown':
    'The client is a Qualified Medicare Beneficiary and whether the plan is Medicare is unknown (undecided).',
  'billing.estimate.deductible_applied': 'Part of the allowed amount goes to the deductible.',
  'billing.estimate.copay_applied': 'A copay applies to the session.',
  'billing.estimate.coinsurance_applied':
    'Coinsurance applies to the amount left after deductible and copay.',
  'billing.estimate.out_of_pocket_cap_applied':
    'The client share was capped by the remaining out-of-pocket maximum.',
  'billing.estimate.out_of_pocket_maximum_unknown':
    'The plan’s out-of-pocket maximum is not known and the client would owe something: the maximum could cap the share, so the estimate is undecided until it is verified.',
  'billing.estimate.no_out_of_pocket_maximum':
    'The plan has no out-of-pocket maximum (stated by the payer, or Original Medicare): nothing caps the client share.',
  // Medicare as secondary payer
  'billing.medicare_secondary.payment':
    'Medicare’s secondary payment: the lowest of the three amounts of 42 CFR 411.33(a), the one that set it named.',
  'billing.medicare_secondary.nothing_left_to_pay':
    'The lowest of the amounts of 42 CFR 411.33(a) is zero: Medicare pays nothing.',
  'billing.medicare_secondary.primary_payment_accepted_as_full':
    'The provider accepts the primary payer’s payment as full payment: no Medicare secondary payment (42 CFR 411.32(b)).',
  'billing.medicare_secondary.full_payment_unknown':
    'Whether the provider accepts the primary payer’s payment as full payment (then Medicare pays nothing, 42 CFR 411.32(b)) is not known: the secondary payment is undecided.',
  'billing.medicare_secondary.primary_paid_above_charge':
    'The primary payment given is more than the charge (an input error).',
  'billing.medicare_secondary.obligated_above_charge':
    'The amount the supplier is obligated to accept is more than the charge (an input error: it counts only when less).',
  // Authorizations
  'billing.authorization.not_required': 'The payer does not require prior authorization for these codes.',
  'billing.authorization.missing':
    'The payer requires prior authorization and no authorization covers the session.',
  'billing.authorization.client_mismatch': 'The authorization belongs to another client.',
  'billing.authorization.payer_mismatch': 'The authorization was issued by another payer.',
  'billing.authorization.clinician_mismatch': 'The authorization names another rendering clinician.',
  'billing.authorization.code_not_authorized': 'A code of the session is not on the authorization.',
  'billing.authorization.before_start': 'The session is before the authorization starts.',
  'billing.authorization.after_end': 'The session is after the authorization ends.',
  'billing.authorization.exhausted': 'No authorized sessions or units remain.',
  'billing.authorization.insufficient_units': 'Fewer units remain than the session needs.',
  'billing.authorization.few_remaining': 'Few authorized sessions or units remain; request more in time.',
  'billing.authorization.ending_soon': 'The authorization ends soon; request an extension in time.',
  'billing.authorization.expired': 'The authorization has ended.',
  'billing.authorization.duplicate_codes': 'An authorization lists the same code twice.',
  'billing.authorization.end_before_start': 'The authorization ends before it starts.',
  // Superbills
  'billing.superbill.missing_field': 'A field an insurer needs on a superbill is missing.',
  'billing.superbill.no_service_lines': 'The superbill lists no services.',
  'billing.superbill.no_diagnosis': 'The superbill carries no diagnosis code (supplied by the clinician).',
  'billing.superbill.diagnosis_pointer_invalid':
    'A service line points to a diagnosis the superbill does not list.',
  'billing.superbill.duplicate_diagnosis': 'The superbill lists the same diagnosis code twice.',
  'billing.superbill.duplicate_diagnosis_pointer': 'A service line points to the same diagnosis twice.',
  'billing.superbill.service_before_birth': "A date of service is before the client's date of birth.",
  'billing.superbill.zero_charge':
    'A service line has a $0 charge: a superbill shows the full fee of each service.',
  'billing.superbill.paid_above_charges': 'The amount paid is more than the total charges.',
  'billing.superbill.unsigned': 'The superbill is not signed by the provider.',
  'billing.superbill.code_set_rule':
    'The services of one date break a coding rule a claim would be refused for (pairing, units, add-on, same code twice); the broken rule is in facts.rule.',
  'billing.superbill.telehealth_modifier_in_office':
    'A line carries a telehealth modifier (95, 93, GT, FQ) with an in-person place of service (11 the office, 12, 13, 14, 31, 32, 33).',
  'billing.superbill.service_after_issue':
    'A date of service is after the day the superbill was issued or signed: a receipt for a service not yet given.',
  // Claim model and lifecycle
  'billing.claim.duplicate_line_id': 'Two lines of the claim share a line id.',
  'billing.claim.history_broken_chain': 'A history move does not start where the previous move ended.',
  'billing.claim.history_illegal_move': 'A history move is not allowed by the claim lifecycle table.',
  'billing.claim.history_out_of_order': 'A history move is dated before the move recorded before it.',
  'billing.claim.status_not_in_history': 'The claim’s status is not the status its history ends at.',
  'billing.claim.remittance_before_service':
    'The primary remittance date is before the first date of service.',
  'billing.claim.illegal_transition': 'The claim lifecycle table does not allow the requested move.',
  'billing.claim.final_status': 'The claim is written off and cannot move again.',
  'billing.claim.move_before_last': 'The requested move is dated before the claim’s last move.',
  'billing.claim.scrub_profile_missing':
    'The move sends the claim out, which needs a scrub against the payer’s profile; none was given (undecided).',
  'billing.claim.past_timely_filing': 'The filing window closed before the claim was filed.',
  // Aging
  'billing.aging.future_dated':
    'Items dated after the as-of date were counted in the first aging bucket: check their dates.',
  'billing.aging.credit_balance':
    'Items with a credit balance lower their aging buckets’ totals: a credit is owed back, worked apart from collections.',
  'billing.aging.bounds_not_increasing': 'The aging bucket bounds are not strictly increasing.',
  'billing.aging.submitted_before_service':
    'An aging item’s submission date is before its date of service: the record is reported invalid, not aged.',
  // Timely filing
  'billing.filing.risk_thresholds': 'The high-risk horizon is longer than the medium-risk horizon.',
  'billing.filing.start_before_service': 'The filing clock would start before the date of service.',
  'billing.filing.exception_before_service':
    'The notice of a Medicare filing exception is dated before the date of service.',
  'billing.filing.medicare_exception_applied':
    'An exception to Medicare’s 12-month limit (42 CFR 424.44(b)) extends the deadline through the last day of the 6th month after the notice’s month.',
  'billing.filing.medicare_exception_not_applicable':
    'The claim asserts an exception to Medicare’s 12-month limit, but its payer is not Medicare fee-for-service: its own filing window applies.',
  'billing.filing.medicare_exception_not_met':
    'A Medicare filing exception was asserted but does not extend the deadline (a recovery within 12 months of the service, or the 12-month limit ends later).',
  'billing.filing.start_unknown':
    'The date that starts this filing clock is missing, so the deadline is undecided.',
  'billing.filing.filed_late': 'The claim, corrected claim or appeal was filed after its deadline.',
  'billing.filing.filed_on_time': 'The claim, corrected claim or appeal was filed within its window.',
  'billing.filing.within_window': 'The filing deadline is further away than the medium-risk horizon.',
  'billing.filing.deadline_approaching': 'The filing deadline is within the medium-risk horizon.',
  'billing.filing.deadline_imminent': 'The filing deadline is within the high-risk horizon.',
  'billing.filing.secondary_no_extension':
    'The payer gives secondary claims no extension: the deadline counts from the date of service.',
  'billing.filing.deadline_moved_to_workday':
    'The last day fell on a weekend or federal holiday and the payer moves it to the next workday.',
  'billing.filing.unprocessable_not_filed':
    'A claim returned as unprocessable was never filed: its resubmission keeps the date-of-service deadline.',
  'billing.filing.lines_past_deadline':
    'Some lines of an unfiled claim are past their date-of-service deadline (they will be denied); the later lines can still be filed.',
  'billing.filing.lines_filed_in_time':
    'A claim filed after its first line’s deadline is late only for the lines already past; the later lines were filed in time.',
  'billing.filing.secondary_service_window_later':
    'The window from the date of service ends after the secondary extension, so it applies: an extension never shortens the window.',
  'billing.filing.filed_before_service':
    'The filing date is before the date of service, so the deadline cannot be judged until the dates are fixed.',
  'billing.filing.filed_before_decision':
    'A corrected claim or appeal is dated before the payer’s decision it answers, so the deadline cannot be judged.',
  'billing.filing.corrected_from_decision':
    'A correction of a processed claim (a reopening, for Medicare) runs on its own window from the payer’s first decision on the claim, or its latest where the payer profile says so.',
  'billing.filing.after_as_of_ignored':
    'A filing, decision, remittance or claim move dated after the as-of date is left out: as of that day it had not happened.',
  'billing.filing.acknowledgment_pending':
    'The claim was sent and no acknowledgment has come back: it counts as filed on the day sent unless rejected or returned unprocessable.',
  'billing.filing.appeal_level':
    'An appeal after the first: its window is the payer’s window for that level, from the decision at the level before.',
  'billing.filing.appeal_level_same_window':
    'The payer profile lists no windows for later appeal levels, so this appeal has the first level’s window.',
  'billing.filing.no_further_appeal_level':
    'The payer profile lists no appeal level after this decision, so the appeal deadline is undecided.',
  'billing.appeal.amount_in_controversy_met':
    'A Medicare ALJ hearing or judicial review request meets the amount in controversy of the year it is filed.',
  'billing.appeal.amount_in_controversy_below':
    'A Medicare ALJ hearing or judicial review request is below the amount in controversy of its year (claims may be aggregated).',
  'billing.appeal.amount_in_controversy_unknown_year':
    'No amount-in-controversy threshold is known for the year of the request: undecided until its figures are given.',
  'billing.filing.binding_route':
    'A processed claim may be appealed or corrected and sent again: both clocks are given, and the decision follows the binding one (the earlier while both are open, the one still open, or the later once both closed).',
  'billing.filing.secondary_service_window_open':
    'The primary’s remittance date is missing, but the window from the date of service is open: on time by it.',
  // Denials
  'billing.denial.unknown_code': 'The reason code is not in the denial table and was not guessed.',
  'billing.denial.classified': 'The adjustment was classified from the denial table.',
  'billing.denial.not_client_billable':
    'The adjustment’s group (CO, OA or PI) may not be billed to the client.',
  'billing.denial.timely_filing_not_client_billable':
    'An in-network timely-filing denial may not be billed to the client.',
  'billing.denial.bill_secondary_first':
    'Client responsibility goes to the secondary payer before the client.',
  'billing.denial.payer_initiated_reduction':
    'A payer-initiated reduction (PI): no contract basis, not the client’s; the biller disputes it with the payer.',
  'billing.denial.waiver_on_file':
    'Not medically necessary, and the client signed a waiver before the service: billable to the client.',
  'billing.denial.waiver_missing':
    'Not medically necessary and no waiver was signed before the service: not billable to the client.',
  'billing.denial.waiver_unknown':
    'Not medically necessary; whether the client signed a waiver before the service is unknown (undecided).',
  'billing.denial.payer_kind_unknown':
    'The answer depends on the payer’s kind (a timely-filing appeal), which is unknown (undecided).',
  'billing.denial.not_appealable': 'The payer does not allow an appeal of this denial.',
  'billing.denial.needs_proof_of_timely_filing':
    'A timely-filing denial can only be appealed with proof of timely filing.',
  'billing.denial.remark_missing': 'The reason code needs a remark code to explain it and none came.',
  'billing.denial.clinician_review':
    'The next step needs records or clinical judgement, so a clinician owns it.',
  'billing.denial.appeal_deadline': 'The last day to appeal, from the decision date and the payer’s window.',
  'billing.denial.appeal_deadline_unknown':
    'The appeal deadline cannot be computed: the decision date or window is missing.',
  'billing.denial.unprocessable':
    'The claim was returned as unprocessable (MA130): no appeal rights; correct it and submit it as a new claim.',
  'billing.denial.never_client_share':
    'A reduction the payer takes by rule (sequestration) is never the client’s, whatever its group code.',
  'billing.denial.bill_other_payer':
    'Another payer may owe the amount (coordination of benefits, wrong payer): not the client’s until that payer adjudicates.',
  'billing.denial.network_unknown':
    'Whether a timely-filing denial or a charge above the contracted fee or reduced by a pricing rule (PR-45, PR-59) may be billed to the client depends on the network status, which is unknown (undecided).',
  'billing.denial.provider_fault_not_client':
    'A provider-side fault (coding, missing information, enrollment, authorization, duplicate) is never the client’s, whatever its group code.',
  'billing.denial.timely_filing_out_of_network':
    'Out of network, whether a timely-filing amount the payer assigned to the client (PR-29) may be billed to them is not settled by a network contract (undecided).',
  'billing.denial.contractual_not_client_billable':
    'In network, the charge above the contracted fee or reduced by a pricing rule (CARC 45, 59) is written off, never billed to the client, whatever its group code.',
  'billing.denial.secondary_coverage_unknown':
    'Whether the client has secondary coverage is unknown, so the client is not billed yet (undecided).',
  'billing.denial.medicaid_cost_sharing':
    'Medicaid: the state plan imposes this cost sharing, so the client may be billed for it.',
  'billing.denial.medicaid_cost_sharing_not_allowed':
    'Medicaid: the state plan imposes no such cost sharing, so the client may not be billed.',
  'billing.denial.medicaid_cost_sharing_unknown':
    'Medicaid: whether the state plan imposes this cost sharing is unknown (undecided).',
  'billing.denial.medicaid_payment_in_full':
    'Medicaid’s payment is payment in full: the unpaid part of a covered service is never the client’s.',
  'billing.denial.medicaid_client_billing_unknown':
    'Medicaid: whether the client may be billed for this amount depends on state rules not known here (undecided).',
  'billing.denial.qmb_cost_sharing_not_client':
    'The client is a Qualified Medicare Beneficiary: Medicare deductible, coinsurance and copay are never theirs; bill Medicaid (crossover), write off the rest.',
  'billing.denial.qmb_status_unknown':
    'Medicare cost sharing, and whether the client is a Qualified Medicare Beneficiary (never billed for it) is unknown (undecided).',
  'billing.denial.qmb_crossover_not_client':
    'A Qualified Medicare Beneficiary: a deductible or coinsurance left on a Medicaid claim is Medicare cost sharing, never theirs; written off.',
  'billing.denial.qmb_medicaid_copayment':
    'A Qualified Medicare Beneficiary with full Medicaid, and the state’s Medicaid plan imposes a nominal copayment: only that may be asked of them.',
  'billing.denial.qmb_payer_kind_unknown':
    'The client is a Qualified Medicare Beneficiary and whether the cost sharing is Medicare’s is unknown (undecided).',
  'billing.denial.qmb_only_copayment_not_client':
    'A Qualified Medicare Beneficiary without full Medicaid: a state may not charge them a Medicaid copayment, so it is never theirs; written off.',
  'billing.denial.qmb_full_medicaid_unknown':
    'A Qualified Medicare Beneficiary and a Medicaid copayment the state plan imposes, and whether they have full Medicaid (needed for it) is unknown (undecided).',
  'billing.denial.medicaid_qmb_status_unknown':
    'Medicaid cost sharing the state plan imposes, and whether the client is a Qualified Medicare Beneficiary (who owes none of Medicare’s) is unknown (undecided).',
  // Scrubbing before submission
  'billing.scrub.medicare_crisis_site_code_not_applicable':
    'A line of G0017/G0018 where Medicare’s crisis site codes do not apply (another payer, before 2024-01-01, not in person, or the office or another place than home, assisted living, group home, nursing or custodial care): bill 90839/90840.',
  'billing.scrub.medicare_crisis_site_code':
    'A Medicare line of 90839/90840 in person at a non-facility site other than the office (home, assisted living, group home, nursing or custodial care) from 2024-01-01: Medicare pays it as G0017/G0018 (150 %).',
  'billing.scrub.client_location_unknown':
    'Where the client was for a telehealth line decides its place of service or payment, and it is not given.',
  'billing.scrub.primary_adjudication_missing':
    'A secondary claim has no primary payer’s adjudication (its remittance date) to go with it.',
  'billing.scrub.payer_mismatch': 'The payer profile given is not the claim’s payer.',
  'billing.scrub.missing_rendering_npi': 'The rendering provider’s NPI is missing.',
  'billing.scrub.missing_billing_npi': 'The billing provider’s NPI is missing.',
  'billing.scrub.invalid_npi': 'An NPI is not ten digits with a valid check digit.',
  'billing.scrub.missing_diagnosis': 'The claim has no diagnosis code.',
  'billing.scrub.future_service_date': 'A line’s date of service is after the as-of date.',
  'billing.scrub.unknown_procedure_code':
    'A procedure code is not in the service-code catalog, so its rules were not checked.',
  'billing.scrub.prior_authorization_missing':
    'The payer requires prior authorization for a code and the claim has none.',
  'billing.scrub.missing_diagnosis_pointer': 'A line points to no diagnosis.',
  'billing.scrub.diagnosis_pointer_out_of_range':
    'A diagnosis pointer points past the claim’s diagnosis codes.',
  'billing.scrub.audio_only_not_covered': 'The payer does not pay for audio-only sessions.',
  'billing.scrub.audio_only_not_at_home':
    'The payer pays for audio-only sessions only with the client at home, and the client was elsewhere.',
  'billing.scrub.audio_only_video_facts_unknown':
    'An audio-only line does not record whether the clinician could use video and why the client did not, which this payer pays on.',
  'billing.scrub.audio_only_conditions_not_met':
    'An audio-only line records that the clinician could not use video, or that the client could and would.',
  'billing.scrub.crisis_billed_twice':
    'Crisis psychotherapy is billed more than once on a day: its minutes add up (90839 once, +90840 after).',
  'billing.scrub.place_of_service_mismatch':
    'The place of service does not follow the payer’s telehealth convention.',
  'billing.scrub.telehealth_modifier_missing': 'A telehealth modifier the payer expects is missing.',
  'billing.scrub.telehealth_modifier_unexpected':
    'A telehealth modifier the payer does not expect is present.',
  'billing.scrub.add_on_without_primary':
    'An add-on code is billed without one of its primary codes on the same day.',
  'billing.scrub.units_above_maximum': 'A line bills more units than its code allows per session.',
  'billing.scrub.codes_not_billable_together': 'Two codes on the same day may not be billed together.',
  'billing.scrub.code_set_rule': 'Another code-set rule (e.g. a code listed twice on one day) is broken.',
  'billing.scrub.same_day_claim_other_client':
    'A claim given as one of the day’s other claims is another client’s (a broken call, reported by path).',
  'billing.scrub.same_day_code_billed_twice':
    'A once-a-day code is also billed on another claim of the same client, date and rendering practitioner.',
  'billing.scrub.same_day_codes_not_billable_together':
    'A code on this claim may not be billed with one on another claim of the same client, date and rendering practitioner.',
  'billing.scrub.add_on_primary_on_other_claim':
    'An add-on’s primary is on another claim of the same client, date and practitioner: bill them on one claim.',
  'billing.scrub.same_day_claims_not_given':
    'The client’s other claims of the claim’s dates were not given: the claim was checked as its own day, not with codes billed on other claims.',
  'billing.scrub.same_day_practitioner_unknown':
    'Another claim of the same client and date names no rendering practitioner, so its codes were not checked with this claim’s.',
  'billing.scrub.diagnostic_evaluation_by_another_same_day':
    'Another practitioner billed a diagnostic evaluation for the client on the same date; it is reported once a day.',
  'billing.scrub.filing_deadline_near': 'The filing deadline is within the risk horizon.',
  'billing.scrub.filing_deadline_unknown': 'The filing deadline cannot be computed from the claim.',
  // Follow-up queue
  'billing.follow_up.corrected_window':
    'A denial to correct races the payer’s corrected-claim window (for Medicare, a reopening), not the appeal window.',
  'billing.follow_up.payer_profile_missing':
    'No payer profile was given for the claim’s payer, so its deadlines are unknown.',
  'billing.follow_up.rejected':
    'The clearinghouse rejected the claim; it was never filed and must be fixed and sent again.',
  'billing.follow_up.unprocessable':
    'The payer returned the claim as unprocessable; it was never filed and must be corrected and sent again.',
  'billing.follow_up.recouped':
    'The payer took its payment back: the claim is open again; find out why, then appeal, correct or rebill.',
  'billing.follow_up.scrub_failed':
    'The claim has blocking scrubber problems to fix before it can be submitted.',
  'billing.follow_up.not_submitted': 'The claim has not been submitted yet.',
  'billing.follow_up.cost_sharing_held':
    'Held: do not bill the client. Posting held cost sharing a Medicaid-exempt client or a QMB does not owe (or whose status is unknown).',
  'billing.follow_up.no_acknowledgment':
    'No clearinghouse acknowledgment came within the acknowledgment horizon.',
  'billing.follow_up.escalate':
    'No payer decision past the escalation horizon (over 90 days from the date of service by default): escalate it.',
  'billing.follow_up.senior_review':
    'No payer decision past the senior-review horizon (over 120 days from the date of service by default): pursue or write off.',
  'billing.follow_up.call_payer': 'No payer decision after the call horizon: call the payer.',
  'billing.follow_up.status_check':
    'No payer decision after the status-check horizon: send a claim status inquiry.',
  'billing.follow_up.appeal_pending': 'An appeal has had no answer within the status-check horizon.',
  'billing.follow_up.denial_unclassified': 'The claim was denied but no denial codes were posted to triage.',
  'billing.follow_up.denied': 'The payer denied all or part of the claim.',
  'billing.follow_up.ranked':
    'Why the claim holds its position: deadline nearness, balance at stake, age, claim id.',
  // Remittances and posting
  'billing.remittance.secondary_coverage_unknown':
    'Whether the client has secondary coverage is unknown: the client’s share is posted, but check it before billing the client.',
  'billing.remittance.bill_secondary_first':
    'The client has secondary coverage: the client’s share is billed to the secondary payer before the client.',
  'billing.remittance.unbalanced_line': 'A remittance line’s charge is not its payment plus its adjustments.',
  'billing.remittance.unbalanced': 'A remittance claim’s charge is not its payment plus all its adjustments.',
  'billing.remittance.line_charges_mismatch':
    'A remittance claim’s line charges do not add up to its charge.',
  'billing.remittance.reversal_not_negated':
    'A remittance claim is a reversal (status 22) yet carries a positive charge or payment: what it takes back is not known, so it is refused, never posted as a payment.',
  'billing.remittance.unmatched_claim':
    'A remittance names a claim that was not given; nothing was posted for it.',
  'billing.remittance.already_posted': 'The remittance was already posted to the claim, so nothing changed.',
  'billing.remittance.unknown_adjustment_code':
    'An adjustment code is unknown; it was posted as an other adjustment for review.',
  'billing.remittance.unmatched_line':
    'A remittance line matched no claim line; it was posted to the claim as a whole.',
  'billing.remittance.charge_mismatch': 'The remittance’s charge differs from the claim’s charge.',
  'billing.remittance.payer_mismatch': 'The remittance’s payer is not the claim’s payer.',
  'billing.remittance.posted': 'The remittance was posted to the claim.',
  'billing.remittance.client_share_not_denial':
    'Nothing was paid and nothing denied: the allowed amount went to the client’s share (deductible, coinsurance, copay); bill the client or a secondary payer, nothing to appeal.',
  'billing.remittance.denial_to_work':
    'The payer denied all or part of the claim (claim status denied, or a reason code that denies the service): work each denied amount.',
  'billing.remittance.underpaid': 'The payer allowed less than the contracted fee.',
  'billing.remittance.recoupment':
    'The payer took a payment back (a reversal): the claim is reopened and its balance restored.',
  'billing.remittance.reversal_corrected':
    'The payer reversed its earlier payment and adjudicated the claim again in the same remittance.',
  'billing.remittance.reversal_already_posted':
    'This reversal was already posted to the claim under another remittance, so nothing changed.',
  'billing.remittance.reversal_exceeds_payments':
    'A reversal took back more than the payments posted to the claim: a payment is missing or the wrong one was reversed.',
  'billing.remittance.payer_kind_unknown':
    'A CO-16 with nothing paid is unprocessable for Medicare and denied for others; the payer kind is unknown, so no status is suggested.',
  'billing.remittance.status_conflict':
    'The payer’s claim status (CLP02 4, denied) disagrees with its payment.',
  'billing.remittance.forwarded_to_next_payer':
    'The payer forwarded the claim to another payer (CLP02 19, 20, 21): wait for that payer before billing the client.',
  'billing.remittance.not_our_claim':
    'The payer says the claim is not its own (CLP02 23): nothing was posted.',
  'billing.remittance.predetermination':
    'A predetermination (CLP02 25): priced, not paid; nothing was posted.',
  'billing.remittance.medicaid_cost_sharing_exempt':
    'A Medicaid client exempt from cost sharing (42 CFR 447.56(a)) was assigned patient responsibility: it is held among the denied amounts, never billed to them.',
  'billing.remittance.medicaid_exemption_unknown':
    'Whether a Medicaid client is exempt from cost sharing (42 CFR 447.56(a)) is not known for the dates the amount covers: it is held for review, not billed to them.',
  'billing.remittance.medicaid_pregnancy_service_unknown':
    'A pregnant or postpartum Medicaid client’s cost sharing before 2024-06-03 depends on whether the service was pregnancy-related: it is held for review, not billed to them.',
  'billing.remittance.medicaid_exemptions_not_per_claim':
    'The remittance pays claims of more than one client and the Medicaid exemptions were given once for the call: no claim is judged on them; its cost sharing is held for review, not billed.',
  'billing.remittance.qmb_status_not_per_claim':
    'The remittance pays claims of more than one client and the Qualified Medicare Beneficiary status was given once for the call: no claim is judged on it; cost sharing it would decide is held for review, not billed.',
  'billing.remittance.medicaid_facts_conflict':
    'Medicaid exemption or QMB facts were given both per claim and once for the call: give each claim’s facts per claim.',
  'billing.remittance.unprocessable':
    'The payer returned the claim as unprocessable (MA130): it was never filed; correct it and send it again.',
});

/**
 * A reason or validation code of billing; see {@link BILLING_REASON_CODES} for their meanings.
 * @example
 * ```ts
 * const code: BillingReasonCode = 'billing.codes.under_16_minutes';
 * ```
 */
export type BillingReasonCode = keyof typeof BILLING_REASON_CODES;
