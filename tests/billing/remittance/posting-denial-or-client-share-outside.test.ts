// bill38, an outside tester's cases: is a zero or short payment a denial, or the client's share?
// From the public rules alone: the 835 claim status (CLP02: 1 processed as primary, 2 as secondary, 4 denied,
// 22 reversal) [sources: x12-835-clp], the CAS group codes (CO contractual, PR patient responsibility,
// OA other, PI payer initiated) [sources: x12-835] and CMS's claim adjustment reason code list
// [sources: x12-carc]: a zero payment because the whole allowed amount went to the deductible (PR-1) is the
// client's share, not a denial; CLP02 4 or a CARC that denies the service (CO-50, CO-97, CO-29, PR-204) is.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ClaimInput } from '../../../src/billing/claims/claim.js';
import {
  type ClaimBalance,
  type PostRemittanceOptions,
  postRemittance,
} from '../../../src/billing/remittance/posting.js';
import type { RemittanceInput } from '../../../src/billing/remittance/remittance.js';
import { claim, line } from '../claims/claim-fixtures.js';

type EraClaim = RemittanceInput['claims'][number];
type Posted = ReturnType<typeof postRemittance>['results'][number] | undefined;

const codes = (r: Posted) => (r?.reasons ?? []).map((x) => x.code);
const factsOf = (r: Posted, code: string) => r?.reasons.find((x) => x.code === code)?.facts;

const era = (
  claims: EraClaim[],
  paidOn: string,
  remittanceId = 'era-1',
  payerId = 'commercial-example',
): RemittanceInput => ({
  remittanceId,
  payerId,
  paidOn,
  claims,
});

const commercial: PostRemittanceOptions = {
  payerKind: 'commercial',
  inNetwork: true,
  hasSecondaryCoverage: false,
};

function post(
  e: RemittanceInput,
  c: ClaimInput,
  options: PostRemittanceOptions = commercial,
  balances: ClaimBalance[] = [],
) {
  const out = postRemittance(e, [c], balances, options);
  return { balance: out.balances[0] as ClaimBalance, result: out.results[0] };
}

// One 90834 line of $150 on the given date.
const single = (serviceDate: string, overrides: Partial<ClaimInput> = {}) =>
  claim({ lines: [line({ serviceDate })], ...overrides });

const oneLine = (
  serviceDate: string,
  paidCents: number,
  adjustments: EraClaim['adjustments'],
  extra: Partial<EraClaim> = {},
): EraClaim => ({
  claimId: 'claim-1',
  claimStatusCode: '1',
  chargeCents: 15_000,
  paidCents,
  lines: [
    {
      lineRef: '1',
      procedureCode: '90834',
      serviceDate,
      chargeCents: 15_000,
      paidCents,
      adjustments: adjustments ?? [],
    },
  ],
  ...extra,
});

describe('posting: a denial or the client’s share (outside tester, bill38)', () => {
  it('1. all to the deductible (CO-45 + PR-1, paid 0, remittance on 2026-12-31): the client’s share, not a denial', () => {
    const { balance, result } = post(
      era(
        [
          oneLine('2026-12-28', 0, [
            { group: 'CO', carc: '45', amountCents: 4_000 },
            { group: 'PR', carc: '1', amountCents: 11_000 },
          ]),
        ],
        '2026-12-31',
      ),
      single('2026-12-28'),
    );
    expect(result?.suggestedStatus).toBe('paid');
    expect(balance.denials).toEqual([]);
    expect(balance.clientResponsibility.deductibleCents).toBe(11_000);
    expect(balance.contractualCents).toBe(4_000);
    expect(balance.deniedCents).toBe(0);
    expect(result?.settlement).toEqual({
      kind: 'client_share',
      paidCents: 0,
      clientOwesCents: 11_000,
      writtenOffCents: 4_000,
      deniedCents: 0,
      appealableCents: 0,
      heldCents: 0,
      otherAdjustmentCents: 0,
      recoupedCents: 0,
      denials: [],
    });
    expect(codes(result)).toContain('billing.remittance.client_share_not_denial');
    expect(codes(result)).not.toContain('billing.remittance.denial_to_work');
  });

  it('2. all to coinsurance on a leap-day session (2028-02-29, CO-45 + PR-2, paid 0): the client’s share', () => {
    const { balance, result } = post(
      era(
        [
          oneLine('2028-02-29', 0, [
            { group: 'CO', carc: '45', amountCents: 4_000 },
            { group: 'PR', carc: '2', amountCents: 11_000 },
          ]),
        ],
        '2028-03-20',
      ),
      single('2028-02-29'),
    );
    expect(result?.suggestedStatus).toBe('paid');
    expect(balance.denials).toEqual([]);
    expect(balance.clientResponsibility.coinsuranceCents).toBe(11_000);
    expect(result?.settlement).toMatchObject({
      kind: 'client_share',
      clientOwesCents: 11_000,
      deniedCents: 0,
      denials: [],
    });
  });

  it('3. CO-97 bundled on the add-on, the primary paid (2026-03-02): partially paid, the $30 is denied', () => {
    const c = claim({ lines: [line(), line({ lineId: '2', procedureCode: '90785', chargeCents: 3_000 })] });
    const { balance, result } = post(
      era(
        [
          {
            claimId: 'claim-1',
            claimStatusCode: '1',
            chargeCents: 18_000,
            paidCents: 9_000,
            lines: [
              {
                lineRef: '1',
                procedureCode: '90834',
                chargeCents: 15_000,
                paidCents: 9_000,
                adjustments: [
                  { group: 'CO', carc: '45', amountCents: 4_000 },
                  { group: 'PR', carc: '3', amountCents: 2_000 },
                ],
              },
              {
                lineRef: '2',
                procedureCode: '90785',
                chargeCents: 3_000,
                paidCents: 0,
                adjustments: [{ group: 'CO', carc: '97', amountCents: 3_000 }],
              },
            ],
          },
        ],
        '2026-04-10',
      ),
      c,
    );
    expect(result?.suggestedStatus).toBe('partially_paid');
    expect(balance.denials).toEqual([{ group: 'CO', carc: '97' }]);
    expect(balance.deniedCents).toBe(3_000);
    expect(balance.clientResponsibility.copayCents).toBe(2_000);
    expect(result?.settlement).toMatchObject({
      kind: 'partially_denied',
      paidCents: 9_000,
      clientOwesCents: 2_000,
      writtenOffCents: 4_000,
      deniedCents: 3_000,
      denials: [
        {
          group: 'CO',
          carc: '97',
          lineId: '2',
          amountCents: 3_000,
          action: 'correct_and_resubmit',
          clientBillable: false,
        },
      ],
    });
    expect(codes(result)).toContain('billing.remittance.denial_to_work');
  });

  it('4. CO-50 not medically necessary, paid 0 (2026-03-02): denied, nothing the client owes', () => {
    const { balance, result } = post(
      era([oneLine('2026-03-02', 0, [{ group: 'CO', carc: '50', amountCents: 15_000 }])], '2026-04-10'),
      single('2026-03-02'),
    );
    expect(result?.suggestedStatus).toBe('denied');
    expect(balance.denials).toEqual([{ group: 'CO', carc: '50' }]);
    expect(balance.deniedCents).toBe(15_000);
    expect(result?.settlement).toMatchObject({
      kind: 'denied',
      clientOwesCents: 0,
      deniedCents: 15_000,
      appealableCents: 15_000,
      denials: [
        {
          group: 'CO',
          carc: '50',
          lineId: '1',
          amountCents: 15_000,
          action: 'appeal',
          appealable: true,
          clientBillable: false,
        },
      ],
    });
    expect(factsOf(result, 'billing.remittance.denial_to_work')).toMatchObject({
      denials: ['CO-50'],
      appealableCents: 15_000,
    });
  });

  it('5. Medicare CO-29 timely filing expired (DOS 2025-01-02, remittance 2026-01-20): denied, not the client’s', () => {
    const { balance, result } = post(
      era(
        [oneLine('2025-01-02', 0, [{ group: 'CO', carc: '29', amountCents: 15_000 }])],
        '2026-01-20',
        'era-1',
        'medicare-example',
      ),
      single('2025-01-02', { payerId: 'medicare-example' }),
      {
        payerKind: 'medicare',
        inNetwork: true,
        hasSecondaryCoverage: false,
        qualifiedMedicareBeneficiary: false,
      },
    );
    expect(result?.suggestedStatus).toBe('denied');
    expect(balance.denials).toEqual([{ group: 'CO', carc: '29' }]);
    expect(balance.deniedCents).toBe(15_000);
    // Medicare late-filing denials may not be appealed [sources: cms-mcpm-ch1-70].
    expect(result?.settlement).toMatchObject({
      kind: 'denied',
      deniedCents: 15_000,
      appealableCents: 0,
      clientOwesCents: 0,
      denials: [{ carc: '29', action: 'write_off', appealable: false, clientBillable: false }],
    });
  });

  it('6. PR-204 not covered by the plan, paid 0 (2026-03-02): denied, and the client may be billed', () => {
    const { balance, result } = post(
      era([oneLine('2026-03-02', 0, [{ group: 'PR', carc: '204', amountCents: 15_000 }])], '2026-04-10'),
      single('2026-03-02'),
    );
    expect(result?.suggestedStatus).toBe('denied');
    expect(balance.denials).toEqual([{ group: 'PR', carc: '204' }]);
    expect(balance.clientResponsibility.otherCents).toBe(15_000);
    expect(result?.settlement).toMatchObject({
      kind: 'denied',
      clientOwesCents: 15_000,
      deniedCents: 0,
      denials: [
        { group: 'PR', carc: '204', amountCents: 15_000, action: 'bill_client', clientBillable: true },
      ],
    });
  });

  it('7. OA-23 on a secondary’s remittance after the primary paid $88 (CLP02 2): paid, not a denial', () => {
    const { balance, result } = post(
      era(
        [
          oneLine(
            '2026-03-02',
            1_800,
            [
              { group: 'OA', carc: '23', amountCents: 8_800 },
              { group: 'CO', carc: '45', amountCents: 4_000 },
              { group: 'PR', carc: '2', amountCents: 400 },
            ],
            { claimStatusCode: '2' },
          ),
        ],
        '2026-05-04',
      ),
      single('2026-03-02'),
    );
    expect(result?.suggestedStatus).toBe('paid');
    expect(balance.denials).toEqual([]);
    expect(balance.otherAdjustmentCents).toBe(8_800);
    expect(result?.settlement).toMatchObject({
      kind: 'paid',
      paidCents: 1_800,
      clientOwesCents: 400,
      writtenOffCents: 4_000,
      otherAdjustmentCents: 8_800,
      denials: [],
    });
  });

  it('8. OA-23 with nothing left for the secondary (paid 0, CLP02 2, 2026-05-04): not a denial', () => {
    const { balance, result } = post(
      era(
        [
          oneLine(
            '2026-03-02',
            0,
            [
              { group: 'OA', carc: '23', amountCents: 11_000 },
              { group: 'CO', carc: '45', amountCents: 4_000 },
            ],
            { claimStatusCode: '2' },
          ),
        ],
        '2026-05-04',
      ),
      single('2026-03-02'),
    );
    expect(result?.suggestedStatus).toBe('paid');
    expect(balance.denials).toEqual([]);
    expect(balance.deniedCents).toBe(0);
    expect(result?.settlement).toMatchObject({
      kind: 'settled_without_payment',
      clientOwesCents: 0,
      writtenOffCents: 4_000,
      otherAdjustmentCents: 11_000,
      denials: [],
    });
    expect(codes(result)).not.toContain('billing.remittance.denial_to_work');
  });

  it('9. a reversal (CLP02 22) and its corrected claim (CLP02 1) in one remittance on 2026-06-01: the new decision alone', () => {
    const first = post(
      era(
        [
          oneLine('2026-03-02', 9_000, [
            { group: 'CO', carc: '45', amountCents: 4_000 },
            { group: 'PR', carc: '3', amountCents: 2_000 },
          ]),
        ],
        '2026-04-10',
      ),
      single('2026-03-02'),
    );
    const reversal: EraClaim = {
      claimId: 'claim-1',
      claimStatusCode: '22',
      chargeCents: -15_000,
      paidCents: -9_000,
      lines: [
        {
          lineRef: '1',
          procedureCode: '90834',
          chargeCents: -15_000,
          paidCents: -9_000,
          adjustments: [
            { group: 'CO', carc: '45', amountCents: -4_000 },
            { group: 'PR', carc: '3', amountCents: -2_000 },
          ],
        },
      ],
    };
    const corrected = oneLine('2026-03-02', 8_000, [
      { group: 'CO', carc: '45', amountCents: 4_000 },
      { group: 'PR', carc: '1', amountCents: 3_000 },
    ]);
    const { balance, result } = post(
      era([reversal, corrected], '2026-06-01', 'era-2'),
      single('2026-03-02'),
      commercial,
      [first.balance],
    );
    expect(result?.suggestedStatus).toBe('paid');
    expect(balance.paidCents).toBe(8_000);
    expect(balance.clientResponsibility).toEqual({
      deductibleCents: 3_000,
      coinsuranceCents: 0,
      copayCents: 0,
      otherCents: 0,
    });
    expect(balance.denials).toEqual([]);
    // The reversal's negated amounts are not the new decision: only what it took back is reported.
    expect(result?.settlement).toEqual({
      kind: 'paid',
      paidCents: 8_000,
      clientOwesCents: 3_000,
      writtenOffCents: 4_000,
      deniedCents: 0,
      appealableCents: 0,
      heldCents: 0,
      otherAdjustmentCents: 0,
      recoupedCents: 9_000,
      denials: [],
    });
  });

  it('10. CO-45 on a partial payment (paid $90 of $150, 2026-03-02): paid, not a denial', () => {
    const { balance, result } = post(
      era([oneLine('2026-03-02', 9_000, [{ group: 'CO', carc: '45', amountCents: 6_000 }])], '2026-04-10'),
      single('2026-03-02'),
    );
    expect(result?.suggestedStatus).toBe('paid');
    expect(balance.denials).toEqual([]);
    expect(balance.contractualCents).toBe(6_000);
    expect(result?.settlement).toMatchObject({
      kind: 'paid',
      paidCents: 9_000,
      writtenOffCents: 6_000,
      deniedCents: 0,
      denials: [],
    });
  });

  it('11. CLP02 4 (denied) with only CO-45 and PR-1 on it: the payer says denied, so it is a denial', () => {
    const { result } = post(
      era(
        [
          oneLine(
            '2026-03-02',
            0,
            [
              { group: 'CO', carc: '45', amountCents: 4_000 },
              { group: 'PR', carc: '1', amountCents: 11_000 },
            ],
            { claimStatusCode: '4' },
          ),
        ],
        '2026-04-10',
      ),
      single('2026-03-02'),
    );
    expect(result?.suggestedStatus).toBe('denied');
    expect(result?.settlement?.kind).toBe('denied');
    expect(factsOf(result, 'billing.remittance.denial_to_work')).toMatchObject({
      claimStatusDenied: true,
      denials: [],
    });
  });

  it('12. a reversal alone (CLP02 22, 2026-06-01): the payment is taken back, the claim is open again', () => {
    const first = post(
      era([oneLine('2026-03-02', 9_000, [{ group: 'CO', carc: '45', amountCents: 6_000 }])], '2026-04-10'),
      single('2026-03-02'),
    );
    const reversal: EraClaim = {
      claimId: 'claim-1',
      claimStatusCode: '22',
      chargeCents: -15_000,
      paidCents: -9_000,
      lines: [
        {
          lineRef: '1',
          procedureCode: '90834',
          chargeCents: -15_000,
          paidCents: -9_000,
          adjustments: [{ group: 'CO', carc: '45', amountCents: -6_000 }],
        },
      ],
    };
    const { balance, result } = post(
      era([reversal], '2026-06-01', 'era-2'),
      single('2026-03-02'),
      commercial,
      [first.balance],
    );
    expect(result?.suggestedStatus).toBe('recouped');
    expect(balance.paidCents).toBe(0);
    expect(balance.contractualCents).toBe(0);
    expect(result?.settlement).toMatchObject({
      kind: 'recouped',
      paidCents: 0,
      recoupedCents: 9_000,
      denials: [],
    });
  });

  it('13. Medicare, all to the deductible, QMB status not known (2026-03-02): held, neither denied nor the client’s', () => {
    const { balance, result } = post(
      era(
        [
          oneLine('2026-03-02', 0, [
            { group: 'CO', carc: '45', amountCents: 5_000 },
            { group: 'PR', carc: '1', amountCents: 10_000 },
          ]),
        ],
        '2026-04-10',
        'era-1',
        'medicare-example',
      ),
      single('2026-03-02', { payerId: 'medicare-example' }),
      { payerKind: 'medicare', inNetwork: true, hasSecondaryCoverage: false },
    );
    expect(balance.denials).toEqual([]);
    expect(result?.settlement).toMatchObject({
      kind: 'settled_without_payment',
      heldCents: 10_000,
      clientOwesCents: 0,
      deniedCents: 0,
      denials: [],
    });
  });

  it('14. an unknown reason code with nothing paid (CO-A1, not in the denial table): other, not a denial nor the client’s', () => {
    const { result } = post(
      era([oneLine('2026-03-02', 0, [{ group: 'CO', carc: 'A1', amountCents: 15_000 }])], '2026-04-10'),
      single('2026-03-02'),
    );
    expect(result?.settlement).toMatchObject({
      kind: 'settled_without_payment',
      otherAdjustmentCents: 15_000,
      denials: [],
    });
    expect(codes(result)).toContain('billing.remittance.unknown_adjustment_code');
  });

  it('never leaves a cent of the new adjudication out of the settlement, and a denial is never read as the client’s share', () => {
    const adjustment = fc.record({
      group: fc.constantFrom<'CO' | 'PR' | 'OA' | 'PI'>('CO', 'PR', 'OA', 'PI'),
      carc: fc.constantFrom('1', '2', '3', '16', '23', '29', '45', '50', '97', '204', '253', 'A1'),
      amountCents: fc.integer({ min: 1, max: 20_000 }),
    });
    fc.assert(
      fc.property(
        fc.array(adjustment, { maxLength: 4 }),
        fc.integer({ min: 0, max: 20_000 }),
        fc.constantFrom<'1' | '4'>('1', '4'),
        (adjustments, paidCents, claimStatusCode) => {
          const charge = paidCents + adjustments.reduce((t, a) => t + a.amountCents, 0);
          const c = claim({ lines: [line({ chargeCents: charge })] });
          const entry: EraClaim = {
            claimId: 'claim-1',
            claimStatusCode,
            chargeCents: charge,
            paidCents,
            lines: [{ lineRef: '1', procedureCode: '90834', chargeCents: charge, paidCents, adjustments }],
          };
          const s = post(era([entry], '2026-04-10'), c, {
            ...commercial,
            qualifiedMedicareBeneficiary: false,
          }).result?.settlement;
          if (s === null || s === undefined) throw new Error('no settlement');
          expect(
            s.paidCents +
              s.clientOwesCents +
              s.writtenOffCents +
              s.deniedCents +
              s.heldCents +
              s.otherAdjustmentCents,
          ).toBe(charge);
          const deniedKind = s.kind === 'denied' || s.kind === 'partially_denied';
          expect(deniedKind).toBe(s.denials.length > 0 || claimStatusCode === '4');
          expect(s.kind === 'client_share').toBe(!deniedKind && paidCents === 0 && s.clientOwesCents > 0);
          expect(s.appealableCents).toBeLessThanOrEqual(s.denials.reduce((t, d) => t + d.amountCents, 0));
          expect(s.deniedCents).toBe(
            s.denials.filter((d) => !d.clientBillable).reduce((t, d) => t + d.amountCents, 0),
          );
        },
      ),
    );
  });
});
