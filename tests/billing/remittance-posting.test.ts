import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ClaimInput } from '../../src/billing/claim.js';
import { DENIAL_CODE_TABLE } from '../../src/billing/denial-codes.js';
import type { RemittanceInput } from '../../src/billing/remittance.js';
import {
  type ClaimBalance,
  clientResponsibilityTotal,
  openClaimBalance,
  postRemittance,
  remainingClaimBalance,
} from '../../src/billing/remittance-posting.js';
import { ValidationError } from '../../src/core/index.js';
import { claim, line } from './claim-fixtures.js';

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
  b.paidCents + b.contractualCents + b.deniedCents + b.otherAdjustmentCents + clientResponsibilityTotal(b);

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
    expect(remainingClaimBalance(b)).toBe(0);
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
    expect(remainingClaimBalance(b)).toBe(1_000);
    expect(r.results[0]?.reasons.map((x) => x.code)).toEqual(
      expect.arrayContaining([
        'billing.remittance.unknown_adjustment_code',
        'billing.remittance.charge_mismatch',
      ]),
    );
    expect(r.results[0]?.suggestedStatus).toBe('paid');
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
    expect(openClaimBalance(twoLines)).toMatchObject({
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
        for (const b of r.balances) expect(posted(b) + remainingClaimBalance(b)).toBe(b.chargeCents);
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
