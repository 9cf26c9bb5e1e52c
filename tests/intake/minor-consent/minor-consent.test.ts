import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UsState, ValidationError } from '../../../src/core/index.js';
import {
  evaluateMinorConsent,
  MINOR_MENTAL_HEALTH_CONSENT_RULES,
  type MinorConsentFactsInput,
} from '../../../src/intake/index.js';

// Sessions asked about on Monday 2026-12-07. A birth date of `${2026 - n}-12-07` makes the client n that day,
// `${2026 - n}-12-08` one day short of n.
const AS_OF = '2026-12-07';
const turnsToday = (n: number) => `${2026 - n}-12-07`;
const dayShortOf = (n: number) => `${2026 - n}-12-08`;
const evaluate = (facts: MinorConsentFactsInput) => evaluateMinorConsent(facts, { asOf: AS_OF });
const codes = (facts: MinorConsentFactsInput) => evaluate(facts).reasons.map((r) => r.code);

describe('MINOR_MENTAL_HEALTH_CONSENT_RULES', () => {
  it('lists each cited state once, in state order, with its statute and source key', () => {
    const states = MINOR_MENTAL_HEALTH_CONSENT_RULES.map((r) => r.state);
    expect(states).toEqual([
      'AL',
      'CA',
      'CO',
      'CT',
      'FL',
      'IL',
      'KY',
      'MD',
      'MI',
      'NC',
      'NM',
      'NY',
      'OH',
      'OR',
      'PA',
      'SC',
      'TN',
      'TX',
      'VA',
      'WA',
    ]);
    for (const r of MINOR_MENTAL_HEALTH_CONSENT_RULES) {
      expect(r.statute.length).toBeGreaterThan(5);
      expect(r.sourceKey).toMatch(/^[a-z0-9.-]+$/);
      expect(r.minimumAge).toBeGreaterThanOrEqual(12);
    }
  });
});

describe('evaluateMinorConsent by state statute', () => {
  it('Virginia (Code 54.1-2969(E)(4), no age stated): 11 is refused at the library’s floor; 12 today may consent, medication included; 17 may; 18 is an adult', () => {
    expect(codes({ state: 'VA', birthDate: dayShortOf(12) })).toEqual([
      'intake.minor_consent.below_library_floor',
    ]);
    const twelve = evaluate({ state: 'VA', birthDate: turnsToday(12) });
    expect(twelve.outcome).toBe('may_consent');
    expect(twelve.parentNotice).toBe('not_addressed');
    expect(twelve.sessionsLeft).toBeNull();
    expect(twelve.reasons).toEqual([
      expect.objectContaining({
        code: 'intake.minor_consent.state_law',
        facts: expect.objectContaining({
          state: 'VA',
          statute: 'Code of Virginia § 54.1-2969(E)',
          source: 'va-code-54.1-2969',
          age: 12,
          minimumAge: 12,
        }),
      }),
    ]);
    // No medication carve-out in (E)(4), unlike Michigan and Ohio.
    expect(evaluate({ state: 'VA', birthDate: turnsToday(14), includesMedication: true }).outcome).toBe(
      'may_consent',
    );
    expect(
      evaluate({ state: 'VA', birthDate: dayShortOf(18), sessionsWithoutGuardianConsent: 40 }).outcome,
    ).toBe('may_consent');
    expect(codes({ state: 'VA', birthDate: turnsToday(18) })).toEqual(['intake.minor_consent.adult']);
    // The practice's "no" still wins over the statute's yes.
    expect(codes({ state: 'VA', birthDate: turnsToday(16), minorMayConsentMentalHealth: false })).toEqual([
      'intake.minor_consent.host_decided',
    ]);
    expect(evaluate({ state: 'VA' }).reasons.map((r) => r.code)).toEqual([
      'intake.minor_consent.birth_date_unknown',
    ]);
  });

  it('California (Health and Safety Code 124260): 11 is refused; 12 with the professional’s maturity finding may consent; without it a clinician decides', () => {
    expect(evaluate({ state: 'CA', birthDate: dayShortOf(12), professionalFinding: true }).outcome).toBe(
      'refused',
    );
    const at = evaluate({ state: 'CA', birthDate: turnsToday(12), professionalFinding: true });
    expect(at.outcome).toBe('may_consent');
    expect(at.parentNotice).toBe('involve_unless_inappropriate');
    const waiting = evaluate({ state: 'CA', birthDate: turnsToday(15) });
    expect(waiting.outcome).toBe('undecided');
    expect(waiting.reasons[0]?.code).toBe('intake.minor_consent.professional_finding_needed');
    expect(waiting.reasons[0]?.facts).toMatchObject({ role: 'clinician', action: 'route_to_clinician' });
    expect(evaluate({ state: 'CA', birthDate: turnsToday(15), professionalFinding: false }).outcome).toBe(
      'refused',
    );
  });

  it('Colorado (C.R.S. 12-245-203.5): 12 may consent once the professional finds the care sought knowingly and clinically indicated; 11 may not', () => {
    expect(codes({ state: 'CO', birthDate: dayShortOf(12), professionalFinding: true })).toEqual([
      'intake.minor_consent.below_library_floor',
    ]);
    expect(evaluate({ state: 'CO', birthDate: turnsToday(12), professionalFinding: true }).outcome).toBe(
      'may_consent',
    );
    const above = evaluate({ state: 'CO', birthDate: turnsToday(16), professionalFinding: true });
    expect(above.outcome).toBe('may_consent');
    expect(above.parentNotice).toBe('may_with_minor_consent');
    expect(evaluate({ state: 'CO', birthDate: turnsToday(16) }).outcome).toBe('undecided');
  });

  it('Illinois (405 ILCS 5/3-501): from 12, eight sessions without a parent’s consent under 17; the ninth is refused; a 17-year-old has no cap', () => {
    expect(codes({ state: 'IL', birthDate: dayShortOf(12), sessionsWithoutGuardianConsent: 0 })).toEqual([
      'intake.minor_consent.below_library_floor',
    ]);
    const at = evaluate({ state: 'IL', birthDate: turnsToday(12), sessionsWithoutGuardianConsent: 7 });
    expect(at.outcome).toBe('may_consent');
    expect(at.sessionsLeft).toBe(1);
    const reached = evaluate({ state: 'IL', birthDate: turnsToday(14), sessionsWithoutGuardianConsent: 8 });
    expect(reached.outcome).toBe('refused');
    expect(reached.reasons[0]?.code).toBe('intake.minor_consent.session_limit_reached');
    expect(reached.sessionsLeft).toBe(0);
    const seventeen = evaluate({
      state: 'IL',
      birthDate: turnsToday(17),
      sessionsWithoutGuardianConsent: 20,
    });
    expect(seventeen.outcome).toBe('may_consent');
    expect(seventeen.sessionsLeft).toBeNull();
    expect(codes({ state: 'IL', birthDate: turnsToday(14) })).toEqual([
      'intake.minor_consent.sessions_unknown',
    ]);
  });

  it('Michigan (MCL 330.1707): 13 refused; 14 within 12 sessions and 4 months may consent; the 13th session or month five is refused; no psychotropic drugs', () => {
    const within = { sessionsWithoutGuardianConsent: 3, firstSessionWithoutGuardianConsentOn: '2026-09-01' };
    expect(evaluate({ state: 'MI', birthDate: dayShortOf(14), ...within }).reasons[0]?.code).toBe(
      'intake.minor_consent.below_state_age',
    );
    expect(evaluate({ state: 'MI', birthDate: turnsToday(14), ...within }).outcome).toBe('may_consent');
    expect(evaluate({ state: 'MI', birthDate: turnsToday(16), ...within }).sessionsLeft).toBe(9);
    expect(
      codes({
        state: 'MI',
        birthDate: turnsToday(16),
        sessionsWithoutGuardianConsent: 12,
        firstSessionWithoutGuardianConsentOn: '2026-10-01',
      }),
    ).toEqual(['intake.minor_consent.session_limit_reached']);
    // Four months from 2026-08-07 end on 2026-12-07: the session that day is past them.
    const months = { sessionsWithoutGuardianConsent: 5, birthDate: turnsToday(16) };
    expect(codes({ state: 'MI', ...months, firstSessionWithoutGuardianConsentOn: '2026-08-07' })).toEqual([
      'intake.minor_consent.time_limit_reached',
    ]);
    expect(
      evaluate({ state: 'MI', ...months, firstSessionWithoutGuardianConsentOn: '2026-08-08' }).outcome,
    ).toBe('may_consent');
    expect(codes({ state: 'MI', birthDate: turnsToday(16), ...within, includesMedication: true })).toEqual([
      'intake.minor_consent.medication_excluded',
    ]);
  });

  it('Ohio (R.C. 5122.04): from 14, six sessions or thirty days, whichever comes first; no medication', () => {
    const open = { sessionsWithoutGuardianConsent: 2, firstSessionWithoutGuardianConsentOn: '2026-11-20' };
    expect(evaluate({ state: 'OH', birthDate: dayShortOf(14), ...open }).outcome).toBe('refused');
    expect(evaluate({ state: 'OH', birthDate: turnsToday(14), ...open }).outcome).toBe('may_consent');
    expect(evaluate({ state: 'OH', birthDate: turnsToday(17), ...open }).sessionsLeft).toBe(4);
    expect(
      codes({
        state: 'OH',
        birthDate: turnsToday(15),
        sessionsWithoutGuardianConsent: 6,
        firstSessionWithoutGuardianConsentOn: '2026-11-20',
      }),
    ).toEqual(['intake.minor_consent.session_limit_reached']);
    // Day 30 of care begun 2026-11-08 is 2026-12-07; begun 2026-11-07, that day is the 31st.
    const few = { state: 'OH' as const, birthDate: turnsToday(15), sessionsWithoutGuardianConsent: 3 };
    expect(evaluate({ ...few, firstSessionWithoutGuardianConsentOn: '2026-11-08' }).outcome).toBe(
      'may_consent',
    );
    expect(codes({ ...few, firstSessionWithoutGuardianConsentOn: '2026-11-07' })).toEqual([
      'intake.minor_consent.time_limit_reached',
    ]);
    // Sessions given but not since when: the thirty days cannot be counted.
    expect(codes({ ...few })).toEqual(['intake.minor_consent.sessions_unknown']);
    // The first session starts the thirty days.
    expect(evaluate({ ...few, sessionsWithoutGuardianConsent: 0 }).outcome).toBe('may_consent');
  });

  it('Oregon (ORS 109.675): 13 refused, 14 and 16 may consent; the parents are to be involved before treatment ends', () => {
    expect(evaluate({ state: 'OR', birthDate: dayShortOf(14) }).outcome).toBe('refused');
    const at = evaluate({ state: 'OR', birthDate: turnsToday(14) });
    expect(at.outcome).toBe('may_consent');
    expect(at.parentNotice).toBe('involve_before_end_unless_contraindicated');
    expect(
      evaluate({ state: 'OR', birthDate: turnsToday(16), sessionsWithoutGuardianConsent: 40 }).outcome,
    ).toBe('may_consent');
  });

  it('Pennsylvania (35 P.S. 10101.1): 13 refused, 14 and 17 may consent', () => {
    expect(codes({ state: 'PA', birthDate: dayShortOf(14) })).toEqual([
      'intake.minor_consent.below_state_age',
    ]);
    expect(evaluate({ state: 'PA', birthDate: turnsToday(14) }).outcome).toBe('may_consent');
    expect(evaluate({ state: 'PA', birthDate: turnsToday(17) }).reasons[0]?.facts).toMatchObject({
      statute: '35 P.S. § 10101.1',
    });
  });

  it('Washington (RCW 71.34.530): 12 refused, 13 (an adolescent) and 15 may consent', () => {
    expect(codes({ state: 'WA', birthDate: dayShortOf(13) })).toEqual([
      'intake.minor_consent.below_state_age',
    ]);
    expect(evaluate({ state: 'WA', birthDate: turnsToday(13) }).outcome).toBe('may_consent');
    expect(evaluate({ state: 'WA', birthDate: turnsToday(15) }).outcome).toBe('may_consent');
  });
});

describe('evaluateMinorConsent without a cited statute, and the host’s answer', () => {
  it('leaves a 16-year-old in Georgia undecided: the library cites no statute there and the practice said nothing', () => {
    const d = evaluate({ state: 'GA', birthDate: turnsToday(16) });
    expect(d.outcome).toBe('undecided');
    expect(d.rule).toBeNull();
    expect(d.reasons.map((r) => r.code)).toEqual(['intake.minor_consent.state_not_in_table']);
    expect(evaluate({ birthDate: turnsToday(16) }).outcome).toBe('undecided');
  });

  it('lets the practice’s answer win either way: yes in Virginia, no in Oregon, yes past the Ohio cap', () => {
    expect(
      evaluate({ state: 'VA', birthDate: turnsToday(16), minorMayConsentMentalHealth: true }).outcome,
    ).toBe('may_consent');
    expect(codes({ state: 'OR', birthDate: turnsToday(16), minorMayConsentMentalHealth: false })).toEqual([
      'intake.minor_consent.host_decided',
    ]);
    expect(
      evaluate({
        state: 'OH',
        birthDate: turnsToday(16),
        minorMayConsentMentalHealth: true,
        sessionsWithoutGuardianConsent: 9,
      }).outcome,
    ).toBe('may_consent');
  });

  it('never honours a yes below 12, and leaves a yes with no birth date undecided', () => {
    expect(codes({ state: 'VA', birthDate: dayShortOf(12), minorMayConsentMentalHealth: true })).toEqual([
      'intake.minor_consent.below_library_floor',
    ]);
    expect(evaluate({ state: 'VA', minorMayConsentMentalHealth: true }).outcome).toBe('undecided');
    expect(evaluate({ state: 'VA', minorMayConsentMentalHealth: false }).outcome).toBe('refused');
    expect(codes({ state: 'OR' })).toEqual(['intake.minor_consent.birth_date_unknown']);
  });

  it('treats an adult as consenting for themselves, at their state’s age of majority (or the one the host declares)', () => {
    expect(codes({ state: 'TX', birthDate: turnsToday(18) })).toEqual(['intake.minor_consent.adult']);
    // Texas decides for a Texan whatever the host declares (Tex. Civ. Prac. & Rem. Code 129.001).
    expect(
      evaluateMinorConsent({ state: 'TX', birthDate: turnsToday(18) }, { asOf: AS_OF, adultAge: 19 }).outcome,
    ).toBe('may_consent');
    // No state: 18 is neither a minor nor an adult until it is recorded, or the host declares its age.
    expect(codes({ birthDate: turnsToday(18) })).toEqual(['intake.minor_consent.majority_unknown']);
    expect(
      evaluateMinorConsent({ birthDate: turnsToday(18) }, { asOf: AS_OF, adultAge: 19 }).reasons.map(
        (r) => r.code,
      ),
    ).toEqual(['intake.minor_consent.state_not_in_table']);
  });

  it('reports every bad fact by path without echoing it', () => {
    let error: unknown;
    try {
      evaluateMinorConsent(
        {
          state: 'ZZ' as 'TX',
          birthDate: '2012-13-01',
          sessionsWithoutGuardianConsent: -1,
          secret: 'x',
        } as never,
        { asOf: 'someday' },
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const text = JSON.stringify((error as ValidationError).issues);
    expect(text).not.toContain('ZZ');
    expect(text).not.toContain('secret');
    const paths = (error as ValidationError).issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining([
        'facts.state',
        'facts.birthDate',
        'facts.sessionsWithoutGuardianConsent',
        'facts',
        'options.asOf',
      ]),
    );
  });
});

describe('evaluateMinorConsent: the deprecated minorMayConsent (one release)', () => {
  it('reads as minorMayConsentMentalHealth: the same decision for a 16-year-old in Virginia and in Oregon', () => {
    for (const [state, value] of [
      ['VA', true],
      ['OR', false],
    ] as const) {
      const old = evaluate({ state, birthDate: turnsToday(16), minorMayConsent: value });
      const renamed = evaluate({ state, birthDate: turnsToday(16), minorMayConsentMentalHealth: value });
      expect(old).toEqual(renamed);
      expect(old.reasons[0]?.facts).toMatchObject({ minorMayConsentMentalHealth: value });
    }
  });

  it('is refused beside minorMayConsentMentalHealth, by path and code, without echoing either value', () => {
    let error: unknown;
    try {
      evaluate({
        state: 'VA',
        birthDate: turnsToday(16),
        minorMayConsent: true,
        minorMayConsentMentalHealth: false,
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['facts.minorMayConsent', 'intake.minor_consent.deprecated_flag_beside_new'],
    ]);
    const text = JSON.stringify((error as ValidationError).issues) + (error as ValidationError).message;
    expect(text).not.toContain('true');
    expect(text).not.toContain('false');
  });
});

describe('evaluateMinorConsent properties', () => {
  const cited = new Set(MINOR_MENTAL_HEALTH_CONSENT_RULES.map((r) => r.state));
  const uncited = UsState.options.filter((s) => !cited.has(s));
  const facts = fc.record({
    birthDate: fc.option(fc.integer({ min: 0, max: 17 * 366 }), { nil: undefined }),
    sessionsWithoutGuardianConsent: fc.option(fc.nat(30), { nil: undefined }),
    firstSessionWithoutGuardianConsentOn: fc.option(fc.constantFrom('2026-06-01', '2026-11-30', AS_OF), {
      nil: undefined,
    }),
    professionalFinding: fc.option(fc.boolean(), { nil: undefined }),
    includesMedication: fc.boolean(),
  });
  const birth = (daysBefore: number | undefined) =>
    daysBefore === undefined
      ? undefined
      : new Date(Date.UTC(2026, 11, 7) - (daysBefore + 1) * 86_400_000).toISOString().slice(0, 10);

  it('never lets a minor in a state outside the table consent without the practice’s say', () => {
    fc.assert(
      fc.property(fc.constantFrom(...uncited), facts, (state, f) => {
        const d = evaluate({ ...f, state, birthDate: birth(f.birthDate) });
        expect(d.outcome).not.toBe('may_consent');
      }),
    );
  });

  it('never lets a minor consent alone below a state’s age, past its session cap, or against the practice’s no', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...UsState.options),
        facts,
        fc.option(fc.boolean(), { nil: undefined }),
        (state, f, host) => {
          const d = evaluate({
            ...f,
            state,
            birthDate: birth(f.birthDate),
            minorMayConsentMentalHealth: host,
          });
          if (d.outcome !== 'may_consent') return;
          expect(host).not.toBe(false);
          expect(d.age).not.toBeNull();
          if (host === true) return;
          const rule = d.rule;
          expect(rule).not.toBeNull();
          expect(d.age).toBeGreaterThanOrEqual(rule?.minimumAge ?? 99);
          const cap = rule?.sessionLimit;
          if (cap && (cap.belowAge === null || (d.age as number) < cap.belowAge))
            expect(f.sessionsWithoutGuardianConsent).toBeLessThan(cap.sessions);
        },
      ),
    );
  });
});
