import { z } from 'zod';
import { IanaZone } from '../core/index.js';

// Internal: core's IanaZone check builds an Intl.DateTimeFormat per call (~50–100 µs), which dominates
// validating 100,000 waitlist entries. This memoises the same check, with the same code and message.
const known = new Map<string, boolean>();
const MAX_REMEMBERED = 10_000;

function isKnownZone(name: string): boolean {
  const hit = known.get(name);
  if (hit !== undefined) return hit;
  const ok = IanaZone.safeParse(name).success;
  if (known.size >= MAX_REMEMBERED) known.clear();
  known.set(name, ok);
  return ok;
}

/** An IANA zone name, checked like core `IanaZone` but memoised per name. */
export const ZoneName = z.string().refine(isKnownZone, {
  message: 'must be a known IANA time zone',
  params: { code: 'core.zone.unknown' },
});
