import * as z from 'zod';
import { validate } from '../../core/index.js';

/**
 * A channel a reply goes out on. `portal` (the practice's secure messaging) and `secure_email` (encrypted)
 * are secure; `sms` and `email` (plain) are not.
 *
 * @example
 * ```ts
 * ReplyChannel.options; //=> ['portal', 'secure_email', 'sms', 'email']
 * ```
 * @remarks [sources: cfr-45-164.522, hhs-faq-email]
 */
export const ReplyChannel = z.enum(['portal', 'secure_email', 'sms', 'email']);
export type ReplyChannel = z.infer<typeof ReplyChannel>;

/**
 * What a client has agreed to for one channel: whether they opted in to it, and whether, told of the risk of an
 * unsecured channel, they still want clinical detail on it.
 *
 * @example
 * ```ts
 * ReplyConsent.parse({ optedIn: true }); //=> { optedIn: true, unsecuredRiskAcknowledged: false }
 * ```
 * @remarks 45 CFR 164.522(b) and HHS's guidance on unencrypted email [sources: cfr-45-164.522, hhs-faq-email]:
 * `allowed = optedIn && (secure || riskAcknowledged)`.
 */
export const ReplyConsent = z
  .object({
    optedIn: z.boolean().default(false),
    unsecuredRiskAcknowledged: z.boolean().default(false),
  })
  .strict();
export type ReplyConsent = z.infer<typeof ReplyConsent>;

/**
 * The channel a reply goes on and the client's consent for it.
 *
 * @example
 * ```ts
 * ReplyContext.parse({ channel: 'sms' }).consent; //=> { optedIn: false, unsecuredRiskAcknowledged: false }
 * ```
 * @remarks [sources: cfr-45-164.522, hhs-faq-email]
 */
export const ReplyContext = z
  .object({
    channel: ReplyChannel,
    consent: ReplyConsent.default({ optedIn: false, unsecuredRiskAcknowledged: false }),
  })
  .strict();
export type ReplyContext = z.infer<typeof ReplyContext>;
/** What callers pass for a {@link ReplyContext}. */
export type ReplyContextInput = z.input<typeof ReplyContext>;

/**
 * Whether a channel is secure (encrypted within the practice's systems).
 *
 * @example
 * ```ts
 * isSecureReplyChannel('portal'); //=> true
 * isSecureReplyChannel('sms');    //=> false
 * ```
 * @remarks Unencrypted email and text need the client's informed preference [sources: hhs-faq-email].
 * @throws {@link ValidationError} when `channel` is not a reply channel.
 */
export function isSecureReplyChannel(channel: ReplyChannel): boolean {
  if (!ReplyChannel.options.includes(channel)) validate(ReplyChannel, channel, 'reply channel');
  return channel === 'portal' || channel === 'secure_email';
}

/** Whether clinical detail may go on this channel for this client [sources: cfr-45-164.522, hhs-faq-email]. */
export function mayCarryClinicalDetail(context: ReplyContext): boolean {
  return (
    context.consent.optedIn &&
    (isSecureReplyChannel(context.channel) || context.consent.unsecuredRiskAcknowledged)
  );
}
