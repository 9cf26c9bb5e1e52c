import { evaluateRecordsRequest, type RecordsRequestDecision } from '../../boundaries/index.js';
import { getLocalDate, type LocalDate, type Reason } from '../../core/index.js';
import { toEpochDay } from '../../core/internal.js';
import type { PracticeData } from '../data/practice-data.js';
import { completedWorkProblems } from '../done/evaluate-completed-work.js';
import { deadlineDue } from './deadline-due.js';
import type { QueueContext } from './queue-context.js';
import { opsReason, task } from './task-builder.js';
import type { TaskPriority, WorkTask } from './work-task.js';

/** Days ahead a deadline makes a request high priority: money or a legal duty at risk this week. */
const THIS_WEEK_DAYS = 7;

function titleOf(d: RecordsRequestDecision, due: LocalDate): string {
  if (d.outcome === 'overdue') return `Overdue: give access to a client’s records (was due ${d.dueOn})`;
  // Only a parent's request for a minor's records is undecided: a fact to record, or a clinician's call.
  if (d.outcome === 'undecided')
    return d.reasons.some((r) => r.code === 'boundaries.records.minor_consent_unknown')
      ? `Records request from a parent: record whether the minor consented to the care alone (due ${due})`
      : `Records request from a parent: a clinician decides whether they may see the records (due ${due})`;
  return d.extended
    ? `Give access to a client’s records (extended once, due ${due})`
    : `Give access to a client’s records, or send the written extension notice (due ${due})`;
}

const isThisWeek = (due: LocalDate, ctx: QueueContext) => toEpochDay(due) - ctx.asOfDay <= THIS_WEEK_DAYS;

function priorityOf(d: RecordsRequestDecision, due: LocalDate, ctx: QueueContext): TaskPriority {
  // Overdue, undecided (someone must decide before the deadline) or due this week: a legal duty at risk.
  if (d.outcome !== 'pending') return 'high';
  return isThisWeek(due, ctx) ? 'high' : 'normal';
}

/**
 * The day the log says the extension notice went out: the practice-zone date of the first entry that closes
 * the request's notice task (the written notice is its own step, logged like any task; only `done` fits it),
 * if on or before the queue's day.
 */
function noticeLoggedOn(notice: WorkTask, data: PracticeData, ctx: QueueContext): LocalDate | undefined {
  let first: LocalDate | undefined;
  for (const w of data.completedWork) {
    if (w.taskId !== notice.id || completedWorkProblems(notice, w, data).length > 0) continue;
    const on = getLocalDate(w.at, data.practice.zone);
    if (on <= ctx.asOf && (first === undefined || on < first)) first = on;
  }
  return first;
}

/** The notice step of a request not extended on file: due by day 30 (on the practice's last open day). */
function noticeTask(
  id: string,
  related: WorkTask['related'],
  d: RecordsRequestDecision,
  request: { readonly receivedOn: LocalDate },
  ctx: QueueContext,
): WorkTask {
  const due = deadlineDue(d.initialDueOn, ctx);
  // The deadline a notice sent today would set, as the boundaries rule reads it.
  const extended = evaluateRecordsRequest(
    { ...request, extensionNoticeSentOn: ctx.asOf },
    { asOf: ctx.asOf },
  );
  return task({
    module: 'boundaries',
    kind: 'boundaries.records_extension_notice',
    title: `Records request: access not given yet; send the written extension notice by ${due.due}, or give access`,
    due: due.due,
    priority: 'high',
    practiceTask: 'reply_with_approved_template',
    ownerRole: ctx.ownerOf('reply_with_approved_template'),
    related,
    idParts: [id],
    reasons: [
      opsReason(
        'ops.queue.records_extension_notice',
        'warning',
        `The first 30 days end on ${d.initialDueOn}: if access cannot be given by then, send the client the written notice of the one 30-day extension (the reasons for the delay and the date access will be given) by ${due.due}. Log it done once sent: access is then due by ${deadlineDue(extended.dueOn, ctx).due}.`,
        { receivedOn: request.receivedOn, initialDueOn: d.initialDueOn, noticeDueOn: due.due },
      ),
      ...due.reasons,
    ],
  });
}

/**
 * Records-request tasks: every request in the data file received by the queue's day and not yet fulfilled,
 * as the boundaries module's `evaluateRecordsRequest` decides it (pending, overdue or undecided), due on the
 * deadline in force (the business day before when the practice is closed on it, see `deadlineDue`). A
 * fulfilled request is no longer work. In the last week of the first 30 days, a request neither answered
 * nor extended has a second task, `boundaries.records_extension_notice`: the written notice of the one
 * 30-day extension, due by day 30 (164.524(b)(2)(ii)); logging it `done` counts as the notice sent that day
 * (in the practice's zone), so the access task moves to day 60 (a notice recorded in the data file's
 * `extensionNoticeSentOn` counts too). The reply is the front desk's (`reply_with_approved_template`, a
 * practice's scope may hand it to another role); a parent's request a clinician must decide says so in the
 * module's reasons (`route_to_clinician`). Not held for a client's crisis: the deadline runs.
 */
export function recordsRequestTasks(data: PracticeData, ctx: QueueContext): WorkTask[] {
  const out: WorkTask[] = [];
  for (const { id, clientId, ...filed } of data.recordsRequests) {
    if (filed.receivedOn > ctx.asOf) continue;
    const onFile = evaluateRecordsRequest(filed, { asOf: ctx.asOf });
    if (onFile.outcome === 'fulfilled_on_time' || onFile.outcome === 'fulfilled_late') continue;
    const related = [
      { kind: 'records_request' as const, id },
      { kind: 'client' as const, id: clientId },
    ];
    const step = onFile.extended ? null : noticeTask(id, related, onFile, filed, ctx);
    const logged = step === null ? undefined : noticeLoggedOn(step, data, ctx);
    const request = logged === undefined ? filed : { ...filed, extensionNoticeSentOn: logged };
    const d = logged === undefined ? onFile : evaluateRecordsRequest(request, { asOf: ctx.asOf });
    const access = deadlineDue(d.dueOn, ctx);
    const noticeBy = d.extended || ctx.asOf > d.initialDueOn ? null : deadlineDue(d.initialDueOn, ctx).due;
    const reasons: Reason[] = [
      opsReason(
        'ops.queue.records_request_due',
        d.outcome === 'pending' ? 'warning' : 'error',
        d.extended
          ? 'A client asked for their records: give access by the extended deadline; no further extension is allowed.'
          : noticeBy === null
            ? 'A client asked for their records and the first 30 days have run: give access now.'
            : 'A client asked for their records: give access within 30 days of receipt, or send the written notice of the one 30-day extension (why, and by when) within them.',
        {
          receivedOn: request.receivedOn,
          dueOn: d.dueOn,
          workDueOn: access.due,
          extended: d.extended,
          extensionNoticeBy: noticeBy,
        },
      ),
      ...access.reasons,
    ];
    out.push(
      task({
        module: 'boundaries',
        kind: 'boundaries.records_request',
        title: titleOf(d, access.due),
        due: access.due,
        priority: priorityOf(d, access.due, ctx),
        practiceTask: 'reply_with_approved_template',
        ownerRole: ctx.ownerOf('reply_with_approved_template'),
        related,
        idParts: [id],
        reasons: [...reasons, ...d.reasons],
      }),
    );
    // The notice is its own step once day 30 is this week (and listed as done once logged, until day 30).
    if (
      step !== null &&
      ctx.asOf <= onFile.initialDueOn &&
      (logged !== undefined || isThisWeek(step.due, ctx))
    )
      out.push(step);
  }
  return out;
}
