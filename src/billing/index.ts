// Public API of practice-ops/billing.

// Service codes, payer rules, benefits and estimates, authorizations, superbills (billing I)
export {
  AuthorizableSession,
  Authorization,
  type AuthorizationAlert,
  AuthorizationAlertOptions,
  AuthorizationAlertPolicy,
  type AuthorizationConsumption,
  type AuthorizationCoverage,
  AuthorizationNumber,
  authorizationRemaining,
  consumeAuthorization,
  DEFAULT_AUTHORIZATION_ALERT_POLICY,
  evaluateAuthorizationAlerts,
  evaluateAuthorizationCoverage,
  evaluateSessionAuthorization,
  listAuthorizationAlerts,
  type SessionAuthorizationDecision,
} from './authorization.js';
export { EligibilityBenefits } from './eligibility-benefits.js';
export {
  type EligibilityFreshness,
  EligibilityFreshnessOptions,
  EligibilityReverificationListOptions,
  EligibilityVerificationRecord,
  evaluateEligibilityFreshness,
  listEligibilityReverifications,
} from './eligibility-verification.js';
export {
  DEFAULT_PATIENT_ESTIMATE_OPTIONS,
  estimatePatientShare,
  estimatePatientShareBatch,
  estimatePatientShareSeries,
  type PatientEstimate,
  type PatientEstimateBatch,
  PatientEstimateOptions,
  PatientEstimateRecord,
  PatientEstimateRequest,
  type PatientShareBreakdown,
} from './patient-estimate.js';
export {
  COMMERCIAL_PAYER_PROFILE_EXAMPLE,
  EligibilityReverificationCadence,
  FilingWindow,
  FilingWindows,
  MEDICARE_PAYER_PROFILE_EXAMPLE,
  PayerKind,
  PayerProfile,
  PlaceOfService,
  requiresPriorAuthorization,
  TelehealthConvention,
  TelehealthModifier,
} from './payer-profile.js';
export { BILLING_REASON_CODES, type BillingReasonCode } from './reason-codes.js';
export {
  evaluateServiceCodeSet,
  ServiceCodeSet,
  type ServiceCodeSetDecision,
} from './service-code-pairing.js';
export {
  BillableSession,
  BillableSessionKind,
  EvaluationAndManagementCode,
  type ServiceCodeSelection,
  ServiceLine,
  selectServiceCodes,
} from './service-code-selection.js';
export {
  areServiceCodesExclusive,
  isAddOnServiceCode,
  isKnownServiceCode,
  SERVICE_CODE_CATALOG,
  SERVICE_CODES,
  ServiceCode,
  ServiceCodeDefinition,
  ServiceCodeFamily,
  ServiceCodeTime,
  serviceCodeDefinition,
} from './service-codes.js';
export {
  evaluateSuperbill,
  Icd10Code,
  ProviderTaxId,
  Superbill,
  SuperbillAddress,
  SuperbillClient,
  type SuperbillDecision,
  type SuperbillDocument,
  SuperbillDraft,
  SuperbillLine,
  SuperbillProvider,
} from './superbill.js';
export { codeTelehealthSession, SessionDelivery, type TelehealthCoding } from './telehealth-coding.js';

// Claims, remittances and follow-up (billing II)
