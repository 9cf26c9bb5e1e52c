import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/core/index.js';
import {
  DEFAULT_INTAKE_DOCUMENTS,
  DEFAULT_INTAKE_PACKET_POLICY,
  evaluateFirstSessionReadiness,
  IntakePacketPolicy,
  type IntakePacketPolicyInput,
  ReleaseConditioningException,
} from '../../../src/intake/index.js';
import { done, fileOf, NOT_PART2, THIRD_PARTY_SERVICE } from '../intake-fixtures.js';

// A covered entity may not condition treatment on an authorization (45 CFR 164.508(b)(4)), except research-related
// treatment (i), a health plan's enrollment or eligibility (ii), and care given solely to create information for a
// third party (iii) [sources: cfr-45-164.508]. Before intake40 the default packet made the release of information
// blocking: a client who would not sign a release to their school had no first session.

const NY = 'America/New_York';
/** An insured adult in New York who needs a release to a school; first session Tuesday 2026-03-10 at 10:00. */
const adult = {
  id: 'c-ana',
  zone: NY,
  birthDate: '1990-06-15',
  billing: 'insured',
  modality: 'in_person',
  state: 'NY',
  releaseNeeded: true,
  firstSessionAt: '2026-03-10T10:00:00-04:00',
} as const;
const SIGNED = '2026-03-05T18:00:00-05:00';
const DAY_BEFORE = '2026-03-09T12:00:00-04:00';
const packet = [
  'informed_consent',
  'privacy_notice_acknowledgment',
  'financial_policy',
  'intake_questionnaire',
  'insurance_card',
].map((t) => done(t, SIGNED));
const RELEASE_INDEX = DEFAULT_INTAKE_DOCUMENTS.findIndex((d) => d.type === 'release_of_information');
const withRelease = (release: object): IntakePacketPolicyInput => ({
  part2Program: false,
  documents: DEFAULT_INTAKE_DOCUMENTS.map((d) =>
    d.type === 'release_of_information' ? { ...d, ...release } : d,
  ),
});
function issuesOf(policy: IntakePacketPolicyInput): [string, string][] {
  try {
    evaluateFirstSessionReadiness(fileOf(adult, packet), policy, { asOf: DAY_BEFORE });
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return (e as ValidationError).issues.map((i) => [i.at, i.code]);
  }
  return [];
}

describe('the default packet asks for a release, never requires it to start treatment (164.508(b)(4))', () => {
  it('makes the release soft, with no exception named', () => {
    const release = DEFAULT_INTAKE_PACKET_POLICY.documents.find((d) => d.type === 'release_of_information');
    expect(release?.weight).toBe('soft');
    expect(release?.conditioningException).toBeUndefined();
  });

  it('a client who has not signed the release to her school counselor still has her first session: ready with a warning', () => {
    const r = evaluateFirstSessionReadiness(fileOf(adult, packet), NOT_PART2, { asOf: DAY_BEFORE });
    expect(r.outcome).toBe('ready_with_warnings');
    expect(r.blockers).toEqual([
      {
        code: 'intake.readiness.soft_document_incomplete',
        document: 'release_of_information',
        signerId: null,
        status: 'not_sent',
        action: 'send_document',
      },
    ]);
    expect(r.reasons[0]?.message).toContain('164.508(b)(4)');
  });

  it('a release she refused (declined on Saturday 2026-03-07) is talked through; the session goes ahead', () => {
    const declined = {
      type: 'release_of_information',
      status: 'declined',
      sentAt: SIGNED,
      declinedAt: '2026-03-07T11:00:00-05:00',
    };
    const r = evaluateFirstSessionReadiness(fileOf(adult, [...packet, declined]), NOT_PART2, {
      asOf: DAY_BEFORE,
    });
    expect(r.outcome).toBe('ready_with_warnings');
    expect(r.blockers.map((b) => [b.document, b.action])).toEqual([
      ['release_of_information', 'call_client_about_declined'],
    ]);
  });

  it('a release signed by her mother does not authorize the disclosure: said as a warning, the session goes ahead', () => {
    const byMother = done('release_of_information', SIGNED, { signerId: 'mother' });
    const r = evaluateFirstSessionReadiness(fileOf(adult, [...packet, byMother]), NOT_PART2, {
      asOf: DAY_BEFORE,
    });
    expect(r.outcome).toBe('ready_with_warnings');
    expect(r.reasons.map((x) => [x.code, x.severity])).toEqual([
      ['intake.readiness.release_not_by_client_or_representative', 'warning'],
    ]);
    expect(r.reasons[0]?.message).toContain('only the disclosure waits');
    expect(r.blockers.map((b) => b.action)).toEqual(['send_document']);
    // For a court-ordered evaluation (b)(4)(iii) the same release blocks it.
    const conditioned = evaluateFirstSessionReadiness(
      fileOf(adult, [...packet, byMother]),
      THIRD_PARTY_SERVICE,
      {
        asOf: DAY_BEFORE,
      },
    );
    expect(conditioned.outcome).toBe('not_ready');
  });

  it('a release signed by a minor’s court-limited father waits on a person for the disclosure, not the session', () => {
    const teen = {
      ...adult,
      id: 'c-teen',
      birthDate: '2010-11-20',
      guardians: ['mom', 'dad'],
      guardianRoles: [{ signerId: 'dad', role: 'parent_limited_by_court_order' }],
    };
    const docs = [
      ...packet.filter((d) => d.type !== 'financial_policy'),
      done('financial_policy', SIGNED, { signerId: 'mom' }),
      done('guardian_consent', SIGNED, { signerId: 'mom' }),
      done('release_of_information', SIGNED, { signerId: 'dad' }),
    ];
    const r = evaluateFirstSessionReadiness(fileOf(teen, docs), NOT_PART2, { asOf: DAY_BEFORE });
    expect(r.outcome).toBe('ready_with_warnings');
    expect(r.reasons.map((x) => x.code)).toEqual([
      'intake.readiness.release_representative_authority_unknown',
    ]);
    expect(r.blockers.map((b) => b.action)).toEqual(['collect_missing_fact']);
  });
});

describe('a packet may block on a release only with the 164.508(b)(4) exception named', () => {
  it('refuses a blocking release without an exception, by path and code', () => {
    expect(issuesOf(withRelease({ weight: 'blocking' }))).toEqual([
      [`$.policy.documents[${RELEASE_INDEX}].weight`, 'intake.packet.release_conditions_treatment'],
    ]);
  });

  it('refuses an exception named on another document', () => {
    const policy: IntakePacketPolicyInput = {
      part2Program: false,
      documents: DEFAULT_INTAKE_DOCUMENTS.map((d) =>
        d.type === 'informed_consent' ? { ...d, conditioningException: 'research_related_treatment' } : d,
      ),
    };
    expect(issuesOf(policy)).toEqual([
      ['$.policy.documents[0].conditioningException', 'intake.packet.conditioning_exception_not_release'],
    ]);
  });

  it('accepts each of (i)–(iii); the session of a fitness-for-duty evaluation waits on the release to the employer', () => {
    expect(ReleaseConditioningException.options).toEqual([
      'research_related_treatment',
      'health_plan_enrollment',
      'service_for_third_party',
    ]);
    for (const conditioningException of ReleaseConditioningException.options) {
      const policy = withRelease({ weight: 'blocking', conditioningException });
      const r = evaluateFirstSessionReadiness(fileOf(adult, packet), policy, { asOf: DAY_BEFORE });
      expect(r.outcome).toBe('not_ready');
      expect(r.blockers.map((b) => [b.document, b.code])).toEqual([
        ['release_of_information', 'intake.readiness.blocking_document_missed_deadline'],
      ]);
    }
  });

  it('validates a blocking release exactly when an exception is named (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('blocking', 'soft'),
        fc.option(fc.constantFrom(...ReleaseConditioningException.options), { nil: undefined }),
        (weight, conditioningException) => {
          const ok = IntakePacketPolicy.safeParse(withRelease({ weight, conditioningException })).success;
          expect(ok).toBe(weight === 'soft' || conditioningException !== undefined);
        },
      ),
    );
  });

  it('never holds back a session on a release whose packet names no exception, whatever the release on file (property)', () => {
    const record = fc.oneof(
      fc.constant(null),
      fc.constant(done('release_of_information', SIGNED)),
      fc.constant(done('release_of_information', SIGNED, { signerId: 'mother' })),
      fc.constant(done('release_of_information', SIGNED, { expiresOn: '2026-03-01' })),
      fc.constant({ type: 'release_of_information', status: 'sent', sentAt: SIGNED }),
      fc.constant({
        type: 'release_of_information',
        status: 'declined',
        sentAt: SIGNED,
        declinedAt: '2026-03-07T11:00:00-05:00',
      }),
    );
    fc.assert(
      fc.property(record, fc.boolean(), (release, knownBirth) => {
        const client = knownBirth ? adult : { ...adult, birthDate: undefined };
        const docs = release === null ? packet : [...packet, release];
        const policy = IntakePacketPolicy.parse({
          part2Program: false,
          // An adults-only packet: with the birth date unknown, nothing but the release waits on it.
          rules: DEFAULT_INTAKE_PACKET_POLICY.rules.filter((r) => r.document !== 'guardian_consent'),
        });
        const r = evaluateFirstSessionReadiness(fileOf(client, docs), policy, { asOf: DAY_BEFORE });
        expect(['ready', 'ready_with_warnings']).toContain(r.outcome);
        expect(r.reasons.every((x) => x.severity !== 'error')).toBe(true);
      }),
    );
  });
});
