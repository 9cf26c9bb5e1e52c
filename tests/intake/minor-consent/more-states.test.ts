import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UsState } from '../../../src/core/index.js';
import {
  evaluateMinorConsent,
  MINOR_CONSENT_PURPOSES,
  MINOR_MENTAL_HEALTH_CONSENT_RULES,
  type MinorConsentFactsInput,
} from '../../../src/intake/index.js';

// Sessions asked about on Monday 2026-12-07 (a practice in its own zone: the day is a calendar date there).
// `${2026 - n}-12-07` is n years old that day; `${2026 - n}-12-08` is one day short of n.
const AS_OF = '2026-12-07';
const turnsToday = (n: number) => `${2026 - n}-12-07`;
const dayShortOf = (n: number) => `${2026 - n}-12-08`;
const evaluate = (facts: MinorConsentFactsInput) => evaluateMinorConsent(facts, { asOf: AS_OF });
const codes = (facts: MinorConsentFactsInput) => evaluate(facts).reasons.map((r) => r.code);

describe('evaluateMinorConsent: Texas, Family Code 32.004 (counseling for named purposes only)', () => {
  it('a 15-year-old with no recorded purpose is undecided: a purpose-limited consent is never read as general consent', () => {
    const d = evaluate({ state: 'TX', birthDate: turnsToday(15), providerLicense: 'counselor' });
    expect(d.outcome).toBe('undecided');
    expect(d.reasons).toEqual([
      expect.objectContaining({
        code: 'intake.minor_consent.purpose_unknown',
        facts: expect.objectContaining({
          state: 'TX',
          source: 'tx-fam-32.004',
          purposes: ['suicide_prevention', 'chemical_addiction_or_dependency', 'abuse'],
          counselingPurpose: null,
        }),
      }),
    ]);
  });

  it('counseling for suicide prevention, addiction or abuse: the minor consents alone; the parents may be told either way', () => {
    for (const counselingPurpose of [
      'suicide_prevention',
      'chemical_addiction_or_dependency',
      'abuse',
    ] as const) {
      const d = evaluate({
        state: 'TX',
        birthDate: turnsToday(12),
        counselingPurpose,
        providerLicense: 'counselor',
      });
      expect(d.outcome).toBe('may_consent');
      expect(d.parentNotice).toBe('may_with_or_without_minor_consent');
    }
  });

  it('counseling for anything else (or an emotional crisis, Florida’s purpose) is refused: a parent consents', () => {
    expect(codes({ state: 'TX', birthDate: turnsToday(16), counselingPurpose: 'other' })).toEqual([
      'intake.minor_consent.purpose_not_covered',
    ]);
    expect(
      evaluate({ state: 'TX', birthDate: turnsToday(16), counselingPurpose: 'emotional_crisis' }).outcome,
    ).toBe('refused');
  });

  it('any age in the statute, but the library’s floor of 12: born 2014-12-08 is refused, born 2014-12-07 may consent', () => {
    const abuse = { state: 'TX', counselingPurpose: 'abuse', providerLicense: 'social_worker' } as const;
    expect(codes({ ...abuse, birthDate: dayShortOf(12) })).toEqual([
      'intake.minor_consent.below_library_floor',
    ]);
    expect(evaluate({ ...abuse, birthDate: turnsToday(12) }).outcome).toBe('may_consent');
  });
});

describe('evaluateMinorConsent: Florida, Stat. 394.4784 (13+, emotional crisis, two visits a week)', () => {
  const crisis = { state: 'FL', counselingPurpose: 'emotional_crisis' } as const;
  it('born 2013-12-08 (one day short of 13) is refused; born 2013-12-07 may have a first crisis visit', () => {
    expect(codes({ ...crisis, birthDate: dayShortOf(13), sessionsWithoutGuardianConsent: 0 })).toEqual([
      'intake.minor_consent.below_state_age',
    ]);
    const d = evaluate({ ...crisis, birthDate: turnsToday(13), sessionsWithoutGuardianConsent: 0 });
    expect(d.outcome).toBe('may_consent');
    expect(d.sessionsLeft).toBe(2);
  });

  it('a third visit, or a second one a week after the first (2026-11-30), needs a parent', () => {
    expect(
      codes({
        ...crisis,
        birthDate: turnsToday(15),
        sessionsWithoutGuardianConsent: 2,
        firstSessionWithoutGuardianConsentOn: '2026-12-03',
      }),
    ).toEqual(['intake.minor_consent.session_limit_reached']);
    expect(
      codes({
        ...crisis,
        birthDate: turnsToday(15),
        sessionsWithoutGuardianConsent: 1,
        firstSessionWithoutGuardianConsentOn: '2026-11-30',
      }),
    ).toEqual(['intake.minor_consent.time_limit_reached']);
    expect(
      evaluate({
        ...crisis,
        birthDate: turnsToday(15),
        sessionsWithoutGuardianConsent: 1,
        firstSessionWithoutGuardianConsentOn: '2026-12-01',
      }).outcome,
    ).toBe('may_consent');
  });

  it('no medication, and nothing but a crisis: both are refused; no purpose recorded is undecided', () => {
    expect(
      codes({
        ...crisis,
        birthDate: turnsToday(15),
        sessionsWithoutGuardianConsent: 0,
        includesMedication: true,
      }),
    ).toEqual(['intake.minor_consent.medication_excluded']);
    expect(codes({ state: 'FL', birthDate: turnsToday(15), counselingPurpose: 'other' })).toEqual([
      'intake.minor_consent.purpose_not_covered',
    ]);
    expect(evaluate({ state: 'FL', birthDate: turnsToday(15) }).outcome).toBe('undecided');
  });
});

describe('evaluateMinorConsent: Tennessee, Code 33-8-202 (16+, the professional’s finding)', () => {
  it('born 2010-12-08 (one day short of 16) is refused; born 2010-12-07 waits for the finding, then may consent, medication included', () => {
    expect(codes({ state: 'TN', birthDate: dayShortOf(16), professionalFinding: true })).toEqual([
      'intake.minor_consent.below_state_age',
    ]);
    expect(evaluate({ state: 'TN', birthDate: turnsToday(16) }).outcome).toBe('undecided');
    expect(
      evaluate({
        state: 'TN',
        birthDate: turnsToday(16),
        professionalFinding: true,
        includesMedication: true,
      }).outcome,
    ).toBe('may_consent');
  });
});

describe('evaluateMinorConsent: Maryland, Health-General 20-104 (12+ found mature, 2021)', () => {
  it('born 2014-12-08 is refused at the floor; born 2014-12-07 with the provider’s finding may consent, without medication', () => {
    expect(codes({ state: 'MD', birthDate: dayShortOf(12), professionalFinding: true })).toEqual([
      'intake.minor_consent.below_library_floor',
    ]);
    const d = evaluate({ state: 'MD', birthDate: turnsToday(12), professionalFinding: true });
    expect(d.outcome).toBe('may_consent');
    expect(d.parentNotice).toBe('may_with_or_without_minor_consent');
    expect(codes({ state: 'MD', birthDate: turnsToday(12) })).toEqual([
      'intake.minor_consent.professional_finding_needed',
    ]);
    expect(
      evaluate({
        state: 'MD',
        birthDate: turnsToday(17),
        professionalFinding: true,
        includesMedication: true,
      }).outcome,
    ).toBe('refused');
  });
});

describe('evaluateMinorConsent: Connecticut, Gen. Stat. 19a-14c (the provider’s five findings, no legend drugs)', () => {
  it('born 2014-12-08 is refused at the floor; born 2014-12-07 waits for the finding; found, may consent with no session cap', () => {
    expect(codes({ state: 'CT', birthDate: dayShortOf(12), professionalFinding: true })).toEqual([
      'intake.minor_consent.below_library_floor',
    ]);
    expect(
      evaluate({ state: 'CT', birthDate: turnsToday(12), providerLicense: 'psychologist' }).outcome,
    ).toBe('undecided');
    const d = evaluate({
      state: 'CT',
      birthDate: turnsToday(12),
      professionalFinding: true,
      providerLicense: 'clinical_social_worker',
      sessionsWithoutGuardianConsent: 9,
    });
    expect([d.outcome, d.sessionsLeft, d.parentNotice]).toEqual([
      'may_consent',
      null,
      'not_without_minor_consent_unless_necessary',
    ]);
    expect(
      codes({
        state: 'CT',
        birthDate: turnsToday(15),
        professionalFinding: false,
        providerLicense: 'psychologist',
      }),
    ).toEqual(['intake.minor_consent.professional_finding_needed']);
    expect(
      evaluate({
        state: 'CT',
        birthDate: turnsToday(15),
        professionalFinding: true,
        includesMedication: true,
      }).outcome,
    ).toBe('refused');
  });
});

describe('evaluateMinorConsent: Alabama, Code 22-8-4 as amended by Act 2025-455 (16+ since 2025-10-01)', () => {
  it('born 2010-12-08 (one day short of 16) is refused; born 2010-12-07 may consent, medication included; parents keep record access', () => {
    expect(codes({ state: 'AL', birthDate: dayShortOf(16) })).toEqual([
      'intake.minor_consent.below_state_age',
    ]);
    const d = evaluate({ state: 'AL', birthDate: turnsToday(16), includesMedication: true });
    expect([d.outcome, d.parentNotice, d.sessionsLeft]).toEqual([
      'may_consent',
      'parents_have_record_access',
      null,
    ]);
    expect(d.reasons).toEqual([
      expect.objectContaining({
        code: 'intake.minor_consent.state_law',
        facts: expect.objectContaining({ state: 'AL', source: 'al-code-22-8-4', minimumAge: 16 }),
      }),
    ]);
  });

  it('a 15-year-old, who could consent under the old age of 14, now needs a parent; 18 with adultAge 19 (Alabama’s majority) still consents as a minor of 16+', () => {
    expect(evaluate({ state: 'AL', birthDate: turnsToday(15) }).outcome).toBe('refused');
    const eighteen = evaluateMinorConsent(
      { state: 'AL', birthDate: turnsToday(18) },
      { asOf: AS_OF, adultAge: 19 },
    );
    expect(eighteen.reasons.map((r) => r.code)).toEqual(['intake.minor_consent.state_law']);
  });
});

describe('evaluateMinorConsent: New Mexico, Stat. 32A-6A-15 (14+, presumed capacity, medication included)', () => {
  it('born 2012-12-08 (one day short of 14) is refused; born 2012-12-07 may consent, psychotropic medication included, no finding asked', () => {
    expect(codes({ state: 'NM', birthDate: dayShortOf(14) })).toEqual([
      'intake.minor_consent.below_state_age',
    ]);
    const d = evaluate({ state: 'NM', birthDate: turnsToday(14), includesMedication: true });
    expect([d.outcome, d.parentNotice]).toEqual(['may_consent', 'involvement_promoted']);
    expect(
      evaluate({ state: 'NM', birthDate: turnsToday(17), sessionsWithoutGuardianConsent: 40 }).outcome,
    ).toBe('may_consent');
  });

  it('a 13-year-old is refused: the under-14 assessment and two weeks of verbal therapy (32A-6A-14(B)) are the clinician’s and the practice’s call', () => {
    expect(codes({ state: 'NM', birthDate: turnsToday(13) })).toEqual([
      'intake.minor_consent.below_state_age',
    ]);
    expect(
      evaluate({ state: 'NM', birthDate: turnsToday(13), minorMayConsentMentalHealth: true }).outcome,
    ).toBe('may_consent');
  });
});

describe('evaluateMinorConsent: South Carolina, Code 63-5-340 (16+, any health service but an operation)', () => {
  it('born 2010-12-08 (one day short of 16) is refused; born 2010-12-07 may consent, medication included; the parents are not addressed', () => {
    expect(codes({ state: 'SC', birthDate: dayShortOf(16) })).toEqual([
      'intake.minor_consent.below_state_age',
    ]);
    const d = evaluate({ state: 'SC', birthDate: turnsToday(16), includesMedication: true });
    expect([d.outcome, d.parentNotice]).toEqual(['may_consent', 'not_addressed']);
  });
});

describe('evaluateMinorConsent: the birthday boundary in the practice’s zone', () => {
  it('a 16th birthday on 2026-12-07 counts from that local day: the evening before (2026-12-06) is still refused in South Carolina and Alabama', () => {
    for (const state of ['SC', 'AL'] as const) {
      const born = turnsToday(16);
      expect(evaluateMinorConsent({ state, birthDate: born }, { asOf: '2026-12-06' }).outcome).toBe(
        'refused',
      );
      expect(evaluateMinorConsent({ state, birthDate: born }, { asOf: '2026-12-07' }).outcome).toBe(
        'may_consent',
      );
    }
  });
});

describe('evaluateMinorConsent: states left out (New York, North Carolina and Kentucky joined the table in intake35 with a setting or license)', () => {
  it('Mississippi, Wisconsin (joint consent), Minnesota and DC (operative text not verified), Oklahoma (a parent’s written consent), Arkansas and Georgia stay undecided (state_not_in_table), never the minor alone', () => {
    for (const state of ['MS', 'WI', 'MN', 'DC', 'OK', 'AR', 'GA', 'NJ', 'MA'] as const) {
      expect(codes({ state, birthDate: turnsToday(16) })).toEqual([
        'intake.minor_consent.state_not_in_table',
      ]);
    }
  });
});

describe('evaluateMinorConsent properties (more states)', () => {
  const cited = new Set(MINOR_MENTAL_HEALTH_CONSENT_RULES.map((r) => r.state));
  const uncited = UsState.options.filter((s) => !cited.has(s));
  const facts = fc.record({
    age: fc.integer({ min: 0, max: 17 }),
    sessionsWithoutGuardianConsent: fc.option(fc.nat(30), { nil: undefined }),
    professionalFinding: fc.option(fc.boolean(), { nil: undefined }),
    includesMedication: fc.boolean(),
    counselingPurpose: fc.option(fc.constantFrom(...MINOR_CONSENT_PURPOSES), { nil: undefined }),
  });

  it('no unlisted state ever lets a minor consent alone: a guardian consents (refused) or it is undecided with a reason', () => {
    fc.assert(
      fc.property(fc.constantFrom(...uncited), facts, (state, { age, ...f }) => {
        const d = evaluate({ ...f, state, birthDate: turnsToday(age) });
        expect(d.outcome).not.toBe('may_consent');
        expect(d.reasons.length).toBeGreaterThan(0);
      }),
    );
  });

  it('a general state with no cap and no finding (Alabama, New Mexico, South Carolina): the minor consents alone exactly from its age, whatever else is given', () => {
    const plain = MINOR_MENTAL_HEALTH_CONSENT_RULES.filter((r) => ['AL', 'NM', 'SC'].includes(r.state));
    expect(plain.map((r) => r.state)).toEqual(['AL', 'NM', 'SC']);
    fc.assert(
      fc.property(fc.constantFrom(...plain), facts, (rule, { age, ...f }) => {
        const d = evaluate({ ...f, state: rule.state, birthDate: turnsToday(age) });
        expect(d.outcome === 'may_consent').toBe(age >= rule.minimumAge);
        if (d.outcome !== 'may_consent') expect(d.reasons.length).toBeGreaterThan(0);
      }),
    );
  });

  it('a purpose-limited state never lets a minor consent alone to care for another or an unknown purpose', () => {
    const limited = MINOR_MENTAL_HEALTH_CONSENT_RULES.filter((r) => r.purposes !== null);
    fc.assert(
      fc.property(fc.constantFrom(...limited), facts, (rule, { age, ...f }) => {
        const d = evaluate({ ...f, state: rule.state, birthDate: turnsToday(age) });
        const covered =
          f.counselingPurpose !== undefined && (rule.purposes ?? []).includes(f.counselingPurpose);
        expect(covered || d.outcome !== 'may_consent').toBe(true);
      }),
    );
  });
});
