import { type BillableSession, type ServiceCode, selectServiceCodes } from '../../billing/index.js';
import { type Reason, reason } from '../../core/index.js';
import { toEpochMs } from '../../core/internal.js';
import type { PracticeData } from '../data/practice-data.js';
import type { OpsReasonCode } from '../ops-reason-codes.js';
import type { BookingRequest } from './booking-request.js';

/** The service code a booking is checked against, or why it cannot be told before the session. */
export type BookingServiceCode =
  | { readonly code: ServiceCode; readonly derived: boolean }
  | { readonly code: null; readonly reason: Reason<OpsReasonCode> };

/** The billing session kind each booked type of psychotherapy is coded as (the client attends). */
const KIND_OF: Record<Exclude<BookingRequest['type'], 'intake'>, BillableSession['kind']> = {
  individual: 'individual_psychotherapy',
  couples: 'family_psychotherapy_with_patient',
  family: 'family_psychotherapy_with_patient',
  group: 'group_psychotherapy',
};

function undecided(message: string, facts: Record<string, string | number | boolean>): BookingServiceCode {
  return { code: null, reason: reason('ops.booking.service_code_undecided', 'warning', message, facts) };
}

/**
 * The service code a booking's authorization is checked against: the request's `serviceCode` when given,
 * else the code billing's time rules give the booked type and length (the booked minutes stand for the
 * face-to-face time): an individual session 90832 (16–37 minutes), 90834 (38–52) or 90837 (53 or more)
 * [sources: lcd-l35101]; a couples or family session with the client present 90847 (26 or more), a group
 * 90853 [sources: ama-cpt]; an intake 90791, or 90792 when the clinician prescribes, which only the
 * clinician chooses, so a prescriber's intake (or a clinician with no credentials on file) is undecided.
 * A length no code fits (under 16 minutes of psychotherapy) is undecided too.
 */
export function bookingServiceCode(request: BookingRequest, data: PracticeData): BookingServiceCode {
  if (request.serviceCode !== undefined) return { code: request.serviceCode, derived: false };
  const minutes = Math.floor((toEpochMs(request.end) - toEpochMs(request.start)) / 60_000);
  if (request.type === 'intake') {
    const prescribes = data.credentials.find((c) => c.clinicianId === request.clinicianId)?.prescribes;
    if (prescribes === false) return { code: '90791' as ServiceCode, derived: true };
    return undecided(
      'An intake is 90791, or 90792 with medical services, which the prescribing clinician chooses: pass the service code to check its authorization.',
      { type: request.type, prescribes: prescribes ?? 'unknown' },
    );
  }
  const selection = selectServiceCodes({ kind: KIND_OF[request.type], faceToFaceMinutes: minutes });
  const line = selection.lines[0];
  if (selection.outcome !== 'billable' || line === undefined) {
    return undecided(
      'No service code fits the booked type and length: pass the service code to check its authorization.',
      { type: request.type, minutes },
    );
  }
  return { code: line.code, derived: true };
}
