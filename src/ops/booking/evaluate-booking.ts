import * as z from 'zod';
import type { BillingReasonCode } from '../../billing/index.js';
import { type BoundariesReasonCode, evaluateTaskPermission } from '../../boundaries/index.js';
import { type Decision, LocalDate, type Reason, reason } from '../../core/index.js';
import { decideBySeverity, validateArguments } from '../../core/internal.js';
import type { CredentialingReasonCode } from '../../credentialing/index.js';
import type { IntakeReasonCode } from '../../intake/index.js';
import type { SchedulingReasonCode } from '../../scheduling/index.js';
import type { PracticeDataInput } from '../data/practice-data.js';
import { practiceDataArgument } from '../data/validate-practice-data.js';
import type { OpsReasonCode } from '../ops-reason-codes.js';
import { BookingRequest, type BookingRequestInput } from './booking-request.js';
import {
  coverageReasons,
  dateOfServiceUndecided,
  datesOfService,
  distinctReasons,
  jurisdictionReasons,
  licenseDatesAtClient,
  paperworkReasons,
} from './coverage-checks.js';
import { medicareAudioOnlyReasons } from './medicare-audio-only-checks.js';
import { medicareInPersonReasons } from './medicare-in-person-checks.js';
import { scheduleReasons } from './schedule-checks.js';
import { officeZoneOfBooking, type PlacedBookingRequest, sessionPlaceOfBooking } from './session-place.js';

/**
 * The outcome of {@link evaluateBooking}: refused and warned outcomes always carry their reasons.
 *
 * @example
 * ```ts
 * const decision: BookingDecision = evaluateBooking(request, data, { asOf: '2026-11-20' });
 * decision.outcome; //=> 'allowed'
 * ```
 */
export type BookingDecision = Decision<'allowed', 'allowed_with_warnings' | 'refused', BookingReasonCode>;

/**
 * The codes a {@link BookingDecision}'s reasons carry: ops' own, and those of the modules it asks.
 *
 * @example
 * ```ts
 * const code: BookingReasonCode = 'ops.booking.no_license_in_state';
 * ```
 */
export type BookingReasonCode =
  | OpsReasonCode
  | SchedulingReasonCode
  | CredentialingReasonCode
  | BillingReasonCode
  | IntakeReasonCode
  | BoundariesReasonCode;

/**
 * Options for {@link evaluateBooking}.
 *
 * @example
 * ```ts
 * const options: EvaluateBookingOptions = { asOf: '2026-11-20' };
 * ```
 */
export interface EvaluateBookingOptions {
  /**
   * The day the booking is made: eligibility is judged on it, and paperwork at the start of that day in
   * the practice's zone (session dates come from the request).
   */
  readonly asOf: LocalDate;
}

const EvaluateBookingOptionsSchema = z.strictObject({ asOf: LocalDate });

/**
 * Asks every module whether a session may be booked: the slot is free, inside availability and caps
 * (scheduling); the clinician may serve a client in that state by that modality and is in network on that
 * date (credentialing); an authorization covers it, eligibility is fresh and the verified coverage has not
 * ended by the session (billing); for a Medicare client's telehealth session from the policy's enforcement
 * date, an in-person visit on record as Medicare asks (scheduling; a warning when none is); first-session paperwork can be complete by its deadline and none of it
 * was declined (intake); and the person booking may book (boundaries). Any error refuses; any warning
 * allows with warnings. Every reason is reported; intake's and billing's refusing reasons keep their
 * module's severity.
 *
 * @throws {@link ValidationError} listing the problems of every invalid argument at once, each under its
 * parameter's name (`$.request.end`, `$.data.practice.zone`, `$.options.asOf`) (data that
 * `safeValidatePracticeData` returned is not validated again).
 * @example
 * ```ts
 * // The demo practice's clin-001 holds no license in Wyoming:
 * const data = generateDemoPractice();
 * evaluateBooking({ clinicianId: 'clin-001', clientId: 'client-00005', start: '2026-11-24T15:00:00-05:00',
 *   end: '2026-11-24T15:53:00-05:00', type: 'individual', modality: 'telehealth', clientState: 'WY',
 *   bookedBy: 'staff-assistant' }, data, { asOf: '2026-11-20' });
 * //=> { outcome: 'refused', reasons: [{ code: 'credentialing.jurisdiction.no_authority', … },
 * //     { code: 'ops.booking.no_license_in_state', severity: 'error', … }] }
 * ```
 */
export function evaluateBooking(
  request: BookingRequestInput,
  input: PracticeDataInput,
  options: EvaluateBookingOptions,
): BookingDecision {
  // Every argument's problems at once, each under its parameter's name (`$.request.end`, `$.data.clients[0]…`).
  const [r, data, { asOf: today }] = validateArguments([
    ['request', BookingRequest, request, 'booking request'],
    ['data', practiceDataArgument, input, 'practice data file'],
    ['options', EvaluateBookingOptionsSchema, options, 'booking options'],
  ]);
  const reasons: Reason<BookingReasonCode>[] = [];
  const clinician = data.clinicians.find((c) => c.id === r.clinicianId);
  const client = data.clients.find((c) => c.id === r.clientId);
  const staff = data.staff.find((s) => s.id === r.bookedBy);
  if (clinician === undefined)
    reasons.push(reason('ops.booking.unknown_clinician', 'error', 'The clinician is not in the data file.'));
  if (client === undefined)
    reasons.push(reason('ops.booking.unknown_client', 'error', 'The client is not in the data file.'));
  if (staff === undefined)
    reasons.push(
      reason('ops.booking.unknown_staff', 'error', 'The person booking is not on the staff list.'),
    );
  else {
    const permission = evaluateTaskPermission(
      { role: staff.role, task: 'schedule_appointment' },
      data.policies.scope,
    );
    if (permission.outcome === 'denied') {
      reasons.push(
        reason('ops.booking.role_may_not_book', 'error', 'This role may not schedule appointments.', {
          role: staff.role,
        }),
        ...permission.reasons,
      );
    } else if (permission.outcome === 'escalate') {
      reasons.push(
        reason('ops.booking.role_needs_sign_off', 'warning', 'This role may book only with a sign-off.', {
          role: staff.role,
          signOffBy: permission.routeTo,
        }),
        ...permission.reasons,
      );
    }
  }
  if (clinician !== undefined) {
    // Where the session happens: an in-person one's office, a telehealth one's stated client location.
    const place = sessionPlaceOfBooking(r, data);
    reasons.push(...place.reasons);
    // In person at an office the data does not list: refused above (`ops.booking.office_not_listed`), and
    // no state is read on a guess, neither the request's nor the client's home state; the slot itself
    // (conflicts, availability, caps) needs none and is still checked.
    if (r.modality === 'in_person' && place.state === undefined)
      reasons.push(...scheduleReasons({ ...r, modality: 'in_person' }, clinician, data));
    // By telehealth with no stated location, licensure is undecided (said above); the other checks read
    // the client's own state for the calendar day only (the scheduling module reads no state).
    const state = r.modality === 'in_person' ? place.state : (place.state ?? client?.locationState);
    if (state !== undefined) {
      const placed: PlacedBookingRequest = { ...r, clientState: state };
      // One day per fact, both read where the client is: licensure on every day the session covers there,
      // payer facts (and Medicare's in-person visit) on the date of service (the day it starts there); in
      // person, on the office's calendar when its zone is listed, else on each clock of its state.
      const officeZone = officeZoneOfBooking(r, data);
      reasons.push(...scheduleReasons(placed, clinician, data));
      // Licensure on every date the session falls on by any of the state's clocks, when which one the
      // client keeps there is not known.
      if (place.state !== undefined)
        reasons.push(...jurisdictionReasons(placed, licenseDatesAtClient(placed, client, officeZone), data));
      if (client !== undefined) {
        const serviceDates = datesOfService(placed, client, officeZone);
        const dateOfService = serviceDates[0] as LocalDate;
        if (serviceDates.length > 1) reasons.push(dateOfServiceUndecided(placed, serviceDates));
        reasons.push(
          // Which day the office keeps not known: the payer facts are read on each, the worst stands.
          ...distinctReasons(serviceDates.flatMap((on) => coverageReasons(placed, client, on, today, data))),
          ...medicareInPersonReasons(placed, client, clinician, dateOfService, today, data),
          ...medicareAudioOnlyReasons(placed, client, dateOfService),
        );
      }
    }
  }
  if (client !== undefined) reasons.push(...paperworkReasons(r, client, today, data));
  return decideBySeverity(reasons, {
    pass: 'allowed',
    warn: 'allowed_with_warnings',
    fail: 'refused',
  }) as BookingDecision;
}
