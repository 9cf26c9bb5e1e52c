import { readFileSync } from 'node:fs';
import type { UnlistedIssues, ValidationIssue } from '../core/index.js';
import type { PracticeData } from '../ops/index.js';
import { safeValidateParsedPracticeData } from '../ops/internal.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { shownFileName } from './file-words.js';

/** The result of reading a practice data file: the data, or why not (never with values from the file). */
export type ReadDataFileResult =
  | { readonly kind: 'ok'; readonly data: PracticeData }
  | { readonly kind: 'unreadable'; readonly message: string }
  | {
      readonly kind: 'problems';
      readonly issues: readonly ValidationIssue[];
      /** Problems beyond the listed ones, by code. */
      readonly unlisted: UnlistedIssues;
    };

function unreadableMessage(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  switch (code) {
    case 'ENOENT':
      return 'the file does not exist';
    case 'EISDIR':
      return 'the path is a directory, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return 'the file could not be read';
  }
}

/** Line and column (1-based) of a character offset in a text. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i += 1) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

/** A JSON syntax problem at `$`, located by line and column when the parser says where (never quoting it). */
function syntaxIssue(text: string, error: unknown): ValidationIssue {
  const found = /position (\d+)/.exec(error instanceof Error ? error.message : '');
  const where =
    found?.[1] === undefined
      ? text.trim() === ''
        ? ' (the file is empty)'
        : ' (it ends too early or has a stray character)'
      : (() => {
          const { line, column } = lineAndColumn(text, Number(found[1]));
          return ` at line ${line}, column ${column}`;
        })();
  return { path: [], at: '$', code: 'json.syntax', message: `is not valid JSON${where}` };
}

const encodingIssue = (message: string): ValidationIssue => ({
  path: [],
  at: '$',
  code: 'json.encoding',
  message,
});

/**
 * The file's bytes as UTF-8 text, or why they are not: a spreadsheet or editor that saves "Unicode" writes
 * UTF-16, and an old one Windows-1252. Decoding those as UTF-8 would fail at the first character with no
 * useful word, or, worse, turn an accented name into U+FFFD and validate.
 */
function decodeText(bytes: Buffer): string | ValidationIssue {
  const utf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff) ||
    (bytes.length >= 2 && (bytes[0] === 0 || bytes[1] === 0));
  if (utf16)
    return encodingIssue(
      'is saved as UTF-16 text: save the file as UTF-8 (JSON files are UTF-8) and try again',
    );
  if (bytes.includes(0))
    return encodingIssue('holds binary data (zero bytes), not JSON text: is it the right file?');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return encodingIssue(
      'is not UTF-8 text (an accented letter saved in an older encoding?): save the file as UTF-8 and try again',
    );
  }
}

/** Reads, parses and validates a practice data file. Never throws for a bad file. */
export function readDataFile(file: string): ReadDataFileResult {
  const read = readJson(file);
  if (read.kind !== 'json') return read;
  // The parsed JSON is ours alone: the validated records are its own objects, not a second copy.
  const result = safeValidateParsedPracticeData(read.json);
  return result.success
    ? { kind: 'ok', data: result.data }
    : { kind: 'problems', issues: result.issues, unlisted: result.unlisted };
}

// In a function of its own so the file's text can be freed once parsed: it is as large as the file, and
// would otherwise stay alive while the records are validated.
export function readJson(
  file: string,
): { readonly kind: 'json'; readonly json: unknown } | ReadDataFileResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return { kind: 'unreadable', message: unreadableMessage(error) };
  }
  const decoded = decodeText(bytes);
  if (typeof decoded !== 'string') return { kind: 'problems', issues: [decoded], unlisted: {} };
  let text = decoded;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return { kind: 'json', json: JSON.parse(text) };
  } catch (error) {
    return { kind: 'problems', issues: [syntaxIssue(text, error)], unlisted: {} };
  }
}

/**
 * Reads a data file a command needs valid: the data, or, having told `err` why not (and that `nothing` was
 * done or written), the exit code to return.
 */
export function readValidDataFile(
  file: string,
  nothing: 'done' | 'written',
  err: (text: string) => void,
): { readonly data: PracticeData } | ExitCode {
  const read = readDataFile(file);
  if (read.kind === 'unreadable') {
    err(`practice-ops: cannot read the data file ${shownFileName(file)}: ${read.message}\n`);
    return EXIT.unreadable;
  }
  if (read.kind === 'problems') {
    const count = problemCount(read);
    err(
      `practice-ops: the data file ${shownFileName(file)} has ${count.toLocaleString('en-US')} problem${count === 1 ? '' : 's'}; nothing was ${nothing}:\n`,
    );
    err(formatDataFileProblems(read));
    return EXIT.dataProblems;
  }
  return { data: read.data };
}

/** At most this many problem lines are printed; `--json` carries the full (capped) list. */
export const MAX_PRINTED_PROBLEMS = 50;

/** How many problems a report holds, listed or only counted. */
export function problemCount(report: {
  readonly issues: readonly unknown[];
  readonly unlisted: UnlistedIssues;
}) {
  return report.issues.length + Object.values(report.unlisted).reduce((a, b) => a + b, 0);
}

/**
 * Whether a report of the data file stopped at its shape: the references between records (`ops.data.*`)
 * are checked only once every record has the right shape, so a shape problem means they were not yet.
 */
export function stoppedAtShape(report: {
  readonly issues: readonly ValidationIssue[];
  readonly unlisted: UnlistedIssues;
}): boolean {
  // A file that is not JSON text was not checked at all: its shape comes next, not its references.
  if (report.issues.some((i) => i.code.startsWith('json.'))) return false;
  const shape = (code: string) => !code.startsWith('ops.data.');
  return report.issues.some((i) => shape(i.code)) || Object.keys(report.unlisted).some(shape);
}

/** Said after a report that stopped at the shape: the count is not the whole story yet. */
export const REFERENCES_NOT_CHECKED =
  'References between records (ids that name no record, ids used twice) are checked once these are fixed: run validate again.\n';

/** {@link formatProblems} of a data file, then, after shape problems, that references come next. */
export function formatDataFileProblems(report: {
  readonly issues: readonly ValidationIssue[];
  readonly unlisted: UnlistedIssues;
}): string {
  return `${formatProblems(report)}${stoppedAtShape(report) ? REFERENCES_NOT_CHECKED : ''}`;
}

/**
 * Formats problems one per line (`  $.path: message [code]`), at most {@link MAX_PRINTED_PROBLEMS}, then,
 * when some are not printed, how many and a count of every problem by code.
 */
export function formatProblems(report: {
  readonly issues: readonly ValidationIssue[];
  readonly unlisted: UnlistedIssues;
}): string {
  const shown = report.issues.slice(0, MAX_PRINTED_PROBLEMS);
  const lines = shown.map((i) => `  ${i.at}: ${i.message} [${i.code}]\n`);
  const total = problemCount(report);
  if (total === shown.length) return lines.join('');
  const byCode = new Map<string, number>();
  for (const i of report.issues) byCode.set(i.code, (byCode.get(i.code) ?? 0) + 1);
  for (const [code, n] of Object.entries(report.unlisted)) byCode.set(code, (byCode.get(code) ?? 0) + n);
  const width = Math.max(...[...byCode.keys()].map((c) => c.length));
  const summary = [...byCode]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([code, n]) => `  ${code.padEnd(width)}  ${n.toLocaleString('en-US')}\n`);
  const more = (total - shown.length).toLocaleString('en-US');
  return `${lines.join('')}  … and ${more} more (--json lists the first ${report.issues.length})\nProblems by code:\n${summary.join('')}`;
}
