import * as z from 'zod';
import { ServiceCode } from '../../billing/index.js';
import { ClientId, ClinicianId, Instant, LocalDate, UsState } from '../../core/index.js';
import { isObjectPayload, LocationId, StaffId, toEpochMs } from '../../core/internal.js';

/**
 * A session someone wants to book: who with whom, when, how, where the client will be, and who is
 * booking it.
 *
 * @example
 * ```ts
 * BookingRequest.parse({ clinicianId: 'clin-001', clientId: 'client-00001', start: '2026-11-24T10:00:00-05:00',
 *   end: '2026-11-24T10:53:00-05:00', type: 'individual', modality: 'telehealth', clientState: 'NY',
 *   bookedBy: 'staff-assistant' }).type; //=> 'individual' (serviceCode, left out, is derived at booking: 90837 for 53 minutes)
 * ```
 */
export const BookingRequest = z
  .strictObject({
    clinicianId: ClinicianId,
    clientId: ClientId,
    start: Instant,
    end: Instant,
    type: z.enum(['intake', 'individual', 'couples', 'family', 'group']),
    modality: z.enum(['in_person', 'telehealth']),
    /**
     * The state the client will physically be in during the session: licensure and the date of service
     * follow it, so it is asked per session, never taken from the profile. Left out when nobody knows yet
     * (a client who travels and has not said where they will be): the booking is allowed only with
     * `ops.booking.client_location_unknown` (licensure undecided). An in-person session happens at its
     * office: the office's state in `practice.offices` governs when listed.
     */
    clientState: UsState.optional(),
    /**
     * The state the clinician will physically be in during the session. Needed for PSYPACT telepsychology
     * (APIT is practised from the declared home state, per session, not per profile): left out for a
     * telehealth session, an APIT authorization cannot be decided. An in-person session is where the
     * client is.
     */
    clinicianState: UsState.optional(),
    /**
     * For a telehealth session, whether the client is at home: Medicare's in-person visit requirement is for
     * mental-health telehealth to the home, so `false` (a clinic or other site) leaves it out. Left out, the
     * client is taken to be at home, the usual case, and the requirement is checked.
     */
    clientAtHome: z.boolean().optional(),
    /**
     * The date the clinician and client documented in the record that an in-person visit's risks and
     * burdens outweigh its benefits (Medicare's exception to the every-12-months visit, never to the one
     * before the first telehealth session), when there is one.
     */
    medicareInPersonExceptionOn: LocalDate.optional(),
    /**
     * A telehealth session by audio alone (a telephone call, no video). Medicare pays audio-only telehealth
     * to a client at home when the clinician could use video but the client cannot, or does not consent to
     * it (42 CFR 410.78(a)(3)); see `videoDeclinedByClient`. Left out, the session is by video.
     */
    audioOnly: z.boolean().optional(),
    /**
     * For an audio-only session: `true` when the client cannot use video or does not consent to it (as the
     * record should say), `false` when they can and do. Left out, not known: for a Medicare client, whether
     * Medicare pays the session as audio-only is then undecided (a warning).
     */
    videoDeclinedByClient: z.boolean().optional(),
    /** The office, for an in-person session (default `office-main`). */
    locationId: LocationId.optional(),
    /** The staff member booking it. */
    bookedBy: StaffId,
    /**
     * The service code expected to be billed, for authorization checks. Left out, it is derived from the
     * type and the booked length by billing's time rules (see `evaluateBooking`).
     */
    serviceCode: ServiceCode.optional(),
  })
  .refine((r) => !(r.audioOnly === true && r.modality === 'in_person'), {
    message: 'must be left out of an in-person session (audio-only is a kind of telehealth)',
    path: ['audioOnly'],
    params: { code: 'ops.booking.audio_only_in_person' },
    when: isObjectPayload,
  })
  .refine(
    // Run beside other fields' problems (a bad state does not hide this one); each instant is read only
    // when it is valid itself.
    (r) => !(instantMs(r.end) <= instantMs(r.start)),
    {
      message: 'must end after it starts',
      path: ['end'],
      params: { code: 'ops.booking.end_before_start' },
      when: isObjectPayload,
    },
  );
export type BookingRequest = z.infer<typeof BookingRequest>;

// An instant's time, or NaN when it is not a valid instant (its own problem is reported at its field).
function instantMs(value: unknown): number {
  return typeof value === 'string' ? toEpochMs(value) : Number.NaN;
}
/**
 * A booking request as a caller writes it (`serviceCode` may be left out). See {@link BookingRequest}.
 *
 * @example
 * ```ts
 * const request: BookingRequestInput = { clinicianId: 'clin-001', clientId: 'client-00005',
 *   start: '2026-11-24T15:00:00-05:00', end: '2026-11-24T15:53:00-05:00', type: 'individual',
 *   modality: 'telehealth', clientState: 'NY', bookedBy: 'staff-assistant' };
 * ```
 */
export type BookingRequestInput = z.input<typeof BookingRequest>;
