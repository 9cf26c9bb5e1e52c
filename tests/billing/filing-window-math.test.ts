import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addFilingWindow, epochDayOfCivil, fastEpochDay } from '../../src/billing/filing-window-math.js';
import { addMonths, fromEpochDay, toEpochDay } from '../../src/core/index.js';

describe('filing window math', () => {
  it('agrees with core on named edge dates', () => {
    expect(epochDayOfCivil(1970, 1, 1)).toBe(0);
    expect(fastEpochDay('2024-02-29')).toBe(toEpochDay('2024-02-29'));
    expect(fromEpochDay(addFilingWindow(toEpochDay('2024-02-29'), { amount: 12, unit: 'months' }))).toBe(
      '2025-02-28',
    );
  });

  it('rejects what LocalDate rejects', () => {
    for (const bad of [
      '2026-02-30',
      '2026-13-01',
      '2026-00-10',
      '2026-1-01',
      '2026/01/01',
      '20a6-01-01',
      '2026-01-0x',
      20_260_101,
      null,
    ]) {
      expect(fastEpochDay(bad)).toBeNaN();
    }
  });

  it('property: parses every real date exactly as core toEpochDay', () => {
    fc.assert(
      fc.property(fc.integer({ min: -700_000, max: 2_900_000 }), (day) => {
        expect(fastEpochDay(fromEpochDay(day))).toBe(day);
      }),
    );
  });

  it('property: agrees with core for any 10-character string', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 10, maxLength: 10, unit: fc.constantFrom(...'0123456789-a') }),
        (s) => {
          const core = toEpochDay(s);
          const fast = fastEpochDay(s);
          if (Number.isNaN(core)) expect(fast).toBeNaN();
          else expect(fast).toBe(core);
        },
      ),
    );
  });

  it('property: month windows equal core addMonths and day windows add days', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), fc.integer({ min: 1, max: 120 }), (day, n) => {
        const date = fromEpochDay(day);
        expect(fromEpochDay(addFilingWindow(day, { amount: n, unit: 'months' }))).toBe(addMonths(date, n));
        expect(addFilingWindow(day, { amount: n, unit: 'days' })).toBe(day + n);
      }),
    );
  });
});
