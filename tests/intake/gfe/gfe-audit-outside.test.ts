import { describe, expect, it } from 'vitest';
import { getUsFederalHolidays } from '../../../src/core/index.js';
import {
  evaluateGoodFaithEstimateContents,
  evaluateGoodFaithEstimateCoverage,
  evaluateGoodFaithEstimateDispute,
  evaluateGoodFaithEstimateRequirement,
  evaluateGoodFaithEstimateTimeliness,
  GoodFaithEstimate,
  type GoodFaithEstimateInput,
  getGoodFaithEstimateDueDate,
} from '../../../src/intake/index.js';
import { getExpectedChargesByProvider } from '../../../src/intake/internal.js';

// An outside tester's second audit of the Good Faith Estimate rules (intake35), case by case against the public
// text: who is owed one and when, 45 CFR 149.610(a)–(b) [cfr-45-149.610]; its contents, 149.610(c); recurring
// care, one estimate for up to 12 months [apa-nsa-faq]; the dispute threshold ($400 or more above the estimate,
// per provider) and its 120 calendar days, 45 CFR 149.620 [cfr-45-149.620]. Business days skip weekends and the
// federal holidays as observed (a Saturday holiday on the Friday before, a Sunday one on the Monday after), and a
// day is the practice's local day. Cases 1–17 were right before the audit; case 18 was wrong and is fixed.
const HOLIDAYS = { holidays: getUsFederalHolidays(2026, 2029) };
const scheduled = (scheduledOn: string, serviceDate: string) =>
  ({ kind: 'scheduled', scheduledOn, serviceDate }) as const;

describe('GFE outside audit: when one is due (45 CFR 149.610(b)(1)(vi)–(vii))', () => {
  it('1. scheduled on Saturday 2026-03-07 for Monday 2026-03-23: 11 business days ahead, due 3 business days after, Wednesday 03-11', () => {
    expect(getGoodFaithEstimateDueDate(scheduled('2026-03-07', '2026-03-23'), HOLIDAYS)).toMatchObject({
      dueOn: '2026-03-11',
      rule: 'three_business_days_after_scheduling',
      leadBusinessDays: 11,
    });
  });

  it('2. requested Thursday 2027-12-30: New Year’s Day 2028 is a Saturday, observed Friday 2027-12-31, so due Wednesday 2028-01-05', () => {
    expect(
      getGoodFaithEstimateDueDate({ kind: 'requested', requestedOn: '2027-12-30' }, HOLIDAYS),
    ).toMatchObject({ dueOn: '2028-01-05', rule: 'three_business_days_after_request' });
  });

  it('3. scheduled Thursday 2027-06-17 for Thursday 06-24: Juneteenth (Saturday) observed Friday 06-18, 4 business days ahead, due Monday 06-21', () => {
    expect(getGoodFaithEstimateDueDate(scheduled('2027-06-17', '2027-06-24'), HOLIDAYS)).toMatchObject({
      dueOn: '2027-06-21',
      rule: 'one_business_day_after_scheduling',
      leadBusinessDays: 4,
    });
  });

  it('4. scheduled Friday 2027-01-08: for Monday 01-25 (Martin Luther King Day between) exactly 10 business days, due Wednesday 01-13; for Friday 01-22, 9, due Monday 01-11', () => {
    expect(getGoodFaithEstimateDueDate(scheduled('2027-01-08', '2027-01-25'), HOLIDAYS)).toMatchObject({
      dueOn: '2027-01-13',
      rule: 'three_business_days_after_scheduling',
      leadBusinessDays: 10,
    });
    expect(getGoodFaithEstimateDueDate(scheduled('2027-01-08', '2027-01-22'), HOLIDAYS)).toMatchObject({
      dueOn: '2027-01-11',
      rule: 'one_business_day_after_scheduling',
      leadBusinessDays: 9,
    });
  });

  it('5. scheduled on Thanksgiving 2026-11-26 for Tuesday 12-01: 3 business days ahead, due the next business day, Friday 11-27', () => {
    expect(getGoodFaithEstimateDueDate(scheduled('2026-11-26', '2026-12-01'), HOLIDAYS)).toMatchObject({
      dueOn: '2026-11-27',
      rule: 'one_business_day_after_scheduling',
      leadBusinessDays: 3,
    });
  });

  it('6. scope changed Monday 2026-11-23 for Friday 11-27: a new estimate 1 business day before, and Thanksgiving makes that Wednesday 11-25 (149.610(b)(1)(vii))', () => {
    expect(
      getGoodFaithEstimateDueDate(
        { kind: 'scope_changed', changedOn: '2026-11-23', serviceDate: '2026-11-27' },
        HOLIDAYS,
      ),
    ).toMatchObject({ dueOn: '2026-11-25', rule: 'one_business_day_before_service' });
  });
});

describe('GFE outside audit: on time on the practice’s clock', () => {
  const requested = (requestedOn: string) =>
    ({ id: 'gfe-r', clientId: 'c-1', trigger: { kind: 'requested', requestedOn } }) as const;

  it('7. requested Monday 2026-03-02, due Thursday 03-05: at 04:30Z on 03-06 a New York practice is still on Thursday (pending), at 05:30Z it is Friday (overdue); Los Angeles is still Thursday', () => {
    const at = (asOf: string, practiceZone: string) =>
      evaluateGoodFaithEstimateTimeliness(requested('2026-03-02'), { asOf, practiceZone, calendar: HOLIDAYS })
        .outcome;
    expect(at('2026-03-06T04:30:00Z', 'America/New_York')).toBe('pending');
    expect(at('2026-03-06T05:30:00Z', 'America/New_York')).toBe('overdue');
    expect(at('2026-03-06T05:30:00Z', 'America/Los_Angeles')).toBe('pending');
  });

  it('8. across the spring DST change: requested Friday 2026-03-06, due Wednesday 03-11; New York’s Wednesday ends at 04:00Z on 03-12 (EDT), not 05:00Z', () => {
    const at = (asOf: string) =>
      evaluateGoodFaithEstimateTimeliness(requested('2026-03-06'), {
        asOf,
        practiceZone: 'America/New_York',
        calendar: HOLIDAYS,
      });
    expect(at('2026-03-12T03:59:00Z')).toMatchObject({ outcome: 'pending', dueOn: '2026-03-11' });
    expect(at('2026-03-12T04:00:00Z').outcome).toBe('overdue');
  });

  it('9. scheduled Monday 2026-12-07 for Monday 12-28 (Christmas between): due Thursday 12-10; delivered that day is on time, the next day late', () => {
    const delivered = (deliveredOn: string) =>
      evaluateGoodFaithEstimateTimeliness(
        { id: 'gfe-s', clientId: 'c-1', trigger: scheduled('2026-12-07', '2026-12-28'), deliveredOn },
        { asOf: '2026-12-14T12:00:00-05:00', practiceZone: 'America/New_York', calendar: HOLIDAYS },
      );
    expect(delivered('2026-12-10')).toMatchObject({ outcome: 'delivered_on_time', dueOn: '2026-12-10' });
    expect(delivered('2026-12-11').outcome).toBe('delivered_late');
  });
});

describe('GFE outside audit: who is owed one (149.610(a)–(b))', () => {
  it('10. an insured client who will not file a claim is self-pay: owed an estimate on scheduling, without asking', () => {
    expect(evaluateGoodFaithEstimateRequirement({ coverage: 'insured_not_filing' }).outcome).toBe('required');
  });

  it('11. a Medicaid enrollee whose program covers the session is not uninsured or self-pay: no estimate, even on request', () => {
    expect(
      evaluateGoodFaithEstimateRequirement({
        coverage: 'federal_program',
        programCoversService: true,
        requested: true,
      }).outcome,
    ).toBe('not_required');
  });

  it('12. coverage not recorded: undecided (ask), never not_required; on request the estimate is given', () => {
    expect(evaluateGoodFaithEstimateRequirement({}).outcome).toBe('undecided');
    expect(evaluateGoodFaithEstimateRequirement({ requested: true }).outcome).toBe('required');
  });
});

describe('GFE outside audit: recurring care (one estimate for up to 12 months)', () => {
  it('13. an estimate whose range runs 2026-02-01 to 2027-06-30 covers through 2027-01-31; a session on Monday 2027-02-01 needs a new one by Friday 01-29', () => {
    const d = evaluateGoodFaithEstimateCoverage(
      { id: 'gfe-long', clientId: 'c-1', serviceRange: { from: '2026-02-01', to: '2027-06-30' } },
      { serviceDate: '2027-02-01' },
      { calendar: HOLIDAYS },
    );
    expect(d).toMatchObject({ outcome: 'reissue', coversThrough: '2027-01-31', reissueDueOn: '2027-01-29' });
    expect(
      evaluateGoodFaithEstimateCoverage(
        { id: 'gfe-long', clientId: 'c-1', serviceRange: { from: '2026-02-01', to: '2027-06-30' } },
        { serviceDate: '2027-01-29' },
        { calendar: HOLIDAYS },
      ).outcome,
    ).toBe('covered');
  });

  it('14. from a leap day, 2028-02-29, the year runs through 2029-02-27 (the safer reading: a new estimate for 02-28, due Tuesday 02-27)', () => {
    const d = evaluateGoodFaithEstimateCoverage(
      { id: 'gfe-leap', clientId: 'c-1', serviceRange: { from: '2028-02-29', to: '2029-06-30' } },
      { serviceDate: '2029-02-28' },
      { calendar: HOLIDAYS },
    );
    expect(d).toMatchObject({ outcome: 'reissue', coversThrough: '2029-02-27', reissueDueOn: '2029-02-27' });
  });
});

describe('GFE outside audit: the dispute (45 CFR 149.620)', () => {
  it('15. the expected charges per provider multiply each item by its quantity: 10 sessions at $150 and an intake at $200 are $1,700; a $2,100 bill is $400 over and disputable', () => {
    const estimate = GoodFaithEstimate.parse({
      id: 'gfe-q',
      clientId: 'c-1',
      items: [
        { providerRef: 'dr-a', expectedChargeCents: 15_000, quantity: 10 },
        { providerRef: 'dr-a', expectedChargeCents: 20_000 },
      ],
      providers: [{ ref: 'dr-a' }],
    });
    const expected = getExpectedChargesByProvider(estimate);
    expect(expected).toEqual([{ providerRef: 'dr-a', cents: 170_000 }]);
    expect(
      evaluateGoodFaithEstimateDispute(
        { expected, billed: [{ providerRef: 'dr-a', cents: 210_000 }], billReceivedOn: '2026-06-01' },
        { asOf: '2026-06-15' },
      ).outcome,
    ).toBe('eligible');
  });

  it('16. no netting across providers: one billed $300 under and another $400 over, the second may be disputed', () => {
    const d = evaluateGoodFaithEstimateDispute(
      {
        expected: [
          { providerRef: 'dr-a', cents: 100_000 },
          { providerRef: 'dr-b', cents: 100_000 },
        ],
        billed: [
          { providerRef: 'dr-a', cents: 70_000 },
          { providerRef: 'dr-b', cents: 140_000 },
        ],
        billReceivedOn: '2026-06-01',
      },
      { asOf: '2026-06-15' },
    );
    expect(d).toMatchObject({ outcome: 'eligible', eligibleProviderRefs: ['dr-b'] });
  });

  it('17. 120 calendar days in a leap year: received 2028-01-01, the last day is Sunday 2028-04-30; on Monday 05-01 the window is closed', () => {
    const facts = {
      expected: [{ providerRef: 'dr-a', cents: 100_000 }],
      billed: [{ providerRef: 'dr-a', cents: 140_000 }],
      billReceivedOn: '2028-01-01',
    };
    expect(evaluateGoodFaithEstimateDispute(facts, { asOf: '2028-04-30' })).toMatchObject({
      outcome: 'eligible',
      windowClosesOn: '2028-04-30',
    });
    const closed = evaluateGoodFaithEstimateDispute(facts, { asOf: '2028-05-01' });
    expect(closed.outcome).toBe('not_eligible');
    expect(closed.reasons.map((r) => r.code)).toContain('intake.gfe_dispute.window_closed');
  });
});

describe('GFE outside audit: contents (149.610(c)(1))', () => {
  const complete: GoodFaithEstimateInput = {
    id: 'gfe-c',
    clientId: 'c-1',
    patientName: 'Avery Example',
    patientBirthDate: '1990-04-02',
    primaryService: 'Individual psychotherapy, 53 minutes',
    items: [
      {
        providerRef: 'dr-a',
        description: 'Psychotherapy, 53 minutes',
        serviceCode: '90837',
        diagnosisCode: 'TBD pending evaluation',
        expectedChargeCents: 15_000,
      },
    ],
    providers: [
      {
        ref: 'dr-a',
        name: 'Dr. A',
        npi: '1234567893',
        tin: '12-3456789',
        state: 'NY',
        location: '1 Main St, Albany NY',
      },
    ],
    separatelyScheduled: [],
    disclaimers: {
      estimateOnly: true,
      additionalServicesMayBeRecommended: true,
      rightToDispute: true,
      disputeDoesNotAffectCare: true,
      notAContract: true,
    },
  };

  it('18. (fixed) an estimate given on request for a service not yet scheduled needs no date: (c)(1)(ii) asks for it only "if applicable"', () => {
    // Before intake35 this was `incomplete` with `missing_field: serviceDate`, which the rule does not ask.
    expect(evaluateGoodFaithEstimateContents({ ...complete, primaryServiceScheduled: false }).outcome).toBe(
      'complete',
    );
    // Scheduled (or not said), the date is still required.
    const { primaryServiceScheduled: _none, ...unsaid } = { ...complete, primaryServiceScheduled: undefined };
    for (const estimate of [{ ...complete, primaryServiceScheduled: true }, unsaid]) {
      const d = evaluateGoodFaithEstimateContents(estimate);
      expect(d.outcome).toBe('incomplete');
      expect(d.reasons).toEqual([
        expect.objectContaining({ code: 'intake.gfe.missing_field', facts: { field: 'serviceDate' } }),
      ]);
    }
    expect(
      evaluateGoodFaithEstimateContents({
        ...complete,
        serviceDate: '2026-12-14',
        primaryServiceScheduled: true,
      }).outcome,
    ).toBe('complete');
  });
});
