import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UsState } from '../../../src/core/index.js';
import {
  AGE_OF_MAJORITY_RULES,
  evaluateFirstSessionReadiness,
  evaluateMinorConsent,
  evaluateMinorSubstanceUseConsent,
  IntakePacketPolicy,
  listRequiredIntakeDocuments,
} from '../../../src/intake/index.js';
import { done, fileOf, NOT_PART2, THIRD_PARTY_SERVICE } from '../intake-fixtures.js';

// The age of majority is the state's: 18 in 47 states and DC, 19 in Alabama (Ala. Code 26-1-1) and Nebraska
// (Neb. Rev. Stat. 43-2101), 21 in Mississippi (Miss. Code 1-3-27) [sources: state-age-of-majority, al-code-26-1-1,
// neb-rev-stat-43-2101, miss-code-1-3-27]. Before intake40 the packet read one `adultAge` (18 by default) for every
// client: a 19-year-old in Alabama signed for themselves with no guardian asked. Since intake41 Mississippi's 21 is
// read for a promise to pay only: its health-care consent chapter makes a person of 18 an adult for their own care
// (Miss. Code 41-41-203(a)) [sources: miss-code-41-41-203].

const CHICAGO = 'America/Chicago';
const SESSION = '2026-03-10T10:00:00-05:00';
const DAY_BEFORE = '2026-03-09T12:00:00-05:00';
const SIGNED = '2026-03-05T18:00:00-06:00';
const client = (state: string | undefined, birthDate: string, extra: object = {}) => ({
  id: 'c-kay',
  zone: CHICAGO,
  birthDate,
  billing: 'insured',
  modality: 'in_person',
  feesApply: false,
  ...(state === undefined ? {} : { state }),
  firstSessionAt: SESSION,
  ...extra,
});
const needs = (c: object, policy: object = NOT_PART2, asOf = '2026-03-10') =>
  listRequiredIntakeDocuments(c as never, policy, { asOf });
const guardianNeeded = (c: object, policy: object = NOT_PART2) => {
  const list = needs(c, policy);
  if (list.required.some((r) => r.type === 'guardian_consent')) return true;
  return list.undecided.find((u) => u.type === 'guardian_consent')?.missingFact ?? false;
};
const own = [
  'informed_consent',
  'privacy_notice_acknowledgment',
  'intake_questionnaire',
  'insurance_card',
].map((t) => done(t, SIGNED));
const codes = (r: { reasons: readonly { code: string }[] }) => r.reasons.map((x) => x.code);

describe('AGE_OF_MAJORITY_RULES', () => {
  it('lists the 50 states and DC once each, 18 but for Alabama, Nebraska (19) and Mississippi (21), each with its statute', () => {
    const states = AGE_OF_MAJORITY_RULES.map((r) => r.state);
    expect(states).toHaveLength(51);
    expect(new Set(states).size).toBe(51);
    expect(UsState.options.filter((s) => !states.includes(s))).toEqual(['PR', 'GU', 'VI', 'AS', 'MP']);
    expect(AGE_OF_MAJORITY_RULES.filter((r) => r.age !== 18).map((r) => [r.state, r.age, r.statute])).toEqual(
      [
        ['AL', 19, 'Code of Alabama § 26-1-1'],
        ['MS', 21, 'Miss. Code § 1-3-27'],
        ['NE', 19, 'Neb. Rev. Stat. § 43-2101'],
      ],
    );
    for (const r of AGE_OF_MAJORITY_RULES) {
      expect(r.statute.length).toBeGreaterThan(5);
      expect(r.sourceKey).toMatch(/^[a-z0-9.-]+$/);
    }
  });
});

describe('the first-session gate reads the client’s state’s age of majority', () => {
  it('an 18-year-old in Birmingham, Alabama (born 2007-06-01) still needs a guardian’s consent; in Memphis she does not', () => {
    expect(guardianNeeded(client('AL', '2007-06-01'))).toBe(true);
    expect(guardianNeeded(client('TN', '2007-06-01'))).toBe(false);
    expect(guardianNeeded(client('AL', '2006-06-01'))).toBe(false);
  });

  it('an 18-year-old in Omaha needs a guardian’s consent until his 19th birthday (Nebraska 43-2101)', () => {
    expect(guardianNeeded(client('NE', '2007-03-11'))).toBe(true);
    expect(guardianNeeded(client('NE', '2007-03-10'))).toBe(false);
  });

  it('a 20-year-old in Jackson, Mississippi consents to her own care (41-41-203(a)); at 17 a guardian consents', () => {
    expect(guardianNeeded(client('MS', '2005-03-11'))).toBe(false);
    // 18 on Tuesday 2026-03-10, the session's date: her own consent; 17 the day before her birthday: a guardian's.
    expect(guardianNeeded(client('MS', '2008-03-10'))).toBe(false);
    expect(guardianNeeded(client('MS', '2008-03-11'))).toBe(true);
  });

  it('turning 19 is counted in the client’s zone: an 18:00 Chicago session on Monday 2026-03-09 (already the 10th in UTC)', () => {
    const evening = { ...client('AL', '2007-03-10'), firstSessionAt: '2026-03-09T18:00:00-05:00' };
    const r = evaluateFirstSessionReadiness(fileOf(evening, own), NOT_PART2, {
      asOf: '2026-03-08T12:00:00-05:00',
    });
    expect(r.blockers.map((b) => b.document)).toContain('guardian_consent');
    const nextMorning = { ...evening, firstSessionAt: '2026-03-10T09:00:00-05:00' };
    const s = evaluateFirstSessionReadiness(fileOf(nextMorning, own), NOT_PART2, {
      asOf: '2026-03-08T12:00:00-05:00',
    });
    // 19 that morning: no guardian consent, and the treatment consent she signed at 18 (a minor in Alabama,
    // without the right to consent alone) is hers to sign again as an adult.
    expect(s.outcome).toBe('not_ready');
    expect(codes(s)).toEqual(['intake.readiness.consent_signed_as_minor']);
  });

  it('with the state not recorded, an 18-year-old is undecided (missing fact state), never taken as an adult', () => {
    const r = evaluateFirstSessionReadiness(fileOf(client(undefined, '2007-06-01'), own), NOT_PART2, {
      asOf: DAY_BEFORE,
    });
    expect(r.outcome).toBe('undecided');
    expect(r.reasons.map((x) => [x.code, x.facts.missingFact])).toEqual([
      ['intake.requirements.missing_fact', 'state'],
    ]);
    expect(r.reasons[0]?.message).toContain('Alabama and Nebraska');
    // Under 18 is a minor and, for their own care, 19 an adult in every state: no state needed.
    expect(guardianNeeded(client(undefined, '2008-06-01'))).toBe(true);
    expect(guardianNeeded(client(undefined, '2006-06-01'))).toBe(false);
    expect(guardianNeeded(client(undefined, '2004-06-01'))).toBe(false);
    // A practice declares its own age for the clients whose state is not recorded; a recorded state still wins.
    const declared = IntakePacketPolicy.parse({ part2Program: false, adultAge: 18 });
    expect(guardianNeeded(client(undefined, '2007-06-01'), declared)).toBe(false);
    expect(guardianNeeded(client('AL', '2007-06-01'), declared)).toBe(true);
  });

  it('a territory the table does not list (Puerto Rico) is undecided at 18, an adult for their care from 19', () => {
    expect(guardianNeeded(client('PR', '2007-06-01'))).toBe('state');
    expect(guardianNeeded(client('PR', '2006-06-01'))).toBe(false);
  });
});

describe('releases and consents signed at 17, 18 and 19, by state', () => {
  // A Nebraskan born 2006-03-01 is 20 on the session's date, an adult; she signed her release at 18 or at 19.
  const release = (completedAt: string) => done('release_of_information', completedAt);
  const gate = (state: string | undefined, signedAt: string, policy: object = THIRD_PARTY_SERVICE) =>
    evaluateFirstSessionReadiness(
      fileOf(client(state, '2006-03-01', { releaseNeeded: true }), [...own, release(signedAt)]),
      policy,
      { asOf: DAY_BEFORE },
    );

  it('signed at 18 in Nebraska (2025-02-15): a minor’s signature without the right to consent alone, signed again', () => {
    const r = gate('NE', '2025-02-15T12:00:00-06:00');
    expect(r.outcome).toBe('not_ready');
    expect(codes(r)).toEqual(['intake.readiness.release_signed_as_minor']);
  });

  it('signed at 19 in Nebraska (2025-03-05), or at 18 in Iowa: it counts', () => {
    expect(gate('NE', '2025-03-05T12:00:00-06:00').outcome).toBe('ready');
    expect(gate('IA', '2025-02-15T12:00:00-06:00').outcome).toBe('ready');
  });

  it('signed at 18 with the state not recorded, by a client now 22: undecided (majority_unknown), never counted', () => {
    const older = client(undefined, '2004-03-01', { releaseNeeded: true });
    const r = evaluateFirstSessionReadiness(
      fileOf(older, [...own, release('2022-06-01T12:00:00-05:00')]),
      THIRD_PARTY_SERVICE,
      { asOf: DAY_BEFORE },
    );
    expect(r.outcome).toBe('undecided');
    expect(codes(r)).toEqual(['intake.readiness.majority_unknown']);
    expect(r.blockers.map((b) => b.action)).toEqual(['collect_missing_fact']);
    // Signed at 19 (2023-06-01): an adult's signature for their own care in every state, so it counts.
    const at19 = evaluateFirstSessionReadiness(
      fileOf(older, [...own, release('2023-06-01T12:00:00-05:00')]),
      THIRD_PARTY_SERVICE,
      { asOf: DAY_BEFORE },
    );
    expect(at19.outcome).toBe('ready');
  });

  it('a 20-year-old Mississippian signs her own release (41-41-203(a)); her mother’s alone does not count', () => {
    const mississippi = client('MS', '2005-06-01', { releaseNeeded: true, guardians: ['mom'] });
    const policy = THIRD_PARTY_SERVICE;
    const hers = [...own, done('release_of_information', SIGNED)];
    expect(
      evaluateFirstSessionReadiness(fileOf(mississippi, hers), policy, { asOf: DAY_BEFORE }).outcome,
    ).toBe('ready');
    const byMother = [...own, done('release_of_information', SIGNED, { signerId: 'mom' })];
    const r = evaluateFirstSessionReadiness(fileOf(mississippi, byMother), policy, { asOf: DAY_BEFORE });
    expect(r.outcome).toBe('not_ready');
    expect(codes(r)).toEqual(['intake.readiness.release_not_by_client_or_representative']);
  });

  it('an 18-year-old Alabamian’s treatment consent signed by herself does not replace the guardian’s', () => {
    const r = evaluateFirstSessionReadiness(fileOf(client('AL', '2007-06-01'), own), NOT_PART2, {
      asOf: DAY_BEFORE,
    });
    expect(r.outcome).toBe('not_ready');
    expect(r.blockers.map((b) => b.document)).toEqual(['guardian_consent']);
  });
});

describe('evaluateMinorConsent and evaluateMinorSubstanceUseConsent read the state’s majority too', () => {
  it('an 18-year-old in Alabama is a minor of 16 or more, who may consent alone (22-8-4); in Nebraska, undecided (no statute cited)', () => {
    const al = evaluateMinorConsent({ state: 'AL', birthDate: '2008-03-01' }, { asOf: '2026-12-07' });
    expect(al.outcome).toBe('may_consent');
    expect(al.reasons.map((r) => r.code)).toEqual(['intake.minor_consent.state_law']);
    const ne = evaluateMinorConsent({ state: 'NE', birthDate: '2008-03-01' }, { asOf: '2026-12-07' });
    expect(ne.reasons.map((r) => r.code)).toEqual(['intake.minor_consent.state_not_in_table']);
  });

  it('a 20-year-old in Mississippi is an adult to both answers, for her own care (41-41-203(a))', () => {
    const facts = { state: 'MS', birthDate: '2006-03-01' } as const;
    const mh = evaluateMinorConsent(facts, { asOf: '2026-12-07' });
    expect(mh.outcome).toBe('may_consent');
    expect(mh.reasons.map((r) => [r.code, r.facts.adultAge, r.facts.statute])).toEqual([
      ['intake.minor_consent.adult', 18, 'Miss. Code § 41-41-203(a)'],
    ]);
    expect(evaluateMinorSubstanceUseConsent(facts, { asOf: '2026-12-07' }).part2Signers).toBe('client_alone');
  });

  it('with no state, 18 is undecided (majority_unknown), 19 an adult for their own care', () => {
    const unknown = evaluateMinorConsent({ birthDate: '2008-03-01' }, { asOf: '2026-12-07' });
    expect(unknown.outcome).toBe('undecided');
    expect(unknown.reasons.map((r) => [r.code, r.facts.action])).toEqual([
      ['intake.minor_consent.majority_unknown', 'collect_missing_fact'],
    ]);
    expect(evaluateMinorConsent({ birthDate: '2007-03-01' }, { asOf: '2026-12-07' }).outcome).toBe(
      'may_consent',
    );
  });
});

describe('properties', () => {
  const birthFor = (age: number) => `${2026 - age}-01-15`;

  it('asks a guardian exactly below the state’s age for health-care decisions (no flags), for every state and age', () => {
    fc.assert(
      fc.property(fc.constantFrom(...AGE_OF_MAJORITY_RULES), fc.integer({ min: 0, max: 30 }), (rule, age) => {
        expect(guardianNeeded(client(rule.state, birthFor(age)))).toBe(age < rule.healthCareAge);
      }),
    );
  });

  it('with no state, a minor below 18, an adult for their care from 19, undecided at 18, whatever the date', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), (age) => {
        const answer = guardianNeeded(client(undefined, birthFor(age)));
        expect(answer).toBe(age < 18 ? true : age >= 19 ? false : 'state');
      }),
    );
  });

  it('evaluateMinorConsent says adult exactly from the state’s age of majority', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...AGE_OF_MAJORITY_RULES),
        fc.integer({ min: 12, max: 30 }),
        (rule, age) => {
          const d = evaluateMinorConsent(
            { state: rule.state, birthDate: birthFor(age) },
            { asOf: '2026-06-01' },
          );
          expect(d.reasons.some((r) => r.code === 'intake.minor_consent.adult')).toBe(
            age >= rule.healthCareAge,
          );
        },
      ),
    );
  });
});
