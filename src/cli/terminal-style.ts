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

/** Colour only on a terminal, and never when NO_COLOR is set to anything (https://no-color.org). */
export function wantsColour(isTty: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  return isTty && env.NO_COLOR === undefined;
}
