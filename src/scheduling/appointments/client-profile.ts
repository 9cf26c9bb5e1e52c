import * as z from 'zod';
import {
  ClientChannelConsent,
  ClientId,
  IanaZone,
  Instant,
  LocalDate,
  LocalHours,
  PayerId,
  UsState,
  Weekday,
} from '../../core/index.js';
import { idSchema } from '../../core/internal.js';
import { SchedulingPayerClass } from './payer-class.js';
import { SessionModalityKind } from './session-modality.js';

/**
 * A client's scheduling preferences; every empty list means "any".
 * @example
 * ```ts
 * SchedulingPreferences.parse({ days: ['tue'] }); //=> { days: ['tue'], hours: [], modalities: [] }
 * ```
 */
export const SchedulingPreferences = z.strictObject({
  days: z.array(Weekday).default([]),
  /** Spans of wall-clock hours in the client's zone (same-day spans, end after start). */
  hours: z.array(LocalHours.omit({ days: true })).default([]),
  modalities: z.array(SessionModalityKind).default([]),
});
export type SchedulingPreferences = z.infer<typeof SchedulingPreferences>;

/**
 * Who pays a client's own charges when it is not the client: a parent or guardian of a minor, or
 * another person (it may be the id of another client, e.g. the parent in a family session).
 *
 * @example
 * ```ts
 * GuarantorId.parse('guardian-17'); //=> 'guardian-17'
 * ```
 */
export const GuarantorId = idSchema('GuarantorId');
export type GuarantorId = z.infer<typeof GuarantorId>;

/**
 * The administrative side of a client that scheduling needs: zone, usual location state, coverage
 * classes, who pays their charges, whether they acknowledged the written cancellation policy, contact
 * preferences. No clinical fields.
 *
 * Coverage is a fact to record, never assumed: `payerClasses` is empty (the default) until the practice
 * records it, and a rule that depends on coverage (the missed-session fee) is then `undecided`.
 * `['self_pay']` records a client who pays for themselves.
 *
 * @example
 * ```ts
 * SchedulingClient.parse({ id: 'c-1', zone: 'America/Chicago', locationState: 'IL', payerClasses: ['medicaid'] });
 * //=> { id: 'c-1', …, payerIds: [], doNotContact: false, preferences: { days: [], hours: [], modalities: [] } }
 * SchedulingClient.parse({ id: 'c-2', zone: 'America/Chicago', locationState: 'IL' }).payerClasses;
 * //=> [] (coverage not recorded: not self-pay)
 * ```
 */
export const SchedulingClient = z.strictObject({
  id: ClientId,
  zone: IanaZone,
  /** The state the client usually lives in; a telehealth session records its own state. */
  locationState: UsState,
  /**
   * Every active coverage class, primary first; `['self_pay']` when the client pays for themselves;
   * empty when coverage is not recorded (never read as self-pay).
   */
  payerClasses: z.array(SchedulingPayerClass).default([]),
  payerIds: z.array(PayerId).default([]),
  /** The date of birth: a minor's missed-session fee goes to their guarantor. */
  birthDate: LocalDate.optional(),
  /** Who pays this client's charges when it is not the client (a minor's parent or guardian). */
  guarantorId: GuarantorId.optional(),
  /** When the client acknowledged the written late-cancel / no-show policy (needed before any fee). */
  cancellationPolicyAcknowledgedAt: Instant.optional(),
  /**
   * When the guarantor (a minor's parent or guardian, whoever `guarantorId` names) acknowledged the written
   * policy: with a guarantor, theirs is the acknowledgement a fee needs, never the client's own.
   */
  guarantorPolicyAcknowledgedAt: Instant.optional(),
  /** Local hours in which no reminder is sent (client's zone). */
  quietHours: LocalHours.optional(),
  /**
   * Client asked not to be contacted: no reminders [sources: peer-theranest-reminders]; the ops work queue
   * holds every task that would reach out to them (check-ins, follow-ups, estimates, offers).
   */
  doNotContact: z.boolean().default(false),
  /**
   * The channels the client opted in to for reminders (and whether they accepted the risk of plain email
   * and text); absent means no consent is recorded, and no reminder goes out until it is
   * [sources: cfr-45-164.522, hhs-faq-email].
   */
  channelConsent: ClientChannelConsent.optional(),
  preferences: SchedulingPreferences.default({ days: [], hours: [], modalities: [] }),
});
export type SchedulingClient = z.infer<typeof SchedulingClient>;
/**
 * What callers pass for a {@link SchedulingClient}, before defaults apply.
 *
 * @example
 * ```ts
 * const client: SchedulingClientInput = { id: 'c-1', zone: 'America/New_York', locationState: 'NY',
 *   payerClasses: ['commercial'] };
 * ```
 */
export type SchedulingClientInput = z.input<typeof SchedulingClient>;
