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
} from './claims/aging.js';
export {
  AmountInControversyCase,
  type AmountInControversyDecision,
  AmountInControversyThreshold,
  EvaluateAmountInControversyOptions,
  evaluateAmountInControversy,
  MEDICARE_AMOUNT_IN_CONTROVERSY_THRESHOLDS,
  MedicareAppealForum,
} from './claims/appeal-amount-in-controversy.js';
export {
  Claim,
  type ClaimInput,
  getClaimFiledDate,
} from './claims/claim.js';
export {
  type ClaimTimelyFilingDecision,
  evaluateClaimTimelyFiling,
  type TimelyFilingRoute,
} from './claims/claim-timely-filing.js';
export {
  BuildFollowUpQueueOptions,
  buildFollowUpQueue,
  FollowUpAction,
  type FollowUpEntry,
  FollowUpInput,
  FollowUpPolicy,
} from './claims/follow-up.js';
export { ClaimMove, type ClaimMoveDecision, type MoveClaimOptions, moveClaim } from './claims/lifecycle.js';
export { MedicareFilingException } from './claims/medicare-filing-exception.js';
export type { ClaimOrderingProvider } from './claims/ordering-provider.js';
export {
  type ClaimScrubDecision,
  EvaluateClaimScrubOptions,
  evaluateClaimScrub,
} from './claims/scrubbing.js';
export { ClaimServiceFacility } from './claims/service-facility.js';
export { CLAIM_TRANSITIONS, ClaimStatus, canMoveClaim } from './claims/status.js';
export {
  type EvaluateClaimTimelyFilingOptions,
  EvaluateTimelyFilingOptions,
  evaluateTimelyFiling,
  getFilingDeadline,
  TimelyFilingCase,
  type TimelyFilingDecision,
  TimelyFilingKind,
  type TimelyFilingRisk,
  TimelyFilingRiskPolicy,
} from './claims/timely-filing.js';
export {
  CareManagementKind,
  CareManagementMonth,
  type CareManagementSelectionDecision,
  selectCareManagementCodes,
} from './coding/care-management-codes.js';
export {
  BillableDay,
  type BillableDayInput,
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
  type BillableSessionInput,
  type ServiceCodeSelectionBatch,
  type ServiceCodeSelectionDecision,
  ServiceLine,
  selectServiceCodes,
  selectServiceCodesBatch,
} from './coding/service-code-selection.js';
export {
  SERVICE_CODE_CATALOG,
  ServiceCode,
  ServiceCodeDefinition,
} from './coding/service-codes.js';
export {
  evaluateSuperbill,
  Superbill,
  type SuperbillDecision,
  type SuperbillDocument,
  SuperbillDraft,
  type SuperbillInput,
} from './coding/superbill.js';
export {
  evaluateSupervisedBilling,
  RenderingClinician,
  type SupervisedBillingDecision,
} from './coding/supervised-billing.js';
export {
  AudioOnlyVideoFacts,
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
  EvaluateAuthorizationAlertsOptions,
  evaluateAuthorizationAlerts,
  evaluateAuthorizationCoverage,
  evaluateSessionAuthorization,
  getAuthorizationRemaining,
  type ListAuthorizationAlertsOptions,
  listAuthorizationAlerts,
  type SessionAuthorizationDecision,
} from './coverage/authorizations.js';
export { EligibilityBenefits, type EligibilityBenefitsInput } from './coverage/eligibility-benefits.js';
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
export { MedicaidCostSharingExemption } from './coverage/medicaid-exemption.js';
export {
  estimateMedicareSecondaryPayment,
  type MedicareSecondaryPaymentDecision,
  MedicareSecondaryPaymentInput,
  type MedicareSecondaryPaymentLimits,
} from './coverage/medicare-secondary-payment.js';
export {
  type EstimatePatientShareBatchOptions,
  EstimatePatientShareOptions,
  type EstimatePatientShareSeriesOptions,
  estimatePatientShare,
  estimatePatientShareBatch,
  estimatePatientShareSeries,
  type PatientEstimateBatch,
  type PatientEstimateDecision,
  type PatientEstimateFigures,
  PatientEstimateRequest,
  type PatientShareBreakdown,
  type UndecidedPatientEstimate,
} from './coverage/patient-estimate.js';
export {
  COMMERCIAL_PAYER_PROFILE_EXAMPLE,
  EligibilityReverificationCadence,
  FilingWindow,
  FilingWindows,
  MEDICARE_PAYER_PROFILE_EXAMPLE,
  PayerProfile,
  PlaceOfService,
  TelehealthModifier,
} from './coverage/payer-profile.js';
// The root is full (tests/exports/root-exports.test.ts): the functions are values, their schemas types only.
export {
  evaluateMedicareIncidentToSupervision,
  type IncidentToService,
  type IncidentToSupervisingPractitioner,
  type IncidentToSupervision,
  type MedicareIncidentToDecision,
  type MedicareIncidentToQuery,
} from './medicare-claims/incident-to-supervision.js';
export {
  evaluateMedicareOrderingPractitioner,
  type MedicareOrderingDecision,
  type MedicareOrderingQuery,
  type OrderingMedicareStanding,
  type OrderingPractitionerType,
} from './medicare-claims/ordering-referring.js';
export { BILLING_REASON_CODES, type BillingReasonCode } from './reason-codes.js';
export { ClaimMedicaidFacts, MedicaidFactsByClaim } from './remittance/claim-medicaid-facts.js';
export {
  AdjustmentGroupCode,
  DENIAL_CODE_TABLE,
  DenialAction,
  DenialCategory,
  DenialCodeRule,
  type DenialCodeRuleInput,
  type DenialCodeTable,
  DenialOwner,
  extendDenialCodeTable,
} from './remittance/denial-codes.js';
export {
  DenialTriageContext,
  type DenialTriageDecision,
  RemittanceAdjustment,
  type RemittanceAdjustmentInput,
  type TriageDenialOptions,
  triageDenial,
} from './remittance/denial-triage.js';
export {
  type DenialWorkItem,
  ListDenialsToWorkOptions,
  listDenialsToWork,
} from './remittance/denial-worklist.js';
export { CostSharingHoldCode, HeldCostSharing } from './remittance/held-cost-sharing.js';
export {
  ClaimBalance,
  type ClaimBalanceInput,
  type ClaimPostingDecision,
  ClaimRecoupment,
  type ClaimRecoupmentInput,
  getClientResponsibilityTotal,
  getRemainingClaimBalance,
  hasOpenRecoupment,
  PostRemittanceOptions,
  postRemittance,
  type RemittanceLineMatch,
  type RemittanceLinePosting,
  type RemittancePosting,
} from './remittance/posting.js';
export type {
  RemittanceSettlement,
  SettlementDenial,
  SettlementDisposition,
  SettlementKind,
} from './remittance/posting-settlement.js';
export {
  Remittance,
  type RemittanceInput,
} from './remittance/remittance.js';
