import { isClinicalRole } from '../../boundaries/index.js';
import { opsReason } from './task-builder.js';
import type { WorkQueueRole } from './work-queue-role.js';
import type { TaskHead, WorkTask } from './work-task.js';

const WITHHELD = opsReason(
  'ops.queue.clinical_content_withheld',
  'info',
  'This is a clinician’s task: what it is about and whom it concerns are not shown to this role.',
);

// A crisis or clinical task, or one held because its client is in crisis, says something clinical.
function isClinicalContent(task: TaskHead): boolean {
  return (
    task.priority === 'crisis' || task.priority === 'clinical' || task.hold?.reason === 'client_in_crisis'
  );
}

/**
 * Other roles' tasks as a role may see them: for a non-clinical role, a clinician's crisis or clinical
 * task keeps its id, priority, due time and owner but not its title's detail, its records or its reasons
 * (it can see that one exists, not what it says or who wrote it). Clinical roles see them whole.
 * [sources: hhs-minimum-necessary]
 */
export function withholdClinicalContent<T extends TaskHead>(
  groups: readonly { readonly role: WorkQueueRole; readonly tasks: readonly T[] }[],
  role: WorkQueueRole,
): readonly { readonly role: WorkQueueRole; readonly tasks: readonly (T | WorkTask)[] }[] {
  if (isClinicalRole(role)) return groups;
  return groups.map((g) => ({
    role: g.role,
    tasks: g.tasks.map((t) =>
      isClinicalContent(t)
        ? {
            id: t.id,
            module: t.module,
            kind: t.kind,
            title:
              t.priority === 'crisis'
                ? 'A client message needs the on-call clinician now'
                : 'Clinical work for a clinician',
            due: t.due,
            priority: t.priority,
            practiceTask: t.practiceTask,
            ownerRole: t.ownerRole,
            related: [],
            reasons: [WITHHELD],
          }
        : t,
    ),
  }));
}
