import * as z from 'zod';
import { validate } from '../../core/index.js';
import type { PracticeRole } from './practice-role.js';

/**
 * A unit of practice work whose performer the boundary checks: administrative tasks first, then the
 * clinical ones that no administrative role may ever do.
 *
 * @example
 * ```ts
 * PracticeTask.parse('verify_eligibility'); //=> 'verify_eligibility'
 * ```
 * @remarks [sources: tx-22-tac-465]
 */
export const PracticeTask = z.enum([
  'schedule_appointment',
  'reschedule_within_policy',
  'send_appointment_reminder',
  'offer_waitlist_opening',
  'apply_cancellation_fee',
  'send_intake_paperwork',
  'chase_intake_paperwork',
  'verify_eligibility',
  'submit_claim',
  'follow_up_claim',
  'gather_credentialing_documents',
  'triage_messages',
  'alert_on_call_clinician',
  'reply_with_approved_template',
  'give_clinical_advice',
  'perform_assessment',
  'make_diagnosis',
  'make_treatment_decision',
  'set_clinical_priority',
  'read_clinical_notes',
]);
export type PracticeTask = z.infer<typeof PracticeTask>;

/** Whether a task is administrative or clinical. */
export type PracticeTaskKind = 'administrative' | 'clinical';

/** One task of the catalog: its kind, the role that owns it, and the roles that may do it by default. */
export interface PracticeTaskEntry {
  readonly task: PracticeTask;
  readonly kind: PracticeTaskKind;
  /** The role the work queue hands the task to. */
  readonly owner: PracticeRole;
  /** Roles that may perform it before any practice configuration. */
  readonly defaultRoles: readonly PracticeRole[];
  readonly description: string;
}

const CLINICAL: readonly PracticeRole[] = ['clinician', 'supervisor'];
const FRONT_DESK: readonly PracticeRole[] = ['clinician', 'supervisor', 'practice_owner', 'assistant'];
const EVERY_ROLE: readonly PracticeRole[] = [...FRONT_DESK, 'biller', 'credentialing_coordinator'];

/**
 * The task catalog as data, in a fixed order. Defaults start small for the assistant (delegation grows
 * task by task through {@link PracticeScope}); clinical tasks belong to clinical roles only.
 *
 * @example
 * ```ts
 * PRACTICE_TASK_CATALOG.find((t) => t.task === 'make_diagnosis')?.owner; //=> 'clinician'
 * ```
 * @remarks Staff may schedule, handle insurance forms, eligibility and billing, gather forms; may not
 * diagnose, advise, recommend treatment, or triage clinical calls without clinician review
 * [sources: tx-22-tac-465, crico-clinical-calls]. Message triage here is routing, not clinical triage:
 * setting clinical priority is its own clinical task. Default role lists follow peers' role matrices
 * [sources: peer-role-matrices].
 */
export const PRACTICE_TASK_CATALOG: readonly PracticeTaskEntry[] = Object.freeze([
  admin('schedule_appointment', 'assistant', FRONT_DESK, 'Book an appointment in an open slot.'),
  admin(
    'reschedule_within_policy',
    'assistant',
    FRONT_DESK,
    'Move an appointment within the practice policy.',
  ),
  admin(
    'send_appointment_reminder',
    'assistant',
    FRONT_DESK,
    'Send an appointment reminder, outside the client’s quiet hours.',
  ),
  admin(
    'offer_waitlist_opening',
    'assistant',
    FRONT_DESK,
    'Offer an open slot to the waitlist client next in the clinician’s ranking.',
  ),
  admin(
    'apply_cancellation_fee',
    'assistant',
    [...FRONT_DESK, 'biller'],
    'Apply or waive a late-cancel or no-show fee as the practice’s written policy says.',
  ),
  admin('send_intake_paperwork', 'assistant', FRONT_DESK, 'Send the intake packet to a new client.'),
  admin('chase_intake_paperwork', 'assistant', FRONT_DESK, 'Remind a client about unfinished intake forms.'),
  admin(
    'verify_eligibility',
    'biller',
    ['practice_owner', 'biller'],
    'Check insurance eligibility and benefits.',
  ),
  admin('submit_claim', 'biller', ['practice_owner', 'biller'], 'Submit an insurance claim.'),
  admin('follow_up_claim', 'biller', ['practice_owner', 'biller'], 'Follow up an unpaid or denied claim.'),
  admin(
    'gather_credentialing_documents',
    'credentialing_coordinator',
    ['practice_owner', 'credentialing_coordinator'],
    'Collect licences, insurance and CAQH documents for enrollment.',
  ),
  admin('triage_messages', 'assistant', FRONT_DESK, 'Route inbound messages to the role that handles them.'),
  admin(
    'alert_on_call_clinician',
    'assistant',
    EVERY_ROLE,
    'Tell the on-call clinician at once that a client message needs them (without reading it out).',
  ),
  admin(
    'reply_with_approved_template',
    'assistant',
    [...FRONT_DESK, 'biller', 'credentialing_coordinator'],
    'Reply to a client with a template the practice approved.',
  ),
  clinical('give_clinical_advice', 'Advise a client on a clinical matter.'),
  clinical('perform_assessment', 'Assess a client, interpret scores or judge risk.'),
  clinical('make_diagnosis', 'Diagnose a client.'),
  clinical('make_treatment_decision', 'Decide on treatment, medication or level of care.'),
  clinical('set_clinical_priority', 'Decide how clinically urgent a client or message is.'),
  clinical('read_clinical_notes', 'Read progress notes, treatment plans or psychotherapy notes.'),
]);

function admin(
  task: PracticeTask,
  owner: PracticeRole,
  defaultRoles: readonly PracticeRole[],
  description: string,
): PracticeTaskEntry {
  return { task, kind: 'administrative', owner, defaultRoles, description };
}

function clinical(task: PracticeTask, description: string): PracticeTaskEntry {
  return { task, kind: 'clinical', owner: 'clinician', defaultRoles: CLINICAL, description };
}

const BY_TASK = new Map(PRACTICE_TASK_CATALOG.map((entry) => [entry.task, entry]));

/** The catalog entry of a task (total: every task has one). */
export function taskEntry(task: PracticeTask): PracticeTaskEntry {
  return BY_TASK.get(task) ?? (BY_TASK.get(validate(PracticeTask, task, 'task')) as PracticeTaskEntry);
}

/**
 * Whether a task is clinical, and so never delegable to an administrative role.
 *
 * @throws {@link ValidationError} when `task` is not a practice task.
 * @example
 * ```ts
 * isClinicalTask('set_clinical_priority'); //=> true
 * isClinicalTask('triage_messages');       //=> false
 * ```
 * @remarks [sources: tx-22-tac-465]
 */
export function isClinicalTask(task: PracticeTask): boolean {
  return taskEntry(task).kind === 'clinical';
}
