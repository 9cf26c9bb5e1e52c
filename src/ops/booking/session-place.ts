import { type IanaZone, type Reason, reason, type UsState } from '../../core/index.js';
import type { PracticeData } from '../data/practice-data.js';
import type { BookingRequest } from './booking-request.js';
import type { BookingReasonCode } from './evaluate-booking.js';

/** A booking request whose client location is known: the state the session happens in. */
export type PlacedBookingRequest = Omit<BookingRequest, 'clientState'> & { readonly clientState: UsState };

/** Where a booked session happens, as far as the request and the data say, and what was found on the way. */
export interface SessionPlaceOfBooking {
  /** The state the client will be in during the session, or `undefined` when nobody knows. */
  readonly state: UsState | undefined;
  readonly reasons: readonly Reason<BookingReasonCode>[];
}

/** The office an in-person booking names (`office-main` when it names none). */
export function bookingOfficeId(request: Pick<BookingRequest, 'locationId'>): string {
  return request.locationId ?? 'office-main';
}

type Office = NonNullable<PracticeData['practice']['offices']>[number];

/** The office an in-person booking is at, as `practice.offices` lists it; `undefined` by telehealth or unlisted. */
export function officeOfBooking(
  request: Pick<BookingRequest, 'modality' | 'locationId'>,
  data: PracticeData,
): Office | undefined {
  if (request.modality !== 'in_person') return undefined;
  const officeId = bookingOfficeId(request);
  return (data.practice.offices ?? []).find((o) => o.id === officeId);
}

/**
 * The IANA zone an in-person booking's local dates are read in (its practice holidays, its date of
 * service): its office's `zone` in `practice.offices`; `undefined` by telehealth, or when the office or its
 * zone is not listed (the caller keeps its own zone and says so).
 */
export function officeZoneOfBooking(
  request: Pick<BookingRequest, 'modality' | 'locationId'>,
  data: PracticeData,
): IanaZone | undefined {
  return officeOfBooking(request, data)?.zone;
}

/**
 * The state a booked session happens in, which licensure and the date of service follow: the client's
 * physical location at session time, never the profile's home state [sources: hhs-telehealth-licensure].
 *
 * - In person, the client is at the office: the office's state from `practice.offices` governs. A request
 *   naming another state is contradicted by the data (`ops.booking.client_state_not_office`, warning, with
 *   both states): the office's is used. An office the data does not list has no state and no clock:
 *   `ops.booking.office_not_listed` (error), and no state at all, neither the request's nor the client's
 *   home state (since 2026-12-07; which state and which day are not known, so nothing is read on a guess).
 * - By telehealth, the request's `clientState` (where the client says they will be for this session).
 * - Neither known: `ops.booking.client_location_unknown` (warning): licensure cannot be decided until
 *   someone confirms where the client will be.
 */
export function sessionPlaceOfBooking(
  request: Pick<BookingRequest, 'modality' | 'locationId' | 'clientState'>,
  data: PracticeData,
): SessionPlaceOfBooking {
  if (request.modality === 'in_person') {
    const officeId = bookingOfficeId(request);
    const office = officeOfBooking(request, data);
    if (office === undefined) return { state: undefined, reasons: [officeNotListedReason(request, data)] };
    if (request.clientState !== undefined && request.clientState !== office.state) {
      return {
        state: office.state,
        reasons: [
          reason(
            'ops.booking.client_state_not_office',
            'warning',
            'The session is in person at an office in another state than the booking names: licensure and the date of service follow the office’s state.',
            { clientState: request.clientState, officeState: office.state, locationId: officeId },
          ),
        ],
      };
    }
    return { state: office.state, reasons: [] };
  }
  if (request.clientState !== undefined) return { state: request.clientState, reasons: [] };
  return {
    state: undefined,
    reasons: [
      reason(
        'ops.booking.client_location_unknown',
        'warning',
        'Where the client will be during this telehealth session is not recorded: licensure follows it, so confirm the state before the session.',
        { modality: request.modality },
      ),
    ],
  };
}

/**
 * An in-person booking at an office `practice.offices` does not list (or a practice that lists none): the
 * office's state and clock are unknown, so the session cannot be placed or dated. An error: reading the
 * request's or the client's home state instead would be a guess (a Texas resident may be seen at a New
 * Mexico office), and licensure and payer facts must not be answered on one. Facts: the office id and how
 * many offices the data lists (0: none, record them).
 */
export function officeNotListedReason(
  request: Pick<BookingRequest, 'locationId'>,
  data: PracticeData,
): Reason<BookingReasonCode> {
  const listed = (data.practice.offices ?? []).length;
  return reason(
    'ops.booking.office_not_listed',
    'error',
    listed === 0
      ? 'The practice data lists no offices, so this in-person session’s state and clock are not known: it cannot be checked for licensure or payer facts, nor dated. Record the office in practice.offices.'
      : 'The booking names an office the practice data does not list, so its state and clock are not known: the session cannot be checked for licensure or payer facts, nor dated. Correct the office or record it in practice.offices.',
    { locationId: bookingOfficeId(request), listedOffices: listed },
  );
}
