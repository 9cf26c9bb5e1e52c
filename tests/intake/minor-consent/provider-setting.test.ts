import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, ValidationError } from '../../../src/core/index.js';
import {
  evaluateMinorConsent,
  MINOR_CONSENT_PROVIDER_LICENSES,
  MINOR_CONSENT_PURPOSES,
  MINOR_CONSENT_SETTINGS,
  MINOR_MENTAL_HEALTH_CONSENT_RULES,
  type MinorConsentFactsInput,
  type MinorConsentProviderLicense,
  type MinorMentalHealthConsentRule,
} from '../../../src/intake/index.js';

// Sessions asked about on Monday 2026-12-07: a birth date of `${2026 - n}-12-07` makes the client n that day,
// `${2026 - n}-12-08` one day short of n.
const AS_OF = '2026-12-07';
const turnsToday = (n: number) => `${2026 - n}-12-07`;
const dayShortOf = (n: number) => `${2026 - n}-12-08`;
const evaluate = (facts: MinorConsentFactsInput) => evaluateMinorConsent(facts, { asOf: AS_OF });
const codes = (facts: MinorConsentFactsInput) => evaluate(facts).reasons.map((r) => r.code);

describe('evaluateMinorConsent: a statute limited to a provider license (N.C. Gen. Stat. 90-21.5(a), KRS 214.185(2))', () => {
  it('North Carolina (90-21.5(a): any minor, to a licensed physician): 14 with a physician may consent; a psychologist is refused; no license recorded is undecided', () => {
    const physician = evaluate({ state: 'NC', birthDate: turnsToday(14), providerLicense: 'physician' });
    expect(physician.outcome).toBe('may_consent');
    expect(physician.reasons.map((r) => r.code)).toEqual(['intake.minor_consent.state_law']);
    expect(physician.rule?.statute).toBe('N.C. Gen. Stat. § 90-21.5(a)');

    const psychologist = evaluate({
      state: 'NC',
      birthDate: turnsToday(14),
      providerLicense: 'psychologist',
    });
    expect(psychologist.outcome).toBe('refused');
    expect(psychologist.reasons).toEqual([
      expect.objectContaining({
        code: 'intake.minor_consent.provider_license_not_covered',
        severity: 'error',
        facts: expect.objectContaining({
          providerLicense: 'psychologist',
          allowed: ['physician', 'psychiatrist'],
        }),
      }),
    ]);

    const unknown = evaluate({ state: 'NC', birthDate: turnsToday(14) });
    expect(unknown.outcome).toBe('undecided');
    expect(unknown.reasons).toEqual([
      expect.objectContaining({
        code: 'intake.minor_consent.provider_license_unknown',
        severity: 'warning',
        facts: expect.objectContaining({ providerLicense: null, allowed: ['physician', 'psychiatrist'] }),
      }),
    ]);
  });

  it('North Carolina states no age: one day short of 12 is refused at the library’s floor, whatever the license', () => {
    expect(codes({ state: 'NC', birthDate: dayShortOf(12), providerLicense: 'physician' })).toEqual([
      'intake.minor_consent.below_library_floor',
    ]);
    expect(evaluate({ state: 'NC', birthDate: turnsToday(12), providerLicense: 'physician' }).outcome).toBe(
      'may_consent',
    );
  });

  it('Kentucky (214.185(2): a physician, from 16): born 2010-12-08 is refused on 2026-12-07, born 2010-12-07 may consent to a physician’s counseling, not to medication', () => {
    expect(codes({ state: 'KY', birthDate: dayShortOf(16), providerLicense: 'physician' })).toEqual([
      'intake.minor_consent.below_state_age',
    ]);
    expect(evaluate({ state: 'KY', birthDate: turnsToday(16), providerLicense: 'physician' }).outcome).toBe(
      'may_consent',
    );
    expect(
      codes({
        state: 'KY',
        birthDate: turnsToday(16),
        providerLicense: 'physician',
        includesMedication: true,
      }),
    ).toEqual(['intake.minor_consent.medication_excluded']);
    // (3)'s qualified mental-health professional for an unaccompanied youth is not decided by the table.
    expect(codes({ state: 'KY', birthDate: turnsToday(17), providerLicense: 'other' })).toEqual([
      'intake.minor_consent.provider_license_not_covered',
    ]);
  });

  it('the age comes before the license: a 15-year-old in Kentucky with no license recorded is refused, not undecided', () => {
    expect(codes({ state: 'KY', birthDate: turnsToday(15) })).toEqual([
      'intake.minor_consent.below_state_age',
    ]);
  });
});

describe('evaluateMinorConsent: a statute limited to a setting (N.Y. Mental Hygiene Law 33.21(a)(3), (c))', () => {
  const inProgram = {
    state: 'NY',
    birthDate: turnsToday(15),
    setting: 'state_licensed_mental_health_program',
    providerLicense: 'psychologist',
    professionalFinding: true,
  } as const;

  it('a 15-year-old in an Office of Mental Health program, seen by a licensed psychologist who made the 33.21(c) determinations, may consent; parents involved as clinically appropriate', () => {
    const d = evaluate(inProgram);
    expect(d.outcome).toBe('may_consent');
    expect(d.parentNotice).toBe('involve_unless_inappropriate');
    expect(d.reasons.map((r) => r.code)).toEqual(['intake.minor_consent.state_law']);
  });

  it('the same minor in a private practice is refused (setting_not_covered); with the setting unrecorded, undecided (setting_unknown)', () => {
    expect(evaluate({ ...inProgram, setting: 'other' }).outcome).toBe('refused');
    expect(codes({ ...inProgram, setting: 'other' })).toEqual(['intake.minor_consent.setting_not_covered']);
    const { setting: _omitted, ...noSetting } = inProgram;
    expect(evaluate(noSetting).outcome).toBe('undecided');
    expect(codes(noSetting)).toEqual(['intake.minor_consent.setting_unknown']);
  });

  it('in the program, a clinician under a physician’s supervision counts; one who is not is refused; the license unrecorded is undecided', () => {
    expect(evaluate({ ...inProgram, providerLicense: 'physician_supervised' }).outcome).toBe('may_consent');
    expect(codes({ ...inProgram, providerLicense: 'other' })).toEqual([
      'intake.minor_consent.provider_license_not_covered',
    ]);
    const { providerLicense: _omitted, ...noLicense } = inProgram;
    expect(codes(noLicense)).toEqual(['intake.minor_consent.provider_license_unknown']);
  });

  it('without the practitioner’s determinations it is undecided and routed to a clinician; medication is left to a parent', () => {
    const { professionalFinding: _omitted, ...noFinding } = inProgram;
    const d = evaluate(noFinding);
    expect(d.outcome).toBe('undecided');
    expect(d.reasons).toEqual([
      expect.objectContaining({
        code: 'intake.minor_consent.professional_finding_needed',
        facts: expect.objectContaining({ action: 'route_to_clinician' }),
      }),
    ]);
    expect(codes({ ...inProgram, includesMedication: true })).toEqual([
      'intake.minor_consent.medication_excluded',
    ]);
  });

  it('the practice’s own answer still wins: a New York private practice whose counsel says yes may consent', () => {
    expect(
      evaluate({
        state: 'NY',
        birthDate: turnsToday(15),
        setting: 'other',
        minorMayConsentMentalHealth: true,
      }).outcome,
    ).toBe('may_consent');
  });

  it('refuses a setting or license outside the lists with a ValidationError naming the path, never the value', () => {
    try {
      evaluate({ ...inProgram, setting: 'hospital' as never, providerLicense: 'shaman' as never });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      const paths = (error as ValidationError).issues.map((i) => i.path.join('.'));
      expect(paths).toEqual(expect.arrayContaining(['facts.setting', 'facts.providerLicense']));
      expect(JSON.stringify((error as ValidationError).issues)).not.toMatch(/hospital|shaman/);
    }
  });
});

describe('evaluateMinorConsent: a recorded fact the statute excludes decides before a missing one', () => {
  // N.Y. Mental Hygiene Law 33.21(a)(2)-(3): an OMH-licensed program AND a physician, licensed psychologist or one
  // under a physician's supervision. A license outside that list fails the statute whatever the setting is.
  const ny = { state: 'NY', birthDate: turnsToday(15), professionalFinding: true } as const;

  it('New York, 15, setting not recorded, seen by a clinician who is neither physician nor psychologist (other): refused for the license, not undecided', () => {
    const d = evaluate({ ...ny, providerLicense: 'other' });
    expect(d.outcome).toBe('refused');
    expect(d.reasons).toEqual([
      expect.objectContaining({
        code: 'intake.minor_consent.provider_license_not_covered',
        severity: 'error',
        facts: expect.objectContaining({ providerLicense: 'other' }),
      }),
    ]);
  });

  it('New York, 15, a private practice (setting other) with the license not recorded: refused for the setting', () => {
    expect(codes({ ...ny, setting: 'other' })).toEqual(['intake.minor_consent.setting_not_covered']);
    expect(evaluate({ ...ny, setting: 'other' }).outcome).toBe('refused');
  });

  it('New York, 15, neither the setting nor the license recorded: undecided, naming both missing facts', () => {
    const d = evaluate(ny);
    expect(d.outcome).toBe('undecided');
    expect(d.reasons.map((r) => r.code)).toEqual([
      'intake.minor_consent.setting_unknown',
      'intake.minor_consent.provider_license_unknown',
    ]);
  });

  it('New York, 15, setting not recorded, the practitioner found the 33.21(c) conditions unmet: refused', () => {
    expect(codes({ ...ny, professionalFinding: false, providerLicense: 'psychologist' })).toEqual([
      'intake.minor_consent.professional_finding_needed',
    ]);
  });

  it('Florida 394.4784, 15, purpose not recorded: medication, or a third visit, is refused all the same', () => {
    const fl = { state: 'FL', birthDate: turnsToday(15) } as const;
    expect(codes({ ...fl, sessionsWithoutGuardianConsent: 0, includesMedication: true })).toEqual([
      'intake.minor_consent.medication_excluded',
    ]);
    const third = evaluate({
      ...fl,
      sessionsWithoutGuardianConsent: 2,
      firstSessionWithoutGuardianConsentOn: '2026-12-03',
    });
    expect([third.outcome, third.sessionsLeft, third.reasons.map((r) => r.code)]).toEqual([
      'refused',
      0,
      ['intake.minor_consent.session_limit_reached'],
    ]);
  });

  it('Michigan MCL 330.1707, 15, the twelve sessions had with the first one’s day not recorded: refused on the count alone', () => {
    const d = evaluate({ state: 'MI', birthDate: turnsToday(15), sessionsWithoutGuardianConsent: 12 });
    expect([d.outcome, d.sessionsLeft, d.reasons.map((r) => r.code)]).toEqual([
      'refused',
      0,
      ['intake.minor_consent.session_limit_reached'],
    ]);
    // Eleven with the day unrecorded: the four months cannot be counted, undecided.
    expect(codes({ state: 'MI', birthDate: turnsToday(15), sessionsWithoutGuardianConsent: 11 })).toEqual([
      'intake.minor_consent.sessions_unknown',
    ]);
  });

  it('Florida 394.4784, 15, care for another purpose after one visit: refused, with no session left counted for it', () => {
    const d = evaluate({
      state: 'FL',
      birthDate: turnsToday(15),
      counselingPurpose: 'other',
      sessionsWithoutGuardianConsent: 1,
      firstSessionWithoutGuardianConsentOn: '2026-12-05',
    });
    expect([d.outcome, d.sessionsLeft]).toEqual(['refused', null]);
  });
});

describe('evaluateMinorConsent properties (setting and license)', () => {
  const facts = fc.record({
    sessionsWithoutGuardianConsent: fc.option(fc.nat(30), { nil: undefined }),
    firstSessionWithoutGuardianConsentOn: fc.option(fc.constantFrom('2026-11-01', '2026-12-01', AS_OF), {
      nil: undefined,
    }),
    professionalFinding: fc.option(fc.boolean(), { nil: undefined }),
    includesMedication: fc.boolean(),
    counselingPurpose: fc.option(fc.constantFrom(...MINOR_CONSENT_PURPOSES), { nil: undefined }),
    providerLicense: fc.option(fc.constantFrom(...MINOR_CONSENT_PROVIDER_LICENSES), { nil: undefined }),
    setting: fc.option(fc.constantFrom(...MINOR_CONSENT_SETTINGS), { nil: undefined }),
  });

  /** The narrower licenses a broader one may be, as the statutes read (a psychiatrist is a physician). */
  const NARROWER: Partial<Record<string, readonly MinorConsentProviderLicense[]>> = {
    physician: ['psychiatrist'],
    social_worker: ['clinical_social_worker'],
  };

  /** The limits of `rule` that a recorded fact fails, as the statute reads them (never a missing fact). */
  const knownFailures = (rule: MinorMentalHealthConsentRule, f: MinorConsentFactsInput, age: number) => {
    const failed: string[] = [];
    const excluded = <T>(allowed: readonly T[] | null, given: T | undefined) =>
      allowed !== null && given !== undefined && !allowed.includes(given);
    if (excluded(rule.purposes, f.counselingPurpose)) failed.push('purpose');
    if (excluded(rule.settings, f.setting)) failed.push('setting');
    // A broader license (a physician where only a psychiatrist is named) may be the named one: not a failure.
    const mayBeNamed = (NARROWER[f.providerLicense ?? 'other'] ?? []).some((n) =>
      rule.providerLicenses?.includes(n),
    );
    if (excluded(rule.providerLicenses, f.providerLicense) && !mayBeNamed) failed.push('license');
    if (rule.excludesMedication && f.includesMedication === true) failed.push('medication');
    if (rule.professionalFindingRequired && f.professionalFinding === false) failed.push('finding');
    const cap = rule.sessionLimit;
    const given = f.sessionsWithoutGuardianConsent;
    if (cap !== null && (cap.belowAge === null || age < cap.belowAge) && given !== undefined) {
      if (given >= cap.sessions) failed.push('sessions');
      const start = f.firstSessionWithoutGuardianConsentOn;
      if (given > 0 && start !== undefined) {
        const endsOn =
          cap.days !== null
            ? addDays(start, cap.days)
            : cap.months !== null
              ? addMonths(start, cap.months)
              : null;
        if (endsOn !== null && AS_OF >= endsOn) failed.push('time');
      }
    }
    return failed;
  };

  it('with any recorded fact that fails a state’s statute the answer is refused, whatever else is unknown; with none, never refused (every state in the table, ages from its floor to 17)', () => {
    fc.assert(
      fc.property(
        fc
          .constantFrom(...MINOR_MENTAL_HEALTH_CONSENT_RULES)
          .chain((rule) => fc.tuple(fc.constant(rule), facts, fc.integer({ min: rule.minimumAge, max: 17 }))),
        ([rule, f, age]) => {
          const d = evaluate({ ...f, state: rule.state, birthDate: turnsToday(age) });
          const failed = knownFailures(rule, f, age);
          if (failed.length > 0) {
            expect(d.outcome).toBe('refused');
            // Refused for what was recorded: no "not recorded" warning is offered as a reason.
            for (const r of d.reasons) expect(r.severity).toBe('error');
          } else {
            expect(d.outcome).not.toBe('refused');
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('a state’s rule never says may_consent for an age under its floor, whatever else is given (every state in the table)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MINOR_MENTAL_HEALTH_CONSENT_RULES),
        facts,
        fc.integer({ min: 0, max: 17 }),
        (rule, f, age) => {
          const d = evaluate({ ...f, state: rule.state, birthDate: turnsToday(age) });
          if (age < rule.minimumAge) expect(d.outcome).not.toBe('may_consent');
          if (d.outcome === 'may_consent') expect(age).toBeGreaterThanOrEqual(rule.minimumAge);
        },
      ),
    );
  });

  it('a setting- or license-limited state never says may_consent unless the recorded setting and license are ones its statute names', () => {
    const limited = MINOR_MENTAL_HEALTH_CONSENT_RULES.filter(
      (r) => r.settings !== null || r.providerLicenses !== null,
    );
    expect(limited.map((r) => r.state)).toEqual(['CT', 'KY', 'NC', 'NY', 'TX']);
    fc.assert(
      fc.property(fc.constantFrom(...limited), facts, fc.integer({ min: 12, max: 17 }), (rule, f, age) => {
        const d = evaluate({ ...f, state: rule.state, birthDate: turnsToday(age) });
        const settingOk =
          rule.settings === null || (f.setting !== undefined && rule.settings.includes(f.setting));
        const licenseOk =
          rule.providerLicenses === null ||
          (f.providerLicense !== undefined && rule.providerLicenses.includes(f.providerLicense));
        if (!settingOk || !licenseOk) expect(d.outcome).not.toBe('may_consent');
        if (d.outcome !== 'may_consent') expect(d.reasons.length).toBeGreaterThan(0);
      }),
    );
  });

  it('in a state with no setting or license limit, the setting and license never change the answer', () => {
    const unlimited = MINOR_MENTAL_HEALTH_CONSENT_RULES.filter(
      (r) => r.settings === null && r.providerLicenses === null,
    );
    fc.assert(
      fc.property(fc.constantFrom(...unlimited), facts, fc.integer({ min: 12, max: 17 }), (rule, f, age) => {
        const { providerLicense: _l, setting: _s, ...bare } = f;
        const base = { ...bare, state: rule.state, birthDate: turnsToday(age) };
        expect(evaluate({ ...base, providerLicense: f.providerLicense, setting: f.setting })).toEqual(
          evaluate(base),
        );
      }),
    );
  });
});
