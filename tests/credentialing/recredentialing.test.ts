import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDates, daysBetween } from '../../src/core/index.js';
import { recredentialingDueOn } from '../../src/credentialing/index.js';
import { dateArb } from './fixtures.js';

describe('recredentialingDueOn', () => {
  it('runs a cycle from February 29 to February 28 three years later', () => {
    expect(recredentialingDueOn('2024-02-29')).toBe('2027-02-28');
  });

  it('keeps month ends and year ends', () => {
    expect(recredentialingDueOn('2025-12-31')).toBe('2028-12-31');
    expect(recredentialingDueOn('2026-01-31', 1)).toBe('2026-02-28');
  });

  it('always falls 36 months later, between 1,093 and 1,097 days on', () => {
    fc.assert(
      fc.property(dateArb, (d) => {
        const due = recredentialingDueOn(d);
        expect(compareDates(due, d)).toBeGreaterThan(0);
        expect(daysBetween(d, due)).toBeGreaterThanOrEqual(1093);
        expect(daysBetween(d, due)).toBeLessThanOrEqual(1097);
      }),
    );
  });
});
