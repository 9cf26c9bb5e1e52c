import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/core/index.js';
import { evaluateFirstSessionReadiness, type ReleaseAuthorizationInput } from '../../../src/intake/index.js';
import { done, fileOf, THIRD_PARTY_SERVICE } from '../intake-fixtures.js';

// A person a court appointed guardian of an adult, with authority to act for them in health care, is their personal
// representative (45 CFR 164.502(g)(2)) [sources: cfr-45-164.502]: they sign the adult's consents and releases
// within the order's scope. Before intake40 the library had no such role: the guardian's signature on an adult's
// release never counted, and the ward's own did.

const NY = 'America/New_York';
const SIGNED = '2026-03-05T18:00:00-05:00';
const DAY_BEFORE = '2026-03-09T12:00:00-04:00';
/** A 34-year-old in New York under guardianship, sister `sis` listed; first session Tuesday 2026-03-10 at 10:00. */
const ward = (courtOrder?: object) => ({
  id: 'c-lee',
  zone: NY,
  state: 'NY',
  birthDate: '1992-04-20',
  billing: 'insured',
  modality: 'in_person',
  releaseNeeded: true,
  guardians: ['sis'],
  guardianRoles: [
    { signerId: 'sis', role: 'guardian_of_adult', ...(courtOrder === undefined ? {} : { courtOrder }) },
  ],
  firstSessionAt: '2026-03-10T10:00:00-04:00',
});
const PLENARY = { scope: 'plenary', issuedOn: '2025-11-04' };
const base = [
  'privacy_notice_acknowledgment',
  'financial_policy',
  'intake_questionnaire',
  'insurance_card',
].map((t) => done(t, SIGNED));
/** The consent and the release, each signed by `signer` (the client when absent). */
const signedBy = (signer?: string) =>
  ['informed_consent', 'release_of_information'].map((t) =>
    done(t, SIGNED, signer === undefined ? {} : { signerId: signer }),
  );
const gate = (courtOrder: object | undefined, docs: readonly object[]) =>
  evaluateFirstSessionReadiness(fileOf(ward(courtOrder), [...base, ...docs]), THIRD_PARTY_SERVICE, {
    asOf: DAY_BEFORE,
  });
const codes = (r: { reasons: readonly { code: string }[] }) => r.reasons.map((x) => x.code);

describe('an adult under a court’s guardianship of the person (164.502(g)(2))', () => {
  it('the sister appointed plenary guardian on 2025-11-04 signs the treatment consent and the release: ready', () => {
    expect(gate(PLENARY, signedBy('sis')).outcome).toBe('ready');
  });

  it('the ward’s own signatures do not count alone: not ready, the guardian signs', () => {
    const r = gate(PLENARY, signedBy());
    expect(r.outcome).toBe('not_ready');
    expect(codes(r)).toEqual([
      'intake.readiness.signed_by_adult_under_guardianship',
      'intake.readiness.signed_by_adult_under_guardianship',
    ]);
    expect(r.blockers.map((b) => [b.document, b.action])).toEqual([
      ['informed_consent', 'send_document'],
      ['release_of_information', 'send_document'],
    ]);
  });

  it('a limited guardianship that leaves health care to the adult: the adult signs, the guardian’s signature does not count', () => {
    const limited = { scope: 'excludes_health_care', issuedOn: '2025-11-04' };
    expect(gate(limited, signedBy()).outcome).toBe('ready');
    const r = gate(limited, signedBy('sis'));
    expect(r.outcome).toBe('not_ready');
    expect(codes(r)).toEqual([
      'intake.readiness.consent_not_by_adult_client',
      'intake.readiness.release_not_by_client_or_representative',
    ]);
  });

  it('an order that ended on Monday 2026-03-09, or takes effect on 2026-03-11, gives the guardian nothing on Tuesday', () => {
    for (const order of [
      { scope: 'health_care', issuedOn: '2025-11-04', endsOn: '2026-03-09' },
      { scope: 'health_care', issuedOn: '2026-03-11' },
    ]) {
      expect(gate(order, signedBy('sis')).outcome).toBe('not_ready');
      expect(gate(order, signedBy()).outcome).toBe('ready');
    }
    // In force through the session's date, it counts.
    expect(
      gate({ scope: 'health_care', issuedOn: '2025-11-04', endsOn: '2026-03-10' }, signedBy('sis')).outcome,
    ).toBe('ready');
  });

  it('with the order not recorded, whoever signed it is undecided, never ready', () => {
    for (const signer of ['sis', undefined]) {
      const r = gate(undefined, signedBy(signer));
      expect(r.outcome).toBe('undecided');
      expect(codes(r)).toEqual([
        'intake.readiness.adult_guardianship_order_unknown',
        'intake.readiness.adult_guardianship_order_unknown',
      ]);
      expect(r.blockers.every((b) => b.action === 'collect_missing_fact')).toBe(true);
    }
  });

  it('the guardian’s release must describe her authority ((c)(1)(vi)) when its authorization is recorded', () => {
    const release: ReleaseAuthorizationInput = {
      id: 'roi-1',
      clientId: 'c-lee',
      information: 'Diagnosis and attendance',
      disclosers: ['Cedar Counseling'],
      recipients: ['Day program'],
      purposes: ['care coordination'],
      expiresOn: '2026-12-31',
      signedBy: 'Sam Lee (guardian)',
      signedOn: '2026-03-05',
      rightToRevokeStatement: true,
      conditioningStatement: true,
      redisclosureStatement: true,
    };
    const docs = [
      done('informed_consent', SIGNED, { signerId: 'sis' }),
      done('release_of_information', SIGNED, { id: 'roi-1', signerId: 'sis' }),
    ];
    const file = (auth: ReleaseAuthorizationInput) => ({
      ...fileOf(ward(PLENARY), [...base, ...docs]),
      releaseAuthorizations: [auth],
    });
    const without = evaluateFirstSessionReadiness(file(release), THIRD_PARTY_SERVICE, { asOf: DAY_BEFORE });
    expect(without.outcome).toBe('not_ready');
    expect(codes(without)).toEqual(['intake.readiness.release_authorization_invalid']);
    const described = {
      ...release,
      representativeAuthority: 'Plenary guardian, Kings County order of 2025-11-04',
    };
    expect(
      evaluateFirstSessionReadiness(file(described), THIRD_PARTY_SERVICE, { asOf: DAY_BEFORE }).outcome,
    ).toBe('ready');
  });

  it('refuses a court order recorded on another role, by path', () => {
    const client = {
      ...ward(),
      guardianRoles: [{ signerId: 'sis', role: 'legal_guardian', courtOrder: PLENARY }],
    };
    let error: unknown;
    try {
      evaluateFirstSessionReadiness(fileOf(client, base), THIRD_PARTY_SERVICE, { asOf: DAY_BEFORE });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => [i.at, i.code])).toEqual([
      ['$.file.client.guardianRoles[0].courtOrder', 'intake.client.court_order_not_adult_guardian'],
    ]);
  });

  it('for a minor, an adult’s guardian is no consenter: a court-appointed guardian of a child is a legal_guardian', () => {
    const teen = { ...ward(PLENARY), birthDate: '2011-04-20' };
    const docs = [done('guardian_consent', SIGNED, { signerId: 'sis' }), done('informed_consent', SIGNED)];
    const r = evaluateFirstSessionReadiness(
      fileOf(teen, [...base.slice(0, 1), ...docs]),
      THIRD_PARTY_SERVICE,
      {
        asOf: DAY_BEFORE,
      },
    );
    expect(r.outcome).toBe('not_ready');
    expect(codes(r)).toContain('intake.readiness.guardian_consent_not_by_guardian');
  });

  it('is never ready on the ward’s own signature while a guardian holds health care decisions, nor on the guardian’s without it (property)', () => {
    const day = fc
      .integer({ min: 0, max: 400 })
      .map((n) => new Date(Date.UTC(2025, 5, 1 + n)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.constantFrom('plenary', 'health_care', 'excludes_health_care'),
        day,
        fc.option(day, { nil: undefined }),
        fc.boolean(),
        (scope, issuedOn, endsOn, byGuardian) => {
          const order = { scope, issuedOn, ...(endsOn === undefined ? {} : { endsOn }) };
          const inForce = issuedOn <= '2026-03-10' && (endsOn === undefined || endsOn >= '2026-03-10');
          const guardianDecides = inForce && scope !== 'excludes_health_care';
          const r = gate(order, signedBy(byGuardian ? 'sis' : undefined));
          expect(r.outcome === 'ready').toBe(byGuardian === guardianDecides);
        },
      ),
    );
  });
});
