import { daysBetween } from '../core/index.js';
import { type PracticeDigest, TaskPriority } from '../ops/index.js';
import { escapeHtml as esc } from './html-escape.js';
import { deadlineTimeline, horizontalBars, receivablesChart } from './svg-charts.js';

// Days since 1970-01-01: the CLI reaches the library only through its entry points.
const epochDay = (date: string): number => daysBetween('1970-01-01', date);

const STYLE =
  'body{font-family:system-ui,sans-serif;margin:2rem;max-width:72rem;color:#222}' +
  'table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:4px 6px;text-align:left;vertical-align:top;font-size:14px}' +
  '.crisis{color:#b00;font-weight:bold}.clinical{color:#80a}.high{color:#a60}section{margin:2rem 0}small{color:#666}';

/** One self-contained HTML page (no scripts, no external resources) with the queue and four SVG charts. */
export function renderHtml(digest: PracticeDigest): string {
  const { queue, charts } = digest;
  const rows = queue.tasks
    .map(
      (t) =>
        `<tr class="${t.priority}"><td>${esc(t.priority)}</td><td>${esc(t.due)}</td><td>${esc(t.title)}<br><small>${t.reasons
          .map((r) => `${esc(r.message)} (${esc(r.code)})`)
          .join('<br>')}</small></td><td>${esc(t.ownerRole)}</td></tr>`,
    )
    .join('');
  const others = queue.forOtherRoles
    .map((g) => `<li>${esc(g.role)}: ${g.tasks.length} task(s)</li>`)
    .join('');
  const counts = TaskPriority.options
    .map((p) => `${p}: ${queue.tasks.filter((t) => t.priority === p).length}`)
    .join(' · ');
  const waitlist = horizontalBars(
    'Waitlist by clinician',
    charts.waitlist.map((w) => ({ label: w.clinicianId, value: w.count, text: String(w.count) })),
  );
  const utilization = horizontalBars(
    'Utilization by clinician',
    charts.utilization.map((u) => ({
      label: u.clinicianId,
      value: u.basisPoints,
      text: `${(u.basisPoints / 100).toFixed(1)} %`,
    })),
  );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(digest.practiceName)}: work queue ${esc(queue.asOf)}</title><style>${STYLE}</style></head>
<body><h1>${esc(digest.practiceName)}</h1>
<p>Work queue for the ${esc(queue.role)} as of ${esc(queue.asOf)}: ${queue.tasks.length} task(s) (${esc(counts)}).</p>
<section><h2>Queue</h2><table><thead><tr><th>Priority</th><th>Due</th><th>Task and reasons</th><th>Owner</th></tr></thead><tbody>${rows}</tbody></table>
${others === '' ? '' : `<h3>For other roles</h3><ul>${others}</ul>`}</section>
<section><h2>Receivables</h2>${receivablesChart(charts)}</section>
<section><h2>Credentialing deadlines</h2>${deadlineTimeline(charts, epochDay(queue.asOf), epochDay)}</section>
<section><h2>Waitlist</h2>${waitlist}</section>
<section><h2>Utilization</h2>${utilization}</section>
</body></html>
`;
}
