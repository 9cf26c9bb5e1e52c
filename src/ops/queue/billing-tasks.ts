import { listAuthorizationAlerts, listEligibilityReverifications } from '../../billing/index.js';
import { addDays, type Reason, toEpochDay } from '../../core/index.js';
import type { PracticeData } from '../data/practice-data.js';
import type { QueueContext } from './queue-context.js';
import { opsReason, task } from './task-builder.js';
import type { TaskPriority, WorkTask } from './work-task.js';

type Claim = PracticeData['claims'][number];

function claimTask(claim: Claim, ctx: QueueContext, followUpDays: number): WorkTask | null {
  const related = [
    { kind: 'claim' as const, id: claim.id },
    { kind: 'client' as const, id: claim.clientId },
  ];
  const make = (kind: string, title: string, due: string, priority: TaskPriority, r: Reason) => {
    const practiceTask =
      kind === 'billing.claim_follow_up' || kind === 'billing.denial_action'
        ? 'follow_up_claim'
        : 'submit_claim';
    return task({
      module: 'billing',
      kind,
      title,
      due,
      priority,
      practiceTask,
      ownerRole: ctx.ownerOf(practiceTask),
      related,
      reasons: [r],
    });
  };
  switch (claim.status) {
    case 'draft':
      return make(
        'billing.claim_scrub',
        'Scrub a draft claim',
        ctx.asOf,
        'normal',
        opsReason('ops.queue.claim_scrub', 'info', 'Draft claims are scrubbed before submission.'),
      );
    case 'ready':
      return make(
        'billing.claim_submit',
        'Submit a ready claim',
        ctx.asOf,
        'normal',
        opsReason('ops.queue.claim_submit', 'info', 'The claim passed the scrubber and waits to be sent.'),
      );
    case 'rejected':
      return make(
        'billing.claim_correct',
        'Correct and resend a rejected claim',
        ctx.asOf,
        'high',
        opsReason(
          'ops.queue.claim_correct',
          'warning',
          'A rejected claim was never filed: the timely-filing clock still runs.',
        ),
      );
    case 'submitted':
    case 'accepted':
    case 'pending':
    case 'resubmitted':
    case 'appealed': {
      const since = claim.lastStatusCheckOn ?? claim.submittedOn;
      if (since === undefined) return null;
      const due = addDays(since, followUpDays);
      if (toEpochDay(due) > ctx.asOfDay) return null;
      return make(
        'billing.claim_follow_up',
        'Check the status of an unanswered claim',
        due,
        'normal',
        opsReason(
          'ops.queue.claim_follow_up',
          'warning',
          `No decision ${followUpDays} days after the last contact.`,
          {
            lastContact: since,
          },
        ),
      );
    }
    case 'denied': {
      const codes = claim.adjustments.map((a) => `${a.group}-${a.reasonCode}`);
      return make(
        'billing.denial_action',
        `Work a denial (${codes.join(', ') || 'no code'})`,
        ctx.asOf,
        'high',
        opsReason('ops.queue.denial_action', 'warning', 'A denied claim needs its next action.', {
          adjustments: codes,
        }),
      );
    }
    case 'paid':
    case 'partially_paid':
    case 'closed':
    case 'written_off':
      return null;
    default: {
      const exhausted: never = claim.status;
      return exhausted;
    }
  }
}

/** Billing tasks: eligibility to re-verify, claims to scrub, submit, correct, follow up, denials, authorizations. */
export function billingTasks(data: PracticeData, ctx: QueueContext): WorkTask[] {
  const out: WorkTask[] = [];
  for (const claim of data.claims) {
    const t = claimTask(claim, ctx, data.policies.claimFollowUpDays);
    if (t !== null) out.push(t);
  }
  const cadences = Object.fromEntries(data.payers.map((p) => [p.payerId, p.eligibilityReverification]));
  const lapsing = listEligibilityReverifications(data.eligibility, cadences, {
    asOf: ctx.asOf,
    horizonDays: data.policies.eligibilityHorizonDays,
  });
  for (const check of lapsing) {
    if (check.outcome === 'fresh') continue;
    out.push(
      task({
        module: 'billing',
        kind: 'billing.eligibility_reverify',
        title:
          check.reverifyBy === null
            ? 'Verify eligibility: never verified'
            : `Verify eligibility again (holds until ${check.reverifyBy})`,
        due: check.reverifyBy === null || check.reverifyBy < ctx.asOf ? ctx.asOf : check.reverifyBy,
        priority: 'high',
        practiceTask: 'verify_eligibility',
        ownerRole: ctx.ownerOf('verify_eligibility'),
        related: [
          { kind: 'client', id: check.clientId },
          { kind: 'payer', id: check.payerId },
        ],
        reasons: [
          opsReason(
            'ops.queue.eligibility_reverify',
            'warning',
            'The eligibility verification has lapsed or lapses soon.',
            {
              reverifyBy: check.reverifyBy,
            },
          ),
          ...check.reasons,
        ],
      }),
    );
  }
  const alerts = listAuthorizationAlerts(data.authorizations, {
    asOf: ctx.asOf,
    ...data.policies.authorizationAlerts,
  });
  for (const alert of alerts) {
    if (alert.outcome === 'ok') continue;
    out.push(
      task({
        module: 'billing',
        kind: 'billing.authorization_running_out',
        title: `Request more sessions: ${alert.remaining} left, authorization ends ${alert.endsOn}`,
        due: ctx.asOf,
        priority: 'high',
        practiceTask: 'verify_eligibility',
        ownerRole: ctx.ownerOf('verify_eligibility'),
        related: [
          { kind: 'authorization', id: alert.authorizationNumber },
          { kind: 'client', id: alert.clientId },
        ],
        reasons: [
          opsReason('ops.queue.authorization_running_out', 'warning', 'The authorization is running out.', {
            remaining: alert.remaining,
            endsOn: alert.endsOn,
          }),
          ...alert.reasons,
        ],
      }),
    );
  }
  return out;
}
