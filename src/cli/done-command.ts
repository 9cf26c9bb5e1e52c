import {
  closeSync,
  copyFileSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { formatInstant, getLocalDate, type LocalDate } from '../core/index.js';
import {
  buildWorkQueue,
  type CompletedOutcome,
  type CompletedWork,
  evaluateCompletedWork,
  type PracticeData,
  safeValidatePracticeData,
  type WorkTask,
} from '../ops/index.js';
import type { CliCommand } from './cli-args.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { shownFileName, unwritableReason } from './file-words.js';
import { formatProblems, readValidDataFile } from './read-data-file.js';
import { dueText } from './report-due-text.js';

type DoneCommand = Extract<CliCommand, { kind: 'done' }>;

/** What a task's work usually comes to, when `--outcome` does not say. */
function defaultOutcome(kind: string): CompletedOutcome | undefined {
  if (kind === 'scheduling.reminder_due') return 'reminder_sent';
  if (kind === 'scheduling.waitlist_offer') return 'offer_made';
  // Applied or waived: the person must say which.
  if (kind === 'scheduling.missed_session_fee') return undefined;
  if (kind === 'billing.claim_submit' || kind.startsWith('billing.claim_fix')) return 'claim_submitted';
  if (kind === 'billing.claim_call_payer') return 'call_made';
  if (kind.startsWith('boundaries.message_')) return 'message_answered';
  return 'done';
}

/**
 * Every task of the day, whoever owns it, whole: as a clinical role's queue lists them (a non-clinical role's
 * shows a clinician's work without its records or id). A crisis alert is each role's own; the assistant's is
 * the one looked up, as before.
 */
function allTasks(data: PracticeData, asOf: LocalDate, taskId: string): WorkTask[] {
  const queue = buildWorkQueue(data, { asOf, role: 'clinician' });
  const alerts = taskId.startsWith('boundaries.crisis_alert:')
    ? buildWorkQueue(data, { asOf }).tasks.filter((t) => t.kind === 'boundaries.crisis_alert')
    : [];
  return [...alerts, ...queue.tasks, ...queue.forOtherRoles.flatMap((g) => g.tasks)];
}

/**
 * Writes `text` to `file` so that a crash leaves either the old file or the new one, never half of one:
 * the new text goes to a temporary file beside it and is flushed, the old file is copied to `FILE.bak`,
 * then the temporary file replaces it in one rename.
 */
function replaceFile(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    const fd = openSync(temporary, 'wx');
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    copyFileSync(file, `${file}.bak`);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * `practice-ops done TASK_ID --data FILE --by WHO`: appends the task to the data file's log of completed
 * work (the one command that writes the data file), after checking that the task is in the day's queue.
 */
export function runDone(
  command: DoneCommand,
  now: number,
  out: (text: string) => void,
  err: (text: string) => void,
): ExitCode {
  const read = readValidDataFile(command.data, 'written', err);
  if (typeof read === 'number') return read;
  const data = read.data;
  const zone = data.practice.zone;
  const asOf = command.asOf ?? getLocalDate(now, zone);
  const task = allTasks(data, asOf, command.taskId).find((t) => t.id === command.taskId);
  if (task === undefined) {
    const logged = data.completedWork.some((e) => e.taskId === command.taskId);
    err(
      logged
        ? 'practice-ops: that task is already in the log of completed work; nothing was written\n'
        : `practice-ops: no task with that id is in the queue as of ${asOf} (ids are under “Codes” in the report, or in --json); nothing was written\n`,
    );
    return EXIT.refused;
  }
  const outcome = command.outcome ?? defaultOutcome(task.kind);
  if (outcome === undefined) {
    err('practice-ops: say what was done with --outcome (fee_applied or fee_waived); nothing was written\n');
    return EXIT.usage;
  }
  if (command.answer !== undefined && outcome !== 'offer_made') {
    err(
      'practice-ops: --answer applies only to a waitlist offer (outcome offer_made); nothing was written\n',
    );
    return EXIT.usage;
  }
  // A clinician's task closes only when a clinician logs it; a fee is applied only when the rule charges it.
  const check = evaluateCompletedWork(task, { by: command.by, outcome }, data);
  if (check.outcome === 'refused') {
    err('practice-ops: this log entry may not close the task; nothing was written:\n');
    for (const r of check.reasons) err(`  ${r.message} [${r.code}]\n`);
    return EXIT.refused;
  }
  const entry: CompletedWork = {
    taskId: task.id,
    at: formatInstant(Math.floor(now / 1000) * 1000, zone),
    by: command.by,
    outcome,
    ...(command.answer === undefined ? {} : { answer: command.answer }),
  };
  // Append to the file as written (not the parsed data, which has every default filled in).
  const raw = JSON.parse(readFileSync(command.data, 'utf8').replace(/^\uFEFF/, '')) as Record<
    string,
    unknown
  >;
  const log = Array.isArray(raw.completedWork) ? raw.completedWork : [];
  raw.completedWork = [...log, entry];
  const updated = safeValidatePracticeData(raw);
  if (!updated.success) {
    err('practice-ops: the log entry would make the data file invalid; nothing was written:\n');
    err(formatProblems(updated));
    return EXIT.dataProblems;
  }
  try {
    replaceFile(command.data, `${JSON.stringify(raw, null, 2)}\n`);
  } catch (error) {
    err(
      `practice-ops: the data file ${shownFileName(command.data)} could not be written (${unwritableReason(error)}); it is unchanged\n`,
    );
    return EXIT.unwritable;
  }
  const done = buildWorkQueue(updated.data, { asOf, role: task.ownerRole }).done.find(
    (d) => d.taskId === task.id,
  );
  const due = dueText(task.due, zone, asOf).text;
  const late =
    done?.late === true
      ? `late: it was due ${due}${done.daysLate > 0 ? `, ${done.daysLate} day(s) before` : ''}`
      : `on time (due ${due})`;
  out(
    `Done: ${task.title}\n  ${outcome.replaceAll('_', ' ')} by ${command.by}, ${late}.\n  Logged in ${shownFileName(command.data)} (the previous version is in ${shownFileName(command.data)}.bak).\n`,
  );
  return EXIT.ok;
}
