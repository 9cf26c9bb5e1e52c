// ops39, item 3: the day view on narrow terminals (40 and 60 columns) and in plain text. Wrapping moves words and
// never splits one, a task id, a date with its time, or a duration; colour is only ever added around the plain
// text (NO_COLOR and a pipe give the plain text, docs/sources.md#no-color).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isClinicalRole } from '../../src/boundaries/index.js';
import { renderTerminal } from '../../src/cli/render-terminal.js';
import { dueText } from '../../src/cli/report-due-text.js';
import { terminalStyle } from '../../src/cli/terminal-style.js';
import { unbroken, visibleWidth, wrapText } from '../../src/cli/wrap-text.js';
import { DEMO_AS_OF, generateDemoPractice, WorkQueueRole } from '../../src/ops/index.js';
import { buildPracticeReport } from '../../src/ops/internal.js';

const demo = generateDemoPractice();
const reports = new Map(
  WorkQueueRole.options.map((role) => [role, buildPracticeReport(demo, { asOf: DEMO_AS_OF, role })]),
);
const plain = terminalStyle(false);
const coloured = terminalStyle(true);
// biome-ignore lint/suspicious/noControlCharactersInRegex: the ANSI escape is what is matched.
const ANSI = /\u001b\[[0-9;]*m/g;

function view(role: WorkQueueRole, width: number, colour = false): string {
  const report = reports.get(role);
  if (report === undefined) throw new Error('fixture');
  return wrapText(renderTerminal(report, colour ? coloured : plain), width);
}

const words = (text: string) => text.split(/\s+/).filter((w) => w !== '');

describe.each([40, 60])('the day view at %i columns', (width) => {
  it.each(WorkQueueRole.options)('for the %s: no line wider, unless it is one word alone', (role) => {
    for (const line of view(role, width).split('\n'))
      if (visibleWidth(line) > width) expect(line.trim(), line).not.toContain(' ');
  });

  it.each(WorkQueueRole.options)('for the %s: the same words in the same order as unwrapped', (role) => {
    expect(words(view(role, width))).toEqual(words(view(role, 10_000)));
  });

  it.each(WorkQueueRole.options)(
    'for the %s: each shown task’s id, due date and time on one line',
    (role) => {
      const report = reports.get(role);
      if (report === undefined) throw new Error('fixture');
      const lines = view(role, width).split('\n');
      const shown = report.queue.tasks.filter((t) => lines.some((l) => l.includes(t.id)));
      // A role with work beyond the crisis lists tasks (the owner's demo day is the crisis only).
      expect(shown.length).toBeGreaterThanOrEqual(
        report.batches.some((b) => b.priority !== 'crisis') ? 1 : 0,
      );
      for (const t of shown) {
        // The id alone at the end of its line (copied whole into `practice-ops done`).
        expect(lines.some((l) => l.trim() === t.id || l.endsWith(` ${t.id}`))).toBe(true);
        expect(lines.some((l) => l.includes(dueText(t.due, report.zone, report.queue.asOf).text))).toBe(true);
      }
    },
  );
});

describe('the day view in plain text', () => {
  it('prints a date, an overdue count and a duration whole at 40 columns, with plain spaces', () => {
    const text = view('assistant', 40);
    expect(text).not.toContain('\u00a0');
    expect(text).toContain('Wed 18 Nov');
    expect(text).toContain('overdue 2 days');
    expect(text.split('\n').some((l) => l.includes('7 h 36 min'))).toBe(true);
  });

  it.each(WorkQueueRole.options)(
    'for the %s, colour only wraps the plain text: stripped, the same',
    (role) => {
      const plainText = view(role, 60);
      expect(plainText).not.toMatch(ANSI);
      expect(view(role, 60, true).replace(ANSI, '')).toBe(plainText);
    },
  );

  it.each(WorkQueueRole.options.filter((r) => !isClinicalRole(r)))(
    'the %s is told whom to call, not to answer, and 911 for immediate danger',
    (role) => {
      const crisis = view(role, 60).split('\n\n')[1] ?? '';
      expect(crisis).toMatch(/^CRISIS: /);
      expect(crisis.replace(/\s+/g, ' ')).toContain(
        'Do not answer the message or read it out: the clinician handles it. If someone is in immediate danger, call 911.',
      );
      expect(crisis.replace(/\s+/g, ' ')).toMatch(/call .+ at \+1\d{10}/);
    },
  );
});

describe('wrapText with unbroken runs', () => {
  it('moves a date to the next line whole rather than splitting it', () => {
    expect(wrapText(`    Bram Pennyroyal  ${unbroken('Wed 18 Nov')} overdue`, 28)).toBe(
      ['    Bram Pennyroyal', '        Wed 18 Nov overdue'].join('\n'),
    );
  });

  it('property: an unbroken run is on one line, and the words are those of the text', () => {
    const word = fc.stringMatching(/^[a-z0-9.:-]{1,12}$/);
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 12 }),
        fc.array(word, { minLength: 2, maxLength: 3 }),
        fc.array(word, { maxLength: 12 }),
        fc.integer({ min: 40, max: 80 }),
        (before, run, after, width) => {
          const text = [...before, unbroken(run.join(' ')), ...after].join(' ');
          const wrapped = wrapText(text, width);
          expect(wrapped.split('\n').some((l) => l.includes(run.join(' ')))).toBe(true);
          expect(words(wrapped)).toEqual([...before, ...run, ...after]);
        },
      ),
    );
  });
});
