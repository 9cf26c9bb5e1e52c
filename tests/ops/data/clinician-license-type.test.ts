import { describe, expect, it } from 'vitest';
import { billingLicenseTypeOf } from '../../../src/ops/data/clinician-license-type.js';
import { generateDemoPractice, type PracticeData } from '../../../src/ops/index.js';

type LicenseType = PracticeData['credentials'][number]['licenses'][number]['type'];

/** The demo practice with clin-001 holding licenses of these types (none when empty). */
function holding(...types: LicenseType[]): PracticeData {
  const data = generateDemoPractice();
  const credentials = data.credentials.find((c) => c.clinicianId === 'clin-001');
  const license = credentials?.licenses[0];
  if (credentials === undefined || license === undefined) throw new Error('the demo practice changed');
  credentials.licenses = types.map((type, i) => ({ ...license, type, number: `L-${i}` }));
  return data;
}

describe('billingLicenseTypeOf', () => {
  it('gives the license type of a clinician whose licenses are all of one profession', () => {
    expect(billingLicenseTypeOf(holding('LMFT'), 'clin-001')).toBe('LMFT');
    expect(billingLicenseTypeOf(holding('LPC', 'LMHC'), 'clin-001')).toBe('LMHC');
    expect(billingLicenseTypeOf(holding('LCSW', 'LCSW'), 'clin-001')).toBe('LCSW');
  });

  it('sets a pre-licensed or other license aside when a profession’s license is held', () => {
    expect(billingLicenseTypeOf(holding('associate', 'LMFT'), 'clin-001')).toBe('LMFT');
    expect(billingLicenseTypeOf(holding('associate'), 'clin-001')).toBe('associate');
  });

  it('does not guess between two professions, nor without licenses or credentials', () => {
    expect(billingLicenseTypeOf(holding('LCSW', 'LMFT'), 'clin-001')).toBeUndefined();
    expect(billingLicenseTypeOf(holding(), 'clin-001')).toBeUndefined();
    expect(billingLicenseTypeOf(holding('LMFT'), 'clin-nobody')).toBeUndefined();
  });
});
