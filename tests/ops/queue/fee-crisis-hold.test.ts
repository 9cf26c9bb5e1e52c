// A missed-session fee of a session during a client's crisis stays the clinician's until they decide it,
// in the work queue and in what-if, even once the crisis is closed. The library makes no clinical judgement
// (SAMHSA 988: the crisis is the clinician's; docs/sources.md#samhsa-988).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildWorkQueue,
  DEMO_AS_OF,
  findReferenceProblems,
  generateDemoPractice,
  type PracticeData,
  replayPolicy,
  safeValidatePracticeData,
  type WorkTask,
} from '../../../src/ops/index.js';
import { allTasks } from '../practice-fixtures.js';

const crisisText = 'I have a plan to kill myself tonight and I am saying goodbye.';
const demo = generateDemoPractice();

interface Fixture {
  readonly data: PracticeData;
  readonly appointmentId: string;
  readonly clientId: string;
  readonly clinicianId: string;
  readonly taskId: string;
}

/**
 * The demo (2026-11-20, America/Chicago) without its messages, and a commercial client's no-show of an
 * individual session on Wednesday 2026-11-18 at 09:00 on their Texas clinician's clock.
 */
function noShowOn18th(): Fixture {
  const data = structuredClone(demo);
  data.messages = [];
  const appt = data.appointments.find(
    (a) =>
      a.clinicianId === 'clin-002' &&
      a.status.state === 'completed' &&
      a.start === '2026-11-18T09:00:00-06:00' &&
      a.type === 'individual',
  );
  const client = data.clients.find((c) => c.id === appt?.clientIds[0]);
  if (appt === undefined || client === undefined) throw new Error('fixture: no session on 2026-11-18');
  appt.status = { state: 'no_show', emergencyDocumented: false };
  Object.assign(client, {
    payerClasses: ['commercial'],
    payerIds: [],
    cancellationPolicyAcknowledgedAt: '2026-01-05T12:00:00-06:00',
  });
  return {
    data,
    appointmentId: appt.id,
    clientId: client.id,
    clinicianId: appt.clinicianId,
    taskId: `scheduling.missed_session_fee:${appt.id}`,
  };
}

/** A crisis message from the client, closed by the clinician's log entry at `closedAt` (or left open). */
function crisis(f: Fixture, receivedAt: string, closedAt: string | null): void {
  const id = `msg-crisis-${f.clientId}`;
  f.data.messages.push({
    id: id as never,
    clientId: f.clientId as never,
    receivedAt,
    channel: 'sms',
    text: crisisText,
    handled: false,
  });
  if (closedAt !== null)
    f.data.completedWork.push({
      taskId: `boundaries.message_crisis:${id}+${f.clientId}`,
      at: closedAt,
      by: f.clinicianId,
      outcome: 'message_answered',
    });
}

function feeTask(f: Fixture): WorkTask | undefined {
  return allTasks(buildWorkQueue(f.data, { asOf: DEMO_AS_OF, role: 'clinician' })).find(
    (t) => t.id === f.taskId,
  );
}
const codes = (t: WorkTask | undefined) => (t?.reasons ?? []).map((r) => r.code);

describe('work queue: a fee of a session during a crisis is the clinician’s', () => {
  it('charges the no-show of 2026-11-18 when no crisis touches it (the fixture)', () => {
    const f = noShowOn18th();
    expect(codes(feeTask(f))).toContain('ops.queue.missed_session_fee');
  });

  it('keeps it the clinician’s on 2026-11-20 though the crisis received 2026-11-17 at 21:00 was closed 2026-11-19', () => {
    const f = noShowOn18th();
    crisis(f, '2026-11-17T21:00:00-06:00', '2026-11-19T09:00:00-06:00');
    const t = feeTask(f);
    // Not held today (the crisis is closed and was not received today): the fee itself waits.
    expect(t?.hold).toBeUndefined();
    expect(t?.title).toBe('No-show: the clinician decides this fee (charge nothing until then)');
    expect(codes(t)).toContain('ops.queue.missed_session_fee_undecided');
    const held = t?.reasons.find((r) => r.code === 'scheduling.cancellation.crisis_open');
    expect(held?.facts).toEqual({
      clientIds: [f.clientId],
      crisisAtSessionClientIds: [f.clientId],
      route: 'clinician',
    });
  });

  it('charges it once the data file records the clinician’s `charge` (2026-11-19 at 10:00)', () => {
    const f = noShowOn18th();
    crisis(f, '2026-11-17T21:00:00-06:00', '2026-11-19T09:00:00-06:00');
    f.data.clinicianFeeDecisions = [
      {
        appointmentId: f.appointmentId as never,
        clinicianId: f.clinicianId as never,
        decision: 'charge',
        at: '2026-11-19T10:00:00-06:00',
      },
    ];
    const t = feeTask(f);
    expect(codes(t)).toContain('ops.queue.missed_session_fee');
    expect(codes(t)).toContain('scheduling.cancellation.crisis_fee_approved');
  });

  it('waives it on the clinician’s `waive`, and ignores a decision dated after the day (2026-11-21)', () => {
    const f = noShowOn18th();
    crisis(f, '2026-11-17T21:00:00-06:00', '2026-11-19T09:00:00-06:00');
    const decision = {
      appointmentId: f.appointmentId as never,
      clinicianId: f.clinicianId as never,
      at: '2026-11-19T10:00:00-06:00',
    };
    f.data.clinicianFeeDecisions = [{ ...decision, decision: 'waive' }];
    expect(codes(feeTask(f))).toContain('scheduling.cancellation.crisis_fee_waived');
    expect(codes(feeTask(f))).toContain('ops.queue.missed_session_fee_exempt');
    f.data.clinicianFeeDecisions = [{ ...decision, decision: 'charge', at: '2026-11-21T08:00:00-06:00' }];
    expect(codes(feeTask(f))).toContain('ops.queue.missed_session_fee_undecided');
  });

  it('decides as before a no-show of 09:00 whose client’s crisis opened at 20:00 that day and is closed', () => {
    const f = noShowOn18th();
    crisis(f, '2026-11-18T20:00:00-06:00', '2026-11-19T09:00:00-06:00');
    expect(codes(feeTask(f))).toContain('ops.queue.missed_session_fee');
  });

  it('holds a fee while the crisis is open, even for a session before it (received 2026-11-19)', () => {
    const f = noShowOn18th();
    crisis(f, '2026-11-19T08:00:00-06:00', null);
    const t = feeTask(f);
    expect(t?.hold?.reason).toBe('client_in_crisis');
    expect(codes(t)).toContain('scheduling.cancellation.crisis_open');
  });

  it('never asks staff to charge a client whose crisis was open at the session without a clinician’s `charge` (property)', () => {
    const sessionMs = Date.parse('2026-11-18T09:00:00-06:00');
    const endMs = Date.parse('2026-11-21T00:00:00-06:00');
    const at = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
    fc.assert(
      fc.property(
        // Receipt from three days before the session to the end of 2026-11-20, in minutes.
        fc.integer({ min: -3 * 1440, max: Math.floor((endMs - sessionMs) / 60_000) - 1 }),
        fc.option(fc.integer({ min: 1, max: 3 * 1440 }), { nil: null }),
        fc.option(
          fc.tuple(
            fc.constantFrom('charge' as const, 'waive' as const),
            fc.integer({ min: 0, max: 4 * 1440 }),
          ),
          {
            nil: null,
          },
        ),
        (receivedMin, closedAfterMin, decided) => {
          const f = noShowOn18th();
          const receivedMs = sessionMs + receivedMin * 60_000;
          const closedMs =
            closedAfterMin === null ? null : Math.min(receivedMs + closedAfterMin * 60_000, endMs - 60_000);
          crisis(f, at(receivedMs), closedMs === null ? null : at(closedMs));
          const decidedMs = decided === null ? null : sessionMs + decided[1] * 60_000;
          if (decided !== null && decidedMs !== null)
            f.data.clinicianFeeDecisions = [
              {
                appointmentId: f.appointmentId as never,
                clinicianId: f.clinicianId as never,
                decision: decided[0],
                at: at(decidedMs),
              },
            ];
          const openAtSession = receivedMs <= sessionMs && (closedMs === null || closedMs > sessionMs);
          const charged = codes(feeTask(f)).includes('ops.queue.missed_session_fee');
          const clinicianCharged = decided?.[0] === 'charge' && (decidedMs as number) < endMs;
          if (openAtSession && !clinicianCharged) expect(charged).toBe(false);
          // And the other way: a crisis that neither was open at the session nor is now leaves the fee as it was.
          if (!openAtSession && closedMs !== null && receivedMs > sessionMs) expect(charged).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('practice data file: clinicians’ fee decisions', () => {
  it('reports a decision naming an unknown session or clinician by path, never echoing the ids', () => {
    const f = noShowOn18th();
    f.data.clinicianFeeDecisions = [
      {
        appointmentId: 'appt-missing' as never,
        clinicianId: 'clin-missing' as never,
        decision: 'waive',
        at: '2026-11-19T10:00:00-06:00',
      },
    ];
    const problems = findReferenceProblems(f.data).filter((p) => p.at.startsWith('$.clinicianFeeDecisions'));
    expect(problems.map((p) => [p.at, p.code])).toEqual([
      ['$.clinicianFeeDecisions[0].appointmentId', 'ops.data.unknown_reference'],
      ['$.clinicianFeeDecisions[0].clinicianId', 'ops.data.unknown_reference'],
    ]);
    expect(JSON.stringify(problems)).not.toContain('missing');
  });

  it('refuses an unknown key in a decision (strict) and accepts a file without the section', () => {
    const f = noShowOn18th();
    const bad = {
      ...f.data,
      clinicianFeeDecisions: [
        {
          appointmentId: f.appointmentId,
          clinicianId: f.clinicianId,
          decision: 'charge',
          at: '2026-11-19T10:00:00-06:00',
          note: 'secret',
        },
      ],
    };
    const r = safeValidatePracticeData(bad);
    expect(r.success).toBe(false);
    expect(JSON.stringify(r)).not.toContain('secret');
    const { clinicianFeeDecisions: _, ...without } = f.data;
    expect(safeValidatePracticeData(without).success).toBe(true);
  });
});

describe('what-if: a fee held for a crisis is the clinician’s on both sides', () => {
  // A 48-hour window changes no demo fee (docs/what-if.md): the replay of fees runs, both sides alike.
  const same = (d: PracticeData) => ({
    history: d,
    proposed: {
      ...d.policies,
      cancellation: {
        practiceZone: d.practice.zone,
        holidays: d.practice.holidays,
        notice: { unit: 'hours' as const, hours: 48 },
      },
    },
    asOf: DEMO_AS_OF,
  });

  it('counts the no-show of 2026-11-18 undecided until the clinician’s charge is recorded', () => {
    const plain = noShowOn18th();
    const held = noShowOn18th();
    crisis(held, '2026-11-17T21:00:00-06:00', '2026-11-19T09:00:00-06:00');
    const decided = noShowOn18th();
    crisis(decided, '2026-11-17T21:00:00-06:00', '2026-11-19T09:00:00-06:00');
    decided.data.clinicianFeeDecisions = [
      {
        appointmentId: decided.appointmentId as never,
        clinicianId: decided.clinicianId as never,
        decision: 'charge',
        at: '2026-11-20T10:00:00-06:00',
      },
    ];
    const totals = (f: Fixture) => replayPolicy(same(f.data)).fees?.totals;
    const [p, h, d] = [totals(plain), totals(held), totals(decided)];
    expect(h?.undecidedBefore).toBe((p?.undecidedBefore ?? 0) + 1);
    expect(h?.chargedBeforeCents).toBe((p?.chargedBeforeCents ?? 0) - 15_000);
    expect(h?.changed).toBe(0);
    expect(d).toEqual(p);
  });
});
