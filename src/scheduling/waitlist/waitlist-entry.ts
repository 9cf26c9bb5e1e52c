import * as z from 'zod';
import { ClientId, ClinicianId, IanaZone, Instant, LocalTime, PayerId, Weekday } from '../../core/index.js';
import { idSchema, minuteOfDay, StaffId, toEpochMs } from '../../core/internal.js';
import { SessionModalityKind } from '../appointments/session-modality.js';
import type { SchedulingValidationCode } from '../reason-codes.js';

/**
 * Id of a waitlist entry.
 * @example
 * ```ts
 * WaitlistEntryId.parse('w-17'); //=> 'w-17' typed as WaitlistEntryId
 * ```
 */
export const WaitlistEntryId = idSchema('WaitlistEntryId');
export type WaitlistEntryId = z.infer<typeof WaitlistEntryId>;

/**
 * Id of an opening (a freed or new slot offered to the waitlist).
 * @example
 * ```ts
 * WaitlistOpeningId.parse('o-3'); //=> 'o-3' typed as WaitlistOpeningId
 * ```
 */
export const WaitlistOpeningId = idSchema('OpeningId');
export type WaitlistOpeningId = z.infer<typeof WaitlistOpeningId>;

/**
 * Waitlist priority tiers, most urgent first.
 *
 * @remarks Risk tiers rather than first-come-first-served (a practice choice: first come rewards persistence
 * and hides deterioration). Setting a tier is a
 * clinical judgement: only a clinician role may do it.
 * @example
 * ```ts
 * WaitlistTier.options; //=> ['urgent', 'priority', 'routine']
 * ```
 */
export const WaitlistTier = z.enum(['urgent', 'priority', 'routine']);
export type WaitlistTier = z.infer<typeof WaitlistTier>;

/**
 * The role of a member of staff acting on the waitlist.
 * @example
 * ```ts
 * WaitlistActorRole.parse('assistant'); //=> 'assistant'
 * ```
 */
export const WaitlistActorRole = z.enum([
  'clinician',
  'supervisor',
  'assistant',
  'scheduler',
  'biller',
  'admin',
]);
export type WaitlistActorRole = z.infer<typeof WaitlistActorRole>;

/**
 * A priority tier with who set it, in what role, and when.
 * @example
 * ```ts
 * WaitlistPriority.parse({ tier: 'urgent', setBy: 'dr-lee', setByRole: 'clinician', setAt: '2026-03-02T10:00:00Z' });
 * //=> the same priority, typed
 * ```
 */
export const WaitlistPriority = z.strictObject({
  tier: WaitlistTier,
  setBy: StaffId,
  setByRole: WaitlistActorRole,
  setAt: Instant,
});
export type WaitlistPriority = z.infer<typeof WaitlistPriority>;

const PreferredHours = z
  .strictObject({ start: LocalTime, end: LocalTime })
  .refine((h) => minuteOfDay(h.end) > minuteOfDay(h.start), {
    message: 'must end after it starts on the same day',
    path: ['end'],
    params: { code: 'scheduling.waitlist.hours_end_before_start' satisfies SchedulingValidationCode },
  });

/**
 * A client waiting for a session: what they can take (clinician or any, modalities, days and hours in
 * their own zone, payer), when they were added and last contacted, an optional clinician-set priority,
 * how many offers they declined, and where the entry stands. Empty lists mean "any"
 * [sources: peer-patientstudio-waitlist].
 *
 * @example
 * ```ts
 * WaitlistEntry.parse({ id: 'w-1', clientId: 'c-1', zone: 'America/Denver', addedAt: '2026-01-05T10:00:00-07:00' });
 * //=> { id: 'w-1', …, clinicianId: null, modalities: [], preferredDays: [], preferredHours: [],
 * //     declines: 0, status: 'waiting' }
 * ```
 */
export const WaitlistEntry = z
  .strictObject({
    id: WaitlistEntryId,
    clientId: ClientId,
    /** A specific clinician, or `null` for any. */
    clinicianId: ClinicianId.nullable().default(null),
    modalities: z.array(SessionModalityKind).default([]),
    /**
     * The client's payer; `null` when the client pays for themselves; absent when coverage is not
     * recorded (never read as self-pay: the entry ranks with a reason to confirm coverage).
     */
    payerId: PayerId.nullable().optional(),
    /** The client's zone: preferred days and hours are read here. */
    zone: IanaZone,
    preferredDays: z.array(Weekday).default([]),
    preferredHours: z.array(PreferredHours).default([]),
    /** Session length the client needs, if known. */
    sessionMinutes: z.number().int().min(5).max(720).optional(),
    addedAt: Instant,
    lastContactAt: Instant.optional(),
    priority: WaitlistPriority.optional(),
    declines: z.number().int().min(0).default(0),
    status: z.enum(['waiting', 'offered', 'booked', 'removed']).default('waiting'),
  })
  .superRefine((e, ctx) => {
    if (e.lastContactAt !== undefined && toEpochMs(e.lastContactAt) < toEpochMs(e.addedAt)) {
      ctx.addIssue({
        code: 'custom',
        message: 'must not be before the entry was added',
        path: ['lastContactAt'],
        params: { code: 'scheduling.waitlist.contact_before_added' satisfies SchedulingValidationCode },
      });
    }
  });
export type WaitlistEntry = z.infer<typeof WaitlistEntry>;
/**
 * What callers pass for a {@link WaitlistEntry}, before defaults apply.
 *
 * @example
 * ```ts
 * const entry: WaitlistEntryInput = { id: 'w-1', clientId: 'c-1', clinicianId: null, zone: 'America/New_York',
 *   modalities: ['telehealth'], sessionMinutes: 50, addedAt: '2026-02-01T09:00:00Z' };
 * ```
 */
export type WaitlistEntryInput = z.input<typeof WaitlistEntry>;

/**
 * An opening to fill from the waitlist: a clinician's free time and the modalities it can be used for.
 * @example
 * ```ts
 * WaitlistOpening.parse({ id: 'o-1', clinicianId: 'dr-lee', start: '2026-03-10T14:00:00Z',
 *   end: '2026-03-10T14:50:00Z', modalities: ['telehealth'] });
 * //=> the same opening, typed
 * ```
 */
export const WaitlistOpening = z
  .strictObject({
    id: WaitlistOpeningId,
    clinicianId: ClinicianId,
    start: Instant,
    end: Instant,
    modalities: z.array(SessionModalityKind).min(1),
  })
  .refine((o) => toEpochMs(o.end) > toEpochMs(o.start), {
    message: 'must end after it starts',
    path: ['end'],
    params: { code: 'scheduling.waitlist.opening_end_before_start' satisfies SchedulingValidationCode },
  });
export type WaitlistOpening = z.infer<typeof WaitlistOpening>;
/**
 * What callers pass for a {@link WaitlistOpening}.
 *
 * @example
 * ```ts
 * const opening: WaitlistOpeningInput = { id: 'o-1', clinicianId: 'dr-lee', start: '2026-03-04T10:00:00-05:00',
 *   end: '2026-03-04T10:50:00-05:00', modalities: ['telehealth'] };
 * ```
 */
export type WaitlistOpeningInput = z.input<typeof WaitlistOpening>;
