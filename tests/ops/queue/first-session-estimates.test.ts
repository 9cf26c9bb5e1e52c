// First sessions and Good Faith Estimates the work queue derives from the schedule, on the demo practice.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildWorkQueue,
  DEMO_AS_OF,
  generateDemoPractice,
  type PracticeData,
  type WorkTask,
} from '../../../src/ops/index.js';
import { allTasks } from '../practice-fixtures.js';

const NEW_ID = 'client-new-sp';
const ASKED = '2026-11-21';

/** The demo practice with a new self-pay client booked for `type` on Tuesday 2026-12-08 at 08:00 New York time. */
function withNewClient(type: 'individual' | 'intake', extra: (d: PracticeData) => void = () => {}) {
  const data = structuredClone(generateDemoPractice());
  const model = data.clients[0] as PracticeData['clients'][number];
  data.clients.push({ ...model, id: NEW_ID as never, payerClasses: ['self_pay'], payerIds: [] });
  const room = data.appointments.find((a) => a.modality.kind === 'in_person')?.modality;
  data.appointments.push({
    id: 'appt-new-sp' as never,
    clinicianId: 'clin-001' as never,
    clientIds: [NEW_ID as never],
    type,
    modality: room as never,
    start: '2026-12-08T08:00:00-05:00',
    end: '2026-12-08T08:53:00-05:00',
    status: { state: 'scheduled' },
    sessionFeeCents: 15_000,
  } as never);
  extra(data);
  return data;
}

const about = (tasks: readonly WorkTask[], id: string) =>
  tasks.filter((t) => t.related.some((r) => r.kind === 'client' && r.id === id));

describe('the work queue: first-session paperwork, whatever the session type', () => {
  it('chases the paperwork of a never-seen client whose first session is typed individual', () => {
    const tasks = about(allTasks(buildWorkQueue(withNewClient('individual'), { asOf: ASKED })), NEW_ID);
    expect(tasks.map((t) => t.kind)).toContain('intake.first_session_at_risk');
  });

  it('chases it for an intake session too', () => {
    const tasks = about(allTasks(buildWorkQueue(withNewClient('intake'), { asOf: ASKED })), NEW_ID);
    expect(tasks.map((t) => t.kind)).toContain('intake.first_session_at_risk');
  });

  it('does not chase first-session paperwork for an individual session of a client already seen', () => {
    const data = withNewClient('individual', (d) => {
      d.appointments.push({
        id: 'appt-past' as never,
        clinicianId: 'clin-001' as never,
        clientIds: [NEW_ID as never],
        type: 'intake',
        modality: d.appointments.find((a) => a.id === 'appt-new-sp')?.modality as never,
        start: '2026-10-06T08:00:00-04:00',
        end: '2026-10-06T08:53:00-04:00',
        status: { state: 'completed' },
        sessionFeeCents: 15_000,
      } as never);
    });
    const tasks = about(allTasks(buildWorkQueue(data, { asOf: ASKED })), NEW_ID);
    expect(tasks.map((t) => t.kind)).not.toContain('intake.first_session_at_risk');
  });
});

describe('the work queue: a Good Faith Estimate the schedule shows is owed', () => {
  it('asks today for an estimate for a self-pay client with a session scheduled and none on record', () => {
    const tasks = about(allTasks(buildWorkQueue(withNewClient('individual'), { asOf: ASKED })), NEW_ID);
    const gfe = tasks.find((t) => t.kind === 'intake.good_faith_estimate_due');
    expect(gfe).toMatchObject({ due: ASKED, priority: 'high' });
    expect(gfe?.reasons[0]).toMatchObject({
      code: 'ops.queue.good_faith_estimate_not_recorded',
      facts: { sessionStart: '2026-12-08T08:00:00-05:00', appointmentId: 'appt-new-sp' },
    });
  });

  it('asks nothing more once an estimate is on record, and nothing for an insured client', () => {
    const recorded = withNewClient('individual', (d) => {
      d.goodFaithEstimates.push({
        id: 'gfe-new' as never,
        clientId: NEW_ID as never,
        trigger: { kind: 'scheduled', scheduledOn: '2026-11-20', serviceDate: '2026-12-08' },
        deliveredOn: '2026-11-20',
      });
    });
    const codes = (d: PracticeData) =>
      about(allTasks(buildWorkQueue(d, { asOf: ASKED })), NEW_ID).flatMap((t) =>
        t.reasons.map((r) => r.code),
      );
    expect(codes(recorded)).not.toContain('ops.queue.good_faith_estimate_not_recorded');
    const insured = withNewClient('individual', (d) => {
      const c = d.clients.find((x) => x.id === NEW_ID) as PracticeData['clients'][number];
      c.payerClasses = ['commercial'];
    });
    expect(codes(insured)).not.toContain('ops.queue.good_faith_estimate_not_recorded');
  });

  it('marks an estimate due tomorrow as high priority in a practice east of UTC as well as west (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'Pacific/Auckland',
          'Asia/Kolkata',
          'Europe/London',
          'America/New_York',
          'Pacific/Honolulu',
        ),
        fc.integer({ min: 1, max: 3 }),
        (zone, daysAhead) => {
          const data = structuredClone(generateDemoPractice());
          data.practice.zone = zone as never;
          const serviceDate = new Date(Date.parse(`${DEMO_AS_OF}T00:00:00Z`) + daysAhead * 86_400_000)
            .toISOString()
            .slice(0, 10);
          data.goodFaithEstimates = [
            {
              id: 'gfe-z' as never,
              clientId: data.clients[0]?.id as never,
              trigger: { kind: 'scheduled', scheduledOn: DEMO_AS_OF, serviceDate },
            },
          ];
          const t = allTasks(buildWorkQueue(data, { asOf: DEMO_AS_OF })).find(
            (x) =>
              x.kind === 'intake.good_faith_estimate_due' &&
              x.reasons.some((r) => r.code === 'ops.queue.good_faith_estimate_due'),
          );
          expect(t?.due).toBe(serviceDate);
          expect(t?.priority).toBe(daysAhead <= 1 ? 'high' : 'normal');
        },
      ),
      { numRuns: 20 },
    );
  });
});
