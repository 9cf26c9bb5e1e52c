// Public API of practice-ops/billing: coding (service codes, superbills, telehealth and supervised
// billing), coverage (eligibility, authorizations, estimates, payer profiles), claims (lifecycle,
// scrubbing, timely filing, aging, follow-up) and remittance (denials, posting). Names another layer of
// this package needs but users should not see are in internal.ts.

export {
  type AgingBreakdown,
  type AgingBucket,
  type AgingFilingRisk,
  AgingItem,
  AgingPolicy,
  type AgingReport,
  type AgingTally,
  BuildAgingReportOptions,
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
  getClaimFiledDate,
  getEarliestClaimServiceDate,
  getLastClaimMoveDate,
} from './claims/claim.js';
export {
  BuildFollowUpQueueOptions,
  buildFollowUpQueue,
  FollowUpAction,
  type FollowUpEntry,
  FollowUpInput,
  FollowUpPolicy,
} from './claims/follow-up.js';
export { ClaimMove, type ClaimMoveDecision, type MoveClaimOptions, moveClaim } from './claims/lifecycle.js';
export {
  type ClaimScrubDecision,
  EvaluateClaimScrubOptions,
  evaluateClaimScrub,
} from './claims/scrubbing.js';
export { CLAIM_TRANSITIONS, ClaimStatus, canMoveClaim } from './claims/status.js';
export {
  DEFAULT_TIMELY_FILING_RISK_POLICY,
  type EvaluateClaimTimelyFilingOptions,
  EvaluateTimelyFilingOptions,
  evaluateClaimTimelyFiling,
  evaluateTimelyFiling,
  getFilingDeadline,
  TimelyFilingCase,
  type TimelyFilingDecision,
  TimelyFilingKind,
  type TimelyFilingOutcome,
  type TimelyFilingRisk,
  TimelyFilingRiskPolicy,
} from './claims/timely-filing.js';
export {
  BillableDay,
  type DayServiceCodeSelectionDecision,
  selectServiceCodesForDay,
} from './coding/service-code-day.js';
export {
  evaluateServiceCodeSet,
  ServiceCodeSet,
  type ServiceCodeSetDecision,
} from './coding/service-code-pairing.js';
export {
  BillableSession,
  BillableSessionKind,
  EvaluationAndManagementCode,
  type ServiceCodeSelectionBatch,
  type ServiceCodeSelectionDecision,
  ServiceLine,
  selectServiceCodes,
  selectServiceCodesBatch,
} from './coding/service-code-selection.js';
export {
  areServiceCodesExclusive,
  getServiceCodeDefinition,
  isAddOnServiceCode,
  isKnownServiceCode,
  SERVICE_CODE_CATALOG,
  SERVICE_CODES,
  ServiceCode,
  ServiceCodeDefinition,
  ServiceCodeFamily,
  ServiceCodeTime,
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
export {
  codeTelehealthSession,
  SessionDelivery,
  type TelehealthCodingDecision,
} from './coding/telehealth-coding.js';
export {
  AuthorizableSession,
  Authorization,
  type AuthorizationAlertDecision,
  AuthorizationAlertPolicy,
  type AuthorizationConsumptionDecision,
  type AuthorizationCoverageDecision,
  AuthorizationNumber,
  consumeAuthorization,
  DEFAULT_AUTHORIZATION_ALERT_POLICY,
  EvaluateAuthorizationAlertsOptions,
  evaluateAuthorizationAlerts,
  evaluateAuthorizationCoverage,
  evaluateSessionAuthorization,
  getAuthorizationRemaining,
  type ListAuthorizationAlertsOptions,
  listAuthorizationAlerts,
  type SessionAuthorizationDecision,
} from './coverage/authorizations.js';
export { EligibilityBenefits } from './coverage/eligibility-benefits.js';
export {
  type EligibilityBenefitsDecision,
  EvaluateEligibilityBenefitsOptions,
  evaluateEligibilityBenefits,
} from './coverage/eligibility-flags.js';
export {
  type EligibilityFreshnessDecision,
  EligibilityVerificationRecord,
  EvaluateEligibilityFreshnessOptions,
  evaluateEligibilityFreshness,
  ListEligibilityReverificationsOptions,
  listEligibilityReverifications,
} from './coverage/eligibility-verification.js';
export {
  DEFAULT_PATIENT_ESTIMATE_OPTIONS,
  type EstimatePatientShareBatchOptions,
  EstimatePatientShareOptions,
  type EstimatePatientShareSeriesOptions,
  estimatePatientShare,
  estimatePatientShareBatch,
  estimatePatientShareSeries,
  type PatientEstimateBatch,
  type PatientEstimateDecision,
  PatientEstimateRecord,
  PatientEstimateRequest,
  type PatientShareBreakdown,
} from './coverage/patient-estimate.js';
export {
  COMMERCIAL_PAYER_PROFILE_EXAMPLE,
  EligibilityReverificationCadence,
  FilingWindow,
  FilingWindows,
  isPriorAuthorizationRequired,
  MEDICARE_PAYER_PROFILE_EXAMPLE,
  PayerKind,
  PayerProfile,
  PlaceOfService,
  TelehealthConvention,
  TelehealthModifier,
} from './coverage/payer-profile.js';
export { BILLING_REASON_CODES, type BillingReasonCode } from './reason-codes.js';
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
  type TriageDenialOptions,
  triageDenial,
} from './remittance/denial-triage.js';
export {
  type DenialWorkItem,
  ListDenialsToWorkOptions,
  listDenialsToWork,
} from './remittance/denial-worklist.js';
export {
  ClaimBalance,
  type ClaimBalanceInput,
  type ClaimPostingDecision,
  ClaimRecoupment,
  ClientResponsibility,
  ContractedFee,
  createClaimBalance,
  getClientResponsibilityTotal,
  getRemainingClaimBalance,
  hasOpenRecoupment,
  PostRemittanceOptions,
  postRemittance,
  type RemittanceLineMatch,
  type RemittanceLinePosting,
  type RemittancePosting,
} from './remittance/posting.js';
export {
  isReversal,
  Remittance,
  RemittanceClaim,
  RemittanceClaimStatusCode,
  RemittanceId,
  type RemittanceInput,
  RemittanceLine,
} from './remittance/remittance.js';
