// ops38, item 3: a crisis message on top of EVERY role's queue, with no content for a non-clinical role, written
// as an outside tester would before reading the code (issue 13's "Done"): English and Spanish crisis language and
// a host's own crisis flag on an ordinary message (a signal raises, never lowers). A crisis goes to the on-call
// clinician at once (docs/sources.md#samhsa-988); a non-clinical role is told whom to call, never what the client
// wrote or who wrote it (minimum necessary, 45 CFR 164.502(b), docs/sources.md#hhs-minimum-necessary). A host
// that shows every task whole asks as a clinical role (clinician or supervisor).
import { describe, expect, it } from 'vitest';
import type { TriageSignal } from '../../../src/boundaries/index.js';
import {
  buildPracticeDigest,
  buildWorkQueue,
  type PracticeData,
  type WorkQueue,
  type WorkQueueRole,
  type WorkTask,
} from '../../../src/ops/index.js';
import { buildPracticeReport } from '../../../src/ops/internal.js';
import { AS_OF, allTasks, NON_CLINICAL_ROLES, QUEUE_ROLES, smallPractice } from '../practice-fixtures.js';

const ROLES = QUEUE_ROLES;
const NON_CLINICAL = NON_CLINICAL_ROLES;

const base = smallPractice(23);
base.messages = [];
const CLIENT = base.clients[1]?.id ?? '';

interface Crisis {
  readonly name: string;
  readonly text: string;
  readonly signals?: readonly TriageSignal[];
  /** Words of the message or its assessment that must reach no non-clinical role. */
  readonly secret: readonly string[];
}

const CRISES: readonly Crisis[] = [
  {
    name: 'an English crisis message',
    text: 'I have a plan to kill myself tonight and I am saying goodbye.',
    secret: ['kill myself', 'goodbye', 'suicid', 'ideation', 'plan_or_means'],
  },
  {
    name: 'a Spanish crisis message',
    text: 'Ya no quiero vivir. Tengo un plan para matarme esta noche.',
    secret: ['matarme', 'vivir', 'ideation', 'suicid'],
  },
  {
    name: 'a Spanish crisis message without accents, beside a request',
    text: 'Necesito cambiar mi cita del jueves. Ya no quiero seguir viviendo, pienso en quitarme la vida.',
    secret: ['quitarme', 'viviendo', 'cita', 'ideation'],
  },
  {
    name: 'an ordinary message the host flagged as a crisis',
    text: 'Can you confirm my appointment on Monday?',
    signals: [{ source: 'acme-moderation', level: 'crisis', category: 'urgent_distress' }],
    secret: ['acme-moderation', 'urgent_distress', 'confirm my appointment'],
  },
];

/** The practice on Friday 2026-11-20 (America/Chicago) with one message received at 08:05. */
function withMessage(c: Crisis, onCall?: PracticeData['practice']['onCall']): PracticeData {
  const data = structuredClone(base);
  if (onCall !== undefined) data.practice.onCall = onCall;
  data.messages.push({
    id: 'msg-0901' as never,
    clientId: CLIENT as never,
    receivedAt: `${AS_OF}T08:05:00-06:00`,
    channel: 'sms',
    text: c.text,
    handled: false,
    ...(c.signals === undefined ? {} : { signals: [...c.signals] }),
  });
  return data;
}

const queues = (data: PracticeData) =>
  new Map(ROLES.map((role) => [role, buildWorkQueue(data, { asOf: AS_OF, role })] as const));

/** Everything a non-clinical role's queue shows of the day's crisis: its alert and the withheld task. */
function crisisShown(q: WorkQueue): WorkTask[] {
  return allTasks(q).filter((t) => t.priority === 'crisis');
}

for (const c of CRISES) {
  describe(`a crisis on top of every role’s queue: ${c.name} (Friday 2026-11-20)`, () => {
    const data = withMessage(c);
    const byRole = queues(data);

    it('is first on every role’s queue, the clinician’s as the crisis itself', () => {
      for (const role of ROLES) {
        const top = byRole.get(role)?.tasks[0];
        expect(top?.priority, role).toBe('crisis');
        expect(top?.kind, role).toBe(
          role === 'clinician' ? 'boundaries.message_crisis' : 'boundaries.crisis_alert',
        );
      }
    });

    it('shows a non-clinical role that the on-call clinician is needed, and nothing of the message or client', () => {
      for (const role of NON_CLINICAL) {
        const q = byRole.get(role) as WorkQueue;
        const shown = JSON.stringify(crisisShown(q));
        expect(shown, role).not.toContain(CLIENT);
        for (const word of c.secret) expect(shown.toLowerCase(), `${role}: ${word}`).not.toContain(word);
        const withheld = q.forOtherRoles
          .flatMap((g) => g.tasks)
          .filter((t) => t.kind === 'boundaries.message_crisis');
        expect(withheld, role).toHaveLength(1);
        expect(withheld[0]?.id, role).toBe('boundaries.message_crisis:withheld-1');
        expect(withheld[0]?.related, role).toEqual([]);
        expect(
          withheld[0]?.reasons.map((r) => r.code),
          role,
        ).toEqual(['ops.queue.clinical_content_withheld']);
      }
    });

    it('leaves the words and the assessment out of the whole of a non-clinical role’s queue and digest', () => {
      for (const role of NON_CLINICAL) {
        const whole = JSON.stringify([byRole.get(role), buildPracticeDigest(data, { asOf: AS_OF, role })]);
        for (const word of c.secret.filter((w) => w.length > 5))
          expect(whole.toLowerCase(), `${role}: ${word}`).not.toContain(word);
      }
    });

    it('shows the clinician the crisis whole and the supervisor too, under its alert', () => {
      const clinician = byRole.get('clinician')?.tasks[0];
      expect(clinician?.related.map((r) => r.id)).toEqual(['msg-0901', CLIENT]);
      expect(clinician?.reasons.length).toBeGreaterThan(1);
      const supervisor = byRole.get('supervisor') as WorkQueue;
      const whole = supervisor.forOtherRoles
        .flatMap((g) => g.tasks)
        .find((t) => t.kind === 'boundaries.message_crisis');
      expect(whole).toEqual(clinician);
    });
  });
}

describe('a crisis on top: the digest, the report and the default role', () => {
  const data = withMessage(CRISES[1] as Crisis, { name: 'Dr. Rivera (on call)', phone: '+15125550100' });

  it('puts the crisis first in every role’s digest and report too, the alert naming whom to call', () => {
    for (const role of ROLES) {
      const digest = buildPracticeDigest(data, { asOf: AS_OF, role });
      const report = buildPracticeReport(data, { asOf: AS_OF, role });
      expect(digest.queue.tasks[0]?.priority, role).toBe('crisis');
      expect(report.queue.tasks[0], role).toEqual(digest.queue.tasks[0]);
      if (role !== 'clinician')
        expect(digest.queue.tasks[0]?.title, role).toBe(
          'A client message needs the on-call clinician now: call Dr. Rivera (on call) at +15125550100',
        );
    }
  });

  it('asks as the assistant when no role is given: the crisis withheld, the alert on top', () => {
    const q = buildWorkQueue(data, { asOf: AS_OF });
    expect(q.role).toBe('assistant');
    expect(q).toEqual(buildWorkQueue(data, { asOf: AS_OF, role: 'assistant' }));
    expect(JSON.stringify(q)).not.toContain('matarme');
  });

  it('lists every task whole for a clinical role: the supervisor sees what the clinician sees, nothing withheld', () => {
    const ids = (role: WorkQueueRole) =>
      allTasks(buildWorkQueue(data, { asOf: AS_OF, role }))
        .filter((t) => t.kind !== 'boundaries.crisis_alert')
        .map((t) => t.id)
        .sort();
    const supervisor = ids('supervisor');
    expect(supervisor.some((id) => id.includes(':withheld-'))).toBe(false);
    expect(supervisor).toEqual(ids('clinician'));
    // The assistant's queue lists the same number of tasks, the clinician's work withheld.
    expect(ids('assistant')).toHaveLength(supervisor.length);
  });

  it('keeps two crises on top for every role, in the order they came in', () => {
    const two = structuredClone(data);
    two.messages.push({
      id: 'msg-0902' as never,
      clientId: (base.clients[2]?.id ?? '') as never,
      receivedAt: `${AS_OF}T07:40:00-06:00`,
      channel: 'portal',
      text: 'I took all my pills an hour ago.',
      handled: false,
    });
    for (const role of ROLES) {
      const top = buildWorkQueue(two, { asOf: AS_OF, role }).tasks.slice(0, 2);
      expect(
        top.map((t) => t.priority),
        role,
      ).toEqual(['crisis', 'crisis']);
      expect(top[0]?.due, role).toBe(`${AS_OF}T07:40:00-06:00`);
    }
  });
});
