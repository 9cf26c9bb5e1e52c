// Public API of practice-ops/billing.
// biome-ignore-all assist/source/organizeImports: two blocks, one per owner (billing I first, billing II last).

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
} from './coverage/authorizations.js';
export { EligibilityBenefits } from './coverage/eligibility-benefits.js';
export {
  EligibilityFlagOptions,
  type EligibilityFlags,
  evaluateEligibilityBenefits,
} from './coverage/eligibility-flags.js';
export {
  type EligibilityFreshness,
  EligibilityFreshnessOptions,
  EligibilityReverificationListOptions,
  EligibilityVerificationRecord,
  evaluateEligibilityFreshness,
  listEligibilityReverifications,
} from './coverage/eligibility-verification.js';
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
} from './coverage/patient-estimate.js';
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
} from './coverage/payer-profile.js';
export { BILLING_REASON_CODES, type BillingReasonCode } from './reason-codes.js';
export {
  evaluateServiceCodeSet,
  ServiceCodeSet,
  type ServiceCodeSetDecision,
} from './coding/service-code-pairing.js';
export {
  BillableDay,
  type DayServiceCodeSelection,
  selectServiceCodesForDay,
} from './coding/service-code-day.js';
export {
  BillableSession,
  BillableSessionKind,
  EvaluationAndManagementCode,
  type ServiceCodeSelection,
  type ServiceCodeSelectionBatch,
  ServiceLine,
  selectServiceCodes,
  selectServiceCodesBatch,
} from './coding/service-code-selection.js';
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
} from './coding/service-codes.js';
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
} from './coding/superbill.js';
export {
  evaluateSupervisedBilling,
  RenderingClinician,
  type SupervisedBillingDecision,
} from './coding/supervised-billing.js';
export { codeTelehealthSession, SessionDelivery, type TelehealthCoding } from './coding/telehealth-coding.js';

// Claims, remittances and follow-up (billing II)
export {
  type AgingBreakdown,
  type AgingBucket,
  type AgingFilingRisk,
  AgingItem,
  AgingOptions,
  type AgingReport,
  type AgingTally,
  buildAgingReport,
  DEFAULT_AGING_BUCKET_BOUNDS,
} from './claims/aging.js';
export {
  Claim,
  ClaimDiagnosisCode,
  type ClaimInput,
  ClaimLine,
  ClaimLineId,
  type ClaimLineInput,
  ClaimModifier,
  ClaimProcedureCode,
  ClaimStatusChange,
  claimFiledOn,
  earliestClaimServiceDate,
  lastClaimMoveOn,
} from './claims/claim.js';
export { ClaimMove, type ClaimMoveDecision, moveClaim } from './claims/lifecycle.js';
export { CLAIM_REASON_CODES, type ClaimReasonCode } from './claim-reason-codes.js';
export { type ClaimScrubDecision, evaluateClaimScrub } from './claims/scrubbing.js';
export { CLAIM_TRANSITIONS, ClaimStatus, isClaimTransitionAllowed } from './claims/status.js';
export {
  AdjustmentGroupCode,
  CarcCode,
  DENIAL_CODE_TABLE,
  DenialAction,
  DenialCategory,
  DenialCodeRule,
  type DenialCodeRuleInput,
  type DenialCodeTable,
  DenialOwner,
  extendDenialCodeTable,
  RarcCode,
} from './remittance/denial-codes.js';
export {
  DenialTriageContext,
  type DenialTriageDecision,
  RemittanceAdjustment,
  triageDenial,
} from './remittance/denial-triage.js';
export {
  type DenialWorkItem,
  DenialWorklistOptions,
  listDenialsToWork,
} from './remittance/denial-worklist.js';
export {
  buildFollowUpQueue,
  FollowUpAction,
  type FollowUpEntry,
  FollowUpInput,
  FollowUpPolicy,
} from './claims/follow-up.js';
export {
  isReversal,
  Remittance,
  RemittanceClaim,
  RemittanceClaimStatusCode,
  RemittanceId,
  type RemittanceInput,
  RemittanceLine,
} from './remittance/remittance.js';
export {
  ClaimBalance,
  type ClaimBalanceInput,
  type ClaimPostingDecision,
  ClaimRecoupment,
  ClientResponsibility,
  ContractedFee,
  clientResponsibilityTotal,
  hasOpenRecoupment,
  openClaimBalance,
  PostRemittanceOptions,
  postRemittance,
  type RemittanceLineMatch,
  type RemittanceLinePosting,
  type RemittancePosting,
  remainingClaimBalance,
} from './remittance/posting.js';
export {
  DEFAULT_TIMELY_FILING_RISK_POLICY,
  evaluateClaimTimelyFiling,
  evaluateTimelyFiling,
  filingDeadline,
  TimelyFilingCase,
  type TimelyFilingDecision,
  TimelyFilingKind,
  type TimelyFilingRisk,
  TimelyFilingRiskPolicy,
} from './claims/timely-filing.js';
