// What other layers of this package need from credentialing but users must not see (not in the
// package's exports): field schemas the FHIR adapter maps, the recredentialing late date the work queue
// uses, record helpers and defaults the tests check against.
export {
  BoardCertification,
  DeaRegistration,
  MalpracticeCoverage,
  SupervisionArrangement,
} from './credentials/clinician-credentials.js';
export {
  CompactAuthorizationStatus,
  CompactMemberState,
} from './credentials/compact-authorization.js';
export {
  getLicenseProfession,
  groupLicenseRecords,
  LicenseLevel,
  type LicenseProfession,
  LicenseStatus,
  LicenseType,
} from './credentials/license.js';
export { ReenrollmentBarTerms } from './credentials/medicare-reenrollment-bar.js';
export { oigExclusionOn } from './credentials/oig-exclusion.js';
export {
  type GetCaqhReattestationDueDateOptions,
  getCaqhReattestationDueDate,
} from './deadlines/caqh-attestation.js';
export {
  type CredentialingCalendarPolicyInput,
  DEFAULT_CREDENTIALING_OWNERS,
  EXCLUSION_SCREENING_LEAD_DAYS,
} from './deadlines/deadline-calendar.js';
export {
  type EstimateRevalidationDueDateOptions,
  estimateRevalidationDueDate,
  getRecredentialingLateDate,
} from './deadlines/recredentialing.js';
export {
  EnrollmentDocument,
  EnrollmentStatusChange,
  isEnrollmentInProgress,
  ReportableChange,
} from './enrollment/enrollment.js';
export {
  MEDICAID_REVALIDATION_MONTHS,
  PayerCredentialingPolicies,
  PayerProgram,
} from './enrollment/payer-policy.js';
export { JurisdictionModality } from './jurisdiction/jurisdiction.js';
