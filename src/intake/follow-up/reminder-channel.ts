import { type ClientChannelConsent, type ContactChannel, type Reason, reason } from '../../core/index.js';
import { channelConsentFacts, isOptedIn } from '../../core/internal.js';
import type { IntakeReasonCode } from '../reason-codes.js';
import type { IntakeChannelFallback, IntakeReminderChannel } from './follow-up-policy.js';

/** The contact channel an intake reminder channel is: `text` is a plain SMS, `email` a plain email. */
export function contactChannelOf(channel: IntakeReminderChannel): ContactChannel {
  switch (channel) {
    case 'email':
      return 'email';
    case 'text':
      return 'sms';
    default: {
      const exhausted: never = channel;
      return exhausted;
    }
  }
}

const OTHER: Readonly<Record<IntakeReminderChannel, IntakeReminderChannel>> = {
  email: 'text',
  text: 'email',
};

/**
 * Where a message meant for `wanted` goes: `wanted` when the client opted in to it; otherwise the other
 * channel when the policy allows and the client opted in to that one (with a reason); otherwise nowhere
 * (`null`, with the reason to ask the client). Never a channel without opt-in.
 */
export interface IntakeChannelChoice {
  readonly channel: IntakeReminderChannel | null;
  readonly reason: Reason<IntakeReasonCode> | null;
}

/** Picks the channel a client-facing intake message may use (see {@link IntakeChannelChoice}). */
export function chooseIntakeChannel(
  consent: ClientChannelConsent | undefined,
  wanted: IntakeReminderChannel,
  fallback: IntakeChannelFallback,
): IntakeChannelChoice {
  if (isOptedIn(consent, contactChannelOf(wanted))) return { channel: wanted, reason: null };
  const other = OTHER[wanted];
  const otherAllowed = isOptedIn(consent, contactChannelOf(other));
  const facts = {
    ...channelConsentFacts(consent, contactChannelOf(wanted)),
    cadenceChannel: wanted,
    withoutChannelConsent: fallback,
    otherChannel: other,
    otherChannelOptedIn: otherAllowed,
  };
  if (fallback === 'use_consented_channel' && otherAllowed) {
    return {
      channel: other,
      reason: reason(
        'intake.follow_up.channel_moved_for_consent',
        'info',
        `The client has not opted in to ${wanted}: this goes by ${other}, which they did opt in to.`,
        facts,
      ),
    };
  }
  return {
    channel: null,
    reason: reason(
      'intake.follow_up.channel_consent_missing',
      'warning',
      consent === undefined
        ? 'No channel consent is recorded for the client: ask the client how they want reminders.'
        : `The client has not opted in to ${wanted}: ask the client how they want reminders.`,
      facts,
    ),
  };
}
