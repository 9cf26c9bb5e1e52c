import type { LocalDate } from '../../core/index.js';

/**
 * An X12 amount (a decimal, "R") as integer cents, read digit by digit (never through a float): `'150'` →
 * 15000, `'-12.5'` → -1250. `null` when the text is not a decimal number, has a fraction of a cent, or is
 * too large to be exact.
 */
export function readCents(text: string): number | null {
  return readCentsIn(text, 0, text.length);
}

/** {@link readCents} of the characters of `text` from `from` up to `to`, without cutting them out. */
export function readCentsIn(text: string, from: number, to: number): number | null {
  const negative = from < to && text.charCodeAt(from) === 45;
  let i = negative ? from + 1 : from;
  let whole = 0;
  let digits = 0;
  for (; i < to; i += 1) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    whole = whole * 10 + c;
    digits += 1;
  }
  let cents = whole * 100;
  if (i < to) {
    if (text.charCodeAt(i) !== 46) return null;
    i += 1;
    for (let place = 0; i < to; i += 1, place += 1) {
      const c = text.charCodeAt(i) - 48;
      if (c < 0 || c > 9) return null;
      // A third decimal place and beyond may only be zeros: money is whole cents.
      if (place === 0) cents += c * 10;
      else if (place === 1) cents += c;
      else if (c !== 0) return null;
      digits += 1;
    }
  }
  if (digits === 0 || !Number.isSafeInteger(cents)) return null;
  return negative && cents !== 0 ? -cents : cents;
}

/**
 * The characters of `text` from `from` up to `to` as the number `yyyymmdd` when they are eight digits (not
 * yet checked as a calendar date), else `-1` (`00000000` too, so that 0 stays free to mean "no date").
 */
export function readDateDigits(text: string, from: number, to: number): number {
  if (to - from !== 8) return -1;
  let n = 0;
  for (let i = from; i < to; i += 1) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n === 0 ? -1 : n;
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

// A percent as X12 writes it: a fraction of 1 (0.2 is 20 %), to at most four decimals of a basis point.
const FRACTION = /^(\d*)(?:\.(\d*))?$/;

/** An X12 percent (a fraction from 0 to 1) in basis points: `'0.2'` → 2000. `null` when it is not one. */
export function readPercent(text: string): number | null {
  const m = FRACTION.exec(text);
  if (m === null || text === '.' || text.length === 0) return null;
  const whole = m[1] as string;
  const fraction = (m[2] ?? '').replace(/0+$/, '');
  if (fraction.length > 4) return null;
  const bp = Number(whole || '0') * 10_000 + Number(fraction.padEnd(4, '0'));
  return bp <= 10_000 ? bp : null;
}

/**
 * `text` as a string of its own. V8 keeps a substring of 13 characters or more as a view into the string
 * it was cut from, so a claim id kept from a 64 KB chunk would keep the whole chunk alive; a copy made by
 * concatenating and slicing is still a view (of the concatenation). Read back from JSON, it is a plain
 * string that keeps only itself.
 */
export function ownString(text: string): string {
  return text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string);
}
