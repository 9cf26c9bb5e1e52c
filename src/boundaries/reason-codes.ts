import { defineReasonCodes } from '../core/internal.js';

/**
 * Every reason and validation code the boundaries module emits, with its meaning: a closed list that
 * an EHR can show, document and check.
 *
 * @example
 * ```ts
 * BOUNDARIES_REASON_CODES['boundaries.triage.crisis_language'];
 * //=> 'The message contains crisis language; it goes to the on-call clinician at once.'
 * ```
 * @remarks Codes are namespaced `boundaries.<area>.<name>`; see docs/boundaries.md for the full table.
 */
export const BOUNDARIES_REASON_CODES = defineReasonCodes({
  // Roles and scope [sources: tx-22-tac-465].
  'boundaries.scope.allowed_by_default': 'The task is in the default scope of the role.',
  'boundaries.scope.allowed_by_practice': 'The practice has delegated the task to the role.',
  'boundaries.scope.sign_off_required':
    'The practice has delegated the task to the role with sign-off by another role.',
  'boundaries.scope.denied_by_practice': 'The practice has removed the task from the role’s scope.',
  'boundaries.scope.not_in_role_scope':
    'The task is not in the role’s scope; it goes to the role that owns it.',
  'boundaries.scope.clinical_task_for_non_clinician':
    'The task is clinical and the role is not a clinical role; only a clinician may do it.',
  'boundaries.scope.clinical_delegation':
    'A scope entry would delegate a clinical task to a non-clinical role.',
  'boundaries.scope.escalation_to_unqualified_role':
    'A scope entry escalates or hands a task to a role that may not perform it.',
  'boundaries.scope.conflicting_entries':
    'The same role and task are both granted and revoked, or granted twice.',
  'boundaries.scope.duplicate_procedure': 'Two standard operating procedures are given for the same task.',
  'boundaries.scope.escalation_after_turnaround':
    'A procedure escalates after its turnaround (escalateAfterHours above turnaroundHours): the escalation would come when the work is already late.',
  'boundaries.scope.safety_task_revoked':
    'A scope entry revokes alerting the on-call clinician, which every role must be able to do.',
  'boundaries.scope.self_sign_off':
    'A sign-off grant names the granted role itself to sign off: sign-off is another role’s approval.',
  'boundaries.scope.owner_revoked':
    'A revocation removes a task from the role that owns it with no other owner named: the work would be routed to a role that may not do it.',
  'boundaries.scope.risk_escalation_to_non_clinician':
    'A procedure escalates overdue client messages, or an on-call alert no clinician has picked up, to a non-clinical role: a message not yet routed may carry risk, and an on-call alert is a crisis, so they escalate to a clinician.',
  // Minimum necessary [sources: hhs-minimum-necessary, cfr-42-part-2, cfr-45-164.508].
  'boundaries.access.not_needed_for_purpose':
    'The field’s category is not needed by the role for the purpose (minimum necessary).',
  'boundaries.access.purpose_not_permitted_for_role': 'The role does not act for this purpose at all.',
  'boundaries.access.psychotherapy_notes_restricted':
    'Psychotherapy notes are visible only to their author, to a supervisor the author opted in, or to a clinical role for a purpose the client authorized.',
  'boundaries.access.part2_consent_missing':
    'The field holds a Part 2 substance-use record and no Part 2 consent covers this purpose.',
  'boundaries.access.sud_counseling_notes_consent_missing':
    'The field holds SUD counseling notes (Part 2 psychotherapy notes), which need their own consent, and none covers this purpose.',
  'boundaries.access.unmapped_field': 'The field is not in the field map, so it is hidden by default.',
  // A client's right of access to their records [sources: cfr-45-164.524, cfr-45-164.502].
  'boundaries.records.extended_once':
    'A written extension notice went out within the first 30 days: access is due 60 days after receipt, and no further extension is allowed.',
  'boundaries.records.extension_notice_late':
    'The extension notice went out after the first 30 days had run: it does not extend the deadline.',
  'boundaries.records.psychotherapy_notes_excluded':
    'Psychotherapy notes are not part of the right of access: a clinician decides about them, and the rest of the record is due as usual.',
  'boundaries.records.parent_access_depends_on_state_law':
    'A parent asks for the records of care the minor consented to alone: the parent is not the personal representative for it, and state law (or a clinician’s judgement) decides.',
  'boundaries.records.minor_consent_unknown':
    'A parent asks for a minor’s records and whether the minor consented to the care alone is not recorded: undecided.',
  'boundaries.records.fulfilled_late': 'Access to the records was given after the deadline.',
  'boundaries.records.overdue': 'Access to the records is past its deadline and not given.',
  'boundaries.records.fee_not_cost_based':
    'A fee item for a copy of records is not a cost the rule lets a practice charge (search, retrieval, verification, handling, storage).',
  'boundaries.records.summary_not_agreed':
    'A summary is charged that the client did not agree to, with its fee, in advance.',
  'boundaries.records.flat_fee_above_maximum':
    'A flat fee for an electronic copy is above $6.50 or charged on top of cost-based items.',
  'boundaries.records.dates_out_of_order':
    'A records-request date is before the day the request was received.',
  // Legal demands for a client's records: Part 2 records and criminal or court use
  // [sources: cfr-42-2.12, cfr-42-part-2-subpart-e, cfr-45-164.512].
  'boundaries.records.part2_criminal_use_barred':
    'Part 2 records may not be used or disclosed to investigate the client or to bring or support criminal charges against them, except under a court order meeting 42 CFR 2.65.',
  'boundaries.records.part2_subpoena_without_order':
    'A subpoena or warrant alone does not permit disclosing Part 2 records: a court order under 42 CFR Part 2 subpart E is needed.',
  'boundaries.records.part2_order_not_qualifying':
    'The court order is not the subpart E order the purpose needs (2.64, 2.65 or 2.66): it does not permit disclosing Part 2 records.',
  'boundaries.records.part2_order_missing':
    'Part 2 records are disclosed for a proceeding or an investigation only under a subpart E court order, and none came with the request.',
  'boundaries.records.part2_order_permits':
    'A court order under 42 CFR Part 2 subpart E covers the purpose: only the records it names, and only what is essential, are disclosed.',
  'boundaries.records.part2_consent_for_proceedings':
    'The client gave the separate written consent for use of the records in the proceeding (42 CFR 2.31(d)): the privacy officer decides whether it covers the demand.',
  'boundaries.records.legal_demand_needs_privacy_review':
    'The records asked for are not Part 2 records: HIPAA’s conditions for courts and law enforcement apply (45 CFR 164.512(e), (f)), and the privacy officer decides.',
  // Inbound triage [sources: samhsa-988].
  'boundaries.triage.crisis_language':
    'The message contains crisis language; it goes to the on-call clinician at once.',
  'boundaries.triage.crisis_words_weighed':
    'No table names a crisis, but the words of the message weighed together read like one; it goes to the on-call clinician at once.',
  'boundaries.triage.negated_crisis_with_means':
    'A negated crisis statement sits next to means (a weapon, a blade, a rope); it goes to the on-call clinician.',
  'boundaries.triage.negated_crisis_mention':
    'The message mentions crisis language under a negation; a clinician reads it rather than staff.',
  'boundaries.triage.clinical_language': 'The message raises a clinical matter; a clinician reads it.',
  'boundaries.triage.administrative_request':
    'The message asks for administrative help and every sentence is accounted for; staff may answer.',
  'boundaries.triage.unaccounted_sentence':
    'A sentence is not accounted for by administrative language; a clinician reads the message rather than staff.',
  'boundaries.triage.no_administrative_request':
    'The message asks nothing administrative; a clinician reads it rather than staff.',
  'boundaries.triage.unknown_language':
    'The message is mostly in a language triage does not read (English and Spanish); a clinician reads it.',
  'boundaries.triage.unread_remainder': 'The message is longer than triage reads; a clinician reads it.',
  'boundaries.triage.not_text': 'The message is not text; a clinician reads it.',
  'boundaries.triage.host_signal':
    "The host's own risk assessment raised the outcome; the reason names its source.",
  'boundaries.triage.clinical_route_to_non_clinician':
    'Triage rules route crisis or clinical messages to a non-clinical role.',
  'boundaries.triage.invalid_phrase':
    'A practice triage phrase does not parse in the tables’ phrase language.',
  // Outbound replies [sources: tx-22-tac-465, hhs-faq-email].
  'boundaries.reply.clinical_advice': 'The draft reads as clinical advice; a clinician must answer.',
  'boundaries.reply.medication_guidance': 'The draft gives medication guidance; a clinician must answer.',
  'boundaries.reply.diagnosis_or_assessment':
    'The draft reads as a diagnosis or assessment; a clinician must answer.',
  'boundaries.reply.score_interpretation':
    'The draft interprets a score or a result (a screener, a test, labs); a clinician must answer.',
  'boundaries.reply.treatment_recommendation':
    'The draft recommends a treatment or a change of treatment; a clinician must answer.',
  'boundaries.reply.emergency_direction':
    'The draft directs the client to emergency care; the crisis resources template and a clinician handle that.',
  'boundaries.reply.channel_not_consented':
    'The client may not be reached on this channel: not opted in, or a plain channel whose risk they did not accept.',
  'boundaries.reply.clinical_detail_on_unconsented_channel':
    'The draft carries clinical detail on a channel the client has not consented to for it.',
  'boundaries.reply.crisis_language_in_draft':
    'The draft discusses crisis matters; the crisis resources template and a clinician handle those.',
  'boundaries.template.unbalanced_placeholder': 'The template has an unbalanced `{{`/`}}` placeholder.',
  'boundaries.template.undeclared_placeholder': 'The template uses a placeholder it does not declare.',
  'boundaries.template.unused_placeholder': 'The template declares a placeholder it never uses.',
  'boundaries.template.missing_value': 'A placeholder of the template has no value.',
  'boundaries.template.unknown_value': 'A value was given for a placeholder the template does not have.',
  'boundaries.template.invalid_value': 'A value does not match its placeholder’s type.',
  'boundaries.template.channel_not_allowed': 'The template is not approved for this channel.',
  'boundaries.template.clinical_placeholder_on_channel':
    'The template reveals clinical detail on a channel the client has not consented to for it.',
  'boundaries.template.channel_not_consented':
    'The client may not be reached on this channel: not opted in, or a plain channel whose risk they did not accept.',
  'boundaries.template.safety_template_with_placeholders':
    'A safety-resources template has placeholders: it must be fixed text, so nothing can be put into it.',
  // Clinical focus.
  'boundaries.focus.crisis_bypasses_focus':
    'A crisis goes to the clinician at once, whatever they are doing.',
  'boundaries.focus.in_session': 'The clinician is in session; the message waits for the next admin block.',
  'boundaries.focus.off_hours': 'The clinician is off; the message waits for the next admin block.',
  'boundaries.focus.budget_exhausted':
    'The clinician’s daily interruption budget is spent; the message waits for the next admin block.',
  'boundaries.focus.within_admin_block':
    'The clinician is in an administrative block, so the message is delivered.',
  'boundaries.focus.interruption_within_budget':
    'The message interrupts the clinician within the daily budget.',
  'boundaries.focus.invalid_session': 'A clinician session ends at or before it starts.',
  'boundaries.focus.clinical_same_day':
    'A clinical message is read the same day: its next admin block is on a later day, so it goes at the clinician’s first moment that day outside sessions and off hours, over the interruption budget if need be.',
  'boundaries.focus.clinical_not_reachable_today':
    'The clinician has no moment left that day outside sessions and off hours: another clinician (the on-call) must read the clinical message today.',
  'boundaries.focus.no_admin_block_found':
    'No administrative block was found in the next 14 days; the clinician must set one.',
});

/** A reason code of the boundaries module. */
export type BoundariesReasonCode = keyof typeof BOUNDARIES_REASON_CODES;
