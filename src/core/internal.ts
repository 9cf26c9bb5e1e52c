// What the other layers of this package need from core but users must not see (not in the package's
// exports): cheap argument checks for hot paths, the checks schemas share, and the epoch-number plumbing
// that batches run on. Domain modules import this file and core/index.js, nothing else of core.
export { argumentError, checkIterable } from './arguments.js';
export { compareText } from './decision.js';
export { formatPath } from './errors.js';
export {
  checkDateOrder,
  checkUniqueKeys,
  hasDuplicates,
  isObjectPayload,
  type RefinementIssue,
} from './refinements.js';
export { sortInPlace } from './sort.js';
export { localDayAndMinute, toEpochMs } from './time/instant.js';
export {
  addMonthsToEpochDay,
  DAY_MS,
  fromEpochDay,
  isoWeekdayOfDay,
  toEpochDay,
} from './time/local-date.js';
export { deferPastLocalHoursMs } from './time/local-hours.js';
export { minuteOfDay, placeLocalMinute, resolveLocalMinute } from './time/local-time.js';
export { zoneOffsetMinutes } from './time/zone.js';
export { keepFirstOfEachId } from './unique-records.js';
export { validateEach } from './validate.js';
