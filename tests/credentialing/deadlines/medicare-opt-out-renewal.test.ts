// The last day to cancel a Medicare opt-out before it renews: 42 CFR 405.405(d), 405.445 (written notice at least
// 30 days before the next 2-year period).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, compareDates, getDaysBetween } from '../../../src/core/index.js';
import { buildCredentialingCalendar, type CredentialingDeadline } from '../../../src/credentialing/index.js';
import {
  clinician as bareClinician,
  dateArb,
  malpracticePolicy,
} from '../credentials/credential-fixtures.js';

const LONG_POLICY = malpracticePolicy('P-LONG', '2010-01-01', '2045-12-31');
const optedOut = (effectiveOn: string, endsOn?: string) =>
  bareClinician({
    clinicianId: 'c1',
    malpractice: [LONG_POLICY],
    medicareOptOut: endsOn === undefined ? { effectiveOn } : { effectiveOn, endsOn },
  });
const renewals = (
  asOf: string,
  c: ReturnType<typeof optedOut>,
  horizonDays = 1095,
): CredentialingDeadline[] =>
  buildCredentialingCalendar({ clinicians: [c] }, { asOf, horizonDays }).deadlines.filter(
    (d) => d.kind === 'medicare_opt_out_renewal',
  );

describe('the Medicare opt-out renewal deadline: examples', () => {
  it('dates the notice for an opt-out effective 2025-01-01 on 2026-12-02, 30 days before period 2 starts 2027-01-01', () => {
    const [d] = renewals('2026-10-01', optedOut('2025-01-01'), 120);
    expect(d).toMatchObject({
      id: 'c1/medicare_opt_out_renewal/2027-01-01',
      dueOn: '2026-12-02',
      daysLeft: 62,
      owner: 'clinician',
      payerId: null,
      severity: 'warning',
      alerts: [{ leadDays: 90, opensOn: '2026-09-03' }],
    });
    expect(d?.reasons.map((r) => r.code)).toEqual([
      'credentialing.deadline.alert',
      'credentialing.deadline.medicare_opt_out_renewal',
    ]);
    expect(d?.reasons[1]?.facts).toMatchObject({
      nextPeriodStartsOn: '2027-01-01',
      cancelByOn: '2026-12-02',
      missedCancelByOn: null,
    });
    expect(d?.needed).toContain('received by 2026-12-02');
  });

  it('on the deadline itself (2026-12-02) it is still due, 0 days left; the day after, the next chance is 2028-12-02', () => {
    expect(renewals('2026-12-02', optedOut('2025-01-01'))[0]).toMatchObject({
      dueOn: '2026-12-02',
      daysLeft: 0,
    });
    const [after] = renewals('2026-12-03', optedOut('2025-01-01'));
    expect(after).toMatchObject({ dueOn: '2028-12-02', severity: 'info' });
    expect(after?.reasons[0]?.facts).toMatchObject({
      renewsOn: '2027-01-01',
      missedCancelByOn: '2026-12-02',
      nextPeriodStartsOn: '2029-01-01',
    });
    expect(after?.reasons[0]?.message).toContain('passed on 2026-12-02');
  });

  it('counts from a leap day: effective 2024-02-29, period 2 starts 2026-02-28, notice by 2026-01-29', () => {
    expect(renewals('2025-12-01', optedOut('2024-02-29'))[0]).toMatchObject({ dueOn: '2026-01-29' });
  });

  it('across a year end: effective 2025-01-31, period 2 starts 2027-01-31, notice by 2027-01-01', () => {
    expect(renewals('2026-12-31', optedOut('2025-01-31'))[0]).toMatchObject({
      dueOn: '2027-01-01',
      daysLeft: 1,
    });
  });

  it('an affidavit not yet in effect is dated from its first period', () => {
    expect(renewals('2024-06-01', optedOut('2025-01-01'))[0]).toMatchObject({ dueOn: '2026-12-02' });
  });

  it('a recorded end (a cancellation or an early termination) leaves nothing to renew', () => {
    expect(renewals('2026-10-01', optedOut('2025-01-01', '2027-01-01'))).toEqual([]);
  });

  it('a clinician with no opt-out gets no such deadline', () => {
    const c = bareClinician({ clinicianId: 'c1', malpractice: [LONG_POLICY] });
    expect(
      buildCredentialingCalendar({ clinicians: [c] }, { asOf: '2026-10-01' }).deadlines.filter(
        (d) => d.kind === 'medicare_opt_out_renewal',
      ),
    ).toEqual([]);
  });
});

describe('the Medicare opt-out renewal deadline: properties', () => {
  it('is always exactly 30 days before a period start 2n years after the effective date, never before asOf', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -300, max: 3000 }), (effectiveOn, offset) => {
        const asOf = addDays(effectiveOn, offset);
        const [d, ...rest] = renewals(asOf, optedOut(effectiveOn));
        expect(rest).toEqual([]);
        if (d === undefined) throw new Error('no renewal deadline');
        const next = d.reasons.at(-1)?.facts.nextPeriodStartsOn as string;
        expect(getDaysBetween(d.dueOn, next)).toBe(30);
        const n = [1, 2, 3, 4, 5, 6, 7].find((k) => addMonths(effectiveOn, 24 * k) === next);
        expect(n).toBeDefined();
        expect(compareDates(d.dueOn, asOf)).toBeGreaterThanOrEqual(0);
        // The earliest such chance: the one before it (if any) has passed.
        if (n !== undefined && n > 1) {
          expect(compareDates(addDays(addMonths(effectiveOn, 24 * (n - 1)), -30), asOf)).toBeLessThan(0);
        }
      }),
    );
  });
});
