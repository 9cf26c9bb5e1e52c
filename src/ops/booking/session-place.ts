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
 *   both states): the office's is used. An office not listed leaves the request's state as the only word.
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
    if (office !== undefined) {
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
  }
  if (request.clientState !== undefined) return { state: request.clientState, reasons: [] };
  return {
    state: undefined,
    reasons: [
      reason(
        'ops.booking.client_location_unknown',
        'warning',
        request.modality === 'telehealth'
          ? 'Where the client will be during this telehealth session is not recorded: licensure follows it, so confirm the state before the session.'
          : 'The office is not listed with its state and the booking names no state: licensure cannot be checked until one is recorded.',
        {
          modality: request.modality,
          ...(request.modality === 'in_person' ? { locationId: bookingOfficeId(request) } : {}),
        },
      ),
    ],
  };
}
