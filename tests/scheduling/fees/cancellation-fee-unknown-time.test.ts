// A client cancellation whose time nobody recorded: decided where the time changes nothing, `undecided`
// otherwise, never a time guessed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/core/index.js';
import { SchedulingAppointmentStatus } from '../../../src/scheduling/appointments/appointment.js';
import type { SchedulingClientInput } from '../../../src/scheduling/appointments/client-profile.js';
import type { SchedulingPayerClass } from '../../../src/scheduling/appointments/payer-class.js';
import {
  evaluateMissedSessionFee as evaluateMissedSessionFeeAt,
  firstLateMs,
  isLateCancellation,
  type MissedSessionFeeDecision,
} from '../../../src/scheduling/fees/cancellation-fee.js';
import {
  CancellationPolicy,
  type CancellationPolicyInput,
} from '../../../src/scheduling/fees/cancellation-policy.js';
import { nyClient, session } from '../scheduling-fixtures.js';

// Decided long after every session of these tests, so each no-show here is past its mark; the timing of
// a no-show against `asOf` has its own tests.
const AFTER_EVERY_SESSION = '2100-01-01T00:00:00Z';
type FeeArgs = Parameters<typeof evaluateMissedSessionFeeAt>;
function evaluateMissedSessionFee(a: FeeArgs[0], c: FeeArgs[1], p: FeeArgs[2], o: Partial<FeeArgs[3]> = {}) {
  return evaluateMissedSessionFeeAt(a, c, p, { asOf: AFTER_EVERY_SESSION, ...o });
}

const policy: CancellationPolicyInput = { practiceZone: 'America/New_York' };
const client: SchedulingClientInput = nyClient;
// Tuesday 2026-03-10 10:00 in New York, $150 session; the client cancelled, nobody wrote down when.
const START = '2026-03-10T10:00:00-04:00';
const cancelled = (extra: object = {}, at?: string) =>
  session('a-1', START, '2026-03-10T10:50:00-04:00', {
    sessionFeeCents: 15_000,
    status: { state: 'cancelled', by: 'client', ...(at === undefined ? {} : { at }), ...extra },
  });
const codes = (d: { reasons: readonly { code: string }[] }) => d.reasons.map((r) => r.code);
const TIME_UNKNOWN = 'scheduling.cancellation.time_unknown';

describe('evaluateMissedSessionFee when the cancellation time is unknown', () => {
  it('accepts a client cancellation without a time, and still refuses a time that is not one', () => {
    expect(SchedulingAppointmentStatus.parse({ state: 'cancelled', by: 'client' })).toEqual({
      state: 'cancelled',
      by: 'client',
      rescheduled: false,
      emergencyDocumented: false,
    });
    expect(() => evaluateMissedSessionFee(cancelled({ at: 'Tuesday morning' }), client, policy)).toThrow(
      ValidationError,
    );
  });

  it('leaves the fee undecided and asks staff to record when the client cancelled', () => {
    const d = evaluateMissedSessionFee(cancelled(), client, policy);
    expect(d).toMatchObject({
      outcome: 'undecided',
      kind: 'cancel_time_unknown',
      feeCents: 0,
      waiverUsed: false,
      clientId: 'c-1',
      responsiblePartyId: 'c-1',
    });
    expect(codes(d)).toEqual([TIME_UNKNOWN, 'scheduling.cancellation.responsible_party']);
    expect(d.reasons[0]).toMatchObject({
      severity: 'error',
      facts: { state: 'cancelled', by: 'client', notice: { unit: 'hours', hours: 24 } },
    });
    expect(d.reasons[0]?.message).toMatch(/record when the client cancelled/);
  });

  it('does what neither workaround does: the entry time or the start would charge $150 for a timely cancellation', () => {
    // The client called on Sunday 2026-03-08 at 09:00 (49 hours' notice); staff entered it on Wednesday.
    const truth = evaluateMissedSessionFee(cancelled({}, '2026-03-08T09:00:00-04:00'), client, policy);
    expect(truth).toMatchObject({ outcome: 'no_charge', kind: 'on_time_cancel' });
    const enteredAt = evaluateMissedSessionFee(cancelled({}, '2026-03-11T09:00:00-04:00'), client, policy);
    const startedAt = evaluateMissedSessionFee(cancelled({}, START), client, policy);
    expect([enteredAt.feeCents, startedAt.feeCents]).toEqual([15_000, 15_000]);
    expect(evaluateMissedSessionFee(cancelled(), client, policy)).toMatchObject({
      outcome: 'undecided',
      feeCents: 0,
    });
  });

  it('names the notice window in business days too', () => {
    const d = evaluateMissedSessionFee(cancelled(), client, {
      ...policy,
      notice: { unit: 'business_days', days: 2 },
    });
    expect(d.outcome).toBe('undecided');
    expect(d.reasons[0]?.facts.notice).toEqual({ unit: 'business_days', days: 2 });
  });

  it('never charges a Medicaid-only client, whenever they cancelled: decided, and says the time is not known', () => {
    const d = evaluateMissedSessionFee(cancelled(), { ...client, payerClasses: ['medicaid'] }, policy);
    expect(d).toMatchObject({ outcome: 'no_charge', kind: 'cancel_time_unknown', feeCents: 0 });
    expect(codes(d)).toEqual([
      'scheduling.cancellation.medicaid_exempt',
      TIME_UNKNOWN,
      'scheduling.cancellation.responsible_party',
    ]);
    expect(d.reasons[1]).toMatchObject({
      severity: 'info',
      message: 'When the client cancelled is not recorded; no fee is due whenever it was.',
    });
  });

  it('decides no fee when the policy sets no late-cancel fee, or one of zero, or a cap of zero', () => {
    const none = evaluateMissedSessionFee(cancelled(), client, {
      ...policy,
      lateCancelFee: { kind: 'none' },
    });
    expect(none.outcome).toBe('no_charge');
    expect(codes(none)).toEqual([
      'scheduling.cancellation.no_fee_configured',
      TIME_UNKNOWN,
      'scheduling.cancellation.responsible_party',
    ]);
    expect(none.reasons[0]).toMatchObject({
      message: 'The policy sets no late-cancel fee.',
      facts: { kind: 'late_cancel' },
    });
    const zero = evaluateMissedSessionFee(cancelled(), client, {
      ...policy,
      lateCancelFee: { kind: 'flat', cents: 0 },
    });
    expect(zero.outcome).toBe('no_charge');
    expect(zero.reasons[0]).toEqual({
      code: 'scheduling.cancellation.no_fee_configured',
      severity: 'info',
      message: 'The late-cancel fee works out to zero.',
      facts: { kind: 'late_cancel' },
    });
    expect(evaluateMissedSessionFee(cancelled(), client, { ...policy, capCents: 0 }).outcome).toBe(
      'no_charge',
    );
    const freeSession = { ...cancelled(), sessionFeeCents: 0 };
    expect(evaluateMissedSessionFee(freeSession, client, policy).outcome).toBe('no_charge');
    // A no-show fee of none says nothing of a late cancellation.
    expect(
      evaluateMissedSessionFee(cancelled(), client, { ...policy, noShowFee: { kind: 'none' } }).outcome,
    ).toBe('undecided');
    // A $75 fee capped at $50 is still a fee.
    expect(
      evaluateMissedSessionFee(cancelled(), client, {
        ...policy,
        lateCancelFee: { kind: 'flat', cents: 7_500 },
        capCents: 5_000,
      }).outcome,
    ).toBe('undecided');
  });

  it('charges nothing when the practice cancelled, whenever it was', () => {
    const d = evaluateMissedSessionFee(cancelled({ by: 'practice' }), client, policy);
    expect(d).toMatchObject({ outcome: 'no_charge', kind: 'cancelled_by_practice' });
  });

  it('decides a documented emergency, a reschedule the policy does not count, a policy never acknowledged', () => {
    const emergency = evaluateMissedSessionFee(cancelled({ emergencyDocumented: true }), client, policy);
    expect(codes(emergency)[0]).toBe('scheduling.cancellation.emergency');
    expect(emergency.outcome).toBe('no_charge');
    expect(
      evaluateMissedSessionFee(cancelled({ emergencyDocumented: true }), client, {
        ...policy,
        emergencyWaives: false,
      }).outcome,
    ).toBe('undecided');
    const reschedule = evaluateMissedSessionFee(cancelled({ rescheduled: true }), client, policy);
    expect(reschedule).toMatchObject({ outcome: 'no_charge', kind: 'cancel_time_unknown' });
    expect(reschedule.reasons[0]).toMatchObject({
      code: 'scheduling.cancellation.reschedule_not_counted',
      message: 'A reschedule is not a cancellation here, however late.',
      facts: { rescheduled: true },
    });
    expect(
      evaluateMissedSessionFee(cancelled({ rescheduled: true }), client, {
        ...policy,
        lateRescheduleCountsAsCancellation: true,
      }).outcome,
    ).toBe('undecided');
    const { cancellationPolicyAcknowledgedAt: _, ...neverAcknowledged } = client;
    const unacknowledged = evaluateMissedSessionFee(cancelled(), neverAcknowledged, policy);
    expect(unacknowledged.outcome).toBe('no_charge');
    expect(unacknowledged.reasons[0]).toMatchObject({
      code: 'scheduling.cancellation.not_acknowledged',
      facts: { acknowledged: false },
    });
    expect(
      evaluateMissedSessionFee(cancelled(), neverAcknowledged, { ...policy, requireAcknowledgement: false })
        .outcome,
    ).toBe('undecided');
  });

  it('reads an acknowledgement signed after the session as no exemption: a later cancellation is charged', () => {
    const late = { ...client, cancellationPolicyAcknowledgedAt: '2026-03-20T12:00:00-04:00' };
    expect(evaluateMissedSessionFee(cancelled(), late, policy).outcome).toBe('undecided');
  });

  it('names every fact missing besides the time: a client record, coverage', () => {
    const couples = (extra: object = {}) => ({
      ...cancelled(extra),
      type: 'couples' as const,
      clientIds: ['c-1', 'c-2'],
    });
    const d = evaluateMissedSessionFee(couples(), [client], policy);
    expect(d).toMatchObject({ outcome: 'undecided', clientId: null, responsiblePartyId: null });
    expect(codes(d)).toEqual([TIME_UNKNOWN, 'scheduling.cancellation.client_unknown']);
    expect(d.reasons[1]?.facts).toEqual({ clientIds: ['c-2'] });
    const uncovered = evaluateMissedSessionFee(cancelled(), { ...client, payerClasses: [] }, policy);
    expect(codes(uncovered)).toEqual([
      TIME_UNKNOWN,
      'scheduling.cancellation.coverage_unknown',
      'scheduling.cancellation.responsible_party',
    ]);
    // An exemption of the known client still rules the fee out.
    const medicaid = evaluateMissedSessionFee(couples(), [{ ...client, payerClasses: ['medicaid'] }], policy);
    expect(medicaid.outcome).toBe('no_charge');
    // With no fee at all, a missing record still stands between a late time and the answer.
    expect(
      evaluateMissedSessionFee(couples(), [client], { ...policy, lateCancelFee: { kind: 'none' } }).outcome,
    ).toBe('undecided');
  });

  it('never uses a free miss on it: a free miss is counted by its time in the 12 months', () => {
    const d = evaluateMissedSessionFee(cancelled(), client, { ...policy, waiversPer12Months: 1 });
    expect(d).toMatchObject({ outcome: 'undecided', waiverUsed: false, feeCents: 0 });
  });

  it('asks whether the client billed is a minor at the first late time: 18 on 2026-03-10 is a minor on 2026-03-09', () => {
    // No fee is set, but a minor without a guarantor is undecided when late: the first late instant of a
    // Tuesday 10:00 session is Monday 2026-03-09 10:00:00.001.
    const noFee: CancellationPolicyInput = { ...policy, lateCancelFee: { kind: 'none' } };
    const bornOn = (birthDate: string) => ({ ...client, birthDate });
    expect(evaluateMissedSessionFee(cancelled(), bornOn('2008-03-10'), noFee).outcome).toBe('undecided');
    // An adult from the Monday, who acknowledged the policy that morning as an adult.
    const adultMonday = {
      ...bornOn('2008-03-09'),
      cancellationPolicyAcknowledgedAt: '2026-03-09T08:00:00-04:00',
    };
    expect(evaluateMissedSessionFee(cancelled(), adultMonday, noFee).outcome).toBe('no_charge');
    // Their acknowledgement from January was signed at 17: it does not bind the adult, whatever the time.
    expect(codes(evaluateMissedSessionFee(cancelled(), bornOn('2008-03-09'), noFee))).toContain(
      'scheduling.cancellation.acknowledged_as_minor',
    );
    // Acknowledged on the Tuesday: any earlier late time is exempt, and by then they are 18.
    const ackTuesday = {
      ...bornOn('2008-03-10'),
      cancellationPolicyAcknowledgedAt: '2026-03-10T08:00:00-04:00',
    };
    expect(evaluateMissedSessionFee(cancelled(), ackTuesday, noFee).outcome).toBe('no_charge');
    // Without a required acknowledgement the Monday counts again.
    expect(
      evaluateMissedSessionFee(cancelled(), ackTuesday, { ...noFee, requireAcknowledgement: false }).outcome,
    ).toBe('undecided');
    // A guarantor pays a minor's fees: nothing missing.
    expect(
      evaluateMissedSessionFee(
        cancelled(),
        {
          ...bornOn('2008-03-10'),
          guarantorId: 'p-1',
          guarantorPolicyAcknowledgedAt: '2026-01-05T12:00:00-05:00',
        },
        noFee,
      ).outcome,
    ).toBe('no_charge');
  });

  it('cannot decide a percentage fee without the session fee, even under a cap of zero', () => {
    const { sessionFeeCents: _, ...noSessionFee } = cancelled();
    const half: CancellationPolicyInput = {
      ...policy,
      lateCancelFee: { kind: 'percent_of_session', basisPoints: 5_000 },
    };
    expect(evaluateMissedSessionFee(noSessionFee, client, half).outcome).toBe('undecided');
    // As when the time is known: a late cancellation needs the session fee before its cap is looked at.
    const capped = { ...half, capCents: 0 };
    const known = evaluateMissedSessionFee(
      { ...cancelled({}, '2026-03-10T07:00:00-04:00'), sessionFeeCents: undefined },
      client,
      capped,
    );
    expect(known.outcome).toBe('undecided');
    expect(evaluateMissedSessionFee(noSessionFee, client, capped).outcome).toBe('undecided');
  });
});

describe('firstLateMs', () => {
  it('is the first late millisecond: 24 hours before a Tuesday 10:00 session, and Friday 10:00 for a Monday', () => {
    const hours = CancellationPolicy.parse(policy);
    const start = Date.parse(START);
    expect(firstLateMs(start, hours, hours.practiceZone)).toBe(Date.parse('2026-03-09T10:00:00.001-04:00'));
    const days = CancellationPolicy.parse({ ...policy, notice: { unit: 'business_days', days: 1 } });
    const monday = Date.parse('2026-03-16T10:00:00-04:00');
    expect(firstLateMs(monday, days, days.practiceZone)).toBe(Date.parse('2026-03-13T10:00:00.001-04:00'));
    const half = CancellationPolicy.parse({ ...policy, notice: { unit: 'hours', hours: 0.5 } });
    expect(firstLateMs(start, half, half.practiceZone)).toBe(Date.parse('2026-03-10T09:30:00.001-04:00'));
  });
});

// ---- properties --------------------------------------------------------------------------------------

const DAY = 86_400_000;
const STARTS = ['2026-03-10T10:00:00-04:00', '2026-03-09T09:10:00-04:00', '2026-11-02T08:00:00-05:00'];
const PAYERS: SchedulingPayerClass[] = ['commercial', 'medicaid', 'medicare', 'self_pay', 'workers_comp'];

const caseArb = fc.record({
  start: fc.constantFrom(...STARTS),
  notice: fc.oneof(
    fc.record({ unit: fc.constant('hours' as const), hours: fc.constantFrom(0, 0.5, 24, 48, 72) }),
    fc.record({ unit: fc.constant('business_days' as const), days: fc.integer({ min: 1, max: 3 }) }),
  ),
  lateCancelFee: fc.constantFrom(
    { kind: 'none' as const },
    { kind: 'flat' as const, cents: 0 },
    { kind: 'flat' as const, cents: 5_000 },
    { kind: 'percent_of_session' as const, basisPoints: 5_000 },
    { kind: 'full_session' as const },
  ),
  capCents: fc.option(fc.constantFrom(0, 10_000), { nil: undefined }),
  sessionFeeCents: fc.option(fc.constantFrom(0, 15_000), { nil: undefined }),
  requireAcknowledgement: fc.boolean(),
  emergencyWaives: fc.boolean(),
  lateRescheduleCountsAsCancellation: fc.boolean(),
  waiversPer12Months: fc.integer({ min: 0, max: 1 }),
  exemptPayerClasses: fc.constantFrom([], ['workers_comp'] as SchedulingPayerClass[]),
  rescheduled: fc.boolean(),
  emergencyDocumented: fc.boolean(),
  payerClasses: fc.subarray(PAYERS, { maxLength: 2 }),
  // Acknowledged around the session (hours either side), or never.
  ackOffsetHours: fc.option(fc.integer({ min: -24 * 400, max: 24 * 10 }), { nil: undefined }),
  // Turning 18 within days of the session, or no birth date recorded.
  birthDayOffset: fc.option(fc.integer({ min: -6, max: 6 }), { nil: undefined }),
  guarantor: fc.boolean(),
  recordGiven: fc.boolean(),
  priorWaiverDaysBefore: fc.option(fc.integer({ min: 1, max: 400 }), { nil: undefined }),
});
type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

function inputsOf(c: Case) {
  const startMs = Date.parse(c.start);
  const policyInput: CancellationPolicyInput = {
    practiceZone: 'America/New_York',
    notice: c.notice,
    lateCancelFee: c.lateCancelFee,
    ...(c.capCents === undefined ? {} : { capCents: c.capCents }),
    requireAcknowledgement: c.requireAcknowledgement,
    emergencyWaives: c.emergencyWaives,
    lateRescheduleCountsAsCancellation: c.lateRescheduleCountsAsCancellation,
    waiversPer12Months: c.waiversPer12Months,
    exemptPayerClasses: c.exemptPayerClasses,
  };
  const birthYear = new Date(startMs + (c.birthDayOffset ?? 0) * DAY);
  const birthDate = `${birthYear.getUTCFullYear() - 18}-${String(birthYear.getUTCMonth() + 1).padStart(2, '0')}-${String(birthYear.getUTCDate()).padStart(2, '0')}`;
  const ackMs = c.ackOffsetHours === undefined ? undefined : startMs + c.ackOffsetHours * 3_600_000;
  const theClient: SchedulingClientInput = {
    id: 'c-1',
    zone: 'America/New_York',
    locationState: 'NY',
    payerClasses: c.payerClasses,
    ...(ackMs === undefined ? {} : { cancellationPolicyAcknowledgedAt: new Date(ackMs).toISOString() }),
    ...(c.birthDayOffset === undefined ? {} : { birthDate }),
    ...(c.guarantor
      ? {
          guarantorId: 'p-1',
          ...(ackMs === undefined ? {} : { guarantorPolicyAcknowledgedAt: new Date(ackMs).toISOString() }),
        }
      : {}),
  };
  const appointment = (at: number | undefined) => ({
    ...session('a-1', c.start, new Date(startMs + 50 * 60_000).toISOString(), {
      ...(c.sessionFeeCents === undefined ? {} : { sessionFeeCents: c.sessionFeeCents }),
      status: {
        state: 'cancelled' as const,
        by: 'client' as const,
        ...(at === undefined ? {} : { at: new Date(at).toISOString() }),
        rescheduled: c.rescheduled,
        emergencyDocumented: c.emergencyDocumented,
      },
    }),
  });
  const options =
    c.priorWaiverDaysBefore === undefined
      ? {}
      : { priorWaivers: [new Date(startMs - c.priorWaiverDaysBefore * DAY).toISOString()] };
  const decide = (at: number | undefined): MissedSessionFeeDecision =>
    evaluateMissedSessionFee(appointment(at), c.recordGiven ? [theClient] : [], policyInput, options);
  return { startMs, ackMs, policyInput, decide };
}

/** The first late millisecond, found by bisection on the rule itself (not on `firstLateMs`). */
function bisectFirstLate(startMs: number, policyInput: CancellationPolicyInput): number {
  const parsed = CancellationPolicy.parse(policyInput);
  let lo = startMs - 800 * DAY; // on time
  let hi = startMs + 1; // late
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (isLateCancellation(startMs, mid, parsed, parsed.practiceZone)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** Times at which a known cancellation time could change the decision, and a few more. */
function witnessTimes(
  startMs: number,
  ackMs: number | undefined,
  firstLate: number,
  extra: readonly number[],
) {
  const t0 = ackMs === undefined ? firstLate : Math.max(firstLate, ackMs);
  const around = (t: number) => [t - 1, t, t + 1];
  return [
    startMs - 800 * DAY,
    ...around(firstLate),
    ...around(t0),
    ...(ackMs === undefined ? [] : around(ackMs)),
    startMs,
    startMs + 3 * DAY,
    startMs + 800 * DAY,
    ...extra,
  ];
}

const sideOf = (d: MissedSessionFeeDecision) => `${d.outcome}/${d.feeCents}/${d.waiverUsed}`;

describe('evaluateMissedSessionFee with the time unknown (properties)', () => {
  it('never charges, never uses a free miss, and always says the time is unknown', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const d = inputsOf(c).decide(undefined);
        expect(d.outcome).not.toBe('charge');
        expect(d.feeCents).toBe(0);
        expect(d.waiverUsed).toBe(false);
        expect(d.kind).toBe('cancel_time_unknown');
        expect(codes(d)).toContain(TIME_UNKNOWN);
        const said = d.reasons.find((r) => r.code === TIME_UNKNOWN);
        expect(said?.severity).toBe(d.outcome === 'undecided' ? 'error' : 'info');
      }),
      { numRuns: 300 },
    );
  });

  it('is the outcome every time gives when all times agree, and undecided when any two differ', () => {
    fc.assert(
      fc.property(
        caseArb,
        fc.array(fc.integer({ min: -40 * DAY, max: 40 * DAY }), { maxLength: 6 }),
        (c, offsets) => {
          const { startMs, ackMs, policyInput, decide } = inputsOf(c);
          const unknown = decide(undefined);
          const times = witnessTimes(
            startMs,
            ackMs,
            bisectFirstLate(startMs, policyInput),
            offsets.map((o) => startMs + o),
          );
          const sides = new Set(times.map((t) => sideOf(decide(t))));
          if (sides.size === 1) expect(sideOf(unknown)).toBe([...sides][0]);
          else expect(unknown.outcome).toBe('undecided');
        },
      ),
      { numRuns: 400 },
    );
  });

  it('firstLateMs agrees with the rule: late from it on, on time just before', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { startMs, policyInput } = inputsOf(c);
        const parsed = CancellationPolicy.parse(policyInput);
        const first = firstLateMs(startMs, parsed, parsed.practiceZone);
        expect(isLateCancellation(startMs, first, parsed, parsed.practiceZone)).toBe(true);
        expect(isLateCancellation(startMs, first - 1, parsed, parsed.practiceZone)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('decides a known time exactly as before: leaving the time out changes nothing for a practice cancellation', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: -40 * DAY, max: 40 * DAY }), (c, offset) => {
        const { startMs, policyInput } = inputsOf(c);
        const byPractice = (at?: number) =>
          evaluateMissedSessionFee(
            session('a-1', c.start, new Date(startMs + 50 * 60_000).toISOString(), {
              status: {
                state: 'cancelled',
                by: 'practice',
                ...(at === undefined ? {} : { at: new Date(at).toISOString() }),
              },
            }),
            [client],
            policyInput,
          );
        expect(byPractice(undefined)).toEqual(byPractice(startMs + offset));
      }),
      { numRuns: 100 },
    );
  });
});
