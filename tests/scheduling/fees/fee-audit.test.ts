import { describe, expect, it } from 'vitest';
import type { SchedulingClientInput } from '../../../src/scheduling/appointments/client-profile.js';
import { evaluateMissedSessionFee as evaluateAt } from '../../../src/scheduling/fees/cancellation-fee.js';
import type { CancellationPolicyInput } from '../../../src/scheduling/fees/cancellation-policy.js';
import { session } from '../scheduling-fixtures.js';

// An outside tester's audit of the missed-session fee rule, written from the public rules before reading
// the code: each case names the rule it checks. Decided long after every session.
const AS_OF = '2100-01-01T00:00:00Z';
type Args = Parameters<typeof evaluateAt>;
const evaluate = (a: Args[0], c: Args[1], p: Args[2], o: Partial<Args[3]> = {}) =>
  evaluateAt(a, c, p, { asOf: AS_OF, ...o });

// A policy a Medicare client may be charged under: the same for everyone (workers' compensation charged).
const uniform: CancellationPolicyInput = { practiceZone: 'America/New_York', workersComp: 'charge' };
const adult: SchedulingClientInput = {
  id: 'c-1',
  zone: 'America/New_York',
  locationState: 'NY',
  payerClasses: ['commercial'],
  cancellationPolicyAcknowledgedAt: '2026-01-05T12:00:00-05:00',
  birthDate: '1988-04-12',
};
// Tuesday 2026-03-10 10:00 New York, $150.
const tuesday = (status: object, extra: object = {}) =>
  session('a-1', '2026-03-10T10:00:00-04:00', '2026-03-10T10:50:00-04:00', {
    sessionFeeCents: 15_000,
    status: status as never,
    ...extra,
  });
const lateCancel = (extra: object = {}, statusExtra: object = {}) =>
  tuesday({ state: 'cancelled', by: 'client', at: '2026-03-10T07:00:00-04:00', ...statusExtra }, extra);
const noShow = (extra: object = {}) => tuesday({ state: 'no_show' }, extra);

describe('missed-session fee audit (outside tester, public rules)', () => {
  it('01 charges a Medicare client under a uniform written policy, to the client (CMS Pub. 100-04 ch. 1 §30.3.13)', () => {
    const d = evaluate(lateCancel(), { ...adult, payerClasses: ['medicare'] }, uniform);
    expect(d).toMatchObject({ outcome: 'charge', feeCents: 15_000, responsiblePartyId: 'c-1' });
  });

  it('02 never charges a Medicare client when the practice does not charge every patient alike (§30.3.13)', () => {
    const d = evaluate(
      lateCancel(),
      { ...adult, payerClasses: ['medicare'] },
      { ...uniform, appliesUniformly: false },
    );
    expect(d.outcome).toBe('no_charge');
  });

  it('03 never charges a Medicare client when the practice exempts commercial clients (§30.3.13)', () => {
    const d = evaluate(
      lateCancel(),
      { ...adult, payerClasses: ['medicare'] },
      { ...uniform, exemptPayerClasses: ['commercial'] },
    );
    expect(d.outcome).toBe('no_charge');
  });

  it('04 never charges a Medicaid-only client (42 CFR 447.15)', () => {
    expect(evaluate(noShow(), { ...adult, payerClasses: ['medicaid'] }, uniform).outcome).toBe('no_charge');
  });

  it('05 never charges a client with Medicaid as secondary coverage by default (42 CFR 447.15)', () => {
    expect(evaluate(noShow(), { ...adult, payerClasses: ['commercial', 'medicaid'] }, uniform).outcome).toBe(
      'no_charge',
    );
  });

  it('06 never charges a couple one of whom has Medicaid (42 CFR 447.15)', () => {
    const couple = noShow({ type: 'couples', clientIds: ['c-1', 'c-2'] });
    const partner = { ...adult, id: 'c-2', payerClasses: ['medicaid' as const] };
    expect(evaluate(couple, [adult, partner], uniform).outcome).toBe('no_charge');
  });

  it('07 never charges a client who never signed the financial policy', () => {
    const { cancellationPolicyAcknowledgedAt: _, ...unsigned } = adult;
    expect(evaluate(noShow(), unsigned, uniform).outcome).toBe('no_charge');
  });

  it('08 never charges a client who signed the policy only after the miss', () => {
    const late = { ...adult, cancellationPolicyAcknowledgedAt: '2026-03-10T12:00:00-04:00' };
    expect(evaluate(noShow(), late, uniform).outcome).toBe('no_charge');
  });

  it('09 does not charge under a policy version the client never signed (signed 2025-01-01, version from 2026-12-01)', () => {
    const appt = session('a-9', '2026-12-04T10:00:00-05:00', '2026-12-04T10:50:00-05:00', {
      sessionFeeCents: 15_000,
      status: { state: 'cancelled', by: 'client', at: '2026-12-04T08:00:00-05:00' },
    });
    const signedOld = { ...adult, cancellationPolicyAcknowledgedAt: '2025-01-01T12:00:00-05:00' };
    expect(evaluate(appt, signedOld, { ...uniform, acknowledgementsFrom: '2026-12-01' }).outcome).not.toBe(
      'charge',
    );
  });

  it('10 counts 24 real hours across the fall-back change: Sat 2026-10-31 10:30 EDT to Sun 11-01 10:00 EST is 24.5 h, on time', () => {
    const appt = session('a-10', '2026-11-01T10:00:00-05:00', '2026-11-01T10:50:00-05:00', {
      sessionFeeCents: 15_000,
      status: { state: 'cancelled', by: 'client', at: '2026-10-31T10:30:00-04:00' },
    });
    expect(evaluate(appt, adult, uniform)).toMatchObject({ outcome: 'no_charge', kind: 'on_time_cancel' });
  });

  // Behaviour change (sched38): this case was `charge` on real hours alone. 23.5 real hours, but a day and half
  // an hour on the practice's clock: an ambiguous deadline never makes a cancellation late, as for business days.
  it('11 is on time across the spring-forward change: Sat 2027-03-13 09:30 EST to Sun 03-14 10:00 EDT is 23.5 real hours, a day on the clock', () => {
    const appt = (at: string) =>
      session('a-11', '2027-03-14T10:00:00-04:00', '2027-03-14T10:50:00-04:00', {
        sessionFeeCents: 15_000,
        status: { state: 'cancelled', by: 'client', at },
      });
    expect(evaluate(appt('2027-03-13T09:30:00-05:00'), adult, uniform)).toMatchObject({
      outcome: 'no_charge',
      kind: 'on_time_cancel',
    });
    // Late on both readings: 22.5 real hours, 23.5 on the clock.
    expect(evaluate(appt('2027-03-13T10:30:00-05:00'), adult, uniform)).toMatchObject({
      outcome: 'charge',
      kind: 'late_cancel',
    });
  });

  it('12 measures one business day in the practice zone across 2027-03-14: Monday 10:00 EDT needs Friday 10:00 EST', () => {
    const monday = (at: string) =>
      session('a-12', '2027-03-15T10:00:00-04:00', '2027-03-15T10:50:00-04:00', {
        sessionFeeCents: 15_000,
        status: { state: 'cancelled', by: 'client', at },
      });
    const p = { ...uniform, notice: { unit: 'business_days' as const, days: 1 } };
    expect(evaluate(monday('2027-03-12T09:59:00-05:00'), adult, p).kind).toBe('on_time_cancel');
    expect(evaluate(monday('2027-03-12T10:01:00-05:00'), adult, p).kind).toBe('late_cancel');
  });

  it('13 never charges a session the clinician cancelled', () => {
    const d = evaluate(
      tuesday({ state: 'cancelled', by: 'clinician', at: '2026-03-10T09:00:00-04:00' }),
      adult,
      uniform,
    );
    expect(d).toMatchObject({ outcome: 'no_charge', kind: 'cancelled_by_practice' });
  });

  it('14 never charges a session the clinician moved', () => {
    const d = evaluate(
      tuesday({ state: 'cancelled', by: 'clinician', at: '2026-03-10T09:00:00-04:00', rescheduled: true }),
      adult,
      uniform,
    );
    expect(d.outcome).toBe('no_charge');
  });

  it('15 waives the fee for a documented emergency (a snowstorm) when the policy waives emergencies', () => {
    expect(evaluate(lateCancel({}, { emergencyDocumented: true }), adult, uniform).outcome).toBe('no_charge');
  });

  // Decided wrongly before fees31: no way to say a client's crisis is open, so the fee was charged.
  it('16 never charges a client whose crisis is open without the clinician’s decision', () => {
    const d = evaluate(lateCancel(), adult, uniform, { openCrisisClientIds: ['c-1'] });
    expect(d.outcome).toBe('undecided');
  });

  it('17 charges a minor’s fee to the parent who signed, never to the minor', () => {
    const minor = {
      ...adult,
      birthDate: '2012-05-01',
      guarantorId: 'mother-1',
      guarantorPolicyAcknowledgedAt: '2026-01-05T12:00:00-05:00',
    };
    expect(evaluate(noShow(), minor, uniform)).toMatchObject({
      outcome: 'charge',
      responsiblePartyId: 'mother-1',
    });
  });

  it('18 never charges a minor with no parent or guardian recorded', () => {
    expect(evaluate(noShow(), { ...adult, birthDate: '2012-05-01' }, uniform).outcome).toBe('undecided');
  });

  it('19 caps a $200 flat fee at the policy cap ($100) and at the session fee ($150)', () => {
    const flat = { ...uniform, noShowFee: { kind: 'flat' as const, cents: 20_000 } };
    expect(evaluate(noShow(), adult, { ...flat, capCents: 10_000 }).feeCents).toBe(10_000);
    expect(evaluate(noShow(), adult, flat).feeCents).toBe(15_000);
  });

  it('20 charges a sliding-scale client at most their own $40 rate, never the full $150', () => {
    const flat = { ...uniform, noShowFee: { kind: 'flat' as const, cents: 10_000 } };
    expect(evaluate(noShow({ sessionFeeCents: 4_000 }), adult, flat).feeCents).toBe(4_000);
    const half = { ...uniform, noShowFee: { kind: 'percent_of_session' as const, basisPoints: 5_000 } };
    expect(evaluate(noShow({ sessionFeeCents: 4_001 }), adult, half).feeCents).toBe(2_001);
  });

  // Found while reading the code, after the 20: decided wrongly before fees31 (the earlier 01:30, EDT).
  it('21 gives a client the later instant of a business-day deadline the clock shows twice (Sunday 2026-11-01 01:30)', () => {
    const appt = session('a-21', '2026-11-02T01:30:00-05:00', '2026-11-02T02:20:00-05:00', {
      sessionFeeCents: 15_000,
      status: { state: 'cancelled', by: 'client', at: '2026-11-01T01:15:00-05:00' },
    });
    const p = { ...uniform, weekend: [], notice: { unit: 'business_days' as const, days: 1 } };
    expect(evaluate(appt, adult, p)).toMatchObject({ outcome: 'no_charge', kind: 'on_time_cancel' });
  });
});
