import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/cli/render-html.js';
import { niceMax, shortDollars } from '../../src/cli/report-charts.js';
import { dueText, durationText } from '../../src/cli/report-due-text.js';
import { ROWS_LISTED, ROWS_SHOWN } from '../../src/cli/report-queue.js';
import {
  buildPracticeDigest,
  DEMO_AS_OF,
  generateDemoPractice,
  type TaskBatch,
} from '../../src/ops/index.js';
import { type PracticeReport, practiceReportOf } from '../../src/ops/internal.js';

const digest = practiceReportOf(
  buildPracticeDigest(generateDemoPractice(), { asOf: DEMO_AS_OF, role: 'biller' }),
);

/** The biller's digest with one batch of `n` copies of its first normal task. */
function withBatchOf(n: number): PracticeReport {
  const base = digest.queue.tasks.find((t) => t.priority === 'normal');
  if (base === undefined) throw new Error('fixture');
  const tasks = Array.from({ length: n }, (_, i) => ({ ...base, id: `${base.kind}:copy-${i}` }));
  const batch: TaskBatch = {
    id: tasks[0]?.id ?? '',
    kind: base.kind,
    ownerRole: base.ownerRole,
    priority: 'normal',
    title: 'Many',
    due: base.due,
    count: n,
    taskIds: tasks.map((t) => t.id),
    minutesEach: 5,
    estimatedMinutes: 5 * n,
  };
  return { ...digest, queue: { ...digest.queue, tasks }, batches: [batch] };
}

describe('renderHtml', () => {
  it('shows a batch’s first 50 rows, folds the next ones away, and counts the rest it does not list', () => {
    const html = renderHtml(withBatchOf(ROWS_LISTED + 150));
    expect((html.match(/<tr class="task"/g) ?? []).length).toBe(ROWS_LISTED);
    expect(html).toContain(`Show ${(ROWS_LISTED - ROWS_SHOWN).toLocaleString('en-US')} more tasks`);
    expect(html).toContain('And 150 more tasks of this item, not listed here');
  });

  it('lists a short batch whole, with nothing folded or counted', () => {
    const html = renderHtml(withBatchOf(3));
    expect((html.match(/<tr class="task"/g) ?? []).length).toBe(3);
    expect(html).not.toContain('class="more"');
    expect(html).not.toContain('not listed here');
  });

  it('escapes names and titles', () => {
    const evil = { ...digest, practiceName: '<script>alert(1)</script>' };
    expect(renderHtml(evil)).not.toContain('<script>');
  });
});

describe('chart scales and labels', () => {
  it.each([
    [0, 1],
    [1, 1],
    [7, 10],
    [12, 20],
    [450_000, 500_000],
    [1_000_001, 2_000_000],
  ])('niceMax(%i) is %i', (value, max) => {
    expect(niceMax(value)).toBe(max);
  });

  it('writes short dollar labels', () => {
    expect([0, 50_000, 250_000, 1_000_000, 150_000_000].map(shortDollars)).toEqual([
      '$0',
      '$500',
      '$2.5k',
      '$10k',
      '$1.5M',
    ]);
  });
});

describe('dueText', () => {
  it('reads an instant in the practice’s zone, not the client’s offset', () => {
    // 07:00 in New York is 06:00 in Chicago.
    expect(dueText('2026-11-20T07:00:00-05:00', 'America/Chicago', '2026-11-20')).toEqual({
      text: 'Fri 20 Nov, 06:00',
      iso: '2026-11-20T07:00:00-05:00',
      overdueDays: 0,
    });
  });

  it('counts the days a date is overdue and names another year', () => {
    expect(dueText('2025-12-30', 'America/Chicago', '2026-01-02')).toEqual({
      text: 'Tue 30 Dec 2025',
      iso: '2025-12-30',
      overdueDays: 3,
    });
  });

  it('writes durations in hours and minutes', () => {
    expect([5, 60, 185].map(durationText)).toEqual(['5 min', '1 h', '3 h 5 min']);
  });
});
