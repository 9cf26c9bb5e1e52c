import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { verifiedBenefitPeriod } from '../../../src/billing/coverage/patient-estimate.js';
import {
  type EligibilityBenefits,
  estimatePatientShare,
  estimatePatientShareBatch,
  estimatePatientShareSeries,
} from '../../../src/billing/index.js';
import { ValidationError } from '../../../src/core/index.js';
import { thrown } from '../../validation-subject.js';
import { marchSession, verifiedPlan } from './benefit-fixtures.js';

const plan = verifiedPlan;
const march = marchSession;

// Copay, then deductible, then coinsurance, capped by the out-of-pocket maximum [codingace-copay-estimate];
// all cost sharing counts toward that cap (45 CFR 156.130; [cfr-45-156.130]).
describe('estimatePatientShare: in-network cost sharing', () => {
  it('takes the remaining $150 deductible first, then 20 % coinsurance on the rest', () => {
    const e = estimatePatientShare(plan, { allowedCents: 20_000, dateOfService: '2026-03-02' });
    expect(e).toMatchObject({
      outcome: 'estimated',
      clientShareCents: 15_000 + 1_000,
      payerShareCents: 4_000,
      breakdown: { deductibleCents: 15_000, coinsuranceCents: 1_000, copayCents: 0 },
    });
    expect(e.reasons.map((r) => r.code)).toEqual([
      'billing.estimate.deductible_applied',
      'billing.estimate.coinsurance_applied',
    ]);
  });

  it('charges only the $25 copay on a copay-only plan, whatever the deductible', () => {
    const e = estimatePatientShare({ ...plan, copayCents: 2_500, copayBeforeDeductible: true }, march);
    expect(e).toMatchObject({ clientShareCents: 2_500, payerShareCents: 9_500 });
    expect(e.breakdown?.deductibleCents).toBe(0);
  });

  it('never charges a copay above the allowed amount', () => {
    const e = estimatePatientShare({ ...plan, copayCents: 20_000, copayBeforeDeductible: true }, march);
    expect(e.clientShareCents).toBe(12_000);
  });

  it('takes the $30 copay first, then the deductible on the rest of the allowed amount, then coinsurance', () => {
    // $100 allowed, $30 copay, $100 deductible left, 20 %: the copay, then $70 of the deductible.
    const b = { ...plan, copayCents: 3_000, deductibleMetCents: 40_000 };
    const e = estimatePatientShare(b, { allowedCents: 10_000, dateOfService: '2026-03-02' });
    expect(e.breakdown).toMatchObject({ copayCents: 3_000, deductibleCents: 7_000, coinsuranceCents: 0 });
    expect(e.reasons[0]).toMatchObject({
      code: 'billing.estimate.deductible_applied',
      facts: { deductibleCents: 7_000, deductibleRemainingCents: 10_000, costSharingOrder: 'copay_first' },
    });
    // $120 allowed with $50 left: $30 copay, $50 deductible, 20 % of $40.
    const rest = estimatePatientShare({ ...b, deductibleMetCents: 45_000 }, march);
    expect(rest.breakdown).toMatchObject({
      copayCents: 3_000,
      deductibleCents: 5_000,
      coinsuranceCents: 800,
    });
  });

  it('takes the deductible before the copay for a plan whose costSharingOrder says deductible_first', () => {
    const b = {
      ...plan,
      copayCents: 3_000,
      deductibleMetCents: 40_000,
      costSharingOrder: 'deductible_first' as const,
    };
    const e = estimatePatientShare(b, { allowedCents: 10_000, dateOfService: '2026-03-02' });
    expect(e.breakdown).toMatchObject({ deductibleCents: 10_000, copayCents: 0, coinsuranceCents: 0 });
    expect(e.reasons[0]?.facts).toMatchObject({ costSharingOrder: 'deductible_first' });
  });

  it('caps the client share at the remaining out-of-pocket maximum', () => {
    const e = estimatePatientShare(
      { ...plan, deductibleMetCents: 50_000, outOfPocketMetCents: 299_000 },
      {
        allowedCents: 100_000,
        dateOfService: '2026-11-30',
      },
    );
    expect(e).toMatchObject({ clientShareCents: 1_000, payerShareCents: 99_000 });
    expect(e.breakdown?.outOfPocketCapCents).toBe(19_000);
    expect(e.reasons.map((r) => r.code)).toContain('billing.estimate.out_of_pocket_cap_applied');
  });

  it('keeps a copay owed past the out-of-pocket maximum when copays do not count toward it', () => {
    const e = estimatePatientShare(
      {
        ...plan,
        copayCents: 3_000,
        deductibleMetCents: 50_000,
        outOfPocketMetCents: 300_000,
        copayCountsTowardOutOfPocket: false,
      },
      march,
    );
    expect(e).toMatchObject({
      clientShareCents: 3_000,
      breakdown: { coinsuranceCents: 0, copayCents: 3_000 },
    });
  });

  it('rounds a half cent of coinsurance up by default, to the even cent when asked', () => {
    const b = { ...plan, deductibleMetCents: 50_000, coinsuranceBasisPoints: 5_000 };
    const odd = { allowedCents: 12_345, dateOfService: '2026-03-02' };
    expect(estimatePatientShare(b, odd).clientShareCents).toBe(6_173);
    expect(estimatePatientShare(b, odd, { coinsuranceRounding: 'half_even' }).clientShareCents).toBe(6_172);
  });

  it('charges nothing on a one-cent allowed amount once the deductible is met at 0 % coinsurance', () => {
    const e = estimatePatientShare(
      { ...plan, deductibleMetCents: 50_000, coinsuranceBasisPoints: 0 },
      { allowedCents: 1, dateOfService: '2026-03-02' },
    );
    expect(e).toMatchObject({ outcome: 'estimated', clientShareCents: 0, payerShareCents: 1, reasons: [] });
  });
});

describe('estimatePatientShare: when the client pays in full', () => {
  it.each([
    ['inactive coverage', { coverageActive: false }, 'not_covered', 'billing.estimate.coverage_inactive'],
    [
      'an out-of-network clinician',
      { inNetwork: false },
      'out_of_network',
      'billing.estimate.out_of_network',
    ],
    [
      'a used-up visit limit',
      { noVisitLimit: false, visitLimit: 20, visitsUsed: 20 },
      'not_covered',
      'billing.estimate.visit_limit_reached',
    ],
  ] as const)('gives the whole allowed amount to the client for %s', (_, change, outcome, code) => {
    const e = estimatePatientShare({ ...plan, ...change }, march);
    expect(e).toMatchObject({ outcome, clientShareCents: 12_000, payerShareCents: 0, reasons: [{ code }] });
  });

  it('gives no amounts for a session before the plan starts or after it ended: coverage for it is unverified', () => {
    for (const [benefits, dateOfService] of [
      [plan, '2025-12-31'],
      [{ ...plan, planEndsOn: '2026-02-28' }, '2026-03-02'],
    ] as const) {
      const e = estimatePatientShare(benefits, { allowedCents: 9_000, dateOfService });
      expect(e).toMatchObject({
        outcome: 'undecided',
        clientShareCents: null,
        payerShareCents: null,
        breakdown: null,
        reasons: [{ code: 'billing.estimate.outside_plan_dates', severity: 'warning' }],
      });
    }
  });

  it('never estimates a session under the medical plan when behavioral health is carved out to another payer', () => {
    // The 271 sends mental health to an MBHO: this plan's deductible and coinsurance do not apply to it.
    const carvedOut = {
      ...plan,
      behavioralHealthCarveOutPayerId: 'mbho-1' as EligibilityBenefits['payerId'],
    };
    const e = estimatePatientShare(carvedOut, march);
    expect(e).toMatchObject({ outcome: 'not_covered', clientShareCents: 12_000, payerShareCents: 0 });
    expect(e.reasons).toEqual([
      expect.objectContaining({
        code: 'billing.estimate.behavioral_health_carve_out',
        severity: 'error',
        facts: { payerId: 'aetna-ppo', carveOutPayerId: 'mbho-1' },
      }),
    ]);
    // Nothing carried to the next session: the plan's deductible is untouched by a carved-out session.
    const series = estimatePatientShareSeries(carvedOut, [march, march]);
    expect(series.map((s) => s.outcome)).toEqual(['not_covered', 'not_covered']);
    // With the medical deductible met, the medical plan's 20 % would have shown $24 for the client, $96 paid.
    const met = { ...carvedOut, deductibleMetCents: 50_000 };
    expect(estimatePatientShare({ ...met, behavioralHealthCarveOutPayerId: undefined }, march)).toMatchObject(
      {
        outcome: 'estimated',
        clientShareCents: 2_400,
      },
    );
    expect(estimatePatientShare(met, march)).toMatchObject({ outcome: 'not_covered', payerShareCents: 0 });
  });
});

describe('estimatePatientShareSeries', () => {
  it('carries the deductible from one session to the next', () => {
    // $100 left: the copay and $90 of it in the first session, the copay and the last $10 in the second.
    const b = { ...plan, copayCents: 3_000, coinsuranceBasisPoints: 0, deductibleMetCents: 40_000 };
    const shares = estimatePatientShareSeries(b, [march, { ...march, dateOfService: '2026-03-09' }]);
    expect(shares.map((e) => e.clientShareCents)).toEqual([3_000 + 9_000, 3_000 + 1_000]);
  });

  it('estimates two $100 sessions with a $30 copay, $100 deductible left and 20 % at $100 and $68 (not $44)', () => {
    const b = { ...plan, copayCents: 3_000, deductibleMetCents: 40_000 };
    const two = [march, { ...march, dateOfService: '2026-03-09' }].map((r) => ({
      ...r,
      allowedCents: 10_000,
    }));
    expect(estimatePatientShareSeries(b, two).map((e) => e.clientShareCents)).toEqual([10_000, 6_800]);
    const deductibleFirst = estimatePatientShareSeries({ ...b, costSharingOrder: 'deductible_first' }, two);
    expect(deductibleFirst.map((e) => e.clientShareCents)).toEqual([10_000, 4_400]);
  });

  it('counts copays toward the deductible when the plan says so', () => {
    const b = { ...plan, copayCents: 3_000, copayBeforeDeductible: true, deductibleMetCents: 47_000 };
    const counted = estimatePatientShareSeries({ ...b, copayCountsTowardDeductible: true }, [
      march,
      march,
      march,
    ]);
    const notCounted = estimatePatientShareSeries(b, [march, march, march]);
    expect(counted.map((e) => e.clientShareCents)).toEqual([3_000, 3_000, 3_000]);
    expect(notCounted.map((e) => e.clientShareCents)).toEqual([3_000, 3_000, 3_000]);
    // After the first copay the deductible is met, so a later switch to deductible-first costs nothing more.
    const thenCoinsurance = estimatePatientShareSeries(
      { ...b, copayBeforeDeductible: false, copayCountsTowardDeductible: true, copayCents: 0 },
      [march],
    );
    expect(thenCoinsurance[0]?.breakdown?.deductibleCents).toBe(3_000);
  });

  it('stops covering sessions once the visit limit is used up', () => {
    const shares = estimatePatientShareSeries(
      { ...plan, noVisitLimit: false, visitLimit: 2, visitsUsed: 1 },
      [march, march, march],
    );
    expect(shares.map((e) => e.outcome)).toEqual(['estimated', 'not_covered', 'not_covered']);
  });

  it('carries visits in date order, not input order: with one visit left, 2026-03-02 is covered even when listed after 2026-03-09', () => {
    const b = { ...plan, noVisitLimit: false, visitLimit: 1, visitsUsed: 0 };
    const ninth = { ...march, dateOfService: '2026-03-09' };
    const shares = estimatePatientShareSeries(b, [ninth, march]);
    // Results stay in input order: the 9th first, then the 2nd.
    expect(shares.map((e) => [e.dateOfService, e.outcome])).toEqual([
      ['2026-03-09', 'not_covered'],
      ['2026-03-02', 'estimated'],
    ]);
  });

  it('property: the input order never changes any session’s estimate (date order, same-day sessions stable)', () => {
    const b = {
      ...plan,
      copayCents: 1_500,
      noVisitLimit: false,
      visitLimit: 3,
      visitsUsed: 0,
      deductibleMetCents: 45_000,
    };
    const session = fc.record({
      allowedCents: fc.integer({ min: 5_000, max: 20_000 }),
      dateOfService: fc.constantFrom('2026-03-02', '2026-03-09', '2026-03-16', '2026-04-06'),
    });
    fc.assert(
      fc.property(
        fc
          .array(session, { minLength: 1, maxLength: 6 })
          .chain((sessions) =>
            fc.tuple(
              fc.constant(sessions),
              fc.shuffledSubarray([...sessions.keys()], { minLength: sessions.length }),
            ),
          ),
        ([sessions, order]) => {
          const byDate = sessions
            .map((r, i) => ({ r, i }))
            .sort((x, y) => x.r.dateOfService.localeCompare(y.r.dateOfService) || x.i - y.i);
          const sorted = estimatePatientShareSeries(
            b,
            byDate.map((x) => x.r),
          );
          const expected = new Array(sessions.length);
          byDate.forEach((x, k) => {
            expected[x.i] = sorted[k];
          });
          expect(estimatePatientShareSeries(b, sessions)).toEqual(expected);
          // A shuffle of sessions on distinct days gives each day the same estimate.
          const distinct = [...new Map(sessions.map((r) => [r.dateOfService, r])).values()];
          const shuffled = order.filter((i) => i < distinct.length).map((i) => distinct[i] as typeof march);
          const keyed = (list: readonly { dateOfService: string }[], out: readonly unknown[]) =>
            new Map(list.map((r, i) => [r.dateOfService, out[i]]));
          expect(keyed(shuffled, estimatePatientShareSeries(b, shuffled))).toEqual(
            keyed(distinct, estimatePatientShareSeries(b, distinct)),
          );
        },
      ),
    );
  });

  it('keeps out-of-pocket accumulation at the maximum', () => {
    const b = {
      ...plan,
      deductibleMetCents: 50_000,
      coinsuranceBasisPoints: 10_000,
      outOfPocketMetCents: 290_000,
    };
    const shares = estimatePatientShareSeries(b, [march, march]);
    expect(shares.map((e) => e.clientShareCents)).toEqual([10_000, 0]);
  });
});

// Arbitrary valid benefits, built so that met amounts never exceed totals (and are stated).
type MetStated = EligibilityBenefits & { deductibleMetCents: number; outOfPocketMetCents: number };
const benefitsArb = fc
  .record({
    copayCents: fc.integer({ min: 0, max: 20_000 }),
    copayBeforeDeductible: fc.boolean(),
    coinsuranceBasisPoints: fc.integer({ min: 0, max: 10_000 }),
    deductibleCents: fc.integer({ min: 0, max: 1_000_000 }),
    deductibleMetShare: fc.integer({ min: 0, max: 100 }),
    outOfPocketMaximumCents: fc.option(fc.integer({ min: 0, max: 2_000_000 }), { nil: null }),
    outOfPocketMetShare: fc.integer({ min: 0, max: 100 }),
    copayCountsTowardOutOfPocket: fc.boolean(),
  })
  .map(
    (r): MetStated => ({
      ...plan,
      copayCents: r.copayCents,
      copayBeforeDeductible: r.copayBeforeDeductible,
      coinsuranceBasisPoints: r.coinsuranceBasisPoints,
      deductibleCents: r.deductibleCents,
      deductibleMetCents: Math.floor((r.deductibleCents * r.deductibleMetShare) / 100),
      outOfPocketMaximumCents: r.outOfPocketMaximumCents,
      // A null maximum here is one the payer stated the plan has none of; an unknown one is tested below.
      ...(r.outOfPocketMaximumCents === null ? { noOutOfPocketMaximum: true } : {}),
      outOfPocketMetCents:
        r.outOfPocketMaximumCents === null
          ? 0
          : Math.floor((r.outOfPocketMaximumCents * r.outOfPocketMetShare) / 100),
      copayCountsTowardOutOfPocket: r.copayCountsTowardOutOfPocket,
    }),
  );
const requestArb = fc.record({
  allowedCents: fc.integer({ min: 0, max: 5_000_000 }),
  dateOfService: fc.constantFrom('2026-01-01', '2026-06-15', '2026-12-31'),
});
const roundingArb = fc.constantFrom('half_up', 'half_even', 'down', 'up') as fc.Arbitrary<
  'half_up' | 'half_even' | 'down' | 'up'
>;

describe('estimatePatientShare: properties', () => {
  it('splits the allowed amount exactly: client share + payer share = allowed, neither negative', () => {
    fc.assert(
      fc.property(benefitsArb, requestArb, roundingArb, (b, r, coinsuranceRounding) => {
        const e = estimatePatientShare(b, r, { coinsuranceRounding });
        // Every request is inside the verified 2026 plan year, so an estimate is always made.
        if (e.outcome === 'undecided') throw new Error('a 2026 session must be estimated');
        expect(e.clientShareCents + e.payerShareCents).toBe(r.allowedCents);
        expect(e.clientShareCents).toBeGreaterThanOrEqual(0);
        expect(e.payerShareCents).toBeGreaterThanOrEqual(0);
        const { deductibleCents, copayCents, coinsuranceCents, notCoveredCents } = e.breakdown;
        expect(deductibleCents + copayCents + coinsuranceCents + notCoveredCents).toBe(e.clientShareCents);
        expect(JSON.parse(JSON.stringify(e))).toEqual(e); // plain JSON, replayable
      }),
    );
  });

  it('property: the order moves money between copay and deductible, never the client share of one session', () => {
    fc.assert(
      fc.property(benefitsArb, requestArb, (b0, r) => {
        const b = { ...b0, copayBeforeDeductible: false, copayCountsTowardOutOfPocket: true };
        const copayFirst = estimatePatientShare(b, r);
        const deductibleFirst = estimatePatientShare({ ...b, costSharingOrder: 'deductible_first' }, r);
        expect(copayFirst.clientShareCents).toBe(deductibleFirst.clientShareCents);
        // The copay first leaves at least as much of the deductible for later sessions.
        expect(copayFirst.breakdown?.deductibleCents ?? 0).toBeLessThanOrEqual(
          deductibleFirst.breakdown?.deductibleCents ?? 0,
        );
        // Before any cap, the deductible taken is min(left, allowed − copay).
        if (copayFirst.breakdown?.outOfPocketCapCents === 0) {
          const left = b.deductibleCents - b.deductibleMetCents;
          expect(copayFirst.breakdown.deductibleCents).toBe(
            Math.min(left, r.allowedCents - Math.min(b.copayCents, r.allowedCents)),
          );
        }
      }),
    );
  });

  it('never charges more than the remaining out-of-pocket maximum when copays count toward it', () => {
    fc.assert(
      fc.property(benefitsArb, requestArb, roundingArb, (b0, r, coinsuranceRounding) => {
        const b = { ...b0, copayCountsTowardOutOfPocket: true };
        const e = estimatePatientShare(b, r, { coinsuranceRounding });
        if (b.outOfPocketMaximumCents !== null) {
          expect(e.clientShareCents).toBeLessThanOrEqual(b.outOfPocketMaximumCents - b.outOfPocketMetCents);
        }
        expect(e.clientShareCents).toBeLessThanOrEqual(r.allowedCents);
      }),
    );
  });

  it('keeps every session of a series split exactly and the accumulators within their totals', () => {
    fc.assert(
      fc.property(benefitsArb, fc.array(requestArb, { maxLength: 12 }), (b, rs) => {
        const shares = estimatePatientShareSeries(b, rs);
        let deductible = b.deductibleMetCents;
        for (const [i, e] of shares.entries()) {
          if (e.outcome === 'undecided') throw new Error('a 2026 session must be estimated');
          expect(e.clientShareCents + e.payerShareCents).toBe(rs[i]?.allowedCents);
          deductible += e.breakdown.deductibleCents;
        }
        expect(deductible).toBeLessThanOrEqual(b.deductibleCents);
      }),
    );
  });
});

describe('estimatePatientShare: an out-of-pocket maximum not known is never read as none', () => {
  // $50 of a $250 session (20 %, deductible met) with $1,200 met of a maximum the 271 did not give.
  const unknownMaximum = {
    ...plan,
    deductibleMetCents: 50_000,
    outOfPocketMaximumCents: null,
    outOfPocketMetCents: 120_000,
  };
  const session = { allowedCents: 25_000, dateOfService: '2026-03-02' };

  it('undecided when the client would owe something: the maximum could cap the share', () => {
    const e = estimatePatientShare(unknownMaximum, session);
    expect(e).toMatchObject({ outcome: 'undecided', clientShareCents: null, payerShareCents: null });
    expect(e.reasons).toEqual([
      expect.objectContaining({
        code: 'billing.estimate.out_of_pocket_maximum_unknown',
        severity: 'warning',
        facts: { shareBeforeMaximumCents: 5_000, outOfPocketMetCents: 120_000, payerKind: null },
      }),
    ]);
  });

  it('a Medicare Advantage plan must have a maximum (42 CFR 422.100(f)(4)): a null one is unknown', () => {
    const e = estimatePatientShare(
      { ...unknownMaximum, payerKind: 'medicare_advantage', qualifiedMedicareBeneficiary: false },
      session,
    );
    expect(e.outcome).toBe('undecided');
    expect(e.reasons[0].code).toBe('billing.estimate.out_of_pocket_maximum_unknown');
  });

  it('Original Medicare has none by law: the 20 % of a $250 session is $50, uncapped, and it says so', () => {
    const e = estimatePatientShare(
      { ...unknownMaximum, payerKind: 'medicare', qualifiedMedicareBeneficiary: false },
      session,
    );
    expect(e).toMatchObject({ outcome: 'estimated', clientShareCents: 5_000, payerShareCents: 20_000 });
    expect(e.reasons.at(-1)).toMatchObject({
      code: 'billing.estimate.no_out_of_pocket_maximum',
      severity: 'info',
      facts: { basis: 'original_medicare', outOfPocketMetCents: 120_000 },
    });
  });

  it('a plan the payer says has none (noOutOfPocketMaximum): estimated, uncapped, and said', () => {
    const e = estimatePatientShare({ ...unknownMaximum, noOutOfPocketMaximum: true }, session);
    expect(e).toMatchObject({ outcome: 'estimated', clientShareCents: 5_000 });
    expect(e.reasons.at(-1)).toMatchObject({
      code: 'billing.estimate.no_out_of_pocket_maximum',
      facts: { basis: 'stated' },
    });
  });

  it('nothing owed, nothing to cap: estimated at $0 with no note', () => {
    const free = estimatePatientShare({ ...unknownMaximum, coinsuranceBasisPoints: 0 }, march);
    expect(free).toMatchObject({ outcome: 'estimated', clientShareCents: 0 });
    expect(free.reasons.map((r) => r.code)).toEqual([]);
  });

  it('a series stops at the first session that owes something: nothing accrues on a guess', () => {
    const shares = estimatePatientShareSeries(unknownMaximum, [
      session,
      { ...session, dateOfService: '2026-03-09' },
    ]);
    expect(shares.map((e) => e.outcome)).toEqual(['undecided', 'undecided']);
  });

  it('a maximum of $0 stated is an amount, not unknown: the client owes nothing', () => {
    const e = estimatePatientShare(
      { ...unknownMaximum, outOfPocketMaximumCents: 0, outOfPocketMetCents: 0 },
      session,
    );
    expect(e).toMatchObject({
      outcome: 'estimated',
      clientShareCents: 0,
      breakdown: { outOfPocketCapCents: 5_000 },
    });
  });

  it('noOutOfPocketMaximum beside an amount is a contradiction, reported by path', () => {
    expect(() => estimatePatientShare({ ...plan, noOutOfPocketMaximum: true }, session)).toThrow(
      expect.objectContaining({
        issues: [
          expect.objectContaining({
            at: '$.benefits.noOutOfPocketMaximum',
            code: 'billing.eligibility.no_out_of_pocket_maximum_with_amount',
          }),
        ],
      }),
    );
  });

  it('property: unknown is undecided exactly where a stated none would charge; otherwise the same estimate', () => {
    fc.assert(
      fc.property(benefitsArb, requestArb, (b0, r) => {
        const { noOutOfPocketMaximum: _, ...b } = { ...b0, outOfPocketMaximumCents: null };
        const none = estimatePatientShare({ ...b, noOutOfPocketMaximum: true }, r);
        const unknown = estimatePatientShare(b, r);
        if (none.outcome === 'undecided') throw new Error('a 2026 session must be estimated');
        if (none.clientShareCents > 0) {
          expect(unknown).toMatchObject({ outcome: 'undecided', clientShareCents: null });
          expect(unknown.reasons.map((x) => x.code)).toEqual([
            'billing.estimate.out_of_pocket_maximum_unknown',
          ]);
        } else {
          expect(unknown).toEqual(none);
        }
      }),
    );
  });
});

describe('estimatePatientShare: bad input', () => {
  it('names coinsurance above 100 % and met amounts above their totals, without echoing values', () => {
    let error: unknown;
    try {
      estimatePatientShare(
        {
          ...plan,
          coinsuranceBasisPoints: 12_345,
          deductibleCents: 10_000,
          deductibleMetCents: 77_777,
          outOfPocketMaximumCents: 10_000,
          outOfPocketMetCents: 88_888,
          planEndsOn: '2025-06-30',
        },
        march,
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const issues = (error as ValidationError).issues;
    expect(issues.map((i) => [i.at, i.code])).toEqual([
      ['$.benefits.coinsuranceBasisPoints', 'too_big'],
      ['$.benefits.deductibleMetCents', 'billing.eligibility.deductible_met_above_total'],
      ['$.benefits.outOfPocketMetCents', 'billing.eligibility.out_of_pocket_met_above_maximum'],
      ['$.benefits.planEndsOn', 'billing.eligibility.plan_end_before_start'],
    ]);
    expect((error as ValidationError).message).not.toMatch(/12345|77777|88888|2025-06-30/);
  });

  it('lists the benefits’ and the request’s problems at once, each under its parameter’s name', () => {
    let error: unknown;
    try {
      estimatePatientShare(
        { ...plan, coinsuranceBasisPoints: 12_345 },
        { allowedCents: -1, dateOfService: '2026-02-30' },
      );
    } catch (e) {
      error = e;
    }
    expect((error as ValidationError).issues.map((i) => i.at)).toEqual([
      '$.benefits.coinsuranceBasisPoints',
      '$.request.allowedCents',
      '$.request.dateOfService',
    ]);
    expect((error as ValidationError).subject).toBe('eligibility benefits and estimate request');
  });

  it('rejects a negative allowed amount and an impossible date', () => {
    expect(() => estimatePatientShare(plan, { allowedCents: -1, dateOfService: '2026-02-30' })).toThrow(
      ValidationError,
    );
  });

  it('reports invalid batch records by index and estimates the rest', () => {
    const result = estimatePatientShareBatch([
      { benefits: plan, request: march },
      { benefits: { ...plan, coinsuranceBasisPoints: 10_001 }, request: march },
      { benefits: plan, request: { allowedCents: 1.5, dateOfService: '2026-03-02' } },
      { benefits: plan, request: { ...march, allowedCents: 5_000 } },
      null,
      { benefits: 'plan', request: {} },
      { benefits: plan, request: march },
    ]);
    expect(result.estimates.map((e) => e.index)).toEqual([0, 3, 6]);
    expect(result.estimates[2]?.estimate).toEqual(result.estimates[0]?.estimate);
    expect(result.invalid.map((r) => [r.index, r.issues.map((i) => i.at)])).toEqual([
      [1, ['$[1].benefits.coinsuranceBasisPoints']],
      [2, ['$[2].request.allowedCents']],
      [4, ['$[4]']],
      [5, ['$[5].benefits', '$[5].request.allowedCents', '$[5].request.dateOfService']],
    ]);
  });

  it('lists records that are not a list beside bad batch options, each under its parameter’s name', () => {
    const error = thrown(() =>
      estimatePatientShareBatch(7 as never, { coinsuranceRounding: 'sideways' as never }),
    );
    expect(error.issues.map((i) => `${i.code}@${i.at}`)).toEqual([
      'invalid_type@$.records',
      'invalid_value@$.options.coinsuranceRounding',
    ]);
  });
});

describe('estimatePatientShare: only inside the benefit year that was verified', () => {
  const met2026 = { ...plan, deductibleMetCents: 50_000, verifiedOn: '2026-01-05' };
  const feb2027 = { allowedCents: 20_000, dateOfService: '2027-02-01' };

  it('does not carry a deductible met in 2026 into a 2027 session of an open-ended plan', () => {
    const e = estimatePatientShare({ ...met2026, planEndsOn: null }, feb2027);
    expect(e).toMatchObject({
      outcome: 'undecided',
      clientShareCents: null,
      payerShareCents: null,
      breakdown: null,
    });
    expect(e.reasons).toEqual([
      expect.objectContaining({
        code: 'billing.estimate.outside_verified_benefit_year',
        severity: 'warning',
        facts: {
          dateOfService: '2027-02-01',
          verifiedOn: '2026-01-05',
          benefitYearStartsOn: '2026-01-01',
          benefitYearEndsOn: '2026-12-31',
        },
      }),
    ]);
  });

  it('does not call a 2027 session not covered when the verified plan year ends 2026-12-31: it is unverified', () => {
    const e = estimatePatientShare(met2026, feb2027);
    expect(e).toMatchObject({
      outcome: 'undecided',
      reasons: [{ code: 'billing.estimate.outside_plan_dates' }],
    });
  });

  it('keeps a July–June plan year whole: verified 2025-12-01, a session on 2026-01-05 is estimated', () => {
    const julyJune = {
      ...plan,
      planStartsOn: '2025-07-01',
      planEndsOn: '2026-06-30',
      verifiedOn: '2025-12-01',
    };
    expect(
      estimatePatientShare(julyJune, { allowedCents: 12_000, dateOfService: '2026-01-05' }).outcome,
    ).toBe('estimated');
  });

  it('reads an open-ended plan by both the calendar year and its anniversary: started 2025-07-01, verified 2026-03-02', () => {
    const open = { ...plan, planStartsOn: '2025-07-01', planEndsOn: null, verifiedOn: '2026-03-02' };
    const at = (dateOfService: string) => estimatePatientShare(open, { allowedCents: 12_000, dateOfService });
    expect(at('2026-01-01').outcome).toBe('estimated');
    expect(at('2026-06-30').outcome).toBe('estimated');
    expect(at('2026-07-01').reasons[0]?.facts).toMatchObject({
      benefitYearStartsOn: '2026-01-01',
      benefitYearEndsOn: '2026-06-30',
    });
    expect(at('2025-12-31').outcome).toBe('undecided');
  });

  it('counts a plan verified in December for January from its first day', () => {
    const january = { ...plan, planEndsOn: null, verifiedOn: '2025-12-15', deductibleMetCents: 0 };
    expect(estimatePatientShare(january, { allowedCents: 12_000, dateOfService: '2026-01-05' }).outcome).toBe(
      'estimated',
    );
  });

  it('stops a series at the new benefit year and leaves the totals as they were', () => {
    const shares = estimatePatientShareSeries({ ...met2026, planEndsOn: null }, [
      { allowedCents: 20_000, dateOfService: '2026-12-28' },
      { allowedCents: 20_000, dateOfService: '2027-01-04' },
    ]);
    expect(shares.map((e) => [e.outcome, e.clientShareCents])).toEqual([
      ['estimated', 4_000],
      ['undecided', null],
    ]);
  });

  it('property: a session is estimated only inside the plan dates and the verified benefit year, and never undecided inside them', () => {
    const day = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;
    const iso = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);
    fc.assert(
      fc.property(
        fc.integer({ min: day('2024-01-01'), max: day('2027-12-31') }),
        fc.option(fc.integer({ min: 0, max: 900 }), { nil: null }),
        fc.integer({ min: -60, max: 500 }),
        fc.integer({ min: -400, max: 900 }),
        (startDay, length, verifiedLag, serviceLag) => {
          const b = {
            ...plan,
            planStartsOn: iso(startDay),
            planEndsOn: length === null ? null : iso(startDay + length),
            verifiedOn: iso(startDay + verifiedLag),
          };
          const dateOfService = iso(startDay + serviceLag);
          const e = estimatePatientShare(b, { allowedCents: 10_000, dateOfService });
          const inPlan =
            dateOfService >= b.planStartsOn && (b.planEndsOn === null || dateOfService <= b.planEndsOn);
          const year = verifiedBenefitPeriod(b);
          const inYear = dateOfService >= year.startsOn && dateOfService <= year.endsOn;
          expect(e.outcome === 'undecided').toBe(!(inPlan && inYear));
          // The verified year never spans more than a year, and holds the plan's first verified day.
          expect(day(year.endsOn) - day(year.startsOn)).toBeLessThan(366);
          // biome-ignore lint/complexity/useMathMinMax: YYYY-MM-DD dates compare as text; Math.max would not
          const from = b.verifiedOn > b.planStartsOn ? b.verifiedOn : b.planStartsOn;
          if (b.planEndsOn === null || from <= b.planEndsOn) {
            expect(from >= year.startsOn && from <= year.endsOn).toBe(true);
          }
        },
      ),
    );
  });
});
