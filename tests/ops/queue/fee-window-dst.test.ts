// The missed-session fee window of the work queue on the practice's clock: from local midnight three days
// back to the end of the queue's day, real instants. 2026-11-01 lasts 25 hours in America/Chicago and
// 2027-03-14 23 hours (the US DST changes, 15 U.S.C. 260a; docs/sources.md#usc-15-260a).
import { describe, expect, it } from 'vitest';
import { buildWorkQueue, generatePractice, type PracticeData } from '../../../src/ops/index.js';
import { allTasks } from '../practice-fixtures.js';

/**
 * A small practice on America/Chicago as of `asOf`, its first Texas clinician's first session turned into
 * one of a commercially insured adult who signed the policy, held at `start` and missed as `status` says.
 */
function withMiss(
  asOf: string,
  start: string,
  end: string,
  status: PracticeData['appointments'][number]['status'],
) {
  const data = structuredClone(generatePractice({ seed: 7, asOf, clinicians: 2, clientsPerClinician: 4 }));
  data.messages = [];
  const appt = data.appointments.find((a) => a.clinicianId === 'clin-002');
  const client = data.clients.find((c) => c.id === appt?.clientIds[0]);
  if (appt === undefined || client === undefined) throw new Error('fixture');
  Object.assign(client, { payerClasses: ['commercial'], payerIds: [], birthDate: '1990-01-01' });
  delete client.guarantorId;
  client.cancellationPolicyAcknowledgedAt = '2026-01-05T12:00:00-06:00';
  Object.assign(appt, { start, end, status, type: 'individual' });
  delete appt.seriesId;
  return { data, taskId: `scheduling.missed_session_fee:${appt.id}` };
}
const feeTask = (data: PracticeData, asOf: string, taskId: string) =>
  allTasks(buildWorkQueue(data, { asOf })).find((t) => t.id === taskId);

describe('work queue: the missed-session fee window on a day of 25 or 23 hours', () => {
  it('lists on Sunday 2026-11-01 (25 h) a late cancel made at 23:20 that night, in the day’s 25th hour', () => {
    const { data, taskId } = withMiss(
      '2026-11-01',
      '2026-11-02T09:00:00-06:00',
      '2026-11-02T09:53:00-06:00',
      {
        state: 'cancelled',
        by: 'client',
        rescheduled: false,
        emergencyDocumented: false,
        at: '2026-11-01T23:20:00-06:00',
      },
    );
    const t = feeTask(data, '2026-11-01', taskId);
    expect(t?.title).toBe(`Late cancellation: charge the $150.00 fee to ${String(t?.related[1]?.id)}`);
  });

  it('still lists on Wednesday 2026-11-04 a no-show at 00:30 on 2026-11-01 (three days back from local midnight)', () => {
    const { data, taskId } = withMiss(
      '2026-11-04',
      '2026-11-01T00:30:00-05:00',
      '2026-11-01T01:23:00-05:00',
      {
        state: 'no_show',
        emergencyDocumented: false,
      },
    );
    expect(feeTask(data, '2026-11-04', taskId)?.reasons[0]?.code).toBe('ops.queue.missed_session_fee');
    // Wednesday's window starts at Sunday's local midnight: a no-show the Saturday before is not listed.
    const saturday = withMiss('2026-11-04', '2026-10-31T23:00:00-05:00', '2026-10-31T23:53:00-05:00', {
      state: 'no_show',
      emergencyDocumented: false,
    });
    expect(feeTask(saturday.data, '2026-11-04', saturday.taskId)).toBeUndefined();
  });

  it('lists on Sunday 2027-03-14 (23 h) a late cancel made at 23:30 that night', () => {
    const { data, taskId } = withMiss(
      '2027-03-14',
      '2027-03-15T09:00:00-05:00',
      '2027-03-15T09:53:00-05:00',
      {
        state: 'cancelled',
        by: 'client',
        rescheduled: false,
        emergencyDocumented: false,
        at: '2027-03-14T23:30:00-05:00',
      },
    );
    expect(feeTask(data, '2027-03-14', taskId)?.reasons[0]?.code).toBe('ops.queue.missed_session_fee');
    // Not the day before: it had not happened yet.
    expect(feeTask(data, '2027-03-13', taskId)).toBeUndefined();
  });

  it('lists no more on Wednesday 2027-03-17 a late cancel made at 23:30 on Saturday 2027-03-13 (four days back)', () => {
    const { data, taskId } = withMiss(
      '2027-03-17',
      '2027-03-14T09:00:00-05:00',
      '2027-03-14T09:53:00-05:00',
      {
        state: 'cancelled',
        by: 'client',
        rescheduled: false,
        emergencyDocumented: false,
        at: '2027-03-13T23:30:00-06:00',
      },
    );
    // 72 hours before Wednesday's midnight is Saturday 23:00 (one hour was skipped on Sunday): not the window.
    expect(feeTask(data, '2027-03-17', taskId)).toBeUndefined();
    // Tuesday's run, three days back to Saturday's midnight, lists it.
    expect(feeTask(data, '2027-03-16', taskId)?.reasons[0]?.code).toBe('ops.queue.missed_session_fee');
  });
});
