import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type EligibilityBenefits, evaluateEligibilityBenefits } from '../../../src/billing/index.js';
import { addDays, ValidationError } from '../../../src/core/index.js';

const benefits: EligibilityBenefits = {
  clientId: 'cl-ava' as EligibilityBenefits['clientId'],
  payerId: 'aetna-ppo' as EligibilityBenefits['payerId'],
  verifiedOn: '2026-01-05',
  coverageActive: true,
  inNetwork: true,
  planStartsOn: '2026-01-01',
  planEndsOn: '2026-12-31',
  copayCents: 2_500,
  copayBeforeDeductible: true,
  coinsuranceBasisPoints: 0,
  deductibleCents: 0,
  deductibleMetCents: 0,
  outOfPocketMaximumCents: 300_000,
  outOfPocketMetCents: 10_000,
  copayCountsTowardOutOfPocket: true,
  visitLimit: null,
  noVisitLimit: true,
  visitsUsed: 4,
  authorizationRequired: false,
};
const march = { serviceDate: '2026-03-02' };
const codes = (d: { reasons: readonly { code: string }[] }) => d.reasons.map((r) => r.code);

describe('evaluateEligibilityBenefits', () => {
  it('finds an active in-network copay plan eligible, with what remains', () => {
    expect(evaluateEligibilityBenefits(benefits, march)).toEqual({
      outcome: 'eligible',
      clientId: 'cl-ava',
      payerId: 'aetna-ppo',
      visitsLeft: null,
      deductibleRemainingCents: 0,
      outOfPocketRemainingCents: 290_000,
      reasons: [],
    });
  });

  it('is not eligible on inactive coverage or with the visit limit used up', () => {
    expect(codes(evaluateEligibilityBenefits({ ...benefits, coverageActive: false }, march))).toEqual([
      'billing.eligibility.coverage_inactive',
    ]);
    const used = evaluateEligibilityBenefits(
      { ...benefits, noVisitLimit: false, visitLimit: 20, visitsUsed: 21 },
      march,
    );
    expect(used).toMatchObject({ outcome: 'not_eligible', visitsLeft: 0 });
    expect(codes(used)).toEqual(['billing.eligibility.visit_limit_reached']);
  });

  it('warns about few visits left, authorization, carve-outs and out-of-network', () => {
    const d = evaluateEligibilityBenefits(
      {
        ...benefits,
        noVisitLimit: false,
        visitLimit: 20,
        visitsUsed: 17,
        authorizationRequired: true,
        inNetwork: false,
        behavioralHealthCarveOutPayerId: 'optum-bh' as EligibilityBenefits['payerId'],
      },
      march,
    );
    expect(d).toMatchObject({ outcome: 'eligible_with_warnings', visitsLeft: 3 });
    expect(codes(d)).toEqual([
      'billing.eligibility.authorization_required',
      'billing.eligibility.behavioral_health_carve_out',
      'billing.eligibility.few_visits_left',
      'billing.eligibility.out_of_network',
    ]);
  });

  it('explains a remaining deductible and a met out-of-pocket maximum without warning', () => {
    const d = evaluateEligibilityBenefits(
      { ...benefits, deductibleCents: 150_000, deductibleMetCents: 50_000, outOfPocketMetCents: 300_000 },
      march,
    );
    expect(d).toMatchObject({
      outcome: 'eligible',
      deductibleRemainingCents: 100_000,
      outOfPocketRemainingCents: 0,
    });
    expect(codes(d)).toEqual([
      'billing.eligibility.deductible_not_met',
      'billing.eligibility.out_of_pocket_met',
    ]);
  });

  it('a maximum the 271 did not give is unknown: no remaining figure, never met, and it is said', () => {
    const d = evaluateEligibilityBenefits(
      { ...benefits, outOfPocketMaximumCents: null, outOfPocketMetCents: 0 },
      march,
    );
    expect(d).toMatchObject({ outcome: 'eligible', outOfPocketRemainingCents: null });
    expect(d.reasons).toEqual([
      expect.objectContaining({
        code: 'billing.eligibility.out_of_pocket_maximum_unknown',
        severity: 'info',
        facts: { outOfPocketMetCents: 0, payerKind: null },
      }),
    ]);
  });

  it('none stated, or Original Medicare (no yearly limit by law): nothing is flagged, nothing remains to count', () => {
    for (const none of [{ noOutOfPocketMaximum: true }, { payerKind: 'medicare' as const }]) {
      const d = evaluateEligibilityBenefits({ ...benefits, outOfPocketMaximumCents: null, ...none }, march);
      expect(d).toMatchObject({ outcome: 'eligible', outOfPocketRemainingCents: null, reasons: [] });
    }
    // A Medicare Advantage plan must have one (42 CFR 422.100(f)(4)): null is unknown there.
    const advantage = evaluateEligibilityBenefits(
      { ...benefits, outOfPocketMaximumCents: null, payerKind: 'medicare_advantage' },
      march,
    );
    expect(codes(advantage)).toEqual(['billing.eligibility.out_of_pocket_maximum_unknown']);
  });

  it('property: out_of_pocket_met only on a known maximum reached; unknown said exactly when not known', () => {
    fc.assert(
      fc.property(
        fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: null }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.constantFrom(
          undefined,
          'commercial',
          'medicare',
          'medicare_advantage',
          'medicaid',
          'tricare',
        ) as fc.Arbitrary<EligibilityBenefits['payerKind']>,
        (maximum, met, payerKind) => {
          const metCents = maximum === null ? met : Math.min(met, maximum);
          const d = evaluateEligibilityBenefits(
            {
              ...benefits,
              outOfPocketMaximumCents: maximum,
              outOfPocketMetCents: metCents,
              ...(payerKind === undefined ? {} : { payerKind }),
            },
            march,
          );
          expect(codes(d).includes('billing.eligibility.out_of_pocket_met')).toBe(
            maximum !== null && metCents >= maximum,
          );
          const unknown = maximum === null && !['medicare', 'medicaid'].includes(payerKind ?? '');
          expect(codes(d).includes('billing.eligibility.out_of_pocket_maximum_unknown')).toBe(unknown);
          expect(d.outOfPocketRemainingCents).toBe(maximum === null ? null : maximum - metCents);
        },
      ),
    );
  });

  it('never reports visits left below 0 or above the limit (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 90 }),
        (visitLimit, visitsUsed) => {
          const d = evaluateEligibilityBenefits(
            { ...benefits, noVisitLimit: false, visitLimit, visitsUsed },
            march,
          );
          expect(d.visitsLeft).toBeGreaterThanOrEqual(0);
          expect(d.visitsLeft).toBeLessThanOrEqual(visitLimit);
          expect(d.outcome === 'not_eligible').toBe(visitsUsed >= visitLimit);
        },
      ),
    );
  });

  it('rejects a bad threshold and a bad date by path', () => {
    let error: unknown;
    try {
      evaluateEligibilityBenefits(benefits, { serviceDate: '2026-02-30', fewVisitsLeftAtMost: -1 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => i.at)).toEqual([
      '$.options.serviceDate',
      '$.options.fewVisitsLeftAtMost',
    ]);
  });
});

describe('evaluateEligibilityBenefits: a session outside the verified plan dates', () => {
  it('is undecided on 2027-01-04 for a plan verified through 2026-12-31: coverage then is unknown, not refused', () => {
    const d = evaluateEligibilityBenefits(benefits, { serviceDate: '2027-01-04' });
    expect(d.outcome).toBe('undecided');
    expect(d.reasons[0]).toMatchObject({
      code: 'billing.eligibility.outside_plan_dates',
      severity: 'warning',
      facts: { serviceDate: '2027-01-04' },
    });
    // A known refusal still decides: inactive coverage outside the plan dates is not eligible.
    expect(
      evaluateEligibilityBenefits({ ...benefits, coverageActive: false }, { serviceDate: '2027-01-04' })
        .outcome,
    ).toBe('not_eligible');
  });

  it('property: a date outside the plan is never eligible, and undecided unless a known fact fails', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 800 }), fc.boolean(), fc.boolean(), (days, before, active) => {
        const serviceDate = before ? addDays(benefits.planStartsOn, -days) : addDays('2026-12-31', days);
        const d = evaluateEligibilityBenefits({ ...benefits, coverageActive: active }, { serviceDate });
        expect(d.outcome).toBe(active ? 'undecided' : 'not_eligible');
        expect(codes(d)).toContain('billing.eligibility.outside_plan_dates');
      }),
    );
  });
});

describe('evaluateEligibilityBenefits: a session in another benefit year than the one verified', () => {
  // An open-ended plan verified on 2026-01-05: its totals are the 2026 calendar year's.
  const openEnded = {
    ...benefits,
    planEndsOn: null,
    noVisitLimit: false,
    visitLimit: 20,
    deductibleCents: 50_000,
  };

  it('is undecided on 2027-02-01 when the visits of 2026 were all used, never refused on last year’s count', () => {
    const d = evaluateEligibilityBenefits({ ...openEnded, visitsUsed: 20 }, { serviceDate: '2027-02-01' });
    expect(d.outcome).toBe('undecided');
    expect(d.reasons[0]).toMatchObject({
      code: 'billing.eligibility.outside_verified_benefit_year',
      severity: 'warning',
      facts: {
        serviceDate: '2027-02-01',
        benefitYearStartsOn: '2026-01-01',
        benefitYearEndsOn: '2026-12-31',
      },
    });
    expect(codes(d)).not.toContain('billing.eligibility.visit_limit_reached');
  });

  it('with 17 of 20 used in 2026: undecided, no “3 visits left” nor 2026 deductible for 2027', () => {
    const d = evaluateEligibilityBenefits({ ...openEnded, visitsUsed: 17 }, { serviceDate: '2027-02-01' });
    expect(d.outcome).toBe('undecided');
    expect(codes(d)).not.toContain('billing.eligibility.few_visits_left');
    expect(codes(d)).not.toContain('billing.eligibility.deductible_not_met');
  });

  it('a plan that ended on 2026-12-31 and visits used up: a session on 2027-01-04 is undecided, not refused', () => {
    const d = evaluateEligibilityBenefits(
      { ...benefits, noVisitLimit: false, visitLimit: 20, visitsUsed: 20 },
      { serviceDate: '2027-01-04' },
    );
    expect(d.outcome).toBe('undecided');
    expect(codes(d)).toEqual(['billing.eligibility.outside_plan_dates']);
  });

  it('inside the verified year (2026-12-31) the count still decides: not eligible with the visits used up', () => {
    const d = evaluateEligibilityBenefits({ ...openEnded, visitsUsed: 20 }, { serviceDate: '2026-12-31' });
    expect(d.outcome).toBe('not_eligible');
    expect(codes(d)).toContain('billing.eligibility.visit_limit_reached');
  });

  it('property: outside the verified benefit year, never eligible nor refused on the year’s totals; undecided unless coverage is inactive', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 900 }),
        fc.nat(25),
        fc.boolean(),
        fc.boolean(),
        (days, used, active, before) => {
          const serviceDate = before ? addDays('2026-01-01', -days) : addDays('2026-12-31', days);
          const d = evaluateEligibilityBenefits(
            { ...openEnded, planStartsOn: '2024-01-01', visitsUsed: used, coverageActive: active },
            { serviceDate },
          );
          expect(d.outcome).toBe(active ? 'undecided' : 'not_eligible');
          // Before the plan started (2024-01-01) the plan dates say so; inside them, the benefit year does.
          expect(codes(d)).toContain(
            serviceDate < '2024-01-01'
              ? 'billing.eligibility.outside_plan_dates'
              : 'billing.eligibility.outside_verified_benefit_year',
          );
          for (const code of [
            'billing.eligibility.visit_limit_reached',
            'billing.eligibility.few_visits_left',
            'billing.eligibility.deductible_not_met',
            'billing.eligibility.out_of_pocket_met',
          ])
            expect(codes(d)).not.toContain(code);
        },
      ),
    );
  });
});
