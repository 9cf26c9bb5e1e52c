// The balance helpers take a balance as a caller writes it (ClaimBalanceInput): every amount but the charge may be
// left out, as ClaimBalance's defaults say, and the answer is the one the parsed balance gives.
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  ClaimBalance,
  type ClaimBalanceInput,
  getClientResponsibilityTotal,
  getRemainingClaimBalance,
  hasOpenRecoupment,
} from '../../../src/billing/index.js';
import { thrown } from '../../validation-subject.js';

const cents = fc.integer({ min: 0, max: 1_000_000 });
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** A balance as a caller writes it, each defaulted field given or left out. */
const balanceInput: fc.Arbitrary<ClaimBalanceInput> = fc
  .record({
    chargeCents: cents,
    paidCents: maybe(cents),
    contractualCents: maybe(cents),
    deniedCents: maybe(cents),
    otherAdjustmentCents: maybe(cents),
    responsibility: maybe(fc.record({ deductibleCents: maybe(cents), copayCents: maybe(cents) })),
    recoupment: maybe(fc.boolean()),
  })
  .map(({ responsibility, recoupment, ...amounts }) => {
    const given = Object.fromEntries(Object.entries(amounts).filter(([, v]) => v !== undefined));
    const shares =
      responsibility === undefined
        ? {}
        : {
            clientResponsibility: Object.fromEntries(
              Object.entries(responsibility).filter(([, v]) => v !== undefined),
            ),
          };
    const recoupments =
      recoupment === undefined
        ? {}
        : {
            recoupments: [
              {
                remittanceId: 'era-2',
                on: '2026-05-08',
                recoupedCents: 9_000,
                ...(recoupment ? { settledBy: 'era-3' } : {}),
              },
            ],
          };
    return { claimId: 'c-1', chargeCents: amounts.chargeCents, ...given, ...shares, ...recoupments };
  });

describe('the balance helpers on a balance as written', () => {
  it('takes a balance whose defaults are left out, by type', () => {
    expectTypeOf<{ claimId: string; chargeCents: number }>().toExtend<
      Parameters<typeof getRemainingClaimBalance>[0]
    >();
    expectTypeOf<{ claimId: string; chargeCents: number }>().toExtend<
      Parameters<typeof getClientResponsibilityTotal>[0]
    >();
    expectTypeOf<ClaimBalanceInput>().toExtend<Parameters<typeof hasOpenRecoupment>[0]>();
  });

  it('leaves $60 of a $150 charge the payer paid $90 of, the other amounts left out', () => {
    expect(getRemainingClaimBalance({ claimId: 'c-1', chargeCents: 15_000, paidCents: 9_000 })).toBe(6_000);
  });

  it("totals a $30 copay when the client's other shares are left out", () => {
    expect(
      getClientResponsibilityTotal({
        claimId: 'c-1',
        chargeCents: 15_000,
        clientResponsibility: { copayCents: 3_000 },
      }),
    ).toBe(3_000);
    expect(getClientResponsibilityTotal({ claimId: 'c-1', chargeCents: 15_000 })).toBe(0);
  });

  it('finds no open recoupment on a balance written without recoupments', () => {
    expect(hasOpenRecoupment({ claimId: 'c-1', chargeCents: 15_000 } as ClaimBalanceInput)).toBe(false);
    expect(hasOpenRecoupment({})).toBe(false);
  });

  it('answers as the parsed balance does, whatever is left out', () => {
    fc.assert(
      fc.property(balanceInput, (input) => {
        const parsed = ClaimBalance.parse(input);
        expect(getRemainingClaimBalance(input)).toBe(getRemainingClaimBalance(parsed));
        expect(getClientResponsibilityTotal(input)).toBe(getClientResponsibilityTotal(parsed));
        expect(hasOpenRecoupment(input)).toBe(hasOpenRecoupment(parsed));
      }),
    );
  });

  it('still rejects a balance without its charge, or an amount that is not cents, by path', () => {
    const noCharge = thrown(() => getRemainingClaimBalance({ claimId: 'c-1' } as ClaimBalanceInput));
    expect(noCharge.issues.map((i) => [i.at, i.code])).toEqual([['$.chargeCents', 'invalid_type']]);
    const fraction = thrown(() =>
      getClientResponsibilityTotal({
        claimId: 'c-1',
        chargeCents: 1,
        clientResponsibility: { copayCents: 1.5 },
      }),
    );
    expect(fraction.issues.map((i) => i.at)).toEqual(['$.clientResponsibility.copayCents']);
    const notAList = thrown(() => hasOpenRecoupment({ recoupments: 'none' } as never));
    expect(notAList.issues.map((i) => i.at)).toEqual(['$.recoupments']);
  });
});
