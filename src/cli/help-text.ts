/** The text of `practice-ops --help`. */
export const HELP_TEXT = `practice-ops: the day's back-office work queue for a mental-health practice

Usage:
  practice-ops demo [--role ROLE] [--json] [--html FILE]
      Run the work queue on the built-in demo practice (fixed seed, fixed date).
  practice-ops digest --data FILE --as-of YYYY-MM-DD [--role ROLE] [--json] [--html FILE]
      Run the work queue on your practice data file as of a date.
  practice-ops validate FILE [--json]
      Check a practice data file: every problem by JSON path, values never shown.
  practice-ops schema
      Print the JSON Schema of the practice data file.
  practice-ops --help | --version

Options:
  --role ROLE   whose queue: clinician, supervisor, practice_owner, assistant (default),
                biller, credentialing_coordinator
  --json        machine-readable output on stdout
  --html FILE   also write a self-contained HTML page with the queue and charts

Exit codes:
  0 ok   1 data problems found   2 usage error   3 file unreadable   4 output not written   70 internal error

Colour is used only when stdout is a terminal and NO_COLOR is not set.
`;
