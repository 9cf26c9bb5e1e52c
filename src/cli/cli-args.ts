import { parseArgs } from 'node:util';
import { LocalDate } from '../core/index.js';
import { WorkQueueRole } from '../ops/index.js';

/** What the user asked for, once the command line has been checked. */
export type CliCommand =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'schema' }
  | { readonly kind: 'validate'; readonly file: string; readonly json: boolean }
  | {
      readonly kind: 'demo';
      readonly role: WorkQueueRole | undefined;
      readonly json: boolean;
      readonly html: string | undefined;
    }
  | {
      readonly kind: 'digest';
      readonly data: string;
      readonly asOf: LocalDate;
      readonly role: WorkQueueRole | undefined;
      readonly json: boolean;
      readonly html: string | undefined;
    };

/** A command line that could not be understood, with a message safe to print. */
export interface UsageProblem {
  readonly kind: 'usage';
  readonly message: string;
}

const OPTIONS = {
  data: { type: 'string' },
  'as-of': { type: 'string' },
  role: { type: 'string' },
  json: { type: 'boolean' },
  html: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

const ALLOWED: Record<string, readonly string[]> = {
  demo: ['role', 'json', 'html'],
  digest: ['data', 'as-of', 'role', 'json', 'html'],
  validate: ['json'],
  schema: [],
};

function usage(message: string): UsageProblem {
  return { kind: 'usage', message };
}

/** Parses `argv` (without node and the script) into a command or a usage problem. Never throws. */
export function parseCommandLine(argv: readonly string[]): CliCommand | UsageProblem {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return usage(
      code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
        ? 'unknown option (see practice-ops --help)'
        : 'an option is missing its value or has one it does not take (see practice-ops --help)',
    );
  }
  const { values, positionals } = parsed;
  if (values.version) return { kind: 'version' };
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === 'help') return { kind: 'help' };
  const allowed = ALLOWED[command];
  if (allowed === undefined) return usage('unknown command (expected demo, digest, validate or schema)');
  for (const name of Object.keys(values)) {
    if (!allowed.includes(name)) return usage(`the option --${name} does not apply to ${command}`);
  }
  const role = parseRole(values.role);
  if (role === null) return usage(`--role must be one of ${WorkQueueRole.options.join(', ')}`);
  const json = values.json === true;
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
      return rest.length === 0 ? { kind: 'demo', role, json, html } : usage('demo takes no arguments');
    default: {
      if (rest.length > 0) return usage('digest takes no positional arguments: use --data FILE');
      if (values.data === undefined || values.data === '') return usage('digest needs --data FILE');
      if (values['as-of'] === undefined) return usage('digest needs --as-of YYYY-MM-DD');
      const asOf = LocalDate.safeParse(values['as-of']);
      if (!asOf.success) return usage('--as-of must be a real calendar date written YYYY-MM-DD');
      return { kind: 'digest', data: values.data, asOf: asOf.data, role, json, html };
    }
  }
}

function parseRole(value: string | undefined): WorkQueueRole | undefined | null {
  if (value === undefined) return undefined;
  const parsed = WorkQueueRole.safeParse(value);
  return parsed.success ? parsed.data : null;
}
