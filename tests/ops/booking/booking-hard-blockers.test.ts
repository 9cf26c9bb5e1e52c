import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { evaluateBooking, OPS_REASON_CODES, type PracticeData } from '../../../src/ops/index.js';
import { AS_OF, allowedBooking, smallPractice } from '../practice-fixtures.js';

const data = smallPractice();
const base = allowedBooking(data);
const codes = (d: { reasons: readonly { code: string }[] }) => d.reasons.map((r) => r.code);
const severityOf = (d: { reasons: readonly { code: string; severity: string }[] }, code: string) =>
  d.reasons.filter((r) => r.code === code).map((r) => r.severity);

type Doc = PracticeData['paperwork'][number];
const NEW_ID = 'client-new01';

/** The practice with a new client (never seen), copied from the returning self-pay client, and papers. */
function withNewClient(
  change: { birthDate?: string | undefined } = {},
  papers: readonly Record<string, unknown>[] = [],
): PracticeData {
  const copy = structuredClone(data);
  const template = copy.clients.find((c) => c.id === base.clientId);
  if (template === undefined) throw new Error('fixture');
  // An adult who pays for themselves: the template's guarantor and guardians are left out.
  const {
    birthDate: _,
    guarantorId: _g,
    guarantorPolicyAcknowledgedAt: _ga,
    guardianIds: _gs,
    ...rest
  } = template;
  const birthDate = 'birthDate' in change ? change.birthDate : '1990-01-01';
  copy.clients.push({
    ...rest,
    id: NEW_ID as never,
    name: 'New Client',
    ...(birthDate === undefined ? {} : { birthDate }),
  });
  for (const p of papers) copy.paperwork.push({ clientId: NEW_ID, ...p } as unknown as Doc);
  return copy;
}

const signed = (id: string, type: string, completedAt = '2026-11-18T10:00:00-05:00') => ({
  id,
  type,
  status: 'complete',
  sentAt: '2026-11-17T10:00:00-05:00',
  completedAt,
});
/** Every document the default packet blocks on for an adult self-pay telehealth client, signed. */
const ADULT_PACKET = [
  signed('pw-n1', 'informed_consent'),
  signed('pw-n2', 'telehealth_consent'),
  signed('pw-n3', 'financial_policy'),
  signed('pw-n4', 'good_faith_estimate'),
];
// Tuesday 2026-11-24 at 15:00 in New York: the deadline is 24 h before, Monday 15:00.
const firstSession = { ...base, clientId: NEW_ID, type: 'intake' as const };

describe('evaluateBooking: a first session’s hard blockers (intake)', () => {
  it('refuses when the client declined the treatment consent, keeping intake’s error', () => {
    const d = evaluateBooking(
      firstSession,
      withNewClient({}, [
        ...ADULT_PACKET.slice(1),
        {
          id: 'pw-n1',
          type: 'informed_consent',
          status: 'declined',
          sentAt: '2026-11-01T10:00:00-05:00',
          declinedAt: '2026-11-02T10:00:00-05:00',
        },
      ]),
      { asOf: AS_OF },
    );
    expect(d.outcome).toBe('refused');
    expect(codes(d)).toContain('ops.booking.paperwork_declined');
    expect(severityOf(d, 'intake.readiness.blocking_document_declined')).toEqual(['error']);
    expect(codes(d)).not.toContain('ops.booking.paperwork_incomplete');
  });

  it('refuses a same-day first session with no paperwork: the deadline passed the day before', () => {
    const d = evaluateBooking(firstSession, withNewClient(), { asOf: '2026-11-24' });
    expect(d.outcome).toBe('refused');
    expect(codes(d)).toContain('ops.booking.paperwork_too_late');
    expect(
      severityOf(d, 'intake.readiness.blocking_document_missed_deadline').every((s) => s === 'error'),
    ).toBe(true);
  });

  it('refuses a same-day first session of a minor born in 2012 with no guardian consent', () => {
    const d = evaluateBooking(firstSession, withNewClient({ birthDate: '2012-01-01' }, ADULT_PACKET), {
      asOf: '2026-11-24',
    });
    expect(d.outcome).toBe('refused');
    expect(codes(d)).toContain('ops.booking.paperwork_too_late');
    const missed = d.reasons.filter((r) => r.code === 'intake.readiness.blocking_document_missed_deadline');
    expect(missed.map((r) => r.facts.document)).toEqual(['guardian_consent']);
    expect(missed[0]?.severity).toBe('error');
  });

  it('warns, four days ahead, about the same minor: there is time to get the guardian’s consent', () => {
    const d = evaluateBooking(firstSession, withNewClient({ birthDate: '2012-01-01' }, ADULT_PACKET), {
      asOf: AS_OF,
    });
    expect(d.outcome).toBe('allowed_with_warnings');
    expect(codes(d)).toContain('ops.booking.paperwork_incomplete');
    expect(severityOf(d, 'intake.readiness.blocking_document_incomplete')).toEqual(['warning']);
  });

  it('refuses after the deadline when the birth date that decides a guardian’s consent is missing', () => {
    const d = evaluateBooking(firstSession, withNewClient({ birthDate: undefined }, ADULT_PACKET), {
      asOf: '2026-11-24',
    });
    expect(d.outcome).toBe('refused');
    expect(codes(d)).toEqual(
      expect.arrayContaining(['ops.booking.paperwork_too_late', 'intake.requirements.missing_fact']),
    );
    // Before the deadline the missing fact only warns: it can still be collected.
    const early = evaluateBooking(firstSession, withNewClient({ birthDate: undefined }, ADULT_PACKET), {
      asOf: AS_OF,
    });
    expect(early.outcome).toBe('allowed_with_warnings');
  });

  it('refuses after the deadline only for a missing fact that decides a blocking document, not a soft one', () => {
    // Coverage never recorded: whether an insurance card (blocking) or a good-faith estimate (soft) is needed
    // cannot be decided.
    const unknownCoverage = () => {
      const copy = withNewClient({}, ADULT_PACKET);
      const client = copy.clients.find((c) => c.id === NEW_ID);
      if (client === undefined) throw new Error('fixture');
      client.payerClasses = [];
      return copy;
    };
    const blocking = evaluateBooking(firstSession, unknownCoverage(), { asOf: '2026-11-24' });
    expect(codes(blocking)).toContain('ops.booking.paperwork_too_late');
    // A practice whose packet makes the insurance card soft: only soft documents are undecided.
    const soft = unknownCoverage();
    soft.policies.intakePacket.documents = soft.policies.intakePacket.documents.map((d) =>
      d.type === 'insurance_card' ? { ...d, weight: 'soft' as const } : d,
    );
    const d = evaluateBooking(firstSession, soft, { asOf: '2026-11-24' });
    expect(codes(d)).toContain('intake.requirements.missing_fact');
    expect(codes(d)).not.toContain('ops.booking.paperwork_too_late');
  });

  it('allows a first session whose blocking paperwork is signed', () => {
    const d = evaluateBooking(firstSession, withNewClient({}, ADULT_PACKET), { asOf: '2026-11-24' });
    expect(codes(d).filter((c) => c.startsWith('ops.booking.paperwork'))).toEqual([]);
    expect(d.outcome).not.toBe('refused');
  });

  it('reads a date-only asOf as the start of that day in the practice’s zone, not at UTC midnight', () => {
    // A 20:00 session on 2026-11-24 in New York: the deadline is 2026-11-23 at 20:00. Booked on the 24th,
    // the deadline has passed (UTC midnight would be 19:00 on the 23rd in New York, before it).
    const late = { ...firstSession, start: '2026-11-24T20:00:00-05:00', end: '2026-11-24T20:53:00-05:00' };
    const d = evaluateBooking(late, withNewClient(), { asOf: '2026-11-24' });
    expect(codes(d)).toContain('ops.booking.paperwork_too_late');
    // A consent signed at 20:00 on the 23rd in New York (01:00 UTC on the 24th) counts on the 24th there.
    const packet = ADULT_PACKET.map((p) => ({ ...p, completedAt: '2026-11-22T20:00:00-05:00' }));
    const ready = evaluateBooking(late, withNewClient({}, packet), { asOf: '2026-11-23' });
    expect(codes(ready).filter((c) => c.startsWith('ops.booking.paperwork'))).toEqual([]);
  });

  it('never refuses for paperwork before its deadline unless a document was declined (property)', () => {
    const statuses = [
      'not_sent',
      'sent',
      'viewed',
      'partly_done',
      'complete',
      'declined',
      'expired',
    ] as const;
    const types = [
      'informed_consent',
      'telehealth_consent',
      'financial_policy',
      'good_faith_estimate',
    ] as const;
    fc.assert(
      fc.property(
        fc.tuple(...types.map(() => fc.constantFrom(...statuses))),
        fc.constantFrom('2026-11-20', '2026-11-22', '2026-11-23', '2026-11-24'),
        fc.boolean(),
        (chosen, asOf, minor) => {
          const papers = types.flatMap((type, i) => {
            const status = chosen[i];
            if (status === 'not_sent') return [];
            return [
              {
                id: `pw-p${i}`,
                type,
                status,
                sentAt: '2026-11-10T10:00:00-05:00',
                ...(status === 'complete' ? { completedAt: '2026-11-11T10:00:00-05:00' } : {}),
                ...(status === 'declined' ? { declinedAt: '2026-11-11T10:00:00-05:00' } : {}),
              },
            ];
          });
          const d = evaluateBooking(
            firstSession,
            withNewClient(minor ? { birthDate: '2012-01-01' } : {}, papers),
            { asOf },
          );
          // The good-faith estimate is soft: it never blocks, declined or not.
          const blocking = chosen.slice(0, 3);
          const declined = blocking.includes('declined');
          const open = minor || blocking.some((s) => s !== 'complete');
          const passed = asOf === '2026-11-24';
          expect(codes(d).includes('ops.booking.paperwork_declined')).toBe(declined);
          expect(codes(d).includes('ops.booking.paperwork_too_late')).toBe(passed && open);
          expect(d.outcome === 'refused').toBe(declined || (passed && open));
          // Intake's refusing reasons keep intake's severity.
          for (const r of d.reasons) {
            if (r.code === 'intake.readiness.blocking_document_declined') expect(r.severity).toBe('error');
            if (r.code === 'intake.readiness.blocking_document_missed_deadline')
              expect(r.severity).toBe('error');
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('evaluateBooking: coverage that has ended (billing)', () => {
  function insuredUntil(planEndsOn: string | null, lastVerifiedOn = '2026-11-19') {
    const copy = structuredClone(data);
    const client = copy.clients.find((c) => c.id === base.clientId);
    if (client === undefined) throw new Error('fixture');
    client.payerIds = ['bluebird' as never];
    client.payerClasses = ['commercial'];
    copy.eligibility = [
      {
        clientId: base.clientId as never,
        payerId: 'bluebird' as never,
        lastVerifiedOn,
        planYearStartsOn: '2026-01-01',
        planEndsOn,
        coverageChangedOn: null,
      },
    ];
    return copy;
  }

  it('refuses a session after the verified plan ends (2026-11-30 for a 2026-12-08 session)', () => {
    const later = { ...base, start: '2026-12-08T15:00:00-05:00', end: '2026-12-08T15:53:00-05:00' };
    const d = evaluateBooking(later, insuredUntil('2026-11-30'), { asOf: AS_OF });
    expect(d.outcome).toBe('refused');
    expect(d.reasons.find((r) => r.code === 'ops.booking.coverage_ended')?.facts).toEqual({
      payerId: 'bluebird',
      planEndsOn: '2026-11-30',
      serviceDate: '2026-12-08',
    });
    // Billing's own reason keeps billing's severity.
    expect(severityOf(d, 'billing.eligibility.plan_period_ended')).toEqual(['warning']);
  });

  it('does not refuse a session on the plan’s last day, or with an open-ended plan', () => {
    expect(codes(evaluateBooking(base, insuredUntil('2026-11-24'), { asOf: AS_OF }))).not.toContain(
      'ops.booking.coverage_ended',
    );
    expect(codes(evaluateBooking(base, insuredUntil(null), { asOf: AS_OF }))).not.toContain(
      'ops.booking.coverage_ended',
    );
  });

  it('refuses exactly when the session date is after the plan end (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 5 }), (offset) => {
        const end = new Date(Date.UTC(2026, 10, 24 + offset)).toISOString().slice(0, 10);
        const d = evaluateBooking(base, insuredUntil(end), { asOf: AS_OF });
        expect(codes(d).includes('ops.booking.coverage_ended')).toBe(offset < 0);
        if (offset < 0) expect(d.outcome).toBe('refused');
      }),
      { numRuns: 11 },
    );
  });

  describe('the date of service is the day where the client is, as for the license', () => {
    // A New York client and clinician; the client spends December in California (Los Angeles).
    const inCalifornia = (start: string, minutes = 53) => ({
      ...base,
      clientState: 'CA' as const,
      start,
      end: new Date(Date.parse(start) + minutes * 60_000).toISOString(),
    });
    const planEnds = (on: string) => {
      const copy = insuredUntil(on, '2026-11-19');
      const client = copy.clients.find((c) => c.id === base.clientId);
      if (client === undefined) throw new Error('fixture');
      client.zone = 'America/New_York' as never;
      client.locationState = 'NY';
      return copy;
    };
    const ended = (request: Parameters<typeof evaluateBooking>[0], on: string) =>
      evaluateBooking(request, planEnds(on), { asOf: AS_OF }).reasons.find(
        (r) => r.code === 'ops.booking.coverage_ended',
      );

    it('covers a session at 21:30 in Los Angeles on the plan’s last day, though New York is past midnight', () => {
      // 2026-12-14 21:30 PST is 2026-12-15 00:30 in New York.
      expect(ended(inCalifornia('2026-12-14T21:30:00-08:00'), '2026-12-14')).toBeUndefined();
      expect(ended(inCalifornia('2026-12-14T23:59:00-08:00'), '2026-12-14')).toBeUndefined();
    });

    it('refuses from midnight in Los Angeles on the next day, and says which date of service it read', () => {
      expect(ended(inCalifornia('2026-12-15T00:00:00-08:00'), '2026-12-14')?.facts).toEqual({
        payerId: 'bluebird',
        planEndsOn: '2026-12-14',
        serviceDate: '2026-12-15',
      });
    });

    it('reads a session running past midnight there on the day it starts: one date of service', () => {
      expect(ended(inCalifornia('2026-12-14T23:30:00-08:00', 53), '2026-12-14')).toBeUndefined();
    });

    it('reads the same day for the license and for the coverage', () => {
      // clin-001's California license ends on the plan's last day too: at 22:00 in Los Angeles (01:00 in
      // New York, the next day) both still hold; from midnight in Los Angeles both refuse, naming one date.
      const bothEnd = planEnds('2026-12-14');
      const credentials = bothEnd.credentials.find((c) => c.clinicianId === base.clinicianId);
      for (const l of credentials?.licenses ?? []) if (l.state === 'CA') l.expiresOn = '2026-12-14';
      const at = (start: string) => evaluateBooking(inCalifornia(start), bothEnd, { asOf: AS_OF });
      const before = at('2026-12-14T22:00:00-08:00');
      expect(codes(before)).not.toContain('ops.booking.no_license_in_state');
      expect(codes(before)).not.toContain('ops.booking.coverage_ended');
      const after = at('2026-12-15T00:30:00-08:00');
      const licenseDate = after.reasons.find((r) => r.code === 'ops.booking.no_license_in_state')?.facts.date;
      const serviceDate = after.reasons.find((r) => r.code === 'ops.booking.coverage_ended')?.facts
        .serviceDate;
      expect([licenseDate, serviceDate]).toEqual(['2026-12-15', '2026-12-15']);
    });

    it('refuses exactly when the day where the client is, at the start, is after the plan’s last day (property)', () => {
      const zoneOf = { NY: 'America/New_York', CA: 'America/Los_Angeles', HI: 'Pacific/Honolulu' } as const;
      const first = Date.parse('2026-12-13T00:00:00Z');
      fc.assert(
        fc.property(
          fc.constantFrom('NY', 'CA', 'HI'),
          fc.integer({ min: 0, max: 4 * 24 * 4 }),
          (state, quarter) => {
            const startMs = first + quarter * 15 * 60_000;
            const start = new Date(startMs).toISOString();
            const request = {
              ...base,
              clientState: state as 'NY',
              start,
              end: new Date(startMs + 53 * 60_000).toISOString(),
            };
            const d = evaluateBooking(request, planEnds('2026-12-14'), { asOf: AS_OF });
            const local = DateTime.fromMillis(startMs, {
              zone: zoneOf[state as keyof typeof zoneOf],
            }).toISODate();
            expect(codes(d).includes('ops.booking.coverage_ended')).toBe((local as string) > '2026-12-14');
          },
        ),
        { numRuns: 40 },
      );
    });
  });

  it('lists each new code in the ops catalog', () => {
    for (const code of [
      'ops.booking.coverage_ended',
      'ops.booking.paperwork_declined',
      'ops.booking.paperwork_too_late',
    ]) {
      expect(Object.keys(OPS_REASON_CODES)).toContain(code);
    }
  });
});
