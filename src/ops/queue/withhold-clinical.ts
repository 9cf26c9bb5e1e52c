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
 * task keeps its kind, priority, due time and owner but not its title's detail, its records, its reasons or
 * its id (which names its records: it gets `…:withheld-1`, `…:withheld-2` in queue order), so the role can
 * see that one exists, not what it says or whom it concerns. Clinical roles see them whole.
 * [sources: hhs-minimum-necessary]
 */
export function withholdClinicalContent<T extends TaskHead>(
  groups: readonly { readonly role: WorkQueueRole; readonly tasks: readonly T[] }[],
  role: WorkQueueRole,
): readonly { readonly role: WorkQueueRole; readonly tasks: readonly (T | WorkTask)[] }[] {
  if (isClinicalRole(role)) return groups;
  // A task's id names its records (`boundaries.message_crisis:msg-0001+client-00001`): a withheld task gets
  // one that names none, numbered in queue order (unique in the queue, the same for the same day's data).
  let withheld = 0;
  return groups.map((g) => ({
    role: g.role,
    tasks: g.tasks.map((t) =>
      isClinicalContent(t)
        ? {
            id: `${t.kind}:withheld-${++withheld}`,
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
