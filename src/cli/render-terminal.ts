import { type PracticeDigest, TaskPriority, type WorkTask } from '../ops/index.js';
import type { TerminalStyle } from './terminal-style.js';

const HEADINGS: Record<TaskPriority, string> = {
  crisis: 'CRISIS: act now',
  clinical: 'Clinical: for a clinician today',
  high: 'High',
  normal: 'Normal',
  low: 'Low',
};

function headingStyle(priority: TaskPriority, style: TerminalStyle): (text: string) => string {
  switch (priority) {
    case 'crisis':
      return (t) => style.bold(style.red(t));
    case 'clinical':
      return (t) => style.bold(style.magenta(t));
    case 'high':
      return (t) => style.bold(style.yellow(t));
    case 'normal':
      return style.bold;
    case 'low':
      return style.dim;
    default: {
      const exhausted: never = priority;
      return exhausted;
    }
  }
}

function taskLines(task: WorkTask, style: TerminalStyle): string[] {
  const lines = [`  ${style.cyan(task.due)}  ${task.title}  ${style.dim(`[${task.ownerRole}] ${task.id}`)}`];
  for (const r of task.reasons)
    lines.push(`      ${style.dim('-')} ${r.message} ${style.dim(`(${r.code})`)}`);
  return lines;
}

/** The digest as readable terminal text, the role's tasks grouped by urgency. */
export function renderTerminal(digest: PracticeDigest, style: TerminalStyle): string {
  const { queue } = digest;
  const out: string[] = [
    style.bold(
      `${digest.practiceName}: work queue for the ${queue.role.replaceAll('_', ' ')}, ${queue.asOf}`,
    ),
    `${queue.tasks.length} task${queue.tasks.length === 1 ? '' : 's'} for you`,
    '',
  ];
  const urgentElsewhere = queue.forOtherRoles.flatMap((g) =>
    g.tasks.filter((t) => t.priority === 'crisis' || t.priority === 'clinical'),
  );
  if (urgentElsewhere.length > 0) {
    out.push(
      style.bold(style.red(`Routed to clinicians now (${urgentElsewhere.length}): not yours to answer`)),
    );
    for (const task of urgentElsewhere) {
      out.push(`  ${style.cyan(task.due)}  ${task.title}  ${style.dim(`[${task.ownerRole}] ${task.id}`)}`);
    }
    out.push('');
  }
  for (const priority of TaskPriority.options) {
    const tasks = queue.tasks.filter((t) => t.priority === priority);
    if (tasks.length === 0) continue;
    out.push(headingStyle(priority, style)(`${HEADINGS[priority]} (${tasks.length})`));
    for (const task of tasks) out.push(...taskLines(task, style));
    out.push('');
  }
  if (queue.forOtherRoles.length > 0) {
    out.push(style.bold('For other roles (not yours to do; listed so you know who owns them)'));
    for (const group of queue.forOtherRoles) {
      out.push(`  ${group.role.replaceAll('_', ' ')}: ${group.tasks.length}`);
      for (const task of group.tasks.slice(0, 5)) out.push(`    ${task.due}  ${task.title}`);
      if (group.tasks.length > 5)
        out.push(style.dim(`    … and ${group.tasks.length - 5} more (see --json)`));
    }
    out.push('');
  }
  if (queue.skipped.length > 0) {
    out.push(style.yellow(`${queue.skipped.length} record(s) could not be evaluated:`));
    for (const s of queue.skipped.slice(0, 20)) out.push(`  ${s.at}: ${s.message} [${s.code}]`);
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
