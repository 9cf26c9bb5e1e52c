import * as z from 'zod';
import { isClinicalRole, type PracticeRole } from '../../boundaries/index.js';
import { type Decision, type Reason, reason, type ValidationError } from '../../core/index.js';
import { validateArguments } from '../../core/internal.js';
import type { PracticeDataInput } from '../data/practice-data.js';
import { practiceDataArgument } from '../data/validate-practice-data.js';
import type { OpsReasonCode } from '../ops-reason-codes.js';
import { type TaskHoldReason, WorkTask, type WorkTaskKind } from '../queue/work-task.js';
import { CompletedOutcome, CompletedWork } from './completed-work.js';

/**
 * Whether a log entry closes its task: `closes`, or `refused` with the reasons (the task stays open).
 *
 * @example
 * ```ts
 * const d: CompletedWorkDecision = { outcome: 'refused', reasons: [reason('ops.done.needs_clinician', 'error', '…')] };
 * ```
 */
export type CompletedWorkDecision = Decision<'closes', 'refused', OpsReasonCode>;

/** The people a log entry may name: the data file's staff (with their roles) and clinicians. */
export interface CompletedWorkPeople {
  readonly staff: readonly { readonly id: string; readonly role: PracticeRole }[];
  readonly clinicians: readonly { readonly id: string }[];
}

// The outcomes that say what was done for each kind of task; `done` and `call_made` fit any task but a
// fee's, which must say whether the fee was applied or waived (and `call_made` no written notice).
const FEE_OUTCOMES: readonly CompletedOutcome[] = ['fee_applied', 'fee_waived'];
const OUTCOME_KINDS: Record<
  Exclude<CompletedOutcome, 'done' | 'call_made' | 'fee_applied' | 'fee_waived'>,
  (kind: WorkTaskKind) => boolean
> = {
  reminder_sent: (k) => k === 'scheduling.reminder_due' || k === 'intake.paperwork_follow_up',
  offer_made: (k) => k === 'scheduling.waitlist_offer',
  claim_submitted: (k) =>
    k === 'billing.claim_submit' ||
    k === 'billing.claim_fix_before_submit' ||
    k === 'billing.claim_fix_and_resubmit' ||
    k === 'billing.claim_correct_and_resubmit' ||
    k === 'billing.claim_appeal',
  message_answered: (k) => k.startsWith('boundaries.message_'),
};

function outcomeFits(outcome: CompletedOutcome, kind: WorkTaskKind): boolean {
  if (kind === 'scheduling.missed_session_fee') return FEE_OUTCOMES.includes(outcome);
  switch (outcome) {
    case 'done':
      return true;
    case 'call_made':
      // A written notice is sent, not phoned: only `done` closes it.
      return kind !== 'boundaries.records_extension_notice';
    case 'fee_applied':
    case 'fee_waived':
      return false;
    case 'reminder_sent':
    case 'offer_made':
    case 'claim_submitted':
    case 'message_answered':
      return OUTCOME_KINDS[outcome](kind);
    default: {
      const exhausted: never = outcome;
      return exhausted;
    }
  }
}

/** Whether `by` names a clinician of the file, or a member of staff in a clinical role (internal). */
export function isClinicalPerson(by: string, people: CompletedWorkPeople): boolean {
  if (people.clinicians.some((c) => c.id === by)) return true;
  const member = people.staff.find((s) => s.id === by);
  return member !== undefined && isClinicalRole(member.role);
}

/**
 * Whether a log entry closes a clinician's task of a kind as a clinician: `by` is clinical and the outcome
 * fits the kind (internal: the queue reads it to know whether a crisis is still open).
 */
export function closedByClinician(
  kind: WorkTaskKind,
  entry: Pick<CompletedWork, 'by' | 'outcome'>,
  people: CompletedWorkPeople,
): boolean {
  return isClinicalPerson(entry.by, people) && outcomeFits(entry.outcome, kind);
}

/** What the fee rule decided for a fee task, read from the queue's summary reason. */
function feeOutcome(task: WorkTask): 'charge' | 'no_charge' | 'undecided' | null {
  for (const r of task.reasons) {
    if (r.code === 'ops.queue.missed_session_fee') return 'charge';
    if (r.code === 'ops.queue.missed_session_fee_exempt') return 'no_charge';
    if (r.code === 'ops.queue.missed_session_fee_undecided') return 'undecided';
  }
  return null;
}

/**
 * Whether a held task may be logged as done while its hold stands. Work held for the clinician
 * (`client_in_crisis`: a fee of a client in crisis) is the clinician's decision, theirs to log. Every other
 * hold stops the work itself: routine contact with a client whose crisis is open (the crisis stops the
 * administrative flow [sources: samhsa-988]), contact with a client who asked for none, and a reminder
 * with no channel the client agreed to (record the channel; the reminder comes back on the next run).
 */
function holdAllowsClosing(reason: TaskHoldReason): boolean {
  switch (reason) {
    case 'client_in_crisis':
      return true;
    case 'crisis_open':
    case 'do_not_contact':
    case 'channel_consent_missing':
      return false;
    default: {
      const exhausted: never = reason;
      return exhausted;
    }
  }
}

/**
 * The reasons a log entry may not close its task (empty when it may), for a task and entry already
 * validated.
 */
export function completedWorkProblems(
  task: WorkTask,
  entry: Pick<CompletedWork, 'by' | 'outcome'>,
  people: CompletedWorkPeople,
): Reason<OpsReasonCode>[] {
  const out: Reason<OpsReasonCode>[] = [];
  if (task.kind === 'boundaries.crisis_alert')
    out.push(
      reason(
        'ops.done.crisis_alert_open',
        'error',
        'A crisis alert stays on top of the queue until a clinician closes the crisis itself (its crisis message task): it cannot be logged as done.',
        {},
      ),
    );
  if (task.hold !== undefined && !holdAllowsClosing(task.hold.reason))
    out.push(
      reason(
        'ops.done.task_on_hold',
        'error',
        'This task is on hold: the work may not be done while the hold stands, so it may not be logged as done. It comes back as it was when the hold lifts.',
        { holdReason: task.hold.reason },
      ),
    );
  if (isClinicalRole(task.ownerRole) && !isClinicalPerson(entry.by, people))
    out.push(
      reason(
        'ops.done.needs_clinician',
        'error',
        'Only a clinician may log a clinician’s task as done (a crisis or clinical message, or work held for the clinician): `by` must be a clinician of the data file or a member of staff in a clinical role.',
        { ownerRole: task.ownerRole },
      ),
    );
  if (!outcomeFits(entry.outcome, task.kind))
    out.push(
      reason(
        'ops.done.outcome_not_for_task',
        'error',
        task.kind === 'scheduling.missed_session_fee'
          ? 'A missed-session fee is logged as applied or waived (fee_applied, fee_waived), never as just done.'
          : 'The outcome does not fit this kind of task.',
        { kind: task.kind, outcome: entry.outcome },
      ),
    );
  if (entry.outcome === 'fee_applied' && task.kind === 'scheduling.missed_session_fee') {
    const fee = feeOutcome(task);
    if (fee === 'no_charge' || fee === null)
      out.push(
        reason(
          'ops.done.fee_not_chargeable',
          'error',
          'The fee rule charges nothing for this miss (an exemption such as Medicaid, a free miss, or no fee set): it may only be waived.',
          { feeOutcome: fee },
        ),
      );
    else if (fee === 'undecided')
      out.push(
        reason(
          'ops.done.fee_undecided',
          'error',
          'The fee could not be decided (a fact is missing): record the fact first; until then the fee may only be waived.',
          { feeOutcome: fee },
        ),
      );
  }
  return out;
}

const EntryFields = z.strictObject({ by: CompletedWork.shape.by, outcome: CompletedOutcome });

/**
 * Whether a log entry may close a task of the day's queue: never a crisis alert (it lasts as long as the
 * crisis: a clinician closes the crisis message's task) and never a task on hold (routine contact held while
 * the client's crisis is open, contact with a client who asked for none, a reminder with no agreed channel),
 * except work held for the clinician; a clinician's task (a crisis or clinical
 * message, work held for the clinician) only when a clinician logs it; a missed-session fee only as applied
 * or waived, and applied only when the fee rule charges it (a Medicaid client's fee, a free miss or a fee
 * that could not be decided may only be waived); any other outcome only on the kind of task it describes.
 * `buildWorkQueue` keeps a task open whatever log entries that are refused say, and `practice-ops done`
 * writes none.
 *
 * @remarks A crisis message goes to the on-call clinician and nothing may route it to non-clinical staff
 * [sources: samhsa-988]; non-clinical staff may not triage clinical calls [sources: tx-22-tac-465].
 * Medicaid payment is payment in full, so a Medicaid client is never charged for a missed session
 * [sources: cfr-42-447.15, usc-42-1396a].
 * @param task - A task of the day's queue (`buildWorkQueue`).
 * @param entry - Who did it (`by`: a staff or clinician id, or a name) and the outcome.
 * @param data - The practice data file: its staff and clinicians say who is clinical.
 * @returns `closes`, or `refused` with a reason per problem (`ops.done.crisis_alert_open`,
 * `ops.done.task_on_hold`, `ops.done.needs_clinician`, `ops.done.outcome_not_for_task`, `ops.done.fee_not_chargeable`, `ops.done.fee_undecided`).
 * @throws {@link ValidationError} listing every problem of the task, the entry and the data file by path.
 * @example
 * ```ts
 * const data = generateDemoPractice();
 * const crisis = buildWorkQueue(data, { asOf: DEMO_AS_OF, role: 'clinician' }).tasks[0];
 * evaluateCompletedWork(crisis, { by: 'staff-assistant', outcome: 'message_answered' }, data).outcome;
 * //=> 'refused' (ops.done.needs_clinician)
 * evaluateCompletedWork(crisis, { by: 'clin-001', outcome: 'message_answered' }, data).outcome;
 * //=> 'closes'
 * ```
 */
export function evaluateCompletedWork(
  task: WorkTask,
  entry: Pick<CompletedWork, 'by' | 'outcome'>,
  data: PracticeDataInput,
): CompletedWorkDecision {
  const [t, e, d] = validateArguments([
    ['task', WorkTask, task, 'work task'],
    ['entry', EntryFields, entry, 'completed work'],
    ['data', practiceDataArgument, data, 'practice data file'],
  ]);
  const problems = completedWorkProblems(t, e, d);
  const [first, ...rest] = problems;
  return first === undefined
    ? { outcome: 'closes', reasons: [] }
    : { outcome: 'refused', reasons: [first, ...rest] };
}
