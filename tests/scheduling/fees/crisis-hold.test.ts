import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/core/index.js';
import { SchedulingAppointment } from '../../../src/scheduling/appointments/appointment.js';
import type { SchedulingClientInput } from '../../../src/scheduling/appointments/client-profile.js';
import { SchedulingClient } from '../../../src/scheduling/appointments/client-profile.js';
import type { SchedulingPayerClass } from '../../../src/scheduling/appointments/payer-class.js';
import { evaluateMissedSessionFee } from '../../../src/scheduling/fees/cancellation-fee.js';
import type { CancellationPolicyInput } from '../../../src/scheduling/fees/cancellation-policy.js';
import { CancellationPolicy } from '../../../src/scheduling/fees/cancellation-policy.js';
import { CrisisPeriod } from '../../../src/scheduling/fees/crisis-periods.js';
import {
  decideMissedSessionFeesFromValidated,
  listMissedSessionFees,
} from '../../../src/scheduling/fees/missed-session-fees.js';
import { session } from '../scheduling-fixtures.js';

// A client whose crisis is open is never charged a missed-session fee without the clinician's decision.
// No published fee rule says so: it is the library's clinical boundary (staff make no clinical judgement;
// while a crisis is open the on-call clinician acts and routine work aimed at the client waits, as the ops
// queue's crisis hold does [sources: samhsa-988]), on the safe side for the client.

const AS_OF = '2026-03-12T09:00:00-04:00';
const policy: CancellationPolicyInput = { practiceZone: 'America/New_York' };
const adult: SchedulingClientInput = {
  id: 'c-1',
  zone: 'America/New_York',
  locationState: 'NY',
  payerClasses: ['commercial'],
  cancellationPolicyAcknowledgedAt: '2026-01-05T12:00:00-05:00',
  birthDate: '1988-04-12',
};
const partner: SchedulingClientInput = { ...adult, id: 'c-2', birthDate: '1990-06-30' };
// Tuesday 2026-03-10 10:00 in New York, $150, cancelled by the client at 07:00 (3 hours' notice: late).
const lateCancel = (id = 'a-1', extra: object = {}) =>
  session(id, '2026-03-10T10:00:00-04:00', '2026-03-10T10:50:00-04:00', {
    sessionFeeCents: 15_000,
    status: { state: 'cancelled', by: 'client', at: '2026-03-10T07:00:00-04:00' },
    ...extra,
  });
const decision = (d: 'charge' | 'waive', at = '2026-03-11T09:00:00-04:00', appointmentId = 'a-1') => ({
  appointmentId,
  clinicianId: 'dr-lee',
  decision: d,
  at,
});
const codes = (d: { reasons: readonly { code: string }[] }) => d.reasons.map((r) => r.code);

describe('evaluateMissedSessionFee with a client in crisis', () => {
  it('holds the late-cancel fee of a client whose crisis is open for the clinician, Tuesday 2026-03-10', () => {
    const d = evaluateMissedSessionFee(lateCancel(), adult, policy, {
      asOf: AS_OF,
      openCrisisClientIds: ['c-1'],
    });
    expect(d).toMatchObject({ outcome: 'undecided', kind: 'late_cancel', feeCents: 0, waiverUsed: false });
    expect(codes(d)[0]).toBe('scheduling.cancellation.crisis_open');
    expect(d.reasons[0]).toMatchObject({
      severity: 'error',
      facts: { clientIds: ['c-1'], route: 'clinician' },
    });
    // Without the crisis, the same cancellation is charged in full.
    expect(evaluateMissedSessionFee(lateCancel(), adult, policy, { asOf: AS_OF }).feeCents).toBe(15_000);
  });

  it('waives the fee when the clinician waived it on Wednesday 2026-03-11', () => {
    const d = evaluateMissedSessionFee(lateCancel(), adult, policy, {
      asOf: AS_OF,
      openCrisisClientIds: ['c-1'],
      clinicianFeeDecisions: [decision('waive')],
    });
    expect(d).toMatchObject({ outcome: 'no_charge', feeCents: 0 });
    expect(d.reasons[0]).toMatchObject({
      code: 'scheduling.cancellation.crisis_fee_waived',
      message: expect.stringMatching(/clinician waived the fee/),
      facts: { clientIds: ['c-1'], clinicianId: 'dr-lee', decidedAt: '2026-03-11T09:00:00-04:00' },
    });
  });

  it('charges the policy fee when the clinician let it apply, and says so', () => {
    const d = evaluateMissedSessionFee(lateCancel(), adult, policy, {
      asOf: AS_OF,
      openCrisisClientIds: ['c-1'],
      clinicianFeeDecisions: [decision('charge')],
    });
    expect(d).toMatchObject({ outcome: 'charge', feeCents: 15_000 });
    expect(d.reasons.find((r) => r.code === 'scheduling.cancellation.crisis_fee_approved')?.message).toMatch(
      /clinician let the policy fee apply/,
    );
  });

  it('does not count a clinician’s decision made after asOf, or one about another session', () => {
    for (const d of [decision('charge', '2026-03-12T09:00:01-04:00'), decision('charge', undefined, 'a-2')]) {
      const r = evaluateMissedSessionFee(lateCancel(), adult, policy, {
        asOf: AS_OF,
        openCrisisClientIds: ['c-1'],
        clinicianFeeDecisions: [d],
      });
      expect(r.outcome).toBe('undecided');
    }
    // Made exactly at asOf, it counts.
    const atAsOf = evaluateMissedSessionFee(lateCancel(), adult, policy, {
      asOf: AS_OF,
      openCrisisClientIds: ['c-1'],
      clinicianFeeDecisions: [decision('waive', AS_OF)],
    });
    expect(atAsOf.outcome).toBe('no_charge');
  });

  it('follows the clinician’s latest decision, and a waive where two are made at the same instant', () => {
    const run = (ds: ReturnType<typeof decision>[]) =>
      evaluateMissedSessionFee(lateCancel(), adult, policy, {
        asOf: AS_OF,
        openCrisisClientIds: ['c-1'],
        clinicianFeeDecisions: ds,
      }).outcome;
    const wed9 = '2026-03-11T09:00:00-04:00';
    const wed10 = '2026-03-11T10:00:00-04:00';
    expect(run([decision('charge', wed10), decision('waive', wed9)])).toBe('charge');
    expect(run([decision('waive', wed10), decision('charge', wed9)])).toBe('no_charge');
    expect(run([decision('charge', wed9), decision('waive', wed9)])).toBe('no_charge');
    expect(run([decision('waive', wed9), decision('charge', wed9)])).toBe('no_charge');
  });

  it('holds a couple’s fee when the partner who does not pay is in crisis', () => {
    const couple = lateCancel('a-1', { type: 'couples', clientIds: ['c-1', 'c-2'] });
    const d = evaluateMissedSessionFee(couple, [adult, partner], policy, {
      asOf: AS_OF,
      openCrisisClientIds: ['c-2'],
    });
    expect(d).toMatchObject({ outcome: 'undecided', responsiblePartyId: 'c-1' });
    expect(d.reasons[0]).toMatchObject({
      code: 'scheduling.cancellation.crisis_open',
      facts: { clientIds: ['c-2'] },
    });
  });

  it('holds a 13-year-old’s fee when the child is in crisis, though the mother pays', () => {
    const child = {
      ...adult,
      birthDate: '2012-05-01',
      guarantorId: 'mother-1',
      guarantorPolicyAcknowledgedAt: '2026-01-05T12:00:00-05:00',
    };
    const run = (open: string[]) =>
      evaluateMissedSessionFee(lateCancel(), child, policy, { asOf: AS_OF, openCrisisClientIds: open });
    expect(run([])).toMatchObject({ outcome: 'charge', responsiblePartyId: 'mother-1' });
    expect(run(['c-1']).outcome).toBe('undecided');
    // The mother, a client of the practice herself, in crisis: the fee asked of her waits too.
    expect(run(['mother-1'])).toMatchObject({ outcome: 'undecided' });
    expect(run(['mother-1']).reasons[0]?.facts).toMatchObject({ clientIds: ['mother-1'] });
  });

  it('still says no_charge for a Medicaid client in crisis (42 CFR 447.15 rules the fee out first)', () => {
    const d = evaluateMissedSessionFee(lateCancel(), { ...adult, payerClasses: ['medicaid'] }, policy, {
      asOf: AS_OF,
      openCrisisClientIds: ['c-1'],
    });
    expect(d.outcome).toBe('no_charge');
    expect(codes(d)).toContain('scheduling.cancellation.medicaid_exempt');
    expect(codes(d)).not.toContain('scheduling.cancellation.crisis_open');
  });

  it('does not hold a session whose clients are not in crisis', () => {
    const d = evaluateMissedSessionFee(lateCancel(), adult, policy, {
      asOf: AS_OF,
      openCrisisClientIds: ['c-7'],
    });
    expect(d).toMatchObject({ outcome: 'charge', feeCents: 15_000 });
  });

  it('reports a bad crisis option by path, never echoing it', () => {
    const call = () =>
      evaluateMissedSessionFee(lateCancel(), adult, policy, {
        asOf: AS_OF,
        openCrisisClientIds: [''],
        clinicianFeeDecisions: [{ ...decision('refund' as 'waive'), secretNote: 'Jane' } as never],
      });
    expect(call).toThrow(ValidationError);
    const error = (() => {
      try {
        call();
      } catch (e) {
        return e as ValidationError;
      }
      throw new Error('no error');
    })();
    expect(error.issues.map((i) => i.at)).toEqual([
      '$.options.openCrisisClientIds[0]',
      '$.options.clinicianFeeDecisions[0].decision',
      '$.options.clinicianFeeDecisions[0]',
    ]);
    expect(error.message).not.toMatch(/secretNote|Jane|refund/);
  });
});

describe('listMissedSessionFees with a client in crisis', () => {
  it('holds the crisis client’s misses and spends no free miss on them', () => {
    const one: CancellationPolicyInput = { ...policy, waiversPer12Months: 1 };
    const appts = [lateCancel('a-1'), lateCancel('a-2', { clientIds: ['c-2'] })];
    const r = listMissedSessionFees(appts, [adult, partner], one, {
      asOf: AS_OF,
      openCrisisClientIds: ['c-1'],
    });
    expect(r.decisions.map((d) => [d.appointmentId, d.outcome, d.waiverUsed])).toEqual([
      ['a-1', 'undecided', false],
      ['a-2', 'no_charge', true],
    ]);
    // With the clinician's go-ahead, the crisis client's miss takes their own free miss.
    const approved = listMissedSessionFees(appts, [adult, partner], one, {
      asOf: AS_OF,
      openCrisisClientIds: ['c-1'],
      clinicianFeeDecisions: [decision('charge')],
    });
    expect(approved.decisions.map((d) => [d.appointmentId, d.outcome, d.waiverUsed])).toEqual([
      ['a-1', 'no_charge', true],
      ['a-2', 'no_charge', true],
    ]);
    expect(codes(approved.decisions[0] ?? { reasons: [] })).toContain(
      'scheduling.cancellation.crisis_fee_approved',
    );
  });
});

describe('crisis hold properties', () => {
  const classes: SchedulingPayerClass[] = [
    'commercial',
    'medicare',
    'medicaid',
    'self_pay',
    'tricare',
    'other',
  ];
  const anyCase = fc.record({
    payer1: fc.constantFrom(...classes),
    payer2: fc.constantFrom(...classes),
    couple: fc.boolean(),
    noticeMinutes: fc.integer({ min: -30, max: 3_000 }),
    noShow: fc.boolean(),
    fee: fc.integer({ min: 0, max: 30_000 }),
    workersComp: fc.constantFrom('undecided' as const, 'charge' as const),
    inCrisis: fc.subarray(['c-1', 'c-2']),
  });
  const arrange = (c: {
    payer1: SchedulingPayerClass;
    payer2: SchedulingPayerClass;
    couple: boolean;
    noticeMinutes: number;
    noShow: boolean;
    fee: number;
  }) => {
    const startMs = Date.parse('2026-03-10T14:00:00Z');
    const status = c.noShow
      ? { state: 'no_show' as const }
      : {
          state: 'cancelled' as const,
          by: 'client' as const,
          at: new Date(startMs - c.noticeMinutes * 60_000).toISOString(),
        };
    const appointment = lateCancel('a-1', {
      status,
      sessionFeeCents: c.fee,
      ...(c.couple ? { type: 'couples', clientIds: ['c-1', 'c-2'] } : {}),
    });
    const clients = c.couple
      ? [
          { ...adult, payerClasses: [c.payer1] },
          { ...partner, payerClasses: [c.payer2] },
        ]
      : [{ ...adult, payerClasses: [c.payer1] }];
    return { appointment, clients };
  };

  it('never charges a session any of whose clients is in crisis without the clinician’s decision', () => {
    fc.assert(
      fc.property(anyCase, (c) => {
        const { appointment, clients } = arrange(c);
        const p = { ...policy, workersComp: c.workersComp };
        const inSession = c.inCrisis.some((id) => clients.some((k) => k.id === id));
        const plain = evaluateMissedSessionFee(appointment, clients, p, { asOf: AS_OF });
        const held = evaluateMissedSessionFee(appointment, clients, p, {
          asOf: AS_OF,
          openCrisisClientIds: c.inCrisis,
        });
        // What would be charged waits for the clinician; every other outcome is the same as without a crisis.
        const expected =
          inSession && plain.outcome === 'charge' ? ['undecided', 0] : [plain.outcome, plain.feeCents];
        expect([held.outcome, held.feeCents]).toEqual(expected);
        expect(held.reasons[0]?.code === 'scheduling.cancellation.crisis_open').toBe(
          inSession && plain.outcome === 'charge',
        );
      }),
    );
  });

  it('decides as if there were no crisis once the clinician lets the fee apply (outcome and fee)', () => {
    fc.assert(
      fc.property(anyCase, (c) => {
        const { appointment, clients } = arrange(c);
        const p = { ...policy, workersComp: c.workersComp };
        const plain = evaluateMissedSessionFee(appointment, clients, p, { asOf: AS_OF });
        const approved = evaluateMissedSessionFee(appointment, clients, p, {
          asOf: AS_OF,
          openCrisisClientIds: c.inCrisis,
          clinicianFeeDecisions: [decision('charge')],
        });
        expect([approved.outcome, approved.feeCents]).toEqual([plain.outcome, plain.feeCents]);
        const waived = evaluateMissedSessionFee(appointment, clients, p, {
          asOf: AS_OF,
          openCrisisClientIds: c.inCrisis,
          clinicianFeeDecisions: [decision('waive')],
        });
        expect(waived.feeCents).toBeLessThanOrEqual(plain.feeCents);
      }),
    );
  });
});

describe('decideMissedSessionFeesFromValidated with a crisis open at the session (the ops queue and what-if)', () => {
  const parsedPolicy = CancellationPolicy.parse(policy);
  const clients = new Map([
    ['c-1', SchedulingClient.parse(adult)],
    ['c-2', SchedulingClient.parse(partner)],
  ]);
  const appts = [lateCancel('a-1'), lateCancel('a-2', { clientIds: ['c-2'] })].map((a) =>
    SchedulingAppointment.parse(a),
  );
  const decide = (extra: object) =>
    decideMissedSessionFeesFromValidated(appts, clients, parsedPolicy, {
      asOf: AS_OF,
      priorWaivers: [],
      ...extra,
    });

  it('holds for the clinician the late cancel of 2026-03-10 whose client’s crisis was open then, closed since', () => {
    const [held, other] = decide({ crisisAtSession: new Map([['a-1', ['c-1']]]) });
    expect(held).toMatchObject({ appointmentId: 'a-1', outcome: 'undecided', feeCents: 0 });
    expect(held?.reasons[0]).toMatchObject({
      code: 'scheduling.cancellation.crisis_open',
      severity: 'error',
      facts: { clientIds: ['c-1'], crisisAtSessionClientIds: ['c-1'], route: 'clinician' },
    });
    expect(held?.reasons[0]?.message).toContain('had a crisis open at the session');
    // The other client's session is decided as before.
    expect(other).toMatchObject({ appointmentId: 'a-2', outcome: 'charge', feeCents: 15_000 });
  });

  it('names a client once when their crisis is open now and was at the session', () => {
    const [held] = decide({ openCrisisClientIds: ['c-1'], crisisAtSession: new Map([['a-1', ['c-1']]]) });
    expect(held?.reasons[0]?.facts).toEqual({ clientIds: ['c-1'], route: 'clinician' });
    expect(held?.reasons[0]?.message).toContain('has an open crisis');
  });

  it('lets the clinician’s charge or waive of 2026-03-11 decide it', () => {
    const atSession = new Map([['a-1', ['c-1']]]);
    expect(
      decide({ crisisAtSession: atSession, clinicianFeeDecisions: [decision('charge')] })[0],
    ).toMatchObject({
      outcome: 'charge',
      feeCents: 15_000,
    });
    expect(
      decide({ crisisAtSession: atSession, clinicianFeeDecisions: [decision('waive')] })[0],
    ).toMatchObject({
      outcome: 'no_charge',
    });
  });

  it('never charges a session held at the session without a clinician’s charge (property)', () => {
    fc.assert(
      fc.property(
        fc.subarray(['a-1', 'a-2']),
        fc.subarray([decision('waive'), decision('charge', '2026-03-13T09:00:00-04:00')]),
        (heldIds, decisions) => {
          const atSession = new Map(heldIds.map((id) => [id, [id === 'a-1' ? 'c-1' : 'c-2']] as const));
          for (const d of decide({ crisisAtSession: atSession, clinicianFeeDecisions: decisions }))
            if (heldIds.includes(d.appointmentId)) expect(d.outcome).not.toBe('charge');
        },
      ),
    );
  });
});

// The fee list reads `crisisPeriods` as evaluateMissedSessionFee does (one rule, clientsInCrisisAtSession):
// a session missed while its client's crisis was open stays the clinician's in the list too, after the
// crisis is closed [sources: samhsa-988].
describe('listMissedSessionFees with crisis periods', () => {
  const one: CancellationPolicyInput = { ...policy, waiversPer12Months: 1 };
  const appts = [lateCancel('a-1'), lateCancel('a-2', { clientIds: ['c-2'] })];
  // c-1's crisis: raised Monday 2026-03-09 22:00, closed by the clinician Wednesday 2026-03-11 15:00.
  const closed = { clientId: 'c-1', from: '2026-03-09T22:00:00-04:00', to: '2026-03-11T15:00:00-04:00' };
  const list = (crisisPeriods: object[], extra: object = {}, p: CancellationPolicyInput = policy) =>
    listMissedSessionFees(appts, [adult, partner], p, { asOf: AS_OF, crisisPeriods, ...extra } as never);

  it('holds the 2026-03-10 late cancel made while c-1’s crisis was open, closed on 2026-03-11 since', () => {
    const [held, other] = list([closed]).decisions;
    expect(held).toMatchObject({
      appointmentId: 'a-1',
      outcome: 'undecided',
      feeCents: 0,
      waiverUsed: false,
    });
    expect(held?.reasons[0]).toMatchObject({
      code: 'scheduling.cancellation.crisis_open',
      facts: { clientIds: ['c-1'], crisisAtSessionClientIds: ['c-1'], route: 'clinician' },
    });
    expect(other).toMatchObject({ appointmentId: 'a-2', outcome: 'charge', feeCents: 15_000 });
  });

  it('decides each session as evaluateMissedSessionFee does with the same periods', () => {
    for (const periods of [[closed], [{ clientId: 'c-2', from: '2026-03-10T08:00:00-04:00' }], []]) {
      const listed = list(periods).decisions.map((d) => [d.appointmentId, d.outcome, d.feeCents]);
      const single = appts.map((a) => {
        const d = evaluateMissedSessionFee(a, a.clientIds[0] === 'c-1' ? adult : partner, policy, {
          asOf: AS_OF,
          crisisPeriods: periods,
        });
        return [d.appointmentId, d.outcome, d.feeCents];
      });
      expect(listed).toEqual(single);
    }
  });

  it('spends no free miss on the held session: the one free miss goes to c-1’s later miss', () => {
    const later = lateCancel('a-3', {
      start: '2026-03-11T16:00:00-04:00',
      end: '2026-03-11T16:50:00-04:00',
      status: { state: 'cancelled', by: 'client', at: '2026-03-11T15:30:00-04:00' },
    });
    const r = listMissedSessionFees([appts[0], later], [adult], one, {
      asOf: AS_OF,
      crisisPeriods: [closed],
    });
    expect(r.decisions.map((d) => [d.appointmentId, d.outcome, d.waiverUsed])).toEqual([
      ['a-1', 'undecided', false],
      ['a-3', 'no_charge', true],
    ]);
  });

  it('charges when the crisis closed before the 07:00 cancellation, was raised after asOf, or is another client’s', () => {
    const before = { clientId: 'c-1', from: '2026-03-01T09:00:00-05:00', to: '2026-03-10T06:59:00-04:00' };
    expect(list([before]).decisions[0]).toMatchObject({ outcome: 'charge', feeCents: 15_000 });
    const notYetKnown = listMissedSessionFees(appts, [adult, partner], policy, {
      asOf: '2026-03-10T11:00:00-04:00',
      crisisPeriods: [
        { clientId: 'c-1', from: '2026-03-10T11:00:01-04:00', to: '2026-03-10T12:00:00-04:00' },
      ],
    });
    expect(notYetKnown.decisions[0]).toMatchObject({ outcome: 'charge', feeCents: 15_000 });
    expect(list([{ clientId: 'c-9', from: '2026-03-09T22:00:00-04:00' }]).decisions[0]?.outcome).toBe(
      'charge',
    );
  });

  it('lets the clinician’s waive of 2026-03-11 09:00 decide the held fee', () => {
    const d = list([closed], { clinicianFeeDecisions: [decision('waive')] }).decisions[0];
    expect(d).toMatchObject({ outcome: 'no_charge', feeCents: 0 });
    expect(codes(d ?? { reasons: [] })).toContain('scheduling.cancellation.crisis_fee_waived');
  });

  it('adds the periods to the crisis facts the ops queue passes, naming each client once', () => {
    const couples = SchedulingAppointment.parse(
      lateCancel('a-1', { type: 'couples', clientIds: ['c-1', 'c-2'] }),
    );
    const clients = new Map([
      ['c-1', SchedulingClient.parse(adult)],
      ['c-2', SchedulingClient.parse(partner)],
    ]);
    const [d] = decideMissedSessionFeesFromValidated([couples], clients, CancellationPolicy.parse(policy), {
      asOf: AS_OF,
      priorWaivers: [],
      crisisAtSession: new Map([['a-1', ['c-1']]]),
      crisisPeriods: [closed, { clientId: 'c-2', from: '2026-03-10T09:00:00-04:00' }].map((p) =>
        CrisisPeriod.parse(p),
      ),
    });
    expect(d?.reasons[0]?.facts).toMatchObject({ crisisAtSessionClientIds: ['c-1', 'c-2'] });
  });

  it('rejects a period that ends before it starts, by path, without echoing it', () => {
    const bad = { clientId: 'c-1', from: '2026-03-11T15:00:00-04:00', to: '2026-03-09T22:00:00-04:00' };
    const error = (() => {
      try {
        list([bad]);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ValidationError);
    const issues = (error as ValidationError).issues;
    expect(issues.map((i) => i.at)).toEqual(['$.options.crisisPeriods[0].to']);
    expect(JSON.stringify(issues)).not.toContain('2026-03-09T22');
  });

  it('never turns a session the clinician must decide into a fee by adding a crisis period, nor raises a total (property)', () => {
    const day = (n: number) => `2026-03-${String(n).padStart(2, '0')}`;
    const miss = fc.record({
      day: fc.integer({ min: 2, max: 11 }),
      client: fc.constantFrom('c-1', 'c-2'),
      noShow: fc.boolean(),
    });
    const period = fc.record({
      client: fc.constantFrom('c-1', 'c-2'),
      fromDay: fc.integer({ min: 1, max: 11 }),
      lengthHours: fc.option(fc.integer({ min: 0, max: 96 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        fc.array(miss, { maxLength: 6 }),
        fc.array(period, { maxLength: 3 }),
        period,
        fc.integer({ min: 0, max: 2 }),
        (misses, periods, added, waivers) => {
          const sessions = misses.map((m, i) =>
            lateCancel(`a-${i}`, {
              clientIds: [m.client],
              start: `${day(m.day)}T10:00:00-04:00`,
              end: `${day(m.day)}T10:50:00-04:00`,
              status: m.noShow
                ? { state: 'no_show' }
                : { state: 'cancelled', by: 'client', at: `${day(m.day)}T07:00:00-04:00` },
            }),
          );
          const toPeriod = (p: { client: string; fromDay: number; lengthHours: number | undefined }) => {
            const fromMs = Date.parse(`${day(p.fromDay)}T06:00:00-04:00`);
            return {
              clientId: p.client,
              from: new Date(fromMs).toISOString(),
              ...(p.lengthHours === undefined
                ? {}
                : { to: new Date(fromMs + p.lengthHours * 3_600_000).toISOString() }),
            };
          };
          const p = { ...policy, waiversPer12Months: waivers };
          const run = (ps: object[]) =>
            listMissedSessionFees(sessions, [adult, partner], p, { asOf: AS_OF, crisisPeriods: ps as never })
              .decisions;
          const before = run(periods.map(toPeriod));
          const after = run([...periods, added].map(toPeriod));
          const heldBefore = before.filter(
            (d) => d.reasons[0]?.code === 'scheduling.cancellation.crisis_open',
          );
          for (const h of heldBefore)
            expect(after.find((d) => d.appointmentId === h.appointmentId)?.outcome).toBe('undecided');
          for (const d of after)
            expect(d.feeCents).toBeLessThanOrEqual(
              before.find((b) => b.appointmentId === d.appointmentId)?.feeCents ?? Number.POSITIVE_INFINITY,
            );
          const total = (ds: typeof before, c: string) =>
            ds.filter((d) => d.clientId === c).reduce((s, d) => s + d.feeCents, 0);
          for (const c of ['c-1', 'c-2']) expect(total(after, c)).toBeLessThanOrEqual(total(before, c));
        },
      ),
    );
  });
});
