/**
 * The exit codes of `practice-ops`, documented in docs/cli.md. A script can rely on them.
 */
export const EXIT = {
  /** Success: the command did what it was asked. */
  ok: 0,
  /** The data file was read but has problems (malformed JSON, wrong shape, dangling references). */
  dataProblems: 1,
  /** The command line is wrong: unknown command or option, missing value, bad date or role. */
  usage: 2,
  /** An input file could not be read (missing, a directory, no permission). */
  unreadable: 3,
  /** An output file could not be written. */
  unwritable: 4,
  /** An unexpected internal failure (a bug): reported without a stack trace. */
  internal: 70,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
