import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FilingWindow } from '../../src/billing/payer-profile.js';
import {
  evaluateClaimTimelyFiling,
  evaluateTimelyFiling,
  filingDeadline,
} from '../../src/billing/timely-filing.js';
import { addMonths, compareDates, fromEpochDay, ValidationError } from '../../src/core/index.js';
import { COMMERCIAL, claim, claimThrough, line, MEDICARE } from './claim-fixtures.js';

const dateArb = fc.integer({ min: 0, max: 40_000 }).map(fromEpochDay); // 1970 to about 2079
const windowArb: fc.Arbitrary<FilingWindow> = fc.oneof(
  fc.record({ amount: fc.integer({ min: 1, max: 730 }), unit: fc.constant('days' as const) }),
  fc.record({ amount: fc.integer({ min: 1, max: 36 }), unit: fc.constant('months' as const) }),
);

describe('filingDeadline', () => {
  it('ends a Medicare 12-month window from February 29 on February 28 (rules.md §2.5)', () => {
    expect(filingDeadline('2024-02-29', { amount: 12, unit: 'months' })).toBe('2025-02-28');
  });

  it('clamps month-end starts to the shorter month', () => {
    expect(filingDeadline('2026-01-31', { amount: 1, unit: 'months' })).toBe('2026-02-28');
    expect(filingDeadline('2027-08-31', { amount: 6, unit: 'months' })).toBe('2028-02-29');
    expect(filingDeadline('2026-03-31', { amount: 12, unit: 'months' })).toBe('2027-03-31');
  });

  it('counts days windows from the day after the date of service, across year ends', () => {
    expect(filingDeadline('2026-03-02', { amount: 90, unit: 'days' })).toBe('2026-05-31');
    expect(filingDeadline('2026-12-15', { amount: 30, unit: 'days' })).toBe('2027-01-14');
    expect(filingDeadline('2028-02-01', { amount: 365, unit: 'days' })).toBe('2029-01-31');
  });

  it('throws on an impossible date or a zero window', () => {
    expect(() => filingDeadline('2026-02-30', { amount: 90, unit: 'days' })).toThrow(ValidationError);
    expect(() => filingDeadline('2026-02-01', { amount: 0, unit: 'days' })).toThrow(ValidationError);
  });

  it('property: months windows agree with core addMonths', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 60 }), (d, m) => {
        expect(filingDeadline(d, { amount: m, unit: 'months' })).toBe(addMonths(d, m));
      }),
    );
  });

  it('property: the deadline is never before the date of service', () => {
    fc.assert(
      fc.property(dateArb, windowArb, (d, w) => {
        expect(compareDates(filingDeadline(d, w), d)).toBeGreaterThan(0);
      }),
    );
  });

  it('property: a later date of service never gets an earlier deadline under the same rule', () => {
    fc.assert(
      fc.property(dateArb, dateArb, windowArb, (a, b, w) => {
        const [early, late] = compareDates(a, b) <= 0 ? [a, b] : [b, a];
        expect(compareDates(filingDeadline(early, w), filingDeadline(late, w))).toBeLessThanOrEqual(0);
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
    const d = evaluateTimelyFiling(c({}), MEDICARE.filing, '2025-02-20');
    expect(d).toMatchObject({ outcome: 'high', deadline: '2025-02-28', daysLeft: 8, kind: 'initial' });
    expect(d.reasons[0]?.code).toBe('billing.filing.deadline_imminent');
  });

  it('moves from low to medium to high to expired as the date nears and passes', () => {
    const at = (asOf: string) =>
      evaluateTimelyFiling(c({ serviceDate: '2026-03-02' }), COMMERCIAL.filing, asOf).outcome;
    expect(at('2026-03-10')).toBe('low');
    expect(at('2026-05-01')).toBe('medium'); // 30 days left
    expect(at('2026-05-17')).toBe('high'); // 14 days left
    expect(at('2026-05-31')).toBe('high'); // the last day
    expect(at('2026-06-01')).toBe('expired');
  });

  it('names the past deadline with billing.claim.past_timely_filing', () => {
    const d = evaluateTimelyFiling(c({ serviceDate: '2026-03-02' }), COMMERCIAL.filing, '2026-06-01');
    expect(d.reasons[0]).toMatchObject({ code: 'billing.claim.past_timely_filing', facts: { daysLeft: -1 } });
  });

  it('says filed on time or late once filed', () => {
    expect(evaluateTimelyFiling(c({ filedOn: '2025-02-28' }), MEDICARE.filing, '2025-06-01').outcome).toBe(
      'filed_on_time',
    );
    expect(evaluateTimelyFiling(c({ filedOn: '2025-03-01' }), MEDICARE.filing, '2025-06-01').outcome).toBe(
      'filed_late',
    );
  });

  it('starts a secondary claim from the primary remittance, and is undecided without it', () => {
    const sec = { kind: 'secondary' as const, serviceDate: '2026-03-02' };
    expect(
      evaluateTimelyFiling(c({ ...sec, startDate: '2026-04-15' }), COMMERCIAL.filing, '2026-05-01').deadline,
    ).toBe('2026-07-14');
    const undecided = evaluateTimelyFiling(c(sec), COMMERCIAL.filing, '2026-05-01');
    expect(undecided).toMatchObject({ outcome: 'undecided', deadline: null, daysLeft: null });
    expect(undecided.reasons[0]?.code).toBe('billing.filing.start_unknown');
  });

  it('counts corrected and appeal windows from the denial', () => {
    const denial = { serviceDate: '2026-03-02', startDate: '2026-04-10' };
    expect(
      evaluateTimelyFiling(c({ ...denial, kind: 'appeal' }), MEDICARE.filing, '2026-04-11').deadline,
    ).toBe('2026-08-08');
    expect(
      evaluateTimelyFiling(c({ ...denial, kind: 'corrected' }), COMMERCIAL.filing, '2026-04-11').deadline,
    ).toBe('2026-07-09');
    expect(
      evaluateTimelyFiling(c({ kind: 'appeal', serviceDate: '2026-03-02' }), COMMERCIAL.filing, '2026-04-11')
        .reasons[0]?.message,
    ).toMatch(/decision/);
  });

  it('rejects a clock that starts before the date of service and bad risk thresholds', () => {
    expect(() =>
      evaluateTimelyFiling(c({ kind: 'appeal', startDate: '2024-01-01' }), MEDICARE.filing, '2025-01-01'),
    ).toThrow(ValidationError);
    expect(() =>
      evaluateTimelyFiling(c({}), MEDICARE.filing, '2025-01-01', { highRiskDays: 40, mediumRiskDays: 30 }),
    ).toThrow(ValidationError);
  });
});

describe('evaluateClaimTimelyFiling', () => {
  it('uses the initial clock for an unfiled claim and the filing date once accepted', () => {
    expect(evaluateClaimTimelyFiling(claim(), COMMERCIAL, '2026-05-20')).toMatchObject({
      outcome: 'high',
      deadline: '2026-05-31',
    });
    expect(
      evaluateClaimTimelyFiling(claimThrough(['ready', 'submitted', 'accepted']), COMMERCIAL, '2026-07-01')
        .outcome,
    ).toBe('filed_on_time');
  });

  it('does not count a clearinghouse rejection as filing', () => {
    const d = evaluateClaimTimelyFiling(
      claimThrough(['ready', 'submitted', 'rejected']),
      COMMERCIAL,
      '2026-06-01',
    );
    expect(d.outcome).toBe('expired');
  });

  it('uses the appeal window after a denial or partial payment, and its filing once appealed', () => {
    const denied = claimThrough(['ready', 'submitted', 'accepted', 'denied']); // denied 2026-03-06
    expect(evaluateClaimTimelyFiling(denied, COMMERCIAL, '2026-04-01')).toMatchObject({
      kind: 'appeal',
      deadline: '2026-05-05',
    });
    const partial = claimThrough(['ready', 'submitted', 'accepted', 'partially_paid']);
    expect(evaluateClaimTimelyFiling(partial, COMMERCIAL, '2026-04-01').deadline).toBe('2026-05-05');
    const appealed = claimThrough(['ready', 'submitted', 'accepted', 'denied', 'appealed']);
    expect(evaluateClaimTimelyFiling(appealed, COMMERCIAL, '2026-04-01').outcome).toBe('filed_on_time');
  });

  it('uses the corrected-claim window once a corrected claim is sent, unless it was rejected', () => {
    const corrected = claimThrough(['ready', 'submitted', 'accepted', 'denied', 'resubmitted']);
    expect(evaluateClaimTimelyFiling(corrected, COMMERCIAL, '2026-04-01')).toMatchObject({
      kind: 'corrected',
      outcome: 'filed_on_time',
    });
    const rejected = claimThrough(['ready', 'submitted', 'accepted', 'denied', 'resubmitted', 'rejected']);
    expect(evaluateClaimTimelyFiling(rejected, COMMERCIAL, '2026-04-01')).toMatchObject({
      kind: 'corrected',
      outcome: 'low',
    });
  });

  it('uses the secondary clock for a secondary claim', () => {
    const sec = claim({ coverage: 'secondary', primaryRemittanceDate: '2026-04-15', lines: [line()] });
    expect(evaluateClaimTimelyFiling(sec, COMMERCIAL, '2026-05-01')).toMatchObject({
      kind: 'secondary',
      deadline: '2026-07-14',
    });
  });
});
