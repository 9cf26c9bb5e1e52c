import * as z from 'zod';
import { toValidationIssues, ValidationError } from '../errors.js';
import { fromEpochDay, LocalDate, toEpochDay, Weekday, weekdayNumber } from './local-date.js';

/**
 * Which days are business days: every day except the weekend days and the listed holidays.
 * Build one with {@link businessCalendar} and reuse it across calls.
 */
export interface BusinessCalendar {
  /** ISO weekday numbers (1 = Monday … 7 = Sunday) that are never business days. */
  readonly weekend: ReadonlySet<number>;
  /** Epoch days of holidays. */
  readonly holidays: ReadonlySet<number>;
}

/** Options for {@link businessCalendar}. */
export const BusinessCalendarOptions = /* @__PURE__ */ z.strictObject({
  /** Holidays as `YYYY-MM-DD` dates, e.g. from {@link usFederalHolidays}. */
  holidays: /* @__PURE__ */ z.array(LocalDate).default([]),
  /** Weekend days; Saturday and Sunday by default. At least one weekday must remain a business day. */
  weekend: /* @__PURE__ */ z
    .array(Weekday)
    .default(['sat', 'sun'])
    .refine((days) => new Set(days).size < 7, {
      message: 'must leave at least one business day in the week',
      params: { code: 'core.business_days.no_business_day' },
    }),
});
export type BusinessCalendarOptions = z.input<typeof BusinessCalendarOptions>;

/**
 * Builds a {@link BusinessCalendar}.
 *
 * @throws {@link ValidationError} when a holiday is not a real date or the weekend covers every day.
 * @example
 * ```ts
 * const calendar = businessCalendar({ holidays: usFederalHolidays(2026) });
 * isBusinessDay('2026-11-26', calendar); //=> false (Thanksgiving)
 * ```
 */
export function businessCalendar(options: BusinessCalendarOptions = {}): BusinessCalendar {
  const parsed = BusinessCalendarOptions.safeParse(options);
  if (!parsed.success) throw calendarError(parsed.error);
  return {
    weekend: new Set(parsed.data.weekend.map(weekdayNumber)),
    holidays: new Set(parsed.data.holidays.map(toEpochDay)),
  };
}

function calendarError(error: z.ZodError): ValidationError {
  return new ValidationError('business calendar', toValidationIssues(error));
}

/** Saturday and Sunday off, no holidays. */
export const WEEKENDS_ONLY: BusinessCalendar = { weekend: new Set([6, 7]), holidays: new Set() };

function isBusinessEpochDay(day: number, calendar: BusinessCalendar): boolean {
  const iso = ((((day + 3) % 7) + 7) % 7) + 1;
  return !calendar.weekend.has(iso) && !calendar.holidays.has(day);
}

/** Whether a date is a business day in `calendar`. */
export function isBusinessDay(date: LocalDate, calendar: BusinessCalendar = WEEKENDS_ONLY): boolean {
  return isBusinessEpochDay(toEpochDay(date), calendar);
}

/**
 * The date `n` business days after `date` (before it when `n` is negative). For `n` other than 0 the
 * result is always a business day; `n = 0` returns `date` unchanged.
 *
 * @example
 * ```ts
 * addBusinessDays('2026-12-24', 1, businessCalendar({ holidays: usFederalHolidays(2026) }));
 * //=> '2026-12-28' (Christmas Friday and the weekend are skipped)
 * ```
 */
export function addBusinessDays(
  date: LocalDate,
  n: number,
  calendar: BusinessCalendar = WEEKENDS_ONLY,
): LocalDate {
  let day = toEpochDay(date);
  const step = n < 0 ? -1 : 1;
  let left = Math.abs(n);
  while (left > 0) {
    day += step;
    if (isBusinessEpochDay(day, calendar)) left -= 1;
  }
  return fromEpochDay(day);
}

/**
 * The number of business days `d` with `from < d ≤ to` (negated when `to` is before `from`), so that
 * `businessDaysBetween(a, addBusinessDays(a, n)) === n`.
 *
 * @example
 * ```ts
 * businessDaysBetween('2026-11-20', '2026-11-23'); //=> 1 (Friday to Monday)
 * ```
 */
export function businessDaysBetween(
  from: LocalDate,
  to: LocalDate,
  calendar: BusinessCalendar = WEEKENDS_ONLY,
): number {
  const a = toEpochDay(from);
  const b = toEpochDay(to);
  if (b < a) return -businessDaysBetween(to, from, calendar);
  let count = 0;
  for (let day = a + 1; day <= b; day += 1) if (isBusinessEpochDay(day, calendar)) count += 1;
  return count;
}
