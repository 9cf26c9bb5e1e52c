// Public API of practice-ops/scheduling: recurring sessions, open slots, conflicts, the missed-session
// fee policy, the waitlist, reminders and measures.
export {
  AppointmentCancelledBy,
  appointmentHoldsTime,
  SchedulingAppointment,
  type SchedulingAppointmentInput,
  SchedulingAppointmentStatus,
  SchedulingAppointmentType,
  validateAppointments,
} from './appointments/appointment.js';
export { type AppointmentIndex, indexAppointments } from './appointments/appointment-index.js';
export {
  BookingCheckOptions,
  type BookingConflictDecision,
  evaluateBookingConflicts,
} from './appointments/booking-conflicts.js';
export {
  SchedulingClient,
  type SchedulingClientInput,
  SchedulingPreferences,
} from './appointments/client-profile.js';
export {
  ClinicianAvailabilityRule,
  ClinicianTimeOff,
  DEFAULT_BUFFER_AFTER_MINUTES,
  DEFAULT_SESSION_MINUTES,
  SchedulingClinician,
  type SchedulingClinicianInput,
} from './appointments/clinician-profile.js';
export { SchedulingPayerClass } from './appointments/payer-class.js';
export { SessionModality, SessionModalityKind } from './appointments/session-modality.js';
export {
  evaluateMissedSessionFee,
  type MissedSessionFeeDecision,
  MissedSessionFeeOptions,
  type MissedSessionKind,
} from './fees/cancellation-fee.js';
export {
  CancellationNotice,
  CancellationPolicy,
  type CancellationPolicyInput,
  DEFAULT_CANCELLATION_NOTICE,
  DEFAULT_MISSED_SESSION_FEE,
  MissedSessionFee,
} from './fees/cancellation-policy.js';
export {
  listMissedSessionFees,
  MissedSessionFeesOptions,
  type MissedSessionFeesResult,
} from './fees/missed-session-fees.js';
export {
  type ClinicianLoad,
  ClinicianLoadOptions,
  type DailyLoad,
  DEFAULT_LOAD_THRESHOLDS,
  measureClinicianLoad,
} from './measures/clinician-load.js';
export {
  measureSessionOutcomes,
  type OutcomeMeasure,
  type OutcomeMeasures,
  OutcomeMeasureWindow,
} from './measures/session-outcomes.js';
export { SCHEDULING_REASON_CODES, type SchedulingReason, type SchedulingReasonCode } from './reason-codes.js';
export {
  DEFAULT_QUIET_HOURS,
  DEFAULT_REMINDER_HOURS,
  listRemindersDue,
  type PlannedReminder,
  planReminders,
  ReminderPolicy,
  type ReminderPolicyInput,
  RemindersDueOptions,
  type RemindersDueResult,
} from './reminders/reminder-schedule.js';
export {
  MonthlyBy,
  SchedulingSeries,
  type SchedulingSeriesInput,
  SERIES_MAX_OCCURRENCES,
  SeriesException,
  SeriesFrequency,
} from './series/series.js';
export {
  evaluateSeriesBooking,
  type SeriesBookingDecision,
  SeriesBookingOptions,
  type SeriesOccurrenceCheck,
} from './series/series-booking.js';
export {
  endSeries,
  moveOccurrence,
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
  findOpenSlots,
  MAX_SLOT_SEARCH_DAYS,
  type OpenSlot,
  type OpenSlotResult,
  OpenSlotSearch,
  type OpenSlotSearchInput,
} from './slots/open-slots.js';
export { listWaitlistCheckIns, type WaitlistCheckIn, WaitlistCheckInOptions } from './waitlist/check-ins.js';
export {
  evaluateWaitlistOffers,
  WaitlistOffer,
  type WaitlistOfferDecision,
  type WaitlistOfferInput,
  WaitlistOfferOptions,
} from './waitlist/offers.js';
export {
  setWaitlistPriority,
  type WaitlistPriorityDecision,
  type WaitlistPriorityInput,
} from './waitlist/priority.js';
export {
  type IneligibleWaitlistEntry,
  type RankedWaitlistEntry,
  rankWaitlistForOpening,
  type WaitlistRanking,
  WaitlistRankingOptions,
} from './waitlist/ranking.js';
export {
  WaitlistActorRole,
  WaitlistEntry,
  WaitlistEntryId,
  type WaitlistEntryInput,
  WaitlistOpening,
  WaitlistOpeningId,
  type WaitlistOpeningInput,
  WaitlistPriority,
  WaitlistTier,
} from './waitlist/waitlist-entry.js';
export { indexWaitlist, type WaitlistIndex } from './waitlist/waitlist-index.js';
export {
  DEFAULT_MAX_WAITLIST_DECLINES,
  DEFAULT_OFFER_EXPIRY_MINUTES,
  DEFAULT_WAITLIST_CHECK_IN_DAYS,
  WaitlistPolicy,
  type WaitlistPolicyInput,
} from './waitlist/waitlist-policy.js';
