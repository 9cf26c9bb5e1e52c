// Outside-tester cases (bill37), each written from the public rule before reading the implementation: the
// two Medicare rules the billing tests touched least (4 and 7 cases before this file).
// - 42 CFR 424.44(b) [sources: cfr-42-424.44, cms-mcpm-ch1-70]: an administrative error, retroactive
//   entitlement, or a Medicaid or Medicare Advantage recovery 12 months or more after the date of service
//   extends the time to file through the last day of the 6th calendar month after the month of the notice or
//   recovery; a last day on a weekend or federal holiday moves to the next workday. The exceptions are Medicare
//   fee-for-service's, not another payer's.
// - 42 CFR 405.942 and 405.962 [sources: cfr-42-405.942, cfr-42-405.962, mac-palmetto-appeals-timeliness]: a
//   redetermination within 120 days and a reconsideration within 180 days of receiving the decision, presumed
//   received 5 days after its date; calendar days, no roll of the last day.
import { describe, expect, it } from 'vitest';
import { evaluateClaimTimelyFiling } from '../../../src/billing/claims/claim-timely-filing.js';
import type { MedicareFilingException } from '../../../src/billing/claims/medicare-filing-exception.js';
import { evaluateTimelyFiling, type TimelyFilingCase } from '../../../src/billing/claims/timely-filing.js';
import { MEDICARE_PAYER_PROFILE_EXAMPLE } from '../../../src/billing/coverage/payer-profile.js';
import { ValidationError } from '../../../src/core/index.js';
import { COMMERCIAL, claimThrough, line } from './claim-fixtures.js';

const MEDICARE = MEDICARE_PAYER_PROFILE_EXAMPLE.filing;
const codes = (reasons: readonly { code: string }[]) => reasons.map((r) => r.code);
const withException = (
  serviceDate: string,
  kind: MedicareFilingException['kind'],
  noticeOn: string,
  extra: Partial<TimelyFilingCase> = {},
) =>
  ({
    claimId: 'c-1',
    kind: 'initial',
    serviceDate,
    medicareException: { kind, noticeOn },
    ...extra,
  }) as TimelyFilingCase;

describe('Medicare’s exceptions to the 12-month limit (42 CFR 424.44(b)), outside tester', () => {
  const cases: readonly [string, MedicareFilingException['kind'], string, string, string][] = [
    // [date of service, exception, notice or recovery, last day, why]
    [
      '2025-03-03',
      'retroactive_entitlement',
      '2026-06-15',
      '2026-12-31',
      'a June notice runs to December 31 (the 6th month after June)',
    ],
    [
      '2025-10-01',
      'administrative_error',
      '2026-06-30',
      '2026-12-31',
      'a notice on the month’s last day counts that month',
    ],
    [
      '2025-09-02',
      'retroactive_entitlement',
      '2026-07-01',
      '2027-02-01',
      'year end crossed: Sunday 2027-01-31 moves to Monday',
    ],
    [
      '2026-05-04',
      'administrative_error',
      '2027-08-16',
      '2028-02-29',
      'leap year: the 6th month after August 2027 ends on Tuesday 2028-02-29',
    ],
    [
      '2025-06-02',
      'retroactive_entitlement',
      '2026-08-03',
      '2027-03-01',
      'Sunday 2027-02-28 moves to Monday',
    ],
    [
      '2025-08-04',
      'administrative_error',
      '2026-11-02',
      '2027-06-01',
      'Monday 2027-05-31 is Memorial Day: moves to Tuesday',
    ],
    [
      '2025-05-01',
      'retroactive_entitlement_medicaid_recovery',
      '2026-05-01',
      '2026-11-30',
      'a Medicaid recovery exactly 12 months after the date of service meets “12 months or more”',
    ],
    [
      '2024-02-29',
      'retroactive_disenrollment_recovery',
      '2025-02-28',
      '2025-09-02',
      'leap-day service, recovery 12 months on (Feb 28); Sunday 2025-08-31, then Labor Day',
    ],
  ];
  for (const [dos, kind, noticeOn, deadline, why] of cases) {
    it(`DOS ${dos}, ${kind} on ${noticeOn}: last day ${deadline} (${why})`, () => {
      const d = evaluateTimelyFiling(withException(dos, kind, noticeOn), MEDICARE, { asOf: noticeOn });
      expect(d.deadline).toBe(deadline);
      expect(codes(d.reasons)).toContain('billing.filing.medicare_exception_applied');
    });
  }

  it('a Medicaid recovery one day short of 12 months (DOS 2025-05-01, recovered 2026-04-30) does not extend: 2026-05-01 stands', () => {
    const d = evaluateTimelyFiling(
      withException('2025-05-01', 'retroactive_entitlement_medicaid_recovery', '2026-04-30'),
      MEDICARE,
      { asOf: '2026-04-30' },
    );
    expect(d.deadline).toBe('2026-05-01');
    expect(d.reasons.find((r) => r.code === 'billing.filing.medicare_exception_not_met')?.facts.why).toBe(
      'recovered_within_12_months',
    );
  });

  it('filed on the rolled last day (Tuesday 2027-06-01) is on time; the day after is late', () => {
    const c = withException('2025-08-04', 'administrative_error', '2026-11-02');
    expect(
      evaluateTimelyFiling({ ...c, filedOn: '2027-06-01' }, MEDICARE, { asOf: '2027-06-10' }).outcome,
    ).toBe('on_time');
    expect(
      evaluateTimelyFiling({ ...c, filedOn: '2027-06-02' }, MEDICARE, { asOf: '2027-06-10' }).outcome,
    ).toBe('late');
  });

  it('a notice dated before the date of service is a broken case, reported by path', () => {
    expect(() =>
      evaluateTimelyFiling(withException('2026-03-02', 'retroactive_entitlement', '2026-02-27'), MEDICARE, {
        asOf: '2026-03-05',
      }),
    ).toThrow(ValidationError);
  });

  it('a corrected claim keeps its own clock: the exception extends first claims only', () => {
    const d = evaluateTimelyFiling(
      withException('2025-03-03', 'retroactive_entitlement', '2026-06-15', {
        kind: 'corrected',
        startDate: '2025-04-01',
      }),
      MEDICARE,
      { asOf: '2026-06-20' },
    );
    expect(d.deadline).toBe('2026-04-01');
    expect(codes(d.reasons)).not.toContain('billing.filing.medicare_exception_applied');
  });

  it('a claim to a commercial payer carrying a Medicare exception is not extended by it, and says so', () => {
    const c = claimThrough([], '2025-03-03', {
      lines: [line({ serviceDate: '2025-03-03' })],
      medicareFilingException: { kind: 'retroactive_entitlement', noticeOn: '2025-05-15' },
    });
    const d = evaluateClaimTimelyFiling(c, COMMERCIAL, { asOf: '2025-05-20' });
    // 90 days from 2025-03-03 is 2025-06-01: the commercial window, not Medicare's November 30.
    expect(d.deadline).toBe('2025-06-01');
    expect(codes(d.reasons)).toContain('billing.filing.medicare_exception_not_applicable');
  });
});

describe('Medicare redetermination (405.942, 120 days) and reconsideration (405.962, 180 days), outside tester', () => {
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
    [1, '2026-12-28', '2027-05-02', 'received 2027-01-02 (year end), + 120: a Sunday, no roll'],
    [1, '2028-02-29', '2028-07-03', 'a notice on leap day: received 2028-03-05, + 120'],
    [1, '2027-10-29', '2028-03-02', 'the 120 days count February 29, 2028'],
    [1, '2027-03-02', '2027-07-05', 'last day Monday 2027-07-05, the observed Independence Day: no roll'],
    [2, '2026-07-02', '2027-01-03', 'reconsideration: received 2026-07-07, + 180 across the year end'],
    [2, '2027-12-01', '2028-06-03', 'reconsideration: the 180 days count February 29, 2028'],
  ];
  for (const [level, on, deadline, why] of cases) {
    it(`level ${level}, decision ${on}: last day ${deadline} (${why})`, () => {
      expect(evaluateTimelyFiling(appeal(on, level), MEDICARE, { asOf: on }).deadline).toBe(deadline);
    });
  }

  it('a reconsideration asked on its last day (2027-01-03) is on time, the day after late', () => {
    expect(
      evaluateTimelyFiling(appeal('2026-07-02', 2, '2027-01-03'), MEDICARE, { asOf: '2027-02-01' }).outcome,
    ).toBe('on_time');
    expect(
      evaluateTimelyFiling(appeal('2026-07-02', 2, '2027-01-04'), MEDICARE, { asOf: '2027-02-01' }).outcome,
    ).toBe('late');
  });

  it('an appeal dated before the decision it answers is undecided, never on time', () => {
    const d = evaluateTimelyFiling(appeal('2026-07-02', 2, '2026-06-30'), MEDICARE, { asOf: '2026-07-10' });
    expect(d.outcome).toBe('undecided');
    expect(codes(d.reasons)).toContain('billing.filing.filed_before_decision');
  });

  it('from a claim’s history: denied 2026-01-15, redetermination asked 2026-02-10 and denied 2026-03-20: reconsideration due 2026-09-21', () => {
    const c = claimThrough(['ready', 'submitted', 'accepted', 'denied'], '2026-01-12', {
      lines: [line({ serviceDate: '2026-01-05' })],
    });
    const history = [
      ...(c.history ?? []).map((h, i) => (i === 3 ? { ...h, on: '2026-01-15' } : h)),
      { from: 'denied', to: 'appealed', on: '2026-02-10' },
      { from: 'appealed', to: 'denied', on: '2026-03-20' },
    ] as typeof c.history;
    const d = evaluateClaimTimelyFiling({ ...c, history }, MEDICARE_PAYER_PROFILE_EXAMPLE, {
      asOf: '2026-04-01',
    });
    const route = d.routes.find((r) => r.kind === 'appeal');
    expect(route?.deadline).toBe('2026-09-21');
    expect(codes(route?.reasons ?? [])).toContain('billing.filing.appeal_level');
  });

  it('a corrected claim denied again starts at the first level: denied 2026-03-02, redetermination due 2026-07-05', () => {
    const c = claimThrough(
      ['ready', 'submitted', 'accepted', 'denied', 'resubmitted', 'accepted', 'denied'],
      '2026-01-12',
      {
        lines: [line({ serviceDate: '2026-01-05' })],
      },
    );
    const history = (c.history ?? []).map((h, i) => (i === 6 ? { ...h, on: '2026-03-02' } : h));
    const d = evaluateClaimTimelyFiling({ ...c, history }, MEDICARE_PAYER_PROFILE_EXAMPLE, {
      asOf: '2026-03-10',
    });
    const route = d.routes.find((r) => r.kind === 'appeal');
    expect(route?.deadline).toBe('2026-07-05');
    expect(codes(route?.reasons ?? [])).not.toContain('billing.filing.appeal_level');
  });
});
