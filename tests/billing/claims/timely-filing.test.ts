import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Claim, type ClaimInput } from '../../../src/billing/claims/claim.js';
import { evaluateClaimTimelyFiling } from '../../../src/billing/claims/claim-timely-filing.js';
import type { ClaimStatus } from '../../../src/billing/claims/status.js';
import {
  DEFAULT_TIMELY_FILING_RISK_POLICY,
  evaluateTimelyFiling,
  filingClockOfClaim,
  filingStandingOf,
  getFilingDeadline,
  TimelyFilingCase,
  type TimelyFilingDecision,
  TimelyFilingRiskPolicy,
  timelyFilingOfValidated,
} from '../../../src/billing/claims/timely-filing.js';
import type { FilingWindow } from '../../../src/billing/coverage/payer-profile.js';
import {
  addMonths,
  compareDates,
  createBusinessCalendar,
  getDaysBetween,
  getUsFederalHolidays,
  isBusinessDay,
  ValidationError,
} from '../../../src/core/index.js';
import { fromEpochDay, toEpochDay } from '../../../src/core/internal.js';
import { subjectOf } from '../../validation-subject.js';
import { COMMERCIAL, claim, claimThrough, line, MEDICARE } from './claim-fixtures.js';

// The outcome, with the risk after a slash when there is one: 'on_time/high', 'late', 'expired'.
const state = (d: TimelyFilingDecision): string => (d.risk === null ? d.outcome : `${d.outcome}/${d.risk}`);
const dateArb = fc.integer({ min: 0, max: 40_000 }).map(fromEpochDay); // 1970 to about 2079
const windowArb: fc.Arbitrary<FilingWindow> = fc.oneof(
  fc.record({ amount: fc.integer({ min: 1, max: 730 }), unit: fc.constant('days' as const) }),
  fc.record({ amount: fc.integer({ min: 1, max: 36 }), unit: fc.constant('months' as const) }),
);

describe('getFilingDeadline', () => {
  it('ends a Medicare 12-month window from February 29 on February 28 (Pub. 100-04 ch. 1 §70; [cms-mcpm-ch1-70])', () => {
    expect(getFilingDeadline('2024-02-29', { amount: 12, unit: 'months' })).toBe('2025-02-28');
  });

  it('clamps month-end starts to the shorter month', () => {
    expect(getFilingDeadline('2026-01-31', { amount: 1, unit: 'months' })).toBe('2026-02-28');
    expect(getFilingDeadline('2027-08-31', { amount: 6, unit: 'months' })).toBe('2028-02-29');
    expect(getFilingDeadline('2026-03-31', { amount: 12, unit: 'months' })).toBe('2027-03-31');
  });

  it('counts days windows from the day after the date of service, across year ends', () => {
    expect(getFilingDeadline('2026-03-02', { amount: 90, unit: 'days' })).toBe('2026-05-31');
    expect(getFilingDeadline('2026-12-15', { amount: 30, unit: 'days' })).toBe('2027-01-14');
    expect(getFilingDeadline('2028-02-01', { amount: 365, unit: 'days' })).toBe('2029-01-31');
  });

  it('throws on an impossible date or a zero window', () => {
    expect(() => getFilingDeadline('2026-02-30', { amount: 90, unit: 'days' })).toThrow(ValidationError);
    expect(() => getFilingDeadline('2026-02-01', { amount: 0, unit: 'days' })).toThrow(ValidationError);
  });

  it('property: months windows agree with core addMonths', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 60 }), (d, m) => {
        expect(getFilingDeadline(d, { amount: m, unit: 'months' })).toBe(addMonths(d, m));
      }),
    );
  });

  it('property: the deadline is never before the date of service', () => {
    fc.assert(
      fc.property(dateArb, windowArb, (d, w) => {
        expect(compareDates(getFilingDeadline(d, w), d)).toBeGreaterThan(0);
      }),
    );
  });

  it('property: a later date of service never gets an earlier deadline under the same rule', () => {
    fc.assert(
      fc.property(dateArb, dateArb, windowArb, (a, b, w) => {
        const [early, late] = compareDates(a, b) <= 0 ? [a, b] : [b, a];
        expect(compareDates(getFilingDeadline(early, w), getFilingDeadline(late, w))).toBeLessThanOrEqual(0);
      }),
    );
  });
});

describe('evaluateTimelyFiling', () => {
  const c = (x: object) => ({
    claimId: 'claim-1',
    serviceDate: '2024-02-29',
    kind: 'initial' as const,
    ...x,
  });

  it('rates a Medicare claim from Feb 29 with 8 days left as high risk', () => {
    const d = evaluateTimelyFiling(c({}), MEDICARE.filing, { asOf: '2025-02-20' });
    expect(d).toMatchObject({
      outcome: 'on_time',
      risk: 'high',
      deadline: '2025-02-28',
      daysLeft: 8,
      kind: 'initial',
    });
    expect(d.reasons[0]?.code).toBe('billing.filing.deadline_imminent');
  });

  it('moves from low to medium to high to expired as the date nears and passes', () => {
    const at = (asOf: string) =>
      state(evaluateTimelyFiling(c({ serviceDate: '2026-03-02' }), COMMERCIAL.filing, { asOf }));
    expect(at('2026-03-10')).toBe('on_time/low');
    expect(at('2026-05-01')).toBe('on_time/medium'); // 30 days left
    expect(at('2026-05-17')).toBe('on_time/high'); // 14 days left
    expect(at('2026-05-31')).toBe('on_time/high'); // the last day
    expect(at('2026-06-01')).toBe('expired');
  });

  it('names the past deadline with billing.claim.past_timely_filing', () => {
    const d = evaluateTimelyFiling(c({ serviceDate: '2026-03-02' }), COMMERCIAL.filing, {
      asOf: '2026-06-01',
    });
    expect(d.reasons[0]).toMatchObject({ code: 'billing.claim.past_timely_filing', facts: { daysLeft: -1 } });
  });

  it('says filed on time or late once filed', () => {
    expect(
      state(evaluateTimelyFiling(c({ filedOn: '2025-02-28' }), MEDICARE.filing, { asOf: '2025-06-01' })),
    ).toBe('on_time');
    expect(
      state(evaluateTimelyFiling(c({ filedOn: '2025-03-01' }), MEDICARE.filing, { asOf: '2025-06-01' })),
    ).toBe('late');
  });

  it('says by how many days a filed claim made or missed its deadline', () => {
    const onTime = evaluateTimelyFiling(c({ filedOn: '2025-02-20' }), MEDICARE.filing, {
      asOf: '2025-06-01',
    });
    expect(onTime.reasons[0]).toMatchObject({
      code: 'billing.filing.filed_on_time',
      facts: { marginDays: 8 },
    });
    const late = evaluateTimelyFiling(c({ filedOn: '2025-03-03' }), MEDICARE.filing, { asOf: '2025-06-01' });
    expect(late.reasons[0]).toMatchObject({ code: 'billing.filing.filed_late', facts: { marginDays: -3 } });
  });

  it('starts a secondary claim from the primary remittance, and is undecided without it once the date-of-service window has closed', () => {
    const sec = { kind: 'secondary' as const, serviceDate: '2026-03-02' };
    expect(
      evaluateTimelyFiling(c({ ...sec, startDate: '2026-04-15' }), COMMERCIAL.filing, { asOf: '2026-05-01' })
        .deadline,
    ).toBe('2026-07-14');
    // 90 days from 2026-03-02 end on 2026-05-31: without the remittance date, on time by them until then.
    const open = evaluateTimelyFiling(c(sec), COMMERCIAL.filing, { asOf: '2026-05-01' });
    expect(open).toMatchObject({ outcome: 'on_time', deadline: '2026-05-31', daysLeft: 30, risk: 'medium' });
    expect(codes(open)).toEqual([
      'billing.filing.deadline_approaching',
      'billing.filing.secondary_service_window_open',
    ]);
    const undecided = evaluateTimelyFiling(c(sec), COMMERCIAL.filing, { asOf: '2026-06-01' });
    expect(undecided).toMatchObject({ outcome: 'undecided', deadline: null, daysLeft: null });
    expect(undecided.reasons[0]?.code).toBe('billing.filing.start_unknown');
  });

  it('counts corrected and appeal windows from the denial', () => {
    const denial = { serviceDate: '2026-03-02', startDate: '2026-04-10' };
    expect(
      evaluateTimelyFiling(c({ ...denial, kind: 'appeal' }), MEDICARE.filing, { asOf: '2026-04-11' })
        .deadline,
    ).toBe('2026-08-13');
    expect(
      evaluateTimelyFiling(c({ ...denial, kind: 'corrected' }), COMMERCIAL.filing, { asOf: '2026-04-11' })
        .deadline,
    ).toBe('2026-07-09');
    expect(
      evaluateTimelyFiling(c({ kind: 'appeal', serviceDate: '2026-03-02' }), COMMERCIAL.filing, {
        asOf: '2026-04-11',
      }).reasons[0]?.message,
    ).toMatch(/decision/);
  });

  it('rejects a clock that starts before the date of service and bad risk thresholds', () => {
    expect(() =>
      evaluateTimelyFiling(c({ kind: 'appeal', startDate: '2024-01-01' }), MEDICARE.filing, {
        asOf: '2025-01-01',
      }),
    ).toThrow(ValidationError);
    expect(() =>
      evaluateTimelyFiling(c({}), MEDICARE.filing, {
        asOf: '2025-01-01',
        highRiskDays: 40,
        mediumRiskDays: 30,
      }),
    ).toThrow(ValidationError);
  });
});

describe('evaluateClaimTimelyFiling', () => {
  it('uses the initial clock for an unfiled claim and the filing date once accepted', () => {
    expect(evaluateClaimTimelyFiling(claim(), COMMERCIAL, { asOf: '2026-05-20' })).toMatchObject({
      outcome: 'on_time',
      risk: 'high',
      deadline: '2026-05-31',
    });
    expect(
      state(
        evaluateClaimTimelyFiling(claimThrough(['ready', 'submitted', 'accepted']), COMMERCIAL, {
          asOf: '2026-07-01',
        }),
      ),
    ).toBe('on_time');
  });

  it('does not count a clearinghouse rejection as filing', () => {
    const d = evaluateClaimTimelyFiling(claimThrough(['ready', 'submitted', 'rejected']), COMMERCIAL, {
      asOf: '2026-06-01',
    });
    expect(d.outcome).toBe('expired');
  });

  it('uses the appeal window after a denial or partial payment, and its filing once appealed', () => {
    const denied = claimThrough(['ready', 'submitted', 'accepted', 'denied']); // denied 2026-03-06
    expect(evaluateClaimTimelyFiling(denied, COMMERCIAL, { asOf: '2026-04-01' })).toMatchObject({
      kind: 'appeal',
      deadline: '2026-05-05',
    });
    const partial = claimThrough(['ready', 'submitted', 'accepted', 'partially_paid']);
    expect(evaluateClaimTimelyFiling(partial, COMMERCIAL, { asOf: '2026-04-01' }).deadline).toBe(
      '2026-05-05',
    );
    const appealed = claimThrough(['ready', 'submitted', 'accepted', 'denied', 'appealed']);
    expect(state(evaluateClaimTimelyFiling(appealed, COMMERCIAL, { asOf: '2026-04-01' }))).toBe('on_time');
  });

  it('uses the corrected-claim window once a corrected claim is sent, unless it was rejected', () => {
    const corrected = claimThrough(['ready', 'submitted', 'accepted', 'denied', 'resubmitted']);
    expect(evaluateClaimTimelyFiling(corrected, COMMERCIAL, { asOf: '2026-04-01' })).toMatchObject({
      kind: 'corrected',
      outcome: 'on_time',
      risk: null,
    });
    const rejected = claimThrough(['ready', 'submitted', 'accepted', 'denied', 'resubmitted', 'rejected']);
    expect(evaluateClaimTimelyFiling(rejected, COMMERCIAL, { asOf: '2026-04-01' })).toMatchObject({
      kind: 'corrected',
      outcome: 'on_time',
      risk: 'low',
    });
  });

  it('uses the secondary clock for a secondary claim', () => {
    const sec = claim({ coverage: 'secondary', primaryRemittanceDate: '2026-04-15', lines: [line()] });
    expect(evaluateClaimTimelyFiling(sec, COMMERCIAL, { asOf: '2026-05-01' })).toMatchObject({
      kind: 'secondary',
      deadline: '2026-07-14',
    });
  });
});

/** A Medicare claim with one line on `dos`, walked through the dated moves. */
function medicare(dos: string, moves: [ClaimStatus, string][] = [], overrides: Partial<ClaimInput> = {}) {
  let from: ClaimStatus = 'draft';
  const history = moves.map(([to, on]) => {
    const change = { from, to, on };
    from = to;
    return change;
  });
  return claim({
    payerId: MEDICARE.payerId,
    lines: [line({ serviceDate: dos })],
    status: from,
    history,
    ...overrides,
  });
}

const codes = (d: { reasons: readonly { code: string }[] }) => d.reasons.map((r) => r.code);

describe('evaluateClaimTimelyFiling: Medicare as secondary payer', () => {
  const secondary = (primaryRemittanceDate?: string) =>
    medicare('2025-01-10', [], {
      coverage: 'secondary',
      ...(primaryRemittanceDate === undefined ? {} : { primaryRemittanceDate }),
    });

  it('gives no extension: DOS 2025-01-10 with the primary’s remittance on 2025-11-01 expired in January 2026', () => {
    const d = evaluateClaimTimelyFiling(secondary('2025-11-01'), MEDICARE, { asOf: '2026-02-01' });
    // 2026-01-10 is a Saturday: the last day moves to Monday 2026-01-12, long gone by February 1.
    expect(d).toMatchObject({ kind: 'secondary', outcome: 'expired', deadline: '2026-01-12', daysLeft: -20 });
    expect(codes(d)).toEqual([
      'billing.claim.past_timely_filing',
      'billing.filing.secondary_no_extension',
      'billing.filing.deadline_moved_to_workday',
    ]);
    expect(d.reasons[1]?.facts).toEqual({ serviceDate: '2025-01-10', primaryRemittanceDate: '2025-11-01' });
  });

  it('is still open on the Monday the deadline moved to, and closed the day after', () => {
    expect(state(evaluateClaimTimelyFiling(secondary('2025-11-01'), MEDICARE, { asOf: '2026-01-12' }))).toBe(
      'on_time/high',
    );
    expect(state(evaluateClaimTimelyFiling(secondary('2025-11-01'), MEDICARE, { asOf: '2026-01-13' }))).toBe(
      'expired',
    );
  });

  it('needs no primary remittance date to know its deadline', () => {
    expect(evaluateClaimTimelyFiling(secondary(), MEDICARE, { asOf: '2025-06-01' })).toMatchObject({
      outcome: 'on_time',
      risk: 'low',
      deadline: '2026-01-12',
    });
  });

  it('keeps the clock from the primary’s remittance for a payer whose profile says so', () => {
    const sec = claim({
      coverage: 'secondary',
      primaryRemittanceDate: '2025-11-01',
      lines: [line({ serviceDate: '2025-01-10' })],
    });
    const d = evaluateClaimTimelyFiling(sec, COMMERCIAL, { asOf: '2026-01-15' });
    // 90 days from the primary's remittance: DOS + 90 days passed long ago, the EOB clock has not.
    expect(d).toMatchObject({
      kind: 'secondary',
      outcome: 'on_time',
      risk: 'medium',
      deadline: '2026-01-30',
      daysLeft: 15,
    });
    expect(codes(d)).not.toContain('billing.filing.secondary_no_extension');
  });

  it('property: a Medicare secondary deadline never exceeds the primary-independent one', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: toEpochDay('2015-01-01'), max: toEpochDay('2035-12-31') }),
        fc.integer({ min: 0, max: 900 }),
        (dosDay, lag) => {
          const dos = fromEpochDay(dosDay);
          const asOf = fromEpochDay(dosDay + 400);
          const sec = medicare(dos, [], {
            coverage: 'secondary',
            primaryRemittanceDate: fromEpochDay(dosDay + lag),
          });
          const independent = evaluateClaimTimelyFiling(medicare(dos), MEDICARE, { asOf });
          const d = evaluateClaimTimelyFiling(sec, MEDICARE, { asOf });
          expect(compareDates(d.deadline as string, independent.deadline as string)).toBeLessThanOrEqual(0);
          expect(d.deadline).toBe(independent.deadline);
        },
      ),
    );
  });
});

describe('evaluateClaimTimelyFiling: unprocessable claims and reopenings (Medicare)', () => {
  const sent: [ClaimStatus, string][] = [
    ['ready', '2025-03-01'],
    ['submitted', '2025-03-01'],
    ['accepted', '2025-03-02'],
  ];

  it('keeps the DOS deadline for a claim returned as unprocessable and resubmitted later: it is late', () => {
    const c = medicare('2025-01-10', [
      ...sent,
      ['unprocessable', '2025-12-20'],
      ['submitted', '2026-02-01'],
      ['accepted', '2026-02-02'],
    ]);
    const d = evaluateClaimTimelyFiling(c, MEDICARE, { asOf: '2026-02-03' });
    expect(d).toMatchObject({ kind: 'initial', outcome: 'late', risk: null, deadline: '2026-01-12' });
    expect(d.reasons[0]?.facts.filedOn).toBe('2026-02-01');
    expect(codes(d)).toContain('billing.filing.unprocessable_not_filed');
    expect(d.reasons.find((r) => r.code === 'billing.filing.unprocessable_not_filed')?.facts).toEqual({
      returnedOn: '2025-12-20',
    });
  });

  it('counts the resubmission as on time when it beats the DOS deadline, the day after it as late', () => {
    const resent = (on: string) =>
      medicare('2025-01-10', [...sent, ['unprocessable', '2025-12-20'], ['submitted', on], ['accepted', on]]);
    expect(state(evaluateClaimTimelyFiling(resent('2026-01-12'), MEDICARE, { asOf: '2026-02-01' }))).toBe(
      'on_time',
    );
    expect(state(evaluateClaimTimelyFiling(resent('2026-01-13'), MEDICARE, { asOf: '2026-02-01' }))).toBe(
      'late',
    );
  });

  it('treats a claim sitting unprocessable as never filed, racing the DOS deadline', () => {
    const c = medicare('2025-01-10', [...sent, ['unprocessable', '2025-12-20']]);
    const d = evaluateClaimTimelyFiling(c, MEDICARE, { asOf: '2025-12-29' });
    expect(d).toMatchObject({
      kind: 'initial',
      outcome: 'on_time',
      risk: 'high',
      deadline: '2026-01-12',
      daysLeft: 14,
    });
    expect(codes(d)).toContain('billing.filing.unprocessable_not_filed');
  });

  it('gives a reopening of a processed (denied) claim its own year from the decision', () => {
    const c = medicare('2025-01-10', [...sent, ['denied', '2025-12-20'], ['resubmitted', '2026-02-01']]);
    const d = evaluateClaimTimelyFiling(c, MEDICARE, { asOf: '2026-02-02' });
    expect(d).toMatchObject({ kind: 'corrected', outcome: 'on_time', risk: null, deadline: '2026-12-20' });
    expect(codes(d)).toContain('billing.filing.corrected_from_decision');
    expect(codes(d)).not.toContain('billing.filing.unprocessable_not_filed');
  });

  it('reopens a paid claim from the payment date, not the date of service', () => {
    const c = medicare('2025-01-10', [...sent, ['paid', '2025-04-15'], ['resubmitted', '2026-03-01']]);
    expect(evaluateClaimTimelyFiling(c, MEDICARE, { asOf: '2026-03-02' })).toMatchObject({
      kind: 'corrected',
      outcome: 'on_time',
      risk: null,
      deadline: '2026-04-15',
    });
  });

  it('keeps a reopening whose corrected claim came back unprocessable on the decision’s clock, not filed', () => {
    const c = medicare('2025-01-10', [
      ...sent,
      ['denied', '2025-04-15'],
      ['resubmitted', '2026-03-01'],
      ['accepted', '2026-03-02'],
      ['unprocessable', '2026-03-20'],
    ]);
    expect(evaluateClaimTimelyFiling(c, MEDICARE, { asOf: '2026-04-10' })).toMatchObject({
      kind: 'corrected',
      outcome: 'on_time',
      risk: 'high',
      deadline: '2026-04-15',
    });
  });

  it('starts the appeal window from the latest decision (the redetermination), at the reconsideration level', () => {
    const c = medicare('2025-01-10', [
      ...sent,
      ['denied', '2025-04-01'],
      ['appealed', '2025-04-20'],
      ['partially_paid', '2025-06-10'],
    ]);
    // 180 days from receipt of the redetermination, presumed 5 days after 2025-06-10.
    expect(evaluateClaimTimelyFiling(c, MEDICARE, { asOf: '2025-06-11' })).toMatchObject({
      kind: 'appeal',
      deadline: '2025-12-12',
    });
  });
});

describe('evaluateTimelyFiling: a Medicare deadline on a weekend or federal holiday', () => {
  const initial = (serviceDate: string) => ({ claimId: 'claim-1', kind: 'initial' as const, serviceDate });

  it('moves Saturday 2026-02-28 to Monday 2026-03-02: not expired that Monday, expired Tuesday', () => {
    const monday = evaluateTimelyFiling(initial('2025-02-28'), MEDICARE.filing, { asOf: '2026-03-02' });
    expect(monday).toMatchObject({ outcome: 'on_time', risk: 'high', deadline: '2026-03-02', daysLeft: 0 });
    expect(monday.reasons[1]).toMatchObject({
      code: 'billing.filing.deadline_moved_to_workday',
      facts: { nominalDeadline: '2026-02-28', deadline: '2026-03-02' },
    });
    expect(state(evaluateTimelyFiling(initial('2025-02-28'), MEDICARE.filing, { asOf: '2026-03-03' }))).toBe(
      'expired',
    );
  });

  it('leaves a weekday deadline alone: DOS 2025-02-27 is due Friday 2026-02-27, with no roll reason', () => {
    const d = evaluateTimelyFiling(initial('2025-02-27'), MEDICARE.filing, { asOf: '2026-02-27' });
    expect(d.deadline).toBe('2026-02-27');
    expect(codes(d)).toEqual(['billing.filing.deadline_imminent']);
    expect(state(evaluateTimelyFiling(initial('2025-02-27'), MEDICARE.filing, { asOf: '2026-02-28' }))).toBe(
      'expired',
    );
  });

  it('moves a holiday Monday (Martin Luther King Jr. Day, 2026-01-19) to Tuesday', () => {
    expect(
      evaluateTimelyFiling(initial('2025-01-19'), MEDICARE.filing, { asOf: '2026-01-20' }),
    ).toMatchObject({
      deadline: '2026-01-20',
      outcome: 'on_time',
      risk: 'high',
    });
    // Saturday 2026-01-17, then Sunday, then the holiday: Tuesday again.
    expect(
      evaluateTimelyFiling(initial('2025-01-17'), MEDICARE.filing, { asOf: '2026-01-01' }).deadline,
    ).toBe('2026-01-20');
    // The Friday before is a workday.
    expect(
      evaluateTimelyFiling(initial('2025-01-16'), MEDICARE.filing, { asOf: '2026-01-01' }).deadline,
    ).toBe('2026-01-16');
  });

  it('moves an observed holiday: Independence Day 2026 is observed Friday July 3', () => {
    expect(
      evaluateTimelyFiling(initial('2025-07-03'), MEDICARE.filing, { asOf: '2026-01-01' }).deadline,
    ).toBe('2026-07-06');
    expect(
      evaluateTimelyFiling(initial('2025-07-04'), MEDICARE.filing, { asOf: '2026-01-01' }).deadline,
    ).toBe('2026-07-06');
    expect(
      evaluateTimelyFiling(initial('2025-07-02'), MEDICARE.filing, { asOf: '2026-01-01' }).deadline,
    ).toBe('2026-07-02');
  });

  it('ends a Feb 29 window on Feb 28, and moves it when that is a Sunday (DOS 2020-02-29)', () => {
    expect(
      evaluateTimelyFiling(initial('2024-02-29'), MEDICARE.filing, { asOf: '2025-01-01' }).deadline,
    ).toBe('2025-02-28');
    const d = evaluateTimelyFiling(initial('2020-02-29'), MEDICARE.filing, { asOf: '2021-01-01' });
    expect(d.deadline).toBe('2021-03-01');
    expect(d.reasons[1]?.facts).toEqual({ nominalDeadline: '2021-02-28', deadline: '2021-03-01' });
  });

  it('rolls across a year end: a Saturday deadline 2028-01-01 (New Year’s observed Friday 2027-12-31) moves to Monday', () => {
    expect(
      evaluateTimelyFiling(initial('2027-01-01'), MEDICARE.filing, { asOf: '2027-06-01' }).deadline,
    ).toBe('2028-01-03');
    expect(
      evaluateTimelyFiling(initial('2026-12-31'), MEDICARE.filing, { asOf: '2027-06-01' }).deadline,
    ).toBe('2028-01-03');
  });

  it('never moves a commercial deadline, whose profile does not say so: Saturday 2026-02-28 stays', () => {
    const d = evaluateTimelyFiling(initial('2025-11-30'), COMMERCIAL.filing, { asOf: '2026-01-01' });
    expect(d.deadline).toBe('2026-02-28');
    expect(codes(d)).not.toContain('billing.filing.deadline_moved_to_workday');
  });

  it('does not move the Medicare appeal window, which MACs count in calendar days (Saturday 2026-06-06)', () => {
    const appeal = { claimId: 'claim-1', kind: 'appeal' as const, serviceDate: '2026-01-05' };
    expect(
      evaluateTimelyFiling({ ...appeal, startDate: '2026-01-30' }, MEDICARE.filing, { asOf: '2026-02-05' })
        .deadline,
    ).toBe('2026-06-04');
    expect(
      evaluateTimelyFiling({ ...appeal, startDate: '2026-02-01' }, MEDICARE.filing, { asOf: '2026-02-07' })
        .deadline,
    ).toBe('2026-06-06');
  });

  it('moves an appeal deadline too when the payer’s appeal window says so', () => {
    const windows = {
      ...MEDICARE.filing,
      appeal: { amount: 120, unit: 'days' as const, rollToNextWorkday: true },
    };
    const appeal = {
      claimId: 'claim-1',
      kind: 'appeal' as const,
      serviceDate: '2026-01-05',
      startDate: '2026-02-06',
    };
    expect(evaluateTimelyFiling(appeal, windows, { asOf: '2026-02-07' }).deadline).toBe('2026-06-08');
  });

  it('property: a rolled deadline is a workday, never earlier than the nominal one and at most 3 days later', () => {
    fc.assert(
      fc.property(fc.integer({ min: toEpochDay('2000-01-01'), max: toEpochDay('2075-12-31') }), (day) => {
        const dos = fromEpochDay(day);
        const rolled = getFilingDeadline(dos, { amount: 12, unit: 'months', rollToNextWorkday: true });
        const nominal = getFilingDeadline(dos, { amount: 12, unit: 'months' });
        const year = Number(rolled.slice(0, 4));
        const calendar = createBusinessCalendar({ holidays: getUsFederalHolidays(year - 1, year + 1) });
        expect(isBusinessDay(rolled, calendar)).toBe(true);
        expect(getDaysBetween(nominal, rolled)).toBeGreaterThanOrEqual(0);
        expect(getDaysBetween(nominal, rolled)).toBeLessThanOrEqual(3);
        if (isBusinessDay(nominal, calendar)) expect(rolled).toBe(nominal);
      }),
    );
  });

  it('property: a later date of service never gets an earlier rolled deadline', () => {
    fc.assert(
      fc.property(dateArb, dateArb, windowArb, (a, b, w) => {
        const [early, late] = compareDates(a, b) <= 0 ? [a, b] : [b, a];
        const roll = { ...w, rollToNextWorkday: true };
        expect(
          compareDates(getFilingDeadline(early, roll), getFilingDeadline(late, roll)),
        ).toBeLessThanOrEqual(0);
      }),
    );
  });
});

// Each threshold at its edge, so that `<` for `<=` (or a default moved by a day) turns a case red.
describe('evaluateTimelyFiling at the edges of each window', () => {
  // A commercial claim for a session on Monday 2026-03-02: 90 days, the last day Sunday 2026-05-31.
  const commercial = { claimId: 'claim-2', serviceDate: '2026-03-02', kind: 'initial' as const };
  const at = (asOf: string, extra: object = {}) =>
    evaluateTimelyFiling({ ...commercial, ...extra }, COMMERCIAL.filing, { asOf });

  it('grades 31 days left as low, 30 and 15 as medium, 14 and 0 as high, -1 as expired (defaults 14 and 30)', () => {
    const cases: [string, number, string, string][] = [
      ['2026-04-30', 31, 'on_time/low', 'billing.filing.within_window'],
      ['2026-05-01', 30, 'on_time/medium', 'billing.filing.deadline_approaching'],
      ['2026-05-16', 15, 'on_time/medium', 'billing.filing.deadline_approaching'],
      ['2026-05-17', 14, 'on_time/high', 'billing.filing.deadline_imminent'],
      ['2026-05-31', 0, 'on_time/high', 'billing.filing.deadline_imminent'],
      ['2026-06-01', -1, 'expired', 'billing.claim.past_timely_filing'],
    ];
    for (const [asOf, daysLeft, expected, code] of cases) {
      const d = at(asOf);
      expect([asOf, d.daysLeft, state(d), d.reasons[0]?.code]).toEqual([asOf, daysLeft, expected, code]);
      expect(d.reasons[0]?.facts).toEqual({
        kind: 'initial',
        start: '2026-03-02',
        deadline: '2026-05-31',
        window: { amount: 90, unit: 'days' },
        daysLeft,
      });
    }
  });

  it('takes the practice’s own horizons, equal ones included', () => {
    const d = (asOf: string) =>
      state(
        evaluateTimelyFiling(commercial, COMMERCIAL.filing, { asOf, highRiskDays: 7, mediumRiskDays: 7 }),
      );
    expect([d('2026-05-23'), d('2026-05-24')]).toEqual(['on_time/low', 'on_time/high']);
    expect(
      state(evaluateTimelyFiling(commercial, COMMERCIAL.filing, { asOf: '2026-05-31', highRiskDays: 0 })),
    ).toBe('on_time/high');
  });

  it('counts a claim filed on the last day, 2026-05-31, as on time and one filed 2026-06-01 as late', () => {
    const onTime = at('2026-07-01', { filedOn: '2026-05-31' });
    expect(onTime).toMatchObject({ outcome: 'on_time', risk: null, deadline: '2026-05-31', daysLeft: -31 });
    expect(onTime.reasons[0]).toMatchObject({
      code: 'billing.filing.filed_on_time',
      severity: 'info',
      facts: {
        kind: 'initial',
        start: '2026-03-02',
        deadline: '2026-05-31',
        window: { amount: 90, unit: 'days' },
        filedOn: '2026-05-31',
      },
    });
    const late = at('2026-07-01', { filedOn: '2026-06-01' });
    expect(late).toMatchObject({ outcome: 'late', risk: null });
    expect(late.reasons[0]).toMatchObject({ code: 'billing.filing.filed_late', severity: 'error' });
  });

  it('accepts an appeal clock that starts on the date of service itself (a same-day denial)', () => {
    const d = evaluateTimelyFiling(
      { ...commercial, kind: 'appeal', startDate: '2026-03-02' },
      COMMERCIAL.filing,
      { asOf: '2026-03-03' },
    );
    expect(d.outcome).toBe('on_time');
    expect(d.reasons[0]?.facts.start).toBe('2026-03-02');
    try {
      evaluateTimelyFiling({ ...commercial, kind: 'appeal', startDate: '2026-03-01' }, COMMERCIAL.filing, {
        asOf: '2026-03-03',
      });
      expect.unreachable();
    } catch (error) {
      expect((error as ValidationError).issues.map((i) => [i.at, i.code, i.message])).toEqual([
        [
          '$.input.startDate',
          'billing.filing.start_before_service',
          'startDate must not be before the date of service',
        ],
      ]);
    }
  });

  it('refuses a high-risk horizon beyond the medium one with billing.filing.risk_thresholds', () => {
    try {
      evaluateTimelyFiling(commercial, COMMERCIAL.filing, { asOf: '2026-03-03', highRiskDays: 31 });
      expect.unreachable();
    } catch (error) {
      expect((error as ValidationError).issues.map((i) => [i.code, i.message])).toEqual([
        ['billing.filing.risk_thresholds', 'highRiskDays must not exceed mediumRiskDays'],
      ]);
    }
  });

  it('explains a missing clock start by kind: the primary’s remittance for a secondary claim', () => {
    const sec = evaluateTimelyFiling({ ...commercial, kind: 'secondary' }, COMMERCIAL.filing, {
      asOf: '2026-06-01',
    });
    expect(sec.reasons[0]).toMatchObject({
      code: 'billing.filing.start_unknown',
      severity: 'warning',
      facts: { kind: 'secondary' },
    });
    expect(sec.reasons[0]?.message).toMatch(/remittance/);
    const appeal = evaluateTimelyFiling({ ...commercial, kind: 'appeal' }, COMMERCIAL.filing, {
      asOf: '2026-04-01',
    });
    expect(appeal.reasons[0]?.message).toMatch(/decision/);
    expect(appeal).toMatchObject({ outcome: 'undecided', risk: null, kind: 'appeal', claimId: 'claim-2' });
  });

  it('explains every decision in words', () => {
    const decisions = [
      at('2026-04-30'),
      at('2026-05-01'),
      at('2026-05-17'),
      at('2026-06-01'),
      at('2026-07-01', { filedOn: '2026-05-31' }),
      at('2026-07-01', { filedOn: '2026-06-01' }),
      at('2026-04-01', { kind: 'secondary' }),
      evaluateTimelyFiling({ ...commercial, serviceDate: '2025-02-28' }, MEDICARE.filing, {
        asOf: '2026-02-01',
      }),
      evaluateTimelyFiling({ ...commercial, kind: 'secondary', startDate: '2026-04-01' }, MEDICARE.filing, {
        asOf: '2026-04-02',
      }),
    ];
    const codes = new Set<string>();
    for (const d of decisions) {
      for (const r of d.reasons) {
        codes.add(r.code);
        expect(r.message.length, r.code).toBeGreaterThan(15);
      }
    }
    expect(codes.size).toBe(9);
  });
});

describe('filingStandingOf', () => {
  const kindArb = fc.constantFrom('initial', 'secondary', 'corrected', 'appeal' as const);
  const windowsArb = fc.record({
    initial: windowArb,
    corrected: windowArb,
    appeal: windowArb,
    secondaryFromPrimaryRemittance: fc.option(windowArb, { nil: null }),
  });

  it('property: gives the decision’s deadline, days left and expiry, without its reasons', () => {
    fc.assert(
      fc.property(
        kindArb,
        dateArb,
        fc.option(fc.integer({ min: 0, max: 800 }), { nil: undefined }),
        fc.option(fc.integer({ min: 0, max: 1200 }), { nil: undefined }),
        windowsArb,
        fc.integer({ min: -100, max: 1500 }),
        fc.boolean(),
        fc.boolean(),
        (kind, serviceDate, startLag, filedLag, windows, asOfLag, roll, nearDeadline) => {
          const start = toEpochDay(serviceDate);
          const c = TimelyFilingCase.parse({
            claimId: 'c-1',
            kind,
            serviceDate,
            ...(startLag === undefined ? {} : { startDate: fromEpochDay(start + startLag) }),
            ...(filedLag === undefined ? {} : { filedOn: fromEpochDay(start + filedLag) }),
          });
          const w = { ...windows, initial: { ...windows.initial, rollToNextWorkday: roll } };
          // Days around the deadline itself, where expiry turns, and anywhere else.
          const policy = { highRiskDays: 14, mediumRiskDays: 30 };
          const deadline = timelyFilingOfValidated(c, w, start, policy).deadline;
          const today =
            nearDeadline && deadline !== null ? toEpochDay(deadline) + (asOfLag % 3) : start + asOfLag;
          const d = timelyFilingOfValidated(c, w, today, policy);
          expect(filingStandingOf(c, w, today)).toEqual({
            deadline: d.deadline,
            daysLeft: d.daysLeft,
            expired: d.outcome === 'expired',
          });
        },
      ),
    );
  });
});

describe('evaluateClaimTimelyFiling: the clock a claim’s history sets (Medicare)', () => {
  const sent: [ClaimStatus, string][] = [
    ['ready', '2025-03-01'],
    ['submitted', '2025-03-01'],
    ['accepted', '2025-03-02'],
  ];
  const reopened: [ClaimStatus, string][] = [
    ...sent,
    ['denied', '2025-04-15'],
    ['resubmitted', '2026-03-01'],
  ];

  it('opens the appeal window from a recoupment: paid 2025-04-15, taken back 2025-09-02, due 2026-01-05', () => {
    const c = medicare('2025-01-10', [...sent, ['paid', '2025-04-15'], ['recouped', '2025-09-02']]);
    const d = evaluateClaimTimelyFiling(c, MEDICARE, { asOf: '2025-09-10' });
    expect(d).toMatchObject({ kind: 'appeal', outcome: 'on_time', risk: 'low', deadline: '2026-01-05' });
    expect(codes(d)).toEqual(['billing.filing.within_window', 'billing.filing.binding_route']);
  });

  it('counts a Medicare correction sent after a recoupment from the initial determination (the payment), not the recoupment', () => {
    const moves: [ClaimStatus, string][] = [
      ...sent,
      ['paid', '2025-04-15'],
      ['recouped', '2025-09-02'],
      ['resubmitted', '2026-04-15'],
    ];
    const d = evaluateClaimTimelyFiling(medicare('2025-01-10', moves), MEDICARE, { asOf: '2026-05-02' });
    expect(d).toMatchObject({ kind: 'corrected', outcome: 'on_time', deadline: '2026-04-15' });
    expect(d.reasons[1]).toMatchObject({
      code: 'billing.filing.corrected_from_decision',
      severity: 'info',
      facts: { decisionOn: '2025-04-15', latestDecisionOn: '2025-09-02' },
    });
    // A payer that counts from its latest decision: the recoupment starts the clock.
    const latest = { ...MEDICARE, filing: { ...MEDICARE.filing, correctedFrom: 'latest_decision' as const } };
    const late = medicare('2025-01-10', [...moves.slice(0, -1), ['resubmitted', '2026-05-01']]);
    expect(evaluateClaimTimelyFiling(late, latest, { asOf: '2026-05-02' })).toMatchObject({
      outcome: 'on_time',
      deadline: '2026-09-02',
    });
    expect(evaluateClaimTimelyFiling(late, MEDICARE, { asOf: '2026-05-02' })).toMatchObject({
      outcome: 'late',
      deadline: '2026-04-15',
    });
  });

  it('measures an appeal filed 2025-04-20 against 125 days from the denial of 2025-04-01, and one filed 2025-08-15 as late', () => {
    const appealedOn = (on: string) =>
      evaluateClaimTimelyFiling(
        medicare('2025-01-10', [...sent, ['denied', '2025-04-01'], ['appealed', on]]),
        MEDICARE,
        { asOf: '2025-09-01' },
      );
    const onTime = appealedOn('2025-04-20');
    expect(onTime).toMatchObject({ kind: 'appeal', outcome: 'on_time', risk: null, deadline: '2025-08-04' });
    expect(codes(onTime)).toEqual(['billing.filing.filed_on_time']);
    expect(onTime.reasons[0]?.facts).toMatchObject({
      start: '2025-04-01',
      filedOn: '2025-04-20',
      marginDays: 106,
    });
    const late = appealedOn('2025-08-15');
    expect(late).toMatchObject({ kind: 'appeal', outcome: 'late', deadline: '2025-08-04' });
    expect(late.reasons[0]?.facts).toMatchObject({ filedOn: '2025-08-15', marginDays: -11 });
  });

  it('counts a rejected correction sent again (submitted 2026-03-05) as filed that day', () => {
    const c = medicare('2025-01-10', [
      ...reopened,
      ['rejected', '2026-03-02'],
      ['submitted', '2026-03-05'],
      ['accepted', '2026-03-06'],
    ]);
    const d = evaluateClaimTimelyFiling(c, MEDICARE, { asOf: '2026-03-10' });
    expect(d).toMatchObject({ kind: 'corrected', outcome: 'on_time', risk: null, deadline: '2026-04-15' });
    expect(d.reasons[0]?.facts.filedOn).toBe('2026-03-05');
  });

  it('counts a correction returned unprocessable and sent again after the decision’s year as late', () => {
    const c = medicare('2025-01-10', [
      ...reopened,
      ['accepted', '2026-03-02'],
      ['unprocessable', '2026-03-20'],
      ['submitted', '2026-04-20'],
      ['accepted', '2026-04-21'],
    ]);
    const d = evaluateClaimTimelyFiling(c, MEDICARE, { asOf: '2026-05-01' });
    expect(d).toMatchObject({ kind: 'corrected', outcome: 'late', deadline: '2026-04-15' });
    expect(d.reasons[0]?.facts).toMatchObject({ filedOn: '2026-04-20', marginDays: -5 });
  });

  it('says a returned claim was never filed as information, with the day it came back', () => {
    const c = medicare('2025-01-10', [...sent, ['unprocessable', '2025-12-20']]);
    const note = evaluateClaimTimelyFiling(c, MEDICARE, { asOf: '2025-12-29' }).reasons[1];
    expect(note).toMatchObject({
      code: 'billing.filing.unprocessable_not_filed',
      severity: 'info',
      facts: { returnedOn: '2025-12-20' },
    });
    expect(note?.message).toMatch(/never filed/);
    const reopened = medicare('2025-01-10', [
      ...sent,
      ['denied', '2025-12-20'],
      ['resubmitted', '2026-02-01'],
    ]);
    const correction = evaluateClaimTimelyFiling(reopened, MEDICARE, { asOf: '2026-02-02' }).reasons[1];
    expect(correction?.message).toMatch(/own window from the payer’s first decision/);
  });
});

describe('evaluateTimelyFiling: reasons and errors', () => {
  it('gives only the verdict for a secondary claim with an extension, a correction and an appeal', () => {
    const base = { claimId: 'claim-3', serviceDate: '2026-03-02', startDate: '2026-04-15' };
    const secondary = evaluateTimelyFiling({ ...base, kind: 'secondary' }, COMMERCIAL.filing, {
      asOf: '2026-04-20',
    });
    expect([secondary.deadline, codes(secondary)]).toEqual(['2026-07-14', ['billing.filing.within_window']]);
    const corrected = evaluateTimelyFiling({ ...base, kind: 'corrected' }, MEDICARE.filing, {
      asOf: '2026-04-20',
    });
    expect([corrected.deadline, codes(corrected)]).toEqual(['2027-04-15', ['billing.filing.within_window']]);
    const appeal = evaluateTimelyFiling({ ...base, kind: 'appeal' }, MEDICARE.filing, { asOf: '2026-04-20' });
    expect([appeal.deadline, codes(appeal)]).toEqual(['2026-08-18', ['billing.filing.within_window']]);
  });

  it('lists every argument’s problems at once, each under its parameter’s name', () => {
    const at = (call: () => unknown) => {
      try {
        call();
      } catch (error) {
        return (error as ValidationError).issues.map((i) => `${i.code}@${i.at}`);
      }
      return 'no error';
    };
    expect(at(() => getFilingDeadline('2026-02-30', { amount: 0, unit: 'days' }))).toEqual([
      'core.date.invalid@$.start',
      'too_small@$.window.amount',
    ]);
    expect(
      at(() =>
        evaluateTimelyFiling(
          { claimId: 'c-1', kind: 'initial', serviceDate: '2026-02-30' },
          { ...COMMERCIAL.filing, appeal: null as never },
          { asOf: '2026-02-30' },
        ),
      ),
    ).toEqual([
      'core.date.invalid@$.input.serviceDate',
      expect.stringMatching(/@\$\.windows\.appeal$/),
      'core.date.invalid@$.options.asOf',
    ]);
  });

  it('names what was invalid in each error', () => {
    const ok = { claimId: 'c-1', kind: 'initial' as const, serviceDate: '2026-03-02' };
    const asOf = { asOf: '2026-03-03' };
    expect([
      subjectOf(() => getFilingDeadline('2026-02-30', { amount: 90, unit: 'days' })),
      subjectOf(() => getFilingDeadline('2026-02-01', { amount: 0, unit: 'days' })),
      subjectOf(() => evaluateTimelyFiling({ ...ok, serviceDate: '2026-02-30' }, COMMERCIAL.filing, asOf)),
      subjectOf(() => evaluateTimelyFiling(ok, { ...COMMERCIAL.filing, appeal: null as never }, asOf)),
      subjectOf(() => evaluateTimelyFiling(ok, COMMERCIAL.filing, { asOf: '2026-02-30' })),
      subjectOf(() => evaluateClaimTimelyFiling(claim({ claimId: '' }), COMMERCIAL, asOf)),
      subjectOf(() => evaluateClaimTimelyFiling(claim(), { ...COMMERCIAL, payerId: '' as never }, asOf)),
      subjectOf(() => evaluateClaimTimelyFiling(claim(), COMMERCIAL, { asOf: '2026-02-30' })),
    ]).toEqual([
      'filing start date',
      'filing window',
      'timely filing case',
      'filing windows',
      'timely filing options',
      'claim',
      'payer profile',
      'timely filing options',
    ]);
  });

  it('defaults the risk horizons to 14 and 30 days, the same as the policy schema', () => {
    expect(DEFAULT_TIMELY_FILING_RISK_POLICY).toEqual({ highRiskDays: 14, mediumRiskDays: 30 });
    expect(TimelyFilingRiskPolicy.parse({})).toEqual(DEFAULT_TIMELY_FILING_RISK_POLICY);
  });
});

describe('evaluateTimelyFiling: every federal holiday, observed days and leap days (42 CFR 424.44, MCPM ch. 1 §70)', () => {
  const initial = (serviceDate: string) => ({ claimId: 'claim-1', kind: 'initial' as const, serviceDate });
  const deadlineOf = (serviceDate: string) =>
    evaluateTimelyFiling(initial(serviceDate), MEDICARE.filing, { asOf: serviceDate }).deadline;

  it.each([
    ['2025-03-01', '2026-03-02', 'a Sunday'],
    ['2025-01-01', '2026-01-02', 'New Year’s Day, Thursday 2026-01-01'],
    ['2025-02-16', '2026-02-17', 'Washington’s Birthday, Monday 2026-02-16'],
    ['2025-05-25', '2026-05-26', 'Memorial Day, Monday 2026-05-25'],
    ['2025-06-19', '2026-06-22', 'Juneteenth, Friday 2026-06-19'],
    ['2025-07-03', '2026-07-06', 'Friday 2026-07-03, Independence Day observed (July 4 is a Saturday)'],
    ['2025-07-04', '2026-07-06', 'Saturday 2026-07-04 itself'],
    ['2026-07-04', '2027-07-06', 'Sunday 2027-07-04, then Monday 2027-07-05 observed'],
    ['2025-09-07', '2026-09-08', 'Labor Day, Monday 2026-09-07'],
    ['2025-10-12', '2026-10-13', 'Columbus Day, Monday 2026-10-12'],
    ['2025-11-11', '2026-11-12', 'Veterans Day, Wednesday 2026-11-11'],
    ['2025-11-26', '2026-11-27', 'Thanksgiving, Thursday 2026-11-26'],
    ['2025-12-25', '2026-12-28', 'Christmas, Friday 2026-12-25'],
    ['2026-12-24', '2027-12-27', 'Friday 2027-12-24, Christmas observed (December 25 is a Saturday)'],
    ['2026-12-31', '2028-01-03', 'Friday 2027-12-31, New Year’s Day 2028 observed'],
  ])('moves a DOS %s deadline to the next workday, %s, past %s', (serviceDate, deadline) => {
    const d = evaluateTimelyFiling(initial(serviceDate), MEDICARE.filing, { asOf: deadline });
    expect(d).toMatchObject({ outcome: 'on_time', deadline, daysLeft: 0 });
    expect(d.reasons.map((r) => r.code)).toContain('billing.filing.deadline_moved_to_workday');
    const after = fromEpochDay(toEpochDay(deadline) + 1);
    expect(evaluateTimelyFiling(initial(serviceDate), MEDICARE.filing, { asOf: after }).outcome).toBe(
      'expired',
    );
  });

  it('keeps a deadline on the workday after Thanksgiving (not a federal holiday): DOS 2025-11-27 is due 2026-11-27', () => {
    const d = evaluateTimelyFiling(initial('2025-11-27'), MEDICARE.filing, { asOf: '2026-11-27' });
    expect(d).toMatchObject({ deadline: '2026-11-27', daysLeft: 0 });
    expect(d.reasons.map((r) => r.code)).not.toContain('billing.filing.deadline_moved_to_workday');
  });

  it('ends a leap-day DOS on February 28 and never lands a non-leap DOS on February 29', () => {
    expect(deadlineOf('2024-02-29')).toBe('2025-02-28'); // a Friday
    expect(deadlineOf('2028-02-29')).toBe('2029-02-28'); // a Wednesday
    expect(deadlineOf('2027-02-28')).toBe('2028-02-28'); // a Monday, not the leap day after it
    expect(deadlineOf('2027-03-01')).toBe('2028-03-01');
  });

  it('files on the rolled Monday as on time and the Tuesday as late', () => {
    const filed = (filedOn: string) =>
      evaluateTimelyFiling({ ...initial('2025-07-03'), filedOn }, MEDICARE.filing, { asOf: '2026-08-01' });
    expect(filed('2026-07-06').outcome).toBe('on_time');
    const late = filed('2026-07-07');
    expect(late.outcome).toBe('late');
    expect(late.reasons[0]).toMatchObject({ code: 'billing.filing.filed_late', facts: { marginDays: -1 } });
  });
});

describe('evaluateTimelyFiling: a secondary claim against Medicare’s 12 months', () => {
  const secondary = (serviceDate: string, startDate?: string) => ({
    claimId: 'claim-1',
    kind: 'secondary' as const,
    serviceDate,
    ...(startDate === undefined ? {} : { startDate }),
  });

  it('gives a Medicare secondary claim the DOS deadline when the primary paid well within the 12 months', () => {
    const d = evaluateTimelyFiling(secondary('2025-03-03', '2025-05-01'), MEDICARE.filing, {
      asOf: '2025-06-01',
    });
    expect(d).toMatchObject({ outcome: 'on_time', deadline: '2026-03-03' });
    expect(d.reasons.map((r) => r.code)).toContain('billing.filing.secondary_no_extension');
  });

  it('leaves a Medicare secondary claim expired when the primary paid only after the 12 months', () => {
    const d = evaluateTimelyFiling(secondary('2025-03-03', '2026-04-15'), MEDICARE.filing, {
      asOf: '2026-04-16',
    });
    expect(d).toMatchObject({ outcome: 'expired', deadline: '2026-03-03' });
  });

  it('keeps a commercial secondary clock running from the primary’s EOB, past 12 months from the DOS', () => {
    const d = evaluateTimelyFiling(secondary('2025-03-03', '2026-04-15'), COMMERCIAL.filing, {
      asOf: '2026-04-16',
    });
    expect(d).toMatchObject({ outcome: 'on_time', deadline: '2026-07-14' });
    expect(d.reasons.map((r) => r.code)).not.toContain('billing.filing.secondary_no_extension');
  });

  it('property: whenever the primary paid, a Medicare secondary deadline is the DOS + 12 months deadline, rolled', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 900 }), (serviceDate, lag) => {
        const startDate = fromEpochDay(toEpochDay(serviceDate) + lag);
        const sec = evaluateTimelyFiling(secondary(serviceDate, startDate), MEDICARE.filing, {
          asOf: serviceDate,
        });
        const primaryLimit = getFilingDeadline(serviceDate, MEDICARE.filing.initial);
        expect(sec.deadline).toBe(primaryLimit);
        expect(compareDates(sec.deadline as string, addMonths(serviceDate, 12))).toBeGreaterThanOrEqual(0);
        expect(getDaysBetween(addMonths(serviceDate, 12), sec.deadline as string)).toBeLessThanOrEqual(4);
      }),
      { numRuns: 300 },
    );
  });
});

describe('evaluateClaimTimelyFiling: a claim with lines on several dates of service (MCPM ch. 1 §70)', () => {
  // Medicare times a professional claim per line: the later lines keep their own 12 months.
  const monthly = (dates: readonly string[], moves: [ClaimStatus, string][] = [], payer = MEDICARE) =>
    medicare('2025-01-06', moves, {
      payerId: payer.payerId,
      lines: dates.map((serviceDate, i) => line({ lineId: String(i + 1), serviceDate })),
    });

  it('races the February line once January’s is past: DOS 2025-01-06 and 2025-02-03 as of 2026-01-20', () => {
    const d = evaluateClaimTimelyFiling(monthly(['2025-01-06', '2025-02-03']), MEDICARE, {
      asOf: '2026-01-20',
    });
    expect(d).toMatchObject({ outcome: 'on_time', risk: 'high', deadline: '2026-02-03', daysLeft: 14 });
    expect(codes(d)).toEqual(['billing.filing.deadline_imminent', 'billing.filing.lines_past_deadline']);
    expect(d.reasons[1]).toMatchObject({
      severity: 'warning',
      message: expect.stringMatching(/past the filing deadline/),
      facts: { pastServiceDates: ['2025-01-06'], serviceDate: '2025-02-03' },
    });
  });

  it('is expired only when the last line is past too, and keeps the first line’s clock while it is open', () => {
    const lines = ['2025-02-03', '2025-01-06', '2025-01-06'];
    expect(evaluateClaimTimelyFiling(monthly(lines), MEDICARE, { asOf: '2026-02-04' })).toMatchObject({
      outcome: 'expired',
      deadline: '2026-01-06',
    });
    const open = evaluateClaimTimelyFiling(monthly(lines), MEDICARE, { asOf: '2026-01-06' });
    expect(open).toMatchObject({ outcome: 'on_time', deadline: '2026-01-06', daysLeft: 0 });
    expect(codes(open)).toEqual(['billing.filing.deadline_imminent']);
    // The day after, the two January lines are named once; the February line is raced.
    const next = evaluateClaimTimelyFiling(monthly(lines), MEDICARE, { asOf: '2026-01-07' });
    expect(next).toMatchObject({ outcome: 'on_time', deadline: '2026-02-03' });
    expect(next.reasons[1]?.facts).toEqual({ pastServiceDates: ['2025-01-06'], serviceDate: '2025-02-03' });
  });

  it('races the earliest open line, naming every date already past, under a 90-day commercial window', () => {
    const c = monthly(['2026-04-27', '2026-03-09', '2026-03-30', '2026-03-02', '2026-05-11'], [], COMMERCIAL);
    const d = evaluateClaimTimelyFiling(c, COMMERCIAL, { asOf: '2026-06-08' });
    expect(d).toMatchObject({ outcome: 'on_time', risk: 'medium', deadline: '2026-06-28', daysLeft: 20 });
    expect(d.reasons[1]?.facts).toEqual({
      pastServiceDates: ['2026-03-02', '2026-03-09'],
      serviceDate: '2026-03-30',
    });
  });

  it('judges a filed claim late for its lines past their deadline and names the later lines filed in time', () => {
    const filed = monthly(
      ['2025-01-06', '2025-02-03'],
      [
        ['ready', '2026-01-19'],
        ['submitted', '2026-01-20'],
        ['accepted', '2026-01-21'],
      ],
    );
    const d = evaluateClaimTimelyFiling(filed, MEDICARE, { asOf: '2026-01-22' });
    expect(d).toMatchObject({ outcome: 'late', deadline: '2026-01-06' });
    expect(codes(d)).toEqual(['billing.filing.filed_late', 'billing.filing.lines_filed_in_time']);
    expect(d.reasons[1]).toMatchObject({
      severity: 'warning',
      facts: { lateServiceDates: ['2025-01-06'], inTimeServiceDates: ['2025-02-03'] },
    });
  });

  it('gives a Medicare secondary claim the per-line clock too, and a commercial secondary its EOB clock', () => {
    const secondary = (payer: typeof MEDICARE) =>
      claim({
        payerId: payer.payerId,
        coverage: 'secondary',
        primaryRemittanceDate: '2025-03-01',
        lines: [line({ serviceDate: '2025-01-06' }), line({ lineId: '2', serviceDate: '2025-02-03' })],
      });
    const medicareSecondary = evaluateClaimTimelyFiling(secondary(MEDICARE), MEDICARE, {
      asOf: '2026-01-20',
    });
    expect(medicareSecondary).toMatchObject({
      kind: 'secondary',
      outcome: 'on_time',
      deadline: '2026-02-03',
    });
    expect(codes(medicareSecondary)).toContain('billing.filing.lines_past_deadline');
    const commercial = evaluateClaimTimelyFiling(secondary(COMMERCIAL), COMMERCIAL, { asOf: '2025-05-20' });
    expect(commercial).toMatchObject({ kind: 'secondary', outcome: 'on_time', deadline: '2025-05-30' });
    expect(codes(commercial)).not.toContain('billing.filing.lines_past_deadline');
    // Its first line is past 90 days from the DOS, its second not: the EOB clock still decides alone.
    const eob = claim({
      payerId: COMMERCIAL.payerId,
      coverage: 'secondary',
      primaryRemittanceDate: '2025-03-01',
      lines: [line({ serviceDate: '2025-01-06' }), line({ lineId: '2', serviceDate: '2025-03-03' })],
    });
    expect(codes(evaluateClaimTimelyFiling(eob, COMMERCIAL, { asOf: '2025-04-20' }))).toEqual([
      'billing.filing.within_window',
    ]);
  });

  it('property: an unfiled claim expires exactly when its last date of service is past its deadline', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: toEpochDay('2024-01-01'), max: toEpochDay('2026-12-31') }), {
          minLength: 1,
          maxLength: 5,
        }),
        fc.integer({ min: toEpochDay('2024-06-01'), max: toEpochDay('2028-06-01') }),
        fc.constantFrom(MEDICARE, COMMERCIAL),
        (days, asOfDay, payer) => {
          const dates = days.map(fromEpochDay);
          const asOf = fromEpochDay(asOfDay);
          const d = evaluateClaimTimelyFiling(monthly(dates, [], payer), payer, { asOf });
          const last = [...dates].sort(compareDates).at(-1) as string;
          const lastOpen = getFilingDeadline(last, payer.filing.initial) >= asOf;
          expect(d.outcome).toBe(lastOpen ? 'on_time' : 'expired');
          if (lastOpen) expect(d.deadline !== null && d.deadline >= asOf).toBe(true);
          const past = codes(d).includes('billing.filing.lines_past_deadline');
          const firstOpen =
            getFilingDeadline([...dates].sort(compareDates)[0] as string, payer.filing.initial) >= asOf;
          expect(past).toBe(lastOpen && !firstOpen);
        },
      ),
    );
  });
});

// A Medicaid plan as secondary (third-party liability): 12 months from the date of service, or 6 months from the
// other payer's remittance when that ends later.
const tpl = {
  initial: { amount: 12, unit: 'months' as const },
  corrected: { amount: 12, unit: 'months' as const },
  appeal: { amount: 90, unit: 'days' as const },
  secondaryFromPrimaryRemittance: { amount: 6, unit: 'months' as const },
};

describe('evaluateTimelyFiling: a secondary extension never shortens the window from the date of service', () => {
  it('keeps the 12 months from DOS 2026-01-05 when the primary paid on 2026-02-01: on time on 2026-09-01', () => {
    const d = evaluateTimelyFiling(
      { claimId: 'k1', kind: 'secondary', serviceDate: '2026-01-05', startDate: '2026-02-01' },
      tpl,
      { asOf: '2026-09-01' },
    );
    expect(d).toMatchObject({ outcome: 'on_time', risk: 'low', deadline: '2027-01-05', daysLeft: 126 });
    expect(codes(d)).toEqual([
      'billing.filing.within_window',
      'billing.filing.secondary_service_window_later',
    ]);
    expect(d.reasons[1]?.facts).toEqual({
      serviceDate: '2026-01-05',
      primaryRemittanceDate: '2026-02-01',
      extensionDeadline: '2026-08-01',
    });
  });

  it('gives the 6 months from a late remittance (2026-09-01) when they end after the 12 months', () => {
    const d = evaluateTimelyFiling(
      {
        claimId: 'k1',
        kind: 'secondary',
        serviceDate: '2026-01-05',
        startDate: '2026-09-01',
        filedOn: '2027-02-15',
      },
      tpl,
      { asOf: '2027-03-01' },
    );
    expect(d).toMatchObject({ outcome: 'on_time', deadline: '2027-03-01' });
    expect(codes(d)).toEqual(['billing.filing.filed_on_time']);
  });

  it('keeps a commercial plan’s 180 days from DOS 2026-01-05 when the primary paid five days later', () => {
    const windows = { ...COMMERCIAL.filing, initial: { amount: 180, unit: 'days' as const } };
    const d = evaluateTimelyFiling(
      { claimId: 'k1', kind: 'secondary', serviceDate: '2026-01-05', startDate: '2026-01-10' },
      windows,
      { asOf: '2026-05-01' },
    );
    expect(d).toMatchObject({ outcome: 'on_time', deadline: '2026-07-04' });
    expect(codes(d)).toContain('billing.filing.secondary_service_window_later');
  });

  it('is on time without the primary’s remittance date while the 12 months from the date of service are open, and undecided after', () => {
    const k1 = { claimId: 'k1', kind: 'secondary' as const, serviceDate: '2026-01-05' };
    const open = evaluateTimelyFiling(k1, tpl, { asOf: '2026-02-01' });
    expect(open).toMatchObject({ outcome: 'on_time', deadline: '2027-01-05', risk: 'low' });
    expect(open.reasons[1]).toMatchObject({
      code: 'billing.filing.secondary_service_window_open',
      facts: { serviceDate: '2026-01-05', serviceDeadline: '2027-01-05' },
    });
    expect(evaluateTimelyFiling({ ...k1, filedOn: '2027-01-05' }, tpl, { asOf: '2027-02-01' }).outcome).toBe(
      'on_time',
    );
    // Filed (or still unfiled) after those 12 months: only the remittance date can tell.
    const after = evaluateTimelyFiling({ ...k1, filedOn: '2027-01-06' }, tpl, { asOf: '2027-02-01' });
    expect(after).toMatchObject({ outcome: 'undecided', deadline: null });
    expect(codes(after)).toEqual(['billing.filing.start_unknown']);
    expect(codes(evaluateTimelyFiling(k1, tpl, { asOf: '2027-01-06' }))).toEqual([
      'billing.filing.start_unknown',
    ]);
  });

  it('property: the deadline is the later of the two windows, never before the one from the date of service', () => {
    fc.assert(
      fc.property(
        dateArb,
        fc.integer({ min: 0, max: 800 }),
        windowArb,
        windowArb,
        fc.boolean(),
        fc.integer({ min: -400, max: 1200 }),
        (serviceDate, remittanceLag, initial, extension, roll, asOfLag) => {
          const startDate = fromEpochDay(toEpochDay(serviceDate) + remittanceLag);
          const windows = {
            ...tpl,
            initial: { ...initial, rollToNextWorkday: roll },
            secondaryFromPrimaryRemittance: extension,
          };
          // Judged once the remittance has come (one dated after asOf is not read).
          const asOf = fromEpochDay(toEpochDay(startDate) + Math.abs(asOfLag));
          const d = evaluateTimelyFiling(
            { claimId: 'k1', kind: 'secondary', serviceDate, startDate },
            windows,
            {
              asOf,
            },
          );
          const fromService = getFilingDeadline(serviceDate, windows.initial);
          const fromRemittance = getFilingDeadline(startDate, extension);
          const later = fromService > fromRemittance ? fromService : fromRemittance;
          expect(d.deadline).toBe(later);
          expect(d.deadline !== null && d.deadline >= fromService).toBe(true);
          expect(codes(d).includes('billing.filing.secondary_service_window_later')).toBe(
            fromService > fromRemittance,
          );
          // Never expired while the initial window is open.
          if (asOf <= fromService) expect(d.outcome).toBe('on_time');
        },
      ),
    );
  });
});

describe('evaluateClaimTimelyFiling: a secondary claim’s lines against an extension', () => {
  it('races a later line’s 12 months once the earlier line and the extension have run out', () => {
    const tplPayer = {
      ...COMMERCIAL,
      filing: {
        ...COMMERCIAL.filing,
        initial: { amount: 12, unit: 'months' as const },
        secondaryFromPrimaryRemittance: { amount: 6, unit: 'months' as const },
      },
    };
    const c = claim({
      payerId: tplPayer.payerId,
      coverage: 'secondary',
      primaryRemittanceDate: '2025-02-01',
      lines: [line({ serviceDate: '2025-01-06' }), line({ lineId: '2', serviceDate: '2025-03-03' })],
    });
    const d = evaluateClaimTimelyFiling(c, tplPayer, { asOf: '2026-02-01' });
    expect(d).toMatchObject({ kind: 'secondary', outcome: 'on_time', deadline: '2026-03-03' });
    expect(codes(d)).toEqual([
      'billing.filing.deadline_approaching',
      'billing.filing.secondary_service_window_later',
      'billing.filing.lines_past_deadline',
    ]);
  });
});

describe('evaluateTimelyFiling: a filing date the case’s own dates rule out', () => {
  it('is undecided when a claim is dated as filed on 2025-03-01, before its date of service 2025-03-10', () => {
    const d = evaluateTimelyFiling(
      { claimId: 'c1', kind: 'initial', serviceDate: '2025-03-10', filedOn: '2025-03-01' },
      MEDICARE.filing,
      { asOf: '2025-03-20' },
    );
    expect(d).toMatchObject({ outcome: 'undecided', risk: null, deadline: null, daysLeft: null });
    expect(d.reasons).toEqual([
      expect.objectContaining({
        code: 'billing.filing.filed_before_service',
        severity: 'error',
        facts: { kind: 'initial', serviceDate: '2025-03-10', filedOn: '2025-03-01' },
      }),
    ]);
  });

  it('is undecided when an appeal is dated 2025-02-20, before the denial of 2025-03-01 it answers', () => {
    const d = evaluateTimelyFiling(
      {
        claimId: 'c1',
        kind: 'appeal',
        serviceDate: '2025-01-10',
        startDate: '2025-03-01',
        filedOn: '2025-02-20',
      },
      MEDICARE.filing,
      { asOf: '2025-03-20' },
    );
    expect(d.outcome).toBe('undecided');
    expect(codes(d)).toEqual(['billing.filing.filed_before_decision']);
    expect(d.reasons[0]?.facts).toEqual({ kind: 'appeal', decisionOn: '2025-03-01', filedOn: '2025-02-20' });
  });

  it('judges a filing on the date of service itself, and an appeal on the day of the decision', () => {
    const sameDay = evaluateTimelyFiling(
      { claimId: 'c1', kind: 'initial', serviceDate: '2025-03-10', filedOn: '2025-03-10' },
      MEDICARE.filing,
      { asOf: '2025-03-20' },
    );
    expect(sameDay.outcome).toBe('on_time');
    const appeal = evaluateTimelyFiling(
      {
        claimId: 'c1',
        kind: 'appeal',
        serviceDate: '2025-01-10',
        startDate: '2025-03-01',
        filedOn: '2025-03-01',
      },
      MEDICARE.filing,
      { asOf: '2025-03-20' },
    );
    expect(appeal.outcome).toBe('on_time');
    // A secondary claim sent before the primary's remittance is judged: that date is only its clock.
    const secondary = evaluateTimelyFiling(
      {
        claimId: 'c1',
        kind: 'secondary',
        serviceDate: '2025-01-10',
        startDate: '2025-03-01',
        filedOn: '2025-02-01',
      },
      COMMERCIAL.filing,
      { asOf: '2025-03-20' },
    );
    expect(secondary.outcome).toBe('on_time');
  });

  it('is undecided for a claim whose history says it was sent before its date of service', () => {
    const c = medicare('2025-03-10', [
      ['ready', '2025-03-01'],
      ['submitted', '2025-03-01'],
      ['accepted', '2025-03-02'],
    ]);
    const d = evaluateClaimTimelyFiling(c, MEDICARE, { asOf: '2025-03-20' });
    expect(d.outcome).toBe('undecided');
    expect(codes(d)).toEqual(['billing.filing.filed_before_service']);
  });

  it('property: a filing date before the date of service is never judged on time, late or expired', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('initial', 'secondary', 'corrected', 'appeal' as const),
        dateArb,
        fc.integer({ min: 1, max: 800 }),
        fc.integer({ min: -100, max: 1200 }),
        (kind, serviceDate, earlier, asOfLag) => {
          const day = toEpochDay(serviceDate);
          const d = evaluateTimelyFiling(
            {
              claimId: 'c1',
              kind,
              serviceDate,
              startDate: serviceDate,
              filedOn: fromEpochDay(day - earlier),
            },
            COMMERCIAL.filing,
            { asOf: fromEpochDay(day + asOfLag) },
          );
          expect(d.outcome).toBe('undecided');
          expect(d.reasons[0]?.code).toBe('billing.filing.filed_before_service');
        },
      ),
    );
  });
});

// A Medicare claim of lines on the given dates of service, readied, submitted and accepted on one day.
const filedOnClaim = (dates: readonly string[], filedOn: string) =>
  medicare(
    '2025-01-06',
    [
      ['ready', filedOn],
      ['submitted', filedOn],
      ['accepted', filedOn],
    ],
    { lines: dates.map((serviceDate, i) => line({ lineId: String(i + 1), serviceDate })) },
  );

describe('evaluateClaimTimelyFiling: a filed claim is late per line', () => {
  it('is late for the January line only when accepted on 2026-01-20 (DOS 2025-01-06 and 2025-02-03)', () => {
    const d = evaluateClaimTimelyFiling(filedOnClaim(['2025-01-06', '2025-02-03'], '2026-01-20'), MEDICARE, {
      asOf: '2026-01-25',
    });
    expect(d).toMatchObject({ outcome: 'late', deadline: '2026-01-06' });
    expect(codes(d)).toEqual(['billing.filing.filed_late', 'billing.filing.lines_filed_in_time']);
    expect(d.reasons[1]?.facts).toEqual({
      lateServiceDates: ['2025-01-06'],
      inTimeServiceDates: ['2025-02-03'],
    });
  });

  it('names no line in time when every line was past, nor when the first was in time', () => {
    const allLate = evaluateClaimTimelyFiling(
      filedOnClaim(['2025-01-06', '2025-02-03'], '2026-02-10'),
      MEDICARE,
      {
        asOf: '2026-02-20',
      },
    );
    expect(codes(allLate)).toEqual(['billing.filing.filed_late']);
    const allInTime = evaluateClaimTimelyFiling(
      filedOnClaim(['2025-01-06', '2025-02-03'], '2026-01-06'),
      MEDICARE,
      {
        asOf: '2026-02-20',
      },
    );
    expect(codes(allInTime)).toEqual(['billing.filing.filed_on_time']);
  });

  it('property: late exactly when filed after the first line’s deadline; the lines in time are those whose deadline had not passed', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: toEpochDay('2024-01-01'), max: toEpochDay('2025-12-31') }), {
          minLength: 1,
          maxLength: 5,
        }),
        fc.integer({ min: 0, max: 900 }),
        (days, filedLag) => {
          const dates = days.map(fromEpochDay).sort(compareDates);
          const first = dates[0] as string;
          const filedOn = fromEpochDay(toEpochDay(first) + filedLag);
          const d = evaluateClaimTimelyFiling(filedOnClaim(dates, filedOn), MEDICARE, { asOf: filedOn });
          const inTime = dates.filter((x) => getFilingDeadline(x, MEDICARE.filing.initial) >= filedOn);
          expect(d.outcome).toBe(inTime.length === dates.length ? 'on_time' : 'late');
          const note = d.reasons.find((r) => r.code === 'billing.filing.lines_filed_in_time');
          if (d.outcome === 'late' && inTime.length > 0) {
            expect(note?.facts).toEqual({
              lateServiceDates: dates.filter((x) => !inTime.includes(x)),
              inTimeServiceDates: inTime,
            });
          } else {
            expect(note).toBeUndefined();
          }
        },
      ),
    );
  });
});

describe('evaluateTimelyFiling and evaluateClaimTimelyFiling: the edges of the new rules', () => {
  it('runs on the extension, with no note, when both windows end the same day (2027-01-05)', () => {
    const d = evaluateTimelyFiling(
      { claimId: 'k1', kind: 'secondary', serviceDate: '2026-01-05', startDate: '2026-07-05' },
      tpl,
      { asOf: '2026-09-01' },
    );
    expect(d).toMatchObject({ outcome: 'on_time', deadline: '2027-01-05' });
    expect(codes(d)).toEqual(['billing.filing.within_window']);
  });

  it('is undecided for a corrected claim dated before the decision it corrects', () => {
    const d = evaluateTimelyFiling(
      {
        claimId: 'c1',
        kind: 'corrected',
        serviceDate: '2025-01-10',
        startDate: '2025-03-01',
        filedOn: '2025-02-28',
      },
      MEDICARE.filing,
      { asOf: '2025-03-20' },
    );
    expect(codes(d)).toEqual(['billing.filing.filed_before_decision']);
    expect(d.reasons[0]?.facts).toEqual({
      kind: 'corrected',
      decisionOn: '2025-03-01',
      filedOn: '2025-02-28',
    });
  });

  it('names no line in time for a claim filed on its first line’s last day, lines given out of order and twice', () => {
    const filedOn = '2026-01-06';
    const c = medicare(
      '2025-01-06',
      [
        ['ready', filedOn],
        ['submitted', filedOn],
        ['accepted', filedOn],
      ],
      {
        lines: ['2025-02-03', '2025-01-06', '2025-02-03'].map((serviceDate, i) =>
          line({ lineId: String(i + 1), serviceDate }),
        ),
      },
    );
    expect(codes(evaluateClaimTimelyFiling(c, MEDICARE, { asOf: '2026-01-20' }))).toEqual([
      'billing.filing.filed_on_time',
    ]);
  });

  it('lists each late and in-time date once and in order, whatever the lines’ order', () => {
    const filedOn = '2026-02-10';
    const c = medicare(
      '2025-01-06',
      [
        ['ready', filedOn],
        ['submitted', filedOn],
        ['accepted', filedOn],
      ],
      {
        lines: ['2025-03-03', '2025-02-03', '2025-01-06', '2025-03-03', '2025-02-17', '2025-01-06'].map(
          (serviceDate, i) => line({ lineId: String(i + 1), serviceDate }),
        ),
      },
    );
    const d = evaluateClaimTimelyFiling(c, MEDICARE, { asOf: '2026-02-20' });
    expect(d.reasons[1]?.facts).toEqual({
      lateServiceDates: ['2025-01-06', '2025-02-03'],
      inTimeServiceDates: ['2025-02-17', '2025-03-03'],
    });
  });
});

describe('the new rules’ reasons and remaining edges', () => {
  it('explains each new reason in words', () => {
    const later = evaluateTimelyFiling(
      { claimId: 'k1', kind: 'secondary', serviceDate: '2026-01-05', startDate: '2026-02-01' },
      tpl,
      { asOf: '2026-09-01' },
    );
    expect(later.reasons[1]?.message).toMatch(/never shortens/);
    const beforeService = evaluateTimelyFiling(
      { claimId: 'c1', kind: 'initial', serviceDate: '2025-03-10', filedOn: '2025-03-01' },
      MEDICARE.filing,
      { asOf: '2025-03-20' },
    );
    expect(beforeService.reasons[0]?.message).toMatch(/before the date of service/);
    const beforeDecision = evaluateTimelyFiling(
      {
        claimId: 'c1',
        kind: 'appeal',
        serviceDate: '2025-01-10',
        startDate: '2025-03-01',
        filedOn: '2025-02-20',
      },
      MEDICARE.filing,
      { asOf: '2025-03-20' },
    );
    expect(beforeDecision.reasons[0]?.message).toMatch(/before the payer’s decision/);
    const perLine = evaluateClaimTimelyFiling(
      filedOnClaim(['2025-01-06', '2025-02-03'], '2026-01-20'),
      MEDICARE,
      {
        asOf: '2026-01-25',
      },
    );
    expect(perLine.reasons[1]?.message).toMatch(/filed in time/);
  });

  it('counts a line whose deadline is the filing day as filed in time (DOS 2025-02-03, filed 2026-02-03)', () => {
    const d = evaluateClaimTimelyFiling(filedOnClaim(['2025-01-06', '2025-02-03'], '2026-02-03'), MEDICARE, {
      asOf: '2026-02-20',
    });
    expect(d.reasons[1]?.facts).toEqual({
      lateServiceDates: ['2025-01-06'],
      inTimeServiceDates: ['2025-02-03'],
    });
  });

  it('keeps a multi-line secondary claim undecided while the primary’s remittance date is unknown', () => {
    const payer = { ...COMMERCIAL, filing: tpl };
    const c = claim({
      payerId: payer.payerId,
      coverage: 'secondary',
      lines: [line({ serviceDate: '2025-01-06' }), line({ lineId: '2', serviceDate: '2025-03-03' })],
    });
    const d = evaluateClaimTimelyFiling(c, payer, { asOf: '2026-02-01' });
    expect(d).toMatchObject({ outcome: 'undecided', deadline: null });
    expect(codes(d)).toEqual(['billing.filing.start_unknown']);
  });
});

describe('evaluateClaimTimelyFiling: Medicare appeal levels after the redetermination', () => {
  const sent: [ClaimStatus, string][] = [
    ['ready', '2025-01-12'],
    ['submitted', '2025-01-13'],
    ['accepted', '2025-01-14'],
  ];
  // Denied 2025-03-20, redetermination asked 2025-04-01 and denied 2025-05-01.
  const redetermined: [ClaimStatus, string][] = [
    ...sent,
    ['denied', '2025-03-20'],
    ['appealed', '2025-04-01'],
    ['denied', '2025-05-01'],
  ];

  it('gives the reconsideration 180 days from receipt of the redetermination of 2025-05-01: due 2025-11-02, not 2025-09-03', () => {
    const d = evaluateClaimTimelyFiling(medicare('2025-01-10', redetermined), MEDICARE, {
      asOf: '2025-09-10',
    });
    expect(d).toMatchObject({
      kind: 'appeal',
      outcome: 'on_time',
      risk: 'low',
      deadline: '2025-11-02',
      daysLeft: 53,
    });
    expect(d.reasons[0]?.facts).toMatchObject({ start: '2025-05-01', window: { amount: 185, unit: 'days' } });
    expect(d.reasons[1]).toMatchObject({
      code: 'billing.filing.appeal_level',
      severity: 'info',
      facts: { level: 2, decisionOn: '2025-05-01' },
    });
  });

  it('judges a reconsideration filed 2025-09-28 on time and one filed 2025-11-03 late', () => {
    const filed = (on: string) =>
      evaluateClaimTimelyFiling(medicare('2025-01-10', [...redetermined, ['appealed', on]]), MEDICARE, {
        asOf: '2025-11-10',
      });
    expect(filed('2025-09-28')).toMatchObject({ outcome: 'on_time', deadline: '2025-11-02' });
    expect(filed('2025-09-28').reasons[0]?.facts).toMatchObject({ marginDays: 35 });
    expect(filed('2025-11-03')).toMatchObject({ outcome: 'late', deadline: '2025-11-02' });
  });

  it('gives the ALJ hearing, Council review and judicial review 60 days each from receipt, then no further level', () => {
    const qic: [ClaimStatus, string][] = [
      ...redetermined,
      ['appealed', '2025-06-01'],
      ['denied', '2025-08-01'],
    ];
    expect(
      evaluateClaimTimelyFiling(medicare('2025-01-10', qic), MEDICARE, { asOf: '2025-08-02' }),
    ).toMatchObject({
      deadline: '2025-10-05',
      daysLeft: 64,
    });
    const alj: [ClaimStatus, string][] = [...qic, ['appealed', '2025-09-01'], ['denied', '2025-12-01']];
    expect(
      evaluateClaimTimelyFiling(medicare('2025-01-10', alj), MEDICARE, { asOf: '2025-12-02' }),
    ).toMatchObject({
      deadline: '2026-02-04',
    });
    const council: [ClaimStatus, string][] = [...alj, ['appealed', '2026-01-15'], ['denied', '2026-04-01']];
    const judicial = evaluateClaimTimelyFiling(medicare('2025-01-10', council), MEDICARE, {
      asOf: '2026-04-02',
    });
    expect(judicial).toMatchObject({ deadline: '2026-06-05' });
    expect(judicial.reasons[1]?.facts).toMatchObject({ level: 5 });
    const court: [ClaimStatus, string][] = [...council, ['appealed', '2026-05-01'], ['denied', '2026-09-01']];
    const none = evaluateClaimTimelyFiling(medicare('2025-01-10', court), MEDICARE, { asOf: '2026-09-02' });
    expect(none).toMatchObject({ outcome: 'undecided', deadline: null, daysLeft: null, risk: null });
    expect(none.reasons[0]).toMatchObject({
      code: 'billing.filing.no_further_appeal_level',
      severity: 'warning',
      facts: { level: 6, levels: 5, decisionOn: '2026-09-01' },
    });
  });

  it('gives a payer that lists no further levels its first appeal window again, and says so', () => {
    const c = medicare('2025-01-10', redetermined, { payerId: COMMERCIAL.payerId });
    const d = evaluateClaimTimelyFiling(c, COMMERCIAL, { asOf: '2025-05-02' });
    const appeal = d.routes.find((r) => r.kind === 'appeal');
    expect(appeal).toMatchObject({ outcome: 'on_time', deadline: '2025-06-30' });
    expect(appeal?.reasons[1]).toMatchObject({
      code: 'billing.filing.appeal_level_same_window',
      facts: { level: 2, decisionOn: '2025-05-01' },
    });
  });

  it('starts again at the redetermination after a corrected claim gets a new decision', () => {
    const c = medicare('2025-01-10', [
      ...redetermined,
      ['resubmitted', '2025-05-10'],
      ['accepted', '2025-05-11'],
      ['denied', '2025-06-01'],
    ]);
    const d = evaluateClaimTimelyFiling(c, MEDICARE, { asOf: '2025-06-02' });
    expect(d).toMatchObject({ deadline: '2025-10-04' });
    expect(codes(d)).toEqual(['billing.filing.within_window', 'billing.filing.binding_route']);
  });

  it('property: level n of a Medicare appeal is due 125, 185, 65, 65 or 65 days after the decision before it, and level 6 is undecided', () => {
    const days = [125, 185, 65, 65, 65];
    fc.assert(
      fc.property(
        dateArb,
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 0, max: 400 }),
        (decision, level, lag) => {
          const d = evaluateTimelyFiling(
            { claimId: 'a1', kind: 'appeal', serviceDate: decision, startDate: decision, appealLevel: level },
            MEDICARE.filing,
            { asOf: fromEpochDay(toEpochDay(decision) + lag) },
          );
          const window = days[level - 1];
          if (window === undefined) {
            expect(d.outcome).toBe('undecided');
            expect(d.reasons[0]?.code).toBe('billing.filing.no_further_appeal_level');
          } else {
            expect(d.deadline).toBe(fromEpochDay(toEpochDay(decision) + window));
            expect(d.outcome).toBe(lag > window ? 'expired' : 'on_time');
          }
        },
      ),
    );
  });
});

describe('evaluateClaimTimelyFiling: a claim sent and not yet acknowledged', () => {
  // DOS 2025-01-10: due Monday 2026-01-12 (January 10, 2026 is a Saturday).
  it('is filed on the deadline day it was sent, 2026-01-12, while the 999/277CA is pending: on time, not expired', () => {
    const c = medicare('2025-01-10', [
      ['ready', '2026-01-11'],
      ['submitted', '2026-01-12'],
    ]);
    const d = evaluateClaimTimelyFiling(c, MEDICARE, { asOf: '2026-01-13' });
    expect(d).toMatchObject({ kind: 'initial', outcome: 'on_time', risk: null, deadline: '2026-01-12' });
    expect(d.reasons[0]?.facts).toMatchObject({ filedOn: '2026-01-12', marginDays: 0 });
    expect(d.reasons[1]).toMatchObject({
      code: 'billing.filing.acknowledgment_pending',
      severity: 'warning',
      facts: { submittedOn: '2026-01-12' },
    });
  });

  it('is expired once that submission is rejected, and late when sent the day after the deadline', () => {
    const rejected = medicare('2025-01-10', [
      ['ready', '2026-01-11'],
      ['submitted', '2026-01-12'],
      ['rejected', '2026-01-14'],
    ]);
    expect(evaluateClaimTimelyFiling(rejected, MEDICARE, { asOf: '2026-01-15' }).outcome).toBe('expired');
    const lateSent = medicare('2025-01-10', [
      ['ready', '2026-01-11'],
      ['submitted', '2026-01-13'],
    ]);
    const late = evaluateClaimTimelyFiling(lateSent, MEDICARE, { asOf: '2026-01-14' });
    expect(late.outcome).toBe('late');
    expect(codes(late)).toContain('billing.filing.acknowledgment_pending');
  });

  it('property: a claim sent by its deadline and not returned is never expired, whenever it is asked', () => {
    fc.assert(
      fc.property(
        dateArb,
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 800 }),
        (dos, sentLag, askLag) => {
          const deadline = toEpochDay(getFilingDeadline(dos, MEDICARE.filing.initial));
          const sentOn = fromEpochDay(Math.min(toEpochDay(dos) + sentLag, deadline));
          const c = medicare(dos, [
            ['ready', sentOn],
            ['submitted', sentOn],
          ]);
          const d = evaluateClaimTimelyFiling(c, MEDICARE, {
            asOf: fromEpochDay(toEpochDay(sentOn) + askLag),
          });
          expect(d.outcome).toBe('on_time');
          expect(codes(d)).toContain('billing.filing.acknowledgment_pending');
        },
      ),
    );
  });
});

describe('evaluateClaimTimelyFiling: a Medicare reopening counts from the initial determination', () => {
  const twice = (correctedOn: string) =>
    medicare('2025-01-10', [
      ['ready', '2025-01-12'],
      ['submitted', '2025-01-13'],
      ['accepted', '2025-01-14'],
      ['denied', '2025-02-01'],
      ['resubmitted', '2025-03-01'],
      ['accepted', '2025-03-02'],
      ['denied', '2025-04-01'],
      ['resubmitted', correctedOn],
    ]);

  it('judges a second correction against 2026-02-01 (a year from the denial of 2025-02-01), not the later denial', () => {
    const late = evaluateClaimTimelyFiling(twice('2026-03-01'), MEDICARE, { asOf: '2026-03-05' });
    expect(late).toMatchObject({ kind: 'corrected', outcome: 'late', deadline: '2026-02-01' });
    expect(late.reasons[1]?.facts).toEqual({ decisionOn: '2025-02-01', latestDecisionOn: '2025-04-01' });
    expect(evaluateClaimTimelyFiling(twice('2026-01-30'), MEDICARE, { asOf: '2026-03-05' }).outcome).toBe(
      'on_time',
    );
  });
});

describe('evaluateTimelyFiling: nothing dated after asOf counts', () => {
  it('reads a claim as it stood on 2026-11-10: a denial of 2026-11-15 has not happened, so no appeal clock runs', () => {
    const c = medicare('2025-11-24', [
      ['ready', '2025-11-25'],
      ['submitted', '2025-11-26'],
      ['accepted', '2025-11-27'],
      ['denied', '2026-11-15'],
    ]);
    const d = evaluateClaimTimelyFiling(c, MEDICARE, { asOf: '2026-11-10' });
    expect(d).toMatchObject({ kind: 'initial', outcome: 'on_time', deadline: '2026-11-24' });
    expect(d.reasons.at(-1)).toMatchObject({
      code: 'billing.filing.after_as_of_ignored',
      facts: { asOf: '2026-11-10', firstIgnoredMoveOn: '2026-11-15' },
    });
  });

  it('does not count a filing dated after asOf, nor start a clock on a decision dated after it', () => {
    const filedLater = evaluateTimelyFiling(
      { claimId: 'c1', kind: 'initial', serviceDate: '2025-01-10', filedOn: '2026-01-20' },
      MEDICARE.filing,
      { asOf: '2026-01-13' },
    );
    expect(filedLater).toMatchObject({ outcome: 'expired', deadline: '2026-01-12' });
    expect(filedLater.reasons[1]).toMatchObject({
      code: 'billing.filing.after_as_of_ignored',
      facts: { asOf: '2026-01-13', filedOn: '2026-01-20', startDate: null },
    });
    const decidedLater = evaluateTimelyFiling(
      { claimId: 'c1', kind: 'appeal', serviceDate: '2026-01-05', startDate: '2026-11-15' },
      MEDICARE.filing,
      { asOf: '2026-11-10' },
    );
    expect(decidedLater).toMatchObject({ outcome: 'undecided', deadline: null });
    expect(codes(decidedLater)).toEqual([
      'billing.filing.start_unknown',
      'billing.filing.after_as_of_ignored',
    ]);
  });

  it('property: a decision is the same as for the case without its dates after asOf', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('initial', 'secondary', 'corrected', 'appeal' as const),
        dateArb,
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 900 }),
        fc.constantFrom(MEDICARE, COMMERCIAL),
        (kind, serviceDate, startLag, filedLag, asOfLag, payer) => {
          const day = toEpochDay(serviceDate);
          const startDate = fromEpochDay(day + startLag);
          const filedOn = fromEpochDay(day + startLag + filedLag);
          const asOf = fromEpochDay(day + asOfLag);
          const full = evaluateTimelyFiling(
            { claimId: 'c1', kind, serviceDate, startDate, filedOn },
            payer.filing,
            {
              asOf,
            },
          );
          const known = {
            claimId: 'c1',
            kind,
            serviceDate,
            ...(startDate <= asOf ? { startDate } : {}),
            ...(filedOn <= asOf ? { filedOn } : {}),
          };
          const seen = evaluateTimelyFiling(known, payer.filing, { asOf });
          expect([full.outcome, full.deadline, full.daysLeft, full.risk]).toEqual([
            seen.outcome,
            seen.deadline,
            seen.daysLeft,
            seen.risk,
          ]);
          expect(codes(full).includes('billing.filing.after_as_of_ignored')).toBe(filedOn > asOf);
        },
      ),
    );
  });
});

describe('the appeal levels, the as-of cut and the pending acknowledgment, in detail', () => {
  const sent: [ClaimStatus, string][] = [
    ['ready', '2025-01-12'],
    ['submitted', '2025-01-13'],
    ['accepted', '2025-01-14'],
  ];

  it('keeps a secondary filing of 2025-11-20 but not a remittance dated 2025-12-01, after asOf 2025-11-25', () => {
    const d = evaluateTimelyFiling(
      {
        claimId: 'c1',
        kind: 'secondary',
        serviceDate: '2025-01-10',
        startDate: '2025-12-01',
        filedOn: '2025-11-20',
      },
      MEDICARE.filing,
      { asOf: '2025-11-25' },
    );
    expect(d).toMatchObject({ outcome: 'on_time', risk: null, deadline: '2026-01-12' });
    expect(codes(d)).toEqual([
      'billing.filing.filed_on_time',
      'billing.filing.secondary_no_extension',
      'billing.filing.after_as_of_ignored',
      'billing.filing.deadline_moved_to_workday',
    ]);
    expect(d.reasons[0]?.facts).toMatchObject({ filedOn: '2025-11-20', marginDays: 53 });
    expect(d.reasons[1]?.facts).toEqual({ serviceDate: '2025-01-10', primaryRemittanceDate: null });
    expect(d.reasons[2]).toMatchObject({
      severity: 'info',
      facts: { asOf: '2025-11-25', startDate: '2025-12-01', filedOn: null },
    });
    expect(d.reasons[2]?.message).toBe(
      'A date after the as-of date is left out: as of that day it had not happened.',
    );
  });

  it('explains each appeal level’s window in words: the next level, the same window, or no level left', () => {
    const appeal = (appealLevel: number, filing = MEDICARE.filing) =>
      evaluateTimelyFiling(
        { claimId: 'a1', kind: 'appeal', serviceDate: '2025-01-10', startDate: '2025-05-01', appealLevel },
        filing,
        { asOf: '2025-05-02' },
      );
    expect(appeal(2).reasons[1]?.message).toBe(
      'A further appeal level: its window counts from the decision at the level before.',
    );
    expect(appeal(2, COMMERCIAL.filing).reasons[1]?.message).toBe(
      'The payer profile lists no windows for appeals after the first, so this one has the first appeal’s window.',
    );
    const none = appeal(6);
    expect(none.reasons).toHaveLength(1);
    expect(none.reasons[0]?.message).toBe(
      'The payer profile lists no appeal level after this decision: check whether any further review is open.',
    );
  });

  it('gives filingStandingOf no deadline for an appeal level the payer does not list (level 6 for Medicare)', () => {
    const standing = (appealLevel: number) =>
      filingStandingOf(
        TimelyFilingCase.parse({
          claimId: 'a1',
          kind: 'appeal',
          serviceDate: '2025-01-10',
          startDate: '2025-05-01',
          appealLevel,
        }),
        MEDICARE.filing,
        toEpochDay('2025-05-02'),
      );
    expect(standing(6)).toEqual({ deadline: null, daysLeft: null, expired: false });
    expect(standing(5)).toEqual({ deadline: '2025-07-05', daysLeft: 64, expired: false });
  });

  it('starts the appeals again at the first level after a recoupment: taken back 2025-09-02, due 2026-01-05', () => {
    const c = medicare('2025-01-10', [
      ...sent,
      ['partially_paid', '2025-02-10'],
      ['appealed', '2025-03-01'],
      ['paid', '2025-04-01'],
      ['recouped', '2025-09-02'],
    ]);
    const d = evaluateClaimTimelyFiling(c, MEDICARE, { asOf: '2025-09-10' });
    expect(d).toMatchObject({ kind: 'appeal', outcome: 'on_time', deadline: '2026-01-05' });
    expect(codes(d)).toEqual(['billing.filing.within_window', 'billing.filing.binding_route']);
  });

  it('does not count a claim’s time in adjudication (pending) as an appeal: denied 2025-03-20, due 2025-07-23', () => {
    const c = medicare('2025-01-10', [...sent, ['pending', '2025-02-01'], ['denied', '2025-03-20']]);
    const d = evaluateClaimTimelyFiling(c, MEDICARE, { asOf: '2025-03-25' });
    expect(d).toMatchObject({ kind: 'appeal', outcome: 'on_time', deadline: '2025-07-23' });
    expect(codes(d)).toEqual(['billing.filing.within_window', 'billing.filing.binding_route']);
  });

  it('keeps the acknowledgment pending as of 2026-01-13 when the claim sent 2026-01-12 is accepted only on 2026-01-14', () => {
    const c = medicare('2025-01-10', [
      ['ready', '2026-01-11'],
      ['submitted', '2026-01-12'],
      ['accepted', '2026-01-14'],
    ]);
    const d = evaluateClaimTimelyFiling(c, MEDICARE, { asOf: '2026-01-13' });
    expect(d).toMatchObject({ kind: 'initial', outcome: 'on_time', risk: null, deadline: '2026-01-12' });
    expect(codes(d)).toEqual([
      'billing.filing.filed_on_time',
      'billing.filing.acknowledgment_pending',
      'billing.filing.after_as_of_ignored',
      'billing.filing.deadline_moved_to_workday',
    ]);
    expect(d.reasons[1]?.message).toBe(
      'The claim was sent and no acknowledgment (999 or 277CA) has come back yet: it counts as filed on the day it was sent unless it is rejected or returned unprocessable.',
    );
    expect(d.reasons[2]).toMatchObject({
      severity: 'info',
      facts: { asOf: '2026-01-13', firstIgnoredMoveOn: '2026-01-14' },
    });
    expect(d.reasons[2]?.message).toBe(
      'The claim’s moves dated after the as-of date are left out: as of that day they had not happened.',
    );
    // Once accepted, it is filed that day without a pending note.
    const later = evaluateClaimTimelyFiling(c, MEDICARE, { asOf: '2026-01-15' });
    expect(codes(later)).toEqual([
      'billing.filing.filed_on_time',
      'billing.filing.deadline_moved_to_workday',
    ]);
  });

  it('builds the filing case with only the dates it has: no remittance date on a primary claim, no level 1', () => {
    const clockOf = (input: ClaimInput, asOf: string) =>
      filingClockOfClaim(Claim.parse(input), MEDICARE.filing, toEpochDay(asOf)).filingCase;
    expect(
      clockOf(medicare('2025-01-10', [], { primaryRemittanceDate: '2025-03-01' }), '2025-03-10'),
    ).toStrictEqual({ claimId: 'claim-1', serviceDate: '2025-01-10', kind: 'initial' });
    expect(clockOf(medicare('2025-01-10', [...sent, ['denied', '2025-03-20']]), '2025-03-25')).toStrictEqual({
      claimId: 'claim-1',
      serviceDate: '2025-01-10',
      kind: 'appeal',
      startDate: '2025-03-20',
    });
    expect(
      clockOf(
        medicare('2025-01-10', [...sent, ['denied', '2025-03-20'], ['appealed', '2025-04-01']]),
        '2025-04-02',
      ),
    ).toStrictEqual({
      claimId: 'claim-1',
      serviceDate: '2025-01-10',
      kind: 'appeal',
      startDate: '2025-03-20',
      filedOn: '2025-04-01',
    });
  });

  it('counts a correction from the latest decision when the payer’s profile says so, and says which decision', () => {
    const twice = medicare('2025-01-10', [
      ...sent,
      ['denied', '2025-02-01'],
      ['resubmitted', '2025-03-01'],
      ['accepted', '2025-03-02'],
      ['denied', '2025-04-01'],
      ['resubmitted', '2026-03-01'],
    ]);
    const latest = { ...MEDICARE, filing: { ...MEDICARE.filing, correctedFrom: 'latest_decision' as const } };
    const d = evaluateClaimTimelyFiling(twice, latest, { asOf: '2026-03-05' });
    expect(d).toMatchObject({ kind: 'corrected', outcome: 'on_time', deadline: '2026-04-01' });
    expect(d.reasons[1]).toMatchObject({
      code: 'billing.filing.corrected_from_decision',
      facts: { decisionOn: '2025-04-01', latestDecisionOn: '2025-04-01' },
      message: 'A correction of a processed claim has its own window from the payer’s latest decision.',
    });
    const first = evaluateClaimTimelyFiling(twice, MEDICARE, { asOf: '2026-03-05' });
    expect(first).toMatchObject({ outcome: 'late', deadline: '2026-02-01' });
    expect(first.reasons[1]?.message).toBe(
      'A correction of a processed claim (for Medicare, a reopening) has its own window from the payer’s first decision on the claim (the initial determination).',
    );
  });

  it('times a Medicare secondary claim without the remittance date per line: DOS 2025-01-06 past, 2025-02-03 open', () => {
    const c = medicare('2025-01-06', [], {
      coverage: 'secondary',
      lines: [line({ serviceDate: '2025-01-06' }), line({ lineId: '2', serviceDate: '2025-02-03' })],
    });
    const d = evaluateClaimTimelyFiling(c, MEDICARE, { asOf: '2026-01-20' });
    expect(d).toMatchObject({ kind: 'secondary', outcome: 'on_time', deadline: '2026-02-03' });
    expect(codes(d)).toContain('billing.filing.lines_past_deadline');
  });

  it('times a secondary claim with its remittance date per line under an extension: the 2025-03-03 line is open on 2026-01-20', () => {
    const payer = { ...COMMERCIAL, filing: tpl };
    const c = claim({
      payerId: payer.payerId,
      coverage: 'secondary',
      primaryRemittanceDate: '2025-02-01',
      lines: [line({ serviceDate: '2025-01-06' }), line({ lineId: '2', serviceDate: '2025-03-03' })],
    });
    const d = evaluateClaimTimelyFiling(c, payer, { asOf: '2026-01-20' });
    expect(d).toMatchObject({ kind: 'secondary', outcome: 'on_time', deadline: '2026-03-03' });
    expect(codes(d)).toContain('billing.filing.lines_past_deadline');
  });
});

// 42 CFR 424.44(b): four exceptions to Medicare's 12-month limit, each extending the time to file through the
// last day of the 6th calendar month after the month of its notice (CMS Pub. 100-04, ch. 1, §70.7).
describe('evaluateTimelyFiling: Medicare’s exceptions to the 12-month limit (42 CFR 424.44(b))', () => {
  const W = MEDICARE.filing;
  const initial = (serviceDate: string, exception?: { kind: string; noticeOn: string }, filedOn?: string) =>
    ({
      claimId: 'c-exc',
      kind: 'initial',
      serviceDate,
      ...(exception === undefined ? {} : { medicareException: exception }),
      ...(filedOn === undefined ? {} : { filedOn }),
    }) as Parameters<typeof evaluateTimelyFiling>[0];

  it('retroactive entitlement told on 2026-03-16 for a 2025-01-10 session: file through 2026-09-30 (it had expired on 2026-01-12)', () => {
    const without = evaluateTimelyFiling(initial('2025-01-10'), W, { asOf: '2026-04-01' });
    expect(state(without)).toBe('expired');
    const d = evaluateTimelyFiling(
      initial('2025-01-10', { kind: 'retroactive_entitlement', noticeOn: '2026-03-16' }),
      W,
      { asOf: '2026-04-01' },
    );
    expect(d).toMatchObject({ outcome: 'on_time', risk: 'low', deadline: '2026-09-30', daysLeft: 182 });
    expect(codes(d)).toEqual(['billing.filing.within_window', 'billing.filing.medicare_exception_applied']);
    expect(d.reasons[1]?.facts).toEqual({
      exception: 'retroactive_entitlement',
      noticeOn: '2026-03-16',
      serviceDate: '2025-01-10',
      standardDeadline: '2026-01-12',
      deadline: '2026-09-30',
    });
  });

  it('an administrative error corrected by a notice of 2026-05-05: filed 2026-11-30 on time, 2026-12-01 late', () => {
    const exc = { kind: 'administrative_error', noticeOn: '2026-05-05' };
    const onTime = evaluateTimelyFiling(initial('2025-02-03', exc, '2026-11-30'), W, { asOf: '2026-12-10' });
    expect(onTime).toMatchObject({ outcome: 'on_time', deadline: '2026-11-30' });
    const late = evaluateTimelyFiling(initial('2025-02-03', exc, '2026-12-01'), W, { asOf: '2026-12-10' });
    expect(late).toMatchObject({ outcome: 'late', deadline: '2026-11-30' });
  });

  it('a state Medicaid agency recovered its payment on 2026-02-20, 13 months after the 2025-01-10 session: through 2026-08-31', () => {
    const d = evaluateTimelyFiling(
      initial('2025-01-10', { kind: 'retroactive_entitlement_medicaid_recovery', noticeOn: '2026-02-20' }),
      W,
      { asOf: '2026-03-01' },
    );
    expect(d).toMatchObject({ outcome: 'on_time', deadline: '2026-08-31' });
  });

  it('a recovery exactly 12 months after the session qualifies; one day sooner does not (the 12-month limit stands)', () => {
    const at12 = evaluateTimelyFiling(
      initial('2025-06-10', { kind: 'retroactive_entitlement_medicaid_recovery', noticeOn: '2026-06-10' }),
      W,
      { asOf: '2026-06-11' },
    );
    expect(at12).toMatchObject({ outcome: 'on_time', deadline: '2026-12-31' });
    const sooner = evaluateTimelyFiling(
      initial('2025-06-10', { kind: 'retroactive_disenrollment_recovery', noticeOn: '2026-06-09' }),
      W,
      { asOf: '2026-06-11' },
    );
    expect(sooner).toMatchObject({ outcome: 'expired', deadline: '2026-06-10' });
    expect(codes(sooner)).toEqual([
      'billing.claim.past_timely_filing',
      'billing.filing.medicare_exception_not_met',
    ]);
    expect(sooner.reasons[1]).toMatchObject({
      severity: 'warning',
      facts: { why: 'recovered_within_12_months' },
    });
  });

  it('a Medicare Advantage plan recovered its payment on 2026-07-15 after retroactive disenrollment: 2027-01-31 is a Sunday, so Monday 2027-02-01', () => {
    const d = evaluateTimelyFiling(
      initial('2025-05-01', { kind: 'retroactive_disenrollment_recovery', noticeOn: '2026-07-15' }),
      W,
      { asOf: '2026-08-01' },
    );
    expect(d).toMatchObject({ outcome: 'on_time', deadline: '2027-02-01' });
    expect(codes(d)).toEqual([
      'billing.filing.within_window',
      'billing.filing.medicare_exception_applied',
      'billing.filing.deadline_moved_to_workday',
    ]);
    expect(d.reasons[2]?.facts).toEqual({ nominalDeadline: '2027-01-31', deadline: '2027-02-01' });
    // A window without the roll keeps the Sunday.
    const plain = evaluateTimelyFiling(
      initial('2025-05-01', { kind: 'retroactive_disenrollment_recovery', noticeOn: '2026-07-15' }),
      { ...W, initial: { amount: 12, unit: 'months' } },
      { asOf: '2026-08-01' },
    );
    expect(plain.deadline).toBe('2027-01-31');
  });

  it('an exception never shortens the limit: notice on 2025-02-01 for a 2025-01-10 session keeps 2026-01-12', () => {
    const d = evaluateTimelyFiling(
      initial('2025-01-10', { kind: 'retroactive_entitlement', noticeOn: '2025-02-01' }),
      W,
      { asOf: '2025-03-01' },
    );
    expect(d).toMatchObject({ outcome: 'on_time', deadline: '2026-01-12' });
    expect(codes(d)).toContain('billing.filing.medicare_exception_not_met');
    expect(d.reasons.find((r) => r.code === 'billing.filing.medicare_exception_not_met')).toMatchObject({
      severity: 'info',
      facts: { why: 'standard_window_later', exceptionDeadline: '2025-09-02' }, // Sunday 08-31, Labor Day 09-01
    });
  });

  it('a secondary Medicare claim gets the extension too; an appeal’s clock ignores it', () => {
    const exc = { kind: 'retroactive_entitlement' as const, noticeOn: '2026-03-16' };
    const sec = evaluateTimelyFiling(
      {
        claimId: 'c-s',
        kind: 'secondary',
        serviceDate: '2025-01-10',
        startDate: '2025-11-01',
        medicareException: exc,
      },
      W,
      { asOf: '2026-04-01' },
    );
    expect(sec).toMatchObject({ outcome: 'on_time', deadline: '2026-09-30' });
    const appeal = {
      claimId: 'c-a',
      kind: 'appeal' as const,
      serviceDate: '2025-01-10',
      startDate: '2026-02-02',
    };
    expect(evaluateTimelyFiling({ ...appeal, medicareException: exc }, W, { asOf: '2026-03-01' })).toEqual(
      evaluateTimelyFiling(appeal, W, { asOf: '2026-03-01' }),
    );
  });

  it('refuses a notice dated before the date of service, by path and without echoing it', () => {
    const call = () =>
      evaluateTimelyFiling(
        initial('2025-01-10', { kind: 'administrative_error', noticeOn: '2025-01-09' }),
        W,
        { asOf: '2026-04-01' },
      );
    expect(call).toThrow(ValidationError);
    try {
      call();
    } catch (e) {
      const issues = (e as ValidationError).issues;
      expect(issues.map((i) => [i.at, i.code])).toEqual([
        ['$.input.medicareException.noticeOn', 'billing.filing.exception_before_service'],
      ]);
      expect(JSON.stringify(issues)).not.toContain('2025-01-09');
    }
  });

  it('evaluateClaimTimelyFiling takes the exception from the claim, and the follow-up standing agrees', () => {
    const c = medicare('2025-01-10', [], {
      medicareFilingException: { kind: 'retroactive_entitlement', noticeOn: '2026-03-16' },
    });
    const d = evaluateClaimTimelyFiling(c, MEDICARE, { asOf: '2026-04-01' });
    expect(d).toMatchObject({ outcome: 'on_time', deadline: '2026-09-30' });
    const parsed = Claim.parse(c);
    const clock = filingClockOfClaim(parsed, MEDICARE.filing, toEpochDay('2026-04-01'));
    expect(filingStandingOf(clock.filingCase, MEDICARE.filing, toEpochDay('2026-04-01'))).toEqual({
      deadline: '2026-09-30',
      daysLeft: 182,
      expired: false,
    });
    // A two-line claim: both lines are saved by the exception, so none is reported past its deadline.
    const two = medicare('2025-01-10', [], {
      lines: [line({ serviceDate: '2025-01-10' }), line({ lineId: '2', serviceDate: '2025-03-10' })],
      medicareFilingException: { kind: 'retroactive_entitlement', noticeOn: '2026-03-16' },
    });
    const d2 = evaluateClaimTimelyFiling(two, MEDICARE, { asOf: '2026-04-01' });
    expect(d2).toMatchObject({ outcome: 'on_time', deadline: '2026-09-30' });
    expect(codes(d2)).not.toContain('billing.filing.lines_past_deadline');
  });

  it('reads the exception only for Medicare fee-for-service: another payer’s claim keeps its window, with a warning on a first filing only (bill37)', () => {
    const exception = { kind: 'retroactive_entitlement', noticeOn: '2025-05-15' } as const;
    const parsed = Claim.parse(
      claim({ lines: [line({ serviceDate: '2025-03-03' })], medicareFilingException: exception }),
    );
    const today = toEpochDay('2025-05-20');
    // 90 days from 2025-03-03 is 2025-06-01; the exception would run to 2025-11-30.
    for (const kind of ['commercial', 'medicare_advantage', 'medicaid'] as const) {
      const clock = filingClockOfClaim(parsed, COMMERCIAL.filing, today, kind);
      expect(clock.filingCase.medicareException).toBeUndefined();
      expect(clock.notes.map((r) => [r.code, r.severity, r.facts])).toEqual([
        [
          'billing.filing.medicare_exception_not_applicable',
          'warning',
          { exception: 'retroactive_entitlement', noticeOn: '2025-05-15', payerKind: kind },
        ],
      ]);
      expect(filingStandingOf(clock.filingCase, COMMERCIAL.filing, today).deadline).toBe('2025-06-01');
    }
    for (const kind of ['medicare', undefined] as const) {
      const clock = filingClockOfClaim(parsed, COMMERCIAL.filing, today, kind);
      expect(clock.filingCase.medicareException).toEqual(exception);
      expect(clock.notes).toEqual([]);
      expect(filingStandingOf(clock.filingCase, COMMERCIAL.filing, today).deadline).toBe('2025-11-30');
    }
    // A denied claim is on its appeal clock: the exception has nothing to say there, nor its warning.
    const denied = Claim.parse(
      claimThrough(['ready', 'submitted', 'accepted', 'denied'], '2025-03-10', {
        lines: [line({ serviceDate: '2025-03-03' })],
        medicareFilingException: exception,
      }),
    );
    const appeal = filingClockOfClaim(denied, COMMERCIAL.filing, today, 'commercial');
    expect(appeal.filingCase.kind).toBe('appeal');
    expect(appeal.notes.map((r) => r.code)).not.toContain('billing.filing.medicare_exception_not_applicable');
    // The public rule and the scrubber read the profile's kind.
    const d = evaluateClaimTimelyFiling(parsed, COMMERCIAL, { asOf: '2025-05-20' });
    expect(d.deadline).toBe('2025-06-01');
    expect(codes(d)).toContain('billing.filing.medicare_exception_not_applicable');
  });

  it('property: an exception only adds time, and a non-recovery exception runs to the later of the limit and the end of the 6th month after the notice', () => {
    const kinds = [
      'administrative_error',
      'retroactive_entitlement',
      'retroactive_entitlement_medicaid_recovery',
      'retroactive_disenrollment_recovery',
    ] as const;
    fc.assert(
      fc.property(
        fc.integer({ min: 18_000, max: 22_000 }),
        fc.integer({ min: 0, max: 1_200 }),
        fc.constantFrom(...kinds),
        fc.boolean(),
        (dosDay, noticeAfter, kind, roll) => {
          const serviceDate = fromEpochDay(dosDay);
          const noticeOn = fromEpochDay(dosDay + noticeAfter);
          const windows = { ...W, initial: { amount: 12, unit: 'months' as const, rollToNextWorkday: roll } };
          const asOf = { asOf: serviceDate };
          const base = evaluateTimelyFiling(initial(serviceDate), windows, asOf);
          const d = evaluateTimelyFiling(initial(serviceDate, { kind, noticeOn }), windows, asOf);
          expect(compareDates(d.deadline as string, base.deadline as string)).toBeGreaterThanOrEqual(0);
          const monthEnd = fromEpochDay(toEpochDay(addMonths(`${noticeOn.slice(0, 7)}-01`, 7)) - 1);
          const recoveredEarly = kind.endsWith('_recovery') && noticeOn < addMonths(serviceDate, 12);
          if (!recoveredEarly && !roll) {
            const later = compareDates(monthEnd, base.deadline as string) > 0 ? monthEnd : base.deadline;
            expect(d.deadline).toBe(later);
          }
          if (recoveredEarly) expect(d.deadline).toBe(base.deadline);
        },
      ),
    );
  });
});
