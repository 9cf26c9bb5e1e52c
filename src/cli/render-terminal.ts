import type { TaskPriority, WorkTask } from '../ops/index.js';
import type { PracticeReport } from '../ops/internal.js';
import { type CrisisEntry, crisisEntries, entryCodes, routedWords } from './crisis-entries.js';
import { durationText } from './report-due-text.js';
import { roleWords, waits } from './report-queue.js';
import { batchTitle, viewTask } from './report-task-view.js';
import type { TerminalStyle } from './terminal-style.js';
import { unbroken } from './wrap-text.js';

/** Rows printed per batch; the rest are counted (all are in --json and --html). */
const TERMINAL_ROWS = 10;

const HEADINGS: Record<Exclude<TaskPriority, 'crisis'>, string> = {
  clinical: 'Clinical: for a clinician today',
  high: 'High: money or safety at risk this week',
  normal: 'Normal',
  low: 'Low: when there is time',
};

function headingStyle(
  priority: Exclude<TaskPriority, 'crisis'>,
  style: TerminalStyle,
): (text: string) => string {
  switch (priority) {
    case 'clinical':
      return (t) => style.bold(style.magenta(t));
    case 'high':
      return (t) => style.bold(style.yellow(t));
    case 'normal':
      return style.bold;
    case 'low':
      return style.dim;
    default: {
      const exhausted: never = priority;
      return exhausted;
    }
  }
}

const plural = (n: number, one: string): string => `${n.toLocaleString('en-US')} ${one}${n === 1 ? '' : 's'}`;

function taskLines(
  task: WorkTask,
  digest: PracticeReport,
  style: TerminalStyle,
  crisis: CrisisEntry | null = null,
): string[] {
  const v = viewTask(task, digest);
  // A date, its time and how late it is never break across lines (`Wed 18 Nov` / `overdue 2 days`).
  const overdue =
    v.due.overdueDays > 0 ? ` ${style.red(unbroken(`overdue ${plural(v.due.overdueDays, 'day')}`))}` : '';
  const clinician = v.clinician === null ? '' : style.dim(` (${v.clinician})`);
  const routed = crisis === null ? '' : routedWords(crisis);
  // A crisis row names the role's own alert it folds in, beside the crisis.
  const { codes, ids } = crisis === null ? { codes: v.codes, ids: [task.id] } : entryCodes(crisis);
  return [
    `    ${style.bold(v.who)}${clinician}  ${style.cyan(unbroken(v.due.text))}${overdue}  ${v.what}`,
    `      ${v.why}${routed === '' ? '' : ` ${routed}`}`,
    // Codes and the id on a line of their own: the id is what `practice-ops done` takes.
    `      ${style.dim(`[${codes.join(', ')}] ${ids.join(' ')}`)}`,
  ];
}

function crisisLines(digest: PracticeReport, style: TerminalStyle): string[] {
  // Each crisis once: a clinical role's alert about a crisis routed to another role is folded into its row.
  const { entries, count } = crisisEntries(digest);
  if (count === 0) return [];
  const out = [style.bold(style.red('CRISIS: a client message needs the on-call clinician now'))];
  if (digest.names.clinical) {
    out.push(
      '  Call the client, send the crisis resources (988, 911), follow the practice’s crisis procedure.',
    );
    for (const entry of entries) out.push(...taskLines(entry.task, digest, style, entry));
  } else {
    if (entries.length === 0)
      out.push('  Tell the on-call clinician at once, by the practice’s crisis procedure.');
    for (const { task } of entries) out.push(`  ${task.title}`);
    out.push('  Do not answer the message or read it out: the clinician handles it.');
    out.push('  If someone is in immediate danger, call 911.');
  }
  out.push('');
  return out;
}

/** The digest as terminal text: the crisis first, then the role's work batched and grouped by urgency. */
export function renderTerminal(digest: PracticeReport, style: TerminalStyle): string {
  const { queue, batches } = digest;
  const byId = new Map(queue.tasks.map((t) => [t.id, t]));
  const minutes = batches.reduce((s, b) => s + (b.estimatedMinutes ?? 0), 0);
  const held = batches.filter(waits).reduce((s, b) => s + b.count, 0);
  const out: string[] = [
    style.bold(`${digest.practiceName}: work queue for the ${roleWords(queue.role)}, ${queue.asOf}`),
    // An empty day says so, as the HTML report does.
    queue.tasks.length === 0
      ? `Nothing to do today. Times in ${digest.zone}.`
      : `${plural(queue.tasks.length, 'task')} for you in ${plural(batches.length, 'item')}${
          minutes > 0 ? `, about ${unbroken(durationText(minutes))} of work` : ''
        }${held > 0 ? ` (${plural(held, 'task')} on hold, not counted)` : ''}; times in ${digest.zone}`,
    '',
    ...crisisLines(digest, style),
  ];
  for (const priority of ['clinical', 'high', 'normal', 'low'] as const) {
    const group = batches.filter((b) => b.priority === priority);
    if (group.length === 0) continue;
    const count = group.reduce((s, b) => s + b.count, 0);
    out.push(headingStyle(priority, style)(`${HEADINGS[priority]} (${plural(count, 'task')})`));
    for (const batch of group) {
      const estimate = waits(batch)
        ? ', on hold: not counted'
        : batch.estimatedMinutes === null
          ? ''
          : `, about ${unbroken(durationText(batch.estimatedMinutes))}`;
      const first = byId.get(batch.taskIds[0] as string) as WorkTask;
      out.push(
        `  ${style.bold(batchTitle(batch, first, digest))}${style.dim(` (${plural(batch.count, 'task')}${estimate})`)}`,
      );
      for (const id of batch.taskIds.slice(0, TERMINAL_ROWS))
        out.push(...taskLines(byId.get(id) as WorkTask, digest, style));
      if (batch.count > TERMINAL_ROWS)
        out.push(style.dim(`    … and ${batch.count - TERMINAL_ROWS} more (see --json or --html)`));
    }
    out.push('');
  }
  if (queue.done.length > 0) {
    out.push(style.bold(`Done (from the log of completed work): ${queue.done.length}`));
    for (const d of queue.done) {
      const late = d.late
        ? style.red(` late${d.daysLate > 0 ? ` by ${plural(d.daysLate, 'day')}` : ''}`)
        : '';
      out.push(`  ${d.title}: ${d.outcome.replaceAll('_', ' ')} by ${d.by}${late}`);
    }
    out.push('');
  }
  if (queue.forOtherRoles.length > 0) {
    out.push(style.bold('For other roles (not yours to do; listed so you know who owns them)'));
    for (const group of queue.forOtherRoles) {
      out.push(`  ${roleWords(group.role)}: ${plural(group.taskCount, 'task')}`);
      const items = group.batches;
      for (const b of items.slice(0, 5)) out.push(`    ${b.title}`);
      if (items.length > 5) out.push(style.dim(`    … and ${items.length - 5} more items`));
    }
    out.push('');
  }
  if (queue.skipped.length > 0) {
    out.push(style.yellow(`${queue.skipped.length} record(s) could not be evaluated:`));
    for (const s of queue.skipped.slice(0, 20)) out.push(`  ${s.at}: ${s.message} [${s.code}]`);
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
