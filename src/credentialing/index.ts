// Public API of practice-ops/credentialing: licenses and jurisdiction, payer enrollment,
// recredentialing and the deadline calendar.

export {
  CaqhProfile,
  ClinicianCredentials,
  type ClinicianCredentialsInput,
} from './credentials/clinician-credentials.js';
export {
  CompactAuthorization,
  type CompactAuthorizationKind,
  type IsCompactAuthorizationInForceOptions,
  isCompactAuthorizationInForce,
} from './credentials/compact-authorization.js';
export { COMPACT_FIRST_ISSUED_ON, type InterstateCompact } from './credentials/compact-issuance.js';
export {
  EarlierExclusionCheck,
  EvaluateExclusionScreeningOptions,
  EXCLUSION_SCREENING_INTERVAL_MONTHS,
  ExclusionListSource,
  ExclusionScreening,
  type ExclusionScreeningDecision,
  type ExclusionScreeningInput,
  type ExclusionScreeningStanding,
  evaluateExclusionScreening,
  getExclusionScreeningDueDate,
  StateMedicaidScreening,
} from './credentials/exclusion-screening.js';
export {
  ForCauseTermination,
  type ForCauseTerminationInput,
  MEDICAID_TERMINATION_RULE_FROM,
} from './credentials/for-cause-termination.js';
export {
  type IsLicenseInForceOptions,
  isLicenseInForce,
  StateLicense,
} from './credentials/license.js';
export {
  MedicareAdvantagePreclusion,
  type MedicareAdvantagePreclusionInput,
  PreclusionPlanDenial,
} from './credentials/medicare-advantage-preclusion.js';
export {
  getMedicareOptOutPeriod,
  MEDICARE_OPT_OUT_EARLY_TERMINATION_DAYS,
  MEDICARE_OPT_OUT_PERIOD_MONTHS,
  MedicareOptOut,
  type MedicareOptOutPeriod,
} from './credentials/medicare-opt-out.js';
export {
  getMedicareReenrollmentBarEnd,
  MEDICARE_REENROLLMENT_BAR_ADDED_MAX_YEARS,
  MEDICARE_REENROLLMENT_BAR_MAX_YEARS,
  MEDICARE_SECOND_REVOCATION_BAR_MAX_YEARS,
  MedicareReenrollmentBar,
  type MedicareReenrollmentBarInput,
  ReenrollmentBarTerms,
  type ReenrollmentBarTermsInput,
} from './credentials/medicare-reenrollment-bar.js';
export { OigExclusion, SamExclusion } from './credentials/oig-exclusion.js';
export {
  CAQH_REATTESTATION_DAYS,
  CAQH_REMINDER_LEAD_DAYS,
  type CaqhAttestationDecision,
  EvaluateCaqhAttestationOptions,
  evaluateCaqhAttestation,
} from './deadlines/caqh-attestation.js';
export {
  BuildCredentialingCalendarOptions,
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
} from './deadlines/deadline-calendar.js';
export {
  type GetRecredentialingDueDateOptions,
  getRecredentialingDueDate,
  RECREDENTIALING_LATE_DAYS,
} from './deadlines/recredentialing.js';
export {
  CredentialingFile,
  type CredentialingFileInput,
  DEFAULT_VERIFICATION_TIME_LIMITS,
  type EvaluateVerificationTimelinessOptions,
  evaluateVerificationTimeliness,
  NcqaCredentialingProgram,
  VerificationTimeLimit,
  type VerificationTimelinessDecision,
} from './deadlines/verification-time-limits.js';
export {
  canMoveEnrollment,
  ENROLLMENT_TRANSITIONS,
  EnrollmentDocumentKind,
  EnrollmentMove,
  type EnrollmentMoveDecision,
  EnrollmentStatus,
  type MoveEnrollmentOptions,
  moveEnrollment,
  PayerEnrollment,
  type PayerEnrollmentInput,
} from './enrollment/enrollment.js';
export {
  type EnrollmentDocumentsDecision,
  type EvaluateEnrollmentDocumentsOptions,
  evaluateEnrollmentDocuments,
} from './enrollment/enrollment-documents.js';
export {
  getMedicareChangeReportDueDate,
  MEDICARE_CHANGE_REPORTING_DAYS,
  MedicareReportableChange,
} from './enrollment/medicare-change-reporting.js';
export {
  getMedicareInactivityDeactivationDate,
  MEDICARE_INACTIVITY_MONTHS,
} from './enrollment/medicare-inactivity.js';
export { MedicareReassignment } from './enrollment/medicare-reassignment.js';
export {
  type EvaluatePayerNetworkStatusOptions,
  evaluatePayerNetworkStatus,
  getMedicareEffectiveDate,
  NetworkStatusQuery,
  type PayerNetworkDecision,
} from './enrollment/network-status.js';
export type { NetworkStatusQueryInput } from './enrollment/network-status-query-input.js';
export {
  DEFAULT_ENROLLMENT_DOCUMENTS,
  DEFAULT_ENROLLMENT_STALL_DAYS,
  DEFAULT_EXPECTED_DECISION_DAYS,
  DEFAULT_RECREDENTIALING_MONTHS,
  MEDICARE_MFT_MHC_BENEFIT_START,
  MEDICARE_RETRO_BILLING_DAYS,
  MEDICARE_REVALIDATION_MONTHS,
  PayerCredentialingPolicy,
  type PayerCredentialingPolicyInput,
  TYPICAL_CREDENTIALING_DURATIONS,
  type TypicalCredentialingDuration,
} from './enrollment/payer-policy.js';
export {
  type FindStalledEnrollmentsOptions,
  findStalledEnrollments,
  type StalledEnrollment,
  type StalledEnrollmentReport,
} from './enrollment/stalled-enrollments.js';
export {
  COUNSELING_COMPACT_FIRST_PRIVILEGE_ON,
  DEFAULT_TAP_IN_PERSON_DAYS_PER_YEAR,
  type EvaluateServiceJurisdictionOptions,
  evaluateServiceJurisdiction,
  type JurisdictionAuthority,
  JurisdictionPolicy,
  type JurisdictionPolicyInput,
  JurisdictionQuery,
  type ServiceJurisdictionDecision,
} from './jurisdiction/jurisdiction.js';
export {
  CREDENTIALING_ISSUE_CODES,
  CREDENTIALING_REASON_CODES,
  type CredentialingIssueCode,
  type CredentialingReasonCode,
} from './reason-codes.js';
