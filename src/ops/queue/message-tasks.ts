import type { PracticeData } from '../data/practice-data.js';
import type { QueueContext } from './queue-context.js';
import { opsReason, task } from './task-builder.js';
import type { WorkTask } from './work-task.js';

/** Message tasks: every unhandled inbound message, routed by triage. */
export function messageTasks(data: PracticeData, _ctx: QueueContext): WorkTask[] {
  const out: WorkTask[] = [];
  for (const message of data.messages) {
    if (message.handled) continue;
    out.push(
      task({
        module: 'boundaries',
        kind: 'boundaries.message_triage',
        title: `Route an inbound ${message.channel} message`,
        due: message.receivedAt,
        priority: 'high',
        ownerRole: 'assistant',
        related: [
          { kind: 'message', id: message.id },
          { kind: 'client', id: message.clientId },
        ],
        reasons: [opsReason('ops.queue.message_admin', 'info', 'An inbound message awaits routing.')],
      }),
    );
  }
  return out;
}
