import { z } from 'zod';

const DAY_MS = 86_400_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a `YYYY-MM-DD` date, or `NaN` when it is not a real calendar date. */
export function toEpochDay(date: string): number {
  const m = DATE_RE.exec(date);
  if (!m) return Number.NaN;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return Number.NaN;
  // Date.UTC is pure arithmetic on the proleptic Gregorian calendar; the host zone plays no part.
  return Date.UTC(y, mo - 1, d) / DAY_MS;
}

/** The `YYYY-MM-DD` date of an epoch day. */
export function fromEpochDay(day: number): string {
  const d = new Date(day * DAY_MS);
  return `${pad4(d.getUTCFullYear())}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

/** A calendar date written `YYYY-MM-DD`; impossible dates such as `2026-02-30` are rejected. */
export const LocalDate = z.string().refine((s) => !Number.isNaN(toEpochDay(s)), {
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
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  return `${pad4(year)}-${pad2(month)}-${pad2(Math.min(d, daysInMonth(year, month)))}`;
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

/** Days of the week by name, Monday first (ISO 8601). */
export const Weekday = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
export type Weekday = z.infer<typeof Weekday>;

const WEEKDAYS = Weekday.options;

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

export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function pad4(n: number): string {
  return String(n).padStart(4, '0');
}
