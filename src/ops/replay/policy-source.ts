import { type IanaZone, resolveLocalTime } from '../../core/index.js';
import type { PracticePolicies } from '../data/practice-policies.js';
import type { VersionedPolicies } from '../decision-log/policy-versions.js';

/** One stretch of history and the policies in force through it (`null`: before the first version). */
export interface PolicyPeriod {
  readonly policies: PracticePolicies | null;
  /** First instant of the period (epoch ms), inclusive. */
  readonly fromMs: number;
}

/** The first instant of a date in the zone. */
function startOfDayMs(date: string, zone: IanaZone): number {
  // The default local-time policy shifts a midnight inside a gap forward, so there is always an instant.
  return resolveLocalTime(date, '00:00', zone).epochMs as number;
}

/**
 * The periods of history by the policies in force: one for a single policy, and for versions one before
 * the first (no policy) and one from each version's `effectiveFrom` (midnight in the practice zone).
 */
export function policyPeriods(
  current: PracticePolicies | readonly VersionedPolicies[],
  zone: IanaZone,
): PolicyPeriod[] {
  if (!Array.isArray(current))
    return [{ policies: current as PracticePolicies, fromMs: Number.NEGATIVE_INFINITY }];
  return [
    { policies: null, fromMs: Number.NEGATIVE_INFINITY },
    ...(current as readonly VersionedPolicies[]).map((v) => ({
      policies: v,
      fromMs: startOfDayMs(v.effectiveFrom, zone),
    })),
  ];
}

/** The index of the period an instant falls in (periods sorted by `fromMs`). */
export function periodIndexOf(periods: readonly PolicyPeriod[], ms: number): number {
  let i = 0;
  while (i + 1 < periods.length && (periods[i + 1] as PolicyPeriod).fromMs <= ms) i += 1;
  return i;
}
