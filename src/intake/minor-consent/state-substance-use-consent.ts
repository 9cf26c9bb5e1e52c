import { type Reason, reason, type UsState } from '../../core/index.js';
import type { IntakeReasonCode } from '../reason-codes.js';

/**
 * One state's rule for a minor's own consent to substance-use (SUD) treatment: the minimum age, whether the
 * treating professional must first make a finding, whether medication for the disorder is limited (left to a
 * parent, or allowed only from another age or in some settings), and the statute with its key in
 * docs/sources.md. Where such a rule lets the minor consent alone, only the minor signs a 42 CFR Part 2
 * consent (2.14(b)).
 *
 * @example
 * ```ts
 * const rule: MinorSubstanceUseConsentRule | undefined = MINOR_SUBSTANCE_USE_CONSENT_RULES.find((r) => r.state === 'IL');
 * rule?.minimumAge; //=> 12
 * ```
 */
export interface MinorSubstanceUseConsentRule {
  readonly state: UsState;
  /** The statute's minimum age; where it sets none (New York, Virginia), the library's floor of 12. */
  readonly minimumAge: number;
  /**
   * The minor may consent alone only once a professional finds so (New York: a physician, or the qualified
   * health professional a program without physicians names, judges that a parent's involvement would be
   * detrimental, or a parent refuses and the treatment is necessary; or the parents cannot be found).
   */
  readonly professionalFindingRequired: boolean;
  /**
   * The statute limits medication for the disorder (California: replacement narcotic therapy needs a
   * parent's consent, with exceptions from 16; Oregon: methadone maintenance is left out): with medication in
   * the care, or not known, the table does not answer.
   */
  readonly medicationLimited: boolean;
  /** The statute's citation, as written in docs/sources.md. */
  readonly statute: string;
  /** Its key in docs/sources.md. */
  readonly sourceKey: string;
}

/**
 * The states whose statute on a minor's own consent to substance-use treatment the library cites, one entry
 * each, in state order. A state not listed is not "no": the library does not know it, and the host decides.
 *
 * @remarks
 * - CA 12+, medical care and counseling for a drug- or alcohol-related problem; replacement narcotic therapy
 *   left to a parent (some medication for opioid use disorder from 16): Family Code 6929
 *   [sources: ca-fam-6929].
 * - IL 12+, health care services or counseling for a substance use disorder (or a family member's drug or
 *   alcohol abuse); parents not told without the minor's consent unless needed for someone's safety:
 *   410 ILCS 210/4 and 210/5 [sources: ilcs-410-210-4].
 * - NY no age in the statute; chemical dependence treatment without a parent only when a physician (or a
 *   program's qualified health professional) finds a parent's involvement would be detrimental, or a parent
 *   refuses and treatment is necessary, or the parents cannot be found: Mental Hygiene Law 22.11(c)
 *   [sources: ny-mhl-22.11].
 * - OR 14+, outpatient diagnosis or treatment of a chemical dependency, excluding methadone maintenance;
 *   parents involved before treatment ends unless they refuse or it is clinically contraindicated: ORS 109.675
 *   [sources: ors-109.675].
 * - VA no age in the statute: a minor is deemed an adult for outpatient care, treatment or rehabilitation for
 *   substance abuse: Code of Virginia 54.1-2969(E) [sources: va-code-54.1-2969].
 *
 * @example
 * ```ts
 * MINOR_SUBSTANCE_USE_CONSENT_RULES.map((r) => r.state); //=> ['CA', 'IL', 'NY', 'OR', 'VA']
 * ```
 */
export const MINOR_SUBSTANCE_USE_CONSENT_RULES: readonly MinorSubstanceUseConsentRule[] = Object.freeze([
  {
    state: 'CA',
    minimumAge: 12,
    professionalFindingRequired: false,
    medicationLimited: true,
    statute: 'Cal. Family Code § 6929',
    sourceKey: 'ca-fam-6929',
  },
  {
    state: 'IL',
    minimumAge: 12,
    professionalFindingRequired: false,
    medicationLimited: false,
    statute: '410 ILCS 210/4',
    sourceKey: 'ilcs-410-210-4',
  },
  {
    state: 'NY',
    minimumAge: 12,
    professionalFindingRequired: true,
    medicationLimited: false,
    statute: 'N.Y. Mental Hygiene Law § 22.11',
    sourceKey: 'ny-mhl-22.11',
  },
  {
    state: 'OR',
    minimumAge: 14,
    professionalFindingRequired: false,
    medicationLimited: true,
    statute: 'ORS § 109.675',
    sourceKey: 'ors-109.675',
  },
  {
    state: 'VA',
    minimumAge: 12,
    professionalFindingRequired: false,
    medicationLimited: false,
    statute: 'Code of Virginia § 54.1-2969(E)',
    sourceKey: 'va-code-54.1-2969',
  },
] satisfies MinorSubstanceUseConsentRule[]);

type Verdict = 'may_consent' | 'refused' | 'undecided';

/** A state statute's answer for a minor of `age` (12 or older), with the reason that says why. */
export interface SubstanceUseStatuteAnswer {
  readonly verdict: Verdict;
  readonly reason: Reason<IntakeReasonCode>;
}

/**
 * The state table's answer for a minor of `age`, from the facts given (an absent fact never yields
 * `may_consent` where the statute needs it): shared by `evaluateMinorSubstanceUseConsent` and the
 * packet's Part 2 signer [sources: cfr-42-2.14].
 */
export function substanceUseStatuteAnswer(
  rule: MinorSubstanceUseConsentRule,
  age: number,
  facts: {
    readonly professionalFinding?: boolean | undefined;
    readonly includesMedication?: boolean | undefined;
  },
): SubstanceUseStatuteAnswer {
  const cited = { state: rule.state, statute: rule.statute, source: rule.sourceKey };
  if (age < rule.minimumAge) {
    return {
      verdict: 'refused',
      reason: reason(
        'intake.minor_consent.below_state_age',
        'error',
        `The client is under ${rule.minimumAge}, the age from which ${rule.state} law lets a minor consent alone to substance-use treatment: a parent or guardian consents.`,
        { ...cited, age, minimumAge: rule.minimumAge },
      ),
    };
  }
  if (rule.medicationLimited && facts.includesMedication !== false) {
    return {
      verdict: 'undecided',
      reason: reason(
        'intake.minor_consent.substance_use_medication_limited',
        'warning',
        facts.includesMedication === true
          ? `${rule.state} law limits the medication a minor consents to alone for a substance-use disorder: the practice decides from the statute, and a parent or guardian consents until it records its answer.`
          : `${rule.state} law lets a minor consent alone to counseling for a substance-use problem but limits medication for it, and whether the care includes medication is not recorded: a parent or guardian consents until it is.`,
        { ...cited, age, includesMedication: facts.includesMedication ?? null },
      ),
    };
  }
  if (rule.professionalFindingRequired && facts.professionalFinding !== true) {
    const recorded = facts.professionalFinding === false;
    return {
      verdict: recorded ? 'refused' : 'undecided',
      reason: reason(
        'intake.minor_consent.professional_finding_needed',
        recorded ? 'error' : 'warning',
        recorded
          ? `The professional found the minor does not meet what ${rule.state} law asks before substance-use treatment without a parent: a parent or guardian consents.`
          : `${rule.state} law lets a minor have substance-use treatment without a parent only on a professional's recorded finding: a clinician decides, and a parent or guardian consents until then.`,
        {
          ...cited,
          professionalFinding: facts.professionalFinding ?? null,
          role: 'clinician',
          action: 'route_to_clinician',
        },
      ),
    };
  }
  return {
    verdict: 'may_consent',
    reason: reason(
      'intake.minor_consent.substance_use_state_law',
      'info',
      `${rule.state} law lets a minor of ${rule.minimumAge} or older consent alone to substance-use treatment: only the minor signs a Part 2 consent (42 CFR 2.14(b)).`,
      { ...cited, age, minimumAge: rule.minimumAge },
    ),
  };
}
