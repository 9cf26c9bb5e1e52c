import type { Reason } from '../core/index.js';
import { defineReasonCodes } from '../core/internal.js';

/**
 * Every reason code the scheduling module emits, with its meaning. The list is closed: a test checks
 * that each code emitted appears here and that each code here is emitted.
 *
 * @example
 * ```ts
 * SCHEDULING_REASON_CODES['scheduling.cancellation.late'];
 * //=> 'The client cancelled inside the notice window.'
 * ```
 */
export const SCHEDULING_REASON_CODES = defineReasonCodes({
  'scheduling.time.dst_gap_shifted':
    'The wall time does not exist that day (DST gap); it was moved later by the gap, as the policy says.',
  'scheduling.time.dst_gap_skipped':
    'The wall time does not exist that day (DST gap); the occurrence was skipped, as the policy says.',
  'scheduling.time.dst_overlap_earlier':
    'The wall time happens twice that day (DST overlap); the earlier instant was taken.',
  'scheduling.time.dst_overlap_later':
    'The wall time happens twice that day (DST overlap); the later instant was taken.',
  'scheduling.time.spans_transition': 'The session starts before and ends after a DST transition.',
  'scheduling.series.skipped': 'This occurrence was skipped by an exception on the series.',
  'scheduling.series.moved': 'This occurrence was moved by an exception on the series.',
  'scheduling.series.client_location_unknown':
    'Where the client will be for this telehealth occurrence is not known: licensure follows it, so confirm it before the session.',
  'scheduling.series.moved_not_an_occurrence':
    'A stored series moves an occurrence from a date that is not one of its rule dates: the moved session is not listed.',
  'scheduling.series.truncated':
    'The series reached the expansion cap (520) before its until date: later occurrences were not listed nor booked; the facts name the last one listed.',
  'scheduling.series.occurrence_conflict': 'An occurrence of the series conflicts with the schedule.',
  'scheduling.series.occurrences_overlap':
    "Two occurrences of the same series overlap (an occurrence moved onto another's time).",
  'scheduling.conflict.clinician_double_booked': 'The clinician already has a session at that time.',
  'scheduling.conflict.client_double_booked': 'A client of the session already has a session at that time.',
  'scheduling.conflict.room_double_booked': 'The room is already booked at that time.',
  'scheduling.conflict.buffer_overlap':
    "The session, or another one, would lose part of the clinician's buffer time.",
  'scheduling.conflict.outside_availability': "The session is not inside the clinician's availability.",
  'scheduling.conflict.time_off': 'The session overlaps time off of the clinician.',
  'scheduling.conflict.holiday': 'The session falls on a practice holiday.',
  'scheduling.conflict.daily_cap': "The session would exceed the clinician's daily session cap.",
  'scheduling.conflict.weekly_cap': "The session would exceed the clinician's weekly session cap.",
  'scheduling.conflict.modality_not_offered': 'The clinician does not offer this modality at that time.',
  'scheduling.conflict.office_zone_mismatch':
    "An in-person session names another zone for its office than the clinician's availability gives the same office.",
  'scheduling.conflict.session_length': 'The clinician does not offer this session length.',
  'scheduling.conflict.unchecked_record':
    'An existing appointment record is invalid, so it could not be checked for conflicts.',
  'scheduling.slots.modality_not_offered': 'The clinician does not offer the requested modality.',
  'scheduling.slots.session_length': 'The clinician does not offer the requested session length.',
  'scheduling.slots.invalid_appointment': 'An appointment record failed validation and was not used.',
  'scheduling.cancellation.not_missed': 'The appointment was neither cancelled nor missed.',
  'scheduling.cancellation.on_time': 'The client cancelled with enough notice.',
  'scheduling.cancellation.late': 'The client cancelled inside the notice window.',
  'scheduling.cancellation.no_show': 'The client did not attend and did not cancel.',
  'scheduling.cancellation.by_clinician': 'The clinician or the practice cancelled: never a client fee.',
  'scheduling.cancellation.reschedule_not_counted':
    'A late reschedule does not count as a cancellation under this policy.',
  'scheduling.cancellation.emergency': 'A documented emergency waives the fee.',
  'scheduling.cancellation.crisis_open':
    'A client of the session has an open crisis, or had one open at the session (closed since): the fee is never charged without the clinician’s decision; routed to the clinician.',
  'scheduling.cancellation.crisis_fee_waived':
    'A client of the session has an open crisis and the clinician waived the fee.',
  'scheduling.cancellation.crisis_fee_approved':
    'A client of the session has an open crisis and the clinician let the policy fee apply.',
  'scheduling.cancellation.medicaid_exempt':
    'Medicaid-only clients may not be charged for missed appointments (42 CFR 447.15).',
  'scheduling.cancellation.payer_class_exempt': "The policy exempts the client's payer class.",
  'scheduling.cancellation.medicare_not_uniform':
    'Medicare clients may be charged only when the same policy and amount apply to every client.',
  'scheduling.cancellation.policy_version_not_acknowledged':
    'The acknowledgement on record predates the version of the written policy in force: no fee until the current version is acknowledged.',
  'scheduling.cancellation.guarantor_acknowledgement_missing':
    'A guarantor pays the client’s charges and has no acknowledgement of the written policy on record (the client’s own does not count): no fee until it is recorded.',
  'scheduling.cancellation.acknowledged_as_minor':
    'The client pays for themselves and acknowledged the written policy before reaching the age of majority: an adult acknowledges it for themselves, so no fee until they do.',
  'scheduling.cancellation.workers_comp_exempt':
    "The policy does not charge clients with workers' compensation coverage (the practice's state rule).",
  'scheduling.cancellation.medicare_uniformity_unknown':
    'A client of the session has Medicare and the policy does not set its state’s workers’ compensation rule: whether the policy applies the same way to every client, as Medicare asks, is not known.',
  'scheduling.cancellation.workers_comp_rule_unknown':
    "A client has workers' compensation coverage and the policy does not say whether its state lets the injured worker be charged: no fee until it does.",
  'scheduling.cancellation.not_acknowledged':
    'The client never acknowledged the written cancellation policy.',
  'scheduling.cancellation.waiver_applied': 'A waiver allowed per rolling 12 months was used.',
  'scheduling.cancellation.no_free_miss_left':
    "No free miss was left for the miss: the rolling 12 months' allowance went to the client's other misses (the dearest first).",
  'scheduling.cancellation.fee_capped': 'The fee was reduced to the cap or to the session fee.',
  'scheduling.cancellation.fee_charged': 'The fee applies.',
  'scheduling.cancellation.no_fee_configured': 'The policy sets no fee for this kind of miss.',
  'scheduling.cancellation.client_unknown':
    'A client of a missed session is not among the clients given: exemptions and who pays cannot be checked.',
  'scheduling.cancellation.coverage_unknown':
    "A client's coverage is not recorded, so the payer exemptions cannot be checked: never read as self-pay.",
  'scheduling.cancellation.responsible_party':
    'Who pays the session’s fee: one responsible party per session (a minor’s fee goes to the guarantor).',
  'scheduling.cancellation.minor_without_guarantor':
    'The client billed is a minor and no parent or guardian is recorded to pay the fee.',
  'scheduling.cancellation.age_unknown':
    'The client billed has neither a birth date nor a guarantor recorded: whether a parent or guardian pays cannot be checked.',
  'scheduling.cancellation.no_show_too_early':
    'A no-show is recorded before it can be one (before the minutes after the start the policy gives the client): no fee until then.',
  'scheduling.cancellation.cancelled_after_as_of':
    'The cancellation is recorded at a time after the decision’s date: it cannot be judged yet.',
  'scheduling.cancellation.missing_session_fee': 'A percentage fee needs the session fee, which is missing.',
  'scheduling.cancellation.time_unknown':
    'When the client cancelled is not recorded: an error (record it; no fee until then) when the fee depends on it, information when no fee is due at any time.',
  'scheduling.delivery.mode_unknown':
    'Whether a telehealth session is by video or by audio alone is not recorded (undecided): its claim’s modifier and the payer’s audio-only rules depend on it.',
  'scheduling.delivery.client_at_home_unknown':
    'Whether the client is at home for a telehealth session is not recorded (undecided): its place of service (10 at home, 02 elsewhere) depends on it.',
  'scheduling.telehealth.medicare_in_person_not_telehealth':
    'The session is in person: Medicare’s in-person visit requirement for telehealth does not apply.',
  'scheduling.telehealth.medicare_in_person_enforcement_unknown':
    'Nobody knows yet from which date Medicare enforces the in-person visit (the policy’s `requiredFrom` is null), and none covers this session: whether Medicare pays it as telehealth is not known.',
  'scheduling.telehealth.medicare_in_person_not_in_force':
    'The session is before the date Medicare’s in-person visit requirement for mental-health telehealth is enforced from.',
  'scheduling.telehealth.medicare_in_person_coverage_unknown':
    'The client’s coverage is not recorded: whether Medicare asks for an in-person visit cannot be checked.',
  'scheduling.telehealth.medicare_in_person_not_medicare': 'The client has no Medicare coverage.',
  'scheduling.telehealth.medicare_in_person_not_at_home':
    'The client is not at home for the telehealth session: the in-person requirement is for telehealth to the home.',
  'scheduling.telehealth.medicare_in_person_needed_before_first':
    'The client’s first mental-health telehealth session has no in-person visit in the 6 months before it on record.',
  'scheduling.telehealth.medicare_in_person_needed_annual':
    'No in-person visit (or documented exception) is on record in the 12 months before this mental-health telehealth session.',
  'scheduling.telehealth.medicare_in_person_on_record':
    'An in-person visit that covers the telehealth session is on record.',
  'scheduling.telehealth.medicare_in_person_sud_exempt':
    'The telehealth session treats a substance use disorder (or a co-occurring mental-health disorder): Medicare’s in-person visit requirement does not apply.',
  'scheduling.telehealth.medicare_in_person_colleague_unconfirmed':
    'Only an in-person visit with another clinician of the group falls in the window: it counts if they share this clinician’s Medicare specialty and subspecialty, which a person confirms.',
  'scheduling.telehealth.medicare_in_person_outcome_unrecorded':
    'Only an in-person visit with no recorded outcome falls in the window: record whether it took place.',
  'scheduling.telehealth.medicare_in_person_planned':
    'Only an in-person visit still to come falls in the window: it counts once held.',
  'scheduling.telehealth.medicare_in_person_exception_documented':
    'The clinician and client documented that an in-person visit’s risks and burdens outweigh its benefits: it stands in for the 12-month visit.',
  'scheduling.waitlist.priority_set': 'A clinician set the priority tier.',
  'scheduling.waitlist.priority_refused': 'Only a clinician role may set a waitlist priority tier.',
  'scheduling.waitlist.priority_set_after_as_of':
    'The priority tier on record was set after the time asked about: it does not count yet, and the entry ranks as untriaged.',
  'scheduling.waitlist.priority_ignored':
    'A priority tier set by a role that may not set it is ignored; the entry ranks as routine.',
  'scheduling.waitlist.not_triaged':
    'No clinician has set the entry’s tier: it ranks with routine entries and is checked in on as often as the most urgent tier until a clinician triages it.',
  'scheduling.waitlist.not_waiting': 'The entry is not waiting (offered, booked or removed).',
  'scheduling.waitlist.clinician_mismatch': 'The entry asks for another clinician.',
  'scheduling.waitlist.modality_mismatch': 'The opening does not offer a modality the entry accepts.',
  'scheduling.waitlist.day_not_preferred': "The opening is not on a day the client prefers (client's zone).",
  'scheduling.waitlist.hours_not_preferred':
    "The opening is not inside the hours the client prefers (client's zone).",
  'scheduling.waitlist.payer_not_accepted': "The clinician does not accept the client's payer.",
  'scheduling.waitlist.payer_unknown':
    "The entry's coverage is not recorded: it is not matched on payer; confirm coverage before booking.",
  'scheduling.waitlist.session_too_short': 'The opening is shorter than the session the entry needs.',
  'scheduling.waitlist.accepted_after_filled':
    'A client accepted an offer of an opening another client had already accepted: tell them it is taken.',
  'scheduling.waitlist.opening_started':
    'The opening has begun (or passed) by the time asked: it is offered to nobody.',
  'scheduling.waitlist.offer_accepted': 'An offer for the opening was accepted.',
  'scheduling.waitlist.offer_pending': 'An offer is waiting for an answer.',
  'scheduling.waitlist.offer_declined': 'An offer was declined.',
  'scheduling.waitlist.offer_expired': 'An offer expired without an answer.',
  'scheduling.waitlist.no_candidates': 'No eligible entry is left to offer the opening to.',
  'scheduling.waitlist.too_many_declines': 'The entry declined many offers: check the entry with the client.',
  'scheduling.waitlist.stale': 'No contact with the waitlisted client for longer than the check-in interval.',
  'scheduling.waitlist.clinical_review':
    'Urgency is a clinical judgement: route the entry to a clinician for review.',
  'scheduling.reminder.deferred_quiet_hours':
    "The reminder time fell in the client's quiet hours; it was moved.",
  'scheduling.reminder.do_not_contact': 'The client asked not to be contacted.',
  'scheduling.reminder.deferred_texting_hours':
    'A text message reminder was moved into the 08:00–21:00 calling window on the client’s clock, and on the clock of the state a telehealth session records them in when it is not theirs (TCPA).',
  'scheduling.reminder.channel_consent_missing':
    'The client may be reached on none of the policy’s reminder channels (not opted in, a plain channel’s risk not accepted, or no consent recorded): the reminder is held; ask the client how they want reminders.',
  'scheduling.reminder.not_scheduled': 'The appointment is not scheduled (cancelled, completed or missed).',
  'scheduling.reminder.confirmed':
    'The client confirmed the session: reminders that ask for a confirmation stop (only the confirmed cadence goes).',
  'scheduling.reminder.confirmation_stale':
    'The confirmation on record is of another start (the session was moved): the reminders ask again.',
  'scheduling.reminder.too_late': 'The reminder would go out after the session starts or after it was due.',
  'scheduling.reminder.session_clock_unknown':
    'The office’s zone is not recorded for an in-person session: the reminder states the session’s time on the client’s own clock only.',
  'scheduling.reminder.clinician_clock_unknown':
    'The clinician’s zone was not given for a telehealth session: the reminder states the session’s time on the client’s clock only, never the client’s clock passed off as the clinician’s.',
  'scheduling.reminder.client_clock_unknown':
    'The client joins a telehealth session from a state with more than one clock, none of them their own: the reminder states the session’s time on each rather than guess.',
  'scheduling.reminder.superseded':
    'Earlier reminders of the session were not sent in time; only the latest is due.',
  'scheduling.load.daily_high': 'The clinician has more sessions that day than the load threshold.',
  'scheduling.load.back_to_back': 'The clinician has a long run of sessions without a break.',
  'scheduling.load.outside_hours': "A session lies outside the clinician's availability.",
});
/**
 * A scheduling reason code.
 *
 * @example
 * ```ts
 * const code: SchedulingReasonCode = 'scheduling.cancellation.late';
 * ```
 */
export type SchedulingReasonCode = keyof typeof SCHEDULING_REASON_CODES;
/**
 * A reason emitted by the scheduling module.
 *
 * @example
 * ```ts
 * const r: SchedulingReason = evaluateBookingConflicts(candidate, clinician, appointments).reasons[0];
 * r.code; //=> 'scheduling.conflict.clinician_double_booked'
 * ```
 */
export type SchedulingReason = Reason<SchedulingReasonCode>;

/**
 * Every code the scheduling module puts on a validation issue (`ValidationError.issues[].code`), with its
 * meaning. They describe bad input, not decisions.
 *
 * @example
 * ```ts
 * SCHEDULING_VALIDATION_CODES['scheduling.series.unbounded'];
 * //=> 'A series has neither a count nor an until date.'
 * ```
 */
export const SCHEDULING_VALIDATION_CODES = defineReasonCodes({
  'scheduling.appointment.end_before_start': 'An appointment does not end after it starts.',
  'scheduling.appointment.client_count': 'An individual appointment does not have exactly one client.',
  'scheduling.appointment.responsible_client_not_listed':
    'The client responsible for an appointment is not one of its clients.',
  'scheduling.appointment.duplicate_id': 'Two appointments of a batch have the same id.',
  'scheduling.availability.end_before_start': 'An availability rule’s date range ends before it starts.',
  'scheduling.availability.overlap': 'Two availability rules of a clinician overlap.',
  'scheduling.availability.office_zone_conflict':
    'Two availability rules of a clinician name the same office with zones that keep different clocks.',
  'scheduling.time_off.end_before_start': 'A time-off period does not end after it starts.',
  'scheduling.client.duplicate_id': 'Two client records of a batch have the same id.',
  'scheduling.cancellation.client_not_on_appointment':
    'A client passed with an appointment is not one of its clients.',
  'scheduling.load.end_before_start': 'The load window ends before it starts.',
  'scheduling.load.range_too_long': 'The load window is longer than the measure allows.',
  'scheduling.measures.end_before_start': 'The measurement window does not end after it starts.',
  'scheduling.slots.end_before_start': 'The slot search range ends before it starts.',
  'scheduling.slots.range_too_long': 'The slot search range is longer than the search allows.',
  'scheduling.icalendar.duplicate_uid':
    'Two events of a calendar would have one UID (an id listed twice, or a series and an appointment named alike).',
  'scheduling.icalendar.control_character':
    'A calendar text (summary, description, location) holds a control character, which RFC 5545 text cannot carry.',
  'scheduling.icalendar.client_identifier':
    "A client or staff calendar's text (summary, description, location) names a client of the calendar: a word of a name given in clientNames, or a client id.",
  'scheduling.icalendar.diagnosis':
    "A client or staff calendar's text names a diagnosis (a diagnosis word or an ICD-10-CM F code).",
  'scheduling.icalendar.service_code':
    "A client or staff calendar's text holds a mental-health service code (CPT 90785-90899 or 96105-96171, HCPCS H0001-H2037).",
  'scheduling.icalendar.clinical_word':
    "A client or staff calendar's text holds a clinical word (therapy, psychiatry, counseling, treatment, crisis, ...).",
  'scheduling.series.unbounded': 'A series has neither a count nor an until date.',
  'scheduling.series.count_and_until': 'A series has both a count and an until date.',
  'scheduling.series.end_before_start': 'A series, or a moved occurrence, ends before it starts.',
  'scheduling.series.interval_conflict': 'A series every two weeks also gives an interval.',
  'scheduling.series.weekdays_not_weekly': 'A series that is not weekly lists weekdays.',
  'scheduling.series.start_not_in_rule': "A weekly series' weekdays leave out the weekday of its first date.",
  'scheduling.series.duplicate_weekday': "A weekly series' weekdays name a day twice.",
  'scheduling.series.duplicate_exception': "A series' exceptions name a date twice.",
  'scheduling.series.not_an_occurrence': 'The date to edit is not one of the series’ rule dates.',
  'scheduling.series.zone_not_office':
    "An in-person series keeps its wall time in another zone than its office's: the office's clock would drift from it.",
  'scheduling.series.client_location_not_telehealth':
    'An in-person series lists where the client will be for some occurrences: its sessions are at the office.',
  'scheduling.series.duplicate_client_location': "A series' client locations name a date twice.",
  'scheduling.series.move_overlaps_occurrence':
    'A moved occurrence would overlap another occurrence of the same series.',
  'scheduling.series.move_not_on_rule_date':
    'A series to edit holds a moved occurrence keyed to a date that is not one of its rule dates.',
  'scheduling.series.moved_occurrence_not_in_rule':
    'A "this and following" edit would leave a moved occurrence on a date that is no longer one of the rule’s: the moved session would vanish.',
  'scheduling.rrule.invalid':
    'An RRULE rule part is malformed or out of range (NAME=VALUE, a number, a date).',
  'scheduling.rrule.unsupported':
    'An RRULE uses a rule part or value a series cannot express (DAILY, BYMONTH, another BYSETPOS, …).',
  'scheduling.rrule.start_not_in_rule':
    'An RRULE does not produce the first date of the series (its DTSTART).',
  'scheduling.rrule.count_and_until': 'An RRULE gives both COUNT and UNTIL (RFC 5545 allows one).',
  'scheduling.rrule.unbounded': 'An RRULE gives neither COUNT nor UNTIL: a series must end.',
  'scheduling.rrule.count_past_cap':
    'An RRULE’s COUNT is above the 520 occurrences a series holds: refused, never cut.',
  'scheduling.waitlist.hours_end_before_start':
    'A waitlist entry’s preferred hours do not end after they start.',
  'scheduling.waitlist.contact_before_added': 'A waitlist contact is dated before the entry was added.',
  'scheduling.waitlist.opening_end_before_start': 'A waitlist opening does not end after it starts.',
  'scheduling.waitlist.tier_order': 'The waitlist policy does not list every tier exactly once.',
  'scheduling.waitlist.duplicate_id': 'Two waitlist entries of a batch have the same id.',
});
/**
 * A code on a scheduling validation issue.
 *
 * @example
 * ```ts
 * const code: SchedulingValidationCode = 'scheduling.series.unbounded';
 * ```
 */
export type SchedulingValidationCode = keyof typeof SCHEDULING_VALIDATION_CODES;
