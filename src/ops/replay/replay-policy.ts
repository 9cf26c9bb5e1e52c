import * as z from 'zod';
import {
  addDays,
  LocalDate,
  type Reason,
  reason,
  resolveLocalTime,
  ValidationError,
  validate,
} from '../../core/index.js';
import { toEpochDay } from '../../core/internal.js';
import { missedEventMs } from '../../scheduling/internal.js';
import type { PracticeDataInput } from '../data/practice-data.js';
import { PracticePolicies } from '../data/practice-policies.js';
import { schedulingClientOf } from '../data/scheduling-records.js';
import { practiceDataArgument } from '../data/validate-practice-data.js';
import { PolicyVersions, type PolicyVersionsInput, sortVersions } from '../decision-log/policy-versions.js';
import { compareFees, decideFees, type FeeReplay, type MissedEvent } from './fee-replay.js';
import { policyPeriods } from './policy-source.js';

/**
 * What {@link replayPolicy} replays: a practice's `history` (its data file), the `current` policies (the
 * data file's when left out, or every version with the date each took effect), the `proposed` policies,
 * `asOf` (nothing after that date is replayed) and optionally the dates to report (`from`, `to`,
 * inclusive, in the practice zone; events before `from` still count toward free misses).
 *
 * @example
 * ```ts
 * const options: ReplayPolicyOptions = { history: data, proposed: { ...data.policies, cancellation }, asOf: '2026-11-20' };
 * ```
 */
export interface ReplayPolicyOptions {
  readonly history: PracticeDataInput;
  readonly current?: z.input<typeof PracticePolicies> | PolicyVersionsInput;
  readonly proposed: z.input<typeof PracticePolicies>;
  readonly asOf: LocalDate;
  readonly from?: LocalDate;
  readonly to?: LocalDate;
}

const ReplayPolicyOptionsSchema = z.strictObject({
  history: z.unknown(),
  current: z.unknown().optional(),
  proposed: z.unknown(),
  asOf: LocalDate,
  from: LocalDate.optional(),
  to: LocalDate.optional(),
});

/**
 * What a proposed policy would have done over a practice's history: for each rule replayed, the totals
 * and every decision that changes, before and after with the rules' reasons. Nothing is stored.
 *
 * @example
 * ```ts
 * const replay: PolicyReplay = replayPolicy({ history: data, proposed, asOf: '2026-11-20' });
 * replay.fees.totals.changeCents; //=> 165000
 * ```
 */
export interface PolicyReplay {
  readonly asOf: LocalDate;
  /** The first date reported, or `null` when every event up to `to` was. */
  readonly from: LocalDate | null;
  /** The last date reported: `to`, or `asOf` when earlier or left out. */
  readonly to: LocalDate;
  /** Missed-session fees: late cancellations and no-shows. */
  readonly fees: FeeReplay;
  /** What the replay covered, as reasons (e.g. which policy versions decided). */
  readonly reasons: readonly Reason[];
}

/**
 * Replays a practice's history under its current and a proposed policy and returns the differences: for
 * missed-session fees, each session whose fee changes (before and after, with the fee rule's reasons:
 * the notice given and the window), and totals (cents charged before and after, added and waived,
 * clients affected, undecided fees). Replaying a policy against itself changes nothing; the totals are
 * the sums of the per-session differences. With policy versions as `current`, each event is decided
 * under the version in force on its date (practice zone), and an event before the first version is
 * `undecided`, never decided under a guess.
 *
 * Pure and read-only: the data file is validated once (or used as is when this package validated it),
 * and nothing is stored.
 *
 * @throws {@link ValidationError} when the data file, a policy or an option is invalid, or `from` is
 * after `to`.
 * @example
 * ```ts
 * const data = generateDemoPractice();
 * const cancellation = { practiceZone: data.practice.zone, holidays: data.practice.holidays, notice: { unit: 'hours', hours: 96 } };
 * const replay = replayPolicy({ history: data, proposed: { ...data.policies, cancellation }, asOf: '2026-11-20' });
 * replay.fees.totals; //=> { sessions: 120, changed: 11, changeCents: 165000, clientsAffected: 9, … }
 * ```
 */
export function replayPolicy(options: ReplayPolicyOptions): PolicyReplay {
  const opts = validate(ReplayPolicyOptionsSchema, options, 'replay options');
  const data = practiceDataArgument(opts.history as PracticeDataInput);
  const current =
    opts.current === undefined
      ? data.policies
      : Array.isArray(opts.current)
        ? sortVersions(validate(PolicyVersions, opts.current, 'current policy versions'))
        : validate(PracticePolicies, opts.current, 'current policies');
  const proposed = validate(PracticePolicies, opts.proposed, 'proposed policies');
  const to = opts.to !== undefined && toEpochDay(opts.to) < toEpochDay(opts.asOf) ? opts.to : opts.asOf;
  if (opts.from !== undefined && toEpochDay(opts.from) > toEpochDay(to)) {
    throw new ValidationError('replay options', [
      {
        path: ['from'],
        at: '$.from',
        code: 'ops.replay.dates_out_of_order',
        message: 'must be on or before `to` and `asOf`',
      },
    ]);
  }
  const zone = data.practice.zone;
  // Events before midnight after `to` (practice zone) are decided; those from `from` on are reported.
  const endMs = resolveLocalTime(addDays(to, 1), '00:00', zone).epochMs as number;
  const fromMs =
    opts.from === undefined
      ? Number.NEGATIVE_INFINITY
      : (resolveLocalTime(opts.from, '00:00', zone).epochMs as number);
  const events: MissedEvent[] = [];
  for (const appointment of data.appointments) {
    const atMs = missedEventMs(appointment);
    if (atMs < endMs) events.push({ appointment, atMs });
  }
  const clients = new Map(data.clients.map((c) => [c.id as string, schedulingClientOf(c)]));
  const before = decideFees(events, policyPeriods(current, zone), clients, data);
  const after = decideFees(events, policyPeriods(proposed, zone), clients, data);
  const reported = events.filter((e) => e.atMs >= fromMs);
  const versions = Array.isArray(current) ? current.map((v) => v.version) : [];
  return {
    asOf: opts.asOf,
    from: opts.from ?? null,
    to,
    fees: compareFees(reported, before, after, zone),
    reasons: [
      reason(
        'ops.replay.replayed',
        'info',
        'The history was replayed under the current and the proposed policy.',
        {
          currentVersions: versions,
          proposedVersion: proposed.version ?? null,
          rules: ['missed_session_fee'],
        },
      ),
    ],
  };
}
