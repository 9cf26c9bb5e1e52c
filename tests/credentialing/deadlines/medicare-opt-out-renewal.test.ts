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

  it('an early termination of a first opt-out (effective 2025-01-01, ended 2025-03-15) leaves nothing to renew', () => {
    const c = bareClinician({
      clinicianId: 'c1',
      malpractice: [LONG_POLICY],
      medicareOptOut: { effectiveOn: '2025-01-01', endsOn: '2025-03-15', firstOptOut: true },
    });
    expect(renewals('2026-10-01', c)).toEqual([]);
  });

  // 42 CFR 405.400, 405.445: the opt-out renews every 2 years unless properly cancelled. An end recorded on a
  // date that is neither a cancellation nor an early termination may not have happened: it still renews.
  it('still dates the notice (2026-12-02) for an opt-out effective 2025-01-01 recorded as ending 2025-06-15, an end that is not a proper one', () => {
    const [d] = renewals('2026-10-01', optedOut('2025-01-01', '2025-06-15'), 120);
    expect(d).toMatchObject({
      id: 'c1/medicare_opt_out_renewal/2027-01-01',
      dueOn: '2026-12-02',
      severity: 'warning',
    });
    expect(d?.reasons.at(-1)?.facts).toMatchObject({
      recordedEndsOn: '2025-06-15',
      endUnconfirmed: true,
      cancelByOn: '2026-12-02',
    });
    expect(d?.reasons.at(-1)?.message).toContain('may still stand');
  });

  it('still dates the notice for an end within 90 days when whether it was a first opt-out is not recorded', () => {
    const [d] = renewals('2026-10-01', optedOut('2025-01-01', '2025-03-15'), 120);
    expect(d).toMatchObject({ dueOn: '2026-12-02' });
    expect(d?.reasons.at(-1)?.facts).toMatchObject({ endUnconfirmed: true });
  });

  it('still dates the notice for an early end of a clinician who had opted out before (firstOptOut false)', () => {
    const c = bareClinician({
      clinicianId: 'c1',
      malpractice: [LONG_POLICY],
      medicareOptOut: { effectiveOn: '2025-01-01', endsOn: '2025-03-15', firstOptOut: false },
    });
    expect(renewals('2026-10-01', c, 120)[0]).toMatchObject({ dueOn: '2026-12-02' });
  });

  it('an end recorded one day short of the period start (2026-12-31) is unconfirmed and still renews on 2027-01-01', () => {
    const [d] = renewals('2026-11-15', optedOut('2025-01-01', '2026-12-31'), 120);
    expect(d).toMatchObject({ dueOn: '2026-12-02', daysLeft: 17 });
  });

  it('a standing opt-out carries endUnconfirmed: false and no recorded end', () => {
    const [d] = renewals('2026-10-01', optedOut('2025-01-01'), 120);
    expect(d?.reasons.at(-1)?.facts).toMatchObject({ recordedEndsOn: null, endUnconfirmed: false });
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

  it('is listed exactly when the recorded end is not a proper one (or there is none), and then on the same day as with no end', () => {
    fc.assert(
      fc.property(
        dateArb,
        fc.integer({ min: 1, max: 1500 }),
        fc.option(fc.boolean(), { nil: undefined }),
        fc.integer({ min: 0, max: 2000 }),
        (effectiveOn, endOffset, firstOptOut, asOfOffset) => {
          const endsOn = addDays(effectiveOn, endOffset);
          const asOf = addDays(effectiveOn, asOfOffset);
          const c = bareClinician({
            clinicianId: 'c1',
            malpractice: [LONG_POLICY],
            medicareOptOut:
              firstOptOut === undefined ? { effectiveOn, endsOn } : { effectiveOn, endsOn, firstOptOut },
          });
          const proper =
            [1, 2, 3].some((k) => addMonths(effectiveOn, 24 * k) === endsOn) ||
            (firstOptOut === true && endOffset <= 90);
          const found = renewals(asOf, c);
          const standing = renewals(asOf, optedOut(effectiveOn));
          if (proper) expect(found).toEqual([]);
          else expect(found.map((d) => d.dueOn)).toEqual(standing.map((d) => d.dueOn));
        },
      ),
    );
  });
});
