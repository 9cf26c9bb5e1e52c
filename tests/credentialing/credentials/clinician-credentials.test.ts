import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeValidate, ValidationError, validate } from '../../../src/core/index.js';
import { getPrescribingStatus } from '../../../src/credentialing/credentials/clinician-credentials.js';
import { ClinicianCredentials } from '../../../src/credentialing/index.js';
import { LicenseType } from '../../../src/credentialing/internal.js';
import { clinician, license } from './credential-fixtures.js';

function issuesOf(input: unknown) {
  const r = safeValidate(ClinicianCredentials, input, 'clinician credentials');
  if (r.success) throw new Error('expected invalid input');
  return r.error;
}

describe('ClinicianCredentials', () => {
  it('accepts a minimal clinician and fills the lists', () => {
    const c = validate(
      ClinicianCredentials,
      { clinicianId: 'clin-ana', individualNpi: '1234567893' },
      'clinician',
    );
    expect(c).toMatchObject({ licenses: [], compactAuthorizations: [], groupNpis: [] });
    expect(c.prescribes).toBeUndefined();
  });

  it('reads prescribing as recorded, as no for other professions, and as unknown for a psychiatrist who left it out', () => {
    const psychiatrist = [{ type: 'psychiatrist' }];
    expect(getPrescribingStatus({ licenses: psychiatrist })).toBe('unknown');
    expect(getPrescribingStatus({ licenses: [{ type: 'psychiatric_np' }, { type: 'LCSW' }] })).toBe(
      'unknown',
    );
    expect(getPrescribingStatus({ prescribes: false, licenses: psychiatrist })).toBe('no');
    expect(getPrescribingStatus({ prescribes: true, licenses: [{ type: 'psychologist' }] })).toBe('yes');
    expect(getPrescribingStatus({ licenses: [{ type: 'LMFT' }, { type: 'psychologist' }] })).toBe('no');
  });

  it('always answers what is recorded, and unknown only for a prescribing license left unrecorded', () => {
    fc.assert(
      fc.property(
        fc.option(fc.boolean(), { nil: undefined }),
        fc.array(fc.constantFrom(...LicenseType.options).map((type) => ({ type }))),
        (prescribes, licenses) => {
          const status = getPrescribingStatus({ prescribes, licenses });
          if (prescribes !== undefined) expect(status).toBe(prescribes ? 'yes' : 'no');
          else
            expect(status).toBe(
              licenses.some((l) => l.type === 'psychiatrist' || l.type === 'psychiatric_np')
                ? 'unknown'
                : 'no',
            );
        },
      ),
    );
  });

  it('names every problem by path: wrong NPI check digit, unknown state, expiry before issue', () => {
    const error = issuesOf(
      clinician({
        individualNpi: '1234567890',
        groupNpis: ['1234567893', '12345'],
        licenses: [
          license({ state: 'XX' as 'CA' }),
          license({ issuedOn: '2026-07-01', expiresOn: '2026-06-30' }),
        ],
        compactAuthorizations: [
          {
            kind: 'psypact_apit',
            homeState: 'AZ',
            status: 'active',
            issuedOn: '2026-01-01',
            expiresOn: '2025-12-31',
          },
        ],
        malpractice: [
          {
            carrier: 'CPH',
            policyNumber: 'P',
            effectiveOn: '2026-01-01',
            expiresOn: '2026-01-01',
            perClaimLimitCents: 300,
            aggregateLimitCents: 100,
          },
        ],
        deaRegistrations: [{ number: 'A1', state: 'CA', issuedOn: '2026-01-01', expiresOn: '2025-01-01' }],
        boardCertifications: [
          { board: 'ABPN', specialty: 'Psychiatry', issuedOn: '2026-01-01', expiresOn: '2025-01-01' },
        ],
        supervision: [{ supervisorId: 'sup', state: 'CA', startsOn: '2026-01-01', endsOn: '2025-01-01' }],
      }),
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.issues.map((i) => [i.at, i.code])).toEqual([
      ['$.individualNpi', 'core.npi.check_digit'],
      ['$.groupNpis[1]', 'invalid_format'],
      ['$.groupNpis[1]', 'core.npi.check_digit'],
      ['$.licenses[0].state', 'invalid_value'],
      ['$.licenses[1].expiresOn', 'credentialing.license.expiry_before_issue'],
      ['$.compactAuthorizations[0].expiresOn', 'credentialing.compact.expiry_before_issue'],
      ['$.malpractice[0].expiresOn', 'credentialing.malpractice.expiry_before_effective'],
      ['$.malpractice[0].aggregateLimitCents', 'credentialing.malpractice.aggregate_below_per_claim'],
      ['$.boardCertifications[0].expiresOn', 'credentialing.board.expiry_before_issue'],
      ['$.deaRegistrations[0].number', 'invalid_format'],
      ['$.deaRegistrations[0].expiresOn', 'credentialing.dea.expiry_before_issue'],
      ['$.supervision[0].endsOn', 'credentialing.supervision.end_before_start'],
    ]);
  });

  it('never echoes the rejected values in its messages', () => {
    const error = issuesOf(
      clinician({
        individualNpi: '1987654320',
        licenses: [license({ state: 'QQ' as 'CA', number: '', issuedOn: '2031-13-01' })],
      }),
    );
    expect(error.message).not.toMatch(/1987654320|QQ|2031-13-01/);
    for (const issue of error.issues) expect(issue.message).not.toMatch(/1987654320|QQ|2031/);
  });
});
