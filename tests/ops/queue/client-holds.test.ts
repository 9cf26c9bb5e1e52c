// Holds in the work queue: no contact with a client who asked for none, no money asked of a client in crisis.
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

const fresh = (): PracticeData => structuredClone(generateDemoPractice());
const clientsOf = (t: WorkTask) => t.related.filter((r) => r.kind === 'client').map((r) => r.id);
const crisisText = 'I have a plan to kill myself tonight and I am saying goodbye.';

/** Tasks that reach out to a client; a stalled intake case only when its next step does. */
const CONTACT_KINDS = new Set([
  'scheduling.reminder_due',
  'scheduling.waitlist_check_in',
  'scheduling.waitlist_offer',
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
function contacts(t: WorkTask): boolean {
  if (CONTACT_KINDS.has(t.kind)) return true;
  const stalled = t.reasons.find((r) => r.code === 'ops.queue.inquiry_stalled');
  return stalled !== undefined && CONTACT_STEPS.has(stalled.facts.nextStep as string);
}
const isMoney = (t: WorkTask) => t.kind === 'scheduling.missed_session_fee';

function crisisMessage(data: PracticeData, clientId: string, receivedAt: string, handled = false) {
  data.messages.push({
    id: `msg-crisis-${clientId}-${receivedAt.slice(0, 10)}` as never,
    clientId: clientId as never,
    receivedAt,
    channel: 'sms',
    text: crisisText,
    handled,
  });
}

describe('work queue holds: do not contact', () => {
  it('holds every contact task of a client who asked not to be contacted, keeping its owner and id', () => {
    const data = fresh();
    const before = allTasks(buildWorkQueue(data, { asOf: DEMO_AS_OF })).filter(contacts);
    const target = before.find((t) => t.kind === 'intake.good_faith_estimate_due');
    const clientId = target === undefined ? undefined : clientsOf(target)[0];
    const client = data.clients.find((c) => c.id === clientId);
    if (target === undefined || client === undefined) throw new Error('fixture: no estimate due');
    client.doNotContact = true;
    const after = allTasks(buildWorkQueue(data, { asOf: DEMO_AS_OF }));
    const held = after.find((t) => t.id === target.id);
    expect(held).toMatchObject({
      ownerRole: target.ownerRole,
      practiceTask: target.practiceTask,
      hold: { reason: 'do_not_contact', clientId: client.id, practiceTask: target.practiceTask },
    });
    expect(held?.title).toBe(`On hold (the client asked not to be contacted): ${target.title}`);
    expect(held?.reasons[0]?.code).toBe('ops.queue.hold_do_not_contact');
    // Every other contact task of that client is held too; nobody else's is.
    for (const t of after.filter(contacts)) {
      expect(t.hold?.reason === 'do_not_contact').toBe(clientsOf(t).includes(client.id));
    }
  });

  it('holds a waitlist check-in and a paperwork follow-up of a do-not-contact client', () => {
    const data = fresh();
    const before = allTasks(buildWorkQueue(data, { asOf: DEMO_AS_OF }));
    for (const kind of ['scheduling.waitlist_check_in', 'intake.paperwork_follow_up']) {
      const t = before.find((x) => x.kind === kind);
      if (t === undefined) throw new Error(`fixture: no ${kind}`);
      const c = data.clients.find((x) => x.id === clientsOf(t)[0]);
      if (c === undefined) throw new Error('fixture');
      c.doNotContact = true;
      expect(
        allTasks(buildWorkQueue(data, { asOf: DEMO_AS_OF })).find((x) => x.id === t.id)?.hold?.reason,
      ).toBe('do_not_contact');
    }
  });

  it('offers a freed slot to the next client in line when the first asked not to be contacted', () => {
    const data = fresh();
    const offer = allTasks(buildWorkQueue(data, { asOf: DEMO_AS_OF })).find(
      (t) => t.kind === 'scheduling.waitlist_offer',
    );
    const firstId = offer?.related.find((r) => r.kind === 'client')?.id;
    const first = data.clients.find((c) => c.id === firstId);
    const appt = offer?.related.find((r) => r.kind === 'appointment')?.id;
    if (offer === undefined || first === undefined || appt === undefined)
      throw new Error('fixture: no offer');
    first.doNotContact = true;
    // A second client waiting for the same clinician since the same time: next in line by id. They live in
    // the first client's state, so the clinician may serve them there too.
    const entry = data.waitlist.find((w) => w.clientId === first.id);
    const second = data.clients.find(
      (c) =>
        c.id !== first.id &&
        c.locationState === first.locationState &&
        !data.waitlist.some((w) => w.clientId === c.id),
    );
    if (entry === undefined || second === undefined) throw new Error('fixture');
    data.waitlist.push({ ...structuredClone(entry), id: 'wait-0099' as never, clientId: second.id });
    const offers = allTasks(buildWorkQueue(data, { asOf: DEMO_AS_OF })).filter(
      (t) => t.kind === 'scheduling.waitlist_offer' && t.related.some((r) => r.id === appt),
    );
    expect(offers[0]).toMatchObject({ id: offer.id, hold: { reason: 'do_not_contact', clientId: first.id } });
    expect(offers).toHaveLength(2);
    expect(offers[1]?.hold).toBeUndefined();
    expect(offers[1]?.related.find((r) => r.kind === 'client')?.id).toBe(second.id);
  });
});

describe('work queue holds: no money task while a crisis is open', () => {
  function withFeeYesterday(): { data: PracticeData; clientId: string; taskId: string } {
    const data = fresh();
    data.messages = [];
    const appt = data.appointments.find(
      (a) => a.status.state === 'completed' && a.start.startsWith('2026-11-19') && a.type === 'individual',
    );
    const client = data.clients.find((c) => c.id === appt?.clientIds[0]);
    if (appt === undefined || client === undefined) throw new Error('fixture');
    appt.status = { state: 'no_show', emergencyDocumented: false };
    Object.assign(client, {
      payerClasses: ['commercial'],
      cancellationPolicyAcknowledgedAt: '2026-01-05T12:00:00-06:00',
    });
    return { data, clientId: client.id, taskId: `scheduling.missed_session_fee:${appt.id}` };
  }

  it('holds for the clinician the fee of a client whose message this morning reads as a crisis', () => {
    const { data, clientId, taskId } = withFeeYesterday();
    const before = allTasks(buildWorkQueue(data, { asOf: DEMO_AS_OF, role: 'clinician' })).find(
      (t) => t.id === taskId,
    );
    expect(before).toMatchObject({ practiceTask: 'apply_cancellation_fee', ownerRole: 'assistant' });
    expect(before?.hold).toBeUndefined();
    crisisMessage(data, clientId, '2026-11-20T08:15:00-06:00');
    const queue = buildWorkQueue(data, { asOf: DEMO_AS_OF });
    expect(queue.tasks.find((t) => t.id === taskId)).toBeUndefined();
    const held = allTasks(buildWorkQueue(data, { asOf: DEMO_AS_OF, role: 'clinician' })).find(
      (t) => t.id === taskId,
    );
    expect(held).toMatchObject({
      practiceTask: 'set_clinical_priority',
      ownerRole: 'clinician',
      hold: {
        reason: 'client_in_crisis',
        clientId,
        practiceTask: 'apply_cancellation_fee',
        ownerRole: 'assistant',
      },
    });
    // The crisis is open: the fee rule holds the fee for the clinician too (its title names no crisis).
    expect(held?.title).toBe(
      'Held for the clinician (the client is in crisis today): No-show: the clinician decides this fee (charge nothing until then)',
    );
    expect(held?.reasons[0]?.code).toBe('ops.queue.hold_client_in_crisis');
  });

  it('holds it while an earlier crisis message is still open, and for one handled today', () => {
    const open = withFeeYesterday();
    crisisMessage(open.data, open.clientId, '2026-11-18T22:40:00-06:00');
    expect(
      allTasks(buildWorkQueue(open.data, { asOf: DEMO_AS_OF, role: 'clinician' })).find(
        (t) => t.id === open.taskId,
      )?.hold?.reason,
    ).toBe('client_in_crisis');
    const today = withFeeYesterday();
    crisisMessage(today.data, today.clientId, '2026-11-20T00:05:00-06:00', true);
    expect(
      allTasks(buildWorkQueue(today.data, { asOf: DEMO_AS_OF, role: 'clinician' })).find(
        (t) => t.id === today.taskId,
      )?.hold?.reason,
    ).toBe('client_in_crisis');
  });

  it('does not hold it for a crisis handled days ago, a message received tomorrow, or another client’s crisis', () => {
    const { data, clientId, taskId } = withFeeYesterday();
    crisisMessage(data, clientId, '2026-11-13T10:00:00-06:00', true);
    crisisMessage(data, clientId, '2026-11-21T00:00:00-06:00');
    const other = data.clients.find((c) => c.id !== clientId);
    if (other === undefined) throw new Error('fixture');
    crisisMessage(data, other.id, '2026-11-20T09:00:00-06:00');
    expect(
      allTasks(buildWorkQueue(data, { asOf: DEMO_AS_OF, role: 'clinician' })).find((t) => t.id === taskId)
        ?.hold,
    ).toBeUndefined();
  });

  it('releases it once a clinician closes an earlier day’s crisis in the log, not when the assistant does', () => {
    const { data, clientId, taskId } = withFeeYesterday();
    crisisMessage(data, clientId, '2026-11-18T22:40:00-06:00');
    const crisisTask = `boundaries.message_crisis:msg-crisis-${clientId}-2026-11-18+${clientId}`;
    const at = '2026-11-19T08:00:00-06:00';
    data.completedWork.push({ taskId: crisisTask, at, by: 'staff-assistant', outcome: 'message_answered' });
    const fee = () =>
      allTasks(buildWorkQueue(data, { asOf: DEMO_AS_OF, role: 'clinician' })).find((t) => t.id === taskId);
    expect(fee()?.hold?.reason).toBe('client_in_crisis');
    data.completedWork.push({ taskId: crisisTask, at, by: 'clin-001', outcome: 'message_answered' });
    expect(fee()).toMatchObject({ ownerRole: 'assistant', practiceTask: 'apply_cancellation_fee' });
    expect(fee()?.hold).toBeUndefined();
  });

  it('holds a couples fee when the partner who is not billed is the one in crisis', () => {
    const { data, clientId, taskId } = withFeeYesterday();
    const appt = data.appointments.find((a) => `scheduling.missed_session_fee:${a.id}` === taskId);
    const partner = data.clients.find((c) => c.id !== clientId && c.payerClasses[0] === 'commercial');
    if (appt === undefined || partner === undefined) throw new Error('fixture');
    partner.cancellationPolicyAcknowledgedAt = '2026-01-05T12:00:00-06:00';
    appt.type = 'couples';
    appt.clientIds = [clientId as never, partner.id];
    crisisMessage(data, partner.id, '2026-11-20T07:00:00-06:00');
    expect(
      allTasks(buildWorkQueue(data, { asOf: DEMO_AS_OF, role: 'clinician' })).find((t) => t.id === taskId)
        ?.hold,
    ).toMatchObject({
      reason: 'client_in_crisis',
      clientId: partner.id,
    });
  });
});

describe('work queue hold properties', () => {
  const base = smallPractice(23);
  const baseline = allTasks(buildWorkQueue(base, { asOf: AS_OF }));
  const contactClients = [...new Set(baseline.filter(contacts).flatMap(clientsOf))].sort();
  const feeClients = [...new Set(baseline.filter(isMoney).flatMap(clientsOf))].sort();

  it('has contact and money tasks to hold (the properties below are not vacuous)', () => {
    expect(contactClients.length).toBeGreaterThan(3);
    expect(feeClients.length).toBeGreaterThan(1);
  });

  it('every client-contacting task for a do-not-contact client is a hold, and no other task is', () => {
    fc.assert(
      fc.property(fc.subarray(contactClients, { minLength: 1 }), (dnc) => {
        const data = structuredClone(base);
        for (const c of data.clients) c.doNotContact = dnc.includes(c.id);
        const tasks = allTasks(buildWorkQueue(data, { asOf: AS_OF }));
        const touched = tasks.filter((t) => contacts(t) && clientsOf(t).some((id) => dnc.includes(id)));
        expect(touched.length).toBeGreaterThan(0);
        for (const t of tasks) {
          const mustHold = contacts(t) && clientsOf(t).some((id) => dnc.includes(id));
          expect(t.hold?.reason === 'do_not_contact').toBe(mustHold);
        }
      }),
      { numRuns: 12 },
    );
  });

  it('no money task goes ahead for a client in crisis: each is held for the clinician', () => {
    fc.assert(
      fc.property(
        fc.subarray(feeClients, { minLength: 1 }),
        fc.integer({ min: 0, max: 23 * 60 }),
        (crisis, minute) => {
          const data = structuredClone(base);
          const hh = String(Math.floor(minute / 60)).padStart(2, '0');
          const mm = String(minute % 60).padStart(2, '0');
          for (const id of crisis) crisisMessage(data, id, `${AS_OF}T${hh}:${mm}:00-06:00`);
          const queue = buildWorkQueue(data, { asOf: AS_OF });
          for (const t of allTasks(queue).filter(isMoney)) {
            const inCrisis = clientsOf(t).some((id) => crisis.includes(id));
            if (inCrisis) {
              expect(t.hold?.reason).toBe('client_in_crisis');
              expect(t.ownerRole).toBe('clinician');
              expect(queue.tasks).not.toContain(t);
            } else expect(t.hold).toBeUndefined();
          }
        },
      ),
      { numRuns: 12 },
    );
  });
});
