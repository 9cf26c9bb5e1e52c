// ops39, item 4: the queue's order and its one-task-per-id rule, audited on whole generated practices rather than
// hand-made task lists. A crisis is first on every role's queue; no task is listed twice (a task's id is its kind
// and records, and the data file refuses a record id used twice, so two rules raising one task meet in one id);
// the order of ties (same priority and due) is by id, the same whatever the host's zone (TZ).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildWorkQueue,
  generatePractice,
  type PracticeData,
  safeValidatePracticeData,
  WorkQueueRole,
} from '../../../src/ops/index.js';
import { allTasks } from '../practice-fixtures.js';

const AS_OF = '2026-12-07';

/** A small generated practice with `crises` crisis messages from its first clients, received that morning. */
function practice(seed: number, crises: number): PracticeData {
  const data = structuredClone(
    generatePractice({ seed, asOf: AS_OF, clinicians: 2, clientsPerClinician: 3 }),
  );
  data.messages = [
    ...data.messages,
    ...data.clients.slice(0, crises).map((c, i) => ({
      id: `msg-crisis-${i}` as never,
      clientId: c.id,
      receivedAt: `${AS_OF}T0${7 + i}:15:00-06:00` as never,
      channel: 'portal' as const,
      handled: false,
      text: 'I want to end my life and I have a plan for tonight.',
    })),
  ];
  return data;
}

describe('the queue’s order and its one task per id, on whole practices', () => {
  it('property: with a crisis open, every role’s queue starts with crisis tasks and lists none after other work', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 1, max: 2 }),
        fc.constantFrom(...WorkQueueRole.options),
        (seed, crises, role) => {
          const queue = buildWorkQueue(practice(seed, crises), { asOf: AS_OF, role });
          expect(queue.tasks[0]?.priority).toBe('crisis');
          const firstOther = queue.tasks.findIndex((t) => t.priority !== 'crisis');
          const lastCrisis = queue.tasks.findLastIndex((t) => t.priority === 'crisis');
          expect(firstOther === -1 || lastCrisis < firstOther).toBe(true);
        },
      ),
      { numRuns: 10 },
    );
  });

  it('property: no task is listed twice, in any role’s queue or across them', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 0, max: 2 }), (seed, crises) => {
        const ids = allTasks(buildWorkQueue(practice(seed, crises), { asOf: AS_OF })).map((t) => t.id);
        expect(ids.length).toBeGreaterThan(0);
        expect(new Set(ids).size).toBe(ids.length);
      }),
      { numRuns: 8 },
    );
  });

  it('refuses a data file that would raise one task twice: an authorization number listed twice', () => {
    // Two records of PA-000001 would be two "request more sessions" tasks with one id; the file says why instead.
    const data = practice(3, 0);
    const first = data.authorizations[0];
    if (first === undefined) throw new Error('fixture');
    data.authorizations.push(structuredClone(first));
    const checked = safeValidatePracticeData(data);
    expect(checked.success).toBe(false);
    const issues = checked.success ? [] : checked.issues;
    expect(issues.map((i) => [i.at, i.code])).toContainEqual([
      `$.authorizations[${data.authorizations.length - 1}].authorizationNumber`,
      'ops.data.duplicate_id',
    ]);
  });

  it('property: the whole queue is the same on any host zone (ties by id, dates on the practice’s clock)', () => {
    const hosts = ['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/St_Johns', 'Asia/Kathmandu'];
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.constantFrom(...WorkQueueRole.options),
        fc.constantFrom(...hosts),
        (seed, role, host) => {
          const data = practice(seed, 1);
          const saved = process.env.TZ;
          let expected: string;
          let onHost: string;
          try {
            process.env.TZ = 'America/Chicago';
            expected = JSON.stringify(buildWorkQueue(data, { asOf: AS_OF, role }));
            process.env.TZ = host;
            onHost = JSON.stringify(buildWorkQueue(data, { asOf: AS_OF, role }));
          } finally {
            if (saved === undefined) delete process.env.TZ;
            else process.env.TZ = saved;
          }
          expect(onHost).toBe(expected);
        },
      ),
      { numRuns: 6 },
    );
  });
});

describe('two rules, one task: a stalled intake case and the same client’s paperwork follow-up', () => {
  it('shows one call about the paperwork, with the follow-up’s and the stalled case’s reasons', () => {
    const data = practice(5, 0);
    const followUp = allTasks(buildWorkQueue(data, { asOf: AS_OF, role: 'practice_owner' })).find(
      (t) => t.kind === 'intake.paperwork_follow_up' || t.kind === 'intake.first_session_at_risk',
    );
    const clientId = followUp?.related.find((r) => r.kind === 'client')?.id;
    if (followUp === undefined || clientId === undefined) throw new Error('fixture: a paperwork task');
    // The client's intake case has sat at paperwork since 2026-11-30 (7 days; the limit is 3).
    data.inquiries.push({
      id: 'inq-same' as never,
      clientId: clientId as never,
      history: [
        { stage: 'inquiry', at: '2026-11-27T10:00:00-06:00' as never },
        { stage: 'screening', at: '2026-11-28T10:00:00-06:00' as never },
        { stage: 'paperwork', at: '2026-11-30T10:00:00-06:00' as never },
      ],
    });
    const tasks = allTasks(buildWorkQueue(data, { asOf: AS_OF, role: 'practice_owner' }));
    expect(tasks.some((t) => t.id === 'intake.stalled_case:inq-same')).toBe(false);
    const merged = tasks.find((t) => t.id === followUp.id);
    expect(merged?.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining([
        followUp.reasons[0]?.code,
        'ops.queue.inquiry_stalled',
        'intake.stalled.paperwork_untouched',
      ]),
    );
    expect(merged?.related).toContainEqual({ kind: 'inquiry', id: 'inq-same' });
  });
});
