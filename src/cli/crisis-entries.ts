import { sortWorkTasks, type WorkTask } from '../ops/index.js';
import type { PracticeReport } from '../ops/internal.js';

/** One crisis as the banner lists it: once, whatever the number of tasks the role holds about it. */
export interface CrisisEntry {
  /** What the row shows: the crisis whole for a clinical role; a non-clinical role's own alert (whom to call). */
  readonly task: WorkTask;
  /** A clinical role's own alert about the crisis, when it is routed to another role: folded into the row. */
  readonly alert: WorkTask | null;
}

const ALERT_KIND = 'boundaries.crisis_alert';

/** The message a crisis task or alert is about; a withheld task names none. */
function messageOf(task: WorkTask): string | null {
  return task.related.find((r) => r.kind === 'message')?.id ?? null;
}

/**
 * The crises of a report, each once, in queue order. A role the crisis is not routed to holds an alert about
 * it (whom to call) and, when clinical, sees the crisis itself among other roles' work: both are about one
 * message, so they are one entry. A non-clinical role is shown its alerts only; `count` is never less than the
 * crises withheld from it, so the banner never says fewer than there are.
 */
export function crisisEntries(digest: PracticeReport): {
  readonly entries: readonly CrisisEntry[];
  readonly count: number;
} {
  const own = digest.queue.tasks.filter((t) => t.priority === 'crisis');
  const elsewhere = digest.queue.forOtherRoles.flatMap((g) => g.crises);
  const alerts = own.filter((t) => t.kind === ALERT_KIND);
  if (!digest.names.clinical) {
    const entries = alerts.map((task) => ({ task, alert: null }));
    return { entries, count: Math.max(entries.length, elsewhere.length) };
  }
  const alertOf = new Map(alerts.map((a) => [messageOf(a), a]));
  const crises = sortWorkTasks([...own.filter((t) => t.kind !== ALERT_KIND), ...elsewhere], {
    zone: digest.zone,
  });
  const entries: CrisisEntry[] = crises.map((task) => {
    const message = messageOf(task);
    const alert = (message === null ? undefined : alertOf.get(message)) ?? null;
    alertOf.delete(message);
    return { task, alert };
  });
  // An alert whose crisis the role cannot see (never, for a clinical role) is still listed.
  for (const task of alertOf.values()) entries.push({ task, alert: null });
  return { entries, count: entries.length };
}

/** A row's reason codes and task ids (the folded alert's too: it is the role's own task, listed nowhere else). */
export function entryCodes({ task, alert }: CrisisEntry): { codes: string[]; ids: string[] } {
  const both = alert === null ? [task] : [task, alert];
  return {
    codes: [...new Set(both.flatMap((t) => t.reasons.map((r) => r.code)))],
    ids: both.map((t) => t.id),
  };
}

/**
 * What a clinical role that does not hold the crisis is told of who does: the role it is routed to and the
 * practice's on-call line from its alert's facts, else its crisis procedure.
 */
export function routedWords({ task, alert }: CrisisEntry): string {
  if (alert === null) return '';
  const facts = alert.reasons[0]?.facts ?? {};
  const name = facts['onCallName'];
  const phone = facts['onCallPhone'];
  const whom =
    typeof name === 'string' && typeof phone === 'string'
      ? `call ${name} at ${phone}`
      : 'reach them by the practice’s crisis procedure';
  return `Routed to the ${task.ownerRole.replaceAll('_', ' ')} on call: ${whom}.`;
}
