// ops40, item 2: one record, one task. A waitlist client who is offered a cancelled slot today is checked in
// with on that same call: the entry's check-in (past the practice's interval) is not a second task for the same
// person on the same day. The offer keeps its id (what `practice-ops done` takes) and carries both reasons.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildWorkQueue,
  DEMO_AS_OF,
  generateDemoPractice,
  generatePractice,
  type WorkQueue,
  type WorkTask,
} from '../../../src/ops/index.js';

const demo = generateDemoPractice();
const everyTask = (q: WorkQueue): WorkTask[] => [...q.tasks, ...q.forOtherRoles.flatMap((g) => g.tasks)];
const entryOf = (t: WorkTask) => t.related.find((r) => r.kind === 'waitlist_entry')?.id;
const codes = (t: WorkTask | undefined) => t?.reasons.map((r) => r.code) ?? [];

describe('a waitlist offer and the same entry’s check-in are one task', () => {
  it('the demo’s 2026-11-20: wait-0001 is offered appt-000748 and was due a check-in: one call, both reasons', () => {
    const tasks = everyTask(buildWorkQueue(demo, { asOf: DEMO_AS_OF }));
    const about = tasks.filter((t) => entryOf(t) === 'wait-0001');
    expect(about.map((t) => t.id)).toEqual(['scheduling.waitlist_offer:appt-000748+wait-0001']);
    // The offer's reason (why this client), then the check-in's (how long since contact); the client's open
    // crisis holds the call, as it held both tasks.
    expect(codes(about[0])[0]).toBe('ops.queue.held_for_crisis');
    expect(codes(about[0]).filter((c) => c.startsWith('ops.queue.waitlist'))).toEqual([
      'ops.queue.waitlist_offer',
      'ops.queue.waitlist_check_in',
    ]);
    expect(about[0]?.priority).toBe('normal');
    // Other entries' check-ins stay: only the client called today is folded in.
    expect(tasks.filter((t) => t.kind === 'scheduling.waitlist_check_in').length).toBeGreaterThan(0);
  });

  it('stays two tasks when the practice gives offers and check-ins to two roles', () => {
    const data = structuredClone(demo);
    data.policies.scope = {
      ...data.policies.scope,
      owners: [{ task: 'offer_waitlist_opening', role: 'practice_owner' }],
    };
    const about = everyTask(buildWorkQueue(data, { asOf: DEMO_AS_OF })).filter(
      (t) => entryOf(t) === 'wait-0001',
    );
    expect(about.map((t) => [t.kind, t.ownerRole]).sort()).toEqual([
      ['scheduling.waitlist_check_in', 'assistant'],
      ['scheduling.waitlist_offer', 'practice_owner'],
    ]);
  });

  it('property: on any generated practice and day, no entry has an offer and a check-in of one owner', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 0, max: 20 }), (seed, plus) => {
        const asOf = `2026-11-${String(5 + plus).padStart(2, '0')}`;
        const data = generatePractice({ seed, asOf, clinicians: 3, clientsPerClinician: 5 });
        const seen = new Map<string, string>();
        for (const t of everyTask(buildWorkQueue(data, { asOf }))) {
          const entry = entryOf(t);
          if (entry === undefined) continue;
          const key = `${entry}|${t.ownerRole}`;
          expect(seen.get(key), key).toBeUndefined();
          seen.set(key, t.kind);
        }
      }),
      { numRuns: 15 },
    );
  });
});
