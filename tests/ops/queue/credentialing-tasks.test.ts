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
    // Medicare approved 2021-11-15: revalidation estimated for 2026-11-30. Bluebird credentialed 2023-10-15:
    // recredentialing was due 2026-10-31 (NCQA counts the 36 months to the month).
    data.enrollments.push(approved('medicare', '2021-11-15'), approved('bluebird', '2023-10-15'));
    const tasks = allTasks(buildWorkQueue(data, { asOf: DEMO_AS_OF })).filter(
      (t) => t.module === 'credentialing' && t.related.some((r) => r.id === clinicianId),
    );
    const medicare = tasks.filter((t) => t.related.some((r) => r.id === 'medicare'));
    expect(medicare.map((t) => [t.kind, t.title])).toEqual([
      ['credentialing.revalidation', 'revalidation due 2026-11-30'],
    ]);
    const plan = tasks.find((t) => t.related.some((r) => r.id === 'bluebird'));
    expect(plan?.title).toBe(
      'Overdue: recredentialing (was due 2026-10-31; the plan may still recredential until 2026-11-30)',
    );
    expect(
      plan?.reasons.find((r) => r.code === 'credentialing.deadline.recredentialing')?.facts,
    ).toMatchObject({
      lateLineOn: '2026-11-30',
      needed:
        'Ask payer bluebird to recredential by 2026-11-30 (30 days after the missed date); after that the plan must credential the clinician again from the start.',
    });
  });
});

describe('a Medicare opt-out whose end is unconfirmed', () => {
  it('becomes a task to confirm how it ended (effective 2025-01-01, recorded as ending 2025-06-15)', () => {
    const data = fresh();
    const record = data.credentials[0];
    if (record === undefined) throw new Error('fixture');
    data.credentials[0] = { ...record, medicareOptOut: { effectiveOn: '2025-01-01', endsOn: '2025-06-15' } };
    const tasks = allTasks(buildWorkQueue(data, { asOf: DEMO_AS_OF })).filter(
      (t) => t.kind === 'credentialing.medicare_opt_out_end_unconfirmed',
    );
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({ module: 'credentialing', due: DEMO_AS_OF, priority: 'high' });
    expect(tasks[0]?.related).toEqual([{ kind: 'clinician', id: record.clinicianId }]);
    // Why it is in the queue first (ops37), then the credentialing module's own reason.
    expect(tasks[0]?.reasons[0]).toMatchObject({
      code: 'ops.queue.credentialing_deadline',
      facts: { deadlineKind: 'medicare_opt_out_end_unconfirmed', dueOn: DEMO_AS_OF },
    });
    expect(tasks[0]?.reasons[1]).toMatchObject({
      code: 'credentialing.deadline.medicare_opt_out_end_unconfirmed',
      facts: { actionBy: 'credentialing_staff', endsOn: '2025-06-15', earlyTerminationBy: '2025-04-01' },
    });
  });
});
