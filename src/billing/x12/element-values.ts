import type { LocalDate } from '../../core/index.js';

// X12 decimal ("R"): an optional minus, digits with an optional decimal point. Money has at most two
// decimal places that are not zero; anything else is not a whole number of cents.
const DECIMAL = /^(-?)(\d*)(?:\.(\d*))?$/;

/**
 * An X12 amount as integer cents, read from its digits (never through a float): `'150'` → 15000,
 * `'-12.5'` → -1250. `null` when the text is not a decimal number, has a fraction of a cent, or is too
 * large to be exact.
 */
export function readCents(text: string): number | null {
  const m = DECIMAL.exec(text);
  if (m === null) return null;
  const whole = m[2] as string;
  const fraction = (m[3] ?? '').replace(/0+$/, '');
  if ((whole.length === 0 && (m[3] ?? '').length === 0) || fraction.length > 2) return null;
  const cents = Number(whole || '0') * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(cents)) return null;
  return m[1] === '-' && cents !== 0 ? -cents : cents;
}

const CCYYMMDD = /^(\d{4})(\d{2})(\d{2})$/;

/** An X12 date (CCYYMMDD) as a calendar date, or `null` when it is not a real date. */
export function readDate(text: string): LocalDate | null {
  const m = CCYYMMDD.exec(text);
  if (m === null) return null;
  const [, y, mo, d] = m as unknown as [string, string, string, string];
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1) return null;
  const year = Number(y);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] as number;
  if (day > days) return null;
  return `${y}-${mo}-${d}` as LocalDate;
}

/** A calendar date written as an X12 date (CCYYMMDD). */
export function writeDate(date: string): string {
  return date.replaceAll('-', '');
}

/** Integer cents written as an X12 amount: no trailing zeros, no float (`15000` → `150`, `1250` → `12.5`). */
export function writeCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const whole = Math.trunc(abs / 100);
  const rest = abs % 100;
  if (rest === 0) return `${sign}${whole}`;
  return `${sign}${whole}.${String(rest).padStart(2, '0').replace(/0$/, '')}`;
}

/** An element's name for problems and facts: `CLP03`. */
export function elementName(s: { readonly tag: string }, n: number): string {
  return `${s.tag}${String(n).padStart(2, '0')}`;
}
