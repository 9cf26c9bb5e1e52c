import type { TaskBatch, TaskPriority, WorkQueueRole, WorkTask } from '../ops/index.js';
import type { PracticeReport } from '../ops/internal.js';
import { escapeHtml as esc } from './html-escape.js';
import { dueText, durationText } from './report-due-text.js';
import { batchTitle, viewTask } from './report-task-view.js';

/** Rows shown per batch before the rest is folded into a details element. */
export const ROWS_SHOWN = 50;
/** Rows a batch lists at most; the rest are counted (all are in --json), so a page stays a page. */
export const ROWS_LISTED = 1000;

const PRIORITY_HEADINGS: Record<Exclude<TaskPriority, 'crisis'>, string> = {
  clinical: 'Clinical: for a clinician today',
  high: 'High: money or safety at risk this week',
  normal: 'Normal',
  low: 'Low: when there is time',
};

/** `assistant` → `assistant`, `practice_owner` → `practice owner`. */
export const roleWords = (role: WorkQueueRole): string => role.replaceAll('_', ' ');

const plural = (n: number, one: string, many = `${one}s`): string =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

function taskRow(task: WorkTask, digest: PracticeReport, withClinician: boolean): string {
  const v = viewTask(task, digest);
  const overdue =
    v.due.overdueDays > 0 ? ` <span class="late">overdue ${plural(v.due.overdueDays, 'day')}</span>` : '';
  const badge =
    task.priority === 'high' || task.priority === 'crisis' || task.priority === 'clinical'
      ? `<span class="badge p-${task.priority}">${esc(task.priority)}</span>`
      : '';
  // Codes stay at hand for whoever needs them, folded away and out of the row's text.
  const codes = `<details class="codes"><summary>Codes</summary><code>${[...v.codes, task.id].map(esc).join(' ')}</code></details>`;
  return `<tr class="task" data-task-id="${esc(task.id)}"><td class="who" data-label="Client or record">${esc(v.who)}</td>${
    withClinician ? `<td data-label="Clinician">${v.clinician === null ? '—' : esc(v.clinician)}</td>` : ''
  }<td data-label="Task">${badge}${esc(v.what)}</td><td data-label="Due"><time datetime="${esc(v.due.iso)}">${esc(v.due.text)}</time>${overdue}</td><td data-label="Why">${esc(v.why)}${codes}</td></tr>`;
}

/** Whether a batch is on hold and its work waits (counted at 0 minutes: not today's workload). */
export function waits(batch: TaskBatch): boolean {
  return batch.hold !== undefined && batch.estimatedMinutes === 0;
}

function taskTable(
  tasks: readonly WorkTask[],
  digest: PracticeReport,
  caption: string,
  withClinician: boolean,
): string {
  const clinician = withClinician ? '<th scope="col">Clinician</th>' : '';
  return `<table class="tasks cards"><caption class="visually-hidden">${esc(caption)}</caption><thead><tr><th scope="col">Client or record</th>${clinician}<th scope="col">Task</th><th scope="col">Due</th><th scope="col">Why</th></tr></thead><tbody>${tasks
    .map((t) => taskRow(t, digest, withClinician))
    .join('')}</tbody></table>`;
}

function batchHtml(
  batch: TaskBatch,
  byId: ReadonlyMap<string, WorkTask>,
  digest: PracticeReport,
  n: number,
): string {
  const tasks = batch.taskIds.slice(0, ROWS_LISTED).map((id) => byId.get(id) as WorkTask);
  const title = batchTitle(batch, tasks[0] as WorkTask, digest);
  const meta = [
    `${plural(batch.count, 'task')}`,
    `${batch.count > 1 ? 'earliest due' : 'due'} ${esc(dueText(batch.due, digest.zone, digest.queue.asOf).text)}`,
    waits(batch)
      ? 'on hold: not counted in the day’s time'
      : batch.estimatedMinutes === null
        ? 'no time estimate'
        : `about ${durationText(batch.estimatedMinutes)}${batch.count > 1 ? ` (${batch.minutesEach} min each)` : ''}`,
  ]
    .filter((s) => s !== '')
    .join(' · ');
  // A clinician column only where some task of the batch is for a clinician.
  const withClinician = tasks.some((t) => digest.names.taskClinicians[t.id] !== undefined);
  const shown = tasks.slice(0, ROWS_SHOWN);
  const rest = tasks.slice(ROWS_SHOWN, ROWS_LISTED);
  const unlisted = batch.count - shown.length - rest.length;
  const more =
    rest.length === 0
      ? ''
      : `<details class="more"><summary>Show ${plural(rest.length, 'more task')}</summary>${taskTable(rest, digest, `${title}, tasks ${ROWS_SHOWN + 1} to ${ROWS_SHOWN + rest.length}`, withClinician)}</details>`;
  const beyond =
    unlisted > 0
      ? `<p class="meta">And ${plural(unlisted, 'more task')} of this item, not listed here: the full list is in the JSON output (<code>--json</code>).</p>`
      : '';
  // Urgent items show their list; the rest fold it away until asked, so the page stays short.
  const open = batch.priority === 'high' || batch.priority === 'clinical' ? ' open' : '';
  const label = batch.count === 1 ? 'The task' : `The ${batch.count} tasks`;
  return `<article class="batch" aria-labelledby="batch-${n}"><h4 id="batch-${n}">${esc(title)}</h4><p class="meta">${meta}</p><details class="list"${open}><summary>${label}</summary>${taskTable(shown, digest, title, withClinician)}${more}${beyond}</details></article>`;
}

/** The role's own work, batched, grouped by urgency (crisis is in the banner above). */
export function queueSection(digest: PracticeReport): string {
  const { queue, batches } = digest;
  const byId = new Map(queue.tasks.map((t) => [t.id, t]));
  const minutes = batches.reduce((s, b) => s + (b.estimatedMinutes ?? 0), 0);
  const highMinutes = batches
    .filter((b) => b.priority !== 'normal' && b.priority !== 'low')
    .reduce((s, b) => s + (b.estimatedMinutes ?? 0), 0);
  const unestimated = batches.filter((b) => b.estimatedMinutes === null).reduce((s, b) => s + b.count, 0);
  const held = batches.filter(waits).reduce((s, b) => s + b.count, 0);
  const summary =
    queue.tasks.length === 0
      ? 'Nothing to do today.'
      : `${plural(queue.tasks.length, 'task')} in ${plural(batches.length, 'item')}${
          minutes > 0 ? `; about ${durationText(minutes)} of work in all` : ''
        }${highMinutes > 0 && highMinutes < minutes ? `, ${durationText(highMinutes)} of it high priority` : ''}${unestimated > 0 ? ` (${plural(unestimated, 'task')} without a time estimate)` : ''}${held > 0 ? `; ${plural(held, 'task')} on hold, not counted` : ''}.`;
  let n = 0;
  const groups = (['clinical', 'high', 'normal', 'low'] as const)
    .map((priority) => {
      const inGroup = batches.filter((b) => b.priority === priority);
      if (inGroup.length === 0) return '';
      const count = inGroup.reduce((s, b) => s + b.count, 0);
      return `<section aria-labelledby="group-${priority}"><h3 id="group-${priority}" class="p-${priority}">${esc(PRIORITY_HEADINGS[priority])} (${plural(count, 'task')})</h3>${inGroup
        .map((b) => {
          n += 1;
          return batchHtml(b, byId, digest, n);
        })
        .join('')}</section>`;
    })
    .join('');
  return `<section aria-labelledby="work-title" id="work"><h2 id="work-title">Today’s work for the ${esc(roleWords(queue.role))}</h2><p>${esc(summary)}</p>${groups}</section>`;
}

/** The role's tasks the log says are done, late ones marked. */
export function doneSection(digest: PracticeReport): string {
  const { done } = digest.queue;
  if (done.length === 0) return '';
  const rows = done
    .map((d) => {
      const when = dueText(d.doneAt, digest.zone, digest.queue.asOf).text;
      const status = d.late
        ? `<span class="late">Late${d.daysLate > 0 ? ` by ${plural(d.daysLate, 'day')}` : ''}</span>`
        : 'On time';
      return `<tr><td data-label="Task">${esc(d.title)}</td><td data-label="Done">${esc(when)}</td><td data-label="By">${esc(d.by)}</td><td data-label="Outcome">${esc(d.outcome.replaceAll('_', ' '))}${
        d.answer === undefined ? '' : ` (${esc(d.answer.replaceAll('_', ' '))})`
      }</td><td data-label="Status">${status}</td></tr>`;
    })
    .join('');
  return `<section aria-labelledby="done-title"><h2 id="done-title">Done (from the log of completed work)</h2><table class="cards"><thead><tr><th scope="col">Task</th><th scope="col">Done</th><th scope="col">By</th><th scope="col">Outcome</th><th scope="col">Status</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

/** Other roles' work, as counts and batch titles only (never whom it is about). */
export function otherRolesSection(digest: PracticeReport): string {
  const groups = digest.queue.forOtherRoles;
  if (groups.length === 0) return '';
  const items = groups
    .map((g) => {
      const { batches } = g;
      const titles = batches
        .slice(0, 8)
        .map((b) => `<li>${esc(b.title)}</li>`)
        .join('');
      const more = batches.length > 8 ? `<li>and ${plural(batches.length - 8, 'more item')}</li>` : '';
      return `<li><strong>${esc(roleWords(g.role))}</strong>: ${plural(g.taskCount, 'task')}<ul>${titles}${more}</ul></li>`;
    })
    .join('');
  return `<section aria-labelledby="others-title"><h2 id="others-title">Other roles’ work (listed so you know who owns it)</h2><ul>${items}</ul></section>`;
}

/** Records a module could not evaluate, by path. */
export function skippedSection(digest: PracticeReport): string {
  const { skipped } = digest.queue;
  if (skipped.length === 0) return '';
  const shown = skipped
    .slice(0, ROWS_SHOWN)
    .map((s) => `<li><code>${esc(s.at)}</code>: ${esc(s.message)}</li>`)
    .join('');
  return `<section aria-labelledby="skipped-title"><h2 id="skipped-title">Records that could not be checked (${skipped.length})</h2><ul>${shown}</ul></section>`;
}
