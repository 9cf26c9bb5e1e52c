// bill39, an outside tester's cases: a 271 or a coverage record that gives no out-of-pocket maximum. The maximum
// is then unknown, never $0, met or none: a plan near its maximum owes the client the difference, so the estimate
// of a share above $0 is undecided [sources: cfr-45-156.130, cfr-42-422.100]; only Original Medicare has none by
// law [sources: medicare-gov-original-vs-advantage]. Response dated 2026-01-05, a session on 2026-03-02.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  estimatePatientShare,
  estimatePatientShareBatch,
  evaluateEligibilityBenefits,
} from '../../../src/billing/index.js';
import { read271 } from '../../../src/billing/x12/index.js';
import { person271 } from '../x12/x12-builders.js';

const read = (lines: string[]) => {
  const [answer] = read271(person271(lines), { clientIds: { 'T-1': 'client-lane' } });
  if (answer?.inNetwork == null) throw new Error('no in-network benefits');
  return answer.inNetwork;
};
// Active behavioral-health coverage, 20 % coinsurance, a $500 deductible all met, no visit limit (EB01 H).
const PLAN = [
  'EB*1*IND*30^MH^A6^A8*PR*GOLD PPO',
  'EB*H*IND*A6*PR',
  'EB*A*IND*A6*PR****0.2***N*Y',
  'EB*C*IND*30*PR**23*500*****Y',
  'EB*C*IND*30*PR**29*0*****Y',
];
const session = { allowedCents: 20_000, dateOfService: '2026-03-02' };

describe('a 271 without an out-of-pocket maximum (no EB01 G)', () => {
  const benefits = read(PLAN);

  it('reads the maximum as null, the flags say it is unknown, and nothing remains to count (never 0)', () => {
    expect(benefits.outOfPocketMaximumCents).toBeNull();
    const flags = evaluateEligibilityBenefits(benefits, { serviceDate: '2026-03-02' });
    expect(flags).toMatchObject({ outcome: 'eligible', outOfPocketRemainingCents: null });
    expect(flags.reasons.map((r) => r.code)).toEqual(['billing.eligibility.out_of_pocket_maximum_unknown']);
  });

  it('leaves the $40 share (20 % of $200) undecided: it said $40, uncapped', () => {
    const e = estimatePatientShare(benefits, session);
    expect(e).toMatchObject({ outcome: 'undecided', clientShareCents: null, breakdown: null });
    expect(e.reasons[0]).toMatchObject({
      code: 'billing.estimate.out_of_pocket_maximum_unknown',
      facts: { shareBeforeMaximumCents: 4_000 },
    });
  });

  it('with the maximum given ($3,000, $2,980 met: EB01 G 23 and 29), the cap binds: $20, not $40', () => {
    const e = estimatePatientShare(
      read([...PLAN, 'EB*G*IND*30*PR**23*3000*****Y', 'EB*G*IND*30*PR**29*20*****Y']),
      session,
    );
    expect(e).toMatchObject({
      outcome: 'estimated',
      clientShareCents: 2_000,
      breakdown: { coinsuranceCents: 2_000, outOfPocketCapCents: 2_000 },
    });
  });

  it('the batch says the same per record, and reads nothing as $0', () => {
    const batch = estimatePatientShareBatch([
      { benefits, request: session },
      { benefits: { ...benefits, noOutOfPocketMaximum: true }, request: session },
    ]);
    expect(batch.estimates.map((x) => [x.estimate.outcome, x.estimate.clientShareCents])).toEqual([
      ['undecided', null],
      ['estimated', 4_000],
    ]);
  });
});

describe('a coverage record kept by hand, the same maximum left out', () => {
  const record = {
    clientId: 'cl-jo',
    payerId: 'bcbs-ppo',
    verifiedOn: '2026-01-05',
    coverageActive: true,
    inNetwork: true,
    planStartsOn: '2026-01-01',
    planEndsOn: '2026-12-31',
    copayCents: 3_000,
    copayBeforeDeductible: true,
    coinsuranceBasisPoints: 0,
    deductibleCents: 0,
    deductibleMetCents: 0,
    outOfPocketMaximumCents: null,
    outOfPocketMetCents: 0,
    visitLimit: null,
    noVisitLimit: true,
    visitsUsed: 0,
    authorizationRequired: false,
  };

  it('a $30 copay plan: undecided on a commercial plan and on a Medicare Advantage one (which must have a maximum)', () => {
    for (const payerKind of [undefined, 'commercial', 'medicare_advantage'] as const) {
      const b =
        payerKind === undefined ? record : { ...record, payerKind, qualifiedMedicareBeneficiary: false };
      expect(estimatePatientShare(b, session).outcome).toBe('undecided');
    }
  });

  it('Original Medicare: 20 % after the Part B deductible, uncapped by law, estimated with the reason', () => {
    const e = estimatePatientShare(
      {
        ...record,
        payerKind: 'medicare',
        qualifiedMedicareBeneficiary: false,
        copayCents: 0,
        copayBeforeDeductible: false,
        coinsuranceBasisPoints: 2_000,
        // The 2026 Part B deductible, met.
        deductibleCents: 28_300,
        deductibleMetCents: 28_300,
      },
      session,
    );
    expect(e).toMatchObject({ outcome: 'estimated', clientShareCents: 4_000 });
    expect(e.reasons.map((r) => r.code)).toEqual([
      'billing.estimate.coinsurance_applied',
      'billing.estimate.no_out_of_pocket_maximum',
    ]);
  });

  it('a $0 maximum is a figure, not a missing one: nothing is owed and nothing is undecided', () => {
    const e = estimatePatientShare({ ...record, outOfPocketMaximumCents: 0 }, session);
    expect(e).toMatchObject({ outcome: 'estimated', clientShareCents: 0, payerShareCents: 20_000 });
  });
});

describe('property: a null maximum is never read as $0, met or none', () => {
  it('whatever the payer kind, QMB status, cost sharing and amount, a share above $0 is given only where no maximum exists by law or by the payer’s word', () => {
    const record = read(PLAN);
    fc.assert(
      fc.property(
        fc.constantFrom(
          undefined,
          'medicare',
          'medicare_advantage',
          'medicaid',
          'medicaid_managed_care',
          'commercial',
          'tricare',
          'other',
        ),
        fc.option(fc.boolean(), { nil: undefined }),
        fc.option(fc.constant(true), { nil: undefined }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 0, max: 500_000 }),
        (payerKind, qmb, none, coinsurance, allowedCents, outOfPocketMetCents) => {
          const b = {
            ...record,
            coinsuranceBasisPoints: coinsurance,
            outOfPocketMetCents,
            ...(payerKind === undefined ? {} : { payerKind }),
            ...(qmb === undefined ? {} : { qualifiedMedicareBeneficiary: qmb }),
            ...(none === undefined ? {} : { noOutOfPocketMaximum: none }),
          };
          const e = estimatePatientShare(b, {
            allowedCents,
            dateOfService: '2026-03-02',
            medicaidExemptions: [],
          });
          const noneKnown =
            none === true || payerKind === 'medicare' || payerKind?.startsWith('medicaid') === true;
          if (e.outcome !== 'undecided' && e.clientShareCents > 0) expect(noneKnown).toBe(true);
          const flags = evaluateEligibilityBenefits(b, { serviceDate: '2026-03-02' });
          expect(flags.outOfPocketRemainingCents).toBeNull();
          expect(flags.reasons.some((r) => r.code === 'billing.eligibility.out_of_pocket_met')).toBe(false);
          expect(
            flags.reasons.some((r) => r.code === 'billing.eligibility.out_of_pocket_maximum_unknown'),
          ).toBe(!noneKnown);
        },
      ),
    );
  });
});
