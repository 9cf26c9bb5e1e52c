import * as z from 'zod';
import { PracticeTask } from '../../boundaries/index.js';
import { IanaZone, Instant, LocalDate, type Reason, validate } from '../../core/index.js';
import {
  compareText,
  DAY_MS,
  placeLocalMinute,
  toEpochDay,
  toEpochMs,
  validateArguments,
  zoneOffsetMinutes,
} from '../../core/internal.js';
import { WorkQueueRole } from './work-queue-role.js';

/**
 * The module a work-queue task comes from.
 *
 * @example
 * ```ts
 * TaskModule.parse('billing'); //=> 'billing'
 * ```
 */
export const TaskModule = z.enum(['boundaries', 'intake', 'scheduling', 'billing', 'credentialing']);
export type TaskModule = z.infer<typeof TaskModule>;

/**
 * How urgent a task is, most urgent first: `crisis` (a client may be at risk: now), `clinical` (a
 * clinician must look today), `high` (money or a session is lost if it waits), `normal`, `low`.
 *
 * @example
 * ```ts
 * TaskPriority.options[0]; //=> 'crisis'
 * ```
 */
export const TaskPriority = z.enum(['crisis', 'clinical', 'high', 'normal', 'low']);
export type TaskPriority = z.infer<typeof TaskPriority>;

const PRIORITY_RANK: Record<TaskPriority, number> = { crisis: 0, clinical: 1, high: 2, normal: 3, low: 4 };

/**
 * What kind of task, namespaced by its module: a closed list of codes, so an app can match on every kind
 * (messages by triage outcome, claims by billing's follow-up action, credentialing by deadline kind).
 *
 * @example
 * ```ts
 * WorkTaskKind.parse('billing.claim_appeal'); //=> 'billing.claim_appeal'
 * ```
 */
export const WorkTaskKind = z.enum([
  'boundaries.message_crisis',
  'boundaries.message_clinical',
  'boundaries.message_scheduling',
  'boundaries.message_billing',
  'boundaries.message_paperwork',
  'boundaries.message_general',
  'boundaries.crisis_alert',
  'boundaries.records_request',
  'boundaries.records_extension_notice',
  'intake.first_session_at_risk',
  'intake.paperwork_follow_up',
  'intake.stalled_case',
  'intake.good_faith_estimate_due',
  'scheduling.missed_session_fee',
  'scheduling.reminder_due',
  'scheduling.waitlist_check_in',
  'scheduling.waitlist_offer',
  'billing.eligibility_reverify',
  'billing.authorization_running_out',
  'billing.claim_submit',
  'billing.claim_fix_before_submit',
  'billing.claim_fix_and_resubmit',
  'billing.claim_check_acknowledgment',
  'billing.claim_check_status',
  'billing.claim_call_payer',
  'billing.claim_escalate',
  'billing.claim_appeal',
  'billing.claim_correct_and_resubmit',
  'billing.claim_work_denial',
  'billing.claim_check_appeal_status',
  'billing.claim_review_write_off',
  'billing.claim_add_payer_profile',
  'billing.claim_work_recoupment',
  'billing.claim_resolve_held_cost_sharing',
  'credentialing.license_expiry',
  'credentialing.compact_expiry',
  'credentialing.caqh_reattestation',
  'credentialing.malpractice_expiry',
  'credentialing.dea_expiry',
  'credentialing.board_certification_expiry',
  'credentialing.supervision_end',
  'credentialing.recredentialing',
  'credentialing.revalidation',
  'credentialing.enrollment_follow_up',
  'credentialing.payer_policy_needed',
  'credentialing.medicare_opt_out_renewal',
  'credentialing.medicare_opt_out_end_unconfirmed',
  'credentialing.part_d_preclusion',
  'credentialing.exclusion_screening',
  'credentialing.medicare_change_report',
  'credentialing.medicare_inactivity',
  'credentialing.medicare_reenrollment_bar_end',
]);
export type WorkTaskKind = z.infer<typeof WorkTaskKind>;
const KINDS: ReadonlySet<unknown> = new Set(WorkTaskKind.options);

/**
 * A record a task is about: its kind and id.
 *
 * @example
 * ```ts
 * RelatedRecord.parse({ kind: 'claim', id: 'claim-000123' }); //=> { kind: 'claim', id: 'claim-000123' }
 * ```
 */
export const RelatedRecord = z.strictObject({
  kind: z.enum([
    'appointment',
    'authorization',
    'claim',
    'client',
    'clinician',
    'credential',
    'document',
    'enrollment',
    'inquiry',
    'message',
    'payer',
    'records_request',
    'series',
    'waitlist_entry',
  ]),
  id: z.string(),
});
export type RelatedRecord = z.infer<typeof RelatedRecord>;

/**
 * Why a task is on hold: the client asked not to be contacted (`do_not_contact`), a message of theirs
 * reads as a crisis today, so no money is asked of them (`client_in_crisis`), or the reminder or message
 * has no channel the client opted in to (`channel_consent_missing`: ask them how they want reminders), or a
 * crisis message of theirs is open, so no routine contact goes to them until a clinician closes it
 * (`crisis_open`: the task stays with its owner, marked held; see `crisisHoldScope`).
 *
 * @example
 * ```ts
 * TaskHoldReason.parse('do_not_contact'); //=> 'do_not_contact'
 * ```
 */
export const TaskHoldReason = z.enum([
  'do_not_contact',
  'client_in_crisis',
  'channel_consent_missing',
  'crisis_open',
]);
export type TaskHoldReason = z.infer<typeof TaskHoldReason>;

/**
 * A hold on a task: why, for which client, and the work it would have been and whose (so the task can be
 * released to them). A task held for a client in crisis is the clinician's until they release it.
 *
 * @example
 * ```ts
 * TaskHold.parse({ reason: 'client_in_crisis', clientId: 'client-00012', practiceTask: 'apply_cancellation_fee',
 *   ownerRole: 'assistant' }); //=> the same hold
 * ```
 */
export const TaskHold = z.strictObject({
  reason: TaskHoldReason,
  clientId: z.string(),
  practiceTask: PracticeTask,
  ownerRole: WorkQueueRole,
});
export type TaskHold = z.infer<typeof TaskHold>;

const ReasonSchema = z.strictObject({
  code: z.string(),
  severity: z.enum(['info', 'warning', 'error']),
  message: z.string(),
  facts: z.record(z.string(), z.json()),
});

/**
 * One thing someone in the practice should do, why, for whom, and by when.
 *
 * @example
 * ```ts
 * buildWorkQueue(data, { asOf: '2026-11-20', role: 'clinician' }).tasks[0];
 * //=> { id: 'boundaries.message_crisis:msg-0001+client-00001', module: 'boundaries', priority: 'crisis',
 * //     practiceTask: 'set_clinical_priority', ownerRole: 'clinician', reasons: [...], … }
 * ```
 */
export const WorkTask = z.strictObject({
  /** Stable id derived from module, kind and the related record ids: the same task keeps its id. */
  id: z.string(),
  module: TaskModule,
  /** What kind of task, namespaced by module, e.g. `billing.claim_appeal`. */
  kind: WorkTaskKind,
  title: z.string(),
  /** When it is due: an instant, or a calendar date in the practice's zone. */
  due: z.union([Instant, LocalDate]),
  priority: TaskPriority,
  /** The boundaries task this work is (what the owner role must be allowed to do). */
  practiceTask: PracticeTask,
  /** The role whose work this is: the practice's owner of `practiceTask`, or where triage routed it. */
  ownerRole: WorkQueueRole,
  related: z.array(RelatedRecord),
  reasons: z.array(ReasonSchema),
  /** Set when the task must not be done as it stands (see {@link TaskHoldReason}). */
  hold: TaskHold.optional(),
});
export type WorkTask = Omit<z.infer<typeof WorkTask>, 'reasons'> & { readonly reasons: readonly Reason[] };

/**
 * A task without its records and reasons: what ordering, batching and counting read (internal: a report
 * builds other roles' claim tasks only this far).
 */
export type TaskHead = Omit<WorkTask, 'related' | 'reasons'>;

const RecordIds = z.array(z.string());

/**
 * Builds a task's stable id from its kind and the ids of the records it is about. The same inputs give
 * the same id, on every run and host; it never depends on order of discovery or randomness.
 *
 * @throws {@link ValidationError} listing an unknown kind and record ids that are not text at once, each
 * under its parameter's name (`$.kind`, `$.recordIds[0]`).
 * @example
 * ```ts
 * workTaskId('billing.claim_appeal', ['claim-7']); //=> 'billing.claim_appeal:claim-7'
 * ```
 */
export function workTaskId(kind: WorkTaskKind, recordIds: readonly string[]): string {
  // Checked by hand, not parsed: the queue builds an id for every task it makes.
  // A bad argument is parsed beside the other, each under its parameter's name (`$.kind`, `$.recordIds[0]`).
  if (!KINDS.has(kind) || !Array.isArray(recordIds) || !recordIds.every((id) => typeof id === 'string')) {
    validateArguments([
      ['kind', WorkTaskKind, kind, 'task kind'],
      ['recordIds', RecordIds, recordIds, 'record ids'],
    ]);
  }
  return recordIds.length === 0 ? kind : `${kind}:${recordIds.join('+')}`;
}

/**
 * Options for {@link compareWorkTasks}, {@link sortWorkTasks} and `batchWorkTasks`.
 *
 * @example
 * ```ts
 * const options: CompareWorkTasksOptions = { zone: 'America/Los_Angeles' };
 * ```
 */
export interface CompareWorkTasksOptions {
  /**
   * The practice's zone: a task due on a date (no time) is due at the end of that day there. Left out, the
   * day ends at 24:00 UTC; the queue, the digest and the report always pass the practice's zone.
   */
  readonly zone?: IanaZone;
}

/**
 * Options for {@link sortWorkTasks}: as {@link CompareWorkTasksOptions}.
 *
 * @example
 * ```ts
 * const options: SortWorkTasksOptions = { zone: 'America/Chicago' };
 * ```
 */
export type SortWorkTasksOptions = CompareWorkTasksOptions;

const OrderOptions = z.strictObject({ zone: IanaZone.optional() });

/**
 * The zone of order options, checked cheaply; anything else is parsed so that the error names it (internal:
 * batching checks its options the same way).
 */
export function orderZone(options: CompareWorkTasksOptions | undefined): IanaZone | undefined {
  if (options === undefined) return undefined;
  const o = options as { zone?: unknown } | null;
  const fine =
    typeof o === 'object' &&
    o !== null &&
    (o.zone === undefined || typeof o.zone === 'string') &&
    Object.keys(o).every((k) => k === 'zone');
  if (!fine) validate(OrderOptions, options, 'work task order options');
  const zone = o?.zone as IanaZone | undefined;
  // An unknown zone is refused even where every task is due at an instant (remembered once checked), at
  // `$.zone` under the options' name, like every other problem of them: the schema says so first.
  if (zone !== undefined) {
    try {
      zoneOffsetMinutes(zone, 0);
    } catch (error) {
      validate(OrderOptions, options, 'work task order options');
      throw error;
    }
  }
  return zone;
}

/**
 * Milliseconds since the epoch by which a due value is due (internal: batching reads it too). An instant is
 * due at itself; a date at the end of that day in `zone` (the last millisecond before the next day's local
 * midnight; 24:00 UTC without a zone): a front desk reads "due Tuesday" as "by the end of Tuesday", so a
 * task due at 20:00 on Monday comes before it, and one due at 09:00 on Tuesday too. `NaN` for a date that
 * is not one.
 */
export function workTaskDueMs(due: string, zone: IanaZone | undefined): number {
  if (due.length !== 10) return toEpochMs(due);
  const next = toEpochDay(due) + 1;
  if (Number.isNaN(next)) return Number.NaN;
  if (zone === undefined) return next * DAY_MS - 1;
  // The next day's midnight, where a DST change skips it: the first moment of that day there.
  return (
    (placeLocalMinute(next, 0, zone, { gap: 'shift_forward', overlap: 'earlier' }).epochMs as number) - 1
  );
}

// The fields the order reads. A task the queue built passes the cheap check; anything else is parsed here,
// so the error names what is wrong. Sorting 100,000 tasks stays a sort, not 100,000 parses.
const TaskOrderFields = z.looseObject({ id: z.string(), priority: TaskPriority, due: WorkTask.shape.due });

function orderKey(
  task: Pick<WorkTask, 'id' | 'priority' | 'due'>,
  zone: IanaZone | undefined,
  dates?: Map<string, number>,
): { rank: number; due: number } {
  const t = task as Partial<WorkTask> | null;
  const rank =
    typeof t?.priority === 'string' && Object.hasOwn(PRIORITY_RANK, t.priority)
      ? PRIORITY_RANK[t.priority]
      : undefined;
  let due = Number.NaN;
  if (typeof t?.due === 'string') {
    // A sort places each date once, not once per task.
    const known = dates?.get(t.due);
    due = known ?? workTaskDueMs(t.due, zone);
    if (known === undefined && t.due.length === 10) dates?.set(t.due, due);
  }
  if (rank === undefined || Number.isNaN(due) || typeof t?.id !== 'string')
    validate(TaskOrderFields, task, 'work task');
  return { rank: rank as number, due };
}

/**
 * The work queue's total order: priority (crisis first), then due (earliest first; a date is due at the end
 * of that day in `options.zone`, the practice's), then id. Two different tasks never compare equal, so the
 * order does not depend on input order, and it reads no host zone.
 *
 * @throws {@link ValidationError} when a task lacks a valid id, priority or due, or `options` is not
 * {@link CompareWorkTasksOptions} (an unknown zone included).
 * @example
 * ```ts
 * const low = { id: 'file-superbill', priority: 'low', due: '2026-12-07' } as const;
 * const crisis = { id: 'crisis-message', priority: 'crisis', due: '2026-12-08T09:00:00-05:00' } as const;
 * [low, crisis].sort((a, b) => compareWorkTasks(a, b, { zone: 'America/New_York' })).map((t) => t.id);
 * //=> ['crisis-message', 'file-superbill']
 * // In Los Angeles, due 2026-12-08 (by its end) comes after due 2026-12-07T20:00-08:00.
 * const order = compareWorkTasks({ id: 'a', priority: 'normal', due: '2026-12-08' },
 *   { id: 'b', priority: 'normal', due: '2026-12-07T20:00:00-08:00' }, { zone: 'America/Los_Angeles' });
 * order > 0; //=> true (a sorts after b)
 * ```
 */
export function compareWorkTasks(
  a: Pick<WorkTask, 'id' | 'priority' | 'due'>,
  b: Pick<WorkTask, 'id' | 'priority' | 'due'>,
  options?: CompareWorkTasksOptions,
): number {
  const zone = orderZone(options);
  const x = orderKey(a, zone);
  const y = orderKey(b, zone);
  return x.rank - y.rank || x.due - y.due || compareText(a.id, b.id);
}

/**
 * Sorts tasks into {@link compareWorkTasks} order, computing each task's sort key once (fast for
 * hundreds of thousands of tasks). Pass the practice's zone: a date-only task is due at the end of its day
 * there.
 *
 * @throws {@link ValidationError} when `tasks` is not a list of tasks with an id, priority and due, or
 * `options` is not {@link SortWorkTasksOptions}.
 * @example
 * ```ts
 * const low = { id: 'file-superbill', priority: 'low', due: '2026-12-07' } as const;
 * const crisis = { id: 'crisis-message', priority: 'crisis', due: '2026-12-08T09:00:00-05:00' } as const;
 * sortWorkTasks([low, crisis], { zone: 'America/New_York' }).map((t) => t.priority); //=> ['crisis', 'low']
 * ```
 */
export function sortWorkTasks<T extends Pick<WorkTask, 'id' | 'priority' | 'due'>>(
  tasks: readonly T[],
  options?: SortWorkTasksOptions,
): T[] {
  const list = Array.isArray(tasks) ? tasks : validate(z.array(z.unknown()), tasks, 'work tasks');
  const zone = orderZone(options);
  const dates = new Map<string, number>();
  const keyed = list.map((task) => ({ task: task as T, ...orderKey(task as T, zone, dates) }));
  // Ids are strings (orderKey checked them): compared as compareText does, without checking each again.
  keyed.sort(
    (a, b) =>
      a.rank - b.rank || a.due - b.due || (a.task.id < b.task.id ? -1 : a.task.id > b.task.id ? 1 : 0),
  );
  return keyed.map((k) => k.task);
}
