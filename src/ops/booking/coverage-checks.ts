import { evaluateEligibilityFreshness, evaluateSessionAuthorization } from '../../billing/index.js';
import { type LocalDate, type Reason, reason, type Severity } from '../../core/index.js';
import { evaluatePayerNetworkStatus, evaluateServiceJurisdiction } from '../../credentialing/index.js';
import { evaluateFirstSessionReadiness } from '../../intake/index.js';
import { billingOf, intakeBillingOf } from '../data/client-coverage.js';
import { credentialingPayerPolicies } from '../data/payer-credentialing.js';
import type { PracticeData } from '../data/practice-data.js';
import type { OpsReasonCode } from '../ops-reason-codes.js';
import type { BookingRequest } from './booking-request.js';
import type { BookingReasonCode } from './evaluate-booking.js';

type Client = PracticeData['clients'][number];
type Clinician = PracticeData['clinicians'][number];

/** Credentialing checks: the credentialing module decides jurisdiction for the client's state, date and modality. */
export function jurisdictionReasons(
  request: BookingRequest,
  clinician: Clinician,
  date: LocalDate,
  data: PracticeData,
): Reason<BookingReasonCode>[] {
  const credentials = data.credentials.find((c) => c.clinicianId === request.clinicianId);
  if (credentials === undefined) {
    return [
      reason('ops.booking.no_license_in_state', 'error', 'The clinician has no credentials on file.', {
        clientState: request.clientState,
        date,
      }),
    ];
  }
  const decision = evaluateServiceJurisdiction(credentials, {
    clientState: request.clientState,
    serviceDate: date,
    modality: request.modality,
    clinicianLocationState: clinician.homeState,
  });
  if (decision.outcome === 'allowed') return [...decision.reasons];
  const [code, severity, message] = JURISDICTION_SUMMARY[decision.outcome];
  return [reason(code, severity, message, { clientState: request.clientState, date }), ...decision.reasons];
}

type Summary = readonly [OpsReasonCode, Severity, string];

/** The ops reason that sums up each non-passing jurisdiction outcome. */
const JURISDICTION_SUMMARY: Record<'refused' | 'undecided', Summary> = {
  refused: [
    'ops.booking.no_license_in_state',
    'error',
    'The clinician may not serve a client in that state.',
  ],
  undecided: [
    'ops.booking.jurisdiction_undecided',
    'warning',
    'Jurisdiction could not be decided: a fact is missing.',
  ],
};

/** The ops reason that sums up each non-passing network outcome. */
const NETWORK_SUMMARY: Record<'retro_billable' | 'out_of_network' | 'undecided', Summary> = {
  retro_billable: [
    'ops.booking.network_retro_only',
    'warning',
    'In network only once the pending enrollment takes effect retroactively.',
  ],
  out_of_network: [
    'ops.booking.out_of_network',
    'error',
    'The clinician is not in network with the client’s payer on that date.',
  ],
  undecided: [
    'ops.booking.network_undecided',
    'warning',
    'Network status could not be decided: a fact is missing.',
  ],
};

function networkReasons(
  request: BookingRequest,
  payerId: string,
  date: LocalDate,
  data: PracticeData,
): Reason<BookingReasonCode>[] {
  const enrollments = data.enrollments.filter(
    (e) => e.clinicianId === request.clinicianId && e.payerId === payerId,
  );
  const payerPolicy = credentialingPayerPolicies(data).find((p) => p.payerId === payerId);
  const decision = evaluatePayerNetworkStatus(
    enrollments,
    { clinicianId: request.clinicianId, payerId, serviceDate: date },
    payerPolicy === undefined ? {} : { payerPolicy },
  );
  if (decision.outcome === 'in_network') return [...decision.reasons];
  const [code, severity, message] = NETWORK_SUMMARY[decision.outcome];
  return [reason(code, severity, message, { payerId, date }), ...decision.reasons];
}

/** Network and billing checks: payer accepted and in network, authorization, fresh active eligibility. */
export function coverageReasons(
  request: BookingRequest,
  client: Client,
  date: LocalDate,
  asOf: LocalDate,
  data: PracticeData,
): Reason<BookingReasonCode>[] {
  const out: Reason<BookingReasonCode>[] = [];
  const payerId = client.payerIds[0];
  if (payerId === undefined) {
    // Self-pay only when recorded so: unknown coverage is a fact to collect, not a default.
    if (intakeBillingOf(client) !== 'self_pay') {
      out.push(
        reason(
          'ops.booking.coverage_unknown',
          'warning',
          'The client’s payer is not recorded: network, authorization and eligibility cannot be checked, and the session is not self-pay until the client says so.',
          { payerClasses: [...client.payerClasses] },
        ),
      );
    }
    return out;
  }
  const clinician = data.clinicians.find((c) => c.id === request.clinicianId);
  if (clinician !== undefined && !clinician.payersAccepted.includes(payerId)) {
    out.push(
      reason('ops.booking.payer_not_accepted', 'error', 'The clinician does not accept the client’s payer.', {
        payerId,
      }),
    );
  }
  out.push(...networkReasons(request, payerId, date, data));
  const payer = data.payers.find((p) => p.payerId === payerId);
  if (payer === undefined) return out;
  const session = {
    clientId: client.id,
    payerId,
    clinicianId: request.clinicianId,
    serviceDate: date,
    lines: [{ code: request.serviceCode, units: 1 }],
  };
  const authorization = evaluateSessionAuthorization(
    session,
    data.authorizations,
    payer,
    data.policies.authorizationAlerts,
  );
  if (authorization.outcome === 'not_covered') {
    out.push(
      reason(
        'ops.booking.authorization_missing',
        'error',
        'The payer needs a prior authorization that covers this session.',
        {
          serviceCode: request.serviceCode,
        },
      ),
    );
  }
  out.push(...authorization.reasons);
  const record = data.eligibility.find((e) => e.clientId === client.id && e.payerId === payerId);
  if (record === undefined) {
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
  const freshness = evaluateEligibilityFreshness(record, payer.eligibilityReverification, {
    asOf: date < asOf ? date : asOf,
    serviceDate: date,
  });
  if (freshness.outcome !== 'fresh') {
    out.push(
      reason(
        'ops.booking.eligibility_stale',
        'warning',
        'Eligibility must be verified again before this session.',
        {
          reverifyBy: freshness.reverifyBy,
        },
      ),
      ...freshness.reasons,
    );
  }
  return out;
}

/**
 * Intake checks, by the intake module: for a first session (an intake, or a client never seen), whether
 * the paperwork the packet policy requires will be complete in time. Open paperwork does not refuse the
 * booking (there is time to finish it); it warns.
 */
export function paperworkReasons(
  request: BookingRequest,
  client: Client,
  asOf: LocalDate,
  data: PracticeData,
): Reason<BookingReasonCode>[] {
  const seen = data.appointments.some(
    (a) => a.clientIds.includes(request.clientId) && a.status.state === 'completed',
  );
  if (seen && request.type !== 'intake') return [];
  const readiness = evaluateFirstSessionReadiness(
    {
      client: {
        id: client.id,
        zone: client.zone,
        ...(client.birthDate === undefined ? {} : { birthDate: client.birthDate }),
        ...billingOf(client),
        modality: request.modality,
      },
      documents: data.paperwork.filter((d) => d.clientId === client.id),
    },
    data.policies.intakePacket,
    { asOf: `${asOf}T00:00:00Z`, sessionStart: request.start },
  );
  if (readiness.outcome === 'ready') return [...readiness.reasons];
  return [
    reason('ops.booking.paperwork_incomplete', 'warning', 'First-session paperwork is not complete yet.', {
      readiness: readiness.outcome,
      open: readiness.blockers.length,
    }),
    ...readiness.reasons.map((r) => (r.severity === 'error' ? { ...r, severity: 'warning' as const } : r)),
  ];
}
