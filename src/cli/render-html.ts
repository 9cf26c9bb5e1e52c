import { getDaysBetween } from '../core/index.js';
import type { PracticeReport } from '../ops/internal.js';
import { escapeHtml as esc } from './html-escape.js';
import { credentialingTimeline, receivablesChart, utilizationChart, waitlistChart } from './report-charts.js';
import { crisisSection } from './report-crisis.js';
import { dayText } from './report-due-text.js';
import { doneSection, otherRolesSection, queueSection, roleWords, skippedSection } from './report-queue.js';
import { REPORT_STYLE } from './report-style.js';

/**
 * The day's report as one self-contained HTML page (no scripts, no external resources): the crisis
 * banner first, then the role's work batched and grouped by urgency, what the log says is done, other
 * roles' work, and the charts, each followed by its data as a table. Readable at 360 px and printable.
 */
export function renderHtml(digest: PracticeReport): string {
  const { queue } = digest;
  // Days since 1970-01-01, through core's public API: the CLI ships against the entry points only.
  const day = getDaysBetween('1970-01-01', queue.asOf);
  const date = `${dayText(day, day)} ${queue.asOf.slice(0, 4)}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(digest.practiceName)}: ${esc(roleWords(queue.role))}, ${esc(queue.asOf)}</title><style>${REPORT_STYLE}</style></head>
<body><a class="skip" href="#main">Skip to the day’s work</a>
<header><h1>${esc(digest.practiceName)}</h1><p>The ${esc(roleWords(queue.role))}’s day: ${esc(date)}. Times are in ${esc(digest.zone)}.</p></header>
<main id="main">${crisisSection(digest)}${queueSection(digest)}${doneSection(digest)}${otherRolesSection(digest)}${skippedSection(digest)}
<section aria-labelledby="glance-title"><h2 id="glance-title">The practice at a glance</h2>${utilizationChart(digest)}${receivablesChart(digest)}${credentialingTimeline(digest)}${waitlistChart(digest)}</section>
</main>
<footer><p>Written by practice-ops from the practice’s data file as of ${esc(queue.asOf)}. Task codes and ids are under “Codes”.</p></footer>
</body></html>
`;
}
