import * as z from 'zod';
import {
  addDays,
  addMonths,
  type Decision,
  isNonEmpty,
  LocalDate,
  type Reason,
  reason,
  UsState,
} from '../../core/index.js';
import { validateArguments } from '../../core/internal.js';
import { ageOn } from '../packets/requirements.js';
import type { IntakeReasonCode, IntakeValidationCode } from '../reason-codes.js';
import { consentByAge } from './consent-age-gate.js';
import {
  MINOR_CONSENT_PROVIDER_LICENSES,
  MINOR_CONSENT_PURPOSES,
  MINOR_CONSENT_SETTINGS,
  MINOR_MENTAL_HEALTH_CONSENT_RULES,
  type MinorConsentParentNotice,
  type MinorConsentProviderLicense,
  type MinorConsentPurpose,
  type MinorMentalHealthConsentRule,
  NARROWER_PROVIDER_LICENSES,
} from './state-minor-consent.js';

/**
 * What the minor-consent check reads about a client and the care asked for: the state whose law governs it,
 * the birth date, the host's own answer if it has one, and the facts a state's limits need.
 *
 * @example
 * ```ts
 * MinorConsentFacts.parse({ state: 'OH', birthDate: '2011-05-01', sessionsWithoutGuardianConsent: 2,
 *   firstSessionWithoutGuardianConsentOn: '2026-11-20' });
 * //=> { state: 'OH', birthDate: '2011-05-01', sessionsWithoutGuardianConsent: 2, …, includesMedication: false }
 * ```
 */
export const MinorConsentFacts = z
  .strictObject({
    /** The state whose law governs the care (where the client is treated). */
    state: UsState.optional(),
    birthDate: LocalDate.optional(),
    /**
     * The host's own answer whether this minor may consent alone to outpatient mental-health care (its counsel's
     * reading of a state not in the table, a court order, emancipation…): it wins over the table either way.
     * The same name as the intake client's flag.
     */
    minorMayConsentMentalHealth: z.boolean().optional(),
    /**
     * @deprecated Since the intake client's split flags; use `minorMayConsentMentalHealth`, removed in the next
     * release. Read as `minorMayConsentMentalHealth`, and refused beside it.
     */
    minorMayConsent: z.boolean().optional(),
    /** Outpatient sessions already given on the minor's own consent (for the states that cap them). */
    sessionsWithoutGuardianConsent: z.number().int().min(0).max(10_000).optional(),
    /** The day of the first session given on the minor's own consent (for the states that cap the time). */
    firstSessionWithoutGuardianConsentOn: LocalDate.optional(),
    /**
     * The treating professional recorded the finding the state's statute asks for (California: mature enough to
     * participate intelligently; Colorado: knowingly and voluntarily seeking clinically indicated care;
     * Connecticut: the five conditions of 19a-14c; Maryland: mature and capable of informed consent; Tennessee: a
     * serious emotional disturbance or mental illness).
     */
    professionalFinding: z.boolean().optional(),
    /**
     * What the care is for, where a state limits the minor's own consent to named purposes (Texas: suicide
     * prevention, chemical addiction or dependency, abuse; Florida: an emotional crisis). Unknown there, a parent
     * or guardian consents; `other` is a purpose the statute does not name.
     */
    counselingPurpose: z.enum(MINOR_CONSENT_PURPOSES).optional(),
    /**
     * The treating provider's license, where a state limits the minor's own consent to named licenses (North
     * Carolina, Kentucky: a physician; New York: a physician, a licensed psychologist or one under a physician's
     * supervision; Connecticut: a psychiatrist, psychologist, clinical social worker or marriage and family
     * therapist; Texas: a physician, psychologist, counselor or social worker). Unknown there, or recorded more
     * broadly than the statute names it (a physician in Connecticut), the answer is undecided; `other` is a license
     * the statute does not name.
     */
    providerLicense: z.enum(MINOR_CONSENT_PROVIDER_LICENSES).optional(),
    /**
     * Where the care is given, where a state limits the minor's own consent to a setting (New York: an outpatient
     * program licensed or operated by the Office of Mental Health). Unknown there, the answer is undecided.
     */
    setting: z.enum(MINOR_CONSENT_SETTINGS).optional(),
    /** The care includes medication (psychotropic drugs), which some states leave to a parent's consent. */
    includesMedication: z.boolean().default(false),
  })
  .superRefine((facts, ctx) => {
    if (facts.minorMayConsent !== undefined && facts.minorMayConsentMentalHealth !== undefined) {
      // The old name beside the new one could say two things at once: refused, never merged.
      ctx.addIssue({
        code: 'custom',
        message: 'must not be given beside minorMayConsentMentalHealth',
        path: ['minorMayConsent'],
        params: { code: 'intake.minor_consent.deprecated_flag_beside_new' satisfies IntakeValidationCode },
      });
    }
  });
export type MinorConsentFacts = z.infer<typeof MinorConsentFacts>;
/** What callers pass for {@link MinorConsentFacts}, before defaults apply. */
export type MinorConsentFactsInput = z.input<typeof MinorConsentFacts>;

/**
 * Options for {@link evaluateMinorConsent}: `asOf`, the day of the session asked about, and `adultAge`, the age
 * of majority the practice declares for a state not in `AGE_OF_MAJORITY_RULES` (or not recorded), 18 to 21. The
 * facts' state decides first (19 in Alabama and Nebraska, 21 in Mississippi, 18 elsewhere); with neither, a
 * client of 18 to 20 is `undecided` (since intake40: before, 18 by default).
 *
 * @example
 * ```ts
 * EvaluateMinorConsentOptions.parse({ asOf: '2026-12-07' }); //=> { asOf: '2026-12-07' }
 * ```
 */
export const EvaluateMinorConsentOptions = z.strictObject({
  asOf: LocalDate,
  adultAge: z.number().int().min(18).max(21).optional(),
});
export type EvaluateMinorConsentOptions = z.input<typeof EvaluateMinorConsentOptions>;

/**
 * Whether a client may consent alone to outpatient mental-health treatment on a day: `may_consent`,
 * `refused` (a parent's or guardian's consent is needed), or `undecided` (a fact is missing, the state is not
 * in the table, or a clinician's finding is awaited; ask a guardian until the host says otherwise). `rule` is
 * the state entry used (null when none), `parentNotice` what it says about the parents, and `sessionsLeft` how
 * many sessions the minor may still have on their own consent where the state caps them.
 *
 * @example
 * ```ts
 * const d: MinorConsentDecision = evaluateMinorConsent({ state: 'OR', birthDate: '2011-03-01' }, { asOf: '2026-12-07' });
 * d.outcome; //=> 'may_consent'
 * ```
 */
export type MinorConsentDecision = Decision<
  'may_consent',
  'refused' | 'undecided',
  IntakeReasonCode,
  {
    readonly state: UsState | null;
    readonly age: number | null;
    readonly rule: MinorMentalHealthConsentRule | null;
    readonly parentNotice: MinorConsentParentNotice | null;
    readonly sessionsLeft: number | null;
  }
>;

type Verdict = 'may_consent' | 'refused' | 'undecided';

/** What one of a state's limits says when it does not let the minor consent: a failing fact or a missing one. */
interface Finding {
  readonly verdict: 'refused' | 'undecided';
  readonly reason: Reason<IntakeReasonCode>;
}

/** The statute a reason cites. */
interface Cited {
  readonly state: UsState;
  readonly statute: string;
  readonly source: string;
}

const refused = (why: Reason<IntakeReasonCode>): Finding => ({ verdict: 'refused', reason: why });
const undecided = (why: Reason<IntakeReasonCode>): Finding => ({ verdict: 'undecided', reason: why });

/**
 * Decides whether a client may consent alone to outpatient mental-health treatment on `asOf`, from the host's
 * answer when it gives one, else the state's statute in {@link MINOR_MENTAL_HEALTH_CONSENT_RULES}: the
 * minimum age, the professional's finding where the statute asks for one, medication where it is left out,
 * and the session and time caps, counted from the sessions passed in. A state not in the table, with no
 * answer from the host, is `undecided`, never `may_consent`. Past the age, one recorded fact the statute excludes
 * decides `refused` whatever else is unknown; only with none does a missing fact make it `undecided`.
 * Substance-use treatment is not decided here.
 *
 * @param facts - the state, birth date, the host's answer, sessions so far and the professional's finding
 * @param options - `asOf`, the session's day, and `adultAge`
 * @returns `may_consent`, `refused` or `undecided`, with the state entry and the sessions left
 * @throws {@link ValidationError} listing every problem of both arguments, each under its parameter's name.
 * @remarks The statutes are listed on {@link MINOR_MENTAL_HEALTH_CONSENT_RULES}. Below 12
 * (`MINOR_CONSENT_FLOOR_AGE`) the library asks a guardian whatever the host says [sources: icanotes-minor-consent].
 * @example
 * ```ts
 * evaluateMinorConsent({ state: 'OH', birthDate: '2011-05-01', sessionsWithoutGuardianConsent: 6,
 *   firstSessionWithoutGuardianConsentOn: '2026-11-20' }, { asOf: '2026-12-07' });
 * //=> { outcome: 'refused', state: 'OH', age: 15, sessionsLeft: 0, …,
 * //     reasons: [{ code: 'intake.minor_consent.session_limit_reached', … }] }
 * ```
 */
export function evaluateMinorConsent(
  facts: MinorConsentFactsInput,
  options: EvaluateMinorConsentOptions,
): MinorConsentDecision {
  const [f, o] = validateArguments([
    ['facts', MinorConsentFacts, facts, 'minor consent facts'],
    ['options', EvaluateMinorConsentOptions, options, 'minor consent options'],
  ]);
  const reasons: Reason<IntakeReasonCode>[] = [];
  const state = f.state ?? null;
  const age = f.birthDate === undefined ? null : ageOn(f.birthDate, o.asOf);
  const rule =
    state === null ? null : (MINOR_MENTAL_HEALTH_CONSENT_RULES.find((r) => r.state === state) ?? null);
  let sessionsLeft: number | null = null;
  const verdict = decide();
  const data = { state, age, rule, parentNotice: rule?.parentNotice ?? null, sessionsLeft };
  if (verdict !== 'may_consent' && isNonEmpty(reasons)) return { outcome: verdict, reasons, ...data };
  return { outcome: 'may_consent', reasons, ...data };

  function decide(): Verdict {
    const byAge = consentByAge(age, state, o.adultAge, reasons);
    if (byAge !== null) return byAge;
    const host = f.minorMayConsentMentalHealth ?? f.minorMayConsent;
    if (host !== undefined) return hostAnswer(host);
    if (rule === null) {
      reasons.push(
        reason(
          'intake.minor_consent.state_not_in_table',
          'warning',
          'The library cites no minor-consent statute for this state: a parent or guardian consents until the practice records its own answer.',
          { state, knownStates: MINOR_MENTAL_HEALTH_CONSENT_RULES.map((r) => r.state) },
        ),
      );
      return 'undecided';
    }
    if (age === null) {
      reasons.push(
        reason(
          'intake.minor_consent.birth_date_unknown',
          'warning',
          'The client’s birth date is not recorded, so whether they may consent alone cannot be told: a parent or guardian consents until it is.',
          { state },
        ),
      );
      return 'undecided';
    }
    return stateAnswer(rule, age);
  }

  function hostAnswer(mayConsent: boolean): Verdict {
    if (age === null) {
      reasons.push(
        reason(
          'intake.minor_consent.birth_date_unknown',
          'warning',
          'The practice says this client may consent alone, but their birth date is not recorded: whether they are 12 or older cannot be told.',
          { state, minorMayConsentMentalHealth: mayConsent },
        ),
      );
      // A host's "no" needs no birth date: a guardian consents either way.
      if (!mayConsent) return refusedByHost();
      return 'undecided';
    }
    return mayConsent ? allowedByHost() : refusedByHost();
  }

  function allowedByHost(): Verdict {
    reasons.push(
      reason(
        'intake.minor_consent.host_decided',
        'info',
        'The practice recorded that this minor may consent alone: its answer wins over the table.',
        { state, age, minorMayConsentMentalHealth: true },
      ),
    );
    return 'may_consent';
  }

  function refusedByHost(): Verdict {
    reasons.push(
      reason(
        'intake.minor_consent.host_decided',
        'error',
        'The practice recorded that this minor may not consent alone: a parent or guardian consents.',
        { state, age, minorMayConsentMentalHealth: false },
      ),
    );
    return 'refused';
  }

  function stateAnswer(r: MinorMentalHealthConsentRule, years: number): Verdict {
    const cited = { state: r.state, statute: r.statute, source: r.sourceKey };
    if (years < r.minimumAge) {
      reasons.push(
        reason(
          'intake.minor_consent.below_state_age',
          'error',
          `The client is under ${r.minimumAge}, the age from which ${r.state} law lets a minor consent alone to outpatient mental-health care: a parent or guardian consents.`,
          { ...cited, age: years, minimumAge: r.minimumAge },
        ),
      );
      return 'refused';
    }
    const limit =
      r.sessionLimit !== null && (r.sessionLimit.belowAge === null || years < r.sessionLimit.belowAge);
    const cap = limit ? capAnswer(r, cited) : null;
    // Every limit is read before any answer: one recorded fact the statute excludes decides `refused` alone,
    // whatever else is unknown; only when none fails does a missing fact make the answer `undecided`.
    const findings = [
      ...(r.purposes === null ? [] : [purposeLimit(r.purposes, cited)]),
      ...providerLimit(r, cited),
      medicationLimit(r, cited),
      cap,
      findingLimit(r, cited),
    ].filter((x): x is Finding => x !== null);
    const failures = findings.filter((x) => x.verdict === 'refused');
    if (failures.length > 0) {
      // Refused for another limit, the minor has no session of this care on their own consent to count.
      if (cap?.verdict !== 'refused') sessionsLeft = null;
      reasons.push(...failures.map((x) => x.reason));
      return 'refused';
    }
    if (findings.length > 0) {
      reasons.push(...findings.map((x) => x.reason));
      return 'undecided';
    }
    reasons.push(
      reason(
        'intake.minor_consent.state_law',
        'info',
        `${r.state} law lets a minor of ${r.minimumAge} or older consent alone to outpatient mental-health care.`,
        { ...cited, age: years, minimumAge: r.minimumAge, parentNotice: r.parentNotice, sessionsLeft },
      ),
    );
    return 'may_consent';
  }

  /** Medication, where the statute leaves it out: null when the care includes none, else refused. */
  function medicationLimit(r: MinorMentalHealthConsentRule, cited: Cited): Finding | null {
    if (!r.excludesMedication || !f.includesMedication) return null;
    return refused(
      reason(
        'intake.minor_consent.medication_excluded',
        'error',
        `${r.state} law leaves medication out of what a minor consents to alone: a parent or guardian consents to it.`,
        { ...cited, includesMedication: true },
      ),
    );
  }

  /**
   * The treating professional's finding, where the statute asks for one: null when recorded as made, refused when
   * recorded as not made, undecided (routed to a clinician) when not recorded.
   */
  function findingLimit(r: MinorMentalHealthConsentRule, cited: Cited): Finding | null {
    if (!r.professionalFindingRequired || f.professionalFinding === true) return null;
    const recorded = f.professionalFinding === false;
    const why = reason(
      'intake.minor_consent.professional_finding_needed',
      recorded ? 'error' : 'warning',
      recorded
        ? `The treating professional found the minor does not meet what ${r.state} law asks before a minor consents alone: a parent or guardian consents.`
        : `${r.state} law lets this minor consent alone only once the treating professional finds them fit for it: a clinician decides, and a parent or guardian consents until then.`,
      {
        ...cited,
        professionalFinding: f.professionalFinding ?? null,
        role: 'clinician',
        action: 'route_to_clinician',
      },
    );
    return recorded ? refused(why) : undecided(why);
  }

  /**
   * A statute limited to named purposes: null when the care's purpose is one of them, else its finding. A
   * purpose-limited consent is never read as general consent.
   */
  function purposeLimit(purposes: readonly MinorConsentPurpose[], cited: Cited): Finding | null {
    const purpose = f.counselingPurpose;
    if (purpose !== undefined && purposes.includes(purpose)) return null;
    if (purpose === undefined) {
      return undecided(
        reason(
          'intake.minor_consent.purpose_unknown',
          'warning',
          `${cited.state} law lets a minor consent alone only to care for named purposes, and this care's purpose is not recorded: a parent or guardian consents until it is.`,
          { ...cited, purposes: [...purposes], counselingPurpose: null },
        ),
      );
    }
    return refused(
      reason(
        'intake.minor_consent.purpose_not_covered',
        'error',
        `${cited.state} law lets a minor consent alone only to care for named purposes, and this care is for another: a parent or guardian consents.`,
        { ...cited, purposes: [...purposes], counselingPurpose: purpose },
      ),
    );
  }

  /**
   * A statute limited to a setting or to providers holding named licenses: null when the care's setting and the
   * provider's license are among them (or the statute names none), else one finding per limit not met. Unknown
   * is undecided, never read as covered.
   */
  function providerLimit(r: MinorMentalHealthConsentRule, cited: Cited): Finding[] {
    const limits = [
      {
        allowed: r.settings,
        given: f.setting,
        what: 'setting',
        unknown: 'intake.minor_consent.setting_unknown',
        notCovered: 'intake.minor_consent.setting_not_covered',
        phrase: 'care in a setting it names',
      },
      {
        allowed: r.providerLicenses,
        given: f.providerLicense,
        what: 'providerLicense',
        unknown: 'intake.minor_consent.provider_license_unknown',
        notCovered: 'intake.minor_consent.provider_license_not_covered',
        phrase: 'care from a provider holding a license it names',
      },
    ] as const;
    // Both limits are read: a setting not recorded does not hide a license the statute excludes.
    const findings: Finding[] = [];
    for (const limit of limits) {
      const allowed: readonly string[] | null = limit.allowed;
      if (allowed === null) continue;
      if (limit.given === undefined) {
        findings.push(
          undecided(
            reason(
              limit.unknown,
              'warning',
              `${cited.state} law lets a minor consent alone only to ${limit.phrase}, and this is not recorded: a parent or guardian consents until it is.`,
              { ...cited, [limit.what]: null, allowed: [...allowed] },
            ),
          ),
        );
      } else if (
        limit.what === 'providerLicense' &&
        !allowed.includes(limit.given) &&
        mayBeNamed(limit.given, allowed)
      ) {
        // A physician where only a psychiatrist is named: the broader value may or may not be the named one.
        findings.push(
          undecided(
            reason(
              'intake.minor_consent.provider_license_unspecific',
              'warning',
              `${cited.state} law lets a minor consent alone only to ${limit.phrase}, and the license recorded is broader than the one it names: a parent or guardian consents until the narrower license is recorded.`,
              {
                ...cited,
                providerLicense: limit.given,
                allowed: [...allowed],
                narrower: [...(NARROWER_PROVIDER_LICENSES[limit.given] ?? [])],
              },
            ),
          ),
        );
      } else if (!allowed.includes(limit.given)) {
        findings.push(
          refused(
            reason(
              limit.notCovered,
              'error',
              `${cited.state} law lets a minor consent alone only to ${limit.phrase}, and this care is not: a parent or guardian consents.`,
              { ...cited, [limit.what]: limit.given, allowed: [...allowed] },
            ),
          ),
        );
      }
    }
    return findings;
  }

  /** Whether a recorded license is broader than one the statute names (a physician, who may be a psychiatrist). */
  function mayBeNamed(given: MinorConsentProviderLicense, allowed: readonly string[]): boolean {
    return (NARROWER_PROVIDER_LICENSES[given] ?? []).some((narrower) => allowed.includes(narrower));
  }

  /** The session and time caps: null while the minor is within them, else the finding. Sets `sessionsLeft`. */
  function capAnswer(r: MinorMentalHealthConsentRule, cited: Cited): Finding | null {
    const cap = r.sessionLimit;
    if (cap === null) return null;
    const given = f.sessionsWithoutGuardianConsent;
    const start = f.firstSessionWithoutGuardianConsentOn;
    const timed = cap.days !== null || cap.months !== null;
    // The count alone decides once the cap is reached, whether or not the first session's day is recorded.
    if (given !== undefined && given >= cap.sessions) {
      sessionsLeft = 0;
      return refused(
        reason(
          'intake.minor_consent.session_limit_reached',
          'error',
          `The minor has had the ${cap.sessions} sessions ${r.state} law allows on their own consent: more need a parent's or guardian's consent (or what the statute allows instead, which a clinician decides and the practice records).`,
          { ...cited, sessionCap: cap.sessions, sessionsGiven: given },
        ),
      );
    }
    if (given === undefined || (timed && start === undefined && given > 0)) {
      return undecided(
        reason(
          'intake.minor_consent.sessions_unknown',
          'warning',
          `${r.state} law caps the care a minor consents to alone; how many sessions were given, or since when, is not recorded: a parent or guardian consents until it is.`,
          {
            ...cited,
            sessionCap: cap.sessions,
            days: cap.days,
            months: cap.months,
            sessionsGiven: given ?? null,
          },
        ),
      );
    }
    sessionsLeft = Math.max(0, cap.sessions - given);
    // With no session given yet, this session starts the period.
    const from = given === 0 || start === undefined ? o.asOf : start;
    const endsOn =
      cap.days !== null ? addDays(from, cap.days) : cap.months !== null ? addMonths(from, cap.months) : null;
    if (endsOn !== null && o.asOf >= endsOn) {
      sessionsLeft = 0;
      return refused(
        reason(
          'intake.minor_consent.time_limit_reached',
          'error',
          `The period ${r.state} law allows for care on the minor's own consent has run: more needs a parent's or guardian's consent.`,
          { ...cited, firstSessionOn: from, endsOn, days: cap.days, months: cap.months },
        ),
      );
    }
    return null;
  }
}
