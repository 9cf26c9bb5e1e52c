import * as z from 'zod';
import { ClaimDiagnosisCode } from '../billing/internal.js';
import { ClientId, formatInstant, IanaZone, Instant, type ValidationIssue } from '../core/index.js';
import { formatPath, toEpochMs, validateArguments } from '../core/internal.js';
import { SchedulingAppointment, type SchedulingAppointmentInput } from '../scheduling/index.js';
import { primaryPerformer, sessionTypeConcept } from './appointment.js';
import { concept, FHIR_ID, fhirInstant, referenceTo, SYSTEM } from './codes.js';
import type {
  FhirCodeableConcept,
  FhirCoding,
  FhirExtension,
  FhirPeriod,
  FhirReference,
} from './datatypes.js';
import { idIssues, validateForWriter, valueAt } from './fhir-ids.js';
import { deliveryExtensions, modalityClass } from './session-delivery.js';

/**
 * Where a {@link FhirEncounter} took place: the office, or its room (`physicalType` room), with the
 * location's status in the encounter (R4 `planned`, `active`, `completed`).
 * @example
 * ```ts
 * const place: FhirEncounterLocation = { location: { reference: 'Location/loop-office' }, status: 'completed' };
 * place.status; //=> 'completed'
 * ```
 */
export interface FhirEncounterLocation {
  readonly location: FhirReference;
  readonly status?: 'planned' | 'active' | 'completed';
  readonly physicalType?: FhirCodeableConcept;
}

/**
 * The FHIR R4 `Encounter` this library writes for one client's session: a subset of HL7's resource,
 * assignable to the official `fhir4.Encounter` type [sources: fhir-r4-encounter].
 * @example
 * ```ts
 * const resource: FhirEncounter = toFhirEncounter(session, { asOf: '2026-03-09T10:30:00-04:00' });
 * resource.status; //=> 'finished'
 * ```
 */
export interface FhirEncounter {
  readonly resourceType: 'Encounter';
  readonly id: string;
  readonly extension?: FhirExtension[];
  readonly status: 'planned' | 'in-progress' | 'finished' | 'cancelled' | 'unknown';
  readonly class: FhirCoding;
  readonly serviceType: FhirCodeableConcept;
  readonly subject: FhirReference;
  readonly participant: { readonly type: FhirCodeableConcept[]; readonly individual: FhirReference }[];
  readonly appointment: FhirReference[];
  readonly period?: FhirPeriod;
  readonly length?: {
    readonly value: number;
    readonly unit: 'min';
    readonly system: string;
    readonly code: 'min';
  };
  readonly reasonCode?: FhirCodeableConcept[];
  readonly location?: FhirEncounterLocation[];
}

/**
 * Options of {@link toFhirEncounter}.
 * - `asOf`: the moment the resource is written; a session still scheduled is `planned` before its start,
 *   `in-progress` from its start to its end, and `unknown` after (not recorded as held: never presumed so).
 * - `zone`: the IANA zone the period is written in (the practice's); an in-person session whose office names
 *   its zone is written in that one. Neither given, the times keep the offsets they were recorded with.
 * - `clientId`: the client whose encounter it is; needed when the session has several (a couple, a family,
 *   a group: each client's record holds their own Encounter).
 * - `id`: the Encounter's id; the appointment's when left out, and needed when the session has several clients.
 * - `diagnosisCodes`: the ICD-10-CM codes the session treated, written as `reasonCode` (the appointment
 *   records none).
 * @example
 * ```ts
 * ToFhirEncounterOptions.parse({ asOf: '2026-03-09T10:30:00-04:00', zone: 'America/New_York' }).zone;
 * //=> 'America/New_York'
 * ```
 */
export const ToFhirEncounterOptions = z.strictObject({
  asOf: Instant,
  zone: IanaZone.optional(),
  clientId: ClientId.optional(),
  id: z.string().regex(FHIR_ID, { message: 'must be a FHIR id (1–64 letters, digits, - or .)' }).optional(),
  diagnosisCodes: z.array(ClaimDiagnosisCode).max(12).optional(),
});
export type ToFhirEncounterOptions = z.input<typeof ToFhirEncounterOptions>;

const ENCOUNTER_VIRTUAL_SERVICE =
  'http://hl7.org/fhir/5.0/StructureDefinition/extension-Encounter.virtualService';
const LOCATION_PHYSICAL_TYPE = 'http://terminology.hl7.org/CodeSystem/location-physical-type';
const UCUM = 'http://unitsofmeasure.org';

type EncounterStatus = FhirEncounter['status'];

/**
 * The encounter's status from the appointment's and the clock [sources: fhir-r4-encounter]: a held session is
 * `finished`; a cancelled session or a no-show `cancelled` (R4: the encounter ended before it began); a session
 * still scheduled `planned` before its start, `in-progress` until its end, `unknown` after it (not recorded as
 * held); a session recorded as held before its start is `unknown` too.
 */
function encounterStatus(
  state: SchedulingAppointment['status']['state'],
  start: number,
  end: number,
  asOf: number,
): EncounterStatus {
  switch (state) {
    case 'completed':
      return asOf < start ? 'unknown' : 'finished';
    case 'cancelled':
    case 'no_show':
      return 'cancelled';
    case 'scheduled':
      return asOf < start ? 'planned' : asOf < end ? 'in-progress' : 'unknown';
    default: {
      const unhandled: never = state;
      return unhandled;
    }
  }
}

// The status of each place in the encounter (R4's encounter-location-status), where the encounter says one.
const LOCATION_STATUS: Readonly<Record<EncounterStatus, FhirEncounterLocation['status'] | undefined>> = {
  planned: 'planned',
  'in-progress': 'active',
  finished: 'completed',
  cancelled: undefined,
  unknown: undefined,
};

/** An ICD-10-CM code as FHIR's system writes it, with its dot after the category (F4311 is F43.11). */
function dotted(code: string): string {
  return code.includes('.') || code.length <= 3 ? code : `${code.slice(0, 3)}.${code.slice(3)}`;
}

// What the writer requires beside the schemas: FHIR ids, and a client and an id named for a session with
// several clients, the client among them.
function encounterIssues(appointment: unknown, options: unknown): ValidationIssue[] {
  const clientIds = valueAt(appointment, ['clientIds']);
  const issues = idIssues([
    [['appointment', 'id'], valueAt(appointment, ['id'])],
    [['appointment', 'clinicianId'], valueAt(appointment, ['clinicianId'])],
    ...(Array.isArray(clientIds)
      ? clientIds.map((c, i) => [['appointment', 'clientIds', i], c] as const)
      : []),
    [['appointment', 'modality', 'locationId'], valueAt(appointment, ['modality', 'locationId'])],
    [['appointment', 'modality', 'roomId'], valueAt(appointment, ['modality', 'roomId'])],
    [['options', 'clientId'], valueAt(options, ['clientId'])],
  ]);
  if (!Array.isArray(clientIds)) return issues;
  const add = (key: string, message: string) => {
    const path = ['options', key];
    issues.push({ path, at: formatPath(path), code: 'fhir.encounter.client_not_named', message });
  };
  const clientId = valueAt(options, ['clientId']);
  if (clientIds.length > 1 && clientId === undefined)
    add('clientId', 'must name the client: the session has several, each with their own Encounter');
  if (clientIds.length > 1 && valueAt(options, ['id']) === undefined)
    add('id', 'must be given for a session with several clients: one Encounter each');
  if (typeof clientId === 'string' && !clientIds.includes(clientId))
    add('clientId', 'must be one of the session’s clients');
  return issues;
}

/**
 * Writes one client's session as a FHIR R4 `Encounter`: its status from the appointment's and `asOf`, the
 * class `AMB` (in person) or `VR` (telehealth, with the state the client is in, R5's virtual service channel
 * and whether the client is at home, as {@link toFhirAppointment} writes them), the session type, the client
 * as subject, the clinician as primary performer, the appointment it fulfils, the period in the session's
 * zone with its offset, the minutes held, the diagnoses given as `reasonCode`, and the office and room.
 *
 * @remarks R4 Encounter [sources: fhir-r4-encounter, fhir-xver-r5-r4, fhir-r4-terminology]. The period is
 * the session's booked time (the model records no other): written for a session `finished` (start and end,
 * and `length`) or `in-progress` (start alone: it has not ended); a session planned, cancelled or unknown has
 * none (its Appointment says when it was booked). Mapping tables in docs/fhir.md.
 * @throws {@link ValidationError} listing every problem at once, by argument: the appointment or the options
 * are invalid, an id is not a FHIR id (`fhir.id.invalid`), or a session with several clients does not name
 * the client and the Encounter's id (`fhir.encounter.client_not_named`).
 * @example
 * ```ts
 * const session = { id: 'a-2026-03-09', clinicianId: 'dr-lee', clientIds: ['c-ava'], type: 'individual' as const,
 *   modality: { kind: 'telehealth' as const, clientLocationState: 'NJ' as const, delivery: 'video' as const,
 *     clientAtHome: true },
 *   start: '2026-03-09T13:00:00Z', end: '2026-03-09T13:50:00Z', status: { state: 'completed' as const } };
 * const encounter = toFhirEncounter(session, { asOf: '2026-03-09T10:30:00-04:00', zone: 'America/New_York',
 *   diagnosisCodes: ['F4310'] });
 * encounter.status; //=> 'finished'
 * encounter.class; //=> { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'VR', display: 'virtual' }
 * encounter.period; //=> { start: '2026-03-09T09:00:00-04:00', end: '2026-03-09T09:50:00-04:00' }
 * encounter.reasonCode; //=> [{ coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'F43.10' }] }]
 * ```
 */
export function toFhirEncounter(
  appointment: SchedulingAppointmentInput,
  options: ToFhirEncounterOptions,
): FhirEncounter {
  const [a, o] = validateForWriter(
    () =>
      validateArguments([
        ['appointment', SchedulingAppointment, appointment, 'appointment'],
        ['options', ToFhirEncounterOptions, options, 'options'],
      ]),
    (model) => (model === undefined ? encounterIssues(appointment, options) : encounterIssues(...model)),
    'appointment',
  );
  const start = toEpochMs(a.start);
  const end = toEpochMs(a.end);
  const status = encounterStatus(a.status.state, start, end, toEpochMs(o.asOf));
  // An in-person session's times are its office's; else the practice's zone, when given.
  const writeZone = (a.modality.kind === 'in_person' ? a.modality.zone : undefined) ?? o.zone;
  const at = (instant: string, ms: number) =>
    writeZone === undefined ? fhirInstant(instant) : formatInstant(ms, writeZone);
  const period: FhirPeriod | undefined =
    status === 'finished'
      ? { start: at(a.start, start), end: at(a.end, end) }
      : status === 'in-progress'
        ? { start: at(a.start, start) }
        : undefined;
  const placeStatus = LOCATION_STATUS[status];
  const place = (id: string, room: boolean): FhirEncounterLocation => ({
    location: referenceTo('Location', id),
    ...(placeStatus === undefined ? {} : { status: placeStatus }),
    ...(room ? { physicalType: concept(LOCATION_PHYSICAL_TYPE, 'ro', 'Room') } : {}),
  });
  const location =
    a.modality.kind === 'in_person'
      ? [
          place(a.modality.locationId, false),
          ...(a.modality.roomId === undefined ? [] : [place(a.modality.roomId, true)]),
        ]
      : [];
  const extension = deliveryExtensions(a.modality, ENCOUNTER_VIRTUAL_SERVICE);
  const reasons = (o.diagnosisCodes ?? []).map((code) => concept(SYSTEM.icd10cm, dotted(code)));
  return {
    resourceType: 'Encounter',
    id: o.id ?? a.id,
    ...(extension.length > 0 ? { extension } : {}),
    status,
    class: modalityClass(a.modality.kind),
    serviceType: sessionTypeConcept(a.type),
    subject: referenceTo('Patient', o.clientId ?? (a.clientIds[0] as string)),
    participant: [
      {
        type: [primaryPerformer()],
        individual: referenceTo('Practitioner', a.clinicianId),
      },
    ],
    appointment: [referenceTo('Appointment', a.id)],
    ...(period === undefined ? {} : { period }),
    ...(status === 'finished'
      ? { length: { value: Math.round((end - start) / 60_000), unit: 'min', system: UCUM, code: 'min' } }
      : {}),
    ...(reasons.length > 0 ? { reasonCode: reasons } : {}),
    ...(location.length > 0 ? { location } : {}),
  };
}
