import type { Reason } from '../../core/index.js';

/**
 * One record whose decision differs between the current and the proposed policy: its id, both sides
 * (with the rule's own reasons where it gives them) and what changed, as reasons.
 *
 * @example
 * ```ts
 * const change: ReplayChange<{ position: number }> = { id: 'w-3', before: { position: 4 }, after: { position: 1 }, reasons: [] };
 * ```
 */
export interface ReplayChange<S> {
  readonly id: string;
  readonly before: S;
  readonly after: S;
  readonly reasons: readonly Reason[];
}

/**
 * The replay of one rule: totals, and each record that changes.
 *
 * @example
 * ```ts
 * const waitlist: SectionReplay<WaitlistReplayTotals, WaitlistSide> | undefined = replay.waitlist;
 * ```
 */
export interface SectionReplay<T, S> {
  readonly totals: T;
  readonly changes: readonly ReplayChange<S>[];
}
