// Intake tasks in the work queue, on the demo practice changed one record at a time.
import { describe, expect, it } from 'vitest';
import {
  buildWorkQueue,
  DEMO_AS_OF,
  generateDemoPractice,
  type PracticeData,
} from '../../../src/ops/index.js';
import { allTasks } from '../practice-fixtures.js';

const fresh = (): PracticeData => structuredClone(generateDemoPractice());

/**
 * The paperwork follow-up of the demo's 21st client once a release of information sent on 2026-11-12 is
 * pending, after `change` altered that client's record.
 */
function followUpAfter(change: (client: PracticeData['clients'][number]) => void) {
  const data = fresh();
  const client = data.clients[20];
  if (client === undefined) throw new Error('fixture');
  change(client);
  data.paperwork.push({
    id: 'doc-extra' as never,
    clientId: client.id,
    type: 'release_of_information',
    status: 'sent',
    sentAt: '2026-11-12T10:00:00-06:00',
  });
  const task = allTasks(buildWorkQueue(data, { asOf: DEMO_AS_OF })).find(
    (t) => t.kind === 'intake.paperwork_follow_up' && t.related.some((r) => r.id === client.id),
  );
  return { client, task };
}

describe('intake follow-ups', () => {
  it('reminds a returning client about a document sent days ago', () => {
    const { task: followUp } = followUpAfter(() => {});
    expect(followUp?.ownerRole).toBe('assistant');
    expect(followUp?.reasons[0]?.code).toBe('ops.queue.paperwork_follow_up');
  });

  it('holds the reminder of a client with no channel consent recorded: ask how they want reminders', () => {
    const { client, task: followUp } = followUpAfter((c) => {
      delete c.channelConsent;
    });
    expect(followUp?.hold).toEqual({
      reason: 'channel_consent_missing',
      clientId: client.id,
      practiceTask: 'chase_intake_paperwork',
      ownerRole: 'assistant',
    });
    expect(followUp?.title).toMatch(
      /^On hold \(ask the client how they want reminders\): Intake paperwork: ask contact channel/,
    );
    expect(followUp?.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining([
        'ops.queue.hold_channel_consent_missing',
        'intake.follow_up.channel_consent_missing',
      ]),
    );
    expect(followUp?.reasons.find((r) => r.code === 'ops.queue.paperwork_follow_up')?.facts).toEqual({
      channel: null,
    });
  });

  it('reminds by email, never by text, a client who opted in to email only', () => {
    const { task: followUp } = followUpAfter((c) => {
      c.channelConsent = { email: { optedIn: true, unsecuredRiskAcknowledged: true } };
    });
    expect(followUp?.hold).toBeUndefined();
    expect(followUp?.reasons.find((r) => r.code === 'ops.queue.paperwork_follow_up')?.facts).toEqual({
      channel: 'email',
    });
  });
});

describe('intake tasks', () => {
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
    const task = allTasks(buildWorkQueue(data, { asOf: DEMO_AS_OF, role: 'clinician' })).find(
      (t) => t.id === 'intake.stalled_case:inq-attended',
    );
    expect(task?.practiceTask).toBe('set_clinical_priority');
    expect(task?.ownerRole).toBe('clinician');
    expect(task?.priority).toBe('clinical');
    expect(task?.reasons[0]?.facts).toMatchObject({ nextStep: 'ask_clinician_about_ongoing_care' });
  });
});
