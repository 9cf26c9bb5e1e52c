import * as z from 'zod';
import type { Facts } from './decision.js';
import { Instant, toEpochMs } from './time/instant.js';
import { validate } from './validate.js';
import { validateArguments } from './validate-arguments.js';

/**
 * A channel the practice reaches a client on. `portal` (the practice's secure messaging) and
 * `secure_email` (encrypted) are secure; `sms` (plain text message) and `email` (plain) are not.
 *
 * @example
 * ```ts
 * ContactChannel.options; //=> ['portal', 'secure_email', 'sms', 'email']
 * ```
 * @remarks A client may ask to be reached by other means, such as text or email
 * [sources: cfr-45-164.522]; unencrypted email and text need their informed preference [sources: hhs-faq-email].
 */
export const ContactChannel = /* @__PURE__ */ z.enum(['portal', 'secure_email', 'sms', 'email']);
export type ContactChannel = z.infer<typeof ContactChannel>;

/**
 * Whether a channel is secure (encrypted within the practice's systems): `portal` and `secure_email`.
 *
 * @example
 * ```ts
 * isSecureContactChannel('portal'); //=> true
 * isSecureContactChannel('sms');    //=> false
 * ```
 * @remarks Plain email and text are unsecured: the client must be told of the risk, and still prefer them,
 * before anything goes on them [sources: hhs-faq-email, cfr-45-164.530].
 */
export function isSecureContactChannel(channel: ContactChannel): boolean {
  if (!ContactChannel.options.includes(channel)) validate(ContactChannel, channel, 'contact channel');
  return isSecure(channel);
}

/** {@link isSecureContactChannel} of a channel already checked (internal). */
function isSecure(channel: ContactChannel): boolean {
  return channel === 'portal' || channel === 'secure_email';
}

/**
 * What a client agreed to for one channel: whether they opted in to being contacted on it, and whether,
 * told of the risk of an unsecured channel, they still prefer it. Both default to `false`: an unrecorded
 * agreement is no agreement.
 *
 * @example
 * ```ts
 * ChannelConsent.parse({ optedIn: true }); //=> { optedIn: true, unsecuredRiskAcknowledged: false }
 * ChannelConsent.parse({}); //=> { optedIn: false, unsecuredRiskAcknowledged: false }
 * ```
 * @remarks 45 CFR 164.522(b) and HHS FAQ 570 [sources: cfr-45-164.522, hhs-faq-email]: a channel is used
 * only when the client opted in to it, and an unsecured one only when the client was told of the risk and
 * still prefers it (`optedIn && (secure || unsecuredRiskAcknowledged)`).
 */
export const ChannelConsent = /* @__PURE__ */ z
  .object({
    optedIn: z.boolean().default(false),
    unsecuredRiskAcknowledged: z.boolean().default(false),
  })
  .strict();
export type ChannelConsent = z.infer<typeof ChannelConsent>;
/**
 * A {@link ChannelConsent} as callers write it, before its defaults apply: `optedIn` and `unsecuredRiskAcknowledged` may be left out (each `false`).
 *
 * @example
 * ```ts
 * const consent: ChannelConsentInput = { optedIn: true };
 * ```
 */
export type ChannelConsentInput = z.input<typeof ChannelConsent>;

/**
 * A client's recorded consent, channel by channel. A channel left out has no consent; a client with no
 * record at all has consented to nothing (unknown consent is not consent).
 *
 * @example
 * ```ts
 * ClientChannelConsent.parse({ email: { optedIn: true }, recordedAt: '2026-11-02T10:00:00-05:00' });
 * //=> { email: { optedIn: true, unsecuredRiskAcknowledged: false }, recordedAt: '2026-11-02T10:00:00-05:00' }
 * ```
 * @remarks Reminders are treatment communications and need no authorization [sources: cfr-45-164.506],
 * but the channel is the client's choice [sources: cfr-45-164.522, hhs-faq-email].
 */
export const ClientChannelConsent = /* @__PURE__ */ z
  .object({
    portal: ChannelConsent.optional(),
    secure_email: ChannelConsent.optional(),
    sms: ChannelConsent.optional(),
    email: ChannelConsent.optional(),
    /** When the practice recorded (or last confirmed) these choices. */
    recordedAt: Instant.optional(),
  })
  .strict();
export type ClientChannelConsent = z.infer<typeof ClientChannelConsent>;
/**
 * What callers pass for a {@link ClientChannelConsent}, before defaults apply.
 *
 * @example
 * ```ts
 * const consent: ClientChannelConsentInput = { sms: { optedIn: true } };
 * ```
 */
export type ClientChannelConsentInput = z.input<typeof ClientChannelConsent>;

/**
 * Whether the client opted in to being contacted on `channel`. No record, or no entry for the channel,
 * is `false`.
 *
 * @example
 * ```ts
 * hasChannelOptIn({ email: { optedIn: true, unsecuredRiskAcknowledged: false } }, 'email'); //=> true
 * hasChannelOptIn({ email: { optedIn: true, unsecuredRiskAcknowledged: false } }, 'sms');   //=> false
 * hasChannelOptIn(undefined, 'email'); //=> false
 * ```
 * @remarks [sources: cfr-45-164.522, hhs-faq-email]
 * @throws {@link ValidationError} listing the problems of the consent and the channel at once, each under
 * its parameter's name (`$.consent.sms.optedIn`, `$.channel`).
 */
export function hasChannelOptIn(
  consent: ClientChannelConsentInput | undefined,
  channel: ContactChannel,
): boolean {
  return isOptedIn(...checkedConsent(consent, channel));
}

// A client's record and a channel, validated, for the public checks.
function checkedConsent(
  consent: ClientChannelConsentInput | undefined,
  channel: ContactChannel,
): [ClientChannelConsent | undefined, ContactChannel] {
  // Both arguments' problems at once, each under its parameter's name (`$.consent.sms.optedIn`, `$.channel`).
  return validateArguments([
    ['consent', optionalClientConsent, consent, 'client channel consent'],
    ['channel', ContactChannel, channel, 'contact channel'],
  ]);
}

// No record is no consent; a record given is checked (its problems under `consent`).
function optionalClientConsent(
  consent: ClientChannelConsentInput | undefined,
): ClientChannelConsent | undefined {
  return consent === undefined
    ? undefined
    : validate(ClientChannelConsent, consent, 'client channel consent');
}

function optionalChannelConsent(
  consent: z.input<typeof ChannelConsent> | undefined,
): ChannelConsent | undefined {
  return consent === undefined ? undefined : validate(ChannelConsent, consent, 'channel consent');
}

/** {@link hasChannelOptIn} of a consent and channel already checked (internal: the planners' hot path). */
export function isOptedIn(consent: ClientChannelConsent | undefined, channel: ContactChannel): boolean {
  return consent?.[channel]?.optedIn === true;
}

/**
 * Whether anything at all may go to the client on `channel`: they opted in, and the channel is secure or,
 * told of the risk of a plain channel, they still prefer it (HHS: unencrypted email or text only when the
 * individual was warned and still wants it). A reminder of date, time and place is still a message from a
 * mental-health practice: on a plain channel it needs both.
 *
 * @example
 * ```ts
 * canUseChannel({ sms: { optedIn: true } }, 'sms'); //=> false
 * canUseChannel({ sms: { optedIn: true, unsecuredRiskAcknowledged: true } }, 'sms'); //=> true
 * canUseChannel({ portal: { optedIn: true } }, 'portal'); //=> true
 * canUseChannel(undefined, 'portal'); //=> false
 * ```
 * @remarks [sources: cfr-45-164.522, hhs-faq-email, cfr-45-164.530]
 * @throws {@link ValidationError} listing the problems of the consent and the channel at once, each under
 * its parameter's name (`$.consent.sms.optedIn`, `$.channel`).
 */
export function canUseChannel(
  consent: ClientChannelConsentInput | undefined,
  channel: ContactChannel,
): boolean {
  return channelAllowed(...checkedConsent(consent, channel));
}

/** {@link canUseChannel} of a consent and channel already checked (internal: the planners' hot path). */
export function channelAllowed(consent: ClientChannelConsent | undefined, channel: ContactChannel): boolean {
  return clinicalDetailAllowed(consent?.[channel], channel);
}

/**
 * Whether more than date, time and place (clinical detail) may go to the client on `channel`: they opted
 * in, and the channel is secure or they accepted its risk. No consent is `false`.
 *
 * @example
 * ```ts
 * canCarryClinicalDetail({ optedIn: true }, 'sms');    //=> false
 * canCarryClinicalDetail({ optedIn: true, unsecuredRiskAcknowledged: true }, 'sms'); //=> true
 * canCarryClinicalDetail({ optedIn: true }, 'portal'); //=> true
 * ```
 * @remarks [sources: hhs-faq-email, cfr-45-164.530]
 * @throws {@link ValidationError} listing the problems of the consent and the channel at once, each under
 * its parameter's name (`$.consent.optedIn`, `$.channel`).
 */
export function canCarryClinicalDetail(
  consent: z.input<typeof ChannelConsent> | undefined,
  channel: ContactChannel,
): boolean {
  // Both arguments' problems at once, each under its parameter's name (`$.consent.optedIn`, `$.channel`).
  const [c, ch] = validateArguments([
    ['consent', optionalChannelConsent, consent, 'channel consent'],
    ['channel', ContactChannel, channel, 'contact channel'],
  ]);
  return clinicalDetailAllowed(c, ch);
}

/** {@link canCarryClinicalDetail} of a consent and channel already checked (internal). */
export function clinicalDetailAllowed(consent: ChannelConsent | undefined, channel: ContactChannel): boolean {
  return consent?.optedIn === true && (isSecure(channel) || consent.unsecuredRiskAcknowledged);
}

/**
 * The client's consent as it stood at `atMs` (internal): a record whose `recordedAt` is later was not yet
 * given then, so nothing planned or sent before it may use it (`undefined`: no consent). A record without
 * `recordedAt` is taken as given at any time: the caller vouches for it.
 */
export function consentInForceAt(
  consent: ClientChannelConsent | undefined,
  atMs: number,
): ClientChannelConsent | undefined {
  if (consent?.recordedAt === undefined) return consent;
  return toEpochMs(consent.recordedAt) <= atMs ? consent : undefined;
}

/** Whether a consent is on record but recorded after `atMs` (internal: the fact reasons carry). */
export function isRecordedAfter(consent: ClientChannelConsent | undefined, atMs: number): boolean {
  return consent?.recordedAt !== undefined && toEpochMs(consent.recordedAt) > atMs;
}

/** The consent facts a reason about `channel` records (plain JSON, no contact details). */
export function channelConsentFacts(
  consent: ClientChannelConsent | undefined,
  channel: ContactChannel,
): Facts {
  const entry = consent?.[channel];
  return {
    channel,
    consentRecorded: consent !== undefined,
    optedIn: entry?.optedIn === true,
    riskAcknowledged: entry?.unsecuredRiskAcknowledged === true,
    secure: isSecure(channel),
  };
}
