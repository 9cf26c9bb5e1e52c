import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/core/index.js';
import type { SchedulingClientInput } from '../../../src/scheduling/appointments/client-profile.js';
import type { SchedulingPayerClass } from '../../../src/scheduling/appointments/payer-class.js';
import {
  EvaluateMissedSessionFeeOptions,
  evaluateMissedSessionFee as evaluateMissedSessionFeeAt,
} from '../../../src/scheduling/fees/cancellation-fee.js';
import type { CancellationPolicyInput } from '../../../src/scheduling/fees/cancellation-policy.js';
import { session } from '../scheduling-fixtures.js';

// Decided long after every session of these tests, so each no-show here is past its mark; the timing of
// a no-show against `asOf` has its own tests.
const AFTER_EVERY_SESSION = '2100-01-01T00:00:00Z';
type FeeArgs = Parameters<typeof evaluateMissedSessionFeeAt>;
function evaluateMissedSessionFee(a: FeeArgs[0], c: FeeArgs[1], p: FeeArgs[2], o: Partial<FeeArgs[3]> = {}) {
  return evaluateMissedSessionFeeAt(a, c, p, { asOf: AFTER_EVERY_SESSION, ...o });
}

const policy: CancellationPolicyInput = { practiceZone: 'America/New_York' };
const client: SchedulingClientInput = {
  id: 'c-1',
  zone: 'America/New_York',
  locationState: 'NY',
  payerClasses: ['commercial'],
  cancellationPolicyAcknowledgedAt: '2026-01-05T12:00:00-05:00',
  // An adult: born 1988-04-12 (a client with neither a birth date nor a guarantor is not charged).
  birthDate: '1988-04-12',
};
// Tuesday 2026-03-10 10:00 in New York, $150 session.
const cancelledAt = (at: string, extra: object = {}) =>
  session('a-1', '2026-03-10T10:00:00-04:00', '2026-03-10T10:50:00-04:00', {
    sessionFeeCents: 15_000,
    status: { state: 'cancelled', by: 'client', at, ...extra },
  });
const codes = (d: { reasons: readonly { code: string }[] }) => d.reasons.map((r) => r.code);

describe('evaluateMissedSessionFee', () => {
  it('charges the full session fee when a commercial client cancels 3 hours before', () => {
    const d = evaluateMissedSessionFee(cancelledAt('2026-03-10T07:00:00-04:00'), client, policy);
    expect(d).toMatchObject({ outcome: 'charge', kind: 'late_cancel', feeCents: 15_000, waiverUsed: false });
    expect(codes(d)).toEqual([
      'scheduling.cancellation.fee_charged',
      'scheduling.cancellation.late',
      'scheduling.cancellation.responsible_party',
    ]);
    expect(d.reasons[1]?.facts.noticeHours).toBe(3);
    expect(d).toMatchObject({ clientIds: ['c-1'], clientId: 'c-1', responsiblePartyId: 'c-1' });
  });

  it('charges nothing when the client cancels 25 hours before', () => {
    const d = evaluateMissedSessionFee(cancelledAt('2026-03-09T09:00:00-04:00'), client, policy);
    expect(d).toMatchObject({ outcome: 'no_charge', kind: 'on_time_cancel', feeCents: 0 });
  });

  it('counts 24 hours across the DST change in elapsed time', () => {
    // Sunday 2026-03-08 10:30 EDT to Monday 10:00 is 23.5 elapsed hours: late.
    const d = evaluateMissedSessionFee(
      {
        ...cancelledAt('2026-03-08T10:30:00-04:00'),
        start: '2026-03-09T10:00:00-04:00',
        end: '2026-03-09T10:50:00-04:00',
      },
      client,
      policy,
    );
    expect(d.kind).toBe('late_cancel');
  });

  it('uses business days in the practice zone: Friday 10:00 is the deadline for a Monday 10:00 session', () => {
    const businessDay: CancellationPolicyInput = { ...policy, notice: { unit: 'business_days', days: 1 } };
    const monday = (at: string) => ({
      ...cancelledAt(at),
      start: '2026-03-16T10:00:00-04:00',
      end: '2026-03-16T10:50:00-04:00',
    });
    expect(evaluateMissedSessionFee(monday('2026-03-13T09:59:00-04:00'), client, businessDay).kind).toBe(
      'on_time_cancel',
    );
    expect(evaluateMissedSessionFee(monday('2026-03-13T10:01:00-04:00'), client, businessDay).kind).toBe(
      'late_cancel',
    );
    // A holiday on Friday moves the deadline to Thursday.
    const holiday = { ...businessDay, holidays: ['2026-03-13'] };
    expect(evaluateMissedSessionFee(monday('2026-03-13T09:00:00-04:00'), client, holiday).kind).toBe(
      'late_cancel',
    );
  });

  // A practice open every day, one business day's notice: a Monday 2026-11-02 01:30 EST session must be
  // cancelled by Sunday 01:30, an hour the clock shows twice (New York falls back at 02:00 EDT that night).
  const overnight: CancellationPolicyInput = {
    ...policy,
    weekend: [],
    notice: { unit: 'business_days', days: 1 },
  };
  const mondayOvernight = (at: string) => ({
    ...cancelledAt(at),
    start: '2026-11-02T01:30:00-05:00',
    end: '2026-11-02T02:20:00-05:00',
  });

  it('reads a business-day deadline the clock shows twice (Sunday 2026-11-01 01:30) as its later instant', () => {
    // 01:15 and 01:30 EST, the second time the wall clock shows them, are still on time; 01:31 EST is late.
    for (const at of [
      '2026-11-01T01:45:00-04:00',
      '2026-11-01T01:15:00-05:00',
      '2026-11-01T01:30:00-05:00',
    ]) {
      expect(evaluateMissedSessionFee(mondayOvernight(at), client, overnight).kind).toBe('on_time_cancel');
    }
    expect(
      evaluateMissedSessionFee(mondayOvernight('2026-11-01T01:31:00-05:00'), client, overnight),
    ).toMatchObject({
      outcome: 'charge',
      kind: 'late_cancel',
    });
  });

  it('moves a business-day deadline the clock skips (Sunday 2027-03-14 02:30) forward to 03:30 EDT', () => {
    const monday = (at: string) => ({
      ...cancelledAt(at),
      start: '2027-03-15T02:30:00-04:00',
      end: '2027-03-15T03:20:00-04:00',
    });
    expect(evaluateMissedSessionFee(monday('2027-03-14T03:30:00-04:00'), client, overnight).kind).toBe(
      'on_time_cancel',
    );
    expect(evaluateMissedSessionFee(monday('2027-03-14T03:31:00-04:00'), client, overnight).kind).toBe(
      'late_cancel',
    );
  });

  it('never makes a cancellation late before the later instant of an ambiguous deadline (property)', () => {
    // Any session minute in the repeated hour on Monday 2026-11-02, cancelled at any instant up to the later
    // (EST) reading of the same wall time on Sunday: on time. One minute after it: late.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 180 }), (minute, before) => {
        const mm = String(minute).padStart(2, '0');
        const appt = (at: string) => ({
          ...cancelledAt(at),
          start: `2026-11-02T01:${mm}:00-05:00`,
          end: `2026-11-02T02:${mm}:00-05:00`,
        });
        const laterMs = Date.parse(`2026-11-01T01:${mm}:00-05:00`);
        const at = (ms: number) => new Date(ms).toISOString();
        expect(evaluateMissedSessionFee(appt(at(laterMs - before * 60_000)), client, overnight).kind).toBe(
          'on_time_cancel',
        );
        expect(evaluateMissedSessionFee(appt(at(laterMs + 60_000)), client, overnight).kind).toBe(
          'late_cancel',
        );
      }),
    );
  });

  it('never charges a Medicaid-only client, and says why', () => {
    const d = evaluateMissedSessionFee(
      cancelledAt('2026-03-10T07:00:00-04:00'),
      { ...client, payerClasses: ['medicaid'] },
      policy,
    );
    expect(d.outcome).toBe('no_charge');
    expect(codes(d)).toContain('scheduling.cancellation.medicaid_exempt');
  });

  it('exempts a Medicaid member with other coverage by default, charges when the policy says so', () => {
    const dual = { ...client, payerClasses: ['commercial', 'medicaid'] as SchedulingPayerClass[] };
    expect(evaluateMissedSessionFee(cancelledAt('2026-03-10T07:00:00-04:00'), dual, policy).outcome).toBe(
      'no_charge',
    );
    expect(
      evaluateMissedSessionFee(cancelledAt('2026-03-10T07:00:00-04:00'), dual, {
        ...policy,
        medicaidWithOtherCoverage: 'charge',
      }).outcome,
    ).toBe('charge');
  });

  it('charges a Medicare client only when the policy is uniform', () => {
    const medicare = { ...client, payerClasses: ['medicare'] as SchedulingPayerClass[] };
    const late = cancelledAt('2026-03-10T07:00:00-04:00');
    expect(evaluateMissedSessionFee(late, medicare, { ...policy, workersComp: 'charge' }).outcome).toBe(
      'charge',
    );
    expect(codes(evaluateMissedSessionFee(late, medicare, { ...policy, appliesUniformly: false }))).toContain(
      'scheduling.cancellation.medicare_not_uniform',
    );
    expect(evaluateMissedSessionFee(late, medicare, { ...policy, medicare: 'never' }).outcome).toBe(
      'no_charge',
    );
    // One consultant's reading: exempting workers' comp makes the policy non-uniform.
    const d = evaluateMissedSessionFee(late, medicare, { ...policy, exemptPayerClasses: ['workers_comp'] });
    expect(codes(d)).toEqual([
      'scheduling.cancellation.medicare_not_uniform',
      'scheduling.cancellation.late',
      'scheduling.cancellation.responsible_party',
    ]);
  });

  it('exempts a payer class the practice never charges', () => {
    const d = evaluateMissedSessionFee(
      cancelledAt('2026-03-10T07:00:00-04:00'),
      { ...client, payerClasses: ['workers_comp'] },
      {
        ...policy,
        exemptPayerClasses: ['workers_comp'],
      },
    );
    expect(codes(d)[0]).toBe('scheduling.cancellation.payer_class_exempt');
  });

  it('charges nothing when the client never acknowledged the written policy, or acknowledged it after', () => {
    const late = cancelledAt('2026-03-10T07:00:00-04:00');
    const { cancellationPolicyAcknowledgedAt: _, ...never } = client;
    expect(codes(evaluateMissedSessionFee(late, never, policy))[0]).toBe(
      'scheduling.cancellation.not_acknowledged',
    );
    const afterwards = { ...client, cancellationPolicyAcknowledgedAt: '2026-03-10T08:00:00-04:00' };
    expect(evaluateMissedSessionFee(late, afterwards, policy).outcome).toBe('no_charge');
    expect(evaluateMissedSessionFee(late, never, { ...policy, requireAcknowledgement: false }).outcome).toBe(
      'charge',
    );
  });

  it('waives the fee for a documented emergency and for clinician cancellations', () => {
    expect(
      codes(
        evaluateMissedSessionFee(
          cancelledAt('2026-03-10T07:00:00-04:00', { emergencyDocumented: true }),
          client,
          policy,
        ),
      )[0],
    ).toBe('scheduling.cancellation.emergency');
    const byClinician = session('a-1', '2026-03-10T10:00:00-04:00', '2026-03-10T10:50:00-04:00', {
      status: { state: 'cancelled', by: 'clinician', at: '2026-03-10T09:00:00-04:00' },
    });
    expect(evaluateMissedSessionFee(byClinician, client, policy)).toMatchObject({
      outcome: 'no_charge',
      kind: 'cancelled_by_practice',
    });
  });

  it('treats a late reschedule as a cancellation only when the policy says so', () => {
    const moved = cancelledAt('2026-03-10T07:00:00-04:00', { rescheduled: true });
    expect(evaluateMissedSessionFee(moved, client, policy).kind).toBe('late_reschedule');
    expect(
      evaluateMissedSessionFee(moved, client, { ...policy, lateRescheduleCountsAsCancellation: true }).kind,
    ).toBe('late_cancel');
  });

  it('charges the no-show fee, 50 % of the session rounded half up, capped at $70', () => {
    const noShow = session('a-2', '2026-03-10T10:00:00-04:00', '2026-03-10T10:50:00-04:00', {
      sessionFeeCents: 15_001,
      status: { state: 'no_show' },
    });
    const half = { ...policy, noShowFee: { kind: 'percent_of_session' as const, basisPoints: 5_000 } };
    expect(evaluateMissedSessionFee(noShow, client, half)).toMatchObject({
      outcome: 'charge',
      kind: 'no_show',
      feeCents: 7_501,
    });
    const capped = evaluateMissedSessionFee(noShow, client, { ...half, capCents: 7_000 });
    expect(capped.feeCents).toBe(7_000);
    expect(codes(capped)).toContain('scheduling.cancellation.fee_capped');
  });

  it('never charges a flat fee above the session fee', () => {
    const cheap = { ...cancelledAt('2026-03-10T07:00:00-04:00'), sessionFeeCents: 2_000 };
    expect(
      evaluateMissedSessionFee(cheap, client, { ...policy, lateCancelFee: { kind: 'flat', cents: 5_000 } })
        .feeCents,
    ).toBe(2_000);
  });

  it('cannot decide a percentage fee without the session fee', () => {
    const { sessionFeeCents: _, ...noFee } = cancelledAt('2026-03-10T07:00:00-04:00');
    const d = evaluateMissedSessionFee(noFee, client, policy);
    expect(d.outcome).toBe('undecided');
    expect(codes(d)[0]).toBe('scheduling.cancellation.missing_session_fee');
  });

  it('uses one free miss per rolling 12 months', () => {
    const late = cancelledAt('2026-03-10T07:00:00-04:00');
    const generous = { ...policy, waiversPer12Months: 1 };
    expect(evaluateMissedSessionFee(late, client, generous)).toMatchObject({
      outcome: 'no_charge',
      waiverUsed: true,
    });
    expect(
      evaluateMissedSessionFee(late, client, generous, { priorWaivers: ['2025-06-01T10:00:00-04:00'] })
        .outcome,
    ).toBe('charge');
    expect(
      evaluateMissedSessionFee(late, client, generous, { priorWaivers: ['2025-03-10T10:00:00-04:00'] })
        .waiverUsed,
    ).toBe(true);
  });

  it('charges nothing for a session that was not missed, or a fee kind of none or zero', () => {
    const done = session('a-3', '2026-03-10T10:00:00-04:00', '2026-03-10T10:50:00-04:00', {
      status: { state: 'completed' },
    });
    expect(evaluateMissedSessionFee(done, client, policy).kind).toBe('not_missed');
    const late = cancelledAt('2026-03-10T07:00:00-04:00');
    expect(
      codes(evaluateMissedSessionFee(late, client, { ...policy, lateCancelFee: { kind: 'none' } }))[0],
    ).toBe('scheduling.cancellation.no_fee_configured');
    expect(
      evaluateMissedSessionFee(late, client, { ...policy, lateCancelFee: { kind: 'flat', cents: 0 } })
        .outcome,
    ).toBe('no_charge');
  });

  it('rejects a negative fee, an unknown zone and a client not on the appointment, echoing nothing', () => {
    try {
      evaluateMissedSessionFee(cancelledAt('2026-03-10T07:00:00-04:00'), client, {
        practiceZone: 'Europe/Atlantis',
        lateCancelFee: { kind: 'flat', cents: -2_500 },
        capCents: -1,
      });
      expect.unreachable();
    } catch (error) {
      expect((error as ValidationError).issues.map((i) => [i.at, i.code])).toEqual([
        ['$.policy.practiceZone', 'core.zone.unknown'],
        ['$.policy.lateCancelFee.cents', 'core.money.negative'],
        ['$.policy.capCents', 'core.money.negative'],
      ]);
      expect((error as Error).message).not.toMatch(/Atlantis|2500|-1\b/);
    }
    const stranger = { ...client, id: 'c-9' };
    for (const [clients, at] of [
      [stranger, '$.clients.id'],
      [[client, stranger], '$.clients[1].id'],
    ] as const) {
      try {
        evaluateMissedSessionFee(cancelledAt('2026-03-10T07:00:00-04:00'), clients, policy);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(ValidationError);
        expect((error as ValidationError).issues.map((i) => [i.at, i.code])).toEqual([
          [at, 'scheduling.cancellation.client_not_on_appointment'],
        ]);
        expect((error as Error).message).not.toContain('c-9');
      }
    }
  });

  it('lists every bad argument’s problems at once, each under its parameter’s name', () => {
    const late = cancelledAt('2026-03-10T07:00:00-04:00');
    const problems = (call: () => unknown) => {
      try {
        call();
      } catch (error) {
        expect(error).toBeInstanceOf(ValidationError);
        const e = error as ValidationError;
        expect(e.message).not.toMatch(/Mars|ZZ|yesterday|Maria/);
        return { subject: e.subject, issues: e.issues.map((i) => [i.at, i.code]) };
      }
      return expect.unreachable();
    };
    // A client, the policy and asOf all bad: the caller learns of all three at once.
    expect(
      problems(() =>
        evaluateMissedSessionFee(
          late,
          { ...client, zone: 'Mars/Base', birthDate: '2026-02-30' },
          { practiceZone: 'America/New_York', capCents: -5 },
          { asOf: 'yesterday' },
        ),
      ),
    ).toEqual({
      subject: 'clients, cancellation policy and missed session fee options',
      issues: [
        ['$.clients.zone', 'core.zone.unknown'],
        ['$.clients.birthDate', 'core.date.invalid'],
        ['$.policy.capCents', 'core.money.negative'],
        ['$.options.asOf', 'core.instant.invalid'],
      ],
    });
    // In a list, each client's problems carry its index; the appointment's come first.
    expect(
      problems(() =>
        evaluateMissedSessionFee(
          { ...late, start: 'soon' },
          [client, { ...client, zone: 'Mars/Base' }],
          policy,
        ),
      ),
    ).toEqual({
      subject: 'appointment and clients',
      issues: [
        ['$.appointment.start', 'core.instant.invalid'],
        ['$.clients[1].zone', 'core.zone.unknown'],
      ],
    });
  });

  // Properties over any policy, client and event.
  const anyCase = fc.record({
    noticeMinutes: fc.integer({ min: -120, max: 72 * 60 }),
    noShow: fc.boolean(),
    sessionFee: fc.option(fc.integer({ min: 0, max: 100_000 })),
    fee: fc.oneof(
      fc.constant({ kind: 'none' as const }),
      fc.integer({ min: 0, max: 50_000 }).map((cents) => ({ kind: 'flat' as const, cents })),
      fc
        .integer({ min: 0, max: 10_000 })
        .map((basisPoints) => ({ kind: 'percent_of_session' as const, basisPoints })),
      fc.constant({ kind: 'full_session' as const }),
    ),
    cap: fc.option(fc.integer({ min: 0, max: 30_000 })),
    payerClasses: fc.uniqueArray(
      fc.constantFrom<SchedulingPayerClass>(
        'commercial',
        'medicare',
        'medicaid',
        'tricare',
        'workers_comp',
        'self_pay',
        'other',
      ),
      { minLength: 1, maxLength: 3 },
    ),
    exempt: fc.uniqueArray(fc.constantFrom<SchedulingPayerClass>('workers_comp', 'tricare', 'other'), {
      maxLength: 2,
    }),
    emergency: fc.boolean(),
    acknowledged: fc.boolean(),
    by: fc.constantFrom('client', 'client', 'clinician', 'practice') as fc.Arbitrary<
      'client' | 'clinician' | 'practice'
    >,
    waivers: fc.integer({ min: 0, max: 2 }),
    uniform: fc.boolean(),
  });

  it('a fee is never negative nor above the cap or session fee, and is zero whenever an exemption applies', () => {
    fc.assert(
      fc.property(anyCase, (c) => {
        const start = Date.parse('2026-03-10T14:00:00Z');
        const at = new Date(start - c.noticeMinutes * 60_000).toISOString();
        const appointment = session('a-p', '2026-03-10T10:00:00-04:00', '2026-03-10T10:50:00-04:00', {
          ...(c.sessionFee === null ? {} : { sessionFeeCents: c.sessionFee }),
          status: c.noShow
            ? { state: 'no_show', emergencyDocumented: c.emergency }
            : { state: 'cancelled', by: c.by, at, emergencyDocumented: c.emergency },
        });
        const who = {
          ...client,
          payerClasses: c.payerClasses,
          ...(c.acknowledged ? {} : { cancellationPolicyAcknowledgedAt: undefined }),
        };
        const p: CancellationPolicyInput = {
          ...policy,
          lateCancelFee: c.fee,
          noShowFee: c.fee,
          exemptPayerClasses: c.exempt,
          waiversPer12Months: c.waivers,
          appliesUniformly: c.uniform,
          ...(c.cap === null ? {} : { capCents: c.cap }),
        };
        const d = evaluateMissedSessionFee(appointment, who, p);
        expect(d.feeCents).toBeGreaterThanOrEqual(0);
        if (c.cap !== null) expect(d.feeCents).toBeLessThanOrEqual(c.cap);
        if (c.sessionFee !== null) expect(d.feeCents).toBeLessThanOrEqual(c.sessionFee);
        expect(d.outcome === 'charge').toBe(d.feeCents > 0);
        const insured = c.payerClasses.filter((x) => x !== 'self_pay');
        const exemption =
          c.emergency ||
          !c.acknowledged ||
          insured.includes('medicaid') ||
          c.payerClasses.some((x) => c.exempt.includes(x)) ||
          (c.payerClasses.includes('medicare') && (!c.uniform || c.exempt.length > 0)) ||
          (!c.noShow && c.by !== 'client');
        if (exemption) expect(d.feeCents).toBe(0);
        if (d.outcome !== 'charge') expect(d.reasons.length).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });

  it('classification is monotone in notice: more notice never makes a cancellation late', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 96 * 60 }),
        fc.integer({ min: 0, max: 96 * 60 }),
        fc.integer({ min: 1, max: 5 }),
        (a, b, days) => {
          const start = Date.parse('2026-03-16T14:00:00Z');
          const kind = (m: number, p: CancellationPolicyInput) =>
            evaluateMissedSessionFee(
              {
                ...cancelledAt(new Date(start - m * 60_000).toISOString()),
                start: '2026-03-16T10:00:00-04:00',
                end: '2026-03-16T10:50:00-04:00',
              },
              client,
              p,
            ).kind;
          const [less, more] = a <= b ? [a, b] : [b, a];
          for (const p of [policy, { ...policy, notice: { unit: 'business_days' as const, days } }]) {
            if (kind(less, p) === 'on_time_cancel') expect(kind(more, p)).toBe('on_time_cancel');
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

// Named cases that pin each rule at its edge: a change of `<` to `<=`, of one payer class or of a
// window's first day turns one of these red.
describe('evaluateMissedSessionFee at the edges of each rule', () => {
  const late = cancelledAt('2026-03-10T07:00:00-04:00');
  const reasonOf = (d: { reasons: readonly { code: string }[] }, code: string) =>
    d.reasons.find((r) => r.code === code) as
      | { message: string; severity: string; facts: object }
      | undefined;

  it('treats a cancellation exactly 24 hours before a Tuesday 10:00 session as on time, a minute later as late', () => {
    const onTime = evaluateMissedSessionFee(cancelledAt('2026-03-09T10:00:00-04:00'), client, policy);
    expect(onTime).toMatchObject({ outcome: 'no_charge', kind: 'on_time_cancel' });
    expect(reasonOf(onTime, 'scheduling.cancellation.on_time')?.facts).toEqual({
      noticeHours: 24,
      notice: { unit: 'hours', hours: 24 },
      marginHours: 0,
    });
    const d = evaluateMissedSessionFee(cancelledAt('2026-03-09T10:01:00-04:00'), client, policy);
    expect(d.kind).toBe('late_cancel');
    // Notice is counted in whole minutes: 23 h 59 min.
    expect(reasonOf(d, 'scheduling.cancellation.late')?.facts).toEqual({
      noticeHours: 1439 / 60,
      notice: { unit: 'hours', hours: 24 },
      marginHours: -1 / 60,
    });
    expect(
      evaluateMissedSessionFee(cancelledAt('2026-03-09T10:00:30-04:00'), client, policy).reasons[1]?.facts
        .noticeHours,
    ).toBe(1439 / 60);
  });

  it('treats a cancellation at exactly Friday 10:00 as on time for a Monday 10:00 session with one business day of notice', () => {
    const businessDay: CancellationPolicyInput = { ...policy, notice: { unit: 'business_days', days: 1 } };
    const monday = (at: string) => ({
      ...cancelledAt(at),
      start: '2026-03-16T10:30:00-04:00',
      end: '2026-03-16T11:20:00-04:00',
    });
    expect(evaluateMissedSessionFee(monday('2026-03-13T10:30:00-04:00'), client, businessDay).kind).toBe(
      'on_time_cancel',
    );
    expect(evaluateMissedSessionFee(monday('2026-03-13T10:30:01-04:00'), client, businessDay).kind).toBe(
      'late_cancel',
    );
    // Two business days before Monday 2026-03-16 is Thursday 2026-03-12 at the same wall time, 09:05.
    const early = {
      ...cancelledAt('2026-03-12T09:05:00-04:00'),
      start: '2026-03-16T09:05:00-04:00',
      end: '2026-03-16T09:55:00-04:00',
    };
    const twoDays: CancellationPolicyInput = { ...policy, notice: { unit: 'business_days', days: 2 } };
    expect(evaluateMissedSessionFee(early, client, twoDays).kind).toBe('on_time_cancel');
    expect(
      evaluateMissedSessionFee(
        { ...early, status: { state: 'cancelled', by: 'client', at: '2026-03-12T09:06:00-04:00' } },
        client,
        twoDays,
      ).kind,
    ).toBe('late_cancel');
    // Saturday and Sunday are not business days unless the practice says so: with a Sunday-only weekend,
    // one business day before Monday is Saturday.
    const sundayOnly: CancellationPolicyInput = { ...businessDay, weekend: ['sun'] };
    expect(evaluateMissedSessionFee(monday('2026-03-14T10:00:00-04:00'), client, sundayOnly).kind).toBe(
      'on_time_cancel',
    );
    expect(evaluateMissedSessionFee(monday('2026-03-14T10:00:00-04:00'), client, businessDay).kind).toBe(
      'late_cancel',
    );
  });

  it('keeps the session’s minutes in a business-day deadline: Friday 09:10 for a Monday 09:10 session', () => {
    const businessDay: CancellationPolicyInput = { ...policy, notice: { unit: 'business_days', days: 1 } };
    const monday = (at: string) => ({
      ...cancelledAt(at),
      start: '2026-03-16T09:10:00-04:00',
      end: '2026-03-16T10:00:00-04:00',
    });
    expect(evaluateMissedSessionFee(monday('2026-03-13T09:10:00-04:00'), client, businessDay).kind).toBe(
      'on_time_cancel',
    );
    expect(evaluateMissedSessionFee(monday('2026-03-13T09:11:00-04:00'), client, businessDay).kind).toBe(
      'late_cancel',
    );
  });

  it('exempts a client whose only coverage is Medicaid, also beside self-pay, under 42 CFR 447.15', () => {
    const medicaidAndSelf = { ...client, payerClasses: ['medicaid', 'self_pay'] as SchedulingPayerClass[] };
    // The policy charges Medicaid members who have other coverage; this client has none.
    const d = evaluateMissedSessionFee(late, medicaidAndSelf, {
      ...policy,
      medicaidWithOtherCoverage: 'charge',
    });
    expect(d.outcome).toBe('no_charge');
    expect(reasonOf(d, 'scheduling.cancellation.medicaid_exempt')).toEqual(
      expect.objectContaining({
        severity: 'info',
        message: 'Medicaid-only clients are not charged for missed sessions.',
        facts: { clientId: 'c-1', payerClasses: ['medicaid', 'self_pay'] },
      }),
    );
    // A practice that chooses to charge Medicaid-only clients (where the state plan allows it) may.
    expect(
      evaluateMissedSessionFee(late, medicaidAndSelf, { ...policy, medicaidOnly: 'charge' }).outcome,
    ).toBe('charge');
  });

  it('treats Medicaid beside commercial coverage by the other-coverage setting, not the Medicaid-only one', () => {
    const dual = { ...client, payerClasses: ['commercial', 'medicaid'] as SchedulingPayerClass[] };
    const exempt = evaluateMissedSessionFee(late, dual, { ...policy, medicaidOnly: 'charge' });
    expect(exempt.outcome).toBe('no_charge');
    expect(reasonOf(exempt, 'scheduling.cancellation.medicaid_exempt')).toEqual(
      expect.objectContaining({
        message: 'The policy does not charge Medicaid members.',
        facts: { clientId: 'c-1', payerClasses: ['commercial', 'medicaid'] },
      }),
    );
    expect(
      evaluateMissedSessionFee(late, dual, {
        ...policy,
        medicaidOnly: 'exempt',
        medicaidWithOtherCoverage: 'charge',
      }).outcome,
    ).toBe('charge');
  });

  it('keeps a Medicare policy uniform when only Medicaid is exempt (Medicare Claims Processing Manual ch. 1 § 30.3.13)', () => {
    const medicare = { ...client, payerClasses: ['medicare'] as SchedulingPayerClass[] };
    const d = evaluateMissedSessionFee(late, medicare, {
      ...policy,
      workersComp: 'charge',
      exemptPayerClasses: ['medicaid'],
    });
    expect(d.outcome).toBe('charge');
    // Exempting Medicare itself is an exemption of its own, not a broken uniformity.
    const exempted = evaluateMissedSessionFee(late, medicare, {
      ...policy,
      exemptPayerClasses: ['medicare'],
    });
    expect(codes(exempted)).toEqual([
      'scheduling.cancellation.payer_class_exempt',
      'scheduling.cancellation.late',
      'scheduling.cancellation.responsible_party',
    ]);
    expect(reasonOf(exempted, 'scheduling.cancellation.payer_class_exempt')?.facts).toEqual({
      clientId: 'c-1',
      payerClasses: ['medicare'],
    });
    const notUniform = evaluateMissedSessionFee(late, medicare, {
      ...policy,
      exemptPayerClasses: ['workers_comp', 'medicaid', 'other'],
    });
    expect(reasonOf(notUniform, 'scheduling.cancellation.medicare_not_uniform')).toEqual(
      expect.objectContaining({
        severity: 'info',
        facts: {
          clientId: 'c-1',
          medicare: 'when_uniform',
          appliesUniformly: true,
          otherExemptPayerClasses: ['other', 'workers_comp'],
        },
      }),
    );
    expect(reasonOf(notUniform, 'scheduling.cancellation.medicare_not_uniform')?.message).toMatch(/same way/);
  });

  it('lists every exempt payer class of the client, sorted', () => {
    const d = evaluateMissedSessionFee(
      late,
      { ...client, payerClasses: ['workers_comp', 'commercial', 'other'] },
      { ...policy, exemptPayerClasses: ['other', 'workers_comp', 'tricare'] },
    );
    expect(reasonOf(d, 'scheduling.cancellation.payer_class_exempt')?.facts).toEqual({
      clientId: 'c-1',
      payerClasses: ['other', 'workers_comp'],
    });
  });

  it('counts a free miss used on 2025-03-11 inside the 12 months before 2026-03-10, one on 2025-03-10 outside', () => {
    const one = { ...policy, waiversPer12Months: 1 };
    const inside = evaluateMissedSessionFee(late, client, one, {
      priorWaivers: ['2025-03-11T09:00:00-04:00'],
    });
    expect(inside).toMatchObject({ outcome: 'charge', waiverUsed: false, feeCents: 15_000 });
    const outside = evaluateMissedSessionFee(late, client, one, {
      priorWaivers: ['2025-03-10T23:59:00-04:00'],
    });
    expect(outside).toMatchObject({ outcome: 'no_charge', waiverUsed: true, feeCents: 0 });
    expect(reasonOf(outside, 'scheduling.cancellation.waiver_applied')?.facts).toEqual({
      used: 0,
      allowed: 1,
      waivedCents: 15_000,
    });
    expect(reasonOf(inside, 'scheduling.cancellation.no_free_miss_left')?.facts).toEqual({
      used: 1,
      allowed: 1,
    });
    // The day is the practice's: 2025-03-11 03:30 UTC is still 2025-03-10 in New York.
    expect(
      evaluateMissedSessionFee(late, client, one, { priorWaivers: ['2025-03-11T03:30:00Z'] }).waiverUsed,
    ).toBe(true);
    // A waiver recorded after this miss does not count against it; one at the same instant does.
    expect(
      evaluateMissedSessionFee(late, client, one, { priorWaivers: ['2026-03-10T07:00:01-04:00'] }).waiverUsed,
    ).toBe(true);
    expect(
      evaluateMissedSessionFee(late, client, one, { priorWaivers: ['2026-03-10T07:00:00-04:00'] }).waiverUsed,
    ).toBe(false);
    // Two free misses: one used leaves one.
    const two = evaluateMissedSessionFee(
      late,
      client,
      { ...policy, waiversPer12Months: 2 },
      {
        priorWaivers: ['2025-12-01T10:00:00-05:00'],
      },
    );
    expect(reasonOf(two, 'scheduling.cancellation.waiver_applied')?.facts).toEqual({
      used: 1,
      allowed: 2,
      waivedCents: 15_000,
    });
  });

  it('accepts an acknowledgement signed at the very instant of the cancellation', () => {
    const signedThen = { ...client, cancellationPolicyAcknowledgedAt: '2026-03-10T07:00:00-04:00' };
    expect(evaluateMissedSessionFee(late, signedThen, policy).outcome).toBe('charge');
    const signedAfter = { ...client, cancellationPolicyAcknowledgedAt: '2026-03-10T07:00:01-04:00' };
    expect(
      reasonOf(
        evaluateMissedSessionFee(late, signedAfter, policy),
        'scheduling.cancellation.not_acknowledged',
      ),
    ).toEqual(expect.objectContaining({ facts: { clientId: 'c-1', acknowledged: true } }));
    const { cancellationPolicyAcknowledgedAt: _, ...never } = client;
    expect(
      reasonOf(evaluateMissedSessionFee(late, never, policy), 'scheduling.cancellation.not_acknowledged')
        ?.facts,
    ).toEqual({
      clientId: 'c-1',
      acknowledged: false,
    });
  });

  it('does not waive for an emergency the policy leaves to review, and says nothing of a fee cap the fee meets', () => {
    const emergency = cancelledAt('2026-03-10T07:00:00-04:00', { emergencyDocumented: true });
    expect(evaluateMissedSessionFee(emergency, client, { ...policy, emergencyWaives: false }).outcome).toBe(
      'charge',
    );
    const atCap = evaluateMissedSessionFee(late, client, { ...policy, capCents: 15_000 });
    expect(atCap.feeCents).toBe(15_000);
    expect(codes(atCap)).not.toContain('scheduling.cancellation.fee_capped');
    const capped = evaluateMissedSessionFee(late, client, { ...policy, capCents: 14_999 });
    expect(reasonOf(capped, 'scheduling.cancellation.fee_capped')?.facts).toEqual({
      uncappedCents: 15_000,
      capCents: 14_999,
    });
  });

  it('charges the flat fee as set when no cap limits it and the session fee is above it', () => {
    const d = evaluateMissedSessionFee({ ...late, sessionFeeCents: 15_000 }, client, {
      ...policy,
      lateCancelFee: { kind: 'flat', cents: 7_500 },
    });
    expect(d).toMatchObject({ outcome: 'charge', feeCents: 7_500 });
    expect(reasonOf(d, 'scheduling.cancellation.fee_charged')).toEqual(
      expect.objectContaining({ severity: 'warning', facts: { feeCents: 7_500, responsiblePartyId: 'c-1' } }),
    );
    // A 40 % no-show fee of a $125.00 session, rounded down: $50.00.
    const noShow = session('a-4', '2026-03-10T10:00:00-04:00', '2026-03-10T10:50:00-04:00', {
      sessionFeeCents: 12_501,
      status: { state: 'no_show' },
    });
    expect(
      evaluateMissedSessionFee(noShow, client, {
        ...policy,
        noShowFee: { kind: 'percent_of_session', basisPoints: 4_000, rounding: 'down' },
      }).feeCents,
    ).toBe(5_000);
  });

  it('leaves a $200 flat fee undecided when the session fee it may not exceed is not recorded', () => {
    const { sessionFeeCents: _, ...noSessionFee } = late;
    const d = evaluateMissedSessionFee(noSessionFee, client, {
      ...policy,
      lateCancelFee: { kind: 'flat', cents: 20_000 },
    });
    expect(d).toMatchObject({ outcome: 'undecided', feeCents: 0 });
    expect(reasonOf(d, 'scheduling.cancellation.missing_session_fee')).toEqual(
      expect.objectContaining({ severity: 'error', facts: { fee: 'flat' } }),
    );
    // A flat fee of zero is zero whatever the session fee.
    expect(
      evaluateMissedSessionFee(noSessionFee, client, { ...policy, lateCancelFee: { kind: 'flat', cents: 0 } })
        .outcome,
    ).toBe('no_charge');
  });

  it('never charges a flat fee above the session fee, nor without one (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50_000 }),
        fc.option(fc.integer({ min: 0, max: 50_000 }), { nil: undefined }),
        (cents, sessionFeeCents) => {
          const { sessionFeeCents: _, ...rest } = late;
          const appointment = sessionFeeCents === undefined ? rest : { ...rest, sessionFeeCents };
          const d = evaluateMissedSessionFee(appointment, client, {
            ...policy,
            lateCancelFee: { kind: 'flat', cents },
          });
          if (sessionFeeCents === undefined) {
            expect(d.outcome).toBe('undecided');
            expect(d.feeCents).toBe(0);
          } else {
            expect(d.feeCents).toBeLessThanOrEqual(sessionFeeCents);
            if (d.outcome === 'charge') expect(d.feeCents).toBe(Math.min(cents, sessionFeeCents));
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('sends a minor’s fee to the guarantor and says so', () => {
    const minor = {
      ...client,
      birthDate: '2012-05-01',
      guarantorId: 'g-1',
      guarantorPolicyAcknowledgedAt: '2026-01-05T12:00:00-05:00',
    };
    const d = evaluateMissedSessionFee(late, minor, policy);
    expect(d).toMatchObject({ outcome: 'charge', clientId: 'c-1', responsiblePartyId: 'g-1' });
    expect(reasonOf(d, 'scheduling.cancellation.responsible_party')?.message).toMatch(
      /The fee goes to their guarantor\.$/,
    );
    const { guarantorId: _, guarantorPolicyAcknowledgedAt: __, ...noGuarantor } = minor;
    const undecided = evaluateMissedSessionFee(late, noGuarantor, policy);
    expect(undecided.outcome).toBe('undecided');
    expect(reasonOf(undecided, 'scheduling.cancellation.minor_without_guarantor')).toEqual(
      expect.objectContaining({ severity: 'error', facts: { clientId: 'c-1', ageOfMajority: 18 } }),
    );
  });

  it('cannot decide without a client record or coverage, and names what is missing', () => {
    const couple = { ...late, type: 'couples' as const, clientIds: ['c-1', 'c-2'] };
    const missing = evaluateMissedSessionFee(couple, client, policy);
    expect(missing).toMatchObject({ outcome: 'undecided', clientId: null, responsiblePartyId: null });
    expect(reasonOf(missing, 'scheduling.cancellation.client_unknown')).toEqual(
      expect.objectContaining({ severity: 'error', facts: { clientIds: ['c-2'] } }),
    );
    const unknownCoverage = evaluateMissedSessionFee(late, { ...client, payerClasses: [] }, policy);
    expect(reasonOf(unknownCoverage, 'scheduling.cancellation.coverage_unknown')).toEqual(
      expect.objectContaining({ severity: 'error', facts: { clientIds: ['c-1'] } }),
    );
    const { sessionFeeCents: _, ...noFee } = late;
    expect(
      reasonOf(evaluateMissedSessionFee(noFee, client, policy), 'scheduling.cancellation.missing_session_fee')
        ?.facts,
    ).toEqual({
      fee: 'full_session',
    });
  });

  it('takes the options’ defaults, needs asOf, and refuses an unknown option', () => {
    expect(EvaluateMissedSessionFeeOptions.parse({ asOf: '2026-03-10T11:00:00-04:00' })).toEqual({
      asOf: '2026-03-10T11:00:00-04:00',
      priorWaivers: [],
      openCrisisClientIds: [],
      clinicianFeeDecisions: [],
      crisisPeriods: [],
    });
    expect(EvaluateMissedSessionFeeOptions.safeParse({}).success).toBe(false);
    expect(
      EvaluateMissedSessionFeeOptions.safeParse({ asOf: '2026-03-10T11:00:00-04:00', waivers: [] }).success,
    ).toBe(false);
    expect(() => evaluateMissedSessionFeeAt(late, client, policy, {} as never)).toThrow(ValidationError);
    expect(evaluateMissedSessionFee(late, client, { ...policy, waiversPer12Months: 1 }, {}).waiverUsed).toBe(
      true,
    );
  });

  it('spends no free miss on a fee capped to zero', () => {
    const d = evaluateMissedSessionFee(late, client, { ...policy, waiversPer12Months: 1, capCents: 0 });
    expect(d).toMatchObject({ outcome: 'no_charge', waiverUsed: false, feeCents: 0 });
    expect(d.reasons[0]?.code).toBe('scheduling.cancellation.no_fee_configured');
  });

  it('cannot decide a 50 % no-show fee without the session fee', () => {
    const noShow = session('a-5', '2026-03-10T10:00:00-04:00', '2026-03-10T10:50:00-04:00', {
      status: { state: 'no_show' },
    });
    const d = evaluateMissedSessionFee(noShow, client, {
      ...policy,
      noShowFee: { kind: 'percent_of_session', basisPoints: 5_000 },
    });
    expect(d.outcome).toBe('undecided');
    expect(reasonOf(d, 'scheduling.cancellation.missing_session_fee')?.facts).toEqual({
      fee: 'percent_of_session',
    });
  });

  it('dates a no-show by the session: a client turning 18 on 2026-03-10 pays their own no-show fee that day', () => {
    // Born 2008-03-10, no guarantor on file: a minor until the session day.
    // They acknowledged the policy on the morning of their birthday, as an adult.
    const turning18 = {
      ...client,
      birthDate: '2008-03-10',
      cancellationPolicyAcknowledgedAt: '2026-03-10T08:00:00-04:00',
    };
    const noShow = session('a-6', '2026-03-10T10:00:00-04:00', '2026-03-10T10:50:00-04:00', {
      sessionFeeCents: 15_000,
      status: { state: 'no_show' },
    });
    expect(evaluateMissedSessionFee(noShow, turning18, policy)).toMatchObject({
      outcome: 'charge',
      responsiblePartyId: 'c-1',
    });
    // Their own late cancellation the evening before is dated by when they cancelled: still a minor.
    const d = evaluateMissedSessionFee(
      cancelledAt('2026-03-09T20:00:00-04:00'),
      { ...client, birthDate: '2008-03-10' },
      policy,
    );
    expect(d.outcome).toBe('undecided');
    expect(codes(d)[0]).toBe('scheduling.cancellation.minor_without_guarantor');
    // A no-show is a miss at the session’s start: an acknowledgement signed after it is too late.
    const signedAfter = { ...client, cancellationPolicyAcknowledgedAt: '2026-03-10T10:00:01-04:00' };
    expect(codes(evaluateMissedSessionFee(noShow, signedAfter, policy))[0]).toBe(
      'scheduling.cancellation.not_acknowledged',
    );
  });

  it('answers each no-charge case with its outcome, code and facts', () => {
    const at = '2026-03-10T07:00:00-04:00';
    const notMissed = evaluateMissedSessionFee({ ...late, status: { state: 'completed' } }, client, policy);
    expect(notMissed).toMatchObject({ outcome: 'no_charge', kind: 'not_missed', feeCents: 0 });
    expect(notMissed.reasons[0]).toMatchObject({
      code: 'scheduling.cancellation.not_missed',
      facts: { state: 'completed' },
    });
    const byClinician = evaluateMissedSessionFee(
      { ...late, status: { state: 'cancelled', by: 'clinician', at } },
      client,
      policy,
    );
    expect(byClinician).toMatchObject({ outcome: 'no_charge', kind: 'cancelled_by_practice' });
    expect(byClinician.reasons[0]).toMatchObject({
      code: 'scheduling.cancellation.by_clinician',
      facts: { by: 'clinician' },
    });
    const moved = evaluateMissedSessionFee(cancelledAt(at, { rescheduled: true }), client, policy);
    expect(moved).toMatchObject({ outcome: 'no_charge', kind: 'late_reschedule' });
    expect(moved.reasons[0]).toMatchObject({
      code: 'scheduling.cancellation.reschedule_not_counted',
      facts: { noticeHours: 3 },
    });
    const noShow = evaluateMissedSessionFee({ ...late, status: { state: 'no_show' } }, client, policy);
    expect(reasonOf(noShow, 'scheduling.cancellation.no_show')).toEqual(
      expect.objectContaining({ severity: 'warning', facts: { start: '2026-03-10T10:00:00-04:00' } }),
    );
    const none = evaluateMissedSessionFee(late, client, { ...policy, lateCancelFee: { kind: 'none' } });
    expect(none).toMatchObject({ outcome: 'no_charge', kind: 'late_cancel', feeCents: 0 });
    expect(none.reasons[0]).toMatchObject({
      code: 'scheduling.cancellation.no_fee_configured',
      message: 'The policy sets no fee for this.',
      facts: { kind: 'late_cancel' },
    });
    const zero = evaluateMissedSessionFee(late, client, {
      ...policy,
      lateCancelFee: { kind: 'flat', cents: 0 },
    });
    expect(zero.reasons.map((r) => r.code)).toEqual([
      'scheduling.cancellation.no_fee_configured',
      'scheduling.cancellation.late',
      'scheduling.cancellation.responsible_party',
    ]);
    expect(zero.reasons[0]).toMatchObject({
      message: 'The fee works out to zero.',
      facts: { kind: 'late_cancel' },
    });
    const unknown = evaluateMissedSessionFee(late, { ...client, payerClasses: [] }, policy);
    expect(unknown).toMatchObject({ outcome: 'undecided', kind: 'late_cancel' });
  });

  it('says on what basis it chose who pays: the appointment, the one party, or the first client listed', () => {
    const named = evaluateMissedSessionFee(
      { ...late, type: 'couples', clientIds: ['c-1', 'c-2'], responsibleClientId: 'c-2' },
      [client, { ...client, id: 'c-2' }],
      policy,
    );
    expect(reasonOf(named, 'scheduling.cancellation.responsible_party')).toEqual(
      expect.objectContaining({
        message: 'The appointment names the client billed for the session.',
        facts: { clientId: 'c-2', responsiblePartyId: 'c-2', basis: 'appointment' },
      }),
    );
    const first = evaluateMissedSessionFee(
      { ...late, type: 'couples', clientIds: ['c-1', 'c-2'] },
      [client, { ...client, id: 'c-2' }],
      policy,
    );
    expect(reasonOf(first, 'scheduling.cancellation.responsible_party')?.message).toBe(
      'No responsible client is recorded for the session; the first client listed is billed.',
    );
    // A self-paying adult pays their own fee: no word of a guarantor.
    expect(
      reasonOf(evaluateMissedSessionFee(late, client, policy), 'scheduling.cancellation.responsible_party')
        ?.message,
    ).toBe('Every client of the session is billed to the same party.');
  });

  it('names the input that failed validation', () => {
    const subjectOf = (call: () => unknown) => {
      try {
        call();
      } catch (error) {
        return [(error as ValidationError).subject, (error as ValidationError).issues[0].message];
      }
      return undefined;
    };
    expect(subjectOf(() => evaluateMissedSessionFee({ ...late, start: 'soon' }, client, policy))?.[0]).toBe(
      'appointment',
    );
    expect(
      subjectOf(() => evaluateMissedSessionFee(late, { ...client, zone: 'Mars/Olympus' }, policy))?.[0],
    ).toBe('clients');
    expect(
      subjectOf(() => evaluateMissedSessionFee(late, client, { practiceZone: 'Mars/Olympus' }))?.[0],
    ).toBe('cancellation policy');
    expect(
      subjectOf(() => evaluateMissedSessionFee(late, client, policy, { priorWaivers: ['soon'] }))?.[0],
    ).toBe('missed session fee options');
    expect(subjectOf(() => evaluateMissedSessionFee(late, { ...client, id: 'c-9' }, policy))).toEqual([
      'clients',
      'is not one of the appointment’s clients',
    ]);
  });

  it('explains every decision in words: each reason has a code, a severity and a non-empty message', () => {
    const cases = [
      evaluateMissedSessionFee(late, client, policy),
      evaluateMissedSessionFee(cancelledAt('2026-03-08T10:00:00-04:00'), client, policy),
      evaluateMissedSessionFee(
        cancelledAt('2026-03-10T07:00:00-04:00', { rescheduled: true }),
        client,
        policy,
      ),
      evaluateMissedSessionFee(
        cancelledAt('2026-03-10T07:00:00-04:00', { emergencyDocumented: true }),
        client,
        policy,
      ),
      evaluateMissedSessionFee(
        { ...late, status: { state: 'cancelled', by: 'practice', at: '2026-03-10T07:00:00-04:00' } },
        client,
        policy,
      ),
      evaluateMissedSessionFee({ ...late, status: { state: 'scheduled' } }, client, policy),
      evaluateMissedSessionFee({ ...late, status: { state: 'no_show' } }, client, policy),
      evaluateMissedSessionFee(late, { ...client, payerClasses: ['medicaid'] }, policy),
      evaluateMissedSessionFee(late, { ...client, payerClasses: ['medicaid', 'commercial'] }, policy),
      evaluateMissedSessionFee(
        late,
        { ...client, payerClasses: ['medicare'] },
        { ...policy, medicare: 'never' },
      ),
      evaluateMissedSessionFee(
        late,
        { ...client, payerClasses: ['other'] },
        { ...policy, exemptPayerClasses: ['other'] },
      ),
      evaluateMissedSessionFee(late, { ...client, payerClasses: [] }, policy),
      evaluateMissedSessionFee({ ...late, type: 'couples', clientIds: ['c-1', 'c-2'] }, client, policy),
      evaluateMissedSessionFee(late, { ...client, birthDate: '2012-05-01' }, policy),
      evaluateMissedSessionFee(late, { ...client, cancellationPolicyAcknowledgedAt: undefined }, policy),
      evaluateMissedSessionFee(late, client, { ...policy, lateCancelFee: { kind: 'none' } }),
      evaluateMissedSessionFee(late, client, { ...policy, lateCancelFee: { kind: 'flat', cents: 0 } }),
      evaluateMissedSessionFee(late, client, { ...policy, capCents: 100 }),
      evaluateMissedSessionFee(late, client, { ...policy, waiversPer12Months: 1 }),
      evaluateMissedSessionFee((({ sessionFeeCents: _, ...a }) => a)(late), client, policy),
    ];
    const seen = new Set<string>();
    for (const d of cases) {
      for (const r of d.reasons) {
        seen.add(r.code);
        expect(r.message.length, r.code).toBeGreaterThan(10);
        expect(['info', 'warning', 'error']).toContain(r.severity);
      }
    }
    expect(seen.size).toBe(20);
  });

  it('warns when it bills the first client listed, a convention rather than a recorded fact, and informs otherwise', () => {
    const couples = { ...late, type: 'couples' as const, clientIds: ['c-1', 'c-2'] };
    const both = [client, { ...client, id: 'c-2' }];
    const severity = (d: { reasons: readonly { code: string }[] }) =>
      reasonOf(d, 'scheduling.cancellation.responsible_party')?.severity;
    expect(severity(evaluateMissedSessionFee(couples, both, policy))).toBe('warning');
    expect(severity(evaluateMissedSessionFee({ ...couples, responsibleClientId: 'c-2' }, both, policy))).toBe(
      'info',
    );
    expect(severity(evaluateMissedSessionFee(late, client, policy))).toBe('info');
  });

  it('gives a business-day window’s notice in hours without an hours margin', () => {
    const businessDay: CancellationPolicyInput = { ...policy, notice: { unit: 'business_days', days: 1 } };
    // Monday 2026-03-09 10:00 is one business day before the Tuesday 10:00 session: on time, 24 hours.
    const onTime = evaluateMissedSessionFee(cancelledAt('2026-03-09T10:00:00-04:00'), client, businessDay);
    expect(reasonOf(onTime, 'scheduling.cancellation.on_time')?.facts).toEqual({
      noticeHours: 24,
      notice: { unit: 'business_days', days: 1 },
    });
    const lateOne = evaluateMissedSessionFee(late, client, businessDay);
    expect(reasonOf(lateOne, 'scheduling.cancellation.late')?.facts).toEqual({
      noticeHours: 3,
      notice: { unit: 'business_days', days: 1 },
    });
  });

  it('says the free misses went to the client’s other misses when none is left', () => {
    const d = evaluateMissedSessionFee(
      late,
      client,
      { ...policy, waiversPer12Months: 1 },
      {
        priorWaivers: ['2025-12-01T09:00:00-05:00'],
      },
    );
    expect(reasonOf(d, 'scheduling.cancellation.no_free_miss_left')?.message).toBe(
      "The 12 months' free misses went to this client's other misses.",
    );
  });
});

// Cancelled by the client at 07:00 on Tuesday 2026-03-10, three hours before the 10:00 session.
const lateAt7 = cancelledAt('2026-03-10T07:00:00-04:00');

describe('evaluateMissedSessionFee: a no-show only from 15 minutes after the start', () => {
  // Tuesday 2026-03-10 10:00–10:50 in New York, $150, recorded as a no-show.
  const noShow = session('a-ns', '2026-03-10T10:00:00-04:00', '2026-03-10T10:50:00-04:00', {
    sessionFeeCents: 15_000,
    status: { state: 'no_show' },
  });
  const at = (asOf: string, p: CancellationPolicyInput = policy) =>
    evaluateMissedSessionFeeAt(noShow, client, p, { asOf });

  it('leaves a no-show recorded at 10:05 undecided: the client has until 10:15 to arrive or call', () => {
    const d = at('2026-03-10T10:05:00-04:00');
    expect(d).toMatchObject({
      outcome: 'undecided',
      kind: 'no_show',
      feeCents: 0,
      responsiblePartyId: 'c-1',
    });
    expect(codes(d)).toEqual([
      'scheduling.cancellation.no_show_too_early',
      'scheduling.cancellation.responsible_party',
    ]);
    expect(d.reasons[0]).toMatchObject({
      severity: 'error',
      facts: {
        start: '2026-03-10T10:00:00-04:00',
        noShowAfterMinutes: 15,
        noShowFrom: '2026-03-10T10:15:00-04:00',
        asOf: '2026-03-10T10:05:00-04:00',
      },
    });
    // The reason tells staff why and that no fee is charged until then.
    expect(d.reasons[0]?.message).toMatch(/no fee until then/);
  });

  it('charges it from 10:15 exactly, not a millisecond before', () => {
    expect(at('2026-03-10T10:14:59.999-04:00').outcome).toBe('undecided');
    expect(at('2026-03-10T10:15:00-04:00')).toMatchObject({ outcome: 'charge', feeCents: 15_000 });
  });

  it('never charges a no-show recorded for a session still to come (dated 2099)', () => {
    const future = session('a-99', '2099-03-10T10:00:00-04:00', '2099-03-10T10:50:00-04:00', {
      sessionFeeCents: 15_000,
      status: { state: 'no_show' },
    });
    const d = evaluateMissedSessionFeeAt(future, client, policy, { asOf: '2026-03-10T11:00:00-04:00' });
    expect(d).toMatchObject({ outcome: 'undecided', kind: 'no_show', feeCents: 0 });
    expect(codes(d)[0]).toBe('scheduling.cancellation.no_show_too_early');
  });

  it('takes the practice’s own mark: 10 minutes, or 0 (a no-show from the start)', () => {
    expect(at('2026-03-10T10:10:00-04:00', { ...policy, noShowAfterMinutes: 10 }).outcome).toBe('charge');
    expect(at('2026-03-10T10:09:00-04:00', { ...policy, noShowAfterMinutes: 10 }).outcome).toBe('undecided');
    expect(at('2026-03-10T10:00:00-04:00', { ...policy, noShowAfterMinutes: 0 }).outcome).toBe('charge');
    expect(() => at('2026-03-10T12:00:00-04:00', { ...policy, noShowAfterMinutes: 121 })).toThrow(
      ValidationError,
    );
    expect(() => at('2026-03-10T12:00:00-04:00', { ...policy, noShowAfterMinutes: -1 })).toThrow(
      ValidationError,
    );
  });

  it('leaves a cancellation recorded after asOf undecided: it has not happened yet', () => {
    const d = evaluateMissedSessionFeeAt(lateAt7, client, policy, { asOf: '2026-03-10T06:00:00-04:00' });
    expect(d).toMatchObject({ outcome: 'undecided', kind: 'late_cancel', feeCents: 0 });
    expect(codes(d)).toEqual([
      'scheduling.cancellation.cancelled_after_as_of',
      'scheduling.cancellation.responsible_party',
    ]);
    expect(d.reasons[0]?.facts).toEqual({
      cancelledAt: '2026-03-10T07:00:00-04:00',
      asOf: '2026-03-10T06:00:00-04:00',
    });
    expect(d.reasons[0]?.message).toMatch(/check the record; no fee until then/);
    // At the cancellation's own instant it is decided.
    expect(
      evaluateMissedSessionFeeAt(lateAt7, client, policy, { asOf: '2026-03-10T07:00:00-04:00' }).outcome,
    ).toBe('charge');
  });

  it('never charges a no-show before its mark, whatever the policy, mark and time', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: -10 * 24 * 60, max: 180 }),
        fc.boolean(),
        (mark, minutesAfterStart, medicaid) => {
          const asOf = new Date(Date.UTC(2026, 2, 10, 14) + minutesAfterStart * 60_000).toISOString();
          const d = evaluateMissedSessionFeeAt(
            noShow,
            { ...client, payerClasses: medicaid ? ['medicaid'] : ['commercial'] },
            { ...policy, noShowAfterMinutes: mark },
            { asOf },
          );
          if (minutesAfterStart < mark) {
            expect(d.outcome).toBe('undecided');
            expect(codes(d)[0]).toBe('scheduling.cancellation.no_show_too_early');
          } else expect(d.outcome).toBe(medicaid ? 'no_charge' : 'charge');
          expect(d.feeCents === 0 || minutesAfterStart >= mark).toBe(true);
        },
      ),
    );
  });
});

describe('evaluateMissedSessionFee: a client of unknown age is not charged as an adult', () => {
  const { birthDate: _born, ...noAge } = client;
  const noShow = session('a-ns', '2026-03-10T10:00:00-04:00', '2026-03-10T10:50:00-04:00', {
    sessionFeeCents: 15_000,
    status: { state: 'no_show' },
  });
  const asOf = { asOf: '2026-03-10T11:00:00-04:00' };

  it('leaves a no-show undecided when the client has neither a birth date nor a guarantor', () => {
    const d = evaluateMissedSessionFeeAt(noShow, noAge, policy, asOf);
    expect(d).toMatchObject({
      outcome: 'undecided',
      kind: 'no_show',
      feeCents: 0,
      responsiblePartyId: 'c-1',
    });
    expect(codes(d)[0]).toBe('scheduling.cancellation.age_unknown');
    expect(d.reasons[0]?.message).toMatch(/no birth date and no guarantor/);
    expect(d.reasons[0]).toMatchObject({ severity: 'error', facts: { clientId: 'c-1', ageOfMajority: 18 } });
    expect(evaluateMissedSessionFeeAt(lateAt7, noAge, policy, asOf).outcome).toBe('undecided');
  });

  it('charges the guarantor when one is recorded, birth date or not', () => {
    expect(
      evaluateMissedSessionFeeAt(
        noShow,
        { ...noAge, guarantorId: 'g-1', guarantorPolicyAcknowledgedAt: '2026-01-05T12:00:00-05:00' },
        policy,
        asOf,
      ),
    ).toMatchObject({
      outcome: 'charge',
      responsiblePartyId: 'g-1',
      feeCents: 15_000,
    });
  });

  it('charges an adult by birth date: 18 on 2026-03-10, born 2008-03-10; a minor a day younger is undecided', () => {
    const adult = {
      ...noAge,
      birthDate: '2008-03-10',
      cancellationPolicyAcknowledgedAt: '2026-03-10T00:00:00-04:00',
    };
    expect(evaluateMissedSessionFeeAt(noShow, adult, policy, asOf).outcome).toBe('charge');
    const minor = evaluateMissedSessionFeeAt(noShow, { ...noAge, birthDate: '2008-03-11' }, policy, asOf);
    expect(codes(minor)[0]).toBe('scheduling.cancellation.minor_without_guarantor');
  });

  it('lets an exemption rule the fee out first: a Medicaid client of unknown age is not charged', () => {
    const d = evaluateMissedSessionFeeAt(noShow, { ...noAge, payerClasses: ['medicaid'] }, policy, asOf);
    expect(d.outcome).toBe('no_charge');
    expect(codes(d)[0]).toBe('scheduling.cancellation.medicaid_exempt');
  });

  it('never charges a client billed who has neither a birth date nor a guarantor', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<SchedulingPayerClass>('commercial', 'medicare', 'self_pay', 'tricare', 'other'),
        fc.constantFrom('no_show', 'late'),
        (payer, kind) => {
          const d = evaluateMissedSessionFeeAt(
            kind === 'late' ? lateAt7 : noShow,
            { ...noAge, payerClasses: [payer] },
            policy,
            asOf,
          );
          expect(d.outcome).not.toBe('charge');
          expect(d.feeCents).toBe(0);
        },
      ),
    );
  });
});

describe('evaluateMissedSessionFee: a guarantor’s acknowledgement, not the minor’s', () => {
  // A 13-year-old (born 2012-05-01) who acknowledged the policy themselves; their mother pays.
  const minor: SchedulingClientInput = { ...client, birthDate: '2012-05-01', guarantorId: 'mom-1' };
  const late = cancelledAt('2026-03-10T07:00:00-04:00');
  const GUARDIAN_SIGNED = '2026-01-05T12:00:00-05:00';

  it('does not charge a minor’s late cancel on the minor’s own acknowledgement: undecided, asking for the guardian’s', () => {
    const d = evaluateMissedSessionFee(late, minor, policy);
    expect(d).toMatchObject({ outcome: 'undecided', feeCents: 0, responsiblePartyId: 'mom-1' });
    expect(d.reasons[0]).toMatchObject({
      code: 'scheduling.cancellation.guarantor_acknowledgement_missing',
      severity: 'error',
      facts: { clientId: 'c-1', guarantorId: 'mom-1' },
    });
    expect(d.reasons[0]?.message).toMatch(/the client’s own does not count/);
  });

  it('charges the guardian once the guardian acknowledged before the cancellation', () => {
    const d = evaluateMissedSessionFee(
      late,
      { ...minor, guarantorPolicyAcknowledgedAt: GUARDIAN_SIGNED },
      policy,
    );
    expect(d).toMatchObject({ outcome: 'charge', feeCents: 15_000, responsiblePartyId: 'mom-1' });
  });

  it('charges nothing when the guardian acknowledged only after the cancellation, whatever the minor signed', () => {
    const after = { ...minor, guarantorPolicyAcknowledgedAt: '2026-03-10T08:00:00-04:00' };
    const d = evaluateMissedSessionFee(late, after, policy);
    expect(d.outcome).toBe('no_charge');
    expect(codes(d)).toContain('scheduling.cancellation.not_acknowledged');
  });

  it('asks for nothing when the policy needs no acknowledgement', () => {
    const d = evaluateMissedSessionFee(late, minor, { ...policy, requireAcknowledgement: false });
    expect(d.outcome).toBe('charge');
  });

  it('asks for the guardian’s acknowledgement when the cancellation time is unknown too', () => {
    const d = evaluateMissedSessionFee(
      session('a-1', '2026-03-10T10:00:00-04:00', '2026-03-10T10:50:00-04:00', {
        sessionFeeCents: 15_000,
        status: { state: 'cancelled', by: 'client' },
      }),
      minor,
      policy,
    );
    expect(d.outcome).toBe('undecided');
    expect(codes(d)).toContain('scheduling.cancellation.guarantor_acknowledgement_missing');
  });

  it('never charges a guarantor whose own acknowledgement is missing or later than the miss (property)', () => {
    fc.assert(
      fc.property(
        fc.option(fc.integer({ min: -2000, max: 2000 }), { nil: undefined }),
        fc.option(fc.integer({ min: -2000, max: 2000 }), { nil: undefined }),
        (minorAckHours, guardianAckHours) => {
          const cancelMs = Date.parse('2026-03-10T07:00:00-04:00');
          const at = (h: number | undefined) =>
            h === undefined ? undefined : new Date(cancelMs + h * 3_600_000).toISOString();
          const c: SchedulingClientInput = {
            ...minor,
            ...(at(minorAckHours) === undefined
              ? {}
              : { cancellationPolicyAcknowledgedAt: at(minorAckHours) }),
            ...(at(guardianAckHours) === undefined
              ? {}
              : { guarantorPolicyAcknowledgedAt: at(guardianAckHours) }),
          };
          if (minorAckHours === undefined)
            delete (c as { cancellationPolicyAcknowledgedAt?: string }).cancellationPolicyAcknowledgedAt;
          const d = evaluateMissedSessionFee(late, c, policy);
          if (d.outcome === 'charge') {
            expect(guardianAckHours !== undefined && guardianAckHours <= 0).toBe(true);
          }
          if (guardianAckHours === undefined) expect(d.outcome).toBe('undecided');
        },
      ),
    );
  });
});

describe('evaluateMissedSessionFee: an acknowledgement of an earlier version of the written policy', () => {
  // Version 2 of the written policy was given to clients from 2026-12-01; Friday 2026-12-04 10:00 in New
  // York, cancelled at 08:00 (2 hours' notice).
  const v2: CancellationPolicyInput = { ...policy, acknowledgementsFrom: '2026-12-01' };
  const friday = session('a-v2', '2026-12-04T10:00:00-05:00', '2026-12-04T10:50:00-05:00', {
    sessionFeeCents: 15_000,
    status: { state: 'cancelled', by: 'client', at: '2026-12-04T08:00:00-05:00' },
  });
  const acknowledged = (at: string): SchedulingClientInput => ({
    ...client,
    cancellationPolicyAcknowledgedAt: at,
  });

  it('leaves the fee undecided when the client acknowledged only the 2025 version', () => {
    const d = evaluateMissedSessionFee(friday, acknowledged('2025-01-01T00:00:00Z'), v2);
    expect(d).toMatchObject({ outcome: 'undecided', kind: 'late_cancel', feeCents: 0 });
    expect(d.reasons[0]).toEqual(
      expect.objectContaining({
        code: 'scheduling.cancellation.policy_version_not_acknowledged',
        severity: 'error',
        facts: {
          clientId: 'c-1',
          acknowledgedAt: '2025-01-01T00:00:00Z',
          acknowledgementsFrom: '2026-12-01',
        },
      }),
    );
    expect(d.reasons[0]?.message).toMatch(/acknowledge the current one; no fee until then/);
  });

  it('charges once the client acknowledged the new version, from midnight of its first day in the practice zone', () => {
    expect(evaluateMissedSessionFee(friday, acknowledged('2026-12-01T00:00:00-05:00'), v2).outcome).toBe(
      'charge',
    );
    // 23:59 on 2026-11-30 in New York is still the earlier version.
    expect(evaluateMissedSessionFee(friday, acknowledged('2026-11-30T23:59:00-05:00'), v2).outcome).toBe(
      'undecided',
    );
  });

  it('charges as before when the policy names no version date, or does not require an acknowledgement', () => {
    expect(evaluateMissedSessionFee(friday, acknowledged('2025-01-01T00:00:00Z'), policy).outcome).toBe(
      'charge',
    );
    expect(
      evaluateMissedSessionFee(friday, acknowledged('2025-01-01T00:00:00Z'), {
        ...v2,
        requireAcknowledgement: false,
      }).outcome,
    ).toBe('charge');
  });

  it('asks the guarantor who pays to acknowledge the new version', () => {
    const minor: SchedulingClientInput = {
      ...client,
      birthDate: '2012-05-01',
      guarantorId: 'g-1',
      guarantorPolicyAcknowledgedAt: '2025-01-01T00:00:00Z',
      cancellationPolicyAcknowledgedAt: '2026-12-02T00:00:00-05:00',
    };
    const d = evaluateMissedSessionFee(friday, minor, v2);
    expect(d.outcome).toBe('undecided');
    expect(codes(d)).toContain('scheduling.cancellation.policy_version_not_acknowledged');
  });

  it('leaves a cancellation at an unknown time undecided too', () => {
    const unknownTime = {
      ...friday,
      status: { state: 'cancelled' as const, by: 'client' as const },
    };
    const d = evaluateMissedSessionFee(unknownTime, acknowledged('2025-01-01T00:00:00Z'), v2);
    expect(d.outcome).toBe('undecided');
    expect(codes(d)).toContain('scheduling.cancellation.policy_version_not_acknowledged');
  });

  it('never charges under a version acknowledged only before it was given (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -400 * 24, max: 3 * 24 }), (hoursFromVersion) => {
        // Hours from 2026-12-01 00:00 in New York (EST, -05:00).
        const at = new Date(Date.UTC(2026, 11, 1, 5) + hoursFromVersion * 3_600_000).toISOString();
        const d = evaluateMissedSessionFee(friday, acknowledged(at), v2);
        if (hoursFromVersion < 0) {
          expect(d.outcome).toBe('undecided');
          expect(d.feeCents).toBe(0);
        } else expect(d.outcome).toBe('charge');
      }),
      { numRuns: 100 },
    );
  });
});

describe('evaluateMissedSessionFee: an acknowledgement signed as a minor does not bind the adult', () => {
  // Born 2008-03-01: 18 on Sunday 2026-03-01 (New York, the practice zone). The miss is on 2026-03-10.
  const adult = (ack: string, extra: Partial<SchedulingClientInput> = {}) => ({
    ...client,
    birthDate: '2008-03-01',
    cancellationPolicyAcknowledgedAt: ack,
    ...extra,
  });
  const late = cancelledAt('2026-03-10T07:00:00-04:00');

  it('leaves the fee undecided when the adult acknowledged the policy at 17 (2026-01-05)', () => {
    const d = evaluateMissedSessionFee(late, adult('2026-01-05T12:00:00-05:00'), policy);
    expect(d).toMatchObject({ outcome: 'undecided', kind: 'late_cancel', feeCents: 0 });
    expect(d.reasons[0]?.message).toContain('an adult acknowledges it for themselves');
    expect(d.reasons[0]).toMatchObject({
      code: 'scheduling.cancellation.acknowledged_as_minor',
      severity: 'error',
      facts: {
        clientId: 'c-1',
        acknowledgedAt: '2026-01-05T12:00:00-05:00',
        adultOn: '2026-03-01',
        ageOfMajority: 18,
      },
    });
  });

  it('counts an acknowledgement from the first minute of the 18th birthday, in the practice zone', () => {
    expect(evaluateMissedSessionFee(late, adult('2026-03-01T00:00:00-05:00'), policy).outcome).toBe('charge');
    // The last second before it was signed by a minor.
    expect(codes(evaluateMissedSessionFee(late, adult('2026-02-28T23:59:59-05:00'), policy))[0]).toBe(
      'scheduling.cancellation.acknowledged_as_minor',
    );
    // 22:00 on the 28th in Los Angeles is 01:00 on the 1st in New York: the practice zone dates it, an adult.
    expect(evaluateMissedSessionFee(late, adult('2026-02-28T22:00:00-08:00'), policy).outcome).toBe('charge');
  });

  it('dates a 29 February birthday as the fee rule dates ages: an adult on 28 February in other years', () => {
    const leap = adult('2026-02-28T09:00:00-05:00', { birthDate: '2008-02-29' });
    expect(evaluateMissedSessionFee(late, leap, policy).outcome).toBe('charge');
    const before = adult('2026-02-27T09:00:00-05:00', { birthDate: '2008-02-29' });
    expect(evaluateMissedSessionFee(late, before, policy).reasons[0]?.facts).toMatchObject({
      adultOn: '2026-02-28',
    });
  });

  it('reads the age of majority from the policy: at 19 an acknowledgement signed at 18 does not count', () => {
    const at18 = adult('2026-01-05T12:00:00-05:00', { birthDate: '2007-03-01' });
    expect(evaluateMissedSessionFee(late, at18, policy).outcome).toBe('charge');
    const d = evaluateMissedSessionFee(late, at18, { ...policy, ageOfMajority: 19 });
    expect(d.outcome).toBe('undecided');
    expect(d.reasons[0]?.facts).toMatchObject({ adultOn: '2026-03-01', ageOfMajority: 19 });
  });

  it('does not ask when a guarantor pays, when no acknowledgement is required, or when an exemption applies', () => {
    const asMinor = adult('2026-01-05T12:00:00-05:00');
    const guaranteed = {
      ...asMinor,
      guarantorId: 'g-1',
      guarantorPolicyAcknowledgedAt: '2026-01-05T12:00:00-05:00',
    };
    expect(evaluateMissedSessionFee(late, guaranteed, policy)).toMatchObject({
      outcome: 'charge',
      responsiblePartyId: 'g-1',
    });
    expect(
      evaluateMissedSessionFee(late, asMinor, { ...policy, requireAcknowledgement: false }).outcome,
    ).toBe('charge');
    const medicaid = evaluateMissedSessionFee(late, { ...asMinor, payerClasses: ['medicaid'] }, policy);
    expect(medicaid.outcome).toBe('no_charge');
    expect(codes(medicaid)).not.toContain('scheduling.cancellation.acknowledged_as_minor');
    // Still a minor on the day: the missing guarantor is the reason, not the signature.
    const minor = evaluateMissedSessionFee(
      late,
      adult('2026-01-05T12:00:00-05:00', { birthDate: '2008-03-11' }),
      policy,
    );
    expect(codes(minor)[0]).toBe('scheduling.cancellation.minor_without_guarantor');
  });

  it('leaves a cancellation of unknown time undecided too, whatever the fee', () => {
    const d = evaluateMissedSessionFee(
      session('a-1', '2026-03-10T10:00:00-04:00', '2026-03-10T10:50:00-04:00', {
        sessionFeeCents: 15_000,
        status: { state: 'cancelled', by: 'client' },
      }),
      adult('2026-01-05T12:00:00-05:00'),
      { ...policy, lateCancelFee: { kind: 'none' } },
    );
    expect(d.outcome).toBe('undecided');
    expect(codes(d)).toContain('scheduling.cancellation.acknowledged_as_minor');
  });

  it('never charges an adult on an acknowledgement signed before their birthday of majority', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2_000 }),
        fc.integer({ min: 0, max: 2_000 }),
        fc.integer({ min: 18, max: 21 }),
        (ageDays, ackDay, ageOfMajority) => {
          // A birth date putting the client at least `ageOfMajority` on 2026-03-10, and an ack around it.
          const birthMs = Date.UTC(2026 - ageOfMajority, 2, 10) - ageDays * 86_400_000;
          const birthDate = new Date(birthMs).toISOString().slice(0, 10);
          const adultOn = `${Number(birthDate.slice(0, 4)) + ageOfMajority}${birthDate.slice(4)}`;
          const ackDate = new Date(Date.UTC(2026, 2, 9) - ackDay * 86_400_000).toISOString().slice(0, 10);
          const d = evaluateMissedSessionFee(late, adult(`${ackDate}T12:00:00-05:00`, { birthDate }), {
            ...policy,
            ageOfMajority,
          });
          const asMinor = codes(d).includes('scheduling.cancellation.acknowledged_as_minor');
          // 29 February births are adults on 28 February in other years.
          const threshold =
            adultOn.endsWith('02-29') && !/^(\d\d)(0[48]|[2468][048]|[13579][26])/.test(adultOn)
              ? `${adultOn.slice(0, 8)}28`
              : adultOn;
          expect(asMinor).toBe(ackDate < threshold);
          if (asMinor) expect(d).toMatchObject({ outcome: 'undecided', feeCents: 0 });
          else expect(d.outcome).toBe('charge');
        },
      ),
    );
  });
});

describe("evaluateMissedSessionFee: workers' compensation", () => {
  const late = cancelledAt('2026-03-10T07:00:00-04:00');
  const injured = { ...client, payerClasses: ['workers_comp'] as SchedulingPayerClass[] };

  it('leaves the fee undecided by default: the claim state’s rule decides whether the injured worker pays', () => {
    const d = evaluateMissedSessionFee(late, injured, policy);
    expect(d).toMatchObject({ outcome: 'undecided', kind: 'late_cancel', feeCents: 0 });
    expect(d.reasons[0]?.message).toContain('policy `workersComp`');
    expect(d.reasons[0]).toMatchObject({
      code: 'scheduling.cancellation.workers_comp_rule_unknown',
      severity: 'error',
      facts: { clientIds: ['c-1'] },
    });
  });

  it('exempts or charges as the practice sets its state’s rule', () => {
    const exempt = evaluateMissedSessionFee(late, injured, { ...policy, workersComp: 'exempt' });
    expect(exempt).toMatchObject({ outcome: 'no_charge', feeCents: 0 });
    expect(exempt.reasons[0]?.message).toContain("workers' compensation coverage is not charged");
    expect(exempt.reasons[0]).toMatchObject({
      code: 'scheduling.cancellation.workers_comp_exempt',
      facts: { clientId: 'c-1', payerClasses: ['workers_comp'] },
    });
    expect(evaluateMissedSessionFee(late, injured, { ...policy, workersComp: 'charge' })).toMatchObject({
      outcome: 'charge',
      feeCents: 15_000,
    });
    // Listed among the practice's exempt classes: exempt whatever `workersComp` says.
    const listed = evaluateMissedSessionFee(late, injured, {
      ...policy,
      exemptPayerClasses: ['workers_comp'],
    });
    expect(codes(listed)[0]).toBe('scheduling.cancellation.payer_class_exempt');
  });

  it('asks for any client of the session, and lets an exemption of another rule the fee out first', () => {
    const couple = session('a-2', '2026-03-10T10:00:00-04:00', '2026-03-10T10:50:00-04:00', {
      clientIds: ['c-1', 'c-2'],
      type: 'couples',
      sessionFeeCents: 15_000,
      status: { state: 'no_show' },
    });
    const d = evaluateMissedSessionFee(couple, [client, { ...injured, id: 'c-2' }], policy);
    expect(d.outcome).toBe('undecided');
    expect(d.reasons[0]?.facts).toEqual({ clientIds: ['c-2'] });
    const medicaid = evaluateMissedSessionFee(
      late,
      { ...injured, payerClasses: ['workers_comp', 'medicaid'] },
      policy,
    );
    expect(medicaid.outcome).toBe('no_charge');
    expect(codes(medicaid)[0]).toBe('scheduling.cancellation.medicaid_exempt');
  });

  it('keeps Medicare uniform when the practice charges workers’ compensation clients, not when it exempts them', () => {
    const medicare = { ...client, payerClasses: ['medicare'] as SchedulingPayerClass[] };
    expect(evaluateMissedSessionFee(late, medicare, { ...policy, workersComp: 'charge' }).outcome).toBe(
      'charge',
    );
    const d = evaluateMissedSessionFee(late, medicare, { ...policy, workersComp: 'exempt' });
    expect(d.outcome).toBe('no_charge');
    expect(d.reasons[0]).toMatchObject({
      code: 'scheduling.cancellation.medicare_not_uniform',
      facts: { otherExemptPayerClasses: ['workers_comp'] },
    });
    // Exempted both ways, it is named once.
    const both = evaluateMissedSessionFee(late, medicare, {
      ...policy,
      workersComp: 'exempt',
      exemptPayerClasses: ['workers_comp'],
    });
    expect(both.reasons[0]?.facts).toMatchObject({ otherExemptPayerClasses: ['workers_comp'] });
  });

  it('leaves a Medicare client’s fee undecided while the workers’ compensation rule is not set (behaviour change, 2026-12-06)', () => {
    // A $150 session on Tuesday 2026-03-10 at 10:00 cancelled at 07:00 by a Medicare client who acknowledged
    // the policy: whether the policy applies the same way to every client is not known.
    const medicare = { ...client, payerClasses: ['medicare'] as SchedulingPayerClass[] };
    const d = evaluateMissedSessionFee(late, medicare, policy);
    expect(d).toMatchObject({ outcome: 'undecided', kind: 'late_cancel', feeCents: 0 });
    expect(d.reasons[0]).toEqual(
      expect.objectContaining({
        code: 'scheduling.cancellation.medicare_uniformity_unknown',
        severity: 'error',
        facts: { clientIds: ['c-1'], workersComp: 'undecided' },
        message: expect.stringMatching(/Medicare.*same way to every client.*`workersComp`/),
      }),
    );
    // Medicare second to a commercial plan, or a couple with a Medicare partner: the same.
    expect(
      evaluateMissedSessionFee(late, { ...client, payerClasses: ['commercial', 'medicare'] }, policy).outcome,
    ).toBe('undecided');
    // An exemption still rules the fee out first: Medicaid, a policy not uniform anyway, an on-time cancel.
    expect(
      evaluateMissedSessionFee(late, { ...client, payerClasses: ['medicare', 'medicaid'] }, policy).outcome,
    ).toBe('no_charge');
    expect(evaluateMissedSessionFee(late, medicare, { ...policy, appliesUniformly: false }).outcome).toBe(
      'no_charge',
    );
    expect(evaluateMissedSessionFee(cancelledAt('2026-03-08T07:00:00-05:00'), medicare, policy).outcome).toBe(
      'no_charge',
    );
    // A client cancellation at an unknown time names it too.
    const unknownTime = evaluateMissedSessionFee(
      session('a-1', '2026-03-10T10:00:00-04:00', '2026-03-10T10:50:00-04:00', {
        sessionFeeCents: 15_000,
        status: { state: 'cancelled', by: 'client' },
      }),
      medicare,
      policy,
    );
    expect(codes(unknownTime)).toContain('scheduling.cancellation.medicare_uniformity_unknown');
  });

  it('never charges a Medicare client while the workers’ compensation rule is not set (property)', () => {
    fc.assert(
      fc.property(
        fc.subarray([
          'commercial',
          'medicaid',
          'tricare',
          'self_pay',
          'other',
          'workers_comp',
        ] as SchedulingPayerClass[]),
        fc.boolean(),
        fc.integer({ min: 0, max: 30_000 }),
        (others, noShow, sessionFeeCents) => {
          const appointment = noShow
            ? session('a-1', '2026-03-10T10:00:00-04:00', '2026-03-10T10:50:00-04:00', {
                sessionFeeCents,
                status: { state: 'no_show' },
              })
            : { ...late, sessionFeeCents };
          const d = evaluateMissedSessionFee(
            appointment,
            { ...client, payerClasses: ['medicare', ...others] },
            policy,
          );
          expect(d.outcome).not.toBe('charge');
          if (d.outcome === 'undecided')
            expect(codes(d)).toContain('scheduling.cancellation.medicare_uniformity_unknown');
        },
      ),
    );
  });

  it('leaves a cancellation of unknown time undecided with the same reason', () => {
    const d = evaluateMissedSessionFee(
      session('a-1', '2026-03-10T10:00:00-04:00', '2026-03-10T10:50:00-04:00', {
        sessionFeeCents: 15_000,
        status: { state: 'cancelled', by: 'client' },
      }),
      injured,
      { ...policy, lateCancelFee: { kind: 'none' } },
    );
    expect(d.outcome).toBe('undecided');
    expect(codes(d)).toContain('scheduling.cancellation.workers_comp_rule_unknown');
  });

  it('never charges a client with workers’ compensation coverage unless the policy says the state allows it', () => {
    fc.assert(
      fc.property(
        fc.subarray(['commercial', 'medicare', 'tricare', 'self_pay', 'other'] as SchedulingPayerClass[]),
        fc.constantFrom('undecided', 'exempt', 'charge' as const),
        fc.boolean(),
        (others, workersComp, noShow) => {
          const appointment = noShow
            ? session('a-1', '2026-03-10T10:00:00-04:00', '2026-03-10T10:50:00-04:00', {
                sessionFeeCents: 15_000,
                status: { state: 'no_show' },
              })
            : late;
          const d = evaluateMissedSessionFee(
            appointment,
            { ...client, payerClasses: ['workers_comp', ...others] },
            { ...policy, workersComp: workersComp as 'undecided' | 'exempt' | 'charge' },
          );
          if (workersComp !== 'charge') expect(d.outcome).not.toBe('charge');
          if (workersComp === 'undecided') expect(d.outcome).toBe('undecided');
          if (d.outcome !== 'charge') expect(d.feeCents).toBe(0);
        },
      ),
    );
  });
});

// Outside-tester cases (sched38): notice as a client lives it, across the 23- and 25-hour days (US DST starts
// 2027-03-14 and ends 2027-11-07 [sources: usc-15-260a]), in other zones, and around federal holidays
// (5 U.S.C. 6103 [sources: usc-5-6103]).
describe('evaluateMissedSessionFee: notice across DST, zones and holidays (sched38)', () => {
  const at = (start: string, cancel: string, extra: object = {}) => ({
    ...cancelledAt(cancel),
    start,
    end: new Date(Date.parse(start) + 50 * 60_000).toISOString(),
    ...extra,
  });
  const kindOf = (a: ReturnType<typeof at>, p: CancellationPolicyInput = policy, c = client) =>
    evaluateMissedSessionFee(a, c, p).kind;
  const sunday0314 = '2027-03-14T10:00:00-04:00';
  const sunday1107 = '2027-11-07T10:00:00-05:00';

  it('is on time when cancelled at 09:30 the day before the 23-hour day (the clock shows 24.5 hours)', () => {
    // Saturday 2027-03-13 09:30 EST to Sunday 10:00 EDT: 23.5 elapsed hours, but the session's wall clock
    // says a day and half an hour: an ambiguous deadline never makes a cancellation late.
    const d = evaluateMissedSessionFee(at(sunday0314, '2027-03-13T09:30:00-05:00'), client, policy);
    expect(d).toMatchObject({ outcome: 'no_charge', kind: 'on_time_cancel' });
    expect(d.reasons[0]?.facts).toMatchObject({ noticeHours: 23.5, onTimeBy: 'wall_clock' });
  });

  it('is on time at 10:00 the day before the 23-hour day (23 elapsed hours, 24 on the wall)', () => {
    expect(kindOf(at(sunday0314, '2027-03-13T10:00:00-05:00'))).toBe('on_time_cancel');
  });

  it('is late at 10:30 the day before the 23-hour day (late on both clocks)', () => {
    expect(kindOf(at(sunday0314, '2027-03-13T10:30:00-05:00'))).toBe('late_cancel');
  });

  it('is on time at 10:30 the day before the 25-hour day (24.5 elapsed hours)', () => {
    const d = evaluateMissedSessionFee(at(sunday1107, '2027-11-06T10:30:00-04:00'), client, policy);
    expect(d.kind).toBe('on_time_cancel');
    expect(d.reasons[0]?.facts).not.toHaveProperty('onTimeBy');
  });

  it('is late at 11:30 the day before the 25-hour day (23.5 elapsed hours)', () => {
    expect(kindOf(at(sunday1107, '2027-11-06T11:30:00-04:00'))).toBe('late_cancel');
  });

  it('counts 48 hours across the spring change on the wall clock too', () => {
    const monday = '2027-03-15T09:00:00-04:00';
    const fortyEight: CancellationPolicyInput = { ...policy, notice: { unit: 'hours', hours: 48 } };
    expect(kindOf(at(monday, '2027-03-13T08:30:00-05:00'), fortyEight)).toBe('on_time_cancel');
    expect(kindOf(at(monday, '2027-03-13T09:30:00-05:00'), fortyEight)).toBe('late_cancel');
  });

  it('keeps real hours in Phoenix, which has no DST (24 hours exactly is on time, a minute less is late)', () => {
    const phoenix: CancellationPolicyInput = { practiceZone: 'America/Phoenix' };
    const s = '2027-03-14T10:00:00-07:00';
    expect(kindOf(at(s, '2027-03-13T10:00:00-07:00'), phoenix)).toBe('on_time_cancel');
    expect(kindOf(at(s, '2027-03-13T10:01:00-07:00'), phoenix)).toBe('late_cancel');
  });

  it('gives a telehealth client in Phoenix the New York practice’s day too', () => {
    const inPhoenix = { ...client, zone: 'America/Phoenix', locationState: 'AZ' as const };
    // 07:30 MST is 09:30 EST: the practice's clock shows a day and half an hour before the session.
    expect(kindOf(at(sunday0314, '2027-03-13T07:30:00-07:00'), policy, inPhoenix)).toBe('on_time_cancel');
  });

  it('takes Friday as the deadline for a session on Monday 2027-07-05, Independence Day observed', () => {
    const closed: CancellationPolicyInput = {
      ...policy,
      notice: { unit: 'business_days', days: 1 },
      holidays: ['2027-07-05'],
    };
    const s = '2027-07-05T10:00:00-04:00';
    expect(kindOf(at(s, '2027-07-02T10:00:00-04:00'), closed)).toBe('on_time_cancel');
    expect(kindOf(at(s, '2027-07-02T10:01:00-04:00'), closed)).toBe('late_cancel');
  });

  it('skips Memorial Day 2027-05-31 for a Tuesday session when the practice lists it', () => {
    const closed: CancellationPolicyInput = {
      ...policy,
      notice: { unit: 'business_days', days: 1 },
      holidays: ['2027-05-31'],
    };
    const s = '2027-06-01T10:00:00-04:00';
    expect(kindOf(at(s, '2027-05-29T09:00:00-04:00'), closed)).toBe('late_cancel');
    expect(kindOf(at(s, '2027-05-28T10:00:00-04:00'), closed)).toBe('on_time_cancel');
    // Not listed, the holiday is a business day: Monday 10:00 is still on time (the client's side).
    expect(kindOf(at(s, '2027-05-31T10:00:00-04:00'), { ...closed, holidays: [] })).toBe('on_time_cancel');
  });

  it('crosses the year end: New Year’s Day 2028 is observed on Friday 2027-12-31', () => {
    const closed: CancellationPolicyInput = {
      ...policy,
      notice: { unit: 'business_days', days: 1 },
      holidays: ['2027-12-31'],
    };
    const s = '2028-01-03T10:00:00-05:00';
    expect(kindOf(at(s, '2027-12-30T10:00:00-05:00'), closed)).toBe('on_time_cancel');
    expect(kindOf(at(s, '2027-12-31T09:00:00-05:00'), closed)).toBe('late_cancel');
  });

  it('counts 48 hours over the leap day 2028-02-29', () => {
    const fortyEight: CancellationPolicyInput = { ...policy, notice: { unit: 'hours', hours: 48 } };
    const s = '2028-03-01T10:00:00-05:00';
    expect(kindOf(at(s, '2028-02-28T10:00:00-05:00'), fortyEight)).toBe('on_time_cancel');
    expect(kindOf(at(s, '2028-02-28T10:01:00-05:00'), fortyEight)).toBe('late_cancel');
  });

  it('charges a no-show of the first 01:30 on 2027-11-07 recorded at 01:40 EST (70 minutes after the start)', () => {
    const d = evaluateMissedSessionFee(
      session('a-2', '2027-11-07T01:30:00-04:00', '2027-11-07T02:20:00-05:00', {
        sessionFeeCents: 15_000,
        status: { state: 'no_show' },
      }),
      client,
      policy,
      { asOf: '2027-11-07T01:40:00-05:00' },
    );
    expect(d).toMatchObject({ outcome: 'charge', kind: 'no_show' });
  });

  it('never makes a cancellation late that the elapsed hours call on time, nor on time one late on both clocks', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3 * 24 * 60 }),
        fc.constantFrom(24, 48, 36, 12),
        fc.constantFrom(sunday0314, sunday1107, '2027-03-15T09:00:00-04:00', '2027-06-15T09:00:00-04:00'),
        (minutesBefore, hours, start) => {
          const cancel = new Date(Date.parse(start) - minutesBefore * 60_000).toISOString();
          const kind = kindOf(at(start, cancel), { ...policy, notice: { unit: 'hours', hours } });
          if (minutesBefore >= hours * 60) expect(kind).toBe('on_time_cancel');
          if (minutesBefore < hours * 60 - 60) expect(kind).toBe('late_cancel');
        },
      ),
    );
  });
});
