import * as z from 'zod';
import type { SchedulingValidationCode } from '../reason-codes.js';
import { WaitlistActorRole, WaitlistTier } from './waitlist-entry.js';

/**
 * Default days without contact after which a waitlist entry comes up for a check-in, by tier.
 *
 * @remarks Practice choices; defaults from common waitlist practice: re-review high-risk entries weekly,
 * priority every two weeks, routine monthly, and periodically re-confirm interest.
 * @example
 * ```ts
 * DEFAULT_WAITLIST_CHECK_IN_DAYS.priority; //=> 14
 * ```
 */
export const DEFAULT_WAITLIST_CHECK_IN_DAYS = { urgent: 7, priority: 14, routine: 30 } as const;

/**
 * Default minutes an offer stays open.
 *
 * @remarks Practice choice (unconfirmed as a norm): Jituzu offers a freed slot for 15 minutes to a
 * batch of 3 [sources: peer-jituzu-waitlist]; a therapy client often needs longer to answer.
 * @example
 * ```ts
 * DEFAULT_OFFER_EXPIRY_MINUTES; //=> 120
 * ```
 */
export const DEFAULT_OFFER_EXPIRY_MINUTES = 120;

/**
 * Default number of declines after which the entry is flagged for a conversation with the client.
 *
 * @remarks Practice choice (unconfirmed); Headspace ends care after 3 consecutive misses
 * [sources: peer-headspace-missed-sessions].
 * @example
 * ```ts
 * DEFAULT_MAX_WAITLIST_DECLINES; //=> 3
 * ```
 */
export const DEFAULT_MAX_WAITLIST_DECLINES = 3;

/**
 * How the waitlist is ordered and worked: tier order, which roles may set a tier, offer expiry and batch
 * size, declines before review, and check-in intervals by tier.
 *
 * @example
 * ```ts
 * validate(WaitlistPolicy, {}, 'waitlist policy');
 * //=> { tierOrder: ['urgent', 'priority', 'routine'], prioritySetterRoles: ['clinician'], offerExpiryMinutes: 120,
 * //     offerBatchSize: 1, maxDeclines: 3, checkInDays: { urgent: 7, priority: 14, routine: 30 } }
 * ```
 */
export const WaitlistPolicy = z.strictObject({
  /** Tiers, most urgent first; every tier must be listed once. */
  tierOrder: z
    .array(WaitlistTier)
    .default(['urgent', 'priority', 'routine'])
    .refine((t) => t.length === WaitlistTier.options.length && new Set(t).size === t.length, {
      message: 'must list every tier exactly once',
      params: { code: 'scheduling.waitlist.tier_order' satisfies SchedulingValidationCode },
    }),
  /** Roles whose tier counts; setting urgency is a clinical judgement. */
  prioritySetterRoles: z.array(WaitlistActorRole).min(1).default(['clinician']),
  offerExpiryMinutes: z.number().int().min(1).max(10_080).default(DEFAULT_OFFER_EXPIRY_MINUTES),
  /** How many candidates are offered an opening at once (Jituzu uses 3 [sources: peer-jituzu-waitlist]). */
  offerBatchSize: z.number().int().min(1).max(50).default(1),
  maxDeclines: z.number().int().min(1).max(100).default(DEFAULT_MAX_WAITLIST_DECLINES),
  checkInDays: z
    .strictObject({
      urgent: z.number().int().min(1).max(365),
      priority: z.number().int().min(1).max(365),
      routine: z.number().int().min(1).max(365),
    })
    .default({ ...DEFAULT_WAITLIST_CHECK_IN_DAYS }),
});
export type WaitlistPolicy = z.infer<typeof WaitlistPolicy>;
/**
 * What callers pass for a {@link WaitlistPolicy}, before defaults apply.
 *
 * @example
 * ```ts
 * const policy: WaitlistPolicyInput = { maxDeclines: 2 };
 * ```
 */
export type WaitlistPolicyInput = z.input<typeof WaitlistPolicy>;
