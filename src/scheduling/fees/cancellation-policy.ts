import * as z from 'zod';
import { BasisPoints, IanaZone, LocalDate, NonNegativeCents, Rounding, Weekday } from '../../core/index.js';
import { SchedulingPayerClass } from '../appointments/payer-class.js';

/**
 * A late-cancel or no-show fee: none, a flat amount, a share of the session fee (basis points, rounded
 * as told), or the full session fee.
 *
 * @remarks The fee models peer products offer: flat, a percentage, or the full fee
 * [sources: peer-jane-late-cancellations, peer-owl-late-cancel-pricing, peer-simplepractice-cancellation].
 * @example
 * ```ts
 * MissedSessionFee.parse({ kind: 'percent_of_session', basisPoints: 5_000 });
 * //=> { kind: 'percent_of_session', basisPoints: 5000, rounding: 'half_up' }
 * ```
 */
export const MissedSessionFee = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('none') }),
  z.strictObject({ kind: z.literal('flat'), cents: NonNegativeCents }),
  z.strictObject({
    kind: z.literal('percent_of_session'),
    basisPoints: BasisPoints,
    /** How the share is rounded to cents; `half_up` is the usual invoice rule. */
    rounding: Rounding.default('half_up'),
  }),
  z.strictObject({ kind: z.literal('full_session') }),
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
  z.strictObject({ unit: z.literal('hours'), hours: z.number().min(0).max(720) }),
  z.strictObject({ unit: z.literal('business_days'), days: z.number().int().min(1).max(30) }),
]);
export type CancellationNotice = z.infer<typeof CancellationNotice>;

/**
 * Default notice window: 24 hours.
 *
 * @remarks A practice choice; default from common practice (24 h is the usual window, some practices use
 * 48 h).
 * @example
 * ```ts
 * DEFAULT_CANCELLATION_NOTICE; //=> { unit: 'hours', hours: 24 }
 * ```
 */
export const DEFAULT_CANCELLATION_NOTICE: CancellationNotice = { unit: 'hours', hours: 24 };

/**
 * Default late-cancel and no-show fee: the full session fee.
 *
 * @remarks A practice choice; default from common practice: the full fee is common for both, and
 * SimplePractice charges it [sources: peer-simplepractice-cancellation]. A practice sets its own amount.
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
 * The default minutes after a session's start from which a client who has not arrived and has not been in
 * touch is a no-show: 15.
 *
 * @remarks A practice choice; 15 minutes is a published practice's definition
 * [sources: peer-morethanok-no-show].
 * @example
 * ```ts
 * DEFAULT_NO_SHOW_AFTER_MINUTES; //=> 15
 * ```
 */
export const DEFAULT_NO_SHOW_AFTER_MINUTES = 15;

/** The most minutes a policy may wait before a no-show (internal: a replay decides every no-show after it). */
export const MAX_NO_SHOW_AFTER_MINUTES = 120;

/**
 * A practice's written late-cancel and no-show policy, as data.
 *
 * @remarks
 * - Medicaid-only clients are never charged: Medicaid payment is payment in full and enrollee charges are
 *   limited to the state plan [sources: cfr-42-447.15, usc-42-1396a, co-hcpf-missed-appointments,
 *   ms-medicaid-missed-appointments]. `'charge'` exists only for a state with a CMS-approved state plan
 *   amendment or waiver, which no public source confirms for therapy.
 * - A Medicaid member with other primary coverage may be chargeable in some states (Colorado
 *   [sources: co-hcpf-missed-appointments]); the default is the conservative `'exempt'`.
 * - Medicare clients may be charged only when the same policy and amount apply to every client
 *   [sources: cms-mcpm-ch1-30.3.13]. We read any other exempt payer class as breaking that uniformity (a
 *   consultant's reading, not CMS text; the safe side): exempting a class other than Medicaid makes
 *   Medicare exempt, and with `workersComp` left `'undecided'` whether the policy is uniform is not known,
 *   so a Medicare client's fee is `undecided` (`scheduling.cancellation.medicare_uniformity_unknown`).
 * - Workers' compensation: whether the injured worker may be charged is each state's rule
 *   [sources: wa-lni-missed-appointments, tn-wc-missed-appointment]; `workersComp` defaults to `'undecided'`.
 * - A written policy given to the client before any fee is a practice choice that makes the policy known and
 *   uniform: `requireAcknowledgement`.
 * - One fee per missed session, charged to its responsible party (a couple's or family's session is one
 *   session; a minor's fee goes to the parent or guardian): `ageOfMajority` (a practice choice). An
 *   acknowledgement the client signed before reaching it does not bind them as an adult.
 * @example
 * ```ts
 * validate(CancellationPolicy, { practiceZone: 'America/New_York' }, 'cancellation policy').medicaidOnly; //=> 'exempt'
 * ```
 */
export const CancellationPolicy = z.strictObject({
  /** Zone business-day notice is counted in. */
  practiceZone: IanaZone,
  notice: CancellationNotice.default(DEFAULT_CANCELLATION_NOTICE),
  /** Holidays for business-day notice (practice zone). */
  holidays: z.array(LocalDate).default([]),
  weekend: z.array(Weekday).default(['sat', 'sun']),
  lateCancelFee: MissedSessionFee.default(DEFAULT_MISSED_SESSION_FEE),
  noShowFee: MissedSessionFee.default(DEFAULT_MISSED_SESSION_FEE),
  /** Most any one fee may be, never above the session fee ($200 at Grow [sources: peer-grow-missed-fees]). */
  capCents: NonNegativeCents.optional(),
  medicaidOnly: z.enum(['exempt', 'charge']).default('exempt'),
  medicaidWithOtherCoverage: z.enum(['exempt', 'charge']).default('exempt'),
  medicare: z.enum(['when_uniform', 'never']).default('when_uniform'),
  /** The practice applies the same policy and amount to every client (needed to charge Medicare clients). */
  appliesUniformly: z.boolean().default(true),
  /**
   * A client with workers' compensation coverage: whether the injured worker may be charged a missed-session
   * fee is the claim state's workers' compensation rule, which the library does not hold (Washington lets a
   * provider charge under a uniform, notified policy; Tennessee has the employer pay for appointments it
   * arranged) [sources: wa-lni-missed-appointments, tn-wc-missed-appointment]. `'undecided'` (the default)
   * leaves such a fee undecided with `scheduling.cancellation.workers_comp_rule_unknown`; set `'exempt'` or
   * `'charge'` from the practice's state's rule. `'exempt'` is an exemption of the practice's like
   * `exemptPayerClasses`: Medicare clients are then not charged either. Left `'undecided'`, a Medicare
   * client's fee is undecided too (`scheduling.cancellation.medicare_uniformity_unknown`): whether the policy
   * applies the same way to every client is not known.
   */
  workersComp: z.enum(['undecided', 'exempt', 'charge']).default('undecided'),
  /** Other payer classes the practice never charges (e.g. `workers_comp`). */
  exemptPayerClasses: z.array(SchedulingPayerClass).default([]),
  /** Free misses per rolling 12 months ("one free occurrence" in some practices; a practice choice). */
  waiversPer12Months: z.number().int().min(0).max(12).default(0),
  /** A documented emergency waives the fee (practices review these case by case; a practice choice). */
  emergencyWaives: z.boolean().default(true),
  /** Whether a late reschedule counts as a late cancellation (Two Chairs waives it [sources: peer-twochairs]). */
  lateRescheduleCountsAsCancellation: z.boolean().default(false),
  /** No fee unless the client acknowledged the written policy before the miss (a practice choice). */
  requireAcknowledgement: z.boolean().default(true),
  /**
   * The first date (practice zone) this version of the written policy was given to clients. An
   * acknowledgement before it was of an earlier version: with `requireAcknowledgement`, a fee under this
   * version is `undecided` until the client (or the guarantor who pays) acknowledges it. Leave out when
   * the written policy never changed.
   */
  acknowledgementsFrom: LocalDate.optional(),
  /**
   * The age from which a client pays their own fees; a younger client's fee goes to their guarantor
   * (parent or guardian), and an acknowledgement the client signed before it does not count for them as an
   * adult. 18 in most states; set the practice's state's age
   * of majority.
   */
  ageOfMajority: z.number().int().min(14).max(21).default(DEFAULT_AGE_OF_MAJORITY),
  /**
   * Minutes after the start from which a client who has not arrived or been in touch is a no-show; a
   * no-show recorded before then is not charged (15 by default [sources: peer-morethanok-no-show]).
   */
  noShowAfterMinutes: z
    .number()
    .int()
    .min(0)
    .max(MAX_NO_SHOW_AFTER_MINUTES)
    .default(DEFAULT_NO_SHOW_AFTER_MINUTES),
});
export type CancellationPolicy = z.infer<typeof CancellationPolicy>;
/**
 * What callers pass for a {@link CancellationPolicy}, before defaults apply.
 *
 * @example
 * ```ts
 * const policy: CancellationPolicyInput = { practiceZone: 'America/New_York' };
 * ```
 */
export type CancellationPolicyInput = z.input<typeof CancellationPolicy>;
