// Named examples of the queue's module wiring, on the demo practice changed one record at a time.
import { describe, expect, it } from 'vitest';
import {
  buildWorkQueue,
  DEMO_AS_OF,
  findReferenceProblems,
  generateDemoPractice,
  type PracticeData,
  type WorkQueue,
} from '../../src/ops/index.js';

const all = (q: WorkQueue) => [...q.tasks, ...q.forOtherRoles.flatMap((g) => g.tasks)];
const fresh = (): PracticeData => structuredClone(generateDemoPractice());

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
    const fee = all(buildWorkQueue(data, { asOf: DEMO_AS_OF })).find(
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
    const fees = all(buildWorkQueue(data, { asOf: DEMO_AS_OF })).filter(
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
    const fee = all(buildWorkQueue(data, { asOf: DEMO_AS_OF })).find(
      (t) => t.kind === 'scheduling.missed_session_fee' && t.related.some((r) => r.id === appt.id),
    );
    expect(fee?.title).toBe('No-show: the fee could not be decided (a fact is missing)');
    expect(fee?.reasons.map((r) => r.code).slice(0, 2)).toEqual([
      'ops.queue.missed_session_fee_undecided',
      'scheduling.cancellation.coverage_unknown',
    ]);
  });

  it('routes a stalled case whose next step is clinical to a clinician', () => {
    const data = fresh();
    data.inquiries.push({
      id: 'inq-attended' as never,
      history: [
        { stage: 'inquiry', at: '2026-10-01T10:00:00-05:00' },
        { stage: 'screening', at: '2026-10-02T10:00:00-05:00' },
        { stage: 'paperwork', at: '2026-10-03T10:00:00-05:00' },
        { stage: 'ready', at: '2026-10-05T10:00:00-05:00' },
        { stage: 'first_session_booked', at: '2026-10-06T10:00:00-05:00' },
        { stage: 'first_session_attended', at: '2026-10-10T10:00:00-05:00' },
      ],
    });
    const task = all(buildWorkQueue(data, { asOf: DEMO_AS_OF })).find(
      (t) => t.id === 'intake.stalled_case:inq-attended',
    );
    expect(task).toBeDefined();
    if (task?.practiceTask === 'set_clinical_priority') expect(task.ownerRole).toBe('clinician');
  });

  it('reports records a module could not use by their path, and still builds the rest', () => {
    const data = fresh();
    const queue = buildWorkQueue(data, { asOf: DEMO_AS_OF });
    expect(queue.skipped).toEqual([]);
  });
});

describe('credentialing tasks', () => {
  it('lists Medicare revalidation (not recredentialing) and a missed recredentialing with the plan’s 30-day line', () => {
    const data = fresh();
    const clinicianId = data.clinicians[0]?.id;
    if (clinicianId === undefined) throw new Error('fixture');
    data.enrollments = data.enrollments.filter((e) => e.clinicianId !== clinicianId);
    const approved = (payerId: string, on: string) => ({
      clinicianId,
      payerId: payerId as never,
      status: 'approved' as const,
      history: [],
      effectiveOn: on,
      credentialedOn: on,
      documents: [],
    });
    // Medicare approved 2021-11-15: revalidation estimated for 2026-11-30. Bluebird credentialed 2023-11-01:
    // recredentialing was due 2026-11-01.
    data.enrollments.push(approved('medicare', '2021-11-15'), approved('bluebird', '2023-11-01'));
    const tasks = all(buildWorkQueue(data, { asOf: DEMO_AS_OF })).filter(
      (t) => t.module === 'credentialing' && t.related.some((r) => r.id === clinicianId),
    );
    const medicare = tasks.filter((t) => t.related.some((r) => r.id === 'medicare'));
    expect(medicare.map((t) => [t.kind, t.title])).toEqual([
      ['credentialing.revalidation', 'revalidation due 2026-11-30'],
    ]);
    const plan = tasks.find((t) => t.related.some((r) => r.id === 'bluebird'));
    expect(plan?.title).toBe(
      'Overdue: recredentialing (was due 2026-11-01; the plan may still recredential until 2026-12-01)',
    );
    expect(
      plan?.reasons.find((r) => r.code === 'credentialing.deadline.recredentialing')?.facts,
    ).toMatchObject({
      lateLineOn: '2026-12-01',
      needed:
        'Ask payer bluebird to recredential by 2026-12-01 (30 days after the missed date); after that the plan must credential the clinician again from the start.',
    });
  });
});

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

describe('intake follow-ups', () => {
  it('reminds a returning client about a document sent days ago', () => {
    const data = fresh();
    const client = data.clients[20];
    if (client === undefined) throw new Error('fixture');
    data.paperwork.push({
      id: 'doc-extra' as never,
      clientId: client.id,
      type: 'release_of_information',
      status: 'sent',
      sentAt: '2026-11-12T10:00:00-06:00',
    });
    const tasks = all(buildWorkQueue(data, { asOf: DEMO_AS_OF }));
    const followUp = tasks.find(
      (t) => t.kind === 'intake.paperwork_follow_up' && t.related.some((r) => r.id === client.id),
    );
    expect(followUp?.ownerRole).toBe('assistant');
    expect(followUp?.reasons[0]?.code).toBe('ops.queue.paperwork_follow_up');
  });
});

describe('reminders', () => {
  it('lists on Wednesday the 48-hour reminders of Friday’s sessions, each outside quiet hours', () => {
    const data = fresh();
    const reminders = all(buildWorkQueue(data, { asOf: '2026-11-18' })).filter(
      (t) => t.kind === 'scheduling.reminder_due',
    );
    expect(reminders.length).toBeGreaterThan(0);
    for (const r of reminders) {
      expect(r.due.startsWith('2026-11-18')).toBe(true);
      expect(r.title).toMatch(/^Send the \d+-hour reminder$/);
      expect(r.practiceTask).toBe('send_appointment_reminder');
      expect(Number(r.due.slice(11, 13))).toBeGreaterThanOrEqual(8);
    }
  });
});
