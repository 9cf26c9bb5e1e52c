import type { Reason } from '../../core/index.js';
import { CONTACT_STEPS } from './intake-tasks.js';
import { crisisOpenReason, heldTitle, opsReason } from './task-builder.js';
import type { WorkTask, WorkTaskKind } from './work-task.js';

/**
 * Whether a kind of task is aimed at its client while a crisis of theirs is open:
 *
 * - `client`: routine contact with the client or money asked of them: a reply to their administrative
 *   message, a reminder, a waitlist offer or check-in, a missed-session fee, a paperwork reminder, a first
 *   session's missing paperwork, a Good Faith Estimate to send. Held while the crisis is open.
 * - `intake_step`: a stalled intake case, held when its next step reaches out to the client (answer the
 *   inquiry, follow up the screening, call about paperwork, offer first-session times), not when it is the
 *   practice's own record or a clinician's call.
 * - `payer_only`: a denied claim to work, appeal, correct or review for write-off: the payer's deadlines run,
 *   so it is not held, but working it can end in billing or calling the client (a balance moved to them, a
 *   question about other coverage). While the crisis is open it says first to work it with the payer only.
 * - `clinical`: the crisis or clinical message itself and the alert about it: the clinician's work, never
 *   held.
 * - `not_contact`: work about the client that does not reach them: a claim to file or follow up with the
 *   payer, eligibility checked with the payer, an authorization asked of the payer, and credentialing
 *   (about the clinician). Not held. So is a client's request for their records and its extension notice: the deadline runs whatever
 *   happens (45 CFR 164.524(b)(2)), and holding it would let it pass.
 *
 * A crisis message stops the administrative flow: the on-call clinician acts, and routine work aimed at the
 * client waits [sources: samhsa-988].
 */
export function crisisHoldScope(
  kind: WorkTaskKind,
): 'client' | 'intake_step' | 'payer_only' | 'clinical' | 'not_contact' {
  switch (kind) {
    case 'boundaries.message_crisis':
    case 'boundaries.message_clinical':
    case 'boundaries.crisis_alert':
      return 'clinical';
    case 'boundaries.message_scheduling':
    case 'boundaries.message_billing':
    case 'boundaries.message_paperwork':
    case 'boundaries.message_general':
    case 'intake.first_session_at_risk':
    case 'intake.paperwork_follow_up':
    case 'intake.good_faith_estimate_due':
    case 'scheduling.missed_session_fee':
    case 'scheduling.reminder_due':
    case 'scheduling.waitlist_check_in':
    case 'scheduling.waitlist_offer':
      return 'client';
    case 'intake.stalled_case':
      return 'intake_step';
    case 'billing.claim_appeal':
    case 'billing.claim_correct_and_resubmit':
    case 'billing.claim_work_denial':
    case 'billing.claim_review_write_off':
      return 'payer_only';
    case 'boundaries.records_request':
    case 'boundaries.records_extension_notice':
    case 'billing.eligibility_reverify':
    case 'billing.authorization_running_out':
    case 'billing.claim_submit':
    case 'billing.claim_fix_before_submit':
    case 'billing.claim_fix_and_resubmit':
    case 'billing.claim_check_acknowledgment':
    case 'billing.claim_check_status':
    case 'billing.claim_call_payer':
    case 'billing.claim_escalate':
    case 'billing.claim_check_appeal_status':
    case 'billing.claim_add_payer_profile':
    case 'billing.claim_work_recoupment':
    case 'billing.claim_resolve_held_cost_sharing':
    case 'credentialing.license_expiry':
    case 'credentialing.compact_expiry':
    case 'credentialing.caqh_reattestation':
    case 'credentialing.malpractice_expiry':
    case 'credentialing.dea_expiry':
    case 'credentialing.board_certification_expiry':
    case 'credentialing.supervision_end':
    case 'credentialing.recredentialing':
    case 'credentialing.revalidation':
    case 'credentialing.enrollment_follow_up':
    case 'credentialing.payer_policy_needed':
    case 'credentialing.medicare_opt_out_renewal':
    case 'credentialing.medicare_opt_out_end_unconfirmed':
    case 'credentialing.part_d_preclusion':
    case 'credentialing.exclusion_screening':
    case 'credentialing.medicare_change_report':
    case 'credentialing.medicare_inactivity':
    case 'credentialing.medicare_reenrollment_bar_end':
      return 'not_contact';
    default: {
      const exhausted: never = kind;
      return exhausted;
    }
  }
}

const PAYER_ONLY_TITLE = 'Payer only (a clinician is handling a message from this client)';

/** The reason a denied claim's task gives first while its client's crisis is open; it names no content. */
function payerOnlyReason(clientId: string): Reason {
  return opsReason(
    'ops.queue.crisis_open_payer_only',
    'warning',
    'A clinician is handling a message from this client: work this claim with the payer only (its deadlines run); do not bill, call or write to the client until they close it.',
    { clientId },
  );
}

/**
 * The day's tasks with every task aimed at a client whose crisis is open held (see
 * {@link crisisHoldScope}): the same id, owner, priority and due, marked `crisis_open` with the reason
 * `ops.queue.held_for_crisis` first, which names no message content. A task already held for the clinician
 * (`client_in_crisis`: money asked of a client in crisis) or because the client asked not to be contacted
 * (`do_not_contact`) keeps that hold: either already stops all contact. A denied claim's task (`payer_only`)
 * is not held, since its payer deadlines run: it says first, in its title and reason
 * `ops.queue.crisis_open_payer_only`, to work it with the payer only. A reminder held for channel consent
 * is held for the crisis instead (asking the client how they want reminders is contact too). Once a clinician closes the
 * crisis, the queue builds the tasks again without the hold: they come back as they were.
 */
export function holdForOpenCrisis(tasks: readonly WorkTask[], openCrisis: ReadonlySet<string>): WorkTask[] {
  if (openCrisis.size === 0) return [...tasks];
  return tasks.map((t) => {
    if (t.hold?.reason === 'client_in_crisis' || t.hold?.reason === 'do_not_contact') return t;
    const payerOnly = crisisHoldScope(t.kind) === 'payer_only';
    if (!payerOnly && !aimedAtClient(t)) return t;
    const client = t.related.find((r) => r.kind === 'client' && openCrisis.has(r.id));
    if (client === undefined) return t;
    if (payerOnly)
      return {
        ...t,
        title: `${PAYER_ONLY_TITLE}: ${t.title}`,
        reasons: [payerOnlyReason(client.id), ...t.reasons],
      };
    return {
      ...t,
      title: heldTitle('crisis_open', t.title),
      reasons: [crisisOpenReason(client.id, t.practiceTask, t.ownerRole), ...t.reasons],
      hold: {
        reason: 'crisis_open',
        clientId: client.id,
        practiceTask: t.practiceTask,
        ownerRole: t.ownerRole,
      },
    };
  });
}

/**
 * The clients a task is aimed at while a crisis of theirs is open (see {@link crisisHoldScope}): its
 * `client` records when its kind (or, for a stalled intake case, its next step) reaches out to the client,
 * else none. The log reads it: routine contact logged by staff while the client's crisis was open does not
 * close the task.
 */
export function crisisHeldClientIds(t: WorkTask): string[] {
  return aimedAtClient(t) ? t.related.filter((r) => r.kind === 'client').map((r) => r.id) : [];
}

/** Whether a task is aimed at its client (see {@link crisisHoldScope}). */
function aimedAtClient(t: WorkTask): boolean {
  const scope = crisisHoldScope(t.kind);
  if (scope !== 'intake_step') return scope === 'client';
  const step = t.reasons.find((r) => r.code === 'ops.queue.inquiry_stalled')?.facts.nextStep;
  return typeof step === 'string' && (CONTACT_STEPS as ReadonlySet<string>).has(step);
}
