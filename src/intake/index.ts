// Public API of practice-ops/intake: packets, first-session readiness, paperwork follow-ups, the intake
// pipeline, administrative fit and Good Faith Estimates.

export {
  EvaluateIntakeFollowUpOptions,
  evaluateIntakeFollowUp,
  type IntakeFollowUpDecision,
  type IntakeFollowUpStep,
  type IntakePlannedReminder,
  PlanIntakeRemindersOptions,
  planIntakeReminders,
} from './follow-up/follow-up.js';
export {
  IntakeChannelFallback,
  IntakeFollowUpPolicy,
  type IntakeFollowUpPolicyInput,
  IntakeReminderChannel,
} from './follow-up/follow-up-policy.js';
export { evaluateGoodFaithEstimateContents, type GoodFaithEstimateContentsDecision } from './gfe/contents.js';
export {
  EvaluateGoodFaithEstimateCoverageOptions,
  evaluateGoodFaithEstimateCoverage,
  type GoodFaithEstimateCoverageDecision,
  GoodFaithEstimateSession,
} from './gfe/coverage.js';
export {
  EvaluateGoodFaithEstimateDisputeOptions,
  evaluateGoodFaithEstimateDispute,
  type GoodFaithEstimateDisputeDecision,
  GoodFaithEstimateDisputeFacts,
} from './gfe/dispute.js';
export {
  GoodFaithEstimate,
  type GoodFaithEstimateInput,
} from './gfe/estimate.js';
export {
  evaluateGoodFaithEstimateRequirement,
  type GoodFaithEstimateRequirementDecision,
  GoodFaithEstimateRequirementFacts,
} from './gfe/requirement.js';
export {
  EvaluateGoodFaithEstimateTimelinessOptions,
  evaluateGoodFaithEstimateTimeliness,
  type GetGoodFaithEstimateDueDateOptions,
  type GoodFaithEstimateDue,
  GoodFaithEstimateObligation,
  type GoodFaithEstimatesDue,
  type GoodFaithEstimateTimelinessDecision,
  type GoodFaithEstimateTimelinessOutcome,
  type GoodFaithEstimateTimingRule,
  GoodFaithEstimateTrigger,
  getGoodFaithEstimateDueDate,
  ListGoodFaithEstimatesDueOptions,
  listGoodFaithEstimatesDue,
} from './gfe/timing.js';
export { AGE_OF_MAJORITY_RULES, type AgeOfMajorityRule } from './minor-consent/age-of-majority.js';
export {
  EvaluateMinorConsentOptions,
  evaluateMinorConsent,
  type MinorConsentDecision,
  MinorConsentFacts,
  type MinorConsentFactsInput,
} from './minor-consent/minor-consent.js';
export {
  MINOR_CONSENT_PROVIDER_LICENSES,
  MINOR_CONSENT_PURPOSES,
  MINOR_CONSENT_SETTINGS,
  MINOR_MENTAL_HEALTH_CONSENT_RULES,
  type MinorConsentParentNotice,
  type MinorConsentProviderLicense,
  type MinorConsentPurpose,
  type MinorConsentSessionLimit,
  type MinorConsentSetting,
  type MinorMentalHealthConsentRule,
} from './minor-consent/state-minor-consent.js';
export {
  MINOR_SUBSTANCE_USE_CONSENT_RULES,
  type MinorSubstanceUseConsentRule,
} from './minor-consent/state-substance-use-consent.js';
export {
  type EvaluateMinorSubstanceUseConsentOptions,
  evaluateMinorSubstanceUseConsent,
  type MinorSubstanceUseConsentDecision,
  MinorSubstanceUseConsentFacts,
  type Part2ConsentSigners,
} from './minor-consent/substance-use-consent.js';
export {
  IntakeDocumentRecord,
  IntakeDocumentStatus,
  IntakeDocumentType,
  IntakeSignerId,
  STANDARD_INTAKE_DOCUMENT_TYPES,
} from './packets/document.js';
export {
  AdultGuardianshipOrder,
  GuardianRole,
  GuardianRoleEntry,
  IntakeClient,
  IntakeClientFile,
  type IntakeClientFileInput,
  type IntakeClientInput,
  RENAMED_INTAKE_SERVICE_TYPES,
} from './packets/intake-client.js';
export {
  DEFAULT_INTAKE_DOCUMENTS,
  DEFAULT_INTAKE_PACKET_POLICY,
  DEFAULT_INTAKE_PACKET_RULES,
  IntakeDocumentDefinition,
  type IntakeDocumentDefinitionInput,
  IntakeDocumentWeight,
  IntakePacketPolicy,
  type IntakePacketPolicyInput,
  IntakePacketRule,
  IntakeSoftAction,
  ReleaseConditioningException,
} from './packets/packet-policy.js';
export {
  evaluatePart2ConsentContents,
  Part2ConsentContents,
  type Part2ConsentContentsDecision,
  type Part2ConsentContentsInput,
} from './packets/part2-consent.js';
export {
  EvaluateReleaseAuthorizationOptions,
  evaluateReleaseAuthorization,
  ReleaseAuthorization,
  type ReleaseAuthorizationDecision,
  type ReleaseAuthorizationInput,
  ReleaseRevocation,
} from './packets/release-authorization.js';
export {
  type IntakeMissingFact,
  type IntakeRequirement,
  type IntakeRequirementList,
  ListRequiredIntakeDocumentsOptions,
  listRequiredIntakeDocuments,
} from './packets/requirements.js';
export {
  evaluateIntakeFit,
  type IntakeFitDecision,
  IntakeInquiry,
  IntakeRosterSummary,
} from './pipeline/fit.js';
export {
  canMoveIntakeCase,
  GetIntakeStageDurationsOptions,
  getCurrentIntakeStage,
  getIntakeStageDurations,
  INTAKE_TRANSITIONS,
  IntakeCase,
  IntakeCaseMove,
  type IntakeCaseMoveDecision,
  IntakeStage,
  type IntakeStageTime,
  MoveIntakeCaseOptions,
  moveIntakeCase,
} from './pipeline/pipeline.js';
export {
  FindStalledIntakeCasesOptions,
  findStalledIntakeCases,
  type IntakeNextStep,
  type IntakeStalledCase,
  type IntakeStalledCases,
  IntakeStallPolicy,
  type IntakeStallPolicyInput,
} from './pipeline/stalled-cases.js';
export {
  BuildIntakeQueueOptions,
  buildIntakeQueue,
  type IntakeQueue,
  type IntakeQueueEntry,
} from './readiness/intake-queue.js';
export {
  EvaluateFirstSessionReadinessOptions,
  evaluateFirstSessionReadiness,
  type FirstSessionReadinessDecision,
  type IntakeAction,
  type IntakeBlocker,
} from './readiness/readiness.js';
export {
  INTAKE_REASON_CODES,
  INTAKE_VALIDATION_CODES,
  type IntakeReasonCode,
  type IntakeValidationCode,
} from './reason-codes.js';
