import * as z from 'zod';
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
});
