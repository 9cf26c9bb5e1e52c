import * as z from 'zod';
import { PayerId } from '../core/index.js';
import { ServiceCode } from './service-codes.js';

/**
 * What kind of payer a profile describes; some rules (e.g. who may be billed after a denial) differ by kind.
 *
 * @example
 * ```ts
 * PayerKind.parse('medicare'); //=> 'medicare'
 * ```
 */
export const PayerKind = z.enum([
  'medicare',
  'medicare_advantage',
  'medicaid',
  'medicaid_managed_care',
  'commercial',
  'tricare',
  'other',
]);
export type PayerKind = z.infer<typeof PayerKind>;

/**
 * A place-of-service code used on behavioral-health professional claims.
 *
 * @remarks 02 telehealth with the patient not at home, 10 telehealth with the patient at home, 11 office
 * [sources: cms-pos-codes].
 * @example
 * ```ts
 * PlaceOfService.parse('10'); //=> '10'
 * ```
 */
export const PlaceOfService = z.enum(['02', '10', '11']);
export type PlaceOfService = z.infer<typeof PlaceOfService>;

/**
 * A telehealth modifier on a claim line.
 *
 * @remarks 95 synchronous audio and video, 93 audio-only (CPT Appendix T), FQ audio-only (Medicare
 * RHC/FQHC), GT legacy audio and video [sources: mac-fcso-telehealth-modifiers].
 * @example
 * ```ts
 * TelehealthModifier.parse('95'); //=> '95'
 * ```
 */
export const TelehealthModifier = z.enum(['95', '93', 'GT', 'FQ']);
export type TelehealthModifier = z.infer<typeof TelehealthModifier>;

/**
 * How a payer wants telehealth sessions coded: the place of service for a client at home and not at
 * home, the modifier on video sessions and the one on audio-only sessions (`null` = none).
 *
 * @example
 * ```ts
 * TelehealthConvention.parse({ placeOfServiceAtHome: '10', placeOfServiceNotAtHome: '02',
 *   videoModifier: '95', audioOnlyModifier: '93', audioOnlyAllowed: true }).videoModifier; //=> '95'
 * ```
 */
export const TelehealthConvention = z.strictObject({
  placeOfServiceAtHome: z.enum(['02', '10']),
  placeOfServiceNotAtHome: z.enum(['02', '10']),
  videoModifier: z.enum(['95', 'GT']).nullable(),
  audioOnlyModifier: z.enum(['93', 'FQ']).nullable(),
  /** Whether the payer pays for audio-only behavioral-health sessions at all. */
  audioOnlyAllowed: z.boolean(),
});
export type TelehealthConvention = z.infer<typeof TelehealthConvention>;

/**
 * A length of time allowed to file: an amount of days or calendar months.
 *
 * @remarks Months are added with core `addMonths`, which clamps to the month end (a date of service of
 * Feb 29 plus 12 months is Feb 28), as Medicare does [sources: cms-mcpm-ch1-70].
 * @example
 * ```ts
 * FilingWindow.parse({ amount: 90, unit: 'days' }); //=> { amount: 90, unit: 'days' }
 * ```
 */
export const FilingWindow = z.strictObject({
  amount: z.number().int().positive(),
  unit: z.enum(['days', 'months']),
});
export type FilingWindow = z.infer<typeof FilingWindow>;

/**
 * A payer's filing windows: `initial` from the date of service, `corrected` for a corrected or replacement
 * claim, `appeal` from the payer's decision (remittance), `secondaryFromPrimaryRemittance` for a claim to
 * this payer as secondary, from the primary payer's remittance date.
 *
 * @example
 * ```ts
 * COMMERCIAL_PAYER_PROFILE_EXAMPLE.filing.initial; //=> { amount: 90, unit: 'days' }
 * ```
 */
export const FilingWindows = z.strictObject({
  initial: FilingWindow,
  corrected: FilingWindow,
  appeal: FilingWindow,
  secondaryFromPrimaryRemittance: FilingWindow,
});
export type FilingWindows = z.infer<typeof FilingWindows>;

/**
 * How often a client's eligibility with this payer must be verified again, beyond the check before the
 * first session (which is always required).
 * - `maxAgeDays`: a verification older than this many days is stale (`null` = no age limit).
 * - `everyCalendarMonth`: verify again in each new calendar month (common for Medicaid).
 * - `atNewPlanYear`: verify again when the plan year changes.
 *
 * @example
 * ```ts
 * EligibilityReverificationCadence.parse({ maxAgeDays: 30, everyCalendarMonth: false, atNewPlanYear: true });
 * ```
 */
export const EligibilityReverificationCadence = z.strictObject({
  maxAgeDays: z.number().int().positive().nullable(),
  everyCalendarMonth: z.boolean(),
  atNewPlanYear: z.boolean(),
});
export type EligibilityReverificationCadence = z.infer<typeof EligibilityReverificationCadence>;

/** Freezes an example and everything in it, so no caller can change the library's copy. */
function freezeDeep<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) freezeDeep(v);
    Object.freeze(value);
  }
  return value;
}

function hasDuplicates(items: readonly string[]): boolean {
  return new Set(items).size !== items.length;
}

/**
 * A payer's billing rules as data: telehealth coding, filing windows, codes needing prior authorization,
 * supervised billing, and the eligibility re-verification cadence. Practices keep one per payer (and per
 * plan when plans differ).
 *
 * @throws via {@link validate}: `billing.payer_profile.duplicate_codes` when a code is listed twice.
 * @example
 * ```ts
 * validate(PayerProfile, MEDICARE_PAYER_PROFILE_EXAMPLE, 'payer profile').kind; //=> 'medicare'
 * ```
 */
export const PayerProfile = z.strictObject({
  payerId: PayerId,
  name: z.string().min(1).max(200),
  kind: PayerKind,
  telehealth: TelehealthConvention,
  filing: FilingWindows,
  /** Codes that need an authorization on file before the session. */
  priorAuthorizationCodes: z.array(ServiceCode).refine((codes) => !hasDuplicates(codes), {
    message: 'must not list a code twice',
    params: { code: 'billing.payer_profile.duplicate_codes' },
  }),
  /** Whether a pre-licensed clinician's sessions may be billed under a licensed supervisor's NPI. */
  preLicensedMayBillUnderSupervisor: z.boolean(),
  eligibilityReverification: EligibilityReverificationCadence,
});
export type PayerProfile = z.infer<typeof PayerProfile>;

/**
 * An EXAMPLE Medicare fee-for-service profile, to copy and adjust: check it against your MAC before use.
 *
 * @remarks
 * - Initial filing: 12 months from the date of service [sources: cfr-42-424.44, cms-mcpm-ch1-70].
 * - Corrected claim: 12 months as well: a replacement claim must still meet the 424.44 limit
 *   (a reopening of a processed claim has its own one-year clock [sources: cfr-42-405.980]).
 * - Appeal: redetermination within 120 days of the initial determination [sources: cfr-42-405.942].
 * - Secondary from the primary's remittance: 12 months (unconfirmed; Medicare counts from the date of
 *   service, so this is a ceiling, not a grace period).
 * - Telehealth: POS 10 at home, 02 elsewhere; no video modifier for most professionals since 2024;
 *   93 on audio-only, which Medicare allows for mental health at home
 *   [sources: cfr-42-410.78, mac-ngs-telehealth-2024, mac-fcso-telehealth-modifiers].
 * - Prior authorization: none for outpatient psychotherapy (practice assumption, adjust per MAC).
 * - Supervised billing: `false`: Medicare does not enroll pre-licensed therapists and "incident to"
 *   billing has its own conditions (practice assumption, unconfirmed).
 * - Eligibility: verify before the first session, then every 30 days and at each new plan year
 *   (practice default, not from a source).
 * @example
 * ```ts
 * MEDICARE_PAYER_PROFILE_EXAMPLE.filing.appeal; //=> { amount: 120, unit: 'days' }
 * ```
 */
export const MEDICARE_PAYER_PROFILE_EXAMPLE: PayerProfile = freezeDeep<PayerProfile>({
  payerId: PayerId.parse('medicare-example'),
  name: 'Medicare fee-for-service (example: adjust before use)',
  kind: 'medicare',
  telehealth: {
    placeOfServiceAtHome: '10',
    placeOfServiceNotAtHome: '02',
    videoModifier: null,
    audioOnlyModifier: '93',
    audioOnlyAllowed: true,
  },
  filing: {
    initial: { amount: 12, unit: 'months' },
    corrected: { amount: 12, unit: 'months' },
    appeal: { amount: 120, unit: 'days' },
    secondaryFromPrimaryRemittance: { amount: 12, unit: 'months' },
  },
  priorAuthorizationCodes: [],
  preLicensedMayBillUnderSupervisor: false,
  eligibilityReverification: { maxAgeDays: 30, everyCalendarMonth: false, atNewPlanYear: true },
});

/**
 * An EXAMPLE profile of a typical commercial plan, to copy and adjust per payer and contract.
 *
 * @remarks
 * - Initial filing: 90 days, a practice choice: the conservative end of the 90–180 days commercial payers'
 *   provider manuals commonly allow.
 * - Corrected claim: 90 days (unconfirmed: many payers count from the original decision).
 * - Appeal: 60 days from the decision, a practice choice at the shorter end of payers' appeal windows.
 * - Secondary from the primary's remittance: 90 days (unconfirmed; the clock often starts at the primary
 *   EOB date; payer data).
 * - Telehealth: POS 10 at home / 02 elsewhere with modifier 95, 93 for audio-only; many commercial plans
 *   still expect 95 (unconfirmed per payer [sources: mac-fcso-telehealth-modifiers]).
 * - Prior authorization: crisis extensions (+90840) only, as an example of the shape (adjust per plan).
 * - Supervised billing: `false` (most commercial payers do not; adjust per contract, unconfirmed).
 * - Eligibility: verify before the first session, then every 30 days and at each new plan year
 *   (practice default, not from a source).
 * @example
 * ```ts
 * COMMERCIAL_PAYER_PROFILE_EXAMPLE.telehealth.videoModifier; //=> '95'
 * ```
 */
export const COMMERCIAL_PAYER_PROFILE_EXAMPLE: PayerProfile = freezeDeep<PayerProfile>({
  payerId: PayerId.parse('commercial-example'),
  name: 'Typical commercial plan (example: adjust before use)',
  kind: 'commercial',
  telehealth: {
    placeOfServiceAtHome: '10',
    placeOfServiceNotAtHome: '02',
    videoModifier: '95',
    audioOnlyModifier: '93',
    audioOnlyAllowed: true,
  },
  filing: {
    initial: { amount: 90, unit: 'days' },
    corrected: { amount: 90, unit: 'days' },
    appeal: { amount: 60, unit: 'days' },
    secondaryFromPrimaryRemittance: { amount: 90, unit: 'days' },
  },
  priorAuthorizationCodes: ['90840'],
  preLicensedMayBillUnderSupervisor: false,
  eligibilityReverification: { maxAgeDays: 30, everyCalendarMonth: false, atNewPlanYear: true },
});

/**
 * Whether a payer needs prior authorization for a service code.
 *
 * @example
 * ```ts
 * requiresPriorAuthorization(COMMERCIAL_PAYER_PROFILE_EXAMPLE, '90840'); //=> true
 * requiresPriorAuthorization(MEDICARE_PAYER_PROFILE_EXAMPLE, '90837');   //=> false
 * ```
 */
export function requiresPriorAuthorization(profile: PayerProfile, code: ServiceCode): boolean {
  return profile.priorAuthorizationCodes.includes(code);
}
