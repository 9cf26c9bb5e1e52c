import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  evaluateMinorConsent,
  MINOR_CONSENT_PROVIDER_LICENSES,
  MINOR_CONSENT_PURPOSES,
  type MinorConsentFactsInput,
  type MinorConsentProviderLicense,
} from '../../../src/intake/index.js';

// An outside tester's cases, written from the statutes' text before the code was read (intake37):
// Conn. Gen. Stat. 19a-14c(b) names "a psychiatrist licensed pursuant to chapter 370, a psychologist licensed
// pursuant to chapter 383, a clinical social worker licensed pursuant to chapter 383b or a marital and family
// therapist licensed pursuant to chapter 383a" [ct-gen-stat-19a-14c]; Tex. Fam. Code 32.004(b) "a licensed or
// certified physician, psychologist, counselor, or social worker" [tx-fam-32.004]. Sessions asked about on
// Monday 2026-12-07; born 2011-06-15, the client is 15 that day.
const AS_OF = '2026-12-07';
const FIFTEEN = '2011-06-15';
const evaluate = (facts: MinorConsentFactsInput) => evaluateMinorConsent(facts, { asOf: AS_OF });
const codes = (facts: MinorConsentFactsInput) => evaluate(facts).reasons.map((r) => r.code);

describe('evaluateMinorConsent: Connecticut 19a-14c(b) names the treating provider’s license', () => {
  const ct = { state: 'CT', birthDate: FIFTEEN, professionalFinding: true } as const;

  it('a 15-year-old seen by a licensed psychologist who documented the five conditions may consent alone', () => {
    expect(evaluate({ ...ct, providerLicense: 'psychologist' }).outcome).toBe('may_consent');
  });

  it('a psychiatrist (a physician licensed under chapter 370, certified in psychiatry) is named', () => {
    expect(evaluate({ ...ct, providerLicense: 'psychiatrist' }).outcome).toBe('may_consent');
  });

  it('a licensed clinical social worker (chapter 383b) is named', () => {
    expect(evaluate({ ...ct, providerLicense: 'clinical_social_worker' }).outcome).toBe('may_consent');
  });

  it('a licensed marital and family therapist (chapter 383a) is named', () => {
    expect(evaluate({ ...ct, providerLicense: 'marriage_and_family_therapist' }).outcome).toBe('may_consent');
  });

  it('a licensed professional counselor is not named: a parent or guardian consents', () => {
    expect(codes({ ...ct, providerLicense: 'counselor' })).toEqual([
      'intake.minor_consent.provider_license_not_covered',
    ]);
  });

  it('a provider holding another license or none (a master social worker, an associate) is refused', () => {
    const d = evaluate({ ...ct, providerLicense: 'other' });
    expect(d.outcome).toBe('refused');
    expect(d.reasons).toEqual([
      expect.objectContaining({
        code: 'intake.minor_consent.provider_license_not_covered',
        facts: expect.objectContaining({
          state: 'CT',
          providerLicense: 'other',
          source: 'ct-gen-stat-19a-14c',
        }),
      }),
    ]);
  });

  it('the license not recorded is undecided, never may_consent', () => {
    const d = evaluate(ct);
    expect(d.outcome).toBe('undecided');
    expect(d.reasons.map((r) => r.code)).toEqual(['intake.minor_consent.provider_license_unknown']);
  });

  it('a physician whose specialty is not recorded (a pediatrician is not named, a psychiatrist is) is undecided', () => {
    const d = evaluate({ ...ct, providerLicense: 'physician' });
    expect(d.outcome).toBe('undecided');
    expect(d.reasons.map((r) => r.code)).toEqual(['intake.minor_consent.provider_license_unspecific']);
  });

  it('a social worker not recorded as clinical (a master social worker is not named) is undecided', () => {
    expect(evaluate({ ...ct, providerLicense: 'social_worker' }).outcome).toBe('undecided');
  });

  it('medication (a legend drug, 19a-14c(a)) stays with a parent whoever treats', () => {
    expect(codes({ ...ct, providerLicense: 'psychiatrist', includesMedication: true })).toEqual([
      'intake.minor_consent.medication_excluded',
    ]);
  });

  it('a license not named and the five conditions found unmet: refused, naming both', () => {
    expect(codes({ ...ct, providerLicense: 'counselor', professionalFinding: false })).toEqual([
      'intake.minor_consent.provider_license_not_covered',
      'intake.minor_consent.professional_finding_needed',
    ]);
  });
});

describe('evaluateMinorConsent: Texas Family Code 32.004(b) names the counselor’s license', () => {
  const tx = { state: 'TX', birthDate: FIFTEEN, counselingPurpose: 'suicide_prevention' } as const;

  it('a 15-year-old counselled for suicide prevention by a licensed professional counselor may consent alone', () => {
    expect(evaluate({ ...tx, providerLicense: 'counselor' }).outcome).toBe('may_consent');
  });

  it('counselling for abuse by a licensed social worker, clinical or not, is named', () => {
    for (const license of ['social_worker', 'clinical_social_worker'] as const) {
      expect(evaluate({ ...tx, counselingPurpose: 'abuse', providerLicense: license }).outcome).toBe(
        'may_consent',
      );
    }
  });

  it('a physician (a psychiatrist is one) or a psychologist is named', () => {
    for (const license of ['physician', 'psychiatrist', 'psychologist'] as const) {
      expect(
        evaluate({ ...tx, counselingPurpose: 'chemical_addiction_or_dependency', providerLicense: license })
          .outcome,
      ).toBe('may_consent');
    }
  });

  it('a marriage and family therapist is not named: a parent or guardian consents', () => {
    expect(codes({ ...tx, providerLicense: 'marriage_and_family_therapist' })).toEqual([
      'intake.minor_consent.provider_license_not_covered',
    ]);
  });

  it('another license or none is refused; the license not recorded is undecided', () => {
    expect(evaluate({ ...tx, providerLicense: 'other' }).outcome).toBe('refused');
    expect(codes(tx)).toEqual(['intake.minor_consent.provider_license_unknown']);
  });

  it('counselling for another purpose is refused whoever gives it', () => {
    expect(codes({ ...tx, counselingPurpose: 'other', providerLicense: 'psychologist' })).toEqual([
      'intake.minor_consent.purpose_not_covered',
    ]);
  });

  it('the purpose not recorded and a license the statute does not name: refused for the license, not undecided', () => {
    const { counselingPurpose: _p, ...noPurpose } = tx;
    expect(codes({ ...noPurpose, providerLicense: 'other' })).toEqual([
      'intake.minor_consent.provider_license_not_covered',
    ]);
  });
});

describe('evaluateMinorConsent: the physician-only states read a psychiatrist as a physician', () => {
  it('North Carolina 90-21.5(a) and Kentucky 214.185(2): a psychiatrist is a licensed physician', () => {
    expect(evaluate({ state: 'NC', birthDate: FIFTEEN, providerLicense: 'psychiatrist' }).outcome).toBe(
      'may_consent',
    );
    expect(evaluate({ state: 'KY', birthDate: '2010-06-15', providerLicense: 'psychiatrist' }).outcome).toBe(
      'may_consent',
    );
  });
});

describe('evaluateMinorConsent properties (licenses, CT and TX)', () => {
  // What each statute names, written out here from its text; a broader value (physician, social worker) may or
  // may not be the one named.
  const named: Record<'CT' | 'TX', readonly MinorConsentProviderLicense[]> = {
    CT: ['psychiatrist', 'psychologist', 'clinical_social_worker', 'marriage_and_family_therapist'],
    TX: ['physician', 'psychiatrist', 'psychologist', 'counselor', 'social_worker', 'clinical_social_worker'],
  };
  const broader: Partial<Record<MinorConsentProviderLicense, MinorConsentProviderLicense>> = {
    physician: 'psychiatrist',
    social_worker: 'clinical_social_worker',
  };

  it('a license never decides may_consent unless the statute names it, and a narrower license never decides less than its broader one', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('CT' as const, 'TX' as const),
        fc.constantFrom(...MINOR_CONSENT_PROVIDER_LICENSES),
        fc.integer({ min: 12, max: 17 }),
        fc.constantFrom(...MINOR_CONSENT_PURPOSES),
        fc.boolean(),
        (state, license, age, purpose, medication) => {
          const base = {
            state,
            birthDate: `${2026 - age}-12-07`,
            professionalFinding: true,
            counselingPurpose: purpose,
            includesMedication: medication,
          } as const;
          const d = evaluate({ ...base, providerLicense: license });
          if (d.outcome === 'may_consent') expect(named[state]).toContain(license);
          const narrower = broader[license];
          const rank = { refused: 0, undecided: 1, may_consent: 2 } as const;
          if (narrower !== undefined) {
            expect(rank[evaluate({ ...base, providerLicense: narrower }).outcome]).toBeGreaterThanOrEqual(
              rank[d.outcome],
            );
          }
          if (!named[state].includes(license) && broader[license] === undefined)
            expect(d.outcome).toBe('refused');
        },
      ),
    );
  });
});
