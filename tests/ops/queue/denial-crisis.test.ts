// ops41: a denied claim whose client has a crisis message open. Its payer deadlines run (an appeal window, a
// corrected-claim window), so the task is not held; but working a denial can end in billing or calling the
// client, and routine contact waits while a clinician handles the crisis [sources: samhsa-988]. The task says
// first, in its title and `ops.queue.crisis_open_payer_only`, to work it with the payer only.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildWorkQueue,
  DEMO_AS_OF,
  generateDemoPractice,
  generatePractice,
  type PracticeData,
  type WorkQueue,
  type WorkTask,
} from '../../../src/ops/index.js';

const demo = generateDemoPractice();
const DENIAL = 'billing.claim_work_denial:claim-000430'; // client-00001's, whose msg-0001 is an open crisis
const CRISIS = 'boundaries.message_crisis:msg-0001+client-00001';
const PAYER_ONLY = 'Payer only (a clinician is handling a message from this client): ';
const DENIAL_KINDS = new Set([
  'billing.claim_work_denial',
  'billing.claim_appeal',
  'billing.claim_correct_and_resubmit',
  'billing.claim_review_write_off',
]);
const everyTask = (q: WorkQueue): WorkTask[] => [...q.tasks, ...q.forOtherRoles.flatMap((g) => g.tasks)];
const billerTasks = (data: PracticeData, asOf = DEMO_AS_OF) =>
  everyTask(buildWorkQueue(data, { asOf, role: 'biller' }));

function closed(): PracticeData {
  const data = structuredClone(demo);
  data.completedWork = [
    { taskId: CRISIS, at: '2026-11-20T09:00:00-06:00', by: 'clin-001', outcome: 'message_answered' },
  ];
  return data;
}

describe('a denied claim of a client whose crisis is open: worked with the payer only', () => {
  const open = billerTasks(demo).find((t) => t.id === DENIAL) as WorkTask;
  const after = billerTasks(closed()).find((t) => t.id === DENIAL) as WorkTask;

  it('the demo of 2026-11-20: claim-000430 stays the biller’s, not held, and says first to leave the client be', () => {
    expect(open.ownerRole).toBe('biller');
    expect(open.hold).toBeUndefined();
    expect(open.title).toBe(`${PAYER_ONLY}${after.title}`);
    expect(open.reasons[0]).toMatchObject({
      code: 'ops.queue.crisis_open_payer_only',
      severity: 'warning',
      facts: { clientId: 'client-00001' },
    });
    // Nothing of the message reaches the biller.
    expect(JSON.stringify(open)).not.toMatch(/ending my life|point anymore|msg-0001/);
  });

  it('keeps its id, due date and priority (the payer’s deadline runs), and is as before once a clinician closes the crisis', () => {
    expect({ ...open, title: after.title, reasons: open.reasons.slice(1) }).toEqual(after);
    expect(after.reasons.some((r) => r.code === 'ops.queue.crisis_open_payer_only')).toBe(false);
  });

  it('property: on generated practices with a crisis, exactly the denied claims of clients in crisis say so, and none is held for it', () => {
    let seen = 0;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), (seed) => {
        const data = generatePractice({ seed, asOf: DEMO_AS_OF, clinicians: 3, clientsPerClinician: 5 });
        const client = data.clients[0]?.id as string;
        data.messages.push({
          id: 'msg-9990' as never,
          clientId: client as never,
          receivedAt: '2026-11-20T07:00:00-06:00',
          channel: 'sms',
          text: 'I have a plan to kill myself tonight.',
          handled: false,
        });
        for (const t of billerTasks(data)) {
          const ofClient = t.related.some((r) => r.kind === 'client' && r.id === client);
          const flagged = t.reasons[0]?.code === 'ops.queue.crisis_open_payer_only';
          expect(flagged, t.id).toBe(ofClient && DENIAL_KINDS.has(t.kind));
          if (flagged) seen += 1;
          if (DENIAL_KINDS.has(t.kind)) expect(t.hold, t.id).toBeUndefined();
        }
      }),
      { numRuns: 10 },
    );
    expect(seen).toBeGreaterThan(0);
  });
});
