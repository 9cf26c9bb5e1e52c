import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateFirstSessionReadiness } from '../../../src/intake/index.js';
import { done, fileOf, NOT_PART2 } from '../intake-fixtures.js';

// First session Tuesday 2026-03-10 10:00 in New York, judged the morning before.
const SESSION = '2026-03-10T10:00:00-04:00';
const AS_OF = { asOf: '2026-03-09T08:00:00-04:00' };
const TEEN = {
  id: 'c-teen',
  zone: 'America/New_York',
  birthDate: '2012-05-01',
  billing: 'insured',
  modality: 'in_person',
  firstSessionAt: SESSION,
} as const;
const OTHERS = [
  done('informed_consent', '2026-03-05T18:00:00-05:00'),
  done('privacy_notice_acknowledgment', '2026-03-05T18:00:00-05:00'),
  done('intake_questionnaire', '2026-03-05T18:20:00-05:00'),
  done('insurance_card', '2026-03-05T18:25:00-05:00'),
];
const financial = (extra: { signerId?: string; completedAt?: string } = {}) =>
  done('financial_policy', extra.completedAt ?? '2026-03-05T18:01:00-05:00', {
    ...(extra.signerId === undefined ? {} : { signerId: extra.signerId }),
  });
const consentBy = (signerId: string) => done('guardian_consent', '2026-03-05T19:00:00-05:00', { signerId });
const codes = (r: { reasons: readonly { code: string }[] }) => r.reasons.map((x) => x.code);

describe('evaluateFirstSessionReadiness: the financial policy is signed by who pays', () => {
  it('counts a minor’s financial policy only from the guarantor, when one is recorded', () => {
    const teen = { ...TEEN, guarantorId: 'mother-1', guardians: ['mother-1', 'father-2'] };
    const run = (signerId?: string) =>
      evaluateFirstSessionReadiness(
        fileOf(teen, [
          ...OTHERS,
          consentBy('mother-1'),
          financial(signerId === undefined ? {} : { signerId }),
        ]),
        NOT_PART2,
        AS_OF,
      );
    expect(run('mother-1').outcome).toBe('ready');
    for (const signer of [undefined, 'c-teen', 'father-2']) {
      const r = run(signer);
      expect(r.outcome).toBe('not_ready');
      expect(codes(r)).toEqual(['intake.readiness.financial_policy_not_by_payer']);
      expect(r.reasons[0]?.facts).toMatchObject({ document: 'financial_policy', ignoredRecords: 1 });
    }
  });

  it('counts one from a listed guardian when no guarantor is recorded, never the minor’s own', () => {
    const teen = { ...TEEN, guardians: ['father-2'] };
    const docs = (signerId?: string) => [
      ...OTHERS,
      consentBy('father-2'),
      financial(signerId === undefined ? {} : { signerId }),
    ];
    expect(evaluateFirstSessionReadiness(fileOf(teen, docs('father-2')), NOT_PART2, AS_OF).outcome).toBe(
      'ready',
    );
    expect(evaluateFirstSessionReadiness(fileOf(teen, docs('c-teen')), NOT_PART2, AS_OF).outcome).toBe(
      'not_ready',
    );
    expect(evaluateFirstSessionReadiness(fileOf(teen, docs()), NOT_PART2, AS_OF).outcome).toBe('not_ready');
  });

  it('is undecided when papers are signed by someone else and no guardian is recorded (never assumed)', () => {
    // The guarantor is recorded (who pays), the guardians are not: the consent the guarantor signed may
    // be a parent's, or not.
    const teen = { ...TEEN, guarantorId: 'mother-1' };
    const r = evaluateFirstSessionReadiness(
      fileOf(teen, [...OTHERS, consentBy('mother-1'), financial({ signerId: 'mother-1' })]),
      NOT_PART2,
      AS_OF,
    );
    expect(r.outcome).toBe('undecided');
    expect(r.blockers.map((b) => [b.code, b.document, b.action])).toEqual([
      ['intake.readiness.guardians_unknown', 'guardian_consent', 'collect_missing_fact'],
    ]);
    // Neither guarantor nor guardians: the financial policy waits on the same fact.
    const nobody = evaluateFirstSessionReadiness(
      fileOf(TEEN, [...OTHERS, consentBy('mother-1'), financial({ signerId: 'mother-1' })]),
      NOT_PART2,
      AS_OF,
    );
    expect(nobody.outcome).toBe('undecided');
    expect(nobody.blockers.map((b) => b.document)).toEqual(['financial_policy', 'guardian_consent']);
  });

  it('does not count an adult’s own financial policy signed before their 18th birthday, in their zone', () => {
    // Born 2008-03-01 in Los Angeles, paying for themselves.
    const adult = { ...TEEN, id: 'c-ada', zone: 'America/Los_Angeles', state: 'CA', birthDate: '2008-03-01' };
    const run = (completedAt: string) =>
      evaluateFirstSessionReadiness(fileOf(adult, [...OTHERS, financial({ completedAt })]), NOT_PART2, AS_OF);
    expect(run('2026-03-01T00:00:00-08:00').outcome).toBe('ready');
    // 18:00 on 28 February in Los Angeles (already 1 March in UTC and New York): signed at 17.
    const r = run('2026-03-01T02:00:00Z');
    expect(r.outcome).toBe('not_ready');
    expect(codes(r)).toEqual(['intake.readiness.financial_policy_signed_as_minor']);
    // Signed at 18 by a client now 19: an adult's in California, a minor's in Alabama (majority 19, Ala. Code
    // 26-1-1); with the state not recorded, undecided; with the practice's declared age of 19, a minor's.
    const nineteen = { ...adult, state: undefined, birthDate: '2007-03-01' };
    const signedAt18 = [...OTHERS, financial({ completedAt: '2026-01-05T12:00:00-08:00' })];
    const gate = (client: object, policy: object = NOT_PART2) =>
      evaluateFirstSessionReadiness(fileOf({ ...nineteen, ...client }, signedAt18), policy, AS_OF);
    expect(gate({ state: 'CA' }).outcome).toBe('ready');
    expect(codes(gate({ state: 'AL' }))).toEqual(['intake.readiness.financial_policy_signed_as_minor']);
    const unknown = gate({});
    expect(unknown.outcome).toBe('undecided');
    // The guardian consent does not wait (since intake41): at 19 a person decides on their own care in every state
    // (Mississippi's minority runs to 21, but its health-care decisions are an adult's from 18, 41-41-203(a)).
    expect(codes(unknown)).toEqual(['intake.readiness.majority_unknown']);
    expect(unknown.reasons.map((x) => x.facts.missingFact ?? null)).toEqual([null]);
    expect(unknown.blockers.map((b) => b.action)).toEqual(['collect_missing_fact']);
    expect(gate({}, { part2Program: false, adultAge: 19 }).outcome).toBe('not_ready');
  });

  it('counts an adult’s financial policy only from the guarantor when someone else pays', () => {
    const adult = { ...TEEN, id: 'c-ada', birthDate: '1999-01-01', guarantorId: 'aunt-3' };
    expect(
      evaluateFirstSessionReadiness(
        fileOf(adult, [...OTHERS, financial({ signerId: 'aunt-3' })]),
        NOT_PART2,
        AS_OF,
      ).outcome,
    ).toBe('ready');
    expect(
      evaluateFirstSessionReadiness(fileOf(adult, [...OTHERS, financial()]), NOT_PART2, AS_OF).outcome,
    ).toBe('not_ready');
  });

  it('is never ready for a minor on a financial policy the minor signed (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5 }),
        fc.constantFrom(undefined, 'c-teen'),
        fc.boolean(),
        fc.boolean(),
        (ageOffset, signerId, withGuarantor, withGuardians) => {
          const teen = {
            ...TEEN,
            birthDate: `${2009 + ageOffset}-05-01`,
            ...(withGuarantor ? { guarantorId: 'mother-1' } : {}),
            ...(withGuardians ? { guardians: ['mother-1'] } : {}),
          };
          const r = evaluateFirstSessionReadiness(
            fileOf(teen, [
              ...OTHERS,
              consentBy('mother-1'),
              financial(signerId === undefined ? {} : { signerId }),
            ]),
            NOT_PART2,
            AS_OF,
          );
          expect(r.outcome).not.toBe('ready');
          expect(r.outcome).not.toBe('ready_with_warnings');
        },
      ),
    );
  });
});
