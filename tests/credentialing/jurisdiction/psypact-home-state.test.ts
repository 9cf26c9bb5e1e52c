import { describe, expect, it } from 'vitest';
import { evaluateServiceJurisdiction, type StateLicense } from '../../../src/credentialing/index.js';
import { apit, clinician, license } from '../credentials/credential-fixtures.js';

// PSYPACT art. II: the Home State of a psychologist licensed in more than one Compact State who practises under
// the APIT is the Compact State where she is physically present while delivering telepsychology [psypact].
type Session = Parameters<typeof evaluateServiceJurisdiction>[1];
type Policy = NonNullable<NonNullable<Parameters<typeof evaluateServiceJurisdiction>[2]>['policy']>;
const PSYPACT = {
  psypactMemberStates: [
    { state: 'AZ', from: '2020-07-01' },
    { state: 'CO', from: '2020-07-01' },
    { state: 'NV', from: '2020-07-01' },
  ],
} satisfies Policy;
const codes = (d: { reasons: readonly { code: string }[] }) => d.reasons.map((r) => r.code);

describe('a psychologist licensed in more than one Compact State (PSYPACT art. II "Home State")', () => {
  // The Home State of a psychologist licensed in more than one Compact State who practises under the APIT is the
  // Compact State where she is physically present while delivering telepsychology [psypact].
  const policy: Policy = {
    psypactMemberStates: [...PSYPACT.psypactMemberStates, { state: 'UT', from: '2020-07-01' }],
  };
  const az = license({ state: 'AZ', type: 'psychologist', number: 'PSY-4410', expiresOn: '2027-06-30' });
  const also = (l: Partial<StateLicense>) =>
    clinician({
      clinicianId: 'clin-ruth',
      licenses: [
        az,
        license({
          type: 'psychologist',
          number: 'PSY-0099',
          issuedOn: '2025-01-01',
          expiresOn: '2027-08-31',
          ...l,
        }),
      ],
      compactAuthorizations: [apit()],
    });
  const toUtah = (
    serviceDate: string,
    clinicianLocationState: Session['clinicianLocationState'],
  ): Session => ({
    clientState: 'UT',
    serviceDate,
    modality: 'telehealth',
    clinicianLocationState,
  });

  it('allows an Arizona APIT used from Colorado, where she also holds a license, for a client in Utah on 2026-04-14', () => {
    const d = evaluateServiceJurisdiction(also({ state: 'CO' }), toUtah('2026-04-14', 'CO'), { policy });
    expect(d.outcome).toBe('allowed');
    expect(d.authorizedBy).toEqual({ kind: 'psypact_apit', state: 'UT', reference: 'psypact_apit:AZ' });
  });

  it('refuses it from Colorado once her Colorado license is suspended: that is then the home license', () => {
    const d = evaluateServiceJurisdiction(
      also({ state: 'CO', status: 'suspended' }),
      toUtah('2026-04-14', 'CO'),
      {
        policy,
      },
    );
    expect(d.outcome).toBe('refused');
    expect(codes(d)).toContain('credentialing.compact.home_license_invalid');
  });

  it('refuses it from California, where she is licensed but which is not a Compact State: Arizona stays the home state', () => {
    const d = evaluateServiceJurisdiction(also({ state: 'CA' }), toUtah('2026-04-14', 'CA'), { policy });
    expect(codes(d)).toEqual([
      'credentialing.compact.outside_home_state',
      'credentialing.jurisdiction.no_authority',
    ]);
  });

  it('refuses it from Colorado where her license there is not a psychologist’s', () => {
    const d = evaluateServiceJurisdiction(
      also({ state: 'CO', type: 'LPC', number: 'LPC-1' }),
      toUtah('2026-04-14', 'CO'),
      { policy },
    );
    expect(codes(d)).toEqual([
      'credentialing.compact.outside_home_state',
      'credentialing.jurisdiction.no_authority',
    ]);
  });

  it('refuses it from Nevada, a Compact State where she holds no license', () => {
    const d = evaluateServiceJurisdiction(also({ state: 'CA' }), toUtah('2026-04-14', 'NV'), { policy });
    expect(codes(d)).toEqual([
      'credentialing.compact.outside_home_state',
      'credentialing.jurisdiction.no_authority',
    ]);
  });

  it('allows a client in Arizona, her declared home state, on the Arizona license when she sits in Colorado', () => {
    const d = evaluateServiceJurisdiction(
      also({ state: 'CO' }),
      { ...toUtah('2026-04-14', 'CO'), clientState: 'AZ' },
      { policy },
    );
    expect(d.authorizedBy).toEqual({ kind: 'license', state: 'AZ', reference: 'PSY-4410' });
  });
});
