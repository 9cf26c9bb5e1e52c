// A remittance paying several clients' claims judges each one on its own client's Qualified Medicare
// Beneficiary status: a QMB may never be billed Medicare cost sharing (42 USC 1396a(n)(3)(B); CMS MLN
// "Prohibition on Billing Qualified Medicare Beneficiaries"), and only a QMB with full Medicaid may be charged
// a state's nominal Medicaid copayment. One client's status given once for the call is never another's.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ClaimBalance,
  getClientResponsibilityTotal,
  listDenialsToWork,
  postRemittance,
} from '../../../src/billing/index.js';
import type { RemittanceInput } from '../../../src/billing/remittance/remittance.js';
import { ValidationError } from '../../../src/core/index.js';
import { claim, line, MEDICARE } from '../claims/claim-fixtures.js';

const IDS = ['claim-1', 'claim-2', 'claim-3'];

// Medicare's remittance of 2026-04-06 paying three clients' 90834 of 2026-03-02: $150 billed, $89.60 paid,
// $38.40 CO-45 and `share` (20 % coinsurance, $22.40, unless said) on each line.
const era = (
  payerId: string,
  share: { carc: string; amountCents: number } = { carc: '2', amountCents: 2_240 },
): RemittanceInput => ({
  remittanceId: 'era-2026-04-06',
  payerId,
  paidOn: '2026-04-06',
  claims: IDS.map((claimId) => ({
    claimId,
    chargeCents: 15_000,
    paidCents: 8_960,
    lines: [
      {
        lineRef: '1',
        procedureCode: '90834',
        serviceDate: '2026-03-02',
        chargeCents: 15_000,
        paidCents: 8_960,
        adjustments: [
          { group: 'CO' as const, carc: '45', amountCents: 6_040 - share.amountCents },
          { group: 'PR' as const, carc: share.carc, amountCents: share.amountCents },
        ],
      },
    ],
  })),
});
const claims = (payerId: string, oneClient = false) =>
  IDS.map((claimId, i) =>
    claim({ claimId, clientId: oneClient ? 'client-1' : `client-${i + 1}`, payerId, lines: [line()] }),
  );
const balanceOf = (r: ReturnType<typeof postRemittance>, id: string) =>
  r.balances.find((b) => b.claimId === id) as ClaimBalance;
const codesOf = (r: ReturnType<typeof postRemittance>, id: string) =>
  r.results.find((x) => x.claimId === id)?.reasons.map((x) => x.code) ?? [];
const MCR = MEDICARE.payerId;
const MEDICAID_ID = 'NY-MEDICAID';

describe('postRemittance: each claim’s QMB status (42 USC 1396a(n)(3)(B))', () => {
  it('a QMB, a client who is not one, and one not known on one Medicare 835: held, billed, held', () => {
    const r = postRemittance(era(MCR), claims(MCR), [], {
      payerKind: 'medicare',
      medicaidFactsByClaim: {
        'claim-1': { qualifiedMedicareBeneficiary: true },
        'claim-2': { qualifiedMedicareBeneficiary: false },
      },
    });
    expect(balanceOf(r, 'claim-1')).toMatchObject({
      deniedCents: 2_240,
      clientResponsibility: { coinsuranceCents: 0 },
      denials: [],
    });
    expect(codesOf(r, 'claim-1')).toContain('billing.denial.qmb_cost_sharing_not_client');
    expect(balanceOf(r, 'claim-2')).toMatchObject({
      deniedCents: 0,
      clientResponsibility: { coinsuranceCents: 2_240 },
    });
    expect(codesOf(r, 'claim-2')).not.toContain('billing.denial.qmb_cost_sharing_not_client');
    expect(balanceOf(r, 'claim-3')).toMatchObject({
      deniedCents: 2_240,
      clientResponsibility: { coinsuranceCents: 0 },
    });
    expect(codesOf(r, 'claim-3')).toContain('billing.denial.qmb_status_unknown');
    // Held cost sharing is not the payer's denial: every claim stays paid.
    expect(r.results.map((x) => x.suggestedStatus)).toEqual(['paid', 'paid', 'paid']);
  });

  it('keeps each QMB hold on the balance by why, group and CARC (42 USC 1396a(n)(3)(B)): Medicare 835 of 2026-04-06', () => {
    const r = postRemittance(era(MCR), claims(MCR), [], {
      payerKind: 'medicare',
      medicaidFactsByClaim: {
        'claim-1': { qualifiedMedicareBeneficiary: true },
        'claim-2': { qualifiedMedicareBeneficiary: false },
      },
    });
    expect(balanceOf(r, 'claim-1').heldCostSharing).toEqual([
      { code: 'billing.denial.qmb_cost_sharing_not_client', group: 'PR', carc: '2', amountCents: 2_240 },
    ]);
    // Not a QMB: the coinsurance is the client's, nothing held.
    expect(balanceOf(r, 'claim-2').heldCostSharing).toEqual([]);
    expect(balanceOf(r, 'claim-3').heldCostSharing).toEqual([
      { code: 'billing.denial.qmb_status_unknown', group: 'PR', carc: '2', amountCents: 2_240 },
    ]);
  });

  it('a QMB’s $3 Medicaid copayment held without full Medicaid, or with it unknown: not the payer’s denial (CMS MLN QMB billing)', () => {
    const r = postRemittance(era(MEDICAID_ID, { carc: '3', amountCents: 300 }), claims(MEDICAID_ID), [], {
      payerKind: 'medicaid',
      medicaidCostSharing: true,
      medicaidFactsByClaim: {
        'claim-1': { qualifiedMedicareBeneficiary: true, fullMedicaidBenefits: true, medicaidExemptions: [] },
        'claim-2': {
          qualifiedMedicareBeneficiary: true,
          fullMedicaidBenefits: false,
          medicaidExemptions: [],
        },
        'claim-3': { qualifiedMedicareBeneficiary: true, medicaidExemptions: [] },
      },
    });
    expect(balanceOf(r, 'claim-2')).toMatchObject({
      denials: [],
      heldCostSharing: [
        { code: 'billing.denial.qmb_only_copayment_not_client', group: 'PR', carc: '3', amountCents: 300 },
      ],
    });
    expect(balanceOf(r, 'claim-3')).toMatchObject({
      denials: [],
      heldCostSharing: [
        { code: 'billing.denial.qmb_full_medicaid_unknown', group: 'PR', carc: '3', amountCents: 300 },
      ],
    });
    // Held cost sharing is the payer's adjudication, not its denial: every claim stays paid.
    expect(r.results.map((x) => x.suggestedStatus)).toEqual(['paid', 'paid', 'paid']);
  });

  it('a QMB’s $3 Medicaid copayment: full Medicaid, theirs; without it, written off (CMS MLN QMB billing)', () => {
    const r = postRemittance(era(MEDICAID_ID, { carc: '3', amountCents: 300 }), claims(MEDICAID_ID), [], {
      payerKind: 'medicaid',
      medicaidCostSharing: true,
      medicaidFactsByClaim: {
        'claim-1': { qualifiedMedicareBeneficiary: true, fullMedicaidBenefits: true, medicaidExemptions: [] },
        'claim-2': {
          qualifiedMedicareBeneficiary: true,
          fullMedicaidBenefits: false,
          medicaidExemptions: [],
        },
        'claim-3': { qualifiedMedicareBeneficiary: true, medicaidExemptions: [] },
      },
    });
    expect(balanceOf(r, 'claim-1').clientResponsibility.copayCents).toBe(300);
    expect(balanceOf(r, 'claim-2')).toMatchObject({
      deniedCents: 300,
      clientResponsibility: { copayCents: 0 },
    });
    expect(codesOf(r, 'claim-2')).toContain('billing.denial.qmb_only_copayment_not_client');
    expect(balanceOf(r, 'claim-3')).toMatchObject({
      deniedCents: 300,
      clientResponsibility: { copayCents: 0 },
    });
    expect(codesOf(r, 'claim-3')).toContain('billing.denial.qmb_full_medicaid_unknown');
  });

  it('the deprecated single-client QMB status on three clients: each claim’s $22.40 kept as held, 2026-04-06', () => {
    const r = postRemittance(era(MCR), claims(MCR), [], {
      payerKind: 'medicare',
      qualifiedMedicareBeneficiary: false,
    });
    for (const id of IDS) {
      // Held under the triage's own reason: the status, as any one claim's, is not known.
      expect(balanceOf(r, id).heldCostSharing).toEqual([
        { code: 'billing.denial.qmb_status_unknown', group: 'PR', carc: '2', amountCents: 2_240 },
      ]);
    }
  });

  it('the deprecated single-client `qualifiedMedicareBeneficiary: false` on three clients: no claim billed on it', () => {
    // Before: one client's "not a QMB" billed all three clients their $22.40.
    const r = postRemittance(era(MCR), claims(MCR), [], {
      payerKind: 'medicare',
      qualifiedMedicareBeneficiary: false,
    });
    for (const id of IDS) {
      expect(balanceOf(r, id)).toMatchObject({
        deniedCents: 2_240,
        clientResponsibility: { coinsuranceCents: 0 },
      });
      expect(r.results.find((x) => x.claimId === id)?.reasons).toContainEqual({
        code: 'billing.remittance.qmb_status_not_per_claim',
        severity: 'warning',
        message: expect.stringContaining('more than one client'),
        facts: { group: 'PR', carc: '2', amountCents: 2_240, payerKind: 'medicare', lineId: '1' },
      });
      expect(codesOf(r, id)).toContain('billing.denial.qmb_status_unknown');
    }
    expect(r.results.map((x) => x.suggestedStatus)).toEqual(['paid', 'paid', 'paid']);
  });

  it('the deprecated single facts still apply when every claim is one client’s', () => {
    const r = postRemittance(era(MCR), claims(MCR, true), [], {
      payerKind: 'medicare',
      qualifiedMedicareBeneficiary: false,
    });
    for (const id of IDS) {
      expect(balanceOf(r, id).clientResponsibility.coinsuranceCents).toBe(2_240);
      expect(codesOf(r, id)).not.toContain('billing.remittance.qmb_status_not_per_claim');
    }
  });

  it('payer kind unknown, a single-client "QMB" on three clients: held, as a QMB’s would be; not a QMB, billed', () => {
    const held = postRemittance(era(MCR), claims(MCR), [], { qualifiedMedicareBeneficiary: true });
    for (const id of IDS) {
      expect(balanceOf(held, id)).toMatchObject({
        deniedCents: 2_240,
        clientResponsibility: { coinsuranceCents: 0 },
      });
      expect(codesOf(held, id)).toEqual(
        expect.arrayContaining(['billing.remittance.qmb_status_not_per_claim']),
      );
    }
    // Alone, that client's "QMB" holds it (the payer could be Medicare); "not a QMB" leaves it theirs.
    const alone = (qualifiedMedicareBeneficiary: boolean) =>
      postRemittance(era(MCR), claims(MCR, true), [], { qualifiedMedicareBeneficiary }).balances[0];
    expect(alone(true)?.clientResponsibility.coinsuranceCents).toBe(0);
    expect(alone(false)?.clientResponsibility.coinsuranceCents).toBe(2_240);
  });

  it('a commercial remittance: the status decides nothing, the coinsurance is each client’s, no hold', () => {
    const r = postRemittance(era('aetna-1'), claims('aetna-1'), [], {
      payerKind: 'commercial',
      qualifiedMedicareBeneficiary: false,
    });
    for (const id of IDS) {
      expect(balanceOf(r, id).clientResponsibility.coinsuranceCents).toBe(2_240);
      expect(codesOf(r, id)).not.toContain('billing.remittance.qmb_status_not_per_claim');
    }
  });

  it('a reversal (CLP02 22) of a held amount takes it back from the denied amounts without a second reason', () => {
    const base = era(MCR);
    const reversal: RemittanceInput = {
      ...base,
      remittanceId: 'era-2026-05-08',
      paidOn: '2026-05-08',
      claims: base.claims.map((c) => ({
        ...c,
        claimStatusCode: '22',
        chargeCents: -c.chargeCents,
        paidCents: -c.paidCents,
        lines: c.lines?.map((l) => ({
          ...l,
          chargeCents: -l.chargeCents,
          paidCents: -l.paidCents,
          adjustments: l.adjustments?.map((a) => ({ ...a, amountCents: -a.amountCents })),
        })),
      })),
    };
    const opts = { payerKind: 'medicare' as const, qualifiedMedicareBeneficiary: false };
    const first = postRemittance(base, claims(MCR), [], opts);
    const back = postRemittance(reversal, claims(MCR), first.balances, opts);
    expect(balanceOf(back, 'claim-1')).toMatchObject({ deniedCents: 0, paidCents: 0 });
    expect(codesOf(back, 'claim-1')).not.toContain('billing.remittance.qmb_status_not_per_claim');
  });

  it('refuses a QMB status given both per claim and once for the call, echoing no value', () => {
    let error: unknown;
    try {
      postRemittance(era(MCR), claims(MCR), [], {
        payerKind: 'medicare',
        qualifiedMedicareBeneficiary: false,
        medicaidFactsByClaim: { 'claim-1': { fullMedicaidBenefits: true } },
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const issues = (error as ValidationError).issues;
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'billing.remittance.medicaid_facts_conflict',
        at: '$.options.medicaidFactsByClaim',
      }),
    ]);
    // One kind of fact per claim and the other once for the call is allowed.
    expect(() =>
      postRemittance(era(MCR), claims(MCR), [], {
        payerKind: 'medicare',
        qualifiedMedicareBeneficiary: false,
        medicaidFactsByClaim: { 'claim-1': { medicaidExemptions: [] } },
      }),
    ).not.toThrow();
  });
});

describe('listDenialsToWork: each claim’s QMB status', () => {
  it('lists the QMB’s coinsurance (check the crossover), leaves the other client’s to them', () => {
    const items = listDenialsToWork(era(MCR), {
      payerKind: 'medicare',
      hasSecondaryCoverage: false,
      medicaidFactsByClaim: {
        'claim-1': { qualifiedMedicareBeneficiary: true },
        'claim-2': { qualifiedMedicareBeneficiary: false },
        'claim-3': { qualifiedMedicareBeneficiary: false },
      },
    }).filter((i) => i.group === 'PR');
    expect(items.map((i) => [i.claimId, i.triage.action])).toEqual([
      ['claim-1', 'verify_coverage_and_rebill'],
    ]);
  });

  it('the deprecated single status on three claims: each listed undecided with why, never billed', () => {
    const items = listDenialsToWork(era(MCR), {
      payerKind: 'medicare',
      qualifiedMedicareBeneficiary: false,
      hasSecondaryCoverage: false,
    }).filter((i) => i.group === 'PR');
    expect(items.map((i) => [i.claimId, i.triage.outcome, i.triage.clientBillable])).toEqual([
      ['claim-1', 'undecided', false],
      ['claim-2', 'undecided', false],
      ['claim-3', 'undecided', false],
    ]);
    for (const i of items)
      expect(i.triage.reasons.map((r) => r.code)).toContain('billing.remittance.qmb_status_not_per_claim');
    // Payer kind unknown and a single-client "QMB": the triage would bill it; held for the biller instead.
    const unknownKind = listDenialsToWork(era(MCR), {
      qualifiedMedicareBeneficiary: true,
      hasSecondaryCoverage: false,
    }).filter((i) => i.group === 'PR');
    expect(unknownKind.map((i) => [i.triage.outcome, i.triage.action, i.triage.owner])).toEqual([
      ['undecided', 'review_manually', 'biller'],
      ['undecided', 'review_manually', 'biller'],
      ['undecided', 'review_manually', 'biller'],
    ]);
  });
});

describe('property: posting several clients’ claims together equals posting each alone with its own facts', () => {
  const facts = fc.record(
    { qualifiedMedicareBeneficiary: fc.boolean(), fullMedicaidBenefits: fc.boolean() },
    { requiredKeys: [] },
  );
  const kind = fc.constantFrom(
    'medicare' as const,
    'medicare_advantage' as const,
    'medicaid' as const,
    'medicaid_managed_care' as const,
    'commercial' as const,
    undefined,
  );

  it('per-claim QMB facts: each claim as if posted alone', () => {
    fc.assert(
      fc.property(
        fc.tuple(fc.option(facts, { nil: undefined }), facts, facts),
        kind,
        fc.constantFrom('1', '2', '3'),
        fc.option(fc.boolean(), { nil: undefined }),
        (each, payerKind, carc, medicaidCostSharing) => {
          const remittance = era(MCR, { carc, amountCents: 1_000 });
          const common = {
            ...(payerKind === undefined ? {} : { payerKind }),
            ...(medicaidCostSharing === undefined ? {} : { medicaidCostSharing }),
          };
          const byClaim = Object.fromEntries(
            IDS.flatMap((id, i) =>
              each[i] === undefined ? [] : [[id, { ...each[i], medicaidExemptions: [] }]],
            ),
          );
          const together = postRemittance(remittance, claims(MCR), [], {
            ...common,
            medicaidFactsByClaim: byClaim,
          });
          IDS.forEach((id, i) => {
            const alone = postRemittance(
              { ...remittance, claims: remittance.claims.filter((c) => c.claimId === id) },
              claims(MCR).filter((c) => c.claimId === id),
              [],
              { ...common, ...(each[i] ?? {}), ...(each[i] === undefined ? {} : { medicaidExemptions: [] }) },
            );
            expect(balanceOf(together, id)).toEqual(alone.balances[0]);
            expect(together.results.find((x) => x.claimId === id)).toEqual({
              ...alone.results[0],
              remittanceClaimIndexes: [i],
            });
          });
        },
      ),
      { numRuns: 80 },
    );
  });

  // The deprecated single facts, given (at least one of them): whose they are is not known.
  const given = fc.oneof(
    fc.record(
      { qualifiedMedicareBeneficiary: fc.boolean(), fullMedicaidBenefits: fc.boolean() },
      { requiredKeys: ['qualifiedMedicareBeneficiary'] },
    ),
    fc.record({ fullMedicaidBenefits: fc.boolean() }),
  );

  it('the deprecated single facts on several clients never bill what that status, as any one claim’s, would hold', () => {
    fc.assert(
      fc.property(
        given,
        kind,
        fc.constantFrom('1', '2', '3'),
        fc.option(fc.boolean(), { nil: undefined }),
        (single, payerKind, carc, medicaidCostSharing) => {
          const remittance = era(MCR, { carc, amountCents: 1_000 });
          const common = {
            ...(payerKind === undefined ? {} : { payerKind }),
            ...(medicaidCostSharing === undefined ? {} : { medicaidCostSharing }),
            medicaidExemptions: [],
          };
          const several = postRemittance(remittance, claims(MCR), [], { ...common, ...single });
          for (const status of [
            { qualifiedMedicareBeneficiary: true, fullMedicaidBenefits: false },
            { qualifiedMedicareBeneficiary: false },
            single,
          ]) {
            const asOne = postRemittance(remittance, claims(MCR, true), [], { ...common, ...status });
            for (const id of IDS)
              expect(getClientResponsibilityTotal(balanceOf(several, id))).toBeLessThanOrEqual(
                getClientResponsibilityTotal(balanceOf(asOne, id)),
              );
          }
        },
      ),
    );
  });
});
