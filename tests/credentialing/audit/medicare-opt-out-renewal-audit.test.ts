import { describe, expect, it } from 'vitest';
import {
  medicareOptOutEnd,
  medicareOptOutRenewal,
} from '../../../src/credentialing/credentials/medicare-opt-out.js';
import { getMedicareOptOutPeriod } from '../../../src/credentialing/index.js';

// An outside tester's cases from the public rule: an opt-out affidavit is in force for 2 years and renews by
// itself for 2 more unless the clinician cancels in writing at least 30 days before the next period starts
// (42 CFR 405.405(d), 405.410, as amended after MACRA §106(a)); a cancellation ends it at a period's end
// (405.445).
describe('Medicare opt-out periods and their cancellation (42 CFR 405.405, 405.410, 405.445)', () => {
  it('runs the first period from 2024-03-15 through 2026-03-14', () => {
    expect(getMedicareOptOutPeriod({ effectiveOn: '2024-03-15' }, '2026-03-14')).toMatchObject({
      inForce: true,
      period: 1,
      startsOn: '2024-03-15',
      endsOn: '2026-03-14',
    });
  });

  it('renews by itself: still in force on 2026-03-15, in a second period through 2028-03-14', () => {
    expect(getMedicareOptOutPeriod({ effectiveOn: '2024-03-15' }, '2026-03-15')).toEqual({
      inForce: true,
      period: 2,
      startsOn: '2026-03-15',
      endsOn: '2028-03-14',
    });
  });

  it('makes 2026-02-13 the last day to cancel before the 2026-03-15 renewal (30 days before it)', () => {
    const r = medicareOptOutRenewal({ effectiveOn: '2024-03-15' }, '2026-01-10');
    expect(r).toMatchObject({
      nextPeriodStartsOn: '2026-03-15',
      cancelByOn: '2026-02-13',
      missedCancelByOn: null,
    });
  });

  it('after the notice day has passed, points to the next renewal and says which one was missed', () => {
    const r = medicareOptOutRenewal({ effectiveOn: '2024-03-15' }, '2026-02-14');
    expect(r).toMatchObject({ missedCancelByOn: '2026-02-13' });
  });

  it('ends an opt-out cancelled at the end of the first period: not in force from 2026-03-15', () => {
    const o = { effectiveOn: '2024-03-15', endsOn: '2026-03-15' };
    expect(medicareOptOutEnd(o)).toBe('cancelled');
    expect(getMedicareOptOutPeriod(o, '2026-03-15')?.inForce).toBe(false);
    expect(getMedicareOptOutPeriod(o, '2026-03-14')?.inForce).toBe(true);
  });

  it('does not take an end in the middle of a period as a cancellation', () => {
    expect(
      medicareOptOutEnd({ effectiveOn: '2024-03-15', endsOn: '2025-09-01', firstOptOut: true }),
    ).not.toBe('cancelled');
  });
});
