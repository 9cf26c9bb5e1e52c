import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UsState } from '../../../src/core/index.js';
import {
  evaluateFirstSessionReadiness,
  MINOR_SUBSTANCE_USE_CONSENT_RULES,
} from '../../../src/intake/index.js';
import { done, fileOf } from '../intake-fixtures.js';

// With no `minorMayConsentSubstanceUse` recorded, a minor's Part 2 signers follow the client's state's
// substance-use statute where the library cites one: alone where it lets the minor consent alone
// (42 CFR 2.14(b)), with a parent otherwise (2.14(c)); a condition the packet cannot see, or a state outside the
// table, leaves them undecided. The recorded flag wins.

const PART2 = { part2Program: true } as const;
const AS_OF = { asOf: '2026-03-09T12:00:00-05:00' };
const BY_STATE_LAW = 'intake.readiness.substance_use_consent_by_state_law';
const SIGNER_UNKNOWN = 'intake.readiness.substance_use_consent_signer_unknown';

/** A 14-year-old in Chicago (born 2011-08-14), mother listed and paying; first session Tuesday 2026-03-10. */
const IL_TEEN = {
  id: 'c-juniper',
  zone: 'America/Chicago',
  state: 'IL',
  birthDate: '2011-08-14',
  billing: 'insured',
  modality: 'in_person',
  guardians: ['mom-1'],
  guarantorId: 'mom-1',
  minorMayConsentMentalHealth: false,
  firstSessionAt: '2026-03-10T10:00:00-05:00',
} as const;

const AT = '2026-03-05T18:00:00-06:00';
const PACKET = [
  done('informed_consent', AT),
  done('privacy_notice_acknowledgment', AT),
  done('financial_policy', AT, { signerId: 'mom-1' }),
  done('intake_questionnaire', AT),
  done('insurance_card', AT),
  done('part2_notice', AT),
  done('guardian_consent', AT, { signerId: 'mom-1' }),
];
const BY_MOTHER = done('part2_consent', '2026-03-05T18:40:00-06:00', { signerId: 'mom-1' });
const BY_TEEN = done('part2_consent', '2026-03-05T18:45:00-06:00', { signerId: 'c-juniper' });

const codes = (r: { reasons: readonly { code: string }[] }) => r.reasons.map((x) => x.code);

describe('an Illinois 14-year-old, substance-use answer not recorded (410 ILCS 210/4: from 12)', () => {
  it('is ready on the teen’s own Part 2 signature (2.14(b)), and says which statute decided it', () => {
    const r = evaluateFirstSessionReadiness(fileOf(IL_TEEN, [...PACKET, BY_TEEN]), PART2, AS_OF);
    expect(r.outcome).toBe('ready');
    expect(r.reasons).toEqual([
      expect.objectContaining({
        code: BY_STATE_LAW,
        severity: 'info',
        facts: expect.objectContaining({
          state: 'IL',
          statute: '410 ILCS 210/4',
          source: 'ilcs-410-210-4',
          part2Signers: 'client_alone',
          // the deprecated spelling, kept one release beside part2Signers
          signers: 'minor_only',
        }),
      }),
    ]);
  });

  it('is not ready on the mother’s signature alone: only the minor signs (2.14(b))', () => {
    const r = evaluateFirstSessionReadiness(fileOf(IL_TEEN, [...PACKET, BY_MOTHER]), PART2, AS_OF);
    expect(r.outcome).toBe('not_ready');
    expect(codes(r)).toContain('intake.readiness.substance_use_consent_not_by_minor');
    expect(
      r.reasons.find((x) => x.code === 'intake.readiness.substance_use_consent_not_by_minor')?.facts,
    ).toMatchObject({
      statute: '410 ILCS 210/4',
    });
  });

  it('follows the practice’s recorded no instead (the flag wins): the mother signs too (2.14(c)), no statute reason', () => {
    const teen = { ...IL_TEEN, minorMayConsentSubstanceUse: false };
    const r = evaluateFirstSessionReadiness(fileOf(teen, [...PACKET, BY_TEEN]), PART2, AS_OF);
    expect(r.outcome).toBe('not_ready');
    expect(codes(r)).toEqual(['intake.readiness.substance_use_consent_needs_client_and_guardian']);
  });
});

describe('an Oregon 13-year-old, substance-use answer not recorded (ORS 109.675: from 14)', () => {
  const teen = { ...IL_TEEN, state: 'OR', zone: 'America/Los_Angeles', birthDate: '2012-09-01' };

  it('needs the mother’s signature beside the teen’s (2.14(c)), and says which statute decided it', () => {
    const teenOnly = evaluateFirstSessionReadiness(fileOf(teen, [...PACKET, BY_TEEN]), PART2, AS_OF);
    expect(teenOnly.outcome).toBe('not_ready');
    expect(codes(teenOnly).sort()).toEqual([
      BY_STATE_LAW,
      'intake.readiness.substance_use_consent_needs_client_and_guardian',
    ]);
    const both = evaluateFirstSessionReadiness(fileOf(teen, [...PACKET, BY_TEEN, BY_MOTHER]), PART2, AS_OF);
    expect(both.outcome).toBe('ready');
    expect(both.reasons.map((x) => [x.code, x.facts.statute, x.facts.part2Signers, x.facts.signers])).toEqual(
      [[BY_STATE_LAW, 'ORS § 109.675', 'client_and_guardian', 'minor_and_guardian']],
    );
  });
});

describe('a table state with a condition the packet cannot see stays undecided, naming its statute', () => {
  it('California (Family Code 6929: medication limited): the teen’s signature alone is undecided', () => {
    const teen = { ...IL_TEEN, state: 'CA', zone: 'America/Los_Angeles' };
    const r = evaluateFirstSessionReadiness(fileOf(teen, [...PACKET, BY_TEEN]), PART2, AS_OF);
    expect(r.outcome).toBe('undecided');
    expect(r.reasons.find((x) => x.code === SIGNER_UNKNOWN)?.facts).toMatchObject({
      state: 'CA',
      statute: 'Cal. Family Code § 6929',
      stateLaw: 'intake.minor_consent.substance_use_medication_limited',
    });
  });

  it('New York (Mental Hygiene Law 22.11: a physician’s finding): undecided until the practice records its answer', () => {
    const teen = { ...IL_TEEN, state: 'NY', zone: 'America/New_York' };
    const r = evaluateFirstSessionReadiness(fileOf(teen, [...PACKET, BY_TEEN]), PART2, AS_OF);
    expect(r.outcome).toBe('undecided');
    expect(r.reasons.find((x) => x.code === SIGNER_UNKNOWN)?.facts).toMatchObject({
      statute: 'N.Y. Mental Hygiene Law § 22.11',
      stateLaw: 'intake.minor_consent.professional_finding_needed',
    });
    const both = evaluateFirstSessionReadiness(fileOf(teen, [...PACKET, BY_TEEN, BY_MOTHER]), PART2, AS_OF);
    expect(both.outcome).toBe('ready');
  });
});

describe('Part 2 signers by state table (properties)', () => {
  const cited = new Set(MINOR_SUBSTANCE_USE_CONSENT_RULES.map((r) => r.state));
  const uncited = UsState.options.filter((s) => !cited.has(s));
  // Minors on the session's day, 2026-03-10: 14, 12 (13 tomorrow), 12 today, 17 (18 tomorrow).
  const birthDate = fc.constantFrom('2011-08-14', '2013-03-11', '2014-03-10', '2008-03-11');

  it('a state outside the table (or none) never makes the minor’s own signature enough, nor names a statute', () => {
    fc.assert(
      fc.property(fc.option(fc.constantFrom(...uncited), { nil: undefined }), birthDate, (state, born) => {
        const teen = { ...IL_TEEN, state, birthDate: born };
        const r = evaluateFirstSessionReadiness(fileOf(teen, [...PACKET, BY_TEEN]), PART2, AS_OF);
        expect(r.outcome).not.toBe('ready');
        expect(codes(r)).not.toContain(BY_STATE_LAW);
      }),
    );
  });

  it('a recorded substance-use answer always wins over the table', () => {
    fc.assert(
      fc.property(fc.constantFrom(...UsState.options), fc.boolean(), birthDate, (state, sud, born) => {
        const at = (s: string) => {
          const teen = { ...IL_TEEN, state: s, birthDate: born, minorMayConsentSubstanceUse: sud };
          return evaluateFirstSessionReadiness(fileOf(teen, [...PACKET, BY_TEEN]), PART2, AS_OF);
        };
        const r = at(state);
        expect(r).toEqual(at('TX'));
        expect(codes(r)).not.toContain(BY_STATE_LAW);
      }),
    );
  });
});
