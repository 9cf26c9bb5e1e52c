import * as z from 'zod';
import {
  type Cents,
  LocalDate,
  type NonEmptyArray,
  type Reason,
  reason,
  sumCents,
} from '../../core/index.js';
import {
  compareReasons,
  fromEpochDay,
  sortInPlace,
  sortReasons,
  toEpochDay,
  validateArguments,
} from '../../core/internal.js';
import { PayerProfile } from '../coverage/payer-profile.js';
import type { BillingReasonCode } from '../reason-codes.js';
import {
  DenialCodeRule,
  type DenialCodeTable,
  type DenialOwner,
  extendDenialCodeTable,
} from '../remittance/denial-codes.js';
import { type DenialTriageDecision, triageParsed } from '../remittance/denial-triage.js';
import { type HeldCostSharing, heldCostSharingTotal } from '../remittance/held-cost-sharing.js';
import {
  ClaimBalance,
  type ClaimBalanceInput,
  type ClaimRecoupment,
  getRemainingClaimBalance,
} from '../remittance/posting.js';
import { Claim, type ClaimInput, filedDateOf, firstServiceDate, lastMoveDateOf } from './claim.js';
import { addFilingWindow } from './filing-window.js';
import { checkedAloneReason, claimsByClient, sameDayFindings } from './same-day-claims.js';
import { scrubFindingsBesidesFiling } from './scrubbing.js';
import {
  type FilingStanding,
  filingClockOfClaim,
  filingStandingOf,
  TimelyFilingRiskPolicy,
} from './timely-filing.js';

/**
 * When claims need a follow-up, in calendar days.
 *
 * @remarks The 277CA acknowledgment [sources: x12-hipaa-transactions] usually comes 24–48 hours after
 * submission, so 2 days without one is worth a check (a practice convention). A filed claim the payer has
 * not decided is aged from its (earliest) date of service, as accounts-receivable aging is: aging from the
 * posting or filing date hides old claims [sources: ar-aging-buckets]. Its bucket sets the step: a status
 * check (276/277) past 30 days, a call to the payer past 60, escalation past 90 (91–120 days), and past
 * 120 a senior review of whether to pursue or write off. The payer is given `statusCheckDays` after the
 * filing (or resubmission) before any of them, so a claim filed late is not chased the day after it was
 * sent. The numbers are defaults a practice may change.
 * @example
 * ```ts
 * validate(FollowUpPolicy, {}, 'follow up policy').escalateDays; //=> 90
 * ```
 */
export const FollowUpPolicy = z.strictObject({
  acknowledgmentDays: z.number().int().nonnegative().default(2),
  statusCheckDays: z.number().int().nonnegative().default(30),
  callPayerDays: z.number().int().nonnegative().default(60),
  escalateDays: z.number().int().nonnegative().default(90),
  seniorReviewDays: z.number().int().nonnegative().default(120),
  filingRisk: TimelyFilingRiskPolicy.default({ highRiskDays: 14, mediumRiskDays: 30 }),
  /** The practice's own denial rules, added to (or replacing) the built-in table's. */
  denialRules: z.array(DenialCodeRule).default([]),
});
export type FollowUpPolicy = z.input<typeof FollowUpPolicy>;

/**
 * What to do next about a claim.
 * @example
 * ```ts
 * FollowUpAction.parse('check_status'); //=> 'check_status'
 * ```
 */
export const FollowUpAction = z.enum([
  'submit',
  'fix_before_submit',
  'fix_and_resubmit',
  'check_acknowledgment',
  'check_status',
  'call_payer',
  'escalate',
  'appeal',
  'correct_and_resubmit',
  'work_denial',
  'check_appeal_status',
  'review_write_off',
  'add_payer_profile',
  'work_recoupment',
  'resolve_held_cost_sharing',
]);
export type FollowUpAction = z.infer<typeof FollowUpAction>;

/**
 * One claim in the follow-up queue, with its position and every reason for it.
 * @example
 * ```ts
 * buildFollowUpQueue(input, '2026-05-01')[0];
 * //=> { rank: 1, claimId: 'c-1', action: 'submit', owner: 'biller', deadline: '2026-05-31', daysLeft: 30, … }
 * ```
 */
export interface FollowUpEntry {
  /** 1-based position in the queue. */
  readonly rank: number;
  readonly claimId: string;
  readonly payerId: string;
  readonly clientId: string;
  readonly action: FollowUpAction;
  readonly owner: DenialOwner;
  /** The deadline the action races (filing, corrected claim or appeal), or `null` when none applies or it is unknown. */
  readonly deadline: LocalDate | null;
  readonly daysLeft: number | null;
  /** Insurance money still at stake: unadjudicated plus denied cents (the charge when nothing is posted). */
  readonly balanceCents: Cents;
  /** Days since the earliest date of service. */
  readonly ageDays: number;
  /**
   * Cost sharing posting held off the client (a Medicaid-exempt client's, a QMB's): part of `balanceCents`,
   * never the client's to pay; the reason `billing.follow_up.cost_sharing_held` lists it. 0 when none.
   */
  readonly heldFromClientCents: Cents;
  readonly reasons: NonEmptyArray<Reason<BillingReasonCode>>;
}

/**
 * The input of {@link buildFollowUpQueue}.
 * @example
 * ```ts
 * FollowUpInput.parse({ claims: [], profiles: [] }).balances; //=> []
 * ```
 */
export const FollowUpInput = z.strictObject({
  claims: z.array(Claim),
  balances: z.array(ClaimBalance).default([]),
  profiles: z.array(PayerProfile),
});
/**
 * The options of {@link buildFollowUpQueue}: the day the queue is for, the practice's
 * {@link FollowUpPolicy}, and optionally the claims that make up the clients' days (`sameDayClaims`).
 * @example
 * ```ts
 * BuildFollowUpQueueOptions.parse({ asOf: '2026-05-01' }).callPayerDays; //=> 60
 * ```
 */
export const BuildFollowUpQueueOptions = FollowUpPolicy.extend({
  asOf: LocalDate,
  /**
   * The practice's claims of the queue's dates of service, of any client (the queue's own claims may be
   * passed): a claim the queue would submit or resend is scrubbed beside its client's others, as
   * `evaluateClaimScrub`'s `sameDayClaims` reads them (a rejected claim still open counts; one closed
   * without reaching the payer does not). Left out, each is scrubbed alone and its entry says so
   * (`billing.scrub.same_day_claims_not_given`, info).
   */
  sameDayClaims: z.array(Claim).max(1_000_000).optional(),
});
export type BuildFollowUpQueueOptions = z.input<typeof BuildFollowUpQueueOptions>;

/**
 * What {@link buildFollowUpQueue} reads, as callers write it: the claims, their posted balances (optional) and
 * the payers' profiles, each record before its defaults apply.
 *
 * @example
 * ```ts
 * const input: FollowUpInput = { claims: [], profiles: [COMMERCIAL_PAYER_PROFILE_EXAMPLE] };
 * ```
 */
export type FollowUpInput = {
  readonly claims: readonly (ClaimInput | Claim)[];
  readonly balances?: readonly (ClaimBalanceInput | ClaimBalance)[] | undefined;
  readonly profiles: readonly z.input<typeof PayerProfile>[];
};

/**
 * Lists the claims that need a status check, an appeal, a call or a submission as of a date, ordered by
 * risk: the nearest deadline first (passed deadlines lead), then the larger balance, then the older
 * claim, then the claim id. Each entry says why it is there and why it is where it is.
 *
 * @param input - claims, their posted balances (optional) and the payers' profiles
 * @param options - `asOf` (the practice's calendar date) and the follow-up horizons of a {@link FollowUpPolicy}
 * @throws {@link ValidationError} listing every problem of the input and options at once, each path under
 * its parameter's name (`$.input.claims[0].status`, `$.options.asOf`).
 * @remarks Horizons are practice conventions; deadlines from the payer profile
 * [sources: cfr-42-424.44, cfr-42-405.942]; denial actions from the denial table [sources: x12-carc].
 * Medical-necessity and records work goes to a clinician.
 * @example
 * ```ts
 * import type { ClaimInput } from 'practice-ops/billing';
 *
 * // Two claims for a session on 2026-03-02, both accepted 2026-03-04: Aetna denied one on 2026-03-20 and
 * // has held the other as pending since 2026-03-10.
 * const claim: ClaimInput = { claimId: 'c-1', clientId: 'cl-1', payerId: 'aetna', diagnosisCodes: ['F41.1'],
 *   renderingNpi: '1234567893', billingNpi: '1245319599',
 *   lines: [{ lineId: '1', serviceDate: '2026-03-02', procedureCode: '90834', placeOfService: '11', units: 1,
 *     chargeCents: 15000, diagnosisPointers: [1] }] };
 * const filed = [{ from: 'draft', to: 'ready', on: '2026-03-03' }, { from: 'ready', to: 'submitted', on: '2026-03-03' },
 *   { from: 'submitted', to: 'accepted', on: '2026-03-04' }] as const;
 * const denied: ClaimInput = { ...claim, claimId: 'c-denied', status: 'denied',
 *   history: [...filed, { from: 'accepted', to: 'denied', on: '2026-03-20' }] };
 * const pending: ClaimInput = { ...claim, claimId: 'c-pending', status: 'pending',
 *   history: [...filed, { from: 'accepted', to: 'pending', on: '2026-03-10' }] };
 * const aetna = { ...COMMERCIAL_PAYER_PROFILE_EXAMPLE, payerId: 'aetna' };
 * buildFollowUpQueue({ claims: [pending, denied], profiles: [aetna] }, { asOf: '2026-05-01' })
 *   .map((e) => [e.rank, e.claimId, e.action, e.deadline]);
 * //=> [[1, 'c-denied', 'work_denial', '2026-05-19'], [2, 'c-pending', 'check_status', null]]
 * ```
 */
export function buildFollowUpQueue(
  input: FollowUpInput,
  options: BuildFollowUpQueueOptions,
): FollowUpEntry[] {
  // Both arguments' problems at once, each under its parameter's name (`$.input.claims[0].status`).
  const [data, p] = validateArguments([
    ['input', FollowUpInput, input, 'follow-up input'],
    ['options', BuildFollowUpQueueOptions, options, 'follow-up options'],
  ]);
  const day: FollowUpDay =
    p.sameDayClaims === undefined ? 'alone' : { byClient: claimsByClient(p.sameDayClaims) };
  return buildFollowUpQueueFromValidated(data, p.asOf, p, day);
}

/**
 * How the follow-up queue reads the day of a claim it would submit or resend (internal): beside its client's
 * claims of the same dates (`byClient`, from {@link claimsByClient}), or alone, and its entry says so
 * (`'alone'`). A caller that checks the day itself (the work queue) passes nothing: no day, no note.
 */
export type FollowUpDay = { readonly byClient: ReadonlyMap<string, readonly Claim[]> } | 'alone';

/** {@link FollowUpInput} after validation: claims, balances and profiles as their schemas parse them. */
export type ValidatedFollowUpInput = z.output<typeof FollowUpInput>;
/** {@link FollowUpPolicy} after validation, with every default filled in. */
export type ValidatedFollowUpPolicy = z.output<typeof FollowUpPolicy>;

/**
 * {@link buildFollowUpQueue} for input that has already passed its schemas, such as a practice data file
 * validated once when it was loaded: the same queue, without validating every claim again (for 200,000
 * claims, re-validation is most of the cost). The branded ids in the types keep unparsed data out.
 *
 * @param data - claims, balances and payer profiles as {@link FollowUpInput} parses them
 * @param asOf - the day the queue is for
 * @param policy - the follow-up policy as {@link FollowUpPolicy} parses it
 * @example
 * ```ts
 * buildFollowUpQueueFromValidated(FollowUpInput.parse(input), '2026-05-01', validate(FollowUpPolicy, {}, 'follow up policy'));
 * //=> the same entries as buildFollowUpQueue(input, { asOf: '2026-05-01' })
 * ```
 */
export function buildFollowUpQueueFromValidated(
  data: ValidatedFollowUpInput,
  asOf: LocalDate,
  policy: ValidatedFollowUpPolicy,
  day: FollowUpDay = 'alone',
): FollowUpEntry[] {
  const balances = new Map(data.balances.map((b) => [b.claimId as string, b]));
  return buildFollowUpQueueWithClaims(
    data.claims,
    (c) => balances.get(c.claimId),
    data.profiles,
    asOf,
    policy,
    day,
  ).entries;
}

/** A follow-up queue with, at each entry's position, the claim it is about. */
export interface FollowUpQueueWithClaims {
  readonly entries: FollowUpEntry[];
  readonly claims: Claim[];
}

/**
 * {@link buildFollowUpQueueFromValidated} for a caller that already holds the claims' balances by claim
 * (the work queue): it looks each balance up there instead of indexing them again, and gets back each
 * entry's claim without a lookup by id. On a 200,000-claim file, lookups by id are much of the cost.
 */
export function buildFollowUpQueueWithClaims(
  claims: readonly Claim[],
  balanceOf: (claim: Claim) => ClaimBalance | undefined,
  profiles: readonly PayerProfile[],
  asOf: LocalDate,
  policy: ValidatedFollowUpPolicy,
  day?: FollowUpDay,
): FollowUpQueueWithClaims {
  const stepOf = followUpStepOf(profiles, asOf, policy, day);
  const todayDay = toEpochDay(asOf);
  const steps: FollowUpStep[] = [];
  // What the queue ranks by besides the deadline, at each step's position.
  const stakes: Cents[] = [];
  const ages: number[] = [];
  for (const claim of claims) {
    const balance = balanceOf(claim);
    const step = stepOf(claim, balance);
    if (step === null) continue;
    steps.push(step);
    stakes.push(stakeOf(claim, balance));
    ages.push(todayDay - toEpochDay(firstServiceDate(claim.lines)));
  }
  // Positions sorted rather than the steps, so each entry's claim follows it without a pair per entry.
  const order = steps.map((_, i) => i);
  order.sort((i, j) => {
    const a = steps[i] as FollowUpStep;
    const b = steps[j] as FollowUpStep;
    return (
      (a.daysLeft ?? Number.POSITIVE_INFINITY) - (b.daysLeft ?? Number.POSITIVE_INFINITY) ||
      (stakes[j] as Cents) - (stakes[i] as Cents) ||
      (ages[j] as number) - (ages[i] as number) ||
      (a.claim.claimId < b.claim.claimId ? -1 : a.claim.claimId > b.claim.claimId ? 1 : 0)
    );
  });
  const entries = order.map((at, i): FollowUpEntry => {
    const step = steps[at] as FollowUpStep;
    const balanceCents = stakes[at] as Cents;
    const ageDays = ages[at] as number;
    const rankedBy = reason(
      'billing.follow_up.ranked',
      'info',
      'Ordered by deadline nearness, then balance at stake, then age, then claim id.',
      { rank: i + 1, daysLeft: step.daysLeft, balanceCents, ageDays },
    );
    const reasons: [Reason<BillingReasonCode>, ...Reason<BillingReasonCode>[]] = [rankedBy, ...step.why()];
    return {
      claimId: step.claim.claimId,
      payerId: step.claim.payerId,
      clientId: step.claim.clientId,
      action: step.action,
      owner: step.owner,
      deadline: step.deadline,
      daysLeft: step.daysLeft,
      balanceCents,
      ageDays,
      heldFromClientCents: step.heldCents,
      rank: i + 1,
      reasons: sortInPlace(reasons, compareReasons),
    };
  });
  return { entries, claims: order.map((at) => (steps[at] as FollowUpStep).claim) };
}

/**
 * A claim that needs a step: its entry before it has a rank, without the balance at stake and the age
 * the queue also ranks by (see {@link stakeOf}), its reasons built only when asked for (internal: a
 * report that counts the work needs none of them, and the stake of only the step it shows).
 */
export interface FollowUpStep extends Pick<FollowUpEntry, 'action' | 'owner' | 'deadline' | 'daysLeft'> {
  readonly claim: Claim;
  /** Cost sharing held off the client on the claim's balance (see {@link FollowUpEntry.heldFromClientCents}). */
  readonly heldCents: Cents;
  readonly why: () => Reason<BillingReasonCode>[];
}

/** A claim's insurance money still at stake: unadjudicated plus denied cents (the charge when nothing is posted). */
export function stakeOf(claim: Claim, balance: ClaimBalance | undefined): Cents {
  return balance === undefined
    ? sumCents(claim.lines.map((l) => l.chargeCents))
    : sumCents([getRemainingClaimBalance(balance), balance.deniedCents]);
}

/**
 * Each claim's step as of a day, given its posted balance, or `null` when it needs none (see
 * {@link FollowUpStep}). One claim at a time, so a caller that keeps less than the step lets the rest go at once.
 */
export function followUpStepOf(
  profiles: readonly PayerProfile[],
  asOf: LocalDate,
  policy: ValidatedFollowUpPolicy,
  day?: FollowUpDay,
): (claim: Claim, balance: ClaimBalance | undefined) => FollowUpStep | null {
  const profileOf = new Map(profiles.map((pr) => [pr.payerId as string, pr]));
  const todayDay = toEpochDay(asOf);
  const table = extendDenialCodeTable(policy.denialRules);
  return (claim, balance) => {
    const planned = planFor(claim, balance, profileOf.get(claim.payerId), asOf, todayDay, policy, table, day);
    const holds = balance?.heldCostSharing ?? [];
    const heldCents = heldCostSharingTotal(holds);
    // Held cost sharing is work even on a paid claim: staff must see it is held, not the client's to pay.
    const plan = planned ?? (heldCents > 0 && claim.status !== 'written_off' ? heldPlan() : null);
    if (plan === null) return null;
    return {
      claim,
      action: plan.action,
      owner: plan.owner,
      deadline: plan.deadline,
      daysLeft: plan.daysLeft,
      heldCents,
      why: heldCents > 0 ? () => [...plan.why(), heldReason(holds, heldCents)] : plan.why,
    };
  };
}

/** A settled claim whose only work is cost sharing held off the client: resolve it with the payer or write it off. */
function heldPlan(): Plan {
  return {
    action: 'resolve_held_cost_sharing',
    owner: 'biller',
    deadline: null,
    daysLeft: null,
    why: () => [],
  };
}

/**
 * Held: do not bill the client. Cost sharing a Medicaid-exempt client or a QMB never owes (or whose status
 * is not known yet) [sources: cfr-42-447.56, cfr-42-447.15, usc-42-1396a].
 */
function heldReason(holds: readonly HeldCostSharing[], heldCents: Cents): Reason<BillingReasonCode> {
  return reason(
    'billing.follow_up.cost_sharing_held',
    'warning',
    'Held: do not bill the client. Posting held this cost sharing off the client (a Medicaid-exempt client or a Qualified Medicare Beneficiary, or one whose status is not known yet): ask the payer to reprocess, cross it over to Medicaid, or write it off.',
    {
      heldCents,
      doNotBillClient: true,
      holds: holds.map((h) => ({ code: h.code, group: h.group, carc: h.carc, amountCents: h.amountCents })),
    },
  );
}

interface Plan {
  action: FollowUpAction;
  owner: DenialOwner;
  deadline: LocalDate | null;
  daysLeft: number | null;
  /** The plan's reasons, built when the queue lists them. */
  why: () => Reason<BillingReasonCode>[];
}

function planFor(
  claim: Claim,
  balance: ClaimBalance | undefined,
  profile: PayerProfile | undefined,
  today: string,
  todayDay: number,
  p: z.output<typeof FollowUpPolicy>,
  table: DenialCodeTable,
  day: FollowUpDay | undefined,
): Plan | null {
  if (claim.status === 'written_off') return null;
  // A recoupment reopens a claim (paid, closed or any other) even before its status is moved to `recouped`.
  const recoupment = openRecoupmentOf(balance);
  const settled = claim.status === 'paid' || claim.status === 'closed';
  if (settled && recoupment === undefined) return null;
  if (profile === undefined) {
    return {
      action: 'add_payer_profile',
      owner: 'biller',
      deadline: null,
      daysLeft: null,
      why: () => [
        reason(
          'billing.follow_up.payer_profile_missing',
          'warning',
          'No payer profile was given for this claim’s payer, so its deadlines are unknown.',
          { payerId: claim.payerId },
        ),
      ],
    };
  }
  const since = (date: string | undefined): number | null =>
    date === undefined ? null : todayDay - toEpochDay(date);
  // An open recoupment comes first whatever the status says: the payer took money back (even from a claim
  // whose payment was never posted here), and until a new adjudication settles it that is the work.
  if (
    recoupment !== undefined ||
    claim.status === 'paid' ||
    claim.status === 'closed' ||
    claim.status === 'recouped'
  ) {
    return recoupmentPlan(claim, recoupment, profile, todayDay);
  }
  switch (claim.status) {
    case 'draft':
    case 'ready':
    case 'rejected':
    case 'unprocessable': {
      const filingClock = filingClockOfClaim(claim, profile.filing, todayDay, profile.kind);
      const standing = filingStandingOf(filingClock.filingCase, profile.filing, todayDay);
      const clock = { deadline: standing.deadline, daysLeft: standing.daysLeft };
      const kind = filingClock.filingCase.kind;
      if (standing.expired) return writeOff(clock, kind);
      // Scrub before sending: a claim with blocking problems is fixed first, and the problems travel along.
      // The window is open here, and an open window adds no error to a scrub: its filing is not decided.
      // With the client's day when the caller gave it; scrubbed alone, the entry says so (an info note).
      const findings =
        day === undefined || day === 'alone'
          ? undefined
          : sameDayFindings(claim, day.byClient.get(claim.clientId) ?? []);
      const alone = () => (day === 'alone' ? [checkedAloneReason(claim)] : []);
      const scrub = () =>
        sortReasons(
          scrubFindingsBesidesFiling(claim, profile, today, findings).filter((r) => r.severity === 'error'),
        );
      if (claim.status === 'rejected' || claim.status === 'unprocessable') {
        // Fixed and sent again whatever the scrub finds: it is run only when the reasons are asked for.
        const returned =
          claim.status === 'unprocessable'
            ? () =>
                reason(
                  'billing.follow_up.unprocessable',
                  'warning',
                  'The payer returned the claim as unprocessable: it was never filed. Correct it and send it again before the deadline.',
                  { ...clock, kind },
                )
            : () =>
                reason(
                  'billing.follow_up.rejected',
                  'warning',
                  'The clearinghouse rejected the claim: it was never filed. Fix it and send it again.',
                  { ...clock },
                );
        return {
          action: 'fix_and_resubmit',
          owner: 'biller',
          ...clock,
          why: () => [returned(), ...scrub(), ...alone()],
        };
      }
      const problems = scrub();
      const blocked = problems.length > 0;
      const statusOf = () =>
        blocked
          ? reason(
              'billing.follow_up.scrub_failed',
              'warning',
              'The claim has problems to fix before it can be submitted.',
              {
                status: claim.status,
                problems: problems.length,
                ...clock,
              },
            )
          : reason('billing.follow_up.not_submitted', 'info', 'The claim has not been submitted yet.', {
              status: claim.status,
              ...clock,
            });
      return {
        action: blocked ? 'fix_before_submit' : 'submit',
        owner: 'biller',
        ...clock,
        why: () => [statusOf(), ...problems, ...alone()],
      };
    }
    case 'submitted': {
      // A date not known is never "0 days ago": the check is due (`daysSinceSubmission: null`).
      const days = since(lastMoveDateOf(claim.history, 'submitted'));
      if (days !== null && days < p.acknowledgmentDays) return null;
      const filing = filingOf(claim, profile, todayDay);
      const clock = { deadline: filing.deadline, daysLeft: filing.daysLeft };
      return {
        action: 'check_acknowledgment',
        owner: 'assistant',
        ...clock,
        why: () => [
          reason(
            'billing.follow_up.no_acknowledgment',
            'warning',
            'No clearinghouse acknowledgment since submission.',
            { daysSinceSubmission: days },
          ),
        ],
      };
    }
    case 'accepted':
    case 'pending':
    case 'resubmitted':
      return awaitingDecisionPlan(claim, since, todayDay, p);
    case 'appealed': {
      const days = since(lastMoveDateOf(claim.history, 'appealed'));
      if (days !== null && days <= p.statusCheckDays) return null;
      return {
        action: 'check_appeal_status',
        owner: 'assistant',
        deadline: null,
        daysLeft: null,
        why: () => [
          reason(
            'billing.follow_up.appeal_pending',
            'warning',
            'The appeal has had no answer: check its status.',
            { daysSinceAppeal: days },
          ),
        ],
      };
    }
    case 'denied':
    case 'partially_paid': {
      const filing = filingOf(claim, profile, todayDay);
      const clock = { deadline: filing.deadline, daysLeft: filing.daysLeft };
      return denialPlan(claim, balance, profile, filing.expired, clock, table, todayDay);
    }
    /* v8 ignore next 4: unreachable; the never check makes a new case fail the build */
    default: {
      const exhausted: never = claim.status;
      return exhausted;
    }
  }
}

/**
 * A filed claim awaiting the payer's decision: nothing until the payer has had `statusCheckDays` since the
 * filing (or resubmission), then the step of its age bucket, aged from the earliest date of service
 * [sources: ar-aging-buckets]: over 30 days a status check, over 60 a call, over 90 escalation, over 120 a
 * senior review of whether to pursue it or write it off (the policy's defaults).
 */
function awaitingDecisionPlan(
  claim: Claim,
  since: (date: string | undefined) => number | null,
  todayDay: number,
  p: z.output<typeof FollowUpPolicy>,
): Plan | null {
  // A filing date not known is never "filed today": the claim is followed up by its age alone
  // (`daysSinceFiling: null`).
  const daysSinceFiling = since(lastMoveDateOf(claim.history, 'resubmitted') ?? filedDateOf(claim.history));
  if (daysSinceFiling !== null && daysSinceFiling <= p.statusCheckDays) return null;
  const ageDays = todayDay - toEpochDay(firstServiceDate(claim.lines));
  // Filed: no filing deadline to race, so the position comes from balance and age.
  const step = (
    action: 'check_status' | 'call_payer' | 'escalate' | 'review_write_off',
    owner: DenialOwner,
    why: () => Reason<BillingReasonCode>,
  ): Plan => ({ action, owner, deadline: null, daysLeft: null, why: () => [why()] });
  const facts = { ageDays, daysSinceFiling };
  if (ageDays > p.seniorReviewDays) {
    return step('review_write_off', 'biller', () =>
      reason(
        'billing.follow_up.senior_review',
        'error',
        'No payer decision more than the senior-review horizon after the date of service: a senior biller decides whether to pursue it or write it off.',
        { ...facts, seniorReviewDays: p.seniorReviewDays },
      ),
    );
  }
  if (ageDays > p.escalateDays) {
    return step('escalate', 'biller', () =>
      reason(
        'billing.follow_up.escalate',
        'error',
        'No payer decision more than the escalation horizon after the date of service: escalate it (a senior biller, the payer’s provider services).',
        { ...facts, escalateDays: p.escalateDays },
      ),
    );
  }
  if (ageDays > p.callPayerDays) {
    return step('call_payer', 'assistant', () =>
      reason('billing.follow_up.call_payer', 'warning', 'No payer decision: call the payer.', {
        ...facts,
        callPayerDays: p.callPayerDays,
      }),
    );
  }
  return step('check_status', 'assistant', () =>
    reason(
      'billing.follow_up.status_check',
      'warning',
      'No payer decision yet: send a claim status inquiry (276/277).',
      { ...facts, statusCheckDays: p.statusCheckDays },
    ),
  );
}

/** The balance's latest recoupment no remittance has settled yet, if any. */
function openRecoupmentOf(balance: ClaimBalance | undefined): ClaimRecoupment | undefined {
  return balance?.recoupments.findLast((r) => r.settledBy === undefined);
}

/**
 * A recouped claim: find out why the payer took its payment back, then dispute, correct or rebill. The
 * payer's revised decision can be disputed within its appeal window from the recoupment date.
 */
function recoupmentPlan(
  claim: Claim,
  recoupment: ClaimRecoupment | undefined,
  profile: PayerProfile,
  todayDay: number,
): Plan {
  // Without an open recoupment on the balance, the claim is `recouped`: its history ends with that move.
  const on = recoupment?.on ?? (lastMoveDateOf(claim.history, 'recouped') as LocalDate);
  const deadlineDay = addFilingWindow(toEpochDay(on), profile.filing.appeal);
  const clock = { deadline: fromEpochDay(deadlineDay), daysLeft: deadlineDay - todayDay };
  return {
    action: 'work_recoupment',
    owner: 'biller',
    ...clock,
    why: () => [
      reason(
        'billing.follow_up.recouped',
        'warning',
        'Recoupment: the payer took its payment back and the claim is open again. Find out why, then dispute it, correct the claim or rebill.',
        {
          ...clock,
          recoupedOn: on,
          recoupedCents: recoupment?.recoupedCents ?? null,
          status: claim.status,
        },
      ),
    ],
  };
}

/**
 * The filing clock a plan races, without the filing decision's reasons (only a claim to scrub reports
 * them). Worked out only where one is raced: a claim awaiting the payer's decision or an appeal's answer
 * has no filing deadline left, and most open claims are such.
 */
function filingOf(claim: Claim, profile: PayerProfile, todayDay: number): FilingStanding {
  return filingStandingOf(
    filingClockOfClaim(claim, profile.filing, todayDay, profile.kind).filingCase,
    profile.filing,
    todayDay,
  );
}

function writeOff(clock: { deadline: string | null; daysLeft: number | null }, kind: string): Plan {
  return {
    action: 'review_write_off',
    owner: 'biller',
    ...clock,
    why: () => [
      reason(
        'billing.claim.past_timely_filing',
        'error',
        'The window closed: write off unless there is proof of timely filing.',
        { ...clock, kind },
      ),
    ],
  };
}

/**
 * The corrected-claim clock of a processed claim on `todayDay`: the payer's `corrected` window from its first
 * decision on the claim (the initial determination: for Medicare a reopening, one year
 * [sources: cfr-42-405.980]), or from its latest decision when the profile's `correctedFrom` says so.
 * Decisions dated after `todayDay` are left out, as the filing clock leaves them out.
 */
function correctedStandingOf(claim: Claim, profile: PayerProfile, todayDay: number): FilingStanding {
  const asOf = fromEpochDay(todayDay);
  let first: LocalDate | undefined;
  let latest: LocalDate | undefined;
  for (const move of claim.history) {
    if (move.on > asOf) break;
    if (DECISIONS.has(move.to)) {
      first ??= move.on;
      latest = move.on;
    }
  }
  const startDate = profile.filing.correctedFrom === 'latest_decision' ? latest : first;
  return filingStandingOf(
    {
      claimId: claim.claimId,
      serviceDate: firstServiceDate(claim.lines),
      kind: 'corrected',
      ...(startDate === undefined ? {} : { startDate }),
    },
    profile.filing,
    todayDay,
  );
}

// The payer's decisions on a processed claim: each may be corrected and sent again.
const DECISIONS: ReadonlySet<string> = new Set(['paid', 'partially_paid', 'denied', 'recouped']);

/**
 * A denied (or partly paid) claim: the next step from its denial codes, racing the window of that step.
 * An appealable denial is appealed while the appeal window is open; a denial to correct (a coding or
 * claim error: `correct_and_resubmit`) is corrected and sent again while the corrected-claim window is
 * open, whatever the appeal window says, since a correction is not an appeal [sources: cfr-42-405.980];
 * only when the window of every step the codes allow has closed does the claim go to write-off review.
 */
function denialPlan(
  claim: Claim,
  balance: ClaimBalance | undefined,
  profile: PayerProfile,
  expired: boolean,
  clock: { deadline: string | null; daysLeft: number | null },
  table: DenialCodeTable,
  todayDay: number,
): Plan {
  const decisionOn = lastMoveDateOf(claim.history, claim.status);
  const triaged: DenialTriageDecision[] = (balance?.denials ?? []).map((d) =>
    triageParsed(
      { group: d.group, carc: d.carc, amountCents: 0, remarks: [] },
      {
        payerKind: profile.kind,
        inNetwork: true,
        // The queue does not know the client's other coverage: a share a secondary payer might owe is
        // never a step to bill the client (the triage says to check the coverage first).
        ...(decisionOn === undefined ? {} : { decisionDate: decisionOn }),
        appealWindow: profile.filing.appeal,
      },
      table,
    ),
  );
  if (triaged.length === 0) {
    // Without the codes, whether the denial is appealed or corrected is unknown: while either window is
    // open the remittance is read first; only when both have closed is it a write-off review.
    let unclassifiedClock = clock;
    if (expired) {
      const corrected = correctedStandingOf(claim, profile, todayDay);
      if (corrected.expired || corrected.deadline === null) return writeOff(clock, 'appeal');
      unclassifiedClock = { deadline: corrected.deadline, daysLeft: corrected.daysLeft };
    }
    return {
      action: 'work_denial',
      owner: 'biller',
      ...unclassifiedClock,
      why: () => [
        reason(
          'billing.follow_up.denial_unclassified',
          'warning',
          expired
            ? 'The claim was denied but no denial codes were posted: read the remittance and triage it. The appeal window has closed; a correction is still possible until this deadline.'
            : 'The claim was denied but no denial codes were posted: read the remittance and triage it.',
          { ...unclassifiedClock, appealDeadline: clock.deadline },
        ),
      ],
    };
  }
  const clinician = triaged.some((t) => t.owner === 'clinician');
  const pick = (action: 'appeal' | 'correct_and_resubmit') =>
    triaged.find((t) => t.action === action && (action !== 'appeal' || t.appealable));
  const appeal = expired ? undefined : pick('appeal');
  const correct = appeal === undefined ? pick('correct_and_resubmit') : undefined;
  let stepClock = clock;
  let correctedNote: (() => Reason<BillingReasonCode>) | undefined;
  if (correct !== undefined) {
    // A correction races the corrected-claim window, not the appeal window.
    const corrected = correctedStandingOf(claim, profile, todayDay);
    stepClock = { deadline: corrected.deadline, daysLeft: corrected.daysLeft };
    if (corrected.expired) return writeOff(stepClock, 'corrected');
    correctedNote = () =>
      reason(
        'billing.follow_up.corrected_window',
        'info',
        'The denial is corrected and sent again, not appealed: it races the payer’s corrected-claim window (for Medicare, a reopening within one year of the initial determination).',
        {
          ...stepClock,
          codes: triaged
            .filter((t) => t.action === 'correct_and_resubmit')
            .map((t) => `${t.group}-${t.carc}`),
          appealDeadline: clock.deadline,
        },
      );
  } else if (expired) return writeOff(clock, 'appeal');
  const action: FollowUpAction =
    appeal !== undefined ? 'appeal' : correct !== undefined ? 'correct_and_resubmit' : 'work_denial';
  return {
    action,
    owner: clinician ? 'clinician' : 'biller',
    ...stepClock,
    why: () => [
      ...(correctedNote === undefined ? [] : [correctedNote()]),
      reason('billing.follow_up.denied', 'warning', 'The payer denied all or part of the claim.', {
        ...stepClock,
        codes: triaged.map((t) => `${t.group}-${t.carc}`),
        nextActions: triaged.map((t) => t.action),
      }),
      ...(clinician
        ? [
            reason(
              'billing.denial.clinician_review',
              'info',
              'Records or clinical judgement are needed: a clinician decides; the library makes no clinical judgement.',
              {},
            ),
          ]
        : []),
    ],
  };
}
