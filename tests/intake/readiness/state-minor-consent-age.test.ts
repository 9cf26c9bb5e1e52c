import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UsState, ValidationError } from '../../../src/core/index.js';
import {
  AGE_OF_MAJORITY_RULES,
  evaluateFirstSessionReadiness,
  IntakePacketPolicy,
  listRequiredIntakeDocuments,
  MINOR_MENTAL_HEALTH_CONSENT_RULES,
} from '../../../src/intake/index.js';
import { done, fileOf, NOT_PART2, THIRD_PARTY_SERVICE } from '../intake-fixtures.js';

// A minor recorded as able to consent alone (`minorMayConsentMentalHealth`) does so from their state's own
// minor-consent age on the session's date, in the client's zone: 14 in Ohio (R.C. 5122.04), 16 in Alabama (22-8-4),
// 12 in California (Health and Safety Code 124260) [sources: orc-5122.04, al-code-22-8-4, ca-hsc-124260]. Before
// intake41 the gate honoured the flag from 12 in every state, so a 13-year-old in Columbus started without a parent.
// A state whose statute the library does not keep waits on the practice's declared age (`minorConsentAge`).

const CHICAGO = 'America/Chicago';
const SESSION = '2026-03-10T10:00:00-05:00';
const DAY_BEFORE = '2026-03-09T12:00:00-05:00';
const SIGNED = '2026-03-05T18:00:00-06:00';
const teen = (state: string | undefined, birthDate: string, extra: object = {}) => ({
  id: 'c-rio',
  zone: CHICAGO,
  birthDate,
  billing: 'insured',
  modality: 'in_person',
  feesApply: false,
  guardians: ['mom'],
  minorMayConsentMentalHealth: true,
  ...(state === undefined ? {} : { state }),
  firstSessionAt: SESSION,
  ...extra,
});
const own = [
  'informed_consent',
  'privacy_notice_acknowledgment',
  'intake_questionnaire',
  'insurance_card',
].map((t) => done(t, SIGNED));
const guardianNeeded = (c: object, policy: object = NOT_PART2) => {
  const list = listRequiredIntakeDocuments(c as never, policy, { asOf: '2026-03-10' });
  if (list.required.some((r) => r.type === 'guardian_consent')) return true;
  return list.undecided.find((u) => u.type === 'guardian_consent')?.missingFact ?? false;
};
const gate = (c: { readonly id: string }, docs: readonly object[] = own, policy: object = NOT_PART2) =>
  evaluateFirstSessionReadiness(fileOf(c, docs), policy, { asOf: DAY_BEFORE });
const codes = (r: { reasons: readonly { code: string }[] }) => r.reasons.map((x) => x.code);
const birthFor = (age: number) => `${2026 - age - 1}-06-15`;

describe('the first-session gate honours a minor’s own consent from the state’s minor-consent age', () => {
  it('a 13-year-old in Columbus, Ohio (born 2012-06-15) needs a parent; at 14 she consents alone (R.C. 5122.04)', () => {
    const thirteen = gate(teen('OH', '2012-06-15'));
    expect(thirteen.outcome).toBe('not_ready');
    expect(thirteen.blockers.map((b) => b.document)).toEqual(['guardian_consent', null]);
    const warning = thirteen.reasons.find((r) => r.code === 'intake.readiness.minor_consent_below_state_age');
    expect(warning?.facts).toMatchObject({
      state: 'OH',
      minimumAge: 14,
      statute: 'Ohio Rev. Code § 5122.04',
    });
    expect(gate(teen('OH', '2011-06-15')).outcome).toBe('ready');
  });

  it('a 15-year-old in Birmingham, Alabama needs a parent until 16 (22-8-4 as amended by Act 2025-455)', () => {
    expect(guardianNeeded(teen('AL', '2010-06-15'))).toBe(true);
    expect(guardianNeeded(teen('AL', '2009-06-15'))).toBe(false);
  });

  it('the 14th birthday is counted on the session’s date in the client’s zone: 18:00 Chicago on 2026-03-09 is 13', () => {
    // Born 2012-03-10: 14 on Tuesday the 10th; a Monday 18:00 Chicago session is already the 10th in UTC.
    const evening = teen('OH', '2012-03-10', { firstSessionAt: '2026-03-09T18:00:00-05:00' });
    const r = evaluateFirstSessionReadiness(fileOf(evening, own), NOT_PART2, {
      asOf: '2026-03-08T12:00:00-05:00',
    });
    expect(r.blockers.map((b) => b.document)).toContain('guardian_consent');
    const morning = { ...evening, firstSessionAt: '2026-03-10T09:00:00-05:00' };
    const s = evaluateFirstSessionReadiness(fileOf(morning, own), NOT_PART2, {
      asOf: '2026-03-08T12:00:00-05:00',
    });
    expect(s.outcome).toBe('ready');
  });

  it('Georgia, whose statute the library does not keep: undecided (minor_consent_age) until the practice declares an age', () => {
    const r = gate(teen('GA', '2010-06-15'));
    expect(r.outcome).toBe('undecided');
    expect(r.reasons.map((x) => [x.code, x.facts.missingFact])).toEqual([
      ['intake.requirements.missing_fact', 'minor_consent_age'],
    ]);
    expect(r.reasons[0]?.message).toContain('GA');
    expect(gate(teen('GA', '2010-06-15'), own, { part2Program: false, minorConsentAge: 14 }).outcome).toBe(
      'ready',
    );
    expect(guardianNeeded(teen('GA', '2010-06-15'), { part2Program: false, minorConsentAge: 16 })).toBe(true);
    // A state in the table decides by its statute, whatever the practice declares.
    expect(guardianNeeded(teen('OH', '2012-06-15'), { part2Program: false, minorConsentAge: 12 })).toBe(true);
  });

  it('with the state not recorded: undecided (state), never the library’s floor of 12', () => {
    expect(guardianNeeded(teen(undefined, '2010-06-15'))).toBe('state');
    // The practice's declared age also serves a client whose state is not recorded.
    expect(guardianNeeded(teen(undefined, '2010-06-15'), { part2Program: false, minorConsentAge: 14 })).toBe(
      false,
    );
  });

  it('a guardian’s consent on file settles it whatever the state says; without the flag the state’s age is not read', () => {
    const withParent = [...own, done('guardian_consent', SIGNED, { signerId: 'mom' })];
    expect(gate(teen('OH', '2012-06-15'), withParent).outcome).toBe('ready_with_warnings');
    expect(guardianNeeded(teen('GA', '2010-06-15', { minorMayConsentMentalHealth: false }))).toBe(true);
  });

  it('refuses a declared minor-consent age outside 12 to 17', () => {
    for (const minorConsentAge of [11, 18, 14.5]) {
      expect(() => gate(teen('OH', '2011-06-15'), own, { minorConsentAge })).toThrow(ValidationError);
    }
    expect(IntakePacketPolicy.parse({ minorConsentAge: 12 }).minorConsentAge).toBe(12);
  });
});

describe('releases and consents signed by a minor recorded as able to consent alone', () => {
  const release = (extra: object = {}) => done('release_of_information', SIGNED, extra);

  it('a 16-year-old in Atlanta: her own release, or her mother’s, waits on the minor-consent age (undecided)', () => {
    const c = teen('GA', '2009-06-15', { releaseNeeded: true });
    const policy = { ...THIRD_PARTY_SERVICE, minorConsentAge: undefined };
    for (const r of [
      gate(c, [...own, release()], policy),
      gate(c, [...own, release({ signerId: 'mom' })], policy),
    ]) {
      expect(r.outcome).toBe('undecided');
      expect(codes(r)).toContain('intake.readiness.minor_consent_age_unknown');
    }
    const declared = { ...THIRD_PARTY_SERVICE, minorConsentAge: 16 };
    expect(gate(c, [...own, release()], declared).outcome).toBe('ready');
  });

  it('an Ohioan of 18 who signed her treatment consent at 13 with the flag signs it again (R.C. 5122.04 starts at 14)', () => {
    // Born 2007-06-15: 13 on 2021-01-05, 18 on the session's date.
    const c = teen('OH', '2007-06-15');
    const early = [...own.slice(1), done('informed_consent', '2021-01-05T12:00:00-06:00')];
    const r = gate(c, early);
    expect(r.outcome).toBe('not_ready');
    expect(codes(r)).toEqual(['intake.readiness.consent_signed_as_minor']);
    // Signed at 14 (2021-07-01), with the flag: hers to sign then, it counts.
    const later = [...own.slice(1), done('informed_consent', '2021-07-01T12:00:00-05:00')];
    expect(gate(c, later).outcome).toBe('ready');
  });
});

describe('Mississippi between 18 and 21', () => {
  it('a 20-year-old in Jackson pays for herself: the financial policy, a promise to pay, is still a minor’s (1-3-27)', () => {
    // Her own consent to care is an adult's (41-41-203(a)), but her own signature on the financial policy does not
    // bind her: a guarantor or her listed parent signs it.
    const c = {
      ...teen('MS', '2005-06-15', { minorMayConsentMentalHealth: undefined, feesApply: true }),
      guardians: ['mom'],
    };
    const hers = [...own, done('financial_policy', SIGNED)];
    const r = gate(c, hers);
    expect(r.outcome).toBe('not_ready');
    expect(codes(r)).toEqual(['intake.readiness.financial_policy_not_by_payer']);
    expect(guardianNeeded(c)).toBe(false);
    expect(gate(c, [...own, done('financial_policy', SIGNED, { signerId: 'mom' })]).outcome).toBe('ready');
  });

  it('the table keeps 21 for Mississippi and 18 for its health-care decisions, the only state where they differ', () => {
    expect(
      AGE_OF_MAJORITY_RULES.filter((r) => r.healthCareAge !== r.age).map((r) => [
        r.state,
        r.age,
        r.healthCareAge,
        r.healthCareStatute,
      ]),
    ).toEqual([['MS', 21, 18, 'Miss. Code § 41-41-203(a)']]);
  });

  it('the corrected citations: Maine 1 M.R.S. 72(1), Missouri 431.060, New York DRL 2, Pennsylvania 23 Pa.C.S. 5101', () => {
    const cite = (s: string) => AGE_OF_MAJORITY_RULES.find((r) => r.state === s)?.statute;
    expect([cite('IN'), cite('ME'), cite('MO'), cite('NY'), cite('PA')]).toEqual([
      'Ind. Code § 1-1-4-5',
      '1 M.R.S. § 72(1)',
      'Mo. Rev. Stat. § 431.060',
      'N.Y. Dom. Rel. Law § 2',
      '23 Pa.C.S. § 5101',
    ]);
  });
});

describe('properties', () => {
  it('with the flag, a guardian consents exactly below the state’s minor-consent age, for every state in the table', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MINOR_MENTAL_HEALTH_CONSENT_RULES),
        fc.integer({ min: 0, max: 17 }),
        (rule, age) => {
          expect(guardianNeeded(teen(rule.state, birthFor(age)))).toBe(age < Math.max(12, rule.minimumAge));
        },
      ),
    );
  });

  it('a state outside the table never honours the flag without a declared age, and honours exactly from it', () => {
    const outside = UsState.options.filter(
      (s) => !MINOR_MENTAL_HEALTH_CONSENT_RULES.some((r) => r.state === s),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...outside),
        fc.integer({ min: 12, max: 17 }),
        fc.option(fc.integer({ min: 12, max: 17 }), { nil: undefined }),
        (state, age, declared) => {
          const policy = {
            part2Program: false,
            ...(declared === undefined ? {} : { minorConsentAge: declared }),
          };
          const answer = guardianNeeded(teen(state, birthFor(age)), policy);
          expect(answer).toBe(declared === undefined ? 'minor_consent_age' : age < declared);
        },
      ),
    );
  });

  it('the flag never lets a minor start without a guardian’s consent where the state’s age is not met', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MINOR_MENTAL_HEALTH_CONSENT_RULES),
        fc.integer({ min: 12, max: 17 }),
        (rule, age) => {
          fc.pre(age < rule.minimumAge);
          expect(gate(teen(rule.state, birthFor(age))).outcome).toBe('not_ready');
        },
      ),
    );
  });
});
