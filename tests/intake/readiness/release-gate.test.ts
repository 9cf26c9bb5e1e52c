import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/core/index.js';
import {
  DEFAULT_INTAKE_PACKET_RULES,
  evaluateFirstSessionReadiness,
  evaluateReleaseAuthorization,
  IntakePacketPolicy,
  type ReleaseAuthorizationInput,
} from '../../../src/intake/index.js';
import { done, fileOf, THIRD_PARTY_SERVICE } from '../intake-fixtures.js';

// The release of information at the first-session gate (intake39): the authorization recorded for a signed
// release is checked on the session's date against 45 CFR 164.508 (its core elements and statements (c), its
// expiration (c)(1)(v), a written revocation (b)(5)), and who may sign a minor's release is their personal
// representative under 164.502(g)(3): who may make their health care decisions (a guardian ad litem never; a
// court-limited parent, a foster parent or a caseworker only as the order or the agency says). A parent's or
// guardian's authority over a minor ends at majority, on the 18th birthday [sources: cfr-45-164.508,
// cfr-45-164.502].

// The gate here is that of a practice whose releases may block the session (care solely for a third party,
// 45 CFR 164.508(b)(4)(iii), since intake40): under the default packet a release is soft, and the same findings
// are warnings (release-conditioning.test.ts).
const NY = 'America/New_York';
/** An insured adult in New York who needs a release; first session Tuesday 2026-03-10 at 10:00. */
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
const own = [
  'informed_consent',
  'privacy_notice_acknowledgment',
  'intake_questionnaire',
  'insurance_card',
].map((t) => done(t, SIGNED));
/** The client's packet with the financial policy signed by `payer` (the client when absent). */
const packet = (payer?: string) => [
  ...own,
  done('financial_policy', SIGNED, payer === undefined ? {} : { signerId: payer }),
];
/** A release to a school counselor with every element of 164.508(c), signed 2026-03-05. */
const FULL: ReleaseAuthorizationInput = {
  id: 'roi-1',
  clientId: 'c-ana',
  information: 'Attendance and diagnosis',
  disclosers: ['Cedar Counseling'],
  recipients: ['Lincoln High School counselor'],
  purposes: ['school support plan'],
  expiresOn: '2026-06-30',
  signedBy: 'Ana Client',
  signedOn: '2026-03-05',
  rightToRevokeStatement: true,
  conditioningStatement: true,
  redisclosureStatement: true,
};
const codes = (r: { reasons: readonly { code: string }[] }) => r.reasons.map((x) => x.code);

/** The gate for `client` with `docs` and the release `roi-1` signed by `releaseSigner`, described by `auth`. */
function gate(
  client: object,
  docs: readonly object[],
  auth: Partial<ReleaseAuthorizationInput> | null,
  releaseSigner?: string,
  asOf = DAY_BEFORE,
) {
  const c = { ...adult, ...client } as { id: string };
  const release = done('release_of_information', SIGNED, {
    id: 'roi-1',
    ...(releaseSigner === undefined ? {} : { signerId: releaseSigner }),
  });
  const file = {
    ...fileOf(c, [...docs, release]),
    releaseAuthorizations: auth === null ? [] : [{ ...FULL, clientId: c.id, ...auth }],
  };
  return evaluateFirstSessionReadiness(file, THIRD_PARTY_SERVICE, { asOf });
}
const reasonOf = (r: ReturnType<typeof gate>, code: string) => r.reasons.find((x) => x.code === code);

describe('a release’s authorization at the first-session gate (45 CFR 164.508)', () => {
  it('an adult’s complete release to a school, in force through 2026-06-30: ready', () => {
    const r = gate({}, packet(), {});
    expect(r.outcome).toBe('ready');
  });

  it('a signed release with no authorization recorded counts as its status says (the practice checked the form)', () => {
    expect(gate({}, packet(), null).outcome).toBe('ready');
  });

  it('a release without the redisclosure statement (c)(2)(iii) blocks the session, the element named', () => {
    const r = gate({}, packet(), { redisclosureStatement: false });
    expect(r.outcome).toBe('not_ready');
    expect(codes(r)).toEqual(['intake.readiness.release_authorization_invalid']);
    expect(reasonOf(r, 'intake.readiness.release_authorization_invalid')?.facts.releases).toEqual([
      {
        authorizationId: 'roi-1',
        codes: ['intake.release.missing_element'],
        missingElements: ['redisclosureStatement'],
      },
    ]);
    expect(r.blockers).toEqual([
      {
        code: 'intake.readiness.release_authorization_invalid',
        document: 'release_of_information',
        signerId: null,
        status: 'not_sent',
        action: 'send_document',
      },
    ]);
  });

  it('a release with neither an expiration date nor an event ((c)(1)(v)) blocks it; "none" is no expiration outside research', () => {
    const r = gate({}, packet(), { expiresOn: undefined, expirationEvent: 'none' });
    expect(r.outcome).toBe('not_ready');
    expect(reasonOf(r, 'intake.readiness.release_authorization_invalid')?.facts.releases).toMatchObject([
      { missingElements: ['expiresOn'] },
    ]);
  });

  it('a release that expired on Monday 2026-03-09, the day before the session, blocks it', () => {
    const r = gate({}, packet(), { expiresOn: '2026-03-09' });
    expect(r.outcome).toBe('not_ready');
    expect(reasonOf(r, 'intake.readiness.release_authorization_invalid')?.facts.releases).toMatchObject([
      { codes: ['intake.release.expired'] },
    ]);
  });

  it('a release good through 2026-03-10, the session’s own date, counts', () => {
    expect(gate({}, packet(), { expiresOn: '2026-03-10' }).outcome).toBe('ready');
  });

  it('a release dated as signed 2026-03-11, after the session, does not cover it', () => {
    const r = gate({}, packet(), { signedOn: '2026-03-11' });
    expect(r.outcome).toBe('not_ready');
    expect(reasonOf(r, 'intake.readiness.release_authorization_invalid')?.facts.releases).toMatchObject([
      { codes: ['intake.release.not_signed_yet'] },
    ]);
  });

  it('revoked in writing on Saturday 2026-03-07: not ready (164.508(b)(5))', () => {
    const r = gate({}, packet(), { revocation: { receivedOn: '2026-03-07', inWriting: true } });
    expect(r.outcome).toBe('not_ready');
    expect(reasonOf(r, 'intake.readiness.release_authorization_invalid')?.facts.releases).toMatchObject([
      { codes: ['intake.release.revoked'] },
    ]);
  });

  it('looked at on Friday 2026-03-06, a revocation recorded as received Saturday 03-07 is not known yet: ready then', () => {
    const r = gate(
      {},
      packet(),
      { revocation: { receivedOn: '2026-03-07', inWriting: true } },
      undefined,
      '2026-03-06T12:00:00-05:00',
    );
    expect(r.outcome).toBe('ready');
  });

  it('revoked in writing on the session’s date: which comes first is not known, undecided', () => {
    const r = gate(
      {},
      packet(),
      { revocation: { receivedOn: '2026-03-10', inWriting: true } },
      undefined,
      '2026-03-10T08:00:00-04:00',
    );
    expect(r.outcome).toBe('undecided');
    expect(codes(r)).toEqual(['intake.readiness.release_authorization_undecided']);
    expect(r.blockers.map((b) => b.action)).toEqual(['collect_missing_fact']);
  });

  it('a revocation said on the phone on 2026-03-06, not in writing: undecided, never ready', () => {
    const r = gate({}, packet(), { revocation: { receivedOn: '2026-03-06', inWriting: false } });
    expect(r.outcome).toBe('undecided');
    expect(reasonOf(r, 'intake.readiness.release_authorization_undecided')?.facts.releases).toEqual([
      { authorizationId: 'roi-1', codes: ['intake.release.revocation_not_in_writing'] },
    ]);
  });

  it('revoked in writing on 2026-03-12, after the session, and looked at on 2026-03-13: the session was ready', () => {
    const r = gate(
      {},
      packet(),
      { revocation: { receivedOn: '2026-03-12', inWriting: true } },
      undefined,
      '2026-03-13T09:00:00-04:00',
    );
    expect(r.outcome).toBe('ready');
  });

  it('a release ending at "end of treatment": not recorded whether it ended, undecided; recorded as not yet, ready; ended 2026-03-08, not ready', () => {
    const byEvent = { expiresOn: undefined, expirationEvent: 'end of treatment' };
    expect(gate({}, packet(), byEvent).outcome).toBe('undecided');
    expect(gate({}, packet(), { ...byEvent, expirationEventOccurredOn: null }).outcome).toBe('ready');
    expect(gate({}, packet(), { ...byEvent, expirationEventOccurredOn: '2026-03-08' }).outcome).toBe(
      'not_ready',
    );
  });

  it('two releases on file, one revoked and one in force: the one in force counts', () => {
    const c = { ...adult };
    const file = {
      ...fileOf(c, [
        ...packet(),
        done('release_of_information', SIGNED, { id: 'roi-1' }),
        done('release_of_information', '2026-03-08T09:00:00-05:00', { id: 'roi-2' }),
      ]),
      releaseAuthorizations: [
        { ...FULL, revocation: { receivedOn: '2026-03-07', inWriting: true } },
        { ...FULL, id: 'roi-2', signedOn: '2026-03-08' },
      ],
    };
    expect(evaluateFirstSessionReadiness(file, THIRD_PARTY_SERVICE, { asOf: DAY_BEFORE }).outcome).toBe(
      'ready',
    );
  });

  it('a failing authorization and a revocation found together are each said, with every release', () => {
    const c = { ...adult };
    const file = {
      ...fileOf(c, [
        ...packet(),
        done('release_of_information', SIGNED, { id: 'roi-1' }),
        done('release_of_information', SIGNED, { id: 'roi-2', signerId: 'mother' }),
      ]),
      releaseAuthorizations: [{ ...FULL, conditioningStatement: false }],
    };
    const r = evaluateFirstSessionReadiness(file, THIRD_PARTY_SERVICE, { asOf: DAY_BEFORE });
    expect(r.outcome).toBe('not_ready');
    expect(codes(r)).toEqual([
      'intake.readiness.release_authorization_invalid',
      'intake.readiness.release_not_by_client_or_representative',
    ]);
  });
});

describe('who signs a minor’s release: the personal representative (45 CFR 164.502(g)(3))', () => {
  /** A 15-year-old in New York on 2026-03-10 who may not consent alone; the listed parent pays. */
  const teen = { id: 'c-teo', birthDate: '2010-09-01', minorMayConsentMentalHealth: false };
  const teenPacket = (consenter: string, payer = consenter) => [
    ...packet(payer),
    done('guardian_consent', SIGNED, { signerId: consenter }),
  ];

  it('the mother, listed as parent, signs with her authority described: ready', () => {
    const r = gate(
      { ...teen, guardians: ['mom'] },
      teenPacket('mom'),
      { signedBy: 'Maria Teo', representativeAuthority: 'mother' },
      'mom',
    );
    expect(r.outcome).toBe('ready');
  });

  it('the mother signs but the form does not describe her authority ((c)(1)(vi)): not ready, the element named', () => {
    const r = gate({ ...teen, guardians: ['mom'] }, teenPacket('mom'), { signedBy: 'Maria Teo' }, 'mom');
    expect(r.outcome).toBe('not_ready');
    expect(reasonOf(r, 'intake.readiness.release_authorization_invalid')?.facts.releases).toMatchObject([
      { missingElements: ['representativeAuthority'] },
    ]);
  });

  it('the guardian ad litem signs the release: never the representative for care, not ready', () => {
    const client = {
      ...teen,
      guardians: ['mom', 'gal'],
      guardianRoles: [{ signerId: 'gal', role: 'guardian_ad_litem' }],
    };
    const r = gate(client, teenPacket('mom'), null, 'gal');
    expect(r.outcome).toBe('not_ready');
    expect(codes(r)).toEqual(['intake.readiness.release_not_by_client_or_representative']);
    expect(reasonOf(r, 'intake.readiness.release_not_by_client_or_representative')?.facts).toMatchObject({
      signerRule: 'guardian',
      guardianAdLitemRecords: 1,
    });
  });

  it('a father whose decisions a court order limits signs the release: undecided, never ready', () => {
    const client = {
      ...teen,
      guardians: ['mom', 'dad'],
      guardianRoles: [{ signerId: 'dad', role: 'parent_limited_by_court_order' }],
    };
    const r = gate(client, teenPacket('mom'), null, 'dad');
    expect(r.outcome).toBe('undecided');
    expect(codes(r)).toEqual(['intake.readiness.release_representative_authority_unknown']);
    expect(reasonOf(r, 'intake.readiness.release_representative_authority_unknown')?.facts).toMatchObject({
      roles: ['parent_limited_by_court_order'],
      action: 'collect_missing_fact',
    });
  });

  it('a foster parent in New York signs the release: undecided with the state named', () => {
    const client = {
      ...teen,
      guardians: ['foster', 'acs'],
      guardianRoles: [
        { signerId: 'foster', role: 'foster_parent' },
        { signerId: 'acs', role: 'custodial_agency' },
      ],
    };
    const r = gate(client, teenPacket('acs'), null, 'foster');
    expect(r.outcome).toBe('undecided');
    expect(reasonOf(r, 'intake.readiness.release_representative_authority_unknown')?.facts).toMatchObject({
      roles: ['foster_parent'],
      state: 'NY',
    });
  });

  it('the custodial agency signs the release for a child in its custody: ready', () => {
    const client = {
      ...teen,
      guardians: ['acs'],
      guardianRoles: [{ signerId: 'acs', role: 'custodial_agency' }],
    };
    expect(gate(client, teenPacket('acs'), null, 'acs').outcome).toBe('ready');
  });

  it('a court-appointed legal guardian signs: ready', () => {
    const client = {
      ...teen,
      guardians: ['aunt'],
      guardianRoles: [{ signerId: 'aunt', role: 'legal_guardian' }],
    };
    expect(gate(client, teenPacket('aunt'), null, 'aunt').outcome).toBe('ready');
  });

  it('an emancipated 16-year-old signs their own release; the parent’s does not count', () => {
    const client = { id: 'c-teo', birthDate: '2009-08-01', emancipated: true, guardians: ['mom'] };
    expect(gate(client, packet(), null).outcome).toBe('ready');
    const r = gate(client, packet(), null, 'mom');
    expect(r.outcome).toBe('not_ready');
    expect(reasonOf(r, 'intake.readiness.release_not_by_client_or_representative')?.facts.signerRule).toBe(
      'client',
    );
  });
});

describe('a guardian’s authority ends at majority, on the 18th birthday', () => {
  it('born 2008-03-10, 18 on the session’s date: the mother’s release no longer counts', () => {
    const client = { id: 'c-kai', birthDate: '2008-03-10', guardians: ['mom'] };
    const r = gate(client, packet(), null, 'mom');
    expect(r.outcome).toBe('not_ready');
    // His own consents signed at 17 are asked again too (intake37); the release is said on its own.
    expect(codes(r)).toContain('intake.readiness.release_not_by_client_or_representative');
  });

  it('born 2008-03-11, still 17 on the session’s date: the mother’s release counts', () => {
    const client = { id: 'c-kai', birthDate: '2008-03-11', guardians: ['mom'] };
    expect(
      gate(client, [...packet('mom'), done('guardian_consent', SIGNED, { signerId: 'mom' })], null, 'mom')
        .outcome,
    ).toBe('ready');
  });

  // 18 on 2026-03-10; his other papers signed that morning as an adult; session Thursday 2026-03-12.
  const later = { firstSessionAt: '2026-03-12T10:00:00-04:00' };

  it('born 2008-03-10: the release he signed himself at 17 on 2026-03-05, without the right to consent alone, is signed again', () => {
    const client = { id: 'c-kai', birthDate: '2008-03-10', guardians: ['mom'], ...later };
    const adultOwn = [
      'informed_consent',
      'privacy_notice_acknowledgment',
      'intake_questionnaire',
      'insurance_card',
      'financial_policy',
    ].map((t) => done(t, '2026-03-10T08:00:00-04:00'));
    const r = gate(client, adultOwn, null, undefined, '2026-03-11T08:30:00-04:00');
    expect(r.outcome).toBe('not_ready');
    expect(codes(r)).toEqual(['intake.readiness.release_signed_as_minor']);
  });

  it('the same release signed at 17 by a minor who could consent alone (recorded) still counts at 18', () => {
    const client = { id: 'c-kai', birthDate: '2008-03-10', minorMayConsentMentalHealth: true, ...later };
    const adultOwn = [
      'informed_consent',
      'privacy_notice_acknowledgment',
      'intake_questionnaire',
      'insurance_card',
      'financial_policy',
    ].map((t) => done(t, '2026-03-10T08:00:00-04:00'));
    expect(gate(client, adultOwn, null, undefined, '2026-03-11T08:30:00-04:00').outcome).toBe('ready');
  });

  it('born on 29 February 2008: still 17 on Saturday 2026-02-28 (the parent signs), 18 on Sunday 2026-03-01 (he does)', () => {
    const client = {
      id: 'c-lea',
      birthDate: '2008-02-29',
      guardians: ['mom'],
      firstSessionAt: '2026-02-28T10:00:00-05:00',
    };
    const minorDocs = [
      ...packet('mom'),
      done('guardian_consent', '2026-02-20T10:00:00-05:00', { signerId: 'mom' }),
    ];
    const early = (docs: object[]) =>
      docs.map((d) => ({
        ...d,
        sentAt: '2026-02-20T10:00:00-05:00',
        completedAt: '2026-02-20T10:00:00-05:00',
      }));
    const asOf = '2026-02-27T09:00:00-05:00';
    const file = (c: object, signer?: string) => ({
      ...fileOf(c as { id: string }, [
        ...early(minorDocs),
        done(
          'release_of_information',
          '2026-02-20T10:00:00-05:00',
          signer === undefined ? {} : { signerId: signer },
        ),
      ]),
    });
    const at28 = { ...adult, ...client };
    expect(evaluateFirstSessionReadiness(file(at28, 'mom'), THIRD_PARTY_SERVICE, { asOf }).outcome).toBe(
      'ready',
    );
    const at01 = { ...at28, firstSessionAt: '2026-03-01T10:00:00-05:00' };
    const r = evaluateFirstSessionReadiness(file(at01, 'mom'), THIRD_PARTY_SERVICE, { asOf });
    expect(codes(r)).toContain('intake.readiness.release_not_by_client_or_representative');
  });
});

describe('a release when the client’s birth date is not recorded', () => {
  // A practice packet that asks no guardian consent (an adults-only practice): nothing else waits on the age.
  const noMinorRule = IntakePacketPolicy.parse({
    part2Program: false,
    documents: THIRD_PARTY_SERVICE.documents,
    rules: DEFAULT_INTAKE_PACKET_RULES.filter((r) => r.document !== 'guardian_consent'),
  });
  const noBirth = { ...adult, birthDate: undefined };
  const run = (signer?: string) =>
    evaluateFirstSessionReadiness(
      fileOf(noBirth, [
        ...packet(),
        done('release_of_information', SIGNED, signer === undefined ? {} : { signerId: signer }),
      ]),
      noMinorRule,
      { asOf: DAY_BEFORE },
    );

  it('signed by the mother: whether she represents the client cannot be told, undecided, never ready', () => {
    const r = run('mother');
    expect(r.outcome).toBe('undecided');
    expect(codes(r)).toEqual(['intake.readiness.release_representative_authority_unknown']);
    expect(reasonOf(r, 'intake.readiness.release_representative_authority_unknown')?.facts).toMatchObject({
      birthDate: null,
      action: 'collect_missing_fact',
    });
  });

  it('signed by the client: counts, as the client’s own consents do', () => {
    expect(run().outcome).toBe('ready');
  });
});

describe('release authorizations in a client file are checked (ValidationError, never echoing values)', () => {
  it('refuses one naming no release on file, one of another client and a repeat, each by path', () => {
    const file = {
      ...fileOf(adult, [...packet(), done('release_of_information', SIGNED, { id: 'roi-1' })]),
      releaseAuthorizations: [{ ...FULL, id: 'roi-9' }, { ...FULL, clientId: 'c-secret' }, { ...FULL }],
    };
    let error: unknown;
    try {
      evaluateFirstSessionReadiness(file, THIRD_PARTY_SERVICE, { asOf: DAY_BEFORE });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const v = error as ValidationError;
    expect(v.issues.map((i) => [i.at, i.code])).toEqual([
      ['$.file.releaseAuthorizations[0].id', 'intake.file.release_authorization_without_document'],
      ['$.file.releaseAuthorizations[1].clientId', 'intake.file.release_authorization_of_another_client'],
      ['$.file.releaseAuthorizations[2].id', 'intake.file.duplicate_release_authorization'],
    ]);
    expect(v.message).not.toContain('c-secret');
    expect(v.message).not.toContain('roi-9');
  });
});

describe('the gate and evaluateReleaseAuthorization agree (properties)', () => {
  const day = (offset: number) => new Date(Date.UTC(2026, 2, 10 + offset)).toISOString().slice(0, 10);

  it('is ready exactly when the release is valid on the session’s date; refused is not_ready, undecided is undecided', () => {
    fc.assert(
      fc.property(
        fc.record({
          rightToRevokeStatement: fc.boolean(),
          conditioningStatement: fc.boolean(),
          redisclosureStatement: fc.boolean(),
          withPurpose: fc.boolean(),
          expiresIn: fc.option(fc.integer({ min: -5, max: 5 }), { nil: undefined }),
          signedIn: fc.integer({ min: -5, max: 2 }),
          revokedIn: fc.option(fc.integer({ min: -5, max: 5 }), { nil: undefined }),
          inWriting: fc.boolean(),
        }),
        (g) => {
          const auth: ReleaseAuthorizationInput = {
            ...FULL,
            rightToRevokeStatement: g.rightToRevokeStatement,
            conditioningStatement: g.conditioningStatement,
            redisclosureStatement: g.redisclosureStatement,
            purposes: g.withPurpose ? ['school support plan'] : [],
            expiresOn: g.expiresIn === undefined ? undefined : day(g.expiresIn),
            expirationEvent: g.expiresIn === undefined ? 'end of treatment' : undefined,
            signedOn: day(g.signedIn),
            ...(g.revokedIn === undefined
              ? {}
              : { revocation: { receivedOn: day(g.revokedIn), inWriting: g.inWriting } }),
          };
          const alone = evaluateReleaseAuthorization(auth, { asOf: '2026-03-10' }).outcome;
          const r = gate({}, packet(), auth, undefined, '2026-03-10T08:00:00-04:00');
          const expected = alone === 'valid' ? 'ready' : alone === 'refused' ? 'not_ready' : 'undecided';
          expect(r.outcome).toBe(expected);
        },
      ),
    );
  });

  it('never makes a minor ready on a release signed only by someone who is not surely their representative', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'guardian_ad_litem',
          'parent_limited_by_court_order',
          'foster_parent',
          'agency_caseworker',
        ),
        fc.integer({ min: 0, max: 17 * 365 }),
        (role, days) => {
          // Born from 2008-03-11 on: a minor on the session's date.
          const birth = new Date(Date.UTC(2008, 2, 11) + days * 86_400_000).toISOString().slice(0, 10);
          const client = {
            id: 'c-teo',
            birthDate: birth,
            guardians: ['mom', 'g'],
            guardianRoles: [{ signerId: 'g', role }],
          };
          const docs = [...packet('mom'), done('guardian_consent', SIGNED, { signerId: 'mom' })];
          expect(['not_ready', 'undecided']).toContain(gate(client, docs, null, 'g').outcome);
        },
      ),
    );
  });
});
