// Every line of help fits in 80 columns (tests/cli checks it): the width of a default terminal.

/** Each command's usage and what it does, as `practice-ops COMMAND --help` prints it. */
export const COMMAND_HELP = {
  demo: `  practice-ops demo [--role ROLE] [--json] [--html FILE] [--no-color]
      Run the work queue on the built-in demo practice (fixed seed, fixed
      date).`,
  digest: `  practice-ops digest --data FILE --as-of YYYY-MM-DD [--role ROLE] [--json]
                      [--html FILE] [--no-color]
      Run the work queue on your practice data file as of a date.`,
  done: `  practice-ops done TASK_ID --data FILE --by WHO [--outcome OUTCOME]
                    [--answer ANSWER] [--as-of YYYY-MM-DD]
      Log a task of the day's queue as done (the queue never hands it out
      again). TASK_ID is under "Codes" in the report, or "id" in --json.
      OUTCOME: done, reminder_sent, offer_made (ANSWER: accepted, declined,
      no_answer), fee_applied, fee_waived, claim_submitted, call_made,
      message_answered; taken from the task's kind when left out (a fee must
      say applied or waived). Writes FILE atomically and keeps the previous
      version as FILE.bak.`,
  'what-if': `  practice-ops what-if --data FILE --proposed POLICY.json [--from DATE]
                       [--to DATE] [--as-of DATE] [--json] [--html FILE]
                       [--no-color]
      Replay the data file's history under proposed policies and show what
      would have changed: missed-session fees charged and waived, clients
      affected, the largest changes first. POLICY.json holds policy sections
      as in the data file's "policies"; each replaces the file's section
      whole. Nothing is changed or stored.`,
  validate: `  practice-ops validate FILE [--json]
      Check a practice data file: every problem by JSON path, values never
      shown.`,
  schema: `  practice-ops schema
      Print the JSON Schema of the practice data file.`,
  init: `  practice-ops init [FILE] [--clinicians N] [--state XX] [--zone ZONE]
                    [--as-of YYYY-MM-DD] [--force]
      Write a small, valid starter practice file to FILE (or to stdout
      without FILE): N clinicians (default 2) with three clients each, in
      state XX (default NY) and its zone. An existing FILE is replaced only
      with --force.`,
} as const;

/** A command `practice-ops COMMAND --help` explains. */
export type HelpTopic = keyof typeof COMMAND_HELP;

/** Whether a word names a command with its own help. */
export function isHelpTopic(word: string): word is HelpTopic {
  return Object.hasOwn(COMMAND_HELP, word);
}

const OPTION_HELP: Record<string, string> = {
  role: `  --role ROLE   whose queue: clinician, supervisor, practice_owner,
                assistant (default), biller, credentialing_coordinator`,
  json: '  --json        machine-readable output on stdout (problems go to stderr)',
  html: '  --html FILE   also write a self-contained HTML page with the queue and charts',
  'as-of': `  --as-of DATE  the day to evaluate (digest, done; done defaults to today), the
                day a starter file starts from (init; default today), or the
                last day of history (what-if; default --to, else today)`,
  'from-to': '  --from, --to  the days a what-if reports (practice zone, inclusive)',
  'no-color': '  --no-color    plain terminal text, whatever FORCE_COLOR or the terminal say',
};

const OPTIONS_OF: Record<HelpTopic, readonly string[]> = {
  demo: ['role', 'json', 'html', 'no-color'],
  digest: ['role', 'json', 'html', 'as-of', 'no-color'],
  done: ['as-of'],
  'what-if': ['json', 'html', 'as-of', 'from-to', 'no-color'],
  validate: ['json'],
  schema: [],
  init: ['as-of'],
};

const EXIT_HELP = `Exit codes:
  0 ok   1 data problems found   2 usage error   3 file unreadable
  4 output not written   5 refused (done: not in the queue, already
  logged, or not yours to close)   70 internal error
  validate and digest print at most 50 problems and a count by code;
  validate --json lists the first 100.`;

const COLOUR_HELP = `Colour, first rule that applies: --no-color turns it off; FORCE_COLOR=1, 2, 3,
true or empty turns it on (any other value off), even with NO_COLOR; a
non-empty NO_COLOR turns it off; else it is on only when stdout is a terminal.`;

/** The text of `practice-ops --help`. */
export const HELP_TEXT = `practice-ops: the day's back-office work queue for a mental-health practice

Usage:
${Object.values(COMMAND_HELP).join('\n')}
  practice-ops --help | --version
  practice-ops COMMAND --help   one command's usage and options

Options:
${Object.values(OPTION_HELP).join('\n')}

${EXIT_HELP}

${COLOUR_HELP}
`;

/** The text of `practice-ops COMMAND --help`: its usage, its options and the exit codes. */
export function commandHelpText(topic: HelpTopic): string {
  const options = OPTIONS_OF[topic].map((o) => OPTION_HELP[o]);
  const colour = OPTIONS_OF[topic].includes('no-color') ? `\n${COLOUR_HELP}\n` : '';
  return `Usage:
${COMMAND_HELP[topic]}
${options.length === 0 ? '' : `\nOptions:\n${options.join('\n')}\n`}
${EXIT_HELP}
${colour}`;
}
