import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CompactAuthorization,
  evaluateServiceJurisdiction,
  type JurisdictionPolicyInput,
  type StateLicense,
} from '../../../src/credentialing/index.js';
import { clinician, dateArb, license } from '../credentials/credential-fixtures.js';

// An outside tester's cases from the public rules, written before reading the code. Every compact builds its
// out-of-state authority on the home-state license: PSYPACT's APIT and TAP need a psychologist licensed in the
// home Compact State (PSYPACT arts. IV-VI), a Counseling Compact privilege needs an active, unencumbered home
// license and ends with it (Counseling Compact s. 4, 5), a Social Work multistate license is issued on a home
// license (Social Work Licensure Compact s. 3, 4), and a state's telehealth registration is for clinicians
// licensed elsewhere (Fla. Stat. 456.47). Whether a home license whose renewal was filed on time stays in force
// while the board decides is the home state's law (5 U.S.C. 558(c) says yes for federal licenses): so the
// authority resting on it is undecided, carrying the home license's own renewal_pending standing, never
// "licensed" and never a flat refusal.
const PSYPACT: JurisdictionPolicyInput = {
  psypactMemberStates: [
    { state: 'AZ', from: '2020-07-01' },
    { state: 'CO', from: '2020-07-01' },
    { state: 'NV', from: '2020-07-01' },
  ],
};
const SOCIAL_WORK: JurisdictionPolicyInput = {
  socialWorkCompactMemberStates: [
    { state: 'KS', from: '2024-04-12' },
    { state: 'MO', from: '2026-01-01' },
  ],
  socialWorkCompactFirstIssuedOn: '2025-10-01',
};

const codes = (d: { reasons: readonly { code: string }[] }) => d.reasons.map((r) => r.code);

/** Arizona psychologist license that expired 2026-06-30, with a renewal filed `filedOn` (none if undefined). */
const azPsychologist = (over: Partial<StateLicense> = {}) =>
  license({
    state: 'AZ',
    type: 'psychologist',
    number: 'PSY-4410',
    issuedOn: '2024-07-01',
    expiresOn: '2026-06-30',
    renewalFiledOn: '2026-06-01',
    ...over,
  });
const apit = (over: Partial<CompactAuthorization> = {}): CompactAuthorization =>
  ({
    kind: 'psypact_apit',
    homeState: 'AZ',
    status: 'active',
    issuedOn: '2025-10-01',
    expiresOn: '2027-09-30',
    ...over,
  }) as CompactAuthorization;
const tap: CompactAuthorization = {
  kind: 'psypact_tap',
  homeState: 'AZ',
  status: 'active',
  issuedOn: '2025-10-01',
  expiresOn: '2027-09-30',
};
const fromAz = {
  clientState: 'CO',
  serviceDate: '2026-07-15',
  modality: 'telehealth',
  clinicianLocationState: 'AZ',
} as const;
const ruth = (licenses: StateLicense[], authorizations: CompactAuthorization[] = [apit()]) =>
  clinician({ clinicianId: 'clin-ruth', licenses, compactAuthorizations: authorizations });

describe('a compact authority resting on a home license whose timely renewal is pending', () => {
  it('holds (undecided) PSYPACT telepsychology into CO on 2026-07-15, the AZ renewal filed 2026-06-01', () => {
    const d = evaluateServiceJurisdiction(ruth([azPsychologist()]), fromAz, { policy: PSYPACT });
    expect(d.outcome).toBe('undecided');
    expect(d.authorizedBy).toBeNull();
    expect(codes(d)).toContain('credentialing.license.renewal_pending');
    expect(codes(d)).not.toContain('credentialing.jurisdiction.compact_authorized');
    expect(codes(d)).not.toContain('credentialing.compact.home_license_invalid');
    const pending = d.reasons.find((r) => r.code === 'credentialing.license.renewal_pending');
    expect(pending?.facts).toMatchObject({
      authorization: 'psypact_apit:AZ',
      homeState: 'AZ',
      licenseNumber: 'PSY-4410',
      licenseExpiresOn: '2026-06-30',
      expiresOn: '2027-09-30',
      renewalFiledOn: '2026-06-01',
    });
  });

  it('holds a PSYPACT TAP in-person day in NV on 2026-08-03 the same way', () => {
    const d = evaluateServiceJurisdiction(
      ruth([azPsychologist()], [tap]),
      { clientState: 'NV', serviceDate: '2026-08-03', modality: 'in_person', inPersonDatesInState: [] },
      { policy: PSYPACT },
    );
    expect(d.outcome).toBe('undecided');
    expect(codes(d)).toContain('credentialing.license.renewal_pending');
  });

  it('holds a Counseling Compact privilege AZ>MN when the AZ LPC renewal was filed on the expiry day', () => {
    const d = evaluateServiceJurisdiction(
      clinician({
        licenses: [
          license({
            state: 'AZ',
            type: 'LPC',
            number: 'LPC-77',
            expiresOn: '2026-06-30',
            renewalFiledOn: '2026-06-30',
          }),
        ],
        compactAuthorizations: [
          {
            kind: 'counseling_privilege',
            homeState: 'AZ',
            remoteState: 'MN',
            status: 'active',
            issuedOn: '2025-09-30',
            expiresOn: '2027-09-29',
          },
        ],
      }),
      { clientState: 'MN', serviceDate: '2026-07-01', modality: 'in_person' },
    );
    expect(d.outcome).toBe('undecided');
    expect(codes(d)).toContain('credentialing.license.renewal_pending');
  });

  it('holds a Social Work multistate license from KS into MO while the KS LCSW renewal is pending', () => {
    const d = evaluateServiceJurisdiction(
      clinician({
        licenses: [
          license({
            state: 'KS',
            type: 'LCSW',
            number: 'LCSW-1',
            expiresOn: '2026-12-31',
            renewalFiledOn: '2026-11-20',
          }),
        ],
        compactAuthorizations: [
          {
            kind: 'social_work_multistate',
            homeState: 'KS',
            status: 'active',
            issuedOn: '2026-01-01',
            expiresOn: '2027-12-31',
          },
        ],
      }),
      { clientState: 'MO', serviceDate: '2027-01-04', modality: 'telehealth' },
      { policy: SOCIAL_WORK },
    );
    expect(d.outcome).toBe('undecided');
    expect(codes(d)).toContain('credentialing.license.renewal_pending');
  });

  it('holds a Florida telehealth registration whose only license elsewhere (CA) is pending renewal', () => {
    const d = evaluateServiceJurisdiction(
      clinician({
        licenses: [license({ renewalFiledOn: '2026-06-15' })],
        compactAuthorizations: [
          {
            kind: 'telehealth_registration',
            state: 'FL',
            status: 'active',
            issuedOn: '2025-01-01',
            expiresOn: '2027-12-31',
          },
        ],
      }),
      { clientState: 'FL', serviceDate: '2026-07-06', modality: 'telehealth' },
    );
    expect(d.outcome).toBe('undecided');
    expect(codes(d)).toContain('credentialing.license.renewal_pending');
  });

  it('says why in plain words, naming the authorization and the home license', () => {
    const d = evaluateServiceJurisdiction(ruth([azPsychologist()]), fromAz, { policy: PSYPACT });
    expect(d.reasons.find((r) => r.code === 'credentialing.license.renewal_pending')?.message).toBe(
      "The psypact_apit:AZ authorization rests on the AZ psychologist license, which expired on 2026-06-30; a renewal filed on 2026-06-01 is not yet granted. Whether AZ keeps the license in force while a timely renewal is pending is the state's rule, and the authorization holds only while the license does: confirm with the board, or wait for the renewal.",
    );
    expect(d.reasons.map((r) => r.severity)).not.toContain('error');
  });

  it('refuses when the only AZ record governing the date was issued after it, or two same-day records conflict', () => {
    const future = azPsychologist({ issuedOn: '2026-07-20', expiresOn: '2028-06-30' });
    expect(evaluateServiceJurisdiction(ruth([future]), fromAz, { policy: PSYPACT }).outcome).toBe('refused');
    const conflicting = [azPsychologist(), azPsychologist({ status: 'suspended' })];
    const d = evaluateServiceJurisdiction(ruth(conflicting), fromAz, { policy: PSYPACT });
    expect(d.outcome).toBe('refused');
    expect(codes(d)).toContain('credentialing.compact.home_license_invalid');
  });

  it('refuses when a suspension recorded after the expiry supersedes the pending renewal', () => {
    const suspended = azPsychologist({
      status: 'suspended',
      issuedOn: '2026-07-05',
      expiresOn: '2028-06-30',
    });
    const d = evaluateServiceJurisdiction(ruth([azPsychologist(), suspended]), fromAz, { policy: PSYPACT });
    expect(d.outcome).toBe('refused');
  });

  it('holds with both reasons when the psychologist’s location is also unknown', () => {
    const { clinicianLocationState: _, ...noLocation } = fromAz;
    const d = evaluateServiceJurisdiction(ruth([azPsychologist()]), noLocation, { policy: PSYPACT });
    expect(d.outcome).toBe('undecided');
    expect(codes(d)).toEqual(
      expect.arrayContaining([
        'credentialing.compact.clinician_location_unknown',
        'credentialing.license.renewal_pending',
      ]),
    );
  });

  it('refuses when the home renewal was filed late (2026-07-02, after the 2026-06-30 expiry)', () => {
    const d = evaluateServiceJurisdiction(ruth([azPsychologist({ renewalFiledOn: '2026-07-02' })]), fromAz, {
      policy: PSYPACT,
    });
    expect(d.outcome).toBe('refused');
    expect(codes(d)).toContain('credentialing.compact.home_license_invalid');
  });

  it('refuses when no renewal was filed at all', () => {
    const d = evaluateServiceJurisdiction(ruth([azPsychologist({ renewalFiledOn: undefined })]), fromAz, {
      policy: PSYPACT,
    });
    expect(d.outcome).toBe('refused');
  });

  it('refuses when the home license pending renewal is suspended, restricted or supervised', () => {
    for (const over of [
      { status: 'suspended' as const },
      { status: 'restricted' as const },
      { level: 'supervised' as const },
    ]) {
      const d = evaluateServiceJurisdiction(ruth([azPsychologist(over)]), fromAz, { policy: PSYPACT });
      expect(d.outcome).toBe('refused');
      expect(codes(d)).toContain('credentialing.compact.home_license_invalid');
    }
  });

  it('refuses when the APIT itself has expired (2026-06-30), whatever the home renewal', () => {
    const d = evaluateServiceJurisdiction(
      ruth([azPsychologist()], [apit({ expiresOn: '2026-06-30' })]),
      fromAz,
      {
        policy: PSYPACT,
      },
    );
    expect(d.outcome).toBe('refused');
    expect(codes(d)).toContain('credentialing.compact.not_in_force');
  });

  it('refuses telepsychology delivered from NV, outside the home state, whatever the home renewal', () => {
    const d = evaluateServiceJurisdiction(
      ruth([azPsychologist()]),
      { ...fromAz, clinicianLocationState: 'NV' },
      { policy: PSYPACT },
    );
    expect(d.outcome).toBe('refused');
    expect(codes(d)).toContain('credentialing.compact.outside_home_state');
  });

  it('refuses a TAP day past the 30-day limit, whatever the home renewal', () => {
    const used = Array.from(
      { length: 30 },
      (_, i) => `2026-0${1 + Math.floor(i / 28)}-${String((i % 28) + 1).padStart(2, '0')}`,
    );
    const d = evaluateServiceJurisdiction(
      ruth([azPsychologist()], [tap]),
      { clientState: 'NV', serviceDate: '2026-08-03', modality: 'in_person', inPersonDatesInState: used },
      { policy: PSYPACT },
    );
    expect(d.outcome).toBe('refused');
    expect(codes(d)).toContain('credentialing.compact.tap_days_exhausted');
  });

  it('allows the session before the home license expires (2026-06-15) and once the renewal is granted', () => {
    expect(
      evaluateServiceJurisdiction(
        ruth([azPsychologist()]),
        { ...fromAz, serviceDate: '2026-06-15' },
        { policy: PSYPACT },
      ).outcome,
    ).toBe('allowed');
    const granted = azPsychologist({
      renewalFiledOn: undefined,
      issuedOn: '2026-07-10',
      expiresOn: '2028-06-30',
    });
    expect(
      evaluateServiceJurisdiction(ruth([azPsychologist(), granted]), fromAz, { policy: PSYPACT }).outcome,
    ).toBe('allowed');
  });

  it('allows it when another AZ psychology license of the clinician is in force', () => {
    const other = azPsychologist({ number: 'PSY-9', renewalFiledOn: undefined, expiresOn: '2027-06-30' });
    const d = evaluateServiceJurisdiction(ruth([azPsychologist(), other]), fromAz, { policy: PSYPACT });
    expect(d.outcome).toBe('allowed');
  });

  it('never allows a compact session after the home expiry on a pending renewal alone (property)', () => {
    fc.assert(
      fc.property(dateArb, dateArb, (filedOn, serviceDate) => {
        const home = azPsychologist({ renewalFiledOn: filedOn });
        const d = evaluateServiceJurisdiction(ruth([home]), { ...fromAz, serviceDate }, { policy: PSYPACT });
        if (serviceDate <= '2026-06-30')
          return d.outcome === (serviceDate >= '2025-10-01' ? 'allowed' : 'refused');
        return (
          d.outcome === (filedOn <= '2026-06-30' && serviceDate <= '2027-09-30' ? 'undecided' : 'refused')
        );
      }),
    );
  });
});
