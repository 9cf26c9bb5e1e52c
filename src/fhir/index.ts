// Public API of practice-ops/fhir: FHIR R4 resources in and out of the library's models.
export {
  type FhirAppointment,
  type FhirAppointmentParticipant,
  type FhirAppointmentRead,
  type FhirAppointmentReading,
  type FhirCancellationRead,
  fromFhirAppointment,
  ReadFhirAppointmentOptions,
  readFhirAppointment,
  toFhirAppointment,
} from './appointment.js';
export { type FhirAdjudication, toFhirAdjudication } from './carin-adjudication.js';
export {
  type FhirClaim,
  type FhirClaimCareTeamMember,
  type FhirClaimItem,
  type FhirNpiReference,
  ToFhirClaimOptions,
  toFhirClaim,
} from './claim.js';
export type { FhirServiceLocation } from './claim-facility.js';
export { fromFhirClaimResponse } from './claim-response.js';
export {
  ClientCoverage,
  type ClientCoverageInput,
  CoverageId,
  type FhirCoverage,
  type FhirCoverageClass,
  FromFhirCoverageOptions,
  fromFhirCoverage,
  toFhirCoverage,
} from './coverage.js';
export type {
  FhirCodeableConcept,
  FhirCoding,
  FhirExtension,
  FhirIdentifier,
  FhirMoney,
  FhirPeriod,
  FhirReference,
} from './datatypes.js';
export {
  type FhirEncounter,
  type FhirEncounterLocation,
  ToFhirEncounterOptions,
  toFhirEncounter,
} from './encounter.js';
export { fromFhirExplanationOfBenefit } from './eob.js';
export {
  FromFhirPatientOptions,
  fromFhirPatient,
  PatientFacts,
} from './patient.js';
export {
  type FhirPractitioner,
  type FhirPractitionerRole,
  type FhirQualification,
  type FhirQualificationExtension,
  toFhirPractitioner,
  toFhirPractitionerRole,
} from './practitioner.js';
export { FhirKnownResource } from './reference-by-identifier.js';
export {
  type FhirSchedule,
  type FhirSlot,
  ToFhirScheduleOptions,
  toFhirSchedule,
  toFhirSlots,
} from './slot-schedule.js';
