import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addFilingWindow } from '../../src/billing/filing-window-math.js';
import { addMonths, fromEpochDay, toEpochDay } from '../../src/core/index.js';

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
