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
 * How one session is delivered: in person at a location (and optionally a room, and the office's IANA
 * zone), or by telehealth with the US state the client will be in during that session.
 *
 * @remarks Licensure follows the client's physical location at session time, so it is captured per
 * session, not per profile [sources: hhs-telehealth-licensure]. An in-person session happens at the office,
 * so its local date and times are the office's: `zone` is the office's zone, read by the business-day notice
 * of a missed-session fee, the iCalendar export and a series' wall time (an in-person series must keep its
 * wall time in it). Left out, those fall back to the zone each one names (the practice zone, the export's
 * zone, the series' zone).
 * @example
 * ```ts
 * SessionModality.parse({ kind: 'telehealth', clientLocationState: 'NJ' });
 * //=> { kind: 'telehealth', clientLocationState: 'NJ' }
 * SessionModality.parse({ kind: 'in_person', locationId: 'phoenix-office', zone: 'America/Phoenix' });
 * //=> { kind: 'in_person', locationId: 'phoenix-office', zone: 'America/Phoenix' }
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
  z.strictObject({ kind: z.literal('telehealth'), clientLocationState: UsState }),
]);
export type SessionModality = z.infer<typeof SessionModality>;

/**
 * The zone a session's local date and times are read in: the office's for an in-person session that
 * names it, else `fallback` (internal).
 */
export function sessionZone(modality: SessionModality, fallback: IanaZone): IanaZone {
  return modality.kind === 'in_person' && modality.zone !== undefined ? modality.zone : fallback;
}
