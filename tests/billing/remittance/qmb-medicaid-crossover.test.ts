// A Medicaid remittance (the crossover of a Medicare claim) for a Qualified Medicare Beneficiary: Medicare's and
// Medicaid's payments are payment in full; a deductible or coinsurance left is Medicare cost sharing and never
// the client's, whatever the state's plan; only a nominal Medicaid copayment the state plan imposes may be asked
// (SSA 1902(n)(3)(B); CMS MLN6739136). And the denial worklist lists Medicaid cost sharing the state does not
// allow (not the client's) as work.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PayerKind } from '../../../src/billing/coverage/payer-profile.js';
import {
  type ClaimBalance,
  getClientResponsibilityTotal,
  listDenialsToWork,
  postRemittance,
  triageDenial,
} from '../../../src/billing/index.js';
import type { RemittanceInput } from '../../../src/billing/remittance/remittance.js';
import { claim } from '../claims/claim-fixtures.js';

const codes = (reasons: readonly { code: string }[]) => reasons.map((r) => r.code);
const MEDICAID_ID = 'NY-MEDICAID';

// A 90834 on 2026-03-02 crossed over from Medicare to New York Medicaid: billed $150, Medicaid pays $5 of
// the $20 Medicare coinsurance; its remittance of 2026-04-06 leaves `share` as PR and the rest contractual.
const crossoverEra = (share: { carc: '1' | '2' | '3'; amountCents: number }): RemittanceInput => ({
  remittanceId: 'era-2026-04-06',
  payerId: MEDICAID_ID,
  paidOn: '2026-04-06',
  claims: [
    {
      claimId: 'claim-1',
      chargeCents: 15_000,
      paidCents: 500,
      lines: [
        {
          lineRef: '1',
          procedureCode: '90834',
          chargeCents: 15_000,
          paidCents: 500,
          adjustments: [
            { group: 'CO', carc: '45', amountCents: 15_000 - 500 - share.amountCents },
            { group: 'PR', carc: share.carc, amountCents: share.amountCents },
          ],
        },
      ],
    },
  ],
});

describe('triageDenial: a Medicaid crossover for a QMB', () => {
  const base = {
    payerKind: 'medicaid' as const,
    hasSecondaryCoverage: false,
    qualifiedMedicareBeneficiary: true,
  };

  it('PR-2 $15 coinsurance left, the state plan imposing cost sharing: never the client’s, written off (it was billed to them)', () => {
    const d = triageDenial(
      { group: 'PR', carc: '2', amountCents: 1_500 },
      { ...base, medicaidCostSharing: true },
    );
    expect(d).toMatchObject({ outcome: 'classified', clientBillable: false, action: 'write_off' });
    expect(codes(d.reasons)).toContain('billing.denial.qmb_crossover_not_client');
  });

  it('PR-1 deductible on a Medicaid managed care crossover, state plan unknown: never the client’s, decided', () => {
    const d = triageDenial(
      { group: 'PR', carc: '1', amountCents: 4_000 },
      { ...base, payerKind: 'medicaid_managed_care' },
    );
    expect(d).toMatchObject({ outcome: 'classified', clientBillable: false, action: 'write_off' });
  });

  it('PR-3 $1 copayment the state plan imposes, the QMB with full Medicaid: the client’s, said to be the nominal Medicaid copayment', () => {
    const d = triageDenial(
      { group: 'PR', carc: '3', amountCents: 100 },
      // No exemption of 42 CFR 447.56(a) holds (`[]`); without the list the copayment is undecided.
      { ...base, medicaidCostSharing: true, fullMedicaidBenefits: true, medicaidExemptions: [] },
    );
    expect(d).toMatchObject({ outcome: 'classified', clientBillable: true, action: 'bill_client' });
    expect(codes(d.reasons)).toContain('billing.denial.qmb_medicaid_copayment');
  });

  it('PR-3 $1 copayment, a QMB without full Medicaid (QMB only): never theirs, written off (it was billed to them)', () => {
    for (const medicaidCostSharing of [true, false, undefined]) {
      const d = triageDenial(
        { group: 'PR', carc: '3', amountCents: 100 },
        {
          ...base,
          fullMedicaidBenefits: false,
          ...(medicaidCostSharing === undefined ? {} : { medicaidCostSharing }),
        },
      );
      expect(d).toMatchObject({ outcome: 'classified', clientBillable: false, action: 'write_off' });
      expect(codes(d.reasons)).toContain('billing.denial.qmb_only_copayment_not_client');
    }
  });

  it('PR-3 $1 copayment the state plan imposes, full Medicaid unknown: undecided, never billed on a guess', () => {
    const d = triageDenial(
      { group: 'PR', carc: '3', amountCents: 100 },
      { ...base, payerKind: 'medicaid_managed_care', medicaidCostSharing: true },
    );
    expect(d).toMatchObject({ outcome: 'undecided', clientBillable: false, action: 'review_manually' });
    expect(codes(d.reasons)).toContain('billing.denial.qmb_full_medicaid_unknown');
  });

  it('QMB status unknown, the state plan imposing cost sharing: PR-1, PR-2 and PR-3 are undecided (PR-2 was billed)', () => {
    for (const carc of ['1', '2', '3']) {
      const d = triageDenial(
        { group: 'PR', carc, amountCents: 1_500 },
        { payerKind: 'medicaid', hasSecondaryCoverage: false, medicaidCostSharing: true },
      );
      expect(d).toMatchObject({ outcome: 'undecided', clientBillable: false, action: 'review_manually' });
      expect(codes(d.reasons)).toContain('billing.denial.medicaid_qmb_status_unknown');
    }
  });

  it('PR-3 copayment, the state plan unknown: undecided; not imposed: not the client’s', () => {
    const unknown = triageDenial({ group: 'PR', carc: '3', amountCents: 100 }, base);
    expect(unknown).toMatchObject({ outcome: 'undecided', clientBillable: false });
    expect(codes(unknown.reasons)).toContain('billing.denial.medicaid_cost_sharing_unknown');
    const none = triageDenial(
      { group: 'PR', carc: '3', amountCents: 100 },
      { ...base, medicaidCostSharing: false },
    );
    expect(none).toMatchObject({ outcome: 'classified', clientBillable: false });
  });

  it('neighbours: known not a QMB, the state plan imposing it: PR-2 is the client’s, as before', () => {
    const d = triageDenial(
      { group: 'PR', carc: '2', amountCents: 1_500 },
      { ...base, qualifiedMedicareBeneficiary: false, medicaidCostSharing: true, medicaidExemptions: [] },
    );
    expect(d).toMatchObject({ clientBillable: true, action: 'bill_client' });
  });

  it('property: on a Medicaid remittance a QMB is billed only a copayment the state plan is stated to impose, and only with full Medicaid', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<PayerKind>('medicaid', 'medicaid_managed_care'),
        fc.constantFrom('1', '2', '3'),
        fc.option(fc.boolean(), { nil: undefined }),
        fc.option(fc.boolean(), { nil: undefined }),
        fc.boolean(),
        fc.integer({ min: 1, max: 100_000 }),
        (payerKind, carc, medicaidCostSharing, fullMedicaidBenefits, hasSecondaryCoverage, amountCents) => {
          const d = triageDenial(
            { group: 'PR', carc, amountCents },
            {
              payerKind,
              hasSecondaryCoverage,
              qualifiedMedicareBeneficiary: true,
              ...(medicaidCostSharing === undefined ? {} : { medicaidCostSharing }),
              ...(fullMedicaidBenefits === undefined ? {} : { fullMedicaidBenefits }),
            },
          );
          if (d.clientBillable) {
            expect(carc).toBe('3');
            expect(medicaidCostSharing).toBe(true);
            expect(fullMedicaidBenefits).toBe(true);
          }
          if (carc !== '3' || fullMedicaidBenefits === false) expect(d.action).toBe('write_off');
        },
      ),
    );
  });

  it('property: with the QMB status unknown, Medicaid cost sharing is never the client’s', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<PayerKind>('medicaid', 'medicaid_managed_care'),
        fc.constantFrom('1', '2', '3'),
        fc.option(fc.boolean(), { nil: undefined }),
        fc.option(fc.boolean(), { nil: undefined }),
        fc.option(fc.boolean(), { nil: undefined }),
        (payerKind, carc, medicaidCostSharing, fullMedicaidBenefits, hasSecondaryCoverage) => {
          const d = triageDenial(
            { group: 'PR', carc, amountCents: 500 },
            {
              payerKind,
              ...(hasSecondaryCoverage === undefined ? {} : { hasSecondaryCoverage }),
              ...(medicaidCostSharing === undefined ? {} : { medicaidCostSharing }),
              ...(fullMedicaidBenefits === undefined ? {} : { fullMedicaidBenefits }),
            },
          );
          expect(d.clientBillable).toBe(false);
          expect(['bill_client', 'bill_secondary']).not.toContain(d.action);
          if (medicaidCostSharing === true) expect(d.outcome).toBe('undecided');
        },
      ),
    );
  });
});

describe('postRemittance: a QMB’s crossover coinsurance is never posted to the client', () => {
  it('PR-2 $15 on the 2026-04-06 Medicaid remittance: held, status paid, crossover said', () => {
    const r = postRemittance(
      crossoverEra({ carc: '2', amountCents: 1_500 }),
      [claim({ payerId: MEDICAID_ID })],
      [],
      {
        payerKind: 'medicaid',
        inNetwork: true,
        hasSecondaryCoverage: false,
        medicaidCostSharing: true,
        qualifiedMedicareBeneficiary: true,
      },
    );
    const b = r.balances[0] as ClaimBalance;
    expect(getClientResponsibilityTotal(b)).toBe(0);
    expect(b).toMatchObject({ deniedCents: 1_500, denials: [] });
    expect(r.results[0]?.suggestedStatus).toBe('paid');
    expect(codes(r.results[0]?.reasons ?? [])).toContain('billing.denial.qmb_crossover_not_client');
  });
});

describe('postRemittance: a QMB’s Medicaid copayment', () => {
  const post = (extra: { fullMedicaidBenefits?: boolean; qualifiedMedicareBeneficiary?: boolean }) =>
    postRemittance(crossoverEra({ carc: '3', amountCents: 300 }), [claim({ payerId: MEDICAID_ID })], [], {
      payerKind: 'medicaid',
      inNetwork: true,
      hasSecondaryCoverage: false,
      medicaidCostSharing: true,
      // The client's exemptions of 42 CFR 447.56(a) checked: none holds.
      medicaidExemptions: [],
      ...extra,
    });

  it('PR-3 $3 on 2026-04-06, a QMB only: held, status paid (it was the client’s copay)', () => {
    const r = post({ qualifiedMedicareBeneficiary: true, fullMedicaidBenefits: false });
    const b = r.balances[0] as ClaimBalance;
    expect(getClientResponsibilityTotal(b)).toBe(0);
    expect(b).toMatchObject({ deniedCents: 300, denials: [] });
    expect(r.results[0]?.suggestedStatus).toBe('paid');
    expect(codes(r.results[0]?.reasons ?? [])).toContain('billing.denial.qmb_only_copayment_not_client');
  });

  it('neighbours: full Medicaid, the client’s copay; unknown (or the QMB status unknown), held with why', () => {
    expect(
      post({ qualifiedMedicareBeneficiary: true, fullMedicaidBenefits: true }).balances[0]
        ?.clientResponsibility.copayCents,
    ).toBe(300);
    const unknown = post({ qualifiedMedicareBeneficiary: true });
    expect(unknown.balances[0]).toMatchObject({ deniedCents: 300 });
    expect(codes(unknown.results[0]?.reasons ?? [])).toContain('billing.denial.qmb_full_medicaid_unknown');
    const status = post({});
    expect(status.balances[0]).toMatchObject({ deniedCents: 300 });
    expect(codes(status.results[0]?.reasons ?? [])).toContain('billing.denial.medicaid_qmb_status_unknown');
  });
});

describe('listDenialsToWork: cost sharing held off the client is work', () => {
  const items = (
    share: { carc: '1' | '2' | '3'; amountCents: number },
    options: Parameters<typeof listDenialsToWork>[1],
  ) =>
    listDenialsToWork(crossoverEra(share), { hasSecondaryCoverage: false, ...options }).filter(
      (i) => i.group === 'PR',
    );

  it('Medicaid PR-3 $3 the state does not allow: listed (it was dropped as the client’s share)', () => {
    const list = items(
      { carc: '3', amountCents: 300 },
      { payerKind: 'medicaid', medicaidCostSharing: false },
    );
    expect(list).toHaveLength(1);
    expect(list[0]?.triage).toMatchObject({ outcome: 'classified', clientBillable: false });
    expect(codes(list[0]?.triage.reasons ?? [])).toContain(
      'billing.denial.medicaid_cost_sharing_not_allowed',
    );
  });

  it('neighbours: unknown, listed undecided; imposed, the client’s share, not listed', () => {
    expect(items({ carc: '3', amountCents: 300 }, { payerKind: 'medicaid' })[0]?.triage.outcome).toBe(
      'undecided',
    );
    expect(
      items(
        { carc: '3', amountCents: 300 },
        {
          payerKind: 'medicaid',
          medicaidCostSharing: true,
          qualifiedMedicareBeneficiary: false,
          medicaidExemptions: [],
        },
      ),
    ).toEqual([]);
    // Imposed, the QMB status unknown: listed undecided (2026-12-06; it was the client's share).
    expect(
      items({ carc: '3', amountCents: 300 }, { payerKind: 'medicaid', medicaidCostSharing: true })[0]?.triage
        .outcome,
    ).toBe('undecided');
  });

  it('a QMB’s copayment: listed undecided with full Medicaid unknown, as a write-off without, not listed with', () => {
    const qmb = {
      payerKind: 'medicaid' as const,
      medicaidCostSharing: true,
      qualifiedMedicareBeneficiary: true,
      medicaidExemptions: [],
    };
    expect(items({ carc: '3', amountCents: 300 }, qmb)[0]?.triage.outcome).toBe('undecided');
    expect(
      items({ carc: '3', amountCents: 300 }, { ...qmb, fullMedicaidBenefits: false })[0]?.triage,
    ).toMatchObject({ action: 'write_off', clientBillable: false });
    expect(items({ carc: '3', amountCents: 300 }, { ...qmb, fullMedicaidBenefits: true })).toEqual([]);
  });

  it('a QMB’s crossover coinsurance: listed as a write-off', () => {
    const list = items(
      { carc: '2', amountCents: 1_500 },
      { payerKind: 'medicaid', medicaidCostSharing: true, qualifiedMedicareBeneficiary: true },
    );
    expect(list[0]?.triage).toMatchObject({ action: 'write_off', clientBillable: false });
  });

  it('property: a patient-responsibility amount is left off the list only when it is billed to the client', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<PayerKind>('medicaid', 'medicaid_managed_care', 'medicare', 'commercial'),
        fc.constantFrom<'1' | '2' | '3'>('1', '2', '3'),
        fc.option(fc.boolean(), { nil: undefined }),
        fc.option(fc.boolean(), { nil: undefined }),
        (payerKind, carc, medicaidCostSharing, qmb) => {
          const options = {
            payerKind,
            ...(medicaidCostSharing === undefined ? {} : { medicaidCostSharing }),
            ...(qmb === undefined ? {} : { qualifiedMedicareBeneficiary: qmb }),
          };
          const listed = items({ carc, amountCents: 300 }, options).length === 1;
          const t = triageDenial(
            { group: 'PR', carc, amountCents: 300 },
            { ...options, inNetwork: true, hasSecondaryCoverage: false },
          );
          expect(listed).toBe(!(t.outcome === 'classified' && t.clientBillable));
        },
      ),
    );
  });
});
