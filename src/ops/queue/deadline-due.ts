import { addBusinessDays, isBusinessDay, type LocalDate, type Reason } from '../../core/index.js';
import type { QueueContext } from './queue-context.js';
import { opsReason } from './task-builder.js';

/** A date-only deadline as the queue lists it: the day to act by, and why it moved when it did. */
export interface DeadlineDue {
  readonly due: LocalDate;
  /** `ops.queue.deadline_closed_day` when the day to act by is not the deadline itself; else empty. */
  readonly reasons: readonly Reason[];
}

/**
 * The day the queue lists a date-only deadline (a calendar date, not an instant) as due. On a day the
 * practice is open it is the deadline. On a day it is closed (its weekend or a holiday, on its own business
 * week) it is the last business day before: the rules behind these deadlines count calendar days (a records
 * request's 30 days, a license's expiry, a payer's filing window), and where one lets a deadline on a closed
 * day run to the next workday the practice still loses nothing by acting on the day before, so the queue
 * never shows a later day than the deadline [sources: cfr-45-164.524]. Today when that business day has
 * already passed (the queue run on a closed day, the deadline still ahead). A deadline already past stays as
 * it was: it is overdue from the day it fell on. Not for a Good Faith Estimate: intake counts its days on
 * the practice's business week, and one due on its session's own day is due when the practice sees the client.
 */
export function deadlineDue(deadline: LocalDate, ctx: Pick<QueueContext, 'asOf' | 'calendar'>): DeadlineDue {
  if (deadline < ctx.asOf || isBusinessDay(deadline, ctx.calendar)) return { due: deadline, reasons: [] };
  const before = addBusinessDays(deadline, -1, ctx.calendar);
  let due = before;
  if (due < ctx.asOf) due = ctx.asOf;
  if (due === deadline) return { due, reasons: [] };
  return {
    due,
    reasons: [
      opsReason(
        'ops.queue.deadline_closed_day',
        'info',
        `The deadline, ${deadline}, falls on a day the practice is closed: act by ${due}, its last business day before it.`,
        { deadline, due },
      ),
    ],
  };
}
