// bill38, an outside tester's cases on the client estimate and the Good Faith Estimate, from the public rules:
// - the client's share of an in-network session: copay, deductible, coinsurance (basis points), never past the
//   out-of-pocket maximum [sources: cfr-45-156.130], in whole cents with a named rounding;
// - the Good Faith Estimate for an uninsured or self-pay client: due 1 business day after scheduling 3+ business
//   days ahead, 3 business days after scheduling 10+ business days ahead or a request [sources: cfr-45-149.610];
//   a bill at least $400 above it, per provider, may be disputed [sources: cfr-45-149.620].
import { describe, expect, it } from 'vitest';
import {
  estimatePatientShare,
  estimatePatientShareSeries,
} from '../../../src/billing/coverage/patient-estimate.js';
import type { EligibilityBenefits } from '../../../src/billing/index.js';
import { getUsFederalHolidays } from '../../../src/core/index.js';
import {
  evaluateGoodFaithEstimateTimeliness,
  getGoodFaithEstimateDueDate,
} from '../../../src/intake/index.js';
import { verifiedPlan } from './benefit-fixtures.js';

// A 2026 calendar-year plan: $500 deductible with $350 met, 20 % coinsurance, $3,000 out-of-pocket maximum.
const plan = (over: Partial<EligibilityBenefits> = {}): EligibilityBenefits => ({ ...verifiedPlan, ...over });
const share = (b: EligibilityBenefits, allowedCents: number, dateOfService = '2026-03-02') =>
  estimatePatientShare(b, { allowedCents, dateOfService });
const HOLIDAYS = { holidays: getUsFederalHolidays(2026, 2028) };

describe('estimatePatientShare at the edges (outside tester, bill38)', () => {
  it('1. a session that meets the deductible exactly ($150 left, $150 allowed): all deductible, no coinsurance', () => {
    expect(share(plan(), 15_000)).toMatchObject({
      outcome: 'estimated',
      clientShareCents: 15_000,
      payerShareCents: 0,
      breakdown: { deductibleCents: 15_000, coinsuranceCents: 0 },
    });
  });

  it('2. 100 % coinsurance (10,000 basis points) after the deductible: the client owes the whole allowed amount', () => {
    expect(
      share(plan({ deductibleMetCents: 50_000, coinsuranceBasisPoints: 10_000 }), 12_000).clientShareCents,
    ).toBe(12_000);
  });

  it('3. 0 % coinsurance after the deductible: the client owes nothing', () => {
    expect(
      share(plan({ deductibleMetCents: 50_000, coinsuranceBasisPoints: 0 }), 12_000).clientShareCents,
    ).toBe(0);
  });

  it('4. the out-of-pocket maximum reached inside the deductible: $20 left of the maximum caps a $120 deductible session', () => {
    expect(share(plan({ outOfPocketMetCents: 298_000 }), 12_000)).toMatchObject({
      clientShareCents: 2_000,
      payerShareCents: 10_000,
    });
  });

  it('5. a $40 copay on a $30 allowed amount: the client owes $30, never more than allowed', () => {
    expect(
      share(plan({ copayCents: 4_000, deductibleMetCents: 50_000, coinsuranceBasisPoints: 0 }), 3_000)
        .clientShareCents,
    ).toBe(3_000);
  });

  it('6. a session on 2027-01-04 after a 2026 plan year verified: undecided, no amounts (the deductible resets)', () => {
    expect(share(plan(), 12_000, '2027-01-04')).toMatchObject({
      outcome: 'undecided',
      clientShareCents: null,
    });
  });

  it('7. a leap-day session (2028-02-29) under a 2028 plan: estimated', () => {
    const p = plan({ verifiedOn: '2028-01-03', planStartsOn: '2028-01-01', planEndsOn: '2028-12-31' });
    expect(share(p, 12_000, '2028-02-29')).toMatchObject({ outcome: 'estimated', clientShareCents: 12_000 });
  });

  it('8. a series across the year end (2026-12-28, 2027-01-04): the first estimated, the second undecided', () => {
    const out = estimatePatientShareSeries(plan(), [
      { allowedCents: 12_000, dateOfService: '2026-12-28' },
      { allowedCents: 12_000, dateOfService: '2027-01-04' },
    ]);
    expect(out.map((e) => e.outcome)).toEqual(['estimated', 'undecided']);
  });

  it('9. coverage inactive: not covered, the client owes the whole allowed amount, with a reason', () => {
    const e = share(plan({ coverageActive: false }), 12_000);
    expect(e.outcome).toBe('not_covered');
    expect(e.clientShareCents).toBe(12_000);
    expect(e.reasons.length).toBeGreaterThan(0);
  });

  it('10. a half cent of coinsurance (20 % of $0.05) is rounded half up: 1 cent, and the parts add up', () => {
    const e = share(plan({ deductibleMetCents: 50_000 }), 5);
    expect(e.clientShareCents).toBe(1);
    expect(e.payerShareCents).toBe(4);
  });
});

describe('The Good Faith Estimate’s due date and the practice’s day (outside tester, bill38)', () => {
  it('11. scheduled Tuesday 2026-11-10 for Tuesday 11-24 with Veterans Day (Wed 11-11) between: 9 business days ahead, due in 1, Thursday 11-12', () => {
    expect(
      getGoodFaithEstimateDueDate(
        { kind: 'scheduled', scheduledOn: '2026-11-10', serviceDate: '2026-11-24' },
        HOLIDAYS,
      ),
    ).toMatchObject({
      leadBusinessDays: 9,
      rule: 'one_business_day_after_scheduling',
      dueOn: '2026-11-12',
    });
  });

  it('12. scheduled Friday 2026-12-18 for Monday 2027-01-04: Christmas and New Year (both Fridays) between, 9 business days, due Monday 12-21', () => {
    expect(
      getGoodFaithEstimateDueDate(
        { kind: 'scheduled', scheduledOn: '2026-12-18', serviceDate: '2027-01-04' },
        HOLIDAYS,
      ),
    ).toMatchObject({
      leadBusinessDays: 9,
      dueOn: '2026-12-21',
    });
  });

  it('13. requested Friday 2028-02-25: due Wednesday 2028-03-01 (leap day counts as a business day)', () => {
    expect(
      getGoodFaithEstimateDueDate({ kind: 'requested', requestedOn: '2028-02-25' }, HOLIDAYS).dueOn,
    ).toBe('2028-03-01');
  });

  it('14. requested Wednesday 2026-11-25: Thanksgiving skipped, due Tuesday 12-01; a Honolulu practice at 09:30Z on 12-02 is still on 12-01 (pending)', () => {
    const o = {
      id: 'gfe-1',
      clientId: 'c-1',
      trigger: { kind: 'requested', requestedOn: '2026-11-25' },
    } as const;
    const hi = evaluateGoodFaithEstimateTimeliness(o, {
      asOf: '2026-12-02T09:30:00Z',
      practiceZone: 'Pacific/Honolulu',
      calendar: HOLIDAYS,
    });
    const ny = evaluateGoodFaithEstimateTimeliness(o, {
      asOf: '2026-12-02T09:30:00Z',
      practiceZone: 'America/New_York',
      calendar: HOLIDAYS,
    });
    expect([hi.dueOn, hi.outcome, ny.outcome]).toEqual(['2026-12-01', 'pending', 'overdue']);
  });

  it('15. (fixed) no holidays given, Veterans Day between 2026-11-10 and 11-24: the earlier due date (11-12, as if closed), with a warning', () => {
    const due = getGoodFaithEstimateDueDate({
      kind: 'scheduled',
      scheduledOn: '2026-11-10',
      serviceDate: '2026-11-24',
    });
    expect(due).toMatchObject({
      dueOn: '2026-11-12',
      rule: 'one_business_day_after_scheduling',
      leadBusinessDays: 9,
    });
    expect(due.reasons.find((r) => r.code === 'intake.gfe.practice_holidays_not_given')?.facts).toEqual({
      dueOn: '2026-11-12',
      dueOnIfOpenOnHolidays: '2026-11-13',
      dueOnIfClosedOnHolidays: '2026-11-12',
    });
  });

  it('16. (fixed) no holidays given, requested Tuesday 2026-12-22: open on Christmas it is due Friday 12-25, earlier than closed (Monday 12-28)', () => {
    const due = getGoodFaithEstimateDueDate({ kind: 'requested', requestedOn: '2026-12-22' });
    // Open on 12-25 (a Friday): 12-23, 12-24, 12-25; closed: 12-23, 12-24, 12-28. The earlier is the open reading.
    expect(due.dueOn).toBe('2026-12-25');
    expect(due.reasons.map((r) => r.code)).toContain('intake.gfe.practice_holidays_not_given');
  });

  it('17. holidays given as none (`[]`): the practice is open every weekday, no warning', () => {
    const due = getGoodFaithEstimateDueDate(
      { kind: 'scheduled', scheduledOn: '2026-11-10', serviceDate: '2026-11-24' },
      { holidays: [] },
    );
    expect(due).toMatchObject({ dueOn: '2026-11-13', leadBusinessDays: 10 });
    expect(due.reasons.map((r) => r.code)).not.toContain('intake.gfe.practice_holidays_not_given');
  });

  it('18. no holidays given and no holiday in the window (2026-03-02 to 03-16): no warning', () => {
    const o = {
      id: 'gfe-1',
      clientId: 'c-1',
      trigger: { kind: 'scheduled', scheduledOn: '2026-03-02', serviceDate: '2026-03-16' },
    } as const;
    const d = evaluateGoodFaithEstimateTimeliness(o, {
      asOf: '2026-03-04T15:00:00Z',
      practiceZone: 'America/Chicago',
    });
    expect(d.dueOn).toBe('2026-03-05');
    expect(d.reasons.map((r) => r.code)).not.toContain('intake.gfe.practice_holidays_not_given');
  });
});
