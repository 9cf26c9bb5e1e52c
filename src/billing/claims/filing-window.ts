// Filing windows on epoch days, for the hot paths of aging and timely filing (no luxon, no Date objects).
import {
  addBusinessDays,
  type BusinessCalendar,
  createBusinessCalendar,
  getUsFederalHolidays,
  isBusinessDay,
} from '../../core/index.js';
import { addMonthsToEpochDay, fromEpochDay, toEpochDay } from '../../core/internal.js';
import type { FilingWindow } from '../coverage/payer-profile.js';

/** The last day of a window before any workday roll; months clamp to the month end (Feb 29 + 12 months = Feb 28). */
export function nominalFilingDeadline(epochDay: number, window: FilingWindow): number {
  // A 12-month window from Feb 29 ends on Feb 28 (clamp to the shorter month) [sources: mac-fcso-timely-filing].
  return window.unit === 'days' ? epochDay + window.amount : addMonthsToEpochDay(epochDay, window.amount);
}

/** Adds a filing window to an epoch day, then moves a weekend or holiday deadline to the next workday when the window says so. */
export function addFilingWindow(epochDay: number, window: FilingWindow): number {
  const end = nominalFilingDeadline(epochDay, window);
  return window.rollToNextWorkday === true ? nextWorkdayOnOrAfter(end) : end;
}

// One calendar per year (that year's and the next year's observed federal holidays, so a roll from late
// December can cross into January). A hit returns exactly what a miss builds; bounded, holds no input.
const calendars = new Map<number, BusinessCalendar>();

function calendarFor(year: number): BusinessCalendar {
  let calendar = calendars.get(year);
  if (calendar === undefined) {
    if (calendars.size >= 256) calendars.clear();
    calendar = createBusinessCalendar({ holidays: getUsFederalHolidays(year, Math.min(year + 1, 9999)) });
    calendars.set(year, calendar);
  }
  return calendar;
}

/**
 * The epoch day itself when it is a workday, else the next workday: weekends and observed US federal
 * holidays are skipped [sources: cms-mcpm-ch1-70].
 */
export function nextWorkdayOnOrAfter(epochDay: number): number {
  // Claims share a few hundred deadlines: each day is worked out once (same bounds as the calendars).
  const known = workdays.get(epochDay);
  if (known !== undefined) return known;
  const date = fromEpochDay(epochDay);
  const calendar = calendarFor(Number(date.slice(0, 4)));
  const workday = isBusinessDay(date, calendar) ? epochDay : toEpochDay(addBusinessDays(date, 1, calendar));
  if (workdays.size >= 4096) workdays.clear();
  workdays.set(epochDay, workday);
  return workday;
}

const workdays = new Map<number, number>();
