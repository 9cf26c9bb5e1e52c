// What ops's tests and the CLI need but users must not see (not in the package's exports): the parts of
// the data file, which apps read through PracticeData, and the CLI's validation of the file it parsed.
export { PracticePolicies } from './data/practice-policies.js';
export { PracticeSettings, StaffMember } from './data/practice-settings.js';
export { safeValidateParsedPracticeData } from './data/validate-practice-data.js';
export {
  buildPracticeReport,
  type OtherRoleWork,
  type PracticeReport,
  practiceReportOf,
} from './digest/practice-report.js';
export { TASK_KIND_GUIDES, type TaskKindGuide } from './queue/task-kinds.js';
export { TaskHold, TaskModule } from './queue/work-task.js';
