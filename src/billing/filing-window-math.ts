// Integer epoch-day arithmetic for the hot paths of aging and timely filing (no luxon, no Date objects).
import { daysInMonth } from '../core/index.js';
import type { FilingWindow } from './payer-profile.js';

// Days from 1970-01-01 to a civil date, and back (H. Hinnant's proleptic Gregorian algorithms).
export function epochDayOfCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = month > 2 ? month - 3 : month + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Adds a filing window to an epoch day; months clamp to the month end (Feb 29 + 12 months = Feb 28). */
export function addFilingWindow(epochDay: number, window: FilingWindow): number {
  if (window.unit === 'days') return epochDay + window.amount;
  const z = epochDay + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  // rules.md §2.5 [S67]: a 12-month window from Feb 29 ends on Feb 28 (clamp to the shorter month).
  const total = year * 12 + (month - 1) + window.amount;
  const toYear = Math.floor(total / 12);
  const toMonth = total - toYear * 12 + 1;
  return epochDayOfCivil(toYear, toMonth, Math.min(day, daysInMonth(toYear, toMonth)));
}

/**
 * Parses `YYYY-MM-DD` to an epoch day without allocating, or returns NaN when it is not a real date.
 * Accepts exactly what core `LocalDate` accepts.
 */
export function fastEpochDay(s: unknown): number {
  if (typeof s !== 'string' || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) {
    return Number.NaN;
  }
  const y = digits(s, 0, 4);
  const m = digits(s, 5, 2);
  const d = digits(s, 8, 2);
  if (y < 0 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return Number.NaN;
  return epochDayOfCivil(y, m, d);
}

function digits(s: string, start: number, count: number): number {
  let n = 0;
  for (let i = start; i < start + count; i += 1) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}
