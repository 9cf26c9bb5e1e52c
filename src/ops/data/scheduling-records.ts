import { z } from 'zod';
import {
  AppointmentId,
  ClientId,
  ClinicianId,
  IanaZone,
  Instant,
  LocalDate,
  LocalTime,
  NonNegativeCents,
  PayerId,
  SeriesId,
  StaffId,
  UsState,
  Weekday,
} from '../../core/index.js';

/** A weekly window of availability in the clinician's zone. */
const AvailabilityWindow = z.strictObject({ day: Weekday, start: LocalTime, end: LocalTime });

/** A clinician as the data file holds them: zone, home state, availability, caps and what they accept. */
export const DataClinician = z.strictObject({
  id: ClinicianId,
  name: z.string().min(1).max(200),
  zone: IanaZone,
  homeState: UsState,
  availability: z.array(AvailabilityWindow),
  dailyCap: z.number().int().min(1).max(24),
  weeklyCap: z.number().int().min(1).max(100),
  modalities: z.array(z.enum(['in_person', 'telehealth'])).min(1),
  payersAccepted: z.array(PayerId),
});

/** The payer class of a client, which decides e.g. whether missed-session fees may be charged. */
export const DataPayerClass = z.enum(['commercial', 'medicare', 'medicaid', 'self_pay']);

/** The administrative side of a client: no clinical fields. */
export const DataClient = z.strictObject({
  id: ClientId,
  name: z.string().min(1).max(200),
  zone: IanaZone,
  /** Where the client usually is; each telehealth appointment records where they will be. */
  state: UsState,
  birthDate: LocalDate,
  payerClass: DataPayerClass,
  payerId: PayerId.optional(),
  /** Whether the client acknowledged the cancellation policy. */
  policyAcknowledged: z.boolean(),
});

/** One session. */
export const DataAppointment = z.strictObject({
  id: AppointmentId,
  clinicianId: ClinicianId,
  clientId: ClientId,
  start: Instant,
  end: Instant,
  type: z.enum(['intake', 'individual', 'couples', 'family', 'group']),
  modality: z.enum(['in_person', 'telehealth']),
  /** The state the client will be in during the session (licensure follows it). */
  clientState: UsState,
  status: z.enum(['scheduled', 'attended', 'cancelled', 'no_show']),
  cancelledBy: z.enum(['client', 'clinician', 'practice']).optional(),
  cancelledAt: Instant.optional(),
  seriesId: SeriesId.optional(),
  feeCents: NonNegativeCents,
  bookedBy: StaffId.optional(),
});

/** A recurring series. */
export const DataSeries = z.strictObject({
  id: SeriesId,
  clinicianId: ClinicianId,
  clientId: ClientId,
  frequency: z.enum(['weekly', 'biweekly', 'monthly']),
  firstDate: LocalDate,
  time: LocalTime,
  minutes: z.number().int().min(15).max(240),
  count: z.number().int().min(1).max(400).optional(),
  until: LocalDate.optional(),
});

/** Someone waiting for a slot. */
export const DataWaitlistEntry = z.strictObject({
  id: z.string().min(1).max(128),
  clientId: ClientId,
  /** `undefined` means any clinician. */
  clinicianId: ClinicianId.optional(),
  addedOn: LocalDate,
  lastContactOn: LocalDate,
  modality: z.enum(['in_person', 'telehealth', 'any']),
});
