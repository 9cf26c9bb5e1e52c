import { readFileSync, writeFileSync } from 'node:fs';
import { getLocalDate, type LocalDate } from '../core/index.js';
import {
  buildPracticeDigest,
  createStarterPractice,
  DEMO_AS_OF,
  generateDemoPractice,
  getPracticeDataJsonSchema,
  type PracticeData,
  STATE_ZONES,
  type WorkQueueRole,
} from '../ops/index.js';
import { buildPracticeReport, practiceReportOf } from '../ops/internal.js';
import type { CliCommand } from './cli-args.js';
import { parseCommandLine } from './cli-args.js';
import { runDone } from './done-command.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { shownFileName, unwritableReason } from './file-words.js';
import { commandHelpText, HELP_TEXT } from './help-text.js';
import { jsonChunks } from './json-chunks.js';
import { formatDataFileProblems, problemCount, readDataFile, readValidDataFile } from './read-data-file.js';
import { renderHtml } from './render-html.js';
import { renderTerminal } from './render-terminal.js';
import { terminalStyle, wantsColour } from './terminal-style.js';
import { runWhatIf } from './what-if-command.js';
import { terminalWidth, wrapText } from './wrap-text.js';

const out = (text: string) => process.stdout.write(text);
const err = (text: string) => process.stderr.write(text);

// A large digest is hundreds of megabytes of JSON: written in pieces of about 64 KB, never held whole.
function outJson(value: unknown): void {
  let buffer = '';
  for (const piece of jsonChunks(value)) {
    buffer += piece;
    if (buffer.length >= 65_536) {
      // A reader that stopped early (`| head`) closed the pipe: the rest would go nowhere.
      if (process.stdout.destroyed) return;
      out(buffer);
      buffer = '';
    }
  }
  out(`${buffer}\n`);
}

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
  readonly noColor: boolean;
}

function runDigest(request: DigestRequest): ExitCode {
  const options = { asOf: request.asOf, ...(request.role === undefined ? {} : { role: request.role }) };
  // --json lists every task; the terminal and HTML reports count and batch other roles' work, so without
  // --json their tasks are built only as far as a report shows them.
  const digest = request.json ? buildPracticeDigest(request.data, options) : undefined;
  const report =
    digest === undefined
      ? buildPracticeReport(request.data, options)
      : request.html === undefined
        ? undefined
        : practiceReportOf(digest);
  if (request.html !== undefined && report !== undefined) {
    try {
      writeFileSync(request.html, renderHtml(report), 'utf8');
    } catch (error) {
      err(
        `practice-ops: the --html file ${shownFileName(request.html)} could not be written: ${unwritableReason(error)}\n`,
      );
      return EXIT.unwritable;
    }
  }
  if (digest !== undefined) outJson(digest);
  else if (report !== undefined)
    out(
      wrapText(
        renderTerminal(
          report,
          terminalStyle(
            wantsColour({
              isTty: process.stdout.isTTY === true,
              noColorFlag: request.noColor,
              env: process.env,
            }),
          ),
        ),
        terminalWidth(process.stdout, process.env),
      ),
    );
  return EXIT.ok;
}

function runInit(command: Extract<CliCommand, { kind: 'init' }>): ExitCode {
  const state = command.state ?? 'NY';
  const zone = command.zone ?? STATE_ZONES[state];
  // The one place the clock is read: "today" in the practice's zone, unless --as-of says otherwise.
  const asOf = command.asOf ?? getLocalDate(new Date().toISOString(), zone);
  const data = createStarterPractice({
    asOf,
    state,
    zone,
    ...(command.clinicians === undefined ? {} : { clinicians: command.clinicians }),
  });
  const text = `${JSON.stringify(data, null, 2)}\n`;
  if (command.file === undefined) {
    out(text);
    return EXIT.ok;
  }
  try {
    writeFileSync(command.file, text, { encoding: 'utf8', flag: command.force ? 'w' : 'wx' });
  } catch (error) {
    const exists = (error as { code?: unknown }).code === 'EEXIST';
    const name = shownFileName(command.file);
    err(
      exists
        ? `practice-ops: ${name} already exists; nothing was written (use --force to replace it)\n`
        : `practice-ops: ${name} could not be written: ${unwritableReason(error)}\n`,
    );
    return EXIT.unwritable;
  }
  const clinicians = data.clinicians?.length ?? 0;
  out(
    `Wrote a starter practice file: ${plural(clinicians, 'clinician')}, ${plural(data.clients?.length ?? 0, 'client')}, ` +
      `${plural(data.appointments?.length ?? 0, 'appointment')}; ${state}, ${zone}, as of ${asOf}.\n` +
      'Replace the invented names, payers and numbers with your own, then check it with: practice-ops validate FILE\n',
  );
  return EXIT.ok;
}

function plural(n: number, noun: string): string {
  return `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
}

function run(argv: readonly string[]): ExitCode {
  const command = parseCommandLine(argv);
  switch (command.kind) {
    case 'usage': {
      // Every usage error says where to look, unless its message already does.
      const where = command.command === undefined ? '' : ` ${command.command}`;
      const hint = command.message.includes('--help') ? '' : `Run practice-ops${where} --help for usage.\n`;
      err(`practice-ops: ${command.message}\n${hint}`);
      return EXIT.usage;
    }
    case 'help':
      out(command.topic === undefined ? HELP_TEXT : commandHelpText(command.topic));
      return EXIT.ok;
    case 'version':
      out(`${version()}\n`);
      return EXIT.ok;
    case 'schema':
      out(`${JSON.stringify(getPracticeDataJsonSchema(), null, 2)}\n`);
      return EXIT.ok;
    case 'demo':
      return runDigest({ ...command, data: generateDemoPractice(), asOf: DEMO_AS_OF });
    case 'init':
      return runInit(command);
    case 'done':
      // The clock is read here: the log records when the work was done.
      return runDone(command, Date.now(), out, err);
    case 'what-if':
      // The clock is read here: without --as-of or --to, history runs up to today.
      return runWhatIf(command, Date.now(), out, err);
    case 'validate': {
      const read = readDataFile(command.file);
      if (read.kind === 'unreadable') {
        err(`practice-ops: cannot read the data file ${shownFileName(command.file)}: ${read.message}\n`);
        return EXIT.unreadable;
      }
      const report = read.kind === 'ok' ? { issues: [], unlisted: {} } : read;
      const count = problemCount(report);
      if (command.json) {
        const { issues, unlisted } = report;
        out(`${JSON.stringify({ valid: count === 0, problemCount: count, issues, unlisted }, null, 2)}\n`);
      } else if (count === 0) out('The data file is valid.\n');
      else out(`The data file has ${plural(count, 'problem')}:\n${formatDataFileProblems(report)}`);
      return count === 0 ? EXIT.ok : EXIT.dataProblems;
    }
    case 'digest': {
      const read = readValidDataFile(command.data, 'done', err);
      if (typeof read === 'number') return read;
      return runDigest({ ...command, data: read.data });
    }
    default: {
      const exhausted: never = command;
      return exhausted;
    }
  }
}

// A reader that stops early (`practice-ops demo --json | head -1`) closes the pipe: that is not a failure,
// so the process ends quietly with the code it already has. Any other output error is one (exit 4).
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    process.exit(error.code === 'EPIPE' ? (process.exitCode ?? EXIT.ok) : EXIT.unwritable);
  });
}

try {
  process.exitCode = run(process.argv.slice(2));
} catch {
  err('practice-ops: internal error (this is a bug; please report it with the command you ran)\n');
  process.exitCode = EXIT.internal;
}
