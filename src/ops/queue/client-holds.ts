import { compileTriageRules, triageMessage } from '../../boundaries/index.js';
import { getLocalDate } from '../../core/index.js';
import { toEpochMs } from '../../core/internal.js';
import type { PracticeData } from '../data/practice-data.js';
import type { TaskHold } from './work-task.js';

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
  readonly inCrisis: ReadonlySet<string>;
}

/**
 * Who is held on a day. A client is in crisis when a message of theirs received by the end of the day
 * reads as a crisis and is still open (not handled), or was received that day: the crisis is then the
 * clinician's, and nobody asks the client for money until the clinician says so.
 */
export function clientHolds(data: PracticeData, asOf: string, endOfDayMs: number): ClientHolds {
  const doNotContact = new Set<string>(data.clients.filter((c) => c.doNotContact).map((c) => c.id));
  const inCrisis = new Set<string>();
  const zone = data.practice.zone;
  const candidates = data.messages.filter(
    (m) => toEpochMs(m.receivedAt) < endOfDayMs && (!m.handled || getLocalDate(m.receivedAt, zone) === asOf),
  );
  if (candidates.length > 0) {
    const rules = compileTriageRules(data.policies.triage);
    for (const m of candidates) {
      if (!inCrisis.has(m.clientId) && triageMessage(m.text, { rules }).outcome === 'crisis')
        inCrisis.add(m.clientId);
    }
  }
  return { doNotContact, inCrisis };
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
