import { isClinicalRole, MINIMUM_NECESSARY_MATRIX } from '../../boundaries/index.js';
import type { PracticeData } from '../data/practice-data.js';
import type { WorkQueueRole } from '../queue/work-queue-role.js';
import type { WorkTask } from '../queue/work-task.js';
import type { DigestNames } from './practice-digest.js';

/** Whether a role's minimum-necessary access includes client identity for any purpose it acts for. */
function seesClientIdentity(role: WorkQueueRole): boolean {
  return Object.values(MINIMUM_NECESSARY_MATRIX[role]).some((categories) =>
    (categories ?? []).includes('identity'),
  );
}

/** Initials of a name: `Nilo Yewdale` → `N. Y.`. */
function initialsOf(name: string): string {
  const parts = name.split(/\s+/).filter((p) => p !== '');
  return parts.map((p) => `${p[0]?.toUpperCase() ?? ''}.`).join(' ');
}

/**
 * The names the digest may show a role: clients of the role's own tasks (their display name, or initials
 * when the role's minimum-necessary access has no client identity), every clinician and payer by name.
 * A record without a name keeps its id. [sources: hhs-minimum-necessary, cfr-45-164.514]
 */
export function digestNames(
  data: PracticeData,
  role: WorkQueueRole,
  tasks: readonly WorkTask[],
): DigestNames {
  const clientIds = new Set<string>();
  for (const t of tasks) for (const r of t.related) if (r.kind === 'client') clientIds.add(r.id);
  const full = seesClientIdentity(role);
  const clients: Record<string, string> = {};
  for (const c of data.clients) {
    if (!clientIds.has(c.id)) continue;
    clients[c.id] = c.name === undefined ? c.id : full ? c.name : initialsOf(c.name);
  }
  const clinicians: Record<string, string> = {};
  for (const c of data.clinicians) clinicians[c.id] = c.name ?? c.id;
  const payers: Record<string, string> = {};
  for (const p of data.payers) payers[p.payerId] = p.name;
  return {
    clientNames: full ? 'full' : 'initials',
    clients,
    clinicians,
    payers,
    taskClinicians: taskClinicians(data, tasks),
    clinical: isClinicalRole(role),
  };
}

/** The clinician each task is for, where a related record names one (itself, a session, a waitlist entry). */
function taskClinicians(data: PracticeData, tasks: readonly WorkTask[]): Record<string, string> {
  // Ids by kind, not `kind:id` keys: 200,000 sessions are looked up by their own id, with no key built.
  const sessions = new Map<string, string | undefined>();
  const entries = new Map<string, string | undefined>();
  for (const t of tasks) {
    for (const r of t.related) {
      if (r.kind === 'appointment') sessions.set(r.id, undefined);
      else if (r.kind === 'waitlist_entry') entries.set(r.id, undefined);
    }
  }
  for (const a of data.appointments) if (sessions.has(a.id)) sessions.set(a.id, a.clinicianId);
  for (const w of data.waitlist)
    if (w.clinicianId !== null && entries.has(w.id)) entries.set(w.id, w.clinicianId);
  const out: Record<string, string> = {};
  for (const t of tasks) {
    for (const r of t.related) {
      const id =
        r.kind === 'clinician'
          ? r.id
          : r.kind === 'appointment'
            ? sessions.get(r.id)
            : r.kind === 'waitlist_entry'
              ? entries.get(r.id)
              : undefined;
      if (id !== undefined) {
        out[t.id] = id;
        break;
      }
    }
  }
  return out;
}
