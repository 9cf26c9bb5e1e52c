// Public API of practice-ops/boundaries: who may do what, minimum necessary, triage, safe replies, focus.

export {
  evaluateLegalRecordsDemand,
  LegalDemandInstrument,
  LegalDemandPurpose,
  LegalRecordsDemand,
  type LegalRecordsDemandDecision,
  type LegalRecordsDemandInput,
  Part2CourtOrder,
} from './access/legal-demand.js';
export {
  AccessPurpose,
  type HiddenField,
  MINIMUM_NECESSARY_MATRIX,
  PhiCategory,
  planRecordAccess,
  RecordAccessContext,
  type RecordAccessContextInput,
  type RecordAccessPlan,
  RecordFieldMap,
  type RecordFieldMapInput,
  RecordFieldSpec,
  type RecordFieldSpecInput,
  redactRecordForPurpose,
} from './access/minimum-necessary.js';
export {
  isClinicalRole,
  PRACTICE_ROLES,
  PracticeRole,
  type PracticeRoleEntry,
} from './access/practice-role.js';
export {
  evaluateRecordsRequest,
  RecordsFee,
  type RecordsFeeInput,
  RecordsRequest,
  type RecordsRequestDecision,
  type RecordsRequestInput,
} from './access/records-request.js';
export {
  DEFAULT_PRACTICE_SCOPE,
  evaluateTaskPermission,
  getTaskOwnerRole,
  getTaskProcedure,
  PracticeScope,
  type PracticeScopeInput,
  ScopeGrant,
  type ScopeGrantInput,
  ScopeRevocation,
  TaskOwnerOverride,
  type TaskPermissionDecision,
  TaskPermissionRequest,
  TaskProcedure,
  type TaskProcedureInput,
} from './access/role-scope.js';
export {
  isClinicalTask,
  PRACTICE_TASK_CATALOG,
  PracticeTask,
  type PracticeTaskEntry,
  type PracticeTaskKind,
} from './access/task-catalog.js';
export {
  ADMIN_BLOCK_SEARCH_DAYS,
  ClinicalFocusPolicy,
  type ClinicalFocusPolicyInput,
  type ClinicianDeliveryDecision,
  ClinicianMessageDelivery,
  type ClinicianMessageDeliveryInput,
  ClinicianSession,
  DEFAULT_CLINICIAN_OFF_HOURS,
  DEFAULT_DAILY_INTERRUPTION_BUDGET,
  evaluateClinicianDelivery,
} from './focus/clinical-focus.js';
export { BOUNDARIES_REASON_CODES, type BoundariesReasonCode } from './reason-codes.js';
export {
  isSecureReplyChannel,
  ReplyChannel,
  ReplyConsent,
  type ReplyConsentInput,
  ReplyContext,
  type ReplyContextInput,
} from './replies/reply-channel.js';
export { evaluateReplyDraft, REPLY_DRAFT_MAX_CHARS, type ReplyCheckDecision } from './replies/reply-check.js';
export {
  APPOINTMENT_REMINDER_TEMPLATE,
  CRISIS_RESOURCES_TEMPLATE,
  DEFAULT_REPLY_TEMPLATES,
  INTAKE_FORMS_REMINDER_TEMPLATE,
  PlaceholderType,
  ReplyTemplate,
  type ReplyTemplateInput,
  renderReplyTemplate,
  TemplatePlaceholder,
  type TemplatePlaceholderInput,
  type TemplateRenderDecision,
  type TemplateValues,
} from './replies/reply-template.js';
export {
  TRIAGE_MAX_CHARS,
  type TriageMessageOptions,
  triageMessage,
} from './triage/message-triage.js';
export {
  AdministrativeCategory,
  ClinicalCategory,
  CrisisCategory,
  TriageCategory,
} from './triage/triage-category.js';
export {
  type AdministrativeTriageClass,
  type AdministrativeTriageDecision,
  type ClinicalTriageDecision,
  CRISIS_RESOURCES_TEMPLATE_ID,
  type CrisisTriageDecision,
  type SentenceEvidence,
  TRIAGE_CLASS_PRIORITY,
  type TriageDecision,
  type TriageLanguage,
  TriageSignal,
} from './triage/triage-decision.js';
export {
  type CompiledTriageRules,
  compileTriageRules,
  DEFAULT_TRIAGE_ROUTING,
  TriageClass,
  TriagePhrase,
  type TriagePhraseInput,
  TriageRules,
  type TriageRulesInput,
} from './triage/triage-rules.js';
