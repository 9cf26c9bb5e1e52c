import * as z from 'zod';
import { Instant, type NonEmptyArray, reason } from '../../core/index.js';
import { compareText, toEpochMs, validateArguments } from '../../core/internal.js';
import { localDaysBetween } from '../appointments/local-days.js';
import type { SchedulingReason } from '../reason-codes.js';
import { effectiveTier, untriagedReasons } from './ranking.js';
import type { WaitlistTier } from './waitlist-entry.js';
import { type WaitlistIndex, waitlistIndexArgument } from './waitlist-index.js';
import { WaitlistPolicy, type WaitlistPolicyInput } from './waitlist-policy.js';

/**
 * Options for {@link listWaitlistCheckIns}.
 * @example
 * ```ts
 * ListWaitlistCheckInsOptions.parse({ asOf: '2026-03-05T12:00:00Z' }); //=> { asOf: '2026-03-05T12:00:00Z' }
 * ```
 */
export const ListWaitlistCheckInsOptions = z.strictObject({ asOf: Instant });
export type ListWaitlistCheckInsOptions = z.input<typeof ListWaitlistCheckInsOptions>;

/**
 * A waitlist entry due for a check-in with the client.
 *
 * @example
 * ```ts
 * const [due]: WaitlistCheckIn[] = listWaitlistCheckIns(buildWaitlistIndex(entries), {}, { asOf: '2026-03-02T09:00:00Z' });
 * due.entryId; //=> 'w-1'
 * ```
 */
export interface WaitlistCheckIn {
  readonly entryId: string;
  readonly clientId: string;
  readonly tier: WaitlistTier;
  /** Whether a clinician triaged the entry; `false`: checked in on as often as the most urgent tier. */
  readonly triaged: boolean;
  /** The last contact, or when the entry was added if never contacted. */
  readonly lastContactAt: Instant;
  readonly daysSinceContact: number;
  /** Days past the tier's check-in interval. */
  readonly daysOverdue: number;
  readonly reasons: NonEmptyArray<SchedulingReason>;
}

/**
 * The stale waitlist entries: waiting or offered entries with no contact for longer than their tier's
 * check-in interval, most overdue first (then entry id). Urgent and priority entries also route to a
 * clinician for re-review, since urgency is a clinical judgement. An entry no clinician triaged
 * (`triaged: false`) may be urgent: it comes up as often as the most frequent tier (7 days by default, not
 * routine's 30), with `scheduling.waitlist.not_triaged` and a clinician to triage it.
 *
 * @throws {@link ValidationError} listing every problem of the index, policy and options at once, each
 * path under its parameter's name (`$.index`, `$.policy.checkInDays.routine`, `$.options.asOf`).
 * @remarks Intervals: weekly / bi-weekly / monthly by tier, and periodic re-confirmation of interest
 * (practice choices; defaults from common waitlist practice).
 * @example
 * ```ts
 * import type { WaitlistEntryInput } from 'practice-ops/scheduling';
 *
 * // Three telehealth clients waiting; Dr. Lee marked w-7 urgent, the others routine.
 * const urgent = { tier: 'urgent', setBy: 'dr-lee', setByRole: 'clinician', setAt: '2026-02-10T15:00:00Z' } as const;
 * const routine = { ...urgent, tier: 'routine' } as const;
 * const wanting = { zone: 'America/New_York', modalities: ['telehealth' as const], sessionMinutes: 50 };
 * const entries: WaitlistEntryInput[] = [
 *   { ...wanting, id: 'w-2', clientId: 'c-2', addedAt: '2026-01-05T15:00:00Z', lastContactAt: '2026-02-20T15:00:00Z',
 *     priority: routine },
 *   { ...wanting, id: 'w-5', clientId: 'c-5', addedAt: '2026-01-20T15:00:00Z', lastContactAt: '2026-01-25T15:00:00Z',
 *     priority: routine },
 *   { ...wanting, id: 'w-7', clientId: 'c-7', addedAt: '2026-02-10T15:00:00Z', priority: urgent },
 * ];
 * // Urgent entries are checked in with weekly, routine ones monthly (the defaults).
 * listWaitlistCheckIns(buildWaitlistIndex(entries), {}, { asOf: '2026-03-01T12:00:00Z' })
 *   .map((c) => [c.entryId, c.daysOverdue]);
 * //=> [['w-7', 11], ['w-5', 4]]
 * ```
 */
export function listWaitlistCheckIns(
  index: WaitlistIndex,
  policyInput: WaitlistPolicyInput,
  options: ListWaitlistCheckInsOptions,
): WaitlistCheckIn[] {
  // Every argument's problems at once, each under its parameter's name (`$.policy.checkInDays`).
  const [waitlist, policy, opts] = validateArguments([
    ['index', waitlistIndexArgument, index, 'waitlist index'],
    ['policy', WaitlistPolicy, policyInput, 'waitlist policy'],
    ['options', ListWaitlistCheckInsOptions, options, 'waitlist check-in options'],
  ]);
  const asOf = toEpochMs(opts.asOf);
  const out: WaitlistCheckIn[] = [];
  for (const e of waitlist.entries) {
    if (e.status !== 'waiting' && e.status !== 'offered') continue;
    const last = e.lastContactAt ?? e.addedAt;
    // Calendar days on the client's clock, not 24-hour blocks: a DST change between does not move the count.
    const days = localDaysBetween(toEpochMs(last), asOf, e.zone);
    const { tier, triaged } = effectiveTier(e, policy, asOf);
    // Until a clinician triages it the entry may be urgent: it is checked in on at the policy's shortest interval.
    const interval = triaged ? policy.checkInDays[tier] : Math.min(...Object.values(policy.checkInDays));
    if (days < interval) continue;
    const stale = reason(
      'scheduling.waitlist.stale',
      'warning',
      'Check in with the client: no recent contact.',
      {
        daysSinceContact: days,
        intervalDays: interval,
        tier,
      },
    );
    const reasons: NonEmptyArray<SchedulingReason> = !triaged
      ? [stale, ...untriagedReasons(e.id, e.priority?.tier)]
      : tier === 'routine'
        ? [stale]
        : [
            stale,
            reason(
              'scheduling.waitlist.clinical_review',
              'info',
              'A clinician should re-review this entry’s urgency.',
              {
                tier,
              },
            ),
          ];
    out.push({
      entryId: e.id,
      clientId: e.clientId,
      tier,
      triaged,
      lastContactAt: last,
      daysSinceContact: days,
      daysOverdue: days - interval,
      reasons,
    });
  }
  return out.sort((a, b) => b.daysOverdue - a.daysOverdue || compareText(a.entryId, b.entryId));
}
