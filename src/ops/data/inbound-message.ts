import * as z from 'zod';
import { TriageSignal } from '../../boundaries/index.js';
import { ClientId, Instant } from '../../core/index.js';
import { MessageId } from '../../core/internal.js';

/** An inbound client message awaiting triage. */
export const DataMessage = z.strictObject({
  id: MessageId,
  clientId: ClientId,
  receivedAt: Instant,
  channel: z.enum(['portal', 'sms', 'email', 'voicemail']),
  /** The message text: read only by triage, never printed by the library. */
  text: z.string().max(100_000),
  handled: z.boolean().default(false),
  /**
   * The host's own assessments of this message (a moderation service, a model, a clinician's flag), as
   * `triageMessage` takes them: the queue passes them to triage, where they can raise the outcome, never
   * lower it. Without them a message the host flagged as a crisis would be queued as its text reads.
   */
  signals: z.array(TriageSignal).max(100).optional(),
});
