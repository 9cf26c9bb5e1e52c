import * as z from 'zod';
import { ClientId, Instant, MessageId } from '../../core/index.js';

/** An inbound client message awaiting triage. */
export const DataMessage = z.strictObject({
  id: MessageId,
  clientId: ClientId,
  receivedAt: Instant,
  channel: z.enum(['portal', 'sms', 'email', 'voicemail']),
  /** The message text: read only by triage, never printed by the library. */
  text: z.string().max(100_000),
  handled: z.boolean().default(false),
});
