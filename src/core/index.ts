// The core every module stands on: time, money, ids, decisions, errors and schema primitives.
// Core's top-level schemas are marked /* @__PURE__ */ (and the calls inside them), so a bundler drops
// those an app does not use: a core helper that needs no schema costs no zod (npm run check:size).
export {
  ChannelConsent,
  type ChannelConsentInput,
  ClientChannelConsent,
  type ClientChannelConsentInput,
  ContactChannel,
  canCarryClinicalDetail,
  canUseChannel,
  hasChannelOptIn,
  isSecureContactChannel,
} from './channel-consent.js';
export { Email, Phone } from './contact.js';
export {
  type Decision,
  type Fact,
  type Facts,
  getWorstSeverity,
  hasErrors,
  type Reason,
  reason,
  type Severity,
} from './decision.js';
export { PracticeOpsError, ValidationError, type ValidationIssue } from './errors.js';
export {
  AppointmentId,
  ClaimId,
  ClientId,
  ClinicianId,
  PayerId,
} from './ids.js';
export type { UnlistedIssues } from './issue-list.js';
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
export { isValidNpi, Npi } from './npi.js';
export { PractitionerKind, RENAMED_PRACTITIONER_KINDS } from './practitioner-kind.js';
export {
  addBusinessDays,
  type BusinessCalendar,
  BusinessCalendarOptions,
  createBusinessCalendar,
  getBusinessDaysBetween,
  isBusinessDay,
} from './time/business-days.js';
export {
  addMinutes,
  compareInstants,
  formatInstant,
  getHoursBetween,
  getLocalDate,
  getMinutesBetween,
  Instant,
  type LocalReading,
  readLocal,
} from './time/instant.js';
export {
  addDays,
  addMonths,
  compareDates,
  getDaysBetween,
  getWeekday,
  LocalDate,
  Weekday,
} from './time/local-date.js';
export { getInstantOutsideLocalHours, isWithinLocalHours, LocalHours } from './time/local-hours.js';
export {
  DEFAULT_LOCAL_TIME_POLICY,
  LocalTime,
  LocalTimePolicy,
  type LocalTimePolicyInput,
  type LocalTimeResolution,
  type LocalTimeStatus,
  resolveLocalTime,
} from './time/local-time.js';
export {
  getUsFederalHolidays,
  type UsFederalHolidaysOptions,
} from './time/us-federal-holidays.js';
export { IanaZone } from './time/zone.js';
export { UsState } from './us-state.js';
export {
  type BatchResult,
  type InvalidRecord,
  safeValidate,
  type ValidationResult,
  validate,
  validateBatch,
} from './validate.js';
