import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/core/index.js';
import {
  buildIntakeQueue,
  evaluateFirstSessionReadiness,
  IntakePacketPolicy,
} from '../../../src/intake/index.js';
import { MINOR_CONSENT_FLOOR_AGE } from '../../../src/intake/internal.js';
import { done, fileOf, NOT_PART2 } from '../intake-fixtures.js';

const SESSION = '2026-03-10T10:00:00-04:00';
const AS_OF = { asOf: '2026-03-09T08:00:00-04:00' };

const ADULT = {
  id: 'c-ana',
  zone: 'America/New_York',
  birthDate: '1990-06-15',
  billing: 'insured',
  modality: 'in_person',
  firstSessionAt: SESSION,
} as const;

const PACKET = [
  done('informed_consent', '2026-03-05T18:00:00-05:00'),
  done('privacy_notice_acknowledgment', '2026-03-05T18:00:00-05:00'),
  done('financial_policy', '2026-03-05T18:01:00-05:00'),
  done('intake_questionnaire', '2026-03-05T18:20:00-05:00'),
  done('insurance_card', '2026-03-05T18:25:00-05:00'),
];

/** The packet with the financial policy signed by `signerId` (who pays for a minor), not the minor. */
const packetSignedBy = (signerId: string) => [
  ...PACKET.filter((d) => d.type !== 'financial_policy'),
  done('financial_policy', '2026-03-05T18:01:00-05:00', { signerId }),
];

const ANSWERED = '2026-03-06T10:00:00-05:00';

function phq(reviewedAt?: string) {
  return {
    instrument: 'phq9',
    completedAt: ANSWERED,
    item9: 2,
    ...(reviewedAt === undefined ? {} : { clinicianReviewedAt: reviewedAt }),
  } as const;
}

describe('evaluateFirstSessionReadiness: a clinician review counts only after the answer it reviews', () => {
  it('routes a PHQ-9 item 9 answer of 2 to a clinician when the review on record predates it by three days', () => {
    const client = { ...ADULT, screenings: [phq('2026-03-03T10:00:00-05:00')] };
    const r = evaluateFirstSessionReadiness(fileOf(client, PACKET), NOT_PART2, AS_OF);
    expect(r.outcome).toBe('ready_with_warnings');
    expect(r.blockers).toEqual([
      {
        code: 'intake.readiness.screening_review_predates_answer',
        document: null,
        signerId: null,
        status: null,
        action: 'route_to_clinician',
      },
    ]);
    expect(r.reasons[0]?.facts).toMatchObject({ role: 'clinician', action: 'route_to_clinician' });
  });

  it('counts a review made the same minute as the answer, and one an hour later', () => {
    for (const at of [ANSWERED, '2026-03-06T11:00:00-05:00']) {
      const client = { ...ADULT, screenings: [phq(at)] };
      expect(evaluateFirstSessionReadiness(fileOf(client, PACKET), NOT_PART2, AS_OF).outcome).toBe('ready');
    }
  });

  it('does not count a review one second before the answer, nor one dated after asOf', () => {
    for (const at of ['2026-03-06T09:59:59-05:00', '2026-03-09T09:00:00-04:00']) {
      const client = { ...ADULT, screenings: [phq(at)] };
      const r = evaluateFirstSessionReadiness(fileOf(client, PACKET), NOT_PART2, AS_OF);
      expect(r.blockers.map((b) => b.action)).toEqual(['route_to_clinician']);
    }
  });

  it('keeps the early review out of the intake queue too: the client still needs a clinician', () => {
    const client = { ...ADULT, screenings: [phq('2026-02-01T10:00:00-05:00')] };
    const q = buildIntakeQueue([fileOf(client, PACKET)], NOT_PART2, {}, AS_OF);
    const entry = q.entries[0];
    expect(entry?.readiness.reasons.map((x) => x.code)).toContain(
      'intake.readiness.screening_review_predates_answer',
    );
  });

  it('does not count a review dated after the session started, the same day or later, even once asOf has passed it', () => {
    // Session Tuesday 2026-03-10 10:00 New York; asOf Thursday, after it.
    const after = { asOf: '2026-03-12T10:00:00-04:00' };
    for (const at of [
      '2026-03-10T10:00:01-04:00',
      '2026-03-10T16:00:00-04:00',
      '2026-03-11T10:00:00-04:00',
    ]) {
      const client = { ...ADULT, screenings: [phq(at)] };
      const r = evaluateFirstSessionReadiness(fileOf(client, PACKET), NOT_PART2, after);
      expect(r.outcome).toBe('ready_with_warnings');
      expect(r.blockers.map((b) => [b.code, b.action])).toEqual([
        ['intake.readiness.screening_reviewed_after_session', 'route_to_clinician'],
      ]);
    }
  });

  it('counts a review at the very instant the session starts, and one earlier that morning', () => {
    const after = { asOf: '2026-03-12T10:00:00-04:00' };
    for (const at of [SESSION, '2026-03-10T07:30:00-04:00']) {
      const client = { ...ADULT, screenings: [phq(at)] };
      expect(evaluateFirstSessionReadiness(fileOf(client, PACKET), NOT_PART2, after).outcome).toBe('ready');
    }
  });

  it('compares instants, not calendar days: a review 09:30 Los Angeles time is after a 10:00 New York session', () => {
    const after = { asOf: '2026-03-12T10:00:00-04:00' };
    // 09:30 PDT is 12:30 EDT: the same calendar day where it was written, and after the session.
    const client = { ...ADULT, screenings: [phq('2026-03-10T09:30:00-07:00')] };
    const r = evaluateFirstSessionReadiness(fileOf(client, PACKET), NOT_PART2, after);
    expect(r.blockers.map((b) => b.code)).toEqual(['intake.readiness.screening_reviewed_after_session']);
  });

  const withScreening = (screening: object) => ({ ...ADULT, screenings: [screening] });

  it('counts a review of an answer given after the session started once it is on record: nothing could reach anyone before', () => {
    const after = { asOf: '2026-03-12T10:00:00-04:00' };
    const late = { ...phq('2026-03-11T09:00:00-04:00'), completedAt: '2026-03-10T18:00:00-04:00' };
    expect(evaluateFirstSessionReadiness(fileOf(withScreening(late), PACKET), NOT_PART2, after).outcome).toBe(
      'ready',
    );
    const unreviewed = { ...phq(), completedAt: '2026-03-10T18:00:00-04:00' };
    expect(
      evaluateFirstSessionReadiness(fileOf(withScreening(unreviewed), PACKET), NOT_PART2, after).blockers.map(
        (b) => b.code,
      ),
    ).toEqual(['intake.readiness.screening_needs_clinician_review']);
  });

  it('never treats a non-zero answer as reviewed unless the review lies between the answer and asOf, and by the session start for an answer given before it (property)', () => {
    const base = Date.parse('2026-03-01T00:00:00Z');
    const day = 86_400_000;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 0, max: 12 * day }),
        fc.option(fc.integer({ min: 0, max: 14 * day }), { nil: undefined }),
        fc.integer({ min: 0, max: 14 * day }),
        (item9, answeredOffset, reviewOffset, asOfOffset) => {
          const completedMs = base + answeredOffset;
          const reviewMs = reviewOffset === undefined ? undefined : base + reviewOffset;
          const asOfMs = base + asOfOffset;
          const client = {
            ...ADULT,
            screenings: [
              {
                instrument: 'phq9',
                completedAt: new Date(completedMs).toISOString(),
                item9,
                ...(reviewMs === undefined ? {} : { clinicianReviewedAt: new Date(reviewMs).toISOString() }),
              },
            ],
          } as const;
          const r = evaluateFirstSessionReadiness(fileOf(client, PACKET), NOT_PART2, {
            asOf: new Date(asOfMs).toISOString(),
          });
          const routed = r.blockers.filter((b) => b.action === 'route_to_clinician');
          const startMs = Date.parse(SESSION);
          const reviewBy = completedMs > startMs ? asOfMs : Math.min(asOfMs, startMs);
          const reviewed = reviewMs !== undefined && reviewMs >= completedMs && reviewMs <= reviewBy;
          // An answer not yet given by asOf is not read; any other is routed unless reviewed in time.
          expect(routed.length).toBe(completedMs > asOfMs || reviewed ? 0 : 1);
          // A review after the start of the session it was meant for never counts, whatever asOf says.
          if (reviewMs !== undefined && completedMs <= startMs && reviewMs > startMs && completedMs <= asOfMs)
            expect(routed.map((b) => b.code)).toEqual(['intake.readiness.screening_reviewed_after_session']);
        },
      ),
    );
  });
});

const MINOR = { ...ADULT, id: 'c-teen', birthDate: '2012-05-01' } as const;

describe('evaluateFirstSessionReadiness: a minor’s guardian consent must come from a listed guardian', () => {
  it('does not count a guardian consent the 13-year-old signed alone (no guardian listed)', () => {
    const r = evaluateFirstSessionReadiness(
      fileOf(MINOR, [...PACKET, done('guardian_consent', '2026-03-05T19:00:00-05:00')]),
      NOT_PART2,
      AS_OF,
    );
    expect(r.outcome).toBe('not_ready');
    // The financial policy on file, unsigned by anyone named, is the minor's too: it does not count either.
    expect(r.blockers.map((b) => [b.code, b.document, b.action])).toEqual([
      ['intake.readiness.financial_policy_not_by_payer', 'financial_policy', 'send_document'],
      ['intake.readiness.guardian_consent_not_by_guardian', 'guardian_consent', 'send_document'],
    ]);
  });

  it('does not count one the minor signed though a guardian is listed, nor one whose signer is the minor', () => {
    const listed = { ...MINOR, signers: ['guardian-1'] };
    const byMinor = done('guardian_consent', '2026-03-05T19:00:00-05:00', { signerId: 'c-teen' });
    expect(
      evaluateFirstSessionReadiness(fileOf(listed, [...PACKET, byMinor]), NOT_PART2, AS_OF).outcome,
    ).toBe('not_ready');
    const selfListed = { ...MINOR, signers: ['c-teen'] };
    const r = evaluateFirstSessionReadiness(fileOf(selfListed, [...PACKET, byMinor]), NOT_PART2, AS_OF);
    expect(r.outcome).toBe('not_ready');
    expect(r.reasons.map((x) => x.code)).toContain('intake.readiness.guardian_consent_not_by_guardian');
  });

  it('does not count one signed by someone not listed as a guardian', () => {
    const listed = { ...MINOR, signers: ['guardian-1'] };
    const byStranger = done('guardian_consent', '2026-03-05T19:00:00-05:00', { signerId: 'aunt-9' });
    const r = evaluateFirstSessionReadiness(fileOf(listed, [...PACKET, byStranger]), NOT_PART2, AS_OF);
    expect(r.outcome).toBe('not_ready');
  });

  it('is ready once the listed guardian signed, even with the minor’s own copy on file', () => {
    const listed = { ...MINOR, signers: ['guardian-1'] };
    const docs = [
      ...packetSignedBy('guardian-1'),
      done('guardian_consent', '2026-03-05T19:00:00-05:00', { signerId: 'c-teen' }),
      done('guardian_consent', '2026-03-06T19:00:00-05:00', { signerId: 'guardian-1' }),
    ];
    expect(evaluateFirstSessionReadiness(fileOf(listed, docs), NOT_PART2, AS_OF).outcome).toBe('ready');
  });

  it('counts one signed by a guardian listed in `guardians` (the guarantor on file), never the client listed there', () => {
    const byParent = done('guardian_consent', '2026-03-05T19:00:00-05:00', { signerId: 'parent-1' });
    const withGuardian = { ...MINOR, guardians: ['parent-1'] };
    expect(
      evaluateFirstSessionReadiness(
        fileOf(withGuardian, [...packetSignedBy('parent-1'), byParent]),
        NOT_PART2,
        AS_OF,
      ).outcome,
    ).toBe('ready');
    const selfGuardian = { ...MINOR, guardians: ['c-teen'] };
    const byMinor = done('guardian_consent', '2026-03-05T19:00:00-05:00', { signerId: 'c-teen' });
    expect(
      evaluateFirstSessionReadiness(fileOf(selfGuardian, [...PACKET, byMinor]), NOT_PART2, AS_OF).outcome,
    ).toBe('not_ready');
  });

  it('is never ready for a minor on a guardian consent the client signed (property)', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.constantFrom(undefined, 'c-teen'),
        fc.integer({ min: 0, max: 5 }),
        (listSelf, signerId, ageOffset) => {
          const birthDate = `${2009 + ageOffset}-05-01`;
          const client = { ...MINOR, birthDate, ...(listSelf ? { signers: ['c-teen'] } : {}) };
          const consent = done('guardian_consent', '2026-03-05T19:00:00-05:00', {
            ...(signerId === undefined ? {} : { signerId }),
          });
          const r = evaluateFirstSessionReadiness(fileOf(client, [...PACKET, consent]), NOT_PART2, AS_OF);
          expect(r.outcome).toBe('not_ready');
        },
      ),
    );
  });
});

describe('evaluateFirstSessionReadiness: no child under 12 consents alone', () => {
  it('requires guardian consent for a 5-year-old marked as able to consent, and says the flag was not honoured', () => {
    const child = { ...ADULT, id: 'c-kid', birthDate: '2021-01-01', minorMayConsentMentalHealth: true };
    const r = evaluateFirstSessionReadiness(fileOf(child, PACKET), NOT_PART2, AS_OF);
    expect(r.outcome).toBe('not_ready');
    const codes = r.reasons.map((x) => x.code);
    expect(codes).toContain('intake.readiness.minor_consent_below_floor');
    expect(r.blockers.map((b) => b.document)).toContain('guardian_consent');
  });

  it('honours the flag from the 12th birthday on in California: 2014-03-10 is 12 on the session day, 2014-03-11 is not', () => {
    // The parent who pays signed the financial policy. California's age is 12 (Health and Safety Code 124260).
    const twelve = {
      ...ADULT,
      id: 'c-12',
      state: 'CA',
      birthDate: '2014-03-10',
      minorMayConsentMentalHealth: true,
      guarantorId: 'parent-1',
    };
    const packet = packetSignedBy('parent-1');
    expect(evaluateFirstSessionReadiness(fileOf(twelve, packet), NOT_PART2, AS_OF).outcome).toBe('ready');
    const eleven = { ...twelve, birthDate: '2014-03-11' };
    expect(evaluateFirstSessionReadiness(fileOf(eleven, packet), NOT_PART2, AS_OF).outcome).toBe('not_ready');
  });

  it('cannot honour the flag without a birth date: undecided, asking for it', () => {
    const unknown = { ...ADULT, id: 'c-x', birthDate: undefined, minorMayConsentMentalHealth: true };
    const r = evaluateFirstSessionReadiness(fileOf(unknown, PACKET), NOT_PART2, AS_OF);
    expect(r.outcome).toBe('undecided');
    expect(r.reasons.map((x) => x.facts.missingFact)).toContain('birth_date');
  });

  it('refuses a declared age of majority outside 18 to 21, the ages US law uses (since intake40: 12 to 25)', () => {
    expect(MINOR_CONSENT_FLOOR_AGE).toBe(12);
    for (const adultAge of [1, 11, 12, 17, 22, 25]) {
      expect(() => evaluateFirstSessionReadiness(fileOf(ADULT, PACKET), { adultAge }, AS_OF)).toThrow(
        ValidationError,
      );
    }
    expect(IntakePacketPolicy.parse({ adultAge: 19 }).adultAge).toBe(19);
    expect(IntakePacketPolicy.parse({}).adultAge).toBeUndefined();
  });

  it('never lets a client under 12 skip guardian consent, whatever the flag or policy (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 11 }),
        fc.boolean(),
        fc.integer({ min: 18, max: 21 }),
        (age, flag, adultAge) => {
          const child = {
            ...ADULT,
            id: 'c-kid',
            birthDate: `${2025 - age}-06-01`,
            minorMayConsentMentalHealth: flag,
          };
          const r = evaluateFirstSessionReadiness(fileOf(child, PACKET), { adultAge }, AS_OF);
          expect(r.outcome).toBe('not_ready');
          expect(r.blockers.map((b) => b.document)).toContain('guardian_consent');
        },
      ),
    );
  });
});

describe('evaluateFirstSessionReadiness: the latest consent record wins', () => {
  const declined = (at: string) => ({
    type: 'informed_consent',
    status: 'declined',
    sentAt: '2026-02-20T09:00:00-05:00',
    declinedAt: at,
  });

  it('reports a consent declined on 2026-03-07 after it was signed on 2026-03-05 as declined', () => {
    const r = evaluateFirstSessionReadiness(
      fileOf(ADULT, [...PACKET, declined('2026-03-07T09:00:00-05:00')]),
      NOT_PART2,
      AS_OF,
    );
    expect(r.outcome).toBe('not_ready');
    expect(r.blockers.map((b) => [b.code, b.action])).toEqual([
      ['intake.readiness.blocking_document_declined', 'call_client_about_declined'],
    ]);
  });

  it('counts a consent signed after an earlier decline, and ignores a decline dated after asOf', () => {
    const earlier = evaluateFirstSessionReadiness(
      fileOf(ADULT, [...PACKET, declined('2026-03-04T09:00:00-05:00')]),
      NOT_PART2,
      AS_OF,
    );
    expect(earlier.outcome).toBe('ready');
    const future = evaluateFirstSessionReadiness(
      fileOf(ADULT, [...PACKET, declined('2026-03-09T09:00:00-04:00')]),
      NOT_PART2,
      AS_OF,
    );
    expect(future.outcome).toBe('ready');
  });

  it('takes the later of a signature and a decline, whatever the record order (property)', () => {
    const base = Date.parse('2026-03-01T00:00:00Z');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 6 * 86_400_000 }),
        fc.integer({ min: 0, max: 6 * 86_400_000 }),
        fc.boolean(),
        (signed, refused, reverse) => {
          fc.pre(signed !== refused);
          const consent = done('informed_consent', new Date(base + signed).toISOString());
          const decline = declined(new Date(base + refused).toISOString());
          const docs = [...PACKET.slice(1), ...(reverse ? [decline, consent] : [consent, decline])];
          const r = evaluateFirstSessionReadiness(fileOf(ADULT, docs), NOT_PART2, AS_OF);
          expect(r.outcome).toBe(refused > signed ? 'not_ready' : 'ready');
        },
      ),
    );
  });
});
