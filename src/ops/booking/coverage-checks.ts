import { type LocalDate, type Reason, reason, toEpochDay, toEpochMs } from '../../core/index.js';
import type { PracticeData } from '../data/practice-data.js';
import type { BookingRequest } from './booking-request.js';

type Client = PracticeData['clients'][number];
const FIRST_SESSION_BLOCKING = ['financial_policy', 'informed_consent', 'intake_questionnaire'] as const;

/** Credentialing checks: a license or compact privilege covers the client's state on the date. */
export function jurisdictionReasons(request: BookingRequest, date: LocalDate, data: PracticeData): Reason[] {
  const day = toEpochDay(date);
  const covered = data.credentials.some(
    (c) =>
      c.clinicianId === request.clinicianId &&
      c.state === request.clientState &&
      (c.kind === 'license' ||
        (request.modality === 'telehealth' && c.kind !== 'caqh' && c.kind !== 'malpractice')) &&
      (!c.telehealthOnly || request.modality === 'telehealth') &&
      toEpochDay(c.issuedOn) <= day &&
      day <= toEpochDay(c.expiresOn),
  );
  return covered
    ? []
    : [
        reason(
          'ops.booking.no_license_in_state',
          'error',
          'No license or compact privilege covers the client’s state on that date.',
          { clientState: request.clientState, date },
        ),
      ];
}

/** Network and billing checks: payer accepted and in network, authorization, fresh active eligibility. */
export function coverageReasons(
  request: BookingRequest,
  client: Client,
  date: LocalDate,
  data: PracticeData,
): Reason[] {
  const out: Reason[] = [];
  const payerId = client.payerId;
  if (payerId === undefined) return out;
  const day = toEpochDay(date);
  const clinician = data.clinicians.find((c) => c.id === request.clinicianId);
  if (clinician !== undefined && !clinician.payersAccepted.includes(payerId)) {
    out.push(
      reason('ops.booking.payer_not_accepted', 'error', 'The clinician does not accept the client’s payer.', {
        payerId,
      }),
    );
  }
  const enrolled = data.enrollments.some(
    (e) =>
      e.clinicianId === request.clinicianId &&
      e.payerId === payerId &&
      e.status === 'approved' &&
      e.effectiveOn !== undefined &&
      toEpochDay(e.effectiveOn) <= day &&
      (e.terminatedOn === undefined || day < toEpochDay(e.terminatedOn)),
  );
  if (!enrolled) {
    out.push(
      reason(
        'ops.booking.out_of_network',
        'error',
        'The clinician is not in network with the client’s payer on that date.',
        { payerId, date },
      ),
    );
  }
  const payer = data.payers.find((p) => p.payerId === payerId);
  if (payer?.priorAuthorizationCodes.some((c) => c === request.serviceCode) === true) {
    const authorized = data.authorizations.some(
      (a) =>
        a.clientId === client.id &&
        a.payerId === payerId &&
        a.codes.includes(request.serviceCode) &&
        a.sessionsUsed < a.sessionsAuthorized &&
        toEpochDay(a.startDate) <= day &&
        day <= toEpochDay(a.endDate),
    );
    if (!authorized) {
      out.push(
        reason(
          'ops.booking.authorization_missing',
          'error',
          'The payer needs a prior authorization that covers this session.',
          { serviceCode: request.serviceCode },
        ),
      );
    }
  }
  const check = data.eligibility.find((e) => e.clientId === client.id && e.payerId === payerId);
  if (check === undefined) {
    out.push(
      reason(
        'ops.booking.eligibility_missing',
        'warning',
        'Eligibility with this payer was never verified.',
        { payerId },
      ),
    );
    return out;
  }
  if (!check.active) {
    out.push(
      reason(
        'ops.booking.coverage_inactive',
        'error',
        'The last eligibility check found the coverage inactive.',
        { payerId },
      ),
    );
  }
  const age = day - Math.floor(toEpochMs(check.verifiedAt) / 86_400_000);
  const maxAge = payer?.eligibilityReverification.maxAgeDays ?? null;
  if (maxAge !== null && age > maxAge) {
    out.push(
      reason(
        'ops.booking.eligibility_stale',
        'warning',
        'Eligibility must be verified again before this session.',
        { ageDays: age, maxAgeDays: maxAge },
      ),
    );
  }
  return out;
}

/** Intake checks: for a first session, the blocking paperwork is complete. */
export function paperworkReasons(request: BookingRequest, data: PracticeData): Reason[] {
  const seen = data.appointments.some((a) => a.clientId === request.clientId && a.status === 'attended');
  if (seen && request.type !== 'intake') return [];
  const complete = new Set(
    data.paperwork
      .filter((d) => d.clientId === request.clientId && d.status === 'complete')
      .map((d) => d.type as string),
  );
  const missing = FIRST_SESSION_BLOCKING.filter((t) => !complete.has(t));
  return missing.length === 0
    ? []
    : [
        reason(
          'ops.booking.paperwork_incomplete',
          'warning',
          'Blocking first-session paperwork is not complete yet.',
          { missing: [...missing] },
        ),
      ];
}
