import { getLocalDate, type IanaZone, type LocalDate, type Reason, reason } from '../../core/index.js';
import { toEpochMs } from '../../core/internal.js';
import {
  evaluateMedicareTelehealthInPerson,
  type MedicareInPersonPendingVisit,
} from '../../scheduling/index.js';
import type { PracticeData } from '../data/practice-data.js';
import type { BookingRequest } from './booking-request.js';
import { datesOfService, sessionDatesAtClient } from './coverage-checks.js';
import type { BookingReasonCode } from './evaluate-booking.js';

type Client = PracticeData['clients'][number];
type Office = NonNullable<PracticeData['practice']['offices']>[number];

/**
 * The day an in-person visit happened where it happened: its own zone, else its office's listed zone; at an
 * office listed without one, the earliest day any clock of its state shows (a visit dated earlier ends its 12
 * months sooner: the safe reading when which clock the office keeps is not known; 23:30 in El Paso is 00:30
 * the next day in Dallas [sources: cfr-49-71]); at an office not listed, the clinician's zone.
 */
function inPersonVisitDate(
  start: PracticeData['appointments'][number]['start'],
  ownZone: IanaZone | undefined,
  office: Office | undefined,
  clinician: Clinician,
): LocalDate {
  const zone = ownZone ?? office?.zone;
  if (zone !== undefined) return getLocalDate(start, zone);
  if (office === undefined) return getLocalDate(start, clinician.zone);
  return datesOfService(
    { clientState: office.state, start, modality: 'in_person' },
    undefined,
  )[0] as LocalDate;
}
type Clinician = PracticeData['clinicians'][number];

/**
 * Medicare's in-person visit requirement for a telehealth session, by the scheduling module, from the
 * practice's records, under the practice's `medicareTelehealthInPerson` policy (the enforcement date is data):
 *
 * - the client's earlier telehealth sessions held with this clinician date the first one (the law counts
 *   from the first time this clinician furnishes one: a colleague's telehealth sessions do not make this
 *   clinician's first a later one; since 2026-12-06);
 * - in-person sessions held with this clinician before this one count, each dated where it happened: the
 *   session's own `modality.zone`, else its office's `zone` in `practice.offices`, else, at an office listed
 *   without one, the earliest day of its state's clocks ({@link inPersonVisitDate}), else the clinician's
 *   zone (since 2026-12-07; always the clinician's before: a 22:00 visit in Los Angeles was the next day for a
 *   New York clinician, and covered one day too many); a telehealth session is dated where the client was
 *   ({@link sessionDatesAtClient});
 * - an in-person session another clinician of the practice held counts only if they share this clinician's
 *   Medicare specialty and subspecialty, which the data file does not say: a person confirms it
 *   (`colleague_specialty_unconfirmed`); one with this clinician still `scheduled` on a day before `today`
 *   has no outcome on record (`outcome_not_recorded`), and one from `today` on is still to come
 *   (`planned`): neither is counted on a guess, so the answer is undecided, as a warning;
 * - the request's `clientAtHome` (left out: at home, the usual case) and `medicareInPersonExceptionOn`
 *   are passed on.
 *
 * - An in-person visit needed and not on record warns (`ops.booking.medicare_in_person_needed`), with the
 *   scheduling module's reason as a warning: Medicare may refuse to pay the session as telehealth, so the
 *   booking shows it; it is not a reason to refuse the client care.
 * - Coverage not recorded, or a visit a person must confirm: the module's `undecided` reasons, as warnings.
 * - One on record, or an exception: its information. Not applicable (in person, no Medicare, not at home,
 *   before the date): nothing.
 */
export function medicareInPersonReasons(
  request: BookingRequest,
  client: Client,
  clinician: Clinician,
  sessionDate: LocalDate,
  today: LocalDate,
  data: PracticeData,
): Reason<BookingReasonCode>[] {
  if (request.modality !== 'telehealth') return [];
  const startMs = toEpochMs(request.start);
  const offices = new Map((data.practice.offices ?? []).map((o) => [o.id as string, o]));
  const inPersonDates: LocalDate[] = [];
  const telehealthDates: LocalDate[] = [];
  const pendingInPersonVisits: MedicareInPersonPendingVisit[] = [];
  for (const a of data.appointments) {
    if (!a.clientIds.includes(client.id) || toEpochMs(a.start) >= startMs) continue;
    const date =
      a.modality.kind === 'in_person'
        ? inPersonVisitDate(a.start, a.modality.zone, offices.get(a.modality.locationId as string), clinician)
        : (sessionDatesAtClient(
            { clientState: a.modality.clientLocationState, start: a.start, end: a.end },
            client,
          )[0] as LocalDate);
    const own = a.clinicianId === request.clinicianId;
    const held = a.status.state === 'completed';
    if (a.modality.kind === 'telehealth') {
      if (own && held) telehealthDates.push(date);
    } else if (held) {
      if (own) inPersonDates.push(date);
      else pendingInPersonVisits.push({ date, pending: 'colleague_specialty_unconfirmed' });
    } else if (own && a.status.state === 'scheduled') {
      pendingInPersonVisits.push({ date, pending: date < today ? 'outcome_not_recorded' : 'planned' });
    }
  }
  const decision = evaluateMedicareTelehealthInPerson(
    {
      payerClasses: [...client.payerClasses],
      modality: request.modality,
      sessionDate,
      inPersonDates,
      telehealthDates,
      pendingInPersonVisits,
      ...(request.clientAtHome === undefined ? {} : { clientAtHome: request.clientAtHome }),
      ...(request.medicareInPersonExceptionOn === undefined
        ? {}
        : { exceptionDocumentedOn: request.medicareInPersonExceptionOn }),
    },
    data.policies.medicareTelehealthInPerson,
  );
  switch (decision.outcome) {
    case 'not_applicable':
      return [];
    case 'satisfied':
      return [...decision.reasons];
    case 'undecided':
      return decision.reasons.map((r) => ({ ...r, severity: 'warning' as const }));
    case 'in_person_needed':
      return [
        reason(
          'ops.booking.medicare_in_person_needed',
          'warning',
          'Medicare asks for an in-person visit before this telehealth session and none is on record: book one with this clinician first, or document an exception, or Medicare may not pay the session.',
          { sessionDate, requiredFrom: decision.requiredFrom },
        ),
        ...decision.reasons.map((r) => ({ ...r, severity: 'warning' as const })),
      ];
    default: {
      const exhausted: never = decision;
      return exhausted;
    }
  }
}
