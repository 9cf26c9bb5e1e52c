import { z } from 'zod';
import { BasisPoints, IanaZone, LocalDate, NonNegativeCents, Rounding, Weekday } from '../core/index.js';
import { SchedulingPayerClass } from './payer-class.js';

/**
 * A late-cancel or no-show fee: none, a flat amount, a share of the session fee (basis points, rounded
 * as told), or the full session fee.
 *
 * @remarks The fee models peers use (peers.md §1.2: flat [JA2], percentage [OW3], full fee [SP3]).
 * @example
 * ```ts
 * MissedSessionFee.parse({ kind: 'percent_of_session', basisPoints: 5_000 });
 * //=> { kind: 'percent_of_session', basisPoints: 5000, rounding: 'half_up' }
 * ```
 */
export const MissedSessionFee = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('flat'), cents: NonNegativeCents }),
  z.object({
    kind: z.literal('percent_of_session'),
    basisPoints: BasisPoints,
    /** How the share is rounded to cents; `half_up` is the usual invoice rule. */
    rounding: Rounding.default('half_up'),
  }),
  z.object({ kind: z.literal('full_session') }),
]);
export type MissedSessionFee = z.infer<typeof MissedSessionFee>;

/**
 * How much notice a cancellation needs: hours before the start, or business days in the practice zone.
 * @example
 * ```ts
 * CancellationNotice.parse({ unit: 'business_days', days: 1 }); //=> { unit: 'business_days', days: 1 }
 * ```
 */
export const CancellationNotice = z.discriminatedUnion('unit', [
  z.object({ unit: z.literal('hours'), hours: z.number().min(0).max(720) }),
  z.object({ unit: z.literal('business_days'), days: z.number().int().min(1).max(30) }),
]);
export type CancellationNotice = z.infer<typeof CancellationNotice>;

/**
 * Default notice window: 24 hours.
 *
 * @remarks 24 h is the norm; some practices use 48 h (rules.md §1.1 [S1][S2][S3][S5][S6]).
 * @example
 * ```ts
 * DEFAULT_CANCELLATION_NOTICE; //=> { unit: 'hours', hours: 24 }
 * ```
 */
export const DEFAULT_CANCELLATION_NOTICE: CancellationNotice = { unit: 'hours', hours: 24 };

/**
 * Default late-cancel and no-show fee: the full session fee.
 *
 * @remarks The full fee is common for both (rules.md §1.1 [S1][S2][S6]; SimplePractice charges the full
 * fee [SP3]). A practice sets its own amount.
 * @example
 * ```ts
 * DEFAULT_MISSED_SESSION_FEE; //=> { kind: 'full_session' }
 * ```
 */
export const DEFAULT_MISSED_SESSION_FEE: MissedSessionFee = { kind: 'full_session' };

/**
 * The default age of majority for fee purposes: 18, the age in most states.
 *
 * @example
 * ```ts
 * DEFAULT_AGE_OF_MAJORITY; //=> 18
 * ```
 */
export const DEFAULT_AGE_OF_MAJORITY = 18;

/**
 * A practice's written late-cancel and no-show policy, as data.
 *
 * @remarks
 * - Medicaid-only clients are never charged (42 CFR 447.15, 42 USC 1396a(a)(14); rules.md §1.2 [S8][S9][S10]).
 *   `'charge'` exists only for a state with a CMS-approved SPA or waiver, which is unconfirmed for therapy [S10].
 * - A Medicaid member with other primary coverage may be chargeable in some states (Colorado [S8]); the
 *   default is the conservative `'exempt'`.
 * - Medicare clients may be charged only when the same policy and amount apply to every client (CR 5613,
 *   [S11][S12][S13]). One consultant reads any other exempt payer class as breaking uniformity [S11]; we
 *   follow that reading (unconfirmed): exempting a class other than Medicaid makes Medicare exempt.
 * - A written policy must exist and be given to the client before any fee [S14]: `requireAcknowledgement`.
 * - One fee per missed session, charged to its responsible party (a couple's or family's session is one
 *   session; a minor's fee goes to the parent or guardian): `ageOfMajority`.
 * @example
 * ```ts
 * CancellationPolicy.parse({ practiceZone: 'America/New_York' }).medicaidOnly; //=> 'exempt'
 * ```
 */
export const CancellationPolicy = z.object({
  /** Zone business-day notice is counted in. */
  practiceZone: IanaZone,
  notice: CancellationNotice.default(DEFAULT_CANCELLATION_NOTICE),
  /** Holidays for business-day notice (practice zone). */
  holidays: z.array(LocalDate).default([]),
  weekend: z.array(Weekday).default(['sat', 'sun']),
  lateCancelFee: MissedSessionFee.default(DEFAULT_MISSED_SESSION_FEE),
  noShowFee: MissedSessionFee.default(DEFAULT_MISSED_SESSION_FEE),
  /** Most any one fee may be (e.g. $200 at Grow Therapy, peers.md §1.2 [GR1]); never above the session fee. */
  capCents: NonNegativeCents.optional(),
  medicaidOnly: z.enum(['exempt', 'charge']).default('exempt'),
  medicaidWithOtherCoverage: z.enum(['exempt', 'charge']).default('exempt'),
  medicare: z.enum(['when_uniform', 'never']).default('when_uniform'),
  /** The practice applies the same policy and amount to every client (needed to charge Medicare clients). */
  appliesUniformly: z.boolean().default(true),
  /** Other payer classes the practice never charges (e.g. `workers_comp`). */
  exemptPayerClasses: z.array(SchedulingPayerClass).default([]),
  /** Free misses per rolling 12 months ("one free occurrence", rules.md §1.1 [S2][S3][S4]). */
  waiversPer12Months: z.number().int().min(0).max(12).default(0),
  /** A documented emergency waives the fee (reviewed case by case in practice, rules.md §1.1 [S2][S3]). */
  emergencyWaives: z.boolean().default(true),
  /** Whether a late reschedule counts as a late cancellation (Two Chairs waives it, peers.md §1.2 [TC1]). */
  lateRescheduleCountsAsCancellation: z.boolean().default(false),
  /** No fee unless the client acknowledged the written policy before the miss (rules.md §1.2 [S14]). */
  requireAcknowledgement: z.boolean().default(true),
  /**
   * The age from which a client pays their own fees; a younger client's fee goes to their guarantor
   * (parent or guardian). 18 in most states; set the practice's state's age of majority.
   */
  ageOfMajority: z.number().int().min(14).max(21).default(DEFAULT_AGE_OF_MAJORITY),
});
export type CancellationPolicy = z.infer<typeof CancellationPolicy>;
/** What callers pass for a {@link CancellationPolicy}, before defaults apply. */
export type CancellationPolicyInput = z.input<typeof CancellationPolicy>;
