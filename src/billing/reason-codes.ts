import { defineReasonCodes } from '../core/index.js';

/**
 * Every reason code billing I (service codes, estimates, eligibility, authorizations, superbills) emits,
 * with its meaning. The list is closed: a test checks that each code emitted is here and each code here
 * is emitted.
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
  'billing.codes.day_needs_review':
    'The day’s codes cannot all be billed together as coded; a biller decides what to bill.',
  // Code-set pairing
  'billing.codes.add_on_without_primary':
    'An add-on code is billed without any primary code it may accompany.',
  'billing.codes.mutually_exclusive':
    'Two codes that may not be billed on the same session are both present.',
  'billing.codes.duplicate_code': 'The same code appears on more than one line of the session.',
  'billing.codes.units_above_maximum': 'A code is billed with more units than one session allows.',
  // Supervised billing
  'billing.supervision.not_allowed':
    'The payer does not accept sessions by pre-licensed clinicians billed under a supervisor.',
  'billing.supervision.supervisor_missing':
    'A pre-licensed clinician has no supervisor on record to bill under.',
  'billing.supervision.billed_under_supervisor': 'The session is billed under the supervising clinician.',
  // Telehealth coding
  'billing.telehealth.audio_only_not_covered': 'The payer does not pay for audio-only sessions.',
  'billing.telehealth.audio_only_not_at_home':
    'The payer pays for audio-only sessions only with the client at home; elsewhere audio-only is not covered.',
  // Eligibility flags
  'billing.eligibility.coverage_inactive': 'Coverage is not active.',
  'billing.eligibility.outside_plan_dates': 'The session date is outside the plan dates.',
  'billing.eligibility.behavioral_health_carve_out':
    'Behavioral health is carved out to another payer, which must be verified and billed instead.',
  'billing.eligibility.out_of_network': 'The clinician is out of network for this plan.',
  'billing.eligibility.visit_limit_reached': 'The plan visit limit is used up.',
  'billing.eligibility.few_visits_left': 'Few covered visits remain in the plan period.',
  'billing.eligibility.authorization_required': 'The payer requires prior authorization for these services.',
  'billing.eligibility.deductible_not_met': 'Part of the deductible remains to be met.',
  'billing.eligibility.out_of_pocket_met': 'The out-of-pocket maximum is met.',
  // Eligibility freshness
  'billing.eligibility.never_verified':
    'Eligibility has never been verified; verify before the first session.',
  'billing.eligibility.coverage_changed': 'Coverage changed after the last verification.',
  'billing.eligibility.plan_period_ended': 'The service date is after the verified plan period ends.',
  'billing.eligibility.new_plan_year':
    'The service date falls in a new plan year since the last verification.',
  'billing.eligibility.new_month': 'The payer wants eligibility verified each calendar month.',
  'billing.eligibility.verification_stale': 'The last verification is older than the payer allows.',
  'billing.eligibility.verified_after_as_of':
    'The recorded verification is dated after asOf, so freshness cannot be judged.',
  // Patient estimates
  'billing.estimate.coverage_inactive':
    'Coverage is not active on the date of service: the client pays in full.',
  'billing.estimate.outside_plan_dates':
    'The date of service is outside the plan dates: the client pays in full.',
  'billing.estimate.out_of_network':
    'The clinician is out of network: the client pays in full and may claim with a superbill.',
  'billing.estimate.visit_limit_reached': 'The plan visit limit is used up: the client pays in full.',
  'billing.estimate.deductible_applied': 'Part of the allowed amount goes to the deductible.',
  'billing.estimate.copay_applied': 'A copay applies to the session.',
  'billing.estimate.coinsurance_applied':
    'Coinsurance applies to the amount left after deductible and copay.',
  'billing.estimate.out_of_pocket_cap_applied':
    'The client share was capped by the remaining out-of-pocket maximum.',
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
  // Superbills
  'billing.superbill.missing_field': 'A field an insurer needs on a superbill is missing.',
  'billing.superbill.no_service_lines': 'The superbill lists no services.',
  'billing.superbill.no_diagnosis': 'The superbill carries no diagnosis code (supplied by the clinician).',
  'billing.superbill.diagnosis_pointer_invalid':
    'A service line points to a diagnosis the superbill does not list.',
  'billing.superbill.paid_above_charges': 'The amount paid is more than the total charges.',
  'billing.superbill.unsigned': 'The superbill is not signed by the provider.',
});

/**
 * A reason code of billing I; see {@link BILLING_REASON_CODES} for their meanings.
 * @example
 * ```ts
 * const code: BillingReasonCode = 'billing.codes.under_16_minutes';
 * ```
 */
export type BillingReasonCode = keyof typeof BILLING_REASON_CODES;
