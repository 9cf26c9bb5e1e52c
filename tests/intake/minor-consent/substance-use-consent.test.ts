import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UsState, ValidationError } from '../../../src/core/index.js';
import {
  evaluateMinorSubstanceUseConsent,
  MINOR_SUBSTANCE_USE_CONSENT_RULES,
  type MinorSubstanceUseConsentFacts,
} from '../../../src/intake/index.js';

// Asked about on Monday 2026-12-07. A birth date of `${2026 - n}-12-07` makes the client n that day,
// `${2026 - n}-12-08` one day short of n.
const AS_OF = '2026-12-07';
const turnsToday = (n: number) => `${2026 - n}-12-07`;
const dayShortOf = (n: number) => `${2026 - n}-12-08`;
const evaluate = (facts: MinorSubstanceUseConsentFacts) =>
  evaluateMinorSubstanceUseConsent(facts, { asOf: AS_OF });
const codes = (facts: MinorSubstanceUseConsentFacts) => evaluate(facts).reasons.map((r) => r.code);

describe('MINOR_SUBSTANCE_USE_CONSENT_RULES', () => {
  it('lists only the states whose statute is cited (CA, IL, NY, OR, VA), each once, with its statute and source key', () => {
    expect(MINOR_SUBSTANCE_USE_CONSENT_RULES.map((r) => [r.state, r.statute, r.sourceKey])).toEqual([
      ['CA', 'Cal. Family Code § 6929', 'ca-fam-6929'],
      ['IL', '410 ILCS 210/4', 'ilcs-410-210-4'],
      ['NY', 'N.Y. Mental Hygiene Law § 22.11', 'ny-mhl-22.11'],
      ['OR', 'ORS § 109.675', 'ors-109.675'],
      ['VA', 'Code of Virginia § 54.1-2969(E)', 'va-code-54.1-2969'],
    ]);
    for (const r of MINOR_SUBSTANCE_USE_CONSENT_RULES) expect(r.minimumAge).toBeGreaterThanOrEqual(12);
  });
});

describe('evaluateMinorSubstanceUseConsent by state statute', () => {
  it('California (Family Code 6929(b)): from 12 a minor consents alone to SUD counseling; only they sign the Part 2 consent (42 CFR 2.14(b))', () => {
    const d = evaluate({ state: 'CA', birthDate: turnsToday(12), includesMedication: false });
    expect(d.outcome).toBe('may_consent');
    expect(d.part2Signers).toBe('client_alone');
    expect(d.reasons[0]).toMatchObject({
      code: 'intake.minor_consent.substance_use_state_law',
      facts: {
        state: 'CA',
        statute: 'Cal. Family Code § 6929',
        source: 'ca-fam-6929',
        age: 12,
        minimumAge: 12,
      },
    });
    expect(codes({ state: 'CA', birthDate: dayShortOf(12), includesMedication: false })).toEqual([
      'intake.minor_consent.below_library_floor',
    ]);
  });

  it('California (Family Code 6929, replacement narcotic therapy left to a parent): with medication, or not known, undecided', () => {
    for (const includesMedication of [true, undefined]) {
      const d = evaluate({ state: 'CA', birthDate: turnsToday(16), includesMedication });
      expect(d.outcome).toBe('undecided');
      expect(d.part2Signers).toBe('undecided');
      expect(d.reasons.map((r) => [r.code, r.facts.includesMedication])).toEqual([
        ['intake.minor_consent.substance_use_medication_limited', includesMedication ?? null],
      ]);
    }
  });

  it('Illinois (410 ILCS 210/4): 12 consents alone, a day short of 12 does not; medication does not change it', () => {
    const at = evaluate({ state: 'IL', birthDate: turnsToday(12) });
    expect(at.outcome).toBe('may_consent');
    expect(at.rule?.state).toBe('IL');
    expect(evaluate({ state: 'IL', birthDate: turnsToday(15), includesMedication: true }).outcome).toBe(
      'may_consent',
    );
    const short = evaluate({ state: 'IL', birthDate: dayShortOf(12) });
    expect(short.outcome).toBe('refused');
    expect(short.part2Signers).toBe('client_and_guardian');
  });

  it('New York (Mental Hygiene Law 22.11(c)): only on a physician’s recorded finding; without it a clinician decides; a finding against is refused', () => {
    const waiting = evaluate({ state: 'NY', birthDate: turnsToday(15) });
    expect(waiting.outcome).toBe('undecided');
    expect(waiting.reasons[0]).toMatchObject({
      code: 'intake.minor_consent.professional_finding_needed',
      severity: 'warning',
      facts: { statute: 'N.Y. Mental Hygiene Law § 22.11', role: 'clinician', action: 'route_to_clinician' },
    });
    expect(evaluate({ state: 'NY', birthDate: turnsToday(15), professionalFinding: true }).outcome).toBe(
      'may_consent',
    );
    expect(evaluate({ state: 'NY', birthDate: turnsToday(15), professionalFinding: false }).outcome).toBe(
      'refused',
    );
  });

  it('Oregon (ORS 109.675): from 14, methadone maintenance left out; 13 is refused', () => {
    expect(evaluate({ state: 'OR', birthDate: turnsToday(14), includesMedication: false }).outcome).toBe(
      'may_consent',
    );
    expect(codes({ state: 'OR', birthDate: dayShortOf(14), includesMedication: false })).toEqual([
      'intake.minor_consent.below_state_age',
    ]);
    expect(codes({ state: 'OR', birthDate: turnsToday(16), includesMedication: true })).toEqual([
      'intake.minor_consent.substance_use_medication_limited',
    ]);
  });

  it('Virginia (Code 54.1-2969(E), no age stated): from the library’s floor of 12, medication or not', () => {
    expect(evaluate({ state: 'VA', birthDate: turnsToday(12) }).outcome).toBe('may_consent');
    expect(evaluate({ state: 'VA', birthDate: turnsToday(13), includesMedication: true }).outcome).toBe(
      'may_consent',
    );
    expect(codes({ state: 'VA', birthDate: dayShortOf(12) })).toEqual([
      'intake.minor_consent.below_library_floor',
    ]);
  });

  it('leaves a state outside the table undecided, never refused: a 16-year-old in Texas', () => {
    const d = evaluate({ state: 'TX', birthDate: turnsToday(16) });
    expect(d.outcome).toBe('undecided');
    expect(d.rule).toBeNull();
    expect(d.part2Signers).toBe('undecided');
    expect(d.reasons.map((r) => r.code)).toEqual(['intake.minor_consent.substance_use_state_not_in_table']);
    expect(evaluate({ birthDate: turnsToday(16) }).outcome).toBe('undecided');
  });

  it('lets the practice’s minorMayConsentSubstanceUse win either way: yes in Texas, no in Illinois', () => {
    const yes = evaluate({ state: 'TX', birthDate: turnsToday(16), minorMayConsentSubstanceUse: true });
    expect(yes.outcome).toBe('may_consent');
    expect(yes.part2Signers).toBe('client_alone');
    const no = evaluate({ state: 'IL', birthDate: turnsToday(16), minorMayConsentSubstanceUse: false });
    expect(no.outcome).toBe('refused');
    expect(no.reasons.map((r) => [r.code, r.facts.minorMayConsentSubstanceUse])).toEqual([
      ['intake.minor_consent.host_decided', false],
    ]);
  });

  it('never honours a yes below 12, leaves a yes with no birth date undecided, and asks for the birth date in a table state', () => {
    expect(codes({ state: 'TX', birthDate: dayShortOf(12), minorMayConsentSubstanceUse: true })).toEqual([
      'intake.minor_consent.below_library_floor',
    ]);
    expect(evaluate({ state: 'TX', minorMayConsentSubstanceUse: true }).outcome).toBe('undecided');
    expect(evaluate({ state: 'TX', minorMayConsentSubstanceUse: false }).outcome).toBe('refused');
    expect(codes({ state: 'IL' })).toEqual(['intake.minor_consent.birth_date_unknown']);
  });

  it('treats an adult as consenting and signing the Part 2 consent alone', () => {
    const d = evaluate({ state: 'TX', birthDate: turnsToday(18) });
    expect(d.outcome).toBe('may_consent');
    expect(d.part2Signers).toBe('client_alone');
  });

  it('reports every bad fact by path without echoing it', () => {
    let error: unknown;
    try {
      evaluateMinorSubstanceUseConsent(
        { state: 'ZZ' as 'TX', birthDate: '2012-13-01', includesMedication: 'yes', secret: 'x' } as never,
        { asOf: 'someday' },
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const text = JSON.stringify((error as ValidationError).issues);
    expect(text).not.toContain('ZZ');
    expect(text).not.toContain('secret');
    expect((error as ValidationError).issues.map((i) => i.path.join('.'))).toEqual(
      expect.arrayContaining([
        'facts.state',
        'facts.birthDate',
        'facts.includesMedication',
        'facts',
        'options.asOf',
      ]),
    );
  });
});

describe('evaluateMinorSubstanceUseConsent properties', () => {
  const cited = new Set(MINOR_SUBSTANCE_USE_CONSENT_RULES.map((r) => r.state));
  const uncited = UsState.options.filter((s) => !cited.has(s));
  const optionalBoolean = fc.option(fc.boolean(), { nil: undefined });
  const facts = fc.record({
    age: fc.integer({ min: 0, max: 17 }),
    professionalFinding: optionalBoolean,
    includesMedication: optionalBoolean,
  });

  it('never yields a minor-alone decision (nor a no from 12) for a state outside the table without the practice’s answer', () => {
    fc.assert(
      fc.property(fc.constantFrom(...uncited), facts, (state, { age, ...f }) => {
        const d = evaluate({ ...f, state, birthDate: turnsToday(age) });
        expect(d.outcome).not.toBe('may_consent');
        expect(d.part2Signers).not.toBe('client_alone');
        if (age >= 12) expect(d.outcome).toBe('undecided');
      }),
    );
  });

  it('always follows the practice’s answer from 12 to 17, whatever the state and the other facts', () => {
    fc.assert(
      fc.property(fc.constantFrom(...UsState.options), facts, fc.boolean(), (state, { age, ...f }, host) => {
        const d = evaluate({ ...f, state, birthDate: turnsToday(age), minorMayConsentSubstanceUse: host });
        if (age < 12) expect(d.outcome).toBe('refused');
        else expect(d.outcome).toBe(host ? 'may_consent' : 'refused');
      }),
    );
  });
});
