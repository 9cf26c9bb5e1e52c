import { type ClientChannelConsent, type ContactChannel, type Reason, reason } from '../../core/index.js';
import {
  channelAllowed,
  channelConsentFacts,
  consentInForceAt,
  isRecordedAfter,
} from '../../core/internal.js';
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
 * Where a message meant for `wanted` goes: `wanted` when the client may be reached on it (opted in, and
 * told of a plain channel's risk and still preferring it: email and text are both plain); otherwise the
 * other channel when the policy allows and the client may be reached on that one (with a reason);
 * otherwise nowhere (`null`, with the reason to ask the client). Never a channel without that consent, and
 * never on a consent recorded after `asOf` (it was not given yet).
 */
export interface IntakeChannelChoice {
  readonly channel: IntakeReminderChannel | null;
  readonly reason: Reason<IntakeReasonCode> | null;
}

/** Picks the channel a client-facing intake message may use as of `asOfMs` (see {@link IntakeChannelChoice}). */
export function chooseIntakeChannel(
  recorded: ClientChannelConsent | undefined,
  wanted: IntakeReminderChannel,
  fallback: IntakeChannelFallback,
  asOfMs: number,
): IntakeChannelChoice {
  // A consent recorded after asOf did not exist yet: as of asOf there is none.
  const consent = consentInForceAt(recorded, asOfMs);
  if (channelAllowed(consent, contactChannelOf(wanted))) return { channel: wanted, reason: null };
  const other = OTHER[wanted];
  const otherAllowed = channelAllowed(consent, contactChannelOf(other));
  const recordedLater = isRecordedAfter(recorded, asOfMs);
  const facts = {
    ...channelConsentFacts(consent, contactChannelOf(wanted)),
    ...(recordedLater ? { consentRecordedAfterAsOf: true } : {}),
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
        `The client may not be reached by ${wanted} (not opted in, or its risk not accepted): this goes by ${other}, which they chose.`,
        facts,
      ),
    };
  }
  return {
    channel: null,
    reason: reason(
      'intake.follow_up.channel_consent_missing',
      'warning',
      recordedLater
        ? 'The client’s channel consent was recorded after this moment: until then there is none; ask the client how they want reminders.'
        : consent === undefined
          ? 'No channel consent is recorded for the client: ask the client how they want reminders.'
          : `The client may not be reached by ${wanted} (not opted in, or its risk not accepted): ask the client how they want reminders.`,
      facts,
    ),
  };
}
