// ops37, item 2: the decision log as an auditor uses it, written as an outside tester would before reading the
// code. Every decision touching money or safety is recorded with its reason codes, what it decided from (facts)
// and `asOf`, never the message text or other health information beyond ids (45 CFR 164.312(b) audit controls,
// docs/sources.md#cfr-45-164.312; 164.502(b) minimum necessary, docs/sources.md#hhs-minimum-necessary); the log
// replays to the same decisions; a record with a reason code the library does not know is refused by path.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { triageMessage } from '../../../src/boundaries/index.js';
import { ValidationError } from '../../../src/core/index.js';
import {
  buildWorkQueue,
  DEMO_AS_OF,
  digestDecision,
  generateDemoPractice,
  replayPolicy,
} from '../../../src/ops/index.js';
import {
  CancellationPolicy,
  evaluateMissedSessionFee,
  type SchedulingAppointmentInput,
  type SchedulingClientInput,
} from '../../../src/scheduling/index.js';
import { thrown } from '../../validation-subject.js';

const policy = CancellationPolicy.parse({ practiceZone: 'America/New_York' });
const adult: SchedulingClientInput = {
  id: 'c-1',
  zone: 'America/New_York',
  locationState: 'NY',
  payerClasses: ['commercial'],
  cancellationPolicyAcknowledgedAt: '2026-01-05T12:00:00-05:00',
  birthDate: '1988-04-12',
};
// Tuesday 2026-03-10 10:00 in New York, cancelled at 07:00 that morning (3 hours' notice, inside 24).
const session = (fee: number): SchedulingAppointmentInput => ({
  id: 'a-1',
  clinicianId: 'clin-1',
  clientIds: ['c-1'],
  type: 'individual',
  modality: { kind: 'telehealth', clientLocationState: 'NY' },
  start: '2026-03-10T10:00:00-04:00',
  end: '2026-03-10T10:50:00-04:00',
  sessionFeeCents: fee,
  status: { state: 'cancelled', by: 'client', at: '2026-03-10T07:00:00-04:00' },
});
const AS_OF = '2026-03-10T08:00:00-04:00';
const feeRecord = (fee: number, client: SchedulingClientInput = adult) => {
  const decision = evaluateMissedSessionFee(session(fee), client, policy, { asOf: AS_OF });
  return digestDecision(decision, {
    rule: 'evaluateMissedSessionFee',
    policy,
    input: { appointment: session(fee), client },
    asOf: AS_OF,
  });
};
const CRISIS_TEXT = 'I have been thinking about ending my life and I have the pills ready tonight.';

describe('the decision log: money and safety decisions recorded', () => {
  it('records a late-cancel fee charged with its rule, asOf, outcome and reason codes', () => {
    const record = feeRecord(15_000);
    expect(record).toMatchObject({ rule: 'evaluateMissedSessionFee', asOf: AS_OF, outcome: 'charge' });
    expect(record.reasonCodes).toContain('scheduling.cancellation.late');
  });

  it('records a Medicaid client’s fee not charged (42 CFR 447.15) with the code that says why', () => {
    const record = feeRecord(15_000, { ...adult, payerClasses: ['medicaid'] });
    expect(record.outcome).not.toBe('charge');
    expect(record.reasonCodes.some((c) => c.startsWith('scheduling.cancellation.'))).toBe(true);
  });

  it('tells apart two charges with the same codes but different amounts: the facts are recorded (hashed)', () => {
    const a = feeRecord(15_000);
    const b = feeRecord(7_500);
    expect(a.reasonCodes).toEqual(b.reasonCodes);
    expect(a.outcome).toBe(b.outcome);
    // What the rule decided from and to (the fee, the notice) is part of the record, not only its codes.
    expect(a.decisionHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(a.decisionHash).not.toBe(b.decisionHash);
  });

  it('records a crisis from triage without a word of the message', () => {
    const decision = triageMessage(CRISIS_TEXT);
    const record = digestDecision(decision, {
      rule: 'triageMessage',
      policy: {},
      input: { messageId: 'msg-0001' },
      asOf: '2026-11-20T07:00:00-05:00',
    });
    expect(record.outcome).toBe('crisis');
    const text = JSON.stringify(record);
    for (const word of ['ending', 'life', 'pills', 'tonight', CRISIS_TEXT]) expect(text).not.toContain(word);
  });

  it('keeps nothing of the client beyond what the caller passes as ids: no birth date, zone or times', () => {
    const text = JSON.stringify(feeRecord(15_000));
    for (const fact of ['1988-04-12', 'c-1', 'America/New_York', '07:00', 'clin-1'])
      expect(text).not.toContain(fact);
  });

  it('replays to the same record: the same rule, input, policy and asOf decide the same', () => {
    expect(feeRecord(15_000)).toEqual(feeRecord(15_000));
  });

  it('reports a what-if with no change as no change (the current policies proposed again)', () => {
    const data = generateDemoPractice();
    const replay = replayPolicy({ history: data, proposed: data.policies, asOf: DEMO_AS_OF });
    for (const section of [
      'fees',
      'reminders',
      'waitlist',
      'intakeFollowUps',
      'filing',
      'capacity',
    ] as const) {
      const result = replay[section] as { changes?: readonly unknown[] } | undefined;
      expect(result?.changes ?? [], section).toEqual([]);
    }
  });

  it('refuses a record whose decision carries a reason code the library does not know, by path', () => {
    const decision = evaluateMissedSessionFee(session(15_000), adult, policy, { asOf: AS_OF });
    const forged = {
      ...decision,
      reasons: [
        ...decision.reasons,
        { code: 'scheduling.cancellation.fee_doubled', severity: 'info', message: 'x', facts: {} },
      ],
    };
    const error = thrown(() =>
      digestDecision(forged, { rule: 'evaluateMissedSessionFee', policy, input: {}, asOf: AS_OF }),
    );
    expect(error).toBeInstanceOf(ValidationError);
    const issues = (error as ValidationError).issues;
    expect(issues.map((i) => i.at)).toEqual([`$.decision.reasons[${decision.reasons.length}].code`]);
    // The unknown code is not echoed (a code may be written from anything).
    expect(JSON.stringify(issues)).not.toContain('fee_doubled');
  });

  it('accepts the codes of every module’s catalog in one decision (ops, scheduling, boundaries, billing)', () => {
    const decision = {
      outcome: 'held',
      reasons: [
        { code: 'ops.queue.hold_client_in_crisis', severity: 'warning', message: 'm', facts: {} },
        { code: 'scheduling.cancellation.late', severity: 'info', message: 'm', facts: {} },
        { code: 'boundaries.triage.crisis_language', severity: 'error', message: 'm', facts: {} },
        { code: 'billing.scrub.same_day_code_billed_twice', severity: 'error', message: 'm', facts: {} },
      ],
    };
    expect(
      digestDecision(decision, { rule: 'host.holdFee', policy: null, input: null, asOf: '2026-11-20' })
        .reasonCodes,
    ).toHaveLength(4);
  });

  it('refuses exactly the codes in no catalog (property)', () => {
    const known = [
      'ops.queue.crisis_alert',
      'scheduling.cancellation.late',
      'intake.readiness.no_session_time',
    ];
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom(...known), fc.stringMatching(/^[a-z]{1,8}\.[a-z_]{1,12}\.[a-z_]{1,16}$/)),
        (code) => {
          const decision = { outcome: 'x', reasons: [{ code, severity: 'info', message: 'm', facts: {} }] };
          const run = () =>
            digestDecision(decision, { rule: 'r', policy: null, input: null, asOf: '2026-11-20' });
          if (known.includes(code)) expect(run().reasonCodes).toEqual([code]);
          else expect(thrown(run)).toBeInstanceOf(ValidationError);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('the day’s money and safety decisions in the queue (demo practice, 2026-11-20)', () => {
  const data = generateDemoPractice();
  const queue = buildWorkQueue(data, { asOf: DEMO_AS_OF, role: 'clinician' });
  const tasks = [...queue.tasks, ...queue.forOtherRoles.flatMap((g) => g.tasks)];
  const moneyOrSafety = tasks.filter(
    (t) =>
      t.kind === 'scheduling.missed_session_fee' ||
      t.priority === 'crisis' ||
      t.hold !== undefined ||
      t.kind === 'billing.claim_fix_before_submit',
  );

  it('gives each of them reason codes with facts, and the queue its asOf', () => {
    expect(queue.asOf).toBe(DEMO_AS_OF);
    expect(moneyOrSafety.length).toBeGreaterThan(5);
    for (const t of moneyOrSafety) {
      expect(t.reasons.length, t.id).toBeGreaterThan(0);
      for (const r of t.reasons) expect(typeof r.facts, `${t.id} ${r.code}`).toBe('object');
    }
  });

  it('repeats no message text in any of them, and names people only by id', () => {
    const text = JSON.stringify(moneyOrSafety);
    for (const m of data.messages) expect(text).not.toContain(m.text);
    for (const c of data.clients) expect(text).not.toContain(c.name);
  });

  it('builds the same day again from the same file: the log’s queue replays', () => {
    expect(buildWorkQueue(generateDemoPractice(), { asOf: DEMO_AS_OF, role: 'clinician' })).toEqual(queue);
  });

  it('records each fee of the day with its amount in cents in its facts', () => {
    const fees = moneyOrSafety.filter((t) => t.kind === 'scheduling.missed_session_fee');
    expect(fees.length).toBeGreaterThan(0);
    for (const t of fees) {
      const summary = t.reasons.find(
        (r) =>
          r.code.startsWith('ops.queue.missed_session_fee') || r.code === 'ops.queue.hold_client_in_crisis',
      );
      expect(summary, t.id).toBeDefined();
      const fee = t.reasons.find((r) => typeof r.facts.feeCents === 'number');
      expect(Number.isInteger(fee?.facts.feeCents), t.id).toBe(true);
    }
  });
});
