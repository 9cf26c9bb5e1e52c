// Named examples of the queue's module wiring, on the demo practice changed one record at a time.
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
