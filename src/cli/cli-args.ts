import { parseArgs } from 'node:util';
import { IanaZone, LocalDate, UsState } from '../core/index.js';
import { CompletedOutcome, OfferAnswer, WorkQueueRole } from '../ops/index.js';
import { type HelpTopic, isHelpTopic } from './help-text.js';

/** What the user asked for, once the command line has been checked. */
export type CliCommand =
  | {
      readonly kind: 'help';
      /** The command whose help was asked for (`practice-ops done --help`); all of them when absent. */
      readonly topic: HelpTopic | undefined;
    }
  | { readonly kind: 'version' }
  | { readonly kind: 'schema' }
  | { readonly kind: 'validate'; readonly file: string; readonly json: boolean }
  | {
      readonly kind: 'init';
      /** Where to write; stdout when absent. */
      readonly file: string | undefined;
      readonly clinicians: number | undefined;
      readonly state: UsState | undefined;
      readonly zone: IanaZone | undefined;
      /** The day the file starts from; today in the practice's zone when absent. */
      readonly asOf: LocalDate | undefined;
      readonly force: boolean;
    }
  | {
      readonly kind: 'demo';
      readonly role: WorkQueueRole | undefined;
      readonly json: boolean;
      readonly html: string | undefined;
      /** `--no-color`: plain terminal text whatever the environment says. */
      readonly noColor: boolean;
    }
  | {
      readonly kind: 'done';
      readonly taskId: string;
      readonly data: string;
      /** The day whose queue holds the task; today in the practice's zone when absent. */
      readonly asOf: LocalDate | undefined;
      readonly by: string;
      /** What came of it; derived from the task's kind when absent. */
      readonly outcome: CompletedOutcome | undefined;
      readonly answer: OfferAnswer | undefined;
    }
  | {
      readonly kind: 'what-if';
      readonly data: string;
      /** A JSON file of policy sections that replace the data file's. */
      readonly proposed: string;
      readonly from: LocalDate | undefined;
      readonly to: LocalDate | undefined;
      /** The last day of history; `to`, or today in the practice's zone, when absent. */
      readonly asOf: LocalDate | undefined;
      readonly json: boolean;
      readonly html: string | undefined;
      readonly noColor: boolean;
    }
  | {
      readonly kind: 'digest';
      readonly data: string;
      readonly asOf: LocalDate;
      readonly role: WorkQueueRole | undefined;
      readonly json: boolean;
      readonly html: string | undefined;
      readonly noColor: boolean;
    };

/** A command line that could not be understood, with a message safe to print. */
export interface UsageProblem {
  readonly kind: 'usage';
  readonly message: string;
  /** The command the line was for, when it names a known one: its help is the place to look. */
  readonly command?: HelpTopic;
}

const OPTIONS = {
  data: { type: 'string' },
  'as-of': { type: 'string' },
  role: { type: 'string' },
  json: { type: 'boolean' },
  html: { type: 'string' },
  clinicians: { type: 'string' },
  state: { type: 'string' },
  zone: { type: 'string' },
  force: { type: 'boolean' },
  by: { type: 'string' },
  outcome: { type: 'string' },
  answer: { type: 'string' },
  proposed: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

const ALLOWED: Record<string, readonly string[]> = {
  demo: ['role', 'json', 'html', 'no-color'],
  digest: ['data', 'as-of', 'role', 'json', 'html', 'no-color'],
  validate: ['json'],
  schema: [],
  init: ['clinicians', 'state', 'zone', 'as-of', 'force'],
  done: ['data', 'as-of', 'by', 'outcome', 'answer'],
  'what-if': ['data', 'proposed', 'from', 'to', 'as-of', 'json', 'html', 'no-color'],
};

// How an option the user typed is shown back: option names are not data, but a terminal escape is not
// printed, nor an argument too long to be an option.
function unknownOption(raw: string): string {
  return /^--?[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/.test(raw) ? `unknown option ${raw}` : 'unknown option';
}

// Unknown and repeated options, found before the strict parse so the message can name them.
function optionProblem(argv: readonly string[]): UsageProblem | undefined {
  const { tokens } = parseArgs({
    args: [...argv],
    options: OPTIONS,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const seen = new Set<string>();
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    if (!Object.hasOwn(OPTIONS, token.name)) {
      return usage(`${unknownOption(token.rawName)} (see practice-ops --help)`);
    }
    if (seen.has(token.name)) return usage(`the option --${token.name} is given more than once`);
    seen.add(token.name);
  }
  return undefined;
}

function usage(message: string): UsageProblem {
  return { kind: 'usage', message };
}

/** Parses `argv` (without node and the script) into a command or a usage problem. Never throws. */
export function parseCommandLine(argv: readonly string[]): CliCommand | UsageProblem {
  const problem = optionProblem(argv);
  if (problem !== undefined) return problem;
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch {
    return usage('an option is missing its value or has one it does not take (see practice-ops --help)');
  }
  const { values, positionals } = parsed;
  if (values.version) return { kind: 'version' };
  const [command, ...rest] = positionals;
  if (command === 'help') {
    const [topic] = rest;
    return { kind: 'help', topic: topic !== undefined && isHelpTopic(topic) ? topic : undefined };
  }
  if (values.help || command === undefined)
    return { kind: 'help', topic: command !== undefined && isHelpTopic(command) ? command : undefined };
  const parsedCommand = parseKnownCommand(command, rest, values);
  return parsedCommand.kind === 'usage' && isHelpTopic(command)
    ? { ...parsedCommand, command }
    : parsedCommand;
}

function parseKnownCommand(
  command: string,
  rest: readonly string[],
  values: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'],
): CliCommand | UsageProblem {
  const allowed = ALLOWED[command];
  if (allowed === undefined)
    return usage('unknown command (expected demo, digest, done, what-if, validate, schema or init)');
  for (const name of Object.keys(values)) {
    if (!allowed.includes(name)) return usage(`the option --${name} does not apply to ${command}`);
  }
  const role = parseRole(values.role);
  if (role === null) return usage(`--role must be one of ${WorkQueueRole.options.join(', ')}`);
  const json = values.json === true;
  const noColor = values['no-color'] === true;
  const html = values.html;
  if (html === '') return usage('--html needs a file name');
  switch (command) {
    case 'schema':
      return rest.length === 0 ? { kind: 'schema' } : usage('schema takes no arguments');
    case 'validate': {
      const [file, ...extra] = rest;
      if (file === undefined || extra.length > 0) return usage('validate takes exactly one FILE');
      return { kind: 'validate', file, json };
    }
    case 'demo':
      return rest.length === 0
        ? { kind: 'demo', role, json, html, noColor }
        : usage('demo takes no arguments');
    case 'init':
      return parseInit(rest, values);
    case 'done':
      return parseDone(rest, values);
    case 'what-if':
      return parseWhatIf(rest, values, { json, html, noColor });
    default: {
      if (rest.length > 0) return usage('digest takes no positional arguments: use --data FILE');
      if (values.data === undefined || values.data === '') return usage('digest needs --data FILE');
      if (values['as-of'] === undefined) return usage('digest needs --as-of YYYY-MM-DD');
      const asOf = LocalDate.safeParse(values['as-of']);
      if (!asOf.success) return usage('--as-of must be a real calendar date written YYYY-MM-DD');
      return { kind: 'digest', data: values.data, asOf: asOf.data, role, json, html, noColor };
    }
  }
}

function parseRole(value: string | undefined): WorkQueueRole | undefined | null {
  if (value === undefined) return undefined;
  const parsed = WorkQueueRole.safeParse(value);
  return parsed.success ? parsed.data : null;
}

function parseInit(
  rest: readonly string[],
  values: { clinicians?: string; state?: string; zone?: string; 'as-of'?: string; force?: boolean },
): CliCommand | UsageProblem {
  const [file, ...extra] = rest;
  if (extra.length > 0) return usage('init takes at most one FILE');
  if (file === '') return usage('init needs a file name, or none to write to stdout');
  let clinicians: number | undefined;
  if (values.clinicians !== undefined) {
    clinicians = /^\d{1,3}$/.test(values.clinicians) ? Number(values.clinicians) : Number.NaN;
    if (!(clinicians >= 1 && clinicians <= 50))
      return usage('--clinicians must be a whole number from 1 to 50');
  }
  const state = values.state === undefined ? undefined : UsState.safeParse(values.state);
  if (state?.success === false) return usage('--state must be a US state or territory code such as NY or TX');
  const zone = values.zone === undefined ? undefined : IanaZone.safeParse(values.zone);
  if (zone?.success === false) return usage('--zone must be an IANA time zone such as America/Chicago');
  const asOf = values['as-of'] === undefined ? undefined : LocalDate.safeParse(values['as-of']);
  if (asOf?.success === false) return usage('--as-of must be a real calendar date written YYYY-MM-DD');
  if (values.force === true && file === undefined)
    return usage('--force applies only when init writes a FILE');
  return {
    kind: 'init',
    file,
    clinicians,
    state: state?.data,
    zone: zone?.data,
    asOf: asOf?.data,
    force: values.force === true,
  };
}

function parseDone(
  rest: readonly string[],
  values: { data?: string; 'as-of'?: string; by?: string; outcome?: string; answer?: string },
): CliCommand | UsageProblem {
  const [taskId, ...extra] = rest;
  if (taskId === undefined || taskId === '' || extra.length > 0)
    return usage('done takes exactly one TASK_ID');
  if (values.data === undefined || values.data === '') return usage('done needs --data FILE');
  if (values.by === undefined || values.by.trim() === '' || values.by.length > 200)
    return usage('done needs --by NAME (who did it: a staff id or name, at most 200 characters)');
  const asOf = values['as-of'] === undefined ? undefined : LocalDate.safeParse(values['as-of']);
  if (asOf?.success === false) return usage('--as-of must be a real calendar date written YYYY-MM-DD');
  const outcome = values.outcome === undefined ? undefined : CompletedOutcome.safeParse(values.outcome);
  if (outcome?.success === false)
    return usage(`--outcome must be one of ${CompletedOutcome.options.join(', ')}`);
  const answer = values.answer === undefined ? undefined : OfferAnswer.safeParse(values.answer);
  if (answer?.success === false) return usage(`--answer must be one of ${OfferAnswer.options.join(', ')}`);
  if (answer !== undefined && outcome !== undefined && outcome.data !== 'offer_made')
    return usage('--answer applies only with --outcome offer_made');
  return {
    kind: 'done',
    taskId,
    data: values.data,
    asOf: asOf?.data,
    by: values.by.trim(),
    outcome: outcome?.data,
    answer: answer?.data,
  };
}

function parseWhatIf(
  rest: readonly string[],
  values: { data?: string; proposed?: string; from?: string; to?: string; 'as-of'?: string },
  output: { readonly json: boolean; readonly html: string | undefined; readonly noColor: boolean },
): CliCommand | UsageProblem {
  if (rest.length > 0) return usage('what-if takes no positional arguments: use --data FILE --proposed FILE');
  if (values.data === undefined || values.data === '') return usage('what-if needs --data FILE');
  if (values.proposed === undefined || values.proposed === '')
    return usage('what-if needs --proposed FILE (a JSON object of policy sections)');
  const dates: Record<'from' | 'to' | 'as-of', LocalDate | undefined> = {
    from: undefined,
    to: undefined,
    'as-of': undefined,
  };
  for (const name of ['from', 'to', 'as-of'] as const) {
    const value = values[name];
    if (value === undefined) continue;
    const parsed = LocalDate.safeParse(value);
    if (!parsed.success) return usage(`--${name} must be a real calendar date written YYYY-MM-DD`);
    dates[name] = parsed.data;
  }
  const { from, to } = dates;
  if (from !== undefined && to !== undefined && from > to) return usage('--from must be on or before --to');
  return {
    kind: 'what-if',
    data: values.data,
    proposed: values.proposed,
    from,
    to,
    asOf: dates['as-of'],
    ...output,
  };
}
