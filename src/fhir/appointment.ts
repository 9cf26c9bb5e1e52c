import * as z from 'zod';
import {
  isNonEmpty,
  safeValidate,
  ValidationError,
  type ValidationIssue,
  type ValidationResult,
  validate,
} from '../core/index.js';
import { toEpochMs } from '../core/internal.js';
import { SchedulingAppointment, type SchedulingAppointmentInput } from '../scheduling/index.js';
import {
  type AppointmentCancelledBy,
  type SchedulingAppointmentStatus,
  SchedulingAppointmentType,
} from '../scheduling/internal.js';
import { concept, EXTENSION, fhirInstant, instantFromFhir, referenceTo, SYSTEM, usd } from './codes.js';
import type { FhirCodeableConcept, FhirExtension, FhirReference } from './datatypes.js';
import { idIssues, validateForWriter, valueAt } from './fhir-ids.js';
import { indexKnown, KnownResources, resolveReference } from './reference-by-identifier.js';
import {
  centsAt,
  checkModel,
  codeIn,
  codesIn,
  extensionOf,
  InConcept,
  type InExtension,
  InReference,
  literalReference,
  modifierIssues,
  Problems,
  referencedId,
  reportRepeatedExtensions,
  resourceShape,
} from './resource-reader.js';
import { deliveryExtensions, deliveryOf, modalityCategory } from './session-delivery.js';

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
  readonly serviceCategory: FhirCodeableConcept[];
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

/** A session type in the library's code system, with its display (internal). */
export function sessionTypeConcept(type: SchedulingAppointmentType): FhirCodeableConcept {
  return concept(SYSTEM.sessionType, type, SESSION_TYPE_DISPLAY[type]);
}

// Who cancelled, as the HL7 example cancellation reasons name it [sources: fhir-r4-appointment].
// HL7's code for who cancelled: `pat` the patient, `prov` the provider. The code system has no code for
// "the practice" without a reason (its practice codes each name one: `maint`, `oth-room`, `oth-err`…), so
// a practice's cancellation is HL7's `other` with the library's own coding beside it
// [sources: fhir-r4-appointment].
const CANCELLED_BY_CODE = { client: 'pat', clinician: 'prov', practice: 'other' } as const;

function cancellationReasonOf(by: keyof typeof CANCELLED_BY_CODE): FhirCodeableConcept {
  const hl7 = { system: SYSTEM.cancellationReason, code: CANCELLED_BY_CODE[by] };
  if (by !== 'practice') return { coding: [hl7] };
  return {
    coding: [hl7, { system: SYSTEM.cancelledBy, code: 'practice' }],
    text: 'Cancelled by the practice',
  };
}

// Built per resource, never shared: a caller who edits one returned resource must not edit the others.
/** The clinician's part in a session: v3 ParticipationType primary performer (internal). */
export const primaryPerformer = () => concept(SYSTEM.participationType, 'PPRF', 'primary performer');
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
  const a = validateForWriter(
    () => validate(SchedulingAppointment, appointment, 'appointment'),
    (model) => appointmentIdIssues(model ?? appointment),
    'appointment',
  );
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
    cancelationReason = cancellationReasonOf(status.by);
    // A cancellation whose time is not recorded is written without one, never with a stand-in.
    if (status.at !== undefined)
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
  }
  extension.push(...deliveryExtensions(a.modality, EXTENSION.virtualService));
  return {
    resourceType: 'Appointment',
    id: a.id,
    ...(extension.length > 0 ? { extension } : {}),
    status: STATUS[status.state],
    ...(cancelationReason === undefined ? {} : { cancelationReason }),
    serviceCategory: [modalityCategory(a.modality.kind)],
    serviceType: [sessionTypeConcept(a.type)],
    start: fhirInstant(a.start),
    end: fhirInstant(a.end),
    minutesDuration: Math.round((toEpochMs(a.end) - toEpochMs(a.start)) / 60_000),
    participant: participants,
  };
}

// The ids an appointment's resource carries, read from the model or from input not yet validated.
function appointmentIdIssues(input: unknown): ValidationIssue[] {
  const clientIds = valueAt(input, ['clientIds']);
  return idIssues([
    ['id', valueAt(input, ['id'])],
    ['clinicianId', valueAt(input, ['clinicianId'])],
    ...(Array.isArray(clientIds) ? clientIds.map((c, i) => [['clientIds', i], c] as const) : []),
    ['modality.locationId', valueAt(input, ['modality', 'locationId'])],
    ['modality.roomId', valueAt(input, ['modality', 'roomId'])],
  ]);
}

/**
 * What an HL7 cancellation reason says for the fee rules: who chose to cancel (`client`, `clinician`,
 * `practice`), or that nobody's choice can be read from it (`review`: a person decides), or that the client
 * has died (`deceased`) [sources: fhir-r4-appointment]. Every code of the code system is listed on purpose;
 * a code outside it is unknown.
 */
type CancellationReasonReading = AppointmentCancelledBy | 'review' | 'deceased';

const CANCELLATION_REASON: Readonly<Record<string, CancellationReasonReading>> = {
  // The client's own choice: the notice window and the fee policy apply.
  pat: 'client',
  'pat-crs': 'client', // cancelled through the automated reminder system
  'pat-cpp': 'client', // cancelled through the patient portal
  'pat-fb': 'client', // feeling better
  'pat-lt': 'client', // lack of transportation (an emergency is documented apart)
  'pat-mv': 'client', // moved
  'pat-ucp': 'client', // unhappy, or changed provider
  // Not the client's choice, or not said whose: a person decides whether anything is owed.
  'pat-dec': 'deceased',
  'pat-mt': 'review', // member terminated: no longer covered by the insurance
  'pat-preg': 'review', // pregnant: a medical reason
  'pat-swl': 'review', // scheduled from the wait list: moved to another slot the practice offered
  'meds-inc': 'review', // preparation or medication incomplete: whose, it does not say
  'oth-fin': 'review', // financial: the client's or the practice's, it does not say
  'oth-weath': 'review', // weather: the practice closed, or the client could not come
  other: 'review',
  // The clinician's.
  prov: 'clinician',
  'prov-pers': 'clinician',
  'prov-dch': 'clinician',
  'prov-edu': 'clinician',
  'prov-hosp': 'clinician',
  'prov-labs': 'clinician',
  'prov-mri': 'clinician',
  'prov-onc': 'clinician',
  // The practice's: equipment, rooms, interpreters, scheduling errors, authorization.
  maint: 'practice',
  'oth-cms': 'practice',
  'oth-err': 'practice',
  'oth-int': 'practice',
  'oth-iv': 'practice',
  'oth-mu': 'practice',
  'oth-oerr': 'practice',
  'oth-room': 'practice',
  'oth-swie': 'practice',
};

/**
 * Options for {@link readFhirAppointment} and {@link fromFhirAppointment}: the resources the practice knows
 * by identifier (`known`), so that a participant named only by `identifier` (R4 allows a reference with no
 * `reference`) is tied to its clinician, client or location by the identifier's system and value.
 * @example
 * ```ts
 * ReadFhirAppointmentOptions.parse({ known: [{ reference: 'Practitioner/dr-lee',
 *   identifier: { system: 'http://hl7.org/fhir/sid/us-npi', value: '1679576722' } }] }).known.length; //=> 1
 * ```
 */
export const ReadFhirAppointmentOptions = z.strictObject({ known: KnownResources });
export type ReadFhirAppointmentOptions = z.input<typeof ReadFhirAppointmentOptions>;

// The participants whose resource types the model keeps: the clinician, the clients, the place.
const KEPT_PARTICIPANTS: ReadonlySet<string> = new Set(['Practitioner', 'Patient', 'Location']);

const InParticipant = z.object({
  type: z.array(InConcept).optional(),
  actor: InReference.optional(),
  required: z.string().optional(),
  status: z.string().optional(),
});

// R4's participant value sets (required bindings) [sources: fhir-r4-appointment].
const PARTICIPATION_STATUSES: ReadonlySet<string> = new Set([
  'accepted',
  'declined',
  'tentative',
  'needs-action',
]);
const PARTICIPANT_REQUIRED: ReadonlySet<string> = new Set(['required', 'optional', 'information-only']);

/** A client or clinician participant as the resource states it, kept to judge whether they take part. */
interface Attendance {
  readonly index: number;
  readonly who: 'client' | 'clinician';
  readonly required: string | undefined;
  readonly status: string | undefined;
}

const InAppointment = resourceShape('Appointment', {
  id: z.string(),
  status: z.string(),
  cancelationReason: InConcept.optional(),
  serviceCategory: z.array(InConcept).optional(),
  serviceType: z.array(InConcept).optional(),
  appointmentType: InConcept.optional(),
  start: z.string(),
  end: z.string(),
  minutesDuration: z.number().optional(),
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

// CPT codes that name one session type. Family psychotherapy (90846, 90847) is billed for couples and
// families alike, and crisis psychotherapy (90839) for any session, so they name none [sources: ama-cpt].
const SESSION_TYPE_OF_CPT: Readonly<Record<string, SchedulingAppointmentType>> = {
  '90791': 'intake',
  '90792': 'intake',
  '90832': 'individual',
  '90833': 'individual',
  '90834': 'individual',
  '90836': 'individual',
  '90837': 'individual',
  '90838': 'individual',
  '90853': 'group',
};

const SESSION_TYPES: ReadonlySet<string> = new Set(SchedulingAppointmentType.options);

/**
 * The session type the resource names: the library's own code wherever it is, else every CPT code of
 * `serviceType` and `appointmentType` that names one type. `undefined` when none does; `ambiguous` when
 * they disagree. A duration never decides it (50 minutes is an individual or a couples session).
 */
function sessionTypeOf(concepts: readonly InConcept[]): SchedulingAppointmentType | 'ambiguous' | undefined {
  const own = new Set<SchedulingAppointmentType>();
  const cpt = new Set<SchedulingAppointmentType>();
  for (const c of concepts) {
    for (const coding of c.coding ?? []) {
      const code = coding.code ?? '';
      if (coding.system === SYSTEM.sessionType && SESSION_TYPES.has(code))
        own.add(code as SchedulingAppointmentType);
      if (coding.system === SYSTEM.cpt && Object.hasOwn(SESSION_TYPE_OF_CPT, code))
        cpt.add(SESSION_TYPE_OF_CPT[code] as SchedulingAppointmentType);
    }
  }
  const found = own.size > 0 ? own : cpt;
  if (found.size > 1) return 'ambiguous';
  return found.values().next().value;
}

/**
 * Who an HL7 cancellation reason says chose to cancel: every code of the code system among its codings,
 * read; `conflict` when they name different cancellers (`pat` beside `prov`), `unlisted` for a code outside
 * the code system, `undefined` when there is none.
 */
/**
 * The facts a participant's own answer leaves unknown: whether each client and the clinician take part.
 * R4 gives every participant a `status` (`accepted`, `declined`, `tentative`, `needs-action`) and says
 * whether they must attend (`required`: `information-only` excludes them from the appointment)
 * [sources: fhir-r4-appointment]. A client or clinician who declined a session that is not cancelled, a
 * client excluded from it, a no-show whose client never accepted (or whose answer is not given), and a
 * code outside R4's value sets are unknown facts: a person decides, never the fee.
 */
function attendanceUnknowns(
  attendance: readonly Attendance[],
  state: 'scheduled' | 'completed' | 'cancelled' | 'no_show',
  unknown: { add: (path: readonly (string | number)[], code: string, message: string) => void },
): void {
  for (const a of [...attendance].sort((x, y) => x.index - y.index)) {
    if (a.required !== undefined && !PARTICIPANT_REQUIRED.has(a.required)) {
      unknown.add(
        ['participant', a.index, 'required'],
        'fhir.appointment.participant_status_unknown',
        'must be required, optional or information-only: whether this participant takes part is not known',
      );
    } else if (a.who === 'client' && a.required === 'information-only') {
      unknown.add(
        ['participant', a.index, 'required'],
        'fhir.appointment.participant_not_attending',
        'excludes this client from the appointment: a person decides whom the session is for',
      );
    }
    // A cancelled session is over for everyone, whatever each participant answered.
    if (state === 'cancelled') continue;
    if (a.status !== undefined && !PARTICIPATION_STATUSES.has(a.status)) {
      unknown.add(
        ['participant', a.index, 'status'],
        'fhir.appointment.participant_status_unknown',
        'must be accepted, declined, tentative or needs-action: whether this participant takes part is not known',
      );
    } else if (a.status === 'declined') {
      unknown.add(
        ['participant', a.index, 'status'],
        'fhir.appointment.participant_declined',
        a.who === 'client'
          ? 'says the client declined a session that is not cancelled: a person decides whether it was a cancellation and any fee'
          : 'says the clinician declined a session that is not cancelled: a person decides whether it took place',
      );
    } else if (state === 'no_show' && a.who === 'client' && a.status !== 'accepted') {
      unknown.add(
        ['participant', a.index, 'status'],
        'fhir.appointment.participant_unconfirmed',
        'does not say the client accepted the session they missed: a person decides any fee',
      );
    }
  }
}

function cancellationReadingOf(
  reason: InConcept | undefined,
): CancellationReasonReading | 'unlisted' | 'conflict' | undefined {
  const readings = new Set(
    codesIn(reason, SYSTEM.cancellationReason).map((code) =>
      // HL7's `other` beside the library's own "cancelled by the practice" coding (what it writes).
      code === 'other' && codeIn(reason, SYSTEM.cancelledBy) === 'practice'
        ? 'practice'
        : Object.hasOwn(CANCELLATION_REASON, code)
          ? (CANCELLATION_REASON[code] as CancellationReasonReading)
          : 'unlisted',
    ),
  );
  if (readings.size > 1) return 'conflict';
  return readings.values().next().value;
}

function boolExtension(extensions: readonly InExtension[] | undefined, url: string): boolean {
  return extensionOf(extensions, url)?.valueBoolean === true;
}

/**
 * A cancellation as far as the resource says it: who cancelled is `unknown` when it does not say; when
 * is left out, as in the library's model, when it does not say (R4 has no cancellation date; R5's
 * extension is rarely sent).
 */
export interface FhirCancellationRead {
  readonly state: 'cancelled';
  readonly by: AppointmentCancelledBy | 'unknown';
  readonly at?: string | undefined;
  readonly rescheduled: boolean;
  readonly emergencyDocumented: boolean;
}

/**
 * An appointment as far as a FHIR resource says it: the model's appointment, with the session type and who
 * cancelled possibly `unknown` (when it was cancelled is left out when not said, as in the model).
 */
export type FhirAppointmentRead = Omit<SchedulingAppointment, 'type' | 'status'> & {
  readonly type: SchedulingAppointment['type'] | 'unknown';
  readonly status: Exclude<SchedulingAppointment['status'], { state: 'cancelled' }> | FhirCancellationRead;
};

/**
 * What {@link readFhirAppointment} read: `complete` with the library's appointment, or not, with the
 * appointment as far as it goes and each fact left `unknown` reported by FHIR path (never with a value).
 * Only a complete appointment can reach scheduling, billing or the fee rules.
 * @example
 * ```ts
 * const read = readFhirAppointment(resource);
 * if (read.success && read.data.complete) schedule(read.data.appointment);
 * ```
 */
export type FhirAppointmentReading =
  | { readonly complete: true; readonly appointment: SchedulingAppointment; readonly unknown: readonly [] }
  | {
      readonly complete: false;
      readonly appointment: FhirAppointmentRead;
      readonly unknown: readonly [ValidationIssue, ...ValidationIssue[]];
    };

/**
 * Reads a FHIR R4 `Appointment` as real servers send it: a session type it cannot tell, or a cancellation
 * that does not say who cancelled, is read as `unknown` and reported in `unknown` by FHIR path; anything
 * else wrong fails the read, by path, without echoing values. A cancellation that does not say when (R4
 * has no cancellation date) is read with its time left out, the model's unknown time: never filled in.
 *
 * @remarks The session type is the library's code, else a CPT code naming one type (90791/90792 intake,
 * 90832–90838 individual, 90853 group), in `serviceType` or `appointmentType`. Participants: one
 * Practitioner (the one of type `PPRF` when several), Patients, Locations; any other (RelatedPerson,
 * PractitionerRole, HealthcareService, Device) is passed over. `booked`, `arrived` and `checked-in` read
 * as scheduled; `entered-in-error` fails with its own code (`fhir.appointment.entered_in_error`: no
 * appointment, to ignore); `proposed`, `pending` and `waitlist` fail (`fhir.appointment.status_unsupported`).
 * `serviceCategory` (v3 ActCode) says the modality: `VR` telehealth, `AMB` or none in person; both is
 * reported (`fhir.appointment.modality_conflict`).
 *
 * Who cancelled comes from the HL7 cancellation reason, every code of which is mapped on purpose: the
 * client's own choice (`pat`, `pat-crs`, `pat-cpp`, `pat-fb`, `pat-lt`, `pat-mv`, `pat-ucp`), the
 * clinician's (`prov…`), the practice's (`maint`, `oth-cms`, `oth-err`, `oth-int`, `oth-iv`, `oth-mu`,
 * `oth-oerr`, `oth-room`, `oth-swie`). The others leave who cancelled `unknown`, so no fee rule runs on a
 * guess: `pat-dec` (the client has died: `fhir.appointment.client_deceased`); `pat-mt` (coverage ended),
 * `pat-preg`, `pat-swl` (moved from the wait list), `meds-inc`, `oth-fin`, `oth-weath` and `other`
 * (`fhir.appointment.cancel_reason_review`: not the client's choice, or not said whose); a code outside the
 * code system (`fhir.appointment.cancel_reason_unknown`); none (`fhir.appointment.cancelled_by_missing`).
 *
 * A resource that contradicts itself is never resolved toward a fee; each contradiction is an unknown fact:
 * `minutesDuration` a minute or more away from start to end (`fhir.appointment.duration_conflict`: R4 lets
 * it be shorter, so the session's length is not known), a no-show whose cancellation reason is not the
 * client's own choice (`fhir.appointment.no_show_conflict`), a booked or fulfilled session with a
 * cancellation reason (`fhir.appointment.status_conflict`), and HL7 codes naming two cancellers
 * (`fhir.appointment.cancel_reason_conflict`). Whether the client and the clinician take part is read from their
 * participants (R4's `status` and `required`): one who declined a session that is not cancelled
 * (`fhir.appointment.participant_declined`), a client `information-only`
 * (`fhir.appointment.participant_not_attending`), a no-show the client did not accept
 * (`fhir.appointment.participant_unconfirmed`) and a code outside R4's value sets
 * (`fhir.appointment.participant_status_unknown`) are unknown facts. A modifier extension anywhere in the resource fails the read
 * (`fhir.modifier_extension.unknown`) [sources: fhir-r4-appointment, fhir-r4-extensibility].
 * @example
 * ```ts fragment
 * readFhirAppointment(hl7Example).data; //=> { complete: false, appointment: { type: 'unknown', … },
 * //   unknown: [{ at: '$.serviceType', code: 'fhir.appointment.session_type_missing', … }] }
 * ```
 */
export function readFhirAppointment(
  resource: unknown,
  options: ReadFhirAppointmentOptions = {},
): ValidationResult<FhirAppointmentReading> {
  const known = indexKnown(validate(ReadFhirAppointmentOptions, options, 'FHIR Appointment options').known);
  const parsed = safeValidate(InAppointment, resource, 'FHIR Appointment');
  // A modifier extension anywhere (the appointment, a participant) is listed beside any other problem.
  const modifiers = modifierIssues(resource);
  if (!parsed.success) {
    const { subject, issues, unlisted } = parsed.error;
    return { success: false, error: new ValidationError(subject, [...issues, ...modifiers], unlisted) };
  }
  const r = parsed.data;
  // Every problem in the order found; the facts left unknown are also listed apart, since they alone
  // still let the appointment be read.
  const problems = new Problems([], modifiers);
  const facts: ValidationIssue[] = [];
  const unknown = {
    add: (path: readonly (string | number)[], code: string, message: string) => {
      facts.push(problems.add(path, code, message));
    },
  };
  {
    const state = Object.hasOwn(FROM_STATUS, r.status) ? FROM_STATUS[r.status] : undefined;
    if (r.status === 'entered-in-error') {
      // R4: the record should never have existed. It is no appointment, cancelled or otherwise: nothing is
      // scheduled, billed or charged from it [sources: fhir-r4-appointment].
      problems.add(
        ['status'],
        'fhir.appointment.entered_in_error',
        'was entered in error: it is no appointment; ignore it (nothing is scheduled, billed or charged)',
      );
    } else if (state === undefined) {
      problems.add(
        ['status'],
        'fhir.appointment.status_unsupported',
        'must be a status the library can represent',
      );
    }
    const clinicians: { id: string; primary: boolean; index: number }[] = [];
    const clients: string[] = [];
    const attendance: Attendance[] = [];
    let locationId: string | undefined;
    let roomId: string | undefined;
    r.participant.forEach((p, i) => {
      // A participant with a type and no actor (an interpreter required, not yet assigned) names no one: R4
      // allows it, and the model has nothing to keep of it.
      if (p.actor === undefined && p.type !== undefined) return;
      const resolved = resolveReference(p.actor, known, literalReference);
      if (resolved.kind === 'problem') {
        // A participant named by identifier only, typed as a resource the model keeps nothing of (a parent
        // as RelatedPerson, a Device), changes no one the session is for: passed over as a literal one is.
        const declared = p.actor?.reference === undefined ? p.actor?.type : undefined;
        if (declared !== undefined && !KEPT_PARTICIPANTS.has(declared)) return;
        problems.add(['participant', i, 'actor', ...resolved.at], resolved.code, resolved.message);
        return;
      }
      const { type, id } = resolved;
      if (type === 'Practitioner')
        clinicians.push({ id, primary: codeIn(p.type, SYSTEM.participationType) === 'PPRF', index: i });
      else if (type === 'Patient') {
        clients.push(id);
        attendance.push({ index: i, who: 'client', required: p.required, status: p.status });
      } else if (type === 'Location' && codeIn(p.type, SYSTEM.participantRole) === 'room') roomId = id;
      else if (type === 'Location') locationId = id;
      // A parent at a child's session (RelatedPerson), a role, a service or a device: the model keeps
      // none of them, and none changes who the session is for.
    });
    const primaries = clinicians.filter((c) => c.primary);
    const clinician =
      clinicians.length === 1 ? clinicians[0] : primaries.length === 1 ? primaries[0] : undefined;
    if (clinician === undefined) {
      problems.add(['participant'], 'fhir.appointment.clinician_count', 'must have exactly one Practitioner');
    } else {
      const p = r.participant[clinician.index];
      attendance.push({ index: clinician.index, who: 'clinician', required: p?.required, status: p?.status });
    }
    const found = sessionTypeOf([
      ...(r.serviceType ?? []),
      ...(r.appointmentType === undefined ? [] : [r.appointmentType]),
    ]);
    if (found === undefined) {
      unknown.add(
        ['serviceType'],
        'fhir.appointment.session_type_missing',
        'must carry the session type code or a CPT code naming one session type',
      );
    } else if (found === 'ambiguous') {
      unknown.add(
        ['serviceType'],
        'fhir.appointment.session_type_ambiguous',
        'must name one session type; its codes name several',
      );
    }
    const type = found === undefined || found === 'ambiguous' ? 'unknown' : found;
    // The encounter class says how the session is held: `VR` virtual, `AMB` ambulatory (at an office), as
    // this library writes them; both at once say two things, and the place of service and modifier 95
    // follow from it, so it is reported, never chosen [sources: fhir-r4-terminology].
    const classes = codesIn(r.serviceCategory, SYSTEM.actCode);
    const telehealth = classes.includes('VR') && !classes.includes('AMB');
    if (classes.includes('VR') && classes.includes('AMB')) {
      problems.add(
        ['serviceCategory'],
        'fhir.appointment.modality_conflict',
        'must name one modality: it says both virtual (VR) and ambulatory (AMB)',
      );
    }
    reportRepeatedExtensions(
      r.extension,
      [
        EXTENSION.clientLocationState,
        EXTENSION.cancellationDate,
        EXTENSION.series,
        EXTENSION.sessionFee,
        EXTENSION.responsibleClient,
        EXTENSION.rescheduled,
        EXTENSION.emergencyDocumented,
        EXTENSION.virtualService,
        EXTENSION.clientAtHome,
      ],
      ['extension'],
      problems,
    );
    const delivery = deliveryOf(r.extension, EXTENSION.virtualService);
    const clientLocationState = extensionOf(r.extension, EXTENSION.clientLocationState)?.valueCode;
    if (telehealth && clientLocationState === undefined) {
      problems.add(
        ['extension'],
        'fhir.appointment.client_state_missing',
        'must say the state the client is in for a telehealth session',
      );
    }
    if (!telehealth && !classes.includes('VR') && locationId === undefined) {
      problems.add(
        ['participant'],
        'fhir.appointment.location_missing',
        'must name the Location of an in-person session',
      );
    }
    const emergencyDocumented = boolExtension(r.extension, EXTENSION.emergencyDocumented);
    let status: FhirAppointmentRead['status'] | undefined;
    // Who the cancellation reason says chose to cancel, read once for every status: a no-show or a
    // session still booked or held that carries one contradicts itself.
    const reading = cancellationReadingOf(r.cancelationReason);
    if (state === 'scheduled' || state === 'completed') status = { state };
    if (state === 'no_show') status = { state, emergencyDocumented };
    if (r.cancelationReason !== undefined && (state === 'scheduled' || state === 'completed')) {
      // A held or fulfilled session with a cancellation reason: whether it took place (and is billed, or
      // reminded) is not known.
      unknown.add(
        ['cancelationReason'],
        'fhir.appointment.status_conflict',
        'must not give a cancellation reason for a session that is booked or fulfilled: a person decides which is right',
      );
    }
    if (r.cancelationReason !== undefined && state === 'no_show' && reading !== 'client') {
      // A no-show whose reason is the clinician's, the practice's, or not said whose (weather, coverage
      // ended): read as the client's no-show it would be charged; never guessed toward the fee.
      unknown.add(
        ['cancelationReason'],
        reading === 'deceased' ? 'fhir.appointment.client_deceased' : 'fhir.appointment.no_show_conflict',
        reading === 'deceased'
          ? 'says the client has died: no fee, reminder or offer; a person closes the record'
          : 'gives a reason that is not the client’s for a no-show: a person decides whether any fee is owed',
      );
    }
    if (state === 'cancelled') {
      const by =
        reading === 'client' || reading === 'clinician' || reading === 'practice' ? reading : 'unknown';
      if (reading === undefined) {
        unknown.add(
          ['cancelationReason'],
          'fhir.appointment.cancelled_by_missing',
          'must say who cancelled (an HL7 cancellation reason)',
        );
      } else if (reading === 'conflict') {
        unknown.add(
          ['cancelationReason'],
          'fhir.appointment.cancel_reason_conflict',
          'must name one canceller; its codes name several',
        );
      } else if (reading === 'unlisted') {
        unknown.add(
          ['cancelationReason'],
          'fhir.appointment.cancel_reason_unknown',
          'must be a code of the HL7 cancellation reason code system',
        );
      } else if (reading === 'deceased') {
        unknown.add(
          ['cancelationReason'],
          'fhir.appointment.client_deceased',
          'says the client has died: no fee, reminder or offer; a person closes the record',
        );
      } else if (reading === 'review') {
        unknown.add(
          ['cancelationReason'],
          'fhir.appointment.cancel_reason_review',
          'names a reason that is not the client’s choice, or not whose: a person decides any fee',
        );
      }
      // No cancellation time (or a date without one) is the model's unknown time, which the fee rule
      // decides without: never the start or the time of reading put in its place.
      const cancelledAt = extensionOf(r.extension, EXTENSION.cancellationDate)?.valueDateTime;
      const at = cancelledAt === undefined ? undefined : instantFromFhir(cancelledAt);
      status = {
        state,
        by,
        ...(at === undefined ? {} : { at }),
        rescheduled: boolExtension(r.extension, EXTENSION.rescheduled),
        emergencyDocumented,
      };
    }
    if (state !== undefined) attendanceUnknowns(attendance, state, unknown);
    const seriesId = extensionOf(r.extension, EXTENSION.series)?.valueString;
    const fee = extensionOf(r.extension, EXTENSION.sessionFee)?.valueMoney;
    const sessionFeeCents = fee === undefined ? undefined : centsAt(fee, ['extension'], problems);
    const responsible = extensionOf(r.extension, EXTENSION.responsibleClient)?.valueReference;
    const start = instantFromFhir(r.start);
    // `minutesDuration` may be shorter than start to end (an estimate, a planned break), so when the two
    // disagree by a minute or more the session's length, which sets the CPT time band and any fee, is not
    // known [sources: fhir-r4-appointment, ama-cpt].
    const span = (toEpochMs(instantFromFhir(r.end)) - toEpochMs(start)) / 60_000;
    if (r.minutesDuration !== undefined && span > 0 && !(Math.abs(r.minutesDuration - span) < 1)) {
      unknown.add(
        ['minutesDuration'],
        'fhir.appointment.duration_conflict',
        'must agree with start and end: how long the session lasted is not known',
      );
    }
    const candidate = {
      id: r.id,
      clinicianId: clinician?.id,
      clientIds: clients,
      type,
      modality: telehealth
        ? { kind: 'telehealth', clientLocationState, ...delivery }
        : { kind: 'in_person', locationId, ...(roomId === undefined ? {} : { roomId }) },
      start,
      end: instantFromFhir(r.end),
      status,
      ...(seriesId === undefined ? {} : { seriesId }),
      ...(sessionFeeCents === undefined ? {} : { sessionFeeCents }),
      ...(responsible === undefined ? {} : { responsibleClientId: referencedId(responsible, 'Patient') }),
    };
    if (problems.ownCount > facts.length)
      return problems.result('FHIR Appointment', () => candidate as never);
    // The model has no unknown type or canceller: the rest of the appointment is checked with stand-ins that
    // add no rule (a group session takes any number of clients; who cancelled is only checked as a value),
    // and the stand-ins never leave this function.
    const checked = checkModel(
      SchedulingAppointment,
      {
        ...candidate,
        type: type === 'unknown' ? 'group' : type,
        status:
          status?.state === 'cancelled'
            ? {
                ...status,
                by: status.by === 'unknown' ? 'practice' : status.by,
              }
            : status,
      },
      problems,
      appointmentPath,
    );
    if (problems.count > facts.length) return problems.result('FHIR Appointment', () => candidate as never);
    if (!isNonEmpty(facts))
      return { success: true, data: { complete: true, appointment: checked, unknown: [] } };
    const appointment: FhirAppointmentRead = {
      ...checked,
      type,
      status: status?.state === 'cancelled' ? status : checked.status,
    };
    return { success: true, data: { complete: false, appointment, unknown: facts } };
  }
}

/**
 * Reads a FHIR R4 `Appointment` into the library's appointment, or every problem by FHIR path: what
 * {@link readFhirAppointment} reads, where a fact left unknown (the session type, who cancelled) is a
 * problem too, because scheduling, billing and the fee rules need it.
 *
 * @remarks A cancellation must say who cancelled (`cancelationReason`). When it was cancelled (the
 * cancellation-date extension) is read when given and left out otherwise: the fee rule decides without
 * it where no time changes the fee and is `undecided` elsewhere, so it is never assumed.
 * @example
 * ```ts
 * const appointment = { id: 'a-1', clinicianId: 'dr-lee', clientIds: ['c-ava'], type: 'individual' as const,
 *   modality: { kind: 'telehealth' as const, clientLocationState: 'NJ' as const },
 *   start: '2026-03-09T09:00:00-04:00', end: '2026-03-09T09:50:00-04:00', status: { state: 'scheduled' as const } };
 * fromFhirAppointment(toFhirAppointment(appointment)); //=> { success: true, data: appointment }
 * // No id, start, end or participant: every problem by path.
 * fromFhirAppointment({ resourceType: 'Appointment', status: 'proposed', participant: [] }).success; //=> false
 * ```
 */
export function fromFhirAppointment(
  resource: unknown,
  options: ReadFhirAppointmentOptions = {},
): ValidationResult<SchedulingAppointment> {
  const read = readFhirAppointment(resource, options);
  if (!read.success) return read;
  if (read.data.complete) return { success: true, data: read.data.appointment };
  return { success: false, error: new ValidationError('FHIR Appointment', read.data.unknown) };
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
