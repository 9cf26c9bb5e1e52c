import type { WorkTask } from '../ops/index.js';
import type { PracticeReport } from '../ops/internal.js';
import { escapeHtml as esc } from './html-escape.js';
import { viewTask } from './report-task-view.js';

/**
 * The crisis banner, first on every role's page when a client message needs a clinician now. A clinical
 * role sees each crisis: whose, when and why (codes folded away). A non-clinical role sees that one exists
 * and whom to call (the crisis alerts of its own queue), never what the message says or who wrote it.
 */
export function crisisSection(digest: PracticeReport): string {
  const own = digest.queue.tasks.filter((t) => t.priority === 'crisis');
  const elsewhere = digest.queue.forOtherRoles.flatMap((g) => g.crises);
  const count = Math.max(
    own.length,
    elsewhere.length + own.filter((t) => t.kind !== 'boundaries.crisis_alert').length,
  );
  if (own.length === 0 && elsewhere.length === 0) return '';
  const heading = `<h2 id="crisis-title">Crisis: ${count === 1 ? 'a client message needs' : `${count} client messages need`} the on-call clinician now</h2>`;
  const body = digest.names.clinical ? clinicalBody([...own, ...elsewhere], digest) : staffBody(own);
  // An alert, so that a screen reader says it when the page opens, and the first stop of the Tab key after
  // the skip link: a keyboard user meets the crisis before any task.
  return `<section class="crisis" aria-labelledby="crisis-title" data-crisis="${count}" tabindex="0"><div role="alert">${heading}${body}</div></section>`;
}

function clinicalBody(tasks: readonly WorkTask[], digest: PracticeReport): string {
  const items = tasks
    .map((t) => {
      const v = viewTask(t, digest);
      return `<li data-task-id="${esc(t.id)}"><strong>${esc(v.who)}</strong>: ${esc(v.what)}. Received <time datetime="${esc(v.due.iso)}">${esc(v.due.text)}</time>. ${esc(v.why)}<details class="codes"><summary>Codes</summary><code>${[...v.codes, t.id].map(esc).join(' ')}</code></details></li>`;
    })
    .join('');
  return `<p>Act now: call the client, send the crisis resources (988 Suicide &amp; Crisis Lifeline, 911) and follow the practice’s crisis procedure.</p><ul>${items}</ul>`;
}

function staffBody(own: readonly WorkTask[]): string {
  // The crisis alerts of this role's queue say whom to call; without them, the practice's procedure does.
  const alerts = own.map((t) => `<li>${esc(t.title)}</li>`).join('');
  const whom =
    alerts === ''
      ? '<p>Tell the on-call clinician at once, by the practice’s crisis procedure.</p>'
      : `<ul>${alerts}</ul>`;
  return `${whom}<p>Do not answer the message or read it out: the clinician handles it. If someone is in immediate danger, call 911.</p>`;
}
