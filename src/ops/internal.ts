// What ops's tests need but users must not see (not in the package's exports): the parts of the data
// file, which apps read through PracticeData.
export { PracticePolicies } from './data/practice-policies.js';
export { PracticeSettings, StaffMember } from './data/practice-settings.js';
export { TASK_KIND_GUIDES, type TaskKindGuide } from './queue/task-kinds.js';
export { TaskHold, TaskModule } from './queue/work-task.js';
