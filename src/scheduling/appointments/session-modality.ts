import * as z from 'zod';
import { IanaZone, UsState } from '../../core/index.js';
import { LocationId, RoomId } from '../../core/internal.js';

/**
 * How a session is delivered, without its details: `in_person` or `telehealth`.
 * @example
 * ```ts
 * SessionModalityKind.parse('telehealth'); //=> 'telehealth'
 * ```
 */
export const SessionModalityKind = z.enum(['in_person', 'telehealth']);
export type SessionModalityKind = z.infer<typeof SessionModalityKind>;

/**
 * How a telehealth session reaches the client: `video` (real-time audio and video) or `audio_only` (a
 * two-way, real-time call without video). Billing's place of service and modifiers follow it (modifier 95 or
 * 93, Medicare's audio-only conditions) [sources: cfr-42-410.78, mac-fcso-telehealth-modifiers].
 * @example
 * ```ts
 * TelehealthDelivery.parse('audio_only'); //=> 'audio_only'
 * ```
 */
export const TelehealthDelivery = z.enum(['video', 'audio_only']);
export type TelehealthDelivery = z.infer<typeof TelehealthDelivery>;

/**
 * How one session is delivered: in person at a location (and optionally a room, and the office's IANA
 * zone), or by telehealth with the US state the client will be in during that session, and, when recorded,
 * whether by video or audio alone (`delivery`) and whether the client is at home (`clientAtHome`).
 *
 * @remarks Licensure follows the client's physical location at session time, so it is captured per
 * session, not per profile [sources: hhs-telehealth-licensure]. An in-person session happens at the office,
 * so its local date and times are the office's: `zone` is the office's zone, read by the business-day notice
 * of a missed-session fee, the iCalendar export and a series' wall time (an in-person series must keep its
 * wall time in it). Left out, those fall back to the zone each one names (the practice zone, the export's
 * zone, the series' zone). A telehealth session's `delivery` and `clientAtHome` are what its claim line is
 * billed on (the place of service is 10 with the client at home, 02 elsewhere [sources: cms-pos-codes]); left
 * out, they are not recorded, never presumed: `evaluateSessionDelivery` says `undecided`.
 * @example
 * ```ts
 * SessionModality.parse({ kind: 'telehealth', clientLocationState: 'NJ' });
 * //=> { kind: 'telehealth', clientLocationState: 'NJ' }
 * SessionModality.parse({ kind: 'in_person', locationId: 'phoenix-office', zone: 'America/Phoenix' });
 * //=> { kind: 'in_person', locationId: 'phoenix-office', zone: 'America/Phoenix' }
 * SessionModality.parse({ kind: 'telehealth', clientLocationState: 'NY', delivery: 'audio_only', clientAtHome: true });
 * //=> { kind: 'telehealth', clientLocationState: 'NY', delivery: 'audio_only', clientAtHome: true }
 * ```
 */
export const SessionModality = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('in_person'),
    locationId: LocationId,
    roomId: RoomId.optional(),
    /** The office's IANA zone: the session's local date and times are the office's. */
    zone: IanaZone.optional(),
  }),
  z.strictObject({
    kind: z.literal('telehealth'),
    clientLocationState: UsState,
    /** By video or by audio alone; left out, not recorded. */
    delivery: TelehealthDelivery.optional(),
    /** Whether the client is at home for the session (any place that is not a care facility); left out, not recorded. */
    clientAtHome: z.boolean().optional(),
  }),
]);
export type SessionModality = z.infer<typeof SessionModality>;

/**
 * The zone a session's local date and times are read in: the office's for an in-person session that
 * names it, else `fallback` (internal).
 */
export function sessionZone(modality: SessionModality, fallback: IanaZone): IanaZone {
  return modality.kind === 'in_person' && modality.zone !== undefined ? modality.zone : fallback;
}
