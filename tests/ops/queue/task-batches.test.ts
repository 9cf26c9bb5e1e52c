import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toEpochDay } from '../../../src/core/internal.js';
import {
  batchWorkTasks,
  buildWorkQueue,
  DEMO_AS_OF,
  generateDemoPractice,
  sortWorkTasks,
  type WorkQueue,
  WorkQueueRole,
} from '../../../src/ops/index.js';
import { TASK_KIND_GUIDES } from '../../../src/ops/internal.js';
import { summarizeBatches } from '../../../src/ops/queue/task-batches.js';

const demo = generateDemoPractice();
const everyTask = (q: WorkQueue) => [...q.tasks, ...q.forOtherRoles.flatMap((g) => g.tasks)];
const all = everyTask(buildWorkQueue(demo, { asOf: DEMO_AS_OF }));

describe('batchWorkTasks', () => {
  it('puts every task in exactly one batch, of its own kind, owner and priority, in queue order', () => {
    fc.assert(
      fc.property(fc.subarray(all), (tasks) => {
        const batches = batchWorkTasks(tasks);
        const ids = batches.flatMap((b) => b.taskIds);
        expect([...ids].sort()).toEqual(tasks.map((t) => t.id).sort());
        const byId = new Map(tasks.map((t) => [t.id, t]));
        for (const b of batches) {
          expect(b.count).toBe(b.taskIds.length);
          const members = b.taskIds.map((id) => byId.get(id));
          for (const t of members)
            expect(t).toMatchObject({ kind: b.kind, ownerRole: b.ownerRole, priority: b.priority });
          // Each batch keeps the queue order of its tasks.
          const positions = b.taskIds.map((id) => tasks.findIndex((t) => t.id === id));
          expect(positions).toEqual([...positions].sort((x, y) => x - y));
        }
      }),
      { numRuns: 30 },
    );
  });

  it('never batches crisis or clinical tasks', () => {
    for (const b of batchWorkTasks(all))
      if (b.priority === 'crisis' || b.priority === 'clinical') expect(b.count).toBe(1);
  });

  it('names the work with its count and estimates time from the kind’s usual minutes', () => {
    const queue = buildWorkQueue(demo, { asOf: DEMO_AS_OF, role: 'biller' });
    const submit = batchWorkTasks(queue.tasks).find((b) => b.kind === 'billing.claim_submit');
    expect(submit?.title).toBe(`Submit ${submit?.count} claims`);
    expect(submit?.estimatedMinutes).toBe((submit?.count ?? 0) * 5);
    expect(submit?.minutesEach).toBe(5);
  });

  it('keeps a single task’s own title, and gives no estimate for a kind without a guide', () => {
    const [one] = batchWorkTasks([
      { ...(all[0] as (typeof all)[number]), kind: 'ops.unlisted' as never, priority: 'low' },
    ]);
    expect(one?.title).toBe(all[0]?.title);
    expect(one?.estimatedMinutes).toBeNull();
  });

  it('gives the earliest due of its tasks, comparing instants by time, not text', () => {
    const base = all.find((t) => t.priority === 'normal');
    if (base === undefined) throw new Error('fixture');
    const a = { ...base, id: 'a', due: '2026-11-20T09:00:00-05:00' };
    const b = { ...base, id: 'b', due: '2026-11-20T08:30:00-06:00' };
    expect(batchWorkTasks([b, a])[0]?.due).toBe(a.due);
  });

  it('has a guide for every batched kind of the demo, with a plural noun', () => {
    for (const t of all) {
      if (t.priority === 'crisis' || t.priority === 'clinical') continue;
      expect(TASK_KIND_GUIDES[t.kind], t.kind).toBeDefined();
    }
  });
});

describe('batchWorkTasks: held work is not the day’s workload', () => {
  // 2026-11-20: client-00001's crisis (msg-0001) is open; their paperwork follow-up and waitlist offer (its
  // check-in folded in) are held for it (crisis_open); three paperwork follow-ups wait for channel consent.
  const assistant = buildWorkQueue(demo, { asOf: DEMO_AS_OF, role: 'assistant' }).tasks;

  it('counts no minutes for the assistant’s tasks held for the open crisis, and keeps their usual minutes', () => {
    const held = batchWorkTasks(assistant).filter((b) => b.hold === 'crisis_open');
    expect(held.map((b) => b.kind).sort()).toEqual([
      'intake.paperwork_follow_up',
      'scheduling.waitlist_offer',
    ]);
    for (const b of held) {
      expect(b.estimatedMinutes).toBe(0);
      expect(b.minutesEach).toBe(TASK_KIND_GUIDES[b.kind]?.minutes);
    }
  });

  it('still counts asking for a reminder channel (15 minutes for three clients)', () => {
    const ask = batchWorkTasks(assistant).find((b) => b.hold === 'channel_consent_missing');
    expect(ask).toMatchObject({ count: 3, estimatedMinutes: 15 });
  });

  it('counts no minutes for a do-not-contact hold', () => {
    const data = structuredClone(demo);
    const client = data.clients.find((c) => c.id === 'client-00008');
    if (client === undefined) throw new Error('fixture');
    client.doNotContact = true;
    const tasks = buildWorkQueue(data, { asOf: DEMO_AS_OF, role: 'assistant' }).tasks;
    const held = batchWorkTasks(tasks).filter((b) => b.hold === 'do_not_contact');
    expect(held.length).toBeGreaterThan(0);
    for (const b of held) expect(b.estimatedMinutes).toBe(0);
  });

  it('property: the day’s minutes are those of the tasks not waiting on a crisis or a do-not-contact request', () => {
    fc.assert(
      fc.property(fc.subarray(all), (tasks) => {
        const total = batchWorkTasks(tasks).reduce((s, b) => s + (b.estimatedMinutes ?? 0), 0);
        const expected = tasks
          .filter((t) => t.hold?.reason !== 'crisis_open' && t.hold?.reason !== 'do_not_contact')
          .reduce((s, t) => s + (TASK_KIND_GUIDES[t.kind]?.minutes ?? 0), 0);
        expect(total).toBe(expected);
      }),
      { numRuns: 30 },
    );
  });
});

describe('the queue’s priorities', () => {
  it('keeps high rare: money or safety at risk this week (due within seven days or overdue)', () => {
    const asOfDay = toEpochDay(DEMO_AS_OF);
    for (const role of WorkQueueRole.options) {
      const queue = buildWorkQueue(demo, { asOf: DEMO_AS_OF, role });
      for (const t of queue.tasks.filter((x) => x.priority === 'high')) {
        expect(toEpochDay(t.due.slice(0, 10)) - asOfDay, t.id).toBeLessThanOrEqual(7);
      }
    }
    const biller = buildWorkQueue(demo, { asOf: DEMO_AS_OF, role: 'biller' }).tasks;
    expect(biller.filter((t) => t.priority === 'high').length).toBeLessThan(biller.length / 10);
  });

  it('treats a claim whose filing window has closed as a write-off review, not an emergency', () => {
    const queue = buildWorkQueue(demo, { asOf: DEMO_AS_OF, role: 'biller' });
    const writeOffs = queue.tasks.filter((t) => t.kind === 'billing.claim_review_write_off');
    expect(writeOffs.length).toBeGreaterThan(0);
    for (const t of writeOffs) expect(t.priority).toBe('normal');
  });
});

describe('summarizeBatches', () => {
  it('gives batchWorkTasks’ batches (kind, priority, title, count, order) from the tasks in any order', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(everyTask(buildWorkQueue(demo, { asOf: DEMO_AS_OF }))), (tasks) => {
        const batches = batchWorkTasks(sortWorkTasks(tasks)).map(({ kind, priority, title, count }) => ({
          kind,
          priority,
          title,
          count,
        }));
        expect(summarizeBatches(tasks)).toEqual(batches);
      }),
      { numRuns: 30 },
    );
  });

  it('adds batches counted elsewhere to the listed tasks’ batches, as if their tasks were listed', () => {
    const claims = all.filter((t) => t.kind === 'billing.claim_submit' && t.priority === 'normal');
    const [first, second, ...rest] = sortWorkTasks(claims);
    if (first === undefined || second === undefined) throw new Error('fixture: two claims to submit');
    const listed = [second, ...rest.slice(0, 2)];
    const counted = [{ first, count: claims.length - listed.length }];
    expect(summarizeBatches(listed, counted)).toEqual(summarizeBatches(claims));
    expect(summarizeBatches([], [{ first, count: claims.length }])).toEqual(summarizeBatches(claims));
  });

  it('reads a batch of one as its task, whichever task comes first in the list', () => {
    const [a, b] = all.filter((t) => t.kind === 'billing.claim_submit');
    if (a === undefined || b === undefined) throw new Error('fixture: two claims to submit');
    const later = { ...b, title: 'the later one', due: '2099-01-01' };
    expect(summarizeBatches([later, a]).map((s) => s.count)).toEqual([2]);
    expect(summarizeBatches([{ ...later, kind: 'billing.claim_appeal' }, a]).map((s) => s.title)).toEqual([
      a.title,
      'the later one',
    ]);
  });
});
