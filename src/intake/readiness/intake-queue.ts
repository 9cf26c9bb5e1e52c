import * as z from 'zod';
import { Instant, type InvalidRecord, validate } from '../../core/index.js';
import {
  compareText,
  recordsArgument,
  toEpochMs,
  validateArguments,
  validateEach,
} from '../../core/internal.js';
import { followUpOf, type IntakeFollowUpDecision } from '../follow-up/follow-up.js';
import { IntakeFollowUpPolicy, type IntakeFollowUpPolicyInput } from '../follow-up/follow-up-policy.js';
import { IntakeClientFile } from '../packets/intake-client.js';
import { IntakePacketPolicy, type IntakePacketPolicyInput } from '../packets/packet-policy.js';
import type { PacketContextSlot } from '../packets/requirements.js';
import { type FirstSessionReadinessDecision, readinessOf } from './readiness.js';

/**
 * One client's line in the intake queue: its input index, readiness and next follow-up.
 *
 * @example
 * ```ts
 * const e: IntakeQueueEntry | undefined = buildIntakeQueue(files, DEFAULT_INTAKE_PACKET_POLICY, {}, { asOf }).entries[0];
 * e?.readiness.outcome; //=> 'not_ready'
 * ```
 */
export interface IntakeQueueEntry {
  readonly index: number;
  readonly clientId: string;
  readonly readiness: FirstSessionReadinessDecision;
  readonly followUp: IntakeFollowUpDecision;
}

/**
 * The intake part of the assistant's daily queue: every valid client's readiness and next follow-up (in
 * input order), the first sessions at risk (soonest first), the follow-ups due by `asOf` (earliest
 * first), and the invalid records by index.
 *
 * @example
 * ```ts
 * const q: IntakeQueue = buildIntakeQueue(files, DEFAULT_INTAKE_PACKET_POLICY, {}, { asOf: '2026-03-08T12:00:00-04:00' });
 * ```
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
 * Options for {@link buildIntakeQueue}.
 *
 * @example
 * ```ts
 * BuildIntakeQueueOptions.parse({ asOf: '2026-03-09T08:00:00-04:00' });
 * ```
 */
export const BuildIntakeQueueOptions = z.strictObject({ asOf: Instant });
export type BuildIntakeQueueOptions = z.infer<typeof BuildIntakeQueueOptions>;

/**
 * Evaluates readiness and the next follow-up for many clients at once, validating each record: an
 * invalid one is reported by index and the rest are processed. Nothing is dropped or counted twice:
 * `entries.length + invalid.length` is the number of records.
 *
 * @throws {@link ValidationError} listing every problem of the policies and options at once, each path
 * under its parameter's name (`$.packet.rules[0].document`, `$.policy…`, `$.options.asOf`; `$.files` when
 * it is not a list).
 * @example
 * ```ts
 * // Two clients whose first sessions are Monday 2026-03-09 at 10:00 New York time; the packet went out a
 * // week before. c-1 completed it on 2026-03-05, c-2 has not opened it; a third record is unreadable.
 * const types = ['informed_consent', 'privacy_notice_acknowledgment', 'financial_policy', 'intake_questionnaire',
 *   'telehealth_consent', 'good_faith_estimate'] as const;
 * const fileOf = (id: string, done: boolean) => ({
 *   client: { id, zone: 'America/New_York', billing: 'self_pay' as const, modality: 'telehealth' as const,
 *     birthDate: '1990-01-01', firstSessionAt: '2026-03-09T10:00:00-04:00',
 *     channelConsent: { email: { optedIn: true, unsecuredRiskAcknowledged: true } } },
 *   documents: types.map((type, i) => ({ id: `${id}-d${i + 1}`, clientId: id, type,
 *     sentAt: '2026-03-02T22:30:00-05:00',
 *     ...(done ? { status: 'complete' as const, completedAt: '2026-03-05T12:00:00-05:00' } : { status: 'sent' as const }) })),
 * });
 * const packet = { ...DEFAULT_INTAKE_PACKET_POLICY, part2Program: false };
 * const queue = buildIntakeQueue([fileOf('c-1', true), fileOf('c-2', false), { client: { id: 'c-3' } }], packet, {},
 *   { asOf: '2026-03-09T08:00:00-04:00' });
 * queue.entries.map((e) => [e.clientId, e.readiness.outcome, e.followUp.outcome]);
 * //=> [['c-1', 'ready', 'none'], ['c-2', 'not_ready', 'offer_reschedule']]
 * queue.atRisk.map((e) => e.clientId); //=> ['c-2']
 * queue.invalid; //=> [{ index: 2, issues: [{ at: '$[2].client.zone', … }] }]
 * ```
 */
export function buildIntakeQueue(
  files: Iterable<unknown>,
  packet: IntakePacketPolicyInput,
  policy: IntakeFollowUpPolicyInput,
  options: BuildIntakeQueueOptions,
): IntakeQueue {
  // Every argument's problems at once, each under its parameter's name (`$.packet.rules[0].document`,
  // `$.files` when it is not a list); a bad file in the list is reported by index below instead.
  const [fileList, p, fp, o] = validateArguments([
    ['files', recordsArgument, files, 'intake client files'],
    ['packet', IntakePacketPolicy, packet, 'intake packet policy'],
    ['policy', IntakeFollowUpPolicy, policy, 'intake follow-up policy'],
    ['options', BuildIntakeQueueOptions, options, 'queue options'],
  ]);
  const invalid: InvalidRecord[] = [];
  const valid = validateEach(IntakeClientFile, fileList, (bad) => invalid.push(bad));
  return queueOf(valid, p, fp, toEpochMs(o.asOf), invalid);
}

/**
 * {@link buildIntakeQueue} for files that have already passed {@link IntakeClientFile}, such as
 * records validated once when they were loaded: the same queue without parsing every file again (for
 * 50,000 clients, validation costs more than the rules). `index` is the position in `files`; the branded
 * ids in the types keep unparsed data out.
 *
 * @param files - client files as {@link IntakeClientFile} parses them
 * @param packet - the packet policy as {@link IntakePacketPolicy} parses it
 * @param policy - the follow-up policy as {@link IntakeFollowUpPolicy} parses it
 * @throws {@link ValidationError} when the options are invalid.
 * @example
 * ```ts
 * const { valid } = validateBatch(IntakeClientFile, records); // once, on load
 * buildIntakeQueueFromValidated(
 *   valid.map((v) => v.value),
 *   validate(IntakePacketPolicy, DEFAULT_INTAKE_PACKET_POLICY, 'intake packet policy'),
 *   validate(IntakeFollowUpPolicy, {}, 'intake follow up policy'),
 *   { asOf: '2026-03-09T08:00:00-04:00' },
 * );
 * //=> the same entries, atRisk and followUpsDue as buildIntakeQueue(records, …), and invalid: []
 * ```
 */
export function buildIntakeQueueFromValidated(
  files: readonly IntakeClientFile[],
  packet: IntakePacketPolicy,
  policy: IntakeFollowUpPolicy,
  options: BuildIntakeQueueOptions,
): IntakeQueue {
  const o = validate(BuildIntakeQueueOptions, options, 'queue options');
  return queueOf(
    files.map((value, index) => ({ index, value })),
    packet,
    policy,
    toEpochMs(o.asOf),
    [],
  );
}

function queueOf(
  files: Iterable<{ readonly index: number; readonly value: IntakeClientFile }>,
  p: IntakePacketPolicy,
  fp: IntakeFollowUpPolicy,
  asOfMs: number,
  invalid: readonly InvalidRecord[],
): IntakeQueue {
  const entries: IntakeQueueEntry[] = [];
  // The two lists are gathered in the same pass, each entry with its sort key read once.
  const atRisk: Keyed[] = [];
  const followUpsDue: Keyed[] = [];
  for (const { index, value } of files) {
    // One slot per client: readiness and follow-up share its requirements and standings.
    const slot: PacketContextSlot = {};
    const readiness = readinessOf(value, p, asOfMs, undefined, slot);
    const followUp = followUpOf(value, p, fp, asOfMs, slot);
    const entry: IntakeQueueEntry = { index, clientId: value.client.id, readiness, followUp };
    entries.push(entry);
    if (
      readiness.sessionStart !== null &&
      (readiness.outcome === 'not_ready' || readiness.outcome === 'undecided')
    ) {
      atRisk.push({ entry, key: toEpochMs(readiness.sessionStart) });
    }
    if (followUp.dueAt !== null) {
      const key = toEpochMs(followUp.dueAt);
      if (key <= asOfMs) followUpsDue.push({ entry, key });
    }
  }
  return { entries, atRisk: byKey(atRisk), followUpsDue: byKey(followUpsDue), invalid };
}

interface Keyed {
  readonly entry: IntakeQueueEntry;
  readonly key: number;
}

/** Soonest first, then by client id. */
function byKey(list: Keyed[]): IntakeQueueEntry[] {
  list.sort((a, b) => a.key - b.key || compareText(a.entry.clientId, b.entry.clientId));
  return list.map((k) => k.entry);
}
