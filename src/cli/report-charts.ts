import { formatCents, getDaysBetween } from '../core/index.js';
import type { PracticeReport } from '../ops/internal.js';
import { escapeHtml as esc } from './html-escape.js';
import { dayText } from './report-due-text.js';

// Days since 1970-01-01, through core's public API: the CLI ships against the entry points only.
const toEpochDay = (date: string): number => getDaysBetween('1970-01-01', date);

// Charts are HTML and CSS, not fixed-size images: they take their container's width (a phone's too) and
// keep their text readable. Each chart is hidden from screen readers and followed by its data as a table.

const PAYER_COLOURS = [
  '#1f5f99',
  '#b3261e',
  '#2e7d32',
  '#6a3d9a',
  '#8a5a00',
  '#00796b',
  '#5c5c5c',
  '#ad1457',
];

/** The smallest 1, 2 or 5 × 10^k at least `value` (1 for nothing): an axis end a person can read. */
export function niceMax(value: number): number {
  if (value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

const pct = (value: number, max: number): string => `${((value / max) * 100).toFixed(3)}%`;

function figure(id: string, title: string, note: string, chart: string, table: string): string {
  return `<figure class="chart" aria-labelledby="${id}-title"><figcaption id="${id}-title">${esc(title)}</figcaption>${
    note === '' ? '' : `<p class="note">${note}</p>`
  }<div class="plot" aria-hidden="true">${chart}</div>${table}</figure>`;
}

function axis(ticks: readonly { at: number; text: string }[], max: number): string {
  return `<div class="row axis"><span class="label"></span><div class="scale">${ticks
    .map((t, i) => {
      const cls = i === ticks.length - 1 ? 'end' : i % 2 === 1 ? 'minor' : '';
      return `<span${cls === '' ? '' : ` class="${cls}"`} style="left:${pct(t.at, max)}">${esc(t.text)}</span>`;
    })
    .join('')}</div><span class="value"></span></div>`;
}

function ticksOf(max: number, text: (v: number) => string): { at: number; text: string }[] {
  return [0, 0.25, 0.5, 0.75, 1].map((f) => ({ at: max * f, text: text(max * f) }));
}

function table(
  caption: string,
  head: readonly string[],
  rows: readonly (readonly string[])[],
  foot?: readonly string[],
): string {
  const th = head.map((h, i) => `<th scope="col"${i === 0 ? '' : ' class="num"'}>${esc(h)}</th>`).join('');
  const tr = (cells: readonly string[]) =>
    `<tr><th scope="row">${esc(cells[0] ?? '')}</th>${cells
      .slice(1)
      .map((c, i) => `<td class="num" data-label="${esc(head[i + 1] ?? '')}">${esc(c)}</td>`)
      .join('')}</tr>`;
  return `<table class="data cards"><caption>${esc(caption)}</caption><thead><tr>${th}</tr></thead><tbody>${rows
    .map(tr)
    .join('')}</tbody>${foot === undefined ? '' : `<tfoot>${tr(foot)}</tfoot>`}</table>`;
}

const percent = (bp: number): string => `${(bp / 100).toFixed(1)} %`;
const wholePercent = (bp: number): string => `${Math.round(bp / 100)} %`;

/** An axis label in dollars, short: `$0`, `$500`, `$2.5k`, `$1.2M`. */
export function shortDollars(cents: number): string {
  const dollars = cents / 100;
  if (dollars >= 1_000_000) return `$${Number((dollars / 1_000_000).toFixed(1))}M`;
  if (dollars >= 1000) return `$${Number((dollars / 1000).toFixed(1))}k`;
  return `$${Number(dollars.toFixed(0))}`;
}

/** Utilization by clinician on an absolute 0–100 % scale, with the practice's target marked. */
export function utilizationChart(digest: PracticeReport): string {
  const { utilization, utilizationTargetBasisPoints: target } = digest.charts;
  const title = 'Utilization by clinician, last 4 weeks (share of available hours booked)';
  if (utilization.length === 0)
    return figure('utilization', title, 'No clinicians in the data file.', '', '');
  const name = (id: string) => digest.names.clinicians[id] ?? id;
  const rows = utilization
    .map(
      (u) =>
        `<div class="row"><span class="label">${esc(name(u.clinicianId))}</span><div class="track" data-max="10000"><div class="bar" data-value="${u.basisPoints}" style="width:${pct(u.basisPoints, 10_000)}"></div><div class="target" style="left:${pct(target, 10_000)}"></div></div><span class="value">${percent(u.basisPoints)}</span></div>`,
    )
    .join('');
  const note = `Scale 0–100 %. The dashed line is the practice’s target, ${percent(target)}.`;
  const data = table(
    'Utilization by clinician',
    ['Clinician', 'Utilization', 'Target'],
    utilization.map((u) => [name(u.clinicianId), percent(u.basisPoints), percent(target)]),
  );
  return figure('utilization', title, esc(note), axis(ticksOf(10_000, wholePercent), 10_000) + rows, data);
}

/** Receivables by aging bucket, each bucket's bar split by payer, on a dollar scale from $0, with totals. */
export function receivablesChart(digest: PracticeReport): string {
  const { agingBuckets, receivables } = digest.charts;
  const title = 'Receivables by aging bucket (days) and payer';
  const payers = [...new Set(receivables.map((c) => c.payerId))].sort();
  if (payers.length === 0) return figure('receivables', title, 'No open receivables.', '', '');
  const name = (id: string) => digest.names.payers[id] ?? id;
  const cell = (bucket: string, payer: string) =>
    receivables.filter((c) => c.bucket === bucket && c.payerId === payer).reduce((s, c) => s + c.cents, 0);
  const totals = agingBuckets.map((b) => payers.reduce((s, p) => s + cell(b, p), 0));
  const max = niceMax(Math.max(...totals));
  const bars = agingBuckets
    .map((bucket, i) => {
      const segments = payers
        .map((p, j) => {
          const cents = cell(bucket, p);
          return cents === 0
            ? ''
            : `<div class="seg" data-value="${cents}" style="width:${pct(cents, max)};background:${PAYER_COLOURS[j % PAYER_COLOURS.length]}"></div>`;
        })
        .join('');
      return `<div class="row"><span class="label">${esc(bucket)} days</span><div class="track stack" data-max="${max}" data-total="${totals[i]}">${segments}</div><span class="value">${esc(formatCents(totals[i] ?? 0))}</span></div>`;
    })
    .join('');
  const legend = `<ul class="legend">${payers
    .map(
      (p, j) =>
        `<li><span class="swatch" style="background:${PAYER_COLOURS[j % PAYER_COLOURS.length]}"></span>${esc(name(p))}</li>`,
    )
    .join('')}</ul>`;
  const grand = totals.reduce((a, b) => a + b, 0);
  const data = table(
    'Receivables by payer and aging bucket',
    ['Payer', ...agingBuckets.map((b) => `${b} days`), 'Total'],
    payers.map((p) => [
      name(p),
      ...agingBuckets.map((b) => formatCents(cell(b, p))),
      formatCents(agingBuckets.reduce((s, b) => s + cell(b, p), 0)),
    ]),
    ['Total', ...totals.map((t) => formatCents(t)), formatCents(grand)],
  );
  const note = `Total open: ${esc(formatCents(grand))}. Scale from $0.`;
  return figure('receivables', title, note, axis(ticksOf(max, shortDollars), max) + bars + legend, data);
}

/** Credentialing deadlines on a date axis, one row per clinician, today's line and a legend. */
export function credentialingTimeline(digest: PracticeReport): string {
  const { deadlines } = digest.charts;
  const title = 'Credentialing deadlines (overdue and coming up)';
  if (deadlines.length === 0)
    return figure('credentialing', title, 'No deadlines overdue or coming up.', '', '');
  const asOfDay = toEpochDay(digest.queue.asOf);
  const days = deadlines.map((d) => toEpochDay(d.date));
  const first = Math.min(asOfDay, ...days);
  const last = Math.max(asOfDay + 30, ...days);
  const span = Math.max(1, last - first);
  const name = (id: string) => digest.names.clinicians[id] ?? id;
  const clinicians = [...new Set(deadlines.map((d) => d.clinicianId))].sort((a, b) =>
    name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0,
  );
  const x = (day: number) => pct(day - first, span);
  // Month starts inside the range label the axis, thinned to at most six.
  const months: number[] = [];
  const start = new Date(first * 86_400_000);
  for (
    let m = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
    ;
    m.setUTCMonth(m.getUTCMonth() + 1)
  ) {
    const day = Math.round(m.getTime() / 86_400_000);
    if (day > last) break;
    months.push(day);
  }
  const step = Math.ceil(months.length / 6);
  const ticks = months
    .filter((_, i) => i % step === 0)
    .map((d) => `<span style="left:${x(d)}">${esc(dayText(d, asOfDay).slice(4))}</span>`)
    .join('');
  const today = `<div class="today" style="left:${x(asOfDay)}"></div>`;
  const rows = clinicians
    .map((c) => {
      const marks = deadlines
        .filter((d) => d.clinicianId === c)
        .map((d) => {
          const overdue = toEpochDay(d.date) < asOfDay || d.severity === 'error';
          return `<span class="mark ${overdue ? 'overdue' : 'soon'}" style="left:${x(toEpochDay(d.date))}"></span>`;
        })
        .join('');
      return `<div class="row"><span class="label">${esc(name(c))}</span><div class="track timeline">${today}${marks}</div><span class="value"></span></div>`;
    })
    .join('');
  const axisRow = `<div class="row axis"><span class="label"></span><div class="scale">${ticks}<span class="today-label" style="left:${x(asOfDay)}">Today</span></div><span class="value"></span></div>`;
  const legend =
    '<ul class="legend"><li><span class="mark overdue static"></span>Overdue or past its alert</li><li><span class="mark soon static"></span>Due soon</li><li><span class="today static"></span>Today</li></ul>';
  const sorted = [...deadlines].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const data = table(
    'Credentialing deadlines',
    ['Clinician', 'Deadline', 'Date', 'Status'],
    sorted.map((d) => [
      name(d.clinicianId),
      d.label,
      dayText(toEpochDay(d.date), asOfDay),
      toEpochDay(d.date) < asOfDay || d.severity === 'error' ? 'Overdue' : 'Due soon',
    ]),
  );
  return figure('credentialing', title, '', axisRow + rows + legend, data);
}

/** Waiting clients by clinician (or any clinician) on a count scale from 0. */
export function waitlistChart(digest: PracticeReport): string {
  const { waitlist } = digest.charts;
  const title = 'Waitlist by clinician';
  if (waitlist.length === 0) return figure('waitlist', title, 'Nobody is waiting.', '', '');
  const name = (id: string) => (id === 'any' ? 'Any clinician' : (digest.names.clinicians[id] ?? id));
  const max = niceMax(Math.max(...waitlist.map((w) => w.count)));
  const rows = waitlist
    .map(
      (w) =>
        `<div class="row"><span class="label">${esc(name(w.clinicianId))}</span><div class="track" data-max="${max}"><div class="bar" data-value="${w.count}" style="width:${pct(w.count, max)}"></div></div><span class="value">${w.count}</span></div>`,
    )
    .join('');
  const total = waitlist.reduce((s, w) => s + w.count, 0);
  const data = table(
    'Waiting clients by clinician',
    ['Clinician', 'Waiting'],
    waitlist.map((w) => [name(w.clinicianId), String(w.count)]),
    ['Total', String(total)],
  );
  return figure(
    'waitlist',
    title,
    `${total} waiting. Scale from 0.`,
    axis(
      ticksOf(max, (v) => String(Math.round(v * 10) / 10)),
      max,
    ) + rows,
    data,
  );
}
