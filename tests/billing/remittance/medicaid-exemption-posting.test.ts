// A Medicaid 835 that puts cost sharing (PR) on a client exempt from it: the provider accepts Medicaid's
// payment as payment in full (42 CFR 447.15) and may not charge an exempt beneficiary (42 CFR 447.56(a);
// pregnancy every service from 2024-06-03, 89 FR 22780). Posting holds the amount off the client's ledger.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ClaimBalance,
  getClientResponsibilityTotal,
  MedicaidCostSharingExemption,
  postRemittance,
} from '../../../src/billing/index.js';
import { DENIAL_CODE_TABLE } from '../../../src/billing/remittance/denial-codes.js';
import type { RemittanceInput } from '../../../src/billing/remittance/remittance.js';
import { ValidationError } from '../../../src/core/index.js';
import { claim, line } from '../claims/claim-fixtures.js';

const MEDICAID_ID = 'NY-MEDICAID';
const codes = (r: ReturnType<typeof postRemittance>) => r.results[0]?.reasons.map((x) => x.code) ?? [];
const reasonOf = (r: ReturnType<typeof postRemittance>, code: string) =>
  r.results[0]?.reasons.find((x) => x.code === code);

// New York Medicaid's remittance of 2026-04-06 for a 90834 on `serviceDate`: $150 billed, $60 paid,
// `share` as PR on the line and the rest CO-45.
const lineEra = (
  share: { carc: string; amountCents: number; group?: 'PR' | 'CO' | 'OA' },
  serviceDate = '2026-03-02',
): RemittanceInput => ({
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
          serviceDate,
          chargeCents: 15_000,
          paidCents: 6_000,
          adjustments: [
            { group: 'CO', carc: '45', amountCents: 9_000 - share.amountCents },
            { group: share.group ?? 'PR', carc: share.carc, amountCents: share.amountCents },
          ],
        },
      ],
    },
  ],
});
const medicaidClaim = (serviceDate = '2026-03-02') =>
  claim({ payerId: MEDICAID_ID, lines: [line({ serviceDate })] });
// The state plan imposes the copayment and the client is known not to be a QMB: without an exemption the
// $3 copayment is theirs.
const plan = {
  payerKind: 'medicaid' as const,
  inNetwork: true,
  hasSecondaryCoverage: false,
  medicaidCostSharing: true,
  qualifiedMedicareBeneficiary: false,
};
const copay = { carc: '3', amountCents: 300 };

describe('postRemittance: Medicaid cost sharing of a client exempt under 42 CFR 447.56(a)', () => {
  it('PR-3 $3 for a 13-year-old (born 2012-05-10) on 2026-03-02: held among the denied amounts, status paid', () => {
    const r = postRemittance(lineEra(copay), [medicaidClaim()], [], {
      ...plan,
      clientBirthDate: '2012-05-10',
    });
    const b = r.balances[0] as ClaimBalance;
    expect(getClientResponsibilityTotal(b)).toBe(0);
    expect(b).toMatchObject({ deniedCents: 300, paidCents: 6_000, contractualCents: 8_700, denials: [] });
    expect(r.results[0]?.suggestedStatus).toBe('paid');
    expect(reasonOf(r, 'billing.remittance.medicaid_cost_sharing_exempt')?.facts).toMatchObject({
      exemptions: ['child_exempt_group'],
      datesOfService: ['2026-03-02'],
      amountCents: 300,
      carc: '3',
      lineId: '1',
    });
    // The secondary-coverage note is about the client's share: none was added.
    expect(codes(r)).not.toContain('billing.remittance.bill_secondary_first');
  });

  it('PR-3 $3 for a 13-year-old on 2026-03-02: kept on the balance as held under 42 CFR 447.56(a), added to what was held', () => {
    const before = {
      claimId: 'claim-1',
      chargeCents: 15_000,
      heldCostSharing: [
        { code: 'billing.denial.medicaid_payment_in_full', group: 'PR', carc: '45', amountCents: 1_000 },
      ],
    } as unknown as ClaimBalance;
    const r = postRemittance(lineEra(copay), [medicaidClaim()], [before], {
      ...plan,
      clientBirthDate: '2012-05-10',
    });
    expect((r.balances[0] as ClaimBalance).heldCostSharing).toEqual([
      { code: 'billing.denial.medicaid_payment_in_full', group: 'PR', carc: '45', amountCents: 1_000 },
      { code: 'billing.remittance.medicaid_cost_sharing_exempt', group: 'PR', carc: '3', amountCents: 300 },
    ]);
  });

  it('PR-2 $15 coinsurance of a client in hospice (Medicaid managed care): held; without the exemption, theirs', () => {
    const share = { carc: '2', amountCents: 1_500 };
    const held = postRemittance(lineEra(share), [medicaidClaim()], [], {
      ...plan,
      payerKind: 'medicaid_managed_care',
      medicaidExemptions: ['hospice'],
    });
    expect(held.balances[0]).toMatchObject({
      deniedCents: 1_500,
      clientResponsibility: { coinsuranceCents: 0 },
    });
    expect(codes(held)).toContain('billing.remittance.medicaid_cost_sharing_exempt');
    const none = postRemittance(lineEra(share), [medicaidClaim()], [], {
      ...plan,
      payerKind: 'medicaid_managed_care',
      medicaidExemptions: [],
    });
    expect(none.balances[0]).toMatchObject({
      deniedCents: 0,
      clientResponsibility: { coinsuranceCents: 1_500 },
    });
    expect(codes(none)).not.toContain('billing.remittance.medicaid_cost_sharing_exempt');
  });

  it('exemptions not given for an adult (born 1980-07-01): held for review with why, never billed by default', () => {
    const r = postRemittance(lineEra(copay), [medicaidClaim()], [], {
      ...plan,
      clientBirthDate: '1980-07-01',
    });
    expect(r.balances[0]).toMatchObject({
      deniedCents: 300,
      clientResponsibility: { copayCents: 0 },
      denials: [],
    });
    expect(r.results[0]?.suggestedStatus).toBe('paid');
    expect(reasonOf(r, 'billing.remittance.medicaid_exemption_unknown')).toMatchObject({
      severity: 'warning',
      facts: { exemptions: [], datesOfService: ['2026-03-02'], lineId: '1' },
    });
    // Neither birth date nor list: held just the same.
    const bare = postRemittance(lineEra(copay), [medicaidClaim()], [], plan);
    expect(bare.balances[0]).toMatchObject({ deniedCents: 300, clientResponsibility: { copayCents: 0 } });
    expect(codes(bare)).toContain('billing.remittance.medicaid_exemption_unknown');
  });

  it('the 18th birthday: born 2008-03-03 is 17 on 2026-03-02 (held); born 2008-03-02 is 18 that day (the copay is theirs)', () => {
    const at17 = postRemittance(lineEra(copay), [medicaidClaim()], [], {
      ...plan,
      clientBirthDate: '2008-03-03',
      medicaidExemptions: [],
    });
    expect(at17.balances[0]).toMatchObject({ deniedCents: 300, clientResponsibility: { copayCents: 0 } });
    const at18 = postRemittance(lineEra(copay), [medicaidClaim()], [], {
      ...plan,
      clientBirthDate: '2008-03-02',
      medicaidExemptions: [],
    });
    expect(at18.balances[0]).toMatchObject({ deniedCents: 0, clientResponsibility: { copayCents: 300 } });
  });

  it("835 lines without their own date are judged on the matched claim line's date (born 2008-03-05; 2026-03-02 held, 2026-03-09 the client's)", () => {
    const twoLines = claim({
      payerId: MEDICAID_ID,
      lines: [
        line({ lineId: '1', serviceDate: '2026-03-02' }),
        line({ lineId: '2', serviceDate: '2026-03-09' }),
      ],
    });
    const undated = (lineRef: string) => ({
      lineRef,
      procedureCode: '90834',
      chargeCents: 15_000,
      paidCents: 6_000,
      adjustments: [
        { group: 'CO' as const, carc: '45', amountCents: 8_700 },
        { group: 'PR' as const, carc: '3', amountCents: 300 },
      ],
    });
    const r = postRemittance(
      {
        remittanceId: 'era-2026-04-06',
        payerId: MEDICAID_ID,
        paidOn: '2026-04-06',
        claims: [
          { claimId: 'claim-1', chargeCents: 30_000, paidCents: 12_000, lines: [undated('1'), undated('2')] },
        ],
      },
      [twoLines],
      [],
      { ...plan, clientBirthDate: '2008-03-05', medicaidExemptions: [] },
    );
    expect(r.balances[0]).toMatchObject({ deniedCents: 300, clientResponsibility: { copayCents: 300 } });
    expect(reasonOf(r, 'billing.remittance.medicaid_cost_sharing_exempt')?.facts).toMatchObject({
      datesOfService: ['2026-03-02'],
      lineId: '1',
    });
  });

  it("an 835 line that matches no claim line and gives no date is judged on the claim's dates (a 13-year-old on 2026-03-02)", () => {
    const r = postRemittance(
      {
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
                lineRef: '9',
                procedureCode: '90837',
                chargeCents: 15_000,
                paidCents: 6_000,
                adjustments: [
                  { group: 'CO', carc: '45', amountCents: 8_700 },
                  { group: 'PR', carc: '3', amountCents: 300 },
                ],
              },
            ],
          },
        ],
      },
      [medicaidClaim()],
      [],
      { ...plan, clientBirthDate: '2012-05-10' },
    );
    expect(r.balances[0]).toMatchObject({ deniedCents: 300, clientResponsibility: { copayCents: 0 } });
    expect(reasonOf(r, 'billing.remittance.medicaid_cost_sharing_exempt')?.facts).toMatchObject({
      datesOfService: ['2026-03-02'],
    });
  });

  it('a held copay is not an underpayment: the contracted $63.00 was allowed ($60 paid, $3 held from the exempt client)', () => {
    const r = postRemittance(lineEra(copay), [medicaidClaim()], [], {
      ...plan,
      clientBirthDate: '2012-05-10',
      feeSchedule: [{ payerId: MEDICAID_ID, procedureCode: '90834', allowedCentsPerUnit: 6_300 }],
    });
    expect(r.balances[0]).toMatchObject({ deniedCents: 300, clientResponsibility: { copayCents: 0 } });
    expect(codes(r)).not.toContain('billing.remittance.underpaid');
  });

  it('pregnant on 2024-05-31 (before 89 FR 22780): held, pregnancy-related unknown; on 2024-06-03 exempt for every service', () => {
    const before = postRemittance(lineEra(copay, '2024-05-31'), [medicaidClaim('2024-05-31')], [], {
      ...plan,
      medicaidExemptions: ['pregnant_or_postpartum'],
    });
    expect(before.balances[0]).toMatchObject({ deniedCents: 300, clientResponsibility: { copayCents: 0 } });
    expect(codes(before)).toContain('billing.remittance.medicaid_pregnancy_service_unknown');
    const from = postRemittance(lineEra(copay, '2024-06-03'), [medicaidClaim('2024-06-03')], [], {
      ...plan,
      medicaidExemptions: ['pregnant_or_postpartum'],
    });
    expect(from.balances[0]).toMatchObject({ deniedCents: 300, clientResponsibility: { copayCents: 0 } });
    expect(reasonOf(from, 'billing.remittance.medicaid_cost_sharing_exempt')?.facts).toMatchObject({
      exemptions: ['pregnant_or_postpartum'],
    });
  });

  it('a claim over the 18th birthday (born 2008-03-05; sessions 2026-03-02 and 2026-03-09): each line by its own date, a claim-level copay held for review', () => {
    const twoLines = claim({
      payerId: MEDICAID_ID,
      lines: [
        line({ lineId: '1', serviceDate: '2026-03-02' }),
        line({ lineId: '2', serviceDate: '2026-03-09' }),
      ],
    });
    const opts = { ...plan, clientBirthDate: '2008-03-05', medicaidExemptions: [] };
    const svc = (lineRef: string, serviceDate: string) => ({
      lineRef,
      procedureCode: '90834',
      serviceDate,
      chargeCents: 15_000,
      paidCents: 6_000,
      adjustments: [
        { group: 'CO' as const, carc: '45', amountCents: 8_700 },
        { group: 'PR' as const, carc: '3', amountCents: 300 },
      ],
    });
    const byLine = postRemittance(
      {
        remittanceId: 'era-2026-04-06',
        payerId: MEDICAID_ID,
        paidOn: '2026-04-06',
        claims: [
          {
            claimId: 'claim-1',
            chargeCents: 30_000,
            paidCents: 12_000,
            lines: [svc('1', '2026-03-02'), svc('2', '2026-03-09')],
          },
        ],
      },
      [twoLines],
      [],
      opts,
    );
    expect(byLine.balances[0]).toMatchObject({ deniedCents: 300, clientResponsibility: { copayCents: 300 } });
    expect(reasonOf(byLine, 'billing.remittance.medicaid_cost_sharing_exempt')?.facts).toMatchObject({
      lineId: '1',
      datesOfService: ['2026-03-02'],
    });
    const claimLevel = postRemittance(
      {
        remittanceId: 'era-2026-04-06',
        payerId: MEDICAID_ID,
        paidOn: '2026-04-06',
        claims: [
          {
            claimId: 'claim-1',
            chargeCents: 30_000,
            paidCents: 12_000,
            adjustments: [
              { group: 'CO', carc: '45', amountCents: 17_700 },
              { group: 'PR', carc: '3', amountCents: 300 },
            ],
          },
        ],
      },
      [twoLines],
      [],
      opts,
    );
    expect(claimLevel.balances[0]).toMatchObject({
      deniedCents: 300,
      clientResponsibility: { copayCents: 0 },
    });
    expect(reasonOf(claimLevel, 'billing.remittance.medicaid_exemption_unknown')?.facts).toMatchObject({
      lineId: null,
      datesOfService: ['2026-03-02', '2026-03-09'],
      exemptions: ['child_exempt_group'],
    });
  });

  it('a commercial remittance ignores Medicaid exemptions: the $3 copay is the client’s', () => {
    const r = postRemittance(lineEra(copay), [medicaidClaim()], [], {
      payerKind: 'commercial',
      inNetwork: true,
      hasSecondaryCoverage: false,
      clientBirthDate: '2012-05-10',
      medicaidExemptions: ['hospice'],
    });
    expect(r.balances[0]).toMatchObject({ deniedCents: 0, clientResponsibility: { copayCents: 300 } });
  });

  it('a reversal of the held copay (2026-05-08) takes it back from the denied amounts, never from the client’s', () => {
    const first = postRemittance(lineEra(copay), [medicaidClaim()], [], {
      ...plan,
      medicaidExemptions: ['hospice'],
    });
    const reversal: RemittanceInput = {
      remittanceId: 'era-2026-05-08',
      payerId: MEDICAID_ID,
      paidOn: '2026-05-08',
      claims: [
        {
          claimId: 'claim-1',
          claimStatusCode: '22',
          chargeCents: -15_000,
          paidCents: -6_000,
          adjustments: [
            { group: 'CO', carc: '45', amountCents: -8_700 },
            { group: 'PR', carc: '3', amountCents: -300 },
          ],
        },
      ],
    };
    const r = postRemittance(reversal, [medicaidClaim()], first.balances, {
      ...plan,
      medicaidExemptions: ['hospice'],
    });
    expect(r.balances[0]).toMatchObject({
      deniedCents: 0,
      paidCents: 0,
      clientResponsibility: { copayCents: 0 },
    });
    expect(codes(r)).not.toContain('billing.remittance.medicaid_cost_sharing_exempt');
  });

  it('property: an exempt client’s ledger never grows from a Medicaid 835, whatever the code, group and other facts', () => {
    const bool = fc.option(fc.boolean(), { nil: undefined });
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(DENIAL_CODE_TABLE)),
        fc.constantFrom('PR' as const, 'CO' as const, 'OA' as const),
        fc.integer({ min: 1, max: 9_000 }),
        fc.constantFrom('medicaid' as const, 'medicaid_managed_care' as const),
        fc.record({
          inNetwork: bool,
          hasSecondaryCoverage: bool,
          medicaidCostSharing: bool,
          qualifiedMedicareBeneficiary: bool,
          fullMedicaidBenefits: bool,
        }),
        // Exempt by a listed exemption, or by a birth date under 18 on 2026-03-02 with the list not given.
        fc.oneof(
          fc
            .uniqueArray(fc.constantFrom(...MedicaidCostSharingExemption.options), {
              minLength: 1,
              maxLength: 12,
            })
            .map((medicaidExemptions) => ({ medicaidExemptions })),
          fc.integer({ min: 2009, max: 2025 }).map((year) => ({ clientBirthDate: `${year}-06-15` })),
        ),
        fc.integer({ min: 0, max: 50_000 }),
        (carc, group, amountCents, payerKind, facts, exemption, earlierCopay) => {
          const before = {
            claimId: 'claim-1',
            chargeCents: 15_000,
            clientResponsibility: { copayCents: earlierCopay },
          };
          const r = postRemittance(lineEra({ carc, group, amountCents }), [medicaidClaim()], [before], {
            payerKind,
            ...facts,
            ...exemption,
            signedWaiverClaimIds: ['claim-1'],
          });
          expect(getClientResponsibilityTotal(r.balances[0] as ClaimBalance)).toBe(earlierCopay);
        },
      ),
    );
  });
});

// One New York Medicaid remittance of 2026-04-06 paying three clients' 2026-03-02 sessions, a $3 copayment
// (PR-3) on each: 42 CFR 447.56(a) exempts a client by their own facts, never by another client's.
const threeClientEra = (): RemittanceInput => {
  const base = lineEra(copay).claims[0] as RemittanceInput['claims'][number];
  return {
    ...lineEra(copay),
    claims: ['claim-1', 'claim-2', 'claim-3'].map((claimId) => ({ ...base, claimId })),
  };
};
const threeClaims = () =>
  [1, 2, 3].map((n) => claim({ claimId: `claim-${n}`, clientId: `client-${n}`, payerId: MEDICAID_ID }));
// The state's plan without a client's QMB status, and each of the three clients known not to be one.
const { qualifiedMedicareBeneficiary: _once, ...state } = plan;
const notQmb = Object.fromEntries(
  ['claim-1', 'claim-2', 'claim-3'].map((id) => [id, { qualifiedMedicareBeneficiary: false }]),
);
const balanceOf = (r: ReturnType<typeof postRemittance>, claimId: string) =>
  r.balances.find((b) => b.claimId === claimId) as ClaimBalance;
const codesOf = (r: ReturnType<typeof postRemittance>, claimId: string) =>
  r.results.find((x) => x.claimId === claimId)?.reasons.map((x) => x.code) ?? [];

describe('postRemittance: a remittance paying several Medicaid clients judges each claim on its own facts', () => {
  it('a 13-year-old, an adult with none and an adult in hospice: held, billed, held (medicaidFactsByClaim)', () => {
    const r = postRemittance(threeClientEra(), threeClaims(), [], {
      ...state,
      medicaidFactsByClaim: {
        'claim-1': { clientBirthDate: '2012-05-10', qualifiedMedicareBeneficiary: false },
        'claim-2': {
          clientBirthDate: '1980-07-01',
          medicaidExemptions: [],
          qualifiedMedicareBeneficiary: false,
        },
        'claim-3': { medicaidExemptions: ['hospice'], qualifiedMedicareBeneficiary: false },
      },
    });
    expect(balanceOf(r, 'claim-1')).toMatchObject({
      deniedCents: 300,
      clientResponsibility: { copayCents: 0 },
    });
    expect(balanceOf(r, 'claim-2')).toMatchObject({
      deniedCents: 0,
      clientResponsibility: { copayCents: 300 },
    });
    expect(balanceOf(r, 'claim-3')).toMatchObject({
      deniedCents: 300,
      clientResponsibility: { copayCents: 0 },
    });
    expect(codesOf(r, 'claim-1')).toContain('billing.remittance.medicaid_cost_sharing_exempt');
    expect(codesOf(r, 'claim-2')).not.toContain('billing.remittance.medicaid_cost_sharing_exempt');
    expect(r.results.find((x) => x.claimId === 'claim-3')?.reasons).toContainEqual(
      expect.objectContaining({
        code: 'billing.remittance.medicaid_cost_sharing_exempt',
        facts: expect.objectContaining({ exemptions: ['hospice'] }),
      }),
    );
  });

  it('a claim with no entry in the map is not known: held for review, never billed as not exempt', () => {
    const r = postRemittance(threeClientEra(), threeClaims(), [], {
      ...state,
      medicaidFactsByClaim: {
        'claim-1': { qualifiedMedicareBeneficiary: false },
        'claim-2': { medicaidExemptions: [], qualifiedMedicareBeneficiary: false },
        'claim-3': { qualifiedMedicareBeneficiary: false },
        'claim-9': { medicaidExemptions: [] },
      },
    });
    expect(balanceOf(r, 'claim-2').clientResponsibility.copayCents).toBe(300);
    for (const id of ['claim-1', 'claim-3']) {
      expect(balanceOf(r, id)).toMatchObject({ deniedCents: 300, clientResponsibility: { copayCents: 0 } });
      expect(codesOf(r, id)).toContain('billing.remittance.medicaid_exemption_unknown');
    }
  });

  it('the deprecated single-client facts on a three-client remittance: no claim judged on them, every copay held', () => {
    // Before: `medicaidExemptions: []` (one adult's "none holds") billed all three clients their $3.
    const r = postRemittance(threeClientEra(), threeClaims(), [], {
      ...state,
      clientBirthDate: '1980-07-01',
      medicaidExemptions: [],
      medicaidFactsByClaim: notQmb,
    });
    for (const id of ['claim-1', 'claim-2', 'claim-3']) {
      expect(balanceOf(r, id)).toMatchObject({ deniedCents: 300, clientResponsibility: { copayCents: 0 } });
      expect(r.results.find((x) => x.claimId === id)?.reasons).toContainEqual(
        expect.objectContaining({
          code: 'billing.remittance.medicaid_exemptions_not_per_claim',
          severity: 'warning',
          facts: expect.objectContaining({ amountCents: 300, lineId: '1', datesOfService: ['2026-03-02'] }),
        }),
      );
    }
    // An exemption given once is not taken for every client either: held for review, not written off.
    const hospice = postRemittance(threeClientEra(), threeClaims(), [], {
      ...state,
      medicaidExemptions: ['hospice'],
      medicaidFactsByClaim: notQmb,
    });
    expect(codesOf(hospice, 'claim-2')).not.toContain('billing.remittance.medicaid_cost_sharing_exempt');
    expect(codesOf(hospice, 'claim-2')).toContain('billing.remittance.medicaid_exemptions_not_per_claim');
  });

  it('the single-client facts still apply when every claim is one client’s (two sessions of client-1)', () => {
    const claims = threeClaims().map((c) => ({ ...c, clientId: 'client-1' }));
    const r = postRemittance(threeClientEra(), claims, [], { ...plan, medicaidExemptions: [] });
    for (const id of ['claim-1', 'claim-2', 'claim-3'])
      expect(balanceOf(r, id).clientResponsibility.copayCents).toBe(300);
    // A claim of the remittance not among the given claims names no client: still one client.
    const two = postRemittance(threeClientEra(), claims.slice(0, 2), [], { ...plan, medicaidExemptions: [] });
    expect(balanceOf(two, 'claim-1').clientResponsibility.copayCents).toBe(300);
    expect(two.results.find((x) => x.claimId === 'claim-3')?.outcome).toBe('unmatched_claim');
  });

  it('refuses facts given both per claim and once for the call, and an unknown key in an entry, echoing neither', () => {
    let error: unknown;
    try {
      postRemittance(threeClientEra(), threeClaims(), [], {
        ...plan,
        medicaidExemptions: [],
        medicaidFactsByClaim: {
          'claim-1': { medicaidExemptions: [], secretDiagnosisNote: 'F32.1' } as never,
        },
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const issues = (error as ValidationError).issues;
    expect(issues.map((i) => i.code)).toContain('billing.remittance.medicaid_facts_conflict');
    expect(issues.find((i) => i.code === 'billing.remittance.medicaid_facts_conflict')?.at).toBe(
      '$.options.medicaidFactsByClaim',
    );
    expect(issues.length).toBe(2);
    expect(JSON.stringify(issues)).not.toContain('secretDiagnosisNote');
    expect(JSON.stringify(issues)).not.toContain('F32.1');
  });

  it('property: posting a multi-client remittance with each claim’s facts equals posting each claim alone with its own', () => {
    const facts = fc.record(
      {
        qualifiedMedicareBeneficiary: fc.boolean(),
        fullMedicaidBenefits: fc.boolean(),
        clientBirthDate: fc.integer({ min: 1950, max: 2025 }).map((y) => `${y}-03-0${(y % 5) + 1}`),
        medicaidExemptions: fc.uniqueArray(fc.constantFrom(...MedicaidCostSharingExemption.options), {
          maxLength: 3,
        }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.tuple(fc.option(facts, { nil: undefined }), fc.option(facts, { nil: undefined }), facts),
        fc.constantFrom('1', '2', '3'),
        (each, carc) => {
          const era = threeClientEra();
          const ids = ['claim-1', 'claim-2', 'claim-3'];
          const byClaim = Object.fromEntries(
            ids.flatMap((id, i) => (each[i] === undefined ? [] : [[id, each[i]]])),
          );
          const eraOf = (e: RemittanceInput): RemittanceInput => ({
            ...e,
            claims: e.claims.map((c) => ({
              ...c,
              lines: c.lines?.map((l) => ({
                ...l,
                adjustments: l.adjustments?.map((a) => (a.group === 'PR' ? { ...a, carc } : a)),
              })),
            })),
          });
          const together = postRemittance(eraOf(era), threeClaims(), [], {
            ...state,
            medicaidFactsByClaim: byClaim,
          });
          ids.forEach((id, i) => {
            const alone = postRemittance(
              eraOf({ ...era, claims: era.claims.filter((c) => c.claimId === id) }),
              threeClaims().filter((c) => c.claimId === id),
              [],
              { ...state, ...(each[i] ?? {}) },
            );
            expect(balanceOf(together, id)).toEqual(alone.balances[0]);
            // The same decision, at the claim's own position in each remittance.
            expect(together.results.find((x) => x.claimId === id)).toEqual({
              ...alone.results[0],
              remittanceClaimIndexes: [i],
            });
          });
        },
      ),
      { numRuns: 60 },
    );
  });
});
