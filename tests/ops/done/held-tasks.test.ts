import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildWorkQueue,
  CompletedOutcome,
  type CompletedWork,
  DEMO_AS_OF,
  evaluateCompletedWork,
  generateDemoPractice,
  type PracticeData,
  type WorkQueue,
  WorkQueueRole,
  type WorkTask,
} from '../../../src/ops/index.js';

// The demo practice (America/Chicago) as of 2026-11-20: client-00001's message msg-0001 reads as a crisis,
// received 2026-11-20T07:00-05:00 (06:00 in Chicago), still open. Their paperwork follow-up and waitlist
// offer (its entry's check-in folded in: one call, both reasons) are held for it (`crisis_open`); their no-show
// fee is held for the clinician (`client_in_crisis`); three paperwork follow-ups are held for channel consent.
const demo = generateDemoPractice();
const everyTask = (q: WorkQueue) => [...q.tasks, ...q.forOtherRoles.flatMap((g) => g.tasks)];
// The assistant's own tasks (its crisis alert among them) and every other task whole, as the clinician's
// queue lists them (the assistant's shows a clinician's work without its records).
const all = [
  ...buildWorkQueue(demo, { asOf: DEMO_AS_OF }).tasks,
  ...everyTask(buildWorkQueue(demo, { asOf: DEMO_AS_OF, role: 'clinician' })).filter(
    (t) => t.ownerRole !== 'assistant',
  ),
];
const codes = (d: { reasons: readonly { code: string }[] }) => d.reasons.map((r) => r.code);
const crisis = all.find((t) => t.kind === 'boundaries.message_crisis') as WorkTask;
const alert = all.find((t) => t.kind === 'boundaries.crisis_alert') as WorkTask;
const crisisHeld = all.filter((t) => t.hold?.reason === 'crisis_open');
// The held call to client-00001 about wait-0001: the slot offer, which carries the entry's check-in.
const waitlistCall = crisisHeld.find((t) => t.kind === 'scheduling.waitlist_offer') as WorkTask;
const workHeld = all.filter((t) => t.hold !== undefined && t.hold.reason !== 'client_in_crisis');
const heldFee = all.find((t) => t.hold?.reason === 'client_in_crisis') as WorkTask;
const PEOPLE = ['staff-assistant', 'staff-biller', 'staff-owner', 'staff-credentialing', 'clin-001', 'Pella'];

function withLog(entries: readonly CompletedWork[]): PracticeData {
  const copy = structuredClone(demo);
  copy.completedWork = [...entries];
  return copy;
}
const closeCrisis = (at: string): CompletedWork => ({
  taskId: crisis.id,
  at,
  by: 'clin-001',
  outcome: 'message_answered',
});
const queueOf = (data: PracticeData, role: WorkQueueRole = 'assistant') =>
  buildWorkQueue(data, { asOf: DEMO_AS_OF, role });

describe('the demo holds what these tests need', () => {
  it('has a crisis, its alert, two crisis holds (the offer carrying its check-in), channel holds and a held fee', () => {
    expect(crisis.id).toBe('boundaries.message_crisis:msg-0001+client-00001');
    expect(alert.id).toBe('boundaries.crisis_alert:msg-0001');
    expect(crisisHeld.map((t) => t.kind).sort()).toEqual([
      'intake.paperwork_follow_up',
      'scheduling.waitlist_offer',
    ]);
    expect(codes(waitlistCall)).toContain('ops.queue.waitlist_check_in');
    expect(workHeld.some((t) => t.hold?.reason === 'channel_consent_missing')).toBe(true);
    expect(heldFee.id).toBe('scheduling.missed_session_fee:appt-000748');
  });
});

describe('evaluateCompletedWork: held work may not be logged as done', () => {
  it('refuses the assistant logging the held waitlist call (offer and check-in) of client-00001 as a call made', () => {
    const d = evaluateCompletedWork(waitlistCall, { by: 'staff-assistant', outcome: 'call_made' }, demo);
    expect(d.outcome).toBe('refused');
    expect(codes(d)).toEqual(['ops.done.task_on_hold']);
    expect(d.reasons[0]?.facts).toEqual({ holdReason: 'crisis_open' });
  });

  it('refuses a reminder sent on a paperwork follow-up held for channel consent', () => {
    const held = workHeld.find((t) => t.hold?.reason === 'channel_consent_missing') as WorkTask;
    const d = evaluateCompletedWork(held, { by: 'staff-assistant', outcome: 'reminder_sent' }, demo);
    expect(codes(d)).toEqual(['ops.done.task_on_hold']);
  });

  it('lets a clinician decide a fee held for them (waived), and still refuses it to the assistant', () => {
    expect(evaluateCompletedWork(heldFee, { by: 'clin-001', outcome: 'fee_waived' }, demo).outcome).toBe(
      'closes',
    );
    expect(
      codes(evaluateCompletedWork(heldFee, { by: 'staff-assistant', outcome: 'fee_waived' }, demo)),
    ).toEqual(['ops.done.needs_clinician']);
  });

  it('refuses every entry on the crisis alert, a clinician’s too: it lasts as long as the crisis', () => {
    for (const by of ['staff-assistant', 'clin-001'])
      for (const outcome of ['done', 'call_made'] as const)
        expect(codes(evaluateCompletedWork(alert, { by, outcome }, demo))).toEqual([
          'ops.done.crisis_alert_open',
        ]);
  });

  it('property: no entry by anyone with any outcome closes a task held for a crisis, a do-not-contact request or channel consent', () => {
    const doNotContact = structuredClone(demo);
    const client = doNotContact.clients.find((c) => c.id === 'client-00008');
    if (client === undefined) throw new Error('fixture');
    client.doNotContact = true;
    const dncHeld = everyTask(queueOf(doNotContact)).filter((t) => t.hold?.reason === 'do_not_contact');
    expect(dncHeld.length).toBeGreaterThan(0);
    const held = [...workHeld, ...dncHeld];
    fc.assert(
      fc.property(
        fc.constantFrom(...held),
        fc.constantFrom(...PEOPLE),
        fc.constantFrom(...CompletedOutcome.options),
        (task, by, outcome) => {
          const d = evaluateCompletedWork(task, { by, outcome }, demo);
          expect(d.outcome).toBe('refused');
          expect(codes(d)).toContain('ops.done.task_on_hold');
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('buildWorkQueue: the crisis alert lasts exactly as long as the crisis', () => {
  it('leaves no alert on any role’s queue once clin-001 closes the crisis at 09:00 on 2026-11-20', () => {
    const data = withLog([closeCrisis('2026-11-20T09:00:00-06:00')]);
    for (const role of WorkQueueRole.options) {
      const q = queueOf(data, role);
      expect(everyTask(q).some((t) => t.kind === 'boundaries.crisis_alert')).toBe(false);
      expect(everyTask(q).some((t) => t.priority === 'crisis')).toBe(false);
    }
    // The held routine contact comes back as it was.
    const open = everyTask(queueOf(data));
    for (const t of crisisHeld) expect(open.find((o) => o.id === t.id)?.hold).toBeUndefined();
  });

  it('keeps the alert on top of every non-clinical role while the crisis is open, whatever staff log', () => {
    const data = withLog([
      { taskId: alert.id, at: '2026-11-20T06:30:00-06:00', by: 'staff-assistant', outcome: 'call_made' },
      {
        taskId: crisis.id,
        at: '2026-11-20T06:40:00-06:00',
        by: 'staff-assistant',
        outcome: 'message_answered',
      },
    ]);
    for (const role of ['assistant', 'biller', 'practice_owner', 'credentialing_coordinator'] as const) {
      const q = queueOf(data, role);
      expect(q.tasks[0]?.id).toBe(alert.id);
      expect(q.done.some((d) => d.taskId === alert.id)).toBe(false);
    }
    expect(queueOf(data, 'clinician').tasks[0]?.id).toBe(crisis.id);
  });

  it('keeps the alert when a clinician logs another task of the client (the held fee), not the crisis', () => {
    const data = withLog([
      { taskId: heldFee.id, at: '2026-11-20T09:00:00-06:00', by: 'clin-001', outcome: 'fee_waived' },
    ]);
    expect(queueOf(data).tasks[0]?.id).toBe(alert.id);
  });

  it('raises no alert for a crisis message marked handled', () => {
    const data = structuredClone(demo);
    (data.messages[0] as { handled: boolean }).handled = true;
    expect(everyTask(queueOf(data)).some((t) => t.kind === 'boundaries.crisis_alert')).toBe(false);
  });
});

describe('buildWorkQueue: routine contact logged while the crisis was open does not count once it closes', () => {
  const during = '2026-11-20T07:30:00-06:00';
  const after = '2026-11-20T10:00:00-06:00';

  it('lists the waitlist call again, saying why, when the assistant logged it at 07:30 and the crisis closed at 09:00', () => {
    const data = withLog([
      { taskId: waitlistCall.id, at: during, by: 'staff-assistant', outcome: 'call_made' },
      closeCrisis('2026-11-20T09:00:00-06:00'),
    ]);
    const q = queueOf(data);
    const back = q.tasks.find((t) => t.id === waitlistCall.id);
    expect(back?.hold).toBeUndefined();
    expect(back?.reasons.at(-1)).toMatchObject({
      code: 'ops.done.logged_during_crisis',
      facts: { loggedAt: during },
    });
    expect(q.done.some((d) => d.taskId === waitlistCall.id)).toBe(false);
  });

  it('keeps it held (not done) while the crisis is still open', () => {
    const data = withLog([
      { taskId: waitlistCall.id, at: during, by: 'staff-assistant', outcome: 'call_made' },
    ]);
    const q = queueOf(data);
    expect(q.tasks.find((t) => t.id === waitlistCall.id)?.hold?.reason).toBe('crisis_open');
    expect(q.done).toEqual([]);
  });

  it('closes it with an entry made after the clinician closed the crisis, and with a clinician’s own', () => {
    const later = withLog([
      { taskId: waitlistCall.id, at: after, by: 'staff-assistant', outcome: 'call_made' },
      closeCrisis('2026-11-20T09:00:00-06:00'),
    ]);
    expect(queueOf(later).done.map((d) => d.taskId)).toContain(waitlistCall.id);
    const clinician = withLog([
      { taskId: waitlistCall.id, at: during, by: 'clin-001', outcome: 'call_made' },
      closeCrisis('2026-11-20T09:00:00-06:00'),
    ]);
    expect(queueOf(clinician).done.map((d) => d.taskId)).toContain(waitlistCall.id);
  });

  it('leaves claims and other work about the client (not contact) to close as logged', () => {
    const claim = all.find(
      (t) => t.module === 'billing' && t.related.some((r) => r.kind === 'client' && r.id === 'client-00001'),
    );
    if (claim === undefined) throw new Error('the demo has a billing task about client-00001');
    const data = withLog([{ taskId: claim.id, at: during, by: 'staff-biller', outcome: 'done' }]);
    expect(everyTask(queueOf(data, 'biller')).some((t) => t.id === claim.id)).toBe(false);
  });

  it('property: once closed, a held task is done exactly when an entry is a clinician’s or outside the crisis', () => {
    // Minutes after 06:00 Chicago (the crisis arrives at 06:00); the close at 06:00 + close minutes.
    const instant = (minutes: number) => new Date(Date.parse('2026-11-20T12:00:00Z') + minutes * 60_000);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 600 }),
        fc.array(
          fc.record({
            task: fc.constantFrom(...crisisHeld),
            minutes: fc.integer({ min: -120, max: 700 }),
            by: fc.constantFrom('staff-assistant', 'clin-001'),
          }),
          { maxLength: 5 },
        ),
        (closeMinutes, entries) => {
          const log: CompletedWork[] = entries.map((e) => ({
            taskId: e.task.id,
            at: instant(e.minutes).toISOString(),
            by: e.by,
            outcome: 'done',
          }));
          const data = withLog([...log, closeCrisis(instant(closeMinutes).toISOString())]);
          const q = queueOf(data);
          const done = new Set(q.done.map((d) => d.taskId));
          for (const t of crisisHeld) {
            const closes = entries.some(
              (e) =>
                e.task.id === t.id && (e.by === 'clin-001' || e.minutes < 0 || e.minutes >= closeMinutes),
            );
            expect(done.has(t.id)).toBe(closes);
            const listed = q.tasks.find((o) => o.id === t.id);
            if (!closes) {
              expect(listed?.hold).toBeUndefined();
              const reopened = entries.some((e) => e.task.id === t.id);
              expect(listed?.reasons.some((r) => r.code === 'ops.done.logged_during_crisis')).toBe(reopened);
            }
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
