import * as z from 'zod';
import { PayerId, validate } from '../../core/index.js';
import { validateArguments } from '../../core/internal.js';
import { ServiceCode } from '../coding/service-codes.js';
import type { BillingReasonCode } from '../reason-codes.js';

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
 * home, the modifier on video sessions and the one on audio-only sessions (`null` = none), whether it
 * pays for audio-only sessions, and whether only with the client at home.
 *
 * @remarks `audioOnlyRequiresClientAtHome` left out means `true` for a Medicare profile (Medicare pays
 * audio-only mental-health services only with the patient at home [sources: cfr-42-410.78]) and `false`
 * for any other payer. `audioOnlyRequiresVideoDeclined` likewise: Medicare counts audio-only as telehealth
 * only when the practitioner can use video and the patient cannot or does not consent to it
 * [sources: cfr-42-410.78, cms-pfs-2025-final-rule].
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
  /** Whether audio-only sessions are paid only with the client at home (left out: Medicare only). */
  audioOnlyRequiresClientAtHome: z.boolean().optional(),
  /**
   * Whether audio-only sessions are paid only when the clinician could use video and the client could not or
   * would not (left out: Medicare only) [sources: cfr-42-410.78, cms-pfs-2025-final-rule].
   */
  audioOnlyRequiresVideoDeclined: z.boolean().optional(),
});
export type TelehealthConvention = z.infer<typeof TelehealthConvention>;

/**
 * A length of time allowed to file: an amount of days or calendar months, and whether a deadline that
 * falls on a Saturday, Sunday or US federal holiday moves to the next workday.
 *
 * @remarks Months are added with core `addMonths`, which clamps to the month end (a date of service of
 * Feb 29 plus 12 months is Feb 28), as Medicare does [sources: mac-fcso-timely-filing]. Medicare treats
 * a claim as timely when the last day to file is a weekend or federal non-workday and it is filed on the
 * next workday [sources: cms-mcpm-ch1-70, mac-palmetto-timely-filing]; other payers say so in their
 * contracts, if at all, so `rollToNextWorkday` is off unless set. Holidays are the observed US federal
 * holidays of core's `getUsFederalHolidays`.
 * @example
 * ```ts
 * FilingWindow.parse({ amount: 90, unit: 'days' }); //=> { amount: 90, unit: 'days' }
 * FilingWindow.parse({ amount: 12, unit: 'months', rollToNextWorkday: true }).rollToNextWorkday; //=> true
 * ```
 */
export const FilingWindow = z.strictObject({
  amount: z.number().int().positive(),
  unit: z.enum(['days', 'months']),
  /** Move a deadline on a weekend or US federal holiday to the next workday (left out: no). */
  rollToNextWorkday: z.boolean().optional(),
});
export type FilingWindow = z.infer<typeof FilingWindow>;

/**
 * A payer's filing windows: `initial` from the date of service; `corrected` for a corrected or
 * replacement claim of a processed claim (for Medicare, a reopening), from the payer's decision;
 * `appeal` from the payer's decision (remittance); `secondaryFromPrimaryRemittance` for a claim to this
 * payer as secondary, from the primary payer's remittance date, or `null` when the payer gives secondary
 * claims no extension and they keep the `initial` window from the date of service (Medicare).
 *
 * @remarks Medicare: the limit of 42 CFR 424.44 stays 12 months from the date of service when Medicare
 * is the secondary payer: MSP situations do not extend it [sources: cfr-42-424.44,
 * mac-cgs-timely-filing]. Many commercial and Medicaid payers also give a secondary claim time from the
 * primary's remittance [sources: medace-payer-deadlines]: that extension only adds time, so the deadline
 * is the later of it and the `initial` window from the date of service [sources: co-medicaid-timely-filing].
 * @example
 * ```ts
 * COMMERCIAL_PAYER_PROFILE_EXAMPLE.filing.initial; //=> { amount: 90, unit: 'days' }
 * MEDICARE_PAYER_PROFILE_EXAMPLE.filing.secondaryFromPrimaryRemittance; //=> null
 * ```
 */
export const FilingWindows = z.strictObject({
  initial: FilingWindow,
  corrected: FilingWindow,
  appeal: FilingWindow,
  secondaryFromPrimaryRemittance: FilingWindow.nullable(),
  /**
   * The windows of the appeal levels after the first, in order, each counted from the decision at the
   * level before (Medicare: reconsideration, ALJ hearing, Council review, judicial review). Absent: every
   * level has the `appeal` window (a reason says so). An appeal beyond the last level listed is undecided.
   */
  furtherAppeals: z.array(FilingWindow).min(1).max(10).optional(),
  /**
   * Where a corrected claim's window starts: `initial_determination` (the payer's first decision on the
   * claim, the default: Medicare's reopening rule, and the earlier of the two) or `latest_decision`.
   */
  correctedFrom: z.enum(['initial_determination', 'latest_decision']).optional(),
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
    params: { code: 'billing.payer_profile.duplicate_codes' satisfies BillingReasonCode },
  }),
  /**
   * Whether a pre-licensed clinician's sessions may be billed under a licensed supervisor's NPI; `null` when
   * the payer's policy is not known (such a session is then undecided, never billed under the supervisor).
   */
  preLicensedMayBillUnderSupervisor: z.boolean().nullable(),
  eligibilityReverification: EligibilityReverificationCadence,
});
export type PayerProfile = z.infer<typeof PayerProfile>;

/**
 * An EXAMPLE Medicare fee-for-service profile, to copy and adjust: check it against your MAC before use.
 *
 * @remarks
 * - Initial filing: 12 months from the date of service, 42 CFR 424.44; a last day on a weekend or
 *   federal holiday moves to the next workday [sources: cfr-42-424.44, cms-mcpm-ch1-70,
 *   mac-palmetto-timely-filing].
 * - Corrected claim of a processed claim: a reopening, within 1 year of the initial determination for
 *   any reason, 42 CFR 405.980(b)(1) [sources: cfr-42-405.980]. A claim returned as unprocessable was
 *   never filed: its resubmission keeps the initial window from the date of service
 *   [sources: cms-mcpm-ch1-70, mac-fcso-timely-filing].
 * - Appeal: redetermination within 120 days of receiving the initial determination, which is presumed
 *   received 5 days after the notice is dated: 125 calendar days from the remittance date, with no roll
 *   of a weekend last day [sources: cfr-42-405.942, mac-palmetto-appeals-timeliness, mac-noridian-appeals].
 * - Further appeal levels (`furtherAppeals`): reconsideration by the QIC within 180 days of receiving the
 *   redetermination, an ALJ hearing within 60 days of receiving the reconsideration, Council review and
 *   judicial review within 60 days of receiving the decision before, each notice presumed received 5
 *   days after its date: 185, 65, 65 and 65 days [sources: cfr-42-405.962, cfr-42-405.1014,
 *   cfr-42-405.1102, cfr-42-405.1130, cfr-42-405.902]. The amount in controversy an ALJ hearing or a
 *   court needs is checked apart, by `evaluateAmountInControversy` [sources: cfr-42-405.1006].
 * - Secondary: `null`, no extension: Medicare's limit stays 12 months from the date of service whatever
 *   the primary payer did [sources: mac-cgs-timely-filing, mac-palmetto-timely-filing].
 * - Telehealth: POS 10 at home, 02 elsewhere; no video modifier for most professionals since 2024;
 *   93 on audio-only, paid for mental health only with the client at home, the clinician able to use
 *   video and the client not able or not willing to [sources: cms-pfs-2025-final-rule, cfr-42-410.78, mac-ngs-telehealth-2024, mac-fcso-telehealth-modifiers, cms-mcpm-ch12-190].
 * - Prior authorization: none for outpatient psychotherapy (practice assumption, adjust per MAC).
 * - Supervised billing: `false`, a practice choice: Medicare does not enroll pre-licensed therapists
 *   [sources: cfr-42-410.53, cfr-42-410.54], and pays their sessions under a supervisor only "incident to"
 *   a physician's, physician assistant's, nurse practitioner's, clinical nurse specialist's, certified
 *   nurse-midwife's or clinical psychologist's service, under the supervision of 42 CFR 410.26
 *   [sources: cfr-42-410.26, cms-mbpm-ch15-60]. Set `true` to bill incident to: each session is then checked
 *   against those conditions.
 * - Eligibility: verify before the first session, then every 30 days and at each new plan year
 *   (practice default, not from a source).
 * @example
 * ```ts
 * MEDICARE_PAYER_PROFILE_EXAMPLE.filing.appeal; //=> { amount: 125, unit: 'days' }
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
    audioOnlyRequiresClientAtHome: true,
    audioOnlyRequiresVideoDeclined: true,
  },
  filing: {
    initial: { amount: 12, unit: 'months', rollToNextWorkday: true },
    corrected: { amount: 12, unit: 'months' },
    // 120 days from receipt, presumed 5 days after the remittance date [sources: cfr-42-405.942].
    appeal: { amount: 125, unit: 'days' },
    secondaryFromPrimaryRemittance: null,
    // Reconsideration 180 days, ALJ hearing, Council review and judicial review 60 days each, all from
    // receipt of the decision at the level before, presumed 5 days after its notice is dated
    // [sources: cfr-42-405.962, cfr-42-405.1014, cfr-42-405.1102, cfr-42-405.1130, cfr-42-405.902].
    furtherAppeals: [
      { amount: 185, unit: 'days' },
      { amount: 65, unit: 'days' },
      { amount: 65, unit: 'days' },
      { amount: 65, unit: 'days' },
    ],
    // A reopening on a party's request: 1 year from the initial determination [sources: cfr-42-405.980].
    correctedFrom: 'initial_determination',
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
 * - Corrected claim: 90 days from the payer's first decision on the claim (no `correctedFrom`: the
 *   default; unconfirmed per payer, but many payers count from the original decision).
 * - Further appeal levels: none listed, so each level has the 60-day `appeal` window (adjust per plan).
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

const ProfileAuthorizationCodes = z.looseObject({ priorAuthorizationCodes: z.array(ServiceCode) });

/**
 * Whether a payer needs prior authorization for a service code.
 *
 * @throws {@link ValidationError} listing both problems at once when the profile has no list of codes
 * (`$.profile.priorAuthorizationCodes`) or `code` is not a service code (`$.code`).
 * @example
 * ```ts
 * isPriorAuthorizationRequired(COMMERCIAL_PAYER_PROFILE_EXAMPLE, '90840'); //=> true
 * isPriorAuthorizationRequired(MEDICARE_PAYER_PROFILE_EXAMPLE, '90837');   //=> false
 * ```
 */
export function isPriorAuthorizationRequired(profile: PayerProfile, code: ServiceCode): boolean {
  const codes = (
    typeof profile === 'object' && profile !== null ? profile.priorAuthorizationCodes : undefined
  ) as unknown;
  // Checked by hand first (a hot path); a bad argument is parsed beside the other, each under its name.
  if (!Array.isArray(codes) || !ServiceCode.options.includes(code)) {
    validateArguments([
      ['profile', ProfileAuthorizationCodes, profile, 'payer profile'],
      ['code', ServiceCode, code, 'service code'],
    ]);
  }
  return (codes as readonly ServiceCode[]).includes(code);
}
