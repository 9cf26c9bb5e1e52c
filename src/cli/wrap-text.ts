// biome-ignore lint/suspicious/noControlCharactersInRegex: the ANSI escape is what is matched.
const ANSI = /\u001b\[[0-9;]*m/g;

/** How many columns a line takes on a terminal: its characters less any colour codes. */
export function visibleWidth(line: string): number {
  return [...line.replace(ANSI, '')].length;
}

/** The space that joins words a line must not break between (`Wed 18 Nov`, `1 h 50 min`): printed as a space. */
const GLUE = '\u00a0';

/** `text` with its spaces made ones {@link wrapText} never breaks at: a date, a time or a duration stays whole. */
export function unbroken(text: string): string {
  return text.replaceAll(' ', GLUE);
}

/**
 * Wraps each line of `text` longer than `width` columns at its spaces; a continued line keeps the line's
 * indent and four more, so it is not read as the next line of a row (indented two more). A word is never
 * split (a task id must stay whole to be copied into `practice-ops done`), so a word wider than the line
 * stands alone on its own; nor is a run of words joined by {@link unbroken}, printed with plain spaces.
 */
export function wrapText(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => wrapLine(line, width).replaceAll(GLUE, ' '))
    .join('\n');
}

function wrapLine(line: string, width: number): string {
  if (visibleWidth(line) <= width) return line;
  const indent = /^ */.exec(line)?.[0] ?? '';
  const more = `${indent}    `.slice(0, Math.max(0, Math.floor(width / 2)));
  const pieces = line.slice(indent.length).split(/( +)/);
  const lines: string[] = [];
  let current = indent;
  let hasWord = false;
  for (let i = 0; i < pieces.length; i += 2) {
    const word = pieces[i] ?? '';
    const gap = i === 0 ? '' : (pieces[i - 1] ?? '');
    if (hasWord && visibleWidth(current + gap + word) > width) {
      lines.push(current);
      current = more + word;
    } else {
      current += gap + word;
    }
    hasWord = hasWord || word !== '';
  }
  lines.push(current);
  return lines.join('\n');
}

/** The narrowest width text is wrapped at: a narrower terminal wraps each line at 40 and folds the rest. */
export const MIN_WRAP_COLUMNS = 40;

/**
 * The width to wrap at: `COLUMNS` when set to a whole number (POSIX: it overrides the terminal's width;
 * `COLUMNS=1000` turns wrapping off for a grep), else the terminal's, else 80 for a pipe or a file; never
 * under {@link MIN_WRAP_COLUMNS} (a 30-column terminal was wrapped at 80, wider than it, not narrower).
 */
export function terminalWidth(
  stream: { readonly isTTY?: boolean; readonly columns?: number },
  env: Readonly<Record<string, string | undefined>>,
): number {
  const fromEnv = /^\d{1,6}$/.test(env.COLUMNS ?? '') ? Number(env.COLUMNS) : undefined;
  const columns = fromEnv ?? (stream.isTTY === true ? stream.columns : undefined);
  if (columns === undefined || !Number.isInteger(columns) || columns <= 0) return 80;
  return Math.max(MIN_WRAP_COLUMNS, columns);
}
