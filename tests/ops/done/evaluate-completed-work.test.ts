import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/core/index.js';
import {
  buildWorkQueue,
  CompletedOutcome,
  type CompletedWork,
  DEMO_AS_OF,
  evaluateCompletedWork,
  generateDemoPractice,
  type PracticeData,
  type PracticeDataInput,
  type WorkQueue,
  type WorkTask,
} from '../../../src/ops/index.js';

const demo = generateDemoPractice();
const everyTask = (q: WorkQueue) => [...q.tasks, ...q.forOtherRoles.flatMap((g) => g.tasks)];
// The assistant's own tasks and every other task whole, as the clinician's queue lists them (the assistant's
// shows a clinician's work without its records or its id).
const all = [
  ...buildWorkQueue(demo, { asOf: DEMO_AS_OF }).tasks,
  ...everyTask(buildWorkQueue(demo, { asOf: DEMO_AS_OF, role: 'clinician' })).filter(
    (t) => t.ownerRole !== 'assistant',
  ),
];
const codes = (d: { reasons: readonly { code: string }[] }) => d.reasons.map((r) => r.code);

function find(predicate: (t: WorkTask) => boolean, what: string): WorkTask {
  const task = all.find(predicate);
  if (task === undefined) throw new Error(`the demo has ${what}`);
  return task;
}
const hasCode = (t: WorkTask, code: string) => t.reasons.some((r) => r.code === code);

// The demo's crisis message (msg-0001, 2026-11-20: "…thinking about ending my life"), the clinician's task.
const crisis = find((t) => t.kind === 'boundaries.message_crisis', 'a crisis message');
const clinical = find((t) => t.kind === 'boundaries.message_clinical', 'a clinical message');
// appt-000678: a Medicaid client's no-show, "no fee applies (waive and record why)".
const exemptFee = find(
  (t) => t.kind === 'scheduling.missed_session_fee' && hasCode(t, 'ops.queue.missed_session_fee_exempt'),
  'an exempt fee',
);
const chargedFee = find(
  (t) =>
    t.kind === 'scheduling.missed_session_fee' &&
    t.ownerRole === 'assistant' &&
    hasCode(t, 'ops.queue.missed_session_fee'),
  'a fee the assistant charges',
);
const gfe = find((t) => t.kind === 'intake.good_faith_estimate_due', 'a Good Faith Estimate');

/** The demo with log entries added (a copy, so it is validated again). */
function withLog(entries: readonly CompletedWork[]): PracticeData {
  const copy = structuredClone(demo);
  copy.completedWork = [...entries];
  return copy;
}
const at = '2026-11-20T09:00:00-06:00';

describe('evaluateCompletedWork: a clinician’s task closes only when a clinician logs it', () => {
  it('refuses the assistant, the biller, an unknown name and the owner logging the crisis message as answered', () => {
    expect(crisis.ownerRole).toBe('clinician');
    for (const by of ['staff-assistant', 'staff-biller', 'staff-owner', 'Pella', 'nobody']) {
      const d = evaluateCompletedWork(crisis, { by, outcome: 'message_answered' }, demo);
      expect(d.outcome).toBe('refused');
      expect(codes(d)).toEqual(['ops.done.needs_clinician']);
    }
  });

  it('lets a clinician of the file, or staff in a clinical role, close it', () => {
    expect(evaluateCompletedWork(crisis, { by: 'clin-001', outcome: 'message_answered' }, demo)).toEqual({
      outcome: 'closes',
      reasons: [],
    });
    const withSupervisor: PracticeDataInput = {
      ...structuredClone(demo),
      staff: [...demo.staff, { id: 'staff-supervisor', name: 'Dr Supervisor', role: 'supervisor' }],
    };
    expect(
      evaluateCompletedWork(clinical, { by: 'staff-supervisor', outcome: 'message_answered' }, withSupervisor)
        .outcome,
    ).toBe('closes');
  });

  it('keeps the crisis in the clinician’s queue when the assistant logs it, and closes it for a clinician', () => {
    const refused = withLog([{ taskId: crisis.id, at, by: 'staff-assistant', outcome: 'message_answered' }]);
    const queue = buildWorkQueue(refused, { asOf: DEMO_AS_OF, role: 'clinician' });
    expect(queue.tasks.some((t) => t.id === crisis.id)).toBe(true);
    expect(queue.done).toEqual([]);
    const closed = withLog([
      { taskId: crisis.id, at: '2026-11-20T08:00:00-06:00', by: 'staff-assistant', outcome: 'done' },
      { taskId: crisis.id, at, by: 'clin-001', outcome: 'message_answered' },
    ]);
    const after = buildWorkQueue(closed, { asOf: DEMO_AS_OF, role: 'clinician' });
    expect(after.tasks.some((t) => t.id === crisis.id)).toBe(false);
    // Done by the clinician's entry, not the earlier refused one.
    expect(after.done).toEqual([expect.objectContaining({ taskId: crisis.id, by: 'clin-001' })]);
  });
});

describe('evaluateCompletedWork: a missed-session fee is applied only when the fee rule charges it', () => {
  it('refuses applying the fee of a Medicaid client’s no-show (42 CFR 447.15), and takes it waived', () => {
    const applied = evaluateCompletedWork(exemptFee, { by: 'staff-assistant', outcome: 'fee_applied' }, demo);
    expect(applied.outcome).toBe('refused');
    expect(codes(applied)).toEqual(['ops.done.fee_not_chargeable']);
    expect(
      evaluateCompletedWork(exemptFee, { by: 'staff-assistant', outcome: 'fee_waived' }, demo).outcome,
    ).toBe('closes');
  });

  it('refuses applying a fee the rule could not decide, and takes it waived', () => {
    const undecided = {
      ...chargedFee,
      reasons: chargedFee.reasons.map((r) =>
        r.code === 'ops.queue.missed_session_fee'
          ? { ...r, code: 'ops.queue.missed_session_fee_undecided' }
          : r,
      ),
    };
    const d = evaluateCompletedWork(undecided, { by: 'staff-assistant', outcome: 'fee_applied' }, demo);
    expect(codes(d)).toEqual(['ops.done.fee_undecided']);
    expect(
      evaluateCompletedWork(undecided, { by: 'staff-assistant', outcome: 'fee_waived' }, demo).outcome,
    ).toBe('closes');
  });

  it('takes a charged fee applied or waived, and never as just done', () => {
    for (const outcome of ['fee_applied', 'fee_waived'] as const)
      expect(evaluateCompletedWork(chargedFee, { by: 'staff-assistant', outcome }, demo).outcome).toBe(
        'closes',
      );
    for (const outcome of ['done', 'call_made', 'message_answered'] as const)
      expect(codes(evaluateCompletedWork(chargedFee, { by: 'staff-assistant', outcome }, demo))).toEqual([
        'ops.done.outcome_not_for_task',
      ]);
  });

  it('keeps the exempt fee’s task open in the queue when the log says it was applied', () => {
    const data = withLog([{ taskId: exemptFee.id, at, by: 'staff-assistant', outcome: 'fee_applied' }]);
    const queue = buildWorkQueue(data, { asOf: DEMO_AS_OF, role: exemptFee.ownerRole });
    expect(queue.tasks.some((t) => t.id === exemptFee.id)).toBe(true);
  });
});

describe('evaluateCompletedWork: an outcome only on the kind of task it describes', () => {
  it('refuses a fee, an offer or a claim outcome on a Good Faith Estimate task, and takes done', () => {
    for (const outcome of [
      'fee_applied',
      'fee_waived',
      'offer_made',
      'claim_submitted',
      'reminder_sent',
    ] as const)
      expect(codes(evaluateCompletedWork(gfe, { by: 'staff-assistant', outcome }, demo))).toEqual([
        'ops.done.outcome_not_for_task',
      ]);
    expect(evaluateCompletedWork(gfe, { by: 'staff-assistant', outcome: 'done' }, demo).outcome).toBe(
      'closes',
    );
  });

  it('lists every problem of one entry: a non-clinician and a wrong outcome on the crisis', () => {
    const d = evaluateCompletedWork(crisis, { by: 'staff-assistant', outcome: 'fee_applied' }, demo);
    expect(codes(d)).toEqual(['ops.done.needs_clinician', 'ops.done.outcome_not_for_task']);
  });

  it('throws a ValidationError naming every bad argument by path, values never echoed', () => {
    let error: unknown;
    try {
      evaluateCompletedWork(
        { ...gfe, kind: 'secret-kind' } as unknown as WorkTask,
        { by: '', outcome: 'sort_of' } as unknown as CompletedWork,
        demo,
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const paths = (error as ValidationError).issues.map((i) => i.at);
    expect(paths).toEqual(expect.arrayContaining(['$.task.kind', '$.entry.by', '$.entry.outcome']));
    expect(String((error as Error).message)).not.toContain('secret-kind');
    expect(String((error as Error).message)).not.toContain('sort_of');
  });
});

describe('evaluateCompletedWork: properties', () => {
  const people = [
    'staff-assistant',
    'staff-biller',
    'staff-owner',
    'staff-credentialing',
    'clin-002',
    'Pella',
  ];
  it('never closes a clinician’s task for someone who is not a clinician, and the queue keeps it open', () => {
    const clinicianTasks = all.filter((t) => t.ownerRole === 'clinician' || t.ownerRole === 'supervisor');
    expect(clinicianTasks.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(
        fc.constantFrom(...clinicianTasks),
        fc.constantFrom(...people.filter((p) => !p.startsWith('clin-'))),
        fc.constantFrom(...CompletedOutcome.options),
        (task, by, outcome) => {
          const d = evaluateCompletedWork(task, { by, outcome }, demo);
          expect(d.outcome).toBe('refused');
          expect(codes(d)).toContain('ops.done.needs_clinician');
        },
      ),
      { numRuns: 60 },
    );
  });

  it('closes exactly when no reason refuses, and a refused entry leaves its task open for every role', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...all),
        fc.constantFrom(...people),
        fc.constantFrom(...CompletedOutcome.options),
        (task, by, outcome) => {
          const d = evaluateCompletedWork(task, { by, outcome }, demo);
          expect(d.outcome === 'closes').toBe(d.reasons.length === 0);
          if (outcome === 'fee_applied' && d.outcome === 'closes')
            expect(hasCode(task, 'ops.queue.missed_session_fee')).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
