import {
  type Claim,
  type ClaimBalance,
  type FollowUpAction,
  type FollowUpEntry,
  getRemainingClaimBalance,
  hasOpenRecoupment,
  listAuthorizationAlerts,
  listEligibilityReverifications,
  type PayerProfile,
} from '../../billing/index.js';
import {
  buildFollowUpQueueWithClaims,
  type FollowUpStep,
  followUpStepOf,
  stakeOf,
} from '../../billing/internal.js';
import { formatCents } from '../../core/index.js';
import { toEpochDay, toEpochMs } from '../../core/internal.js';
import { plusLocalDaysMs } from '../../scheduling/internal.js';
import type { PracticeData } from '../data/practice-data.js';
import { claimNetworkCheck } from './claim-network.js';
import { deadlineDue } from './deadline-due.js';
import type { QueueContext } from './queue-context.js';
import { type SameDayScrub, sameDayScrubOf } from './same-day-claims.js';
import type { CountedBatch } from './task-batches.js';
import { opsReason, task } from './task-builder.js';
import { type TaskHead, type WorkTask, workTaskId } from './work-task.js';

const TITLES: Record<FollowUpAction, string> = {
  submit: 'Submit a claim',
  fix_before_submit: 'Fix what the scrubber found, then submit',
  fix_and_resubmit: 'Fix and resubmit a rejected claim',
  check_acknowledgment: 'Check the clearinghouse acknowledged a claim',
  check_status: 'Check the status of an unanswered claim',
  call_payer: 'Call the payer about an unpaid claim',
  escalate: 'Escalate a claim unpaid for months',
  appeal: 'Appeal a denied claim',
  correct_and_resubmit: 'Correct and resubmit a denied claim',
  work_denial: 'Work a denial',
  check_appeal_status: 'Check the status of an appeal',
  review_write_off: 'Review a balance for write-off',
  add_payer_profile: 'Add the payer’s profile so the claim can be checked',
  work_recoupment: 'Work a payment the payer took back',
  resolve_held_cost_sharing: 'Resolve cost sharing held from the client (do not bill the client)',
};
/** High is rare: money at risk this week. A window that closes within this many days is. */
const THIS_WEEK_DAYS = 7;

/**
 * Whether a claim may have a next step: final claims (closed, written off) and paid claims with nothing
 * left have none, unless the payer took its payment back (a recoupment reopens them).
 */
function isOpen(c: Claim, balance: ClaimBalance | undefined): boolean {
  if (balance !== undefined && hasOpenRecoupment(balance)) return c.status !== 'written_off';
  if (c.status === 'closed' || c.status === 'written_off') return false;
  // Cost sharing held off the client is work to resolve, even on a paid claim (never a client balance).
  if (balance?.heldCostSharing.some((h) => h.amountCents > 0)) return true;
  return !(c.status === 'paid' && balance !== undefined && getRemainingClaimBalance(balance) === 0);
}

type ClaimStep = Pick<FollowUpEntry, 'action' | 'deadline' | 'daysLeft' | 'balanceCents'>;

// High only when a filing or appeal window closes this week, or a payer is taking money back; a window that
// already closed is a write-off review, not an emergency.
const isUrgent = (step: Pick<ClaimStep, 'action' | 'daysLeft'>): boolean =>
  step.action === 'work_recoupment' ||
  (step.daysLeft !== null && step.daysLeft >= 0 && step.daysLeft <= THIS_WEEK_DAYS);

/** A claim's task without its records and reasons: what it is, by when, how urgent and whose. */
function claimTaskHead(claimId: string, step: ClaimStep, ctx: QueueContext): TaskHead {
  const practiceTask =
    step.action === 'submit' || step.action === 'fix_before_submit' || step.action === 'fix_and_resubmit'
      ? 'submit_claim'
      : 'follow_up_claim';
  const kind = `billing.claim_${step.action}` as const;
  return {
    id: workTaskId(kind, [claimId]),
    module: 'billing',
    kind,
    title: `${TITLES[step.action]} (${formatCents(step.balanceCents)} at stake)`,
    due: step.deadline === null ? ctx.asOf : deadlineDue(step.deadline, ctx).due,
    priority: isUrgent(step) ? 'high' : 'normal',
    practiceTask,
    ownerRole: ctx.ownerOf(practiceTask),
  };
}

/** The claims' tasks: the billing follow-up queue, one task per claim with a next step. */
export function claimTasks(data: PracticeData, ctx: QueueContext): WorkTask[] {
  const open: Claim[] = [];
  const balances = new Map<Claim, ClaimBalance | undefined>();
  data.claims.forEach((c, i) => {
    const balance = ctx.balanceAt[i];
    if (!isOpen(c, balance)) return;
    open.push(c);
    balances.set(c, balance);
  });
  // The data file was validated once on load: hand billing the parsed records without validating again.
  const { entries, claims } = buildFollowUpQueueWithClaims(
    open,
    (c) => balances.get(c),
    data.payers,
    ctx.asOf,
    data.policies.claimFollowUp,
  );
  const networkOf = claimNetworkCheck(data);
  const dayOf = claimDayCheck(data, ctx);
  return entries.map((entry, i) => {
    const claim = claims[i] as Claim;
    const day = dayOf(claim, entry.action);
    const step = day.blocks && entry.action === 'submit' ? { ...entry, action: FIX_FIRST } : entry;
    const head = claimTaskHead(entry.claimId, step, ctx);
    // Before a claim goes out, whether the clinician who treated was in network with its payer that day.
    const network = head.practiceTask === 'submit_claim' ? networkOf(claim) : [];
    return {
      ...head,
      related: [
        { kind: 'claim', id: entry.claimId },
        { kind: 'client', id: entry.clientId },
      ],
      reasons: [
        opsReason('ops.queue.claim_follow_up', 'info', 'The billing follow-up queue lists this claim.', {
          action: entry.action,
          rank: entry.rank,
          deadline: entry.deadline,
          daysLeft: entry.daysLeft,
          actionBy: entry.owner,
        }),
        ...network,
        ...(step.deadline === null ? [] : deadlineDue(step.deadline, ctx).reasons),
        ...entry.reasons,
        ...day.reasons,
      ],
    };
  });
}

// A claim the billing queue would submit that the day's other claims block is fixed first.
const FIX_FIRST: FollowUpAction = 'fix_before_submit';
const NO_DAY: SameDayScrub = { reasons: [], blocks: false };

/**
 * The day check of a claim the queue scrubs (one to submit, fix or resend): the billing queue scrubs each
 * claim alone, so the client's other claims of the same dates are asked here ({@link sameDayScrubOf}).
 */
function claimDayCheck(
  data: PracticeData,
  ctx: QueueContext,
): (claim: Claim, action: FollowUpAction) => SameDayScrub {
  const profiles = new Map<string, PayerProfile>(data.payers.map((p) => [p.payerId, p]));
  const scrub = sameDayScrubOf(data, ctx.asOf);
  return (claim, action) => {
    if (action !== 'submit' && action !== 'fix_before_submit' && action !== 'fix_and_resubmit') return NO_DAY;
    const profile = profiles.get(claim.payerId);
    return profile === undefined ? NO_DAY : scrub(claim, profile);
  };
}

/**
 * The claims' tasks as {@link claimTasks} builds them, counted by batch (internal: a report counts and
 * batches other roles' claims, and building 100,000 tasks to count them is most of a large practice's
 * queue). Only each batch's first task in queue order is built; tasks in `done` are not counted.
 */
export function claimTaskBatches(
  data: PracticeData,
  ctx: QueueContext,
  done: ReadonlySet<string>,
): CountedBatch[] {
  const stepOf = followUpStepOf(data.payers, ctx.asOf, data.policies.claimFollowUp);
  const dayOf = claimDayCheck(data, ctx);
  // A claim's batch is its action and priority (its kind, owner and priority; claims are never held).
  const batches = { high: new Map<FollowUpAction, Batch>(), normal: new Map<FollowUpAction, Batch>() };
  // Each step let go unless it comes first in its batch: most of a plan (filing clock, scrub) dies young.
  // No isOpen filter first: a claim it turns down (closed, written off, paid in full) has no step.
  for (let i = 0; i < data.claims.length; i += 1) {
    const claim = data.claims[i] as Claim;
    const balance = ctx.balanceAt[i];
    const found = stepOf(claim, balance);
    if (found === null) continue;
    // As claimTasks: a claim to submit that the day's other claims block is fixed first.
    const step =
      found.action === 'submit' && dayOf(claim, found.action).blocks
        ? { ...found, action: FIX_FIRST }
        : found;
    if (done.size > 0 && done.has(workTaskId(`billing.claim_${step.action}`, [claim.claimId]))) continue;
    const byAction = isUrgent(step) ? batches.high : batches.normal;
    const batch = byAction.get(step.action);
    if (batch === undefined) byAction.set(step.action, { step, balance, count: 1 });
    else {
      batch.count += 1;
      if (comesFirst(step, batch.step, ctx.asOf)) {
        batch.step = step;
        batch.balance = balance;
      }
    }
  }
  // Only the task shown needs its stake (for its title).
  return [...batches.high.values(), ...batches.normal.values()].map((b) => ({
    first: claimTaskHead(
      b.step.claim.claimId,
      { ...b.step, balanceCents: stakeOf(b.step.claim, b.balance) },
      ctx,
    ),
    count: b.count,
  }));
}

interface Batch {
  step: FollowUpStep;
  balance: ClaimBalance | undefined;
  count: number;
}

// Queue order within a batch (same priority): the earlier due date (dates compare as text), then the
// lower id, which for tasks of one kind is the lower claim id.
function comesFirst(a: FollowUpStep, b: FollowUpStep, asOf: string): boolean {
  const x = a.deadline ?? asOf;
  const y = b.deadline ?? asOf;
  return x < y || (x === y && a.claim.claimId < b.claim.claimId);
}

/** Billing tasks besides the claims' ({@link claimTasks}): eligibility to re-verify, authorizations running out. */
export function billingTasks(data: PracticeData, ctx: QueueContext): WorkTask[] {
  const out: WorkTask[] = [];
  // Calendar days on the practice's clock, not 24-hour blocks (a DST change between moves no session in or out).
  const soonUntilMs = plusLocalDaysMs(ctx.nowMs, THIS_WEEK_DAYS + 1, data.practice.zone);
  const sessionSoon = clientsWithSessionsBefore(data, soonUntilMs, ctx.nowMs);
  const cadences = Object.fromEntries(data.payers.map((p) => [p.payerId, p.eligibilityReverification]));
  const lapsing = listEligibilityReverifications(data.eligibility, cadences, {
    asOf: ctx.asOf,
    horizonDays: data.policies.eligibilityHorizonDays,
  });
  for (const check of lapsing) {
    if (check.outcome === 'fresh') continue;
    const due =
      check.reverifyBy === null ? { due: ctx.asOf, reasons: [] } : deadlineDue(check.reverifyBy, ctx);
    out.push(
      task({
        module: 'billing',
        kind: 'billing.eligibility_reverify',
        title:
          check.reverifyBy === null
            ? 'Verify eligibility: never verified'
            : `Verify eligibility again (holds until ${check.reverifyBy})`,
        due: check.reverifyBy === null || check.reverifyBy < ctx.asOf ? ctx.asOf : due.due,
        // A session this week on a lapsed verification is money at risk; otherwise it can wait its turn.
        priority: sessionSoon.has(check.clientId) ? 'high' : 'normal',
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
          ...due.reasons,
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
        priority:
          alert.remaining <= 0 || toEpochDay(alert.endsOn) - ctx.asOfDay <= THIS_WEEK_DAYS
            ? 'high'
            : 'normal',
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

/** Clients with a scheduled session starting in [fromMs, toMs). */
function clientsWithSessionsBefore(data: PracticeData, toMs: number, fromMs: number): Set<string> {
  const out = new Set<string>();
  for (const a of data.appointments) {
    if (a.status.state !== 'scheduled') continue;
    const start = toEpochMs(a.start);
    if (start >= fromMs && start < toMs) for (const id of a.clientIds) out.add(id);
  }
  return out;
}
