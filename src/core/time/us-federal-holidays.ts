import { argumentError, checkInteger, checkObject } from '../arguments.js';
import { addDays, fromEpochDay, isoWeekday, type LocalDate, toEpochDay } from './local-date.js';

// The years `YYYY-MM-DD` can write.
const FIRST_YEAR = 0;
const LAST_YEAR = 9999;

function yearArgument(value: unknown, subject: string): number {
  return checkInteger(value, subject, FIRST_YEAR, LAST_YEAR);
}

function observedOption(options: unknown): boolean {
  const observed = (checkObject(options, 'holiday options') as UsFederalHolidaysOptions).observed;
  if (observed !== undefined && typeof observed !== 'boolean') {
    throw argumentError('holiday options', 'invalid_type', 'expected boolean at observed');
  }
  return observed ?? true;
}

/**
 * A named US federal holiday on a date.
 *
 * @example
 * ```ts
 * usFederalHolidayList(2026)[0]; //=> { date: '2026-01-01', name: 'New Year’s Day', observed: false }
 * ```
 */
export interface NamedHoliday {
  readonly date: LocalDate;
  readonly name: string;
  /** True when `date` is the observed weekday for a holiday that falls on a weekend. */
  readonly observed: boolean;
}

/**
 * Options for {@link getUsFederalHolidays}.
 *
 * @example
 * ```ts
 * getUsFederalHolidays(2027, 2027, { observed: false }).has('2027-07-04'); //=> true (a Sunday)
 * ```
 */
export interface UsFederalHolidaysOptions {
  /**
   * Return the weekday on which a weekend holiday is observed (Saturday → Friday, Sunday → Monday), as
   * federal offices do. Default `true`.
   */
  readonly observed?: boolean;
}

function nthWeekday(year: number, month: number, iso: number, n: number): LocalDate {
  const first = fixed(year, month, 1);
  const offset = (iso - isoWeekday(first) + 7) % 7;
  return addDays(first, offset + (n - 1) * 7);
}

function lastWeekday(year: number, month: number, iso: number): LocalDate {
  // Only May is asked for: the month after it is in the same year.
  const last = addDays(`${fixed(year, month + 1, 1)}`, -1);
  return addDays(last, -((isoWeekday(last) - iso + 7) % 7));
}

function fixed(year: number, month: number, day: number): LocalDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function actualHolidays(year: number): { date: LocalDate; name: string }[] {
  const list = [
    { date: fixed(year, 1, 1), name: "New Year's Day" },
    { date: nthWeekday(year, 1, 1, 3), name: 'Birthday of Martin Luther King, Jr.' },
    { date: nthWeekday(year, 2, 1, 3), name: "Washington's Birthday" },
    { date: lastWeekday(year, 5, 1), name: 'Memorial Day' },
    { date: fixed(year, 7, 4), name: 'Independence Day' },
    { date: nthWeekday(year, 9, 1, 1), name: 'Labor Day' },
    { date: nthWeekday(year, 10, 1, 2), name: 'Columbus Day' },
    { date: fixed(year, 11, 11), name: 'Veterans Day' },
    { date: nthWeekday(year, 11, 4, 4), name: 'Thanksgiving Day' },
    { date: fixed(year, 12, 25), name: 'Christmas Day' },
  ];
  // Juneteenth became a federal holiday in 2021 (Pub. L. 117-17).
  if (year >= 2021) list.push({ date: fixed(year, 6, 19), name: 'Juneteenth National Independence Day' });
  return list;
}

/**
 * The US federal holidays of a year, computed by rule rather than listed per year.
 *
 * @remarks Rules from 5 U.S.C. 6103(a); weekend observance (Saturday → preceding Friday, Sunday →
 * following Monday) from 5 U.S.C. 6103(b) and Executive Order 11582. With `observed`, the list holds the
 * observed dates that fall in `year`, so New Year's Day of `year + 1` observed on December 31 belongs
 * here, and one observed in the previous December does not. Inauguration Day (DC area only) is left out.
 * @throws {@link ValidationError} when `year` is not an integer from 0 to 9999 or `options` is not an object.
 * @example
 * ```ts
 * getUsFederalHolidays(2026).map((h) => h.date);
 * //=> ['2026-01-01', '2026-01-19', '2026-02-16', '2026-05-25', '2026-06-19', '2026-07-03', …]
 * ```
 */
export function usFederalHolidayList(year: number, options: UsFederalHolidaysOptions = {}): NamedHoliday[] {
  return holidayList(yearArgument(year, 'year'), observedOption(options));
}

function holidayList(year: number, observed: boolean): NamedHoliday[] {
  if (!observed) {
    return actualHolidays(year)
      .map((h) => ({ ...h, observed: false }))
      .sort((a, b) => (a.date < b.date ? -1 : 1));
  }
  const out: NamedHoliday[] = [];
  // The next year's New Year's Day may be observed on December 31; past 9999 there is no next year to write.
  for (const y of year < LAST_YEAR ? [year, year + 1] : [year]) {
    for (const h of actualHolidays(y)) {
      const day = toEpochDay(h.date);
      const iso = isoWeekday(h.date);
      const shifted = iso === 6 ? day - 1 : iso === 7 ? day + 1 : day;
      const date = fromEpochDay(shifted);
      if (date.startsWith(`${fixed(year, 1, 1).slice(0, 4)}-`))
        out.push({ date, name: h.name, observed: shifted !== day });
    }
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : 1));
}

/**
 * The dates of the US federal holidays of one or more years, ready for {@link createBusinessCalendar}. An
 * empty list when `toYear` is before `fromYear`.
 *
 * @throws {@link ValidationError} when a year is not an integer from 0 to 9999 or `options` is not an
 * object.
 * @example
 * ```ts
 * createBusinessCalendar({ holidays: getUsFederalHolidays(2026, 2027) });
 * ```
 */
export function getUsFederalHolidays(
  fromYear: number,
  toYear: number = fromYear,
  options: UsFederalHolidaysOptions = {},
): LocalDate[] {
  const from = yearArgument(fromYear, 'first year');
  const to = yearArgument(toYear, 'last year');
  const observed = observedOption(options);
  const out: LocalDate[] = [];
  for (let y = from; y <= to; y += 1) for (const h of holidayList(y, observed)) out.push(h.date);
  return out;
}
