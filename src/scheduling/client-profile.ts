import { z } from 'zod';
import { ClientId, IanaZone, Instant, LocalHours, PayerId, UsState, Weekday } from '../core/index.js';
import { SchedulingPayerClass } from './payer-class.js';
import { SessionModalityKind } from './session-modality.js';

/**
 * A client's scheduling preferences; every empty list means "any".
 * @example
 * ```ts
 * SchedulingPreferences.parse({ days: ['tue'] }); //=> { days: ['tue'], hours: [], modalities: [] }
 * ```
 */
export const SchedulingPreferences = z.object({
  days: z.array(Weekday).default([]),
  /** Spans of wall-clock hours in the client's zone (same-day spans, end after start). */
  hours: z.array(LocalHours.omit({ days: true })).default([]),
  modalities: z.array(SessionModalityKind).default([]),
});
export type SchedulingPreferences = z.infer<typeof SchedulingPreferences>;

/**
 * The administrative side of a client that scheduling needs: zone, usual location state, coverage
 * classes, whether they acknowledged the written cancellation policy, contact preferences. No clinical
 * fields.
 *
 * @example
 * ```ts
 * SchedulingClient.parse({ id: 'c-1', zone: 'America/Chicago', locationState: 'IL', payerClasses: ['medicaid'] });
 * //=> { id: 'c-1', …, payerIds: [], doNotContact: false, preferences: { days: [], hours: [], modalities: [] } }
 * ```
 */
export const SchedulingClient = z.object({
  id: ClientId,
  zone: IanaZone,
  /** The state the client usually lives in; a telehealth session records its own state. */
  locationState: UsState,
  /** Every active coverage class, primary first; `['self_pay']` when nothing is billed. */
  payerClasses: z.array(SchedulingPayerClass).min(1).default(['self_pay']),
  payerIds: z.array(PayerId).default([]),
  /** When the client acknowledged the written late-cancel / no-show policy (needed before any fee). */
  cancellationPolicyAcknowledgedAt: Instant.optional(),
  /** Local hours in which no reminder is sent (client's zone). */
  quietHours: LocalHours.optional(),
  /** Client asked not to be contacted: no reminders [sources: peer-theranest-reminders]. */
  doNotContact: z.boolean().default(false),
  preferences: SchedulingPreferences.default({ days: [], hours: [], modalities: [] }),
});
export type SchedulingClient = z.infer<typeof SchedulingClient>;
/** What callers pass for a {@link SchedulingClient}, before defaults apply. */
export type SchedulingClientInput = z.input<typeof SchedulingClient>;
