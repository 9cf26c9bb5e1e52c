import { evaluateEligibilityFreshness, evaluateSessionAuthorization } from '../../billing/index.js';
import {
  formatInstant,
  getLocalDate,
  type IanaZone,
  type Instant,
  type LocalDate,
  type Reason,
  reason,
  type Severity,
  type UsState,
} from '../../core/index.js';
import { resolveLocalMinute, toEpochDay, toEpochMs } from '../../core/internal.js';
import { evaluatePayerNetworkStatus, evaluateServiceJurisdiction } from '../../credentialing/index.js';
import { evaluateFirstSessionReadiness, type IntakeReasonCode } from '../../intake/index.js';
import { stateClocks } from '../../scheduling/internal.js';
import { billingOf, intakeBillingOf } from '../data/client-coverage.js';
import { networkFactsOf } from '../data/clinician-license-type.js';
import { credentialingPayerPolicies } from '../data/payer-credentialing.js';
import type { PracticeData } from '../data/practice-data.js';
import { STATE_ZONES } from '../demo/state-zones.js';
import type { OpsReasonCode } from '../ops-reason-codes.js';
import type { BookingRequest } from './booking-request.js';
import { bookingServiceCode } from './booking-service-code.js';
import type { BookingReasonCode } from './evaluate-booking.js';
import { bookingOfficeId, type PlacedBookingRequest } from './session-place.js';

type Client = PracticeData['clients'][number];

/**
 * The calendar dates a session covers where the client is: licensure follows the client's location at
 * session time, so a license that expires at midnight there ends there, whatever the clinician's clock
 * says [sources: hhs-telehealth-licensure]. The client's own zone when the session is in the state they
 * usually live in, else the zone most of that state keeps (a state split across zones is read in its
 * larger part); a session running past midnight there covers both days. An in-person session is at its
 * office: `officeZone`, the office's zone when `practice.offices` gives it, is read before either.
 */
export function sessionDatesAtClient(
  request: Pick<SessionPlace, 'clientState' | 'start' | 'end'>,
  client: Client | undefined,
  officeZone?: IanaZone,
): LocalDate[] {
  const zone: IanaZone =
    officeZone ??
    (client !== undefined && client.locationState === request.clientState
      ? client.zone
      : STATE_ZONES[request.clientState]);
  return datesIn(request, zone);
}

/** The calendar dates a session covers on one clock: the day it starts and, past midnight, the next. */
function datesIn(request: Pick<SessionPlace, 'start' | 'end'>, zone: IanaZone): LocalDate[] {
  const first = getLocalDate(request.start, zone);
  const last = getLocalDate(Math.max(toEpochMs(request.start), toEpochMs(request.end) - 1), zone);
  return last === first ? [first] : [first, last];
}

/**
 * The calendar dates a license must cover for a session: those of {@link sessionDatesAtClient}, and, when
 * it is not known which of the state's clocks the session keeps, every date the session falls on by any of
 * that state's clocks, earliest first: a telehealth client joining from a state other than the one they
 * live in, or an in-person session at an office listed without its zone (the client's home clock is not the
 * office's: a Pensacola resident may be seen in Tallahassee). Near midnight the clocks of a split state
 * disagree on the date (23:30 in Nashville is 00:30 in Knoxville), so a license that expires at midnight is
 * checked on both: the safe reading [sources: hhs-telehealth-licensure, cfr-49-71]. Only licensure reads
 * these; the date of service for payer facts is {@link datesOfService}.
 */
export function licenseDatesAtClient(
  request: Pick<SessionPlace, 'clientState' | 'start' | 'end' | 'modality'>,
  client: Client | undefined,
  officeZone?: IanaZone,
): LocalDate[] {
  const known = sessionDatesAtClient(request, client, officeZone);
  if (officeZone !== undefined) return known;
  if (
    request.modality === 'telehealth' &&
    client !== undefined &&
    client.locationState === request.clientState
  )
    return known;
  const dates = new Set(known);
  for (const zone of stateClocks(request.clientState)) for (const on of datesIn(request, zone)) dates.add(on);
  return [...dates].sort();
}

/**
 * The date of service for payer facts (in network, prior authorization, eligibility, coverage not ended):
 * the day the session starts where it happens, the place the service is received [sources: cms-pos-codes].
 * By telehealth, where the client is ({@link sessionDatesAtClient}). In person, at the office: its zone
 * (`officeZone`, the session's own or the office's) when known; else every clock of the office's state,
 * never the client's home clock (a Pensacola resident may be seen in Tallahassee, an El Paso office keeps
 * Mountain time whatever a Dallas client keeps) [sources: cfr-49-71]. One date, or, when the state's clocks
 * disagree on the day the session starts (23:30 in El Paso is 00:30 in Dallas), each of them, earliest
 * first: which one the office keeps is not known, and the caller says so rather than pick one.
 */
export function datesOfService(
  request: Pick<SessionPlace, 'clientState' | 'start' | 'modality'>,
  client: Client | undefined,
  officeZone?: IanaZone,
): LocalDate[] {
  const start = { start: request.start, end: request.start };
  if (request.modality !== 'in_person' || officeZone !== undefined)
    return [
      sessionDatesAtClient(
        { ...start, clientState: request.clientState },
        client,
        officeZone,
      )[0] as LocalDate,
    ];
  const dates = new Set<LocalDate>();
  for (const zone of stateClocks(request.clientState)) dates.add(getLocalDate(request.start, zone));
  return [...dates].sort();
}

/**
 * The warning that an in-person session's date of service is not known: its office has no zone recorded
 * and the clocks of its state give different days for its start ({@link datesOfService}). The payer facts
 * are then read on each of those days and the least favourable answer stands; recording the office's zone
 * settles it.
 */
export function dateOfServiceUndecided(
  request: Pick<PlacedBookingRequest, 'clientState' | 'locationId'>,
  dates: readonly LocalDate[],
): Reason<BookingReasonCode> {
  return reason(
    'ops.booking.date_of_service_undecided',
    'warning',
    'The office’s zone is not recorded and the clocks of its state give different days for this session: the payer facts were checked on each day. Record the office’s zone.',
    {
      officeState: request.clientState,
      dates: [...dates],
      locationId: bookingOfficeId(request),
    },
  );
}

/** The reasons in order, each kept once (two dates of service often give the same reason). */
export function distinctReasons<C extends string>(reasons: readonly Reason<C>[]): Reason<C>[] {
  const seen = new Set<string>();
  return reasons.filter((r) => {
    const key = JSON.stringify(r);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const OUTCOME_RANK = { allowed: 0, undecided: 1, refused: 2 } as const;

/** What the jurisdiction check reads of a booking (or of a waitlist offer): who, where, how and when. */
export type SessionPlace = Pick<
  PlacedBookingRequest,
  'clinicianId' | 'clientState' | 'modality' | 'start' | 'end'
> &
  Partial<Pick<PlacedBookingRequest, 'clinicianState'>>;

/**
 * Where the clinician is during a session: with the client for an in-person session, else where the
 * request says; unknown (left out) otherwise, never the profile's home state [sources: psypact].
 */
function clinicianLocationOf(request: SessionPlace): { clinicianLocationState?: UsState } {
  if (request.modality === 'in_person') return { clinicianLocationState: request.clientState };
  return request.clinicianState === undefined ? {} : { clinicianLocationState: request.clinicianState };
}

/**
 * The calendar day an in-person session counts for where it happens: read on the session's own clock, the
 * zone its record names (`modality.zone`), else its office's `zone` from `practice.offices`. Neither
 * given, the state's clocks are tried: one clock, or clocks that agree on the day, give it; a state split
 * across zones whose clocks disagree near midnight (23:30 in Pensacola is 00:30 in Tallahassee) gives
 * `undefined`: which day was worked there is not known. Never the practice's zone, nor the state's main
 * zone alone [sources: psypact, cfr-49-71].
 */
function inPersonDayOf(
  appointment: Pick<PracticeData['appointments'][number], 'start' | 'modality'>,
  office: { readonly state: UsState; readonly zone?: IanaZone | undefined },
): LocalDate | undefined {
  const own = appointment.modality.kind === 'in_person' ? appointment.modality.zone : undefined;
  const zone = own ?? office.zone;
  if (zone !== undefined) return getLocalDate(appointment.start, zone);
  let day: LocalDate | undefined;
  for (const clock of stateClocks(office.state)) {
    const on = getLocalDate(appointment.start, clock);
    if (day !== undefined && on !== day) return undefined;
    day = on;
  }
  return day;
}

/**
 * The clinician's in-person service dates in the client's state (credentialing counts the distinct dates
 * of the session's calendar year), for the PSYPACT temporary in-person day limit [sources: psypact]: every
 * in-person session of theirs not cancelled (held, booked or missed), each dated where it happened
 * ({@link inPersonDayOf}: the session's own zone, else its office's), with its office's state from
 * `practice.offices`. Undefined (the days cannot be counted) when an in-person session's office is not
 * listed, or when its day there is not known (no zone recorded, in a state whose clocks disagree on it);
 * only an in-person booking asks.
 */
function inPersonDatesOf(request: SessionPlace, data: PracticeData): { inPersonDatesInState?: LocalDate[] } {
  if (request.modality !== 'in_person') return {};
  const offices = new Map((data.practice.offices ?? []).map((o) => [o.id as string, o]));
  const dates: LocalDate[] = [];
  for (const a of data.appointments) {
    if (a.clinicianId !== request.clinicianId || a.modality.kind !== 'in_person') continue;
    if (a.status.state === 'cancelled') continue;
    const office = offices.get(a.modality.locationId as string);
    if (office === undefined) return {};
    if (office.state !== request.clientState) continue;
    const day = inPersonDayOf(a, office);
    if (day === undefined) return {};
    dates.push(day);
  }
  return { inPersonDatesInState: dates };
}

/**
 * Credentialing checks: the credentialing module decides jurisdiction for the client's state, modality
 * and each date the session covers at the client's location; the least permissive answer stands.
 */
export function jurisdictionReasons(
  request: SessionPlace,
  dates: readonly LocalDate[],
  data: PracticeData,
): Reason<BookingReasonCode>[] {
  const credentials = data.credentials.find((c) => c.clinicianId === request.clinicianId);
  const date = dates[0] as LocalDate;
  if (credentials === undefined) {
    return [
      reason('ops.booking.no_license_in_state', 'error', 'The clinician has no credentials on file.', {
        clientState: request.clientState,
        date,
      }),
    ];
  }
  // A supervised clinician's supervisors are clinicians of the practice: their own licenses are checked too.
  const supervisorIds = new Set(credentials.supervision.map((s) => s.supervisorId as string));
  const supervisors = data.credentials.filter((c) => supervisorIds.has(c.clinicianId));
  const inPersonDates = inPersonDatesOf(request, data);
  let worst: { date: LocalDate; decision: ReturnType<typeof evaluateServiceJurisdiction> } | undefined;
  for (const on of dates) {
    const decision = evaluateServiceJurisdiction(
      credentials,
      {
        clientState: request.clientState,
        serviceDate: on,
        modality: request.modality,
        ...clinicianLocationOf(request),
        ...inPersonDates,
      },
      { policy: data.policies.jurisdiction, supervisors },
    );
    if (worst === undefined || OUTCOME_RANK[decision.outcome] > OUTCOME_RANK[worst.decision.outcome])
      worst = { date: on, decision };
  }
  const { decision, date: on } = worst as NonNullable<typeof worst>;
  if (decision.outcome === 'allowed') return [...decision.reasons];
  const [code, severity, message] = JURISDICTION_SUMMARY[decision.outcome];
  // Undecided, the module refused nothing: an authorization that does not apply (a TAP for a telehealth
  // session) is reported beside the one that cannot be decided, as a warning.
  const reasons =
    decision.outcome === 'undecided'
      ? decision.reasons.map((r) => (r.severity === 'error' ? { ...r, severity: 'warning' as const } : r))
      : decision.reasons;
  return [reason(code, severity, message, { clientState: request.clientState, date: on }), ...reasons];
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
  const facts = networkFactsOf(data, request.clinicianId);
  const decision = evaluatePayerNetworkStatus(
    enrollments,
    {
      clinicianId: request.clinicianId,
      payerId,
      serviceDate: date,
      ...facts,
      // A booked session is scheduled care, not emergency or urgent care (42 CFR 405.400): while an opt-out
      // stands it is seen under a private contract.
      ...(facts.medicareOptOut === undefined ? {} : { emergencyOrUrgentCare: false }),
    },
    payerPolicy === undefined ? {} : { payerPolicy },
  );
  if (decision.outcome === 'in_network') return [...decision.reasons];
  const [code, severity, message] = NETWORK_SUMMARY[decision.outcome];
  return [reason(code, severity, message, { payerId, date }), ...decision.reasons];
}

type Payer = PracticeData['payers'][number];
type Authorization = PracticeData['authorizations'][number];

/**
 * Sessions already booked under an authorization and not yet counted as used: the client's scheduled
 * sessions (with the authorization's clinician, when it names one) on its dates, each one session of a
 * `sessions` authorization. A `units` authorization is left as recorded: how many units a session uses
 * depends on its codes and length.
 */
function bookedUnder(a: Authorization, client: Client, data: PracticeData): number {
  if (a.unit !== 'sessions') return 0;
  return data.appointments.filter((appt) => {
    if (appt.status.state !== 'scheduled' || !appt.clientIds.includes(client.id)) return false;
    if (a.clinicianId !== null && appt.clinicianId !== a.clinicianId) return false;
    // A session whose office's day is not known counts when either day is in the authorization's dates.
    return dateOfServiceAtClient(appt, client, data).some((on) => on >= a.startsOn && on <= a.endsOn);
  }).length;
}

type Appointment = PracticeData['appointments'][number];

/**
 * A booked session's dates of service, read as for a new booking ({@link datesOfService}): the day it
 * starts where the client is (a telehealth session's recorded client state; an in-person session's office
 * state, the client's own state when the office is not listed; an in-person session's office zone, its own
 * or the office's, when known, else every clock of the office's state).
 */
function dateOfServiceAtClient(appt: Appointment, client: Client, data: PracticeData): LocalDate[] {
  const m = appt.modality;
  const office =
    m.kind === 'in_person' ? (data.practice.offices ?? []).find((o) => o.id === m.locationId) : undefined;
  const clientState =
    m.kind === 'telehealth' ? m.clientLocationState : (office?.state ?? client.locationState);
  const officeZone = m.kind === 'in_person' ? (m.zone ?? office?.zone) : undefined;
  return datesOfService({ clientState, start: appt.start, modality: m.kind }, client, officeZone);
}

/**
 * Prior authorization for the session's service code ({@link bookingServiceCode}): sessions already
 * booked under a `sessions` authorization count against it before this one
 * (`ops.booking.authorization_counts_booked`), so the twentieth session of twenty is the last one that
 * fits, whether the nineteenth was held or is still to come. A code that cannot be told warns
 * (`ops.booking.service_code_undecided`) when the payer needs authorization for any code.
 */
function authorizationReasons(
  request: BookingRequest,
  client: Client,
  payer: Payer,
  date: LocalDate,
  data: PracticeData,
): Reason<BookingReasonCode>[] {
  const service = bookingServiceCode(request, data);
  if (service.code === null) return payer.priorAuthorizationCodes.length === 0 ? [] : [service.reason];
  const out: Reason<BookingReasonCode>[] = [];
  const authorizations = data.authorizations.map((a) => {
    if (a.clientId !== client.id || a.payerId !== payer.payerId) return a;
    const booked = bookedUnder(a, client, data);
    if (booked === 0) return a;
    out.push(
      reason(
        'ops.booking.authorization_counts_booked',
        'info',
        'Sessions already booked under this authorization are counted against it.',
        { authorizationNumber: a.authorizationNumber, used: a.usedCount, booked },
      ),
    );
    return { ...a, usedCount: a.usedCount + booked };
  });
  const authorization = evaluateSessionAuthorization(
    {
      clientId: client.id,
      payerId: payer.payerId,
      clinicianId: request.clinicianId,
      serviceDate: date,
      lines: [{ code: service.code, units: 1 }],
    },
    authorizations,
    payer,
    data.policies.authorizationAlerts,
  );
  if (authorization.outcome === 'not_covered') {
    out.unshift(
      reason(
        'ops.booking.authorization_missing',
        'error',
        'The payer needs a prior authorization that covers this session.',
        { serviceCode: service.code, derived: service.derived },
      ),
    );
  }
  // Only the authorizations the decision names: the others' booked counts are noise.
  const used = authorization.authorizationNumber;
  return [
    ...out.filter(
      (r) => r.code !== 'ops.booking.authorization_counts_booked' || r.facts.authorizationNumber === used,
    ),
    ...authorization.reasons,
  ];
}

/**
 * Network and billing checks: payer accepted and in network, authorization, fresh eligibility, and
 * coverage that has not ended by the session (a session after the verified plan end refuses). `date` is
 * the session's date of service: the calendar day where the client is when it starts
 * ({@link sessionDatesAtClient}), the place the service is received [sources: hhs-telehealth-licensure,
 * cms-pos-codes]. The clinician's and the practice's calendars are not read: a session at 21:30 in Los
 * Angeles on the plan's last day is covered, though New York has reached the next day.
 */
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
  out.push(...authorizationReasons(request, client, payer, date, data));
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
  if (record.planEndsOn !== null && date > record.planEndsOn) {
    // The payer said when the verified coverage ends; a session after it is outside the plan dates, as
    // billing's own benefit flags read it [sources: x12-271]. Booking it as insured would guess a renewal.
    out.push(
      reason(
        'ops.booking.coverage_ended',
        'error',
        'The verified coverage ends before this session: verify the new coverage, or record the client as self-pay, before booking.',
        { payerId, planEndsOn: record.planEndsOn, serviceDate: date },
      ),
    );
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

/** The intake reasons a booking refuses on whatever the time left: a blocking document the client declined. */
const DECLINED: IntakeReasonCode = 'intake.readiness.blocking_document_declined';

/**
 * Intake reasons about a blocking document still open that the client can finish before the deadline
 * (not sent, sent, partly done, expired and to be renewed, or a financial policy to be signed by who
 * pays): the booking warns on them.
 */
const STILL_OPEN: ReadonlySet<IntakeReasonCode> = new Set<IntakeReasonCode>([
  'intake.readiness.blocking_document_incomplete',
  'intake.readiness.blocking_document_expired',
  // A financial policy signed by the wrong person (not who pays, or the client as a minor): there is time
  // to have the right person sign it.
  'intake.readiness.financial_policy_not_by_payer',
  'intake.readiness.financial_policy_signed_as_minor',
]);

/**
 * The moment a date-only booking `asOf` stands for: the start of that day in the practice's zone (a DST
 * gap at midnight moves it forward), so paperwork completed later that day is not counted yet and a
 * deadline later that day has not passed.
 */
export function bookingMomentMs(asOf: LocalDate, data: PracticeData): number {
  return resolveLocalMinute(toEpochDay(asOf), 0, data.practice.zone).epochMs as number;
}

/**
 * The consents that stand behind every session, not only the first: treatment consent (withdrawn by a
 * later decline), a guardian's consent for a minor, and telehealth consent for a telehealth session (a
 * client first seen in person still gives it before the first telehealth session). Which of them block is
 * the practice's packet policy, as for a first session. The rest of the packet (fee policy,
 * privacy-notice effort, questionnaires, insurance card) is first-session paperwork.
 */
export const EVERY_SESSION_DOCUMENTS: ReadonlySet<string> = new Set([
  'informed_consent',
  'guardian_consent',
  'telehealth_consent',
]);

/** Whether an intake reason is about one of {@link EVERY_SESSION_DOCUMENTS}. */
function aboutEverySessionDocument(r: Reason<IntakeReasonCode>): boolean {
  return EVERY_SESSION_DOCUMENTS.has(String(r.facts.document));
}

/**
 * Intake checks, by the intake module. For a first session (an intake, or a client never seen), whether
 * the paperwork the packet policy requires is complete by its deadline (the policy's hours before the
 * session), judged at the start of the booking day in the practice's zone. For any later session, the
 * same check on the consents every session needs ({@link EVERY_SESSION_DOCUMENTS}, as the packet policy
 * weighs them): a client seen in person still needs a telehealth consent before a telehealth session, and
 * a treatment consent withdrawn after the last session refuses the next one.
 *
 * - A blocking document the client declined (treatment consent, a guardian's consent, telehealth
 *   consent, …) refuses: `ops.booking.paperwork_declined`, with intake's reasons as intake gave them.
 * - Once the deadline has passed, a blocking document still open, or a fact that decides whether one is
 *   needed (a birth date for a guardian's consent), refuses: `ops.booking.paperwork_too_late`.
 * - Before the deadline, open blocking documents warn (`ops.booking.paperwork_incomplete`): there is time
 *   to finish them, so intake's errors about them are reported as warnings here.
 *
 * Each summary carries `firstSession` (false when only the every-session consents were checked).
 *
 * @remarks Which documents block is the practice's packet policy (treatment consent, a guardian's consent
 * for a minor, telehealth consent, a fee policy); the privacy-notice acknowledgment never blocks, it asks
 * for the notice to be given and a recorded good-faith effort [sources: cfr-45-164.520].
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
  const firstSession = !seen || request.type === 'intake';
  const momentMs = bookingMomentMs(asOf, data);
  const readiness = evaluateFirstSessionReadiness(
    {
      client: {
        id: client.id,
        zone: client.zone,
        ...(client.birthDate === undefined ? {} : { birthDate: client.birthDate }),
        ...billingOf(client),
        // Who pays signs the financial policy; the guardians recorded (never assumed from who pays) sign
        // the guardian consent.
        ...(client.guarantorId === undefined ? {} : { guarantorId: client.guarantorId }),
        ...(client.guardianIds === undefined ? {} : { guardians: [...client.guardianIds] }),
        modality: request.modality,
      },
      documents: data.paperwork.filter((d) => d.clientId === client.id),
    },
    data.policies.intakePacket,
    { asOf: formatInstant(momentMs, data.practice.zone), sessionStart: request.start },
  );
  // A later session reads only the consents every session needs; the rest was first-session paperwork.
  const found = firstSession ? [...readiness.reasons] : readiness.reasons.filter(aboutEverySessionDocument);
  if (readiness.outcome === 'ready' || (!firstSession && found.length === 0))
    return firstSession ? found : [];
  const deadline = readiness.deadline as Instant;
  const deadlinePassed = momentMs >= toEpochMs(deadline);
  const open = firstSession
    ? readiness.blockers.length
    : readiness.blockers.filter((b) => b.document !== null && EVERY_SESSION_DOCUMENTS.has(b.document)).length;
  const facts = { readiness: readiness.outcome, open, deadline, firstSession };
  const declined = found.some((r) => r.code === DECLINED);
  // Missed the deadline, expired, or still open (intake's errors other than a refusal), or a blocking
  // document that may be needed and cannot be decided (a soft one's missing fact never refuses).
  const blockingTypes = new Set(
    data.policies.intakePacket.documents.filter((d) => d.weight === 'blocking').map((d) => d.type as string),
  );
  const openBlocking = found.some(
    (r) =>
      (r.code !== DECLINED && r.severity === 'error') ||
      ((r.code === 'intake.requirements.missing_fact' || r.code === 'intake.readiness.guardians_unknown') &&
        blockingTypes.has(String(r.facts.document))),
  );
  const out: Reason<BookingReasonCode>[] = [];
  if (declined) {
    out.push(
      reason(
        'ops.booking.paperwork_declined',
        'error',
        firstSession
          ? 'The client declined a document the first session needs: a person must resolve it with the client before booking.'
          : 'The client declined or withdrew a consent every session needs: a person must resolve it with the client before booking.',
        facts,
      ),
    );
  }
  if (deadlinePassed && openBlocking) {
    out.push(
      reason(
        'ops.booking.paperwork_too_late',
        'error',
        'The paperwork deadline has passed with a blocking document open, or a fact that decides one missing.',
        facts,
      ),
    );
    return [...out, ...found];
  }
  if (declined) return [...out, ...found];
  // Only soft items open (privacy-notice effort, questionnaire, a screening to route): intake's warnings.
  if (!openBlocking) return found;
  return [
    reason(
      'ops.booking.paperwork_incomplete',
      'warning',
      firstSession
        ? 'First-session paperwork is not complete yet; there is time to finish it.'
        : 'A consent every session needs is not complete yet; there is time to finish it.',
      facts,
    ),
    // Still open before the deadline: the client can finish them, so they warn here.
    ...found.map((r) => (STILL_OPEN.has(r.code) ? { ...r, severity: 'warning' as const } : r)),
  ];
}
