import * as z from 'zod';
import {
  ChannelConsent,
  type ChannelConsentInput,
  ContactChannel,
  isSecureContactChannel,
} from '../../core/index.js';
import { channelAllowed, clinicalDetailAllowed } from '../../core/internal.js';

/**
 * A channel a reply goes out on: core's {@link ContactChannel} under its reply name. `portal` (the
 * practice's secure messaging) and `secure_email` (encrypted) are secure; `sms` and `email` (plain) are not.
 *
 * @example
 * ```ts
 * ReplyChannel.options; //=> ['portal', 'secure_email', 'sms', 'email']
 * ```
 * @remarks [sources: cfr-45-164.522, hhs-faq-email]
 */
export const ReplyChannel = ContactChannel;
export type ReplyChannel = ContactChannel;

/**
 * What a client has agreed to for one channel: core's {@link ChannelConsent} under its reply name (the
 * same schema, so a consent recorded for reminders is the one a reply reads).
 *
 * @example
 * ```ts
 * ReplyConsent.parse({ optedIn: true }); //=> { optedIn: true, unsecuredRiskAcknowledged: false }
 * ```
 * @remarks 45 CFR 164.522(b) and HHS's guidance on unencrypted email [sources: cfr-45-164.522, hhs-faq-email]:
 * `allowed = optedIn && (secure || riskAcknowledged)`.
 */
export const ReplyConsent = ChannelConsent;
export type ReplyConsent = ChannelConsent;
/**
 * A {@link ReplyConsent} as callers write it, before its defaults apply: `optedIn` and `unsecuredRiskAcknowledged` may be left out (each `false`).
 *
 * @example
 * ```ts
 * const consent: ReplyConsentInput = { optedIn: true };
 * ```
 */
export type ReplyConsentInput = ChannelConsentInput;

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
 * Whether a channel is secure (encrypted within the practice's systems); the reply name of core's
 * {@link isSecureContactChannel}, which also checks its argument.
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
  return isSecureContactChannel(channel);
}

/**
 * Whether anything at all may go to this client on this channel (internal): they opted in, and the channel is
 * secure or, told of a plain channel's risk, they still prefer it. The same rule as core's `canUseChannel`, and
 * the one gate of all outgoing text: a draft (`evaluateReplyDraft`) and a rendered template both answer
 * to it. A reminder of date, time and place is still a message from a mental-health practice.
 * [sources: cfr-45-164.522, hhs-faq-email, cfr-45-164.530]
 */
export function mayReachClient(context: ReplyContext): boolean {
  return channelAllowed({ [context.channel]: context.consent }, context.channel);
}

/** Whether clinical detail may go on this channel for this client [sources: cfr-45-164.522, hhs-faq-email]. */
export function mayCarryClinicalDetail(context: ReplyContext): boolean {
  return clinicalDetailAllowed(context.consent, context.channel);
}
