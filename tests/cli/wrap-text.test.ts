import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { terminalWidth, visibleWidth, wrapText } from '../../src/cli/wrap-text.js';

describe('wrapText', () => {
  it('wraps a row at its spaces, the next line four deeper, and never splits a task id', () => {
    const id = 'intake.good_faith_estimate_due:gfe-client-00015';
    const row = `      Past its due date and not delivered. [ops.queue.good_faith_estimate_due] ${id}`;
    expect(wrapText(row, 60)).toBe(
      [
        '      Past its due date and not delivered.',
        '          [ops.queue.good_faith_estimate_due]',
        `          ${id}`,
      ].join('\n'),
    );
  });

  it('counts columns without colour codes, and leaves a short line alone', () => {
    const red = '\u001b[31mCRISIS\u001b[39m';
    expect(visibleWidth(red)).toBe(6);
    expect(wrapText(`${red} now`, 10)).toBe(`${red} now`);
  });

  it('never makes a line wider than the width unless one word is, and keeps every word in order', () => {
    const word = fc.stringMatching(/^[a-z0-9.:+-]{1,30}$/);
    const line = fc.tuple(
      fc.nat({ max: 8 }),
      fc.array(fc.tuple(word, fc.integer({ min: 1, max: 3 })), { minLength: 1, maxLength: 30 }),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), fc.integer({ min: 40, max: 120 }), (lines, width) => {
        const text = lines
          .map(
            ([indent, words]) =>
              ' '.repeat(indent) +
              words
                .map(([w, gap]) => w + ' '.repeat(gap))
                .join('')
                .trimEnd(),
          )
          .join('\n');
        const wrapped = wrapText(text, width);
        for (const l of wrapped.split('\n'))
          expect(visibleWidth(l) <= width || l.trim().split(' ').length === 1).toBe(true);
        expect(wrapped.split(/\s+/).filter(Boolean)).toEqual(text.split(/\s+/).filter(Boolean));
      }),
    );
  });
});

describe('terminalWidth', () => {
  it('takes COLUMNS first (POSIX), then the terminal’s width, else 80 for a pipe', () => {
    expect(terminalWidth({ isTTY: false }, {})).toBe(80);
    expect(terminalWidth({ isTTY: true, columns: 132 }, {})).toBe(132);
    expect(terminalWidth({ isTTY: true, columns: 132 }, { COLUMNS: '100' })).toBe(100);
    expect(terminalWidth({ isTTY: false }, { COLUMNS: '1000' })).toBe(1000);
    expect(terminalWidth({ isTTY: false }, { COLUMNS: 'wide' })).toBe(80);
    // Narrower than 40: wrapped at 40, the narrowest the text is laid out for (it was 80, wider than the terminal).
    expect(terminalWidth({ isTTY: true, columns: 20 }, {})).toBe(40);
    expect(terminalWidth({ isTTY: false }, { COLUMNS: '10' })).toBe(40);
    expect(terminalWidth({ isTTY: true, columns: 0 }, {})).toBe(80);
  });
});
