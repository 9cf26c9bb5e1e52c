// A host's own assessment of a message (a moderation service, a model, a clinician's flag) reaches the work
// queue's triage through the data file's `messages[].signals`: it can raise the message's task, never lower
// it. Crisis language and host flags alike stop the administrative flow and go to the on-call clinician
// [samhsa-988](docs/sources.md#samhsa-988).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TriageSignal } from '../../../src/boundaries/index.js';
import { buildWorkQueue, type PracticeData, safeValidatePracticeData } from '../../../src/ops/index.js';
import { AS_OF, allTasks, smallPractice } from '../practice-fixtures.js';

const base = smallPractice(23);
base.messages = [];
const CLIENT = base.clients[0]?.id ?? '';

function withMessage(text: string, signals?: readonly TriageSignal[]): PracticeData {
  const data = structuredClone(base);
  data.messages.push({
    id: 'msg-flagged' as never,
    clientId: CLIENT as never,
    receivedAt: `${AS_OF}T08:05:00-06:00`,
    channel: 'portal',
    text,
    handled: false,
    ...(signals === undefined ? {} : { signals: [...signals] }),
  });
  return data;
}

// Every task whole, as a clinical role's queue lists them (a non-clinical role's hides a clinician's work).
const messageTask = (data: PracticeData) =>
  allTasks(buildWorkQueue(data, { asOf: AS_OF, role: 'clinician' })).find(
    (t) => t.kind.startsWith('boundaries.message_') && t.related.some((r) => r.id === 'msg-flagged'),
  );

describe('work queue: host signals on a message (Monday 2026-11-20)', () => {
  it('sends a scheduling message the host flagged as a crisis to the on-call clinician, with the alert for staff', () => {
    const plain = withMessage('Can you confirm my appointment on Monday?');
    expect(messageTask(plain)?.kind).toBe('boundaries.message_scheduling');
    const flagged = withMessage('Can you confirm my appointment on Monday?', [
      { source: 'acme-moderation', level: 'crisis', category: 'urgent_distress' },
    ]);
    const task = messageTask(flagged);
    expect(task?.kind).toBe('boundaries.message_crisis');
    expect(task?.priority).toBe('crisis');
    const assistant = buildWorkQueue(flagged, { asOf: AS_OF, role: 'assistant' });
    expect(assistant.tasks[0]?.id).toBe('boundaries.crisis_alert:msg-flagged');
    expect(JSON.stringify(assistant.tasks)).not.toContain('acme-moderation');
  });

  it('keeps a billing question a clinician’s when the host says clinical, and never lowers a crisis', () => {
    const clinical = withMessage('Why was my claim denied?', [{ source: 'model', level: 'clinical' }]);
    expect(messageTask(clinical)?.kind).toBe('boundaries.message_clinical');
    const crisis = withMessage('I have a plan to kill myself tonight.', [{ source: 'model', level: 'none' }]);
    expect(messageTask(crisis)?.kind).toBe('boundaries.message_crisis');
  });

  it('validates the signals with the file: a wrong level is a problem at its path, the value not echoed', () => {
    const data = JSON.parse(JSON.stringify(withMessage('Can I reschedule?')));
    data.messages[0].signals = [{ source: 'acme', level: 'urgent-ish' }];
    const result = safeValidatePracticeData(data);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((i) => i.at)).toEqual(['$.messages[0].signals[0].level']);
    expect(JSON.stringify(result.issues)).not.toContain('urgent-ish');
  });

  it('never lowers a message’s priority, whatever the signals (property)', () => {
    const rank = { crisis: 0, clinical: 1, high: 2, normal: 3, low: 4 } as const;
    const texts = ['Can I reschedule to 3pm?', 'My new meds make me dizzy.', 'I want to end my life.'];
    const signal = fc.record({
      source: fc.constantFrom('moderation', 'model'),
      level: fc.constantFrom('crisis', 'clinical', 'none'),
    });
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.array(signal, { maxLength: 3 }), (text, signals) => {
        const without = messageTask(withMessage(text));
        const withSignals = messageTask(withMessage(text, signals));
        if (without === undefined || withSignals === undefined) return false;
        return rank[withSignals.priority] <= rank[without.priority];
      }),
      { numRuns: 10 },
    );
  });
});
