// The core every module stands on: time, money, ids, decisions, errors and schema primitives.
// Core's top-level schemas are marked /* @__PURE__ */ (and the calls inside them), so a bundler drops
// those an app does not use: a core helper that needs no schema costs no zod (npm run check:size).
export { Email, Phone } from './contact.js';
export {
  compareReasons,
  compareText,
  type DecideBySeverityOptions,
  type Decision,
  decideBySeverity,
  defineReasonCodes,
  type Fact,
  type Facts,
  hasErrors,
  type Reason,
  reason,
  type Severity,
  sortReasons,
  worstSeverity,
} from './decision.js';
export {
  formatPath,
  PracticeOpsError,
  toValidationIssues,
  ValidationError,
  type ValidationIssue,
} from './errors.js';
export {
  AppointmentId,
  ClaimId,
  ClientId,
  ClinicianId,
  DocumentId,
  idSchema,
  LocationId,
  MessageId,
  PayerId,
  RoomId,
  SeriesId,
  StaffId,
} from './ids.js';
export { IssueList, type IssueReport, MAX_LISTED_ISSUES, type UnlistedIssues } from './issue-list.js';
export {
  allocateCents,
  applyBasisPoints,
  BasisPoints,
  Cents,
  divideRounded,
  formatCents,
  NonNegativeCents,
  Rounding,
  sumCents,
} from './money.js';
export { isNonEmpty, type NonEmptyArray } from './non-empty.js';
export { isValidNpi, Npi, npiCheckDigit } from './npi.js';
export { sortInPlace } from './sort.js';
export {
  addBusinessDays,
  type BusinessCalendar,
  BusinessCalendarOptions,
  businessCalendar,
  businessDaysBetween,
  isBusinessDay,
  WEEKENDS_ONLY,
} from './time/business-days.js';
export {
  addMinutes,
  compareInstants,
  formatInstant,
  formatWithOffset,
  hoursBetween,
  Instant,
  type LocalReading,
  localDateOf,
  localDayAndMinute,
  minutesBetween,
  offsetOf,
  readLocal,
  toEpochMs,
} from './time/instant.js';
export {
  addDays,
  addMonths,
  addMonthsToEpochDay,
  compareDates,
  daysBetween,
  daysInMonth,
  fromEpochDay,
  isLeapYear,
  isoWeekday,
  LocalDate,
  toEpochDay,
  Weekday,
  weekdayNumber,
  weekdayOf,
} from './time/local-date.js';
export {
  deferPastLocalHours,
  deferPastLocalHoursMs,
  isWithinLocalHours,
  LocalHours,
} from './time/local-hours.js';
export {
  DEFAULT_LOCAL_TIME_POLICY,
  type LocalPlacement,
  LocalTime,
  LocalTimePolicy,
  type LocalTimeResolution,
  type LocalTimeStatus,
  minuteOfDay,
  placeLocalMinute,
  resolveLocalMinute,
  resolveLocalTime,
} from './time/local-time.js';
export {
  type NamedHoliday,
  type UsFederalHolidaysOptions,
  usFederalHolidayList,
  usFederalHolidays,
} from './time/us-federal-holidays.js';
export { IanaZone, zoneOffsetMinutes } from './time/zone.js';
export { suggestFields, UNKNOWN_FIELD } from './unknown-fields.js';
export { UsState } from './us-state.js';
export {
  type BatchResult,
  type InvalidRecord,
  safeValidate,
  safeValidateByRecord,
  type ValidationResult,
  validate,
  validateBatch,
  validateEach,
} from './validate.js';
