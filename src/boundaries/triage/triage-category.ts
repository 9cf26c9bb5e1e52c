import * as z from 'zod';

/**
 * The kinds of crisis language triage looks for, after the Columbia Suicide Severity Rating Scale screener
 * (wish to be dead, thoughts, method, intent, plan, preparatory behaviour) and crisis-line practice (988
 * Lifeline: harm to others, abuse, assault, medical emergencies), and urgent distress: a plea for help now,
 * feeling unsafe, not able to go on, fear of oneself, an emergency named, a worry for someone's safety. Urgent
 * distress raises only a message that is not administrative (see triage-decision.ts).
 *
 * @example
 * ```ts
 * CrisisCategory.options.length; //=> 14
 * ```
 * @remarks [sources: c-ssrs-screener, samhsa-988]
 */
export const CrisisCategory = z.enum([
  'passive_ideation',
  'active_ideation',
  'method_means',
  'plan_intent',
  'preparatory_acts',
  'ingestion_overdose',
  'self_harm',
  'psychosis_command',
  'harm_to_others',
  'child_safety',
  'intimate_partner_violence',
  'sexual_assault',
  'medical_emergency',
  'urgent_distress',
]);
export type CrisisCategory = z.infer<typeof CrisisCategory>;

/**
 * The kinds of clinical matter that go to a clinician (same day, not on call). `negated_risk` is a crisis
 * mention under a negation ("I'm not suicidal"): never crisis by itself, never staff.
 *
 * @example
 * ```ts
 * ClinicalCategory.options.includes('medication'); //=> true
 * ```
 */
export const ClinicalCategory = z.enum([
  'medication',
  'symptoms',
  'feelings_about_therapy',
  'letters_forms_clinical',
  'substance_use',
  'negated_risk',
]);
export type ClinicalCategory = z.infer<typeof ClinicalCategory>;

/**
 * The kinds of administrative request staff may answer.
 *
 * @example
 * ```ts
 * AdministrativeCategory.options; //=> ['scheduling', 'billing', 'paperwork', 'general']
 * ```
 */
export const AdministrativeCategory = z.enum(['scheduling', 'billing', 'paperwork', 'general']);
export type AdministrativeCategory = z.infer<typeof AdministrativeCategory>;

/**
 * Every category a triage table can belong to, and a practice can add phrases to.
 *
 * @example
 * ```ts
 * TriageCategory.parse('self_harm'); //=> 'self_harm'
 * ```
 */
export const TriageCategory = z.enum([
  ...CrisisCategory.options,
  'medication',
  'symptoms',
  'feelings_about_therapy',
  'letters_forms_clinical',
  'substance_use',
  ...AdministrativeCategory.options,
]);
export type TriageCategory = z.infer<typeof TriageCategory>;

/** The category a table signals, plus those that only explain words: ordinary senses, courtesy, enquiries. */
export type TableLabel =
  | TriageCategory
  | 'ordinary_sense'
  | 'clinical_sense'
  | 'courtesy'
  | 'enquiry'
  | 'unclear_reference';

/** One table: its label and its patterns in each language (see phrase-pattern.ts for the syntax). */
export interface TriageTable {
  readonly label: TableLabel;
  readonly en: readonly string[];
  readonly es: readonly string[];
}

const CRISIS = new Set<string>(CrisisCategory.options);
const CLINICAL = new Set<string>(ClinicalCategory.options);
const ADMINISTRATIVE = new Set<string>(AdministrativeCategory.options);

/** Whether a label is a crisis category. */
export function isCrisisCategory(label: string): label is CrisisCategory {
  return CRISIS.has(label);
}

/** Whether a label is a clinical category. */
export function isClinicalCategory(label: string): label is ClinicalCategory {
  return CLINICAL.has(label);
}

/** Whether a label is an administrative category. */
export function isAdministrativeCategory(label: string): label is AdministrativeCategory {
  return ADMINISTRATIVE.has(label);
}
