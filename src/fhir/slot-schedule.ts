import * as z from 'zod';
import { Instant, LocalDate, validate } from '../core/index.js';
import { validateArguments } from '../core/internal.js';
import {
  type OpenSlot,
  SchedulingClinician,
  type SchedulingClinicianInput,
  SessionModalityKind,
} from '../scheduling/index.js';
import { fhirInstant, referenceTo } from './codes.js';
import type { FhirCodeableConcept, FhirPeriod, FhirReference } from './datatypes.js';
import { checkFhirIds } from './fhir-ids.js';
import { modalityCategory } from './session-delivery.js';

/**
 * The FHIR R4 `Schedule` this library writes: whose time it is (the clinician and the locations of their
 * in-person availability), the modalities it offers, over a planning horizon [sources: fhir-r4-schedule].
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

// The categories of a set of modalities, one per modality in the enum's order; none for none.
function modalityCategories(modalities: ReadonlySet<SessionModalityKind>): {
  serviceCategory?: FhirCodeableConcept[];
} {
  const kinds = SessionModalityKind.options.filter((m) => modalities.has(m));
  return kinds.length === 0 ? {} : { serviceCategory: kinds.map(modalityCategory) };
}

/**
 * Writes a clinician's schedule as a FHIR R4 `Schedule` whose id is the clinician's id, so the slots of
 * {@link toFhirSlots} point at it. Its `serviceCategory` names every modality its availability offers over the
 * horizon, in-person time as `AMB` (ambulatory) and telehealth as `VR` (virtual): a clinician with in-person
 * and telehealth hours lists both, never `VR` alone; each slot names its own.
 *
 * @remarks R4's Schedule and Slot each carry `serviceCategory` (0..*), the services their time is for, and
 * a Slot's own values say what that slot offers, over its Schedule's [sources: fhir-r4-schedule]. A block's
 * modalities are those it names that the clinician offers (none named: all the clinician's); a block whose
 * dates fall outside the horizon adds none, and a clinician with no availability gets no category.
 * @throws {@link ValidationError} when the clinician or the options are invalid, or an id is not a FHIR id.
 * @example
 * ```ts
 * import type { SchedulingClinicianInput } from 'practice-ops/scheduling';
 *
 * // Dr. Lee sees clients in person at the Loop office on Monday mornings and by telehealth on Tuesdays.
 * const drLee: SchedulingClinicianInput = { id: 'dr-lee', zone: 'America/New_York',
 *   modalities: ['in_person', 'telehealth'], availability: [
 *     { days: ['mon'], start: '08:00', end: '12:00', modalities: ['in_person'], locationId: 'loop-office' },
 *     { days: ['tue'], start: '08:00', end: '12:00', modalities: ['telehealth'] },
 *   ] };
 * const schedule = toFhirSchedule(drLee, { from: '2026-03-09', to: '2026-03-13' });
 * schedule.serviceCategory?.map((c) => c.coding?.[0]?.code); //=> ['AMB', 'VR']
 * schedule;
 * //=> { resourceType: 'Schedule', id: 'dr-lee', active: true,
 * //     actor: [{ reference: 'Practitioner/dr-lee' }, { reference: 'Location/loop-office' }],
 * //     planningHorizon: { start: '2026-03-09', end: '2026-03-13' }, … }
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
  // The blocks in force over the horizon: a block's dates and the horizon's overlap (a missing end is open).
  const inForce = c.availability.filter(
    (a) =>
      (a.until === undefined || from === undefined || a.until >= from) &&
      (a.from === undefined || to === undefined || a.from <= to),
  );
  const modalities = new Set(
    inForce.flatMap((a) =>
      a.modalities.length === 0 ? c.modalities : a.modalities.filter((m) => c.modalities.includes(m)),
    ),
  );
  return {
    resourceType: 'Schedule',
    id: c.id,
    active: true,
    ...modalityCategories(modalities),
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
 * clinician's {@link toFhirSchedule}, its `serviceCategory` naming each modality it offers: `AMB`
 * (ambulatory) in person, `VR` (virtual) telehealth, both for a slot that can be booked either way.
 *
 * @remarks Slots carry no id: they are computed on request, not stored (a booked slot becomes an
 * Appointment). R4's Slot has no location; the schedule names the clinician's locations.
 * @throws {@link ValidationError} when a slot is malformed or a clinician id is not a FHIR id.
 * @example
 * ```ts
 * import type { SchedulingClinicianInput } from 'practice-ops/scheduling';
 *
 * // Dr. Lee sees clients in person at the Loop office on Monday mornings and by telehealth on Tuesdays.
 * const drLee: SchedulingClinicianInput = { id: 'dr-lee', zone: 'America/New_York',
 *   modalities: ['in_person', 'telehealth'], availability: [
 *     { days: ['mon'], start: '08:00', end: '12:00', modalities: ['in_person'], locationId: 'loop-office' },
 *     { days: ['tue'], start: '08:00', end: '12:00', modalities: ['telehealth'] },
 *   ] };
 * const { slots } = findOpenSlots([drLee], [], { from: '2026-03-09', to: '2026-03-13', sessionMinutes: 50,
 *   stepMinutes: 60, asOf: '2026-03-02T12:00:00-05:00', displayZone: 'America/New_York' });
 * toFhirSlots(slots)[0];
 * //=> { resourceType: 'Slot', serviceCategory: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'AMB', display: 'ambulatory' }] }],
 * //     schedule: { reference: 'Schedule/dr-lee' }, status: 'free',
 * //     start: '2026-03-09T08:00:00-04:00', end: '2026-03-09T08:50:00-04:00' }
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
    ...modalityCategories(new Set(s.modalities)),
    schedule: referenceTo('Schedule', s.clinicianId),
    status: 'free',
    start: fhirInstant(s.start),
    end: fhirInstant(s.end),
  }));
}
