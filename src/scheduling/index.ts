// Public API of practice-ops/scheduling: recurring sessions, open slots, conflicts, the missed-session
// fee policy, the waitlist, reminders and measures.
export {
  SchedulingAppointment,
  type SchedulingAppointmentInput,
  validateAppointments,
} from './appointments/appointment.js';
export { type AppointmentIndex, buildAppointmentIndex } from './appointments/appointment-index.js';
export {
  type BookingConflictDecision,
  EvaluateBookingConflictsOptions,
  evaluateBookingConflicts,
} from './appointments/booking-conflicts.js';
export {
  SchedulingClient,
  type SchedulingClientInput,
} from './appointments/client-profile.js';
export {
  DEFAULT_BUFFER_AFTER_MINUTES,
  DEFAULT_SESSION_MINUTES,
  SchedulingClinician,
  type SchedulingClinicianInput,
} from './appointments/clinician-profile.js';
export { SessionModalityKind, TelehealthDelivery } from './appointments/session-modality.js';
export {
  EvaluateMissedSessionFeeOptions,
  evaluateMissedSessionFee,
  type MissedSessionFeeDecision,
  type MissedSessionKind,
} from './fees/cancellation-fee.js';
export {
  CancellationPolicy,
  type CancellationPolicyInput,
} from './fees/cancellation-policy.js';
export { ClinicianFeeDecision } from './fees/crisis-hold.js';
export { CrisisPeriod } from './fees/crisis-periods.js';
export {
  ListMissedSessionFeesOptions,
  listMissedSessionFees,
  type MissedSessionFeesResult,
} from './fees/missed-session-fees.js';
export {
  type ClinicianLoad,
  type DailyLoad,
  MeasureClinicianLoadOptions,
  measureClinicianLoad,
} from './measures/clinician-load.js';
export {
  MeasureSessionOutcomesOptions,
  measureSessionOutcomes,
  type OutcomeMeasure,
  type OutcomeMeasures,
} from './measures/session-outcomes.js';
export {
  SCHEDULING_REASON_CODES,
  SCHEDULING_VALIDATION_CODES,
  type SchedulingReason,
  type SchedulingReasonCode,
  type SchedulingValidationCode,
} from './reason-codes.js';
export {
  ListRemindersDueOptions,
  listRemindersDue,
  type PlannedReminder,
  type PlanRemindersOptions,
  planReminders,
  ReminderPolicy,
  type ReminderPolicyInput,
  type RemindersDueResult,
  TEXT_MESSAGE_QUIET_HOURS,
} from './reminders/reminder-schedule.js';
export type { ReminderClockTime, ReminderSessionTime } from './reminders/reminder-session-time.js';
export {
  type ICalendarEventsInput,
  ToICalendarOptions,
  toICalendar,
} from './series/icalendar.js';
export { CalendarAudience } from './series/icalendar-audience.js';
export { ReadRRuleOptions, readRRule, type SeriesRecurrence, writeRRule } from './series/rrule-text.js';
export {
  MonthlyBy,
  SchedulingSeries,
  type SchedulingSeriesInput,
  SERIES_MAX_OCCURRENCES,
  SeriesFrequency,
} from './series/series.js';
export {
  EvaluateSeriesBookingOptions,
  evaluateSeriesBooking,
  type SeriesBookingDecision,
  type SeriesOccurrenceCheck,
} from './series/series-booking.js';
export {
  endSeries,
  rescheduleOccurrence,
  SeriesChanges,
  type SeriesChangesInput,
  skipOccurrence,
  splitSeries,
} from './series/series-edits.js';
export {
  type ExpandSeriesOptions,
  expandSeries,
  type SeriesExpansion,
  type SeriesOccurrence,
  type SkippedOccurrence,
  type WallReading,
} from './series/series-expansion.js';
export {
  DEFAULT_MAX_BOOKING_HORIZON_DAYS,
  DEFAULT_MIN_BOOKING_NOTICE_HOURS,
  DEFAULT_SLOT_STEP_MINUTES,
  FindOpenSlotsOptions,
  findOpenSlots,
  MAX_SLOT_SEARCH_DAYS,
  type OpenSlot,
  type OpenSlotResult,
} from './slots/open-slots.js';
export {
  DEFAULT_MEDICARE_IN_PERSON_REQUIRED_FROM,
  evaluateMedicareTelehealthInPerson,
  MedicareInPersonPendingReason,
  MedicareInPersonPendingVisit,
  type MedicareTelehealthInPersonDecision,
  MedicareTelehealthInPersonPolicy,
  type MedicareTelehealthInPersonPolicyInput,
  MedicareTelehealthSession,
  type MedicareTelehealthSessionInput,
} from './telehealth/medicare-in-person.js';
export { evaluateSessionDelivery, type SessionDeliveryDecision } from './telehealth/session-delivery.js';
export {
  ListWaitlistCheckInsOptions,
  listWaitlistCheckIns,
  type WaitlistCheckIn,
} from './waitlist/check-ins.js';
export {
  EvaluateWaitlistOffersOptions,
  evaluateWaitlistOffers,
  WaitlistOffer,
  type WaitlistOfferDecision,
  type WaitlistOfferInput,
} from './waitlist/offers.js';
export {
  evaluateWaitlistPriorityChange,
  type WaitlistPriorityChangeDecision,
  type WaitlistPriorityInput,
} from './waitlist/priority.js';
export {
  type IneligibleWaitlistEntry,
  type RankedWaitlistEntry,
  RankWaitlistForOpeningOptions,
  rankWaitlistForOpening,
  type WaitlistRanking,
} from './waitlist/ranking.js';
export {
  WaitlistEntry,
  type WaitlistEntryInput,
  WaitlistOpening,
  type WaitlistOpeningInput,
  WaitlistPriority,
  WaitlistTier,
} from './waitlist/waitlist-entry.js';
export { buildWaitlistIndex, type WaitlistIndex } from './waitlist/waitlist-index.js';
export {
  DEFAULT_MAX_WAITLIST_DECLINES,
  DEFAULT_OFFER_EXPIRY_MINUTES,
  DEFAULT_WAITLIST_CHECK_IN_DAYS,
  WaitlistPolicy,
  type WaitlistPolicyInput,
} from './waitlist/waitlist-policy.js';
