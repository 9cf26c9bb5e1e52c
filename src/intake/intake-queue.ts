import { z } from 'zod';
import {
  compareText,
  Instant,
  type InvalidRecord,
  toEpochMs,
  validate,
  validateEach,
} from '../core/index.js';
import { followUpOf, type IntakeFollowUp } from './follow-up.js';
import { IntakeFollowUpPolicy, type IntakeFollowUpPolicyInput } from './follow-up-policy.js';
import { IntakeClientFile } from './intake-client.js';
import { IntakePacketPolicy, type IntakePacketPolicyInput } from './packet-policy.js';
import { type IntakeReadiness, readinessOf } from './readiness.js';

/** One client's line in the intake queue: its input index, readiness and next follow-up. */
export interface IntakeQueueEntry {
  readonly index: number;
  readonly clientId: string;
  readonly readiness: IntakeReadiness;
  readonly followUp: IntakeFollowUp;
}

/**
 * The intake part of the assistant's daily queue: every valid client's readiness and next follow-up (in
 * input order), the first sessions at risk (soonest first), the follow-ups due by `asOf` (earliest
 * first), and the invalid records by index.
 */
export interface IntakeQueue {
  readonly entries: readonly IntakeQueueEntry[];
  /** Clients with a booked first session whose paperwork is `not_ready` or `undecided`. */
  readonly atRisk: readonly IntakeQueueEntry[];
  /** Clients with a follow-up due at or before `asOf`. */
  readonly followUpsDue: readonly IntakeQueueEntry[];
  readonly invalid: readonly InvalidRecord[];
}

/**
 * Options for {@link evaluateIntakeQueue}.
 *
 * @example
 * ```ts
 * IntakeQueueOptions.parse({ asOf: '2026-03-09T08:00:00-04:00' });
 * ```
 */
export const IntakeQueueOptions = z.object({ asOf: Instant });
export type IntakeQueueOptions = z.infer<typeof IntakeQueueOptions>;

/**
 * Evaluates readiness and the next follow-up for many clients at once, validating each record: an
 * invalid one is reported by index and the rest are processed. Nothing is dropped or counted twice:
 * `entries.length + invalid.length` is the number of records.
 *
 * @throws {@link ValidationError} when a policy or the options are invalid.
 * @example
 * ```ts
 * evaluateIntakeQueue(files, DEFAULT_INTAKE_PACKET_POLICY, {}, { asOf: '2026-03-09T08:00:00-04:00' });
 * //=> { entries: [{ index: 0, clientId: 'c-1', readiness: { outcome: 'ready', … }, followUp: { outcome: 'none', … } }, …],
 * //     atRisk: […], followUpsDue: […], invalid: [{ index: 3, issues: [...] }] }
 * ```
 */
export function evaluateIntakeQueue(
  files: Iterable<unknown>,
  packet: IntakePacketPolicyInput,
  policy: IntakeFollowUpPolicyInput,
  options: IntakeQueueOptions,
): IntakeQueue {
  const p = validate(IntakePacketPolicy, packet, 'intake packet policy');
  const fp = validate(IntakeFollowUpPolicy, policy, 'intake follow-up policy');
  const o = validate(IntakeQueueOptions, options, 'queue options');
  const asOfMs = toEpochMs(o.asOf);
  const entries: IntakeQueueEntry[] = [];
  const invalid: InvalidRecord[] = [];
  for (const { index, value } of validateEach(IntakeClientFile, files, (bad) => invalid.push(bad))) {
    entries.push({
      index,
      clientId: value.client.id,
      readiness: readinessOf(value, p, asOfMs, undefined),
      followUp: followUpOf(value, p, fp, asOfMs),
    });
  }
  // Sort keys are computed once per entry, not once per comparison.
  const atRisk = byKey(
    entries.filter(
      (e) =>
        e.readiness.sessionStart !== null &&
        (e.readiness.outcome === 'not_ready' || e.readiness.outcome === 'undecided'),
    ),
    (e) => toEpochMs(e.readiness.sessionStart as string),
  );
  const followUpsDue = byKey(
    entries.filter((e) => e.followUp.dueAt !== null && toEpochMs(e.followUp.dueAt) <= asOfMs),
    (e) => toEpochMs(e.followUp.dueAt as string),
  );
  return { entries, atRisk, followUpsDue, invalid };
}

function byKey(
  entries: readonly IntakeQueueEntry[],
  key: (e: IntakeQueueEntry) => number,
): IntakeQueueEntry[] {
  return entries
    .map((e) => ({ e, k: key(e) }))
    .sort((a, b) => a.k - b.k || compareText(a.e.clientId, b.e.clientId))
    .map(({ e }) => e);
}
