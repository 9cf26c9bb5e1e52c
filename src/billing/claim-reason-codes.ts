import { defineReasonCodes } from '../core/index.js';

/**
 * Every reason and validation code the claims, filing, denial, remittance, aging and follow-up rules
 * emit, with its meaning. The list is closed: a test checks that each code here is emitted and that
 * nothing else is.
 *
 * @example
 * ```ts
 * CLAIM_REASON_CODES['billing.claim.past_timely_filing'];
 * //=> 'The filing window closed before the claim was filed.'
 * ```
 */
export const CLAIM_REASON_CODES = defineReasonCodes({
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
  'billing.claim.past_timely_filing': 'The filing window closed before the claim was filed.',
  // Aging
  'billing.aging.bounds_not_increasing': 'The aging bucket bounds are not strictly increasing.',
  // Timely filing
  'billing.filing.risk_thresholds': 'The high-risk horizon is longer than the medium-risk horizon.',
  'billing.filing.start_before_service': 'The filing clock would start before the date of service.',
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
  'billing.filing.corrected_from_decision':
    'A correction of a processed claim (a reopening, for Medicare) runs on its own window from the payer’s decision.',
  // Denials
  'billing.denial.unknown_code': 'The reason code is not in the denial table and was not guessed.',
  'billing.denial.classified': 'The adjustment was classified from the denial table.',
  'billing.denial.not_client_billable':
    'The adjustment’s group (CO, OA or PI) may not be billed to the client.',
  'billing.denial.timely_filing_not_client_billable':
    'An in-network timely-filing denial may not be billed to the client.',
  'billing.denial.bill_secondary_first':
    'Client responsibility goes to the secondary payer before the client.',
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
  // Scrubbing before submission
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
  'billing.scrub.filing_deadline_near': 'The filing deadline is within the risk horizon.',
  'billing.scrub.filing_deadline_unknown': 'The filing deadline cannot be computed from the claim.',
  // Follow-up queue
  'billing.followup.payer_profile_missing':
    'No payer profile was given for the claim’s payer, so its deadlines are unknown.',
  'billing.followup.rejected':
    'The clearinghouse rejected the claim; it was never filed and must be fixed and sent again.',
  'billing.followup.unprocessable':
    'The payer returned the claim as unprocessable; it was never filed and must be corrected and sent again.',
  'billing.followup.recouped':
    'The payer took its payment back: the claim is open again; find out why, then appeal, correct or rebill.',
  'billing.followup.scrub_failed':
    'The claim has blocking scrubber problems to fix before it can be submitted.',
  'billing.followup.not_submitted': 'The claim has not been submitted yet.',
  'billing.followup.no_acknowledgment':
    'No clearinghouse acknowledgment came within the acknowledgment horizon.',
  'billing.followup.escalate': 'No payer decision long after filing: senior review, pursue or write off.',
  'billing.followup.call_payer': 'No payer decision after the call horizon: call the payer.',
  'billing.followup.status_check':
    'No payer decision after the status-check horizon: send a claim status inquiry.',
  'billing.followup.appeal_pending': 'An appeal has had no answer within the status-check horizon.',
  'billing.followup.denial_unclassified': 'The claim was denied but no denial codes were posted to triage.',
  'billing.followup.denied': 'The payer denied all or part of the claim.',
  'billing.followup.ranked':
    'Why the claim holds its position: deadline nearness, balance at stake, age, claim id.',
  // Remittances and posting
  'billing.remittance.unbalanced_line': 'A remittance line’s charge is not its payment plus its adjustments.',
  'billing.remittance.unbalanced': 'A remittance claim’s charge is not its payment plus all its adjustments.',
  'billing.remittance.line_charges_mismatch':
    'A remittance claim’s line charges do not add up to its charge.',
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
  'billing.remittance.underpaid': 'The payer allowed less than the contracted fee.',
  'billing.remittance.recoupment':
    'The payer took a payment back (a reversal): the claim is reopened and its balance restored.',
  'billing.remittance.reversal_corrected':
    'The payer reversed its earlier payment and adjudicated the claim again in the same remittance.',
  'billing.remittance.reversal_already_posted':
    'This reversal was already posted to the claim under another remittance, so nothing changed.',
  'billing.remittance.unprocessable':
    'The payer returned the claim as unprocessable (MA130): it was never filed; correct it and send it again.',
});

/**
 * A code from {@link CLAIM_REASON_CODES}.
 * @example
 * ```ts
 * const code: ClaimReasonCode = 'billing.scrub.invalid_npi';
 * ```
 */
export type ClaimReasonCode = keyof typeof CLAIM_REASON_CODES;
