import { getLocalDate, type LocalDate, type Reason, reason } from '../../core/index.js';
import { toEpochMs } from '../../core/internal.js';
import { evaluateMedicareTelehealthInPerson } from '../../scheduling/index.js';
import type { PracticeData } from '../data/practice-data.js';
import type { BookingRequest } from './booking-request.js';
import type { BookingReasonCode } from './evaluate-booking.js';

type Client = PracticeData['clients'][number];
type Clinician = PracticeData['clinicians'][number];

/**
 * Medicare's in-person visit requirement for a telehealth session, by the scheduling module, from the
 * practice's records: the client's earlier in-person sessions with this clinician (held or still scheduled
 * before this one, dated in the clinician's zone) and their earlier telehealth sessions with the practice,
 * under the practice's `medicareTelehealthInPerson` policy (the enforcement date is data). The client is
 * taken to be at home, as for most therapy by telehealth.
 *
 * - An in-person visit needed and not on record warns (`ops.booking.medicare_in_person_needed`), with the
 *   scheduling module's reason as a warning: Medicare may refuse to pay the session as telehealth, so the
 *   booking shows it; it is not a reason to refuse the client care.
 * - Coverage not recorded: the module's `undecided` reason, as a warning.
 * - One on record: its information. Not applicable (in person, no Medicare, before the date): nothing.
 */
export function medicareInPersonReasons(
  request: BookingRequest,
  client: Client,
  clinician: Clinician,
  sessionDate: LocalDate,
  data: PracticeData,
): Reason<BookingReasonCode>[] {
  if (request.modality !== 'telehealth') return [];
  const startMs = toEpochMs(request.start);
  const inPersonDates: LocalDate[] = [];
  const telehealthDates: LocalDate[] = [];
  for (const a of data.appointments) {
    if (!a.clientIds.includes(client.id) || toEpochMs(a.start) >= startMs) continue;
    if (a.status.state !== 'completed' && a.status.state !== 'scheduled') continue;
    const date = getLocalDate(a.start, clinician.zone);
    if (a.modality.kind === 'telehealth') telehealthDates.push(date);
    else if (a.clinicianId === request.clinicianId) inPersonDates.push(date);
  }
  const decision = evaluateMedicareTelehealthInPerson(
    {
      payerClasses: [...client.payerClasses],
      modality: request.modality,
      sessionDate,
      inPersonDates,
      telehealthDates,
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
