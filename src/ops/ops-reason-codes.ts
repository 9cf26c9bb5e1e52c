import { defineReasonCodes } from '../core/internal.js';

/**
 * Every reason code ops itself emits, with its meaning. Reasons passed through from a module keep that
 * module's code (see its own catalog).
 *
 * @example
 * ```ts
 * OPS_REASON_CODES['ops.booking.unknown_clinician']; //=> 'The booking names a clinician who is not in the data file.'
 * ```
 */
export const OPS_REASON_CODES = defineReasonCodes({
  'ops.booking.unknown_clinician': 'The booking names a clinician who is not in the data file.',
  'ops.booking.unknown_client': 'The booking names a client who is not in the data file.',
  'ops.booking.unknown_staff': 'The person booking is not a staff member in the data file.',
  'ops.booking.schedule_conflict':
    'The scheduling module found a conflict: double booking, outside availability, time off, a holiday or a cap.',
  'ops.booking.no_license_in_state':
    'No current license or compact authorization covers the client’s state on that date.',
  'ops.booking.client_location_unknown':
    'Where the client will be during the session is not recorded: licensure follows it and cannot be decided until someone confirms the state.',
  'ops.booking.client_state_not_office':
    'The booking names another state than its office’s: an in-person session happens at the office, whose state licensure and the date of service follow.',
  'ops.booking.office_not_listed':
    'An in-person session is booked at an office the practice data does not list: its state and clock are not known, so the session can be neither placed (licensure, payer facts) nor dated; record the office or correct the booking.',
  'ops.booking.office_zone_unknown':
    'The office’s zone is not recorded: an in-person session’s practice holidays were read on the clinician’s calendar.',
  'ops.booking.date_of_service_undecided':
    'An in-person session’s office has no zone recorded and its state’s clocks give different days for the session’s start: the payer facts were checked on each day.',
  'ops.booking.jurisdiction_undecided':
    'The credentialing module could not decide jurisdiction: a fact is missing.',
  'ops.booking.network_undecided':
    'The credentialing module could not decide network status: a fact is missing.',
  'ops.booking.network_retro_only':
    'The clinician is in network only retroactively, once a pending enrollment takes effect.',
  'ops.booking.out_of_network': 'The clinician is not in network with the client’s payer on that date.',
  'ops.booking.payer_not_accepted': 'The clinician does not accept the client’s payer.',
  'ops.booking.authorization_missing':
    'The payer needs a prior authorization for this service and none covers it.',
  'ops.booking.eligibility_stale':
    'The client’s eligibility was not verified recently enough for this payer.',
  'ops.booking.eligibility_missing': 'The client’s eligibility with this payer was never verified.',
  'ops.booking.coverage_unknown':
    'The client’s payer is not recorded: network, authorization and eligibility cannot be checked (never read as self-pay).',
  'ops.booking.paperwork_incomplete':
    'A document that blocks the session (first-session paperwork, or a consent every later session needs) is not complete, and its deadline has not passed: there is time to finish it.',
  'ops.booking.paperwork_declined':
    'The client declined a document that blocks the session (first-session paperwork, or a consent every later session needs, withdrawn by a later decline): a person must resolve it with the client before booking.',
  'ops.booking.paperwork_too_late':
    'The paperwork deadline has passed with a blocking document open (first-session paperwork, or a consent every later session needs), or with a fact that decides one missing.',
  'ops.booking.coverage_ended':
    'The client’s verified coverage ends before the session: it cannot be booked as insured until new coverage is verified.',
  'ops.booking.service_code_undecided':
    'The service code cannot be told from the booked type and length (a prescriber’s intake, a length no code fits): prior authorization could not be checked.',
  'ops.booking.authorization_counts_booked':
    'Sessions already booked under the authorization are counted against it before this one.',
  'ops.booking.medicare_in_person_needed':
    'Medicare asks for an in-person visit before this mental-health telehealth session (in the 6 months before the first, then every 12 months) and none is on record: Medicare may not pay it as telehealth.',
  'ops.booking.medicare_audio_only':
    'A Medicare client’s audio-only telehealth at home, the client unable to use video or declining it: Medicare pays it, with modifier 93 (FQ at a health center) on the claim.',
  'ops.booking.medicare_audio_only_video_accepted':
    'A Medicare client’s audio-only telehealth session although the client can use video and agrees to: Medicare may not pay it.',
  'ops.booking.medicare_audio_only_video_unknown':
    'A Medicare client’s audio-only telehealth session with no record of whether the client cannot use video or declines it: whether Medicare pays it is undecided.',
  'ops.booking.medicare_audio_only_not_home':
    'A Medicare client’s audio-only telehealth session away from home after Medicare’s temporary telehealth rules end: Medicare may not pay it.',
  'ops.booking.medicare_audio_only_flexibility':
    'A Medicare client’s audio-only telehealth session away from home, paid under Medicare’s temporary telehealth rules while they last.',
  'ops.booking.role_may_not_book': 'The person booking acts in a role that may not schedule appointments.',
  'ops.booking.role_needs_sign_off':
    'The booking person’s role may book only with a sign-off from another role.',
  'ops.queue.message_crisis': 'An inbound message reads as a crisis: the on-call clinician must act now.',
  'ops.queue.crisis_alert':
    'A client message needs the on-call clinician now: staff alert them without reading or answering it.',
  'ops.queue.message_clinical': 'An inbound message needs a clinician’s judgement.',
  'ops.queue.message_admin': 'An inbound administrative message awaits a reply.',
  'ops.queue.first_session_paperwork': 'A first session is coming and blocking paperwork is incomplete.',
  'ops.queue.paperwork_follow_up': 'Paperwork was sent and is not complete: remind the client.',
  'ops.queue.inquiry_stalled': 'An inquiry has had no activity past the practice’s limit.',
  'ops.queue.good_faith_estimate_due':
    'A self-pay or uninsured client has a session and no Good Faith Estimate on file.',
  'ops.queue.good_faith_estimate_not_recorded':
    'A self-pay client has a session scheduled and no Good Faith Estimate is on record: send one or record it.',
  'ops.queue.waitlist_offer': 'A cancelled session left an opening that matches a waitlist entry.',
  'ops.queue.waitlist_home_state_not_served':
    'The clinician may not serve the client’s home state on the telehealth slot’s date (by any clock of that state): the offer stands, but the session can be booked only where the client will be in a state the clinician may serve.',
  'ops.queue.records_request_due':
    'A client’s request for access to their records is open: give access (or send the written notice of the one extension) by its deadline, 30 days after receipt (60 once extended).',
  'ops.queue.crisis_open_payer_only':
    'A denied claim’s client has a crisis message open: the claim is worked with the payer only (its deadlines run); no bill, call or letter goes to the client until a clinician closes it.',
  'ops.queue.deadline_closed_day':
    'A date-only deadline falls on a day the practice is closed (its weekend or a holiday): the task is listed as due on the business day before, never after.',
  'ops.queue.records_extension_notice':
    'A records request’s first 30 days end within a week and access has not been given: send the written notice of the one 30-day extension (why, and by when) before they end, or give access.',
  'ops.queue.waitlist_check_in': 'A waitlist entry has had no contact past the practice’s limit.',
  'ops.queue.missed_session_fee':
    'A late cancellation or no-show needs its fee applied: once per session, to its responsible party.',
  'ops.queue.missed_session_fee_exempt':
    'No missed-session fee may be charged for this miss (an exemption, a free miss, or no fee set): waive it.',
  'ops.queue.missed_session_fee_undecided':
    'A missed-session fee cannot be decided (a client record, coverage or a minor’s guarantor is missing): charge nothing until it is recorded.',
  'ops.queue.hold_do_not_contact':
    'The client asked not to be contacted: the task that would reach out to them is on hold.',
  'ops.queue.hold_channel_consent_missing':
    'The client may be reached on no channel the reminder or message could go on (not opted in, a plain channel’s risk not accepted, or no consent recorded): it is on hold; ask the client how they want reminders.',
  'ops.queue.hold_client_in_crisis':
    'A message from the client reads as a crisis today: no fee or collection task goes ahead; it is held for the clinician.',
  'ops.queue.held_for_crisis':
    'A crisis message from the client is open (no clinician has closed it): every routine contact with the client (a reply, reminder, offer, check-in, paperwork or estimate) stays in the queue on hold until a clinician closes it.',
  'ops.queue.reminder_due': 'A session in the next two days needs its reminder.',
  'ops.queue.eligibility_reverify': 'A client with an upcoming session needs eligibility verified again.',
  'ops.queue.claim_follow_up':
    'The billing module’s follow-up queue lists the claim: submit, check, call, appeal, correct or review it.',
  'ops.queue.claim_out_of_network':
    'The clinician who treated was not in network with the claim’s payer on a date of service of the claim (every line’s date is read): check before submitting.',
  'ops.queue.claim_network_retro_only':
    'A date of service of the claim is before the clinician’s effective date with the payer, inside its retroactive billing window: billable only under the payer’s retro rule.',
  'ops.queue.claim_clinician_excluded':
    'The claim’s supervising clinician (or, for TRICARE or a payer whose program is not recorded, the clinician who treated) is excluded by the HHS Office of Inspector General on a date of service: a Federal health care program pays nothing furnished by or at the direction of an excluded person (an error; a warning when whether the payer is a Federal program is not recorded).',
  'ops.queue.claim_network_undecided':
    'Whether the clinician who treated was in network on a date of service of the claim could not be decided: a fact is missing.',
  'ops.queue.claim_same_day_findings':
    'Scrubbed with the client’s other claims of the same dates, the claim shows findings it does not show alone (a code billed twice, a pair not billable together, an add-on whose primary is on another claim): the scrubber’s reasons follow, naming the other claims.',
  'ops.queue.claim_same_day_not_checked':
    'The client has more claims to the payer on the claim’s dates than the scrubber checks at once: the day was not checked across claims, so the claim is fixed (checked by hand) before it goes out.',
  'ops.queue.authorization_running_out': 'An authorization is close to its last session or its end date.',
  'ops.queue.credentialing_deadline':
    'A credential, enrollment or payer deadline is overdue or inside its lead window: the credentialing module’s reasons follow.',
  'ops.decision_log.unknown_reason_code':
    'A decision given to be recorded carries a reason code that is in none of the library’s catalogs: the record is refused (the code is not echoed).',
  'ops.decision_log.not_json':
    'A policy or input given to be hashed is not plain JSON (a non-finite number, a class instance, a cycle).',
  'ops.policy_version.in_force':
    'The policy version in force on the date, the latest to take effect by then.',
  'ops.policy_version.before_first':
    'The date is before the first policy version took effect: the policy then is not known, and none is guessed.',
  'ops.replay.replayed': 'What a replay covered: the policy versions and the rules replayed.',
  'ops.replay.dates_out_of_order': 'A replay’s `from` date is after its `to` date or its `asOf`.',
  'ops.replay.reminders_changed':
    'The session reminders a client would get differ under the proposed reminder policy.',
  'ops.replay.waitlist_moved':
    'A waitlist entry’s place in the order differs under the proposed waitlist policy.',
  'ops.replay.intake_follow_ups_changed':
    'The paperwork follow-ups a client would get differ under the proposed cadence.',
  'ops.replay.filing_changed':
    'A claim’s filing deadline, outcome or risk differs under the proposed filing windows or thresholds.',
  'ops.replay.capacity_changed':
    'A session a cap or the availability would have refused under one policy and not the other.',
  'ops.replay.unknown_record': 'A proposed section names a clinician or payer that is not in the data file.',
  'ops.replay.fee_changed': 'The missed-session fee of a session differs under the proposed policy.',
  'ops.replay.no_policy_in_force':
    'No current policy version was in force on the date of the event: its current decision is undecided.',
  'ops.done.needs_clinician':
    'A log entry names a clinician’s task (a crisis or clinical message, work held for the clinician) and was not made by a clinician: the task stays open.',
  'ops.done.outcome_not_for_task':
    'A log entry’s outcome does not fit its kind of task (a missed-session fee must say applied or waived): the task stays open.',
  'ops.done.fee_not_chargeable':
    'A log entry applies a missed-session fee the fee rule does not charge (an exemption such as Medicaid, a free miss, no fee set): it may only be waived.',
  'ops.done.fee_undecided':
    'A log entry applies a missed-session fee that could not be decided (a fact is missing): record the fact first; until then it may only be waived.',
  'ops.done.task_on_hold':
    'A log entry names a task on hold (the client’s crisis is open, they asked not to be contacted, or no reminder channel is agreed): held work may not be logged as done; it comes back when the hold lifts.',
  'ops.done.logged_during_crisis':
    'A log entry was made while the client’s crisis was open, on routine contact the crisis held: it does not close the task once the clinician closes the crisis.',
  'ops.done.crisis_alert_open':
    'A log entry names a crisis alert: the alert stays on top until a clinician closes the crisis itself.',
  'ops.queue.clinical_content_withheld':
    'A clinician’s crisis or clinical task, shown to a non-clinical role without what it says or whom it concerns.',
});
/**
 * A reason code ops emits.
 *
 * @example
 * ```ts
 * const code: OpsReasonCode = 'ops.booking.out_of_network';
 * ```
 */
export type OpsReasonCode = keyof typeof OPS_REASON_CODES;
