// ops38, item 2: the digest's counts against the role's own queue, written as an outside tester would before
// reading the code. What a non-clinical role is not shown of a clinician's work (minimum necessary, 45 CFR
// 164.502(b), docs/sources.md#hhs-minimum-necessary) is hidden once, and every count the digest and its report
// give is the count of the queue that role is shown: tasks, tasks for each other role, withheld tasks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromEpochDay, toEpochDay } from '../../../src/core/internal.js';
import {
  buildPracticeDigest,
  buildWorkQueue,
  DEMO_AS_OF,
  generateDemoPractice,
  generatePractice,
  type PracticeData,
  type WorkQueue,
  type WorkQueueRole,
} from '../../../src/ops/index.js';
import { buildPracticeReport, practiceReportOf } from '../../../src/ops/internal.js';
import { NON_CLINICAL_ROLES, QUEUE_ROLES } from '../practice-fixtures.js';

const ROLES = QUEUE_ROLES;
const NON_CLINICAL = NON_CLINICAL_ROLES;
const CRISIS = 'I have a plan to kill myself tonight and I am saying goodbye.';
const CLINICAL = 'My new medication makes me dizzy and I stopped taking it two days ago.';

/**
 * The demo practice (Friday 2026-11-20, America/Chicago) with, for one commercial client of clin-002, a no-show
 * on Wednesday 2026-11-18 at 09:00 and a crisis message that morning: the fee is held for the clinician
 * (`client_in_crisis`). Plus a clinical message from another client.
 */
function busyDay(): { data: PracticeData; crisisClientId: string; appointmentId: string } {
  const data = structuredClone(generateDemoPractice());
  data.messages = [];
  const appt = data.appointments.find(
    (a) =>
      a.clinicianId === 'clin-002' &&
      a.status.state === 'completed' &&
      a.start === '2026-11-18T09:00:00-06:00' &&
      a.type === 'individual',
  );
  const client = data.clients.find((c) => c.id === appt?.clientIds[0]);
  const other = data.clients.find((c) => c.id !== client?.id);
  if (appt === undefined || client === undefined || other === undefined) throw new Error('fixture');
  appt.status = { state: 'no_show', emergencyDocumented: false };
  Object.assign(client, {
    payerClasses: ['commercial'],
    payerIds: [],
    cancellationPolicyAcknowledgedAt: '2026-01-05T12:00:00-06:00',
  });
  data.messages.push(
    {
      id: 'msg-crisis' as never,
      clientId: client.id,
      receivedAt: '2026-11-20T08:10:00-06:00',
      channel: 'sms',
      text: CRISIS,
      handled: false,
    },
    {
      id: 'msg-clinical' as never,
      clientId: other.id,
      receivedAt: '2026-11-20T08:20:00-06:00',
      channel: 'portal',
      text: CLINICAL,
      handled: false,
    },
  );
  return { data, crisisClientId: client.id, appointmentId: appt.id };
}

const countsOf = (q: WorkQueue) => ({
  tasks: q.tasks.length,
  others: Object.fromEntries(q.forOtherRoles.map((g) => [g.role, g.tasks.length])),
  withheld: q.forOtherRoles.flatMap((g) => g.tasks).filter((t) => t.id.includes(':withheld-')).length,
});

describe('the digest shows the queue its role is shown, hidden once', () => {
  const { data, crisisClientId, appointmentId } = busyDay();

  it('holds the fee of the client in crisis for the clinician (the fixture does what it says)', () => {
    const clinician = buildWorkQueue(data, { asOf: DEMO_AS_OF, role: 'clinician' });
    const fee = clinician.tasks.find((t) => t.id === `scheduling.missed_session_fee:${appointmentId}`);
    expect(fee?.hold?.reason).toBe('client_in_crisis');
    const kinds = clinician.tasks.map((t) => t.kind);
    expect(kinds).toContain('boundaries.message_crisis');
    expect(kinds).toContain('boundaries.message_clinical');
  });

  for (const role of ROLES) {
    it(`gives the ${role} the queue buildWorkQueue gives it, task for task`, () => {
      const digest = buildPracticeDigest(data, { asOf: DEMO_AS_OF, role });
      expect(digest.queue).toEqual(buildWorkQueue(data, { asOf: DEMO_AS_OF, role }));
    });
  }

  it('numbers an assistant’s withheld tasks once, 1 to n in queue order, each id unique', () => {
    const digest = buildPracticeDigest(data, { asOf: DEMO_AS_OF, role: 'assistant' });
    const ids = digest.queue.forOtherRoles.flatMap((g) => g.tasks).map((t) => t.id);
    const withheld = ids.filter((id) => id.includes(':withheld-'));
    expect(withheld.length).toBeGreaterThanOrEqual(3);
    expect(withheld.map((id) => Number(id.split(':withheld-')[1]))).toEqual(withheld.map((_, i) => i + 1));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('withholds the held fee from the biller: no records, no amount, the one withheld reason', () => {
    const digest = buildPracticeDigest(data, { asOf: DEMO_AS_OF, role: 'biller' });
    const withheld = digest.queue.forOtherRoles
      .flatMap((g) => g.tasks)
      .filter((t) => t.id.includes(':withheld-'));
    const json = JSON.stringify(withheld);
    expect(json).not.toContain(crisisClientId);
    expect(json).not.toContain(appointmentId);
    expect(json).not.toContain('$');
    const fees = withheld.filter((t) => t.kind === 'scheduling.missed_session_fee');
    expect(fees).toHaveLength(1);
    expect(fees[0]?.reasons.map((r) => r.code)).toEqual(['ops.queue.clinical_content_withheld']);
    expect(fees[0]?.related).toEqual([]);
  });

  it('numbers once when clinical messages go to the supervisor, after the clinician’s held fee', () => {
    // The clinician's group (crisis, held fee) comes before the supervisor's (clinical message): hidden twice,
    // the fee kept its first number and the clinical message took the same one.
    const routed = structuredClone(data);
    routed.policies.triage = { ...routed.policies.triage, routing: { clinical: 'supervisor' } };
    for (const role of ['assistant', 'practice_owner'] as const) {
      const queue = buildWorkQueue(routed, { asOf: DEMO_AS_OF, role });
      const digest = buildPracticeDigest(routed, { asOf: DEMO_AS_OF, role });
      const ids = digest.queue.forOtherRoles.flatMap((g) => g.tasks).map((t) => t.id);
      expect(
        digest.queue.forOtherRoles.map((g) => g.role),
        role,
      ).toContain('supervisor');
      expect(new Set(ids).size, role).toBe(ids.length);
      expect(digest.queue, role).toEqual(queue);
    }
  });

  it('counts in the report, for every role, what the digest lists for it', () => {
    for (const role of ROLES) {
      const digest = buildPracticeDigest(data, { asOf: DEMO_AS_OF, role });
      const report = buildPracticeReport(data, { asOf: DEMO_AS_OF, role });
      const fromDigest = practiceReportOf(digest);
      const counts = (r: typeof report) => r.queue.forOtherRoles.map((w) => [w.role, w.taskCount]);
      expect(counts(report), role).toEqual(counts(fromDigest));
      expect(counts(report), role).toEqual(digest.queue.forOtherRoles.map((g) => [g.role, g.tasks.length]));
    }
  });

  it('batches exactly the role’s own tasks', () => {
    for (const role of ROLES) {
      const digest = buildPracticeDigest(data, { asOf: DEMO_AS_OF, role });
      expect(
        digest.batches.reduce((n, b) => n + b.count, 0),
        role,
      ).toBe(digest.queue.tasks.length);
    }
  });

  it('shows a clinical role every task whole: nothing withheld, the crisis client named', () => {
    for (const role of ['clinician', 'supervisor'] as const) {
      const digest = buildPracticeDigest(data, { asOf: DEMO_AS_OF, role });
      expect(countsOf(digest.queue).withheld, role).toBe(0);
      expect(JSON.stringify(digest.queue), role).toContain(crisisClientId);
    }
  });

  it('withholds the same tasks from every non-clinical role (the clinician’s crisis, clinical message, held fee)', () => {
    const kinds = (role: WorkQueueRole) =>
      buildPracticeDigest(data, { asOf: DEMO_AS_OF, role })
        .queue.forOtherRoles.flatMap((g) => g.tasks)
        .filter((t) => t.id.includes(':withheld-'))
        .map((t) => t.kind)
        .sort();
    const assistant = kinds('assistant');
    expect(assistant).toEqual(
      expect.arrayContaining([
        'boundaries.message_clinical',
        'boundaries.message_crisis',
        'scheduling.missed_session_fee',
      ]),
    );
    for (const role of NON_CLINICAL) expect(kinds(role), role).toEqual(assistant);
  });
});

describe('the digest’s counts, as a property', () => {
  // A small practice with a crisis and a clinical message each day, and a no-show of a crisis client.
  const base = structuredClone(
    generatePractice({ seed: 38, asOf: '2026-11-20', clinicians: 3, clientsPerClinician: 4 }),
  );
  const day0 = toEpochDay('2026-11-09');

  it('for any day and role, digest counts = the role’s visible queue counts (and the report’s)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 }), fc.constantFrom(...ROLES), (offset, role) => {
        const asOf = fromEpochDay(day0 + offset);
        const data = structuredClone(base);
        const [a, b] = data.clients;
        if (a === undefined || b === undefined) throw new Error('fixture');
        data.messages = [
          {
            id: 'msg-c' as never,
            clientId: a.id,
            receivedAt: `${asOf}T08:00:00-06:00`,
            channel: 'sms',
            text: CRISIS,
            handled: false,
          },
          {
            id: 'msg-k' as never,
            clientId: b.id,
            receivedAt: `${asOf}T08:30:00-06:00`,
            channel: 'portal',
            text: CLINICAL,
            handled: false,
          },
        ];
        const queue = buildWorkQueue(data, { asOf, role });
        const digest = buildPracticeDigest(data, { asOf, role });
        expect(countsOf(digest.queue)).toEqual(countsOf(queue));
        expect(digest.queue.forOtherRoles.flatMap((g) => g.tasks).map((t) => t.id)).toEqual(
          queue.forOtherRoles.flatMap((g) => g.tasks).map((t) => t.id),
        );
        const report = buildPracticeReport(data, { asOf, role });
        expect(report.queue.forOtherRoles.map((w) => [w.role, w.taskCount])).toEqual(
          digest.queue.forOtherRoles.map((g) => [g.role, g.tasks.length]),
        );
      }),
      { numRuns: 12 },
    );
  });
});
