// Public API of practice-ops/credentialing: licenses and jurisdiction, payer enrollment,
// recredentialing and the deadline calendar.
export {
  CAQH_REATTESTATION_DAYS,
  CAQH_REMINDER_LEAD_DAYS,
  type CaqhAttestationDecision,
  CaqhAttestationOptions,
  caqhReattestationDueOn,
  evaluateCaqhAttestation,
} from './caqh-attestation.js';
export {
  BoardCertification,
  CaqhProfile,
  ClinicianCredentials,
  type ClinicianCredentialsInput,
  DeaRegistration,
  MalpracticeCoverage,
  SupervisionArrangement,
} from './clinician-credentials.js';
export {
  CompactAuthorization,
  type CompactAuthorizationKind,
  CompactAuthorizationStatus,
  CompactMemberState,
  isAuthorizationInForce,
} from './compact-authorization.js';
export {
  buildCredentialingCalendar,
  type CredentialingAlert,
  type CredentialingCalendar,
  type CredentialingCalendarInput,
  CredentialingCalendarPolicy,
  type CredentialingCalendarPolicyInput,
  type CredentialingDeadline,
  CredentialingDeadlineKind,
  CredentialingOwner,
  DEFAULT_CREDENTIALING_HORIZON_DAYS,
  DEFAULT_CREDENTIALING_LEAD_DAYS,
  DEFAULT_CREDENTIALING_OWNERS,
} from './deadline-calendar.js';
export {
  ENROLLMENT_STATUS_TRANSITIONS,
  EnrollmentDocument,
  EnrollmentDocumentKind,
  EnrollmentStatus,
  EnrollmentStatusChange,
  isEnrollmentInProgress,
  isEnrollmentTransitionAllowed,
  PayerEnrollment,
  type PayerEnrollmentInput,
} from './enrollment.js';
export {
  type EnrollmentDocumentsDecision,
  type EvaluateEnrollmentDocumentsOptions,
  evaluateEnrollmentDocuments,
} from './enrollment-documents.js';
export {
  DEFAULT_TAP_IN_PERSON_DAYS_PER_YEAR,
  type EvaluateServiceJurisdictionOptions,
  evaluateServiceJurisdiction,
  type JurisdictionAuthority,
  JurisdictionModality,
  JurisdictionPolicy,
  type JurisdictionPolicyInput,
  JurisdictionQuery,
  type ServiceJurisdictionDecision,
} from './jurisdiction.js';
export {
  isLicenseInForce,
  LicenseLevel,
  type LicenseProfession,
  LicenseStatus,
  LicenseType,
  professionOfLicenseType,
  StateLicense,
} from './license.js';
export {
  type EvaluatePayerNetworkStatusOptions,
  evaluatePayerNetworkStatus,
  medicareEffectiveDate,
  NetworkStatusQuery,
  type PayerNetworkDecision,
} from './network-status.js';
export {
  DEFAULT_ENROLLMENT_DOCUMENTS,
  DEFAULT_ENROLLMENT_STALL_DAYS,
  DEFAULT_EXPECTED_DECISION_DAYS,
  DEFAULT_RECREDENTIALING_MONTHS,
  MEDICARE_RETRO_BILLING_DAYS,
  MEDICARE_REVALIDATION_MONTHS,
  PayerCredentialingPolicies,
  PayerCredentialingPolicy,
  type PayerCredentialingPolicyInput,
  PayerProgram,
  TYPICAL_CREDENTIALING_DURATIONS,
  type TypicalCredentialingDuration,
} from './payer-policy.js';
export {
  CREDENTIALING_ISSUE_CODES,
  CREDENTIALING_REASON_CODES,
  type CredentialingIssueCode,
  type CredentialingReasonCode,
} from './reason-codes.js';
export {
  estimateRevalidationDueOn,
  RECREDENTIALING_LATE_DAYS,
  recredentialingDueOn,
  recredentialingLateLineOn,
} from './recredentialing.js';
export {
  type FindStalledEnrollmentsOptions,
  findStalledEnrollments,
  type StalledEnrollment,
  type StalledEnrollmentReport,
} from './stalled-enrollments.js';
