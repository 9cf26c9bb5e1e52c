// A Medicaid client's exemptions from cost sharing (42 CFR 447.56(a)) and the household's 5 % aggregate limit
// (447.56(f)); pregnancy exempts every service from 2024-06-03 (89 FR 22780). An exemption not checked leaves
// the estimate undecided: never a copayment billed on a guess.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageOn } from '../../../src/billing/coverage/medicaid-exemption.js';
import {
  estimatePatientShare,
  estimatePatientShareSeries,
  type MedicaidCostSharingExemption,
} from '../../../src/billing/index.js';
import { verifiedPlan } from './benefit-fixtures.js';

const codes = (reasons: readonly { code: string }[]) => reasons.map((r) => r.code);

// A state Medicaid plan verified 2026-01-05 with a $3 copayment (within 447.52(b)'s nominal maximum), the
// client known not to be a Qualified Medicare Beneficiary; a $90 session on 2026-03-02.
const medicaidPlan = {
  ...verifiedPlan,
  payerKind: 'medicaid' as const,
  qualifiedMedicareBeneficiary: false,
  copayCents: 300,
  copayBeforeDeductible: true,
  deductibleCents: 0,
  deductibleMetCents: 0,
  coinsuranceBasisPoints: 0,
  outOfPocketMaximumCents: null,
  outOfPocketMetCents: 0,
};
const session = { allowedCents: 9_000, dateOfService: '2026-03-02' };

const EXEMPTIONS: readonly MedicaidCostSharingExemption[] = [
  'child_exempt_group',
  'foster_care_or_adoption_assistance',
  'pregnant_or_postpartum',
  'institutionalized',
  'hospice',
  'indian_health_care_provider',
  'breast_cervical_cancer_program',
  'emergency_service',
  'family_planning_service',
  'pregnancy_related_service',
  'child_preventive_service',
  'provider_preventable_service',
];

describe('estimatePatientShare: Medicaid cost-sharing exemptions (42 CFR 447.56(a))', () => {
  it('a 12-year-old (born 2013-09-14) on 2026-03-02 owes no copayment: under 18 in the mandatory groups', () => {
    const e = estimatePatientShare({ ...medicaidPlan, clientBirthDate: '2013-09-14' }, session);
    expect(e).toMatchObject({
      outcome: 'estimated',
      clientShareCents: 0,
      payerShareCents: 9_000,
      breakdown: { copayCents: 0, deductibleCents: 0, coinsuranceCents: 0 },
    });
    expect(e.reasons[0]).toMatchObject({
      code: 'billing.estimate.medicaid_cost_sharing_exempt',
      facts: { age: 12, exemptions: ['child_exempt_group'], costSharingCents: 300 },
    });
  });

  it('17 the day before the 18th birthday is exempt; on the birthday (2008-03-02 → 2026-03-02) the age exemption ends', () => {
    const seventeen = estimatePatientShare({ ...medicaidPlan, clientBirthDate: '2008-03-03' }, session);
    expect(seventeen).toMatchObject({ outcome: 'estimated', clientShareCents: 0 });
    const eighteen = estimatePatientShare(
      { ...medicaidPlan, clientBirthDate: '2008-03-02' },
      { ...session, medicaidExemptions: [] },
    );
    expect(eighteen).toMatchObject({ outcome: 'estimated', clientShareCents: 300 });
    // Without the list, an 18-year-old's other exemptions are unknown: undecided.
    const unknown = estimatePatientShare({ ...medicaidPlan, clientBirthDate: '2008-03-02' }, session);
    expect(unknown).toMatchObject({ outcome: 'undecided', clientShareCents: null });
    expect(codes(unknown.reasons)).toEqual(['billing.estimate.medicaid_exemption_unknown']);
    expect(unknown.reasons[0]?.facts).toMatchObject({ age: 18 });
  });

  it('a 19-year-old in a state that exempts children up to 21 (listed child_exempt_group): $0', () => {
    const e = estimatePatientShare(
      { ...medicaidPlan, clientBirthDate: '2006-07-01' },
      { ...session, medicaidExemptions: ['child_exempt_group'] },
    );
    expect(e).toMatchObject({ outcome: 'estimated', clientShareCents: 0 });
    expect(e.reasons[0]?.facts).toMatchObject({ age: 19, exemptions: ['child_exempt_group'] });
  });

  it('a pregnant client on 2026-03-02 owes nothing for any service (89 FR 22780, from 2024-06-03), psychotherapy included', () => {
    const e = estimatePatientShare(medicaidPlan, {
      ...session,
      medicaidExemptions: ['pregnant_or_postpartum'],
    });
    expect(e).toMatchObject({ outcome: 'estimated', clientShareCents: 0 });
    const plan2024 = {
      ...medicaidPlan,
      planStartsOn: '2024-01-01',
      planEndsOn: '2024-12-31',
      verifiedOn: '2024-01-05',
    };
    const firstDay = estimatePatientShare(plan2024, {
      ...session,
      dateOfService: '2024-06-03',
      medicaidExemptions: ['pregnant_or_postpartum'],
    });
    expect(firstDay).toMatchObject({ outcome: 'estimated', clientShareCents: 0 });
  });

  it('a pregnant client on 2024-05-20 (before the 2024 rule): undecided unless the session is pregnancy-related', () => {
    const plan = {
      ...medicaidPlan,
      planStartsOn: '2024-01-01',
      planEndsOn: '2024-12-31',
      verifiedOn: '2024-01-05',
    };
    const e = estimatePatientShare(plan, {
      ...session,
      dateOfService: '2024-05-20',
      medicaidExemptions: ['pregnant_or_postpartum'],
    });
    expect(e).toMatchObject({ outcome: 'undecided', clientShareCents: null });
    expect(e.reasons[0]).toMatchObject({
      code: 'billing.estimate.medicaid_pregnancy_service_unknown',
      facts: { allServicesExemptFrom: '2024-06-03' },
    });
    const related = estimatePatientShare(plan, {
      ...session,
      dateOfService: '2024-05-20',
      medicaidExemptions: ['pregnant_or_postpartum', 'pregnancy_related_service'],
    });
    expect(related).toMatchObject({ outcome: 'estimated', clientShareCents: 0 });
    expect(related.reasons[0]?.facts).toMatchObject({ exemptions: ['pregnancy_related_service'] });
  });

  it.each([
    ['hospice', 'a client in hospice care'],
    ['institutionalized', 'a nursing-facility resident whose income goes to the cost of care'],
    ['indian_health_care_provider', 'an Alaska Native client ever served by a tribal clinic'],
    ['breast_cervical_cancer_program', 'a client in the breast and cervical cancer program'],
    ['foster_care_or_adoption_assistance', 'a youth in foster care'],
    ['emergency_service', 'an emergency service'],
    ['family_planning_service', 'a family planning service'],
  ] as const)('%s: %s owes no copayment on 2026-03-02', (exemption, _who) => {
    const e = estimatePatientShare(medicaidPlan, { ...session, medicaidExemptions: [exemption] });
    expect(e).toMatchObject({ outcome: 'estimated', clientShareCents: 0, payerShareCents: 9_000 });
    expect(e.reasons[0]).toMatchObject({
      code: 'billing.estimate.medicaid_cost_sharing_exempt',
      facts: { exemptions: [exemption] },
    });
  });

  it('exemptions not checked on a Medicaid managed care plan with a $3 copayment: undecided (it was $3)', () => {
    const e = estimatePatientShare({ ...medicaidPlan, payerKind: 'medicaid_managed_care' }, session);
    expect(e).toMatchObject({ outcome: 'undecided', clientShareCents: null, breakdown: null });
    expect(codes(e.reasons)).toEqual(['billing.estimate.medicaid_exemption_unknown']);
  });

  it('no cost sharing to hold: estimated $0 whether or not the exemptions were checked', () => {
    const e = estimatePatientShare({ ...medicaidPlan, copayCents: 0 }, session);
    expect(e).toMatchObject({ outcome: 'estimated', clientShareCents: 0 });
  });

  it('the exemptions are Medicaid’s: a commercial plan’s copay stands for a client listed in hospice', () => {
    const e = estimatePatientShare(
      {
        ...medicaidPlan,
        payerKind: 'commercial',
        copayCents: 2_500,
        outOfPocketMaximumCents: 300_000,
        clientBirthDate: '2015-01-01',
      },
      { ...session, medicaidExemptions: ['hospice'] },
    );
    expect(e).toMatchObject({ outcome: 'estimated', clientShareCents: 2_500 });
  });

  it('an exemption is checked before the QMB status: a child with the QMB status unknown owes $0', () => {
    const { qualifiedMedicareBeneficiary: _, ...unknownQmb } = medicaidPlan;
    const e = estimatePatientShare({ ...unknownQmb, clientBirthDate: '2016-05-05' }, session);
    expect(e).toMatchObject({ outcome: 'estimated', clientShareCents: 0 });
  });

  it('a series: an exempt child’s sessions accrue nothing toward the deductible, and each uses a visit', () => {
    const plan = {
      ...medicaidPlan,
      clientBirthDate: '2014-02-10',
      copayBeforeDeductible: false,
      deductibleCents: 5_000,
      noVisitLimit: false,
      visitLimit: 2,
    };
    const s = estimatePatientShareSeries(plan, [
      session,
      { ...session, dateOfService: '2026-03-09' },
      { ...session, dateOfService: '2026-03-16' },
    ]);
    expect(s.map((e) => [e.outcome, e.clientShareCents])).toEqual([
      ['estimated', 0],
      ['estimated', 0],
      ['not_covered', 9_000],
    ]);
  });

  it('ageOn counts whole years; a February 29 birthday turns a year older on March 1 of a common year', () => {
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
    expect(ageOn('2008-02-29', '2024-02-29')).toBe(16);
  });

  it('property: any exemption that holds (pregnancy from 2024-06-03) leaves the client $0, whatever the plan charges', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('medicaid' as const, 'medicaid_managed_care' as const),
        fc.subarray([...EXEMPTIONS], { minLength: 1 }),
        fc.option(fc.boolean(), { nil: undefined }),
        fc.integer({ min: 0, max: 5_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 50_000 }),
        (payerKind, exemptions, qmb, copayCents, coinsuranceBasisPoints, allowedCents) => {
          const { qualifiedMedicareBeneficiary: _, ...rest } = medicaidPlan;
          const e = estimatePatientShare(
            {
              ...rest,
              payerKind,
              copayCents,
              copayBeforeDeductible: false,
              coinsuranceBasisPoints,
              ...(qmb === undefined ? {} : { qualifiedMedicareBeneficiary: qmb }),
            },
            { allowedCents, dateOfService: '2026-03-02', medicaidExemptions: exemptions },
          );
          expect(e).toMatchObject({
            outcome: 'estimated',
            clientShareCents: 0,
            payerShareCents: allowedCents,
          });
        },
      ),
    );
  });

  it('property: with the exemptions unchecked and no birth date under 18, a Medicaid client is never billed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 50_000 }),
        fc.option(fc.integer({ min: 1930, max: 2008 }), { nil: undefined }),
        (copayCents, coinsuranceBasisPoints, allowedCents, birthYear) => {
          const e = estimatePatientShare(
            {
              ...medicaidPlan,
              copayCents,
              copayBeforeDeductible: false,
              coinsuranceBasisPoints,
              ...(birthYear === undefined ? {} : { clientBirthDate: `${birthYear}-01-15` }),
            },
            { allowedCents, dateOfService: '2026-03-02' },
          );
          expect(e.clientShareCents === null || e.clientShareCents === 0).toBe(true);
        },
      ),
    );
  });
});

describe('estimatePatientShare: the household’s 5 % aggregate limit (42 CFR 447.56(f))', () => {
  const checked = { ...session, medicaidExemptions: [] };

  it('the household’s spending unknown: the $3 copayment stands with a warning that the limit was not checked', () => {
    const e = estimatePatientShare(medicaidPlan, checked);
    expect(e).toMatchObject({ outcome: 'estimated', clientShareCents: 300 });
    expect(codes(e.reasons)).toEqual([
      'billing.estimate.copay_applied',
      'billing.estimate.medicaid_aggregate_limit_unchecked',
    ]);
    expect(e.reasons[1]).toMatchObject({ severity: 'warning', facts: { aggregateLimitBasisPoints: 500 } });
  });

  it('$1.50 left under the limit this quarter: the client owes $1.50 of the $3 copayment', () => {
    const e = estimatePatientShare(medicaidPlan, { ...checked, medicaidAggregateRemainingCents: 150 });
    expect(e).toMatchObject({
      outcome: 'estimated',
      clientShareCents: 150,
      payerShareCents: 8_850,
      breakdown: { copayCents: 150, outOfPocketCapCents: 150 },
    });
    expect(e.reasons.at(-1)).toMatchObject({
      code: 'billing.estimate.medicaid_aggregate_limit_applied',
      facts: { clientShareBeforeCents: 300, aggregateRemainingCents: 150, heldCents: 150 },
    });
  });

  it('the limit reached ($0 left): $0; room enough ($5 left): the $3 stands with no warning', () => {
    expect(
      estimatePatientShare(medicaidPlan, { ...checked, medicaidAggregateRemainingCents: 0 }).clientShareCents,
    ).toBe(0);
    const room = estimatePatientShare(medicaidPlan, { ...checked, medicaidAggregateRemainingCents: 500 });
    expect(room).toMatchObject({ clientShareCents: 300 });
    expect(codes(room.reasons)).not.toContain('billing.estimate.medicaid_aggregate_limit_unchecked');
  });

  it('a commercial plan carries no Medicaid limit warning', () => {
    const e = estimatePatientShare({ ...medicaidPlan, payerKind: 'commercial' }, checked);
    expect(codes(e.reasons)).not.toContain('billing.estimate.medicaid_aggregate_limit_unchecked');
  });

  it('property: a Medicaid share never exceeds the room left, and the shares add up to the allowed amount', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 1_000 }),
        fc.integer({ min: 0, max: 30_000 }),
        fc.integer({ min: 0, max: 1_000 }),
        (copayCents, coinsuranceBasisPoints, allowedCents, remaining) => {
          const e = estimatePatientShare(
            { ...medicaidPlan, copayCents, copayBeforeDeductible: false, coinsuranceBasisPoints },
            {
              allowedCents,
              dateOfService: '2026-03-02',
              medicaidExemptions: [],
              medicaidAggregateRemainingCents: remaining,
            },
          );
          if (e.outcome === 'undecided') return;
          expect(e.clientShareCents).toBeLessThanOrEqual(remaining);
          expect(e.clientShareCents + e.payerShareCents).toBe(allowedCents);
          const b = e.breakdown;
          expect(b.copayCents + b.deductibleCents + b.coinsuranceCents).toBe(e.clientShareCents);
        },
      ),
    );
  });
});
