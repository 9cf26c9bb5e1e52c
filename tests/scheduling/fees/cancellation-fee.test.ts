import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/core/index.js';
import type { SchedulingClientInput } from '../../../src/scheduling/appointments/client-profile.js';
import type { SchedulingPayerClass } from '../../../src/scheduling/appointments/payer-class.js';
import { evaluateMissedSessionFee } from '../../../src/scheduling/fees/cancellation-fee.js';
import type { CancellationPolicyInput } from '../../../src/scheduling/fees/cancellation-policy.js';
import { session } from '../scheduling-fixtures.js';

const policy: CancellationPolicyInput = { practiceZone: 'America/New_York' };
const client: SchedulingClientInput = {
  id: 'c-1',
  zone: 'America/New_York',
  locationState: 'NY',
  payerClasses: ['commercial'],
  cancellationPolicyAcknowledgedAt: '2026-01-05T12:00:00-05:00',
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
    expect(evaluateMissedSessionFee(late, medicare, policy).outcome).toBe('charge');
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
        ['$.practiceZone', 'core.zone.unknown'],
        ['$.lateCancelFee.cents', 'core.money.negative'],
        ['$.capCents', 'core.money.negative'],
      ]);
      expect((error as Error).message).not.toMatch(/Atlantis|2500|-1\b/);
    }
    const stranger = { ...client, id: 'c-9' };
    for (const [clients, at] of [
      [stranger, '$.id'],
      [[client, stranger], '$[1].id'],
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
