import { type InvalidRecord, validateBatch } from '../../core/index.js';
import { argumentError, keepFirstOfEachId, toEpochMs } from '../../core/internal.js';
import type { SchedulingValidationCode } from '../reason-codes.js';
import { isHoldingTime, SchedulingAppointment } from './appointment.js';

/** The sessions that hold one clinician's time, as sorted epoch-ms arrays (internal layout). */
export interface ClinicianBookings {
  readonly startMs: Float64Array;
  readonly endMs: Float64Array;
}

/**
 * Appointments validated once and indexed per clinician, for searching slots many times: the valid
 * appointments in input order, every invalid record by index (including a repeated id), and each
 * clinician's time-holding sessions sorted by start.
 *
 * @example
 * ```ts
 * const index: AppointmentIndex = buildAppointmentIndex(appointments);
 * index.invalid; //=> [] when every record is valid
 * ```
 */
export interface AppointmentIndex {
  readonly appointments: readonly SchedulingAppointment[];
  readonly invalid: readonly InvalidRecord[];
  readonly byClinician: ReadonlyMap<string, ClinicianBookings>;
}

// Built only here, so a function given an index knows its records were validated.
class BuiltAppointmentIndex implements AppointmentIndex {
  constructor(
    readonly appointments: readonly SchedulingAppointment[],
    readonly invalid: readonly InvalidRecord[],
    readonly byClinician: ReadonlyMap<string, ClinicianBookings>,
  ) {
    Object.freeze(this);
  }
}

/** The index given, or one built from a list of records; anything else is a ValidationError. */
export function appointmentIndexOf(value: readonly unknown[] | AppointmentIndex): AppointmentIndex {
  if (value instanceof BuiltAppointmentIndex) return value;
  if (Array.isArray(value)) return buildAppointmentIndex(value);
  throw argumentError(
    'appointments',
    'invalid_type',
    'expected an array of appointments or an index from buildAppointmentIndex',
  );
}

/**
 * Validates appointments and indexes them per clinician for {@link findOpenSlots}. Nothing is dropped
 * silently: each invalid record, and each record repeating an earlier id, is reported with its index.
 *
 * @example
 * ```ts
 * const index = buildAppointmentIndex(appointments);
 * index.invalid.map((r) => r.index); //=> [] when every record is valid
 * findOpenSlots(clinicians, index, search); // reuses the index
 * ```
 */
export function buildAppointmentIndex(records: Iterable<unknown>): AppointmentIndex {
  const { records: appointments, invalid } = keepFirstOfEachId(
    validateBatch(SchedulingAppointment, records),
    {
      code: 'scheduling.appointment.duplicate_id' satisfies SchedulingValidationCode,
      message: 'must not repeat an appointment id',
    },
  );
  const spans = new Map<string, [number, number][]>();
  for (const value of appointments) {
    if (!isHoldingTime(value.status)) continue;
    const list = spans.get(value.clinicianId);
    const span: [number, number] = [toEpochMs(value.start), toEpochMs(value.end)];
    if (list === undefined) spans.set(value.clinicianId, [span]);
    else list.push(span);
  }
  const byClinician = new Map<string, ClinicianBookings>();
  for (const [clinicianId, list] of spans) {
    list.sort((a, b) => a[0] - b[0]);
    byClinician.set(clinicianId, {
      startMs: Float64Array.from(list, (s) => s[0]),
      endMs: Float64Array.from(list, (s) => s[1]),
    });
  }
  return new BuiltAppointmentIndex(appointments, invalid, byClinician);
}
