import { reason } from '../../core/index.js';
import { compareText, toEpochMs } from '../../core/internal.js';
import type { WaitlistEntry, WaitlistPolicy, WaitlistTier } from '../../scheduling/index.js';
import { effectiveTier } from '../../scheduling/internal.js';
import type { ReplayChange, SectionReplay } from './replay-change.js';

/** An entry's place in the waitlist under one policy: its 1-based position and the tier it ranks with. */
export interface WaitlistReplaySide {
  readonly position: number;
  readonly tier: WaitlistTier;
  /** Whether the recorded tier was ignored (set by a role the policy does not trust with it). */
  readonly tierIgnored: boolean;
}

/**
 * Waitlist order before and after: entries waiting, entries whose place moves, and the moved positions
 * (the sum over entries of how many places each moved).
 *
 * @example
 * ```ts
 * replay.waitlist?.totals.movedPositions; //=> 12
 * ```
 */
export interface WaitlistReplayTotals {
  readonly entries: number;
  readonly changed: number;
  readonly movedPositions: number;
  /** Entries the proposal moves up, and down. */
  readonly movedUp: number;
  readonly movedDown: number;
  readonly clientsAffected: number;
}

export type WaitlistReplay = SectionReplay<WaitlistReplayTotals, WaitlistReplaySide>;

/** The waiting entries in the order the ranking rule offers openings: tier, time added, entry id. */
function order(
  entries: readonly WaitlistEntry[],
  policy: WaitlistPolicy,
  atMs: number,
): Map<string, WaitlistReplaySide> {
  const tierRank = new Map(policy.tierOrder.map((t, i) => [t, i]));
  const keyed = entries.map((e) => {
    // A tier set after the replayed moment does not count yet, as in the ranking itself.
    const { tier, ignored } = effectiveTier(e, policy, atMs);
    return { e, tier, ignored, rank: tierRank.get(tier) ?? 0, addedMs: toEpochMs(e.addedAt) };
  });
  keyed.sort((a, b) => a.rank - b.rank || a.addedMs - b.addedMs || compareText(a.e.id, b.e.id));
  return new Map(
    keyed.map((k, i) => [k.e.id as string, { position: i + 1, tier: k.tier, tierIgnored: k.ignored }]),
  );
}

/** Replays the order of the entries still waiting under the current and the proposed waitlist policy. */
export function replayWaitlist(
  entries: readonly WaitlistEntry[],
  current: WaitlistPolicy,
  proposed: WaitlistPolicy,
  atMs: number,
): WaitlistReplay {
  const waiting = entries.filter((e) => e.status === 'waiting');
  const before = order(waiting, current, atMs);
  const after = order(waiting, proposed, atMs);
  const changes: ReplayChange<WaitlistReplaySide>[] = [];
  const clients = new Set<string>();
  let movedPositions = 0;
  let movedUp = 0;
  let movedDown = 0;
  for (const e of waiting) {
    const b = before.get(e.id) as WaitlistReplaySide;
    const a = after.get(e.id) as WaitlistReplaySide;
    if (a.position === b.position) continue;
    const moved = b.position - a.position;
    movedPositions += Math.abs(moved);
    if (moved > 0) movedUp += 1;
    else movedDown += 1;
    clients.add(e.clientId);
    changes.push({
      id: e.id,
      before: b,
      after: a,
      reasons: [
        reason(
          'ops.replay.waitlist_moved',
          'info',
          'The entry’s place in the waitlist differs under the proposed policy.',
          {
            clientId: e.clientId,
            beforePosition: b.position,
            afterPosition: a.position,
            beforeTier: b.tier,
            afterTier: a.tier,
          },
        ),
      ],
    });
  }
  changes.sort(
    (x, y) =>
      Math.abs(y.before.position - y.after.position) - Math.abs(x.before.position - x.after.position) ||
      x.after.position - y.after.position,
  );
  return {
    totals: {
      entries: waiting.length,
      changed: changes.length,
      movedPositions,
      movedUp,
      movedDown,
      clientsAffected: clients.size,
    },
    changes,
  };
}
