// Outside-tester cases for Medicare as secondary payer, from the regulation before the code. 42 CFR 411.33(a):
// for fee-schedule services Medicare's secondary payment is the lowest of (1) the actual charge (or the amount
// the supplier is obligated to accept as payment in full, if less) minus the primary payment, (2) what Medicare
// would pay as primary, (3) the higher of the Medicare fee schedule and the primary payer's allowable charge
// minus the primary payment; 411.33(b) works the example ($175 charge, $150 allowed, $120 paid, $125 fee
// schedule: Medicare pays $30). 42 CFR 411.32(b): no secondary payment when the provider is obligated to
// accept, or accepts, the primary payment as full payment [sources: cfr-42-411-b]. The secondary claim goes
// out with the primary's adjudication (837P loop 2320 CAS/AMT, 2330B) [sources: x12-837p-cg-cms]; Medicare's
// 835 reports the primary's payment as OA-23 [sources: x12-carc].
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  estimateMedicareSecondaryPayment,
  evaluateClaimScrub,
  MEDICARE_PAYER_PROFILE_EXAMPLE,
  postRemittance,
} from '../../../src/billing/index.js';
import type { RemittanceInput } from '../../../src/billing/remittance/remittance.js';
import { ValidationError } from '../../../src/core/index.js';
import { claim, line } from '../claims/claim-fixtures.js';

const MEDICARE = MEDICARE_PAYER_PROFILE_EXAMPLE;
const codes = (reasons: readonly { code: string }[]) => reasons.map((r) => r.code);
// The 411.33(b) example in cents: a 90834 of 2026-03-02 charged $175, the group health plan allowed $150 and
// paid $120, Medicare's fee schedule $125 and, the Part B deductible met, Medicare as primary would pay 80 %;
// the provider does not accept the plan's $120 as full payment (42 CFR 411.32(b)).
const EXAMPLE = {
  chargeCents: 17_500,
  primaryAllowedCents: 15_000,
  primaryPaidCents: 12_000,
  medicareFeeScheduleCents: 12_500,
  medicarePrimaryPaymentCents: 10_000,
  primaryPaymentIsFullPayment: false,
};

describe('42 CFR 411.33(a): the lowest of three amounts', () => {
  it('1. the regulation’s own example (411.33(b)): $55, $100, $30 → Medicare pays $30', () => {
    const d = estimateMedicareSecondaryPayment(EXAMPLE);
    expect(d).toMatchObject({
      outcome: 'payable',
      paymentCents: 3_000,
      limits: {
        chargeLessPrimaryCents: 5_500,
        medicareAsPrimaryCents: 10_000,
        allowedLessPrimaryCents: 3_000,
      },
    });
    expect(d.reasons[0]?.facts).toMatchObject({ lowest: 'allowed_less_primary' });
  });
  it('2. a primary that paid $160 of a $175 charge: the charge less its payment ($15) is lowest', () => {
    const d = estimateMedicareSecondaryPayment({
      ...EXAMPLE,
      primaryAllowedCents: 17_500,
      primaryPaidCents: 16_000,
    });
    expect(d.paymentCents).toBe(1_500);
    expect(d.reasons[0]?.facts).toMatchObject({ lowest: 'charge_less_primary' });
  });
  it('3. the Part B deductible partly unmet, Medicare as primary would pay $20: $20 is lowest', () => {
    const d = estimateMedicareSecondaryPayment({ ...EXAMPLE, medicarePrimaryPaymentCents: 2_000 });
    expect(d.paymentCents).toBe(2_000);
    expect(d.reasons[0]?.facts).toMatchObject({ lowest: 'medicare_as_primary' });
  });
  it('4. the fee schedule ($160) above the primary’s allowable ($150): the higher one counts, $160 − $120 = $40', () => {
    const d = estimateMedicareSecondaryPayment({
      ...EXAMPLE,
      medicareFeeScheduleCents: 16_000,
      medicarePrimaryPaymentCents: 12_800,
    });
    expect(d.limits.allowedLessPrimaryCents).toBe(4_000);
    expect(d.paymentCents).toBe(4_000);
  });
  it('5. the amount the supplier is obligated to accept ($140) replaces the charge in (1): $140 − $120 = $20', () => {
    const d = estimateMedicareSecondaryPayment({ ...EXAMPLE, obligatedToAcceptCents: 14_000 });
    expect(d.limits.chargeLessPrimaryCents).toBe(2_000);
    expect(d.paymentCents).toBe(2_000);
  });
  it('6. the primary paid its whole allowable and the charge: nothing left, not payable with a reason', () => {
    const d = estimateMedicareSecondaryPayment({
      ...EXAMPLE,
      primaryAllowedCents: 17_500,
      primaryPaidCents: 17_500,
    });
    expect(d.outcome).toBe('not_payable');
    expect(d.paymentCents).toBe(0);
    expect(codes(d.reasons)).toEqual(['billing.medicare_secondary.nothing_left_to_pay']);
  });
  it('7. 411.32(b): the provider must accept the primary’s payment as full payment: no secondary payment', () => {
    const d = estimateMedicareSecondaryPayment({ ...EXAMPLE, primaryPaymentIsFullPayment: true });
    expect(d).toMatchObject({ outcome: 'not_payable', paymentCents: 0 });
    expect(codes(d.reasons)).toEqual(['billing.medicare_secondary.primary_payment_accepted_as_full']);
  });
  it('8. 411.32(b): whether the primary’s payment is full payment not known: undecided, no amount, the fact named', () => {
    const { primaryPaymentIsFullPayment: _, ...unknown } = EXAMPLE;
    const d = estimateMedicareSecondaryPayment(unknown);
    expect(d).toMatchObject({
      outcome: 'undecided',
      paymentCents: null,
      limits: { allowedLessPrimaryCents: 3_000 },
    });
    expect(codes(d.reasons)).toEqual(['billing.medicare_secondary.full_payment_unknown']);
    expect(d.reasons[0]).toMatchObject({
      severity: 'warning',
      facts: {
        primaryPaymentIsFullPayment: null,
        paymentIfNotFullPaymentCents: 3_000,
        lowest: 'allowed_less_primary',
      },
    });
  });
  it('8b. nothing left to pay whatever the answer (primary paid the whole $175): not payable even with it unknown', () => {
    const { primaryPaymentIsFullPayment: _, ...unknown } = EXAMPLE;
    const d = estimateMedicareSecondaryPayment({
      ...unknown,
      primaryAllowedCents: 17_500,
      primaryPaidCents: 17_500,
    });
    expect(d).toMatchObject({ outcome: 'not_payable', paymentCents: 0 });
    expect(codes(d.reasons)).toEqual(['billing.medicare_secondary.nothing_left_to_pay']);
  });
  it('9. bad input: a primary payment above the charge, a negative amount; every problem by path, nothing echoed', () => {
    try {
      estimateMedicareSecondaryPayment({
        ...EXAMPLE,
        primaryPaidCents: 18_000,
        medicareFeeScheduleCents: -1,
      });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      const issues = (e as ValidationError).issues;
      expect(issues.map((i) => i.at).sort()).toEqual(['$.medicareFeeScheduleCents', '$.primaryPaidCents']);
      expect(JSON.stringify(issues)).not.toContain('18000');
    }
  });
  it('9b. an obligated amount above the charge is an input error (it counts only when less), by path', () => {
    try {
      estimateMedicareSecondaryPayment({ ...EXAMPLE, obligatedToAcceptCents: 20_000 });
      expect.unreachable();
    } catch (e) {
      const issues = (e as ValidationError).issues;
      expect(issues.map((i) => [i.at, i.code])).toEqual([
        ['$.obligatedToAcceptCents', 'billing.medicare_secondary.obligated_above_charge'],
      ]);
    }
  });
  it('property: payable only when full payment is known not accepted (411.32(b)), then the lowest of the three amounts (411.33(a))', () => {
    const cents = fc.integer({ min: 0, max: 500_000 });
    fc.assert(
      fc.property(
        cents,
        cents,
        cents,
        cents,
        cents,
        fc.option(cents, { nil: undefined }),
        fc.option(fc.boolean(), { nil: undefined }),
        (a, b, c, d, e, o, full) => {
          const chargeCents = Math.max(a, b);
          const primaryPaidCents = Math.min(a, b);
          const obligatedToAcceptCents = o === undefined ? undefined : Math.min(o, chargeCents);
          const r = estimateMedicareSecondaryPayment({
            chargeCents,
            primaryPaidCents,
            primaryAllowedCents: c,
            medicareFeeScheduleCents: d,
            medicarePrimaryPaymentCents: e,
            ...(obligatedToAcceptCents === undefined ? {} : { obligatedToAcceptCents }),
            ...(full === undefined ? {} : { primaryPaymentIsFullPayment: full }),
          });
          const { chargeLessPrimaryCents, medicareAsPrimaryCents, allowedLessPrimaryCents } = r.limits;
          const lowest = Math.min(chargeLessPrimaryCents, medicareAsPrimaryCents, allowedLessPrimaryCents);
          // 411.32(b): an amount above zero is given only when full payment is known not to be accepted.
          expect(r.outcome === 'undecided').toBe(full === undefined && lowest > 0);
          expect(r.outcome === 'payable').toBe(full === false && lowest > 0);
          if (r.outcome === 'undecided') {
            expect(r.paymentCents).toBeNull();
            expect(r.reasons[0].facts).toMatchObject({ paymentIfNotFullPaymentCents: lowest });
            return;
          }
          expect(r.paymentCents).toBe(full === true ? 0 : lowest);
          expect(r.paymentCents + primaryPaidCents).toBeLessThanOrEqual(chargeCents);
        },
      ),
    );
  });
});

// Medicare's 835 for the 411.33(b) example: $30 paid, the $120 the plan paid as OA-23, the $25 over the $150
// the provider accepts as CO-45; nothing on the client.
const mspEra = (
  status: '2' | '20',
  adjustments: { group: 'CO' | 'PR' | 'OA'; carc: string; amountCents: number }[],
  paid = 3_000,
): RemittanceInput => ({
  remittanceId: 'era-2026-04-20',
  payerId: MEDICARE.payerId,
  paidOn: '2026-04-20',
  claims: [
    {
      claimId: 'claim-1',
      claimStatusCode: status,
      chargeCents: 17_500,
      paidCents: paid,
      lines: [
        {
          lineRef: '1',
          procedureCode: '90834',
          serviceDate: '2026-03-02',
          chargeCents: 17_500,
          paidCents: paid,
          adjustments: adjustments.map((a) => ({ ...a, remarks: [] })),
        },
      ],
    },
  ],
});
const secondaryClaim = () =>
  claim({
    payerId: MEDICARE.payerId,
    coverage: 'secondary',
    primaryRemittanceDate: '2026-04-01',
    lines: [line({ chargeCents: 17_500 })],
  });
const facts = { payerKind: 'medicare', inNetwork: true, hasSecondaryCoverage: false } as const;

describe('posting Medicare’s secondary payment, and what the client owes after it', () => {
  it('10. the 411.33(b) payment posted: $30 paid, $120 prior payer, $25 contractual; the client owes nothing', () => {
    const r = postRemittance(
      mspEra('2', [
        { group: 'OA', carc: '23', amountCents: 12_000 },
        { group: 'CO', carc: '45', amountCents: 2_500 },
      ]),
      [secondaryClaim()],
      [],
      { ...facts, qualifiedMedicareBeneficiary: false },
    );
    expect(r.balances[0]).toMatchObject({ paidCents: 3_000, deniedCents: 0, otherAdjustmentCents: 12_000 });
    expect(r.balances[0]?.clientResponsibility).toEqual({
      deductibleCents: 0,
      coinsuranceCents: 0,
      copayCents: 0,
      otherCents: 0,
    });
    expect(r.results[0]?.suggestedStatus).toBe('paid');
  });
  it('11. Medicare leaves $10 coinsurance (PR-2) to a client known not to be a QMB: the client’s, as Medicare assigned it', () => {
    const r = postRemittance(
      mspEra(
        '2',
        [
          { group: 'OA', carc: '23', amountCents: 12_000 },
          { group: 'CO', carc: '45', amountCents: 2_500 },
          { group: 'PR', carc: '2', amountCents: 1_000 },
        ],
        2_000,
      ),
      [secondaryClaim()],
      [],
      { ...facts, qualifiedMedicareBeneficiary: false },
    );
    expect(r.balances[0]?.clientResponsibility.coinsuranceCents).toBe(1_000);
  });
  it('12. the same PR-2 with QMB status unknown: never billed to the client on a guess', () => {
    const r = postRemittance(
      mspEra(
        '2',
        [
          { group: 'OA', carc: '23', amountCents: 12_000 },
          { group: 'CO', carc: '45', amountCents: 2_500 },
          { group: 'PR', carc: '2', amountCents: 1_000 },
        ],
        2_000,
      ),
      [secondaryClaim()],
      [],
      facts,
    );
    expect(r.balances[0]?.clientResponsibility.coinsuranceCents).toBe(0);
  });
  it('13. Medicare as secondary forwarded the claim to a Medigap plan (CLP02 20): wait for it before billing the client', () => {
    const r = postRemittance(
      mspEra(
        '20',
        [
          { group: 'OA', carc: '23', amountCents: 12_000 },
          { group: 'CO', carc: '45', amountCents: 2_500 },
          { group: 'PR', carc: '2', amountCents: 1_000 },
        ],
        2_000,
      ),
      [secondaryClaim()],
      [],
      { ...facts, hasSecondaryCoverage: true, qualifiedMedicareBeneficiary: false },
    );
    expect(codes(r.results[0]?.reasons ?? [])).toContain('billing.remittance.forwarded_to_next_payer');
  });
});

describe('the secondary claim carries the primary’s adjudication (837P 2320/2330B)', () => {
  it('14. a Medicare secondary claim without the primary’s remittance date is refused; with it, not for that', () => {
    const { primaryRemittanceDate: _, ...without } = secondaryClaim();
    const refused = evaluateClaimScrub(without, MEDICARE, { asOf: '2026-04-02' });
    expect(codes(refused.reasons)).toContain('billing.scrub.primary_adjudication_missing');
    const ok = evaluateClaimScrub(secondaryClaim(), MEDICARE, { asOf: '2026-04-02' });
    expect(codes(ok.reasons)).not.toContain('billing.scrub.primary_adjudication_missing');
  });
});
