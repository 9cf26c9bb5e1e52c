import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { terminalStyle, wantsColour } from '../../src/cli/terminal-style.js';

// The order, first rule that applies: --no-color; FORCE_COLOR as Node reads it (1, 2, 3, true or empty
// force colour, any other value turns it off); a non-empty NO_COLOR (no-color.org: an empty one is unset);
// else colour exactly on a terminal.
describe('wantsColour', () => {
  it.each([
    ['a terminal, nothing set', true, false, {}, true],
    ['a pipe or a file, nothing set', false, false, {}, false],
    ['a terminal, NO_COLOR=1 (no-color.org)', true, false, { NO_COLOR: '1' }, false],
    [
      'a terminal, NO_COLOR=0: any non-empty value counts (no-color.org)',
      true,
      false,
      { NO_COLOR: '0' },
      false,
    ],
    ['a terminal, NO_COLOR empty: counts as unset (no-color.org)', true, false, { NO_COLOR: '' }, true],
    ['a pipe, NO_COLOR empty', false, false, { NO_COLOR: '' }, false],
    ['a pipe, FORCE_COLOR=1 (Node)', false, false, { FORCE_COLOR: '1' }, true],
    ['a pipe, FORCE_COLOR=3 (Node)', false, false, { FORCE_COLOR: '3' }, true],
    ['a pipe, FORCE_COLOR=true (Node)', false, false, { FORCE_COLOR: 'true' }, true],
    ['a pipe, FORCE_COLOR empty (Node: 16 colours)', false, false, { FORCE_COLOR: '' }, true],
    ['a terminal, FORCE_COLOR=0 (Node: any other value disables)', true, false, { FORCE_COLOR: '0' }, false],
    ['a terminal, FORCE_COLOR=false', true, false, { FORCE_COLOR: 'false' }, false],
    [
      'a pipe, FORCE_COLOR=1 beats NO_COLOR=1 (Node)',
      false,
      false,
      { FORCE_COLOR: '1', NO_COLOR: '1' },
      true,
    ],
    ['a terminal, --no-color', true, true, {}, false],
    ['a terminal, --no-color beats FORCE_COLOR=1', true, true, { FORCE_COLOR: '1' }, false],
  ] as const)('%s', (_name, isTty, noColorFlag, env, expected) => {
    expect(wantsColour({ isTty, noColorFlag, env })).toBe(expected);
  });

  const env = fc.record(
    {
      NO_COLOR: fc.oneof(fc.constant(''), fc.string()),
      FORCE_COLOR: fc.oneof(fc.constantFrom('', '0', '1', '2', '3', 'true', 'false'), fc.string()),
    },
    { requiredKeys: [] },
  );

  it('never colours with --no-color, whatever the terminal and environment', () => {
    fc.assert(
      fc.property(fc.boolean(), env, (isTty, e) => {
        expect(wantsColour({ isTty, noColorFlag: true, env: e })).toBe(false);
      }),
    );
  });

  it('without FORCE_COLOR, never colours a pipe nor with a non-empty NO_COLOR', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.option(fc.string(), { nil: undefined }), (isTty, noColor) => {
        const coloured = wantsColour({ isTty, env: noColor === undefined ? {} : { NO_COLOR: noColor } });
        expect(coloured).toBe(isTty && (noColor === undefined || noColor === ''));
      }),
    );
  });
});

describe('terminalStyle', () => {
  it('wraps text in ANSI codes when colouring and leaves it alone otherwise', () => {
    expect(terminalStyle(true).red('x')).toBe('\u001b[31mx\u001b[39m');
    expect(terminalStyle(false).red('x')).toBe('x');
  });
});
