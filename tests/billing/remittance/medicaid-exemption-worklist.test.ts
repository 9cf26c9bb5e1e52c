// The denial worklist and triage show the Medicaid cost sharing posting holds from a client exempt from it
// (42 CFR 447.56(a); Medicaid's payment is payment in full, 42 CFR 447.15; pregnancy every service from
// 2024-06-03, 89 FR 22780): exempt, a write-off never billed to the client; exemptions not given, undecided
// until the host gives them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ClaimBalance,
  getClientResponsibilityTotal,
  listDenialsToWork,
  MedicaidCostSharingExemption,
  postRemittance,
  triageDenial,
} from '../../../src/billing/index.js';
import type { RemittanceInput } from '../../../src/billing/remittance/remittance.js';
import { claim, line } from '../claims/claim-fixtures.js';

const MEDICAID_ID = 'NY-MEDICAID';
const codes = (reasons: readonly { code: string }[]) => reasons.map((r) => r.code);

// New York Medicaid's remittance of 2026-04-06 for a 90834 on `serviceDate` (none: the line is undated):
// $150 billed, $60 paid, `share` as PR on the line and the rest CO-45.
const lineEra = (share: { carc: string; amountCents: number }, serviceDate?: string): RemittanceInput => ({
  remittanceId: 'era-2026-04-06',
  payerId: MEDICAID_ID,
  paidOn: '2026-04-06',
  claims: [
    {
      claimId: 'claim-1',
      chargeCents: 15_000,
      paidCents: 6_000,
      lines: [
        {
          lineRef: '1',
          procedureCode: '90834',
          ...(serviceDate === undefined ? {} : { serviceDate }),
          chargeCents: 15_000,
          paidCents: 6_000,
          adjustments: [
            { group: 'CO', carc: '45', amountCents: 9_000 - share.amountCents },
            { group: 'PR', carc: share.carc, amountCents: share.amountCents },
          ],
        },
      ],
    },
  ],
});
// The state plan imposes the cost sharing and the client is known not to be a QMB: without an exemption
// the amount is the client's.
const plan = {
  payerKind: 'medicaid' as const,
  hasSecondaryCoverage: false,
  medicaidCostSharing: true,
  qualifiedMedicareBeneficiary: false,
};
const prItems = (era: RemittanceInput, options: Parameters<typeof listDenialsToWork>[1]) =>
  listDenialsToWork(era, options).filter((i) => i.group === 'PR');

describe('listDenialsToWork: Medicaid cost sharing held from an exempt client (42 CFR 447.56(a))', () => {
  it('a 13-year-old’s $3 copayment on 2026-03-02: listed $3 as a write-off, never billed, with the child exemption', () => {
    const list = prItems(lineEra({ carc: '3', amountCents: 300 }, '2026-03-02'), {
      ...plan,
      clientBirthDate: '2012-05-01',
      medicaidExemptions: [],
    });
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ claimId: 'claim-1', lineIndex: 0, carc: '3', amountCents: 300 });
    expect(list[0]?.triage).toMatchObject({
      outcome: 'classified',
      action: 'write_off',
      owner: 'biller',
      clientBillable: false,
    });
    const held = list[0]?.triage.reasons.find(
      (r) => r.code === 'billing.remittance.medicaid_cost_sharing_exempt',
    );
    expect(held?.facts).toMatchObject({
      amountCents: 300,
      datesOfService: ['2026-03-02'],
      exemptions: ['child_exempt_group'],
    });
  });

  it('a hospice client’s $20 coinsurance: listed as a write-off with the hospice exemption', () => {
    const list = prItems(lineEra({ carc: '2', amountCents: 2_000 }, '2026-03-02'), {
      ...plan,
      medicaidExemptions: ['hospice'],
    });
    expect(list[0]?.triage).toMatchObject({ action: 'write_off', clientBillable: false });
    expect(codes(list[0]?.triage.reasons ?? [])).toContain('billing.remittance.medicaid_cost_sharing_exempt');
  });

  it('the exemptions not given: the $3 copayment is listed undecided, to review once the host gives them', () => {
    const list = prItems(lineEra({ carc: '3', amountCents: 300 }, '2026-03-02'), plan);
    expect(list).toHaveLength(1);
    expect(list[0]?.triage).toMatchObject({
      outcome: 'undecided',
      action: 'review_manually',
      clientBillable: false,
    });
    expect(codes(list[0]?.triage.reasons ?? [])).toContain('billing.remittance.medicaid_exemption_unknown');
  });

  it('none holds (`[]`) for an adult: the copayment is the client’s and not listed, as before', () => {
    expect(
      prItems(lineEra({ carc: '3', amountCents: 300 }, '2026-03-02'), {
        ...plan,
        clientBirthDate: '1990-01-15',
        medicaidExemptions: [],
      }),
    ).toEqual([]);
  });

  it('a client born 2008-03-02: exempt the day before their 18th birthday (2026-03-01), theirs on it (2026-03-02)', () => {
    const options = { ...plan, clientBirthDate: '2008-03-02', medicaidExemptions: [] };
    expect(prItems(lineEra({ carc: '3', amountCents: 300 }, '2026-03-01'), options)[0]?.triage.action).toBe(
      'write_off',
    );
    expect(prItems(lineEra({ carc: '3', amountCents: 300 }, '2026-03-02'), options)).toEqual([]);
  });

  it('pregnant on 2024-05-20 (before 89 FR 22780): undecided; on 2024-06-03: every service exempt, written off', () => {
    const options = { ...plan, medicaidExemptions: ['pregnant_or_postpartum' as const] };
    const before = prItems(lineEra({ carc: '3', amountCents: 300 }, '2024-05-20'), options);
    expect(before[0]?.triage).toMatchObject({ outcome: 'undecided', clientBillable: false });
    expect(codes(before[0]?.triage.reasons ?? [])).toContain(
      'billing.remittance.medicaid_pregnancy_service_unknown',
    );
    const from = prItems(lineEra({ carc: '3', amountCents: 300 }, '2024-06-03'), options);
    expect(from[0]?.triage).toMatchObject({ outcome: 'classified', action: 'write_off' });
  });

  it('an undated line: a listed hospice exemption holds on any date; a child’s age cannot be told, so undecided', () => {
    const hospice = prItems(lineEra({ carc: '3', amountCents: 300 }), {
      ...plan,
      medicaidExemptions: ['hospice'],
    });
    expect(hospice[0]?.triage).toMatchObject({ action: 'write_off', clientBillable: false });
    const child = prItems(lineEra({ carc: '3', amountCents: 300 }), {
      ...plan,
      clientBirthDate: '2012-05-01',
      medicaidExemptions: [],
    });
    expect(child[0]?.triage).toMatchObject({ outcome: 'undecided', clientBillable: false });
    expect(codes(child[0]?.triage.reasons ?? [])).toContain('billing.remittance.medicaid_exemption_unknown');
    // No birth date and none listed: nothing is exempt whatever the date, so it is the client's.
    expect(prItems(lineEra({ carc: '3', amountCents: 300 }), { ...plan, medicaidExemptions: [] })).toEqual(
      [],
    );
  });

  it('a commercial remittance: the Medicaid exemptions are not read, the copayment stays the client’s', () => {
    expect(
      prItems(lineEra({ carc: '3', amountCents: 300 }, '2026-03-02'), {
        payerKind: 'commercial',
        hasSecondaryCoverage: false,
        clientBirthDate: '2012-05-01',
      }),
    ).toEqual([]);
  });
});

describe('listDenialsToWork: a remittance of several Medicaid clients lists each claim on its own facts', () => {
  // New York Medicaid's 2026-04-06 remittance paying two clients' 2026-03-02 sessions, a $3 copayment each.
  const twoClaims = (): RemittanceInput => {
    const era = lineEra({ carc: '3', amountCents: 300 }, '2026-03-02');
    const base = era.claims[0] as RemittanceInput['claims'][number];
    return { ...era, claims: [base, { ...base, claimId: 'claim-2' }] };
  };

  it('a 13-year-old (claim-1) and an adult with none (claim-2): claim-1 written off, claim-2 left to the client', () => {
    const { qualifiedMedicareBeneficiary, ...state } = plan;
    const items = prItems(twoClaims(), {
      ...state,
      medicaidFactsByClaim: {
        'claim-1': { clientBirthDate: '2012-05-10', qualifiedMedicareBeneficiary },
        'claim-2': { clientBirthDate: '1980-07-01', medicaidExemptions: [], qualifiedMedicareBeneficiary },
      },
    });
    expect(items.map((i) => [i.claimId, i.triage.action, i.amountCents])).toEqual([
      ['claim-1', 'write_off', 300],
    ]);
    expect(codes(items[0]?.triage.reasons ?? [])).toContain(
      'billing.remittance.medicaid_cost_sharing_exempt',
    );
  });

  it('the deprecated single-client `[]` on a two-claim remittance: both listed undecided, neither billed on it', () => {
    // Each client known not to be a QMB (per claim), so only the exemptions decide.
    const { qualifiedMedicareBeneficiary, ...state } = plan;
    const items = prItems(twoClaims(), {
      ...state,
      medicaidExemptions: [],
      medicaidFactsByClaim: {
        'claim-1': { qualifiedMedicareBeneficiary },
        'claim-2': { qualifiedMedicareBeneficiary },
      },
    });
    expect(items.map((i) => [i.claimId, i.triage.outcome, i.triage.action])).toEqual([
      ['claim-1', 'undecided', 'review_manually'],
      ['claim-2', 'undecided', 'review_manually'],
    ]);
    for (const i of items)
      expect(codes(i.triage.reasons)).toContain('billing.remittance.medicaid_exemptions_not_per_claim');
  });
});

describe('triageDenial: Medicaid cost sharing of an exempt client (42 CFR 447.56(a))', () => {
  const copay = { group: 'PR' as const, carc: '3', amountCents: 300 };

  it('a 13-year-old on 2026-03-02: written off, not the client’s', () => {
    const d = triageDenial(copay, {
      ...plan,
      clientBirthDate: '2012-05-01',
      medicaidExemptions: [],
      datesOfService: ['2026-03-02'],
    });
    expect(d).toMatchObject({ outcome: 'classified', action: 'write_off', clientBillable: false });
    expect(codes(d.reasons)).toContain('billing.remittance.medicaid_cost_sharing_exempt');
  });

  it('the exemptions not given: undecided, never billed on a guess', () => {
    const d = triageDenial(copay, { ...plan, datesOfService: ['2026-03-02'] });
    expect(d).toMatchObject({ outcome: 'undecided', action: 'review_manually', clientBillable: false });
    expect(codes(d.reasons)).toContain('billing.remittance.medicaid_exemption_unknown');
  });

  it('none holds for an adult: billed to the client, as before', () => {
    const d = triageDenial(copay, {
      ...plan,
      clientBirthDate: '1990-01-15',
      medicaidExemptions: [],
      datesOfService: ['2026-03-02'],
    });
    expect(d).toMatchObject({ outcome: 'classified', action: 'bill_client', clientBillable: true });
  });
});

describe('property: an exempt client’s held amount is never listed as billable to the client', () => {
  const listedExemption = fc.constantFrom(
    ...MedicaidCostSharingExemption.options.filter((x) => x !== 'pregnant_or_postpartum'),
  );
  const day = fc
    .integer({ min: 0, max: 3 * 365 })
    .map((n) => new Date(Date.UTC(2024, 6, 1) + n * 86_400_000).toISOString().slice(0, 10));

  it('listed in full, written off, and posting puts none of it on the client', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('medicaid' as const, 'medicaid_managed_care' as const),
        fc.constantFrom('1', '2', '3'),
        fc.integer({ min: 1, max: 9_000 }),
        fc.array(listedExemption, { minLength: 1, maxLength: 3 }),
        day,
        fc.boolean(),
        (payerKind, carc, amountCents, medicaidExemptions, serviceDate, hasSecondaryCoverage) => {
          const options = { ...plan, payerKind, hasSecondaryCoverage, medicaidExemptions };
          const era = lineEra({ carc, amountCents }, serviceDate);
          const list = prItems(era, options);
          expect(list.map((i) => i.amountCents)).toEqual([amountCents]);
          for (const item of list) {
            expect(item.triage.clientBillable).toBe(false);
            expect(['bill_client', 'bill_secondary']).not.toContain(item.triage.action);
            expect(codes(item.triage.reasons)).toContain('billing.remittance.medicaid_cost_sharing_exempt');
          }
          const posted = postRemittance(
            era,
            [claim({ payerId: MEDICAID_ID, lines: [line({ serviceDate })] })],
            [],
            { ...options, inNetwork: true },
          );
          expect(getClientResponsibilityTotal(posted.balances[0] as ClaimBalance)).toBe(0);
        },
      ),
    );
  });
});
