/** Styles text for a terminal, or leaves it plain. */
export interface TerminalStyle {
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly red: (text: string) => string;
  readonly magenta: (text: string) => string;
  readonly yellow: (text: string) => string;
  readonly cyan: (text: string) => string;
}

const wrap = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;
const plain = (text: string) => text;

/** ANSI styles when `colour` is true, identity functions otherwise. */
export function terminalStyle(colour: boolean): TerminalStyle {
  if (!colour) return { bold: plain, dim: plain, red: plain, magenta: plain, yellow: plain, cyan: plain };
  return {
    bold: wrap(1, 22),
    dim: wrap(2, 22),
    red: wrap(31, 39),
    magenta: wrap(35, 39),
    yellow: wrap(33, 39),
    cyan: wrap(36, 39),
  };
}

/** Where the colour decision came from, for the CLI's flags and environment. */
export interface ColourRequest {
  /** stdout is a terminal. */
  readonly isTty: boolean;
  /** `--no-color` was given. */
  readonly noColorFlag?: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
}

// Node's own values for FORCE_COLOR that force colour; any other value turns it off [sources: node-force-color].
const FORCE_ON = new Set(['', '1', '2', '3', 'true']);

/**
 * Whether to colour the terminal text, first rule that applies wins:
 * 1. `--no-color` on the command line: no colour (a flag overrides the environment, as no-color.org asks);
 * 2. `FORCE_COLOR` set: colour for `1`, `2`, `3`, `true` or empty, even in a pipe and even with
 *    `NO_COLOR`; no colour for any other value (`0`, `false`), as Node reads it [sources: node-force-color];
 * 3. `NO_COLOR` set to a non-empty value: no colour; an empty `NO_COLOR` counts as unset
 *    [sources: no-color];
 * 4. otherwise colour exactly when stdout is a terminal.
 */
export function wantsColour(request: ColourRequest): boolean {
  if (request.noColorFlag === true) return false;
  const force = request.env.FORCE_COLOR;
  if (force !== undefined) return FORCE_ON.has(force);
  const noColor = request.env.NO_COLOR;
  if (noColor !== undefined && noColor !== '') return false;
  return request.isTty;
}
