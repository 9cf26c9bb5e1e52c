import { addDays, fromEpochDay, type Reason, toEpochDay, toEpochMs } from '../../core/index.js';
import type { PracticeData } from '../data/practice-data.js';
import type { QueueContext } from './queue-context.js';
import { opsReason, task } from './task-builder.js';
import type { TaskPriority, WorkTask } from './work-task.js';

const DAY_MS = 86_400_000;
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
  const payers = new Map(data.payers.map((p) => [p.payerId, p]));
  const eligibility = new Map(data.eligibility.map((e) => [`${e.clientId} ${e.payerId}`, e]));
  const clients = new Map(data.clients.map((c) => [c.id, c]));
  const checked = new Set<string>();
  for (const appt of data.appointments) {
    if (appt.status !== 'scheduled') continue;
    const start = toEpochMs(appt.start);
    if (start < ctx.nowMs || start > ctx.nowMs + 7 * DAY_MS) continue;
    const client = clients.get(appt.clientId);
    if (client?.payerId === undefined || checked.has(client.id)) continue;
    checked.add(client.id);
    const payer = payers.get(client.payerId);
    const last = eligibility.get(`${client.id} ${client.payerId}`);
    const maxAge = payer?.eligibilityReverification.maxAgeDays ?? null;
    const monthly = payer?.eligibilityReverification.everyCalendarMonth === true;
    const verifiedDay = last === undefined ? null : Math.floor(toEpochMs(last.verifiedAt) / DAY_MS);
    const stale =
      verifiedDay === null ||
      (maxAge !== null && ctx.asOfDay - verifiedDay > maxAge) ||
      (monthly && fromEpochDay(verifiedDay).slice(0, 7) !== ctx.asOf.slice(0, 7));
    if (!stale) continue;
    out.push(
      task({
        module: 'billing',
        kind: 'billing.eligibility_reverify',
        title: 'Verify eligibility again before the next session',
        due: ctx.asOf,
        priority: 'high',
        practiceTask: 'verify_eligibility',
        ownerRole: ctx.ownerOf('verify_eligibility'),
        related: [
          { kind: 'client', id: client.id },
          { kind: 'payer', id: client.payerId },
        ],
        reasons: [
          opsReason(
            'ops.queue.eligibility_reverify',
            'warning',
            'The last verification is too old for this payer.',
            {
              lastVerified: verifiedDay === null ? null : fromEpochDay(verifiedDay),
              maxAgeDays: maxAge,
              everyCalendarMonth: monthly,
            },
          ),
        ],
      }),
    );
  }
  for (const auth of data.authorizations) {
    const left = auth.sessionsAuthorized - auth.sessionsUsed;
    const daysLeft = toEpochDay(auth.endDate) - ctx.asOfDay;
    if (daysLeft < 0) continue;
    if (left > data.policies.authorizationLowSessions && daysLeft > data.policies.authorizationEndLeadDays)
      continue;
    out.push(
      task({
        module: 'billing',
        kind: 'billing.authorization_running_out',
        title: 'Request more sessions: an authorization is running out',
        due: ctx.asOf,
        priority: 'high',
        practiceTask: 'verify_eligibility',
        ownerRole: ctx.ownerOf('verify_eligibility'),
        related: [
          { kind: 'authorization', id: auth.id },
          { kind: 'client', id: auth.clientId },
        ],
        reasons: [
          opsReason(
            'ops.queue.authorization_running_out',
            'warning',
            `${left} session(s) and ${daysLeft} day(s) left.`,
            {
              sessionsLeft: left,
              daysLeft,
            },
          ),
        ],
      }),
    );
  }
  return out;
}
