import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ClaimInput } from '../../../src/billing/claims/claim.js';
import { DENIAL_CODE_TABLE } from '../../../src/billing/remittance/denial-codes.js';
import {
  type ClaimBalance,
  ClaimRecoupment,
  createClaimBalance,
  getClientResponsibilityTotal,
  getRemainingClaimBalance,
  hasOpenRecoupment,
  PostRemittanceOptions,
  postRemittance,
} from '../../../src/billing/remittance/posting.js';
import type { RemittanceInput } from '../../../src/billing/remittance/remittance.js';
import { ValidationError } from '../../../src/core/index.js';
import { claim, line } from '../claims/claim-fixtures.js';

// A 90834 with interactive complexity on 2026-03-02: $150 + $30.
const twoLines = claim({
  lines: [line(), line({ lineId: '2', procedureCode: '90785', chargeCents: 3_000 })],
});

const era = (claims: RemittanceInput['claims'], remittanceId = 'era-1'): RemittanceInput => ({
  remittanceId,
  payerId: 'commercial-example',
  paidOn: '2026-04-10',
  claims,
});

const typical = era([
  {
    claimId: 'claim-1',
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
        procedureCode: '90785',
        chargeCents: 3_000,
        paidCents: 0,
        adjustments: [{ group: 'CO', carc: '97', amountCents: 3_000 }],
      },
    ],
  },
]);

const posted = (b: ClaimBalance) =>
  b.paidCents + b.contractualCents + b.deniedCents + b.otherAdjustmentCents + getClientResponsibilityTotal(b);

describe('postRemittance', () => {
  it('splits a typical ERA into paid, contractual, copay and a bundling denial', () => {
    const { balances, results } = postRemittance(typical, [twoLines], []);
    const b = balances[0] as ClaimBalance;
    expect(b).toMatchObject({
      chargeCents: 18_000,
      paidCents: 9_000,
      contractualCents: 4_000,
      deniedCents: 3_000,
      clientResponsibility: { copayCents: 2_000, deductibleCents: 0, coinsuranceCents: 0, otherCents: 0 },
      postedRemittanceIds: ['era-1'],
      lastRemittanceOn: '2026-04-10',
      denials: [{ group: 'CO', carc: '97' }],
    });
    expect(getRemainingClaimBalance(b)).toBe(0);
    expect(results[0]).toMatchObject({ outcome: 'posted', suggestedStatus: 'partially_paid' });
    expect(results[0]?.lines.map((l) => [l.lineId, l.match])).toEqual([
      ['1', 'line_ref'],
      ['2', 'code_and_modifiers'],
    ]);
  });

  it('posting the same remittance twice changes nothing', () => {
    const once = postRemittance(typical, [twoLines], []);
    const twice = postRemittance(typical, [twoLines], once.balances);
    expect(twice.balances).toEqual(once.balances);
    expect(twice.results[0]).toMatchObject({
      outcome: 'already_posted',
      reasons: [{ code: 'billing.remittance.already_posted' }],
    });
  });

  it('matches a line whose modifier the payer dropped on the code alone (OpenEMR #7293)', () => {
    const tele = claim({
      lines: [line({ modifiers: ['95'], placeOfService: '10', modality: 'video', clientAtHome: true })],
    });
    const r = postRemittance(
      era([
        {
          claimId: 'claim-1',
          chargeCents: 15_000,
          paidCents: 15_000,
          lines: [
            { procedureCode: '90834', serviceDate: '2026-03-02', chargeCents: 15_000, paidCents: 15_000 },
          ],
        },
      ]),
      [tele],
      [],
    );
    expect(r.results[0]?.lines[0]?.match).toBe('code_only');
    expect(r.results[0]?.suggestedStatus).toBe('paid');
  });

  it('posts an unmatched line to the claim as a whole, with a warning', () => {
    const r = postRemittance(
      era([
        {
          claimId: 'claim-1',
          chargeCents: 15_000,
          paidCents: 15_000,
          lines: [{ procedureCode: '90837', chargeCents: 15_000, paidCents: 15_000 }],
        },
      ]),
      [claim()],
      [],
    );
    expect(r.results[0]?.lines[0]).toMatchObject({ match: 'unmatched', lineId: null });
    expect(r.results[0]?.reasons.map((x) => x.code)).toContain('billing.remittance.unmatched_line');
    expect(r.balances[0]?.paidCents).toBe(15_000);
  });

  it('flags an underpayment against the contracted fee, per unit', () => {
    const feeSchedule = [
      { payerId: 'commercial-example', procedureCode: '90834', allowedCentsPerUnit: 12_000 },
    ];
    const r = postRemittance(typical, [twoLines], [], { feeSchedule });
    const under = r.results[0]?.reasons.find((x) => x.code === 'billing.remittance.underpaid');
    expect(under?.facts).toEqual({
      lineId: '1',
      expectedCents: 12_000,
      allowedCents: 11_000,
      shortCents: 1_000,
    });
    const fair = postRemittance(typical, [twoLines], [], {
      feeSchedule: [{ payerId: 'commercial-example', procedureCode: '90834', allowedCentsPerUnit: 11_000 }],
    });
    expect(fair.results[0]?.reasons.map((x) => x.code)).not.toContain('billing.remittance.underpaid');
  });

  it('prefers a fee for the exact modifiers over the plain code fee', () => {
    const tele = claim({ lines: [line({ modifiers: ['95'] })] });
    const remit = era([
      {
        claimId: 'claim-1',
        chargeCents: 15_000,
        paidCents: 10_000,
        adjustments: [],
        lines: [
          {
            procedureCode: '90834',
            modifiers: ['95'],
            chargeCents: 15_000,
            paidCents: 10_000,
            adjustments: [{ group: 'CO', carc: '45', amountCents: 5_000 }],
          },
        ],
      },
    ]);
    const feeSchedule = [
      { payerId: 'commercial-example', procedureCode: '90834', allowedCentsPerUnit: 9_000 },
      {
        payerId: 'commercial-example',
        procedureCode: '90834',
        modifiers: ['95'],
        allowedCentsPerUnit: 10_500,
      },
    ];
    const r = postRemittance(remit, [tele], [], { feeSchedule });
    expect(
      r.results[0]?.reasons.find((x) => x.code === 'billing.remittance.underpaid')?.facts.expectedCents,
    ).toBe(10_500);
  });

  it('falls back to the plain code fee, and skips lines without a fee', () => {
    const tele = claim({ lines: [line({ modifiers: ['95'] })] });
    const remit = era([
      {
        claimId: 'claim-1',
        chargeCents: 15_000,
        paidCents: 8_000,
        lines: [
          {
            procedureCode: '90834',
            modifiers: ['95'],
            chargeCents: 15_000,
            paidCents: 8_000,
            adjustments: [{ group: 'CO', carc: '45', amountCents: 7_000 }],
          },
        ],
      },
    ]);
    const plain = [{ payerId: 'commercial-example', procedureCode: '90834', allowedCentsPerUnit: 9_000 }];
    const under = (feeSchedule: typeof plain) =>
      postRemittance(remit, [tele], [], { feeSchedule }).results[0]?.reasons.filter(
        (x) => x.code === 'billing.remittance.underpaid',
      ).length;
    expect(under(plain)).toBe(1);
    expect(under([{ ...plain[0], modifiers: ['HJ'] } as (typeof plain)[number]])).toBe(0);
  });

  it('reports a remittance for an unknown claim without posting it, keeping its cents', () => {
    const r = postRemittance(
      era([{ claimId: 'claim-9', chargeCents: 5_000, paidCents: 5_000 }]),
      [claim()],
      [],
    );
    expect(r.results[0]).toMatchObject({
      outcome: 'unmatched_claim',
      chargeCents: 5_000,
      reasons: [{ code: 'billing.remittance.unmatched_claim' }],
    });
    expect(r.balances).toEqual([]);
  });

  it('sorts client responsibility by kind and posts unknown and informational codes apart', () => {
    const r = postRemittance(
      era([
        {
          claimId: 'claim-1',
          chargeCents: 15_000,
          paidCents: 1_000,
          adjustments: [
            { group: 'PR', carc: '1', amountCents: 5_000 },
            { group: 'PR', carc: '2', amountCents: 2_000 },
            { group: 'PR', carc: '119', amountCents: 1_000 },
            { group: 'OA', carc: '23', amountCents: 3_000 },
            { group: 'CO', carc: '999', amountCents: 3_000 },
          ],
        },
      ]),
      [claim({ lines: [line({ chargeCents: 16_000 })] })],
      [],
    );
    const b = r.balances[0] as ClaimBalance;
    expect(b.clientResponsibility).toEqual({
      deductibleCents: 5_000,
      coinsuranceCents: 2_000,
      copayCents: 0,
      otherCents: 1_000,
    });
    expect(b.otherAdjustmentCents).toBe(6_000);
    expect(getRemainingClaimBalance(b)).toBe(1_000);
    expect(r.results[0]?.reasons.map((x) => x.code)).toEqual(
      expect.arrayContaining([
        'billing.remittance.unknown_adjustment_code',
        'billing.remittance.charge_mismatch',
      ]),
    );
    // PR-119 (the benefit limit reached) is the client's, yet a denial of that part: partially paid.
    expect(r.results[0]?.suggestedStatus).toBe('partially_paid');
    expect(b.denials).toEqual([{ group: 'PR', carc: '119' }]);
  });

  it('treats an in-network PR-29 as denied, never as the client’s', () => {
    const r = postRemittance(
      era([
        {
          claimId: 'claim-1',
          chargeCents: 15_000,
          paidCents: 0,
          adjustments: [{ group: 'PR', carc: '29', amountCents: 15_000 }],
        },
      ]),
      [claim()],
      [],
    );
    expect(r.balances[0]).toMatchObject({ deniedCents: 15_000, clientResponsibility: { otherCents: 0 } });
    expect(r.results[0]?.suggestedStatus).toBe('denied');
  });

  it('posts a second remittance on top and keeps the latest remittance date', () => {
    const first = postRemittance(typical, [twoLines], []);
    const second = postRemittance(
      {
        ...era(
          [
            {
              claimId: 'claim-1',
              chargeCents: 0,
              paidCents: 3_000,
              adjustments: [{ group: 'CO', carc: '97', amountCents: -3_000 }],
            },
          ],
          'era-0',
        ),
        paidOn: '2026-04-01',
      },
      [twoLines],
      first.balances,
    );
    expect(second.balances[0]).toMatchObject({
      paidCents: 12_000,
      deniedCents: 0,
      postedRemittanceIds: ['era-0', 'era-1'],
      lastRemittanceOn: '2026-04-10',
    });
  });

  it('throws a ValidationError on an unbalanced remittance or a malformed balance', () => {
    expect(() =>
      postRemittance(era([{ claimId: 'claim-1', chargeCents: 15_000, paidCents: 1 }]), [claim()], []),
    ).toThrow(ValidationError);
    expect(() => postRemittance(typical, [twoLines], [{ claimId: 'claim-1', chargeCents: -1 }])).toThrow(
      ValidationError,
    );
  });

  it('warns when the remittance comes from another payer, and applies the practice’s denial rules', () => {
    const remit = {
      ...era([
        {
          claimId: 'claim-1',
          chargeCents: 15_000,
          paidCents: 0,
          adjustments: [{ group: 'CO' as const, carc: 'Z9', amountCents: 15_000 }],
        },
      ]),
      payerId: 'other-payer',
    };
    const plain = postRemittance(remit, [claim()], []);
    expect(plain.results[0]?.reasons.map((x) => x.code)).toEqual(
      expect.arrayContaining([
        'billing.remittance.payer_mismatch',
        'billing.remittance.unknown_adjustment_code',
      ]),
    );
    const ruled = postRemittance(remit, [claim()], [], {
      denialRules: [
        {
          carc: 'Z9',
          description: 'Payer audit hold.',
          category: 'missing_information',
          action: 'send_records',
          owner: 'clinician',
          source: 'our policy',
        },
      ],
    });
    expect(ruled.balances[0]).toMatchObject({
      deniedCents: 15_000,
      otherAdjustmentCents: 0,
      denials: [{ group: 'CO', carc: 'Z9' }],
    });
  });

  it('opens a zero balance from the claim’s line charges', () => {
    expect(createClaimBalance(twoLines)).toMatchObject({
      claimId: 'claim-1',
      chargeCents: 18_000,
      paidCents: 0,
      postedRemittanceIds: [],
    });
  });
});

describe('postRemittance properties', () => {
  const carcs = [...Object.keys(DENIAL_CODE_TABLE), '999'];
  const adjustmentArb = fc.record({
    group: fc.constantFrom('CO' as const, 'PR' as const, 'OA' as const, 'PI' as const),
    carc: fc.constantFrom(...carcs),
    amountCents: fc.integer({ min: -2_000, max: 20_000 }),
  });
  const codes = ['90832', '90834', '90837', '90785'];
  const scenarioArb = fc
    .record({
      claimCount: fc.integer({ min: 1, max: 3 }),
      lineCharges: fc.array(fc.array(fc.integer({ min: 0, max: 30_000 }), { minLength: 1, maxLength: 3 }), {
        minLength: 3,
        maxLength: 3,
      }),
      lineAdjustments: fc.array(fc.array(adjustmentArb, { maxLength: 3 }), { minLength: 9, maxLength: 9 }),
      claimAdjustments: fc.array(fc.array(adjustmentArb, { maxLength: 2 }), { minLength: 4, maxLength: 4 }),
      remitted: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
      stranger: fc.boolean(),
    })
    .map((s) => {
      const claims: ClaimInput[] = [];
      const remitClaims: RemittanceInput['claims'] = [];
      for (let c = 0; c < s.claimCount; c += 1) {
        const charges = s.lineCharges[c] as number[];
        claims.push(
          claim({
            claimId: `claim-${c}`,
            lines: charges.map((chargeCents, i) =>
              line({ lineId: `${i + 1}`, procedureCode: codes[i] as string, chargeCents }),
            ),
          }),
        );
        if (!s.remitted[c]) continue;
        const lines = charges.map((chargeCents, i) => {
          const adjustments = s.lineAdjustments[c * 3 + i] as {
            group: 'CO';
            carc: string;
            amountCents: number;
          }[];
          return {
            procedureCode: codes[i] as string,
            chargeCents,
            paidCents: chargeCents - adjustments.reduce((t, a) => t + a.amountCents, 0),
            adjustments,
          };
        });
        const adjustments = s.claimAdjustments[c] as { group: 'CO'; carc: string; amountCents: number }[];
        const charge = charges.reduce((t, x) => t + x, 0);
        const paid =
          lines.reduce((t, l) => t + l.paidCents, 0) - adjustments.reduce((t, a) => t + a.amountCents, 0);
        remitClaims.push({ claimId: `claim-${c}`, chargeCents: charge, paidCents: paid, adjustments, lines });
      }
      if (s.stranger) {
        const adjustments = s.claimAdjustments[3] as { group: 'CO'; carc: string; amountCents: number }[];
        remitClaims.push({
          claimId: 'claim-x',
          chargeCents: 7_000,
          paidCents: 7_000 - adjustments.reduce((t, a) => t + a.amountCents, 0),
          adjustments,
        });
      }
      if (remitClaims.length === 0) remitClaims.push({ claimId: 'claim-y', chargeCents: 1, paidCents: 1 });
      return { claims, remittance: era(remitClaims) };
    });

  it('never creates or loses a cent: posted amounts grow by exactly the matched charges, the rest is reported', () => {
    fc.assert(
      fc.property(scenarioArb, ({ claims, remittance }) => {
        const r = postRemittance(remittance, claims, []);
        const totalCharge = remittance.claims.reduce((t, c) => t + c.chargeCents, 0);
        const postedCents = r.balances.reduce((t, b) => t + posted(b), 0);
        const unmatched = r.results
          .filter((x) => x.outcome === 'unmatched_claim')
          .reduce((t, x) => t + x.chargeCents, 0);
        expect(postedCents + unmatched).toBe(totalCharge);
        for (const b of r.balances) expect(posted(b) + getRemainingClaimBalance(b)).toBe(b.chargeCents);
      }),
      { numRuns: 200 },
    );
  });

  it('is idempotent: posting the same remittance again changes nothing', () => {
    fc.assert(
      fc.property(scenarioArb, ({ claims, remittance }) => {
        const once = postRemittance(remittance, claims, []);
        const twice = postRemittance(remittance, claims, once.balances);
        expect(twice.balances).toEqual(once.balances);
        expect(twice.results.every((x) => x.outcome !== 'posted')).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

// A Medicare-style payment of the plain 90834 claim: $150 billed, $110 allowed, $20 copay, $90 paid.
const paymentEntry = (paidCents = 9_000, payerClaimControlNumber = 'ICN-1') => ({
  claimId: 'claim-1',
  claimStatusCode: '1' as const,
  payerClaimControlNumber,
  chargeCents: 15_000,
  paidCents,
  lines: [
    {
      lineRef: '1',
      procedureCode: '90834',
      chargeCents: 15_000,
      paidCents,
      adjustments: [
        { group: 'CO' as const, carc: '45', amountCents: 4_000 },
        { group: 'PR' as const, carc: '3', amountCents: 11_000 - paidCents },
      ],
    },
  ],
});

/** The payer's reversal of an entry: the same amounts negated, claim status 22. */
function reversalOf<T extends { chargeCents: number; paidCents: number }>(
  entry: T & Record<string, unknown>,
) {
  const negate = (
    adjustments: readonly { group: 'CO' | 'PR' | 'OA' | 'PI'; carc: string; amountCents: number }[],
  ) => adjustments.map((a) => ({ ...a, amountCents: -a.amountCents }));
  const e = entry as unknown as RemittanceInput['claims'][number];
  return {
    ...e,
    claimStatusCode: '22' as const,
    chargeCents: -e.chargeCents,
    paidCents: -e.paidCents,
    adjustments: negate(e.adjustments ?? []),
    lines: (e.lines ?? []).map((l) => ({
      ...l,
      chargeCents: -l.chargeCents,
      paidCents: -l.paidCents,
      adjustments: negate(l.adjustments ?? []),
    })),
  };
}

const on = (remittance: RemittanceInput, paidOn: string): RemittanceInput => ({ ...remittance, paidOn });
const cents = (b: ClaimBalance) => ({
  paidCents: b.paidCents,
  contractualCents: b.contractualCents,
  deniedCents: b.deniedCents,
  otherAdjustmentCents: b.otherAdjustmentCents,
  clientResponsibility: b.clientResponsibility,
  remaining: getRemainingClaimBalance(b),
});

// The first payment is posted before each test, not while the suite is collected: a mutant that breaks it
// then fails the tests (a failure at collection runs no test, and Stryker reports the mutant surviving).
let paid: ReturnType<typeof postRemittance>;
const postFirstPayment = () => {
  paid = postRemittance(era([paymentEntry()], 'era-1'), [claim()], []);
};

describe('postRemittance: recoupments and reversals', () => {
  beforeEach(postFirstPayment);
  const reversal = on(era([reversalOf(paymentEntry())], 'era-2'), '2026-05-08');

  it('reopens a paid claim when the payer takes its payment back, restores the balance and says recoupment', () => {
    expect(paid.results[0]?.suggestedStatus).toBe('paid');
    const r = postRemittance(reversal, [claim()], paid.balances, {
      feeSchedule: [{ payerId: 'commercial-example', procedureCode: '90834', allowedCentsPerUnit: 11_000 }],
    });
    const b = r.balances[0] as ClaimBalance;
    expect(cents(b)).toEqual(cents(createClaimBalance(claim())));
    expect(getRemainingClaimBalance(b)).toBe(15_000);
    expect(r.results[0]?.suggestedStatus).toBe('recouped');
    const codes = r.results[0]?.reasons.map((x) => x.code);
    expect(codes).toContain('billing.remittance.recoupment');
    // A reversal is not an underpayment and carries the claim's charge negated, which is no mismatch.
    expect(codes).not.toContain('billing.remittance.underpaid');
    expect(codes).not.toContain('billing.remittance.charge_mismatch');
    expect(
      r.results[0]?.reasons.find((x) => x.code === 'billing.remittance.recoupment')?.facts,
    ).toMatchObject({
      recoupedOn: '2026-05-08',
      recoupedCents: 9_000,
    });
    expect(b.recoupments).toEqual([
      { remittanceId: 'era-2', on: '2026-05-08', recoupedCents: 9_000, payerClaimControlNumber: 'ICN-1' },
    ]);
    expect(hasOpenRecoupment(b)).toBe(true);
  });

  it('changes nothing when the same reversal is posted twice, under the same or another remittance id', () => {
    const once = postRemittance(reversal, [claim()], paid.balances);
    const again = postRemittance(reversal, [claim()], once.balances);
    expect(again.balances).toEqual(once.balances);
    expect(again.results[0]?.outcome).toBe('already_posted');
    const resent = postRemittance({ ...reversal, remittanceId: 'era-2-resent' }, [claim()], once.balances);
    expect(resent.balances).toEqual(once.balances);
    expect(resent.results[0]).toMatchObject({
      outcome: 'already_posted',
      reasons: [{ code: 'billing.remittance.reversal_already_posted' }],
    });
  });

  it('treats negative amounts without a status code as a reversal', () => {
    const { claimStatusCode: _, ...bare } = reversalOf(paymentEntry());
    const r = postRemittance(era([bare], 'era-2'), [claim()], paid.balances);
    expect(r.results[0]?.suggestedStatus).toBe('recouped');
    expect(getRemainingClaimBalance(r.balances[0] as ClaimBalance)).toBe(15_000);
  });

  // X12 835 CLP02 22 repeats the payment it takes back with every amount negated [x12-835-clp]: the same
  // entry with its amounts left positive is refused, never posted as a second $90 payment.
  it('refuses a status 22 reversal of the 2026-04-10 payment sent with positive amounts, by path, posting nothing', () => {
    const unnegated = { ...paymentEntry(), claimStatusCode: '22' as const };
    const refused = (remittance: RemittanceInput) => {
      try {
        postRemittance(remittance, [claim()], paid.balances);
        return [];
      } catch (e) {
        expect(e).toBeInstanceOf(ValidationError);
        return (e as ValidationError).issues.map((i) => [i.at, i.code]);
      }
    };
    expect(refused(era([unnegated], 'era-2'))).toEqual([
      ['$.remittance.claims[0].chargeCents', 'billing.remittance.reversal_not_negated'],
      ['$.remittance.claims[0].paidCents', 'billing.remittance.reversal_not_negated'],
    ]);
    // Beside its correction, the second entry of the claim is the one named.
    expect(refused(era([paymentEntry(8_000), unnegated], 'era-2'))).toEqual([
      ['$.remittance.claims[1].chargeCents', 'billing.remittance.reversal_not_negated'],
      ['$.remittance.claims[1].paidCents', 'billing.remittance.reversal_not_negated'],
    ]);
  });

  it('property: a status 22 entry posts only negated; with a positive payment it is refused and never adds to what was paid', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 11_000 }), fc.boolean(), (paidCents, negated) => {
        const entry = paymentEntry(paidCents);
        const sent = negated ? reversalOf(entry) : { ...entry, claimStatusCode: '22' as const };
        let after: ClaimBalance | undefined;
        try {
          after = postRemittance(era([sent], 'era-2'), [claim()], paid.balances).balances[0];
        } catch (e) {
          expect(e).toBeInstanceOf(ValidationError);
        }
        expect(after === undefined).toBe(!negated);
        if (after !== undefined) expect(after.paidCents).toBe(9_000 - paidCents);
      }),
    );
  });

  it('posts a reversal followed by a corrected payment (status 22 then 1) in one remittance', () => {
    const corrected = {
      ...paymentEntry(9_500, 'ICN-2'),
      lines: [
        {
          lineRef: '1',
          procedureCode: '90834',
          chargeCents: 15_000,
          paidCents: 9_500,
          adjustments: [
            { group: 'CO' as const, carc: '45', amountCents: 3_500 },
            { group: 'PR' as const, carc: '3', amountCents: 2_000 },
          ],
        },
      ],
    };
    const r = postRemittance(
      on(era([reversalOf(paymentEntry()), corrected], 'era-2'), '2026-05-08'),
      [claim()],
      paid.balances,
    );
    const b = r.balances[0] as ClaimBalance;
    expect(b).toMatchObject({ paidCents: 9_500, contractualCents: 3_500, deniedCents: 0 });
    expect(getRemainingClaimBalance(b)).toBe(0);
    expect(r.results[0]?.suggestedStatus).toBe('paid');
    expect(r.results[0]?.lines.map((l) => [l.lineId, l.match])).toEqual([
      ['1', 'line_ref'],
      ['1', 'line_ref'],
    ]);
    const codes = r.results[0]?.reasons.map((x) => x.code);
    expect(codes).toContain('billing.remittance.reversal_corrected');
    expect(codes).not.toContain('billing.remittance.recoupment');
    expect(codes).not.toContain('billing.remittance.unmatched_line');
    expect(codes).not.toContain('billing.remittance.charge_mismatch');
    expect(b.recoupments[0]?.settledBy).toBe('era-2');
    expect(hasOpenRecoupment(b)).toBe(false);
  });

  it('suggests partially paid, not denied, when the correction pays less than the reversed payment', () => {
    const correction = {
      claimId: 'claim-1',
      claimStatusCode: '1' as const,
      chargeCents: 15_000,
      paidCents: 5_000,
      adjustments: [
        { group: 'CO' as const, carc: '45', amountCents: 4_000 },
        { group: 'CO' as const, carc: '97', amountCents: 6_000 },
      ],
    };
    const r = postRemittance(
      era([reversalOf(paymentEntry()), correction], 'era-2'),
      [claim()],
      paid.balances,
    );
    expect(r.results[0]?.suggestedStatus).toBe('partially_paid');
    expect(r.balances[0]?.denials).toEqual([{ group: 'CO', carc: '97' }]);
  });

  it('posts a reversal then a denial (status 22 then 4), keeping only the new denial', () => {
    const partial = postRemittance(typical, [twoLines], []);
    expect(partial.balances[0]?.denials).toEqual([{ group: 'CO', carc: '97' }]);
    const denial = {
      claimId: 'claim-1',
      claimStatusCode: '4' as const,
      chargeCents: 18_000,
      paidCents: 0,
      adjustments: [{ group: 'CO' as const, carc: '197', amountCents: 18_000 }],
    };
    const r = postRemittance(
      era([reversalOf(typical.claims[0] as never), denial], 'era-2'),
      [twoLines],
      partial.balances,
    );
    expect(r.results[0]?.suggestedStatus).toBe('denied');
    expect(r.balances[0]).toMatchObject({
      paidCents: 0,
      deniedCents: 18_000,
      denials: [{ group: 'CO', carc: '197' }],
    });
  });

  it('settles an open recoupment when a later remittance pays the claim again', () => {
    const recouped = postRemittance(reversal, [claim()], paid.balances);
    const repaid = postRemittance(
      on(era([paymentEntry(9_000, 'ICN-3')], 'era-3'), '2026-06-01'),
      [claim()],
      recouped.balances,
    );
    const b = repaid.balances[0] as ClaimBalance;
    expect(repaid.results[0]?.suggestedStatus).toBe('paid');
    expect(b.recoupments[0]?.settledBy).toBe('era-3');
    expect(hasOpenRecoupment(b)).toBe(false);
    expect(cents(b)).toEqual(cents(paid.balances[0] as ClaimBalance));
  });
});

describe('postRemittance: reversals the balance cannot explain', () => {
  beforeEach(postFirstPayment);
  const bare = (entry: ReturnType<typeof reversalOf>) => {
    const { payerClaimControlNumber: _, ...rest } = entry;
    return rest;
  };
  const codesOf = (r: ReturnType<typeof postRemittance>) => r.results[0]?.reasons.map((x) => x.code);

  it('changes nothing when a reversal without the payer’s claim number comes again under another id', () => {
    const once = postRemittance(
      on(era([bare(reversalOf(paymentEntry()))], 'era-2'), '2026-05-08'),
      [claim()],
      paid.balances,
    );
    expect(getRemainingClaimBalance(once.balances[0] as ClaimBalance)).toBe(15_000);
    const again = postRemittance(
      on(era([bare(reversalOf(paymentEntry()))], 'era-3'), '2026-05-15'),
      [claim()],
      once.balances,
    );
    expect(again.balances).toEqual(once.balances);
    expect(again.results[0]).toMatchObject({
      outcome: 'already_posted',
      reasons: [{ code: 'billing.remittance.reversal_already_posted' }],
    });
  });

  it('posts a second reversal after the payer paid again (the recoupment was settled)', () => {
    const once = postRemittance(
      on(era([bare(reversalOf(paymentEntry()))], 'era-2'), '2026-05-08'),
      [claim()],
      paid.balances,
    );
    const repaid = postRemittance(
      on(era([paymentEntry(9_000, 'ICN-3')], 'era-3'), '2026-06-01'),
      [claim()],
      once.balances,
    );
    const twice = postRemittance(
      on(era([bare(reversalOf(paymentEntry()))], 'era-4'), '2026-07-01'),
      [claim()],
      repaid.balances,
    );
    expect(twice.results[0]?.outcome).toBe('posted');
    expect(getRemainingClaimBalance(twice.balances[0] as ClaimBalance)).toBe(15_000);
    expect(codesOf(twice)).not.toContain('billing.remittance.reversal_exceeds_payments');
  });

  it('posts a recoupment of a claim never paid here, and warns that no posted payment explains it', () => {
    const r = postRemittance(on(era([reversalOf(paymentEntry())], 'era-2'), '2026-05-08'), [claim()], []);
    expect(r.results[0]?.suggestedStatus).toBe('recouped');
    expect(codesOf(r)).toContain('billing.remittance.reversal_exceeds_payments');
    expect(
      r.results[0]?.reasons.find((x) => x.code === 'billing.remittance.reversal_exceeds_payments')?.facts,
    ).toEqual({ remittanceId: 'era-2', recoupedCents: 9_000, postedPaidCents: 0 });
    // Every cent still lands: posting the missing payment afterwards leaves the claim as if reversed in order.
    const b = postRemittance(era([paymentEntry()], 'era-1'), [claim()], r.balances)
      .balances[0] as ClaimBalance;
    expect(getRemainingClaimBalance(b)).toBe(15_000);
    expect(b.paidCents).toBe(0);
  });

  it('says nothing more when the reversal takes back exactly the payment posted (a partial recoupment re-paid lower)', () => {
    const corrected = postRemittance(
      on(era([reversalOf(paymentEntry()), paymentEntry(6_000, 'ICN-2')], 'era-2'), '2026-05-08'),
      [claim()],
      paid.balances,
    );
    expect(codesOf(corrected)).not.toContain('billing.remittance.reversal_exceeds_payments');
    expect(corrected.balances[0]).toMatchObject({ paidCents: 6_000 });
    expect(corrected.results[0]?.suggestedStatus).toBe('paid');
  });
});

describe('postRemittance: sequestration and the allowed amount', () => {
  // Medicare: $150 billed, $100 allowed, $20 coinsurance, $80 payment less 2 % sequestration ($1.60).
  const medicareEra = (lineAdjustments: { group: 'CO' | 'PR'; carc: string; amountCents: number }[]) => {
    const adjusted = lineAdjustments.reduce((t, a) => t + a.amountCents, 0);
    return {
      ...era([
        {
          claimId: 'claim-1',
          chargeCents: 15_000,
          paidCents: 15_000 - adjusted,
          lines: [
            {
              lineRef: '1',
              procedureCode: '90834',
              chargeCents: 15_000,
              paidCents: 15_000 - adjusted,
              adjustments: lineAdjustments,
            },
          ],
        },
      ]),
      payerId: 'medicare-example',
    };
  };
  const medicareClaim = claim({ payerId: 'medicare-example' });
  const fee = (allowedCentsPerUnit: number) => ({
    payerKind: 'medicare' as const,
    // Not a Qualified Medicare Beneficiary: the coinsurance is the client's share.
    qualifiedMedicareBeneficiary: false,
    feeSchedule: [{ payerId: 'medicare-example', procedureCode: '90834', allowedCentsPerUnit }],
  });
  const sequestered = medicareEra([
    { group: 'CO', carc: '45', amountCents: 5_000 },
    { group: 'PR', carc: '2', amountCents: 2_000 },
    { group: 'CO', carc: '253', amountCents: 160 },
  ]);
  const underpaid = (r: ReturnType<typeof postRemittance>) =>
    r.results[0]?.reasons.find((x) => x.code === 'billing.remittance.underpaid');

  it('reads CO-253 as an ordinary contractual reduction, never an underpayment', () => {
    const r = postRemittance(sequestered, [medicareClaim], [], fee(10_000));
    expect(underpaid(r)).toBeUndefined();
    expect(r.results[0]?.suggestedStatus).toBe('paid');
    expect(r.balances[0]).toMatchObject({ paidCents: 7_840, contractualCents: 5_160, deniedCents: 0 });
    expect(r.results[0]?.reasons.map((x) => x.code)).not.toContain(
      'billing.remittance.unknown_adjustment_code',
    );
  });

  it('still flags a real underpayment under sequestration, by the allowed amount before it', () => {
    const r = postRemittance(sequestered, [medicareClaim], [], fee(10_100));
    expect(underpaid(r)?.facts).toEqual({
      lineId: '1',
      expectedCents: 10_100,
      allowedCents: 10_000,
      shortCents: 100,
    });
  });

  it('counts a multiple-procedure reduction (CO-59) in the allowed amount, not the fee-schedule write-off (CO-45)', () => {
    const mpr = medicareEra([
      { group: 'CO', carc: '45', amountCents: 5_000 },
      { group: 'CO', carc: '59', amountCents: 5_000 },
    ]);
    expect(underpaid(postRemittance(mpr, [medicareClaim], [], fee(10_000)))).toBeUndefined();
    const short = medicareEra([{ group: 'CO', carc: '45', amountCents: 5_100 }]);
    expect(underpaid(postRemittance(short, [medicareClaim], [], fee(10_000)))?.facts.shortCents).toBe(100);
  });

  it('counts what the primary payer paid (OA-23) in a secondary’s allowed amount: no false underpayment', () => {
    // Billed $150, allowed $110: the primary paid $88, the secondary $18, the client owes $4 coinsurance.
    const secondary = (feeCents: number) =>
      postRemittance(
        {
          ...era([
            {
              claimId: 'claim-1',
              chargeCents: 15_000,
              paidCents: 1_800,
              lines: [
                {
                  lineRef: '1',
                  procedureCode: '90834',
                  chargeCents: 15_000,
                  paidCents: 1_800,
                  adjustments: [
                    { group: 'CO', carc: '45', amountCents: 4_000 },
                    { group: 'OA', carc: '23', amountCents: 8_800 },
                    { group: 'PR', carc: '2', amountCents: 400 },
                  ],
                },
              ],
            },
          ]),
          payerId: 'medicare-example',
        },
        [medicareClaim],
        [],
        fee(feeCents),
      );
    expect(underpaid(secondary(11_000))).toBeUndefined();
    expect(underpaid(secondary(11_200))?.facts).toEqual({
      lineId: '1',
      expectedCents: 11_200,
      allowedCents: 11_000,
      shortCents: 200,
    });
  });

  it('posts CO-94 (allowed above the charge) as a negative contractual amount that settles the balance', () => {
    const above = medicareEra([{ group: 'CO', carc: '94', amountCents: -1_000 }]);
    const r = postRemittance(above, [medicareClaim], [], fee(16_000));
    expect(r.balances[0]).toMatchObject({ paidCents: 16_000, contractualCents: -1_000 });
    expect(getRemainingClaimBalance(r.balances[0] as ClaimBalance)).toBe(0);
    expect(underpaid(r)).toBeUndefined();
  });

  it('reads sequestration alone (no fee-schedule write-off: billed at the allowed amount) as no underpayment', () => {
    const atAllowed = {
      ...era([
        {
          claimId: 'claim-1',
          chargeCents: 10_000,
          paidCents: 7_840,
          lines: [
            {
              lineRef: '1',
              procedureCode: '90834',
              chargeCents: 10_000,
              paidCents: 7_840,
              adjustments: [
                { group: 'PR' as const, carc: '2', amountCents: 2_000 },
                { group: 'CO' as const, carc: '253', amountCents: 160 },
              ],
            },
          ],
        },
      ]),
      payerId: 'medicare-example',
    };
    const c = claim({ payerId: 'medicare-example', lines: [line({ chargeCents: 10_000 })] });
    const r = postRemittance(atAllowed, [c], [], fee(10_000));
    expect(underpaid(r)).toBeUndefined();
    expect(r.balances[0]).toMatchObject({ paidCents: 7_840, contractualCents: 160 });
    expect(getClientResponsibilityTotal(r.balances[0] as ClaimBalance)).toBe(2_000);
  });

  it('adds CO-59 and CO-253 together to the allowed amount, beside a CO-45 write-off', () => {
    const both = medicareEra([
      { group: 'CO', carc: '45', amountCents: 5_000 },
      { group: 'CO', carc: '59', amountCents: 2_500 },
      { group: 'PR', carc: '2', amountCents: 1_500 },
      { group: 'CO', carc: '253', amountCents: 120 },
    ]);
    const r = postRemittance(both, [medicareClaim], [], fee(10_000));
    expect(underpaid(r)).toBeUndefined();
    expect(r.balances[0]).toMatchObject({ paidCents: 5_880, contractualCents: 7_620 });
    // The same line with a bigger write-off instead of the 59 reduction is short.
    const short = medicareEra([
      { group: 'CO', carc: '45', amountCents: 7_500 },
      { group: 'PR', carc: '2', amountCents: 1_500 },
      { group: 'CO', carc: '253', amountCents: 120 },
    ]);
    expect(underpaid(postRemittance(short, [medicareClaim], [], fee(10_000)))?.facts.shortCents).toBe(2_500);
  });

  it('reads sequestration taken at the claim level (after the line payment) as no underpayment', () => {
    const claimLevel = {
      ...era([
        {
          claimId: 'claim-1',
          chargeCents: 15_000,
          paidCents: 7_840,
          adjustments: [{ group: 'CO' as const, carc: '253', amountCents: 160 }],
          lines: [
            {
              lineRef: '1',
              procedureCode: '90834',
              chargeCents: 15_000,
              paidCents: 8_000,
              adjustments: [
                { group: 'CO' as const, carc: '45', amountCents: 5_000 },
                { group: 'PR' as const, carc: '2', amountCents: 2_000 },
              ],
            },
          ],
        },
      ]),
      payerId: 'medicare-example',
    };
    const r = postRemittance(claimLevel, [medicareClaim], [], fee(10_000));
    expect(underpaid(r)).toBeUndefined();
    expect(r.balances[0]).toMatchObject({ paidCents: 7_840, contractualCents: 5_160 });
    expect(getRemainingClaimBalance(r.balances[0] as ClaimBalance)).toBe(0);
  });

  it('never bills the client a CO-45, CO-59, CO-94 or CO-253 amount', () => {
    const r = postRemittance(
      medicareEra([
        { group: 'CO', carc: '45', amountCents: 4_000 },
        { group: 'CO', carc: '59', amountCents: 1_000 },
        { group: 'CO', carc: '94', amountCents: -500 },
        { group: 'CO', carc: '253', amountCents: 100 },
      ]),
      [medicareClaim],
      [],
      fee(10_000),
    );
    expect(getClientResponsibilityTotal(r.balances[0] as ClaimBalance)).toBe(0);
    expect(r.balances[0]).toMatchObject({ contractualCents: 4_600, deniedCents: 0 });
    expect(r.results[0]?.suggestedStatus).toBe('paid');
  });

  it('property: sequestration-only reductions never read as an underpayment', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1_000, max: 50_000 }),
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 2_000 }),
        (allowedCents, overCents, deductibleShare, coinsuranceBp) => {
          const deductible = Math.min(deductibleShare, allowedCents);
          const coinsurance = Math.floor(((allowedCents - deductible) * (2_000 + coinsuranceBp)) / 10_000);
          const payment = allowedCents - deductible - coinsurance;
          const sequestration = Math.round(payment * 0.02);
          const chargeCents = allowedCents + overCents;
          const adjustments = [
            { group: 'CO' as const, carc: '45', amountCents: overCents },
            { group: 'PR' as const, carc: '1', amountCents: deductible },
            { group: 'PR' as const, carc: '2', amountCents: coinsurance },
            { group: 'CO' as const, carc: '253', amountCents: sequestration },
          ];
          const remittance = {
            ...era([
              {
                claimId: 'claim-1',
                chargeCents,
                paidCents: payment - sequestration,
                lines: [
                  {
                    lineRef: '1',
                    procedureCode: '90834',
                    chargeCents,
                    paidCents: payment - sequestration,
                    adjustments,
                  },
                ],
              },
            ]),
            payerId: 'medicare-example',
          };
          const c = claim({ payerId: 'medicare-example', lines: [line({ chargeCents })] });
          const r = postRemittance(remittance, [c], [], fee(allowedCents));
          expect(underpaid(r)).toBeUndefined();
          expect(getRemainingClaimBalance(r.balances[0] as ClaimBalance)).toBe(0);
        },
      ),
    );
  });
});

describe('postRemittance: claims returned as unprocessable', () => {
  const returned = (remarks: string[], payerId = 'medicare-example') => ({
    ...era([
      {
        claimId: 'claim-1',
        chargeCents: 15_000,
        paidCents: 0,
        adjustments: [{ group: 'CO' as const, carc: '16', amountCents: 15_000, remarks }],
      },
    ]),
    payerId,
  });

  it('suggests unprocessable, not denied, for a Medicare CO-16 with MA130, and says it was never filed', () => {
    const r = postRemittance(returned(['MA130', 'N290']), [claim({ payerId: 'medicare-example' })], [], {
      payerKind: 'medicare',
    });
    expect(r.results[0]?.suggestedStatus).toBe('unprocessable');
    expect(r.results[0]?.reasons.map((x) => x.code)).toContain('billing.remittance.unprocessable');
  });

  it('reads a Medicare CO-16 as unprocessable even when the remark is on the claim, not the adjustment', () => {
    const remit = returned([]);
    (remit.claims[0] as { remarks?: string[] }).remarks = ['N290'];
    const r = postRemittance(remit, [claim({ payerId: 'medicare-example' })], [], { payerKind: 'medicare' });
    expect(r.results[0]?.suggestedStatus).toBe('unprocessable');
  });

  it('finds MA130 on a line’s remarks too', () => {
    const remit = {
      ...era([
        {
          claimId: 'claim-1',
          chargeCents: 15_000,
          paidCents: 0,
          lines: [
            {
              lineRef: '1',
              procedureCode: '90834',
              chargeCents: 15_000,
              paidCents: 0,
              adjustments: [{ group: 'CO' as const, carc: '16', amountCents: 15_000 }],
              remarks: ['MA130'],
            },
          ],
        },
      ]),
    };
    expect(postRemittance(remit, [claim()], []).results[0]?.suggestedStatus).toBe('unprocessable');
  });

  it('keeps a commercial CO-16 without MA130 a denial to correct, and reads MA130 as unprocessable for any payer', () => {
    expect(
      postRemittance(returned(['N290'], 'commercial-example'), [claim()], [], { payerKind: 'commercial' })
        .results[0]?.suggestedStatus,
    ).toBe('denied');
    // The payer kind unknown: Medicare would return it unprocessable, others deny it; no status is picked.
    const unknown = postRemittance(returned(['N290'], 'commercial-example'), [claim()], []).results[0];
    expect(unknown?.suggestedStatus).toBeNull();
    expect(unknown?.reasons.map((x) => x.code)).toContain('billing.remittance.payer_kind_unknown');
    expect(
      postRemittance(returned(['MA130'], 'commercial-example'), [claim()], []).results[0]?.suggestedStatus,
    ).toBe('unprocessable');
  });
});

describe('postRemittance properties: reversals', () => {
  const adjustmentArb = fc.record({
    group: fc.constantFrom('CO' as const, 'PR' as const, 'OA' as const, 'PI' as const),
    carc: fc.constantFrom(...Object.keys(DENIAL_CODE_TABLE), '999'),
    amountCents: fc.integer({ min: 0, max: 20_000 }),
  });
  const entryArb = fc
    .record({
      chargeCents: fc.integer({ min: 1, max: 60_000 }),
      lineAdjustments: fc.array(adjustmentArb, { maxLength: 4 }),
      claimAdjustments: fc.array(adjustmentArb, { maxLength: 2 }),
      icn: fc.constantFrom(undefined, 'ICN-1'),
    })
    .map((s) => {
      const linePaid = s.chargeCents - s.lineAdjustments.reduce((t, a) => t + a.amountCents, 0);
      const paidCents = linePaid - s.claimAdjustments.reduce((t, a) => t + a.amountCents, 0);
      return {
        claimId: 'claim-1',
        claimStatusCode: '1' as const,
        ...(s.icn === undefined ? {} : { payerClaimControlNumber: s.icn }),
        chargeCents: s.chargeCents,
        paidCents,
        adjustments: s.claimAdjustments,
        lines: [
          {
            lineRef: '1',
            procedureCode: '90834',
            chargeCents: s.chargeCents,
            paidCents: linePaid,
            adjustments: s.lineAdjustments,
          },
        ],
      };
    })
    .filter((e) => e.paidCents >= 0);

  it('posting a remittance and then its reversal restores the balance exactly', () => {
    fc.assert(
      fc.property(entryArb, (entry) => {
        const c = claim({ lines: [line({ chargeCents: entry.chargeCents })] });
        const start = createClaimBalance(c);
        const once = postRemittance(era([entry], 'era-1'), [c], [start]);
        const back = postRemittance(era([reversalOf(entry)], 'era-2'), [c], once.balances);
        expect(cents(back.balances[0] as ClaimBalance)).toEqual(cents(start));
        expect(back.results[0]?.suggestedStatus).toBe('recouped');
      }),
      { numRuns: 200 },
    );
  });

  it('posting the same reversal again, under any remittance id, with or without its claim number, changes nothing', () => {
    fc.assert(
      fc.property(entryArb, fc.constantFrom('era-2', 'era-9'), (entry, againId) => {
        const c = claim({ lines: [line({ chargeCents: entry.chargeCents })] });
        const once = postRemittance(era([entry], 'era-1'), [c], []);
        const back = postRemittance(era([reversalOf(entry)], 'era-2'), [c], once.balances);
        const again = postRemittance(era([reversalOf(entry)], againId), [c], back.balances);
        // Without the payer's claim number the open recoupment of the same amount says it is the same one.
        expect(again.balances).toEqual(back.balances);
        expect(again.results[0]?.outcome).toBe('already_posted');
      }),
      { numRuns: 150 },
    );
  });
});

// A plain 90834 payment ($150 billed, $110 allowed, $20 copay) with its parts overridable.
const paidEntry = (
  over: Partial<RemittanceInput['claims'][number]> = {},
): RemittanceInput['claims'][number] => ({
  ...paymentEntry(),
  ...over,
});
const codesOf = (r: ReturnType<typeof postRemittance>) => r.results[0]?.reasons.map((x) => x.code) ?? [];
const reasonOf = (r: ReturnType<typeof postRemittance>, code: string) =>
  r.results[0]?.reasons.find((x) => x.code === code);

describe('postRemittance: what each answer says', () => {
  it('reports an unknown claim with no line postings, its charge and payment, in words', () => {
    const r = postRemittance(era([paidEntry({ claimId: 'claim-9' })]), [claim()], []);
    expect(r.results[0]).toEqual({
      outcome: 'unmatched_claim',
      claimId: 'claim-9',
      remittanceClaimIndexes: [0],
      suggestedStatus: null,
      settlement: null,
      lines: [],
      chargeCents: 15_000,
      reasons: [
        {
          code: 'billing.remittance.unmatched_claim',
          severity: 'error',
          message: 'No claim with this id was given; nothing was posted for it.',
          facts: { claimId: 'claim-9', chargeCents: 15_000, paidCents: 9_000 },
        },
      ],
    });
  });

  it('says a remittance already posted changed nothing, naming it', () => {
    const once = postRemittance(era([paidEntry()]), [claim()], []);
    const again = postRemittance(era([paidEntry()]), [claim()], once.balances);
    expect(again.results[0]).toEqual({
      outcome: 'already_posted',
      claimId: 'claim-1',
      remittanceClaimIndexes: [0],
      suggestedStatus: null,
      settlement: null,
      lines: [],
      chargeCents: 15_000,
      reasons: [
        {
          code: 'billing.remittance.already_posted',
          severity: 'info',
          message: 'This remittance was already posted to the claim; nothing changed.',
          facts: { remittanceId: 'era-1' },
        },
      ],
    });
  });

  it('says a reversal already posted under another remittance changed nothing, with the payer’s claim number', () => {
    const once = postRemittance(era([paidEntry()]), [claim()], []);
    const reversed = postRemittance(era([reversalOf(paymentEntry())], 'era-2'), [claim()], once.balances);
    const again = postRemittance(era([reversalOf(paymentEntry())], 'era-3'), [claim()], reversed.balances);
    expect(again.balances).toEqual(reversed.balances);
    expect(again.results[0]).toMatchObject({ outcome: 'already_posted', lines: [], suggestedStatus: null });
    expect(again.results[0]?.reasons).toEqual([
      {
        code: 'billing.remittance.reversal_already_posted',
        severity: 'warning',
        message: 'This reversal was already posted to the claim under another remittance; nothing changed.',
        facts: { remittanceId: 'era-3', payerClaimControlNumber: 'ICN-1' },
      },
    ]);
  });

  it('warns of a remittance from another payer, naming both payers', () => {
    const r = postRemittance({ ...era([paidEntry()]), payerId: 'other-payer' }, [claim()], []);
    expect(reasonOf(r, 'billing.remittance.payer_mismatch')).toEqual({
      code: 'billing.remittance.payer_mismatch',
      severity: 'warning',
      message:
        'The remittance comes from another payer than the claim’s; check it was posted to the right claim.',
      facts: { claimPayerId: 'commercial-example', remittancePayerId: 'other-payer' },
    });
    expect(codesOf(postRemittance(era([paidEntry()]), [claim()], []))).not.toContain(
      'billing.remittance.payer_mismatch',
    );
  });

  it('names the line of an unknown adjustment code, or none for one on the claim', () => {
    const r = postRemittance(
      era([
        {
          claimId: 'claim-1',
          chargeCents: 15_000,
          paidCents: 9_000,
          adjustments: [{ group: 'CO', carc: 'Z8', amountCents: 1_000 }],
          lines: [
            {
              lineRef: '1',
              procedureCode: '90834',
              chargeCents: 15_000,
              paidCents: 10_000,
              adjustments: [{ group: 'CO', carc: 'Z9', amountCents: 5_000 }],
            },
          ],
        },
      ]),
      [claim()],
      [],
    );
    const unknown = r.results[0]?.reasons.filter(
      (x) => x.code === 'billing.remittance.unknown_adjustment_code',
    );
    expect(unknown?.map((x) => x.facts)).toEqual([
      { group: 'CO', carc: 'Z8', lineId: null },
      { group: 'CO', carc: 'Z9', lineId: '1' },
    ]);
    expect(unknown?.[0]?.message).toBe(
      'An adjustment code is not in the denial table; it was posted as an other adjustment for review.',
    );
    expect(r.balances[0]?.otherAdjustmentCents).toBe(6_000);
  });

  it('numbers the remittance lines across the claim’s entries, and names a line it could not match', () => {
    const r = postRemittance(
      era([
        {
          claimId: 'claim-1',
          chargeCents: 18_000,
          paidCents: 17_000,
          lines: [
            { lineRef: '7', procedureCode: '90834', chargeCents: 15_000, paidCents: 15_000 },
            {
              procedureCode: '90837',
              chargeCents: 3_000,
              paidCents: 2_000,
              adjustments: [{ group: 'CO', carc: '45', amountCents: 1_000 }],
            },
          ],
        },
      ]),
      [claim()],
      [],
      {
        feeSchedule: [{ payerId: 'commercial-example', procedureCode: '90837', allowedCentsPerUnit: 9_000 }],
      },
    );
    expect(r.results[0]?.lines.map((l) => [l.remittanceLineIndex, l.lineId, l.match])).toEqual([
      [0, '1', 'code_and_modifiers'],
      [1, null, 'unmatched'],
    ]);
    expect(codesOf(r)).not.toContain('billing.remittance.underpaid');
    expect(reasonOf(r, 'billing.remittance.unmatched_line')).toEqual({
      code: 'billing.remittance.unmatched_line',
      severity: 'warning',
      message: 'A remittance line matched no claim line; its amounts were posted to the claim as a whole.',
      facts: { remittanceLineIndex: 1, procedureCode: '90837' },
    });
  });

  it('warns when the remittance’s charge differs from the claim’s, with both charges', () => {
    const twice = claim({ lines: [line({ chargeCents: 16_000 })] });
    const r = postRemittance(era([paidEntry()]), [twice], []);
    expect(reasonOf(r, 'billing.remittance.charge_mismatch')).toEqual({
      code: 'billing.remittance.charge_mismatch',
      severity: 'warning',
      message: 'The remittance’s charge differs from the claim’s charge.',
      facts: { remittanceChargeCents: 15_000, claimChargeCents: 16_000 },
    });
    // A reversal alone carries the charge negated: compared as billed, reported as the remittance has it.
    const paidHigher = postRemittance(era([paidEntry()]), [twice], []);
    const reversal = postRemittance(era([reversalOf(paymentEntry())], 'era-2'), [twice], paidHigher.balances);
    expect(reasonOf(reversal, 'billing.remittance.charge_mismatch')?.facts).toEqual({
      remittanceChargeCents: -15_000,
      claimChargeCents: 16_000,
    });
    const paidPlain = postRemittance(era([paidEntry()]), [claim()], []);
    const matching = postRemittance(
      era([reversalOf(paymentEntry())], 'era-2'),
      [claim()],
      paidPlain.balances,
    );
    expect(codesOf(matching)).not.toContain('billing.remittance.charge_mismatch');
    expect(codesOf(postRemittance(era([paidEntry()]), [claim()], []))).not.toContain(
      'billing.remittance.charge_mismatch',
    );
  });

  it('says only that it posted a plain payment, and lists a warning before it', () => {
    const noSecondary = { hasSecondaryCoverage: false };
    expect(codesOf(postRemittance(era([paidEntry()]), [claim()], [], noSecondary))).toEqual([
      'billing.remittance.posted',
    ]);
    expect(
      codesOf(postRemittance({ ...era([paidEntry()]), payerId: 'other-payer' }, [claim()], [], noSecondary)),
    ).toEqual(['billing.remittance.payer_mismatch', 'billing.remittance.posted']);
  });

  it('says what it posted, bucket by bucket, with the status it suggests', () => {
    const r = postRemittance(typical, [twoLines], []);
    expect(reasonOf(r, 'billing.remittance.posted')).toEqual({
      code: 'billing.remittance.posted',
      severity: 'info',
      message: 'The remittance was posted to the claim.',
      facts: {
        remittanceId: 'era-1',
        paidCents: 9_000,
        contractualCents: 4_000,
        deniedCents: 3_000,
        clientResponsibilityCents: 2_000,
        otherAdjustmentCents: 0,
        suggestedStatus: 'partially_paid',
      },
    });
  });

  it('adds every kind of the client’s share into the posted total', () => {
    const r = postRemittance(
      era([
        {
          claimId: 'claim-1',
          chargeCents: 15_000,
          paidCents: 4_000,
          lines: [
            {
              lineRef: '1',
              procedureCode: '90834',
              chargeCents: 15_000,
              paidCents: 4_000,
              adjustments: [
                { group: 'CO', carc: '45', amountCents: 4_000 },
                { group: 'PR', carc: '1', amountCents: 1_000 },
                { group: 'PR', carc: '2', amountCents: 2_000 },
                { group: 'PR', carc: '3', amountCents: 3_000 },
                { group: 'PR', carc: '119', amountCents: 1_000 },
              ],
            },
          ],
        },
      ]),
      [claim()],
      [],
    );
    expect(r.balances[0]?.clientResponsibility).toEqual({
      deductibleCents: 1_000,
      coinsuranceCents: 2_000,
      copayCents: 3_000,
      otherCents: 1_000,
    });
    expect(reasonOf(r, 'billing.remittance.posted')?.facts.clientResponsibilityCents).toBe(7_000);
  });
});

describe('postRemittance: reversals, recoupments and their words', () => {
  beforeEach(postFirstPayment);

  it('says a recoupment reopened the claim, with the date and the cents taken back', () => {
    const r = postRemittance(
      on(era([reversalOf(paymentEntry())], 'era-2'), '2026-05-08'),
      [claim()],
      paid.balances,
    );
    expect(reasonOf(r, 'billing.remittance.recoupment')).toEqual({
      code: 'billing.remittance.recoupment',
      severity: 'warning',
      message:
        'Recoupment: the payer took its payment back. The claim is open again, its balance restored; find out why, then appeal, correct or rebill.',
      facts: {
        remittanceId: 'era-2',
        recoupedOn: '2026-05-08',
        recoupedCents: 9_000,
        suggestedStatus: 'recouped',
      },
    });
    expect(codesOf(r)).not.toContain('billing.remittance.reversal_corrected');
  });

  it('says a reversal and its correction in one remittance adjudicated the claim again, with the new payment', () => {
    const r = postRemittance(
      era([reversalOf(paymentEntry()), paymentEntry(10_000)], 'era-2'),
      [claim()],
      paid.balances,
    );
    expect(reasonOf(r, 'billing.remittance.reversal_corrected')).toEqual({
      code: 'billing.remittance.reversal_corrected',
      severity: 'info',
      message: 'The payer reversed its earlier payment and adjudicated the claim again in this remittance.',
      facts: { remittanceId: 'era-2', recoupedCents: 9_000, newPaidCents: 10_000, suggestedStatus: 'paid' },
    });
    expect(codesOf(r)).not.toContain('billing.remittance.recoupment');
    expect(r.results[0]?.lines.map((l) => [l.remittanceLineIndex, l.lineId])).toEqual([
      [0, '1'],
      [1, '1'],
    ]);
  });

  it('warns in words when a reversal takes back more than was posted', () => {
    const r = postRemittance(era([reversalOf(paymentEntry())], 'era-2'), [claim()], []);
    expect(reasonOf(r, 'billing.remittance.reversal_exceeds_payments')?.message).toBe(
      'The payer took back more than the payments posted to this claim: post the remittance that paid it, or ask the payer which payment it reversed.',
    );
    expect(codesOf(postRemittance(era([paidEntry()], 'era-2'), [claim()], paid.balances))).not.toContain(
      'billing.remittance.reversal_exceeds_payments',
    );
  });

  it('posts a second reversal with another payer claim number, though it takes back the same amount', () => {
    const once = postRemittance(era([reversalOf(paymentEntry())], 'era-2'), [claim()], paid.balances);
    const other = postRemittance(
      era([reversalOf(paymentEntry(9_000, 'ICN-2'))], 'era-3'),
      [claim()],
      once.balances,
    );
    expect(other.results[0]?.outcome).toBe('posted');
    expect(other.balances[0]?.paidCents).toBe(-9_000);
  });

  it('reads a reversal as the one already posted by its amount when only one of them carries a claim number', () => {
    const { payerClaimControlNumber: _, ...bare } = paymentEntry();
    const once = postRemittance(era([reversalOf(bare)], 'era-2'), [claim()], paid.balances);
    expect(once.balances[0]?.recoupments).toStrictEqual([
      { remittanceId: 'era-2', on: '2026-04-10', recoupedCents: 9_000 },
    ]);
    const numbered = postRemittance(era([reversalOf(paymentEntry())], 'era-3'), [claim()], once.balances);
    expect(numbered.results[0]?.outcome).toBe('already_posted');
    const smaller = postRemittance(era([reversalOf(paymentEntry(5_000))], 'era-4'), [claim()], once.balances);
    expect(smaller.results[0]?.outcome).toBe('posted');
    const numberedFirst = postRemittance(
      era([reversalOf(paymentEntry())], 'era-2'),
      [claim()],
      paid.balances,
    );
    const bareAgain = postRemittance(era([reversalOf(bare)], 'era-3'), [claim()], numberedFirst.balances);
    expect(bareAgain.results[0]?.outcome).toBe('already_posted');
  });

  it('settles an open recoupment once, by the remittance that paid the claim again', () => {
    const recouped = postRemittance(era([reversalOf(paymentEntry())], 'era-2'), [claim()], paid.balances);
    const repaid = postRemittance(era([paidEntry()], 'era-3'), [claim()], recouped.balances);
    const later = postRemittance(
      era([{ claimId: 'claim-1', chargeCents: 0, paidCents: 0 }], 'era-4'),
      [claim()],
      repaid.balances,
    );
    expect(later.balances[0]?.recoupments.map((x) => x.settledBy)).toEqual(['era-3']);
    expect(hasOpenRecoupment(later.balances[0] as ClaimBalance)).toBe(false);
  });
});

describe('postRemittance: denials, dates and order', () => {
  const denial = (adjustments: { group: 'CO' | 'OA' | 'PI'; carc: string }[]) =>
    era([
      {
        claimId: 'claim-1',
        chargeCents: 15_000,
        paidCents: 15_000 - 1_000 * adjustments.length,
        adjustments: adjustments.map((a) => ({ ...a, amountCents: 1_000 })),
      },
    ]);

  it('lists each denial once by group and code, sorted, keeping earlier ones', () => {
    const r = postRemittance(
      denial([
        { group: 'OA', carc: '97' },
        { group: 'CO', carc: '97' },
        { group: 'CO', carc: '50' },
        { group: 'CO', carc: '97' },
        { group: 'CO', carc: '16' },
      ]),
      [claim()],
      [],
    );
    expect(r.balances[0]?.denials).toEqual([
      { group: 'CO', carc: '16' },
      { group: 'CO', carc: '50' },
      { group: 'CO', carc: '97' },
      { group: 'OA', carc: '97' },
    ]);
    const again = postRemittance(
      { ...denial([{ group: 'CO', carc: '50' }]), remittanceId: 'era-2' },
      [claim()],
      r.balances,
    );
    expect(again.balances[0]?.denials).toHaveLength(4);
  });

  it('keeps the latest remittance date whatever order remittances are posted in', () => {
    const april = postRemittance(era([paidEntry({ paidCents: 9_000 })]), [claim()], []);
    const may = postRemittance(
      on(era([{ claimId: 'claim-1', chargeCents: 0, paidCents: 0 }], 'era-2'), '2026-05-01'),
      [claim()],
      april.balances,
    );
    expect(may.balances[0]?.lastRemittanceOn).toBe('2026-05-01');
    const march = postRemittance(
      on(era([{ claimId: 'claim-1', chargeCents: 0, paidCents: 0 }], 'era-3'), '2026-03-20'),
      [claim()],
      may.balances,
    );
    expect(march.balances[0]?.lastRemittanceOn).toBe('2026-05-01');
  });

  it('posts a remittance’s claims in claim order, and returns every balance in claim order', () => {
    const claims = [
      claim({ claimId: 'claim-b' }),
      claim({ claimId: 'claim-a' }),
      claim({ claimId: 'claim-c' }),
    ];
    const r = postRemittance(
      era([paidEntry({ claimId: 'claim-b' }), paidEntry({ claimId: 'claim-a' })]),
      claims,
      [createClaimBalance(claims[2] as ClaimInput)],
    );
    expect(r.results.map((x) => [x.claimId, x.remittanceClaimIndexes])).toEqual([
      ['claim-a', [1]],
      ['claim-b', [0]],
    ]);
    expect(r.balances.map((b) => b.claimId)).toEqual(['claim-a', 'claim-b', 'claim-c']);
  });

  it('posts two entries for the same claim together, their charges summed', () => {
    const r = postRemittance(
      era([
        { claimId: 'claim-1', chargeCents: 15_000, paidCents: 15_000 },
        { claimId: 'claim-9', chargeCents: 1_000, paidCents: 1_000 },
        { claimId: 'claim-9', chargeCents: 2_000, paidCents: 2_000 },
      ]),
      [claim()],
      [],
    );
    expect(r.results.map((x) => [x.claimId, x.remittanceClaimIndexes, x.chargeCents])).toEqual([
      ['claim-1', [0], 15_000],
      ['claim-9', [1, 2], 3_000],
    ]);
  });
});

describe('postRemittance: lines and contracted fees', () => {
  it('matches a line by its date of service when the claim bills the code twice', () => {
    const weekly = claim({
      lines: [line(), line({ lineId: '2', serviceDate: '2026-03-09' })],
    });
    const r = postRemittance(
      era([
        {
          claimId: 'claim-1',
          chargeCents: 30_000,
          paidCents: 30_000,
          lines: [
            { procedureCode: '90834', serviceDate: '2026-03-09', chargeCents: 15_000, paidCents: 15_000 },
            { procedureCode: '90834', serviceDate: '2026-03-02', chargeCents: 15_000, paidCents: 15_000 },
          ],
        },
      ]),
      [weekly],
      [],
    );
    expect(r.results[0]?.lines.map((l) => l.lineId)).toEqual(['2', '1']);
  });

  it('matches modifiers whatever order the payer echoes them in', () => {
    const tele = claim({ lines: [line({ modifiers: ['95', 'HO'] })] });
    const r = postRemittance(
      era([
        {
          claimId: 'claim-1',
          chargeCents: 15_000,
          paidCents: 15_000,
          lines: [
            { procedureCode: '90834', modifiers: ['HO', '95'], chargeCents: 15_000, paidCents: 15_000 },
          ],
        },
      ]),
      [tele],
      [],
      {
        feeSchedule: [
          {
            payerId: 'commercial-example',
            procedureCode: '90834',
            modifiers: ['HO', '95'],
            allowedCentsPerUnit: 16_000,
          },
        ],
      },
    );
    expect(r.results[0]?.lines[0]?.match).toBe('code_and_modifiers');
    expect(reasonOf(r, 'billing.remittance.underpaid')?.facts.expectedCents).toBe(16_000);
  });

  it('reads only the payer’s own fee for the line’s code', () => {
    const fees = (feeSchedule: { payerId: string; procedureCode: string; allowedCentsPerUnit: number }[]) =>
      codesOf(postRemittance(typical, [twoLines], [], { feeSchedule }));
    expect(
      fees([{ payerId: 'other-payer', procedureCode: '90834', allowedCentsPerUnit: 20_000 }]),
    ).not.toContain('billing.remittance.underpaid');
    expect(
      fees([{ payerId: 'commercial-example', procedureCode: '90837', allowedCentsPerUnit: 20_000 }]),
    ).not.toContain('billing.remittance.underpaid');
  });

  it('expects the contracted fee times the units, and says so in words', () => {
    const units = claim({ lines: [line({ procedureCode: '90840', units: 2, chargeCents: 16_000 })] });
    const r = postRemittance(
      era([
        {
          claimId: 'claim-1',
          chargeCents: 16_000,
          paidCents: 13_000,
          lines: [
            {
              lineRef: '1',
              procedureCode: '90840',
              units: 2,
              chargeCents: 16_000,
              paidCents: 13_000,
              adjustments: [{ group: 'CO', carc: '45', amountCents: 3_000 }],
            },
          ],
        },
      ]),
      [units],
      [],
      {
        feeSchedule: [{ payerId: 'commercial-example', procedureCode: '90840', allowedCentsPerUnit: 7_000 }],
      },
    );
    expect(reasonOf(r, 'billing.remittance.underpaid')).toEqual({
      code: 'billing.remittance.underpaid',
      severity: 'warning',
      message: 'The payer allowed less than the contracted fee for this line.',
      facts: { lineId: '1', expectedCents: 14_000, allowedCents: 13_000, shortCents: 1_000 },
    });
  });

  it('counts the client’s share toward the allowed amount once, under a code that counts toward it too', () => {
    const r = postRemittance(
      era([
        {
          claimId: 'claim-1',
          chargeCents: 15_000,
          paidCents: 8_000,
          lines: [
            {
              lineRef: '1',
              procedureCode: '90834',
              chargeCents: 15_000,
              paidCents: 8_000,
              adjustments: [
                { group: 'CO', carc: '45', amountCents: 5_000 },
                { group: 'PR', carc: '23', amountCents: 2_000 },
              ],
            },
          ],
        },
      ]),
      [claim()],
      [],
      {
        feeSchedule: [{ payerId: 'commercial-example', procedureCode: '90834', allowedCentsPerUnit: 11_000 }],
      },
    );
    expect(reasonOf(r, 'billing.remittance.underpaid')?.facts).toMatchObject({
      expectedCents: 11_000,
      allowedCents: 10_000,
    });
  });

  it('never reads a denied line as underpaid', () => {
    const r = postRemittance(typical, [twoLines], [], {
      feeSchedule: [{ payerId: 'commercial-example', procedureCode: '90785', allowedCentsPerUnit: 2_000 }],
    });
    expect(codesOf(r)).not.toContain('billing.remittance.underpaid');
  });
});

describe('postRemittance: claims returned as unprocessable, at the edges', () => {
  const medicare = (
    adjustments: { group: 'CO' | 'OA' | 'PR'; carc: string; amountCents: number; remarks?: string[] }[],
    paidCents = 0,
  ) => ({
    ...era([{ claimId: 'claim-1', chargeCents: 15_000, paidCents, adjustments }]),
    payerId: 'medicare-example',
  });
  const post = (remit: RemittanceInput) =>
    postRemittance(remit, [claim({ payerId: 'medicare-example' })], [], { payerKind: 'medicare' });

  it('reads a Medicare CO-16 beside other adjustments as unprocessable, and says so in words', () => {
    const r = post(
      medicare([
        { group: 'CO', carc: '16', amountCents: 10_000 },
        { group: 'CO', carc: '45', amountCents: 5_000 },
      ]),
    );
    expect(r.results[0]?.suggestedStatus).toBe('unprocessable');
    expect(reasonOf(r, 'billing.remittance.unprocessable')).toEqual({
      code: 'billing.remittance.unprocessable',
      severity: 'warning',
      message:
        'The payer returned the claim as unprocessable: it was never filed. Correct it and send it again before the date-of-service deadline.',
      facts: { remittanceId: 'era-1', returnedOn: '2026-04-10' },
    });
  });

  it('keeps a Medicare denial that is not CO-16 a denial', () => {
    expect(
      post(medicare([{ group: 'CO', carc: '50', amountCents: 15_000 }])).results[0]?.suggestedStatus,
    ).toBe('denied');
    expect(
      post(medicare([{ group: 'OA', carc: '16', amountCents: 15_000 }])).results[0]?.suggestedStatus,
    ).not.toBe('unprocessable');
  });

  it('keeps a claim applied wholly to the deductible paid, nothing denied, whatever its remarks', () => {
    const r = post(medicare([{ group: 'PR', carc: '1', amountCents: 15_000, remarks: ['MA130'] }]));
    expect(r.results[0]?.suggestedStatus).toBe('paid');
  });

  it('keeps a claim the payer paid in part partially paid, whatever its remarks', () => {
    const r = post(medicare([{ group: 'CO', carc: '16', amountCents: 5_000, remarks: ['MA130'] }], 10_000));
    expect(r.results[0]?.suggestedStatus).toBe('partially_paid');
  });
});

describe('PostRemittanceOptions', () => {
  it('defaults to no fee schedule and no practice denial rules, and assumes no payer kind or network', () => {
    expect(PostRemittanceOptions.parse({})).toEqual({
      feeSchedule: [],
      denialRules: [],
      signedWaiverClaimIds: [],
    });
  });
});

describe('postRemittance: PI reductions and PR-50 are denial work, not write-offs or client bills', () => {
  const oneLine = (
    paidCents: number,
    adjustments: { group: 'CO' | 'PR' | 'OA' | 'PI'; carc: string; amountCents: number }[],
  ) =>
    era([
      {
        claimId: 'claim-1',
        chargeCents: 15_000,
        paidCents,
        lines: [{ lineRef: '1', procedureCode: '90834', chargeCents: 15_000, paidCents, adjustments }],
      },
    ]);
  const single = claim();

  it('posts a PI-45 reduction of $70 as denied (to dispute), not contractual, and the claim as partly paid', () => {
    const { balances, results } = postRemittance(
      oneLine(8_000, [{ group: 'PI', carc: '45', amountCents: 7_000 }]),
      [single],
      [],
    );
    expect(balances[0]).toMatchObject({
      contractualCents: 0,
      deniedCents: 7_000,
      denials: [{ group: 'PI', carc: '45' }],
    });
    expect(results[0]?.suggestedStatus).toBe('partially_paid');
  });

  it('posts a CO-45 of $70 as contractual, as before', () => {
    const { balances } = postRemittance(
      oneLine(8_000, [{ group: 'CO', carc: '45', amountCents: 7_000 }]),
      [single],
      [],
    );
    expect(balances[0]).toMatchObject({ contractualCents: 7_000, deniedCents: 0 });
  });

  it('posts a PR-50 of $150 with $0 paid as a denial with no waiver known, and says so', () => {
    const { balances, results } = postRemittance(
      oneLine(0, [{ group: 'PR', carc: '50', amountCents: 15_000 }]),
      [single],
      [],
    );
    expect(balances[0]).toMatchObject({
      deniedCents: 15_000,
      clientResponsibility: { otherCents: 0 },
      denials: [{ group: 'PR', carc: '50' }],
    });
    expect(results[0]?.suggestedStatus).toBe('denied');
    expect(results[0]?.reasons.map((r) => [r.code, r.facts.lineId ?? null])).toContainEqual([
      'billing.denial.waiver_unknown',
      '1',
    ]);
  });

  it('posts a PR-50 to the client only for a claim whose client signed a waiver before the service', () => {
    const { balances } = postRemittance(
      oneLine(0, [{ group: 'PR', carc: '50', amountCents: 15_000 }]),
      [single],
      [],
      { signedWaiverClaimIds: ['claim-1'] },
    );
    expect(balances[0]).toMatchObject({ deniedCents: 0, clientResponsibility: { otherCents: 15_000 } });
  });

  it('property: a PI amount never lands in contractual or the client’s share', () => {
    const carcs = Object.keys(DENIAL_CODE_TABLE);
    fc.assert(
      fc.property(fc.constantFrom(...carcs), fc.integer({ min: 1, max: 15_000 }), (carc, amount) => {
        const { balances } = postRemittance(
          oneLine(15_000 - amount, [{ group: 'PI', carc, amountCents: amount }]),
          [single],
          [],
          { payerKind: 'commercial' },
        );
        const b = balances[0] as ClaimBalance;
        expect(b.contractualCents).toBe(0);
        expect(getClientResponsibilityTotal(b)).toBe(0);
        expect(b.deniedCents + b.otherAdjustmentCents).toBe(amount);
      }),
      { numRuns: 100 },
    );
  });
});

describe('the balance helpers on malformed balances', () => {
  const balance = () => createClaimBalance(claim());
  const subject = (call: () => unknown) => {
    try {
      call();
    } catch (error) {
      return error instanceof ValidationError
        ? [error.subject, error.issues.map((i) => i.at)]
        : 'not a ValidationError';
    }
    return 'no error';
  };

  it('tells whether a recoupment is open: any one not settled', () => {
    const open = ClaimRecoupment.parse({ remittanceId: 'era-2', on: '2026-05-08', recoupedCents: 9_000 });
    const settled = ClaimRecoupment.parse({ ...open, settledBy: 'era-3' });
    expect(hasOpenRecoupment({ recoupments: [] })).toBe(false);
    expect(hasOpenRecoupment({ recoupments: [settled] })).toBe(false);
    expect(hasOpenRecoupment({ recoupments: [settled, open] })).toBe(true);
  });

  it('refuses a balance whose recoupments are not a list of records, naming the balance', () => {
    const settled = { remittanceId: 'era-2', on: '2026-05-08', recoupedCents: 9_000, settledBy: 'era-3' };
    // A balance written without recoupments has none (`{}` is a valid ClaimBalanceInput for this question).
    for (const bad of [
      null,
      { recoupments: 'none' },
      { recoupments: [null] },
      { recoupments: [7] },
      { recoupments: [settled, null] },
    ]) {
      expect(subject(() => hasOpenRecoupment(bad as never))[0], JSON.stringify(bad)).toBe('claim balance');
    }
  });

  it('refuses a balance with any amount that is not whole cents, naming the balance and the amount', () => {
    for (const key of [
      'chargeCents',
      'paidCents',
      'contractualCents',
      'deniedCents',
      'otherAdjustmentCents',
    ]) {
      expect(subject(() => getRemainingClaimBalance({ ...balance(), [key]: 1.5 }))).toEqual([
        'claim balance',
        [`$.${key}`],
      ]);
    }
    for (const key of ['deductibleCents', 'coinsuranceCents', 'copayCents', 'otherCents']) {
      const bad = { ...balance(), clientResponsibility: { ...balance().clientResponsibility, [key]: 'x' } };
      expect(subject(() => getRemainingClaimBalance(bad as never))).toEqual([
        'claim balance',
        [`$.clientResponsibility.${key}`],
      ]);
      expect(subject(() => getClientResponsibilityTotal(bad as never))).toEqual([
        'claim balance',
        [`$.clientResponsibility.${key}`],
      ]);
    }
    for (const bad of [null, 'balance', { ...balance(), clientResponsibility: null }]) {
      expect(subject(() => getRemainingClaimBalance(bad as never))[0]).toBe('claim balance');
      expect(subject(() => getClientResponsibilityTotal(bad as never))[0]).toBe('claim balance');
    }
  });

  it('names what was invalid: the claim, the remittance, the claims, the balances, the options', () => {
    expect([
      subject(() => createClaimBalance({ ...claim(), lines: [] }))[0],
      subject(() => postRemittance({ ...typical, paidOn: 'soon' }, [twoLines], []))[0],
      subject(() => postRemittance(typical, [{ ...twoLines, claimId: '' }], []))[0],
      subject(() => postRemittance(typical, [twoLines], [{ claimId: 'claim-1', chargeCents: -1 }]))[0],
      subject(() => postRemittance(typical, [twoLines], [], { inNetwork: 'yes' as never }))[0],
    ]).toEqual(['claim', 'remittance', 'claims', 'claim balances', 'posting options']);
  });
});

describe('postRemittance: who else owes it, and the payer’s claim status (CLP02)', () => {
  const single = (
    paidCents: number,
    adjustments: { group: 'CO' | 'PR' | 'OA' | 'PI'; carc: string; amountCents: number }[],
    claimStatusCode?: '1' | '2' | '3' | '4' | '19' | '20' | '21' | '23' | '25',
  ) =>
    era([
      {
        claimId: 'claim-1',
        ...(claimStatusCode === undefined ? {} : { claimStatusCode }),
        chargeCents: 15_000,
        paidCents,
        adjustments,
      },
    ]);

  it('PR-22 and PR-109 with $0 paid (2026-04-10): denied amounts to rebill, never the client’s', () => {
    for (const carc of ['22', '109']) {
      const r = postRemittance(single(0, [{ group: 'PR', carc, amountCents: 15_000 }]), [claim()], [], {
        payerKind: 'commercial',
      });
      expect(r.balances[0]).toMatchObject({ deniedCents: 15_000, denials: [{ group: 'PR', carc }] });
      expect(getClientResponsibilityTotal(r.balances[0] as ClaimBalance)).toBe(0);
      expect(r.results[0]?.suggestedStatus).toBe('denied');
      expect(codesOf(r)).toContain('billing.denial.bill_other_payer');
    }
  });

  it('PR-253 $3 on a Medicare $147 payment: a contractual write-off, never the client’s', () => {
    const r = postRemittance(
      single(14_700, [{ group: 'PR', carc: '253', amountCents: 300 }]),
      [claim()],
      [],
      {
        payerKind: 'medicare',
      },
    );
    expect(r.balances[0]).toMatchObject({ contractualCents: 300, paidCents: 14_700 });
    expect(getClientResponsibilityTotal(r.balances[0] as ClaimBalance)).toBe(0);
    expect(r.results[0]?.suggestedStatus).toBe('paid');
    expect(codesOf(r)).toContain('billing.denial.never_client_share');
  });

  it('PR-204 with $0 paid: the client’s share, but the claim is denied (not covered), not paid', () => {
    const r = postRemittance(single(0, [{ group: 'PR', carc: '204', amountCents: 15_000 }]), [claim()], [], {
      payerKind: 'commercial',
    });
    expect(r.balances[0]).toMatchObject({
      clientResponsibility: { otherCents: 15_000 },
      denials: [{ group: 'PR', carc: '204' }],
    });
    expect(r.results[0]?.suggestedStatus).toBe('denied');
    // The deductible with nothing paid is an adjudication the client owes, not a denial.
    const deductible = postRemittance(
      single(0, [{ group: 'PR', carc: '1', amountCents: 15_000 }]),
      [claim()],
      [],
    );
    expect(deductible.results[0]?.suggestedStatus).toBe('paid');
  });

  it('Medicaid PR-2 with the state plan’s cost sharing unknown: posted as denied for review, with why', () => {
    const era2 = single(12_000, [{ group: 'PR', carc: '2', amountCents: 3_000 }]);
    const r = postRemittance(era2, [claim()], [], { payerKind: 'medicaid' });
    expect(r.balances[0]).toMatchObject({ deniedCents: 3_000, paidCents: 12_000 });
    expect(codesOf(r)).toContain('billing.denial.medicaid_cost_sharing_unknown');
    const imposed = postRemittance(era2, [claim()], [], {
      payerKind: 'medicaid',
      medicaidCostSharing: true,
      qualifiedMedicareBeneficiary: false,
      medicaidExemptions: [],
    });
    expect(imposed.balances[0]).toMatchObject({ clientResponsibility: { coinsuranceCents: 3_000 } });
    // Imposed, the QMB status unknown: held for the status check, not the client's (2026-12-06).
    const qmbUnknown = postRemittance(era2, [claim()], [], {
      payerKind: 'medicaid',
      medicaidCostSharing: true,
    });
    expect(qmbUnknown.balances[0]).toMatchObject({ deniedCents: 3_000, denials: [] });
    expect(codesOf(qmbUnknown)).toContain('billing.denial.medicaid_qmb_status_unknown');
    expect(qmbUnknown.results[0]?.suggestedStatus).toBe('paid');
  });

  it('CLP02 4 (denied) with only a CO-45: suggested denied, not paid', () => {
    const r = postRemittance(
      single(0, [{ group: 'CO', carc: '45', amountCents: 15_000 }], '4'),
      [claim()],
      [],
    );
    expect(r.results[0]?.suggestedStatus).toBe('denied');
    const paid = postRemittance(
      single(9_000, [{ group: 'CO', carc: '45', amountCents: 6_000 }], '4'),
      [claim()],
      [],
    );
    expect(paid.results[0]?.suggestedStatus).toBe('partially_paid');
    expect(codesOf(paid)).toContain('billing.remittance.status_conflict');
  });

  it('CLP02 19, 20, 21 (forwarded to another payer): posted, with a warning to wait before billing the client', () => {
    for (const status of ['19', '20', '21'] as const) {
      const r = postRemittance(
        single(
          8_000,
          [
            { group: 'CO', carc: '45', amountCents: 3_000 },
            { group: 'PR', carc: '2', amountCents: 4_000 },
          ],
          status,
        ),
        [claim()],
        [],
      );
      expect(r.results[0]).toMatchObject({ outcome: 'posted', suggestedStatus: 'paid' });
      expect(reasonOf(r, 'billing.remittance.forwarded_to_next_payer')?.facts).toEqual({
        claimStatusCode: status,
        clientResponsibilityCents: 4_000,
      });
    }
    const primary = postRemittance(
      single(11_000, [{ group: 'CO', carc: '45', amountCents: 4_000 }], '1'),
      [claim()],
      [],
    );
    expect(codesOf(primary)).not.toContain('billing.remittance.forwarded_to_next_payer');
  });

  it('CLP02 23 (not our claim) and 25 (predetermination): nothing is posted, and the answer says why', () => {
    for (const [status, code] of [
      ['23', 'billing.remittance.not_our_claim'],
      ['25', 'billing.remittance.predetermination'],
    ] as const) {
      const before = createClaimBalance(claim());
      const r = postRemittance(
        single(11_760, [{ group: 'CO', carc: '45', amountCents: 3_240 }], status),
        [claim()],
        [before],
      );
      expect(r.results[0]).toMatchObject({ outcome: 'not_posted', suggestedStatus: null });
      expect(r.results[0]?.reasons.map((x) => x.code)).toEqual([code]);
      expect(r.balances[0]).toEqual(before);
    }
  });

  it('property: entries the payer says move no money (23, 25) never change a balance; PR-22/109/253 never reach the client', () => {
    const statusArb = fc.constantFrom(undefined, '1', '2', '3', '4', '19', '20', '21', '23', '25' as const);
    fc.assert(
      fc.property(
        statusArb,
        fc.constantFrom('22', '109', '253', '1', '45'),
        fc.integer({ min: 0, max: 15_000 }),
        fc.constantFrom(undefined, 'medicare', 'medicaid', 'commercial' as const),
        (status, carc, amount, payerKind) => {
          const r = postRemittance(
            single(15_000 - amount, [{ group: 'PR', carc, amountCents: amount }], status),
            [claim()],
            [],
            payerKind === undefined ? {} : { payerKind },
          );
          const b = r.balances[0] as ClaimBalance;
          if (status === '23' || status === '25') {
            expect(b).toEqual(createClaimBalance(claim()));
            expect(r.results[0]?.outcome).toBe('not_posted');
            return;
          }
          expect(posted(b)).toBe(15_000);
          if (['22', '109', '253'].includes(carc)) expect(getClientResponsibilityTotal(b)).toBe(0);
        },
      ),
    );
  });
});

describe('postRemittance: the claim status and who owes it, at the edges', () => {
  const entry = (
    paidCents: number,
    adjustments: { group: 'CO' | 'PR' | 'OA' | 'PI'; carc: string; amountCents: number }[],
    claimStatusCode?: '1' | '4' | '19' | '22' | '23' | '25',
  ) => ({
    claimId: 'claim-1',
    ...(claimStatusCode === undefined ? {} : { claimStatusCode }),
    chargeCents: paidCents + adjustments.reduce((t, a) => t + a.amountCents, 0),
    paidCents,
    adjustments,
  });
  const messagesSaid = (r: ReturnType<typeof postRemittance>) =>
    r.results.flatMap((x) => x.reasons).every((x) => x.message.length > 20);

  it('a claim whose entries are a 23 and a 1: the 1 is posted, the 23 reported beside it with its amounts', () => {
    const r = postRemittance(
      era([
        entry(0, [{ group: 'CO', carc: '45', amountCents: 15_000 }], '23'),
        entry(11_000, [{ group: 'CO', carc: '45', amountCents: 4_000 }], '1'),
      ]),
      [claim()],
      [],
    );
    expect(r.results[0]).toMatchObject({
      outcome: 'posted',
      remittanceClaimIndexes: [1],
      suggestedStatus: 'paid',
    });
    expect(reasonOf(r, 'billing.remittance.not_our_claim')?.facts).toEqual({
      remittanceClaimIndex: 0,
      chargeCents: 15_000,
      paidCents: 0,
    });
    expect(r.balances[0]).toMatchObject({ paidCents: 11_000, contractualCents: 4_000 });
    expect(messagesSaid(r)).toBe(true);
  });

  it('a predetermination alone: not posted, no lines, its amounts reported', () => {
    const r = postRemittance(
      era([entry(9_000, [{ group: 'CO', carc: '45', amountCents: 6_000 }], '25')]),
      [claim()],
      [],
    );
    expect(r.results[0]).toEqual({
      outcome: 'not_posted',
      claimId: 'claim-1',
      remittanceClaimIndexes: [0],
      suggestedStatus: null,
      settlement: null,
      lines: [],
      chargeCents: 15_000,
      reasons: [
        expect.objectContaining({
          code: 'billing.remittance.predetermination',
          facts: { remittanceClaimIndex: 0, chargeCents: 15_000, paidCents: 9_000 },
        }),
      ],
    });
    expect(messagesSaid(r)).toBe(true);
  });

  it('CLP02 4 with nothing paid has no conflict; one of two adjudications denied makes the claim denied', () => {
    const zero = postRemittance(
      era([entry(0, [{ group: 'CO', carc: '45', amountCents: 15_000 }], '4')]),
      [claim()],
      [],
    );
    expect(codesOf(zero)).not.toContain('billing.remittance.status_conflict');
    const paid = postRemittance(
      era([entry(9_000, [{ group: 'CO', carc: '45', amountCents: 6_000 }], '4')]),
      [claim()],
      [],
    );
    expect(reasonOf(paid, 'billing.remittance.status_conflict')?.facts).toEqual({
      remittanceId: 'era-1',
      paidCents: 9_000,
    });
    expect(messagesSaid(paid)).toBe(true);
    const two = postRemittance(
      era([
        entry(0, [{ group: 'CO', carc: '45', amountCents: 15_000 }], '4'),
        entry(0, [{ group: 'CO', carc: '45', amountCents: 15_000 }], '1'),
      ]),
      [claim()],
      [],
    );
    expect(two.results[0]?.suggestedStatus).toBe('denied');
  });

  it('the payer kind unknown for a CO-16: the reason names the remittance', () => {
    const r = postRemittance(
      era([{ ...entry(0, [{ group: 'CO', carc: '16', amountCents: 15_000 }]), remarks: ['M51'] }]),
      [claim()],
      [],
    );
    expect(reasonOf(r, 'billing.remittance.payer_kind_unknown')?.facts).toEqual({ remittanceId: 'era-1' });
    expect(messagesSaid(r)).toBe(true);
  });

  it('forwarded (19): the warning counts every kind of the client’s share', () => {
    const r = postRemittance(
      era([
        entry(
          6_000,
          [
            { group: 'PR', carc: '1', amountCents: 1_000 },
            { group: 'PR', carc: '2', amountCents: 2_000 },
            { group: 'PR', carc: '3', amountCents: 3_000 },
            { group: 'PR', carc: '119', amountCents: 3_000 },
          ],
          '19',
        ),
      ]),
      [claim()],
      [],
    );
    expect(reasonOf(r, 'billing.remittance.forwarded_to_next_payer')?.facts).toEqual({
      claimStatusCode: '19',
      clientResponsibilityCents: 9_000,
    });
    expect(messagesSaid(r)).toBe(true);
  });

  it('says why a PR amount was not the client’s: network unknown, Medicaid payment in full, cost sharing, state rules', () => {
    const pr = (carc: string, options: Parameters<typeof postRemittance>[3]) =>
      codesOf(
        postRemittance(era([entry(0, [{ group: 'PR', carc, amountCents: 15_000 }])]), [claim()], [], options),
      );
    expect(pr('29', { payerKind: 'commercial' })).toContain('billing.denial.network_unknown');
    expect(pr('45', { payerKind: 'medicaid' })).toContain('billing.denial.medicaid_payment_in_full');
    expect(pr('2', { payerKind: 'medicaid', medicaidCostSharing: false })).toContain(
      'billing.denial.medicaid_cost_sharing_not_allowed',
    );
    expect(pr('204', { payerKind: 'medicaid' })).toContain('billing.denial.medicaid_client_billing_unknown');
    // An out-of-network PR-29 is undecided (no contract settles it): held among the denied amounts, not billed.
    const out = postRemittance(
      era([entry(0, [{ group: 'PR', carc: '29', amountCents: 15_000 }])]),
      [claim()],
      [],
      {
        payerKind: 'commercial',
        inNetwork: false,
      },
    );
    expect(out.balances[0]).toMatchObject({ clientResponsibility: { otherCents: 0 }, deniedCents: 15_000 });
    expect(out.results[0]?.suggestedStatus).toBe('denied');
    expect(codesOf(out)).toContain('billing.denial.timely_filing_out_of_network');
  });

  it('PR-45 out of network with nothing paid: the client’s balance, the claim paid (a fee, not a denial)', () => {
    const r = postRemittance(
      era([entry(0, [{ group: 'PR', carc: '45', amountCents: 15_000 }])]),
      [claim()],
      [],
      {
        payerKind: 'commercial',
        inNetwork: false,
      },
    );
    expect(r.balances[0]).toMatchObject({ clientResponsibility: { otherCents: 15_000 }, denials: [] });
    expect(r.results[0]?.suggestedStatus).toBe('paid');
  });

  it('a reversal of a PR-204 denial and its corrected adjudication: only the new decision’s denials count', () => {
    const first = postRemittance(
      era([entry(0, [{ group: 'PR', carc: '204', amountCents: 15_000 }])]),
      [claim()],
      [],
      {
        payerKind: 'commercial',
      },
    );
    const reversal = {
      claimId: 'claim-1',
      claimStatusCode: '22' as const,
      chargeCents: -15_000,
      paidCents: 0,
      adjustments: [{ group: 'PR' as const, carc: '204', amountCents: -15_000 }],
    };
    const corrected = entry(
      12_000,
      [
        { group: 'CO', carc: '45', amountCents: 0 },
        { group: 'CO', carc: '97', amountCents: 3_000 },
      ],
      '1',
    );
    const r = postRemittance(era([reversal, corrected], 'era-2'), [claim()], first.balances, {
      payerKind: 'commercial',
    });
    expect(r.results[0]?.suggestedStatus).toBe('partially_paid');
    expect(r.balances[0]?.denials).toEqual([{ group: 'CO', carc: '97' }]);
  });
});

describe('postRemittance: who owes a PR amount, by what the code says and the facts known', () => {
  // A $150 session on 2026-03-02 (the fixture claim), remitted on 2026-04-10.
  const entryOf = (
    paidCents: number,
    adjustments: { group: 'CO' | 'PR'; carc: string; amountCents: number }[],
  ) => era([{ claimId: 'claim-1', chargeCents: 15_000, paidCents, adjustments }]);
  const codesOfPosting = (r: ReturnType<typeof postRemittance>) =>
    r.results[0]?.reasons.map((x) => x.code) ?? [];
  const commercialInNetwork = {
    payerKind: 'commercial' as const,
    inNetwork: true,
    hasSecondaryCoverage: false,
  };

  it('PR-B7 $50 (provider not enrolled), commercial in network: held among the denied amounts, never the client’s', () => {
    const r = postRemittance(
      entryOf(10_000, [{ group: 'PR', carc: 'B7', amountCents: 5_000 }]),
      [claim()],
      [],
      commercialInNetwork,
    );
    expect(r.balances[0]).toMatchObject({
      deniedCents: 5_000,
      clientResponsibility: { deductibleCents: 0, coinsuranceCents: 0, copayCents: 0, otherCents: 0 },
      denials: [{ group: 'PR', carc: 'B7' }],
    });
    expect(codesOfPosting(r)).toContain('billing.denial.provider_fault_not_client');
  });

  it('PR-16, PR-185 and PR-197: held as denied with the reason, whatever the network', () => {
    for (const carc of ['16', '185', '197']) {
      const r = postRemittance(entryOf(0, [{ group: 'PR', carc, amountCents: 15_000 }]), [claim()], [], {
        payerKind: 'commercial',
      });
      expect(r.balances[0]).toMatchObject({ deniedCents: 15_000, clientResponsibility: { otherCents: 0 } });
      expect(codesOfPosting(r)).toContain('billing.denial.provider_fault_not_client');
    }
  });

  it('PR-45 $40 in network: a contractual write-off; network unknown: held as denied, not written off nor billed', () => {
    const adj = [{ group: 'PR' as const, carc: '45', amountCents: 4_000 }];
    const inNet = postRemittance(entryOf(11_000, adj), [claim()], [], commercialInNetwork);
    expect(inNet.balances[0]).toMatchObject({
      contractualCents: 4_000,
      clientResponsibility: { otherCents: 0 },
    });
    expect(codesOfPosting(inNet)).toContain('billing.denial.contractual_not_client_billable');
    const unknown = postRemittance(entryOf(11_000, adj), [claim()], [], {
      payerKind: 'commercial',
      hasSecondaryCoverage: false,
    });
    expect(unknown.balances[0]).toMatchObject({
      contractualCents: 0,
      deniedCents: 4_000,
      clientResponsibility: { otherCents: 0 },
    });
    expect(codesOfPosting(unknown)).toContain('billing.denial.network_unknown');
  });

  it('PR-1 $50 deductible with secondary coverage unknown: the client’s deductible, with a warning to check first', () => {
    const adj = [{ group: 'PR' as const, carc: '1', amountCents: 5_000 }];
    const unknown = postRemittance(entryOf(10_000, adj), [claim()], [], {
      payerKind: 'commercial',
      inNetwork: true,
    });
    expect(unknown.balances[0]?.clientResponsibility.deductibleCents).toBe(5_000);
    const warning = unknown.results[0]?.reasons.find(
      (x) => x.code === 'billing.remittance.secondary_coverage_unknown',
    );
    expect(warning).toMatchObject({ severity: 'warning', facts: { clientResponsibilityCents: 5_000 } });
    expect(warning?.message).toMatch(/secondary coverage is not known/);
    const secondary = postRemittance(entryOf(10_000, adj), [claim()], [], {
      ...commercialInNetwork,
      hasSecondaryCoverage: true,
    });
    expect(
      secondary.results[0]?.reasons.find((x) => x.code === 'billing.remittance.bill_secondary_first'),
    ).toMatchObject({ severity: 'info', facts: { clientResponsibilityCents: 5_000 } });
    expect(
      secondary.results[0]?.reasons.find((x) => x.code === 'billing.remittance.bill_secondary_first')
        ?.message,
    ).toMatch(/bill the secondary payer/);
    expect(codesOfPosting(secondary)).not.toContain('billing.remittance.secondary_coverage_unknown');
    const none = postRemittance(entryOf(10_000, adj), [claim()], [], commercialInNetwork);
    expect(codesOfPosting(none)).not.toContain('billing.remittance.secondary_coverage_unknown');
    expect(codesOfPosting(none)).not.toContain('billing.remittance.bill_secondary_first');
  });

  it('adds every kind of client share into the secondary-coverage note: a $20 deductible and a $30 out-of-network PR-45', () => {
    const r = postRemittance(
      entryOf(10_000, [
        { group: 'PR', carc: '1', amountCents: 2_000 },
        { group: 'PR', carc: '45', amountCents: 3_000 },
      ]),
      [claim()],
      [],
      { payerKind: 'commercial', inNetwork: false },
    );
    expect(r.balances[0]?.clientResponsibility).toMatchObject({ deductibleCents: 2_000, otherCents: 3_000 });
    expect(
      r.results[0]?.reasons.find((x) => x.code === 'billing.remittance.secondary_coverage_unknown')?.facts,
    ).toEqual({ clientResponsibilityCents: 5_000 });
  });

  it('says nothing of secondary coverage when no client share was posted (a contractual write-off and a payment)', () => {
    const r = postRemittance(
      entryOf(11_000, [{ group: 'CO', carc: '45', amountCents: 4_000 }]),
      [claim()],
      [],
      {
        payerKind: 'commercial',
        inNetwork: true,
      },
    );
    expect(codesOfPosting(r)).toEqual(['billing.remittance.posted']);
  });

  it('a reversal of a client share, then its correction with a larger share: the note counts the net share added', () => {
    const first = postRemittance(
      entryOf(10_000, [{ group: 'PR', carc: '2', amountCents: 5_000 }]),
      [claim()],
      [],
      { payerKind: 'commercial', inNetwork: true, hasSecondaryCoverage: false },
    );
    const reversal = {
      claimId: 'claim-1',
      claimStatusCode: '22' as const,
      chargeCents: -15_000,
      paidCents: -10_000,
      adjustments: [{ group: 'PR' as const, carc: '2', amountCents: -5_000 }],
    };
    const corrected = {
      claimId: 'claim-1',
      chargeCents: 15_000,
      paidCents: 8_000,
      adjustments: [{ group: 'PR' as const, carc: '2', amountCents: 7_000 }],
    };
    const second = postRemittance(era([reversal, corrected], 'era-2'), [claim()], first.balances, {
      payerKind: 'commercial',
      inNetwork: true,
    });
    expect(
      second.results[0]?.reasons.find((x) => x.code === 'billing.remittance.secondary_coverage_unknown')
        ?.facts,
    ).toEqual({ clientResponsibilityCents: 2_000 });
    // The reversal alone takes a share back and adds none: nothing to say.
    const alone = postRemittance(era([reversal], 'era-3'), [claim()], first.balances, {
      payerKind: 'commercial',
      inNetwork: true,
    });
    expect(codesOfPosting(alone)).not.toContain('billing.remittance.secondary_coverage_unknown');
  });

  it('property: a client share posted with secondary coverage unknown is never silent', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('1', '2', '3'),
        fc.integer({ min: 1, max: 15_000 }),
        fc.option(fc.boolean(), { nil: undefined }),
        (carc, amountCents, secondary) => {
          const r = postRemittance(
            entryOf(15_000 - amountCents, [{ group: 'PR', carc, amountCents }]),
            [claim()],
            [],
            { payerKind: 'commercial', inNetwork: true, hasSecondaryCoverage: secondary },
          );
          expect(getClientResponsibilityTotal(r.balances[0] as ClaimBalance)).toBe(amountCents);
          const codes = codesOfPosting(r);
          expect(codes.includes('billing.remittance.secondary_coverage_unknown')).toBe(
            secondary === undefined,
          );
          expect(codes.includes('billing.remittance.bill_secondary_first')).toBe(secondary === true);
        },
      ),
    );
  });

  it('property: a provider-fault amount never lands in the client’s share, whatever the group and network', () => {
    const faults = Object.values(DENIAL_CODE_TABLE)
      .filter((r) => r.providerFault)
      .map((r) => r.carc);
    fc.assert(
      fc.property(
        fc.constantFrom(...faults),
        fc.constantFrom('CO' as const, 'PR' as const),
        fc.option(fc.boolean(), { nil: undefined }),
        fc.integer({ min: 1, max: 15_000 }),
        (carc, group, inNet, amountCents) => {
          const r = postRemittance(
            entryOf(15_000 - amountCents, [{ group, carc, amountCents }]),
            [claim()],
            [],
            { payerKind: 'commercial', inNetwork: inNet },
          );
          expect(getClientResponsibilityTotal(r.balances[0] as ClaimBalance)).toBe(0);
          expect(r.balances[0]?.deniedCents).toBe(amountCents);
        },
      ),
    );
  });
});

describe('postRemittance: a Qualified Medicare Beneficiary’s Medicare cost sharing is never the client’s', () => {
  // Medicare, 90834 on 2026-03-02: $150 billed, $100 allowed, $78.40 paid, $20 coinsurance, $1.60 sequestration.
  const medicareEra: RemittanceInput = {
    ...era([
      {
        claimId: 'claim-1',
        chargeCents: 15_000,
        paidCents: 7_840,
        lines: [
          {
            lineRef: '1',
            procedureCode: '90834',
            chargeCents: 15_000,
            paidCents: 7_840,
            adjustments: [
              { group: 'CO', carc: '45', amountCents: 5_000 },
              { group: 'PR', carc: '2', amountCents: 2_000 },
              { group: 'CO', carc: '253', amountCents: 160 },
            ],
          },
        ],
      },
    ]),
    payerId: 'medicare-example',
  };
  const post = (options: Parameters<typeof postRemittance>[3]) =>
    postRemittance(medicareEra, [claim({ payerId: 'medicare-example' })], [], {
      inNetwork: true,
      hasSecondaryCoverage: false,
      ...options,
    });

  it('a QMB: the $20 is held for the Medicaid crossover, the claim stays paid, no denial is kept', () => {
    const r = post({ payerKind: 'medicare', qualifiedMedicareBeneficiary: true });
    const b = r.balances[0] as ClaimBalance;
    expect(b).toMatchObject({ deniedCents: 2_000, contractualCents: 5_160, paidCents: 7_840, denials: [] });
    expect(getClientResponsibilityTotal(b)).toBe(0);
    expect(r.results[0]?.suggestedStatus).toBe('paid');
    expect(r.results[0]?.reasons).toContainEqual(
      expect.objectContaining({
        code: 'billing.denial.qmb_cost_sharing_not_client',
        facts: expect.objectContaining({ lineId: '1', carc: '2' }),
      }),
    );
  });

  it('status unknown on Medicare Advantage, or a QMB with the payer’s kind unknown: held, still paid', () => {
    const unknown = post({ payerKind: 'medicare_advantage' });
    expect(unknown.balances[0]).toMatchObject({ deniedCents: 2_000, denials: [] });
    expect(unknown.results[0]?.suggestedStatus).toBe('paid');
    expect(codesOf(unknown)).toContain('billing.denial.qmb_status_unknown');
    const kindUnknown = post({ qualifiedMedicareBeneficiary: true });
    expect(kindUnknown.balances[0]).toMatchObject({ deniedCents: 2_000, denials: [] });
    expect(codesOf(kindUnknown)).toContain('billing.denial.qmb_payer_kind_unknown');
  });

  it('a QMB’s coinsurance left on the Medicaid crossover: held, still paid, no denial kept, the reason said', () => {
    // The same remittance read as Medicaid's (the crossover), the state plan imposing cost sharing.
    const r = post({ payerKind: 'medicaid', medicaidCostSharing: true, qualifiedMedicareBeneficiary: true });
    const b = r.balances[0] as ClaimBalance;
    expect(b).toMatchObject({ deniedCents: 2_000, denials: [] });
    expect(getClientResponsibilityTotal(b)).toBe(0);
    expect(r.results[0]?.suggestedStatus).toBe('paid');
    expect(r.results[0]?.reasons).toContainEqual(
      expect.objectContaining({
        code: 'billing.denial.qmb_crossover_not_client',
        facts: expect.objectContaining({ lineId: '1', carc: '2' }),
      }),
    );
  });

  it('known not to be a QMB: the $20 is the client’s coinsurance', () => {
    const r = post({ payerKind: 'medicare', qualifiedMedicareBeneficiary: false });
    expect(r.balances[0]).toMatchObject({
      deniedCents: 0,
      clientResponsibility: { coinsuranceCents: 2_000 },
    });
  });

  it('lists every bad argument at once, each under its parameter’s name', () => {
    try {
      postRemittance(
        { ...medicareEra, paidOn: '2026-02-30' },
        'no' as never,
        [{ claimId: 'claim-1' }] as never,
        {
          payerKind: 'medicaree' as never,
        },
      );
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      const at = (e as ValidationError).issues.map((i) => i.at);
      expect(at).toEqual(
        expect.arrayContaining([
          '$.remittance.paidOn',
          '$.claims',
          '$.balances[0].chargeCents',
          '$.options.payerKind',
        ]),
      );
      expect((e as ValidationError).message).not.toContain('medicaree');
    }
  });
});
