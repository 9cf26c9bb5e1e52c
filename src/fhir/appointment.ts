import * as z from 'zod';
import { type ValidationResult, validate } from '../core/index.js';
import { toEpochMs } from '../core/internal.js';
import { SchedulingAppointment, type SchedulingAppointmentInput } from '../scheduling/index.js';
import type { SchedulingAppointmentStatus, SchedulingAppointmentType } from '../scheduling/internal.js';
import {
  centsOf,
  concept,
  EXTENSION,
  fhirInstant,
  instantFromFhir,
  referenceTo,
  SYSTEM,
  usd,
} from './codes.js';
import type { FhirCodeableConcept, FhirExtension, FhirReference } from './datatypes.js';
import { checkFhirIds } from './fhir-ids.js';
import {
  checkModel,
  codeIn,
  extensionOf,
  InConcept,
  type InExtension,
  InReference,
  readResource,
  referencedId,
  referencedType,
  resourceShape,
} from './resource-reader.js';

/**
 * A participant of a {@link FhirAppointment}: the clinician, a client, the location or the room.
 * @example
 * ```ts
 * const [clinician]: FhirAppointmentParticipant[] = toFhirAppointment(appointment).participant;
 * clinician?.actor?.reference; //=> 'Practitioner/dr-lee'
 * ```
 */
export interface FhirAppointmentParticipant {
  readonly type?: FhirCodeableConcept[];
  readonly actor: FhirReference;
  readonly required: 'required';
  readonly status: 'accepted';
}

/**
 * The FHIR R4 `Appointment` this library writes: a subset of HL7's resource, assignable to the official
 * `fhir4.Appointment` type [sources: fhir-r4-appointment].
 * @example
 * ```ts
 * const resource: FhirAppointment = toFhirAppointment(appointment);
 * resource.resourceType; //=> 'Appointment'
 * ```
 */
export interface FhirAppointment {
  readonly resourceType: 'Appointment';
  readonly id: string;
  readonly extension?: FhirExtension[];
  readonly status: 'booked' | 'fulfilled' | 'cancelled' | 'noshow';
  readonly cancelationReason?: FhirCodeableConcept;
  readonly serviceCategory?: FhirCodeableConcept[];
  readonly serviceType: FhirCodeableConcept[];
  readonly start: string;
  readonly end: string;
  readonly minutesDuration: number;
  readonly participant: FhirAppointmentParticipant[];
}

const SESSION_TYPE_DISPLAY: Readonly<Record<SchedulingAppointmentType, string>> = {
  intake: 'Intake session',
  individual: 'Individual session',
  couples: 'Couples session',
  family: 'Family session',
  group: 'Group session',
};

// Who cancelled, as the HL7 example cancellation reasons name it [sources: fhir-r4-appointment].
const CANCELLED_BY_CODE = { client: 'pat', clinician: 'prov', practice: 'oth' } as const;

// Built per resource, never shared: a caller who edits one returned resource must not edit the others.
const virtual = () => concept(SYSTEM.actCode, 'VR', 'virtual');
const primaryPerformer = () => concept(SYSTEM.participationType, 'PPRF', 'primary performer');
const location = () => concept(SYSTEM.participationType, 'LOC', 'location');
const room = () => concept(SYSTEM.participantRole, 'room', 'room');

const STATUS: Readonly<Record<SchedulingAppointmentStatus['state'], FhirAppointment['status']>> = {
  scheduled: 'booked',
  completed: 'fulfilled',
  cancelled: 'cancelled',
  no_show: 'noshow',
};

function participant(actor: FhirReference, type?: FhirCodeableConcept): FhirAppointmentParticipant {
  return type === undefined
    ? { actor, required: 'required', status: 'accepted' }
    : { type: [type], actor, required: 'required', status: 'accepted' };
}

/**
 * Writes an appointment as a FHIR R4 `Appointment`: its status (a cancellation with who cancelled and
 * when, a no-show as `noshow`), the clinician, clients and room as participants, the session type, the
 * modality and the series it belongs to.
 *
 * @remarks Mapping tables in docs/fhir.md. Lateness is not a status: a late cancellation is a
 * `cancelled` appointment whose cancellation time falls inside the notice window, which the missed-session
 * fee rule judges from the time written here.
 * @throws {@link ValidationError} when the appointment is invalid, or one of its ids is not a FHIR id
 * (`fhir.id.invalid`).
 * @example
 * ```ts
 * toFhirAppointment({ id: 'a-1', clinicianId: 'dr-lee', clientIds: ['c-1'], type: 'individual',
 *   modality: { kind: 'in_person', locationId: 'main' }, start: '2026-03-09T09:00:00-04:00',
 *   end: '2026-03-09T09:50:00-04:00', status: { state: 'no_show' } }).status;
 * //=> 'noshow'
 * ```
 */
export function toFhirAppointment(appointment: SchedulingAppointmentInput): FhirAppointment {
  const a = validate(SchedulingAppointment, appointment, 'appointment');
  checkFhirIds('appointment', [
    ['id', a.id],
    ['clinicianId', a.clinicianId],
    ...a.clientIds.map((c, i) => [['clientIds', i], c] as const),
    ...(a.modality.kind === 'in_person'
      ? [
          ['modality.locationId', a.modality.locationId] as const,
          ['modality.roomId', a.modality.roomId] as const,
        ]
      : []),
  ]);
  const extension: FhirExtension[] = [];
  if (a.seriesId !== undefined) extension.push({ url: EXTENSION.series, valueString: a.seriesId });
  if (a.sessionFeeCents !== undefined)
    extension.push({ url: EXTENSION.sessionFee, valueMoney: usd(a.sessionFeeCents) });
  if (a.responsibleClientId !== undefined) {
    extension.push({
      url: EXTENSION.responsibleClient,
      valueReference: referenceTo('Patient', a.responsibleClientId),
    });
  }
  const status = a.status;
  let cancelationReason: FhirCodeableConcept | undefined;
  if (status.state === 'cancelled') {
    cancelationReason = concept(SYSTEM.cancellationReason, CANCELLED_BY_CODE[status.by]);
    extension.push({ url: EXTENSION.cancellationDate, valueDateTime: fhirInstant(status.at) });
    if (status.rescheduled) extension.push({ url: EXTENSION.rescheduled, valueBoolean: true });
  }
  if ((status.state === 'cancelled' || status.state === 'no_show') && status.emergencyDocumented) {
    extension.push({ url: EXTENSION.emergencyDocumented, valueBoolean: true });
  }
  const participants: FhirAppointmentParticipant[] = [
    participant(referenceTo('Practitioner', a.clinicianId), primaryPerformer()),
    ...a.clientIds.map((id) => participant(referenceTo('Patient', id))),
  ];
  if (a.modality.kind === 'in_person') {
    participants.push(participant(referenceTo('Location', a.modality.locationId), location()));
    if (a.modality.roomId !== undefined)
      participants.push(participant(referenceTo('Location', a.modality.roomId), room()));
  } else {
    extension.push({ url: EXTENSION.clientLocationState, valueCode: a.modality.clientLocationState });
  }
  return {
    resourceType: 'Appointment',
    id: a.id,
    ...(extension.length > 0 ? { extension } : {}),
    status: STATUS[status.state],
    ...(cancelationReason === undefined ? {} : { cancelationReason }),
    ...(a.modality.kind === 'telehealth' ? { serviceCategory: [virtual()] } : {}),
    serviceType: [concept(SYSTEM.sessionType, a.type, SESSION_TYPE_DISPLAY[a.type])],
    start: fhirInstant(a.start),
    end: fhirInstant(a.end),
    minutesDuration: Math.round((toEpochMs(a.end) - toEpochMs(a.start)) / 60_000),
    participant: participants,
  };
}

const InParticipant = z.object({ type: z.array(InConcept).optional(), actor: InReference.optional() });

const InAppointment = resourceShape('Appointment', {
  id: z.string(),
  status: z.string(),
  cancelationReason: InConcept.optional(),
  serviceCategory: z.array(InConcept).optional(),
  serviceType: z.array(InConcept).optional(),
  start: z.string(),
  end: z.string(),
  participant: z.array(InParticipant).min(1),
});

const FROM_STATUS: Readonly<Record<string, 'scheduled' | 'completed' | 'cancelled' | 'no_show'>> = {
  booked: 'scheduled',
  arrived: 'scheduled',
  'checked-in': 'scheduled',
  fulfilled: 'completed',
  cancelled: 'cancelled',
  noshow: 'no_show',
};

function boolExtension(extensions: readonly InExtension[] | undefined, url: string): boolean {
  return extensionOf(extensions, url)?.valueBoolean === true;
}

/**
 * Reads a FHIR R4 `Appointment` into the library's appointment, or every problem by FHIR path.
 *
 * @remarks `booked`, `arrived` and `checked-in` read as scheduled; `proposed`, `pending`, `waitlist` and
 * `entered-in-error` have no counterpart and are reported (`fhir.appointment.status_unsupported`). A
 * cancellation must say who cancelled (`cancelationReason`) and when (the cancellation-date extension):
 * a missed-session fee depends on both, so neither is assumed. A modifier extension is reported.
 * @example
 * ```ts
 * fromFhirAppointment(toFhirAppointment(appointment)); //=> { success: true, data: appointment }
 * fromFhirAppointment({ resourceType: 'Appointment', status: 'proposed', … }).success; //=> false
 * ```
 */
export function fromFhirAppointment(resource: unknown): ValidationResult<SchedulingAppointment> {
  return readResource(InAppointment, resource, 'FHIR Appointment', (r, problems) => {
    const state = Object.hasOwn(FROM_STATUS, r.status) ? FROM_STATUS[r.status] : undefined;
    if (state === undefined) {
      problems.add(
        ['status'],
        'fhir.appointment.status_unsupported',
        'must be a status the library can represent',
      );
    }
    const clinicians: string[] = [];
    const clients: string[] = [];
    let locationId: string | undefined;
    let roomId: string | undefined;
    r.participant.forEach((p, i) => {
      // A participant with a type and no actor (an interpreter required, not yet assigned) names no one: R4
      // allows it, and the model has nothing to keep of it.
      if (p.actor === undefined && p.type !== undefined) return;
      const type = referencedType(p.actor);
      const id = type === undefined ? undefined : referencedId(p.actor, type);
      if (type === undefined || id === undefined) {
        problems.add(
          ['participant', i, 'actor'],
          'fhir.reference.invalid',
          'must be a literal reference Type/id',
        );
        return;
      }
      if (type === 'Practitioner') clinicians.push(id);
      else if (type === 'Patient') clients.push(id);
      else if (type === 'Location' && codeIn(p.type, SYSTEM.participantRole) === 'room') roomId = id;
      else if (type === 'Location') locationId = id;
      else
        problems.add(
          ['participant', i, 'actor'],
          'fhir.appointment.participant_unsupported',
          'must be a Practitioner, Patient or Location',
        );
    });
    if (clinicians.length !== 1) {
      problems.add(['participant'], 'fhir.appointment.clinician_count', 'must have exactly one Practitioner');
    }
    const type = codeIn(r.serviceType, SYSTEM.sessionType);
    if (type === undefined) {
      problems.add(
        ['serviceType'],
        'fhir.appointment.session_type_missing',
        'must carry the session type code',
      );
    }
    const telehealth = codeIn(r.serviceCategory, SYSTEM.actCode) === 'VR';
    const clientLocationState = extensionOf(r.extension, EXTENSION.clientLocationState)?.valueCode;
    if (telehealth && clientLocationState === undefined) {
      problems.add(
        ['extension'],
        'fhir.appointment.client_state_missing',
        'must say the state the client is in for a telehealth session',
      );
    }
    if (!telehealth && locationId === undefined) {
      problems.add(
        ['participant'],
        'fhir.appointment.location_missing',
        'must name the Location of an in-person session',
      );
    }
    const emergencyDocumented = boolExtension(r.extension, EXTENSION.emergencyDocumented);
    let status: unknown = state === undefined ? undefined : { state };
    if (state === 'no_show') status = { state, emergencyDocumented };
    if (state === 'cancelled') {
      const reason = codeIn(r.cancelationReason, SYSTEM.cancellationReason);
      const by =
        reason === undefined
          ? undefined
          : reason.startsWith('pat')
            ? 'client'
            : reason.startsWith('prov')
              ? 'clinician'
              : 'practice';
      if (by === undefined) {
        problems.add(
          ['cancelationReason'],
          'fhir.appointment.cancelled_by_missing',
          'must say who cancelled (an HL7 cancellation reason)',
        );
      }
      const cancelledAt = extensionOf(r.extension, EXTENSION.cancellationDate)?.valueDateTime;
      const at = cancelledAt === undefined ? undefined : instantFromFhir(cancelledAt);
      if (at === undefined) {
        problems.add(
          ['extension'],
          'fhir.appointment.cancellation_time_missing',
          'must say when it was cancelled (the cancellation-date extension)',
        );
      }
      status = {
        state,
        by,
        at,
        rescheduled: boolExtension(r.extension, EXTENSION.rescheduled),
        emergencyDocumented,
      };
    }
    const seriesId = extensionOf(r.extension, EXTENSION.series)?.valueString;
    const fee = extensionOf(r.extension, EXTENSION.sessionFee)?.valueMoney;
    const sessionFeeCents = fee === undefined ? undefined : centsOf(fee);
    if (fee !== undefined && sessionFeeCents === undefined) {
      problems.add(['extension'], 'fhir.money.invalid', 'must be US dollars with at most two decimals');
    }
    const responsible = extensionOf(r.extension, EXTENSION.responsibleClient)?.valueReference;
    const candidate = {
      id: r.id,
      clinicianId: clinicians[0],
      clientIds: clients,
      type,
      modality: telehealth
        ? { kind: 'telehealth', clientLocationState }
        : { kind: 'in_person', locationId, ...(roomId === undefined ? {} : { roomId }) },
      start: instantFromFhir(r.start),
      end: instantFromFhir(r.end),
      status,
      ...(seriesId === undefined ? {} : { seriesId }),
      ...(sessionFeeCents === undefined ? {} : { sessionFeeCents }),
      ...(responsible === undefined ? {} : { responsibleClientId: referencedId(responsible, 'Patient') }),
    };
    if (!problems.none) return () => candidate as never;
    const model = checkModel(SchedulingAppointment, candidate, problems, appointmentPath);
    return () => model;
  });
}

// Where a problem the library's schema finds in the mapped appointment sits in the FHIR resource.
function appointmentPath(path: readonly PropertyKey[]): readonly (string | number)[] {
  switch (path[0]) {
    case 'id':
    case 'start':
    case 'end':
      return [path[0]];
    case 'clientIds':
    case 'clinicianId':
      return ['participant'];
    case 'status':
      return path[1] === 'by' ? ['cancelationReason'] : path[1] === 'at' ? ['extension'] : ['status'];
    case 'modality':
      return path[1] === 'clientLocationState' ? ['extension'] : ['participant'];
    default:
      return ['extension'];
  }
}
