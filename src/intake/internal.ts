// What other layers of this package need from intake but users must not see (not in the package's
// exports): the daily queue on client files validated once, when the data file was read; field schemas,
// defaults and record helpers the modules and tests share.

export { reminderPlanOf } from './follow-up/follow-up.js';
export {
  DEFAULT_INTAKE_CLOSE_TO_SESSION_HOURS,
  DEFAULT_INTAKE_ESCALATE_AFTER_HOURS,
  DEFAULT_INTAKE_FOLLOW_UP_POLICY,
  DEFAULT_INTAKE_MAX_REMINDERS,
  DEFAULT_INTAKE_QUIET_HOURS,
  DEFAULT_INTAKE_REMINDER_STEPS,
  IntakeCloseToSessionAction,
  IntakeReminderAnchor,
  IntakeReminderStep,
} from './follow-up/follow-up-policy.js';
export { DEFAULT_GFE_MAX_COVERAGE_MONTHS } from './gfe/coverage.js';
export {
  GFE_DISPUTE_THRESHOLD_CENTS,
  GFE_DISPUTE_WINDOW_DAYS,
  getExpectedChargesByProvider,
} from './gfe/dispute.js';
export {
  GoodFaithEstimateDisclaimers,
  GoodFaithEstimateItem,
  GoodFaithEstimateProvider,
} from './gfe/estimate.js';
export { GoodFaithEstimateClientCoverage } from './gfe/requirement.js';
export { GFE_LONG_LEAD_BUSINESS_DAYS, GFE_SHORT_LEAD_BUSINESS_DAYS } from './gfe/timing.js';
export {
  IntakeBilling,
  IntakeModality,
  IntakeScreening,
  IntakeServiceType,
} from './packets/intake-client.js';
export {
  DEFAULT_COMPLETE_HOURS_BEFORE_SESSION,
  IntakeCondition,
  IntakeDocumentKind,
  MINOR_CONSENT_FLOOR_AGE,
} from './packets/packet-policy.js';
export { IntakeClinicalFlag, IntakeRosterClinician } from './pipeline/fit.js';
export { IntakeCaseId, IntakeStageEntry, isTerminalIntakeStage } from './pipeline/pipeline.js';
export { DEFAULT_INQUIRY_RESPONSE_BUSINESS_DAYS } from './pipeline/stalled-cases.js';
export { buildIntakeQueueFromValidated } from './readiness/intake-queue.js';
