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
