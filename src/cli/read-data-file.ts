import { readFileSync } from 'node:fs';
import type { ValidationIssue } from '../core/index.js';
import { type PracticeData, safeValidatePracticeData } from '../ops/index.js';

/** The result of reading a practice data file: the data, or why not (never with values from the file). */
export type ReadDataFileResult =
  | { readonly kind: 'ok'; readonly data: PracticeData }
  | { readonly kind: 'unreadable'; readonly message: string }
  | { readonly kind: 'problems'; readonly issues: readonly ValidationIssue[] };

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

/** Reads, parses and validates a practice data file. Never throws for a bad file. */
export function readDataFile(file: string): ReadDataFileResult {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { kind: 'unreadable', message: unreadableMessage(error) };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { kind: 'problems', issues: [syntaxIssue(text, error)] };
  }
  const result = safeValidatePracticeData(json);
  return result.success ? { kind: 'ok', data: result.data } : { kind: 'problems', issues: result.issues };
}

/** Formats problems one per line: `  $.path: message [code]`. */
export function formatIssues(issues: readonly ValidationIssue[]): string {
  return issues.map((i) => `  ${i.at}: ${i.message} [${i.code}]\n`).join('');
}
