import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { type NonEmptyArray, type Reason, ValidationError } from '../../../src/core/index.js';
import { fromEpochDay, toEpochDay } from '../../../src/core/internal.js';
import {
  type ClinicianCredentialsInput,
  COUNSELING_COMPACT_FIRST_PRIVILEGE_ON,
  type CompactAuthorization,
  type CredentialingReasonCode,
  evaluateServiceJurisdiction,
  isCompactAuthorizationInForce,
  isLicenseInForce,
  type JurisdictionAuthority,
  JurisdictionPolicy,
  type JurisdictionPolicyInput,
  type ServiceJurisdictionDecision,
  type StateLicense,
} from '../../../src/credentialing/index.js';
import { subjectOf } from '../../validation-subject.js';
import {
  apit,
  clinician,
  dateArb,
  dateRangeArb,
  license,
  stateArb,
} from '../credentials/credential-fixtures.js';

const PSYPACT: JurisdictionPolicyInput = {
  psypactMemberStates: [
    { state: 'AZ', from: '2020-07-01' },
    { state: 'CO', from: '2020-07-01' },
    { state: 'NV', from: '2020-07-01' },
  ],
};

const psychologist = clinician({
  clinicianId: 'clin-ruth',
  licenses: [license({ state: 'AZ', type: 'psychologist', number: 'PSY-4410', expiresOn: '2027-06-30' })],
  compactAuthorizations: [apit()],
});

const codes = (d: { reasons: readonly { code: string }[] }) => d.reasons.map((r) => r.code);

/** A Kansas LCSW holding an active Social Work Compact multistate license (home state Kansas). */
const kansasSocialWorker = () =>
  clinician({
    licenses: [license({ state: 'KS', type: 'LCSW', number: 'LCSW-1', expiresOn: '2027-12-31' })],
    compactAuthorizations: [
      {
        kind: 'social_work_multistate',
        homeState: 'KS',
        status: 'active',
        issuedOn: '2026-01-01',
        expiresOn: '2027-12-31',
      },
    ],
  });

/**
 * Kansas (a member from its compact's effective date) and Missouri as Social Work Compact members, and the
 * day the practice records that multistate licenses began to be issued (a date for the tests: none had
 * been by the compact's last public statement).
 */
const KANSAS_AND_MISSOURI: JurisdictionPolicyInput = {
  socialWorkCompactMemberStates: [
    { state: 'KS', from: '2024-04-12' },
    { state: 'MO', from: '2026-01-01' },
  ],
  socialWorkCompactFirstIssuedOn: '2025-10-01',
};

describe('evaluateServiceJurisdiction: licenses', () => {
  it('allows a session on the day the license expires, with a warning to renew', () => {
    const d = evaluateServiceJurisdiction(clinician(), {
      clientState: 'CA',
      serviceDate: '2026-06-30',
      modality: 'in_person',
    });
    expect(d.outcome).toBe('allowed');
    expect(d.authorizedBy).toEqual({ kind: 'license', state: 'CA', reference: 'LMFT 100' });
    expect(codes(d)).toEqual([
      'credentialing.license.expires_on_service_date',
      'credentialing.jurisdiction.licensed',
    ]);
  });

  it('refuses the day after the license expires', () => {
    const d = evaluateServiceJurisdiction(clinician(), {
      clientState: 'CA',
      serviceDate: '2026-07-01',
      modality: 'telehealth',
    });
    expect(d.outcome).toBe('refused');
    expect(codes(d)).toEqual(['credentialing.jurisdiction.no_authority', 'credentialing.license.expired']);
  });

  it('refuses before the license is issued', () => {
    const d = evaluateServiceJurisdiction(clinician(), {
      clientState: 'CA',
      serviceDate: '2024-06-30',
      modality: 'in_person',
    });
    expect(codes(d)).toContain('credentialing.license.not_yet_issued');
  });

  it('refuses on a suspended license', () => {
    const d = evaluateServiceJurisdiction(clinician({ licenses: [license({ status: 'suspended' })] }), {
      clientState: 'CA',
      serviceDate: '2026-01-15',
      modality: 'in_person',
    });
    expect(d.outcome).toBe('refused');
    expect(codes(d)).toContain('credentialing.license.not_practicing');
  });

  it('allows on a restricted license with a warning', () => {
    const d = evaluateServiceJurisdiction(clinician({ licenses: [license({ status: 'restricted' })] }), {
      clientState: 'CA',
      serviceDate: '2026-01-15',
      modality: 'in_person',
    });
    expect(d.outcome).toBe('allowed');
    expect(codes(d)).toContain('credentialing.license.restricted');
  });

  it('prefers a license with nothing to warn about', () => {
    const d = evaluateServiceJurisdiction(
      clinician({ licenses: [license({ status: 'restricted', number: 'A-1' }), license({ number: 'B-2' })] }),
      { clientState: 'CA', serviceDate: '2026-01-15', modality: 'in_person' },
    );
    expect(d.authorizedBy?.reference).toBe('B-2');
    expect(codes(d)).toEqual(['credentialing.jurisdiction.licensed']);
  });

  it('goes by where the client is during the session, not their address: a CA client travelling in NV', () => {
    const d = evaluateServiceJurisdiction(clinician(), {
      clientState: 'NV',
      serviceDate: '2026-01-15',
      modality: 'telehealth',
    });
    expect(d.outcome).toBe('refused');
    expect(d.reasons[0].facts).toMatchObject({ clientState: 'NV' });
  });
});

describe('evaluateServiceJurisdiction: a pre-licensed clinician under a supervisor', () => {
  const associate = clinician({
    clinicianId: 'clin-ben',
    licenses: [
      license({ type: 'associate', number: 'AMFT 9001', level: 'supervised', expiresOn: '2027-01-31' }),
    ],
    supervision: [{ supervisorId: 'clin-ana', state: 'CA', startsOn: '2025-01-06', endsOn: '2026-12-31' }],
  });
  const query = { clientState: 'CA', serviceDate: '2026-03-10', modality: 'in_person' } as const;

  it('cannot decide under the supervision arrangement when the supervisor’s own license was not given', () => {
    const d = evaluateServiceJurisdiction(associate, query);
    expect(d.outcome).toBe('undecided');
    expect(d.authorizedBy).toBeNull();
    expect(d.reasons.map((r) => [r.code, r.severity])).toEqual([
      ['credentialing.supervision.supervisor_unverified', 'warning'],
      ['credentialing.supervision.supervised', 'info'],
    ]);
  });

  it('still allows on an independent license of the same clinician when the supervisor is unchecked', () => {
    const both = clinician({
      ...associate,
      licenses: [
        ...(associate.licenses ?? []),
        license({ type: 'LPCC', number: 'LPCC 7', expiresOn: '2027-01-31' }),
      ],
    });
    const d = evaluateServiceJurisdiction(both, query);
    expect(d.outcome).toBe('allowed');
    expect(d.authorizedBy?.reference).toBe('LPCC 7');
  });

  it('allows when the supervisor holds an independent CA license in force', () => {
    const d = evaluateServiceJurisdiction(associate, query, { supervisors: [clinician()] });
    expect(codes(d)).toEqual(['credentialing.jurisdiction.licensed', 'credentialing.supervision.supervised']);
  });

  it('refuses when the supervisor’s license has lapsed', () => {
    const lapsed = clinician({ licenses: [license({ expiresOn: '2026-02-28' })] });
    const d = evaluateServiceJurisdiction(associate, query, { supervisors: [lapsed] });
    expect(d.outcome).toBe('refused');
    expect(codes(d)).toContain('credentialing.supervision.supervisor_not_licensed');
  });

  it('refuses after the supervision arrangement ends', () => {
    const d = evaluateServiceJurisdiction(associate, { ...query, serviceDate: '2027-01-04' });
    expect(d.outcome).toBe('refused');
    expect(codes(d)).toContain('credentialing.supervision.missing');
  });

  it('cannot build a compact authorization on a supervised license', () => {
    const d = evaluateServiceJurisdiction(
      {
        ...associate,
        compactAuthorizations: [
          {
            kind: 'counseling_privilege',
            homeState: 'CA',
            remoteState: 'NV',
            status: 'active',
            issuedOn: '2025-10-01',
            expiresOn: '2026-09-30',
          },
        ],
      },
      { ...query, clientState: 'NV' },
    );
    expect(codes(d)).toContain('credentialing.compact.home_license_invalid');
  });
});

describe('evaluateServiceJurisdiction: telehealth into a compact state', () => {
  const fromAz = {
    clientState: 'CO',
    serviceDate: '2026-04-14',
    modality: 'telehealth',
    clinicianLocationState: 'AZ',
  } as const;

  it('allows a PSYPACT psychologist with APIT working from the home state', () => {
    const d = evaluateServiceJurisdiction(psychologist, fromAz, { policy: PSYPACT });
    expect(d.outcome).toBe('allowed');
    expect(d.authorizedBy).toEqual({ kind: 'psypact_apit', state: 'CO', reference: 'psypact_apit:AZ' });
    expect(codes(d)).toEqual(['credentialing.jurisdiction.compact_authorized']);
  });

  it('refuses the same session without an authorization', () => {
    const d = evaluateServiceJurisdiction({ ...psychologist, compactAuthorizations: [] }, fromAz, {
      policy: PSYPACT,
    });
    expect(d.outcome).toBe('refused');
    expect(codes(d)).toEqual(['credentialing.jurisdiction.no_authority']);
  });

  it('refuses when the psychologist is outside the declared home state', () => {
    const d = evaluateServiceJurisdiction(
      psychologist,
      { ...fromAz, clinicianLocationState: 'NV' },
      { policy: PSYPACT },
    );
    expect(codes(d)).toContain('credentialing.compact.outside_home_state');
  });

  it('cannot decide without the psychologist’s location', () => {
    const { clinicianLocationState: _, ...noLocation } = fromAz;
    const d = evaluateServiceJurisdiction(psychologist, noLocation, { policy: PSYPACT });
    expect(d.outcome).toBe('undecided');
    expect(codes(d)).toEqual(['credentialing.compact.clinician_location_unknown']);
  });

  it('refuses when the client’s state is not a configured PSYPACT member', () => {
    const d = evaluateServiceJurisdiction(psychologist, fromAz);
    expect(codes(d)).toContain('credentialing.compact.state_not_member');
  });

  it('refuses in person on APIT (telehealth only)', () => {
    const d = evaluateServiceJurisdiction(
      psychologist,
      { ...fromAz, modality: 'in_person' },
      { policy: PSYPACT },
    );
    expect(codes(d)).toContain('credentialing.compact.modality_not_covered');
  });

  it('refuses after the APIT expires (annual renewal)', () => {
    const d = evaluateServiceJurisdiction(
      psychologist,
      { ...fromAz, serviceDate: '2026-10-01' },
      { policy: PSYPACT },
    );
    expect(codes(d)).toContain('credentialing.compact.not_in_force');
  });

  it('needs the home-state psychology license in force', () => {
    const d = evaluateServiceJurisdiction(
      {
        ...psychologist,
        licenses: [
          license({ state: 'AZ', type: 'psychologist', number: 'PSY-4410', expiresOn: '2026-03-31' }),
        ],
      },
      fromAz,
      { policy: PSYPACT },
    );
    expect(codes(d)).toContain('credentialing.compact.home_license_invalid');
  });

  it('allows a Counseling Compact privilege in its remote state, in person or by telehealth', () => {
    const counselor = clinician({
      licenses: [license({ state: 'AZ', type: 'LPC', number: 'LPC-77', expiresOn: '2027-12-31' })],
      compactAuthorizations: [
        {
          kind: 'counseling_privilege',
          homeState: 'AZ',
          remoteState: 'MN',
          status: 'active',
          issuedOn: '2025-09-30',
          expiresOn: '2026-09-29',
        },
      ],
    });
    for (const modality of ['telehealth', 'in_person'] as const) {
      const d = evaluateServiceJurisdiction(counselor, {
        clientState: 'MN',
        serviceDate: '2025-10-02',
        modality,
      });
      expect(d.outcome).toBe('allowed');
    }
    expect(
      evaluateServiceJurisdiction(counselor, {
        clientState: 'WI',
        serviceDate: '2025-10-02',
        modality: 'telehealth',
      }).outcome,
    ).toBe('refused');
  });

  it('counts a Social Work multistate license only in configured member states', () => {
    const sw = kansasSocialWorker();
    const q = { clientState: 'MO', serviceDate: '2026-05-01', modality: 'telehealth' } as const;
    expect(codes(evaluateServiceJurisdiction(sw, q))).toContain('credentialing.compact.state_not_member');
    // Kansas, the home state, is a member too: a multistate license is issued by a member state.
    const policy = KANSAS_AND_MISSOURI;
    expect(evaluateServiceJurisdiction(sw, q, { policy }).outcome).toBe('allowed');
    expect(evaluateServiceJurisdiction(sw, { ...q, clientState: 'KS' }, { policy }).outcome).toBe('allowed');
  });

  it('allows telehealth, not in person, on a state telehealth registration', () => {
    const registered = clinician({
      compactAuthorizations: [
        {
          kind: 'telehealth_registration',
          state: 'FL',
          status: 'active',
          issuedOn: '2025-01-01',
          expiresOn: '2026-12-31',
        },
      ],
    });
    const q = { clientState: 'FL', serviceDate: '2026-02-02' } as const;
    expect(evaluateServiceJurisdiction(registered, { ...q, modality: 'telehealth' }).outcome).toBe('allowed');
    expect(codes(evaluateServiceJurisdiction(registered, { ...q, modality: 'in_person' }))).toContain(
      'credentialing.compact.modality_not_covered',
    );
    const unlicensed = { ...registered, licenses: [] };
    expect(codes(evaluateServiceJurisdiction(unlicensed, { ...q, modality: 'telehealth' }))).toContain(
      'credentialing.compact.home_license_invalid',
    );
  });
});

describe('evaluateServiceJurisdiction: PSYPACT temporary in-person practice (30 days a year)', () => {
  const tap = clinician({
    licenses: [license({ state: 'AZ', type: 'psychologist', number: 'PSY-4410', expiresOn: '2027-06-30' })],
    compactAuthorizations: [
      {
        kind: 'psypact_tap',
        homeState: 'AZ',
        status: 'active',
        issuedOn: '2025-10-01',
        expiresOn: '2026-09-30',
      },
    ],
  });
  const q = { clientState: 'NV', serviceDate: '2026-08-03', modality: 'in_person' } as const;
  const distinct = (n: number) =>
    Array.from(
      { length: n },
      (_, i) => `2026-0${1 + Math.floor(i / 28)}-${String((i % 28) + 1).padStart(2, '0')}`,
    );

  it('allows the 30th day and refuses the 31st', () => {
    expect(
      evaluateServiceJurisdiction(tap, { ...q, inPersonDatesInState: distinct(29) }, { policy: PSYPACT })
        .outcome,
    ).toBe('allowed');
    const d = evaluateServiceJurisdiction(
      tap,
      { ...q, inPersonDatesInState: distinct(30) },
      { policy: PSYPACT },
    );
    expect(d.outcome).toBe('refused');
    expect(codes(d)).toContain('credentialing.compact.tap_days_exhausted');
  });

  it('counts a day once, and last year’s days not at all', () => {
    const dates = [...distinct(29), '2026-08-03', '2026-01-01', '2025-12-31', '2025-12-30'];
    expect(
      evaluateServiceJurisdiction(tap, { ...q, inPersonDatesInState: dates }, { policy: PSYPACT }).outcome,
    ).toBe('allowed');
  });

  it('cannot decide without the days already used', () => {
    const d = evaluateServiceJurisdiction(tap, q, { policy: PSYPACT });
    expect(d.outcome).toBe('undecided');
    expect(codes(d)).toEqual(['credentialing.compact.tap_days_unknown']);
  });

  it('prefers a license over a compact when both apply', () => {
    const both = {
      ...tap,
      licenses: [
        ...(tap.licenses ?? []),
        license({ state: 'NV', type: 'psychologist', number: 'NV-1', expiresOn: '2027-01-01' }),
      ],
    };
    expect(evaluateServiceJurisdiction(both, q, { policy: PSYPACT }).authorizedBy?.kind).toBe('license');
  });
});

describe('evaluateServiceJurisdiction: the decision', () => {
  it('cannot be refused or undecided without a reason (by type), and is plain JSON', () => {
    type Failing = Extract<ServiceJurisdictionDecision, { outcome: 'refused' | 'undecided' }>;
    expectTypeOf<Failing['reasons']>().toEqualTypeOf<NonEmptyArray<Reason<CredentialingReasonCode>>>();
    const d = evaluateServiceJurisdiction(
      psychologist,
      { clientState: 'CO', serviceDate: '2026-04-14', modality: 'telehealth' },
      { policy: PSYPACT },
    );
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
  });
});

describe('evaluateServiceJurisdiction: bad input', () => {
  it('rejects an unknown state and a bad date, naming each by path without echoing them', () => {
    let error: unknown;
    try {
      evaluateServiceJurisdiction(clinician(), {
        clientState: 'ZZ' as 'CA',
        serviceDate: '2026-02-30',
        modality: 'telehealth',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const issues = (error as ValidationError).issues;
    expect(issues.map((i) => i.at)).toEqual(['$.query.clientState', '$.query.serviceDate']);
    expect((error as ValidationError).message).not.toMatch(/ZZ|2026-02-30/);
  });
});

// Generators for the coverage property.
const licenseArb = fc
  .record({
    state: stateArb,
    type: fc.constantFrom('LMFT', 'LPC', 'psychologist', 'LCSW', 'associate' as const),
    number: fc.constantFrom('A-1', 'B-2', 'C-3'),
    level: fc.constantFrom('independent', 'supervised' as const),
    status: fc.constantFrom('active', 'restricted', 'inactive', 'suspended' as const),
    range: dateRangeArb,
  })
  .map(({ range, ...l }) => ({ ...l, issuedOn: range[0], expiresOn: range[1] }) as StateLicense);

const authorizationArb: fc.Arbitrary<CompactAuthorization> = fc
  .record({
    kind: fc.constantFrom(
      'psypact_apit',
      'psypact_tap',
      'counseling_privilege',
      'social_work_multistate',
      'telehealth_registration' as const,
    ),
    homeState: stateArb,
    remoteState: stateArb,
    status: fc.constantFrom('active', 'inactive' as const),
    range: dateRangeArb,
  })
  .map(({ kind, homeState, remoteState, status, range }) => {
    const base = { status, issuedOn: range[0], expiresOn: range[1] };
    switch (kind) {
      case 'counseling_privilege':
        return { kind, homeState, remoteState, ...base };
      case 'telehealth_registration':
        return { kind, state: remoteState, ...base };
      default:
        return { kind, homeState, ...base };
    }
  });

const memberArb = fc.array(fc.record({ state: stateArb, from: dateArb }), { maxLength: 4 });

describe('evaluateServiceJurisdiction: properties', () => {
  it('never allows without a license or authorization covering that state, date and modality', () => {
    fc.assert(
      fc.property(
        fc.array(licenseArb, { maxLength: 4 }),
        fc.array(authorizationArb, { maxLength: 4 }),
        fc.record({
          clientState: stateArb,
          serviceDate: dateArb,
          modality: fc.constantFrom('in_person', 'telehealth' as const),
          clinicianLocationState: stateArb,
          inPersonDatesInState: fc.array(dateArb, { maxLength: 40 }),
        }),
        memberArb,
        memberArb,
        fc.option(dateArb, { nil: undefined }),
        (licenses, authorizations, q, psypact, social, socialFirst) => {
          const cred = clinician({
            licenses,
            compactAuthorizations: authorizations,
            supervision: [{ supervisorId: 'sup', state: q.clientState, startsOn: '2020-01-01' }],
          });
          const policy = {
            psypactMemberStates: psypact,
            socialWorkCompactMemberStates: social,
            ...(socialFirst === undefined ? {} : { socialWorkCompactFirstIssuedOn: socialFirst }),
          };
          const d = evaluateServiceJurisdiction(cred, q, { policy });
          if (d.outcome !== 'allowed') {
            expect(d.reasons.length).toBeGreaterThan(0);
            expect(d.authorizedBy).toBeNull();
            return;
          }
          const by = d.authorizedBy as JurisdictionAuthority;
          if (by.kind === 'license') {
            expect(
              licenses.some((l) => l.state === q.clientState && isLicenseInForce(l, { asOf: q.serviceDate })),
            ).toBe(true);
            return;
          }
          // Both the client's state and the authorization's home state are members on the date.
          const member = (list: typeof psypact, home: string) =>
            [q.clientState, home].every((state) =>
              list.some((m) => m.state === state && m.from <= q.serviceDate),
            );
          // Issued on or after its compact's first issue (PSYPACT 2020-07-01, Counseling 2025-09-30, Social
          // Work only on a date the practice recorded).
          const firstIssue = {
            psypact_apit: '2020-07-01',
            psypact_tap: '2020-07-01',
            counseling_privilege: '2025-09-30',
            social_work_multistate: socialFirst,
            telehealth_registration: '0000-01-01',
          } as const;
          const covering = authorizations.filter((a) => {
            if (a.kind !== by.kind || !isCompactAuthorizationInForce(a, { asOf: q.serviceDate }))
              return false;
            const first = firstIssue[a.kind];
            if (first === undefined || a.issuedOn < first) return false;
            switch (a.kind) {
              case 'psypact_apit':
                return (
                  q.modality === 'telehealth' && member(psypact, a.homeState) && a.homeState !== q.clientState
                );
              case 'psypact_tap':
                return (
                  q.modality === 'in_person' && member(psypact, a.homeState) && a.homeState !== q.clientState
                );
              case 'counseling_privilege':
                return a.remoteState === q.clientState;
              case 'social_work_multistate':
                return member(social, a.homeState) && a.homeState !== q.clientState;
              case 'telehealth_registration':
                return q.modality === 'telehealth' && a.state === q.clientState;
              default:
                return false;
            }
          });
          expect(covering.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('gives the same decision whatever the order of licenses and authorizations', () => {
    fc.assert(
      fc.property(
        fc.array(licenseArb, { maxLength: 4 }),
        fc.array(authorizationArb, { maxLength: 4 }),
        stateArb,
        dateArb,
        (licenses, authorizations, clientState, serviceDate) => {
          const q = {
            clientState,
            serviceDate,
            modality: 'telehealth',
            clinicianLocationState: 'AZ',
          } as const;
          const policy = { psypactMemberStates: [{ state: clientState, from: '2020-01-01' }] };
          const a = evaluateServiceJurisdiction(
            clinician({ licenses, compactAuthorizations: authorizations }),
            q,
            { policy },
          );
          const b = evaluateServiceJurisdiction(
            clinician({
              licenses: [...licenses].reverse(),
              compactAuthorizations: [...authorizations].reverse(),
            }),
            q,
            { policy },
          );
          expect(JSON.stringify(b)).toBe(JSON.stringify(a));
        },
      ),
      { numRuns: 200 },
    );
  });
});

// A psychiatric nurse practitioner licensed in California and Nevada, DEA-registered in California only.
const prescriber = clinician({
  clinicianId: 'clin-np',
  prescribes: true,
  licenses: [
    license({ type: 'psychiatric_np', number: 'NP 700', expiresOn: '2027-06-30' }),
    license({ state: 'NV', type: 'psychiatric_np', number: 'NV-NP 12', expiresOn: '2027-06-30' }),
  ],
  deaRegistrations: [{ number: 'MN1234563', state: 'CA', issuedOn: '2024-05-01', expiresOn: '2027-04-30' }],
});
const deaQuery = { serviceDate: '2026-04-14', modality: 'telehealth' } as const;
const deaReason = (d: ServiceJurisdictionDecision) =>
  d.reasons.find((r) => r.code.startsWith('credentialing.dea.'));

describe('evaluateServiceJurisdiction: prescribers across state lines (DEA)', () => {
  it('warns that a prescriber with no DEA registration in Nevada may not prescribe controlled substances to a client there', () => {
    const d = evaluateServiceJurisdiction(prescriber, { ...deaQuery, clientState: 'NV' });
    expect(d.outcome).toBe('allowed');
    expect(deaReason(d)).toMatchObject({
      code: 'credentialing.dea.not_registered_in_state',
      severity: 'warning',
      facts: { clientState: 'NV', registeredStates: ['CA'], registrationsInState: 0 },
    });
  });

  it('says the California registration covers a client in California', () => {
    const d = evaluateServiceJurisdiction(prescriber, { ...deaQuery, clientState: 'CA' });
    expect(d.outcome).toBe('allowed');
    expect(deaReason(d)).toMatchObject({
      code: 'credentialing.dea.registered_in_state',
      severity: 'info',
      facts: { deaNumber: 'MN1234563', expiresOn: '2027-04-30' },
    });
    expect(d.reasons.every((r) => r.severity === 'info')).toBe(true);
  });

  it('counts a registration through its last day, and not the day after', () => {
    const on = (serviceDate: string) =>
      deaReason(evaluateServiceJurisdiction(prescriber, { ...deaQuery, clientState: 'CA', serviceDate }))
        ?.code;
    expect(on('2027-04-30')).toBe('credentialing.dea.registered_in_state');
    expect(on('2027-05-01')).toBe('credentialing.dea.not_registered_in_state');
    expect(on('2024-04-30')).toBe('credentialing.dea.not_registered_in_state');
  });

  it('says nothing about DEA for a clinician who does not prescribe', () => {
    const therapist = { ...prescriber, prescribes: false };
    expect(
      deaReason(evaluateServiceJurisdiction(therapist, { ...deaQuery, clientState: 'NV' })),
    ).toBeUndefined();
  });

  it('still names the missing registration when the session itself is refused', () => {
    const d = evaluateServiceJurisdiction(prescriber, { ...deaQuery, clientState: 'OR' });
    expect(d.outcome).toBe('refused');
    expect(codes(d)).toContain('credentialing.dea.not_registered_in_state');
  });

  it('never changes the outcome, and warns exactly when no registration in the client’s state is in force', () => {
    const deaArb = fc.record({
      number: fc.constantFrom('AB1234563', 'MN7654321'),
      state: stateArb,
      issuedOn: fc.constant('2022-01-01'),
      expiresOn: dateArb,
    });
    fc.assert(
      fc.property(
        fc.array(licenseArb, { maxLength: 3 }),
        fc.array(
          deaArb.filter((d) => d.expiresOn > '2022-01-01'),
          { maxLength: 3 },
        ),
        stateArb,
        dateArb,
        (licenses, deaRegistrations, clientState, serviceDate) => {
          const q = { clientState, serviceDate, modality: 'telehealth' } as const;
          const prescribing = evaluateServiceJurisdiction(
            clinician({ licenses, prescribes: true, deaRegistrations }),
            q,
          );
          const not = evaluateServiceJurisdiction(
            clinician({ licenses, prescribes: false, deaRegistrations }),
            q,
          );
          expect(prescribing.outcome).toBe(not.outcome);
          const covered = deaRegistrations.some(
            (r) => r.state === clientState && r.issuedOn <= serviceDate && serviceDate <= r.expiresOn,
          );
          expect(codes(prescribing)).toContain(
            covered ? 'credentialing.dea.registered_in_state' : 'credentialing.dea.not_registered_in_state',
          );
          expect(codes(not).some((c) => c.startsWith('credentialing.dea.'))).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });
});

// Every reason: its severity is what its code means (error refuses, warning cautions, info explains), its
// message says it in words naming the license, authorization or state, and its facts carry what it used.
describe('evaluateServiceJurisdiction: each reason’s severity, words and facts', () => {
  const SEVERITY: Record<string, 'error' | 'warning' | 'info'> = {
    'credentialing.license.not_practicing': 'error',
    'credentialing.license.not_yet_issued': 'error',
    'credentialing.license.expired': 'error',
    'credentialing.license.restricted': 'warning',
    'credentialing.license.expires_on_service_date': 'warning',
    'credentialing.jurisdiction.licensed': 'info',
    'credentialing.jurisdiction.compact_authorized': 'info',
    'credentialing.jurisdiction.no_authority': 'error',
    'credentialing.supervision.missing': 'error',
    'credentialing.supervision.supervised': 'info',
    'credentialing.supervision.supervisor_unverified': 'warning',
    'credentialing.supervision.supervisor_not_licensed': 'error',
    'credentialing.supervision.supervisor_restricted': 'warning',
    'credentialing.compact.modality_not_covered': 'error',
    'credentialing.compact.not_in_force': 'error',
    'credentialing.compact.state_not_member': 'error',
    'credentialing.compact.home_license_invalid': 'error',
    'credentialing.compact.clinician_location_unknown': 'warning',
    'credentialing.compact.outside_home_state': 'error',
    'credentialing.compact.tap_days_unknown': 'warning',
    'credentialing.compact.tap_days_exhausted': 'error',
    'credentialing.dea.registered_in_state': 'info',
    'credentialing.dea.not_registered_in_state': 'warning',
  };
  const ca = { clientState: 'CA', serviceDate: '2026-03-10', modality: 'in_person' } as const;
  const az = { clientState: 'CO', serviceDate: '2026-04-14', modality: 'telehealth' } as const;
  const associate = clinician({
    licenses: [
      license({ type: 'associate', number: 'AMFT 9001', level: 'supervised', expiresOn: '2027-01-31' }),
    ],
    supervision: [{ supervisorId: 'clin-sup', state: 'CA', startsOn: '2025-01-06', endsOn: '2026-12-31' }],
  });
  const lapsedSupervisor = clinician({
    clinicianId: 'clin-sup',
    licenses: [license({ expiresOn: '2026-02-28' })],
  });
  const tap: CompactAuthorization = {
    kind: 'psypact_tap',
    homeState: 'AZ',
    status: 'active',
    issuedOn: '2025-10-01',
    expiresOn: '2026-09-30',
  };
  const azPsychologist = (authorizations: CompactAuthorization[], licenses = psychologist.licenses) =>
    clinician({ ...psychologist, licenses, compactAuthorizations: authorizations });
  // Built inside each test, not while the suite is collected: a mutant reached only at collection time
  // counts as static, and Stryker then reports it surviving whatever the tests say.
  const decisions = (): ServiceJurisdictionDecision[] => [
    evaluateServiceJurisdiction(clinician({ licenses: [license({ status: 'suspended' })] }), ca),
    evaluateServiceJurisdiction(clinician(), { ...ca, serviceDate: '2024-06-30' }),
    evaluateServiceJurisdiction(clinician(), { ...ca, serviceDate: '2026-07-01' }),
    evaluateServiceJurisdiction(clinician({ licenses: [license({ status: 'restricted' })] }), {
      ...ca,
      serviceDate: '2026-06-30',
    }),
    evaluateServiceJurisdiction(associate, ca),
    evaluateServiceJurisdiction(associate, ca, { supervisors: [lapsedSupervisor] }),
    evaluateServiceJurisdiction(associate, ca, {
      supervisors: [
        clinician({
          clinicianId: 'clin-sup',
          licenses: [license({ status: 'restricted', expiresOn: '2027-06-30' })],
        }),
      ],
    }),
    evaluateServiceJurisdiction(associate, { ...ca, serviceDate: '2027-01-04' }),
    evaluateServiceJurisdiction(psychologist, { ...az, clinicianLocationState: 'AZ' }, { policy: PSYPACT }),
    evaluateServiceJurisdiction(psychologist, { ...az, modality: 'in_person' }, { policy: PSYPACT }),
    evaluateServiceJurisdiction(psychologist, { ...az, serviceDate: '2026-10-01' }, { policy: PSYPACT }),
    evaluateServiceJurisdiction(azPsychologist([apit({ status: 'suspended' })]), az, { policy: PSYPACT }),
    evaluateServiceJurisdiction(psychologist, { ...az, clientState: 'UT' }, { policy: PSYPACT }),
    evaluateServiceJurisdiction(azPsychologist([apit()], []), az, { policy: PSYPACT }),
    evaluateServiceJurisdiction(psychologist, az, { policy: PSYPACT }),
    evaluateServiceJurisdiction(psychologist, { ...az, clinicianLocationState: 'NV' }, { policy: PSYPACT }),
    evaluateServiceJurisdiction(azPsychologist([tap]), { ...az, modality: 'in_person' }, { policy: PSYPACT }),
    evaluateServiceJurisdiction(
      azPsychologist([tap]),
      { ...az, modality: 'in_person', inPersonDatesInState: ['2026-01-05', '2026-04-14', '2025-12-31'] },
      { policy: { ...PSYPACT, tapInPersonDaysPerYear: 1 } },
    ),
    evaluateServiceJurisdiction(prescriber, { ...deaQuery, clientState: 'CA' }),
    evaluateServiceJurisdiction(prescriber, { ...deaQuery, clientState: 'NV' }),
  ];
  const reasonsOfAll = () => decisions().flatMap((d) => d.reasons);

  it('gives every code its severity, and every message words', () => {
    const all = reasonsOfAll();
    expect(new Set(all.map((r) => r.code))).toEqual(new Set(Object.keys(SEVERITY)));
    for (const r of all) {
      expect([r.code, r.severity]).toEqual([r.code, SEVERITY[r.code]]);
      expect(r.message.length, r.code).toBeGreaterThan(30);
    }
  });

  it('names the license, its state and type, the supervisor and the authorization in the messages', () => {
    const all = reasonsOfAll();
    const message = (code: string) => all.find((r) => r.code === code)?.message;
    expect(message('credentialing.license.not_practicing')).toBe('The CA LMFT license is suspended.');
    expect(message('credentialing.license.not_yet_issued')).toContain('The CA LMFT license');
    expect(message('credentialing.license.expired')).toContain('The CA LMFT license');
    expect(message('credentialing.license.restricted')).toBe('The CA LMFT license is restricted.');
    expect(message('credentialing.license.expires_on_service_date')).toContain('The CA LMFT license');
    expect(message('credentialing.jurisdiction.licensed')).toBe(
      'Licensed in CA (LMFT) on the date of service.',
    );
    expect(message('credentialing.supervision.missing')).toContain('no supervision arrangement covers CA');
    expect(message('credentialing.supervision.supervised')).toBe(
      'Practicing under the supervision of clin-sup.',
    );
    expect(message('credentialing.supervision.supervisor_not_licensed')).toContain('in force in CA');
    expect(message('credentialing.supervision.supervisor_restricted')).toContain(
      'The supervisor’s CA LMFT license is restricted',
    );
    expect(message('credentialing.compact.outside_home_state')).toContain('home state AZ');
    expect(message('credentialing.compact.tap_days_unknown')).toContain('used in CO');
    expect(message('credentialing.compact.tap_days_exhausted')).toBe(
      'PSYPACT temporary in-person practice allows 1 days a year in CO; 1 are used.',
    );
  });

  it('says why a compact authorization is not in force: its dates, or its status', () => {
    const all = reasonsOfAll();
    const notInForce = all.filter((r) => r.code === 'credentialing.compact.not_in_force');
    expect(notInForce.map((r) => [r.facts.status, /outside its validity dates/.test(r.message)])).toEqual([
      ['active', true],
      ['suspended', false],
    ]);
    expect(notInForce[1]?.message).toContain('is suspended on the date of service');
  });

  it('says where a psychologist worked from, and how many in-person days were used and allowed', () => {
    const all = reasonsOfAll();
    expect(all.find((r) => r.code === 'credentialing.compact.outside_home_state')?.facts).toMatchObject({
      clinicianLocationState: 'NV',
      authorization: expect.any(String),
    });
    expect(all.find((r) => r.code === 'credentialing.compact.tap_days_exhausted')?.facts).toMatchObject({
      daysUsed: 1,
      daysAllowed: 1,
    });
    const granted = evaluateServiceJurisdiction(
      azPsychologist([tap]),
      { ...az, modality: 'in_person', inPersonDatesInState: ['2026-01-05'] },
      { policy: PSYPACT },
    );
    expect(granted.authorizedBy).toMatchObject({ kind: 'psypact_tap', state: 'CO' });
    expect(granted.reasons[0]?.facts).toMatchObject({ daysUsed: 1, daysAllowed: 30 });
  });

  it('names the modality a refusal is about, and the authority by its number when it has one', () => {
    const refused = (modality: 'in_person' | 'telehealth') =>
      evaluateServiceJurisdiction(clinician(), { ...ca, clientState: 'OR', modality }).reasons[0]?.message;
    expect(refused('telehealth')).toBe(
      'No license or authorization covers OR on 2026-03-10 for telehealth sessions.',
    );
    expect(refused('in_person')).toBe(
      'No license or authorization covers OR on 2026-03-10 for in-person sessions.',
    );
    const numbered = evaluateServiceJurisdiction(
      azPsychologist([apit({ number: 'APIT-88' })]),
      { ...az, clinicianLocationState: 'AZ' },
      { policy: PSYPACT },
    );
    expect(numbered.authorizedBy).toEqual({ kind: 'psypact_apit', state: 'CO', reference: 'APIT-88' });
  });

  it('words a DEA registration that exists in the state but is not in force apart from none at all', () => {
    const lapsed = clinician({
      ...prescriber,
      deaRegistrations: [
        { number: 'MN1234563', state: 'CA', issuedOn: '2021-05-01', expiresOn: '2024-04-30' },
      ],
    });
    const r = evaluateServiceJurisdiction(lapsed, { ...deaQuery, clientState: 'CA' }).reasons.find(
      (x) => x.code === 'credentialing.dea.not_registered_in_state',
    );
    expect(r?.message).toContain('registration in CA is not in force on the date');
    expect(r?.facts.registrationsInState).toBe(1);
    const none = evaluateServiceJurisdiction(prescriber, { ...deaQuery, clientState: 'NV' }).reasons.find(
      (x) => x.code === 'credentialing.dea.not_registered_in_state',
    );
    expect(none?.message).toContain('holds no DEA registration in NV');
  });

  it('names what was invalid: the credentials, the query, the options', () => {
    expect([
      subjectOf(() => evaluateServiceJurisdiction(clinician({ clinicianId: '' }), ca)),
      subjectOf(() => evaluateServiceJurisdiction(clinician(), { ...ca, serviceDate: '2026-02-30' })),
      subjectOf(() =>
        evaluateServiceJurisdiction(clinician(), ca, { policy: { tapInPersonDaysPerYear: -1 } }),
      ),
    ]).toEqual(['clinician credentials', 'jurisdiction query', 'jurisdiction options']);
  });
});

describe('JurisdictionPolicy', () => {
  it('defaults to no compact member states and PSYPACT’s 30 in-person days a year', () => {
    expect(JurisdictionPolicy.parse({})).toEqual({
      psypactMemberStates: [],
      socialWorkCompactMemberStates: [],
      tapInPersonDaysPerYear: 30,
    });
  });

  it('accepts a TAP limit from 0 to 366 whole days and refuses any other', () => {
    for (const days of [0, 366]) {
      expect(JurisdictionPolicy.parse({ tapInPersonDaysPerYear: days }).tapInPersonDaysPerYear).toBe(days);
    }
    for (const days of [-1, 367, 1.5]) {
      expect(JurisdictionPolicy.safeParse({ tapInPersonDaysPerYear: days }).success, String(days)).toBe(
        false,
      );
    }
  });

  it('refuses every session under TAP when the practice allows no in-person days', () => {
    const d = evaluateServiceJurisdiction(
      clinician({ ...psychologist, compactAuthorizations: [tapAz()] }),
      { clientState: 'NV', serviceDate: '2026-08-03', modality: 'in_person', inPersonDatesInState: [] },
      { policy: { ...PSYPACT, tapInPersonDaysPerYear: 0 } },
    );
    expect(d.outcome).toBe('refused');
    expect(codes(d)).toContain('credentialing.compact.tap_days_exhausted');
  });
});

/** A PSYPACT TAP from Arizona, in force from 2025-10-01 through 2026-09-30. */
function tapAz(): CompactAuthorization {
  return {
    kind: 'psypact_tap',
    homeState: 'AZ',
    status: 'active',
    issuedOn: '2025-10-01',
    expiresOn: '2026-09-30',
  };
}

describe('evaluateServiceJurisdiction: the edges of each date range', () => {
  it('allows a session on the day the license is issued', () => {
    const d = evaluateServiceJurisdiction(clinician(), {
      clientState: 'CA',
      serviceDate: '2024-07-01',
      modality: 'in_person',
    });
    expect(d.outcome).toBe('allowed');
    expect(codes(d)).toEqual(['credentialing.jurisdiction.licensed']);
  });

  it('counts a PSYPACT member state from the day it joined, and not on the day it left', () => {
    const on = (member: { state: 'CO'; from: string; until?: string }, serviceDate: string) =>
      evaluateServiceJurisdiction(
        psychologist,
        { clientState: 'CO', serviceDate, modality: 'telehealth', clinicianLocationState: 'AZ' },
        { policy: { psypactMemberStates: [{ state: 'AZ', from: '2020-07-01' }, member] } },
      ).outcome;
    expect(on({ state: 'CO', from: '2026-04-14' }, '2026-04-14')).toBe('allowed');
    expect(on({ state: 'CO', from: '2026-04-14' }, '2026-04-13')).toBe('refused');
    expect(on({ state: 'CO', from: '2020-07-01', until: '2026-04-14' }, '2026-04-13')).toBe('allowed');
    expect(on({ state: 'CO', from: '2020-07-01', until: '2026-04-14' }, '2026-04-14')).toBe('refused');
  });

  it('does not count another state’s membership for a client in Utah', () => {
    const d = evaluateServiceJurisdiction(
      psychologist,
      { clientState: 'UT', serviceDate: '2026-04-14', modality: 'telehealth', clinicianLocationState: 'AZ' },
      { policy: PSYPACT },
    );
    expect(d.outcome).toBe('refused');
    expect(codes(d)).toEqual([
      'credentialing.compact.state_not_member',
      'credentialing.jurisdiction.no_authority',
    ]);
  });

  it('counts a DEA registration from the day it is issued', () => {
    const d = evaluateServiceJurisdiction(prescriber, {
      ...deaQuery,
      clientState: 'CA',
      serviceDate: '2024-05-01',
    });
    expect(deaReason(d)?.code).toBe('credentialing.dea.registered_in_state');
  });
});

describe('evaluateServiceJurisdiction: supervision in the client’s state, on the date', () => {
  const associate = (supervision: ClinicianCredentialsInput['supervision']) =>
    clinician({
      clinicianId: 'clin-ben',
      licenses: [
        license({ type: 'associate', number: 'AMFT 9001', level: 'supervised', expiresOn: '2027-01-31' }),
      ],
      supervision,
    });
  const arrangement = {
    supervisorId: 'clin-ana',
    state: 'CA',
    startsOn: '2025-01-06',
    endsOn: '2026-12-31',
  } as const;
  const on = (serviceDate: string) => ({ clientState: 'CA', serviceDate, modality: 'in_person' }) as const;
  const supervisor = (licenses: StateLicense[]) => clinician({ clinicianId: 'clin-ana', licenses });

  it('covers the arrangement’s first and last days, and not the days outside them', () => {
    const outcome = (serviceDate: string) =>
      evaluateServiceJurisdiction(associate([arrangement]), on(serviceDate), {
        supervisors: [supervisor([license({ expiresOn: '2027-12-31' })])],
      }).outcome;
    expect(['2025-01-05', '2025-01-06', '2026-12-31', '2027-01-01'].map(outcome)).toEqual([
      'refused',
      'allowed',
      'allowed',
      'refused',
    ]);
  });

  it('covers every day from the start of an open-ended arrangement', () => {
    const { endsOn: _, ...open } = arrangement;
    const d = evaluateServiceJurisdiction(associate([open]), on('2027-01-29'), {
      supervisors: [supervisor([license({ expiresOn: '2027-12-31' })])],
    });
    expect(d.outcome).toBe('allowed');
  });

  it('refuses a California session under an arrangement for Nevada', () => {
    const d = evaluateServiceJurisdiction(associate([{ ...arrangement, state: 'NV' }]), on('2026-03-10'));
    expect(d.outcome).toBe('refused');
    expect(codes(d)).toContain('credentialing.supervision.missing');
  });

  it('refuses when the supervisor’s only license in force is in another state', () => {
    const d = evaluateServiceJurisdiction(associate([arrangement]), on('2026-03-10'), {
      supervisors: [supervisor([license({ state: 'NV', number: 'NV-9', expiresOn: '2027-06-30' })])],
    });
    expect(d.outcome).toBe('refused');
    expect(codes(d)).toContain('credentialing.supervision.supervisor_not_licensed');
  });

  it('refuses when the supervisor’s California license is itself a supervised one', () => {
    const d = evaluateServiceJurisdiction(associate([arrangement]), on('2026-03-10'), {
      supervisors: [supervisor([license({ level: 'supervised', expiresOn: '2027-06-30' })])],
    });
    expect(d.outcome).toBe('refused');
    expect(codes(d)).toContain('credentialing.supervision.supervisor_not_licensed');
  });

  it('allows when one of the supervisor’s licenses is an independent California license in force', () => {
    const d = evaluateServiceJurisdiction(associate([arrangement]), on('2026-03-10'), {
      supervisors: [
        supervisor([
          license({ state: 'NV', number: 'NV-9', expiresOn: '2025-06-30' }),
          license({ number: 'LMFT 200', expiresOn: '2027-06-30' }),
        ]),
      ],
    });
    expect(d.outcome).toBe('allowed');
    expect(codes(d)).toEqual(['credentialing.jurisdiction.licensed', 'credentialing.supervision.supervised']);
  });

  it('names the same supervisor whatever the order two covering arrangements come in', () => {
    const other = { ...arrangement, supervisorId: 'clin-zoe', startsOn: '2024-03-01' };
    for (const list of [
      [arrangement, other],
      [other, arrangement],
    ]) {
      const d = evaluateServiceJurisdiction(associate(list), on('2026-03-10'));
      expect(d.reasons.find((r) => r.code === 'credentialing.supervision.supervised')?.message).toBe(
        'Practicing under the supervision of clin-ana.',
      );
    }
  });

  it('checks the supervisor the arrangement names, not another clinician given beside them', () => {
    const other = clinician({
      clinicianId: 'clin-zoe',
      licenses: [license({ number: 'LMFT 300', expiresOn: '2027-06-30' })],
    });
    const lapsed = supervisor([license({ expiresOn: '2026-02-28' })]);
    const d = evaluateServiceJurisdiction(associate([arrangement]), on('2026-03-10'), {
      supervisors: [other, lapsed],
    });
    expect(d.outcome).toBe('refused');
    expect(codes(d)).toContain('credentialing.supervision.supervisor_not_licensed');
  });

  it('says which supervisor it could not check, and why', () => {
    const d = evaluateServiceJurisdiction(associate([arrangement]), on('2026-03-10'));
    const unverified = d.reasons.find((r) => r.code === 'credentialing.supervision.supervisor_unverified');
    expect(unverified?.message).toBe(
      'The supervisor’s own license was not checked: no record for the supervisor was given.',
    );
    expect(unverified?.facts).toMatchObject({ supervisorId: 'clin-ana', licenseNumber: 'AMFT 9001' });
  });
});

describe('evaluateServiceJurisdiction: what a compact authorization rests on', () => {
  const fromAz = {
    clientState: 'CO',
    serviceDate: '2026-04-14',
    modality: 'telehealth',
    clinicianLocationState: 'AZ',
  } as const;
  const withLicenses = (licenses: StateLicense[]) => clinician({ ...psychologist, licenses });

  it('needs the psychology license in the declared home state, not another', () => {
    const d = evaluateServiceJurisdiction(
      withLicenses([
        license({ state: 'NV', type: 'psychologist', number: 'NV-PSY 3', expiresOn: '2027-06-30' }),
      ]),
      fromAz,
      { policy: PSYPACT },
    );
    expect(d.outcome).toBe('refused');
    expect(d.reasons.find((r) => r.code === 'credentialing.compact.home_license_invalid')?.message).toBe(
      'The psypact_apit:AZ authorization needs an unencumbered independent psychology license in force in AZ.',
    );
  });

  it('does not rest PSYPACT on an Arizona counselor license', () => {
    const d = evaluateServiceJurisdiction(
      withLicenses([license({ state: 'AZ', type: 'LPC', number: 'LPC-77', expiresOn: '2027-06-30' })]),
      fromAz,
      { policy: PSYPACT },
    );
    expect(codes(d)).toContain('credentialing.compact.home_license_invalid');
  });

  it('does not rest a Counseling Compact privilege on a supervised (pre-licensed) counselor license', () => {
    const d = evaluateServiceJurisdiction(
      clinician({
        licenses: [
          license({
            state: 'AZ',
            type: 'LPC',
            number: 'LPC-A 12',
            level: 'supervised',
            expiresOn: '2027-12-31',
          }),
        ],
        compactAuthorizations: [
          {
            kind: 'counseling_privilege',
            homeState: 'AZ',
            remoteState: 'MN',
            status: 'active',
            issuedOn: '2025-09-30',
            expiresOn: '2026-09-29',
          },
        ],
      }),
      { clientState: 'MN', serviceDate: '2025-10-02', modality: 'telehealth' },
    );
    expect(d.outcome).toBe('refused');
    expect(codes(d)).toContain('credentialing.compact.home_license_invalid');
  });

  it('names the same of two authorizations that differ only in their numbers, whatever their order', () => {
    const pair = [apit({ number: 'APIT-2' }), apit({ number: 'APIT-1' })];
    for (const list of [pair, [...pair].reverse()]) {
      const d = evaluateServiceJurisdiction(
        clinician({ ...psychologist, compactAuthorizations: list }),
        fromAz,
        {
          policy: PSYPACT,
        },
      );
      expect(d.authorizedBy).toEqual({ kind: 'psypact_apit', state: 'CO', reference: 'APIT-1' });
    }
  });

  it('does not rest PSYPACT on an encumbered (restricted) home license', () => {
    const d = evaluateServiceJurisdiction(
      withLicenses([
        license({
          state: 'AZ',
          type: 'psychologist',
          number: 'PSY-4410',
          status: 'restricted',
          expiresOn: '2027-06-30',
        }),
      ]),
      fromAz,
      { policy: PSYPACT },
    );
    expect(codes(d)).toContain('credentialing.compact.home_license_invalid');
  });

  it('words a telehealth registration without a license elsewhere as such', () => {
    const d = evaluateServiceJurisdiction(
      clinician({
        licenses: [],
        compactAuthorizations: [
          {
            kind: 'telehealth_registration',
            state: 'FL',
            status: 'active',
            issuedOn: '2025-01-01',
            expiresOn: '2026-12-31',
          },
        ],
      }),
      { clientState: 'FL', serviceDate: '2026-02-02', modality: 'telehealth' },
    );
    expect(d.reasons.find((r) => r.code === 'credentialing.compact.home_license_invalid')?.message).toBe(
      'The registration needs an unencumbered independent license in force in another state.',
    );
  });

  it('leaves a Florida telehealth registration out of a session with a client in Georgia', () => {
    const d = evaluateServiceJurisdiction(
      clinician({
        compactAuthorizations: [
          {
            kind: 'telehealth_registration',
            state: 'FL',
            status: 'active',
            issuedOn: '2025-01-01',
            expiresOn: '2026-12-31',
          },
        ],
      }),
      { clientState: 'GA', serviceDate: '2026-02-02', modality: 'telehealth' },
    );
    expect(d.outcome).toBe('refused');
    expect(codes(d)).toEqual(['credentialing.jurisdiction.no_authority']);
  });

  it('allows a Social Work multistate license in person too', () => {
    const sw = kansasSocialWorker();
    const d = evaluateServiceJurisdiction(
      sw,
      { clientState: 'MO', serviceDate: '2026-05-01', modality: 'in_person' },
      { policy: KANSAS_AND_MISSOURI },
    );
    expect(d.outcome).toBe('allowed');
    expect(d.authorizedBy).toEqual({
      kind: 'social_work_multistate',
      state: 'MO',
      reference: 'social_work_multistate:KS',
    });
    expect(d.reasons[0]?.message).toBe(
      'The social_work_multistate:KS authorization covers in_person sessions in MO on the date.',
    );
  });

  it('never lets a compact stand in for the home-state license: an Arizona session rests on the Arizona license', () => {
    // The license expires that day (a warning); the compacts, which would carry no warning, do not apply at home.
    const expiring = [
      license({ state: 'AZ', type: 'psychologist', number: 'PSY-4410', expiresOn: '2026-04-14' }),
    ];
    const az = (modality: 'telehealth' | 'in_person') =>
      ({
        clientState: 'AZ',
        serviceDate: '2026-04-14',
        modality,
        clinicianLocationState: 'AZ',
        inPersonDatesInState: [] as string[],
      }) as const;
    const member: JurisdictionPolicyInput = {
      ...PSYPACT,
      socialWorkCompactMemberStates: [{ state: 'AZ', from: '2020-07-01' }],
      socialWorkCompactFirstIssuedOn: '2025-10-01',
    };
    const socialWork: CompactAuthorization = {
      kind: 'social_work_multistate',
      homeState: 'AZ',
      status: 'active',
      issuedOn: '2025-10-01',
      expiresOn: '2026-09-30',
    };
    const lcsw = license({ state: 'AZ', type: 'LCSW', number: 'LCSW-4410', expiresOn: '2026-04-14' });
    for (const [authorization, modality, home] of [
      [apit(), 'telehealth', expiring],
      [tapAz(), 'in_person', expiring],
      [socialWork, 'telehealth', [lcsw]],
    ] as const) {
      const d = evaluateServiceJurisdiction(
        clinician({ licenses: [...home], compactAuthorizations: [authorization] }),
        az(modality),
        { policy: member },
      );
      expect(d.authorizedBy, authorization.kind).toEqual({
        kind: 'license',
        state: 'AZ',
        reference: home[0].number,
      });
      expect(codes(d)).toEqual([
        'credentialing.license.expires_on_service_date',
        'credentialing.jurisdiction.licensed',
      ]);
    }
  });

  it('names the same authority whatever the order two covering authorizations come in', () => {
    const privilege: CompactAuthorization = {
      kind: 'counseling_privilege',
      homeState: 'AZ',
      remoteState: 'FL',
      status: 'active',
      issuedOn: '2025-09-30',
      expiresOn: '2026-09-29',
    };
    const registration: CompactAuthorization = {
      kind: 'telehealth_registration',
      state: 'FL',
      status: 'active',
      issuedOn: '2025-01-01',
      expiresOn: '2026-12-31',
    };
    const counselor = (list: CompactAuthorization[]) =>
      clinician({
        licenses: [license({ state: 'AZ', type: 'LPC', number: 'LPC-77', expiresOn: '2027-12-31' })],
        compactAuthorizations: list,
      });
    const q = { clientState: 'FL', serviceDate: '2026-02-02', modality: 'telehealth' } as const;
    const a = evaluateServiceJurisdiction(counselor([privilege, registration]), q);
    const b = evaluateServiceJurisdiction(counselor([registration, privilege]), q);
    expect(a.authorizedBy).toEqual({
      kind: 'counseling_privilege',
      state: 'FL',
      reference: 'counseling_privilege:AZ>FL',
    });
    expect(b).toEqual(a);
  });

  it('gives a compact’s reasons the session, the authorization and its dates', () => {
    const d = evaluateServiceJurisdiction(
      psychologist,
      { ...fromAz, clientState: 'UT' },
      { policy: PSYPACT },
    );
    expect(d.reasons.find((r) => r.code === 'credentialing.compact.state_not_member')?.facts).toEqual({
      clientState: 'UT',
      serviceDate: '2026-04-14',
      modality: 'telehealth',
      authorization: 'psypact_apit:AZ',
      issuedOn: '2025-10-01',
      expiresOn: '2026-09-30',
    });
  });
});

describe('evaluateServiceJurisdiction: the reasons of a refusal and of an undecided answer', () => {
  it('gives a license reason the session and the license it read', () => {
    const d = evaluateServiceJurisdiction(clinician({ licenses: [license({ status: 'inactive' })] }), {
      clientState: 'CA',
      serviceDate: '2026-01-15',
      modality: 'telehealth',
    });
    expect(d.reasons.find((r) => r.code === 'credentialing.license.not_practicing')?.facts).toEqual({
      clientState: 'CA',
      serviceDate: '2026-01-15',
      modality: 'telehealth',
      licenseType: 'LMFT',
      licenseNumber: 'LMFT 100',
      issuedOn: '2024-07-01',
      expiresOn: '2026-06-30',
      status: 'inactive',
    });
    expect(d.reasons.find((r) => r.code === 'credentialing.jurisdiction.no_authority')?.facts).toEqual({
      clientState: 'CA',
      serviceDate: '2026-01-15',
      modality: 'telehealth',
    });
  });

  it('lists every reason nothing authorized the session, errors first, then warnings', () => {
    const d = evaluateServiceJurisdiction(
      clinician({ ...prescriber, compactAuthorizations: [apit()] }),
      { clientState: 'UT', serviceDate: '2026-04-14', modality: 'telehealth', clinicianLocationState: 'AZ' },
      { policy: PSYPACT },
    );
    expect(d.outcome).toBe('refused');
    expect(codes(d)).toEqual([
      'credentialing.compact.state_not_member',
      'credentialing.jurisdiction.no_authority',
      'credentialing.dea.not_registered_in_state',
    ]);
  });

  it('keeps what was refused, and the DEA warning, beside the missing fact when it cannot decide', () => {
    const twoApits = [apit(), apit({ homeState: 'NV' })];
    const d = evaluateServiceJurisdiction(
      clinician({
        ...prescriber,
        licenses: [
          license({ state: 'AZ', type: 'psychologist', number: 'PSY-4410', expiresOn: '2027-06-30' }),
          license({ state: 'NV', type: 'psychologist', number: 'NV-PSY 3', expiresOn: '2027-06-30' }),
          license({ state: 'CO', number: 'CO-LMFT 5', expiresOn: '2025-12-31' }),
        ],
        compactAuthorizations: twoApits,
      }),
      { clientState: 'CO', serviceDate: '2026-04-14', modality: 'telehealth' },
      { policy: PSYPACT },
    );
    expect(d.outcome).toBe('undecided');
    expect(d.authorizedBy).toBeNull();
    expect(codes(d)).toEqual([
      'credentialing.license.expired',
      'credentialing.compact.clinician_location_unknown',
      'credentialing.compact.clinician_location_unknown',
      'credentialing.dea.not_registered_in_state',
    ]);
  });
});

describe('evaluateServiceJurisdiction: a prescriber’s DEA registrations', () => {
  it('names the same registration in force whatever their order, and every state registered once, sorted', () => {
    const registrations = [
      { number: 'MN1234563', state: 'CA', issuedOn: '2024-05-01', expiresOn: '2027-04-30' },
      { number: 'AB7654321', state: 'CA', issuedOn: '2025-01-01', expiresOn: '2028-01-31' },
      { number: 'FN1111119', state: 'NV', issuedOn: '2025-01-01', expiresOn: '2028-01-31' },
    ] as const;
    for (const list of [registrations, [...registrations].reverse()]) {
      const d = evaluateServiceJurisdiction(clinician({ ...prescriber, deaRegistrations: [...list] }), {
        ...deaQuery,
        clientState: 'CA',
      });
      expect(deaReason(d)).toMatchObject({
        code: 'credentialing.dea.registered_in_state',
        message:
          'A DEA registration in CA is in force on the date: controlled substances may be prescribed there.',
        facts: { deaNumber: 'AB7654321', expiresOn: '2028-01-31', registeredStates: ['CA', 'NV'] },
      });
    }
  });
});

describe('evaluateServiceJurisdiction: the home state of a compact authorization (audit)', () => {
  const telehealthCo = {
    clientState: 'CO',
    serviceDate: '2026-04-14',
    modality: 'telehealth',
    clinicianLocationState: 'AZ',
  } as const;

  it('refuses PSYPACT telepsychology when the home state is not a member, even into a member state', () => {
    const d = evaluateServiceJurisdiction(psychologist, telehealthCo, {
      policy: { psypactMemberStates: [{ state: 'CO', from: '2020-07-01' }] },
    });
    expect(d.outcome).toBe('refused');
    expect(codes(d)).toEqual([
      'credentialing.compact.home_state_not_member',
      'credentialing.jurisdiction.no_authority',
    ]);
    expect(d.reasons[0]).toMatchObject({
      severity: 'error',
      message:
        'AZ, the home state of the psypact_apit:AZ authorization, is not a configured member of that compact on the date of service.',
      facts: { homeState: 'AZ', clientState: 'CO', authorization: 'psypact_apit:AZ' },
    });
  });

  it('counts the home state from the day it joined, and not from the day it left', () => {
    const on = (az: { state: 'AZ'; from: string; until?: string }, serviceDate: string) =>
      evaluateServiceJurisdiction(
        psychologist,
        { ...telehealthCo, serviceDate },
        { policy: { psypactMemberStates: [az, { state: 'CO', from: '2020-07-01' }] } },
      ).outcome;
    expect(on({ state: 'AZ', from: '2026-04-14' }, '2026-04-13')).toBe('refused');
    expect(on({ state: 'AZ', from: '2026-04-14' }, '2026-04-14')).toBe('allowed');
    expect(on({ state: 'AZ', from: '2020-07-01', until: '2026-04-14' }, '2026-04-13')).toBe('allowed');
    expect(on({ state: 'AZ', from: '2020-07-01', until: '2026-04-14' }, '2026-04-14')).toBe('refused');
  });

  it('refuses a temporary in-person authorization from a home state that is not a member', () => {
    const tap = clinician({
      licenses: psychologist.licenses,
      compactAuthorizations: [
        {
          kind: 'psypact_tap',
          homeState: 'AZ',
          status: 'active',
          issuedOn: '2025-10-01',
          expiresOn: '2026-09-30',
        },
      ],
    });
    const q = {
      clientState: 'CO',
      serviceDate: '2026-04-14',
      modality: 'in_person',
      inPersonDatesInState: [] as string[],
    } as const;
    const onlyCo: JurisdictionPolicyInput = { psypactMemberStates: [{ state: 'CO', from: '2020-07-01' }] };
    expect(codes(evaluateServiceJurisdiction(tap, q, { policy: onlyCo }))).toEqual([
      'credentialing.compact.home_state_not_member',
      'credentialing.jurisdiction.no_authority',
    ]);
    expect(evaluateServiceJurisdiction(tap, q, { policy: PSYPACT }).outcome).toBe('allowed');
  });

  it('refuses a Social Work multistate license whose home state is not a member', () => {
    const sw = kansasSocialWorker();
    const d = evaluateServiceJurisdiction(
      sw,
      { clientState: 'MO', serviceDate: '2026-05-01', modality: 'telehealth' },
      { policy: { socialWorkCompactMemberStates: [{ state: 'MO', from: '2026-01-01' }] } },
    );
    expect(codes(d)).toEqual([
      'credentialing.compact.home_state_not_member',
      'credentialing.jurisdiction.no_authority',
    ]);
  });

  it('refuses a Counseling Compact privilege the day before it was issued (the first were issued 2025-09-30)', () => {
    const lpc = clinician({
      licenses: [license({ state: 'AZ', type: 'LPC', number: 'LPC-7', expiresOn: '2027-12-31' })],
      compactAuthorizations: [
        {
          kind: 'counseling_privilege',
          homeState: 'AZ',
          remoteState: 'MN',
          status: 'active',
          issuedOn: '2025-09-30',
          expiresOn: '2026-09-29',
        },
      ],
    });
    const on = (serviceDate: string) =>
      evaluateServiceJurisdiction(lpc, { clientState: 'MN', serviceDate, modality: 'telehealth' });
    expect(codes(on('2025-09-29'))).toEqual([
      'credentialing.compact.not_in_force',
      'credentialing.jurisdiction.no_authority',
    ]);
    expect(on('2025-09-30').outcome).toBe('allowed');
  });

  it('never makes a clinician more eligible when a credential is removed', () => {
    const rank = { refused: 0, undecided: 1, allowed: 2 } as const;
    fc.assert(
      fc.property(
        fc.array(licenseArb, { minLength: 1, maxLength: 4 }),
        fc.array(authorizationArb, { maxLength: 4 }),
        fc.nat(),
        fc.record({
          clientState: stateArb,
          serviceDate: dateArb,
          modality: fc.constantFrom('in_person', 'telehealth' as const),
          clinicianLocationState: stateArb,
        }),
        memberArb,
        memberArb,
        (licenses, authorizations, pick, q, psypact, social) => {
          const policy = { psypactMemberStates: psypact, socialWorkCompactMemberStates: social };
          // A credential is a whole license (every record of one state, type and number: a later record
          // supersedes an earlier one, so removing only a suspension could restore the license) or one
          // authorization.
          const id = (l: StateLicense) => JSON.stringify([l.state, l.type, l.number]);
          const ids = [...new Set(licenses.map(id))];
          const drop = pick % (ids.length + authorizations.length);
          const full = evaluateServiceJurisdiction(
            clinician({ licenses, compactAuthorizations: authorizations }),
            q,
            { policy },
          );
          const fewer = evaluateServiceJurisdiction(
            clinician({
              licenses: licenses.filter((l) => id(l) !== ids[drop]),
              compactAuthorizations: authorizations.filter((_, i) => i + ids.length !== drop),
            }),
            q,
            { policy },
          );
          expect(rank[fewer.outcome]).toBeLessThanOrEqual(rank[full.outcome]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('evaluateServiceJurisdiction: the records of one license (a later record supersedes)', () => {
  const active = license({ expiresOn: '2027-12-31' });
  const suspension = license({ status: 'suspended', issuedOn: '2026-05-01', expiresOn: '2028-05-01' });
  const on = (serviceDate: string) => ({ clientState: 'CA', serviceDate, modality: 'telehealth' }) as const;

  it('refuses on 2026-06-10 when the CA LMFT license 100 was suspended by a record of 2026-05-01', () => {
    const d = evaluateServiceJurisdiction(clinician({ licenses: [active, suspension] }), on('2026-06-10'));
    expect(d.outcome).toBe('refused');
    expect(codes(d)).toEqual([
      'credentialing.jurisdiction.no_authority',
      'credentialing.license.not_practicing',
    ]);
    expect(d.reasons[1]?.facts).toMatchObject({ status: 'suspended', issuedOn: '2026-05-01' });
  });

  it('allows the day before the suspension record, and refuses from its first day, whatever the order', () => {
    for (const licenses of [
      [active, suspension],
      [suspension, active],
    ]) {
      const outcome = (d: string) => evaluateServiceJurisdiction(clinician({ licenses }), on(d)).outcome;
      expect(['2026-04-30', '2026-05-01'].map(outcome)).toEqual(['allowed', 'refused']);
    }
  });

  it('allows again from a reinstatement record of 2026-09-01', () => {
    const reinstated = license({ issuedOn: '2026-09-01', expiresOn: '2028-05-01' });
    const d = evaluateServiceJurisdiction(
      clinician({ licenses: [active, suspension, reinstated] }),
      on('2026-09-01'),
    );
    expect(d.outcome).toBe('allowed');
    expect(d.reasons[0].facts).toMatchObject({ issuedOn: '2026-09-01', expiresOn: '2028-05-01' });
  });

  it('cannot decide when two records issued the same day disagree', () => {
    const sameDay = license({ status: 'revoked', expiresOn: '2027-12-31' });
    const d = evaluateServiceJurisdiction(clinician({ licenses: [active, sameDay] }), on('2026-06-10'));
    expect(d.outcome).toBe('undecided');
    expect(d.reasons.map((r) => [r.code, r.severity])).toEqual([
      ['credentialing.license.records_conflict', 'warning'],
    ]);
    expect(d.reasons[0].facts).toMatchObject({ licenseNumber: 'LMFT 100', statuses: ['active', 'revoked'] });
    expect(d.reasons[0].message).toContain('CA LMFT license LMFT 100');
  });

  it('lists each status of records that conflict once: two active records of different expiry and a revoked one', () => {
    const longer = license({ expiresOn: '2028-12-31' });
    const revoked = license({ status: 'revoked', expiresOn: '2027-12-31' });
    const d = evaluateServiceJurisdiction(
      clinician({ licenses: [revoked, longer, active] }),
      on('2026-06-10'),
    );
    expect(d.reasons[0]?.facts.statuses).toEqual(['active', 'revoked']);
    const sameStatus = evaluateServiceJurisdiction(
      clinician({ licenses: [longer, active] }),
      on('2026-06-10'),
    );
    expect(sameStatus.reasons[0]?.facts.statuses).toEqual(['active']);
  });

  it('names the first record to come when no record is issued by the date, whatever the order', () => {
    const later = license({ issuedOn: '2026-09-01', expiresOn: '2028-08-31' });
    const latest = license({ issuedOn: '2027-01-01', expiresOn: '2029-01-01' });
    for (const licenses of [
      [latest, later],
      [later, latest],
    ]) {
      const d = evaluateServiceJurisdiction(clinician({ licenses }), on('2026-06-10'));
      expect(d.reasons.find((r) => r.code === 'credentialing.license.not_yet_issued')?.facts).toEqual({
        clientState: 'CA',
        serviceDate: '2026-06-10',
        modality: 'telehealth',
        licenseType: 'LMFT',
        licenseNumber: 'LMFT 100',
        issuedOn: '2026-09-01',
        expiresOn: '2028-08-31',
      });
    }
  });

  it('reads a duplicate record (the same on every field) as one', () => {
    const d = evaluateServiceJurisdiction(clinician({ licenses: [active, { ...active }] }), on('2026-06-10'));
    expect(d.outcome).toBe('allowed');
  });

  it('keeps a different license number apart: a suspended CA LMFT 200 leaves LMFT 100 standing', () => {
    const other = license({ number: 'LMFT 200', status: 'suspended', issuedOn: '2026-05-01' });
    const d = evaluateServiceJurisdiction(clinician({ licenses: [active, other] }), on('2026-06-10'));
    expect(d.outcome).toBe('allowed');
    expect(d.authorizedBy?.reference).toBe('LMFT 100');
  });

  it('does not rest a supervision or a compact on a superseded record', () => {
    const associate = clinician({
      licenses: [
        license({ type: 'associate', number: 'AMFT 9', level: 'supervised', expiresOn: '2027-12-31' }),
      ],
      supervision: [{ supervisorId: 'clin-sup', state: 'CA', startsOn: '2025-01-06' }],
    });
    const sup = clinician({ clinicianId: 'clin-sup', licenses: [active, suspension] });
    const d = evaluateServiceJurisdiction(associate, on('2026-06-10'), { supervisors: [sup] });
    expect(d.outcome).toBe('refused');
    expect(codes(d)).toContain('credentialing.supervision.supervisor_not_licensed');
    const azSuspended = license({
      state: 'AZ',
      type: 'psychologist',
      number: 'PSY-4410',
      status: 'suspended',
      issuedOn: '2026-03-01',
      expiresOn: '2027-06-30',
    });
    const apitOnSuspended = evaluateServiceJurisdiction(
      clinician({ ...psychologist, licenses: [...(psychologist.licenses ?? []), azSuspended] }),
      { clientState: 'CO', serviceDate: '2026-04-14', modality: 'telehealth', clinicianLocationState: 'AZ' },
      { policy: PSYPACT },
    );
    expect(apitOnSuspended.outcome).toBe('refused');
    expect(codes(apitOnSuspended)).toContain('credentialing.compact.home_license_invalid');
  });

  it('never lets a license authorize a date on or after a later non-practicing record of it', () => {
    fc.assert(
      fc.property(
        fc.array(licenseArb, { minLength: 1, maxLength: 4 }),
        fc.nat(),
        fc.constantFrom('inactive', 'suspended', 'revoked', 'surrendered' as const),
        fc.integer({ min: 0, max: 400 }),
        (licenses, pick, status, after) => {
          const base = licenses[pick % licenses.length] as StateLicense;
          const same = licenses.filter(
            (l) => l.state === base.state && l.type === base.type && l.number === base.number,
          );
          const lastIssued = same
            .map((l) => l.issuedOn)
            .sort()
            .at(-1) as string;
          const issuedOn = fromEpochDay(toEpochDay(lastIssued) + 1);
          const stop = { ...base, status, issuedOn, expiresOn: fromEpochDay(toEpochDay(issuedOn) + 900) };
          const serviceDate = fromEpochDay(toEpochDay(issuedOn) + after);
          const d = evaluateServiceJurisdiction(
            clinician({ licenses: [...licenses, stop] }),
            { clientState: base.state, serviceDate, modality: 'in_person' },
            { supervisors: [] },
          );
          const byIt = d.reasons.filter(
            (r) =>
              r.code === 'credentialing.jurisdiction.licensed' &&
              r.facts.licenseType === base.type &&
              r.facts.licenseNumber === base.number,
          );
          expect(byIt).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('evaluateServiceJurisdiction: a Counseling Compact privilege before the compact operated', () => {
  const lpc = (issuedOn: string) =>
    clinician({
      licenses: [license({ state: 'AZ', type: 'LPC', number: 'LPC-7', expiresOn: '2027-12-31' })],
      compactAuthorizations: [
        {
          kind: 'counseling_privilege',
          homeState: 'AZ',
          remoteState: 'MN',
          status: 'active',
          issuedOn,
          expiresOn: '2026-09-30',
        },
      ],
    });
  const mn = (serviceDate: string) => ({ clientState: 'MN', serviceDate, modality: 'telehealth' }) as const;

  it('cannot decide on a privilege recorded as issued 2025-06-01, before the first were issued (2025-09-30)', () => {
    const d = evaluateServiceJurisdiction(lpc('2025-06-01'), mn('2025-07-10'));
    expect(d.outcome).toBe('undecided');
    expect(d.reasons.map((r) => [r.code, r.severity])).toEqual([
      ['credentialing.compact.issued_before_operating', 'warning'],
    ]);
    expect(d.reasons[0].facts).toMatchObject({ issuedOn: '2025-06-01', compactOperatingFrom: '2025-09-30' });
    expect(COUNSELING_COMPACT_FIRST_PRIVILEGE_ON).toBe('2025-09-30');
  });

  it('reads a privilege issued 2025-09-29 as a data problem, and one issued 2025-09-30 as a privilege', () => {
    expect(evaluateServiceJurisdiction(lpc('2025-09-29'), mn('2026-01-10')).outcome).toBe('undecided');
    expect(evaluateServiceJurisdiction(lpc('2025-09-30'), mn('2026-01-10')).outcome).toBe('allowed');
  });

  it('never allows on a privilege issued before 2025-09-30, whatever the date of service', () => {
    fc.assert(
      fc.property(dateArb, dateArb, (issuedOn, serviceDate) => {
        fc.pre(issuedOn < '2025-09-30');
        const d = evaluateServiceJurisdiction(lpc(issuedOn), mn(serviceDate));
        expect(d.outcome).not.toBe('allowed');
      }),
      { numRuns: 200 },
    );
  });
});

describe('evaluateServiceJurisdiction: a supervisor on a restricted (probation) license', () => {
  const associate = clinician({
    clinicianId: 'clin-ben',
    licenses: [
      license({ type: 'associate', number: 'AMFT 9001', level: 'supervised', expiresOn: '2027-01-31' }),
    ],
    supervision: [{ supervisorId: 'clin-ana', state: 'CA', startsOn: '2025-01-06', endsOn: '2026-12-31' }],
  });
  const query = { clientState: 'CA', serviceDate: '2026-05-31', modality: 'in_person' } as const;

  it('cannot decide on 2026-05-31 under a supervisor whose only CA license is restricted', () => {
    const onProbation = clinician({ licenses: [license({ status: 'restricted', expiresOn: '2028-01-01' })] });
    const d = evaluateServiceJurisdiction(associate, query, { supervisors: [onProbation] });
    expect(d.outcome).toBe('undecided');
    expect(d.authorizedBy).toBeNull();
    expect(d.reasons.map((r) => [r.code, r.severity])).toEqual([
      ['credentialing.supervision.supervisor_restricted', 'warning'],
      ['credentialing.supervision.supervised', 'info'],
    ]);
    expect(d.reasons[0]?.facts).toMatchObject({ supervisorId: 'clin-ana', supervisorLicenseType: 'LMFT' });
  });

  it('allows when the supervisor also holds an unrestricted independent CA license', () => {
    const both = clinician({
      licenses: [
        license({ status: 'restricted', expiresOn: '2028-01-01' }),
        license({ type: 'LPCC', number: 'LPCC 7', expiresOn: '2028-01-01' }),
      ],
    });
    expect(evaluateServiceJurisdiction(associate, query, { supervisors: [both] }).outcome).toBe('allowed');
  });

  it('is never allowed through a supervisor whose in-force CA licenses are all restricted', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 }), dateArb, (count, serviceDate) => {
        const licenses = Array.from({ length: count }, (_, i) =>
          license({ number: `R-${i}`, status: 'restricted', expiresOn: '2030-12-31' }),
        );
        const d = evaluateServiceJurisdiction(
          associate,
          { ...query, serviceDate },
          { supervisors: [clinician({ licenses })] },
        );
        expect(d.outcome).not.toBe('allowed');
      }),
      { numRuns: 100 },
    );
  });
});

describe('evaluateServiceJurisdiction: a prescribing license with prescribing not recorded', () => {
  const { prescribes: _recorded, ...unrecorded } = prescriber;

  it('warns that it must be asked before prescribing to a Nevada client when only a California DEA is held', () => {
    const d = evaluateServiceJurisdiction(unrecorded, { ...deaQuery, clientState: 'NV' });
    expect(d.outcome).toBe('allowed');
    expect(deaReason(d)).toMatchObject({
      code: 'credentialing.dea.prescribing_unknown',
      severity: 'warning',
      facts: { clientState: 'NV', registeredStates: ['CA'], registrationsInState: 0 },
    });
  });

  it('names the California registration for a California client, and says nothing for `prescribes: false`', () => {
    const ca = evaluateServiceJurisdiction(unrecorded, { ...deaQuery, clientState: 'CA' });
    expect(deaReason(ca)?.code).toBe('credentialing.dea.registered_in_state');
    const no = evaluateServiceJurisdiction(
      { ...unrecorded, prescribes: false },
      { ...deaQuery, clientState: 'NV' },
    );
    expect(deaReason(no)).toBeUndefined();
  });

  it('always answers as a known prescriber would, but for the code when no registration is in force', () => {
    fc.assert(
      fc.property(fc.constantFrom('CA', 'NV', 'OR'), dateArb, (clientState, serviceDate) => {
        const q = { ...deaQuery, clientState, serviceDate } as const;
        const known = evaluateServiceJurisdiction(prescriber, q);
        const d = evaluateServiceJurisdiction(unrecorded, q);
        expect(d.outcome).toBe(known.outcome);
        expect(deaReason(d)?.code).toBe(
          deaReason(known)?.code === 'credentialing.dea.not_registered_in_state'
            ? 'credentialing.dea.prescribing_unknown'
            : deaReason(known)?.code,
        );
      }),
    );
  });
});

describe('evaluateServiceJurisdiction: every argument checked at once', () => {
  it('lists bad credentials and a bad policy together, each under its parameter name', () => {
    let paths: string[] = [];
    try {
      evaluateServiceJurisdiction(
        { clinicianId: 'clin-ana', individualNpi: '1234567890' },
        { clientState: 'CA', serviceDate: '2026-06-30', modality: 'telehealth' },
        { policy: { psypactMemberStates: 'x' } } as never,
      );
    } catch (error) {
      paths = (error as ValidationError).issues.map((i) => i.at);
    }
    expect(paths.length).toBeGreaterThan(1);
    expect(paths[0]).toBe('$.credentials.individualNpi');
    expect(paths.every((p) => p.startsWith('$.credentials.') || p.startsWith('$.options.policy'))).toBe(true);
  });

  it('words the prescribing question for the state and the date', () => {
    const { prescribes: _recorded, ...unrecorded } = prescriber;
    const d = evaluateServiceJurisdiction(unrecorded, { ...deaQuery, clientState: 'NV' });
    expect(deaReason(d)?.message).toBe(
      'The clinician holds a prescribing license but whether they prescribe controlled substances is not recorded, and no DEA registration in NV is in force on the date: ask before any controlled substance is prescribed to a client located there.',
    );
  });
});

describe('evaluateServiceJurisdiction: an authorization dated before its compact issued any', () => {
  const socialWorker = (issuedOn: string) =>
    clinician({
      licenses: [license({ state: 'KS', type: 'LCSW', number: 'LCSW-1', expiresOn: '2029-12-31' })],
      compactAuthorizations: [
        {
          kind: 'social_work_multistate',
          homeState: 'KS',
          status: 'active',
          issuedOn,
          expiresOn: '2027-09-30',
        },
      ],
    });
  const members: JurisdictionPolicyInput = {
    socialWorkCompactMemberStates: [
      { state: 'KS', from: '2024-04-12' },
      { state: 'MO', from: '2024-04-12' },
    ],
  };
  const mo = (serviceDate: string) => ({ clientState: 'MO', serviceDate, modality: 'telehealth' }) as const;

  it('cannot decide on a Social Work multistate license while the day issuance began is not recorded', () => {
    // The compact had issued no multistate license by its last public statement: a license dated
    // 2025-01-15 cannot be relied on, nor any other until the practice records when issuance began.
    for (const issuedOn of ['2025-01-15', '2026-11-02']) {
      const d = evaluateServiceJurisdiction(socialWorker(issuedOn), mo('2026-12-14'), { policy: members });
      expect(d.outcome).toBe('undecided');
      expect(d.reasons.map((r) => [r.code, r.severity])).toEqual([
        ['credentialing.compact.issuance_start_unknown', 'warning'],
      ]);
      expect(d.reasons[0].facts).toMatchObject({ authorization: 'social_work_multistate:KS', issuedOn });
      expect(d.reasons[0].message).toBe(
        'The social_work_multistate:KS authorization is of a compact that had issued none by its last public statement: confirm it with the commission and record the day issuance began (socialWorkCompactFirstIssuedOn).',
      );
    }
  });

  it('reads one dated before the recorded first issue as a data problem, and one on that day as a license', () => {
    const policy = { ...members, socialWorkCompactFirstIssuedOn: '2026-03-02' };
    const early = evaluateServiceJurisdiction(socialWorker('2026-03-01'), mo('2026-12-14'), { policy });
    expect(early.outcome).toBe('undecided');
    expect(early.reasons.map((r) => r.code)).toEqual(['credentialing.compact.issued_before_operating']);
    expect(early.reasons[0].facts).toMatchObject({
      issuedOn: '2026-03-01',
      compactOperatingFrom: '2026-03-02',
    });
    expect(early.reasons[0].message).toBe(
      'The social_work_multistate:KS authorization is recorded as issued on 2026-03-01, before its compact issued any (2026-03-02): correct the record from the commission’s data.'.replace(
        '’',
        "'",
      ),
    );
    expect(
      evaluateServiceJurisdiction(socialWorker('2026-03-02'), mo('2026-12-14'), { policy }).outcome,
    ).toBe('allowed');
  });

  it('reads a PSYPACT authorization dated 2020-06-30 as a data problem: applications opened 2020-07-01', () => {
    const at = (issuedOn: string) =>
      evaluateServiceJurisdiction(
        clinician({
          licenses: [
            license({ state: 'AZ', type: 'psychologist', number: 'PSY-4410', expiresOn: '2027-06-30' }),
          ],
          compactAuthorizations: [apit({ issuedOn, expiresOn: '2026-09-30' })],
        }),
        {
          clientState: 'CO',
          serviceDate: '2026-04-14',
          modality: 'telehealth',
          clinicianLocationState: 'AZ',
        },
        { policy: PSYPACT },
      );
    const early = at('2020-06-30');
    expect(early.outcome).toBe('undecided');
    expect(early.reasons.map((r) => r.code)).toEqual(['credentialing.compact.issued_before_operating']);
    expect(early.reasons[0].facts).toMatchObject({ compactOperatingFrom: '2020-07-01' });
    expect(at('2020-07-01').outcome).toBe('allowed');
  });

  it('still refuses what could not cover the session anyway: a state that is not a member', () => {
    const d = evaluateServiceJurisdiction(
      socialWorker('2025-01-15'),
      { ...mo('2026-12-14'), clientState: 'NJ' },
      {
        policy: members,
      },
    );
    expect(d.outcome).toBe('refused');
    expect(d.reasons.map((r) => r.code)).toEqual([
      'credentialing.compact.state_not_member',
      'credentialing.jurisdiction.no_authority',
    ]);
  });

  it('never allows on an authorization dated before its compact’s first issue, whatever the dates (property)', () => {
    fc.assert(
      fc.property(
        dateArb,
        dateArb,
        fc.option(dateArb, { nil: undefined }),
        (issuedOn, serviceDate, first) => {
          // A license cannot be issued after it expires (2027-09-30).
          fc.pre(issuedOn < '2027-09-30');
          const policy = {
            ...members,
            ...(first === undefined ? {} : { socialWorkCompactFirstIssuedOn: first }),
          };
          const d = evaluateServiceJurisdiction(socialWorker(issuedOn), mo(serviceDate), { policy });
          if (first === undefined || issuedOn < first) expect(d.outcome).not.toBe('allowed');
          if (d.outcome === 'undecided')
            expect(d.reasons.map((r) => r.code)).toEqual([
              first === undefined
                ? 'credentialing.compact.issuance_start_unknown'
                : 'credentialing.compact.issued_before_operating',
            ]);
        },
      ),
    );
  });
});
