import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SchedulingAppointmentInput } from '../../../src/scheduling/appointments/appointment.js';
import type { SchedulingClientInput } from '../../../src/scheduling/appointments/client-profile.js';
import type { SchedulingPayerClass } from '../../../src/scheduling/appointments/payer-class.js';
import { evaluateMissedSessionFee as evaluateMissedSessionFeeAt } from '../../../src/scheduling/fees/cancellation-fee.js';
import type { CancellationPolicyInput } from '../../../src/scheduling/fees/cancellation-policy.js';
import { listMissedSessionFees } from '../../../src/scheduling/fees/missed-session-fees.js';
import { session } from '../scheduling-fixtures.js';

// Decided long after every session of these tests, so each no-show here is past its mark; the timing of
// a no-show against `asOf` has its own tests.
const AFTER_EVERY_SESSION = '2100-01-01T00:00:00Z';
type FeeArgs = Parameters<typeof evaluateMissedSessionFeeAt>;
function evaluateMissedSessionFee(a: FeeArgs[0], c: FeeArgs[1], p: FeeArgs[2], o: Partial<FeeArgs[3]> = {}) {
  return evaluateMissedSessionFeeAt(a, c, p, { asOf: AFTER_EVERY_SESSION, ...o });
}

// A $150 flat no-show and late-cancel fee, New York practice.
const policy: CancellationPolicyInput = {
  practiceZone: 'America/New_York',
  noShowFee: { kind: 'flat', cents: 15_000 },
  lateCancelFee: { kind: 'flat', cents: 15_000 },
};
const person = (id: string, extra: Partial<SchedulingClientInput> = {}): SchedulingClientInput => ({
  id,
  zone: 'America/New_York',
  locationState: 'NY',
  payerClasses: ['commercial'],
  cancellationPolicyAcknowledgedAt: '2026-01-05T12:00:00-05:00',
  // A guarantor, when one is named, signed the policy too: theirs is the acknowledgement a fee needs.
  guarantorPolicyAcknowledgedAt: '2026-01-05T12:00:00-05:00',
  // An adult: born 1988-04-12 (a client with neither a birth date nor a guarantor is not charged).
  birthDate: '1988-04-12',
  ...extra,
});
// Monday 2026-03-09, 10:00–10:50 in New York, $180 session.
const noShow = (
  clientIds: string[],
  extra: Partial<SchedulingAppointmentInput> = {},
): SchedulingAppointmentInput =>
  session('a-1', '2026-03-09T10:00:00-04:00', '2026-03-09T10:50:00-04:00', {
    clientIds,
    type: clientIds.length > 1 ? 'couples' : 'individual',
    sessionFeeCents: 18_000,
    status: { state: 'no_show' },
    ...extra,
  });
const codes = (d: { reasons: readonly { code: string }[] }) => d.reasons.map((r) => r.code);
const partyReason = (d: { reasons: readonly { code: string; facts: object }[] }) =>
  d.reasons.find((r) => r.code === 'scheduling.cancellation.responsible_party')?.facts;

describe('evaluateMissedSessionFee: one fee per missed session, to its responsible party', () => {
  it('charges a couples no-show of $150 once, to the first client listed, and says who', () => {
    const d = evaluateMissedSessionFee(noShow(['c1', 'c2']), [person('c1'), person('c2')], policy);
    expect(d).toMatchObject({
      outcome: 'charge',
      feeCents: 15_000,
      clientIds: ['c1', 'c2'],
      clientId: 'c1',
      responsiblePartyId: 'c1',
    });
    expect(partyReason(d)).toEqual({ clientId: 'c1', responsiblePartyId: 'c1', basis: 'first_client' });
  });

  it('warns when the first client listed is billed for want of a recorded party, and only then', () => {
    const severity = (d: { reasons: readonly { code: string; severity: string }[] }) =>
      d.reasons.find((r) => r.code === 'scheduling.cancellation.responsible_party')?.severity;
    expect(
      severity(evaluateMissedSessionFee(noShow(['c1', 'c2']), [person('c1'), person('c2')], policy)),
    ).toBe('warning');
    const named = noShow(['c1', 'c2'], { responsibleClientId: 'c1' });
    expect(severity(evaluateMissedSessionFee(named, [person('c1'), person('c2')], policy))).toBe('info');
    // Two adults billed to one guarantor: one party, nothing guessed.
    const shared = [person('c1', { guarantorId: 'g-1' }), person('c2', { guarantorId: 'g-1' })];
    const d = evaluateMissedSessionFee(noShow(['c1', 'c2']), shared, policy);
    expect(d).toMatchObject({ outcome: 'charge', feeCents: 15_000, responsiblePartyId: 'g-1' });
    expect(severity(d)).toBe('info');
  });

  it('charges the partner the appointment names as responsible', () => {
    const d = evaluateMissedSessionFee(
      noShow(['c1', 'c2'], { responsibleClientId: 'c2' }),
      [person('c1'), person('c2')],
      policy,
    );
    expect(d).toMatchObject({ outcome: 'charge', clientId: 'c2', responsiblePartyId: 'c2' });
    expect(partyReason(d)).toMatchObject({ basis: 'appointment' });
  });

  it('charges a family session to the parent when the child’s guarantor is the parent on the session', () => {
    const d = evaluateMissedSessionFee(
      noShow(['kid', 'mom'], { type: 'family' }),
      [person('kid', { birthDate: '2014-05-01', guarantorId: 'mom' }), person('mom')],
      policy,
    );
    expect(d).toMatchObject({
      outcome: 'charge',
      feeCents: 15_000,
      clientId: 'mom',
      responsiblePartyId: 'mom',
    });
    expect(partyReason(d)).toMatchObject({ basis: 'single_party' });
  });

  it('charges a minor’s individual no-show to the guardian, not the minor', () => {
    const d = evaluateMissedSessionFee(
      noShow(['kid']),
      person('kid', { birthDate: '2011-09-30', guarantorId: 'guardian-7' }),
      policy,
    );
    expect(d).toMatchObject({ outcome: 'charge', clientId: 'kid', responsiblePartyId: 'guardian-7' });
    expect(d.reasons[0]?.facts).toMatchObject({ responsiblePartyId: 'guardian-7' });
  });

  it('cannot charge a minor with no parent or guardian recorded; an adult of 18 that day pays', () => {
    const at = (birthDate: string) =>
      evaluateMissedSessionFee(
        noShow(['teen']),
        // Acknowledged on the morning of the no-show: as an adult when they are 18 that day.
        person('teen', { birthDate, cancellationPolicyAcknowledgedAt: '2026-03-09T08:00:00-04:00' }),
        policy,
      );
    // 18 on 2026-03-09: an adult, charged.
    expect(at('2008-03-09')).toMatchObject({ outcome: 'charge', responsiblePartyId: 'teen' });
    // 18 the next day: still a minor on the day of the no-show.
    const minor = at('2008-03-10');
    expect(minor).toMatchObject({ outcome: 'undecided', feeCents: 0 });
    expect(codes(minor)[0]).toBe('scheduling.cancellation.minor_without_guarantor');
    // A practice in a state whose age of majority is 19.
    expect(
      evaluateMissedSessionFee(noShow(['teen']), person('teen', { birthDate: '2008-03-09' }), {
        ...policy,
        ageOfMajority: 19,
      }).outcome,
    ).toBe('undecided');
  });

  it('waives a couples fee when either partner is a Medicaid-only member, and says for whom', () => {
    const d = evaluateMissedSessionFee(
      noShow(['c1', 'c2']),
      [person('c1'), person('c2', { payerClasses: ['medicaid'] })],
      policy,
    );
    expect(d.outcome).toBe('no_charge');
    expect(d.reasons[0]).toMatchObject({
      code: 'scheduling.cancellation.medicaid_exempt',
      facts: { clientId: 'c2' },
    });
  });

  it('needs every partner’s record: deciding one partner at a time charges nobody twice', () => {
    const appointment = noShow(['c1', 'c2']);
    const one = evaluateMissedSessionFee(appointment, person('c1'), policy);
    const other = evaluateMissedSessionFee(appointment, person('c2'), policy);
    for (const d of [one, other]) {
      expect(d).toMatchObject({ outcome: 'undecided', feeCents: 0, clientId: null });
      expect(codes(d)[0]).toBe('scheduling.cancellation.client_unknown');
    }
  });

  it('rejects an appointment whose responsible client is not one of its clients', () => {
    expect(() =>
      evaluateMissedSessionFee(noShow(['c1', 'c2'], { responsibleClientId: 'c3' }), [person('c1')], policy),
    ).toThrow(/responsibleClientId/);
  });
});

describe('evaluateMissedSessionFee: unknown coverage is not self-pay', () => {
  const lateCancel = session('a-2', '2026-03-10T10:00:00-04:00', '2026-03-10T10:50:00-04:00', {
    sessionFeeCents: 15_000,
    status: { state: 'cancelled', by: 'client', at: '2026-03-10T07:00:00-04:00' },
  });

  it('cannot decide the fee of a client whose coverage was never entered (a Medicaid member, perhaps)', () => {
    const d = evaluateMissedSessionFee(lateCancel, person('c-1', { payerClasses: [] }), policy);
    expect(d).toMatchObject({ outcome: 'undecided', feeCents: 0 });
    expect(d.reasons[0]).toMatchObject({
      code: 'scheduling.cancellation.coverage_unknown',
      severity: 'error',
      facts: { clientIds: ['c-1'] },
    });
  });

  it('reads a client record with no coverage field as unknown, even with a payer id on file', () => {
    const { payerClasses: _, ...noField } = person('c-1');
    expect(evaluateMissedSessionFee(lateCancel, noField, policy).outcome).toBe('undecided');
    expect(evaluateMissedSessionFee(lateCancel, { ...noField, payerIds: ['aetna'] }, policy).outcome).toBe(
      'undecided',
    );
  });

  it('charges a client recorded as self-pay', () => {
    expect(
      evaluateMissedSessionFee(lateCancel, person('c-1', { payerClasses: ['self_pay'] }), policy),
    ).toMatchObject({ outcome: 'charge', feeCents: 15_000 });
  });

  it('still says no charge when the cancellation was on time or an exemption applies', () => {
    const unknown = person('c-1', { payerClasses: [] });
    const onTime = {
      ...lateCancel,
      status: { state: 'cancelled' as const, by: 'client' as const, at: '2026-03-08T09:00:00-04:00' },
    };
    expect(evaluateMissedSessionFee(onTime, unknown, policy).kind).toBe('on_time_cancel');
    const { cancellationPolicyAcknowledgedAt: _, ...neverSigned } = unknown;
    expect(codes(evaluateMissedSessionFee(lateCancel, neverSigned, policy))[0]).toBe(
      'scheduling.cancellation.not_acknowledged',
    );
  });

  it('cannot decide a couples fee when one partner’s coverage is unknown', () => {
    const d = evaluateMissedSessionFee(
      noShow(['c1', 'c2']),
      [person('c1'), person('c2', { payerClasses: [] })],
      policy,
    );
    expect(d.outcome).toBe('undecided');
    expect(d.reasons[0]?.facts).toEqual({ clientIds: ['c2'] });
  });
});

// Properties over sessions of one to four clients with any guarantors, coverage, types and orders.
const payerClass = fc.constantFrom<SchedulingPayerClass>(
  'commercial',
  'medicare',
  'medicaid',
  'tricare',
  'workers_comp',
  'self_pay',
  'other',
);
const anyClient = (id: string) =>
  fc.record({
    id: fc.constant(id),
    zone: fc.constant('America/New_York'),
    locationState: fc.constant('NY'),
    payerClasses: fc.oneof(
      fc.constant([] as SchedulingPayerClass[]),
      fc.uniqueArray(payerClass, { minLength: 1, maxLength: 2 }),
    ),
    cancellationPolicyAcknowledgedAt: fc.constant('2026-01-05T12:00:00-05:00'),
    guarantorPolicyAcknowledgedAt: fc.constant('2026-01-05T12:00:00-05:00'),
    birthDate: fc.option(fc.constantFrom('1980-01-01', '2012-06-15', '2008-03-15'), { nil: undefined }),
    guarantorId: fc.option(fc.constantFrom('g-1', 'g-2', 'k-0', 'k-1'), { nil: undefined }),
  });
const anySession = fc
  .record({
    size: fc.integer({ min: 1, max: 4 }),
    missing: fc.integer({ min: 0, max: 4 }),
    named: fc.option(fc.nat(3), { nil: undefined }),
    noShow: fc.boolean(),
    type: fc.constantFrom('couples', 'family', 'group'),
    fee: fc.integer({ min: 1, max: 40_000 }),
  })
  .chain((s) =>
    fc.record({
      s: fc.constant(s),
      clients: fc.tuple(...Array.from({ length: s.size }, (_, i) => anyClient(`k-${i}`))),
      order: fc.shuffledSubarray(
        Array.from({ length: s.size }, (_, i) => `k-${i}`),
        { minLength: s.size, maxLength: s.size },
      ),
    }),
  );

function appointmentOf(
  s: { size: number; named: number | undefined; noShow: boolean; type: string },
  order: string[],
) {
  return session('a-p', '2026-03-10T10:00:00-04:00', '2026-03-10T10:50:00-04:00', {
    clientIds: order,
    type: (s.size === 1 ? 'individual' : s.type) as SchedulingAppointmentInput['type'],
    sessionFeeCents: 18_000,
    ...(s.named !== undefined && s.named < s.size ? { responsibleClientId: `k-${s.named}` } : {}),
    status: s.noShow
      ? { state: 'no_show' }
      : { state: 'cancelled', by: 'client', at: '2026-03-10T07:00:00-04:00' },
  });
}

describe('missed-session fee properties', () => {
  it('a fee is charged at most once per session, never above one session’s fee, to one of its parties', () => {
    fc.assert(
      fc.property(anySession, ({ s, clients, order }) => {
        const given = clients.slice(0, Math.max(0, clients.length - s.missing));
        // The session listed twice (an export run twice) is still one session.
        const r = listMissedSessionFees(
          [appointmentOf(s, order), appointmentOf(s, order)],
          given,
          {
            ...policy,
            noShowFee: { kind: 'flat', cents: s.fee },
            lateCancelFee: { kind: 'flat', cents: s.fee },
          },
          { asOf: '2026-03-31T00:00:00Z' },
        );
        expect(r.decisions).toHaveLength(1);
        const charged = r.decisions.filter((d) => d.outcome === 'charge');
        expect(charged.length).toBeLessThanOrEqual(1);
        const total = r.decisions.reduce((sum, d) => sum + d.feeCents, 0);
        expect(total).toBeLessThanOrEqual(Math.min(s.fee, 18_000));
        for (const d of charged) {
          expect(order).toContain(d.clientId);
          const billed = clients.find((c) => c.id === d.clientId);
          expect(d.responsiblePartyId).toBe(billed?.guarantorId ?? billed?.id);
        }
        // Deciding the session once per client given (the old per-attendee habit) still charges at most once.
        const perClient = given.map((c) => evaluateMissedSessionFee(appointmentOf(s, order), [c], policy));
        expect(perClient.filter((d) => d.outcome === 'charge').length).toBeLessThanOrEqual(
          given.length === order.length ? 1 : 0,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('unknown coverage never yields a charge', () => {
    fc.assert(
      fc.property(anySession, ({ s, clients, order }) => {
        const d = evaluateMissedSessionFee(appointmentOf(s, order), clients, policy);
        if (clients.some((c) => c.payerClasses.length === 0)) expect(d.outcome).not.toBe('charge');
        if (d.outcome !== 'charge') expect(d.feeCents).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('the decision does not depend on the order the client records are given in', () => {
    fc.assert(
      fc.property(anySession, ({ s, clients, order }) => {
        const appointment = appointmentOf(s, order);
        expect(evaluateMissedSessionFee(appointment, [...clients].reverse(), policy)).toEqual(
          evaluateMissedSessionFee(appointment, clients, policy),
        );
      }),
      { numRuns: 150 },
    );
  });
});
