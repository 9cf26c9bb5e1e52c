import type { RelatedRecord, TaskBatch, WorkTask } from '../ops/index.js';
import type { PracticeReport } from '../ops/internal.js';
import { type DueText, dueText } from './report-due-text.js';

/** One task as a person reads it: whom it is about, what to do, by when and why, codes apart. */
export interface TaskView {
  /** The client (name or initials, as the role may see), else the record the task is about. */
  readonly who: string;
  readonly clinician: string | null;
  readonly what: string;
  readonly due: DueText;
  /** The one-line why: the most serious reason's message. */
  readonly why: string;
  readonly codes: readonly string[];
}

const RECORD_WORDS: Record<RelatedRecord['kind'], string> = {
  appointment: 'Session',
  authorization: 'Authorization',
  claim: 'Claim',
  client: 'Client',
  clinician: 'Clinician',
  credential: 'Credential',
  document: 'Document',
  enrollment: 'Enrollment',
  inquiry: 'Inquiry',
  message: 'Message',
  payer: 'Payer',
  records_request: 'Records request',
  series: 'Series',
  waitlist_entry: 'Waitlist entry',
};

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

function recordName(record: RelatedRecord, digest: PracticeReport): string {
  const { names } = digest;
  if (record.kind === 'client') return names.clients[record.id] ?? `Client ${record.id}`;
  if (record.kind === 'clinician') return names.clinicians[record.id] ?? record.id;
  if (record.kind === 'payer') return names.payers[record.id] ?? record.id;
  return `${RECORD_WORDS[record.kind]} ${record.id}`;
}

/** Whom a task is about: its clients, else its clinician and payer, else its first record. */
function whoOf(task: WorkTask, digest: PracticeReport): string {
  const clients = task.related.filter((r) => r.kind === 'client');
  if (clients.length > 0) return clients.map((r) => recordName(r, digest)).join(', ');
  const people = task.related.filter((r) => r.kind === 'clinician' || r.kind === 'payer');
  if (people.length > 0) return people.map((r) => recordName(r, digest)).join(' · ');
  const first = task.related[0];
  return first === undefined ? 'The practice' : recordName(first, digest);
}

/** A task's title with any client id in it replaced by the name the role may see. */
function titleOf(task: WorkTask, digest: PracticeReport): string {
  let title = task.title;
  for (const r of task.related) {
    if (r.kind === 'client' && title.includes(r.id)) title = title.replaceAll(r.id, recordName(r, digest));
  }
  return title;
}

/**
 * The reason a person should read first: a held task's hold (its first reason), else the most serious, the
 * first of equals.
 */
function whyOf(task: WorkTask): string {
  if (task.hold !== undefined) return task.reasons[0]?.message ?? '';
  let best = task.reasons[0];
  for (const r of task.reasons)
    if (best === undefined || SEVERITY_RANK[r.severity] < SEVERITY_RANK[best.severity]) best = r;
  return best?.message ?? '';
}

/** The view of one task of the digest's role. */
export function viewTask(task: WorkTask, digest: PracticeReport): TaskView {
  const clinicianId = digest.names.taskClinicians[task.id];
  return {
    who: whoOf(task, digest),
    clinician: clinicianId === undefined ? null : (digest.names.clinicians[clinicianId] ?? clinicianId),
    what: titleOf(task, digest),
    due: dueText(task.due, digest.zone, digest.queue.asOf),
    why: whyOf(task),
    codes: [...new Set(task.reasons.map((r) => r.code))],
  };
}

/** A batch's title; a batch of one reads as its task, with the names the role may see. */
export function batchTitle(batch: TaskBatch, first: WorkTask, digest: PracticeReport): string {
  return batch.count === 1 ? titleOf(first, digest) : batch.title;
}
