import * as z from 'zod';
import { UsState } from '../../core/index.js';
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
 * How one session is delivered: in person at a location (and optionally a room), or by telehealth with
 * the US state the client will be in during that session.
 *
 * @remarks Licensure follows the client's physical location at session time, so it is captured per
 * session, not per profile [sources: hhs-telehealth-licensure].
 * @example
 * ```ts
 * SessionModality.parse({ kind: 'telehealth', clientLocationState: 'NJ' });
 * //=> { kind: 'telehealth', clientLocationState: 'NJ' }
 * ```
 */
export const SessionModality = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('in_person'), locationId: LocationId, roomId: RoomId.optional() }),
  z.strictObject({ kind: z.literal('telehealth'), clientLocationState: UsState }),
]);
export type SessionModality = z.infer<typeof SessionModality>;
