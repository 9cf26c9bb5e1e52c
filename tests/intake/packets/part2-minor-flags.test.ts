import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/core/index.js';
import {
  evaluateFirstSessionReadiness,
  evaluateIntakeFollowUp,
  evaluateMinorConsent,
  listRequiredIntakeDocuments,
} from '../../../src/intake/index.js';
import { done, fileOf } from '../intake-fixtures.js';

// Two laws, two flags. A minor's own consent to outpatient mental-health care (a state's mental-health statute,
// e.g. RCW 71.34.530 in Washington from 13) waives the guardian consent. Who signs a 42 CFR Part 2 consent
// follows the state's SUBSTANCE-USE treatment law instead (42 CFR 2.14(b) and (c)): only
// `minorMayConsentSubstanceUse` decides it, and while it is unknown neither the minor alone nor a parent alone
// completes the consent.

const PART2 = { part2Program: true } as const;
const AS_OF = { asOf: '2026-03-09T12:00:00-07:00' };
const SIGNER_UNKNOWN = 'intake.readiness.substance_use_consent_signer_unknown';

/** A 15-year-old in Washington (born 2010-11-20), mother listed and paying; first session Tuesday 2026-03-10. */
const WA_TEEN = {
  id: 'c-wren',
  zone: 'America/Los_Angeles',
  state: 'WA',
  birthDate: '2010-11-20',
  billing: 'insured',
  modality: 'in_person',
  guardians: ['mom-1'],
  guarantorId: 'mom-1',
  firstSessionAt: '2026-03-10T10:00:00-07:00',
} as const;

const AT = '2026-03-05T18:00:00-08:00';
const PACKET = [
  done('informed_consent', AT),
  done('privacy_notice_acknowledgment', AT),
  done('financial_policy', AT, { signerId: 'mom-1' }),
  done('intake_questionnaire', AT),
  done('insurance_card', AT),
  done('part2_notice', AT),
];
const GUARDIAN_CONSENT = done('guardian_consent', AT, { signerId: 'mom-1' });
const BY_MOTHER = done('part2_consent', '2026-03-05T18:40:00-08:00', { signerId: 'mom-1' });
const BY_TEEN = done('part2_consent', '2026-03-05T18:45:00-08:00', { signerId: 'c-wren' });

const codes = (r: { reasons: readonly { code: string }[] }) => r.reasons.map((x) => x.code);
const part2Only = (r: ReturnType<typeof evaluateFirstSessionReadiness>) => ({
  reasons: r.reasons.filter((x) => x.facts.document === 'part2_consent'),
  blockers: r.blockers.filter((b) => b.document === 'part2_consent'),
});

describe('a Washington 15-year-old who may consent to mental-health care, substance-use answer absent', () => {
  // RCW 71.34.530: from 13 a minor may consent alone to outpatient mental-health treatment.
  const mentalHealth = evaluateMinorConsent(
    { state: 'WA', birthDate: WA_TEEN.birthDate },
    { asOf: '2026-03-10' },
  );
  const teen = { ...WA_TEEN, minorMayConsentMentalHealth: mentalHealth.outcome === 'may_consent' };

  it('takes the mental-health answer from evaluateMinorConsent, which waives the guardian consent only', () => {
    expect(mentalHealth.outcome).toBe('may_consent');
    const types = listRequiredIntakeDocuments({ ...teen, guardians: ['mom-1'] }, PART2, {
      asOf: '2026-03-10',
    }).required.map((r) => r.type);
    expect(types).not.toContain('guardian_consent');
    expect(types).toContain('part2_consent');
  });

  it('is undecided with the teen’s Part 2 signature alone: 2.14(b) would take it, 2.14(c) would not', () => {
    const r = evaluateFirstSessionReadiness(fileOf(teen, [...PACKET, BY_TEEN]), PART2, AS_OF);
    expect(r.outcome).toBe('undecided');
    expect(r.reasons.find((x) => x.code === SIGNER_UNKNOWN)?.facts).toMatchObject({
      document: 'part2_consent',
      minorSigned: true,
      guardianSigned: false,
      minorMayConsentSubstanceUse: null,
      action: 'collect_missing_fact',
    });
    expect(codes(r)).not.toContain('intake.readiness.substance_use_consent_not_by_minor');
  });

  it('is not ready with the mother’s Part 2 signature alone: the minor signs under either rule', () => {
    const r = evaluateFirstSessionReadiness(fileOf(teen, [...PACKET, BY_MOTHER]), PART2, AS_OF);
    expect(r.outcome).toBe('not_ready');
    expect(codes(r)).toContain(SIGNER_UNKNOWN);
    expect(r.blockers.some((b) => b.document === 'part2_consent' && b.action === 'send_document')).toBe(true);
  });

  it('is not ready with no Part 2 consent on file, and asks for the substance-use answer too', () => {
    const r = evaluateFirstSessionReadiness(fileOf(teen, PACKET), PART2, AS_OF);
    expect(r.outcome).toBe('not_ready');
    expect(r.blockers.filter((b) => b.document === 'part2_consent').map((b) => b.action)).toEqual([
      'send_document',
      'collect_missing_fact',
    ]);
  });

  it('is ready with both signatures, which count under 2.14(b) and (c) alike', () => {
    const r = evaluateFirstSessionReadiness(fileOf(teen, [...PACKET, BY_MOTHER, BY_TEEN]), PART2, AS_OF);
    expect(r.outcome).toBe('ready');
  });

  it('keeps chasing the Part 2 consent the teen alone signed', () => {
    const d = evaluateIntakeFollowUp(
      fileOf(teen, [...PACKET, BY_TEEN]),
      PART2,
      {},
      { asOf: '2026-03-06T12:00:00-08:00' },
    );
    expect(codes(d)).not.toContain('intake.follow_up.packet_complete');
  });

  it('is not asked outside a Part 2 program', () => {
    const r = evaluateFirstSessionReadiness(fileOf(teen, PACKET.slice(0, 5)), { part2Program: false }, AS_OF);
    expect(r.outcome).toBe('ready');
  });
});

describe('both answers given, and different', () => {
  it('mental-health yes, substance-use no: no guardian consent, but the Part 2 consent needs the mother too (2.14(c))', () => {
    const teen = { ...WA_TEEN, minorMayConsentMentalHealth: true, minorMayConsentSubstanceUse: false };
    const teenOnly = evaluateFirstSessionReadiness(fileOf(teen, [...PACKET, BY_TEEN]), PART2, AS_OF);
    expect(teenOnly.outcome).toBe('not_ready');
    expect(codes(teenOnly)).toEqual(['intake.readiness.substance_use_consent_needs_client_and_guardian']);
    const both = evaluateFirstSessionReadiness(fileOf(teen, [...PACKET, BY_TEEN, BY_MOTHER]), PART2, AS_OF);
    expect(both.outcome).toBe('ready');
  });

  it('mental-health no, substance-use yes: a guardian consents to care, the 13-year-old alone signs Part 2 (2.14(b))', () => {
    const teen = {
      ...WA_TEEN,
      birthDate: '2012-12-01',
      minorMayConsentMentalHealth: false,
      minorMayConsentSubstanceUse: true,
    };
    const withoutGuardian = evaluateFirstSessionReadiness(fileOf(teen, [...PACKET, BY_TEEN]), PART2, AS_OF);
    expect(withoutGuardian.outcome).toBe('not_ready');
    expect(withoutGuardian.blockers.map((b) => b.document)).toEqual(['guardian_consent']);
    const ready = evaluateFirstSessionReadiness(
      fileOf(teen, [...PACKET, GUARDIAN_CONSENT, BY_TEEN]),
      PART2,
      AS_OF,
    );
    expect(ready.outcome).toBe('ready');
    const motherOnly = evaluateFirstSessionReadiness(
      fileOf(teen, [...PACKET, GUARDIAN_CONSENT, BY_MOTHER]),
      PART2,
      AS_OF,
    );
    expect(codes(motherOnly)).toEqual(['intake.readiness.substance_use_consent_not_by_minor']);
  });
});

describe('the deprecated minorMayConsent', () => {
  it('reads as the mental-health answer only: the guardian consent is waived, the Part 2 signer stays undecided', () => {
    const teen = { ...WA_TEEN, minorMayConsent: true };
    const r = evaluateFirstSessionReadiness(fileOf(teen, [...PACKET, BY_TEEN]), PART2, AS_OF);
    expect(r.outcome).toBe('undecided');
    expect(codes(r)).toEqual([SIGNER_UNKNOWN]);
  });

  it('is refused beside either split flag, by path and code, without echoing the values', () => {
    for (const split of [{ minorMayConsentMentalHealth: true }, { minorMayConsentSubstanceUse: false }]) {
      const teen = { ...WA_TEEN, minorMayConsent: true, ...split };
      let error: unknown;
      try {
        evaluateFirstSessionReadiness(fileOf(teen, PACKET), PART2, AS_OF);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues.map((i) => [i.at, i.code])).toEqual([
        ['$.file.client.minorMayConsent', 'intake.client.deprecated_minor_consent_beside_split'],
      ]);
      expect((error as ValidationError).message).not.toContain('true');
    }
  });
});

describe('Part 2 signers read the substance-use answer only (42 CFR 2.14) (properties)', () => {
  const flag = fc.constantFrom(true, false, undefined);
  const consents = fc.subarray([BY_MOTHER, BY_TEEN, done('part2_consent', AT, { signerId: 'coach-1' })]);
  const birthDate = fc.constantFrom('2010-11-20', '2013-02-01', '2014-09-01', '2000-01-01');

  it('never changes with the mental-health answer (or the deprecated alias)', () => {
    fc.assert(
      fc.property(consents, flag, flag, flag, birthDate, (docs, sud, mhA, mhB, born) => {
        const at = (mh: boolean | undefined, alias: boolean) => {
          const mental =
            mh === undefined ? {} : alias ? { minorMayConsent: mh } : { minorMayConsentMentalHealth: mh };
          const sudFlag = sud === undefined ? {} : { minorMayConsentSubstanceUse: sud };
          const client = { ...WA_TEEN, birthDate: born, ...mental, ...sudFlag };
          return part2Only(
            evaluateFirstSessionReadiness(
              fileOf(client, [...PACKET, GUARDIAN_CONSENT, ...docs]),
              PART2,
              AS_OF,
            ),
          );
        };
        const base = at(mhA, false);
        expect(at(mhB, false)).toEqual(base);
        if (sud === undefined) expect(at(mhB, true)).toEqual(base);
      }),
    );
  });

  it('with the substance-use answer unknown, is never ready on the minor’s or a parent’s signature alone', () => {
    fc.assert(
      fc.property(consents, flag, birthDate, (docs, mh, born) => {
        const client = {
          ...WA_TEEN,
          birthDate: born,
          ...(mh === undefined ? {} : { minorMayConsentMentalHealth: mh }),
        };
        const r = evaluateFirstSessionReadiness(
          fileOf(client, [...PACKET, GUARDIAN_CONSENT, ...docs]),
          PART2,
          AS_OF,
        );
        const minor = born !== '2000-01-01';
        if (minor && r.outcome === 'ready') {
          expect(docs).toContain(BY_TEEN);
          expect(docs).toContain(BY_MOTHER);
        }
        if (minor && born !== '2014-09-01')
          expect(codes(r).includes(SIGNER_UNKNOWN)).toBe(r.outcome !== 'ready');
      }),
    );
  });
});
