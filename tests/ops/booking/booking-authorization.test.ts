import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateBooking, OPS_REASON_CODES, type PracticeData } from '../../../src/ops/index.js';
import { AS_OF, allowedBooking, smallPractice } from '../practice-fixtures.js';

const data = smallPractice();
// A returning client of clin-001 (New York), booked Tuesday 2026-11-24 at 15:00 for 53 minutes.
const base = allowedBooking(data);
const codes = (d: { reasons: readonly { code: string }[] }) => d.reasons.map((r) => r.code);
const factsOf = (d: { reasons: readonly { code: string; facts: object }[] }, code: string) =>
  d.reasons.find((r) => r.code === code)?.facts;

type Appointment = PracticeData['appointments'][number];

/**
 * The client insured with bluebird, which needs prior authorization for every psychotherapy code; an
 * authorization PA-1 for `codes`, `authorized` sessions with `used` used; `booked` sessions scheduled on
 * the Wednesdays after the booking (and no other).
 */
function insured(
  options: {
    codes?: string[];
    authorized?: number;
    used?: number;
    booked?: number;
    prescribes?: boolean;
  } = {},
): PracticeData {
  const { codes = ['90837'], authorized = 20, used = 0, booked = 0, prescribes } = options;
  const copy = structuredClone(data);
  const client = copy.clients.find((c) => c.id === base.clientId);
  const payer = copy.payers.find((p) => p.payerId === 'bluebird');
  const template = copy.appointments.find((a) => a.clinicianId === base.clinicianId);
  if (client === undefined || payer === undefined || template === undefined) throw new Error('fixture');
  client.payerIds = ['bluebird' as never];
  client.payerClasses = ['commercial'];
  payer.priorAuthorizationCodes = ['90791', '90792', '90832', '90834', '90837', '90847', '90853'] as never;
  copy.eligibility = [
    {
      clientId: base.clientId as never,
      payerId: 'bluebird' as never,
      lastVerifiedOn: '2026-11-19',
      planYearStartsOn: '2026-01-01',
      planEndsOn: null,
      coverageChangedOn: null,
    },
  ];
  copy.authorizations = [
    {
      authorizationNumber: 'PA-1' as never,
      payerId: 'bluebird' as never,
      clientId: base.clientId as never,
      clinicianId: null,
      codes: codes as never,
      unit: 'sessions',
      authorizedCount: authorized,
      usedCount: used,
      startsOn: '2026-01-01',
      endsOn: '2027-06-30',
    },
  ];
  // Only the sessions this test books are scheduled for the client.
  copy.appointments = copy.appointments.filter(
    (a) => a.status.state !== 'scheduled' || !a.clientIds.includes(base.clientId as never),
  );
  for (let i = 0; i < booked; i += 1) {
    const day = String(2 + i * 7).padStart(2, '0');
    copy.appointments.push({
      ...template,
      id: `booked-${i}` as never,
      clientIds: [base.clientId as never],
      type: 'individual',
      start: `2026-12-${day}T15:00:00-05:00`,
      end: `2026-12-${day}T15:53:00-05:00`,
      status: { state: 'scheduled' },
    } as Appointment);
  }
  if (prescribes !== undefined) {
    const credentials = copy.credentials.find((c) => c.clinicianId === base.clinicianId);
    if (credentials === undefined) throw new Error('fixture');
    credentials.prescribes = prescribes;
  }
  return copy;
}

const minutes = (m: number) => ({
  start: '2026-11-24T15:00:00-05:00',
  end: new Date(Date.parse('2026-11-24T15:00:00-05:00') + m * 60_000).toISOString(),
});

describe('evaluateBooking: the service code an authorization is checked for', () => {
  it('checks a 53-minute individual session as 90837, covered by PA-1', () => {
    const d = evaluateBooking(base, insured(), { asOf: AS_OF });
    expect(codes(d)).not.toContain('ops.booking.authorization_missing');
    expect(codes(d)).not.toContain('ops.booking.service_code_undecided');
  });

  it('checks a 30-minute session as 90832, which a 90837-only authorization does not cover', () => {
    const d = evaluateBooking({ ...base, ...minutes(30) }, insured(), { asOf: AS_OF });
    expect(d.outcome).toBe('refused');
    expect(factsOf(d, 'ops.booking.authorization_missing')).toEqual({ serviceCode: '90832', derived: true });
    // 45 minutes is 90834.
    const d45 = evaluateBooking({ ...base, ...minutes(45) }, insured(), { asOf: AS_OF });
    expect(factsOf(d45, 'ops.booking.authorization_missing')).toEqual({
      serviceCode: '90834',
      derived: true,
    });
  });

  it('checks a couples session as 90847 and a group as 90853, not as 90837', () => {
    for (const [type, code] of [
      ['couples', '90847'],
      ['family', '90847'],
      ['group', '90853'],
    ] as const) {
      const d = evaluateBooking({ ...base, type }, insured(), { asOf: AS_OF });
      expect(factsOf(d, 'ops.booking.authorization_missing')).toEqual({ serviceCode: code, derived: true });
    }
    expect(
      codes(evaluateBooking({ ...base, type: 'couples' }, insured({ codes: ['90847'] }), { asOf: AS_OF })),
    ).not.toContain('ops.booking.authorization_missing');
  });

  it('checks an intake as 90791 for a clinician who does not prescribe, and warns for a prescriber', () => {
    const intake = { ...base, type: 'intake' as const, ...minutes(60) };
    const d = evaluateBooking(intake, insured({ prescribes: false }), { asOf: AS_OF });
    expect(factsOf(d, 'ops.booking.authorization_missing')).toEqual({ serviceCode: '90791', derived: true });
    const p = evaluateBooking(intake, insured({ prescribes: true }), { asOf: AS_OF });
    expect(codes(p)).toContain('ops.booking.service_code_undecided');
    expect(codes(p)).not.toContain('ops.booking.authorization_missing');
    expect(p.outcome).not.toBe('allowed');
  });

  it('warns when no code fits the length (10 minutes), and uses a code the request gives', () => {
    const short = evaluateBooking({ ...base, ...minutes(10) }, insured(), { asOf: AS_OF });
    expect(factsOf(short, 'ops.booking.service_code_undecided')).toEqual({ type: 'individual', minutes: 10 });
    const given = evaluateBooking({ ...base, ...minutes(30), serviceCode: '90837' }, insured(), {
      asOf: AS_OF,
    });
    expect(codes(given)).not.toContain('ops.booking.authorization_missing');
    const other = evaluateBooking({ ...base, serviceCode: '90834' }, insured(), { asOf: AS_OF });
    expect(factsOf(other, 'ops.booking.authorization_missing')).toEqual({
      serviceCode: '90834',
      derived: false,
    });
  });

  it('codes every individual length by the billing bands (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 120 }), (m) => {
        const d = evaluateBooking({ ...base, ...minutes(m) }, insured({ codes: ['90834'] }), { asOf: AS_OF });
        const expected = m < 16 ? null : m < 38 ? '90832' : m < 53 ? '90834' : '90837';
        if (expected === null) expect(codes(d)).toContain('ops.booking.service_code_undecided');
        else if (expected === '90834') expect(codes(d)).not.toContain('ops.booking.authorization_missing');
        else expect(factsOf(d, 'ops.booking.authorization_missing')).toMatchObject({ serviceCode: expected });
      }),
      { numRuns: 40 },
    );
  });
});

describe('evaluateBooking: sessions already booked count against the authorization', () => {
  it('refuses a session past the authorization: 20 authorized, 19 used, one more already booked', () => {
    const d = evaluateBooking(base, insured({ used: 19, booked: 1 }), { asOf: AS_OF });
    expect(d.outcome).toBe('refused');
    expect(codes(d)).toContain('ops.booking.authorization_missing');
    expect(factsOf(d, 'ops.booking.authorization_counts_booked')).toEqual({
      authorizationNumber: 'PA-1',
      used: 19,
      booked: 1,
    });
  });

  it('allows the twentieth session with a warning when none is booked', () => {
    const d = evaluateBooking(base, insured({ used: 19 }), { asOf: AS_OF });
    expect(d.outcome).toBe('allowed_with_warnings');
    expect(codes(d)).toContain('billing.authorization.few_remaining');
    expect(codes(d)).not.toContain('ops.booking.authorization_counts_booked');
  });

  it('refuses exactly when used and booked sessions leave none for this one (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 0, max: 4 }),
        (authorized, used, booked) => {
          const d = evaluateBooking(base, insured({ authorized, used, booked }), { asOf: AS_OF });
          expect(codes(d).includes('ops.booking.authorization_missing')).toBe(used + booked >= authorized);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('lists the new codes in the ops catalog', () => {
    for (const code of ['ops.booking.service_code_undecided', 'ops.booking.authorization_counts_booked'])
      expect(Object.keys(OPS_REASON_CODES)).toContain(code);
  });
});
