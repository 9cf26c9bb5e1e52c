import { describe, expect, it } from 'vitest';
import { getUsFederalHolidays } from '../../../src/core/index.js';
import {
  evaluateGoodFaithEstimateCoverage,
  evaluateGoodFaithEstimateDispute,
  getGoodFaithEstimateDueDate,
} from '../../../src/intake/index.js';

// An outside tester's audit of the Good Faith Estimate rules, case by case against the public text:
// timing, 45 CFR 149.610(b)(1)(vi) [cfr-45-149.610]; recurring services, 149.610(b)(1)(iv) and CMS guidance
// [apa-nsa-faq]; the dispute threshold and window, 45 CFR 149.620 [cfr-45-149.620]. Business days skip
// weekends and the federal holidays.
const HOLIDAYS = { holidays: getUsFederalHolidays(2026, 2027) };
const scheduled = (scheduledOn: string, serviceDate: string) =>
  ({ kind: 'scheduled', scheduledOn, serviceDate }) as const;

describe('GFE audit: timing (45 CFR 149.610(b)(1)(vi))', () => {
  it('1. scheduled Wednesday 2026-11-25 for Wednesday 2026-12-09: Thanksgiving makes it 9 business days ahead, so due 1 business day after, Friday 11-27', () => {
    expect(getGoodFaithEstimateDueDate(scheduled('2026-11-25', '2026-12-09'), HOLIDAYS)).toMatchObject({
      dueOn: '2026-11-27',
      rule: 'one_business_day_after_scheduling',
      leadBusinessDays: 9,
    });
  });

  it('2. scheduled Thursday 2026-07-02 for Friday 2026-07-17: Independence Day observed Friday 07-03, 10 business days ahead, due 3 business days after, Wednesday 07-08', () => {
    expect(getGoodFaithEstimateDueDate(scheduled('2026-07-02', '2026-07-17'), HOLIDAYS)).toMatchObject({
      dueOn: '2026-07-08',
      rule: 'three_business_days_after_scheduling',
      leadBusinessDays: 10,
    });
  });

  it('3. requested Thursday 2026-12-24: 3 business days after the request skip Christmas and the weekend, Wednesday 12-30', () => {
    expect(
      getGoodFaithEstimateDueDate({ kind: 'requested', requestedOn: '2026-12-24' }, HOLIDAYS),
    ).toMatchObject({
      dueOn: '2026-12-30',
      rule: 'three_business_days_after_request',
    });
  });

  it('4. scheduled Friday 2026-09-04 for Thursday 2026-09-10: Labor Day leaves exactly 3 business days, due Tuesday 09-08', () => {
    expect(getGoodFaithEstimateDueDate(scheduled('2026-09-04', '2026-09-10'), HOLIDAYS)).toMatchObject({
      dueOn: '2026-09-08',
      rule: 'one_business_day_after_scheduling',
      leadBusinessDays: 3,
    });
  });

  it('5. scheduled Friday 2026-09-04 for Wednesday 2026-09-09: 2 business days ahead is under the rule, no later than the service day', () => {
    const d = getGoodFaithEstimateDueDate(scheduled('2026-09-04', '2026-09-09'), HOLIDAYS);
    expect(d).toMatchObject({ rule: 'short_notice_by_service_date', leadBusinessDays: 2 });
    expect(d.dueOn <= '2026-09-09').toBe(true);
  });
});

describe('GFE audit: recurring services (one estimate for up to 12 months)', () => {
  const weekly = {
    id: 'gfe-audit',
    clientId: 'c-audit',
    serviceRange: { from: '2026-01-05', to: '2027-06-30' },
    expectedSessions: { expected: 45, upTo: 52 },
  };

  it('6. an estimate from Monday 2026-01-05 covers Monday 2027-01-04 and not Tuesday 2027-01-05, even though its range runs on', () => {
    expect(evaluateGoodFaithEstimateCoverage(weekly, { serviceDate: '2027-01-04' })).toMatchObject({
      outcome: 'covered',
      coversThrough: '2027-01-04',
    });
    expect(evaluateGoodFaithEstimateCoverage(weekly, { serviceDate: '2027-01-05' }).outcome).toBe('reissue');
  });
});

describe('GFE audit: patient-provider dispute (45 CFR 149.620)', () => {
  const bill = (
    expected: { providerRef: string; cents: number }[],
    billed: { providerRef: string; cents: number }[],
  ) => ({ expected, billed, billReceivedOn: '2026-01-15' });

  it('7. $400.00 over for one provider is substantially in excess; $399.99 is not', () => {
    const at = { asOf: '2026-02-01' };
    const over = evaluateGoodFaithEstimateDispute(
      bill([{ providerRef: 'dr-ames', cents: 150_000 }], [{ providerRef: 'dr-ames', cents: 190_000 }]),
      at,
    );
    expect(over).toMatchObject({ outcome: 'eligible', eligibleProviderRefs: ['dr-ames'] });
    const under = evaluateGoodFaithEstimateDispute(
      bill([{ providerRef: 'dr-ames', cents: 150_000 }], [{ providerRef: 'dr-ames', cents: 189_999 }]),
      at,
    );
    expect(under.outcome).toBe('not_eligible');
  });

  it('8. the threshold is per provider: $250 over for each of two providers is not a $500 excess', () => {
    const d = evaluateGoodFaithEstimateDispute(
      bill(
        [
          { providerRef: 'dr-ames', cents: 100_000 },
          { providerRef: 'lab-north', cents: 20_000 },
        ],
        [
          { providerRef: 'dr-ames', cents: 125_000 },
          { providerRef: 'lab-north', cents: 45_000 },
        ],
      ),
      { asOf: '2026-02-01' },
    );
    expect(d.outcome).toBe('not_eligible');
    expect(d.eligibleProviderRefs).toEqual([]);
  });

  it('9. received Thursday 2026-01-15: a dispute can start through day 120, Friday 2026-05-15, not on Saturday 05-16', () => {
    const facts = bill(
      [{ providerRef: 'dr-ames', cents: 100_000 }],
      [{ providerRef: 'dr-ames', cents: 150_000 }],
    );
    expect(evaluateGoodFaithEstimateDispute(facts, { asOf: '2026-05-15' })).toMatchObject({
      outcome: 'eligible',
      windowClosesOn: '2026-05-15',
    });
    expect(evaluateGoodFaithEstimateDispute(facts, { asOf: '2026-05-16' }).outcome).toBe('not_eligible');
  });

  it('10. with only the bill’s own date known, day 121 is undecided, never closed on a guess (the window runs from receipt)', () => {
    const facts = {
      ...bill([{ providerRef: 'dr-ames', cents: 100_000 }], [{ providerRef: 'dr-ames', cents: 150_000 }]),
      receiptDateUnknown: true,
    };
    const d = evaluateGoodFaithEstimateDispute(facts, { asOf: '2026-05-16' });
    expect(d.outcome).toBe('undecided');
    expect(d.reasons.map((r) => r.code)).toContain('intake.gfe_dispute.receipt_date_unknown');
  });
});
