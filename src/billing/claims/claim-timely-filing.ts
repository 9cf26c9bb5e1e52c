import type * as z from 'zod';
import { type LocalDate, type Reason, reason } from '../../core/index.js';
import { fromEpochDay, toEpochDay, validateArguments } from '../../core/internal.js';
import { type FilingWindows, type PayerKind, PayerProfile } from '../coverage/payer-profile.js';
import type { BillingReasonCode } from '../reason-codes.js';
import { Claim, type ClaimInput } from './claim.js';
import type { ClaimStatus } from './status.js';
import {
  type EvaluateClaimTimelyFilingOptions,
  EvaluateTimelyFilingOptions,
  filingClockOfClaim,
  type TimelyFilingCase,
  type TimelyFilingDecision,
  type TimelyFilingOutcome,
  timelyFilingOfValidated,
} from './timely-filing.js';

/**
 * One way to answer the payer's decision on a processed claim, and where its clock stands: an `appeal`,
 * or a `corrected` claim sent again. `binding` marks the one the decision's outcome and deadline follow.
 * @example
 * ```ts
 * const route: TimelyFilingRoute = { kind: 'corrected', outcome: 'on_time', deadline: '2026-03-01', daysLeft: 212,
 *   binding: true, reasons: [{ code: 'billing.filing.within_window', … }] };
 * ```
 */
export interface TimelyFilingRoute {
  readonly kind: 'appeal' | 'corrected';
  /** `on_time` while the window is open, `expired` once it closed, `undecided` when it cannot be timed. */
  readonly outcome: Exclude<TimelyFilingOutcome, 'late'>;
  readonly deadline: LocalDate | null;
  readonly daysLeft: number | null;
  readonly binding: boolean;
  /** The route's own verdict first, then how its clock was set (as a {@link TimelyFilingDecision}'s). */
  readonly reasons: readonly Reason<BillingReasonCode>[];
}

/**
 * The result of {@link evaluateClaimTimelyFiling}: a {@link TimelyFilingDecision} on the binding clock and,
 * for a processed claim not yet answered (denied, partially paid, recouped), both routes' clocks.
 * @example
 * ```ts
 * const d: ClaimTimelyFilingDecision = evaluateClaimTimelyFiling(deniedClaim, MEDICARE_PAYER_PROFILE_EXAMPLE, { asOf: '2025-08-01' });
 * [d.kind, d.routes.map((r) => [r.kind, r.outcome])];
 * //=> ['corrected', [['corrected', 'on_time'], ['appeal', 'expired']]]
 * ```
 */
export type ClaimTimelyFilingDecision = TimelyFilingDecision & {
  /**
   * Both routes of a processed claim not yet answered, the binding one first; empty when the claim has
   * one clock (unfiled, filed, under appeal, corrected and sent).
   */
  readonly routes: readonly TimelyFilingRoute[];
};

/**
 * Why a route binds: both open (the earlier deadline, so that neither closes unnoticed), only one open,
 * none open but one that cannot be timed, or both closed (the later one, the last chance missed).
 */
type BindingRule = 'earliest_open' | 'only_open' | 'undecided' | 'last_closed';

// The payer's decisions on a processed claim: a correction counts from the first one unless the profile
// counts from the latest.
const DECISIONS: ReadonlySet<ClaimStatus> = new Set(['paid', 'partially_paid', 'denied', 'recouped']);

/** The corrected-claim case of a processed claim on `today` (epoch day), nothing sent yet. */
function correctedCaseOf(
  c: Claim,
  appeal: z.output<typeof TimelyFilingCase>,
  windows: FilingWindows,
  today: number,
): z.output<typeof TimelyFilingCase> {
  const asOf = fromEpochDay(today);
  let first: LocalDate | undefined;
  for (const move of c.history) {
    if (move.on > asOf) break;
    if (DECISIONS.has(move.to)) {
      first = move.on;
      break;
    }
  }
  // The appeal case of a processed claim always starts at the latest decision, so a first one exists.
  const startDate = windows.correctedFrom === 'latest_decision' ? appeal.startDate : first;
  return { claimId: appeal.claimId, kind: 'corrected', serviceDate: appeal.serviceDate, startDate };
}

function routeOutcome(d: TimelyFilingDecision): TimelyFilingRoute['outcome'] {
  if (d.outcome === 'on_time') return 'on_time';
  return d.outcome === 'expired' ? 'expired' : 'undecided';
}

/** Which of the two routes binds, and by what rule (appeal first on a tie). */
function bindingOf(
  appeal: TimelyFilingDecision,
  corrected: TimelyFilingDecision,
): { binding: 'appeal' | 'corrected'; rule: BindingRule } {
  const a = routeOutcome(appeal);
  const k = routeOutcome(corrected);
  if (a === 'on_time' && k === 'on_time')
    return {
      binding: (corrected.daysLeft as number) < (appeal.daysLeft as number) ? 'corrected' : 'appeal',
      rule: 'earliest_open',
    };
  if (a === 'on_time') return { binding: 'appeal', rule: 'only_open' };
  if (k === 'on_time') return { binding: 'corrected', rule: 'only_open' };
  if (a === 'undecided') return { binding: 'appeal', rule: 'undecided' };
  if (k === 'undecided') return { binding: 'corrected', rule: 'undecided' };
  return {
    binding: (corrected.daysLeft as number) > (appeal.daysLeft as number) ? 'corrected' : 'appeal',
    rule: 'last_closed',
  };
}

const BINDING_MESSAGES: Readonly<Record<BindingRule, string>> = {
  earliest_open:
    'The payer’s decision can be appealed or answered with a corrected claim, and both windows are open: the earlier deadline binds, so that neither closes unnoticed.',
  only_open:
    'Only one way to answer the payer’s decision is still open (an appeal, or a corrected claim sent again within its window): its deadline binds.',
  undecided:
    'Neither way to answer the payer’s decision is known to be open: one window has closed and the other cannot be timed.',
  last_closed:
    'Both ways to answer the payer’s decision have closed (the appeal window and the corrected-claim window): the later deadline is reported.',
};

/**
 * Both routes of a processed claim: the binding one's decision, the other's clock beside it, and a reason
 * naming both (internal).
 */
function withRoutes(
  appeal: TimelyFilingDecision,
  corrected: TimelyFilingDecision,
): ClaimTimelyFilingDecision {
  const { binding, rule } = bindingOf(appeal, corrected);
  const route = (kind: 'appeal' | 'corrected', d: TimelyFilingDecision): TimelyFilingRoute => ({
    kind,
    outcome: routeOutcome(d),
    deadline: d.deadline,
    daysLeft: d.daysLeft,
    binding: kind === binding,
    reasons: d.reasons,
  });
  const appealRoute = route('appeal', appeal);
  const correctedRoute = route('corrected', corrected);
  const chosen = binding === 'appeal' ? appeal : corrected;
  const why: Reason<BillingReasonCode> = reason(
    'billing.filing.binding_route',
    rule === 'only_open' && binding === 'corrected' ? 'warning' : 'info',
    BINDING_MESSAGES[rule],
    {
      binding,
      rule,
      appealOutcome: appealRoute.outcome,
      appealDeadline: appeal.deadline,
      correctedOutcome: correctedRoute.outcome,
      correctedDeadline: corrected.deadline,
    },
  );
  const routes = binding === 'appeal' ? [appealRoute, correctedRoute] : [correctedRoute, appealRoute];
  return { ...chosen, reasons: [...chosen.reasons, why], routes } as ClaimTimelyFilingDecision;
}

/**
 * Evaluates a claim's filing clock from its status and history: the initial (or secondary) filing until it
 * is filed; once the payer has decided (denied, partially paid, recouped) both ways to answer it, an appeal
 * and a corrected claim, with the binding one's deadline; the appeal once filed; and the corrected-claim
 * window once a processed claim is corrected and sent again.
 *
 * @throws {@link ValidationError} listing every problem of the claim, profile and options at once, each
 * path under its parameter's name (`$.claim.serviceDate`, `$.profile.filing`, `$.options.asOf`).
 * @remarks A clearinghouse rejection does not count as filing, and neither does a claim the payer
 * returned as unprocessable (CO-16 with MA130): it was never filed, so its resubmission still races the
 * date-of-service deadline [sources: mac-fcso-timely-filing, cms-mcpm-ch1-70]. Only a processed claim
 * (paid, partially paid, denied) corrected later runs on its own clock from the payer's decision, which
 * for Medicare is a reopening within one year [sources: cfr-42-405.980]. The history says which; the
 * decision's reasons say so (`billing.filing.unprocessable_not_filed`, `billing.filing.corrected_from_decision`).
 * A processed claim not yet answered can be appealed (redetermination within 120 days for Medicare
 * [sources: cfr-42-405.942]) or corrected and sent again (a reopening within one year of the initial
 * determination [sources: cfr-42-405.980]): `routes` gives both clocks, and the decision follows the
 * binding one (`billing.filing.binding_route`): the earlier deadline while both are open, the one still
 * open once the other has closed, and once both have closed the later one, `expired`. Which route fits
 * depends on the denial's codes (a claim error is corrected, a disputed decision appealed): the claim
 * alone does not say, so both are reported.
 * An unfiled claim with lines on several dates is timed per line [sources: cms-mcpm-ch1-70]: once its first
 * dates are past, it races its earliest line still open (`billing.filing.lines_past_deadline` names the
 * dates past), and it is `expired` only when every line is.
 * Appeals climb levels: each decision on an appeal opens the next level from that decision, on the
 * payer's `furtherAppeals` windows (Medicare: reconsideration 180 days, then 60 days for each of the ALJ,
 * the Council and the court, each notice presumed received 5 days after its date) [sources: cfr-42-405.962,
 * cfr-42-405.1014, cfr-42-405.1102, cfr-42-405.1130, cfr-42-405.902]; a correction or recoupment starts
 * again at the first level. A correction counts from the payer's first decision on the claim (the initial
 * determination) unless the profile's `correctedFrom` says `latest_decision`. A claim sent and not yet
 * acknowledged counts as filed the day it was sent (`billing.filing.acknowledgment_pending`), unless it is
 * rejected or returned. Moves dated after `asOf` are left out (`billing.filing.after_as_of_ignored`).
 * @example
 * ```ts
 * // A Medicare claim for 2024-02-29: 12 months after the date of service, the deadline is 2025-02-28.
 * const draft = { claimId: 'c-1', clientId: 'cl-1', payerId: 'medicare', diagnosisCodes: ['F41.1'],
 *   lines: [{ lineId: '1', serviceDate: '2024-02-29', procedureCode: '90834', placeOfService: '11', units: 1,
 *     chargeCents: 15000, diagnosisPointers: [1] }] };
 * evaluateClaimTimelyFiling(draft, MEDICARE_PAYER_PROFILE_EXAMPLE, { asOf: '2025-01-10' });
 * //=> { outcome: 'on_time', risk: 'low', kind: 'initial', deadline: '2025-02-28', daysLeft: 49,
 * //     reasons: [{ code: 'billing.filing.within_window', … }], routes: [], … }
 * ```
 * ```ts
 * import type { ClaimInput } from 'practice-ops/billing';
 *
 * // A Medicare claim for a session on 2025-01-10.
 * const claim: ClaimInput = { claimId: 'c-1', clientId: 'cl-1', payerId: 'medicare', diagnosisCodes: ['F41.1'],
 *   renderingNpi: '1234567893', billingNpi: '1245319599',
 *   lines: [{ lineId: '1', serviceDate: '2025-01-10', procedureCode: '90834', placeOfService: '11', units: 1,
 *     chargeCents: 15000, diagnosisPointers: [1] }] };
 * // Submitted and accepted 2025-03-01, returned unprocessable 2025-12-20, submitted again and accepted 2026-02-01:
 * const returnedThenResent: ClaimInput = { ...claim, status: 'accepted', history: [
 *   { from: 'draft', to: 'ready', on: '2025-02-28' }, { from: 'ready', to: 'submitted', on: '2025-03-01' },
 *   { from: 'submitted', to: 'accepted', on: '2025-03-01' }, { from: 'accepted', to: 'unprocessable', on: '2025-12-20' },
 *   { from: 'unprocessable', to: 'submitted', on: '2026-02-01' }, { from: 'submitted', to: 'accepted', on: '2026-02-01' },
 * ] };
 * evaluateClaimTimelyFiling(returnedThenResent, MEDICARE_PAYER_PROFILE_EXAMPLE, { asOf: '2026-02-02' });
 * //=> { outcome: 'late', risk: null, kind: 'initial', deadline: '2026-01-12', routes: [], reasons: [
 * //     { code: 'billing.filing.filed_late', … }, { code: 'billing.filing.unprocessable_not_filed', … }, …], … }
 * // Filed in time, denied 2025-03-01: the appeal window closed 2025-07-04, a reopening is open until 2026-03-01.
 * const denied: ClaimInput = { ...claim, status: 'denied', history: [
 *   { from: 'draft', to: 'ready', on: '2025-01-12' }, { from: 'ready', to: 'submitted', on: '2025-01-13' },
 *   { from: 'submitted', to: 'accepted', on: '2025-01-14' }, { from: 'accepted', to: 'denied', on: '2025-03-01' },
 * ] };
 * evaluateClaimTimelyFiling(denied, MEDICARE_PAYER_PROFILE_EXAMPLE, { asOf: '2025-08-01' });
 * //=> { outcome: 'on_time', kind: 'corrected', deadline: '2026-03-01', routes: [
 * //     { kind: 'corrected', outcome: 'on_time', binding: true, … }, { kind: 'appeal', outcome: 'expired', binding: false, … }],
 * //     reasons: [{ code: 'billing.filing.within_window', … }, { code: 'billing.filing.binding_route', … }], … }
 * ```
 */
export function evaluateClaimTimelyFiling(
  claim: ClaimInput | Claim,
  profile: z.input<typeof PayerProfile>,
  options: EvaluateClaimTimelyFilingOptions,
): ClaimTimelyFilingDecision {
  // Every argument's problems at once, each under its parameter's name (`$.profile.filing`).
  const [c, p, o] = validateArguments([
    ['claim', Claim, claim, 'claim'],
    ['profile', PayerProfile, profile, 'payer profile'],
    ['options', EvaluateTimelyFilingOptions, options, 'timely filing options'],
  ]);
  return claimTimelyFilingOfValidated(c, p.filing, toEpochDay(o.asOf), o, p.kind);
}

/**
 * {@link evaluateClaimTimelyFiling} on a validated claim, windows and thresholds, with the as-of date as an
 * epoch day (internal: the what-if replay judges every claim under two sets of windows). `payerKind`, when
 * given, limits a claim's Medicare filing exception to Medicare fee-for-service (see `filingClockOfClaim`).
 */
export function claimTimelyFilingOfValidated(
  c: Claim,
  windows: FilingWindows,
  today: number,
  thresholds: { readonly highRiskDays: number; readonly mediumRiskDays: number },
  payerKind?: PayerKind,
): ClaimTimelyFilingDecision {
  const clock = filingClockOfClaim(c, windows, today, payerKind);
  const decision = timelyFilingOfValidated(clock.filingCase, windows, today, thresholds, clock.notes);
  // A processed claim not yet answered: it may be appealed or corrected and sent again.
  if (clock.filingCase.kind !== 'appeal' || clock.filingCase.filedOn !== undefined)
    return { ...decision, routes: [] };
  const corrected = timelyFilingOfValidated(
    correctedCaseOf(c, clock.filingCase, windows, today),
    windows,
    today,
    thresholds,
    clock.notes,
  );
  return withRoutes(decision, corrected);
}
