// An open crisis holds routine contact with its client: the tasks stay listed, on hold, until a clinician
// closes the crisis; then they come back as they were.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildWorkQueue,
  DEMO_AS_OF,
  generateDemoPractice,
  type PracticeData,
  type WorkTask,
} from '../../../src/ops/index.js';
import { AS_OF, allTasks, smallPractice } from '../practice-fixtures.js';

const CRISIS_CLIENT = 'client-00001';
const CRISIS_TASK = 'boundaries.message_crisis:msg-0001+client-00001';
const HOLD_MESSAGE =
  'A clinician is handling a message from this client; hold routine contact until they close it.';
const HOLD_PREFIX = 'On hold (a clinician is handling a message from this client): ';

const fresh = (): PracticeData => structuredClone(generateDemoPractice());
const clientsOf = (t: WorkTask) => t.related.filter((r) => r.kind === 'client').map((r) => r.id);
const byId = (tasks: readonly WorkTask[]) => new Map(tasks.map((t) => [t.id, t]));

/** A task without its hold, and without the crisis hold's title and first reason when it has one. */
function unheld(t: WorkTask): Omit<WorkTask, 'hold'> {
  const { hold, ...rest } = t;
  if (hold?.reason !== 'crisis_open') return rest;
  return { ...rest, title: t.title.slice(HOLD_PREFIX.length), reasons: t.reasons.slice(1) };
}

function closeCrisis(data: PracticeData, taskId: string, by: string): void {
  data.completedWork.push({ taskId, at: '2026-11-20T09:30:00-06:00', by, outcome: 'message_answered' });
}

/** Kinds that reach the client with routine work (a stalled inquiry only when its next step does). */
const CONTACT_KINDS = new Set<string>([
  'boundaries.message_scheduling',
  'boundaries.message_billing',
  'boundaries.message_paperwork',
  'boundaries.message_general',
  'scheduling.reminder_due',
  'scheduling.waitlist_check_in',
  'scheduling.waitlist_offer',
  'scheduling.missed_session_fee',
  'intake.first_session_at_risk',
  'intake.paperwork_follow_up',
  'intake.good_faith_estimate_due',
]);
const CONTACT_STEPS = new Set([
  'respond_to_inquiry',
  'follow_up_screening',
  'call_about_paperwork',
  'offer_first_session_times',
]);
function isContact(t: WorkTask): boolean {
  if (CONTACT_KINDS.has(t.kind)) return true;
  const stalled = t.reasons.find((r) => r.code === 'ops.queue.inquiry_stalled');
  return stalled !== undefined && CONTACT_STEPS.has(stalled.facts.nextStep as string);
}

describe('work queue: routine contact held while a crisis is open (demo practice, 2026-11-20)', () => {
  it('holds the crisis client’s waitlist offer (with its check-in) and paperwork reminder for the assistant', () => {
    const queue = buildWorkQueue(fresh(), { asOf: DEMO_AS_OF });
    const held = queue.tasks.filter((t) => t.hold?.reason === 'crisis_open');
    // The entry's check-in is the offer's call (ops40): one task, both reasons.
    expect(held.map((t) => t.kind).sort()).toEqual([
      'intake.paperwork_follow_up',
      'scheduling.waitlist_offer',
    ]);
    for (const t of held) {
      expect(t.ownerRole).toBe('assistant');
      expect(t.title.startsWith(HOLD_PREFIX)).toBe(true);
      expect(t.hold).toEqual({
        reason: 'crisis_open',
        clientId: CRISIS_CLIENT,
        practiceTask: t.practiceTask,
        ownerRole: 'assistant',
      });
      expect(t.reasons[0]).toEqual({
        code: 'ops.queue.held_for_crisis',
        severity: 'warning',
        message: HOLD_MESSAGE,
        facts: { clientId: CRISIS_CLIENT, heldTask: t.practiceTask, heldFrom: 'assistant' },
      });
    }
    // The fee stays held for the clinician; the payer's work about the client is not contact. (The clinician's
    // queue lists every task whole; the assistant's shows a clinician's held fee without its records.)
    const all = allTasks(buildWorkQueue(fresh(), { asOf: DEMO_AS_OF, role: 'clinician' }));
    expect(
      all.find((t) => t.kind === 'scheduling.missed_session_fee' && clientsOf(t).includes(CRISIS_CLIENT))
        ?.hold?.reason,
    ).toBe('client_in_crisis');
    const payerWork = all.filter(
      (t) => clientsOf(t).includes(CRISIS_CLIENT) && (t.module === 'billing' || t.module === 'credentialing'),
    );
    expect(payerWork.length).toBeGreaterThan(0);
    for (const t of payerWork) expect(t.hold).toBeUndefined();
  });

  it('leaves every other client’s tasks untouched, and brings the two back as they were once a clinician closes the crisis', () => {
    const open = allTasks(buildWorkQueue(fresh(), { asOf: DEMO_AS_OF, role: 'clinician' }));
    const data = fresh();
    closeCrisis(data, CRISIS_TASK, 'clin-001');
    const closedQueue = buildWorkQueue(data, { asOf: DEMO_AS_OF, role: 'clinician' });
    expect(closedQueue.done.map((d) => d.taskId)).toEqual([CRISIS_TASK]);
    const closed = byId(allTasks(closedQueue));
    const held = open.filter((t) => t.hold?.reason === 'crisis_open');
    expect(held).toHaveLength(2);
    for (const t of held) expect(closed.get(t.id)).toEqual(unheld(t)); // no hold left either
    for (const t of open.filter((x) => !clientsOf(x).includes(CRISIS_CLIENT))) {
      if (t.kind === 'boundaries.crisis_alert') continue;
      expect(t.hold?.reason).not.toBe('crisis_open');
      expect(closed.get(t.id)).toEqual(t);
    }
    expect([...closed.values()].some((t) => t.hold?.reason === 'crisis_open')).toBe(false);
  });

  it('keeps the hold when someone who is not a clinician logs the crisis as done', () => {
    const data = fresh();
    closeCrisis(data, CRISIS_TASK, 'staff-assistant');
    const held = buildWorkQueue(data, { asOf: DEMO_AS_OF }).tasks.filter(
      (t) => t.hold?.reason === 'crisis_open',
    );
    expect(held).toHaveLength(2);
  });

  it('releases the hold when the message is marked handled, and holds a reply to the client’s other message', () => {
    const handled = fresh();
    for (const m of handled.messages) if (m.id === 'msg-0001') m.handled = true;
    expect(
      allTasks(buildWorkQueue(handled, { asOf: DEMO_AS_OF })).some((t) => t.hold?.reason === 'crisis_open'),
    ).toBe(false);
    const mixed = fresh();
    mixed.messages.push({
      id: 'msg-0900' as never,
      clientId: CRISIS_CLIENT as never,
      receivedAt: '2026-11-20T07:05:00-05:00',
      channel: 'portal',
      text: 'Can I move my Tuesday appointment to Thursday?',
      handled: false,
    });
    const reply = allTasks(buildWorkQueue(mixed, { asOf: DEMO_AS_OF })).find(
      (t) => t.id === 'boundaries.message_scheduling:msg-0900+client-00001',
    );
    expect(reply?.hold?.reason).toBe('crisis_open');
  });

  it('shows a non-clinical role the hold without the message’s content', () => {
    const data = fresh();
    const text = data.messages.find((m) => m.id === 'msg-0001')?.text ?? '';
    for (const role of ['assistant', 'biller'] as const) {
      const json = JSON.stringify(buildWorkQueue(data, { asOf: DEMO_AS_OF, role }));
      expect(json).toContain(HOLD_MESSAGE);
      expect(json).not.toContain(text);
      for (const word of ['ending my life', 'point anymore']) expect(json).not.toContain(word);
    }
  });
});

describe('work queue crisis hold properties', () => {
  const base = smallPractice(23);
  base.messages = [];
  const clients = [
    ...new Set(
      allTasks(buildWorkQueue(base, { asOf: AS_OF }))
        .filter(isContact)
        .flatMap(clientsOf),
    ),
  ].sort();
  const crisisText = 'I have a plan to kill myself tonight and I am saying goodbye.';

  function withCrises(crisis: readonly string[], minute: number, closedBy: string | null): PracticeData {
    const data = structuredClone(base);
    const hh = String(Math.floor(minute / 60)).padStart(2, '0');
    const mm = String(minute % 60).padStart(2, '0');
    for (const id of clients) {
      data.messages.push({
        id: `msg-admin-${id}` as never,
        clientId: id as never,
        receivedAt: `${AS_OF}T${hh}:${mm}:00-06:00`,
        channel: 'portal',
        text: 'Can I move my Tuesday appointment to Thursday?',
        handled: false,
      });
    }
    for (const id of crisis) {
      const messageId = `msg-crisis-${id}`;
      data.messages.push({
        id: messageId as never,
        clientId: id as never,
        receivedAt: `${AS_OF}T${hh}:${mm}:00-06:00`,
        channel: 'sms',
        text: crisisText,
        handled: false,
      });
      if (closedBy !== null) closeCrisis(data, `boundaries.message_crisis:${messageId}+${id}`, closedBy);
    }
    return data;
  }

  it('has clients with contact tasks (the properties below are not vacuous)', () => {
    expect(clients.length).toBeGreaterThan(3);
  });

  it('no routine contact with a client whose crisis is open is actionable; closing it restores exactly the tasks held', () => {
    fc.assert(
      fc.property(
        fc.subarray(clients, { minLength: 1 }),
        fc.integer({ min: 0, max: 23 * 60 }),
        fc.constantFrom('staff-assistant', 'staff-biller'),
        (crisis, minute, notClinician) => {
          const openTasks = allTasks(buildWorkQueue(withCrises(crisis, minute, null), { asOf: AS_OF }));
          const stillOpen = allTasks(
            buildWorkQueue(withCrises(crisis, minute, notClinician), { asOf: AS_OF }),
          );
          expect(stillOpen).toEqual(openTasks);
          let held = 0;
          for (const t of openTasks) {
            const inCrisis = clientsOf(t).some((id) => crisis.includes(id));
            if (isContact(t) && inCrisis) expect(t.hold).toBeDefined();
            if (t.hold?.reason === 'crisis_open') {
              held += 1;
              expect(isContact(t) && inCrisis).toBe(true);
            }
          }
          expect(held).toBeGreaterThan(0);
          const closed = byId(
            allTasks(buildWorkQueue(withCrises(crisis, minute, 'clin-001'), { asOf: AS_OF })),
          );
          for (const t of openTasks) {
            if (t.kind === 'boundaries.message_crisis' || t.kind === 'boundaries.crisis_alert') continue;
            const after = closed.get(t.id);
            // A fee keeps its hold for the clinician (a crisis received today); its decision is the fee
            // rule's: one for a session the crisis was open at stays the clinician's (fee-crisis-hold tests).
            if (t.kind === 'scheduling.missed_session_fee') expect(after?.hold).toEqual(t.hold);
            else if (t.reasons[0]?.code === 'ops.queue.crisis_open_payer_only') {
              // A denied claim of a client in crisis (ops41): never held, back without its payer-only note.
              expect(t.hold).toBeUndefined();
              expect(clientsOf(t).some((id) => crisis.includes(id))).toBe(true);
              expect(after).toEqual({
                ...t,
                title: t.title.replace(/^Payer only \([^)]*\): /, ''),
                reasons: t.reasons.slice(1),
              });
            } else if (t.hold?.reason !== 'crisis_open') expect(after).toEqual(t);
            else {
              // Back as it was: without the crisis hold, with any hold it had before (channel consent).
              expect(after === undefined ? undefined : unheld(after)).toEqual(unheld(t));
              expect(after?.hold?.reason).not.toBe('crisis_open');
              if (after?.hold !== undefined)
                expect(t.reasons[1]?.code).toBe('ops.queue.hold_channel_consent_missing');
            }
          }
          expect([...closed.values()].some((t) => t.hold?.reason === 'crisis_open')).toBe(false);
        },
      ),
      { numRuns: 12 },
    );
  });
});
