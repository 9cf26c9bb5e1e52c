import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateFirstSessionReadiness, evaluatePart2ConsentContents } from '../../../src/intake/index.js';
import { done, fileOf, THIRD_PARTY_SERVICE } from '../intake-fixtures.js';

// An outside tester's cases for releases of information at the first-session gate (intake38, 2026-12-07),
// written from the public rules before the code was read. 45 CFR 164.508(b)(5): an authorization may be revoked
// in writing at any time, except where the practice already acted in reliance on it; 164.508(c)(1)(v): it
// expires on its date or event; (c)(1)(vi): it is signed by the individual, or by a personal representative
// (164.502(g)), whose authority it describes. A parent is not the personal representative for care a minor
// consented to alone (164.502(g)(3)(i)), and an adult's parent is not their representative at all.
// 42 CFR 2.31(a): a Part 2 consent's elements; the single consent for all future treatment, payment and
// operations (the 2024 rule, 89 FR 12472) may say "none" for its expiration and states the HIPAA redisclosure
// term; every other consent needs a date or event.

// The gate here is that of a practice whose releases may block the session (care solely for a third party,
// 45 CFR 164.508(b)(4)(iii), since intake40): under the default packet a release is soft, and the same findings
// are warnings (release-conditioning.test.ts).
const NY = 'America/New_York';
const adult = {
  id: 'c-ana',
  zone: NY,
  birthDate: '1990-06-15',
  billing: 'insured',
  modality: 'in_person',
  releaseNeeded: true,
  // Tuesday 2026-03-10 at 10:00 in New York.
  firstSessionAt: '2026-03-10T10:00:00-04:00',
} as const;
const SIGNED = '2026-03-05T18:00:00-05:00';
const packet = (who: object = {}) =>
  ['informed_consent', 'privacy_notice_acknowledgment', 'financial_policy', 'intake_questionnaire'].map((t) =>
    done(t, SIGNED, who),
  );
const card = done('insurance_card', SIGNED);
/** A minor's packet: their own consents, the financial policy signed by the paying parent `dad`. */
const teenPacket = () => [
  ...packet().filter((d) => d.type !== 'financial_policy'),
  done('financial_policy', SIGNED, { signerId: 'dad' }),
];
const DAY_BEFORE = '2026-03-09T12:00:00-04:00';
const codes = (r: { reasons: readonly { code: string }[] }) => r.reasons.map((x) => x.code);
const run = (client: object, docs: readonly object[], asOf = DAY_BEFORE) =>
  evaluateFirstSessionReadiness(fileOf({ ...adult, ...client }, docs), THIRD_PARTY_SERVICE, { asOf });

describe('a release of information at the first-session gate (45 CFR 164.508)', () => {
  it('1. a release the adult client signed on 2026-03-05 with no end date lets the session go ahead', () => {
    const r = run({}, [...packet(), card, done('release_of_information', SIGNED)]);
    expect(r.outcome).toBe('ready');
  });

  it('2. a release that expired on Monday 2026-03-09, the day before the session, blocks it', () => {
    const r = run({}, [
      ...packet(),
      card,
      done('release_of_information', SIGNED, { expiresOn: '2026-03-09' }),
    ]);
    expect(r.outcome).toBe('not_ready');
    expect(codes(r)).toEqual(['intake.readiness.blocking_document_expired']);
  });

  it('3. a release good through 2026-03-10, the session day itself, still counts', () => {
    const r = run({}, [
      ...packet(),
      card,
      done('release_of_information', SIGNED, { expiresOn: '2026-03-10' }),
    ]);
    expect(r.outcome).toBe('ready');
  });

  it('4. a release revoked in writing on 2026-03-07, before the session, blocks it (164.508(b)(5))', () => {
    const revoked = {
      type: 'release_of_information',
      id: 'rev',
      status: 'declined',
      sentAt: '2026-03-07T09:00:00-05:00',
      declinedAt: '2026-03-07T09:00:00-05:00',
    };
    const r = run({}, [...packet(), card, done('release_of_information', SIGNED), revoked]);
    expect(r.outcome).toBe('not_ready');
    expect(codes(r)).toEqual(['intake.readiness.blocking_document_declined']);
  });

  it('5. a revocation on 2026-03-12, after the session, does not undo the session’s readiness looked at afterwards', () => {
    const revoked = {
      type: 'release_of_information',
      id: 'rev',
      status: 'declined',
      sentAt: '2026-03-12T09:00:00-04:00',
      declinedAt: '2026-03-12T09:00:00-04:00',
    };
    const r = run(
      {},
      [...packet(), card, done('release_of_information', SIGNED), revoked],
      '2026-03-13T09:00:00-04:00',
    );
    expect(r.outcome).toBe('ready');
  });

  it('6. a release for an adult client signed by her mother (no signers listed) does not count', () => {
    const r = run({}, [...packet(), card, done('release_of_information', SIGNED, { signerId: 'mother' })]);
    expect(r.outcome).toBe('not_ready');
    expect(codes(r)).toEqual(['intake.readiness.release_not_by_client_or_representative']);
  });

  it('7. a 15-year-old who may not consent alone: a release signed by a listed parent counts', () => {
    const teen = { id: 'c-teo', birthDate: '2010-09-01', guardians: ['mom'] };
    const r = run(teen, [
      ...packet({ signerId: 'mom' }),
      card,
      done('guardian_consent', SIGNED, { signerId: 'mom' }),
      done('release_of_information', SIGNED, { signerId: 'mom' }),
    ]);
    expect(r.outcome).toBe('ready');
  });

  it('8. the same 15-year-old’s release signed by the teen alone does not count: the parent is the representative', () => {
    const teen = {
      id: 'c-teo',
      birthDate: '2010-09-01',
      guardians: ['mom'],
      minorMayConsentMentalHealth: false,
    };
    const r = run(teen, [
      ...packet({ signerId: 'mom' }),
      card,
      done('guardian_consent', SIGNED, { signerId: 'mom' }),
      done('release_of_information', SIGNED),
    ]);
    expect(r.outcome).toBe('not_ready');
    expect(codes(r)).toEqual(['intake.readiness.release_not_by_client_or_representative']);
  });

  it('9. a 16-year-old who consented alone (California 124260): a release signed only by the parent does not count', () => {
    const teen = {
      id: 'c-mia',
      zone: 'America/Los_Angeles',
      state: 'CA',
      birthDate: '2009-07-01',
      guardians: ['dad'],
      minorMayConsentMentalHealth: true,
      firstSessionAt: '2026-03-10T10:00:00-07:00',
    };
    // The financial policy is the paying parent's to sign (the packet's own rule, not the release's).
    const r = run(teen, [...teenPacket(), card, done('release_of_information', SIGNED, { signerId: 'dad' })]);
    expect(r.outcome).toBe('not_ready');
    expect(codes(r)).toEqual(['intake.readiness.release_not_by_client_or_representative']);
  });

  it('10. the same 16-year-old’s own signature on the release counts', () => {
    const teen = {
      id: 'c-mia',
      zone: 'America/Los_Angeles',
      state: 'CA',
      birthDate: '2009-07-01',
      guardians: ['dad'],
      minorMayConsentMentalHealth: true,
      firstSessionAt: '2026-03-10T10:00:00-07:00',
    };
    const r = run(
      teen,
      [...teenPacket(), card, done('release_of_information', SIGNED)],
      '2026-03-09T12:00:00-07:00',
    );
    expect(r.outcome).toBe('ready');
  });

  it('11. a minor whose guardians are not recorded, with a release signed by someone else: undecided, never ready', () => {
    const teen = { id: 'c-teo', birthDate: '2010-09-01', signers: undefined };
    const r = run(teen, [
      ...packet({ signerId: 'aunt' }),
      card,
      done('guardian_consent', SIGNED, { signerId: 'aunt' }),
      done('release_of_information', SIGNED, { signerId: 'aunt' }),
    ]);
    expect(r.outcome).toBe('undecided');
    expect(
      r.reasons.filter((x) => x.code === 'intake.readiness.guardians_unknown').map((x) => x.facts.document),
    ).toContain('release_of_information');
  });
});

describe('who signs a release (property)', () => {
  it('never counts a parent’s signature alone for an adult, or for a minor of 12+ who consented alone', () => {
    fc.assert(
      fc.property(fc.integer({ min: 12, max: 60 }), fc.integer({ min: 0, max: 364 }), (age, dayOffset) => {
        // Born `age` years and up to a year before the session date 2026-03-10, so `age` on that day.
        const birth = new Date(Date.UTC(2026 - age - 1, 2, 11 + dayOffset)).toISOString().slice(0, 10);
        const client = {
          id: 'c-p',
          // California, where a minor may consent alone from 12 (Health and Safety Code 124260).
          state: 'CA',
          birthDate: birth,
          guardians: ['mom'],
          minorMayConsentMentalHealth: true,
        };
        const docs = [
          ...packet().filter((d) => d.type !== 'financial_policy'),
          done('financial_policy', SIGNED, { signerId: 'mom' }),
          card,
          done('release_of_information', SIGNED, { signerId: 'mom' }),
        ];
        const r = run(client, docs);
        expect(r.outcome).toBe('not_ready');
        expect(codes(r)).toContain('intake.readiness.release_not_by_client_or_representative');
      }),
    );
  });
});

describe('a Part 2 consent’s contents (42 CFR 2.31(a) as amended in 2024)', () => {
  const full = {
    id: 'p2-1',
    clientId: 'c-1',
    patientName: 'A. Client',
    disclosers: ['Harbor Recovery Program'],
    information: 'Diagnosis, treatment dates and attendance',
    recipients: ['my treating providers, health plans and third-party payers'],
    rightToRevokeStatement: true,
    signedBy: ['A. Client'],
    signedOn: '2026-02-16',
  };

  it('12. the single TPO consent with "none" as its expiration and the HIPAA redisclosure term is complete', () => {
    const d = evaluatePart2ConsentContents({
      ...full,
      allFutureTreatmentPaymentOperations: true,
      hipaaRedisclosureStatement: true,
      expirationEvent: 'none',
    });
    expect(d.outcome).toBe('complete');
  });

  it('13. a consent to disclose to a school saying "none" for its expiration lacks 2.31(a)(7)', () => {
    const d = evaluatePart2ConsentContents({
      ...full,
      purposes: ['school attendance plan'],
      expirationEvent: 'none',
    });
    expect(d.outcome).toBe('incomplete');
    expect(d.reasons.map((r) => r.facts.paragraph)).toEqual(['2.31(a)(7)']);
  });

  it('14. the single TPO consent without the HIPAA redisclosure statement lacks 2.31(a)(4)(iii)', () => {
    const d = evaluatePart2ConsentContents({
      ...full,
      allFutureTreatmentPaymentOperations: true,
      expiresOn: '2027-02-16',
    });
    expect(d.reasons.map((r) => r.facts.paragraph)).toEqual(['2.31(a)(4)(iii)']);
  });

  it('15. a consent without the right to revoke lacks 2.31(a)(6)', () => {
    const d = evaluatePart2ConsentContents({
      ...full,
      purposes: ['payment'],
      rightToRevokeStatement: false,
      expiresOn: '2027-02-16',
    });
    expect(d.reasons.map((r) => r.facts.paragraph)).toEqual(['2.31(a)(6)']);
  });
});
