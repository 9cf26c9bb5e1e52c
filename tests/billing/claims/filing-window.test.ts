import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addFilingWindow,
  nextWorkdayOnOrAfter,
  nominalFilingDeadline,
} from '../../../src/billing/claims/filing-window.js';
import { addMonths } from '../../../src/core/index.js';
import { fromEpochDay, toEpochDay } from '../../../src/core/internal.js';

describe('addFilingWindow', () => {
  it('ends a 12-month window from February 29 on February 28', () => {
    expect(fromEpochDay(addFilingWindow(toEpochDay('2024-02-29'), { amount: 12, unit: 'months' }))).toBe(
      '2025-02-28',
    );
    expect(fromEpochDay(addFilingWindow(toEpochDay('2026-01-31'), { amount: 90, unit: 'days' }))).toBe(
      '2026-05-01',
    );
  });

  it('adds months as core addMonths does and days as plain day counts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: toEpochDay('1990-01-01'), max: toEpochDay('2100-12-31') }),
        fc.integer({ min: 1, max: 120 }),
        (day, n) => {
          expect(fromEpochDay(addFilingWindow(day, { amount: n, unit: 'months' }))).toBe(
            addMonths(fromEpochDay(day), n),
          );
          expect(addFilingWindow(day, { amount: n, unit: 'days' })).toBe(day + n);
        },
      ),
    );
  });
});

describe('nextWorkdayOnOrAfter', () => {
  const next = (date: string) => fromEpochDay(nextWorkdayOnOrAfter(toEpochDay(date)));

  it('keeps a workday and moves weekends and observed federal holidays forward', () => {
    expect(next('2026-03-02')).toBe('2026-03-02'); // Monday
    expect(next('2026-02-28')).toBe('2026-03-02'); // Saturday
    expect(next('2026-03-01')).toBe('2026-03-02'); // Sunday
    expect(next('2026-07-03')).toBe('2026-07-06'); // Independence Day observed on Friday
    expect(next('2026-11-26')).toBe('2026-11-27'); // Thanksgiving; the Friday after is a workday
    expect(next('2026-12-25')).toBe('2026-12-28'); // Christmas on a Friday
    expect(next('2027-12-31')).toBe('2028-01-03'); // New Year's Day 2028 observed on Friday 2027-12-31
  });
});

describe('addFilingWindow with rollToNextWorkday', () => {
  it('moves only windows that ask for it', () => {
    const day = toEpochDay('2025-02-28');
    expect(fromEpochDay(addFilingWindow(day, { amount: 12, unit: 'months' }))).toBe('2026-02-28');
    expect(fromEpochDay(addFilingWindow(day, { amount: 12, unit: 'months', rollToNextWorkday: true }))).toBe(
      '2026-03-02',
    );
    expect(fromEpochDay(addFilingWindow(day, { amount: 12, unit: 'months', rollToNextWorkday: false }))).toBe(
      '2026-02-28',
    );
    expect(nominalFilingDeadline(day, { amount: 12, unit: 'months', rollToNextWorkday: true })).toBe(
      toEpochDay('2026-02-28'),
    );
  });

  it('gives the same answer on every call, whatever was asked before (the calendar cache holds no state)', () => {
    // 600 days a year apart: more distinct years than the cache keeps, so it also starts over.
    const days = Array.from({ length: 600 }, (_, i) => toEpochDay('1500-01-01') + i * 365);
    const first = days.map((d) => nextWorkdayOnOrAfter(d));
    expect(days.map((d) => nextWorkdayOnOrAfter(d))).toEqual(first);
  });
});
