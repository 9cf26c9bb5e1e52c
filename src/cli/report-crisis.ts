import type { PracticeReport } from '../ops/internal.js';
import { type CrisisEntry, crisisEntries, entryCodes, routedWords } from './crisis-entries.js';
import { escapeHtml as esc } from './html-escape.js';
import { viewTask } from './report-task-view.js';

/**
 * The crisis banner, first on every role's page when a client message needs a clinician now. A clinical
 * role sees each crisis: whose, when and why (codes folded away). A non-clinical role sees that one exists
 * and whom to call (the crisis alerts of its own queue), never what the message says or who wrote it.
 */
export function crisisSection(digest: PracticeReport): string {
  // Each crisis once: a clinical role's alert about a crisis routed to another role is folded into its row.
  const { entries, count } = crisisEntries(digest);
  if (count === 0) return '';
  const heading = `<h2 id="crisis-title">Crisis: ${count === 1 ? 'a client message needs' : `${count} client messages need`} the on-call clinician now</h2>`;
  const body = digest.names.clinical ? clinicalBody(entries, digest) : staffBody(entries);
  // An alert, so that a screen reader says it when the page opens, and the first stop of the Tab key after
  // the skip link: a keyboard user meets the crisis before any task.
  return `<section class="crisis" aria-labelledby="crisis-title" data-crisis="${count}" tabindex="0"><div role="alert">${heading}${body}</div></section>`;
}

function clinicalBody(entries: readonly CrisisEntry[], digest: PracticeReport): string {
  const items = entries
    .map((entry) => {
      const v = viewTask(entry.task, digest);
      const routed = routedWords(entry);
      const { codes, ids } = entryCodes(entry);
      return `<li data-task-id="${esc(entry.task.id)}"><strong>${esc(v.who)}</strong>: ${esc(v.what)}. Received <time datetime="${esc(v.due.iso)}">${esc(v.due.text)}</time>. ${esc(v.why)}${routed === '' ? '' : ` ${esc(routed)}`}<details class="codes"><summary>Codes</summary><code>${[...codes, ...ids].map(esc).join(' ')}</code></details></li>`;
    })
    .join('');
  return `<p>Act now: call the client, send the crisis resources (988 Suicide &amp; Crisis Lifeline, 911) and follow the practice’s crisis procedure.</p><ul>${items}</ul>`;
}

function staffBody(entries: readonly CrisisEntry[]): string {
  // The crisis alerts of this role's queue say whom to call; without them, the practice's procedure does.
  const alerts = entries.map((e) => `<li>${esc(e.task.title)}</li>`).join('');
  const whom =
    alerts === ''
      ? '<p>Tell the on-call clinician at once, by the practice’s crisis procedure.</p>'
      : `<ul>${alerts}</ul>`;
  return `${whom}<p>Do not answer the message or read it out: the clinician handles it. If someone is in immediate danger, call 911.</p>`;
}
