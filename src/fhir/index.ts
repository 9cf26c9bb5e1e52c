// Public API of practice-ops/fhir: FHIR R4 resources in and out of the library's models.
export {
  type FhirAppointment,
  type FhirAppointmentParticipant,
  fromFhirAppointment,
  toFhirAppointment,
} from './appointment.js';
export type {
  FhirCodeableConcept,
  FhirCoding,
  FhirExtension,
  FhirIdentifier,
  FhirMoney,
  FhirPeriod,
  FhirReference,
} from './datatypes.js';
