import { evaluateRecordsRequest, type RecordsRequestDecision } from '../../boundaries/index.js';
import { addBusinessDays, isBusinessDay, type LocalDate, type Reason } from '../../core/index.js';
import { toEpochDay } from '../../core/internal.js';
import type { PracticeData } from '../data/practice-data.js';
import type { QueueContext } from './queue-context.js';
import { opsReason, task } from './task-builder.js';
import type { TaskPriority, WorkTask } from './work-task.js';

/** Days ahead a deadline makes a request high priority: money or a legal duty at risk this week. */
const THIS_WEEK_DAYS = 7;

/**
 * The day the queue lists a request as due: its deadline, or when the practice is closed that day (its
 * weekend or a holiday, on its own business week) the business day before. The law counts calendar days and
 * moves no deadline to a later day, so the practice acts by its last open day [sources: cfr-45-164.524].
 */
function workDueOn(dueOn: LocalDate, ctx: QueueContext): LocalDate {
  return isBusinessDay(dueOn, ctx.calendar) ? dueOn : addBusinessDays(dueOn, -1, ctx.calendar);
}

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

function priorityOf(d: RecordsRequestDecision, due: LocalDate, ctx: QueueContext): TaskPriority {
  // Overdue, undecided (someone must decide before the deadline) or due this week: a legal duty at risk.
  if (d.outcome !== 'pending') return 'high';
  return toEpochDay(due) - ctx.asOfDay <= THIS_WEEK_DAYS ? 'high' : 'normal';
}

/**
 * Records-request tasks: every request in the data file received by the queue's day and not yet fulfilled,
 * as the boundaries module's `evaluateRecordsRequest` decides it (pending, overdue or undecided), due on the
 * deadline in force on the practice's calendar (the business day before when the practice is closed on it).
 * A fulfilled request is no longer work. The reply is the front desk's (`reply_with_approved_template`, a
 * practice's scope may hand it to another role); a parent's request a clinician must decide says so in the
 * module's reasons (`route_to_clinician`). Not held for a client's crisis: the deadline runs.
 */
export function recordsRequestTasks(data: PracticeData, ctx: QueueContext): WorkTask[] {
  const out: WorkTask[] = [];
  for (const { id, clientId, ...request } of data.recordsRequests) {
    if (request.receivedOn > ctx.asOf) continue;
    const d = evaluateRecordsRequest(request, { asOf: ctx.asOf });
    if (d.outcome === 'fulfilled_on_time' || d.outcome === 'fulfilled_late') continue;
    const due = workDueOn(d.dueOn, ctx);
    const extensionNoticeBy = d.extended || ctx.asOf > d.initialDueOn ? null : workDueOn(d.initialDueOn, ctx);
    const reasons: Reason[] = [
      opsReason(
        'ops.queue.records_request_due',
        d.outcome === 'pending' ? 'warning' : 'error',
        d.extended
          ? 'A client asked for their records: give access by the extended deadline; no further extension is allowed.'
          : extensionNoticeBy === null
            ? 'A client asked for their records and the first 30 days have run: give access now.'
            : 'A client asked for their records: give access within 30 days of receipt, or send the written notice of the one 30-day extension (why, and by when) within them.',
        {
          receivedOn: request.receivedOn,
          dueOn: d.dueOn,
          workDueOn: due,
          extended: d.extended,
          extensionNoticeBy,
        },
      ),
    ];
    if (due !== d.dueOn)
      reasons.push(
        opsReason(
          'ops.queue.records_request_closed_day',
          'info',
          `The deadline, ${d.dueOn}, falls on a day the practice is closed: act by ${due}, its last business day before it.`,
          { dueOn: d.dueOn, workDueOn: due },
        ),
      );
    out.push(
      task({
        module: 'boundaries',
        kind: 'boundaries.records_request',
        title: titleOf(d, due),
        due,
        priority: priorityOf(d, due, ctx),
        practiceTask: 'reply_with_approved_template',
        ownerRole: ctx.ownerOf('reply_with_approved_template'),
        related: [
          { kind: 'records_request', id },
          { kind: 'client', id: clientId },
        ],
        idParts: [id],
        reasons: [...reasons, ...d.reasons],
      }),
    );
  }
  return out;
}
