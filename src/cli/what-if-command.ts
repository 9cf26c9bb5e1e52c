import { writeFileSync } from 'node:fs';
import { getLocalDate, type LocalDate, ValidationError, type ValidationIssue } from '../core/index.js';
import { formatPath } from '../core/internal.js';
import { type PracticeData, replayPolicy, selectPolicyVersion } from '../ops/index.js';
import type { CliCommand } from './cli-args.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { shownFileName, unwritableReason } from './file-words.js';
import { formatProblems, problemCount, readJson, readValidDataFile } from './read-data-file.js';
import { terminalStyle, wantsColour } from './terminal-style.js';
import { renderWhatIfHtml, renderWhatIfTerminal } from './what-if-render.js';
import { notReplayedText, REPLAYED_SECTIONS } from './what-if-text.js';
import { terminalWidth, wrapText } from './wrap-text.js';

type WhatIfCommand = Extract<CliCommand, { kind: 'what-if' }>;

// JSON with object members sorted, so that two sections written in another order compare equal.
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null)
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

/**
 * The proposal's sections that differ from the current ones and that no replay reads (`triage`,
 * `utilizationTargetBasisPoints`…), sorted: a practice owner who changed one must not read "no change"
 * as the answer. Called after the replay validated the proposal, so each is a schema's section name.
 */
export function sectionsNotReplayed(proposed: object, current: object): string[] {
  const now = current as Record<string, unknown>;
  return Object.entries(proposed)
    .filter(([key, value]) => !REPLAYED_SECTIONS.includes(key) && canonical(value) !== canonical(now[key]))
    .map(([key]) => key)
    .sort();
}

// replayPolicy names a problem of the proposal under its option (`$.options.proposed.cancellation`): the
// user wrote the proposal's file, so its paths are shown from that file's root (`$.cancellation`).
function inProposedFile(issue: ValidationIssue): ValidationIssue {
  if (issue.path[0] !== 'options' || issue.path[1] !== 'proposed') return issue;
  const path = issue.path.slice(2);
  return { ...issue, path, at: formatPath(path) };
}

/**
 * `practice-ops what-if`: replays the data file's history under the policy sections in the proposed
 * file (each section given replaces the data file's section whole) and prints what would have changed.
 * `nowMs` is the clock, read by the caller: with neither --as-of nor --to, history runs up to today.
 */
export function runWhatIf(
  command: WhatIfCommand,
  nowMs: number,
  out: (text: string) => void,
  err: (text: string) => void,
): ExitCode {
  const read = readValidDataFile(command.data, 'done', err);
  if (typeof read === 'number') return read;
  const proposed = readJson(command.proposed);
  const proposedName = shownFileName(command.proposed);
  if (proposed.kind === 'unreadable') {
    err(`practice-ops: cannot read the proposed policy file ${proposedName}: ${proposed.message}\n`);
    return EXIT.unreadable;
  }
  if (proposed.kind === 'problems') {
    const count = problemCount(proposed);
    err(
      `practice-ops: the proposed policy file ${proposedName} has ${count} problem${count === 1 ? '' : 's'}; nothing was done:\n`,
    );
    err(formatProblems(proposed));
    return EXIT.dataProblems;
  }
  if (
    proposed.kind !== 'json' ||
    typeof proposed.json !== 'object' ||
    proposed.json === null ||
    Array.isArray(proposed.json)
  ) {
    err(
      `practice-ops: the proposed policy file ${proposedName} must be a JSON object of policy sections (as in the data file’s "policies"); nothing was done\n`,
    );
    return EXIT.dataProblems;
  }
  const data: PracticeData = read.data;
  const asOf: LocalDate =
    command.asOf ?? command.to ?? getLocalDate(new Date(nowMs).toISOString(), data.practice.zone);
  // The dates are options: --from after the last day replayed is a usage error, not the policy's.
  const last = command.to !== undefined && command.to < asOf ? command.to : asOf;
  if (command.from !== undefined && command.from > last) {
    err(`practice-ops: --from must be on or before --as-of and --to (${last}); nothing was done\n`);
    return EXIT.usage;
  }
  // The proposal changes the policies in force on --as-of: the file's version then, when it keeps
  // versions (each past event is replayed under the version in force on its date).
  let base: object = data.policies;
  if (data.policyVersions !== undefined) {
    const inForce = selectPolicyVersion(data.policyVersions, { asOf });
    if (inForce.policies === null) {
      err(
        `practice-ops: no policy version of the data file was in force on ${asOf} (the first took effect on ${String(inForce.reasons[0]?.facts['firstEffectiveFrom'])}); nothing was done: give an --as-of on or after that date\n`,
      );
      return EXIT.dataProblems;
    }
    const { version: _version, effectiveFrom: _from, ...policies } = inForce.policies;
    base = policies;
  }
  let replay: ReturnType<typeof replayPolicy>;
  try {
    replay = replayPolicy({
      history: data,
      proposed: { ...base, ...(proposed.json as object) },
      asOf,
      ...(command.from === undefined ? {} : { from: command.from }),
      ...(command.to === undefined ? {} : { to: command.to }),
    });
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const count = problemCount(error);
    err(
      `practice-ops: the proposed policy file ${proposedName} has ${count.toLocaleString('en-US')} problem${count === 1 ? '' : 's'}; nothing was done:\n`,
    );
    err(formatProblems({ issues: error.issues.map(inProposedFile), unlisted: error.unlisted }));
    return EXIT.dataProblems;
  }
  const name = data.practice.name;
  const notes = {
    zone: data.practice.zone,
    notReplayed: sectionsNotReplayed(proposed.json as object, base),
  };
  if (command.html !== undefined) {
    try {
      writeFileSync(command.html, renderWhatIfHtml(replay, name, notes), 'utf8');
    } catch (error) {
      err(
        `practice-ops: the --html file ${shownFileName(command.html)} could not be written: ${unwritableReason(error)}\n`,
      );
      return EXIT.unwritable;
    }
  }
  if (command.json) {
    out(`${JSON.stringify(replay, null, 2)}\n`);
    // stdout stays the replay's JSON alone; the note is for the person who ran it.
    if (notes.notReplayed.length > 0) err(`practice-ops: ${notReplayedText(notes.notReplayed)}\n`);
  } else
    out(
      wrapText(
        renderWhatIfTerminal(
          replay,
          name,
          notes,
          terminalStyle(
            wantsColour({
              isTty: process.stdout.isTTY === true,
              noColorFlag: command.noColor,
              env: process.env,
            }),
          ),
        ),
        terminalWidth(process.stdout, process.env),
      ),
    );
  return EXIT.ok;
}
