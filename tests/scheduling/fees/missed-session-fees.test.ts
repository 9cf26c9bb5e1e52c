import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ListMissedSessionFeesOptions,
  listMissedSessionFees,
} from '../../../src/scheduling/fees/missed-session-fees.js';
import { thrown } from '../../validation-subject.js';
import { session } from '../scheduling-fixtures.js';

const client = (id: string, payerClasses: string[] = ['commercial']) => ({
  id,
  zone: 'America/New_York',
  locationState: 'NY',
  payerClasses,
  cancellationPolicyAcknowledgedAt: '2026-01-05T12:00:00-05:00',
  // An adult: born 1988-04-12 (a client with neither a birth date nor a guarantor is not charged).
  birthDate: '1988-04-12',
});
const late = (id: string, day: string, clientIds = ['c-1']) =>
  session(id, `${day}T10:00:00-04:00`, `${day}T10:50:00-04:00`, {
    clientIds,
    type: clientIds.length > 1 ? 'couples' : 'individual',
    sessionFeeCents: 15_000,
    status: { state: 'cancelled', by: 'client', at: `${day}T08:00:00-04:00` },
  });

describe('listMissedSessionFees', () => {
  it('lists fees to apply and to waive in event order, using the free miss on the earliest', () => {
    const r = listMissedSessionFees(
      [
        late('a-2', '2026-03-12'),
        late('a-1', '2026-03-10'),
        session('a-3', '2026-03-11T10:00:00-04:00', '2026-03-11T10:50:00-04:00', {
          clientIds: ['c-2'],
          status: { state: 'no_show' },
        }),
        late('a-4', '2026-04-20'),
        session('a-5', '2026-03-09T10:00:00-04:00', '2026-03-09T10:50:00-04:00'),
        { id: 'bad' },
      ],
      [client('c-1'), client('c-2', ['medicaid']), { id: 'c-3' }],
      { practiceZone: 'America/New_York', waiversPer12Months: 1 },
      { asOf: '2026-03-31T23:59:00-04:00' },
    );
    expect(r.decisions.map((d) => [d.appointmentId, d.outcome, d.feeCents, d.waiverUsed])).toEqual([
      ['a-1', 'no_charge', 0, true],
      ['a-3', 'no_charge', 0, false],
      ['a-2', 'charge', 15_000, false],
    ]);
    expect(r.invalidAppointments.map((i) => i.index)).toEqual([5]);
    expect(r.invalidClients.map((i) => i.index)).toEqual([2]);
  });

  it('decides a couples session once, to its first client, and a session with a missing client as undecided', () => {
    const r = listMissedSessionFees(
      [
        late('a-1', '2026-03-10', ['c-2', 'c-1']),
        {
          ...late('a-2', '2026-03-20', ['c-9']),
          status: { state: 'cancelled', by: 'client', at: '2026-03-01T08:00:00-04:00' },
        },
        late('a-3', '2026-03-24', ['c-1', 'c-9']),
      ],
      [client('c-1'), client('c-2')],
      { practiceZone: 'America/New_York' },
      { asOf: '2026-03-31T00:00:00Z', since: '2026-02-01T00:00:00Z' },
    );
    expect(r.decisions.map((d) => [d.appointmentId, d.clientId, d.outcome, d.kind, d.feeCents])).toEqual([
      // Cancelled 19 days ahead: no fee whoever the client is.
      ['a-2', null, 'no_charge', 'on_time_cancel', 0],
      ['a-1', 'c-2', 'charge', 'late_cancel', 15_000],
      ['a-3', null, 'undecided', 'late_cancel', 0],
    ]);
    expect(r.decisions[2]?.reasons[0]).toMatchObject({
      code: 'scheduling.cancellation.client_unknown',
      facts: { clientIds: ['c-9'] },
    });
  });

  it('charges a session listed twice once, and reports the second record (a fee at most once per session)', () => {
    const r = listMissedSessionFees(
      [late('a-1', '2026-03-10', ['c-1', 'c-2']), late('a-1', '2026-03-10', ['c-1', 'c-2'])],
      [client('c-1'), client('c-2')],
      { practiceZone: 'America/New_York', lateCancelFee: { kind: 'flat', cents: 15_000 } },
      { asOf: '2026-03-31T23:59:00-04:00' },
    );
    expect(r.decisions.map((d) => [d.appointmentId, d.outcome, d.feeCents])).toEqual([
      ['a-1', 'charge', 15_000],
    ]);
    expect(r.invalidAppointments).toEqual([
      {
        index: 1,
        issues: [expect.objectContaining({ path: [1, 'id'], code: 'scheduling.appointment.duplicate_id' })],
      },
    ]);
  });

  it('does not pick one of two records given for a client: Medicaid in one, commercial in the other is undecided', () => {
    const r = listMissedSessionFees(
      [late('a-1', '2026-03-10')],
      [client('c-1', ['medicaid']), client('c-1', ['commercial'])],
      { practiceZone: 'America/New_York' },
      { asOf: '2026-03-31T23:59:00-04:00' },
    );
    expect(r.decisions.map((d) => [d.outcome, d.feeCents])).toEqual([['undecided', 0]]);
    expect(r.decisions[0]?.reasons[0]?.code).toBe('scheduling.cancellation.client_unknown');
    expect(r.invalidClients).toEqual([
      {
        index: 1,
        issues: [expect.objectContaining({ path: [1, 'id'], code: 'scheduling.client.duplicate_id' })],
      },
    ]);
  });

  it('reports a missing client of a no-show and of a late cancellation by kind', () => {
    const r = listMissedSessionFees(
      [
        late('a-1', '2026-03-10', ['c-9']),
        session('a-2', '2026-03-11T10:00:00-04:00', '2026-03-11T10:50:00-04:00', {
          clientIds: ['c-9'],
          status: { state: 'no_show' },
        }),
      ],
      [],
      { practiceZone: 'America/New_York' },
      { asOf: '2026-03-31T00:00:00Z', priorWaivers: [{ clientId: 'c-9', at: '2026-01-01T00:00:00Z' }] },
    );
    expect(r.decisions.map((d) => [d.kind, d.outcome])).toEqual([
      ['late_cancel', 'undecided'],
      ['no_show', 'undecided'],
    ]);
  });

  it('uses the free miss of the client billed, whichever client of the couple missed', () => {
    const r = listMissedSessionFees(
      [late('a-1', '2026-03-10', ['c-1', 'c-2']), late('a-2', '2026-03-17', ['c-2', 'c-1'])],
      [client('c-1'), client('c-2')],
      { practiceZone: 'America/New_York', waiversPer12Months: 1 },
      { asOf: '2026-03-31T00:00:00Z' },
    );
    // Each session bills its first client, and each of them has one free miss left.
    expect(r.decisions.map((d) => [d.clientId, d.outcome, d.waiverUsed])).toEqual([
      ['c-1', 'no_charge', true],
      ['c-2', 'no_charge', true],
    ]);
  });
});

describe('listMissedSessionFees windows and waivers', () => {
  const policy = { practiceZone: 'America/New_York', waiversPer12Months: 1 };

  it('decides an event at exactly asOf and leaves out one at exactly since (the window is (since, asOf])', () => {
    // Cancelled 2026-03-10 08:00 and 2026-03-12 08:00 New York time.
    const r = listMissedSessionFees(
      [late('a-1', '2026-03-10'), late('a-2', '2026-03-12')],
      [client('c-1')],
      policy,
      {
        asOf: '2026-03-12T08:00:00-04:00',
        since: '2026-03-10T08:00:00-04:00',
      },
    );
    expect(r.decisions.map((d) => d.appointmentId)).toEqual(['a-2']);
    const upTo = listMissedSessionFees(
      [late('a-1', '2026-03-10'), late('a-2', '2026-03-12')],
      [client('c-1')],
      policy,
      {
        asOf: '2026-03-12T07:59:59-04:00',
      },
    );
    expect(upTo.decisions.map((d) => d.appointmentId)).toEqual(['a-1']);
  });

  it('queues client cancellations and no-shows only, dated by the cancellation or the start', () => {
    const byClinician = session('a-3', '2026-03-11T10:00:00-04:00', '2026-03-11T10:50:00-04:00', {
      status: { state: 'cancelled', by: 'clinician', at: '2026-03-11T08:00:00-04:00' },
    });
    const completed = session('a-4', '2026-03-11T10:00:00-04:00', '2026-03-11T10:50:00-04:00', {
      status: { state: 'completed' },
    });
    const noShow = session('a-5', '2026-03-10T09:00:00-04:00', '2026-03-10T09:50:00-04:00', {
      sessionFeeCents: 15_000,
      status: { state: 'no_show' },
    });
    const r = listMissedSessionFees(
      [byClinician, completed, late('a-1', '2026-03-10'), noShow],
      [client('c-1')],
      { practiceZone: 'America/New_York' },
      { asOf: '2026-03-31T00:00:00Z' },
    );
    // The 08:00 cancellation comes before the 09:00 no-show.
    expect(r.decisions.map((d) => [d.appointmentId, d.kind])).toEqual([
      ['a-1', 'late_cancel'],
      ['a-5', 'no_show'],
    ]);
  });

  it('counts every free miss already used by the client billed: two earlier ones of two allowed leave none', () => {
    const r = listMissedSessionFees(
      [late('a-1', '2026-03-10')],
      [client('c-1')],
      { ...policy, waiversPer12Months: 2 },
      {
        asOf: '2026-03-31T00:00:00Z',
        priorWaivers: [
          { clientId: 'c-1', at: '2025-11-03T10:00:00-05:00' },
          { clientId: 'c-2', at: '2026-01-05T10:00:00-05:00' },
          { clientId: 'c-1', at: '2026-01-12T10:00:00-05:00' },
        ],
      },
    );
    expect(r.decisions.map((d) => [d.outcome, d.waiverUsed])).toEqual([['charge', false]]);
    const one = listMissedSessionFees(
      [late('a-1', '2026-03-10'), late('a-2', '2026-03-17')],
      [client('c-1')],
      { ...policy, waiversPer12Months: 2 },
      { asOf: '2026-03-31T00:00:00Z', priorWaivers: [{ clientId: 'c-1', at: '2026-01-12T10:00:00-05:00' }] },
    );
    // The free miss used on 2026-03-10 counts against 2026-03-17.
    expect(one.decisions.map((d) => [d.appointmentId, d.outcome, d.waiverUsed])).toEqual([
      ['a-1', 'no_charge', true],
      ['a-2', 'charge', false],
    ]);
  });

  it('does not spend a free miss on a session it could not decide', () => {
    const r = listMissedSessionFees(
      [late('a-1', '2026-03-10', ['c-1', 'c-9']), late('a-2', '2026-03-17')],
      [client('c-1')],
      policy,
      { asOf: '2026-03-31T00:00:00Z' },
    );
    expect(r.decisions.map((d) => [d.outcome, d.waiverUsed])).toEqual([
      ['undecided', false],
      ['no_charge', true],
    ]);
  });

  it('keeps the free miss when an earlier cancellation was on time: 2026-03-03 with a week’s notice, then 2026-03-10 late', () => {
    const onTime = {
      ...late('a-0', '2026-03-03'),
      status: { state: 'cancelled', by: 'client', at: '2026-02-24T08:00:00-05:00' },
    };
    const r = listMissedSessionFees([onTime, late('a-1', '2026-03-10')], [client('c-1')], policy, {
      asOf: '2026-03-31T00:00:00Z',
    });
    expect(r.decisions.map((d) => [d.kind, d.outcome, d.waiverUsed])).toEqual([
      ['on_time_cancel', 'no_charge', false],
      ['late_cancel', 'no_charge', true],
    ]);
  });

  it('takes the options’ defaults, and names the policy or options when they are invalid', () => {
    expect(ListMissedSessionFeesOptions.parse({ asOf: '2026-03-31T00:00:00Z' })).toEqual({
      asOf: '2026-03-31T00:00:00Z',
      priorWaivers: [],
      openCrisisClientIds: [],
      clinicianFeeDecisions: [],
      crisisPeriods: [],
    });
    expect(
      ListMissedSessionFeesOptions.safeParse({ asOf: '2026-03-31T00:00:00Z', waivers: [] }).success,
    ).toBe(false);
    expect(() =>
      listMissedSessionFees([], [], { practiceZone: 'Mars/Olympus' }, { asOf: '2026-03-31T00:00:00Z' }),
    ).toThrow(expect.objectContaining({ subject: 'cancellation policy' }));
    expect(() => listMissedSessionFees([], [], policy, { asOf: 'soon' })).toThrow(
      expect.objectContaining({ subject: 'missed session fee options' }),
    );
  });

  it('lists every argument’s problems at once, each under its parameter’s name', () => {
    const error = thrown(() =>
      listMissedSessionFees(
        'appointments' as never,
        [{ id: 'c-1' }],
        { practiceZone: 'Mars/Olympus', capCents: -5 },
        { asOf: 'soon' },
      ),
    );
    expect(error.issues.map((i) => `${i.code}@${i.at}`)).toEqual([
      'invalid_type@$.appointments',
      expect.stringMatching(/@\$\.policy\.practiceZone$/),
      expect.stringMatching(/@\$\.policy\.capCents$/),
      expect.stringMatching(/@\$\.options\.asOf$/),
    ]);
    expect(error.subject).toBe('appointments, cancellation policy and missed session fee options');
    // A bad record in a list is still reported by index, not thrown.
    expect(() =>
      listMissedSessionFees(
        [],
        7 as never,
        { practiceZone: 'America/New_York' },
        { asOf: '2026-03-31T00:00:00Z' },
      ),
    ).toThrow(
      expect.objectContaining({ subject: 'clients', issues: [expect.objectContaining({ at: '$.clients' })] }),
    );
  });

  it('reports repeated ids in words, and bad client records in input order whatever made them bad', () => {
    const r = listMissedSessionFees(
      [late('a-1', '2026-03-10'), late('a-1', '2026-03-10')],
      [client('c-1'), client('c-1'), { id: 'c-2' }, client('c-1')],
      { practiceZone: 'America/New_York' },
      { asOf: '2026-03-31T23:59:00-04:00' },
    );
    expect(r.invalidAppointments[0]?.issues[0]?.message).toBe('must not repeat an appointment id');
    expect(r.invalidClients.map((i) => i.index)).toEqual([1, 2, 3]);
    expect(r.invalidClients[0]?.issues[0]?.message).toBe('must not repeat a client id');
  });
});

describe('listMissedSessionFees free misses, dearest first', () => {
  const policy = {
    practiceZone: 'America/New_York',
    waiversPer12Months: 1,
    lateCancelFee: { kind: 'flat', cents: 7_500 },
  } as const;
  const noShow = (id: string, day: string, sessionFeeCents = 15_000) =>
    session(id, `${day}T10:00:00-04:00`, `${day}T10:50:00-04:00`, {
      sessionFeeCents,
      status: { state: 'no_show' },
    });
  const outcomes = (r: ReturnType<typeof listMissedSessionFees>) =>
    r.decisions.map((d) => [d.appointmentId, d.outcome, d.feeCents, d.waiverUsed]);

  it('gives the one free miss to the earlier of two equal fees, whatever order the records come in: 2026-03-10 before 2026-03-24', () => {
    for (const records of [
      [noShow('a-1', '2026-03-10'), noShow('a-2', '2026-03-24')],
      [noShow('a-2', '2026-03-24'), noShow('a-1', '2026-03-10')],
    ]) {
      const r = listMissedSessionFees(records, [client('c-1')], policy, { asOf: '2026-03-31T00:00:00Z' });
      expect(outcomes(r)).toEqual([
        ['a-1', 'no_charge', 0, true],
        ['a-2', 'charge', 15_000, false],
      ]);
    }
  });

  it('leaves sessions the practice or the clinician cancelled out of the fee queue, whatever the notice', () => {
    const cancelledBy = (id: string, by: 'practice' | 'clinician') =>
      session(id, '2026-03-10T10:00:00-04:00', '2026-03-10T10:50:00-04:00', {
        sessionFeeCents: 15_000,
        status: { state: 'cancelled', by, at: '2026-03-10T09:00:00-04:00' },
      });
    const r = listMissedSessionFees(
      [cancelledBy('a-1', 'practice'), cancelledBy('a-2', 'clinician'), noShow('a-3', '2026-03-17')],
      [client('c-1')],
      policy,
      { asOf: '2026-03-31T00:00:00Z' },
    );
    expect(r.decisions.map((d) => d.appointmentId)).toEqual(['a-3']);
  });

  it('counts a free miss the batch gives against a later miss only inside its 12 months: 2026-03-10 free, 2026-03-17 charged, 2027-03-11 free again', () => {
    const r = listMissedSessionFees(
      [noShow('a-1', '2026-03-10'), noShow('a-2', '2026-03-17', 10_000), noShow('a-3', '2027-03-11', 9_000)],
      [client('c-1')],
      policy,
      { asOf: '2027-03-31T00:00:00Z' },
    );
    expect(outcomes(r)).toEqual([
      ['a-1', 'no_charge', 0, true],
      ['a-2', 'charge', 10_000, false],
      ['a-3', 'no_charge', 0, true],
    ]);
    expect(r.decisions[1]?.reasons.at(-1)).toMatchObject({ facts: { used: 1, allowed: 1 } });
  });

  it('gives the one free miss to the $150 no-show on 2026-03-17, and charges the $75 late cancellation of 2026-03-10', () => {
    const r = listMissedSessionFees(
      [late('a-1', '2026-03-10'), noShow('a-2', '2026-03-17')],
      [client('c-1')],
      policy,
      { asOf: '2026-03-31T00:00:00Z' },
    );
    expect(outcomes(r)).toEqual([
      ['a-1', 'charge', 7_500, false],
      ['a-2', 'no_charge', 0, true],
    ]);
    expect(r.decisions[0]?.reasons.at(-1)).toMatchObject({
      code: 'scheduling.cancellation.no_free_miss_left',
      facts: { used: 0, allowed: 1 },
    });
    expect(r.decisions[1]?.reasons[0]).toMatchObject({
      code: 'scheduling.cancellation.waiver_applied',
      facts: { used: 0, allowed: 1, waivedCents: 15_000 },
    });
  });

  it('gives a free miss to a cheaper miss more than 12 months from the dearer one: 2026-02-03 and 2027-03-16', () => {
    const r = listMissedSessionFees(
      [late('a-0', '2026-02-03'), late('a-1', '2026-09-08'), noShow('a-2', '2027-03-16')],
      [client('c-1')],
      policy,
      { asOf: '2027-03-31T00:00:00Z' },
    );
    // The no-show takes the free miss; the September cancellation is within its 12 months, February's is not.
    expect(outcomes(r)).toEqual([
      ['a-0', 'no_charge', 0, true],
      ['a-1', 'charge', 7_500, false],
      ['a-2', 'no_charge', 0, true],
    ]);
  });

  it('never charges a client more for a new exemption: an emergency on 2026-03-10 leaves the 2026-03-17 no-show its free miss', () => {
    // Time order gave the free miss to the first late cancellation; once that one is exempt, the next
    // cheap miss took it and the dear no-show lost it ($75 → $150 for the client). Dearest first: $75 → $0.
    const misses = [late('a-1', '2026-03-10'), late('a-2', '2026-03-12'), noShow('a-3', '2026-03-17')];
    const before = listMissedSessionFees(misses, [client('c-1')], policy, { asOf: '2026-03-31T00:00:00Z' });
    const emergency = {
      ...misses[0],
      status: {
        state: 'cancelled',
        by: 'client',
        at: '2026-03-10T08:00:00-04:00',
        emergencyDocumented: true,
      },
    };
    const after = listMissedSessionFees([emergency, ...misses.slice(1)], [client('c-1')], policy, {
      asOf: '2026-03-31T00:00:00Z',
    });
    const total = (r: typeof before) => r.decisions.reduce((s, d) => s + d.feeCents, 0);
    expect([total(before), total(after)]).toEqual([15_000, 7_500]);
    expect(outcomes(after)).toEqual([
      ['a-1', 'no_charge', 0, false],
      ['a-2', 'charge', 7_500, false],
      ['a-3', 'no_charge', 0, true],
    ]);
  });

  it('counts free misses already used before the batch against every miss of it', () => {
    const r = listMissedSessionFees(
      [late('a-1', '2026-03-10'), noShow('a-2', '2026-03-17')],
      [client('c-1')],
      { ...policy, waiversPer12Months: 2 },
      { asOf: '2026-03-31T00:00:00Z', priorWaivers: [{ clientId: 'c-1', at: '2026-03-12T10:00:00-04:00' }] },
    );
    // One more fits the 12 months: the no-show's (which counts March 12); March 10 would not leave room.
    expect(outcomes(r)).toEqual([
      ['a-1', 'charge', 7_500, false],
      ['a-2', 'no_charge', 0, true],
    ]);
    expect(r.decisions[1]?.reasons[0]?.facts).toEqual({ used: 1, allowed: 2, waivedCents: 15_000 });
  });

  it('counts only the free misses given, not sessions it could not decide, in each one’s `used`', () => {
    const r = listMissedSessionFees(
      [late('a-1', '2026-03-03', ['c-1', 'c-9']), late('a-2', '2026-03-10'), late('a-3', '2026-03-17')],
      [client('c-1')],
      { ...policy, waiversPer12Months: 2 },
      { asOf: '2026-03-31T00:00:00Z' },
    );
    expect(r.decisions.map((d) => [d.outcome, d.waiverUsed, d.reasons[0]?.facts['used'] ?? null])).toEqual([
      ['undecided', false, null],
      ['no_charge', true, 0],
      ['no_charge', true, 1],
    ]);
    const two = listMissedSessionFees(
      [late('a-1', '2026-03-03', ['c-1', 'c-9']), late('a-2', '2026-03-10')],
      [client('c-1')],
      { ...policy, waiversPer12Months: 2 },
      { asOf: '2026-03-31T00:00:00Z' },
    );
    expect(two.decisions[1]?.reasons[0]?.facts).toEqual({ used: 0, allowed: 2, waivedCents: 7_500 });
  });

  it('gives one free miss to one of two misses at the same instant, and counts one used exactly 12 months before as outside', () => {
    const twin = {
      ...late('a-2', '2026-03-10'),
      start: '2026-03-10T11:00:00-04:00',
      end: '2026-03-10T11:50:00-04:00',
    };
    const same = listMissedSessionFees([late('a-1', '2026-03-10'), twin], [client('c-1')], policy, {
      asOf: '2026-03-31T00:00:00Z',
    });
    expect(same.decisions.map((d) => d.waiverUsed)).toEqual([true, false]);
    const boundary = listMissedSessionFees([late('a-1', '2026-03-10')], [client('c-1')], policy, {
      asOf: '2026-03-31T00:00:00Z',
      priorWaivers: [{ clientId: 'c-1', at: '2025-03-10T12:00:00-04:00' }],
    });
    expect(boundary.decisions.map((d) => d.waiverUsed)).toEqual([true]);
  });

  it('a waiver-only change (exemptions, documented emergencies, more free misses) never raises any client’s total', () => {
    const day = fc.integer({ min: 0, max: 729 }).map((n) => {
      const d = new Date(Date.UTC(2026, 0, 6) + n * 86_400_000);
      return d.toISOString().slice(0, 10);
    });
    const miss = fc.record({
      day,
      clientId: fc.constantFrom('c-1', 'c-2'),
      noShow: fc.boolean(),
      sessionFeeCents: fc.constantFrom(10_000, 15_000, 20_000),
      // Rare, so that most runs change one or two misses and the free misses move.
      emergency: fc.nat(5).map((n) => n === 0),
      newEmergency: fc.nat(4).map((n) => n === 0),
    });
    const allowance = fc.integer({ min: 0, max: 2 });
    fc.assert(
      fc.property(
        fc.array(miss, { maxLength: 14 }),
        allowance,
        fc.nat(3).map((n) => Math.max(0, n - 1)),
        fc.nat(4).map((n) => n === 0),
        (misses, n, more, exemptSelfPay) => {
          const sessions = (emergencyOf: (m: (typeof misses)[number]) => boolean) =>
            misses.map((m, i) => {
              const id = `a-${String(i).padStart(2, '0')}`;
              const s = m.noShow
                ? noShow(id, m.day, m.sessionFeeCents)
                : { ...late(id, m.day), sessionFeeCents: m.sessionFeeCents };
              return {
                ...s,
                clientIds: [m.clientId],
                status: m.noShow
                  ? { state: 'no_show', emergencyDocumented: emergencyOf(m) }
                  : {
                      state: 'cancelled',
                      by: 'client',
                      at: `${m.day}T08:00:00-05:00`,
                      emergencyDocumented: emergencyOf(m),
                    },
              };
            });
          const clients = [client('c-1'), client('c-2', ['self_pay'])];
          const opts = { asOf: '2028-02-01T00:00:00Z' };
          const current = { ...policy, waiversPer12Months: n };
          const proposed = {
            ...current,
            waiversPer12Months: n + more,
            exemptPayerClasses: exemptSelfPay ? ['self_pay' as const] : [],
          };
          const before = listMissedSessionFees(
            sessions((m) => m.emergency),
            clients,
            current,
            opts,
          );
          const after = listMissedSessionFees(
            sessions((m) => m.emergency || m.newEmergency),
            clients,
            proposed,
            opts,
          );
          const byClient = (r: typeof before) => {
            const totals = new Map<string, number>([
              ['c-1', 0],
              ['c-2', 0],
            ]);
            for (const d of r.decisions)
              if (d.clientId !== null) totals.set(d.clientId, (totals.get(d.clientId) ?? 0) + d.feeCents);
            return totals;
          };
          const b = byClient(before);
          for (const [id, cents] of byClient(after)) expect(cents).toBeLessThanOrEqual(b.get(id) ?? 0);
        },
      ),
    );
  });
});

describe('listMissedSessionFees with a cancellation time unknown', () => {
  const policy = { practiceZone: 'America/New_York', waiversPer12Months: 1 };
  const unknownTime = (id: string, day: string, extra: object = {}) =>
    session(id, `${day}T10:00:00-04:00`, `${day}T10:50:00-04:00`, {
      sessionFeeCents: 15_000,
      status: { state: 'cancelled', by: 'client', ...extra },
    });

  it('lists it at its session start, undecided, where a batch used to drop it into the errors', () => {
    const r = listMissedSessionFees(
      [late('a-2', '2026-03-12'), unknownTime('a-1', '2026-03-10')],
      [client('c-1')],
      { practiceZone: 'America/New_York' },
      { asOf: '2026-03-31T00:00:00Z' },
    );
    expect(r.invalidAppointments).toEqual([]);
    expect(r.decisions.map((d) => [d.appointmentId, d.outcome, d.kind, d.feeCents])).toEqual([
      ['a-1', 'undecided', 'cancel_time_unknown', 0],
      ['a-2', 'charge', 'late_cancel', 15_000],
    ]);
    expect(r.decisions[0]?.reasons[0]?.code).toBe('scheduling.cancellation.time_unknown');
  });

  it('windows it by its start: in (since, asOf] only when the session started there', () => {
    const appointments = [unknownTime('a-1', '2026-03-10')];
    const run = (asOf: string, since?: string) =>
      listMissedSessionFees(appointments, [client('c-1')], policy, {
        asOf,
        ...(since === undefined ? {} : { since }),
      }).decisions.map((d) => d.appointmentId);
    expect(run('2026-03-10T10:00:00-04:00')).toEqual(['a-1']);
    expect(run('2026-03-10T09:59:59-04:00')).toEqual([]);
    expect(run('2026-03-31T00:00:00Z', '2026-03-10T10:00:00-04:00')).toEqual([]);
  });

  it('never gives it a free miss: the one free miss of the 12 months goes to the late cancellation after it', () => {
    const r = listMissedSessionFees(
      [unknownTime('a-1', '2026-03-10'), late('a-2', '2026-03-17')],
      [client('c-1')],
      policy,
      { asOf: '2026-03-31T00:00:00Z' },
    );
    expect(r.decisions.map((d) => [d.appointmentId, d.outcome, d.waiverUsed])).toEqual([
      ['a-1', 'undecided', false],
      ['a-2', 'no_charge', true],
    ]);
  });

  it('decides it where the time changes nothing: a Medicaid-only client is never charged', () => {
    const r = listMissedSessionFees(
      [unknownTime('a-1', '2026-03-10')],
      [client('c-1', ['medicaid'])],
      policy,
      { asOf: '2026-03-31T00:00:00Z' },
    );
    expect(r.decisions.map((d) => [d.outcome, d.kind, d.feeCents])).toEqual([
      ['no_charge', 'cancel_time_unknown', 0],
    ]);
  });

  it('a batch never charges a cancellation whose time is unknown, and decides every other miss as if it were not there', () => {
    const day = fc
      .integer({ min: 0, max: 400 })
      .map((n) => new Date(Date.UTC(2026, 0, 6) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.array(fc.record({ day, unknown: fc.boolean(), clientId: fc.constantFrom('c-1', 'c-2') }), {
          maxLength: 8,
        }),
        fc.integer({ min: 0, max: 2 }),
        (misses, waivers) => {
          const sessions = misses.map((m, i) => {
            const id = `a-${String(i).padStart(2, '0')}`;
            const s = m.unknown ? unknownTime(id, m.day) : late(id, m.day);
            return { ...s, clientIds: [m.clientId] };
          });
          const clients = [client('c-1'), client('c-2', ['self_pay'])];
          const opts = { asOf: '2027-06-01T00:00:00Z' };
          const p = { ...policy, waiversPer12Months: waivers };
          const all = listMissedSessionFees(sessions, clients, p, opts).decisions;
          const known = listMissedSessionFees(
            sessions.filter((_, i) => !misses[i]?.unknown),
            clients,
            p,
            opts,
          ).decisions;
          const unknownIds = new Set(sessions.filter((_, i) => misses[i]?.unknown).map((s) => s.id));
          for (const d of all.filter((x) => unknownIds.has(x.appointmentId))) {
            expect(d).toMatchObject({ outcome: 'undecided', feeCents: 0, waiverUsed: false });
          }
          expect(all.filter((x) => !unknownIds.has(x.appointmentId))).toEqual(known);
        },
      ),
    );
  });
});

describe('listMissedSessionFees: a no-show is decided from its mark, 15 minutes after the start', () => {
  const policy = { practiceZone: 'America/New_York' };
  // Tuesday 2026-03-10 10:00 in New York, $150, recorded as a no-show.
  const noShow = (id = 'a-ns', day = '2026-03-10') =>
    session(id, `${day}T10:00:00-04:00`, `${day}T10:50:00-04:00`, {
      sessionFeeCents: 15_000,
      status: { state: 'no_show' },
    });
  const run = (asOf: string, since?: string, appointments = [noShow()]) =>
    listMissedSessionFees(appointments, [client('c-1')], policy, {
      asOf,
      ...(since === undefined ? {} : { since }),
    }).decisions.map((d) => [d.appointmentId, d.outcome, d.feeCents, d.reasons[0]?.code]);

  it('lists a no-show recorded at 10:05 as not one yet, and charges it in the run that holds 10:15', () => {
    expect(run('2026-03-10T10:05:00-04:00')).toEqual([
      ['a-ns', 'undecided', 0, 'scheduling.cancellation.no_show_too_early'],
    ]);
    expect(run('2026-03-10T11:00:00-04:00', '2026-03-10T10:05:00-04:00')).toEqual([
      ['a-ns', 'charge', 15_000, 'scheduling.cancellation.fee_charged'],
    ]);
    expect(run('2026-03-10T10:15:00-04:00')).toEqual([
      ['a-ns', 'charge', 15_000, 'scheduling.cancellation.fee_charged'],
    ]);
  });

  it('leaves out a no-show whose session has not started, and one decided in an earlier run', () => {
    expect(run('2026-03-10T09:59:00-04:00')).toEqual([]);
    expect(run('2026-03-10T12:00:00-04:00', '2026-03-10T10:15:00-04:00')).toEqual([]);
  });

  it('decides each no-show once over back-to-back runs, charging none before its mark', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 600 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 0, max: 120 }),
        (cuts, mark) => {
          const startMs = Date.UTC(2026, 2, 10, 14);
          const bounds = [...cuts]
            .sort((a, b) => a - b)
            .map((m) => new Date(startMs - 60 * 60_000 + m * 60_000));
          const iso = (d: Date) => d.toISOString();
          let decided = 0;
          bounds.forEach((b, i) => {
            const r = listMissedSessionFees(
              [noShow()],
              [client('c-1')],
              { ...policy, noShowAfterMinutes: mark },
              { asOf: iso(b), ...(i === 0 ? {} : { since: iso(bounds[i - 1] as Date) }) },
            );
            for (const d of r.decisions) {
              const early = d.reasons[0]?.code === 'scheduling.cancellation.no_show_too_early';
              if (!early) decided += 1;
              if (b.getTime() < startMs + mark * 60_000) expect(d.outcome).not.toBe('charge');
            }
          });
          const last = (bounds[bounds.length - 1] as Date).getTime();
          expect(decided).toBe(last >= startMs + mark * 60_000 ? 1 : 0);
        },
      ),
    );
  });
});
