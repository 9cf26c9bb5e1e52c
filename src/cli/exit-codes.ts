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
  /**
   * The file is valid but what was asked may not be done: `done`'s task is not in the day's queue, is already
   * logged, or the entry may not close it (a clinician's task, a fee the rule does not charge, a task on hold).
   */
  refused: 5,
  /** An unexpected internal failure (a bug): reported without a stack trace. */
  internal: 70,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
