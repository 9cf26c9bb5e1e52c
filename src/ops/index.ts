// Public API of practice-ops/ops: cross-module workflows (booking validation, the work queue, the data file).

export { BookingRequest, type BookingRequestInput } from './booking/booking-request.js';
export {
  type BookingDecision,
  type BookingReasonCode,
  type EvaluateBookingOptions,
  evaluateBooking,
} from './booking/evaluate-booking.js';
export { PracticeData, type PracticeDataInput } from './data/practice-data.js';
export { getPracticeDataJsonSchema } from './data/practice-data-json-schema.js';
export { findReferenceProblems } from './data/practice-references.js';
export { type PracticeDataResult, safeValidatePracticeData } from './data/validate-practice-data.js';
export {
  type DecisionDigest,
  DigestDecisionOptions,
  digestDecision,
} from './decision-log/digest-decision.js';
export {
  type PolicyVersionDecision,
  PolicyVersions,
  type PolicyVersionsInput,
  SelectPolicyVersionOptions,
  selectPolicyVersion,
  VersionedPolicies,
  type VersionedPoliciesInput,
} from './decision-log/policy-versions.js';
export {
  DEMO_AS_OF,
  DEMO_SEED,
  type GeneratePracticeOptions,
  generateDemoPractice,
  generatePractice,
} from './demo/generate-practice.js';
export { CreateStarterPracticeOptions, createStarterPractice } from './demo/starter-practice.js';
export { STATE_ZONES } from './demo/state-zones.js';
export { type BuildPracticeDigestOptions, buildPracticeDigest } from './digest/build-practice-digest.js';
export type {
  DeadlinePoint,
  DigestCharts,
  DigestNames,
  PracticeDigest,
  ReceivablesCell,
  UtilizationPoint,
  WaitlistCount,
} from './digest/practice-digest.js';
export { CompletedOutcome, CompletedWork, OfferAnswer } from './done/completed-work.js';
export type { DoneTask } from './done/done-tasks.js';
export {
  type CompletedWorkDecision,
  evaluateCompletedWork,
} from './done/evaluate-completed-work.js';
export { OPS_REASON_CODES, type OpsReasonCode } from './ops-reason-codes.js';
export { type BuildWorkQueueOptions, buildWorkQueue } from './queue/build-work-queue.js';
export { type BatchWorkTasksOptions, batchWorkTasks, type TaskBatch } from './queue/task-batches.js';
export type { RoleTasks, SkippedRecord, WorkQueue } from './queue/work-queue.js';
export { WorkQueueRole } from './queue/work-queue-role.js';
export {
  type CompareWorkTasksOptions,
  compareWorkTasks,
  RelatedRecord,
  type SortWorkTasksOptions,
  sortWorkTasks,
  TaskHoldReason,
  TaskPriority,
  WorkTask,
  WorkTaskKind,
} from './queue/work-task.js';
export type {
  CapacityReplay,
  CapacityReplaySide,
  CapacityReplayTotals,
} from './replay/capacity-replay.js';
export type { FeeReplay, FeeReplayChange, FeeReplaySide, FeeReplayTotals } from './replay/fee-replay.js';
export type { FilingReplay, FilingReplaySide, FilingReplayTotals } from './replay/filing-replay.js';
export type { IntakeReplay, IntakeReplaySide, IntakeReplayTotals } from './replay/intake-replay.js';
export {
  ProposedClinicianLimits,
  type ProposedClinicianLimitsInput,
  ProposedPayerFiling,
  ProposedPolicies,
  type ProposedPoliciesInput,
} from './replay/proposed-policies.js';
export type { ReminderReplay, ReminderReplaySide, ReminderReplayTotals } from './replay/reminder-replay.js';
export type { ReplayChange, SectionReplay } from './replay/replay-change.js';
export { type PolicyReplay, type ReplayPolicyOptions, replayPolicy } from './replay/replay-policy.js';
export type { ReplaySection } from './replay/replay-sections.js';
export type { WaitlistReplay, WaitlistReplaySide, WaitlistReplayTotals } from './replay/waitlist-replay.js';
