// Named examples of the queue's module wiring, on the demo practice changed one record at a time.
import { describe, expect, it } from 'vitest';
import {
  buildWorkQueue,
  DEMO_AS_OF,
  generateDemoPractice,
  type PracticeData,
} from '../../../src/ops/index.js';
import { allTasks } from '../practice-fixtures.js';

const fresh = (): PracticeData => structuredClone(generateDemoPractice());

/** The demo's completed individual session of 2026-11-19, its client a commercially insured adult paying for herself. */
function commercialAdultSession(data: PracticeData, acknowledgedAt: string) {
  const appt = data.appointments.find(
    (a) => a.status.state === 'completed' && a.start.startsWith('2026-11-19') && a.type === 'individual',
  );
  const client = data.clients.find((c) => c.id === appt?.clientIds[0]);
  if (appt === undefined || client === undefined) throw new Error('fixture');
  Object.assign(client, { payerClasses: ['commercial'], birthDate: '1990-01-01' });
  delete client.guarantorId;
  client.cancellationPolicyAcknowledgedAt = acknowledgedAt;
  return { appt, client };
}

describe('work queue wiring', () => {
  it('waives the fee for a Medicaid client’s no-show yesterday, and says so', () => {
    const data = fresh();
    const appt = data.appointments.find(
      (a) => a.status.state === 'completed' && a.start.startsWith('2026-11-19') && a.type === 'individual',
    );
    if (appt === undefined) throw new Error('fixture');
    appt.status = { state: 'no_show', emergencyDocumented: false };
    const client = data.clients.find((c) => c.id === appt.clientIds[0]);
    if (client === undefined) throw new Error('fixture');
    client.payerClasses = ['medicaid'];
    const fee = allTasks(buildWorkQueue(data, { asOf: DEMO_AS_OF })).find(
      (t) => t.kind === 'scheduling.missed_session_fee' && t.related.some((r) => r.id === appt.id),
    );
    expect(fee?.title).toContain('no fee');
    expect(fee?.reasons[0]?.code).toBe('ops.queue.missed_session_fee_exempt');
  });

  it('turns a couples no-show yesterday into one fee task, billed to the first partner', () => {
    const data = fresh();
    const appt = data.appointments.find(
      (a) => a.status.state === 'completed' && a.start.startsWith('2026-11-19') && a.type === 'individual',
    );
    const partner = data.clients.find(
      (c) => c.id !== appt?.clientIds[0] && c.payerClasses[0] === 'commercial' && c.guarantorId === undefined,
    );
    const first = data.clients.find((c) => c.id === appt?.clientIds[0]);
    if (appt === undefined || partner === undefined || first === undefined) throw new Error('fixture');
    Object.assign(first, { payerClasses: ['commercial'], birthDate: '1990-01-01' });
    delete first.guarantorId;
    first.cancellationPolicyAcknowledgedAt = '2026-01-05T12:00:00-06:00';
    partner.cancellationPolicyAcknowledgedAt = '2026-01-05T12:00:00-06:00';
    appt.type = 'couples';
    appt.clientIds = [first.id, partner.id];
    data.messages = []; // no crisis today: the fee is not held
    appt.status = { state: 'no_show', emergencyDocumented: false };
    const fees = allTasks(buildWorkQueue(data, { asOf: DEMO_AS_OF })).filter(
      (t) => t.kind === 'scheduling.missed_session_fee' && t.related.some((r) => r.id === appt.id),
    );
    expect(fees).toHaveLength(1);
    expect(fees[0]?.id).toBe(`scheduling.missed_session_fee:${appt.id}`);
    expect(fees[0]?.title).toBe(`No-show: charge the $150.00 fee to ${first.id}`);
    expect(fees[0]?.related).toEqual([
      { kind: 'appointment', id: appt.id },
      { kind: 'client', id: first.id },
      { kind: 'client', id: partner.id },
    ]);
  });

  it('leaves a fee undecided under a policy version the client never acknowledged (v2 from 2026-11-01)', () => {
    const setUp = (acknowledgedAt: string, extra: object = {}) => {
      const data = fresh();
      const { appt } = commercialAdultSession(data, acknowledgedAt);
      data.messages = []; // no crisis today: the fee is not held
      appt.status = { state: 'no_show', emergencyDocumented: false };
      Object.assign(data.policies, { version: 'v2', effectiveFrom: '2026-11-01', ...extra });
      return allTasks(buildWorkQueue(data, { asOf: DEMO_AS_OF })).find(
        (t) => t.kind === 'scheduling.missed_session_fee' && t.related.some((r) => r.id === appt.id),
      );
    };
    const stale = setUp('2025-01-01T00:00:00Z');
    expect(stale?.reasons.map((r) => r.code).slice(0, 2)).toEqual([
      'ops.queue.missed_session_fee_undecided',
      'scheduling.cancellation.policy_version_not_acknowledged',
    ]);
    // Acknowledged after v2 was given: charged.
    expect(setUp('2026-11-02T09:00:00-06:00')?.title).toMatch(/^No-show: charge the \$/);
  });

  it('never charges a no-show whose client’s coverage was never entered', () => {
    const data = fresh();
    const appt = data.appointments.find(
      (a) => a.status.state === 'completed' && a.start.startsWith('2026-11-19') && a.type === 'individual',
    );
    const client = data.clients.find((c) => c.id === appt?.clientIds[0]);
    if (appt === undefined || client === undefined) throw new Error('fixture');
    appt.status = { state: 'no_show', emergencyDocumented: false };
    client.payerClasses = [];
    client.cancellationPolicyAcknowledgedAt = '2026-01-05T12:00:00-06:00';
    const fee = allTasks(buildWorkQueue(data, { asOf: DEMO_AS_OF })).find(
      (t) => t.kind === 'scheduling.missed_session_fee' && t.related.some((r) => r.id === appt.id),
    );
    expect(fee?.title).toBe('No-show: the fee could not be decided (a fact is missing)');
    expect(fee?.reasons.map((r) => r.code).slice(0, 2)).toEqual([
      'ops.queue.missed_session_fee_undecided',
      'scheduling.cancellation.coverage_unknown',
    ]);
  });

  it('asks staff to record when the client cancelled yesterday’s session, never charging in the meantime', () => {
    const data = fresh();
    const { appt, client } = commercialAdultSession(data, '2026-01-05T12:00:00-06:00');
    data.messages = []; // no crisis today: the task is not held
    // Entered the next morning from a voicemail without a time.
    appt.status = { state: 'cancelled', by: 'client', rescheduled: false, emergencyDocumented: false };
    const fee = allTasks(buildWorkQueue(data, { asOf: DEMO_AS_OF })).find(
      (t) => t.kind === 'scheduling.missed_session_fee' && t.related.some((r) => r.id === appt.id),
    );
    expect(fee?.title).toBe(
      'Client cancellation: record when the client cancelled (the fee depends on it; charge nothing until then)',
    );
    expect(fee?.reasons.map((r) => r.code).slice(0, 2)).toEqual([
      'ops.queue.missed_session_fee_undecided',
      'scheduling.cancellation.time_unknown',
    ]);
    expect(fee?.reasons[0]?.facts).toMatchObject({ feeCents: 0, kind: 'cancel_time_unknown' });
    // Medicaid-only: no fee whenever it was, a fee to waive like any other.
    client.payerClasses = ['medicaid'];
    const waived = allTasks(buildWorkQueue(data, { asOf: DEMO_AS_OF })).find(
      (t) => t.kind === 'scheduling.missed_session_fee' && t.related.some((r) => r.id === appt.id),
    );
    expect(waived?.title).toBe('Client cancellation: no fee applies (waive and record why)');
  });
});

describe('reminders', () => {
  it('lists on Wednesday the 48-hour reminders of Friday’s sessions, each outside quiet hours', () => {
    const data = fresh();
    const reminders = allTasks(buildWorkQueue(data, { asOf: '2026-11-18' })).filter(
      (t) => t.kind === 'scheduling.reminder_due',
    );
    expect(reminders.length).toBeGreaterThan(0);
    for (const r of reminders) {
      expect(r.due.startsWith('2026-11-18')).toBe(true);
      expect(r.title).toMatch(
        /^(On hold \(ask the client how they want reminders\): )?Send the \d+-hour reminder$/,
      );
      expect(r.practiceTask).toBe('send_appointment_reminder');
      expect(Number(r.due.slice(11, 13))).toBeGreaterThanOrEqual(8);
    }
    // The demo has clients with no consent recorded: theirs are held, the rest name the channel.
    const held = reminders.filter((r) => r.hold !== undefined);
    expect(held.length).toBeGreaterThan(0);
    expect(held.length).toBeLessThan(reminders.length);
    for (const r of reminders) {
      const channel = r.reasons.find((x) => x.code === 'ops.queue.reminder_due')?.facts['channel'];
      expect(channel === null).toBe(r.hold !== undefined);
    }
  });

  it('holds the reminder of a client with no channel consent recorded, and says to ask them', () => {
    const data = fresh();
    const asOf = '2026-11-18';
    const before = allTasks(buildWorkQueue(data, { asOf })).find(
      (t) => t.kind === 'scheduling.reminder_due' && t.hold === undefined,
    );
    if (before === undefined) throw new Error('fixture');
    const clientId = before.related.find((r) => r.kind === 'client')?.id;
    const client = data.clients.find((c) => c.id === clientId);
    if (client === undefined) throw new Error('fixture');
    delete client.channelConsent;
    const after = allTasks(buildWorkQueue(data, { asOf })).find((t) => t.id === before.id);
    expect(after?.hold).toEqual({
      reason: 'channel_consent_missing',
      clientId,
      practiceTask: 'send_appointment_reminder',
      ownerRole: before.ownerRole,
    });
    expect(after?.title).toBe(`On hold (ask the client how they want reminders): ${before.title}`);
    expect(after?.reasons.map((r) => r.code)).toContain('scheduling.reminder.channel_consent_missing');
    expect(after?.reasons[0]?.code).toBe('ops.queue.hold_channel_consent_missing');
  });

  it('sends the reminder of a client who opted in to email only by email, never by text', () => {
    const data = fresh();
    const asOf = '2026-11-18';
    const before = allTasks(buildWorkQueue(data, { asOf })).find(
      (t) => t.kind === 'scheduling.reminder_due' && t.hold === undefined,
    );
    const client = data.clients.find((c) => c.id === before?.related.find((r) => r.kind === 'client')?.id);
    if (before === undefined || client === undefined) throw new Error('fixture');
    client.channelConsent = { email: { optedIn: true, unsecuredRiskAcknowledged: true } };
    const after = allTasks(buildWorkQueue(data, { asOf })).find((t) => t.id === before.id);
    expect(after?.hold).toBeUndefined();
    expect(after?.reasons.find((r) => r.code === 'ops.queue.reminder_due')?.facts).toMatchObject({
      channel: 'email',
    });
  });
});
