// An outside tester's audit of secondary claims and coordination of benefits against the regulations:
// Medicare Secondary Payer (42 CFR 411 subpart B: Medicare pays second to a group health plan, and its 12-month
// filing limit of 42 CFR 424.44 is not extended for a secondary claim) and Medicaid as payer of last resort
// (42 CFR 433.139: the state denies a claim when a liable third party is known, and the provider bills that
// party first; 42 CFR 447.15, 447.20: the Medicaid client is not billed beyond the state's cost sharing).
import { describe, expect, it } from 'vitest';
import {
  evaluateClaimTimelyFiling,
  MEDICARE_PAYER_PROFILE_EXAMPLE,
  type PayerProfile,
  postRemittance,
  triageDenial,
} from '../../src/billing/index.js';
import type { RemittanceInput } from '../../src/billing/remittance/remittance.js';
import { COMMERCIAL, claim, line } from './claims/claim-fixtures.js';

const COMMERCIAL_SECONDARY: PayerProfile = {
  ...COMMERCIAL,
  filing: { ...COMMERCIAL.filing, secondaryFromPrimaryRemittance: { amount: 90, unit: 'days' } },
};
const codes = (reasons: readonly { code: string }[]) => reasons.map((r) => r.code);
const secondaryDraft = (payerId: string, dos: string, primaryRemittanceDate?: string) =>
  claim({
    payerId,
    coverage: 'secondary',
    lines: [line({ serviceDate: dos })],
    ...(primaryRemittanceDate === undefined ? {} : { primaryRemittanceDate }),
  });
// A 90834 on 2026-03-02: $150 billed, `paid` paid, the rest in `adjustments`, processed as CLP02 `status`.
const era = (
  payerId: string,
  status: '1' | '2' | '19',
  paid: number,
  adjustments: { group: 'CO' | 'PR' | 'OA' | 'PI'; carc: string; amountCents: number }[],
): RemittanceInput => ({
  remittanceId: 'era-2026-04-06',
  payerId,
  paidOn: '2026-04-06',
  claims: [
    {
      claimId: 'claim-1',
      claimStatusCode: status,
      chargeCents: 15_000,
      paidCents: paid,
      lines: [
        {
          lineRef: '1',
          procedureCode: '90834',
          serviceDate: '2026-03-02',
          chargeCents: 15_000,
          paidCents: paid,
          adjustments: adjustments.map((a) => ({ ...a, remarks: [] })),
        },
      ],
    },
  ],
});

describe('coordination of benefits: filing a secondary claim', () => {
  it('1. Medicare as secondary payer (MSP), DOS 2025-10-01, primary paid 2026-09-20: the 12 months from the DOS are not extended; late on 2026-10-05', () => {
    const d = evaluateClaimTimelyFiling(
      secondaryDraft(MEDICARE_PAYER_PROFILE_EXAMPLE.payerId, '2025-10-01', '2026-09-20'),
      MEDICARE_PAYER_PROFILE_EXAMPLE,
      { asOf: '2026-10-05' },
    );
    expect(d.outcome).toBe('expired');
    expect(d.deadline).toBe('2026-10-01');
  });

  it('2. a commercial secondary, DOS 2026-01-05, primary paid 2026-05-01: 90 days from the primary’s remittance (2026-07-30), later than from the DOS', () => {
    const d = evaluateClaimTimelyFiling(
      secondaryDraft(COMMERCIAL_SECONDARY.payerId, '2026-01-05', '2026-05-01'),
      COMMERCIAL_SECONDARY,
      { asOf: '2026-05-10' },
    );
    expect(d.outcome).toBe('on_time');
    expect(d.deadline).toBe('2026-07-30');
  });

  it('3. a secondary claim whose primary remittance date is not given: never the later deadline on a guess', () => {
    const d = evaluateClaimTimelyFiling(
      secondaryDraft(COMMERCIAL_SECONDARY.payerId, '2026-01-05'),
      COMMERCIAL_SECONDARY,
      { asOf: '2026-05-10' },
    );
    expect(d.deadline === null || d.deadline <= '2026-04-05').toBe(true);
    expect(d.outcome).not.toBe('on_time');
  });
});

describe('coordination of benefits: the payer says another payer comes first', () => {
  it('4. Medicare CO-22 (MSP: a group health plan is primary): bill that plan, never the client', () => {
    const t = triageDenial(
      { group: 'CO', carc: '22', amountCents: 15_000, remarks: [] },
      { payerKind: 'medicare', inNetwork: true, hasSecondaryCoverage: false, decisionDate: '2026-04-06' },
    );
    expect(t).toMatchObject({ clientBillable: false, action: 'verify_coverage_and_rebill' });
  });

  it('5. a commercial PR-22: the payer put it on the client, yet another payer may owe it: not the client’s yet', () => {
    const t = triageDenial(
      { group: 'PR', carc: '22', amountCents: 15_000, remarks: [] },
      { payerKind: 'commercial', inNetwork: true, hasSecondaryCoverage: false, decisionDate: '2026-04-06' },
    );
    expect(t.clientBillable).toBe(false);
    expect(codes(t.reasons)).toContain('billing.denial.bill_other_payer');
  });

  it('6. Medicaid as payer of last resort denies CO-22 (other coverage on file): bill the liable payer, not the client, not a write-off', () => {
    const t = triageDenial(
      { group: 'CO', carc: '22', amountCents: 15_000, remarks: [] },
      { payerKind: 'medicaid', inNetwork: true, hasSecondaryCoverage: false, decisionDate: '2026-04-06' },
    );
    expect(t).toMatchObject({ clientBillable: false, action: 'verify_coverage_and_rebill' });
  });

  it('7. Medicaid PR-109 (not this payer’s claim): another payer’s, never the Medicaid client’s', () => {
    const t = triageDenial(
      { group: 'PR', carc: '109', amountCents: 15_000, remarks: [] },
      { payerKind: 'medicaid', inNetwork: true, hasSecondaryCoverage: false, decisionDate: '2026-04-06' },
    );
    expect(t.clientBillable).toBe(false);
    expect(t.action).not.toBe('bill_client');
  });
});

describe('coordination of benefits: posting', () => {
  it('8. a commercial primary’s $30 coinsurance for a client with Medicaid secondary: posted as the payer assigned, bill the secondary first', () => {
    const r = postRemittance(
      era(COMMERCIAL.payerId, '1', 9_000, [
        { group: 'CO', carc: '45', amountCents: 3_000 },
        { group: 'PR', carc: '2', amountCents: 3_000 },
      ]),
      [claim()],
      [],
      { payerKind: 'commercial', inNetwork: true, hasSecondaryCoverage: true },
    );
    expect(r.balances[0]?.clientResponsibility.coinsuranceCents).toBe(3_000);
    expect(codes(r.results[0]?.reasons ?? [])).toContain('billing.remittance.bill_secondary_first');
  });

  it('9. Medicare as secondary (CLP02 2) with OA-23 for what the group health plan paid: not a denial, not the client’s, status paid', () => {
    const r = postRemittance(
      era(MEDICARE_PAYER_PROFILE_EXAMPLE.payerId, '2', 1_500, [
        { group: 'CO', carc: '45', amountCents: 3_500 },
        { group: 'OA', carc: '23', amountCents: 10_000 },
      ]),
      [claim({ payerId: MEDICARE_PAYER_PROFILE_EXAMPLE.payerId, coverage: 'secondary' })],
      [],
      {
        payerKind: 'medicare',
        inNetwork: true,
        hasSecondaryCoverage: false,
        qualifiedMedicareBeneficiary: false,
      },
    );
    expect(r.balances[0]).toMatchObject({
      paidCents: 1_500,
      deniedCents: 0,
      otherAdjustmentCents: 10_000,
      clientResponsibility: { deductibleCents: 0, coinsuranceCents: 0, copayCents: 0, otherCents: 0 },
    });
    expect(r.results[0]?.suggestedStatus).toBe('paid');
  });

  it('10. Medicare primary crossed over to Medicaid (CLP02 19) with $20 coinsurance: wait for Medicaid before billing the client', () => {
    const r = postRemittance(
      era(MEDICARE_PAYER_PROFILE_EXAMPLE.payerId, '19', 8_000, [
        { group: 'CO', carc: '45', amountCents: 5_000 },
        { group: 'PR', carc: '2', amountCents: 2_000 },
      ]),
      [claim({ payerId: MEDICARE_PAYER_PROFILE_EXAMPLE.payerId })],
      [],
      {
        payerKind: 'medicare',
        inNetwork: true,
        hasSecondaryCoverage: true,
        qualifiedMedicareBeneficiary: false,
      },
    );
    expect(codes(r.results[0]?.reasons ?? [])).toContain('billing.remittance.forwarded_to_next_payer');
  });
});
