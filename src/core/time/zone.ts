import { IANAZone } from 'luxon';
import { z } from 'zod';

/**
 * An IANA time-zone name such as `America/New_York` or `Asia/Kolkata`; unknown names are rejected.
 * Validity follows the runtime's time-zone database (Node reports its version in `versions.tz`).
 */
export const IanaZone = z.string().refine((s) => s.length <= 64 && IANAZone.isValidZone(s), {
  message: 'must be a known IANA time zone',
  params: { code: 'core.zone.unknown' },
});
export type IanaZone = z.infer<typeof IanaZone>;

const zones = new Map<string, IANAZone>();

/** Offset from UTC in minutes of `zone` at the epoch-millisecond instant `ms`. */
export function zoneOffsetMinutes(zone: IanaZone, ms: number): number {
  let z = zones.get(zone);
  if (!z) {
    z = IANAZone.create(zone);
    zones.set(zone, z);
  }
  return z.offset(ms);
}
