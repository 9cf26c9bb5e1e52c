import { describe, expect, it } from 'vitest';
import { readLocal } from '../../src/core/index.js';
import type { SchedulingClientInput } from '../../src/scheduling/appointments/client-profile.js';
import { evaluateMissedSessionFee } from '../../src/scheduling/fees/cancellation-fee.js';
import type { CancellationPolicyInput } from '../../src/scheduling/fees/cancellation-policy.js';
import { readRRule, writeRRule } from '../../src/scheduling/series/rrule-text.js';
import type { SchedulingSeriesInput } from '../../src/scheduling/series/series.js';
import { endSeries, rescheduleOccurrence, skipOccurrence } from '../../src/scheduling/series/series-edits.js';
import { expandSeries } from '../../src/scheduling/series/series-expansion.js';
import { session } from './scheduling-fixtures.js';

// An outside tester's audit (ops34), written from the public rules before reading the code; each case names
// the rule it checks. Medicare: a missed-appointment charge is allowed only under a policy applied to all
// patients alike, and it is billed to the beneficiary, never to Medicare [sources: cms-mcpm-ch1-30.3.13].
// A minor's fee goes to the parent or guardian responsible. Series follow RFC 5545's RRULE (COUNT counts
// DTSTART, UNTIL is inclusive, EXDATE removes an instance without adding one) [sources: rfc-5545], keep their
// wall time across 2026-11-01 and 2027-03-14 [sources: usc-15-260a], and a late cancellation is counted on
// the practice's clock, whose written policy it is.

const uniform: CancellationPolicyInput = { practiceZone: 'America/New_York', workersComp: 'charge' };
const adult: SchedulingClientInput = {
  id: 'c-1',
  zone: 'America/New_York',
  locationState: 'NY',
  payerClasses: ['commercial'],
  cancellationPolicyAcknowledgedAt: '2026-01-05T12:00:00-05:00',
  birthDate: '1988-04-12',
};
const medicare: SchedulingClientInput = { ...adult, payerClasses: ['medicare'], birthDate: '1955-02-03' };
// Tuesday 2026-03-10 10:00 New York, $150.
const tuesday = (status: object, extra: object = {}) =>
  session('a-1', '2026-03-10T10:00:00-04:00', '2026-03-10T10:50:00-04:00', {
    sessionFeeCents: 15_000,
    status: status as never,
    ...extra,
  });
const noShow = tuesday({ state: 'no_show' });
const AS_OF = '2026-03-12T09:00:00-04:00';
const codes = (d: { reasons: readonly { code: string }[] }) => d.reasons.map((r) => r.code);

describe('outside audit: Medicare missed-appointment charges (Pub. 100-04 ch. 1 §30.3.13)', () => {
  it('A01 charges a Medicare beneficiary’s no-show to the beneficiary under a uniform policy', () => {
    const d = evaluateMissedSessionFee(noShow, medicare, uniform, { asOf: AS_OF });
    expect(d).toMatchObject({
      outcome: 'charge',
      feeCents: 15_000,
      clientId: 'c-1',
      responsiblePartyId: 'c-1',
    });
  });

  it('A02 never charges a Medicare beneficiary when the practice waives the fee for commercial clients', () => {
    const d = evaluateMissedSessionFee(
      noShow,
      medicare,
      { ...uniform, exemptPayerClasses: ['commercial'] } as never,
      {
        asOf: AS_OF,
      },
    );
    expect(d.outcome).not.toBe('charge');
    expect(d.feeCents).toBe(0);
  });

  it('A03 never charges a Medicare beneficiary when the practice says it does not apply the policy to all alike', () => {
    const d = evaluateMissedSessionFee(
      noShow,
      medicare,
      { ...uniform, appliesUniformly: false },
      { asOf: AS_OF },
    );
    expect(d).toMatchObject({ outcome: 'no_charge', feeCents: 0 });
    expect(codes(d)).toContain('scheduling.cancellation.medicare_not_uniform');
  });

  it('A04 never charges a dual-eligible (Medicare and Medicaid) beneficiary: Medicaid limits enrollee charges (42 CFR 447.15)', () => {
    const dual = { ...medicare, payerClasses: ['medicare', 'medicaid'] } as SchedulingClientInput;
    expect(evaluateMissedSessionFee(noShow, dual, uniform, { asOf: AS_OF })).toMatchObject({ feeCents: 0 });
    expect(evaluateMissedSessionFee(noShow, dual, uniform, { asOf: AS_OF }).outcome).not.toBe('charge');
  });

  it('A05 charges the Medicare beneficiary the same fee a commercial client pays for the same miss (same policy, same amount)', () => {
    const flat = { ...uniform, noShowFee: { kind: 'flat' as const, cents: 7_500 } };
    const a = evaluateMissedSessionFee(noShow, medicare, flat, { asOf: AS_OF });
    const b = evaluateMissedSessionFee(noShow, adult, flat, { asOf: AS_OF });
    expect([a.outcome, a.feeCents]).toEqual([b.outcome, b.feeCents]);
  });
});

describe('outside audit: a minor’s missed-session fee goes to the guardian responsible', () => {
  const minor: SchedulingClientInput = {
    ...adult,
    id: 'kid-1',
    birthDate: '2011-06-01',
    guarantorId: 'guardian-7',
    guarantorPolicyAcknowledgedAt: '2026-01-05T12:00:00-05:00',
  };
  const kidsNoShow = tuesday({ state: 'no_show' }, { clientIds: ['kid-1'] });

  it('A06 bills a 14-year-old’s no-show to guardian-7, not to the minor', () => {
    const d = evaluateMissedSessionFee(kidsNoShow, minor, uniform, { asOf: AS_OF });
    expect(d).toMatchObject({ outcome: 'charge', clientId: 'kid-1', responsiblePartyId: 'guardian-7' });
  });

  it('A07 never charges when only the minor, not the guardian, acknowledged the policy', () => {
    const { guarantorPolicyAcknowledgedAt: _, ...unsigned } = minor;
    const d = evaluateMissedSessionFee(kidsNoShow, unsigned, uniform, { asOf: AS_OF });
    expect(d.outcome).not.toBe('charge');
    expect(d.feeCents).toBe(0);
  });

  it('A21 does not bind a client who turned 18 on 2026-03-10 by the acknowledgement they signed as a minor', () => {
    const justAdult: SchedulingClientInput = { ...adult, birthDate: '2008-03-10' };
    const d = evaluateMissedSessionFee(noShow, justAdult, uniform, { asOf: AS_OF });
    expect(d.outcome).not.toBe('charge');
    expect(d.feeCents).toBe(0);
  });

  it('A08 bills a family session with a parent and child (guardian = the parent) once, to the parent', () => {
    const parent: SchedulingClientInput = { ...adult, id: 'parent-1' };
    const child: SchedulingClientInput = { ...minor, guarantorId: 'parent-1' };
    const family = tuesday({ state: 'no_show' }, { type: 'family', clientIds: ['parent-1', 'kid-1'] });
    const d = evaluateMissedSessionFee(family, [parent, child], uniform, { asOf: AS_OF });
    expect(d).toMatchObject({ outcome: 'charge', feeCents: 15_000, responsiblePartyId: 'parent-1' });
  });
});

describe('outside audit: recurring weekly series (RFC 5545 RRULE)', () => {
  const base: SchedulingSeriesInput = {
    id: 's-la',
    clinicianId: 'dr-lee',
    clientIds: ['c-1'],
    type: 'individual',
    modality: { kind: 'telehealth', clientLocationState: 'CA' },
    zone: 'America/Los_Angeles',
    startDate: '2026-10-20',
    startTime: '18:00',
    durationMinutes: 50,
    frequency: 'weekly',
    count: 4,
  };
  const wall = (s: SchedulingSeriesInput) =>
    expandSeries(s).occurrences.map((o) => [o.ruleDate, readLocal(o.start, s.zone).time, o.start.slice(19)]);

  it('A09 keeps a Tuesday 18:00 Los Angeles series at 18:00 across 2026-11-01 (offset -07:00, then -08:00)', () => {
    expect(wall(base)).toEqual([
      ['2026-10-20', '18:00', '-07:00'],
      ['2026-10-27', '18:00', '-07:00'],
      ['2026-11-03', '18:00', '-08:00'],
      ['2026-11-10', '18:00', '-08:00'],
    ]);
  });

  it('A10 keeps a Monday 09:00 New York series at 09:00 across 2027-03-14 (-05:00, then -04:00)', () => {
    const ny = { ...base, zone: 'America/New_York', startDate: '2027-03-08', startTime: '09:00', count: 2 };
    expect(wall(ny)).toEqual([
      ['2027-03-08', '09:00', '-05:00'],
      ['2027-03-15', '09:00', '-04:00'],
    ]);
  });

  it('A11 counts the first session in COUNT=4 (DTSTART is the first instance)', () => {
    expect(expandSeries(base).occurrences).toHaveLength(4);
    expect(expandSeries(base).occurrences[0]?.ruleDate).toBe('2026-10-20');
  });

  it('A12 ends on UNTIL inclusive when UNTIL falls on a session day (2026-11-10), and before it otherwise', () => {
    const { count: _, ...open } = base;
    expect(expandSeries({ ...open, until: '2026-11-10' }).occurrences.map((o) => o.ruleDate)).toEqual([
      '2026-10-20',
      '2026-10-27',
      '2026-11-03',
      '2026-11-10',
    ]);
    expect(expandSeries({ ...open, until: '2026-11-09' }).occurrences.at(-1)?.ruleDate).toBe('2026-11-03');
  });

  it('A13 cancels one session (EXDATE) without adding one at the end: COUNT=4 with 2026-11-03 skipped gives 3', () => {
    const e = expandSeries(skipOccurrence(base, '2026-11-03'));
    expect(e.occurrences.map((o) => o.ruleDate)).toEqual(['2026-10-20', '2026-10-27', '2026-11-10']);
    expect(e.skipped.map((s) => s.ruleDate)).toEqual(['2026-11-03']);
  });

  it('A14 moves one session (RECURRENCE-ID) to Wednesday 2026-11-04 17:00 and leaves the others at 18:00', () => {
    const moved = rescheduleOccurrence(base, '2026-11-03', {
      start: '2026-11-04T17:00:00-08:00',
      end: '2026-11-04T17:50:00-08:00',
    });
    const e = expandSeries(moved);
    expect(e.occurrences.map((o) => [o.ruleDate, o.start, o.placement])).toEqual([
      ['2026-10-20', '2026-10-20T18:00:00-07:00', 'exact'],
      ['2026-10-27', '2026-10-27T18:00:00-07:00', 'exact'],
      ['2026-11-03', '2026-11-04T17:00:00-08:00', 'moved'],
      ['2026-11-10', '2026-11-10T18:00:00-08:00', 'exact'],
    ]);
  });

  it('A15 refuses to cancel or move a date that is not a session of the series (2026-11-04, a Wednesday)', () => {
    expect(() => skipOccurrence(base, '2026-11-04')).toThrow();
    expect(() =>
      rescheduleOccurrence(base, '2026-11-04', {
        start: '2026-11-05T17:00:00-08:00',
        end: '2026-11-05T17:50:00-08:00',
      }),
    ).toThrow();
  });

  it('A22 places a Sunday 01:30 New York session on 2026-11-01 at the first 01:30 (EDT), with a reason', () => {
    const sunday = {
      ...base,
      zone: 'America/New_York',
      startDate: '2026-10-25',
      startTime: '01:30',
      count: 3,
    };
    const e = expandSeries(sunday);
    expect(e.occurrences.map((o) => [o.start, o.placement])).toEqual([
      ['2026-10-25T01:30:00-04:00', 'exact'],
      ['2026-11-01T01:30:00-04:00', 'overlap_earlier'],
      ['2026-11-08T01:30:00-05:00', 'exact'],
    ]);
    expect(e.reasons.map((r) => [r.code, r.facts.ruleDate])).toContainEqual([
      'scheduling.time.dst_overlap_earlier',
      '2026-11-01',
    ]);
  });

  it('A23 shifts a Sunday 02:30 New York session on 2027-03-14 (no 02:30 that day) to 03:30, with a reason', () => {
    const sunday = {
      ...base,
      zone: 'America/New_York',
      startDate: '2027-03-07',
      startTime: '02:30',
      count: 2,
    };
    const e = expandSeries(sunday);
    expect(e.occurrences.map((o) => [o.start, o.placement])).toEqual([
      ['2027-03-07T02:30:00-05:00', 'exact'],
      ['2027-03-14T03:30:00-04:00', 'gap_shifted'],
    ]);
    expect(e.reasons.map((r) => r.code)).toContain('scheduling.time.dst_gap_shifted');
  });

  it('A24 counts COUNT=3 over both days of a Tuesday/Thursday series (Tue, Thu, Tue), as RFC 5545 counts instances', () => {
    const twice = { ...base, weekdays: ['tue', 'thu'] as const, count: 3 };
    expect(expandSeries(twice as never).occurrences.map((o) => o.ruleDate)).toEqual([
      '2026-10-20',
      '2026-10-22',
      '2026-10-27',
    ]);
  });

  it('A16 ends a series by date (endSeries 2026-10-27): no session after it', () => {
    const ended = endSeries({ ...base, count: 10 }, '2026-10-27');
    expect(expandSeries(ended).occurrences.map((o) => o.ruleDate)).toEqual(['2026-10-20', '2026-10-27']);
  });

  it('A17 writes and reads COUNT and UNTIL as RFC 5545 says (UNTIL a UTC time at or after the last start)', () => {
    expect(writeRRule(base)).toContain('COUNT=4');
    expect(writeRRule(base)).toContain('FREQ=WEEKLY');
    const { count: _, ...open } = base;
    const rule = writeRRule({ ...open, until: '2026-11-10' });
    const read = readRRule(rule, { zone: base.zone, startDate: base.startDate, startTime: base.startTime });
    expect(read).toMatchObject({ frequency: 'weekly', until: '2026-11-10' });
    const until = /UNTIL=(\d{8}T\d{6}Z)/.exec(rule)?.[1] ?? '';
    expect(until >= '20261111T020000Z').toBe(true);
  });
});

describe('outside audit: a late cancellation on the practice’s clock, a telehealth client in another state', () => {
  // A Los Angeles practice, one business day's notice; its client in New York by telehealth.
  const la: CancellationPolicyInput = {
    practiceZone: 'America/Los_Angeles',
    notice: { unit: 'business_days', days: 1 },
    workersComp: 'charge',
  };
  const nyClient: SchedulingClientInput = { ...adult, zone: 'America/New_York', locationState: 'NY' };
  // Monday 2026-11-09 21:30 Pacific = Tuesday 00:30 Eastern, the client's clock.
  const monday = (at: string) =>
    session('a-9', '2026-11-09T21:30:00-08:00', '2026-11-09T22:20:00-08:00', {
      sessionFeeCents: 15_000,
      modality: { kind: 'telehealth', clientLocationState: 'NY' },
      status: { state: 'cancelled', by: 'client', at },
    });

  it('A18 is late when cancelled Saturday 2026-11-07 (after Friday 21:30 Pacific), though on time by the client’s Tuesday', () => {
    const d = evaluateMissedSessionFee(monday('2026-11-07T10:00:00-08:00'), nyClient, la, {
      asOf: '2026-11-10T09:00:00-08:00',
    });
    expect(d).toMatchObject({ outcome: 'charge', kind: 'late_cancel', feeCents: 15_000 });
  });

  it('A19 is on time when cancelled Friday 2026-11-06 at 21:00 Pacific (00:00 Saturday for the client)', () => {
    const d = evaluateMissedSessionFee(monday('2026-11-06T21:00:00-08:00'), nyClient, la, {
      asOf: '2026-11-10T09:00:00-08:00',
    });
    expect(d.outcome).toBe('no_charge');
    expect(d.feeCents).toBe(0);
  });

  it('A20 counts 24 real hours whatever the client’s zone: an Arizona client cancelling 23 h 30 min before across 2026-11-01', () => {
    const az: SchedulingClientInput = { ...adult, zone: 'America/Phoenix', locationState: 'AZ' };
    // Sunday 2026-11-01 10:00 EST; cancelled Saturday 10:30 EDT = 24.5 real hours before: on time.
    const sunday = session('a-8', '2026-11-01T10:00:00-05:00', '2026-11-01T10:50:00-05:00', {
      sessionFeeCents: 15_000,
      modality: { kind: 'telehealth', clientLocationState: 'AZ' },
      status: { state: 'cancelled', by: 'client', at: '2026-10-31T10:30:00-04:00' },
    });
    expect(evaluateMissedSessionFee(sunday, az, uniform, { asOf: '2026-11-02T09:00:00-05:00' }).outcome).toBe(
      'no_charge',
    );
  });
});
