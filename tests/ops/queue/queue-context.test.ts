// Each claim's posted balance by position: the same whether the balances follow the claims' order or not.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDemoPractice, type PracticeData } from '../../../src/ops/index.js';
import { claimBalancesInOrder } from '../../../src/ops/queue/queue-context.js';

const demo = generateDemoPractice();
const byId = (data: PracticeData) =>
  data.claims.map((c) => data.claimBalances.find((b) => b.claimId === c.claimId));

describe('claimBalancesInOrder', () => {
  it('gives each claim the balance with its id, in the claims order (the demo lists them so)', () => {
    expect(demo.claimBalances.length).toBeGreaterThan(1);
    expect(claimBalancesInOrder(demo)).toEqual(byId(demo));
  });

  it('gives each claim the balance with its id when the balances are listed in another order', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(demo.claimBalances, { minLength: demo.claimBalances.length }),
        (shuffled) => {
          const data = { ...demo, claimBalances: shuffled };
          expect(claimBalancesInOrder(data)).toEqual(byId(data));
        },
      ),
      { numRuns: 50 },
    );
  });

  it('leaves a claim without a posted balance undefined', () => {
    const [first, ...rest] = demo.claimBalances;
    if (first === undefined) throw new Error('fixture');
    const data = { ...demo, claimBalances: [...rest, first] };
    const at = data.claims.findIndex((c) => c.claimId === first.claimId);
    expect(claimBalancesInOrder({ ...demo, claimBalances: rest })[at]).toBeUndefined();
    expect(claimBalancesInOrder(data)[at]).toBe(first);
  });
});
