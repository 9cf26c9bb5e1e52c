// A Qualified Medicare Beneficiary (QMB) is never billed Medicare deductible, coinsurance or copayment,
// Original Medicare or Medicare Advantage, whatever Medicaid pays (SSA 1902(n)(3)(B); CMS MLN6739136):
// triage, posting and the estimate hold it off the client; unknown status for a Medicare client is undecided.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PayerKind } from '../../../src/billing/coverage/payer-profile.js';
import {
  type ClaimBalance,
  estimatePatientShare,
  estimatePatientShareSeries,
  getClientResponsibilityTotal,
  listDenialsToWork,
  postRemittance,
  triageDenial,
} from '../../../src/billing/index.js';
import type { RemittanceInput } from '../../../src/billing/remittance/remittance.js';
import { claim, MEDICARE } from '../claims/claim-fixtures.js';
import { verifiedPlan } from '../coverage/benefit-fixtures.js';

const KINDS: readonly PayerKind[] = [
  'medicare',
  'medicare_advantage',
  'medicaid',
  'medicaid_managed_care',
  'commercial',
  'tricare',
  'other',
];
const isMedicare = (k: PayerKind | undefined) => k === 'medicare' || k === 'medicare_advantage';
const codes = (reasons: readonly { code: string }[]) => reasons.map((r) => r.code);

// A 90834 on 2026-03-02 billed at $150 to Medicare: allowed $100, paid $78.40, 20 % coinsurance $20, 2 %
// sequestration $1.60, fee-schedule write-off $50; remittance dated 2026-03-20.
const medicareClaim = claim({ payerId: MEDICARE.payerId });
const medicareEra = (
  share: { carc: '1' | '2' | '3'; amountCents: number },
  paidCents = 7_840,
  claimStatusCode?: '1' | '19',
): RemittanceInput => ({
  remittanceId: 'era-2026-03-20',
  payerId: MEDICARE.payerId,
  paidOn: '2026-03-20',
  claims: [
    {
      claimId: 'claim-1',
      chargeCents: 15_000,
      paidCents,
      ...(claimStatusCode === undefined ? {} : { claimStatusCode }),
      lines: [
        {
          lineRef: '1',
          procedureCode: '90834',
          chargeCents: 15_000,
          paidCents,
          adjustments: [
            { group: 'CO', carc: '45', amountCents: 15_000 - paidCents - share.amountCents - 160 },
            { group: 'PR', carc: share.carc, amountCents: share.amountCents },
            { group: 'CO', carc: '253', amountCents: 160 },
          ],
        },
      ],
    },
  ],
});

describe('triageDenial: Medicare cost sharing and a Qualified Medicare Beneficiary', () => {
  const coinsurance = { group: 'PR' as const, carc: '2', amountCents: 2_000 };

  it('PR-2 $20 from Medicare for a QMB: not the client’s, check the Medicaid crossover', () => {
    const d = triageDenial(coinsurance, {
      payerKind: 'medicare',
      hasSecondaryCoverage: true,
      qualifiedMedicareBeneficiary: true,
    });
    expect(d).toMatchObject({
      outcome: 'classified',
      clientBillable: false,
      action: 'verify_coverage_and_rebill',
      owner: 'biller',
    });
    expect(codes(d.reasons)).toContain('billing.denial.qmb_cost_sharing_not_client');
  });

  it('the same for a Medicare Advantage plan, even with no secondary coverage recorded', () => {
    const d = triageDenial(
      { group: 'PR', carc: '3', amountCents: 2_500 },
      { payerKind: 'medicare_advantage', hasSecondaryCoverage: false, qualifiedMedicareBeneficiary: true },
    );
    expect(d).toMatchObject({ clientBillable: false, action: 'verify_coverage_and_rebill' });
  });

  it('QMB status unknown on a Medicare deductible: undecided, never billed', () => {
    const d = triageDenial(
      { group: 'PR', carc: '1', amountCents: 25_700 },
      { payerKind: 'medicare', hasSecondaryCoverage: false },
    );
    expect(d).toMatchObject({ outcome: 'undecided', clientBillable: false, action: 'review_manually' });
    expect(codes(d.reasons)).toContain('billing.denial.qmb_status_unknown');
  });

  it('a Medicare client known not to be a QMB owes the coinsurance, as before', () => {
    const d = triageDenial(coinsurance, {
      payerKind: 'medicare',
      hasSecondaryCoverage: false,
      qualifiedMedicareBeneficiary: false,
    });
    expect(d).toMatchObject({ outcome: 'classified', clientBillable: true, action: 'bill_client' });
  });

  it('a QMB with the payer’s kind unknown: undecided; a commercial plan’s copay is not Medicare’s', () => {
    const unknownKind = triageDenial(coinsurance, {
      hasSecondaryCoverage: false,
      qualifiedMedicareBeneficiary: true,
    });
    expect(unknownKind).toMatchObject({ outcome: 'undecided', clientBillable: false });
    expect(codes(unknownKind.reasons)).toContain('billing.denial.qmb_payer_kind_unknown');
    const commercial = triageDenial(coinsurance, {
      payerKind: 'commercial',
      hasSecondaryCoverage: false,
      qualifiedMedicareBeneficiary: true,
    });
    expect(commercial).toMatchObject({ outcome: 'classified', clientBillable: true });
  });

  it('a non-covered service (PR-204) is not cost sharing: the QMB rule does not hold it', () => {
    const d = triageDenial(
      { group: 'PR', carc: '204', amountCents: 15_000 },
      { payerKind: 'medicare', hasSecondaryCoverage: false, qualifiedMedicareBeneficiary: true },
    );
    expect(codes(d.reasons)).not.toContain('billing.denial.qmb_cost_sharing_not_client');
  });

  it('property: Medicare cost sharing is never the client’s unless the client is known not to be a QMB', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('1', '2', '3'),
        fc.option(fc.constantFrom(...KINDS), { nil: undefined }),
        fc.option(fc.boolean(), { nil: undefined }),
        fc.option(fc.boolean(), { nil: undefined }),
        fc.option(fc.boolean(), { nil: undefined }),
        fc.option(fc.boolean(), { nil: undefined }),
        fc.integer({ min: 1, max: 1_000_000 }),
        (carc, payerKind, qmb, secondary, inNetwork, medicaidCostSharing, amountCents) => {
          const d = triageDenial(
            { group: 'PR', carc, amountCents },
            {
              ...(payerKind === undefined ? {} : { payerKind }),
              ...(qmb === undefined ? {} : { qualifiedMedicareBeneficiary: qmb }),
              ...(secondary === undefined ? {} : { hasSecondaryCoverage: secondary }),
              ...(inNetwork === undefined ? {} : { inNetwork }),
              ...(medicaidCostSharing === undefined ? {} : { medicaidCostSharing }),
            },
          );
          if (isMedicare(payerKind) && qmb !== false) {
            expect(d.clientBillable).toBe(false);
            expect(d.action).not.toBe('bill_client');
          }
          if (payerKind === undefined && qmb === true) expect(d.outcome).toBe('undecided');
          if (isMedicare(payerKind) && qmb === undefined) expect(d.outcome).toBe('undecided');
        },
      ),
    );
  });
});

describe('postRemittance: a QMB’s Medicare cost sharing is never posted to the client', () => {
  const post = (era: RemittanceInput, options: Parameters<typeof postRemittance>[3]) =>
    postRemittance(era, [medicareClaim], [], options);

  it('coinsurance $20 on 2026-03-02 for a QMB: held among the denied amounts, status paid, crossover said', () => {
    const r = post(medicareEra({ carc: '2', amountCents: 2_000 }), {
      payerKind: 'medicare',
      inNetwork: true,
      hasSecondaryCoverage: true,
      qualifiedMedicareBeneficiary: true,
    });
    const b = r.balances[0] as ClaimBalance;
    expect(getClientResponsibilityTotal(b)).toBe(0);
    expect(b).toMatchObject({ deniedCents: 2_000, paidCents: 7_840, denials: [] });
    expect(r.results[0]?.suggestedStatus).toBe('paid');
    expect(codes(r.results[0]?.reasons ?? [])).toContain('billing.denial.qmb_cost_sharing_not_client');
  });

  it('QMB status unknown (Medicare Advantage deductible $257, nothing paid): held, undecided, still paid', () => {
    const r = post(medicareEra({ carc: '1', amountCents: 15_000 - 160 - 4_840 }, 0), {
      payerKind: 'medicare_advantage',
      inNetwork: true,
      hasSecondaryCoverage: false,
    });
    const b = r.balances[0] as ClaimBalance;
    expect(getClientResponsibilityTotal(b)).toBe(0);
    expect(b.deniedCents).toBe(10_000);
    expect(r.results[0]?.suggestedStatus).toBe('paid');
    expect(codes(r.results[0]?.reasons ?? [])).toContain('billing.denial.qmb_status_unknown');
  });

  it('known not to be a QMB: the $20 coinsurance is the client’s share, as the payer assigned it', () => {
    const r = post(medicareEra({ carc: '2', amountCents: 2_000 }), {
      payerKind: 'medicare',
      inNetwork: true,
      hasSecondaryCoverage: false,
      qualifiedMedicareBeneficiary: false,
    });
    expect(r.balances[0]?.clientResponsibility.coinsuranceCents).toBe(2_000);
  });

  it('property: with Medicare and the client not known to be a non-QMB, no cent of PR-1/2/3 reaches the client', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<'1' | '2' | '3'>('1', '2', '3'),
        fc.constantFrom<PayerKind>('medicare', 'medicare_advantage'),
        fc.option(fc.constant(true), { nil: undefined }),
        fc.option(fc.boolean(), { nil: undefined }),
        fc.integer({ min: 0, max: 5_000 }),
        fc.constantFrom<'1' | '19' | undefined>('1', '19', undefined),
        (carc, payerKind, qmb, secondary, share, status) => {
          const r = post(medicareEra({ carc, amountCents: share }, 7_840, status), {
            payerKind,
            inNetwork: true,
            ...(qmb === undefined ? {} : { qualifiedMedicareBeneficiary: qmb }),
            ...(secondary === undefined ? {} : { hasSecondaryCoverage: secondary }),
          });
          const b = r.balances[0] as ClaimBalance;
          expect(getClientResponsibilityTotal(b)).toBe(0);
          // Every cent still lands somewhere: nothing created or lost.
          expect(b.paidCents + b.contractualCents + b.deniedCents + b.otherAdjustmentCents).toBe(15_000);
          expect(r.results[0]?.suggestedStatus).toBe('paid');
        },
      ),
    );
  });
});

describe('listDenialsToWork: a QMB’s Medicare cost sharing is work, not a client bill', () => {
  const era = medicareEra({ carc: '2', amountCents: 2_000 });
  const coinsuranceItems = (options: Parameters<typeof listDenialsToWork>[1]) =>
    listDenialsToWork(era, { hasSecondaryCoverage: false, ...options }).filter((i) => i.carc === '2');

  it('a QMB: the $20 coinsurance is listed, to check the Medicaid crossover', () => {
    const items = coinsuranceItems({ payerKind: 'medicare', qualifiedMedicareBeneficiary: true });
    expect(items).toHaveLength(1);
    expect(items[0]?.triage).toMatchObject({ action: 'verify_coverage_and_rebill', clientBillable: false });
  });

  it('status unknown: listed undecided; known not a QMB: the client’s share, not listed', () => {
    const unknown = coinsuranceItems({ payerKind: 'medicare_advantage' });
    expect(unknown[0]?.triage.outcome).toBe('undecided');
    expect(coinsuranceItems({ payerKind: 'medicare', qualifiedMedicareBeneficiary: false })).toEqual([]);
  });
});

describe('estimatePatientShare: a QMB is never asked for Medicare cost sharing', () => {
  // Medicare Part B 2026-like: deductible met, 20 % coinsurance, no out-of-pocket maximum; $100 allowed.
  const partB = {
    ...verifiedPlan,
    payerId: MEDICARE.payerId,
    deductibleCents: 28_300,
    deductibleMetCents: 28_300,
    outOfPocketMaximumCents: null,
    outOfPocketMetCents: 0,
    payerKind: 'medicare' as const,
  };
  const session = { allowedCents: 10_000, dateOfService: '2026-03-02' };

  it('a QMB on 2026-03-02: client share $0, the $20 coinsurance goes to Medicaid (crossover)', () => {
    const e = estimatePatientShare({ ...partB, qualifiedMedicareBeneficiary: true }, session);
    expect(e).toMatchObject({ outcome: 'estimated', clientShareCents: 0, payerShareCents: 10_000 });
    expect(e.reasons[0]).toMatchObject({
      code: 'billing.estimate.qmb_cost_sharing_not_client',
      facts: { medicareCostSharingCents: 2_000 },
    });
  });

  it('QMB status unknown: undecided, no amount', () => {
    const e = estimatePatientShare(partB, session);
    expect(e).toMatchObject({ outcome: 'undecided', clientShareCents: null });
    expect(codes(e.reasons)).toEqual(['billing.estimate.qmb_status_unknown']);
  });

  it('not a QMB: the 20 % coinsurance, $20, as before', () => {
    const e = estimatePatientShare({ ...partB, qualifiedMedicareBeneficiary: false }, session);
    expect(e).toMatchObject({ outcome: 'estimated', clientShareCents: 2_000 });
  });

  it('a QMB and a plan of unknown kind: undecided; a commercial plan: estimated as usual', () => {
    const { payerKind: _drop, ...unknownKind } = partB;
    const e = estimatePatientShare({ ...unknownKind, qualifiedMedicareBeneficiary: true }, session);
    expect(e).toMatchObject({ outcome: 'undecided' });
    expect(codes(e.reasons)).toEqual(['billing.estimate.qmb_payer_kind_unknown']);
    const c = estimatePatientShare(
      {
        ...partB,
        payerKind: 'commercial',
        outOfPocketMaximumCents: 300_000,
        qualifiedMedicareBeneficiary: true,
      },
      session,
    );
    expect(c).toMatchObject({ outcome: 'estimated', clientShareCents: 2_000 });
  });

  it('a series for a QMB still meets the Medicare deductible ($283 left, two $200 sessions): $0 and $0', () => {
    const e = estimatePatientShareSeries(
      { ...partB, deductibleMetCents: 0, qualifiedMedicareBeneficiary: true },
      [
        { allowedCents: 20_000, dateOfService: '2026-01-12' },
        { allowedCents: 20_000, dateOfService: '2026-01-19' },
      ],
    );
    expect(e.map((x) => x.clientShareCents)).toEqual([0, 0]);
    // The second session's Medicare cost sharing: the last $83 of the deductible, then 20 % of $117.
    expect(e[1]?.reasons[0]?.facts).toMatchObject({ medicareCostSharingCents: 8_300 + 2_340 });
  });

  it('property: a Medicare plan never shows a client share unless the client is known not to be a QMB', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<PayerKind>('medicare', 'medicare_advantage'),
        fc.option(fc.constant(true), { nil: undefined }),
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 0, max: 28_300 }),
        fc.integer({ min: 0, max: 10_000 }),
        (payerKind, qmb, allowedCents, met, bp) => {
          const e = estimatePatientShare(
            {
              ...partB,
              payerKind,
              deductibleMetCents: met,
              coinsuranceBasisPoints: bp,
              ...(qmb === undefined ? {} : { qualifiedMedicareBeneficiary: qmb }),
            },
            { allowedCents, dateOfService: '2026-03-02' },
          );
          expect(e.clientShareCents === null || e.clientShareCents === 0).toBe(true);
          if (e.clientShareCents !== null) expect(e.payerShareCents).toBe(allowedCents);
        },
      ),
    );
  });
});
