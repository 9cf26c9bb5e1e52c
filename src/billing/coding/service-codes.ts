import * as z from 'zod';
import { validate } from '../../core/index.js';
import { validateArguments } from '../../core/internal.js';

/**
 * An office E/M code for a new (99202–99205) or established (99212–99215) patient, as chosen by the
 * prescriber [sources: ama-cpt, lcd-l35101].
 *
 * @remarks The one list of E/M codes: {@link ServiceCode} is built from it, so the two cannot drift.
 * @example
 * ```ts
 * EvaluationAndManagementCode.parse('99213'); //=> '99213'
 * ```
 */
export const EvaluationAndManagementCode = z.enum([
  '99202',
  '99203',
  '99204',
  '99205',
  '99212',
  '99213',
  '99214',
  '99215',
]);
export type EvaluationAndManagementCode = z.infer<typeof EvaluationAndManagementCode>;

/**
 * A CPT or HCPCS code this library knows: the behavioral-health psychotherapy family, interactive complexity,
 * the new- and established-patient office E/M codes that the psychotherapy add-ons ride on, Medicare's crisis
 * codes for a site other than the office (G0017/+G0018, since 2024), and the monthly behavioral health
 * integration codes (general BHI 99484 and G0323, psychiatric collaborative care 99492/99493/+99494).
 *
 * @remarks Codes and meanings [sources: ama-cpt, lcd-l35101, cms-psychotherapy-crisis, cms-mln-bhi]. CPT
 * descriptions here are paraphrases, not AMA text. The office E/M codes come from one list, the one
 * `BillableSession.emCode` accepts.
 * @example
 * ```ts
 * ServiceCode.parse('90834'); //=> '90834'
 * ```
 */
export const ServiceCode = z.enum([
  '90785',
  '90791',
  '90792',
  '90832',
  '90833',
  '90834',
  '90836',
  '90837',
  '90838',
  '90839',
  '90840',
  '90846',
  '90847',
  '90853',
  ...EvaluationAndManagementCode.options,
  '99484',
  '99492',
  '99493',
  '99494',
  'G0017',
  'G0018',
  'G0323',
]);
export type ServiceCode = z.infer<typeof ServiceCode>;

/**
 * Every known service code: the CPT codes in ascending order, then the HCPCS codes.
 * @example
 * ```ts
 * SERVICE_CODES.length; //=> 29
 * ```
 */
export const SERVICE_CODES: readonly ServiceCode[] = ServiceCode.options;

/**
 * What family a service code belongs to; pairing rules are written per family.
 *
 * @example
 * ```ts
 * ServiceCodeFamily.parse('crisis'); //=> 'crisis'
 * ```
 */
export const ServiceCodeFamily = z.enum([
  'diagnostic_evaluation',
  'psychotherapy',
  'psychotherapy_with_em',
  'family_psychotherapy',
  'group_psychotherapy',
  'crisis',
  'interactive_complexity',
  'evaluation_and_management',
  'care_management',
]);
export type ServiceCodeFamily = z.infer<typeof ServiceCodeFamily>;

/**
 * How time decides whether a code applies and how many units it gets.
 * - `untimed`: no time threshold.
 * - `band`: one unit when the face-to-face minutes fall in `[minMinutes, maxMinutes]` (`null` = no upper bound).
 * - `per_unit`: the first unit at `firstUnitAtMinutes`, one more for every further `minutesPerUnit`.
 *
 * @example
 * ```ts
 * ServiceCodeTime.parse({ kind: 'band', minMinutes: 16, maxMinutes: 37 }); //=> the 90832 band
 * ```
 */
export const ServiceCodeTime = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('untimed') }),
  z.strictObject({
    kind: z.literal('band'),
    minMinutes: z.number().int().nonnegative(),
    maxMinutes: z.number().int().nonnegative().nullable(),
  }),
  z.strictObject({
    kind: z.literal('per_unit'),
    firstUnitAtMinutes: z.number().int().positive(),
    minutesPerUnit: z.number().int().positive(),
  }),
]);
export type ServiceCodeTime = z.infer<typeof ServiceCodeTime>;

/**
 * One entry of the service-code catalog: what the code means and the rules it carries.
 *
 * @example
 * ```ts
 * SERVICE_CODE_CATALOG['90840'].requiresOneOf; //=> ['90839']
 * ```
 */
export const ServiceCodeDefinition = z.strictObject({
  code: ServiceCode,
  /** A plain-English paraphrase (not AMA CPT text). */
  description: z.string().min(1),
  family: ServiceCodeFamily,
  /** An add-on code is only billable beside one of `requiresOneOf` on the same session. */
  addOn: z.boolean(),
  /** For add-ons: the primaries it may accompany (at least one must be present). Empty for primaries. */
  requiresOneOf: z.array(ServiceCode),
  /** Codes that may never appear on the same session as this one. The relation is symmetric. */
  excludes: z.array(ServiceCode),
  time: ServiceCodeTime,
  /** Most units billable on one session; `null` when only time limits the count. */
  maxUnitsPerSession: z.number().int().positive().nullable(),
  /**
   * What a unit of the code stands for: one `session` (a date of service), or one `calendar_month` of care
   * management time (behavioral health integration), whose pairing rules hold across the month.
   */
  billedPer: z.enum(['session', 'calendar_month']),
  /** Source keys in docs/sources.md. */
  sources: z.array(z.string().min(1)).min(1),
});
export type ServiceCodeDefinition = z.infer<typeof ServiceCodeDefinition>;

const PSYCHOTHERAPY: readonly ServiceCode[] = ['90832', '90834', '90837'];
const PSYCHOTHERAPY_WITH_EM: readonly ServiceCode[] = ['90833', '90836', '90838'];
// Office E/M: new patient 99202–99205, established 99212–99215; one E/M per session
// [sources: ama-cpt, lcd-l35101].
const EM: readonly ServiceCode[] = EvaluationAndManagementCode.options;
const FAMILY: readonly ServiceCode[] = ['90846', '90847'];
// Psychotherapy for crisis: CPT's codes, and Medicare's for a non-facility site other than the office since
// 2024 [sources: cms-psychotherapy-crisis]; the two pairs are one service, never billed together.
const CPT_CRISIS: readonly ServiceCode[] = ['90839', '90840'];
const SITE_CRISIS: readonly ServiceCode[] = ['G0017', 'G0018'];
const CRISIS: readonly ServiceCode[] = [...CPT_CRISIS, ...SITE_CRISIS];
// Psychiatric collaborative care (CoCM) and general behavioral health integration: not reported in the same
// calendar month as each other (CPT's parenthetical; G0323 was modelled on 99484) [sources: cms-mln-bhi].
const COCM: readonly ServiceCode[] = ['99492', '99493', '99494'];
const GENERAL_BHI: readonly ServiceCode[] = ['99484', 'G0323'];
const DIAGNOSTIC: readonly ServiceCode[] = ['90791', '90792'];
// Everything crisis may not be billed with on the same session [sources: ama-cpt, lcd-l35101].
const NOT_WITH_CRISIS: readonly ServiceCode[] = [
  ...PSYCHOTHERAPY,
  ...PSYCHOTHERAPY_WITH_EM,
  ...FAMILY,
  '90853',
  '90785',
  ...DIAGNOSTIC,
];

const without = (list: readonly ServiceCode[], code: ServiceCode): ServiceCode[] =>
  list.filter((c) => c !== code);

const psychotherapy = (
  code: ServiceCode,
  minutes: string,
  minMinutes: number,
  maxMinutes: number | null,
): ServiceCodeDefinition => ({
  code,
  description: `Individual psychotherapy, about ${minutes} minutes face to face.`,
  family: 'psychotherapy',
  addOn: false,
  requiresOneOf: [],
  // One psychotherapy code per session, never stacked; a session with E/M uses the add-on codes
  // 90833/90836/90838 instead, never the standalone codes [sources: lcd-l35101]. Not beside a diagnostic
  // evaluation: common payer edit practice (unconfirmed as a rule).
  excludes: [...without(PSYCHOTHERAPY, code), ...PSYCHOTHERAPY_WITH_EM, ...EM, ...CRISIS, ...DIAGNOSTIC],
  time: { kind: 'band', minMinutes, maxMinutes },
  maxUnitsPerSession: 1,
  billedPer: 'session',
  sources: ['lcd-l35101'],
});

const psychotherapyWithEm = (
  code: ServiceCode,
  minutes: string,
  minMinutes: number,
  maxMinutes: number | null,
): ServiceCodeDefinition => ({
  code,
  description: `Psychotherapy, about ${minutes} minutes, added to an E/M service on the same session.`,
  family: 'psychotherapy_with_em',
  addOn: true,
  requiresOneOf: [...EM],
  excludes: [...without(PSYCHOTHERAPY_WITH_EM, code), ...PSYCHOTHERAPY, ...CRISIS, ...DIAGNOSTIC],
  time: { kind: 'band', minMinutes, maxMinutes },
  maxUnitsPerSession: 1,
  billedPer: 'session',
  sources: ['lcd-l35101'],
});

const evaluationAndManagement = (
  code: ServiceCode,
  patient: 'new' | 'established',
  level: string,
): ServiceCodeDefinition => ({
  code,
  description: `Office visit for ${patient === 'new' ? 'a new' : 'an established'} patient, ${level} (evaluation and management).`,
  family: 'evaluation_and_management',
  addOn: false,
  requiresOneOf: [],
  // A diagnostic evaluation is not billed the same day as E/M by the same person [sources: lcd-l31887].
  excludes: [...without(EM, code), ...PSYCHOTHERAPY, ...DIAGNOSTIC],
  // The E/M level is chosen by the prescriber (medical decision making or total time): a clinical
  // judgement this library does not make, so no time band here.
  time: { kind: 'untimed' },
  maxUnitsPerSession: 1,
  billedPer: 'session',
  sources: ['lcd-l35101', 'lcd-l31887'],
});

// A monthly care management code (behavioral health integration): one unit a calendar month from its minimum
// minutes [sources: cms-mln-bhi].
const careManagement = (
  code: ServiceCode,
  description: string,
  excludes: readonly ServiceCode[],
  minMinutes: number,
): ServiceCodeDefinition => ({
  code,
  description,
  family: 'care_management',
  addOn: false,
  requiresOneOf: [],
  excludes: [...excludes],
  time: { kind: 'band', minMinutes, maxMinutes: null },
  maxUnitsPerSession: 1,
  billedPer: 'calendar_month',
  sources: ['ama-cpt', 'cms-mln-bhi'],
});

/**
 * The service-code catalog as data, one entry per {@link ServiceCode}.
 *
 * @remarks Thresholds: psychotherapy 16–37 / 38–52 / ≥ 53 minutes [sources: lcd-l35101]; family ≥ 26
 * minutes; crisis 90839 for 30–74 minutes, +90840 from 75 minutes and every further 30 [sources: ama-cpt];
 * 90785 with 90791/90792, 90832–90838 and 90853, never with crisis or family codes. Sources differ on 90785
 * with 90846/90847: we follow AAPC's reading and do not allow it [sources: aapc-90785]. Medicare's G0017/+G0018
 * keep 90839/+90840's times and exclusions, and never go with them [sources: cms-psychotherapy-crisis]. The
 * behavioral health integration codes count a calendar month's minutes (`billedPer: 'calendar_month'`): 99484
 * and G0323 from 20, 99492 from 36 of its 70, 99493 from 31 of its 60, +99494 per further 30 from 16 past
 * those; general BHI and collaborative care are not reported in the same month [sources: cms-mln-bhi].
 * @example
 * ```ts
 * SERVICE_CODE_CATALOG['90834'].time; //=> { kind: 'band', minMinutes: 38, maxMinutes: 52 }
 * ```
 */
export const SERVICE_CODE_CATALOG: { readonly [C in ServiceCode]: ServiceCodeDefinition } = Object.freeze({
  '90785': {
    code: '90785',
    description: 'Interactive complexity: communication factors that complicate the service.',
    family: 'interactive_complexity',
    addOn: true,
    requiresOneOf: [...DIAGNOSTIC, ...PSYCHOTHERAPY, ...PSYCHOTHERAPY_WITH_EM, '90853'],
    // Sources differ on the family codes: not allowed here, the stricter reading [sources: aapc-90785].
    excludes: [...CRISIS, ...FAMILY],
    time: { kind: 'untimed' },
    maxUnitsPerSession: 1,
    billedPer: 'session',
    sources: ['ama-cpt', 'aapc-90785'],
  },
  '90791': {
    code: '90791',
    description: 'Psychiatric diagnostic evaluation without medical services.',
    family: 'diagnostic_evaluation',
    addOn: false,
    requiresOneOf: [],
    excludes: ['90792', ...EM, ...PSYCHOTHERAPY, ...PSYCHOTHERAPY_WITH_EM, ...CRISIS],
    time: { kind: 'untimed' },
    maxUnitsPerSession: 1,
    billedPer: 'session',
    sources: ['lcd-l31887', 'ama-cpt'],
  },
  '90792': {
    code: '90792',
    description: 'Psychiatric diagnostic evaluation with medical services (by a prescriber).',
    family: 'diagnostic_evaluation',
    addOn: false,
    requiresOneOf: [],
    excludes: ['90791', ...EM, ...PSYCHOTHERAPY, ...PSYCHOTHERAPY_WITH_EM, ...CRISIS],
    time: { kind: 'untimed' },
    maxUnitsPerSession: 1,
    billedPer: 'session',
    sources: ['lcd-l31887', 'ama-cpt'],
  },
  '90832': psychotherapy('90832', '30', 16, 37),
  '90833': psychotherapyWithEm('90833', '30', 16, 37),
  '90834': psychotherapy('90834', '45', 38, 52),
  '90836': psychotherapyWithEm('90836', '45', 38, 52),
  '90837': psychotherapy('90837', '60', 53, null),
  '90838': psychotherapyWithEm('90838', '60', 53, null),
  '90839': {
    code: '90839',
    description: 'Psychotherapy for crisis, the first 60 minutes (billable from 30 minutes).',
    family: 'crisis',
    addOn: false,
    requiresOneOf: [],
    excludes: [...NOT_WITH_CRISIS, ...SITE_CRISIS],
    time: { kind: 'band', minMinutes: 30, maxMinutes: null },
    maxUnitsPerSession: 1,
    billedPer: 'session',
    sources: ['ama-cpt', 'lcd-l35101'],
  },
  '90840': {
    code: '90840',
    description: 'Psychotherapy for crisis, each further 30 minutes beyond the first 60.',
    family: 'crisis',
    addOn: true,
    requiresOneOf: ['90839'],
    excludes: [...NOT_WITH_CRISIS, ...SITE_CRISIS],
    time: { kind: 'per_unit', firstUnitAtMinutes: 75, minutesPerUnit: 30 },
    maxUnitsPerSession: null,
    billedPer: 'session',
    sources: ['ama-cpt', 'lcd-l35101'],
  },
  '90846': {
    code: '90846',
    description: 'Family psychotherapy without the patient present, about 50 minutes.',
    family: 'family_psychotherapy',
    addOn: false,
    requiresOneOf: [],
    excludes: ['90847', ...CRISIS, '90785'],
    time: { kind: 'band', minMinutes: 26, maxMinutes: null },
    maxUnitsPerSession: 1,
    billedPer: 'session',
    sources: ['ama-cpt'],
  },
  '90847': {
    code: '90847',
    description: 'Family or couples psychotherapy with the patient present, about 50 minutes.',
    family: 'family_psychotherapy',
    addOn: false,
    requiresOneOf: [],
    excludes: ['90846', ...CRISIS, '90785'],
    time: { kind: 'band', minMinutes: 26, maxMinutes: null },
    maxUnitsPerSession: 1,
    billedPer: 'session',
    sources: ['ama-cpt'],
  },
  '90853': {
    code: '90853',
    description: 'Group psychotherapy (other than a multiple-family group).',
    family: 'group_psychotherapy',
    addOn: false,
    requiresOneOf: [],
    excludes: [...CRISIS],
    time: { kind: 'untimed' },
    maxUnitsPerSession: 1,
    billedPer: 'session',
    sources: ['ama-cpt'],
  },
  '99202': evaluationAndManagement('99202', 'new', 'straightforward'),
  '99203': evaluationAndManagement('99203', 'new', 'low complexity'),
  '99204': evaluationAndManagement('99204', 'new', 'moderate complexity'),
  '99205': evaluationAndManagement('99205', 'new', 'high complexity'),
  '99212': evaluationAndManagement('99212', 'established', 'straightforward'),
  '99213': evaluationAndManagement('99213', 'established', 'low complexity'),
  '99214': evaluationAndManagement('99214', 'established', 'moderate complexity'),
  '99215': evaluationAndManagement('99215', 'established', 'high complexity'),
  '99484': careManagement(
    '99484',
    'General behavioral health integration: at least 20 minutes of clinical staff time, directed by a physician or other qualified practitioner, in a calendar month.',
    [...COCM, 'G0323'],
    20,
  ),
  '99492': careManagement(
    '99492',
    'Psychiatric collaborative care, the first calendar month: the first 70 minutes of behavioral health care manager activities (billable from 36).',
    ['99493', '99484', 'G0323'],
    36,
  ),
  '99493': careManagement(
    '99493',
    'Psychiatric collaborative care, a later calendar month: the first 60 minutes of behavioral health care manager activities (billable from 31).',
    ['99492', '99484', 'G0323'],
    31,
  ),
  '99494': {
    code: '99494',
    description:
      'Psychiatric collaborative care, each further 30 minutes in a calendar month past the first 70 (99492) or 60 (99493); the first from 16 minutes past them.',
    family: 'care_management',
    addOn: true,
    requiresOneOf: ['99492', '99493'],
    excludes: [...GENERAL_BHI],
    // Minutes counted past the primary's 70 or 60: the first unit at 16, one more per further 30.
    time: { kind: 'per_unit', firstUnitAtMinutes: 16, minutesPerUnit: 30 },
    maxUnitsPerSession: null,
    billedPer: 'calendar_month',
    sources: ['ama-cpt', 'cms-mln-bhi'],
  },
  G0017: {
    code: 'G0017',
    description:
      'Psychotherapy for crisis furnished in an applicable site other than the office (Medicare, since 2024), the first 60 minutes (billable from 30).',
    family: 'crisis',
    addOn: false,
    requiresOneOf: [],
    excludes: [...NOT_WITH_CRISIS, ...CPT_CRISIS],
    time: { kind: 'band', minMinutes: 30, maxMinutes: null },
    maxUnitsPerSession: 1,
    billedPer: 'session',
    sources: ['cms-psychotherapy-crisis'],
  },
  G0018: {
    code: 'G0018',
    description:
      'Psychotherapy for crisis furnished in an applicable site other than the office (Medicare, since 2024), each further 30 minutes beyond the first 60.',
    family: 'crisis',
    addOn: true,
    requiresOneOf: ['G0017'],
    excludes: [...NOT_WITH_CRISIS, ...CPT_CRISIS],
    time: { kind: 'per_unit', firstUnitAtMinutes: 75, minutesPerUnit: 30 },
    maxUnitsPerSession: null,
    billedPer: 'session',
    sources: ['cms-psychotherapy-crisis'],
  },
  G0323: careManagement(
    'G0323',
    'General behavioral health integration by a clinical psychologist or clinical social worker (Medicare, since 2024; its HCPCS text adds mental health counselors and marriage and family therapists): at least 20 minutes of their time in a calendar month.',
    [...COCM, '99484'],
    20,
  ),
});

/** `code` when the catalog has it; a ValidationError otherwise. A lookup, not a parse, on the hot path. */
function codeArgument(code: unknown, subject = 'service code'): ServiceCode {
  return isKnownCode(code) ? code : validate(ServiceCode, code, subject);
}

function isKnownCode(code: unknown): code is ServiceCode {
  return typeof code === 'string' && Object.hasOwn(SERVICE_CODE_CATALOG, code);
}

/**
 * The catalog entry of a service code.
 *
 * @throws {@link ValidationError} when `code` is not a service code this library knows.
 * @example
 * ```ts
 * getServiceCodeDefinition('90837').time; //=> { kind: 'band', minMinutes: 53, maxMinutes: null }
 * ```
 */
export function getServiceCodeDefinition(code: ServiceCode): ServiceCodeDefinition {
  return SERVICE_CODE_CATALOG[codeArgument(code)];
}

/**
 * Whether a string is a service code this library knows (total over strings).
 *
 * @throws {@link ValidationError} when `code` is not a string.
 * @example
 * ```ts
 * isKnownServiceCode('90834'); //=> true
 * isKnownServiceCode('90999'); //=> false
 * ```
 */
export function isKnownServiceCode(code: string): code is ServiceCode {
  if (typeof code !== 'string') validate(z.string(), code, 'service code');
  return Object.hasOwn(SERVICE_CODE_CATALOG, code);
}

/**
 * Whether a service code is an add-on (billable only beside a primary on the same session).
 *
 * @throws {@link ValidationError} when `code` is not a service code this library knows.
 * @example
 * ```ts
 * isAddOnServiceCode('90785'); //=> true
 * isAddOnServiceCode('90834'); //=> false
 * ```
 */
export function isAddOnServiceCode(code: ServiceCode): boolean {
  return SERVICE_CODE_CATALOG[codeArgument(code)].addOn;
}

/**
 * Whether two service codes may not appear on the same session.
 *
 * @throws {@link ValidationError} listing both at once when either is not a service code this library
 * knows, each under its parameter's name (`$.a`, `$.b`).
 * @example
 * ```ts
 * areServiceCodesExclusive('90839', '90834'); //=> true
 * areServiceCodesExclusive('90785', '90834'); //=> false
 * ```
 */
export function areServiceCodesExclusive(a: ServiceCode, b: ServiceCode): boolean {
  // Checked by hand first; a bad code is parsed beside the other, each under its parameter's name.
  if (!isKnownCode(a) || !isKnownCode(b)) {
    validateArguments([
      ['a', ServiceCode, a, 'first service code'],
      ['b', ServiceCode, b, 'second service code'],
    ]);
  }
  const first = a;
  const second = b;
  return (
    SERVICE_CODE_CATALOG[first].excludes.includes(second) ||
    SERVICE_CODE_CATALOG[second].excludes.includes(first)
  );
}
