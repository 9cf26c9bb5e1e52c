import { readFileSync, writeFileSync } from 'node:fs';
import type { LocalDate } from '../core/index.js';
import {
  buildPracticeDigest,
  DEMO_AS_OF,
  generateDemoPractice,
  type PracticeData,
  practiceDataJsonSchema,
  type WorkQueueRole,
} from '../ops/index.js';
import { parseCommandLine } from './cli-args.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { HELP_TEXT } from './help-text.js';
import { formatIssues, readDataFile } from './read-data-file.js';
import { renderHtml } from './render-html.js';
import { renderTerminal } from './render-terminal.js';
import { terminalStyle, wantsColour } from './terminal-style.js';

const out = (text: string) => process.stdout.write(text);
const err = (text: string) => process.stderr.write(text);

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version?: unknown;
    };
    return typeof pkg.version === 'string' ? pkg.version : 'unknown';
  } catch {
    return 'unknown';
  }
}

interface DigestRequest {
  readonly data: PracticeData;
  readonly asOf: LocalDate;
  readonly role: WorkQueueRole | undefined;
  readonly json: boolean;
  readonly html: string | undefined;
}

function runDigest(request: DigestRequest): ExitCode {
  const digest = buildPracticeDigest(request.data, {
    asOf: request.asOf,
    ...(request.role === undefined ? {} : { role: request.role }),
  });
  if (request.html !== undefined) {
    try {
      writeFileSync(request.html, renderHtml(digest), 'utf8');
    } catch {
      err('practice-ops: the --html file could not be written\n');
      return EXIT.unwritable;
    }
  }
  if (request.json) out(`${JSON.stringify(digest, null, 2)}\n`);
  else out(renderTerminal(digest, terminalStyle(wantsColour(process.stdout.isTTY === true, process.env))));
  return EXIT.ok;
}

function run(argv: readonly string[]): ExitCode {
  const command = parseCommandLine(argv);
  switch (command.kind) {
    case 'usage':
      err(`practice-ops: ${command.message}\n`);
      return EXIT.usage;
    case 'help':
      out(HELP_TEXT);
      return EXIT.ok;
    case 'version':
      out(`${version()}\n`);
      return EXIT.ok;
    case 'schema':
      out(`${JSON.stringify(practiceDataJsonSchema(), null, 2)}\n`);
      return EXIT.ok;
    case 'demo':
      return runDigest({ ...command, data: generateDemoPractice(), asOf: DEMO_AS_OF });
    case 'validate': {
      const read = readDataFile(command.file);
      if (read.kind === 'unreadable') {
        err(`practice-ops: cannot read the data file: ${read.message}\n`);
        return EXIT.unreadable;
      }
      const issues = read.kind === 'ok' ? [] : read.issues;
      if (command.json) out(`${JSON.stringify({ valid: issues.length === 0, issues }, null, 2)}\n`);
      else if (issues.length === 0) out('The data file is valid.\n');
      else out(`The data file has ${issues.length} problem(s):\n${formatIssues(issues)}`);
      return issues.length === 0 ? EXIT.ok : EXIT.dataProblems;
    }
    case 'digest': {
      const read = readDataFile(command.data);
      if (read.kind === 'unreadable') {
        err(`practice-ops: cannot read the data file: ${read.message}\n`);
        return EXIT.unreadable;
      }
      if (read.kind === 'problems') {
        err(`practice-ops: the data file has ${read.issues.length} problem(s); nothing was done:\n`);
        err(formatIssues(read.issues));
        return EXIT.dataProblems;
      }
      return runDigest({ ...command, data: read.data });
    }
    default: {
      const exhausted: never = command;
      return exhausted;
    }
  }
}

try {
  process.exitCode = run(process.argv.slice(2));
} catch {
  err('practice-ops: internal error (this is a bug; please report it with the command you ran)\n');
  process.exitCode = EXIT.internal;
}
