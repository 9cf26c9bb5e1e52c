// Public API of practice-ops/intake: packets, first-session readiness, paperwork follow-ups, the intake
// pipeline, administrative fit and Good Faith Estimates.
export {
  IntakeDocumentRecord,
  IntakeDocumentStatus,
  IntakeDocumentType,
  IntakeSignerId,
  STANDARD_INTAKE_DOCUMENT_TYPES,
} from './document.js';
export {
  evaluateIntakeFit,
  IntakeClinicalFlag,
  type IntakeFitDecision,
  IntakeInquiry,
  IntakeRosterClinician,
  IntakeRosterSummary,
} from './fit.js';
export {
  type IntakeFollowUp,
  IntakeFollowUpOptions,
  type IntakeFollowUpStep,
  type IntakePlannedReminder,
  nextIntakeFollowUp,
  planIntakeReminders,
} from './follow-up.js';
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
} from './follow-up-policy.js';
export {
  GoodFaithEstimate,
  GoodFaithEstimateDisclaimers,
  type GoodFaithEstimateInput,
  GoodFaithEstimateItem,
  GoodFaithEstimateProvider,
} from './gfe.js';
export { evaluateGoodFaithEstimateContents, type GoodFaithEstimateContents } from './gfe-contents.js';
export {
  DEFAULT_GFE_MAX_COVERAGE_MONTHS,
  evaluateGoodFaithEstimateCoverage,
  type GoodFaithEstimateCoverageDecision,
  GoodFaithEstimateCoverageOptions,
  GoodFaithEstimateSession,
} from './gfe-coverage.js';
export {
  evaluateGoodFaithEstimateDispute,
  expectedChargesByProvider,
  GFE_DISPUTE_THRESHOLD_CENTS,
  GFE_DISPUTE_WINDOW_DAYS,
  type GoodFaithEstimateDisputeDecision,
  GoodFaithEstimateDisputeFacts,
} from './gfe-dispute.js';
export {
  evaluateGoodFaithEstimateRequirement,
  GoodFaithEstimateClientCoverage,
  type GoodFaithEstimateRequirement,
  GoodFaithEstimateRequirementFacts,
} from './gfe-requirement.js';
export {
  evaluateGoodFaithEstimateTimeliness,
  GFE_LONG_LEAD_BUSINESS_DAYS,
  GFE_SHORT_LEAD_BUSINESS_DAYS,
  type GoodFaithEstimateDue,
  GoodFaithEstimateObligation,
  type GoodFaithEstimatesDue,
  type GoodFaithEstimateTimeliness,
  type GoodFaithEstimateTimelinessOutcome,
  GoodFaithEstimateTimingOptions,
  type GoodFaithEstimateTimingRule,
  GoodFaithEstimateTrigger,
  goodFaithEstimateDueDate,
  listGoodFaithEstimatesDue,
} from './gfe-timing.js';
export {
  IntakeBilling,
  IntakeClient,
  IntakeClientFile,
  type IntakeClientFileInput,
  type IntakeClientInput,
  IntakeModality,
  IntakeScreening,
  IntakeServiceType,
} from './intake-client.js';
export {
  evaluateIntakeQueue,
  type IntakeQueue,
  type IntakeQueueEntry,
  IntakeQueueOptions,
} from './intake-queue.js';
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
} from './packet-policy.js';
export {
  advanceIntakeCase,
  currentIntakeStage,
  evaluateIntakeTransition,
  INTAKE_PIPELINE_TRANSITIONS,
  IntakeCase,
  IntakeCaseId,
  type IntakeCaseMove,
  IntakeStage,
  IntakeStageEntry,
  type IntakeStageTime,
  type IntakeTransitionDecision,
  intakeStageDurations,
  isTerminalIntakeStage,
} from './pipeline.js';
export {
  evaluateFirstSessionReadiness,
  type IntakeAction,
  type IntakeBlocker,
  type IntakeReadiness,
  IntakeReadinessOptions,
} from './readiness.js';
export { INTAKE_REASON_CODES, INTAKE_VALIDATION_CODES, type IntakeReasonCode } from './reason-codes.js';
export {
  type IntakeMissingFact,
  type IntakeRequirement,
  type IntakeRequirementList,
  IntakeRequirementOptions,
  listRequiredIntakeDocuments,
} from './requirements.js';
export {
  DEFAULT_INQUIRY_RESPONSE_BUSINESS_DAYS,
  findStalledIntakeCases,
  type IntakeNextStep,
  type IntakeStalledCase,
  type IntakeStalledCases,
  IntakeStallOptions,
  IntakeStallPolicy,
  type IntakeStallPolicyInput,
} from './stalled-cases.js';
