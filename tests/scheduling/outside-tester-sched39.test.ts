// Outside-tester cases (sched39) from real calendars, each at a rule's boundary; all were right before this
// round's changes and pin the behaviour. Dates: Independence Day 2026 falls on Saturday 07-04 and is observed
// on Friday 07-03 (5 U.S.C. 6103(b)); New York changes its clocks on 2026-03-08, 2026-11-01 and 2027-03-14,
// London on 2026-10-25; Phoenix and Honolulu keep one offset all year.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CancellationPolicyInput,
  evaluateBookingConflicts,
  evaluateMissedSessionFee,
  expandSeries,
  readRRule,
  type SchedulingAppointmentInput,
  type SchedulingClinicianInput,
  type SchedulingSeriesInput,
} from '../../src/scheduling/index.js';
import { nyClient, session } from './scheduling-fixtures.js';

const cancelled = (start: string, end: string, at: string, extra: Partial<SchedulingAppointmentInput> = {}) =>
  session('a-1', start, end, {
    sessionFeeCents: 15_000,
    status: { state: 'cancelled', by: 'client', at },
    ...extra,
  });

const outcomeOf = (
  appointment: SchedulingAppointmentInput,
  policy: CancellationPolicyInput,
  asOf: string,
  client = nyClient,
) => {
  const d = evaluateMissedSessionFee(appointment, client, policy, { asOf });
  return [d.outcome, d.feeCents];
};

describe('a business-day notice around a holiday observed on Friday', () => {
  // Monday 2026-07-06 at 10:00, one business day's notice: the deadline is the business day before, at 10:00.
  const monday = (at: string) => cancelled('2026-07-06T10:00:00-04:00', '2026-07-06T10:53:00-04:00', at);
  const closedFriday = {
    practiceZone: 'America/New_York',
    notice: { unit: 'business_days' as const, days: 1 },
    holidays: ['2026-07-03'],
  };

  it('with the observed Friday closed, ends on Thursday 07-02 at 10:00: on time to the second, late after', () => {
    const asOf = '2026-07-06T12:00:00-04:00';
    expect(outcomeOf(monday('2026-07-02T10:00:00-04:00'), closedFriday, asOf)).toEqual(['no_charge', 0]);
    expect(outcomeOf(monday('2026-07-02T10:00:01-04:00'), closedFriday, asOf)).toEqual(['charge', 15_000]);
    expect(outcomeOf(monday('2026-07-03T09:00:00-04:00'), closedFriday, asOf)).toEqual(['charge', 15_000]);
  });

  it('with the Friday not listed as a holiday (the practice open), ends on Friday at 10:00', () => {
    const open = { ...closedFriday, holidays: [] };
    const asOf = '2026-07-06T12:00:00-04:00';
    expect(outcomeOf(monday('2026-07-03T09:00:00-04:00'), open, asOf)).toEqual(['no_charge', 0]);
    expect(outcomeOf(monday('2026-07-03T10:00:01-04:00'), open, asOf)).toEqual(['charge', 15_000]);
  });
});

describe('an hours notice on days of 23 and 25 hours, and in a zone without DST', () => {
  const hours = { practiceZone: 'America/New_York' };

  it('on the 25-hour day (2026-11-01) the 24 real hours stand: Saturday 11:00 EDT is on time, a second later is late', () => {
    const sunday = (at: string) => cancelled('2026-11-01T10:00:00-05:00', '2026-11-01T10:53:00-05:00', at);
    const asOf = '2026-11-02T12:00:00-05:00';
    expect(outcomeOf(sunday('2026-10-31T11:00:00-04:00'), hours, asOf)).toEqual(['no_charge', 0]);
    expect(outcomeOf(sunday('2026-10-31T11:00:01-04:00'), hours, asOf)).toEqual(['charge', 15_000]);
  });

  it('on the 23-hour day (2027-03-14) a day on the clock is on time: Saturday 10:00 EST, 23 real hours ahead', () => {
    const sunday = (at: string) => cancelled('2027-03-14T10:00:00-04:00', '2027-03-14T10:53:00-04:00', at);
    const asOf = '2027-03-15T12:00:00-04:00';
    expect(outcomeOf(sunday('2027-03-13T10:00:00-05:00'), hours, asOf)).toEqual(['no_charge', 0]);
    expect(outcomeOf(sunday('2027-03-13T10:00:01-05:00'), hours, asOf)).toEqual(['charge', 15_000]);
  });

  const phoenixClient = { ...nyClient, zone: 'America/Phoenix', locationState: 'AZ' as const };
  const inPhoenix = (start: string, end: string, at: string) =>
    cancelled(start, end, at, { modality: { kind: 'telehealth', clientLocationState: 'AZ' } });

  it('in Phoenix, the weekend New York springs forward changes nothing: 24 hours before 09:00 Monday is 09:00 Sunday', () => {
    const phoenix = { practiceZone: 'America/Phoenix' };
    const monday = (at: string) => inPhoenix('2027-03-15T09:00:00-07:00', '2027-03-15T09:53:00-07:00', at);
    const asOf = '2027-03-16T12:00:00-07:00';
    expect(outcomeOf(monday('2027-03-14T09:00:00-07:00'), phoenix, asOf, phoenixClient)).toEqual([
      'no_charge',
      0,
    ]);
    expect(outcomeOf(monday('2027-03-14T09:00:01-07:00'), phoenix, asOf, phoenixClient)).toEqual([
      'charge',
      15_000,
    ]);
  });

  it('in Phoenix, a cancellation is late exactly when it comes after the notice in real hours (property)', () => {
    const start = Date.parse('2027-03-15T16:00:00Z'); // Monday 09:00 MST
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 72 }),
        fc.integer({ min: -7_200, max: 7_200 }),
        (h, offsetSec) => {
          const atMs = start - h * 3_600_000 + offsetSec * 1000;
          const at = new Date(atMs).toISOString().replace('.000Z', 'Z');
          const d = evaluateMissedSessionFee(
            inPhoenix('2027-03-15T09:00:00-07:00', '2027-03-15T09:53:00-07:00', at),
            phoenixClient,
            { practiceZone: 'America/Phoenix', notice: { unit: 'hours', hours: h } },
            { asOf: '2027-03-16T12:00:00-07:00' },
          );
          expect(d.outcome).toBe(offsetSec > 0 ? 'charge' : 'no_charge');
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('RRULE UNTIL in UTC for a DTSTART with a zone (RFC 5545 §3.3.10)', () => {
  // Tuesdays 17:30 in New York from 2026-10-20: 21:30Z in EDT, 22:30Z in EST.
  const where = { zone: 'America/New_York', startDate: '2026-10-20', startTime: '17:30' };
  const series = (until: string): SchedulingSeriesInput => ({
    id: 's-tue',
    clinicianId: 'dr-lee',
    clientIds: ['c-1'],
    type: 'individual',
    modality: { kind: 'telehealth', clientLocationState: 'NY' },
    zone: 'America/New_York',
    startDate: '2026-10-20',
    startTime: '17:30',
    durationMinutes: 53,
    frequency: 'weekly',
    until,
  });
  const lastStart = (rule: string) => {
    const { until } = readRRule(rule, where);
    return expandSeries(series(until as string)).occurrences.at(-1)?.start;
  };

  it('keeps the session an UNTIL names to the second, and ends a week earlier one second before it', () => {
    expect(lastStart('FREQ=WEEKLY;UNTIL=20270316T213000Z')).toBe('2027-03-16T17:30:00-04:00');
    expect(lastStart('FREQ=WEEKLY;UNTIL=20270316T212959Z')).toBe('2027-03-09T17:30:00-05:00');
  });

  it('reads an UNTIL on the first Tuesday after the fall-back at the session’s EST instant', () => {
    expect(lastStart('FREQ=WEEKLY;UNTIL=20261103T223000Z')).toBe('2026-11-03T17:30:00-05:00');
    expect(lastStart('FREQ=WEEKLY;UNTIL=20261103T222959Z')).toBe('2026-10-27T17:30:00-04:00');
  });
});

describe('a New York series shown to clients in Honolulu and in London', () => {
  const series: SchedulingSeriesInput = {
    id: 's-mon',
    clinicianId: 'dr-lee',
    clientIds: ['c-1'],
    type: 'individual',
    modality: { kind: 'telehealth', clientLocationState: 'NY' },
    zone: 'America/New_York',
    startDate: '2026-10-19',
    startTime: '09:00',
    durationMinutes: 53,
    frequency: 'weekly',
    count: 3,
  };
  const shown = (zone: string) =>
    expandSeries(series, { displayZone: zone }).occurrences.map((o) => o.displayLocal.time);

  it('Honolulu, without DST, sees the session an hour later once New York falls back', () => {
    expect(shown('Pacific/Honolulu')).toEqual(['03:00', '03:00', '04:00']);
  });

  it('London sees 14:00, then 13:00 in the week between the two changes (10-25 to 11-01), then 14:00', () => {
    expect(shown('Europe/London')).toEqual(['14:00', '13:00', '14:00']);
  });
});

describe('a session across midnight, and the buffer to the minute', () => {
  const evening: SchedulingClinicianInput = {
    id: 'dr-lee',
    zone: 'America/New_York',
    modalities: ['telehealth'],
    availability: [{ days: ['thu'], start: '20:00', end: '02:00' }],
    sessionMinutes: [53],
  };
  const codes = (start: string, end: string) =>
    evaluateBookingConflicts(session('x', start, end), evening, [], { holidays: ['2026-12-25'] }).reasons.map(
      (r) => r.code,
    );

  it('touches Christmas Day when it runs past midnight on the 24th, and not when it ends before', () => {
    expect(codes('2026-12-24T23:30:00-05:00', '2026-12-25T00:23:00-05:00')).toContain(
      'scheduling.conflict.holiday',
    );
    expect(codes('2026-12-24T23:00:00-05:00', '2026-12-24T23:53:00-05:00')).toEqual([]);
  });

  it('keeps a 10-minute buffer after a session: 10 minutes after its end is bookable, 9 cut into it', () => {
    const day: SchedulingClinicianInput = {
      ...evening,
      availability: [{ days: ['mon'], start: '09:00', end: '17:00' }],
      bufferAfterMinutes: 10,
    };
    const before = session('p', '2026-03-09T09:00:00-04:00', '2026-03-09T09:53:00-04:00', {
      clientIds: ['c-2'],
    });
    const next = (start: string, end: string) =>
      evaluateBookingConflicts(session('x', start, end), day, [before]).reasons.map((r) => r.code);
    expect(next('2026-03-09T10:03:00-04:00', '2026-03-09T10:56:00-04:00')).toEqual([]);
    expect(next('2026-03-09T10:02:00-04:00', '2026-03-09T10:55:00-04:00')).toEqual([
      'scheduling.conflict.buffer_overlap',
    ]);
  });
});
