import { describe, expect, it } from 'vitest';
import { buildWorkQueue, generatePractice, type PracticeData } from '../../../src/ops/index.js';
import { allTasks } from '../practice-fixtures.js';

// The practice keeps Chicago time: Sunday 2026-11-01 lasts 25 hours there (fall-back) and Sunday 2027-03-14
// 23 (spring change) [cfr-49-71]. "Due today" ends at the next midnight on that clock, a real instant.
// client-00001 lives in Honolulu (no DST): 23:30 in Chicago is 19:30 there, inside every texting window.

/** The practice as of `asOf` with client-00001 in Honolulu and one more session of theirs at `start`. */
function withSession(
  asOf: string,
  start: string,
  modality?: PracticeData['appointments'][number]['modality'],
) {
  const data = generatePractice({ seed: 11, asOf, clinicians: 2, clientsPerClinician: 3 });
  const client = data.clients.find((c) => c.id === 'client-00001');
  const template = data.appointments.find((a) => a.status.state === 'scheduled');
  if (client === undefined || template === undefined) throw new Error('fixture');
  client.zone = 'Pacific/Honolulu' as never;
  client.locationState = 'HI';
  const endMs = Date.parse(start) + 53 * 60_000;
  data.appointments.push({
    ...template,
    id: 'appt-dst' as never,
    clientIds: ['client-00001' as never],
    clinicianId: 'clin-001' as never,
    modality: modality ?? { kind: 'telehealth', clientLocationState: 'HI' },
    start: start as never,
    end: new Date(endMs).toISOString() as never,
    status: { state: 'scheduled' },
  });
  return data;
}

const reminderOf = (data: PracticeData, asOf: string) =>
  allTasks(buildWorkQueue(data, { asOf })).find(
    (t) => t.kind === 'scheduling.reminder_due' && t.related.some((r) => r.id === 'appt-dst'),
  );
const factsOf = (t: ReturnType<typeof reminderOf>) =>
  t?.reasons.find((r) => r.code === 'ops.queue.reminder_due')?.facts;

describe('buildWorkQueue: reminders due today on the practice’s clock, on DST change days', () => {
  it('lists the 24 h reminder due at 23:30 on Sunday 2026-11-01, the 25th hour of the day', () => {
    // Session Monday 2026-11-02 23:30 CST: 24 real hours before is 23:30 CST on the 1st. Counting the day as
    // 24 hours ended it at 22:59:59 and left the reminder to Monday, after its time.
    const data = withSession('2026-10-30', '2026-11-02T23:30:00-06:00');
    const t = reminderOf(data, '2026-11-01');
    expect(factsOf(t)).toMatchObject({ hoursBefore: 24 });
    expect(t?.due).toBe('2026-11-01T19:30:00-10:00');
  });

  it('does not list on Sunday 2027-03-14 (23 hours) the 24 h reminder due at 00:30 on Monday', () => {
    // Session Tuesday 2027-03-16 00:30 CDT: its 24 h reminder is due Monday 00:30 CDT. Counting the day as 24
    // hours ran it to 00:59:59 on Monday and sent it early; only the 48 h one is due on Sunday.
    const data = withSession('2027-03-12', '2027-03-16T00:30:00-05:00');
    expect(factsOf(reminderOf(data, '2027-03-14'))).toMatchObject({ hoursBefore: 48 });
    expect(factsOf(reminderOf(data, '2027-03-15'))).toMatchObject({ hoursBefore: 24 });
  });
});

describe('buildWorkQueue: a reminder states the session’s time on its office’s clock', () => {
  const start = '2026-11-02T23:30:00-06:00';
  const inPerson = { kind: 'in_person' as const, locationId: 'office-elpaso' as never };
  const at = (office: Record<string, unknown>) => {
    const data = withSession('2026-10-30', start, inPerson);
    data.practice.offices = [{ id: 'office-elpaso', ...office }] as never;
    return factsOf(reminderOf(data, '2026-11-01'));
  };

  it('reads the office’s listed zone: El Paso on Mountain time says 22:30', () => {
    expect(at({ state: 'TX', zone: 'America/Denver' })).toMatchObject({
      sessionTime: { clock: 'office', zone: 'America/Denver', start: '2026-11-02T22:30:00-07:00' },
      clientTimes: [{ zone: 'Pacific/Honolulu', start: '2026-11-02T19:30:00-10:00' }],
    });
  });

  it('states no office clock for a Texas office listed without its zone (two clocks), and one for Hawaii', () => {
    expect(at({ state: 'TX' })).toMatchObject({ sessionTime: null });
    expect(at({ state: 'HI' })).toMatchObject({
      sessionTime: { clock: 'office', zone: 'Pacific/Honolulu', start: '2026-11-02T19:30:00-10:00' },
    });
  });

  it('states the clinician’s clock for a telehealth session (clin-001 on New York time)', () => {
    const data = withSession('2026-10-30', start);
    expect(factsOf(reminderOf(data, '2026-11-01'))).toMatchObject({
      sessionTime: { clock: 'clinician', zone: 'America/New_York', start: '2026-11-03T00:30:00-05:00' },
    });
  });
});
