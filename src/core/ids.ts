import * as z from 'zod';
import { checkString } from './arguments.js';

const ID_RE = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/**
 * A schema for a branded string id: 1–128 characters of letters, digits, `.`, `_`, `:` or `-`, starting
 * with a letter or digit. Brands keep ids apart at compile time, so a `ClientId` cannot be passed where
 * a `ClaimId` is wanted.
 *
 * @throws {@link ValidationError} when the brand is not a string.
 * @example
 * ```ts
 * const RoomId = idSchema('RoomId');
 * type RoomId = z.infer<typeof RoomId>;
 * RoomId.parse('room-2'); //=> 'room-2' typed as RoomId
 * ```
 */
export function idSchema<const Brand extends string>(brand: Brand) {
  checkString(brand, 'brand');
  return z
    .string()
    .regex(ID_RE, { message: 'must be an id of letters, digits, . _ : or - (at most 128)' })
    .meta({ description: 'An id: 1 to 128 letters, digits, ., _, : or -, starting with a letter or digit.' })
    .brand<Brand>();
}

/**
 * A client (patient) of the practice.
 *
 * @example
 * ```ts
 * ClientId.parse('client-00012'); //=> 'client-00012'
 * ```
 */
export const ClientId = /* @__PURE__ */ idSchema('ClientId');
export type ClientId = z.infer<typeof ClientId>;
/**
 * A clinician (therapist, psychologist, psychiatrist, pre-licensed associate).
 *
 * @example
 * ```ts
 * ClinicianId.parse('clin-001'); //=> 'clin-001'
 * ```
 */
export const ClinicianId = /* @__PURE__ */ idSchema('ClinicianId');
export type ClinicianId = z.infer<typeof ClinicianId>;
/**
 * A member of staff who uses the system (any role).
 *
 * @example
 * ```ts
 * StaffId.parse('staff-assistant'); //=> 'staff-assistant'
 * ```
 */
export const StaffId = /* @__PURE__ */ idSchema('StaffId');
export type StaffId = z.infer<typeof StaffId>;
/**
 * An insurance payer or plan.
 *
 * @example
 * ```ts
 * PayerId.parse('aetna'); //=> 'aetna'
 * ```
 */
export const PayerId = /* @__PURE__ */ idSchema('PayerId');
export type PayerId = z.infer<typeof PayerId>;
/**
 * An appointment (one session).
 *
 * @example
 * ```ts
 * AppointmentId.parse('appt-1'); //=> 'appt-1'
 * ```
 */
export const AppointmentId = /* @__PURE__ */ idSchema('AppointmentId');
export type AppointmentId = z.infer<typeof AppointmentId>;
/**
 * A recurring series of appointments.
 *
 * @example
 * ```ts
 * SeriesId.parse('ser-1'); //=> 'ser-1'
 * ```
 */
export const SeriesId = /* @__PURE__ */ idSchema('SeriesId');
export type SeriesId = z.infer<typeof SeriesId>;
/**
 * An insurance claim.
 *
 * @example
 * ```ts
 * ClaimId.parse('claim-7'); //=> 'claim-7'
 * ```
 */
export const ClaimId = /* @__PURE__ */ idSchema('ClaimId');
export type ClaimId = z.infer<typeof ClaimId>;
/**
 * A practice location (office).
 *
 * @example
 * ```ts
 * LocationId.parse('office-main'); //=> 'office-main'
 * ```
 */
export const LocationId = /* @__PURE__ */ idSchema('LocationId');
export type LocationId = z.infer<typeof LocationId>;
/**
 * A room in a location.
 *
 * @example
 * ```ts
 * RoomId.parse('room-2'); //=> 'room-2'
 * ```
 */
export const RoomId = /* @__PURE__ */ idSchema('RoomId');
export type RoomId = z.infer<typeof RoomId>;
/**
 * A document, form or message.
 *
 * @example
 * ```ts
 * DocumentId.parse('doc-1'); //=> 'doc-1'
 * ```
 */
export const DocumentId = /* @__PURE__ */ idSchema('DocumentId');
export type DocumentId = z.infer<typeof DocumentId>;
/**
 * A message from or to a client.
 *
 * @example
 * ```ts
 * MessageId.parse('msg-0001'); //=> 'msg-0001'
 * ```
 */
export const MessageId = /* @__PURE__ */ idSchema('MessageId');
export type MessageId = z.infer<typeof MessageId>;
