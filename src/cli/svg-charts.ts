import { formatCents } from '../core/index.js';
import type { DigestCharts } from '../ops/index.js';
import { escapeHtml as esc } from './html-escape.js';

const PALETTE = ['#3b6ea5', '#c0504d', '#9bbb59', '#8064a2', '#4bacc6', '#f79646', '#7f7f7f', '#2c4d75'];
const colour = (i: number): string => PALETTE[i % PALETTE.length] as string;

function svg(width: number, height: number, title: string, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(title)}"><title>${esc(title)}</title>${body}</svg>`;
}

const empty = (title: string) =>
  svg(480, 40, title, '<text x="0" y="24" font-size="13">Nothing to show.</text>');

/** Horizontal bars, one per label, with the value written at the end. */
export function horizontalBars(
  title: string,
  rows: readonly { label: string; value: number; text: string }[],
): string {
  if (rows.length === 0) return empty(title);
  const max = Math.max(1, ...rows.map((r) => r.value));
  const rowH = 22;
  const body = rows
    .map((r, i) => {
      const y = i * rowH;
      const w = Math.round((r.value / max) * 300);
      return `<text x="0" y="${y + 15}" font-size="12">${esc(r.label)}</text><rect x="150" y="${y + 4}" width="${w}" height="14" fill="${colour(0)}"/><text x="${156 + w}" y="${y + 15}" font-size="12">${esc(r.text)}</text>`;
    })
    .join('');
  return svg(560, rows.length * rowH + 4, title, body);
}

/** Receivables by aging bucket, stacked by payer, with a legend. */
export function receivablesChart(charts: DigestCharts): string {
  const title = 'Receivables by aging bucket and payer';
  const payers = [...new Set(charts.receivables.map((c) => c.payerId))].sort();
  if (payers.length === 0) return empty(title);
  const totals = charts.agingBuckets.map((b) =>
    charts.receivables.filter((c) => c.bucket === b).reduce((s, c) => s + c.cents, 0),
  );
  const max = Math.max(1, ...totals);
  const barW = 60;
  let body = '';
  charts.agingBuckets.forEach((bucket, i) => {
    const x = 10 + i * (barW + 30);
    let y = 220;
    payers.forEach((payer, p) => {
      const cents = charts.receivables
        .filter((c) => c.bucket === bucket && c.payerId === payer)
        .reduce((s, c) => s + c.cents, 0);
      const h = Math.round((cents / max) * 190);
      y -= h;
      if (h > 0) body += `<rect x="${x}" y="${y}" width="${barW}" height="${h}" fill="${colour(p)}"/>`;
    });
    body += `<text x="${x}" y="238" font-size="12">${esc(bucket)}</text>`;
    body += `<text x="${x}" y="${y - 4}" font-size="11">${esc(formatCents(totals[i] ?? 0))}</text>`;
  });
  const legendX = 20 + charts.agingBuckets.length * (barW + 30);
  payers.forEach((payer, p) => {
    body += `<rect x="${legendX}" y="${20 + p * 18}" width="12" height="12" fill="${colour(p)}"/><text x="${legendX + 18}" y="${30 + p * 18}" font-size="12">${esc(payer)}</text>`;
  });
  return svg(legendX + 200, Math.max(250, 40 + payers.length * 18), title, body);
}

/** Credentialing deadlines as dots on a date line, one row per clinician. */
export function deadlineTimeline(
  charts: DigestCharts,
  asOfDay: number,
  toDay: (d: string) => number,
): string {
  const title = 'Credentialing deadline timeline';
  if (charts.deadlines.length === 0) return empty(title);
  const clinicians = [...new Set(charts.deadlines.map((d) => d.clinicianId))].sort();
  const last = Math.max(asOfDay + 30, ...charts.deadlines.map((d) => toDay(d.date)));
  const span = Math.max(1, last - asOfDay);
  const x = (day: number) => 150 + Math.round(((Math.max(day, asOfDay) - asOfDay) / span) * 400);
  const fill = { info: '#4bacc6', warning: '#f79646', error: '#c0504d' } as const;
  let body = `<line x1="150" x2="550" y1="12" y2="12" stroke="#999"/><text x="150" y="10" font-size="10">today</text>`;
  clinicians.forEach((c, row) => {
    const y = 30 + row * 20;
    body += `<text x="0" y="${y + 4}" font-size="12">${esc(c)}</text>`;
    for (const d of charts.deadlines.filter((p) => p.clinicianId === c)) {
      body += `<circle cx="${x(toDay(d.date))}" cy="${y}" r="5" fill="${fill[d.severity]}"><title>${esc(`${d.date}: ${d.label}`)}</title></circle>`;
    }
  });
  return svg(580, 40 + clinicians.length * 20, title, body);
}
