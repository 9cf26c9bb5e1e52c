import * as z from 'zod';

/** Days since 1970-01-01 for a `YYYY-MM-DD` date, or `NaN` when it is not a real calendar date. */
export function toEpochDay(date: string): number {
  // Read by character codes: this runs once per date in million-record batches.
  if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return Number.NaN;
  const y = digits(date, 0, 4);
  const m = digits(date, 5, 7);
  const d = digits(date, 8, 10);
  if (y < 0 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return Number.NaN;
  return daysFromCivil(y, m, d);
}

/** The `YYYY-MM-DD` date of an epoch day. */
export function fromEpochDay(day: number): string {
  const [y, m, d] = civilFromDays(day);
  return `${pad4(y)}-${pad2(m)}-${pad2(d)}`;
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
 * shorter month.
 *
 * @example
 * ```ts
 * fromEpochDay(addMonthsToEpochDay(toEpochDay('2024-02-29'), 12)); //=> '2025-02-28'
 * ```
 */
export function addMonthsToEpochDay(epochDay: number, months: number): number {
  const [y, m, d] = civilFromDays(epochDay);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  return daysFromCivil(year, month, Math.min(d, daysInMonth(year, month)));
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

/** A calendar date written `YYYY-MM-DD`; impossible dates such as `2026-02-30` are rejected. */
export const LocalDate = /* @__PURE__ */ z.string().refine((s) => !Number.isNaN(toEpochDay(s)), {
  message: 'must be a real calendar date (YYYY-MM-DD)',
  params: { code: 'core.date.invalid' },
});
export type LocalDate = z.infer<typeof LocalDate>;

/** Whether `year` is a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Adds calendar days to a date.
 *
 * @example
 * ```ts
 * addDays('2028-02-28', 1); //=> '2028-02-29'
 * ```
 */
export function addDays(date: LocalDate, days: number): LocalDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/**
 * Adds calendar months, clamping to the last day of a shorter month: a window of 12 months from
 * February 29 ends on February 28, and one month after January 31 is the last day of February.
 *
 * @example
 * ```ts
 * addMonths('2024-02-29', 12); //=> '2025-02-28'
 * addMonths('2026-01-31', 1);  //=> '2026-02-28'
 * ```
 */
export function addMonths(date: LocalDate, months: number): LocalDate {
  return fromEpochDay(addMonthsToEpochDay(toEpochDay(date), months));
}

/**
 * Whole calendar days from `from` to `to` (negative when `to` is earlier).
 *
 * @example
 * ```ts
 * daysBetween('2026-12-31', '2027-01-01'); //=> 1
 * ```
 */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** Orders two dates: negative, zero or positive. */
export function compareDates(a: LocalDate, b: LocalDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The weekday names, Monday first: a plain list, so that date helpers need no schema. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** Days of the week by name, Monday first (ISO 8601). */
export const Weekday = /* @__PURE__ */ z.enum(WEEKDAYS);
export type Weekday = z.infer<typeof Weekday>;

/** ISO weekday number of a date: 1 for Monday through 7 for Sunday. */
export function isoWeekday(date: LocalDate): number {
  // 1970-01-01 was a Thursday (ISO 4).
  return ((((toEpochDay(date) + 3) % 7) + 7) % 7) + 1;
}

/**
 * The weekday of a date.
 *
 * @example
 * ```ts
 * weekdayOf('2026-11-22'); //=> 'sun'
 * ```
 */
export function weekdayOf(date: LocalDate): Weekday {
  return WEEKDAYS[isoWeekday(date) - 1] as Weekday;
}

/** ISO number (1–7) of a weekday name. */
export function weekdayNumber(day: Weekday): number {
  return WEEKDAYS.indexOf(day) + 1;
}

const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => (n < 10 ? `0${n}` : String(n)));

/** `n` with at least two digits; 0–99 come from a table, so formatting allocates no new pieces. */
export function pad2(n: number): string {
  return TWO_DIGITS[n] ?? (n < 10 ? `0${n}` : String(n));
}

function pad4(n: number): string {
  return String(n).padStart(4, '0');
}
