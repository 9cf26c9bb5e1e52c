// What other layers of this package need from scheduling but users must not see (not in the package's
// exports): field schemas the FHIR adapter maps, defaults and record helpers the tests check against, and
// fast paths on input already validated (ops validates the data file once, then asks the rules many times).
export {
  AppointmentCancelledBy,
  isHoldingTime,
  SchedulingAppointmentStatus,
  SchedulingAppointmentType,
} from './appointments/appointment.js';
export { conflictReasons } from './appointments/booking-conflicts.js';
export { SchedulingPreferences } from './appointments/client-profile.js';
export { weekOf } from './appointments/clinician-calendar.js';
export { ClinicianAvailabilityRule, ClinicianTimeOff } from './appointments/clinician-profile.js';
export { localDaysBetween, plusLocalDaysMs } from './appointments/local-days.js';
export { SchedulingPayerClass } from './appointments/payer-class.js';
export { SessionModality } from './appointments/session-modality.js';
export { isZoneOfState, STATE_IANA_ZONES, stateClocks } from './appointments/state-zone-list.js';
export { zonesAgree } from './appointments/zone-agreement.js';
export {
  CancellationNotice,
  DEFAULT_CANCELLATION_NOTICE,
  DEFAULT_MISSED_SESSION_FEE,
  MAX_NO_SHOW_AFTER_MINUTES,
  MissedSessionFee,
} from './fees/cancellation-policy.js';
export { missSpanMs } from './fees/crisis-periods.js';
export { decideMissedSessionFeesFromValidated, missedEventMs } from './fees/missed-session-fees.js';
export { DEFAULT_LOAD_THRESHOLDS } from './measures/clinician-load.js';
export {
  DEFAULT_QUIET_HOURS,
  DEFAULT_REMINDER_HOURS,
  planFor as planRemindersFromValidated,
  remindersDueFromValidated,
} from './reminders/reminder-schedule.js';
export { ICalendarEvents } from './series/icalendar.js';
export { SeriesException } from './series/series.js';
export { effectiveTier, rankWaitlistFromValidated } from './waitlist/ranking.js';
export { WaitlistActorRole, WaitlistEntryId, WaitlistOpeningId } from './waitlist/waitlist-entry.js';
export { waitlistSubIndex } from './waitlist/waitlist-index.js';
