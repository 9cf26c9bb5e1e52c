import * as z from 'zod';
import { type Decision, isNonEmpty, LocalDate, type Reason, reason, UsState } from '../../core/index.js';
import { validateArguments } from '../../core/internal.js';
import { ageOn } from '../packets/requirements.js';
import type { IntakeReasonCode } from '../reason-codes.js';
import { consentByAge } from './consent-age-gate.js';
import { EvaluateMinorConsentOptions } from './minor-consent.js';
import {
  MINOR_SUBSTANCE_USE_CONSENT_RULES,
  type MinorSubstanceUseConsentRule,
  substanceUseStatuteAnswer,
} from './state-substance-use-consent.js';

type Verdict = 'may_consent' | 'refused' | 'undecided';

/**
 * What the substance-use consent check reads about a client: the state whose law governs the care, the birth
 * date, the host's own answer (the intake client's `minorMayConsentSubstanceUse`), and the facts a state's
 * conditions need.
 *
 * @example
 * ```ts
 * MinorSubstanceUseConsentFacts.parse({ state: 'IL', birthDate: '2012-03-01' });
 * //=> { state: 'IL', birthDate: '2012-03-01' }
 * ```
 */
export const MinorSubstanceUseConsentFacts = z.strictObject({
  /** The state whose law governs the care (where the client is treated). */
  state: UsState.optional(),
  birthDate: LocalDate.optional(),
  /**
   * The host's own answer whether this minor may consent alone to substance-use treatment (its counsel's
   * reading of a state not in the table, a court order, emancipation…): it wins over the table either way.
   */
  minorMayConsentSubstanceUse: z.boolean().optional(),
  /**
   * The professional finding the state's statute asks for was recorded (New York: a physician judged a
   * parent's involvement detrimental, or a parent refused and treatment is necessary, or the parents cannot be
   * found); `false` when it was found not to hold.
   */
  professionalFinding: z.boolean().optional(),
  /** The care includes medication for the substance-use disorder (absent: not known). */
  includesMedication: z.boolean().optional(),
});
export type MinorSubstanceUseConsentFacts = z.infer<typeof MinorSubstanceUseConsentFacts>;

/**
 * Options for {@link evaluateMinorSubstanceUseConsent}: `asOf`, the day asked about, and `adultAge` (18 by
 * default), as for {@link evaluateMinorConsent}.
 *
 * @example
 * ```ts
 * const options: EvaluateMinorSubstanceUseConsentOptions = { asOf: '2026-12-07' };
 * ```
 */
export type EvaluateMinorSubstanceUseConsentOptions = EvaluateMinorConsentOptions;

/**
 * Who signs the client's 42 CFR Part 2 consent under the answer: `client_alone` (an adult, or a minor whom
 * state law lets consent alone: 2.14(b)), `client_and_guardian` (2.14(c)), or `undecided` (have both sign it:
 * it counts under either rule).
 *
 * @example
 * ```ts
 * const signers: Part2ConsentSigners = 'client_alone';
 * ```
 */
export type Part2ConsentSigners = 'client_alone' | 'client_and_guardian' | 'undecided';

/**
 * Whether a client may consent alone to substance-use treatment on a day: `may_consent`, `refused` (a parent's
 * or guardian's consent is needed) or `undecided`, with the state entry used (null when none) and who signs
 * the Part 2 consent.
 *
 * @example
 * ```ts
 * const d: MinorSubstanceUseConsentDecision = evaluateMinorSubstanceUseConsent(
 *   { state: 'IL', birthDate: '2012-03-01' }, { asOf: '2026-12-07' });
 * d.part2Signers; //=> 'client_alone'
 * ```
 */
export type MinorSubstanceUseConsentDecision = Decision<
  'may_consent',
  'refused' | 'undecided',
  IntakeReasonCode,
  {
    readonly state: UsState | null;
    readonly age: number | null;
    readonly rule: MinorSubstanceUseConsentRule | null;
    readonly part2Signers: Part2ConsentSigners;
  }
>;

/**
 * Decides whether a client may consent alone to substance-use treatment on `asOf`, and so who signs their
 * 42 CFR Part 2 consent: the host's `minorMayConsentSubstanceUse` when given, else the state's statute in
 * {@link MINOR_SUBSTANCE_USE_CONSENT_RULES}. A state not in the table, with no answer from the host, is
 * `undecided`, never `refused` nor `may_consent`. Outpatient mental-health consent is
 * {@link evaluateMinorConsent}'s (another statute).
 *
 * @param facts - the state, birth date, the host's answer, and the professional's finding and medication
 * @param options - `asOf` and `adultAge`
 * @returns `may_consent`, `refused` or `undecided`, with the state entry and the Part 2 signers
 * @throws {@link ValidationError} listing every problem of both arguments, each under its parameter's name.
 * @remarks Where state law lets the minor obtain treatment alone, only the minor signs a Part 2 consent
 * (42 CFR 2.14(b)); otherwise the minor and a parent or guardian sign (2.14(c)) [sources: cfr-42-2.14]. Below
 * 12 (`MINOR_CONSENT_FLOOR_AGE`) the library asks a guardian whatever the host says.
 * @example
 * ```ts
 * evaluateMinorSubstanceUseConsent({ state: 'TX', birthDate: '2011-05-01' }, { asOf: '2026-12-07' });
 * //=> { outcome: 'undecided', state: 'TX', age: 15, rule: null, part2Signers: 'undecided',
 * //     reasons: [{ code: 'intake.minor_consent.substance_use_state_not_in_table', … }] }
 * ```
 */
export function evaluateMinorSubstanceUseConsent(
  facts: MinorSubstanceUseConsentFacts,
  options: EvaluateMinorSubstanceUseConsentOptions,
): MinorSubstanceUseConsentDecision {
  const [f, o] = validateArguments([
    ['facts', MinorSubstanceUseConsentFacts, facts, 'substance-use consent facts'],
    ['options', EvaluateMinorConsentOptions, options, 'minor consent options'],
  ]);
  const reasons: Reason<IntakeReasonCode>[] = [];
  const state = f.state ?? null;
  const age = f.birthDate === undefined ? null : ageOn(f.birthDate, o.asOf);
  const rule =
    state === null ? null : (MINOR_SUBSTANCE_USE_CONSENT_RULES.find((r) => r.state === state) ?? null);
  const verdict = decide();
  const part2Signers: Part2ConsentSigners =
    verdict === 'may_consent' ? 'client_alone' : verdict === 'refused' ? 'client_and_guardian' : 'undecided';
  const data = { state, age, rule, part2Signers };
  if (verdict !== 'may_consent' && isNonEmpty(reasons)) return { outcome: verdict, reasons, ...data };
  return { outcome: 'may_consent', reasons, ...data };

  function decide(): Verdict {
    const byAge = consentByAge(age, state, o.adultAge, reasons);
    if (byAge !== null) return byAge;
    const host = f.minorMayConsentSubstanceUse;
    if (host !== undefined) {
      if (host && age === null) {
        reasons.push(
          reason(
            'intake.minor_consent.birth_date_unknown',
            'warning',
            'The practice says this client may consent alone to substance-use treatment, but their birth date is not recorded: whether they are 12 or older cannot be told.',
            { state, minorMayConsentSubstanceUse: true },
          ),
        );
        return 'undecided';
      }
      reasons.push(
        reason(
          'intake.minor_consent.host_decided',
          host ? 'info' : 'error',
          host
            ? 'The practice recorded that this minor may consent alone to substance-use treatment: its answer wins over the table.'
            : 'The practice recorded that this minor may not consent alone to substance-use treatment: a parent or guardian consents.',
          { state, age, minorMayConsentSubstanceUse: host },
        ),
      );
      return host ? 'may_consent' : 'refused';
    }
    if (rule === null) {
      reasons.push(
        reason(
          'intake.minor_consent.substance_use_state_not_in_table',
          'warning',
          'The library cites no statute on a minor’s own consent to substance-use treatment for this state: undecided until the practice records minorMayConsentSubstanceUse (a Part 2 consent signed by both the minor and a parent counts meanwhile).',
          { state, knownStates: MINOR_SUBSTANCE_USE_CONSENT_RULES.map((r) => r.state) },
        ),
      );
      return 'undecided';
    }
    if (age === null) {
      reasons.push(
        reason(
          'intake.minor_consent.birth_date_unknown',
          'warning',
          'The client’s birth date is not recorded, so whether they may consent alone to substance-use treatment cannot be told.',
          { state },
        ),
      );
      return 'undecided';
    }
    const answer = substanceUseStatuteAnswer(rule, age, f);
    reasons.push(answer.reason);
    return answer.verdict;
  }
}
