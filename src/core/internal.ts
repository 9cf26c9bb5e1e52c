// What the other layers of this package need from core but users must not see (not in the package's
// exports): cheap argument checks for hot paths, the checks schemas share, and the epoch-number plumbing
// that batches run on. Domain modules import this file and core/index.js, nothing else of core.
export { argumentError, checkIterable, checkObject } from './arguments.js';

export {
  channelAllowed,
  channelConsentFacts,
  clinicalDetailAllowed,
  consentInForceAt,
  isOptedIn,
  isRecordedAfter,
} from './channel-consent.js';

export type { CheckMode } from './compiled-check.js';

export {
  compareReasons,
  compareText,
  type DecideBySeverityOptions,
  decideBySeverity,
  defineReasonCodes,
  sortReasons,
} from './decision.js';

export { formatPath } from './errors.js';

export { DocumentId, idSchema, LocationId, MessageId, RoomId, SeriesId, StaffId } from './ids.js';

export { IssueList, type IssueReport, MAX_LISTED_ISSUES } from './issue-list.js';

export { npiCheckDigit } from './npi.js';

export { practitionerKinds } from './practitioner-kind.js';
export {
  checkDateOrder,
  checkUniqueKeys,
  hasDuplicates,
  isObjectPayload,
  type RefinementIssue,
} from './refinements.js';
export { type RenamedIssue, renamedEnum } from './renamed-enum.js';

export { sortInPlace } from './sort.js';

export { WEEKENDS_ONLY } from './time/business-days.js';

export { formatWithOffset, localDayAndMinute, offsetOf, toEpochMs } from './time/instant.js';

export {
  addMonthsToEpochDay,
  DAY_MS,
  daysInMonth,
  fromEpochDay,
  isLeapYear,
  isoWeekday,
  isoWeekdayOfDay,
  toEpochDay,
  weekdayNumber,
} from './time/local-date.js';

export { getInstantOutsideLocalHoursMs } from './time/local-hours.js';

export { type LocalPlacement, minuteOfDay, placeLocalMinute, resolveLocalMinute } from './time/local-time.js';

export { type NamedHoliday, usFederalHolidayList } from './time/us-federal-holidays.js';

export { zoneOffsetMinutes } from './time/zone.js';

export { keepFirstOfEachId } from './unique-records.js';

export { suggestFields, UNKNOWN_FIELD } from './unknown-fields.js';

export { safeValidateByRecord, validateEach } from './validate.js';

export {
  type ArgumentSpec,
  recordsArgument,
  type ValidatedArguments,
  validateArguments,
} from './validate-arguments.js';

export { toValidationIssues } from './zod-issues.js';
