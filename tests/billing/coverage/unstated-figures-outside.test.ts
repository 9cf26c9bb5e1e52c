// bill40, an outside tester's cases: a 271 that states a total and not what is met of it, or no visit limit at
// all. What the response does not state stays unknown (null), never $0 met, no visit used or "no limit"
// [sources: x12-271]; every decision that depends on it (the estimate, the eligibility flags) is undecided.
// Response dated 2026-01-05, plan from 2026-01-01, a session on 2026-03-02.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type EligibilityBenefits,
  estimatePatientShare,
  estimatePatientShareSeries,
  evaluateEligibilityBenefits,
} from '../../../src/billing/index.js';
import { read271 } from '../../../src/billing/x12/index.js';
import { person271 } from '../x12/x12-builders.js';
import { verifiedPlan } from './benefit-fixtures.js';

const read = (lines: string[]) => {
  const [answer] = read271(person271(lines), { clientIds: { 'T-1': 'client-lane' } });
  if (answer?.inNetwork == null) throw new Error('no in-network benefits');
  return { answer, benefits: answer.inNetwork };
};
const codes = (d: { reasons: readonly { code: string }[] }) => d.reasons.map((r) => r.code);
const session = { allowedCents: 20_000, dateOfService: '2026-03-02' };
const march = { serviceDate: '2026-03-02' };
// Active coverage, 20 % coinsurance, a $3,000 maximum with $100 met, no visit limit (EB01 H).
const ACTIVE = 'EB*1*IND*30^MH^A6^A8*PR*GOLD PPO';
const COINSURANCE = 'EB*A*IND*A6*PR****0.2***N*Y';
const MAXIMUM = ['EB*G*IND*30*PR**23*3000*****Y', 'EB*G*IND*30*PR**29*2900*****Y'];
const UNLIMITED = 'EB*H*IND*A6*PR';

describe('a $500 deductible with nothing said of what is met (EB01 C 23 alone)', () => {
  const { answer, benefits } = read([
    ACTIVE,
    COINSURANCE,
    'EB*C*IND*30*PR**23*500*****Y',
    ...MAXIMUM,
    UNLIMITED,
  ]);

  it('reads what is met as null, never $0, and says so', () => {
    expect(benefits).toMatchObject({ deductibleCents: 50_000, deductibleMetCents: null });
    expect(answer.outcome).toBe('benefits_found');
    expect(answer.reasons.find((r) => r.code === 'x12.271.figure_not_stated')?.facts).toEqual({
      network: 'in',
      figures: ['deductible_met'],
    });
  });

  it('leaves the estimate undecided: it said $200, the whole deductible still due', () => {
    const e = estimatePatientShare(benefits, session);
    expect(e).toMatchObject({ outcome: 'undecided', clientShareCents: null });
    expect(e.reasons[0]).toMatchObject({
      code: 'billing.estimate.deductible_met_unknown',
      facts: { deductibleCents: 50_000, shareWithNothingMetCents: 20_000 },
    });
  });

  it('a copay-only plan ($25, not subject to the deductible) is still estimated: the deductible decides nothing', () => {
    const e = estimatePatientShare(
      { ...benefits, copayCents: 2_500, copayBeforeDeductible: true, coinsuranceBasisPoints: 0 },
      session,
    );
    expect(e).toMatchObject({ outcome: 'estimated', clientShareCents: 2_500 });
  });

  it('the flags say what remains is unknown (null), with an info reason, and stay eligible', () => {
    const flags = evaluateEligibilityBenefits(benefits, march);
    expect(flags).toMatchObject({ outcome: 'eligible', deductibleRemainingCents: null });
    expect(codes(flags)).toEqual(['billing.eligibility.deductible_met_unknown']);
  });

  it('a $0 deductible is met by definition: 0, not unknown', () => {
    const zero = read([ACTIVE, COINSURANCE, 'EB*C*IND*30*PR**23*0*****Y', ...MAXIMUM, UNLIMITED]);
    expect(zero.benefits.deductibleMetCents).toBe(0);
    expect(codes(zero.answer)).not.toContain('x12.271.figure_not_stated');
  });

  it('a family that has met its deductible settles the member’s unknown figure: all met', () => {
    const family = read([
      ACTIVE,
      COINSURANCE,
      'EB*C*IND*30*PR**23*500*****Y',
      'EB*C*FAM*30*PR**23*1000*****Y',
      'EB*C*FAM*30*PR**29*0*****Y',
      ...MAXIMUM,
      UNLIMITED,
    ]);
    expect(family.benefits.deductibleMetCents).toBe(50_000);
    // With $200 left for the family, the member's own figure is still unknown (not $300 met).
    const left = read([
      ACTIVE,
      COINSURANCE,
      'EB*C*IND*30*PR**23*500*****Y',
      'EB*C*FAM*30*PR**23*1000*****Y',
      'EB*C*FAM*30*PR**29*200*****Y',
      ...MAXIMUM,
      UNLIMITED,
    ]);
    expect(left.benefits.deductibleMetCents).toBeNull();
  });
});

describe('a $3,000 out-of-pocket maximum with nothing said of what is met (EB01 G 23 alone)', () => {
  const { benefits } = read([
    ACTIVE,
    COINSURANCE,
    'EB*C*IND*30*PR**23*0*****Y',
    'EB*G*IND*30*PR**23*3000*****Y',
    UNLIMITED,
  ]);

  it('reads what is met as null and leaves a $40 share undecided (the maximum could be nearly met)', () => {
    expect(benefits).toMatchObject({ outOfPocketMaximumCents: 300_000, outOfPocketMetCents: null });
    const e = estimatePatientShare(benefits, session);
    expect(e).toMatchObject({ outcome: 'undecided' });
    expect(e.reasons[0]).toMatchObject({
      code: 'billing.estimate.out_of_pocket_met_unknown',
      facts: { outOfPocketMaximumCents: 300_000, shareWithNothingMetCents: 4_000 },
    });
    const flags = evaluateEligibilityBenefits(benefits, march);
    expect(flags).toMatchObject({ outcome: 'eligible', outOfPocketRemainingCents: null });
    expect(codes(flags)).toEqual(['billing.eligibility.out_of_pocket_met_unknown']);
  });

  it('a share of $0 needs no figure: a Qualified Medicare Beneficiary on Medicare Advantage is estimated', () => {
    const e = estimatePatientShare(
      { ...benefits, payerKind: 'medicare_advantage', qualifiedMedicareBeneficiary: true },
      session,
    );
    expect(e).toMatchObject({ outcome: 'estimated', clientShareCents: 0 });
  });
});

describe('visit limits a 271 does not state', () => {
  const PLAN = [ACTIVE, COINSURANCE, 'EB*C*IND*30*PR**23*0*****Y', ...MAXIMUM];

  it('no EB01 F nor H: the limit is unknown (null, no noVisitLimit); estimate and flags undecided', () => {
    const { answer, benefits } = read(PLAN);
    expect(benefits.visitLimit).toBeNull();
    expect(benefits).not.toHaveProperty('noVisitLimit');
    expect(answer.reasons.find((r) => r.code === 'x12.271.figure_not_stated')?.facts).toEqual({
      network: 'in',
      figures: ['visit_limit'],
    });
    const e = estimatePatientShare(benefits, session);
    expect(e).toMatchObject({ outcome: 'undecided', clientShareCents: null });
    expect(codes(e)).toEqual(['billing.estimate.visit_limit_unknown']);
    const flags = evaluateEligibilityBenefits(benefits, march);
    expect(flags).toMatchObject({ outcome: 'undecided', visitsLeft: null });
    expect(codes(flags)).toEqual(['billing.eligibility.visit_limit_unknown']);
  });

  it('20 visits a year with nothing said of those used: visitsUsed null, never 0 used and 20 left', () => {
    const { answer, benefits } = read([...PLAN, 'EB*F*IND*A6*PR**23***VS*20**Y']);
    expect(benefits).toMatchObject({ visitLimit: 20, visitsUsed: null });
    expect(answer.reasons.find((r) => r.code === 'x12.271.figure_not_stated')?.facts).toMatchObject({
      figures: ['visits_used'],
    });
    expect(estimatePatientShare(benefits, session).reasons[0]).toMatchObject({
      code: 'billing.estimate.visit_limit_unknown',
      facts: { visitLimit: 20, visitsUsed: null },
    });
    const flags = evaluateEligibilityBenefits(benefits, march);
    expect(flags).toMatchObject({ outcome: 'undecided', visitsLeft: null });
  });

  it('EB01 H (unlimited) is the payer saying there is none: estimated, eligible', () => {
    const { benefits } = read([...PLAN, UNLIMITED]);
    expect(benefits).toMatchObject({ visitLimit: null, noVisitLimit: true });
    expect(estimatePatientShare(benefits, session)).toMatchObject({
      outcome: 'estimated',
      clientShareCents: 4_000,
    });
    expect(evaluateEligibilityBenefits(benefits, march).outcome).toBe('eligible');
  });

  it('an unknown limit never hides what is known to fail: inactive coverage is still not eligible', () => {
    const { benefits } = read(PLAN);
    const flags = evaluateEligibilityBenefits({ ...benefits, coverageActive: false }, march);
    expect(flags.outcome).toBe('not_eligible');
    expect(estimatePatientShare({ ...benefits, inNetwork: false }, session).outcome).toBe('out_of_network');
  });

  it('refuses noVisitLimit beside a limit, by path and code', () => {
    expect(() =>
      estimatePatientShare({ ...verifiedPlan, noVisitLimit: true, visitLimit: 20 }, session),
    ).toThrow(
      expect.objectContaining({
        issues: [
          expect.objectContaining({
            at: '$.benefits.noVisitLimit',
            code: 'billing.eligibility.no_visit_limit_with_limit',
          }),
        ],
      }),
    );
  });

  it('a series keeps an unknown figure unknown: a QMB’s $0 sessions accrue nothing into a null deductible met', () => {
    const b: EligibilityBenefits = {
      ...verifiedPlan,
      payerKind: 'medicare',
      qualifiedMedicareBeneficiary: true,
      deductibleMetCents: null,
    };
    const shares = estimatePatientShareSeries(b, [session, { ...session, dateOfService: '2026-03-09' }]);
    expect(shares.map((e) => [e.outcome, e.clientShareCents])).toEqual([
      ['estimated', 0],
      ['estimated', 0],
    ]);
  });
});

describe('properties: an estimate made with a figure unknown holds whatever the figure is', () => {
  const known = fc.record({
    copayCents: fc.integer({ min: 0, max: 5_000 }),
    copayBeforeDeductible: fc.boolean(),
    coinsuranceBasisPoints: fc.integer({ min: 0, max: 10_000 }),
    deductibleCents: fc.integer({ min: 0, max: 100_000 }),
    outOfPocketMaximumCents: fc.integer({ min: 0, max: 300_000 }),
    allowedCents: fc.integer({ min: 0, max: 50_000 }),
    qmb: fc.constantFrom(undefined, true, false),
    payerKind: fc.constantFrom(undefined, 'commercial', 'medicare_advantage', 'medicaid'),
  });

  it('with the deductible met or the out-of-pocket met unknown, an estimate given is the one every met amount gives', () => {
    fc.assert(
      fc.property(
        known,
        fc.constantFrom('deductible', 'out_of_pocket'),
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 4 }),
        (k, which, shares) => {
          const base: EligibilityBenefits = {
            ...verifiedPlan,
            copayCents: k.copayCents,
            copayBeforeDeductible: k.copayBeforeDeductible,
            coinsuranceBasisPoints: k.coinsuranceBasisPoints,
            deductibleCents: k.deductibleCents,
            deductibleMetCents: 0,
            outOfPocketMaximumCents: k.outOfPocketMaximumCents,
            outOfPocketMetCents: 0,
            ...(k.payerKind === undefined ? {} : { payerKind: k.payerKind }),
            ...(k.qmb === undefined ? {} : { qualifiedMedicareBeneficiary: k.qmb }),
            ...(k.payerKind === 'medicaid' ? { clientBirthDate: '1990-01-01' } : {}),
          };
          const total = which === 'deductible' ? k.deductibleCents : k.outOfPocketMaximumCents;
          const field = which === 'deductible' ? 'deductibleMetCents' : 'outOfPocketMetCents';
          const request = {
            allowedCents: k.allowedCents,
            dateOfService: '2026-03-02',
            medicaidExemptions: [],
          };
          const unknown = estimatePatientShare({ ...base, [field]: null }, request);
          if (unknown.outcome === 'undecided') return;
          for (const share of shares) {
            const met = Math.floor((total * share) / 100);
            const e = estimatePatientShare({ ...base, [field]: met }, request);
            expect([e.outcome, e.clientShareCents]).toEqual([unknown.outcome, unknown.clientShareCents]);
          }
        },
      ),
    );
  });

  it('with the visit limit or the visits used unknown, the session is never estimated nor refused on visits', () => {
    fc.assert(
      fc.property(
        fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
        fc.boolean(),
        fc.boolean(),
        (visitLimit, coverageActive, inNetwork) => {
          const b: EligibilityBenefits = {
            ...verifiedPlan,
            noVisitLimit: false,
            visitLimit,
            visitsUsed: null,
            coverageActive,
            inNetwork,
          };
          const e = estimatePatientShare(b, session);
          expect(e.outcome).not.toBe('estimated');
          expect(codes(e)).not.toContain('billing.estimate.visit_limit_reached');
          const flags = evaluateEligibilityBenefits(b, march);
          expect(['undecided', 'not_eligible']).toContain(flags.outcome);
          expect(flags.outcome === 'not_eligible').toBe(!coverageActive);
        },
      ),
    );
  });
});
