import { compileTriageRules, triageMessage } from '../../boundaries/index.js';
import { getLocalDate } from '../../core/index.js';
import { toEpochMs } from '../../core/internal.js';
import type { PracticeData } from '../data/practice-data.js';
import { closedByClinician } from '../done/evaluate-completed-work.js';
import { type TaskHold, workTaskId } from './work-task.js';

/**
 * What a task does to a client: contacts them (a check-in, a follow-up, a reminder, an offer, a document
 * sent), or asks them for money (a fee, a collection).
 */
export type ClientEffect = 'contact' | 'money';

/** The clients a task touches, and how. */
export interface ClientTouch {
  readonly effect: ClientEffect;
  readonly clientIds: readonly string[];
}

/** The clients whose tasks are held today: those who asked not to be contacted, those in crisis. */
export interface ClientHolds {
  readonly doNotContact: ReadonlySet<string>;
  /** Clients nobody asks for money today: a crisis of theirs is open, or one was received today. */
  readonly inCrisis: ReadonlySet<string>;
  /** Clients with a crisis message no clinician has closed: no routine contact goes to them. */
  readonly openCrisis: ReadonlySet<string>;
  /**
   * Each client's crisis windows in epoch ms, from the message's receipt to the clinician's entry that
   * closed it (`Infinity` while open): routine contact logged by staff inside one does not close its task
   * (see `splitDoneTasks`). A message marked `handled` with no clinician's entry has no window: when it was
   * closed is not recorded.
   */
  readonly crisisWindows: ReadonlyMap<string, readonly CrisisWindow[]>;
}

/** When a client's crisis was open: from the message's receipt to its close (`Infinity` while open). */
export interface CrisisWindow {
  readonly fromMs: number;
  readonly toMs: number;
}

const CRISIS_KIND = 'boundaries.message_crisis';

/**
 * Who is held on a day. A crisis message is open while it is not handled and no clinician has logged its
 * crisis task as done (the log of completed work, as `evaluateCompletedWork` reads it). A client whose
 * crisis message received by the end of the day is open is in `openCrisis`: no routine contact goes to
 * them. A client is in crisis (`inCrisis`) when such a message is open, or was received that day even if
 * closed: the crisis is then the clinician's, and nobody asks the client for money until the clinician
 * says so.
 */
export function clientHolds(data: PracticeData, asOf: string, endOfDayMs: number): ClientHolds {
  const doNotContact = new Set<string>(data.clients.filter((c) => c.doNotContact).map((c) => c.id));
  const inCrisis = new Set<string>();
  const openCrisis = new Set<string>();
  const crisisWindows = new Map<string, CrisisWindow[]>();
  const none = { doNotContact, inCrisis, openCrisis, crisisWindows };
  const zone = data.practice.zone;
  // A handled message from before today matters only when a log entry names its crisis task (its window).
  const logged = new Set<string>();
  for (const entry of data.completedWork)
    if (entry.taskId.startsWith(CRISIS_PREFIX)) logged.add(entry.taskId);
  const candidates = data.messages.filter(
    (m) =>
      toEpochMs(m.receivedAt) < endOfDayMs &&
      (!m.handled ||
        getLocalDate(m.receivedAt, zone) === asOf ||
        (logged.size > 0 && logged.has(workTaskId(CRISIS_KIND, [m.id, m.clientId])))),
  );
  if (candidates.length === 0) return none;
  const rules = compileTriageRules(data.policies.triage);
  const crises = candidates.filter(
    (m) =>
      triageMessage(m.text, m.signals === undefined ? { rules } : { rules, signals: m.signals }).outcome ===
      'crisis',
  );
  if (crises.length === 0) return none;
  const closedAt = clinicianClosedAt(
    data,
    new Set(crises.map((m) => workTaskId(CRISIS_KIND, [m.id, m.clientId]))),
  );
  for (const m of crises) {
    const close = closedAt.get(workTaskId(CRISIS_KIND, [m.id, m.clientId]));
    const open = !m.handled && close === undefined;
    if (open) openCrisis.add(m.clientId);
    if (open || getLocalDate(m.receivedAt, zone) === asOf) inCrisis.add(m.clientId);
    if (m.handled && close === undefined) continue;
    const windows = crisisWindows.get(m.clientId) ?? [];
    windows.push({ fromMs: toEpochMs(m.receivedAt), toMs: close ?? Number.POSITIVE_INFINITY });
    crisisWindows.set(m.clientId, windows);
  }
  return { doNotContact, inCrisis, openCrisis, crisisWindows };
}

const CRISIS_PREFIX = `${CRISIS_KIND}:`;

/**
 * The crisis task ids among `ids` that a clinician's entry of the log closes, each with the earliest such
 * entry's instant (epoch ms).
 */
function clinicianClosedAt(data: PracticeData, ids: ReadonlySet<string>): Map<string, number> {
  const closed = new Map<string, number>();
  for (const entry of data.completedWork) {
    if (!ids.has(entry.taskId) || !closedByClinician(CRISIS_KIND, entry, data)) continue;
    const at = toEpochMs(entry.at);
    const before = closed.get(entry.taskId);
    if (before === undefined || at < before) closed.set(entry.taskId, at);
  }
  return closed;
}

/**
 * The hold a task touching clients gets, if any (without its owner fields): no money task for a client in
 * crisis, and no contact with a client who asked not to be contacted. A money task's crisis hold comes
 * first.
 */
export function holdFor(
  touch: ClientTouch,
  holds: ClientHolds,
): Pick<TaskHold, 'reason' | 'clientId'> | undefined {
  if (touch.effect === 'money') {
    const clientId = touch.clientIds.find((id) => holds.inCrisis.has(id));
    if (clientId !== undefined) return { reason: 'client_in_crisis', clientId };
    return undefined;
  }
  const clientId = touch.clientIds.find((id) => holds.doNotContact.has(id));
  return clientId === undefined ? undefined : { reason: 'do_not_contact', clientId };
}
