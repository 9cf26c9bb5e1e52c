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
  DEFAULT_INTAKE_CLOSE_TO_SESSION_HOURS,
  DEFAULT_INTAKE_ESCALATE_AFTER_HOURS,
  DEFAULT_INTAKE_FOLLOW_UP_POLICY,
  DEFAULT_INTAKE_MAX_REMINDERS,
  DEFAULT_INTAKE_QUIET_HOURS,
  DEFAULT_INTAKE_REMINDER_STEPS,
  IntakeCloseToSessionAction,
  IntakeFollowUpPolicy,
  type IntakeFollowUpPolicyInput,
  IntakeReminderAnchor,
  IntakeReminderChannel,
  IntakeReminderStep,
} from './follow-up/follow-up-policy.js';
export { evaluateGoodFaithEstimateContents, type GoodFaithEstimateContentsDecision } from './gfe/contents.js';
export {
  DEFAULT_GFE_MAX_COVERAGE_MONTHS,
  EvaluateGoodFaithEstimateCoverageOptions,
  evaluateGoodFaithEstimateCoverage,
  type GoodFaithEstimateCoverageDecision,
  GoodFaithEstimateSession,
} from './gfe/coverage.js';
export {
  EvaluateGoodFaithEstimateDisputeOptions,
  evaluateGoodFaithEstimateDispute,
  GFE_DISPUTE_THRESHOLD_CENTS,
  GFE_DISPUTE_WINDOW_DAYS,
  type GoodFaithEstimateDisputeDecision,
  GoodFaithEstimateDisputeFacts,
  getExpectedChargesByProvider,
} from './gfe/dispute.js';
export {
  GoodFaithEstimate,
  GoodFaithEstimateDisclaimers,
  type GoodFaithEstimateInput,
  GoodFaithEstimateItem,
  GoodFaithEstimateProvider,
} from './gfe/estimate.js';
export {
  evaluateGoodFaithEstimateRequirement,
  GoodFaithEstimateClientCoverage,
  type GoodFaithEstimateRequirementDecision,
  GoodFaithEstimateRequirementFacts,
} from './gfe/requirement.js';
export {
  EvaluateGoodFaithEstimateTimelinessOptions,
  evaluateGoodFaithEstimateTimeliness,
  type GetGoodFaithEstimateDueDateOptions,
  GFE_LONG_LEAD_BUSINESS_DAYS,
  GFE_SHORT_LEAD_BUSINESS_DAYS,
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
export {
  IntakeDocumentRecord,
  IntakeDocumentStatus,
  IntakeDocumentType,
  IntakeSignerId,
  STANDARD_INTAKE_DOCUMENT_TYPES,
} from './packets/document.js';
export {
  IntakeBilling,
  IntakeClient,
  IntakeClientFile,
  type IntakeClientFileInput,
  type IntakeClientInput,
  IntakeModality,
  IntakeScreening,
  IntakeServiceType,
} from './packets/intake-client.js';
export {
  DEFAULT_ADULT_AGE,
  DEFAULT_COMPLETE_HOURS_BEFORE_SESSION,
  DEFAULT_INTAKE_DOCUMENTS,
  DEFAULT_INTAKE_PACKET_POLICY,
  DEFAULT_INTAKE_PACKET_RULES,
  IntakeCondition,
  IntakeDocumentDefinition,
  IntakeDocumentKind,
  IntakeDocumentWeight,
  IntakePacketPolicy,
  type IntakePacketPolicyInput,
  IntakePacketRule,
  IntakeSoftAction,
} from './packets/packet-policy.js';
export {
  type IntakeMissingFact,
  type IntakeRequirement,
  type IntakeRequirementList,
  ListRequiredIntakeDocumentsOptions,
  listRequiredIntakeDocuments,
} from './packets/requirements.js';
export {
  evaluateIntakeFit,
  IntakeClinicalFlag,
  type IntakeFitDecision,
  IntakeInquiry,
  IntakeRosterClinician,
  IntakeRosterSummary,
} from './pipeline/fit.js';
export {
  canMoveIntakeCase,
  GetIntakeStageDurationsOptions,
  getCurrentIntakeStage,
  getIntakeStageDurations,
  INTAKE_TRANSITIONS,
  IntakeCase,
  IntakeCaseId,
  IntakeCaseMove,
  type IntakeCaseMoveDecision,
  IntakeStage,
  IntakeStageEntry,
  type IntakeStageTime,
  isTerminalIntakeStage,
  MoveIntakeCaseOptions,
  moveIntakeCase,
} from './pipeline/pipeline.js';
export {
  DEFAULT_INQUIRY_RESPONSE_BUSINESS_DAYS,
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
