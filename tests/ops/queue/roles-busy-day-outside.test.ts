// ops37, item 1: the queue for each role on a busy day, written as an outside tester would before reading the
// code. Crisis on top for every role, a non-clinical role told a clinician is needed now without the content
// (minimum necessary, 45 CFR 164.502(b); docs/sources.md#hhs-minimum-necessary; 988 routing,
// docs/sources.md#samhsa-988), stable explained ties, DST nights (15 U.S.C. 260a, docs/sources.md#usc-15-260a),
// work that came due while the practice was closed, and two practices' clocks kept apart.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildPracticeDigest,
  buildWorkQueue,
  compareWorkTasks,
  DEMO_AS_OF,
  generateDemoPractice,
  generatePractice,
  OPS_REASON_CODES,
  type PracticeData,
  sortWorkTasks,
  type WorkQueueRole,
  type WorkTask,
} from '../../../src/ops/index.js';
import { allTasks } from '../practice-fixtures.js';

const ROLES: readonly WorkQueueRole[] = [
  'assistant',
  'biller',
  'credentialing_coordinator',
  'practice_owner',
  'clinician',
];
const NON_CLINICAL = ROLES.filter((r) => r !== 'clinician');
const CRISIS_TEXT = "I don't see the point anymore and I have been thinking about ending my life.";

const demo = (): PracticeData => structuredClone(generateDemoPractice());

/** A small practice on `zone` as of `asOf`, no messages, with one message of `text` received at `at`. */
function withMessage(asOf: string, zone: string, at: string, text: string): PracticeData {
  const data = structuredClone(generatePractice({ seed: 7, asOf, clinicians: 2, clientsPerClinician: 3 }));
  data.practice.zone = zone as never;
  data.practice.offices = [];
  const client = data.clients[0] as PracticeData['clients'][number];
  data.messages = [
    {
      id: 'msg-dst' as never,
      clientId: client.id,
      receivedAt: at as never,
      channel: 'portal',
      text,
      handled: false,
    },
  ];
  return data;
}

/**
 * A small practice on America/Chicago as of `asOf`, clin-002's first session that of a commercially insured
 * adult who signed the policy, held at `start` and missed as `status` says (as the fee-window tests build it).
 */
function withMiss(asOf: string, start: string, status: PracticeData['appointments'][number]['status']) {
  const data = structuredClone(generatePractice({ seed: 7, asOf, clinicians: 2, clientsPerClinician: 4 }));
  data.messages = [];
  const appt = data.appointments.find((a) => a.clinicianId === 'clin-002');
  const client = data.clients.find((c) => c.id === appt?.clientIds[0]);
  if (appt === undefined || client === undefined) throw new Error('fixture');
  Object.assign(client, { payerClasses: ['commercial'], payerIds: [], birthDate: '1990-01-01' });
  delete client.guarantorId;
  client.cancellationPolicyAcknowledgedAt = '2026-01-05T12:00:00-06:00';
  const end = new Date(Date.parse(start) + 53 * 60_000).toISOString();
  Object.assign(appt, { start, end, status, type: 'individual' });
  delete appt.seriesId;
  return { data, taskId: `scheduling.missed_session_fee:${appt.id}` };
}

describe('the queue of each role on the demo practice’s busy day (Friday 2026-11-20, America/Chicago)', () => {
  it('puts the crisis on top for every role: the alert for staff, the message itself for the clinician', () => {
    const data = demo();
    for (const role of ROLES) {
      const top = buildWorkQueue(data, { asOf: DEMO_AS_OF, role }).tasks[0];
      expect(top?.priority, role).toBe('crisis');
      expect(top?.kind, role).toBe(
        role === 'clinician' ? 'boundaries.message_crisis' : 'boundaries.crisis_alert',
      );
    }
  });

  it('tells a non-clinical role whom to call now, without the message, its client or what triage read', () => {
    const data = demo();
    for (const role of NON_CLINICAL) {
      const alert = buildWorkQueue(data, { asOf: DEMO_AS_OF, role }).tasks[0] as WorkTask;
      expect(alert.title).toBe(
        'A client message needs the on-call clinician now: call Juniper Grove on-call clinician (synthetic) at +15125550142',
      );
      const text = JSON.stringify(alert);
      expect(text).not.toContain('client-00001');
      expect(text).not.toContain('ideation');
      expect(text).not.toContain('life');
    }
  });

  it('hands a non-clinical role none of a clinician’s crisis or clinical content among other roles’ work', () => {
    // The queue asked for a non-clinical role is what its app shows that person: a clinician's crisis and
    // clinical tasks keep their id, priority and due, never the client, the triage categories or phrases.
    const data = demo();
    for (const role of NON_CLINICAL) {
      const queue = buildWorkQueue(data, { asOf: DEMO_AS_OF, role });
      const clinicians = queue.forOtherRoles.find((g) => g.role === 'clinician')?.tasks ?? [];
      expect(clinicians.map((t) => t.priority).sort(), role).toEqual(['clinical', 'crisis', 'normal']);
      const text = JSON.stringify(queue);
      for (const secret of ['ideation', 'phrases', 'medication', CRISIS_TEXT, 'in crisis'])
        expect(text, `${role}: ${secret}`).not.toContain(secret);
      for (const t of clinicians) {
        expect(t.related, role).toEqual([]);
        // Not even through the id, which names the records of a task as the clinician sees it.
        expect(t.id, role).toMatch(/:withheld-\d+$/);
        expect(t.id).not.toMatch(/client-|msg-|appt-/);
        expect(t.reasons.map((r) => r.code)).toEqual(['ops.queue.clinical_content_withheld']);
      }
    }
  });

  it('shows the clinician the crisis whole: the client, the message and triage’s reasons', () => {
    const queue = buildWorkQueue(demo(), { asOf: DEMO_AS_OF, role: 'clinician' });
    const crisis = queue.tasks[0] as WorkTask;
    expect(crisis.related).toEqual([
      { kind: 'message', id: 'msg-0001' },
      { kind: 'client', id: 'client-00001' },
    ]);
    expect(crisis.reasons.map((r) => r.code)).toContain('boundaries.triage.crisis_language');
    // The message text itself is never repeated, even to the clinician: it stays in the record.
    expect(JSON.stringify(queue)).not.toContain(CRISIS_TEXT);
  });

  it('keeps the digest of every non-clinical role as free of clinical content as its queue', () => {
    const data = demo();
    for (const role of NON_CLINICAL) {
      const digest = buildPracticeDigest(data, { asOf: DEMO_AS_OF, role });
      const text = JSON.stringify(digest.queue);
      expect(text, role).not.toContain('ideation');
      expect(digest.queue.tasks[0]?.kind, role).toBe('boundaries.crisis_alert');
    }
  });

  it('explains why every task of every role is in the queue, with a code of the ops catalog', () => {
    const data = demo();
    const known = new Set(Object.keys(OPS_REASON_CODES));
    const missing = new Set<string>();
    for (const role of ROLES) {
      for (const t of buildWorkQueue(data, { asOf: DEMO_AS_OF, role }).tasks) {
        const own = t.reasons.filter((r) => r.code.startsWith('ops.'));
        if (own.length === 0) missing.add(t.kind);
        for (const r of own) expect(known.has(r.code), r.code).toBe(true);
      }
    }
    expect([...missing]).toEqual([]);
  });

  it('orders ties of priority and due by id, the same whatever order the tasks come in', () => {
    const tasks = buildWorkQueue(demo(), { asOf: DEMO_AS_OF, role: 'biller' }).tasks;
    const zone = 'America/Chicago';
    // The biller's day holds several high-priority re-verifications due 2026-11-20: a tie broken by id.
    const tied = tasks.filter((t) => t.priority === 'high' && t.due === '2026-11-20');
    expect(tied.length).toBeGreaterThan(2);
    expect(tied.map((t) => t.id)).toEqual([...tied.map((t) => t.id)].sort());
    fc.assert(
      fc.property(fc.shuffledSubarray([...tasks], { minLength: tasks.length }), (shuffled) => {
        expect(sortWorkTasks(shuffled, { zone }).map((t) => t.id)).toEqual(tasks.map((t) => t.id));
      }),
      { numRuns: 30 },
    );
  });
});

describe('a task due at 00:30 on a DST-change night', () => {
  const scheduling = 'Can I move my Thursday appointment to the afternoon?';

  it('lists on Sunday 2026-11-01 in Chicago a message received at 00:30 CDT, before the day’s date-only work', () => {
    const data = withMessage('2026-10-30', 'America/Chicago', '2026-11-01T00:30:00-05:00', scheduling);
    const msg = buildWorkQueue(data, { asOf: '2026-11-01' }).tasks.find((t) => t.id.includes('msg-dst'));
    expect(msg?.due).toBe('2026-11-01T00:30:00-05:00');
    const zone = 'America/Chicago';
    const task = (id: string, due: string) => ({ id, priority: 'high' as const, due });
    // Due "2026-10-31" ends at 00:00 CDT on the 1st, before 00:30; due "2026-11-01" ends at 24:00 CST, 25 h later.
    expect(compareWorkTasks(task('b', '2026-10-31'), task('a', msg?.due as string), { zone })).toBeLessThan(
      0,
    );
    expect(compareWorkTasks(task('a', msg?.due as string), task('0', '2026-11-01'), { zone })).toBeLessThan(
      0,
    );
    // The two 01:30s of that night are told apart by the instant: CDT first, then CST.
    expect(
      compareWorkTasks(task('z', '2026-11-01T01:30:00-05:00'), task('a', '2026-11-01T01:15:00-06:00'), {
        zone,
      }),
    ).toBeLessThan(0);
  });

  it('lists on Sunday 2027-03-14 in New York a message received at 00:30 EST, and not on the day before', () => {
    const data = withMessage('2027-03-12', 'America/New_York', '2027-03-14T00:30:00-05:00', scheduling);
    const on = (asOf: string) =>
      allTasks(buildWorkQueue(data, { asOf })).some((t) => t.id.includes('msg-dst'));
    expect(on('2027-03-14')).toBe(true);
    // Saturday's queue was the day before the message arrived: a queue for a past day is not given tomorrow's mail.
    expect(on('2027-03-13')).toBe(false);
  });

  it('orders a Chicago date-only task due 2027-03-13 before a 00:30 CST task on the 14th (the 23-hour day)', () => {
    const zone = 'America/Chicago';
    const a = { id: 'b', priority: 'normal' as const, due: '2027-03-13' };
    const b = { id: 'a', priority: 'normal' as const, due: '2027-03-14T00:30:00-06:00' };
    const c = { id: '0', priority: 'normal' as const, due: '2027-03-14' };
    expect(sortWorkTasks([c, b, a], { zone }).map((t) => t.id)).toEqual(['b', 'a', '0']);
  });
});

describe('work that came due while the practice was closed', () => {
  it('keeps a Saturday message due when it arrived, so on Monday it comes before Monday’s work (due now)', () => {
    const data = withMessage(
      '2026-11-20',
      'America/Chicago',
      '2026-11-21T10:00:00-06:00',
      'Can I move my Thursday appointment to the afternoon?',
    );
    const tasks = buildWorkQueue(data, { asOf: '2026-11-23' }).tasks;
    const msg = tasks.find((t) => t.id.includes('msg-dst'));
    expect(msg?.due).toBe('2026-11-21T10:00:00-06:00');
    const mondayHigh = tasks.filter((t) => t.priority === 'high' && t.due.startsWith('2026-11-23'));
    for (const t of mondayHigh) expect(tasks.indexOf(msg as WorkTask)).toBeLessThan(tasks.indexOf(t));
  });

  it('lists on Monday 2026-12-28 a no-show of Thursday 2026-12-24 at 17:00, across Christmas and the weekend', () => {
    // The queue was last run on Thursday morning, before the session; Friday is a holiday, so Monday is the
    // first business day that can see the miss.
    const { data, taskId } = withMiss('2026-12-20', '2026-12-24T17:00:00-06:00', {
      state: 'no_show',
      emergencyDocumented: false,
    });
    expect(data.practice.holidays).toContain('2026-12-25');
    const t = allTasks(buildWorkQueue(data, { asOf: '2026-12-28' })).find((x) => x.id === taskId);
    expect(t?.kind).toBe('scheduling.missed_session_fee');
  });

  it('lists on Tuesday 2027-01-19 a late cancel at 16:00 of Friday 2027-01-15’s 17:00, across the weekend and MLK Day', () => {
    const { data, taskId } = withMiss('2027-01-12', '2027-01-15T17:00:00-06:00', {
      state: 'cancelled',
      by: 'client',
      rescheduled: false,
      emergencyDocumented: false,
      at: '2027-01-15T16:00:00-06:00',
    });
    expect(data.practice.holidays).toContain('2027-01-18');
    const t = allTasks(buildWorkQueue(data, { asOf: '2027-01-19' })).find((x) => x.id === taskId);
    expect(t?.kind).toBe('scheduling.missed_session_fee');
  });

  it('does not reach back past the last business day: a Thursday miss is not on an ordinary Monday', () => {
    const { data, taskId } = withMiss('2026-11-10', '2026-11-12T17:00:00-06:00', {
      state: 'no_show',
      emergencyDocumented: false,
    });
    const t = allTasks(buildWorkQueue(data, { asOf: '2026-11-16' })).find((x) => x.id === taskId);
    expect(t).toBeUndefined();
  });
});

describe('two practices in different zones, one after the other in one process', () => {
  it('keeps each practice’s clock: Chicago’s and Los Angeles’s queues are the same built together or alone', () => {
    const chicago = withMessage(
      '2026-10-30',
      'America/Chicago',
      '2026-11-01T23:30:00-06:00',
      'Is there parking near the office?',
    );
    const la = withMessage(
      '2026-10-30',
      'America/Los_Angeles',
      '2026-11-01T23:30:00-08:00',
      'Is there parking near the office?',
    );
    const alone = [
      buildWorkQueue(chicago, { asOf: '2026-11-01' }),
      buildWorkQueue(la, { asOf: '2026-11-01' }),
    ];
    const mixed: ReturnType<typeof buildWorkQueue>[] = [];
    for (let i = 0; i < 2; i += 1) {
      mixed.push(buildWorkQueue(la, { asOf: '2026-11-01' }));
      mixed.push(buildWorkQueue(chicago, { asOf: '2026-11-01' }));
    }
    expect(mixed[1]).toEqual(alone[0]);
    expect(mixed[0]).toEqual(alone[1]);
    expect(mixed[3]).toEqual(alone[0]);
    // 23:30 PST on the 1st is 01:30 CST on the 2nd: Los Angeles's message is on its 1st, Chicago sees its own.
    const has = (q: ReturnType<typeof buildWorkQueue>) => allTasks(q).some((t) => t.id.includes('msg-dst'));
    expect(has(alone[0] as never)).toBe(true);
    expect(has(alone[1] as never)).toBe(true);
  });

  it('reads a date-only due in each practice’s own zone when both lists are sorted side by side', () => {
    const t = (id: string, due: string) => ({ id, priority: 'normal' as const, due });
    const list = [t('a', '2026-12-07'), t('b', '2026-12-07T23:30:00-06:00')];
    // In Chicago 23:30 CST is before the end of the 7th; in Los Angeles it is 21:30, also before: b first.
    expect(sortWorkTasks(list, { zone: 'America/Chicago' }).map((x) => x.id)).toEqual(['b', 'a']);
    expect(sortWorkTasks(list, { zone: 'America/Los_Angeles' }).map((x) => x.id)).toEqual(['b', 'a']);
    // In New York the 7th ends at 23:00 CST: a first.
    expect(sortWorkTasks(list, { zone: 'America/New_York' }).map((x) => x.id)).toEqual(['a', 'b']);
  });
});
