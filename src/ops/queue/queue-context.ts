import type { ClaimBalance } from '../../billing/index.js';
import { getTaskOwnerRole, type PracticeRole, PracticeTask } from '../../boundaries/index.js';
import { type BusinessCalendar, createBusinessCalendar, type LocalDate } from '../../core/index.js';
import { resolveLocalMinute, toEpochDay } from '../../core/internal.js';
import { type PracticeBusinessWeek, practiceBusinessWeek } from '../data/practice-business-week.js';
import type { PracticeData } from '../data/practice-data.js';
import { type ClientHolds, clientHolds } from './client-holds.js';

/** What every task producer needs to know about "today". */
export interface QueueContext {
  readonly asOf: LocalDate;
  readonly asOfDay: number;
  /** Start of `asOf` in the practice's zone, in epoch ms: "now" for the queue. */
  readonly nowMs: number;
  /**
   * Start of the day after `asOf` in the practice's zone, in epoch ms: today ends there. A real instant, not
   * `nowMs` plus 24 hours: 2026-11-01 lasts 25 hours in New York and 2027-03-14 23.
   */
  readonly endMs: number;
  /**
   * The practice's business week: its cancellation policy's weekend, closed on both holiday lists. Handed to
   * every module that counts business days for the queue (intake takes it as options, not its own default).
   */
  readonly businessWeek: PracticeBusinessWeek;
  /** {@link businessWeek} built once, for the queue's own counts. */
  readonly calendar: BusinessCalendar;
  /** The role that owns a boundaries task in this practice (its scope's override, else the catalog's). */
  readonly ownerOf: (task: PracticeTask) => PracticeRole;
  /** The clients whose contact or money tasks are held today. */
  readonly holds: ClientHolds;
  /**
   * Each claim's posted balance at the claim's position in `data.claims`: the claims' tasks read them, and
   * so do the digest's charts, each by position instead of a lookup by id per claim.
   */
  readonly balanceAt: readonly (ClaimBalance | undefined)[];
}

/** Each claim's posted balance (or undefined) at the claim's position in `data.claims`. */
export function claimBalancesInOrder(data: PracticeData): (ClaimBalance | undefined)[] {
  // Plain loops: no [id, balance] pair per balance and no callback per claim (a file has 200,000 claims).
  const claims = data.claims;
  const balances = data.claimBalances;
  const out = new Array<ClaimBalance | undefined>(claims.length);
  // Balances listed in the claims' order, as most files list them, are matched in one walk, without a map
  // of them: when every balance is matched so (ids are unique), each claim has the one with its id.
  let next = 0;
  for (let i = 0; i < out.length; i += 1) {
    const balance = balances[next];
    const matched =
      balance !== undefined && balance.claimId === (claims[i] as (typeof claims)[number]).claimId;
    out[i] = matched ? balance : undefined;
    if (matched) next += 1;
  }
  if (next === balances.length) return out;
  const byId = new Map<string, ClaimBalance>();
  for (const b of balances) byId.set(b.claimId, b);
  for (let i = 0; i < out.length; i += 1) out[i] = byId.get((claims[i] as (typeof claims)[number]).claimId);
  return out;
}

/** Builds the queue context of a practice on a date. */
export function queueContext(data: PracticeData, asOf: LocalDate): QueueContext {
  const asOfDay = toEpochDay(asOf);
  const owners = new Map(PracticeTask.options.map((t) => [t, getTaskOwnerRole(t, data.policies.scope)]));
  const start = resolveLocalMinute(asOfDay, 0, data.practice.zone);
  const end = resolveLocalMinute(asOfDay + 1, 0, data.practice.zone);
  const businessWeek = practiceBusinessWeek(data);
  return {
    asOf,
    asOfDay,
    // Midnight is never skipped: a gap is shifted forward by the default policy, so there is always an instant.
    nowMs: start.epochMs as number,
    endMs: end.epochMs as number,
    businessWeek,
    calendar: createBusinessCalendar(businessWeek),
    ownerOf: (task) => owners.get(task) as PracticeRole,
    holds: clientHolds(data, asOf, end.epochMs as number),
    balanceAt: claimBalancesInOrder(data),
  };
}
