import * as z from 'zod';
import { Instant, LocalDate, validate } from '../core/index.js';
import { validateArguments } from '../core/internal.js';
import {
  type OpenSlot,
  SchedulingClinician,
  type SchedulingClinicianInput,
  SessionModalityKind,
} from '../scheduling/index.js';
import { concept, fhirInstant, referenceTo, SYSTEM } from './codes.js';
import type { FhirCodeableConcept, FhirPeriod, FhirReference } from './datatypes.js';
import { checkFhirIds } from './fhir-ids.js';

/**
 * The FHIR R4 `Schedule` this library writes: whose time it is (the clinician and the locations of their
 * in-person availability) over a planning horizon [sources: fhir-r4-schedule].
 * @example
 * ```ts
 * const resource: FhirSchedule = toFhirSchedule(drLee, { from: '2026-03-09', to: '2026-03-13' });
 * resource.planningHorizon; //=> { start: '2026-03-09', end: '2026-03-13' }
 * ```
 */
export interface FhirSchedule {
  readonly resourceType: 'Schedule';
  readonly id: string;
  readonly active: true;
  readonly serviceCategory?: FhirCodeableConcept[];
  readonly actor: FhirReference[];
  readonly planningHorizon?: FhirPeriod;
}

/**
 * The FHIR R4 `Slot` this library writes: one free slot of a schedule [sources: fhir-r4-schedule].
 * @example
 * ```ts
 * const [slot]: FhirSlot[] = toFhirSlots(findOpenSlots(request, clinicians, appointments).slots);
 * slot?.status; //=> 'free'
 * ```
 */
export interface FhirSlot {
  readonly resourceType: 'Slot';
  readonly serviceCategory?: FhirCodeableConcept[];
  readonly schedule: FhirReference;
  readonly status: 'free';
  readonly start: string;
  readonly end: string;
}

/**
 * Options of {@link toFhirSchedule}: the dates the schedule covers (the open-slot search's range).
 * @example
 * ```ts
 * ToFhirScheduleOptions.parse({ from: '2026-03-09', to: '2026-03-13' }); //=> the same range
 * ```
 */
export const ToFhirScheduleOptions = z.strictObject({ from: LocalDate.optional(), to: LocalDate.optional() });
export type ToFhirScheduleOptions = z.input<typeof ToFhirScheduleOptions>;

const VIRTUAL = concept(SYSTEM.actCode, 'VR', 'virtual');

/**
 * Writes a clinician's schedule as a FHIR R4 `Schedule` whose id is the clinician's id, so the slots of
 * {@link toFhirSlots} point at it.
 *
 * @throws {@link ValidationError} when the clinician or the options are invalid, or an id is not a FHIR id.
 * @example
 * ```ts
 * toFhirSchedule(drLee, { from: '2026-03-09', to: '2026-03-13' });
 * //=> { resourceType: 'Schedule', id: 'dr-lee', active: true, actor: [{ reference: 'Practitioner/dr-lee' }],
 * //     planningHorizon: { start: '2026-03-09', end: '2026-03-13' } }
 * ```
 */
export function toFhirSchedule(
  clinician: SchedulingClinicianInput,
  options: ToFhirScheduleOptions = {},
): FhirSchedule {
  const [c, { from, to }] = validateArguments([
    ['clinician', SchedulingClinician, clinician, 'clinician'],
    ['options', ToFhirScheduleOptions, options, 'options'],
  ]);
  const locations = [
    ...new Set(c.availability.flatMap((a) => (a.locationId === undefined ? [] : [a.locationId]))),
  ].sort();
  checkFhirIds('clinician', [['id', c.id], ...locations.map((l) => ['availability.locationId', l] as const)]);
  const horizon: FhirPeriod = {
    ...(from === undefined ? {} : { start: from }),
    ...(to === undefined ? {} : { end: to }),
  };
  return {
    resourceType: 'Schedule',
    id: c.id,
    active: true,
    ...(c.modalities.includes('telehealth') ? { serviceCategory: [VIRTUAL] } : {}),
    actor: [referenceTo('Practitioner', c.id), ...locations.map((l) => referenceTo('Location', l))],
    ...(from === undefined && to === undefined ? {} : { planningHorizon: horizon }),
  };
}

const InOpenSlot = z.object({
  clinicianId: z.string(),
  start: Instant,
  end: Instant,
  modalities: z.array(SessionModalityKind),
});

/**
 * Writes open slots (from `findOpenSlots`) as FHIR R4 `Slot`s with status `free`, each pointing at its
 * clinician's {@link toFhirSchedule}; a slot that offers telehealth is marked virtual.
 *
 * @remarks Slots carry no id: they are computed on request, not stored (a booked slot becomes an
 * Appointment). R4's Slot has no location; the schedule names the clinician's locations.
 * @throws {@link ValidationError} when a slot is malformed or a clinician id is not a FHIR id.
 * @example
 * ```ts
 * toFhirSlots(findOpenSlots([drLee], [], search).slots)[0];
 * //=> { resourceType: 'Slot', schedule: { reference: 'Schedule/dr-lee' }, status: 'free',
 * //     start: '2026-03-09T08:00:00-05:00', end: '2026-03-09T08:50:00-05:00' }
 * ```
 */
export function toFhirSlots(slots: readonly OpenSlot[]): FhirSlot[] {
  const checked = validate(z.array(InOpenSlot), slots, 'open slots');
  checkFhirIds(
    'open slots',
    checked.map((s, i) => [[i, 'clinicianId'], s.clinicianId] as const),
  );
  return checked.map((s) => ({
    resourceType: 'Slot',
    ...(s.modalities.includes('telehealth') ? { serviceCategory: [VIRTUAL] } : {}),
    schedule: referenceTo('Schedule', s.clinicianId),
    status: 'free',
    start: fhirInstant(s.start),
    end: fhirInstant(s.end),
  }));
}
