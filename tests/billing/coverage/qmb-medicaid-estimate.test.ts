// A Medicaid plan's estimate and a Qualified Medicare Beneficiary: a QMB never owes a deductible or coinsurance
// (Medicare cost sharing; Medicaid's payment is payment in full), and a copayment only as the nominal Medicaid
// copayment a state may charge a QMB who also has full Medicaid (SSA 1902(n)(3)(B); CMS MLN6739136). Unknown
// facts leave the estimate undecided, never the client's on a guess.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimatePatientShare, estimatePatientShareSeries } from '../../../src/billing/index.js';
import { verifiedPlan } from './benefit-fixtures.js';

const codes = (reasons: readonly { code: string }[]) => reasons.map((r) => r.code);

// A state Medicaid plan verified 2026-01-05 with a $3 copayment and, for the example's sake, a $50 deductible
// and 20 % coinsurance left: a $120 session on 2026-03-02.
const medicaidPlan = {
  ...verifiedPlan,
  payerKind: 'medicaid' as const,
  copayCents: 300,
  copayBeforeDeductible: false,
  deductibleCents: 5_000,
  deductibleMetCents: 0,
  coinsuranceBasisPoints: 2_000,
};
// No exemption of 42 CFR 447.56(a) holds (checked: an empty list); without it every estimate is undecided.
const session = { allowedCents: 12_000, dateOfService: '2026-03-02', medicaidExemptions: [] };

describe('estimatePatientShare: a Medicaid plan and a Qualified Medicare Beneficiary', () => {
  it('not a QMB: $3 + $50 + 20 % of $67 on a $120 session is above any Medicaid maximum (42 CFR 447.52(b)): undecided (it was $66.40)', () => {
    const e = estimatePatientShare({ ...medicaidPlan, qualifiedMedicareBeneficiary: false }, session);
    expect(e).toMatchObject({ outcome: 'undecided', clientShareCents: null });
    expect(e.reasons[0]).toMatchObject({
      code: 'billing.estimate.medicaid_cost_sharing_above_maximum',
      facts: { clientShareCents: 300 + 5_000 + 1_340, allowedCents: 12_000 },
    });
  });

  it('a QMB with full Medicaid on 2026-03-02: only the $3 copayment (it was $66.40)', () => {
    const e = estimatePatientShare(
      { ...medicaidPlan, qualifiedMedicareBeneficiary: true, fullMedicaidBenefits: true },
      session,
    );
    expect(e).toMatchObject({
      outcome: 'estimated',
      clientShareCents: 300,
      payerShareCents: 11_700,
      breakdown: { copayCents: 300, deductibleCents: 0, coinsuranceCents: 0 },
    });
    expect(e.reasons[0]).toMatchObject({
      code: 'billing.estimate.qmb_medicaid_cost_sharing_not_client',
      facts: { heldCents: 6_340, fullMedicaidBenefits: true },
    });
  });

  it('a QMB without full Medicaid (QMB only): $0, the copayment too', () => {
    const e = estimatePatientShare(
      {
        ...medicaidPlan,
        payerKind: 'medicaid_managed_care',
        qualifiedMedicareBeneficiary: true,
        fullMedicaidBenefits: false,
      },
      session,
    );
    expect(e).toMatchObject({ outcome: 'estimated', clientShareCents: 0, payerShareCents: 12_000 });
  });

  it('a QMB, full Medicaid unknown, with a copayment: undecided; without a copayment: $0', () => {
    const e = estimatePatientShare({ ...medicaidPlan, qualifiedMedicareBeneficiary: true }, session);
    expect(e).toMatchObject({ outcome: 'undecided', clientShareCents: null, breakdown: null });
    expect(codes(e.reasons)).toEqual(['billing.estimate.qmb_full_medicaid_unknown']);
    const noCopay = estimatePatientShare(
      { ...medicaidPlan, copayCents: 0, qualifiedMedicareBeneficiary: true },
      session,
    );
    expect(noCopay).toMatchObject({ outcome: 'estimated', clientShareCents: 0 });
  });

  it('QMB status unknown with cost sharing: undecided (it was $66.40 the client’s); none to share: estimated $0', () => {
    const e = estimatePatientShare(medicaidPlan, session);
    expect(e).toMatchObject({ outcome: 'undecided', clientShareCents: null });
    expect(codes(e.reasons)).toEqual(['billing.estimate.medicaid_qmb_status_unknown']);
    const free = estimatePatientShare(
      { ...medicaidPlan, copayCents: 0, deductibleCents: 0, coinsuranceBasisPoints: 0 },
      session,
    );
    expect(free).toMatchObject({ outcome: 'estimated', clientShareCents: 0 });
  });

  it('a commercial plan is not Medicaid’s: a QMB’s estimate is the plan’s, as before', () => {
    const e = estimatePatientShare(
      { ...medicaidPlan, payerKind: 'commercial', qualifiedMedicareBeneficiary: true },
      session,
    );
    expect(e).toMatchObject({ outcome: 'estimated', clientShareCents: 6_640 });
  });

  it('a series stops carrying the totals at an undecided session', () => {
    const s = estimatePatientShareSeries(medicaidPlan, [
      session,
      { ...session, dateOfService: '2026-03-09' },
    ]);
    expect(s.map((e) => e.outcome)).toEqual(['undecided', 'undecided']);
  });

  it('property: on a Medicaid plan a client not known to be a non-QMB owes at most a copayment, and only with full Medicaid', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('medicaid' as const, 'medicaid_managed_care' as const),
        fc.option(fc.boolean(), { nil: undefined }),
        fc.option(fc.boolean(), { nil: undefined }),
        fc.integer({ min: 0, max: 2_000 }),
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 1, max: 50_000 }),
        (payerKind, qmb, full, copayCents, deductibleCents, coinsuranceBasisPoints, allowedCents) => {
          const e = estimatePatientShare(
            {
              ...medicaidPlan,
              payerKind,
              copayCents,
              deductibleCents,
              coinsuranceBasisPoints,
              ...(qmb === undefined ? {} : { qualifiedMedicareBeneficiary: qmb }),
              ...(full === undefined ? {} : { fullMedicaidBenefits: full }),
            },
            { allowedCents, dateOfService: '2026-03-02', medicaidExemptions: [] },
          );
          if (e.clientShareCents === null) {
            expect(e.outcome).toBe('undecided');
            return;
          }
          expect(e.clientShareCents + (e.payerShareCents ?? 0)).toBe(allowedCents);
          if (qmb !== false && e.clientShareCents > 0) {
            expect(qmb).toBe(true);
            expect(full).toBe(true);
            expect(e.clientShareCents).toBeLessThanOrEqual(copayCents);
            expect(e.breakdown).toMatchObject({ deductibleCents: 0, coinsuranceCents: 0 });
          }
        },
      ),
    );
  });
});
