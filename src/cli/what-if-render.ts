import type { PolicyReplay } from '../ops/index.js';
import { escapeHtml as esc } from './html-escape.js';
import { REPORT_STYLE } from './report-style.js';
import type { TerminalStyle } from './terminal-style.js';
import {
  CHANGES_SHOWN,
  currentText,
  noticeText,
  notReplayedText,
  periodText,
  sectionSummaries,
  sideText,
  signedCents,
  totalRows,
  type WhatIfNotes,
} from './what-if-text.js';

/** The replay as terminal text: for each section replayed, the totals first, then the largest changes. */
export function renderWhatIfTerminal(
  replay: PolicyReplay,
  practiceName: string,
  notes: WhatIfNotes,
  style: TerminalStyle,
): string {
  const out = [
    style.bold(`${practiceName}: what the proposed policy would have done, ${periodText(replay)}`),
    style.dim(currentText(replay)),
    style.dim(`Times are in ${notes.zone}.`),
    ...(notes.notReplayed.length === 0 ? [] : [style.yellow(upperFirst(notReplayedText(notes.notReplayed)))]),
    '',
  ];
  const table = (rows: readonly [string, string][]) => {
    const width = Math.max(...rows.map(([label]) => label.length));
    return rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`);
  };
  const fees = replay.fees;
  const sections = sectionSummaries(replay);
  if (fees === undefined && sections.length === 0)
    out.push(
      'The proposal changes none of the policies replayed (fees, reminders, waitlist, intake follow-ups, filing, caps).',
      '',
    );
  if (fees !== undefined) {
    const { changes } = fees;
    out.push(style.bold('Missed-session fees'), ...table(totalRows(fees)), '');
    if (changes.length === 0) out.push('No fee would have changed.', '');
    else {
      out.push(
        style.bold(`Largest changes (${Math.min(CHANGES_SHOWN, changes.length)} of ${changes.length})`),
      );
      for (const c of changes.slice(0, CHANGES_SHOWN)) {
        const who = c.after.responsiblePartyId ?? c.before.responsiblePartyId ?? c.clientIds.join(', ');
        const notice = noticeText(c);
        out.push(
          `  ${signedCents(c.changeCents).padStart(10)}  ${c.eventAt.slice(0, 16).replace('T', ' ')}  ${c.appointmentId}  ${who}`,
          `              ${sideText(c.before)} → ${sideText(c.after)}${notice === '' ? '' : style.dim(`; ${notice}`)}`,
        );
      }
      if (changes.length > CHANGES_SHOWN) out.push(style.dim('  (--json lists every change)'));
      out.push('');
    }
  }
  for (const s of sections) {
    out.push(style.bold(s.title), ...table(s.rows));
    if (s.total === 0) out.push('  Nothing would have changed.');
    else {
      out.push(`  First ${Math.min(CHANGES_SHOWN, s.total)} of ${s.total} changes:`);
      for (const line of s.changes.slice(0, CHANGES_SHOWN)) out.push(`    ${line}`);
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** The replay as one self-contained HTML page in the report's style: totals, then the largest changes. */
export function renderWhatIfHtml(replay: PolicyReplay, practiceName: string, notes: WhatIfNotes): string {
  const body: string[] = [];
  const totalsTable = (rows: readonly [string, string][]) =>
    `<table class="data"><caption>Totals</caption><tbody>${rows
      .map(
        ([label, value]) =>
          `<tr><th scope="row">${esc(label.trim())}</th><td class="num">${esc(value)}</td></tr>`,
      )
      .join('')}</tbody></table>`;
  const fees = replay.fees;
  if (fees !== undefined) {
    const { changes } = fees;
    const rows = changes
      .slice(0, CHANGES_SHOWN)
      .map((c) => {
        const who = c.after.responsiblePartyId ?? c.before.responsiblePartyId ?? c.clientIds.join(', ');
        return `<tr><td class="num">${esc(signedCents(c.changeCents))}</td><td>${esc(c.eventAt)}</td><td>${esc(c.appointmentId)}</td><td>${esc(who)}</td><td>${esc(sideText(c.before))}</td><td>${esc(sideText(c.after))}</td><td>${esc(noticeText(c))}</td></tr>`;
      })
      .join('');
    const table =
      changes.length === 0
        ? '<p>No fee would have changed.</p>'
        : `<table class="data"><caption>The ${Math.min(CHANGES_SHOWN, changes.length)} largest of ${changes.length} changes</caption><thead><tr><th class="num">Change</th><th>Missed</th><th>Session</th><th>Billed to</th><th>Current policy</th><th>Proposed policy</th><th>Notice</th></tr></thead><tbody>${rows}</tbody></table>`;
    body.push(
      `<section aria-labelledby="fees-title"><h2 id="fees-title">Missed-session fees</h2>${totalsTable(totalRows(fees))}<h3>Largest changes</h3>${table}</section>`,
    );
  }
  for (const s of sectionSummaries(replay)) {
    const list =
      s.total === 0
        ? '<p>Nothing would have changed.</p>'
        : `<h3>First ${Math.min(CHANGES_SHOWN, s.total)} of ${s.total} changes</h3><ul>${s.changes
            .slice(0, CHANGES_SHOWN)
            .map((line) => `<li>${esc(line)}</li>`)
            .join('')}</ul>`;
    body.push(
      `<section aria-labelledby="${s.id}-title"><h2 id="${s.id}-title">${esc(s.title)}</h2>${totalsTable(s.rows)}${list}</section>`,
    );
  }
  if (body.length === 0) body.push('<p>The proposal changes none of the policies replayed.</p>');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(practiceName)}: what-if, ${esc(periodText(replay))}</title><style>${REPORT_STYLE}</style></head>
<body><a class="skip" href="#main">Skip to the totals</a>
<header><h1>${esc(practiceName)}</h1><p>What the proposed policy would have done, ${esc(periodText(replay))}.</p><p>${esc(currentText(replay))} Times are in ${esc(notes.zone)}.</p>${
    notes.notReplayed.length === 0
      ? ''
      : `<p><strong>${esc(upperFirst(notReplayedText(notes.notReplayed)))}</strong></p>`
  }</header>
<main id="main">${body.join('\n')}</main>
<footer><p>Written by practice-ops from the practice’s data file as of ${esc(replay.asOf)}; nothing was changed or stored.</p></footer>
</body></html>
`;
}

const upperFirst = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
