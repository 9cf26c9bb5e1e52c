// Outside-tester cases (bill34): each written from the public rule before reading the implementation.
import { describe, expect, it } from 'vitest';
import { evaluateTimelyFiling, type TimelyFilingCase } from '../../../src/billing/claims/timely-filing.js';
import {
  COMMERCIAL_PAYER_PROFILE_EXAMPLE,
  type FilingWindows,
  MEDICARE_PAYER_PROFILE_EXAMPLE,
} from '../../../src/billing/coverage/payer-profile.js';

const MEDICARE = MEDICARE_PAYER_PROFILE_EXAMPLE.filing;
const COMMERCIAL = COMMERCIAL_PAYER_PROFILE_EXAMPLE.filing;
// A state Medicaid plan of 365 days from the date of service (the library has no state table: the
// profile carries the state's number).
const MEDICAID_365: FilingWindows = {
  initial: { amount: 365, unit: 'days' },
  corrected: { amount: 365, unit: 'days' },
  appeal: { amount: 60, unit: 'days' },
  secondaryFromPrimaryRemittance: { amount: 180, unit: 'days' },
};

const initial = (serviceDate: string, extra: Partial<TimelyFilingCase> = {}) =>
  ({ claimId: 'c-1', kind: 'initial', serviceDate, ...extra }) as TimelyFilingCase;

describe('timely filing, outside tester: Medicare 12 months after the date of service (42 CFR 424.44(a); [cms-mcpm-ch1-70])', () => {
  const cases: readonly [string, string, string][] = [
    // [date of service, expected last day, why]
    ['2025-06-10', '2026-06-10', 'a Wednesday: no roll'],
    ['2025-03-14', '2026-03-16', 'Saturday 2026-03-14 moves to Monday'],
    ['2028-02-29', '2029-02-28', 'leap day: 12 months ends on Feb 28 (no Feb 29 in 2029)'],
    ['2027-02-28', '2028-02-28', 'Feb 28 in a year before a leap year stays Feb 28'],
    ['2025-01-31', '2026-02-02', 'last day of January: Saturday 2026-01-31 moves to Monday'],
    ['2025-04-30', '2026-04-30', 'last day of April, a Thursday'],
    ['2025-12-31', '2026-12-31', 'year end, a Thursday'],
    ['2024-07-04', '2025-07-07', 'Independence Day 2025 a Friday: moves to Monday'],
    ['2026-02-28', '2027-03-01', 'last day of February: Sunday 2027-02-28 moves to Monday'],
  ];
  for (const [dos, deadline, why] of cases) {
    it(`DOS ${dos}: last day ${deadline} (${why})`, () => {
      const d = evaluateTimelyFiling(initial(dos), MEDICARE, { asOf: dos });
      expect(d.deadline).toBe(deadline);
    });
  }

  it('is on time filed on the last day and late the day after (DOS 2025-06-10)', () => {
    expect(
      evaluateTimelyFiling(initial('2025-06-10', { filedOn: '2026-06-10' }), MEDICARE, { asOf: '2026-07-01' })
        .outcome,
    ).toBe('on_time');
    expect(
      evaluateTimelyFiling(initial('2025-06-10', { filedOn: '2026-06-11' }), MEDICARE, { asOf: '2026-07-01' })
        .outcome,
    ).toBe('late');
  });

  it('is on time unfiled on the last day (0 days left, high risk) and expired the day after', () => {
    const last = evaluateTimelyFiling(initial('2025-06-10'), MEDICARE, { asOf: '2026-06-10' });
    expect([last.outcome, last.risk, last.daysLeft]).toEqual(['on_time', 'high', 0]);
    expect(evaluateTimelyFiling(initial('2025-06-10'), MEDICARE, { asOf: '2026-06-11' }).outcome).toBe(
      'expired',
    );
  });

  it('a filing on the leap-day claim on 2029-03-01 is late', () => {
    expect(
      evaluateTimelyFiling(initial('2028-02-29', { filedOn: '2029-03-01' }), MEDICARE, { asOf: '2029-03-02' })
        .outcome,
    ).toBe('late');
  });
});

describe('timely filing, outside tester: Medicare exceptions (42 CFR 424.44(b))', () => {
  it('retroactive entitlement: notice 2026-03-16 extends DOS 2025-01-10 to 2026-09-30 (6th month after the notice month)', () => {
    const c = initial('2025-01-10', {
      medicareException: { kind: 'retroactive_entitlement', noticeOn: '2026-03-16' },
    });
    const d = evaluateTimelyFiling({ ...c, filedOn: '2026-09-30' }, MEDICARE, { asOf: '2026-10-05' });
    expect([d.outcome, d.deadline]).toEqual(['on_time', '2026-09-30']);
    expect(
      evaluateTimelyFiling({ ...c, filedOn: '2026-10-01' }, MEDICARE, { asOf: '2026-10-05' }).outcome,
    ).toBe('late');
  });

  it('administrative error: notice 2025-11-20, DOS 2025-02-03, runs to Sunday 2026-05-31, so Monday 2026-06-01', () => {
    const c = initial('2025-02-03', {
      medicareException: { kind: 'administrative_error', noticeOn: '2025-11-20' },
    });
    expect(evaluateTimelyFiling(c, MEDICARE, { asOf: '2026-03-01' }).deadline).toBe('2026-06-01');
  });

  it('an administrative-error notice early in the year never shortens the 12 months (DOS 2025-02-03, notice 2025-03-05)', () => {
    const c = initial('2025-02-03', {
      medicareException: { kind: 'administrative_error', noticeOn: '2025-03-05' },
    });
    expect(evaluateTimelyFiling(c, MEDICARE, { asOf: '2025-04-01' }).deadline).toBe('2026-02-03');
  });

  it('a Medicaid recovery within 12 months of the date of service does not meet the exception', () => {
    const c = initial('2025-05-01', {
      medicareException: { kind: 'retroactive_entitlement_medicaid_recovery', noticeOn: '2026-03-01' },
    });
    const d = evaluateTimelyFiling(c, MEDICARE, { asOf: '2026-03-10' });
    expect(d.deadline).toBe('2026-05-01');
    expect(d.reasons.map((r) => r.code)).toContain('billing.filing.medicare_exception_not_met');
  });
});

describe('timely filing, outside tester: commercial contract days and a Medicaid state window', () => {
  it('commercial 90 days from DOS 2026-01-31 ends 2026-05-01; filed that day on time, the next late', () => {
    expect(
      evaluateTimelyFiling(initial('2026-01-31', { filedOn: '2026-05-01' }), COMMERCIAL, {
        asOf: '2026-06-01',
      }).outcome,
    ).toBe('on_time');
    expect(
      evaluateTimelyFiling(initial('2026-01-31', { filedOn: '2026-05-02' }), COMMERCIAL, {
        asOf: '2026-06-01',
      }).outcome,
    ).toBe('late');
  });

  it('a contract window without the roll keeps a Saturday last day (180 days from 2026-01-05 is Saturday 2026-07-04)', () => {
    const windows: FilingWindows = { ...COMMERCIAL, initial: { amount: 180, unit: 'days' } };
    expect(evaluateTimelyFiling(initial('2026-01-05'), windows, { asOf: '2026-01-05' }).deadline).toBe(
      '2026-07-04',
    );
  });

  it('a 365-day Medicaid window from DOS 2027-03-01 ends on leap day 2028-02-29', () => {
    expect(evaluateTimelyFiling(initial('2027-03-01'), MEDICAID_365, { asOf: '2027-03-01' }).deadline).toBe(
      '2028-02-29',
    );
  });
});

describe('appeals, outside tester: Medicare levels, each from receipt of the decision before (presumed 5 days after its date)', () => {
  const appeal = (decisionOn: string, level: number, filedOn?: string) =>
    ({
      claimId: 'c-1',
      kind: 'appeal',
      serviceDate: '2025-12-01',
      startDate: decisionOn,
      appealLevel: level,
      ...(filedOn ? { filedOn } : {}),
    }) as TimelyFilingCase;
  const cases: readonly [number, string, string, string][] = [
    [1, '2026-01-05', '2026-05-10', 'redetermination 120 + 5 days (42 CFR 405.942)'],
    [2, '2026-03-02', '2026-09-03', 'reconsideration 180 + 5 days (42 CFR 405.962)'],
    [3, '2026-06-01', '2026-08-05', 'ALJ hearing 60 + 5 days (42 CFR 405.1002, 405.1014)'],
    [4, '2026-08-10', '2026-10-14', 'Council review 60 + 5 days (42 CFR 405.1102)'],
    [5, '2026-08-10', '2026-10-14', 'judicial review 60 + 5 days (42 CFR 405.1130)'],
  ];
  for (const [level, on, deadline, why] of cases) {
    it(`level ${level}, decision ${on}: last day ${deadline} (${why})`, () => {
      expect(evaluateTimelyFiling(appeal(on, level), MEDICARE, { asOf: on }).deadline).toBe(deadline);
    });
  }
  it('a redetermination asked on day 125 is on time, on day 126 late', () => {
    expect(
      evaluateTimelyFiling(appeal('2026-01-05', 1, '2026-05-10'), MEDICARE, { asOf: '2026-06-01' }).outcome,
    ).toBe('on_time');
    expect(
      evaluateTimelyFiling(appeal('2026-01-05', 1, '2026-05-11'), MEDICARE, { asOf: '2026-06-01' }).outcome,
    ).toBe('late');
  });
  it('no sixth level: undecided, never on time', () => {
    expect(evaluateTimelyFiling(appeal('2026-08-10', 6), MEDICARE, { asOf: '2026-08-10' }).outcome).toBe(
      'undecided',
    );
  });
});
