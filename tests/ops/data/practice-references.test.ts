// Named examples of the queue's module wiring, on the demo practice changed one record at a time.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findReferenceProblems,
  generateDemoPractice,
  type PracticeData,
  type WorkQueue,
} from '../../../src/ops/index.js';

const _all = (q: WorkQueue) => [...q.tasks, ...q.forOtherRoles.flatMap((g) => g.tasks)];
const fresh = (): PracticeData => structuredClone(generateDemoPractice());

describe('findReferenceProblems in lists of ids', () => {
  it('names the list element that refers to a missing payer', () => {
    const data = fresh();
    const client = data.clients[0];
    const clinician = data.clinicians[0];
    if (client === undefined || clinician === undefined) throw new Error('fixture');
    client.payerIds = ['no-such-payer' as never];
    clinician.payersAccepted = ['bluebird' as never, 'no-such-payer' as never];
    expect(findReferenceProblems(data).map((p) => p.at)).toEqual(
      expect.arrayContaining(['$.clients[0].payerIds[0]', '$.clinicians[0].payersAccepted[1]']),
    );
  });
});

describe('findReferenceProblems with ids used twice', () => {
  it('finds a repeated appointment id whether the ids are listed in increasing order or not', () => {
    const inOrder = fresh();
    const [first, second] = inOrder.appointments;
    if (first === undefined || second === undefined) throw new Error('fixture');
    // The demo lists its appointments by increasing id; a copy of the first right after it keeps them sorted
    // but not strictly increasing, and a copy at the end breaks the order.
    expect(first.id < second.id).toBe(true);
    inOrder.appointments.splice(1, 0, structuredClone(first));
    expect(findReferenceProblems(inOrder).map((p) => p.at)).toEqual(['$.appointments[1].id']);
    const atEnd = fresh();
    atEnd.appointments.push(structuredClone(first));
    expect(findReferenceProblems(atEnd).map((p) => p.at)).toEqual([
      `$.appointments[${atEnd.appointments.length - 1}].id`,
    ]);
  });

  it('finds nothing in the demo, whose ids are all different', () => {
    expect(findReferenceProblems(fresh())).toEqual([]);
  });
});

describe('findReferenceProblems for references to claims', () => {
  // Claims listed by increasing id are searched by halves; any other order is checked with a set.
  const withMissingClaims = (sorted: boolean): PracticeData => {
    const data = fresh();
    if (!sorted) data.claims.reverse();
    const [balance] = data.claimBalances;
    const last = data.claimBalances.at(-1);
    const remitted = data.remittances[1]?.claims[2];
    if (balance === undefined || last === undefined || remitted === undefined) throw new Error('fixture');
    // Below the first id, above the last, and between two neighbours.
    balance.claimId = 'claim-000000' as never;
    last.claimId = 'claim-999999' as never;
    remitted.claimId = `${data.claims[3]?.claimId}0` as never;
    return data;
  };

  it('names a balance or remittance line whose claim is missing, in either order of the claims', () => {
    for (const sorted of [true, false]) {
      const data = withMissingClaims(sorted);
      expect(findReferenceProblems(data).map((p) => p.at)).toEqual([
        '$.claimBalances[0].claimId',
        `$.claimBalances[${data.claimBalances.length - 1}].claimId`,
        '$.remittances[1].claims[2].claimId',
      ]);
    }
  });

  it('finds a balance whose claim is missing exactly when no claim has its id, whatever the ids', () => {
    const base = fresh();
    const known = base.claims.map((c) => c.claimId as string);
    // Short ids over a few characters (digits sort before capitals, capitals before '-' and small letters),
    // so ids collide and neighbour each other; an id starts with a letter or digit.
    const id = fc
      .string({ unit: fc.constantFrom('0', '9', 'A', '-', 'a', '.'), maxLength: 3 })
      .map((tail) => `c${tail}`);
    fc.assert(
      fc.property(
        fc.uniqueArray(id, { minLength: 1, maxLength: 8 }),
        fc.array(fc.oneof(fc.constantFrom(...known), id), { maxLength: 6 }),
        fc.boolean(),
        (claimIds, wanted, sorted) => {
          const data = fresh();
          const ids = sorted ? [...claimIds].sort() : claimIds;
          data.claims = ids.map((id) => ({
            ...(data.claims[0] as (typeof data.claims)[number]),
            claimId: id as never,
          }));
          data.claimBalances = wanted.map((id) => ({
            ...(base.claimBalances[0] as (typeof base.claimBalances)[number]),
            claimId: id as never,
          }));
          data.remittances = [];
          const expected = wanted.flatMap((id, i) =>
            ids.includes(id) ? [] : [`$.claimBalances[${i}].claimId`],
          );
          const found = findReferenceProblems(data)
            .filter((p) => p.code === 'ops.data.unknown_reference' && p.at.startsWith('$.claimBalances'))
            .map((p) => p.at);
          expect(found).toEqual(expected);
        },
      ),
      { numRuns: 60 },
    );
  });
});
