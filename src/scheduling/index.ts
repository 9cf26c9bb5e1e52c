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
} from './appointment.js';
export { type AppointmentIndex, indexAppointments } from './appointment-index.js';
export {
  BookingCheckOptions,
  type BookingConflictDecision,
  evaluateBookingConflicts,
} from './booking-conflicts.js';
export {
  evaluateMissedSessionFee,
  type MissedSessionFeeDecision,
  MissedSessionFeeOptions,
  type MissedSessionKind,
} from './cancellation-fee.js';
export {
  CancellationNotice,
  CancellationPolicy,
  type CancellationPolicyInput,
  DEFAULT_CANCELLATION_NOTICE,
  DEFAULT_MISSED_SESSION_FEE,
  MissedSessionFee,
} from './cancellation-policy.js';
export { SchedulingClient, type SchedulingClientInput, SchedulingPreferences } from './client-profile.js';
export {
  type ClinicianLoad,
  ClinicianLoadOptions,
  type DailyLoad,
  DEFAULT_LOAD_THRESHOLDS,
  measureClinicianLoad,
} from './clinician-load.js';
export {
  ClinicianAvailabilityRule,
  ClinicianTimeOff,
  DEFAULT_BUFFER_AFTER_MINUTES,
  DEFAULT_SESSION_MINUTES,
  SchedulingClinician,
  type SchedulingClinicianInput,
} from './clinician-profile.js';
export {
  listMissedSessionFees,
  MissedSessionFeesOptions,
  type MissedSessionFeesResult,
} from './missed-session-fees.js';
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
} from './open-slots.js';
export { SchedulingPayerClass } from './payer-class.js';
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
} from './reminder-schedule.js';
export {
  measureSessionOutcomes,
  type OutcomeMeasure,
  type OutcomeMeasures,
  OutcomeMeasureWindow,
} from './schedule-measures.js';
export {
  MonthlyBy,
  SchedulingSeries,
  type SchedulingSeriesInput,
  SERIES_MAX_OCCURRENCES,
  SeriesException,
  SeriesFrequency,
} from './series.js';
export {
  evaluateSeriesBooking,
  type SeriesBookingDecision,
  SeriesBookingOptions,
  type SeriesOccurrenceCheck,
} from './series-booking.js';
export {
  endSeries,
  moveOccurrence,
  SeriesChanges,
  type SeriesChangesInput,
  skipOccurrence,
  splitSeries,
} from './series-edits.js';
export {
  type ExpandSeriesOptions,
  expandSeries,
  type SeriesExpansion,
  type SeriesOccurrence,
  type SkippedOccurrence,
  type WallReading,
} from './series-expansion.js';
export { SessionModality, SessionModalityKind } from './session-modality.js';
export { listWaitlistCheckIns, type WaitlistCheckIn, WaitlistCheckInOptions } from './waitlist-check-ins.js';
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
} from './waitlist-entry.js';
export { indexWaitlist, type WaitlistIndex } from './waitlist-index.js';
export {
  evaluateWaitlistOffers,
  WaitlistOffer,
  type WaitlistOfferDecision,
  type WaitlistOfferInput,
  WaitlistOfferOptions,
} from './waitlist-offers.js';
export {
  DEFAULT_MAX_WAITLIST_DECLINES,
  DEFAULT_OFFER_EXPIRY_MINUTES,
  DEFAULT_WAITLIST_CHECK_IN_DAYS,
  WaitlistPolicy,
  type WaitlistPolicyInput,
} from './waitlist-policy.js';
export {
  setWaitlistPriority,
  type WaitlistPriorityDecision,
  type WaitlistPriorityInput,
} from './waitlist-priority.js';
export {
  type IneligibleWaitlistEntry,
  type RankedWaitlistEntry,
  rankWaitlistForOpening,
  type WaitlistRanking,
  WaitlistRankingOptions,
} from './waitlist-ranking.js';
