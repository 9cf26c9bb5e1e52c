import type { PractitionerKind, UsState } from '../../core/index.js';

/**
 * What a state's minor-consent statute says about telling the minor's parents of outpatient mental-health care
 * the minor consented to alone:
 * - `involve_unless_inappropriate`: the parents are to be involved unless the treating professional finds it
 *   inappropriate (California); `involve_before_end_unless_contraindicated`: involved before treatment ends
 *   unless they refuse or it is clinically contraindicated (Oregon);
 * - `may_with_minor_consent`: the professional may tell them with the minor's consent (Colorado, which also lets
 *   them be told without it when the minor cannot manage their own care);
 * - `not_without_minor_consent_unless_necessary`: they are not told without the minor's consent unless the
 *   professional finds a compelling need (a substantial probability of harm) and tells the minor first
 *   (Illinois, Michigan, Ohio);
 * - `may_with_or_without_minor_consent`: the professional may tell them, with or without the minor's consent, at
 *   their discretion (Texas; Maryland, unless the provider believes telling them will harm the minor or deter care);
 * - `involvement_promoted`: the professional is to promote the parents' healthy involvement in the treatment plan,
 *   without limiting the minor's own consent, and tells them when psychotropic medication is given (New Mexico);
 * - `parents_have_record_access`: a provider may not deny a parent access to the minor's health information, save a
 *   court order or a criminal investigation of the parent (Alabama, since 1 October 2025);
 * - `not_addressed`: the statute says nothing about telling them (Washington, Pennsylvania, Virginia, Florida,
 *   Tennessee, South Carolina).
 *
 * @example
 * ```ts
 * const notice: MinorConsentParentNotice = 'may_with_minor_consent';
 * ```
 */
export type MinorConsentParentNotice =
  | 'involve_unless_inappropriate'
  | 'involve_before_end_unless_contraindicated'
  | 'may_with_minor_consent'
  | 'not_without_minor_consent_unless_necessary'
  | 'may_with_or_without_minor_consent'
  | 'involvement_promoted'
  | 'parents_have_record_access'
  | 'not_addressed';

/**
 * The purposes a purpose-limited statute lets a minor consent to alone: counseling for `suicide_prevention`,
 * `chemical_addiction_or_dependency` or `abuse` (sexual, physical or emotional; Texas Family Code 32.004), or
 * services for an `emotional_crisis` the minor perceives as needing professional help (Florida 394.4784);
 * `other` is any other purpose, which such a statute does not cover.
 *
 * @example
 * ```ts
 * const purpose: MinorConsentPurpose = 'suicide_prevention';
 * ```
 */
export type MinorConsentPurpose =
  | 'suicide_prevention'
  | 'chemical_addiction_or_dependency'
  | 'abuse'
  | 'emotional_crisis'
  | 'other';

/**
 * Every {@link MinorConsentPurpose}, in the order the schema lists them.
 *
 * @example
 * ```ts
 * MINOR_CONSENT_PURPOSES.includes('abuse'); //=> true
 * ```
 */
export const MINOR_CONSENT_PURPOSES = Object.freeze([
  'suicide_prevention',
  'chemical_addiction_or_dependency',
  'abuse',
  'emotional_crisis',
  'other',
] as const satisfies readonly MinorConsentPurpose[]);

/**
 * The license of the treating provider, where a state's statute names who may treat a minor on the minor's own
 * consent: a `physician` (North Carolina 90-21.5, Kentucky 214.185(2), Texas 32.004), a `psychiatrist` (a physician
 * certified in psychiatry, which Connecticut 19a-14c names and every physician-naming state counts as a physician), a
 * licensed `psychologist`, a `physician_supervised` clinician (one who provides the services under a physician's
 * supervision, which New York 33.21(a)(2) counts in an Office of Mental Health program), a licensed or certified
 * `counselor` (Texas; a licensed professional counselor), a licensed `social_worker` of any level (Texas), a licensed
 * `clinical_social_worker` (Connecticut; a social worker too), a licensed `marriage_and_family_therapist`
 * (Connecticut), or `other` (any other license or none). `physician` and `social_worker` are the broader values: in a
 * state that names only a psychiatrist or a clinical social worker they leave the answer undecided. The kinds are
 * spelled as {@link PractitionerKind}'s; `physician_supervised` is this rule's own.
 *
 * @example
 * ```ts
 * const license: MinorConsentProviderLicense = 'clinical_social_worker';
 * ```
 */
export type MinorConsentProviderLicense = (typeof MINOR_CONSENT_PROVIDER_LICENSES)[number];

/**
 * Every {@link MinorConsentProviderLicense}, in the order the schema lists them.
 *
 * @example
 * ```ts
 * MINOR_CONSENT_PROVIDER_LICENSES.includes('marriage_and_family_therapist'); //=> true
 * ```
 */
export const MINOR_CONSENT_PROVIDER_LICENSES = Object.freeze([
  'physician',
  'psychiatrist',
  'psychologist',
  'physician_supervised',
  'counselor',
  'social_worker',
  'clinical_social_worker',
  'marriage_and_family_therapist',
  'other',
] as const satisfies readonly (PractitionerKind | 'physician_supervised')[]);

/**
 * The narrower licenses a broader one may be: a physician may be a psychiatrist, a social worker a clinical one. A
 * state naming only the narrower one cannot tell from the broader value whether the provider holds it.
 */
export const NARROWER_PROVIDER_LICENSES: Readonly<
  Partial<Record<MinorConsentProviderLicense, readonly MinorConsentProviderLicense[]>>
> = Object.freeze({
  physician: ['psychiatrist'],
  social_worker: ['clinical_social_worker'],
});

/**
 * Where the care is given, where a state's statute limits the minor's own consent to a setting:
 * `state_licensed_mental_health_program` is an outpatient program licensed or operated by the state's
 * mental-health authority (New York: the Office of Mental Health, 33.21(a)(3)); `other` is any other setting (a
 * private practice, a group practice not so licensed).
 *
 * @example
 * ```ts
 * const setting: MinorConsentSetting = 'state_licensed_mental_health_program';
 * ```
 */
export type MinorConsentSetting = 'state_licensed_mental_health_program' | 'other';

/**
 * Every {@link MinorConsentSetting}, in the order the schema lists them.
 *
 * @example
 * ```ts
 * MINOR_CONSENT_SETTINGS.includes('other'); //=> true
 * ```
 */
export const MINOR_CONSENT_SETTINGS = Object.freeze([
  'state_licensed_mental_health_program',
  'other',
] as const satisfies readonly MinorConsentSetting[]);

/**
 * How much care a minor may receive on their own consent before a parent's consent is needed: `sessions`, and
 * where the statute also limits time, `days` or `months` from the first session (whichever comes first).
 * `belowAge`, when set, limits the cap to minors under that age.
 *
 * @example
 * ```ts
 * const ohio: MinorConsentSessionLimit = { sessions: 6, days: 30, months: null, belowAge: null };
 * ```
 */
export interface MinorConsentSessionLimit {
  readonly sessions: number;
  readonly days: number | null;
  readonly months: number | null;
  readonly belowAge: number | null;
}

/**
 * One state's rule for a minor's own consent to outpatient mental-health treatment (not substance-use
 * treatment, which has its own laws and 42 CFR 2.14): the minimum age, any session or time limit, what the
 * statute says about the parents, whether the treating professional must first make a finding about the minor,
 * whether medication is outside it, and the statute with its key in docs/sources.md.
 *
 * @example
 * ```ts
 * const rule: MinorMentalHealthConsentRule | undefined = MINOR_MENTAL_HEALTH_CONSENT_RULES.find((r) => r.state === 'OR');
 * rule?.minimumAge; //=> 14
 * ```
 */
export interface MinorMentalHealthConsentRule {
  readonly state: UsState;
  /** The statute's minimum age; where it sets none (Virginia), the library's floor of 12. */
  readonly minimumAge: number;
  readonly sessionLimit: MinorConsentSessionLimit | null;
  readonly parentNotice: MinorConsentParentNotice;
  /**
   * The treating professional must first find the minor fit (California: mature enough to participate
   * intelligently; Colorado: knowingly and voluntarily seeking care that is clinically indicated).
   */
  readonly professionalFindingRequired: boolean;
  /** The statute leaves medication (psychotropic drugs) out: it needs a parent's consent. */
  readonly excludesMedication: boolean;
  /**
   * The purposes the statute limits the minor's own consent to (Texas, Florida), or null when it covers outpatient
   * mental-health care generally. A purpose-limited consent is never read as general consent: with the purpose
   * unknown, or another one, a parent or guardian consents.
   */
  readonly purposes: readonly MinorConsentPurpose[] | null;
  /**
   * The provider licenses the statute limits the minor's own consent to (North Carolina, Kentucky: a physician;
   * Connecticut: a psychiatrist, psychologist, clinical social worker or marriage and family therapist; Texas: a
   * physician, psychologist, counselor or social worker), or null when it names none the library checks. A narrower
   * license of a named one is listed too (a psychiatrist where a physician is named). With the license unknown the answer is `undecided`; with another
   * license a parent or guardian consents.
   */
  readonly providerLicenses: readonly MinorConsentProviderLicense[] | null;
  /**
   * The settings the statute limits the minor's own consent to (New York: an Office of Mental Health program), or
   * null when it names none. With the setting unknown the answer is `undecided`; in another a parent or guardian
   * consents.
   */
  readonly settings: readonly MinorConsentSetting[] | null;
  /** The statute's citation, as written in docs/sources.md. */
  readonly statute: string;
  /** Its key in docs/sources.md. */
  readonly sourceKey: string;
}

/**
 * The states whose minor-consent statute for outpatient mental-health treatment the library cites, one entry
 * each, in state order. A state not listed is not "no": the library does not know it, and the host decides.
 *
 * @remarks
 * - AL 16+ (14+ before 1 October 2025; the table reads 16 on every day, the safer reading): a minor of 16 may consent
 *   to medical, dental, health or mental-health services; a provider may not deny a parent access to the minor's
 *   health information: Code of Alabama 22-8-4 as amended by Act 2025-455 (SB 101) [sources: al-code-22-8-4].
 *   Alabama's age of majority is 19 (`AGE_OF_MAJORITY_RULES`): an 18-year-old there is a minor of 16 or more.
 * - CA 12+, the professional finds the minor mature enough; parents involved unless inappropriate: Health and
 *   Safety Code 124260, Family Code 6924 [sources: ca-hsc-124260, ca-fam-6924].
 * - CT no age in the statute (the library's floor of 12): outpatient treatment by a psychiatrist, psychologist,
 *   clinical social worker or marital and family therapist only (`providerLicenses`; a physician of another
 *   specialty, a counselor or a master social worker is not named) when the provider finds all five conditions (consent or
 *   notice would make the minor refuse, clinically indicated, failing to treat seriously detrimental, sought
 *   knowingly and voluntarily, mature enough), no legend drugs; parents not told without the minor's consent: Conn.
 *   Gen. Stat. 19a-14c, its session cap removed from 1 July 2021 [sources: ct-gen-stat-19a-14c].
 * - CO 12+, psychotherapy when the professional finds the minor knowingly and voluntarily seeking it and it is
 *   clinically indicated; parents told with the minor's consent: C.R.S. 12-245-203.5 [sources: crs-12-245-203.5].
 * - FL 13+, only in an emotional crisis the minor perceives as needing professional help: diagnostic and
 *   evaluative services and crisis intervention, therapy and counseling, no medication, at most two visits in a
 *   week before a parent consents (read strictly: two visits, then a parent, and the week runs from the first):
 *   Fla. Stat. 394.4784 [sources: fla-stat-394.4784].
 * - IL 12+, until a parent consents at most 8 sessions (of up to 90 minutes) for a minor under 17; parents not
 *   told without the minor's consent unless necessary: 405 ILCS 5/3-501 (also 3-5A-105)
 *   [sources: ilcs-405-5-3-501].
 * - KY 16+, outpatient mental-health counseling by a physician only, at the minor's request (medication left to a
 *   parent, read strictly: the statute says counseling); (3)'s qualified mental-health professional for an
 *   unaccompanied youth is not decided here: KRS 214.185(2) [sources: ky-krs-214.185].
 * - MD 12+ when a licensed health care provider finds the minor mature and capable of informed consent (2021
 *   amendment; 16+ before 1 October 2021); the provider may tell the parents unless it would harm or deter the
 *   minor; medication is left to a parent in the table, whatever the age (the amendment keeps it out for the
 *   youngest; the library reads it strictly): Health-General 20-104 [sources: md-hg-20-104].
 * - MI 14+, at most 12 sessions or 4 months per request, no psychotropic drugs; parents not told without the
 *   minor's consent unless a compelling need: MCL 330.1707 [sources: mcl-330.1707].
 * - NC no age in the statute (the library's floor of 12): services for emotional disturbance by a physician licensed
 *   in North Carolina only: N.C. Gen. Stat. 90-21.5(a) [sources: ncgs-90-21.5].
 * - NM 14+, presumed able to consent to verbal treatment (individual or group psychotherapy, counseling, family or
 *   behavioural therapy, case management) and to psychotropic medication, the clinician telling the legal custodian
 *   of the medication; the clinician promotes the parents' healthy involvement: N.M. Stat. 32A-6A-15. Under 14 a
 *   custodian consents (32A-6A-14(A)); the under-14 initial assessment and two weeks of early-intervention verbal
 *   therapy of 32A-6A-14(B) are left to a clinician and the practice [sources: nm-stat-32a-6a-15].
 * - NY no age in the statute (the library's floor of 12): outpatient services in a program licensed or operated by
 *   the Office of Mental Health, by a physician, a licensed psychologist or one under a physician's supervision
 *   there, on the practitioner's determinations under 33.21(c); treatments needing consent under 33.03 left out
 *   (the table leaves medication to a parent, read strictly); parents actively involved as clinically appropriate
 *   (33.21(b)): N.Y. Mental Hygiene Law 33.21 [sources: ny-mhl-33.21].
 * - OH 14+, at most 6 sessions or 30 days, whichever is sooner, no medication; the same notice rule: R.C.
 *   5122.04 [sources: orc-5122.04].
 * - OR 14+; parents involved before the end of treatment unless they refuse or it is clinically contraindicated:
 *   ORS 109.675 [sources: ors-109.675].
 * - PA 14+: 35 P.S. 10101.1 [sources: pa-35-ps-10101.1].
 * - SC 16+, any health service from a person authorized to give it, operations aside (no operation is decided here);
 *   nothing said about the parents: S.C. Code 63-5-340 [sources: sc-code-63-5-340].
 * - TN 16+, a child with a serious emotional disturbance or mental illness (the treating professional's finding)
 *   has an adult's rights to outpatient treatment and medication decisions: Tenn. Code 33-8-202
 *   [sources: tca-33-8-202].
 * - TX any age (the library's floor of 12), counseling only for suicide prevention, chemical addiction or
 *   dependency, or sexual, physical or emotional abuse, by a licensed or certified physician, psychologist, counselor or
 *   social worker only (`providerLicenses`; a marriage and family therapist is not named); the professional may tell the parents with or without the
 *   minor's consent; any other purpose needs a parent: Tex. Fam. Code 32.004 [sources: tx-fam-32.004].
 * - VA no age in the statute, so the library's floor of 12 (`MINOR_CONSENT_FLOOR_AGE`): a minor is deemed an
 *   adult for consenting to medical or health services for outpatient care, treatment or rehabilitation for
 *   mental illness or emotional disturbance; no cap, no finding, medication not left out, nothing said about
 *   telling the parents: Code of Virginia 54.1-2969(E)(4) [sources: va-code-54.1-2969]. Inpatient admission is
 *   another statute (16.1-338: from 14, with a parent), not decided here.
 * - WA 13+ (an "adolescent"): RCW 71.34.530 [sources: rcw-71.34.530].
 *
 * @example
 * ```ts
 * MINOR_MENTAL_HEALTH_CONSENT_RULES.map((r) => r.state);
 * //=> ['AL', 'CA', 'CO', 'CT', 'FL', 'IL', 'KY', 'MD', 'MI', 'NC', 'NM', 'NY', 'OH', 'OR', 'PA', 'SC', 'TN', 'TX', 'VA', 'WA']
 * ```
 */
export const MINOR_MENTAL_HEALTH_CONSENT_RULES: readonly MinorMentalHealthConsentRule[] = Object.freeze([
  {
    // 16 since Act 2025-455 (1 October 2025); 14 before, which the table does not apply (the safer reading).
    state: 'AL',
    minimumAge: 16,
    sessionLimit: null,
    parentNotice: 'parents_have_record_access',
    professionalFindingRequired: false,
    excludesMedication: false,
    purposes: null,
    providerLicenses: null,
    settings: null,
    statute: 'Code of Alabama § 22-8-4 (Act 2025-455)',
    sourceKey: 'al-code-22-8-4',
  },
  {
    state: 'CA',
    minimumAge: 12,
    sessionLimit: null,
    parentNotice: 'involve_unless_inappropriate',
    professionalFindingRequired: true,
    excludesMedication: false,
    purposes: null,
    providerLicenses: null,
    settings: null,
    statute: 'Cal. Health & Safety Code § 124260; Cal. Family Code § 6924',
    sourceKey: 'ca-hsc-124260',
  },
  {
    state: 'CO',
    minimumAge: 12,
    sessionLimit: null,
    parentNotice: 'may_with_minor_consent',
    professionalFindingRequired: true,
    excludesMedication: false,
    purposes: null,
    providerLicenses: null,
    settings: null,
    statute: 'C.R.S. § 12-245-203.5',
    sourceKey: 'crs-12-245-203.5',
  },
  {
    // No age in 19a-14c: the library's floor of 12. The five conditions are the provider's finding.
    state: 'CT',
    minimumAge: 12,
    sessionLimit: null,
    parentNotice: 'not_without_minor_consent_unless_necessary',
    professionalFindingRequired: true,
    excludesMedication: true,
    purposes: null,
    // 19a-14c(b): chapters 370 (as a psychiatrist), 383, 383b, 383a.
    providerLicenses: [
      'psychiatrist',
      'psychologist',
      'clinical_social_worker',
      'marriage_and_family_therapist',
    ],
    settings: null,
    statute: 'Conn. Gen. Stat. § 19a-14c',
    sourceKey: 'ct-gen-stat-19a-14c',
  },
  {
    // Two visits in a week, read strictly: two sessions, and the week runs from the first.
    state: 'FL',
    minimumAge: 13,
    sessionLimit: { sessions: 2, days: 7, months: null, belowAge: null },
    parentNotice: 'not_addressed',
    professionalFindingRequired: false,
    excludesMedication: true,
    purposes: ['emotional_crisis'],
    providerLicenses: null,
    settings: null,
    statute: 'Fla. Stat. § 394.4784',
    sourceKey: 'fla-stat-394.4784',
  },
  {
    state: 'IL',
    minimumAge: 12,
    sessionLimit: { sessions: 8, days: null, months: null, belowAge: 17 },
    parentNotice: 'not_without_minor_consent_unless_necessary',
    professionalFindingRequired: false,
    excludesMedication: false,
    purposes: null,
    providerLicenses: null,
    settings: null,
    statute: '405 ILCS 5/3-501 (also 5/3-5A-105)',
    sourceKey: 'ilcs-405-5-3-501',
  },
  {
    // 214.185(2): a physician's outpatient counseling from 16; (3)'s unaccompanied youth is left to the host.
    state: 'KY',
    minimumAge: 16,
    sessionLimit: null,
    parentNotice: 'not_addressed',
    professionalFindingRequired: false,
    excludesMedication: true,
    purposes: null,
    providerLicenses: ['physician', 'psychiatrist'],
    settings: null,
    statute: 'KRS § 214.185(2)',
    sourceKey: 'ky-krs-214.185',
  },
  {
    state: 'MD',
    minimumAge: 12,
    sessionLimit: null,
    parentNotice: 'may_with_or_without_minor_consent',
    professionalFindingRequired: true,
    excludesMedication: true,
    purposes: null,
    providerLicenses: null,
    settings: null,
    statute: 'Md. Code, Health-General § 20-104',
    sourceKey: 'md-hg-20-104',
  },
  {
    state: 'MI',
    minimumAge: 14,
    sessionLimit: { sessions: 12, days: null, months: 4, belowAge: null },
    parentNotice: 'not_without_minor_consent_unless_necessary',
    professionalFindingRequired: false,
    excludesMedication: true,
    purposes: null,
    providerLicenses: null,
    settings: null,
    statute: 'MCL § 330.1707',
    sourceKey: 'mcl-330.1707',
  },
  {
    // No age in 90-21.5(a): the library's floor of 12. A licensed physician only.
    state: 'NC',
    minimumAge: 12,
    sessionLimit: null,
    parentNotice: 'not_addressed',
    professionalFindingRequired: false,
    excludesMedication: false,
    purposes: null,
    providerLicenses: ['physician', 'psychiatrist'],
    settings: null,
    statute: 'N.C. Gen. Stat. § 90-21.5(a)',
    sourceKey: 'ncgs-90-21.5',
  },
  {
    // Presumed capacity from 14: no finding needed (a lack of capacity is two clinicians' finding, 32A-6A-16).
    state: 'NM',
    minimumAge: 14,
    sessionLimit: null,
    parentNotice: 'involvement_promoted',
    professionalFindingRequired: false,
    excludesMedication: false,
    purposes: null,
    providerLicenses: null,
    settings: null,
    statute: 'N.M. Stat. § 32A-6A-15',
    sourceKey: 'nm-stat-32a-6a-15',
  },
  {
    // No age in 33.21: the library's floor of 12. An OMH program, its practitioners, their determinations.
    state: 'NY',
    minimumAge: 12,
    sessionLimit: null,
    parentNotice: 'involve_unless_inappropriate',
    professionalFindingRequired: true,
    excludesMedication: true,
    purposes: null,
    providerLicenses: ['physician', 'psychiatrist', 'psychologist', 'physician_supervised'],
    settings: ['state_licensed_mental_health_program'],
    statute: 'N.Y. Mental Hygiene Law § 33.21(c)',
    sourceKey: 'ny-mhl-33.21',
  },
  {
    state: 'OH',
    minimumAge: 14,
    sessionLimit: { sessions: 6, days: 30, months: null, belowAge: null },
    parentNotice: 'not_without_minor_consent_unless_necessary',
    professionalFindingRequired: false,
    excludesMedication: true,
    purposes: null,
    providerLicenses: null,
    settings: null,
    statute: 'Ohio Rev. Code § 5122.04',
    sourceKey: 'orc-5122.04',
  },
  {
    state: 'OR',
    minimumAge: 14,
    sessionLimit: null,
    parentNotice: 'involve_before_end_unless_contraindicated',
    professionalFindingRequired: false,
    excludesMedication: false,
    purposes: null,
    providerLicenses: null,
    settings: null,
    statute: 'ORS § 109.675',
    sourceKey: 'ors-109.675',
  },
  {
    state: 'PA',
    minimumAge: 14,
    sessionLimit: null,
    parentNotice: 'not_addressed',
    professionalFindingRequired: false,
    excludesMedication: false,
    purposes: null,
    providerLicenses: null,
    settings: null,
    statute: '35 P.S. § 10101.1',
    sourceKey: 'pa-35-ps-10101.1',
  },
  {
    state: 'SC',
    minimumAge: 16,
    sessionLimit: null,
    parentNotice: 'not_addressed',
    professionalFindingRequired: false,
    excludesMedication: false,
    purposes: null,
    providerLicenses: null,
    settings: null,
    statute: 'S.C. Code § 63-5-340',
    sourceKey: 'sc-code-63-5-340',
  },
  {
    // The finding: a serious emotional disturbance or mental illness.
    state: 'TN',
    minimumAge: 16,
    sessionLimit: null,
    parentNotice: 'not_addressed',
    professionalFindingRequired: true,
    excludesMedication: false,
    purposes: null,
    providerLicenses: null,
    settings: null,
    statute: 'Tenn. Code Ann. § 33-8-202',
    sourceKey: 'tca-33-8-202',
  },
  {
    // Any age in 32.004: the library's floor of 12. Counseling for the named purposes only.
    state: 'TX',
    minimumAge: 12,
    sessionLimit: null,
    parentNotice: 'may_with_or_without_minor_consent',
    professionalFindingRequired: false,
    excludesMedication: false,
    purposes: ['suicide_prevention', 'chemical_addiction_or_dependency', 'abuse'],
    // 32.004(b): "a licensed or certified physician, psychologist, counselor, or social worker".
    providerLicenses: [
      'physician',
      'psychiatrist',
      'psychologist',
      'counselor',
      'social_worker',
      'clinical_social_worker',
    ],
    settings: null,
    statute: 'Tex. Fam. Code § 32.004',
    sourceKey: 'tx-fam-32.004',
  },
  {
    // No age in 54.1-2969(E): the library's floor of 12, as for Virginia's substance-use row.
    state: 'VA',
    minimumAge: 12,
    sessionLimit: null,
    parentNotice: 'not_addressed',
    professionalFindingRequired: false,
    excludesMedication: false,
    purposes: null,
    providerLicenses: null,
    settings: null,
    statute: 'Code of Virginia § 54.1-2969(E)',
    sourceKey: 'va-code-54.1-2969',
  },
  {
    state: 'WA',
    minimumAge: 13,
    sessionLimit: null,
    parentNotice: 'not_addressed',
    professionalFindingRequired: false,
    excludesMedication: false,
    purposes: null,
    providerLicenses: null,
    settings: null,
    statute: 'RCW 71.34.530',
    sourceKey: 'rcw-71.34.530',
  },
] satisfies MinorMentalHealthConsentRule[]);
