import { defineReasonCodes } from '../core/internal.js';

/**
 * Every reason code the intake module emits, with its meaning: the closed list an EHR can map to
 * its own wording.
 *
 * @example
 * ```ts
 * INTAKE_REASON_CODES['intake.readiness.blocking_document_incomplete'];
 * //=> 'A blocking document is not complete yet and its deadline is still ahead.'
 * ```
 */
export const INTAKE_REASON_CODES = defineReasonCodes({
  'intake.requirements.missing_fact':
    'Whether a document is required depends on a client fact that is not recorded (birth date, billing, modality).',
  'intake.readiness.no_session_time': 'No first-session time is known, so readiness cannot be judged.',
  'intake.readiness.blocking_document_incomplete':
    'A blocking document is not complete yet and its deadline is still ahead.',
  'intake.readiness.blocking_document_missed_deadline':
    'A blocking document was not complete by the deadline before the first session.',
  'intake.readiness.blocking_document_declined': 'The client declined a blocking document.',
  'intake.readiness.blocking_document_expired': 'A blocking document has expired and must be signed again.',
  'intake.readiness.soft_document_incomplete': 'A soft document is open; it does not stop the session.',
  'intake.readiness.good_faith_effort_needed':
    'A document that needs only a recorded good-faith effort (the NPP acknowledgment) is open and no effort is recorded.',
  'intake.readiness.good_faith_effort_recorded': 'A good-faith effort to obtain the document is on record.',
  'intake.readiness.notice_not_provided':
    'The privacy notice (a document that asks only for a good-faith effort) has not been given to the client: it is owed by the first session at the latest, and an effort to obtain an acknowledgment of a notice never given does not count.',
  'intake.readiness.screening_needs_clinician_review':
    'A screener answer (PHQ-9 item 9 above 0) must reach a clinician before the session; the library does not assess it.',
  'intake.readiness.screening_review_predates_answer':
    'The clinician review recorded for a PHQ-9 item 9 answer above 0 is dated before the answer: it does not count, and the answer goes to a clinician.',
  'intake.readiness.screening_reviewed_after_session':
    'The clinician review recorded for a PHQ-9 item 9 answer above 0 is dated after the session started: it does not count as reaching a clinician before the session, and the answer goes to a clinician.',
  'intake.readiness.guardian_ad_litem_not_consenter':
    'The guardian consent on file was signed by the minor’s guardian ad litem, who represents the child in court and does not consent to care: a parent, legal guardian or the custodial agency signs it (since intake38).',
  'intake.readiness.guardian_authority_limited_by_order':
    'The guardian consent on file was signed by a parent whose decisions a court order limits: whether it covers this care depends on the order’s terms, undecided until a person reads it or another parent or guardian signs (since intake38).',
  'intake.readiness.agency_consent_needed':
    'The guardian consent on file was signed by a foster parent or an agency caseworker: the agency with custody consents, and whether they may sign for it is the state’s law and the agency’s policy, undecided (since intake38).',
  'intake.readiness.guardians_unknown':
    'The client is a minor, a consent or financial policy on file was signed by someone else, and nobody who may sign for them (a parent or legal guardian, or for the financial policy a guarantor) is recorded: readiness is undecided until they are.',
  'intake.readiness.financial_policy_not_by_payer':
    'The financial policy on file was not signed by who pays (the guarantor, or for a minor without one a listed parent or guardian): it does not count.',
  'intake.readiness.financial_policy_signed_as_minor':
    'The client, an adult who pays for themselves, signed the financial policy before reaching the age of majority: it does not count until they sign it as an adult.',
  'intake.readiness.release_not_by_client_or_representative':
    'The release of information on file was not signed by who may authorize the disclosure: the client (an adult, or a minor who consented alone) or, for another minor, a listed parent or guardian.',
  'intake.readiness.release_signed_as_minor':
    'The client, an adult on the session’s date, signed the release of information before the age of majority without the right to consent alone: it does not count until they sign it as an adult (since intake39).',
  'intake.readiness.release_authorization_invalid':
    'A release of information on file fails 45 CFR 164.508 on the session’s date (an element missing, not signed by then, expired, or revoked in writing): it does not count; `facts.releases` lists each with its codes (since intake39).',
  'intake.readiness.release_representative_authority_unknown':
    'A release of information on file was signed by a minor’s parent a court order limits, a foster parent or a caseworker, or by anyone but the client while the client’s birth date is not recorded: whether they are the personal representative is not known, undecided (since intake39).',
  'intake.readiness.release_authorization_undecided':
    'Whether a release of information on file is in force on the session’s date is not known (its expiration event, or a revocation the same day or not in writing): undecided (since intake39).',
  'intake.readiness.substance_use_consent_contents_invalid':
    'A signed 42 CFR Part 2 consent on file lacks an element of 2.31(a), or its expiration date came before the session, as its recorded contents say: it does not count; `facts.consents` names the missing paragraphs (since intake39).',
  'intake.readiness.consent_not_by_adult_client':
    'The client is an adult on the session’s date and their consent on file was signed by someone else (a parent, whose authority ended at the client’s majority): the client signs it (since intake37).',
  'intake.readiness.consent_signed_as_minor':
    'The client signed this consent before the age of majority, without the recorded right to consent alone: as an adult they sign it again (since intake37).',
  'intake.readiness.guardian_consent_not_by_guardian':
    'A minor’s guardian consent on record was not signed by a listed guardian other than the client (or names no signer): it does not count.',
  'intake.readiness.substance_use_consent_not_by_minor':
    'The client is a minor whom state law lets obtain treatment alone: only they may sign the 42 CFR Part 2 consent (2.14(b)), and no consent they signed is complete on file.',
  'intake.readiness.substance_use_consent_needs_client_and_guardian':
    'The client is a minor who needs a parent’s or guardian’s consent to treatment: the 42 CFR Part 2 consent needs both the minor’s and a listed parent’s or guardian’s signature (2.14(c)), and one is missing.',
  'intake.readiness.substance_use_consent_signer_unknown':
    'The client is a minor of 12 or older in a Part 2 program and whether state substance-use law lets them consent alone is not recorded: who signs the 42 CFR Part 2 consent (the minor alone, 2.14(b), or with a parent, 2.14(c)) cannot be told; signed by both it counts either way.',
  'intake.readiness.substance_use_consent_by_state_law':
    'No substance-use answer is recorded for this minor: the statute of the client’s state (named in the facts) decided who signs the 42 CFR Part 2 consent, the minor alone (2.14(b)) or with a parent (2.14(c)).',
  'intake.readiness.minor_consent_below_floor':
    'The client is marked as able to consent alone but is younger than 12, from which the library honours that flag: guardian consent is asked and a person checks the record against the state’s law.',
  'intake.readiness.signed_by_adult_under_guardianship':
    'The client, an adult, has a court-appointed guardian of the person whose order covers health care decisions (in force on the session’s date): the guardian signs the consent or release as their personal representative (45 CFR 164.502(g)(2)), and the client’s own signature does not count alone (since intake40).',
  'intake.readiness.adult_guardianship_order_unknown':
    'A guardian of the adult client is listed without the court order’s scope and dates recorded: whether the guardian or the client signs the consent or release cannot be told, undecided until the order is recorded (since intake40).',
  'intake.readiness.majority_unknown':
    'A consent, financial policy or release on file was signed while the client was 18 to 20 (or, for a release, by someone else while they are), and the client’s state is not recorded nor an age of majority declared: whether it was signed by an adult cannot be told (19 in Alabama and Nebraska, 18 elsewhere for consents and releases; 21 in Mississippi for the financial policy), undecided (since intake40).',
  'intake.readiness.minor_consent_age_unknown':
    'A release of information on file was signed for or by a minor recorded as able to consent alone, and their state’s minor-consent age is not known (the state not recorded, or not one whose statute the library keeps, with no age declared by the practice): whether the minor or a parent signs it cannot be told, undecided (since intake41).',
  'intake.readiness.minor_consent_below_state_age':
    'The client is recorded as able to consent alone but is under their state’s minor-consent age on the session’s date: the flag is not honoured, guardian consent is asked, and a person checks the record (since intake41).',
  'intake.readiness.blocking_documents_complete': 'Every blocking document is complete by the deadline.',
  'intake.follow_up.packet_complete':
    'Every required document is complete (a declined one is left to readiness and a person); reminders stop.',
  'intake.follow_up.packet_not_sent': 'Required documents have not been sent to the client yet.',
  'intake.follow_up.reminder_due': 'A paperwork reminder from the cadence is due.',
  'intake.follow_up.deferred_texting_hours':
    'A text or call to the client was moved into 08:00–21:00 on the client’s clock (TCPA), past the policy’s own quiet hours.',
  'intake.follow_up.deferred_for_quiet_hours':
    'The follow-up was moved out of the client’s local quiet hours.',
  'intake.follow_up.max_reminders_reached':
    'The cadence’s maximum reminders were sent and paperwork is still open: a person should call.',
  'intake.follow_up.close_to_session_reschedule':
    'Blocking paperwork is still open close to the session: offer the client another time.',
  'intake.follow_up.close_to_session_clinician_decides':
    'Blocking paperwork is still open close to the session: the clinician decides whether it goes ahead.',
  'intake.follow_up.session_started': 'The first session has started; paperwork reminders stop.',
  'intake.follow_up.no_time_before_session':
    'No time outside the client’s quiet hours is left before the session for the overdue reminder.',
  'intake.follow_up.missing_fact': 'A fact needed to know which documents to chase is not recorded.',
  'intake.follow_up.channel_consent_missing':
    'The client may not be reached on the channel (not opted in, its risk not accepted, or no consent recorded) and no channel they may be reached on may stand in: it is not used; ask the client how they want reminders.',
  'intake.follow_up.channel_moved_for_consent':
    'The client may not be reached on the cadence step’s channel (not opted in, or its risk not accepted): the message goes on the channel they chose.',
  'intake.pipeline.transition_allowed': 'The move between intake stages is in the transition table.',
  'intake.pipeline.illegal_transition': 'The move between intake stages is not in the transition table.',
  'intake.pipeline.terminal_stage': 'The case is in a final stage; no further move is allowed.',
  'intake.pipeline.before_last_move': 'The move is dated before the case’s last recorded move.',
  'intake.stalled.inquiry_unanswered': 'An inquiry has had no response within the allowed business days.',
  'intake.stalled.screening_idle': 'A screening has seen no activity for the allowed days.',
  'intake.stalled.paperwork_untouched': 'Paperwork has seen no activity for the allowed days.',
  'intake.stalled.ready_not_booked': 'A ready client has had no first session booked for the allowed days.',
  'intake.stalled.first_session_outcome_missing':
    'The first session time has passed and its outcome is not recorded.',
  'intake.stalled.attended_not_active': 'A client attended a first session but no ongoing care is set up.',
  'intake.fit.clinicians_available':
    'At least one clinician fits the inquiry on every administrative criterion.',
  'intake.fit.payer_not_accepted': 'No clinician accepts the inquiry’s payer (or self-pay).',
  'intake.fit.age_not_served': 'No clinician serves the client’s age.',
  'intake.fit.modality_not_offered': 'No clinician offers the requested modality.',
  'intake.fit.state_not_licensed': 'No clinician can practise in the state where the client will be.',
  'intake.fit.service_not_offered': 'No clinician offers the requested service type.',
  'intake.fit.no_capacity': 'No clinician has open capacity.',
  'intake.fit.no_single_clinician': 'Each criterion is met by someone, but no one clinician meets them all.',
  'intake.fit.needs_clinician_review':
    'The inquiry raises a question only a clinician can answer (level of care, specialty fit).',
  'intake.fit.crisis_route_now':
    'The inquiry mentions a crisis: stop the admin flow, route to the on-call clinician now, give 988 / 911.',
  'intake.fit.missing_fact': 'A fact needed for the administrative fit is not recorded.',
  'intake.gfe.required_uninsured': 'A Good Faith Estimate is required: the client is uninsured.',
  'intake.gfe.required_self_pay': 'A Good Faith Estimate is required: the client will not file a claim.',
  'intake.gfe.required_on_request': 'A Good Faith Estimate is required: the client asked for one.',
  'intake.gfe.required_not_covered_by_program':
    'A Good Faith Estimate is required: the client’s Federal health care program does not cover the service.',
  'intake.gfe.not_required_insured':
    'No Good Faith Estimate is required: the client files a claim with insurance.',
  'intake.gfe.not_required_federal_program':
    'No Good Faith Estimate is owed: Medicare, Medicaid and other Federal health care program enrollees are not uninsured or self-pay.',
  'intake.gfe.program_coverage_unknown':
    'The client is enrolled in a Federal health care program and whether it covers the service is not recorded: ask.',
  'intake.gfe.coverage_unknown': 'Whether the client is insured and filing a claim is not recorded.',
  'intake.gfe.due_one_business_day':
    'Scheduled 3 to 9 business days ahead: due 1 business day after scheduling (45 CFR 149.610(b)(1)(vi)(A)).',
  'intake.gfe.due_three_business_days':
    'Scheduled 10 or more business days ahead: due 3 business days after scheduling (149.610(b)(1)(vi)(B)).',
  'intake.gfe.due_on_request': 'Requested: due 3 business days after the request (149.610(b)(1)(vi)(C)).',
  'intake.gfe.short_notice_unconfirmed':
    'Scheduled under 3 business days ahead: the rule states no deadline; the practice default is by the service date.',
  'intake.gfe.practice_holidays_not_given':
    'The practice’s holidays were not given and a federal holiday changes the due date: the earlier of the two dates is used.',
  'intake.gfe.reissue_before_service':
    'The scope changed: a new estimate is due 1 business day before the service (149.610(b)(1)(vii)).',
  'intake.gfe.reissue_deadline_unmeetable':
    'The plan changed after the day a new estimate was due (1 business day before the service): the deadline cannot be met; a person decides, and the estimate goes out by the service date.',
  'intake.gfe.delivery_dated_after_as_of':
    'The estimate’s delivery date is after the date asked about: it does not count as delivered yet.',
  'intake.gfe.delivered_on_time': 'The estimate was delivered by its due date.',
  'intake.gfe.delivered_late': 'The estimate was delivered after its due date.',
  'intake.gfe.overdue': 'The estimate is past its due date and not delivered.',
  'intake.gfe.pending': 'The estimate is not delivered yet and its due date is ahead.',
  'intake.release.missing_element':
    'The release lacks a core element or required statement of 45 CFR 164.508(c); `facts.path` and `facts.paragraph` name it (since intake38).',
  'intake.release.not_signed_yet':
    'The release was signed after the day of the disclosure asked about (since intake38).',
  'intake.release.expired':
    'The release’s expiration date, or its expiration event, came before the day of the disclosure (the event on that day too) (since intake38).',
  'intake.release.expiration_event_unknown':
    'The release ends on an event and whether it happened by the day of the disclosure is not recorded: undecided (since intake38).',
  'intake.release.revoked':
    'The release was revoked in writing before the day of the disclosure: nothing may be disclosed under it (since intake38).',
  'intake.release.revoked_same_day':
    'The written revocation was received on the day of the disclosure: which came first is not known, undecided (since intake38).',
  'intake.release.revocation_not_in_writing':
    'A revocation was received but not in writing: it takes effect in writing (164.508(b)(5)); undecided until a person decides (since intake38).',
  'intake.release.revoked_after_disclosure':
    'The release was revoked after the day of the disclosure: that disclosure stands, made in reliance on it (since intake38).',
  'intake.release.valid':
    'The release has every element 45 CFR 164.508(c) requires and is in force on the day of the disclosure (since intake38).',
  'intake.sud_consent.contents_complete':
    'The written Part 2 consent has every element 42 CFR 2.31(a) requires (since intake37).',
  'intake.sud_consent.missing_element':
    'The written Part 2 consent lacks an element 42 CFR 2.31(a) requires; `facts.path` and `facts.paragraph` name it (since intake37).',
  'intake.gfe.contents_complete': 'The estimate has every element 45 CFR 149.610(c) lists.',
  'intake.gfe.missing_field': 'The estimate lacks an element 45 CFR 149.610(c) requires.',
  'intake.gfe.missing_disclaimer':
    'The estimate lacks a disclaimer the rule or the CMS standard form states (e.g. that it is not a contract).',
  'intake.gfe.invalid_npi': 'A provider’s NPI on the estimate fails its check digit.',
  'intake.gfe.item_unknown_provider': 'An item on the estimate names a provider the estimate does not list.',
  'intake.gfe.covered': 'The service falls within the estimate’s period, plan and session range.',
  'intake.gfe.outside_coverage_period':
    'The service falls outside the period the estimate covers: issue a new one.',
  'intake.gfe.plan_changed': 'The plan of care changed since the estimate: issue a new one.',
  'intake.gfe.session_count_exceeded': 'More sessions than the estimate’s upper range: issue a new one.',
  'intake.gfe_dispute.eligible':
    'Billed at least $400 more than the estimate for one provider, within 120 days of the bill (45 CFR 149.620).',
  'intake.gfe_dispute.over_threshold_not_open':
    'Billed at least $400 more than the estimate for one provider, but no dispute can be started now: the 120 days have passed or the bill is dated after the date asked about.',
  'intake.gfe_dispute.below_threshold': 'The bill exceeds the estimate by less than $400 for this provider.',
  'intake.gfe_dispute.bill_dated_after_as_of':
    'The bill is dated after the date asked about: whether it can be disputed cannot be judged yet.',
  'intake.gfe_dispute.window_closed': 'More than 120 days have passed since the bill.',
  'intake.gfe_dispute.receipt_date_unknown':
    'More than 120 days have passed since the bill’s date, and the day the client received it (from which the window runs) is not known (undecided).',
  'intake.gfe_dispute.provider_not_on_estimate':
    'The bill names a provider the estimate does not list: a person must review it.',
  // A minor's own consent to outpatient mental-health treatment, by state statute
  // [sources: ca-hsc-124260, crs-12-245-203.5, ct-gen-stat-19a-14c, fla-stat-394.4784, ilcs-405-5-3-501, ky-krs-214.185, md-hg-20-104, mcl-330.1707, ncgs-90-21.5, ny-mhl-33.21, orc-5122.04, ors-109.675, pa-35-ps-10101.1, tca-33-8-202, tx-fam-32.004, rcw-71.34.530].
  'intake.minor_consent.adult':
    'The client is an adult (their state’s age of majority: 19 in Alabama and Nebraska, 21 in Mississippi, 18 elsewhere) and consents for themselves.',
  'intake.minor_consent.majority_unknown':
    'The client is 18 to 20 and their state (or a declared age of majority) is not recorded: whether they are still a minor cannot be told, undecided (since intake40).',
  'intake.minor_consent.below_library_floor':
    'The client is under 12: the library asks a parent or guardian whatever a state law or the host says.',
  'intake.minor_consent.host_decided':
    'The practice recorded its own answer whether this minor may consent alone; it wins over the state table.',
  'intake.minor_consent.state_not_in_table':
    'The library cites no minor-consent statute for the state and the practice recorded no answer: undecided, and a parent or guardian consents meanwhile.',
  'intake.minor_consent.birth_date_unknown':
    'The client’s birth date is not recorded, so whether they may consent alone cannot be told.',
  'intake.minor_consent.below_state_age':
    'The client is under the age from which the state’s statute lets a minor consent alone: a parent or guardian consents.',
  'intake.minor_consent.medication_excluded':
    'The state’s statute leaves medication out of what a minor consents to alone: a parent or guardian consents to it.',
  'intake.minor_consent.professional_finding_needed':
    'The state’s statute asks the treating professional to find the minor fit before they consent alone; a clinician decides (refused when the finding was that they are not).',
  'intake.minor_consent.purpose_unknown':
    'The state’s statute limits a minor’s own consent to named purposes (Texas, Florida) and the care’s purpose is not recorded: undecided, and a parent or guardian consents meanwhile.',
  'intake.minor_consent.purpose_not_covered':
    'The state’s statute limits a minor’s own consent to named purposes and this care is for another: a parent or guardian consents.',
  'intake.minor_consent.sessions_unknown':
    'The state caps the sessions or time a minor consents to alone, and the sessions given (or since when) are not recorded.',
  'intake.minor_consent.session_limit_reached':
    'The minor has had every session the state’s statute allows on their own consent: more need a parent’s or guardian’s consent.',
  'intake.minor_consent.time_limit_reached':
    'The period the state’s statute allows for care on the minor’s own consent has run: more needs a parent’s or guardian’s consent.',
  'intake.minor_consent.setting_unknown':
    'The state’s statute lets a minor consent alone only in a setting it names (New York: an Office of Mental Health program) and the care’s setting is not recorded: undecided, and a parent or guardian consents meanwhile.',
  'intake.minor_consent.setting_not_covered':
    'The state’s statute lets a minor consent alone only in a setting it names and this care is given elsewhere: a parent or guardian consents.',
  'intake.minor_consent.provider_license_unknown':
    'The state’s statute lets a minor consent alone only to a provider holding a license it names (North Carolina, Kentucky: a physician; Connecticut, Texas: the licenses 19a-14c and 32.004 list) and the provider’s license is not recorded: undecided, and a parent or guardian consents meanwhile.',
  'intake.minor_consent.provider_license_not_covered':
    'The state’s statute lets a minor consent alone only to a provider holding a license it names and this provider holds another: a parent or guardian consents.',
  'intake.minor_consent.provider_license_unspecific':
    'The provider’s license is recorded more broadly than the state’s statute names it (a physician where only a psychiatrist is named, a social worker where only a clinical one is): undecided, and a parent or guardian consents until the narrower license is recorded.',
  'intake.minor_consent.state_law':
    'The state’s statute lets this minor consent alone to outpatient mental-health care; what it says about telling the parents is in the facts.',
  // A minor's own consent to substance-use treatment, by state statute; who signs a Part 2 consent follows it
  // [sources: ca-fam-6929, ilcs-410-210-4, ny-mhl-22.11, ors-109.675, va-code-54.1-2969, cfr-42-2.14].
  'intake.minor_consent.substance_use_state_law':
    'The state’s statute lets this minor consent alone to substance-use treatment: only the minor signs a Part 2 consent (42 CFR 2.14(b)).',
  'intake.minor_consent.substance_use_state_not_in_table':
    'The library cites no statute on a minor’s own consent to substance-use treatment for the state and the practice recorded no answer: undecided, never no.',
  'intake.minor_consent.substance_use_medication_limited':
    'The state’s statute limits the medication a minor consents to alone for a substance-use disorder, and the care includes medication or may: undecided until the practice records its answer.',
});

/**
 * A code from {@link INTAKE_REASON_CODES}.
 *
 * @example
 * ```ts
 * const code: IntakeReasonCode = 'intake.readiness.blocking_document_incomplete';
 * ```
 */
export type IntakeReasonCode = keyof typeof INTAKE_REASON_CODES;

/**
 * Codes carried by the intake module's validation issues (`ValidationError.issues[].code`), with their
 * meaning. They describe bad input, not decisions.
 *
 * @example
 * ```ts
 * INTAKE_VALIDATION_CODES['intake.packet.rule_references_missing_document'];
 * //=> 'A packet rule names a document the packet does not define.'
 * ```
 */
export const INTAKE_VALIDATION_CODES = defineReasonCodes({
  'intake.document.unknown_type': 'A document type is neither standard nor custom:<name>.',
  'intake.document.dates_out_of_order': 'A document date is before the date it must follow.',
  'intake.document.missing_date': 'A document status needs a date that is missing.',
  'intake.packet.duplicate_document': 'A packet defines the same document twice.',
  'intake.packet.rule_references_missing_document':
    'A packet rule names a document the packet does not define.',
  'intake.packet.release_conditions_treatment':
    'A packet makes the release of information blocking without naming the 45 CFR 164.508(b)(4) exception that lets treatment be conditioned on it (research-related treatment, health-plan enrollment, care solely for a third party): it must be soft (since intake40).',
  'intake.packet.conditioning_exception_not_release':
    'A packet names a 164.508(b)(4) conditioning exception on a document that is not a release of information (since intake40).',
  'intake.client.court_order_not_adult_guardian':
    'A guardian role records a court order (courtOrder) but is not a guardian_of_adult (since intake40).',
  'intake.client.couple_needs_two_signers': 'A couple must list both adults as signers.',
  'intake.client.service_type_renamed':
    'A service type is spelled as the library no longer takes it (`couple`): the message names the spelling to write (`couples`, as scheduling spells it) (since cred41).',
  'intake.packet.condition_renamed':
    'A packet rule’s condition is spelled as the library no longer takes it (`couple`): the message names the spelling to write (`couples`) (since cred41).',
  'intake.client.duplicate_signer': 'A signer is listed twice.',
  'intake.client.guardian_role_unlisted':
    'A guardian role names someone not listed in `guardians` or `signers` (since intake38).',
  'intake.client.deprecated_minor_consent_beside_split':
    'The deprecated minorMayConsent is given beside minorMayConsentMentalHealth or minorMayConsentSubstanceUse.',
  'intake.minor_consent.deprecated_flag_beside_new':
    'The deprecated minorMayConsent is given beside minorMayConsentMentalHealth in the minor-consent facts.',
  'intake.file.document_of_another_client': 'A document in a client file belongs to another client.',
  'intake.file.reminders_out_of_order': 'Sent reminders are not in time order.',
  'intake.file.release_authorization_of_another_client':
    'A release authorization in a client file belongs to another client (since intake39).',
  'intake.file.release_authorization_without_document':
    'A release authorization does not name a release_of_information document of the file (since intake39).',
  'intake.file.duplicate_release_authorization':
    'Two release authorizations in a client file describe the same release (since intake39).',
  'intake.file.substance_use_consent_of_another_client':
    "A Part 2 consent's contents in a client file belong to another client (since intake39).",
  'intake.file.substance_use_consent_without_document':
    "A Part 2 consent's contents do not name a part2_consent document of the file (since intake39).",
  'intake.file.duplicate_substance_use_consent':
    "Two Part 2 consents' contents in a client file describe the same document (since intake39).",
  'intake.cadence.duplicate_step': 'A reminder cadence lists the same step twice.',
  'intake.cadence.no_texting_hours_left':
    'A follow-up policy’s quiet hours cover every day from 08:00 to 21:00: no text or call could ever reach the client.',
  'intake.pipeline.history_out_of_order': 'An intake case’s stage history is not in time order.',
  'intake.pipeline.history_illegal_move':
    'An intake case’s history holds a move the transition table forbids.',
  'intake.pipeline.history_must_start_with_inquiry': 'An intake case’s history must start at inquiry.',
  'intake.fit.age_range_out_of_order': 'A clinician’s minimum age served is above the maximum.',
  'intake.gfe.range_out_of_order': 'A date range ends before it starts.',
  'intake.gfe.session_range_out_of_order': 'The expected session count is above its upper range.',
  'intake.gfe.trigger_out_of_order': 'A service is dated before it was scheduled.',
});

/**
 * A code of {@link INTAKE_VALIDATION_CODES}; schemas write `code satisfies IntakeValidationCode` so that
 * the compiler checks every validation issue's code is listed.
 *
 * @example
 * ```ts
 * const code: IntakeValidationCode = 'intake.client.duplicate_signer';
 * ```
 */
export type IntakeValidationCode = keyof typeof INTAKE_VALIDATION_CODES;
