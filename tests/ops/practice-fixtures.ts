// Shared test fixtures: a small generated practice and a booking that every module allows.
import {
  generatePractice,
  type PracticeData,
  type WorkQueue,
  type WorkQueueRole,
  type WorkTask,
} from '../../src/ops/index.js';

export const AS_OF = '2026-11-20';

/** A small practice as of AS_OF (Friday), deep-copied so tests may change it. */
export function smallPractice(seed = 11): PracticeData {
  const data = generatePractice({ seed, asOf: AS_OF, clinicians: 4, clientsPerClinician: 6 });
  return structuredClone(data);
}

/**
 * A booking every module allows: clin-001 (New York) with one of its self-pay clients in New York, by
 * telehealth, Tuesday 2026-11-24 at 15:00 local (sessions are generated 09:00–12:53), booked by the
 * assistant. The client has been seen before, so no first-session paperwork applies.
 */
export function allowedBooking(data: PracticeData) {
  const clinician = data.clinicians[0];
  if (clinician === undefined) throw new Error('fixture: no clinician');
  const seen = new Set(
    data.appointments
      .filter((a) => a.clinicianId === clinician.id && a.status.state === 'completed')
      .flatMap((a) => a.clientIds),
  );
  const client = data.clients.find((c) => seen.has(c.id) && c.payerIds.length === 0);
  if (client === undefined) throw new Error('fixture: no self-pay client seen by clin-001');
  return {
    clinicianId: clinician.id,
    clientId: client.id,
    start: '2026-11-24T15:00:00-05:00',
    end: '2026-11-24T15:53:00-05:00',
    type: 'individual' as const,
    modality: 'telehealth' as const,
    clientState: 'NY' as const,
    bookedBy: 'staff-assistant',
  };
}

/**
 * The practice with its main office listed (`office-main`, New York, on New York time): an in-person
 * booking at an office the data does not list is refused (`ops.booking.office_not_listed`).
 */
export function withMainOffice(data: PracticeData): PracticeData {
  const copy = structuredClone(data);
  copy.practice.offices = [{ id: 'office-main', state: 'NY', zone: 'America/New_York' }] as never;
  return copy;
}

/**
 * The practice with no office listed (the generated practices list theirs since 2026-12-07): every
 * in-person booking is then at an office the data does not list.
 */
export function withoutOffices(data: PracticeData): PracticeData {
  const copy = structuredClone(data);
  copy.practice.offices = [];
  return copy;
}

/** Every task of a queue: the role's own and those listed for the other roles. */
export const allTasks = (q: WorkQueue): WorkTask[] => [
  ...q.tasks,
  ...q.forOtherRoles.flatMap((g) => g.tasks),
];

/** Every role a work queue is built for, the non-clinical ones first. */
export const QUEUE_ROLES: readonly WorkQueueRole[] = [
  'assistant',
  'biller',
  'credentialing_coordinator',
  'practice_owner',
  'clinician',
  'supervisor',
];

/** The roles that never see a clinician's task whole. */
export const NON_CLINICAL_ROLES: readonly WorkQueueRole[] = QUEUE_ROLES.filter(
  (r) => r !== 'clinician' && r !== 'supervisor',
);
