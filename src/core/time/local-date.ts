import * as z from 'zod';
import { argumentError, checkInteger, checkOneOf, checkString } from '../arguments.js';

/** Milliseconds in a UTC day (every UTC day has them: epoch time has no leap seconds). */
export const DAY_MS = 86_400_000;

/**
 * Days since 1970-01-01 for a `YYYY-MM-DD` date, or `NaN` when the string is not a real calendar date.
 *
 * @throws {@link ValidationError} when `date` is not a string.
 * @example
 * ```ts
 * toEpochDay('1970-01-02'); //=> 1
 * toEpochDay('2026-02-30'); //=> NaN
 * ```
 */
export function toEpochDay(date: string): number {
  if (typeof date !== 'string') throw argumentError('date', 'invalid_type', 'expected string');
  // Read by character codes: this runs once per date in million-record batches.
  if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return Number.NaN;
  const y = digits(date, 0, 4);
  const m = digits(date, 5, 7);
  const d = digits(date, 8, 10);
  if (y < 0 || m < 1 || m > 12 || d < 1 || d > monthLength(y, m)) return Number.NaN;
  return daysFromCivil(y, m, d);
}

/** The first epoch day `YYYY-MM-DD` can write: 0000-01-01. */
export const MIN_EPOCH_DAY = -719_528;
/** The last epoch day `YYYY-MM-DD` can write: 9999-12-31. */
export const MAX_EPOCH_DAY = 2_932_896;

/**
 * The `YYYY-MM-DD` date of an epoch day. Days before 0000-01-01 or after 9999-12-31 write as those
 * dates: date arithmetic saturates at the ends of the range (see {@link addDays}).
 *
 * @throws {@link ValidationError} when `day` is not an integer.
 * @example
 * ```ts
 * fromEpochDay(20_412); //=> '2025-11-20'
 * ```
 */
export function fromEpochDay(day: number): string {
  return writeEpochDay(checkInteger(day, 'epoch day'));
}

/** {@link fromEpochDay} for callers that computed `day` themselves: an integer, saturated at the range's ends. */
export function writeEpochDay(day: number): string {
  const [y, m, d] = civilFromDays(saturate(day));
  return `${pad4(y)}-${pad2(m)}-${pad2(d)}`;
}

/** The epoch day of a date argument, or a {@link ValidationError} naming `subject` when it is not a real date. */
export function dateArgument(value: unknown, subject: string): number {
  const day = toEpochDay(checkString(value, subject));
  if (Number.isNaN(day))
    throw argumentError(subject, 'core.date.invalid', 'must be a real calendar date (YYYY-MM-DD)');
  return day;
}

// Inverse of daysFromCivil (H. Hinnant, "chrono-Compatible Low-Level Date Algorithms").
function civilFromDays(day: number): [year: number, month: number, day: number] {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

/**
 * {@link addMonths} on epoch days, for hot loops that keep dates as day numbers: clamps to the end of a
 * shorter month, and saturates at the ends of the date range like {@link addDays}.
 *
 * @throws {@link ValidationError} when `epochDay` or `months` is not an integer.
 * @example
 * ```ts
 * fromEpochDay(addMonthsToEpochDay(toEpochDay('2024-02-29'), 12)); //=> '2025-02-28'
 * ```
 */
export function addMonthsToEpochDay(epochDay: number, months: number): number {
  return shiftMonths(checkInteger(epochDay, 'epoch day'), checkInteger(months, 'number of months'));
}

// Months in the date range: a shift by more saturates whatever the start.
const RANGE_MONTHS = 120_000;

/** {@link addMonthsToEpochDay} on integers the caller has checked. */
export function shiftMonths(epochDay: number, months: number): number {
  const [y, m, d] = civilFromDays(saturate(epochDay));
  const total = y * 12 + (m - 1) + Math.max(-RANGE_MONTHS, Math.min(RANGE_MONTHS, months));
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  return saturate(daysFromCivil(year, month, Math.min(d, monthLength(year, month))));
}

/** An epoch day held inside the range `YYYY-MM-DD` can write. */
export function saturate(day: number): number {
  return Math.min(Math.max(day, MIN_EPOCH_DAY), MAX_EPOCH_DAY);
}

// Days from 1970-01-01 in the proleptic Gregorian calendar; pure integer arithmetic, no host zone.
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

// The decimal number in text[from, to), or -1 when a character is not a digit.
export function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i += 1) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * A regular expression, for the JSON Schema, matching a date {@link toEpochDay} accepts (each month's
 * length; 29 February in leap years only: every 4th year, centuries every 400th), then `time`.
 */
export function datePattern(time = ''): string {
  const date =
    '(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))' +
    '|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)';
  return `^${date}${time}$`;
}

/**
 * A calendar date written `YYYY-MM-DD`; impossible dates such as `2026-02-30` are rejected.
 *
 * @example
 * ```ts
 * LocalDate.safeParse('2026-02-28').success; //=> true
 * LocalDate.safeParse('2026-02-30').success; //=> false
 * ```
 */
export const LocalDate = /* @__PURE__ */ z
  .string()
  .refine((s) => !Number.isNaN(toEpochDay(s)), {
    message: 'must be a real calendar date (YYYY-MM-DD)',
    params: { code: 'core.date.invalid' },
  })
  .meta({
    description:
      'A calendar date, YYYY-MM-DD; only real dates (no 2026-02-30, 29 February in leap years only).',
    format: 'date',
    // A pure call, so a bundle without the schema drops it (a template literal here would keep zod).
    pattern: /* @__PURE__ */ datePattern(),
  });
export type LocalDate = z.infer<typeof LocalDate>;

/**
 * Whether `year` is a Gregorian leap year.
 *
 * @throws {@link ValidationError} when `year` is not an integer.
 * @example
 * ```ts
 * isLeapYear(2028); //=> true
 * isLeapYear(2100); //=> false
 * ```
 */
export function isLeapYear(year: number): boolean {
  return leapYear(checkInteger(year, 'year'));
}

function leapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Number of days in `month` (1–12) of `year`.
 *
 * @throws {@link ValidationError} when `year` is not an integer or `month` is not 1–12.
 * @example
 * ```ts
 * daysInMonth(2028, 2); //=> 29
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  return monthLength(checkInteger(year, 'year'), checkInteger(month, 'month', 1, 12));
}

/** {@link daysInMonth} of a year and month already known to be integers, 1–12 for the month (internal). */
export function monthLength(year: number, month: number): number {
  if (month === 2) return leapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Adds calendar days to a date. The result saturates at the ends of the range `YYYY-MM-DD` can write:
 * a date past 9999-12-31 is 9999-12-31 (so a far-future "never" stays never) and one before 0000-01-01
 * is 0000-01-01.
 *
 * @throws {@link ValidationError} when `date` is not a real date or `days` is not an integer.
 * @example
 * ```ts
 * addDays('2028-02-28', 1);   //=> '2028-02-29'
 * addDays('9999-12-31', 120); //=> '9999-12-31'
 * ```
 */
export function addDays(date: LocalDate, days: number): LocalDate {
  return writeEpochDay(dateArgument(date, 'date') + checkInteger(days, 'number of days'));
}

/**
 * Adds calendar months, clamping to the last day of a shorter month: a window of 12 months from
 * February 29 ends on February 28, and one month after January 31 is the last day of February. Like
 * {@link addDays}, the result saturates at 0000-01-01 and 9999-12-31.
 *
 * @throws {@link ValidationError} when `date` is not a real date or `months` is not an integer.
 * @example
 * ```ts
 * addMonths('2024-02-29', 12); //=> '2025-02-28'
 * addMonths('2026-01-31', 1);  //=> '2026-02-28'
 * ```
 */
export function addMonths(date: LocalDate, months: number): LocalDate {
  return writeEpochDay(shiftMonths(dateArgument(date, 'date'), checkInteger(months, 'number of months')));
}

/**
 * Whole calendar days from `from` to `to` (negative when `to` is earlier).
 *
 * @throws {@link ValidationError} when either is not a real date.
 * @example
 * ```ts
 * getDaysBetween('2026-12-31', '2027-01-01'); //=> 1
 * ```
 */
export function getDaysBetween(from: LocalDate, to: LocalDate): number {
  return dateArgument(to, 'end date') - dateArgument(from, 'start date');
}

/**
 * Orders two dates: negative, zero or positive. `YYYY-MM-DD` dates order as their text, so this compares
 * text and does not check that each is a real date (schema refinements call it on fields that may have
 * failed their own check; a schema or {@link getDaysBetween} checks dates).
 *
 * @throws {@link ValidationError} when either is not a string.
 * @example
 * ```ts
 * ['2026-03-02', '2026-01-05'].sort(compareDates); //=> ['2026-01-05', '2026-03-02']
 * ```
 */
export function compareDates(a: LocalDate, b: LocalDate): number {
  const x = checkString(a, 'date');
  const y = checkString(b, 'date');
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The weekday names, Monday first: a plain list, so that date helpers need no schema. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/**
 * Days of the week by name, Monday first (ISO 8601).
 *
 * @example
 * ```ts
 * Weekday.parse('mon'); //=> 'mon'
 * ```
 */
export const Weekday = /* @__PURE__ */ z.enum(WEEKDAYS);
export type Weekday = z.infer<typeof Weekday>;

/**
 * ISO weekday number of a date: 1 for Monday through 7 for Sunday.
 *
 * @throws {@link ValidationError} when `date` is not a real date.
 * @example
 * ```ts
 * isoWeekday('2026-11-22'); //=> 7
 * ```
 */
export function isoWeekday(date: LocalDate): number {
  return isoWeekdayOfDay(dateArgument(date, 'date'));
}

/** The ISO weekday (1 = Monday … 7 = Sunday) of an epoch day. */
export function isoWeekdayOfDay(day: number): number {
  // 1970-01-01 was a Thursday (ISO 4).
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/**
 * The weekday of a date.
 *
 * @throws {@link ValidationError} when `date` is not a real date.
 * @example
 * ```ts
 * getWeekday('2026-11-22'); //=> 'sun'
 * ```
 */
export function getWeekday(date: LocalDate): Weekday {
  return WEEKDAYS[isoWeekday(date) - 1] as Weekday;
}

/**
 * ISO number (1–7) of a weekday name.
 *
 * @throws {@link ValidationError} when `day` is not a weekday name.
 * @example
 * ```ts
 * weekdayNumber('sun'); //=> 7
 * ```
 */
export function weekdayNumber(day: Weekday): number {
  return WEEKDAYS.indexOf(checkOneOf(day, WEEKDAYS, 'weekday')) + 1;
}

const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => (n < 10 ? `0${n}` : String(n)));

/** `n` with at least two digits; 0–99 come from a table, so formatting allocates no new pieces. */
export function pad2(n: number): string {
  return TWO_DIGITS[n] ?? (n < 10 ? `0${n}` : String(n));
}

function pad4(n: number): string {
  return String(n).padStart(4, '0');
}
