/**
 * How a kind of work-queue task reads when several are done together, and how long one usually takes.
 * `minutes` are the practice-ops defaults for a routine case (a phone call with hold time, a claim
 * correction, a reminder): an estimate for planning the day, not a measure.
 */
export interface TaskKindGuide {
  /** The verb phrase of the batch, e.g. `Submit`. */
  readonly verb: string;
  /** The noun, singular and plural, e.g. `['claim', 'claims']`. */
  readonly noun: readonly [string, string];
  readonly minutes: number;
}

const guide = (verb: string, one: string, many: string, minutes: number): TaskKindGuide => ({
  verb,
  noun: [one, many],
  minutes,
});

/** The guide for every task kind the queue builds; a kind not listed is shown one task at a time. */
export const TASK_KIND_GUIDES: Readonly<Record<string, TaskKindGuide>> = Object.freeze({
  'billing.claim_submit': guide('Submit', 'claim', 'claims', 5),
  'billing.claim_fix_before_submit': guide('Fix and submit', 'claim', 'claims', 10),
  'billing.claim_fix_and_resubmit': guide('Fix and resubmit', 'rejected claim', 'rejected claims', 15),
  'billing.claim_check_acknowledgment': guide('Check the acknowledgment of', 'claim', 'claims', 3),
  'billing.claim_check_status': guide('Check the status of', 'unanswered claim', 'unanswered claims', 5),
  'billing.claim_call_payer': guide('Call the payer about', 'unpaid claim', 'unpaid claims', 20),
  'billing.claim_escalate': guide('Escalate', 'long-unpaid claim', 'long-unpaid claims', 20),
  'billing.claim_appeal': guide('Appeal', 'denied claim', 'denied claims', 45),
  'billing.claim_correct_and_resubmit': guide('Correct and resubmit', 'denied claim', 'denied claims', 15),
  'billing.claim_work_denial': guide('Work', 'denial', 'denials', 15),
  'billing.claim_check_appeal_status': guide('Check the status of', 'appeal', 'appeals', 5),
  'billing.claim_review_write_off': guide('Review for write-off', 'balance', 'balances', 5),
  'billing.claim_add_payer_profile': guide('Add the payer profile for', 'claim', 'claims', 15),
  'billing.claim_work_recoupment': guide('Work', 'recouped payment', 'recouped payments', 20),
  'billing.claim_resolve_held_cost_sharing': guide(
    'Resolve held cost sharing (do not bill the client) on',
    'claim',
    'claims',
    10,
  ),
  'billing.eligibility_reverify': guide('Re-verify eligibility for', 'client', 'clients', 10),
  'billing.authorization_running_out': guide(
    'Request more sessions for',
    'authorization',
    'authorizations',
    20,
  ),
  'scheduling.reminder_due': guide('Send', 'session reminder', 'session reminders', 2),
  'scheduling.missed_session_fee': guide('Apply or waive', 'missed-session fee', 'missed-session fees', 3),
  'scheduling.waitlist_offer': guide('Offer', 'open slot to the waitlist', 'open slots to the waitlist', 10),
  'scheduling.waitlist_check_in': guide('Check in with', 'waiting client', 'waiting clients', 5),
  'intake.paperwork_follow_up': guide('Remind', 'client about paperwork', 'clients about paperwork', 5),
  'intake.first_session_at_risk': guide('Finish paperwork before', 'first session', 'first sessions', 10),
  'intake.stalled_case': guide('Follow up', 'stalled inquiry', 'stalled inquiries', 10),
  'intake.good_faith_estimate_due': guide('Send', 'Good Faith Estimate', 'Good Faith Estimates', 15),
  'boundaries.message_scheduling': guide('Answer', 'scheduling message', 'scheduling messages', 5),
  'boundaries.message_billing': guide('Answer', 'billing message', 'billing messages', 10),
  'boundaries.message_paperwork': guide('Answer', 'paperwork message', 'paperwork messages', 5),
  'boundaries.message_general': guide('Answer', 'general message', 'general messages', 5),
  'boundaries.records_request': guide('Answer', 'records request', 'records requests', 30),
  'boundaries.records_extension_notice': guide(
    'Send the extension notice of',
    'records request',
    'records requests',
    10,
  ),
  'credentialing.license_expiry': guide('Renew', 'license', 'licenses', 30),
  'credentialing.compact_expiry': guide('Renew', 'compact authorization', 'compact authorizations', 30),
  'credentialing.caqh_reattestation': guide('Re-attest', 'CAQH profile', 'CAQH profiles', 20),
  'credentialing.malpractice_expiry': guide('Renew', 'malpractice policy', 'malpractice policies', 20),
  'credentialing.dea_expiry': guide('Renew', 'DEA registration', 'DEA registrations', 30),
  'credentialing.board_certification_expiry': guide(
    'Renew',
    'board certification',
    'board certifications',
    30,
  ),
  'credentialing.supervision_end': guide('Plan', 'supervision end', 'supervision ends', 20),
  'credentialing.recredentialing': guide('Recredential with', 'payer', 'payers', 45),
  'credentialing.revalidation': guide('Revalidate', 'enrollment', 'enrollments', 45),
  'credentialing.enrollment_follow_up': guide('Follow up', 'stalled enrollment', 'stalled enrollments', 20),
  'credentialing.payer_policy_needed': guide('Configure', 'payer policy', 'payer policies', 10),
  'credentialing.medicare_opt_out_renewal': guide(
    'Renew or cancel',
    'Medicare opt-out',
    'Medicare opt-outs',
    15,
  ),
  'credentialing.medicare_opt_out_end_unconfirmed': guide(
    'Confirm the end of',
    'Medicare opt-out',
    'Medicare opt-outs',
    15,
  ),
  'credentialing.part_d_preclusion': guide(
    'Move prescriptions of',
    'precluded prescriber',
    'precluded prescribers',
    30,
  ),
  'credentialing.exclusion_screening': guide('Screen', 'exclusion list check', 'exclusion list checks', 5),
  'credentialing.medicare_change_report': guide('Report', 'Medicare change', 'Medicare changes', 20),
  'credentialing.medicare_inactivity': guide(
    'Submit a claim under',
    'inactive Medicare enrollment',
    'inactive Medicare enrollments',
    10,
  ),
  'credentialing.medicare_reenrollment_bar_end': guide(
    'Decide re-enrollment after',
    'Medicare re-enrollment bar',
    'Medicare re-enrollment bars',
    15,
  ),
});
