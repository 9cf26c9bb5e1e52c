import * as z from 'zod';
import { argumentError, checkInteger } from '../arguments.js';
import { ValidationError } from '../errors.js';
import { toValidationIssues } from '../zod-issues.js';
import {
  dateArgument,
  isoWeekdayOfDay,
  LocalDate,
  MAX_EPOCH_DAY,
  MIN_EPOCH_DAY,
  toEpochDay,
  Weekday,
  weekdayNumber,
  writeEpochDay,
} from './local-date.js';

/**
 * Which days are business days: every day except the weekend days and the listed holidays.
 * Build one with {@link createBusinessCalendar} and reuse it across calls.
 * @example
 * ```ts
 * const calendar: BusinessCalendar = createBusinessCalendar({ holidays: getUsFederalHolidays(2026, 2026) });
 * isBusinessDay('2026-12-25', calendar); //=> false
 * ```
 */
export interface BusinessCalendar {
  /** ISO weekday numbers (1 = Monday … 7 = Sunday) that are never business days. */
  readonly weekend: ReadonlySet<number>;
  /** Epoch days of holidays. */
  readonly holidays: ReadonlySet<number>;
}

/**
 * Options for {@link createBusinessCalendar}.
 *
 * @example
 * ```ts
 * createBusinessCalendar({ holidays: ['2026-12-24'], weekend: ['sat', 'sun'] });
 * ```
 */
export const BusinessCalendarOptions = /* @__PURE__ */ z.strictObject({
  /** Holidays as `YYYY-MM-DD` dates, e.g. from {@link core!getUsFederalHolidays}. */
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
 * const calendar = createBusinessCalendar({ holidays: getUsFederalHolidays(2026) });
 * isBusinessDay('2026-11-26', calendar); //=> false (Thanksgiving)
 * ```
 */
export function createBusinessCalendar(options: BusinessCalendarOptions = {}): BusinessCalendar {
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

/**
 * Saturday and Sunday off, no holidays.
 *
 * @example
 * ```ts
 * isBusinessDay('2026-11-21', WEEKENDS_ONLY); //=> false (a Saturday)
 * ```
 */
export const WEEKENDS_ONLY: BusinessCalendar = { weekend: new Set([6, 7]), holidays: new Set() };

/** `value` when it is a {@link BusinessCalendar} (as {@link createBusinessCalendar} builds), else a ValidationError. */
function calendarArgument(value: unknown): BusinessCalendar {
  const calendar = value as Partial<BusinessCalendar> | null;
  if (
    typeof calendar !== 'object' ||
    calendar === null ||
    !(calendar.weekend instanceof Set) ||
    !(calendar.holidays instanceof Set)
  ) {
    throw argumentError(
      'business calendar',
      'invalid_type',
      'expected a calendar built by createBusinessCalendar()',
    );
  }
  let weekdays = 7;
  for (const iso of calendar.weekend) {
    if (!Number.isInteger(iso) || iso < 1 || iso > 7) {
      throw argumentError(
        'business calendar',
        'invalid_value',
        'must have ISO weekday numbers 1-7 as its weekend',
      );
    }
    weekdays -= 1;
  }
  if (weekdays < 1) {
    throw argumentError(
      'business calendar',
      'core.business_days.no_business_day',
      'must leave at least one business day in the week',
    );
  }
  return calendar as BusinessCalendar;
}

function isBusinessEpochDay(day: number, calendar: BusinessCalendar): boolean {
  return !calendar.weekend.has(isoWeekdayOfDay(day)) && !calendar.holidays.has(day);
}

/** Holidays `h` with `from < h <= to` that fall on a weekday of the calendar (the ones that cost a business day). */
function weekdayHolidaysIn(from: number, to: number, calendar: BusinessCalendar): number {
  let count = 0;
  for (const h of calendar.holidays) {
    if (!Number.isInteger(h)) {
      throw argumentError('business calendar', 'invalid_type', 'must list its holidays as epoch days');
    }
    if (h > from && h <= to && !calendar.weekend.has(isoWeekdayOfDay(h))) count += 1;
  }
  return count;
}

/** Business days `d` with `from < d <= to`, for `from <= to`: whole weeks at once, then at most six days. */
function businessDaysIn(from: number, to: number, calendar: BusinessCalendar): number {
  const weeks = Math.floor((to - from) / 7);
  let count = weeks * (7 - calendar.weekend.size);
  for (let day = from + weeks * 7 + 1; day <= to; day += 1) {
    if (!calendar.weekend.has(isoWeekdayOfDay(day))) count += 1;
  }
  return count - weekdayHolidaysIn(from, to, calendar);
}

/**
 * Whether a date is a business day in `calendar`.
 *
 * @throws {@link ValidationError} when `date` is not a real date or `calendar` is not a calendar.
 * @example
 * ```ts
 * isBusinessDay('2026-11-26', createBusinessCalendar({ holidays: getUsFederalHolidays(2026) })); //=> false
 * ```
 */
export function isBusinessDay(date: LocalDate, calendar: BusinessCalendar = WEEKENDS_ONLY): boolean {
  const day = dateArgument(date, 'date');
  return isBusinessEpochDay(day, calendarArgument(calendar));
}

/**
 * The date `n` business days after `date` (before it when `n` is negative). For `n` other than 0 the
 * result is a business day; `n = 0` returns `date` unchanged. Like {@link addDays}, the result saturates
 * at 0000-01-01 and 9999-12-31 (which need not be business days). Whole weeks are counted at once, so
 * the work grows with the number of holidays, not with `n`.
 *
 * @throws {@link ValidationError} when `date` is not a real date, `n` is not an integer, or `calendar` is
 * not a calendar.
 * @example
 * ```ts
 * addBusinessDays('2026-12-24', 1, createBusinessCalendar({ holidays: getUsFederalHolidays(2026) }));
 * //=> '2026-12-28' (Christmas Friday and the weekend are skipped)
 * ```
 */
export function addBusinessDays(
  date: LocalDate,
  n: number,
  calendar: BusinessCalendar = WEEKENDS_ONLY,
): LocalDate {
  let day = dateArgument(date, 'date');
  const count = checkInteger(n, 'number of business days');
  const cal = calendarArgument(calendar);
  const step = count < 0 ? -1 : 1;
  const perWeek = 7 - cal.weekend.size;
  let left = Math.abs(count);
  while (left > perWeek) {
    // Jump whole weeks, keeping at least one day to step to: a landing on a business day is found by stepping.
    const weeks = Math.floor((left - 1) / perWeek);
    const target = day + step * weeks * 7;
    if (target < MIN_EPOCH_DAY || target > MAX_EPOCH_DAY) return writeEpochDay(target);
    const holidays =
      step > 0 ? weekdayHolidaysIn(day, target, cal) : weekdayHolidaysIn(target - 1, day - 1, cal);
    left -= weeks * perWeek - holidays;
    day = target;
  }
  while (left > 0) {
    day += step;
    if (day < MIN_EPOCH_DAY || day > MAX_EPOCH_DAY) return writeEpochDay(day);
    if (isBusinessEpochDay(day, cal)) left -= 1;
  }
  return writeEpochDay(day);
}

/**
 * The number of business days `d` with `from < d ≤ to` (negated when `to` is before `from`), so that
 * `getBusinessDaysBetween(a, addBusinessDays(a, n)) === n`. Whole weeks are counted at once.
 *
 * @throws {@link ValidationError} when either date is not a real date or `calendar` is not a calendar.
 * @example
 * ```ts
 * getBusinessDaysBetween('2026-11-20', '2026-11-23'); //=> 1 (Friday to Monday)
 * ```
 */
export function getBusinessDaysBetween(
  from: LocalDate,
  to: LocalDate,
  calendar: BusinessCalendar = WEEKENDS_ONLY,
): number {
  const a = dateArgument(from, 'start date');
  const b = dateArgument(to, 'end date');
  const cal = calendarArgument(calendar);
  // `0 - n`, not `-n`: zero days back is 0, not -0.
  return b < a ? 0 - businessDaysIn(b, a, cal) : businessDaysIn(a, b, cal);
}
