import { describe, expect, it } from 'vitest';
import {
  evaluateMinorConsent,
  evaluateMinorSubstanceUseConsent,
  type MinorConsentFactsInput,
  type MinorSubstanceUseConsentFacts,
} from '../../../src/intake/index.js';

// Eight cases written as an outside tester would, from the statutes alone, for clients asked about on Monday
// 2026-12-07. `${2026 - n}-12-07` makes the client n that day; `${2026 - n}-12-08` one day short of n.
const AS_OF = '2026-12-07';
const turnsToday = (n: number) => `${2026 - n}-12-07`;
const dayShortOf = (n: number) => `${2026 - n}-12-08`;
const mh = (facts: MinorConsentFactsInput) => evaluateMinorConsent(facts, { asOf: AS_OF });
const sud = (facts: MinorSubstanceUseConsentFacts) =>
  evaluateMinorSubstanceUseConsent(facts, { asOf: AS_OF });
const codes = (d: { reasons: readonly { code: string }[] }) => d.reasons.map((r) => r.code);

describe('outside-tester cases: evaluateMinorConsent and evaluateMinorSubstanceUseConsent', () => {
  it('1. Washington (RCW 71.34.530, an adolescent is 13): 12 is refused at the state age, 13 today may consent', () => {
    expect(codes(mh({ state: 'WA', birthDate: turnsToday(12) }))).toEqual([
      'intake.minor_consent.below_state_age',
    ]);
    expect(codes(mh({ state: 'WA', birthDate: dayShortOf(13) }))).toEqual([
      'intake.minor_consent.below_state_age',
    ]);
    expect(mh({ state: 'WA', birthDate: turnsToday(13) }).outcome).toBe('may_consent');
  });

  it('2. Pennsylvania (35 P.S. 10101.1, from 14) and Michigan (MCL 330.1707, 14, no psychotropic drugs): 13 refused, 14 may, 14 with medication in Michigan refused', () => {
    expect(mh({ state: 'PA', birthDate: dayShortOf(14) }).outcome).toBe('refused');
    expect(mh({ state: 'PA', birthDate: turnsToday(14) }).outcome).toBe('may_consent');
    expect(mh({ state: 'MI', birthDate: turnsToday(13), sessionsWithoutGuardianConsent: 0 }).outcome).toBe(
      'refused',
    );
    const michigan = mh({ state: 'MI', birthDate: turnsToday(14), sessionsWithoutGuardianConsent: 0 });
    expect(michigan.outcome).toBe('may_consent');
    expect(michigan.sessionsLeft).toBe(12);
    expect(
      codes(
        mh({
          state: 'MI',
          birthDate: turnsToday(14),
          sessionsWithoutGuardianConsent: 0,
          includesMedication: true,
        }),
      ),
    ).toEqual(['intake.minor_consent.medication_excluded']);
  });

  it('3. Ohio (R.C. 5122.04: 6 sessions or 30 days, whichever is sooner): day 30 after a first session on 2026-11-07 is past the period; day 29 is not', () => {
    const facts = { state: 'OH', birthDate: turnsToday(15), sessionsWithoutGuardianConsent: 3 } as const;
    expect(codes(mh({ ...facts, firstSessionWithoutGuardianConsentOn: '2026-11-07' }))).toEqual([
      'intake.minor_consent.time_limit_reached',
    ]);
    const inside = mh({ ...facts, firstSessionWithoutGuardianConsentOn: '2026-11-08' });
    expect(inside.outcome).toBe('may_consent');
    expect(inside.sessionsLeft).toBe(3);
  });

  it('4. Illinois (405 ILCS 5/3-501): a 16-year-old after 8 sessions is refused; at 17 the cap is gone', () => {
    expect(codes(mh({ state: 'IL', birthDate: dayShortOf(17), sessionsWithoutGuardianConsent: 8 }))).toEqual([
      'intake.minor_consent.session_limit_reached',
    ]);
    expect(mh({ state: 'IL', birthDate: turnsToday(17), sessionsWithoutGuardianConsent: 20 }).outcome).toBe(
      'may_consent',
    );
  });

  it('5. an emancipated minor (not modelled: the practice records its answer): a 16-year-old in Texas may consent on the practice’s yes; an 11-year-old is refused whatever it says', () => {
    expect(mh({ state: 'TX', birthDate: turnsToday(16), minorMayConsentMentalHealth: true }).outcome).toBe(
      'may_consent',
    );
    expect(
      sud({ state: 'TX', birthDate: turnsToday(16), minorMayConsentSubstanceUse: true }).part2Signers,
    ).toBe('client_alone');
    expect(codes(mh({ state: 'TX', birthDate: dayShortOf(12), minorMayConsentMentalHealth: true }))).toEqual([
      'intake.minor_consent.below_library_floor',
    ]);
    expect(
      sud({ state: 'TX', birthDate: dayShortOf(12), minorMayConsentSubstanceUse: true }).part2Signers,
    ).toBe('client_and_guardian');
  });

  it('6. Oregon substance use (ORS 109.675: 14, methadone maintenance left out): 13 signs with a parent; 14 without medication alone; 14 with medication unknown is undecided', () => {
    expect(sud({ state: 'OR', birthDate: dayShortOf(14) }).part2Signers).toBe('client_and_guardian');
    expect(sud({ state: 'OR', birthDate: turnsToday(14), includesMedication: false }).part2Signers).toBe(
      'client_alone',
    );
    const unknown = sud({ state: 'OR', birthDate: turnsToday(14) });
    expect(unknown.outcome).toBe('undecided');
    expect(codes(unknown)).toEqual(['intake.minor_consent.substance_use_medication_limited']);
  });

  it('7. New York substance use (Mental Hygiene Law 22.11): a 15-year-old is undecided until the physician’s finding, then signs alone; refused on a finding that does not hold', () => {
    expect(sud({ state: 'NY', birthDate: turnsToday(15) }).part2Signers).toBe('undecided');
    expect(sud({ state: 'NY', birthDate: turnsToday(15), professionalFinding: true }).part2Signers).toBe(
      'client_alone',
    );
    expect(sud({ state: 'NY', birthDate: turnsToday(15), professionalFinding: false }).part2Signers).toBe(
      'client_and_guardian',
    );
  });

  it('8. a state in neither table (Georgia): 15 is undecided for both, never "no" and never "yes"; an 18-year-old is an adult', () => {
    expect(codes(mh({ state: 'GA', birthDate: turnsToday(15) }))).toEqual([
      'intake.minor_consent.state_not_in_table',
    ]);
    const t = sud({ state: 'GA', birthDate: turnsToday(15) });
    expect([t.outcome, t.part2Signers]).toEqual(['undecided', 'undecided']);
    expect(sud({ state: 'GA', birthDate: turnsToday(18) }).part2Signers).toBe('client_alone');
    expect(mh({ state: 'GA', birthDate: turnsToday(18) }).outcome).toBe('may_consent');
  });
});
