import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateFirstSessionReadiness, evaluateIntakeFollowUp } from '../../../src/intake/index.js';
import { done, fileOf } from '../intake-fixtures.js';

// 42 CFR 2.14 (minor patients), as amended in 2024: where state law lets a minor obtain substance-use
// treatment without a parent's consent, only the minor may sign a Part 2 consent (2.14(b)); where state law
// requires a parent's or guardian's consent to treatment, a Part 2 consent needs both the minor's and the
// parent's or guardian's signature (2.14(c)).

const PART2 = { part2Program: true } as const;
const AS_OF = { asOf: '2026-03-09T12:00:00-04:00' };

/**
 * A 15-year-old (born 2010-11-20) whose mother is the listed guardian and pays; first session 2026-03-10. The
 * practice recorded that state substance-use law does not let them consent alone.
 */
const TEEN = {
  id: 'c-sam',
  zone: 'America/New_York',
  birthDate: '2010-11-20',
  billing: 'insured',
  modality: 'in_person',
  guardians: ['mom-1'],
  guarantorId: 'mom-1',
  firstSessionAt: '2026-03-10T10:00:00-04:00',
  minorMayConsentSubstanceUse: false,
} as const;

const AT = '2026-03-05T18:00:00-05:00';
const PACKET = [
  done('informed_consent', AT),
  done('privacy_notice_acknowledgment', AT),
  done('financial_policy', AT, { signerId: 'mom-1' }),
  done('intake_questionnaire', AT),
  done('insurance_card', AT),
  done('part2_notice', AT),
];
const GUARDIAN_CONSENT = done('guardian_consent', AT, { signerId: 'mom-1' });
const BY_MOTHER = done('part2_consent', '2026-03-05T18:40:00-05:00', { signerId: 'mom-1' });
const BY_TEEN = done('part2_consent', '2026-03-05T18:45:00-05:00', { signerId: 'c-sam' });
const BY_TEEN_UNNAMED = done('part2_consent', '2026-03-05T18:45:00-05:00');

const codes = (r: { reasons: readonly { code: string }[] }) => r.reasons.map((x) => x.code);

describe('a minor’s 42 CFR Part 2 consent (2.14)', () => {
  it('needs the 15-year-old’s own signature beside the mother’s where state law needs a parent’s consent (2.14(c))', () => {
    const motherOnly = evaluateFirstSessionReadiness(
      fileOf(TEEN, [...PACKET, GUARDIAN_CONSENT, BY_MOTHER]),
      PART2,
      AS_OF,
    );
    expect(motherOnly.outcome).toBe('not_ready');
    const r = motherOnly.reasons.find(
      (x) => x.code === 'intake.readiness.substance_use_consent_needs_client_and_guardian',
    );
    expect(r?.facts).toMatchObject({ minorSigned: false, guardianSigned: true, action: 'send_document' });
    expect(r?.message).toContain('2.14(c)');

    const teenOnly = evaluateFirstSessionReadiness(
      fileOf(TEEN, [...PACKET, GUARDIAN_CONSENT, BY_TEEN]),
      PART2,
      AS_OF,
    );
    expect(teenOnly.outcome).toBe('not_ready');
    expect(
      teenOnly.reasons.find(
        (x) => x.code === 'intake.readiness.substance_use_consent_needs_client_and_guardian',
      )?.facts,
    ).toMatchObject({ minorSigned: true, guardianSigned: false });

    const both = evaluateFirstSessionReadiness(
      fileOf(TEEN, [...PACKET, GUARDIAN_CONSENT, BY_MOTHER, BY_TEEN_UNNAMED]),
      PART2,
      AS_OF,
    );
    expect(both.outcome).toBe('ready');
  });

  it('takes only the minor’s signature where state law lets them obtain treatment alone (2.14(b))', () => {
    // A 15-year-old in Oregon, where a minor may consent alone to mental-health care from 14 (ORS 109.675).
    const selfConsenting = {
      ...TEEN,
      state: 'OR',
      minorMayConsentMentalHealth: true,
      minorMayConsentSubstanceUse: true,
    };
    const motherOnly = evaluateFirstSessionReadiness(
      fileOf(selfConsenting, [...PACKET, BY_MOTHER]),
      PART2,
      AS_OF,
    );
    expect(motherOnly.outcome).toBe('not_ready');
    expect(codes(motherOnly)).toContain('intake.readiness.substance_use_consent_not_by_minor');
    const own = evaluateFirstSessionReadiness(fileOf(selfConsenting, [...PACKET, BY_TEEN]), PART2, AS_OF);
    expect(own.outcome).toBe('ready');
  });

  it('does not honour a self-consent flag for an 11-year-old: the guardian signs too', () => {
    const child = { ...TEEN, birthDate: '2014-09-01', minorMayConsentSubstanceUse: true };
    const r = evaluateFirstSessionReadiness(
      fileOf(child, [...PACKET, GUARDIAN_CONSENT, BY_TEEN]),
      PART2,
      AS_OF,
    );
    expect(r.outcome).toBe('not_ready');
    expect(codes(r)).toContain('intake.readiness.substance_use_consent_needs_client_and_guardian');
    expect(codes(r)).toContain('intake.readiness.minor_consent_below_floor');
  });

  it('is undecided when a Part 2 consent names another signer and no guardian is recorded', () => {
    const noGuardians = { ...TEEN, guardians: undefined, guarantorId: undefined };
    const r = evaluateFirstSessionReadiness(
      fileOf(noGuardians, [...PACKET, done('part2_consent', AT, { signerId: 'aunt-1' }), BY_TEEN]),
      PART2,
      AS_OF,
    );
    expect(r.outcome).not.toBe('ready');
    expect(
      r.reasons.some(
        (x) => x.code === 'intake.readiness.guardians_unknown' && x.facts.document === 'part2_consent',
      ),
    ).toBe(true);
  });

  it('keeps chasing a minor’s Part 2 consent signed by the mother alone', () => {
    const d = evaluateIntakeFollowUp(
      fileOf(TEEN, [...PACKET, GUARDIAN_CONSENT, BY_MOTHER]),
      PART2,
      {},
      { asOf: '2026-03-06T12:00:00-05:00' },
    );
    expect(d.outcome).not.toBe('none');
    expect(d.reasons.map((x) => x.code)).not.toContain('intake.follow_up.packet_complete');
  });

  it('is never ready without the minor’s own signature, nor, for a minor who needs a parent, without a guardian’s (property)', () => {
    fc.assert(
      fc.property(
        fc.subarray([BY_MOTHER, BY_TEEN, done('part2_consent', AT, { signerId: 'coach-1' })]),
        fc.boolean(),
        fc.constantFrom('2010-11-20', '2013-02-01', '2014-09-01'),
        (consents, minorMayConsent, birthDate) => {
          const client = { ...TEEN, birthDate, minorMayConsentSubstanceUse: minorMayConsent };
          const r = evaluateFirstSessionReadiness(
            fileOf(client, [...PACKET, GUARDIAN_CONSENT, ...consents]),
            PART2,
            AS_OF,
          );
          const teen = consents.includes(BY_TEEN);
          const mother = consents.includes(BY_MOTHER);
          if (r.outcome === 'ready') {
            expect(teen).toBe(true);
            if (!minorMayConsent || birthDate === '2014-09-01') expect(mother).toBe(true);
          }
          if (teen && (mother || (minorMayConsent && birthDate !== '2014-09-01')))
            expect(r.outcome).toBe('ready');
        },
      ),
    );
  });
});
