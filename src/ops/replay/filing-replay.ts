import type { Claim, PayerProfile, TimelyFilingDecision, TimelyFilingRisk } from '../../billing/index.js';
import { claimTimelyFilingOfValidated, firstServiceDate } from '../../billing/internal.js';
import { type LocalDate, reason } from '../../core/index.js';
import { fromEpochDay } from '../../core/internal.js';
import type { ReplayChange, SectionReplay } from './replay-change.js';

/** A claim's timely filing under one set of windows and thresholds, with the rule's reasons. */
export interface FilingReplaySide {
  readonly outcome: TimelyFilingDecision['outcome'];
  readonly risk: TimelyFilingRisk | null;
  readonly deadline: LocalDate | null;
  readonly daysLeft: number | null;
  readonly reasons: TimelyFilingDecision['reasons'];
}

/**
 * Timely filing before and after: claims whose deadline, outcome or risk changes.
 *
 * @example
 * ```ts
 * replay.filing?.totals.riskChanged; //=> 3
 * ```
 */
export interface FilingReplayTotals {
  readonly claims: number;
  readonly changed: number;
  /** Claims whose last day to file moves. */
  readonly deadlineChanged: number;
  /** Claims whose outcome (on time, late, expired, undecided) changes. */
  readonly outcomeChanged: number;
  /** Claims whose filing risk changes (an unfiled claim nearer or further from its deadline). */
  readonly riskChanged: number;
  /**
   * Claims at high risk, past their deadline, or `undecided` (a deadline that cannot be worked out is never
   * safe), before and after: a proposal that leaves claims undecided never reads as fewer at risk.
   */
  readonly atRiskBefore: number;
  readonly atRiskAfter: number;
  /** Of those, the claims whose timely filing is `undecided` (a fact missing), before and after. */
  readonly undecidedBefore: number;
  readonly undecidedAfter: number;
  /** Claims whose payer is not in the data file: not replayed. */
  readonly payerUnknown: number;
  /** Claims whose first date of service is after the day replayed: not replayed (nothing after it is read). */
  readonly servedAfterDate: number;
}

export type FilingReplay = SectionReplay<FilingReplayTotals, FilingReplaySide>;

/** The filing windows and risk thresholds one side decides with. */
export interface FilingRules {
  readonly payers: ReadonlyMap<string, PayerProfile['filing']>;
  readonly thresholds: { readonly highRiskDays: number; readonly mediumRiskDays: number };
}

// An undecided claim has no deadline to be safe by: it counts at risk on its side, never as saved.
const atRisk = (d: FilingReplaySide) =>
  d.risk === 'high' || d.outcome === 'late' || d.outcome === 'expired' || d.outcome === 'undecided';

/** Replays each claim's timely filing on `today` (epoch day) under both sides' windows and thresholds. */
export function replayFiling(
  claims: readonly Claim[],
  current: FilingRules,
  proposed: FilingRules,
  today: number,
): FilingReplay {
  const changes: ReplayChange<FilingReplaySide>[] = [];
  let replayed = 0;
  let payerUnknown = 0;
  let servedAfterDate = 0;
  const day = fromEpochDay(today);
  let deadlineChanged = 0;
  let outcomeChanged = 0;
  let riskChanged = 0;
  let atRiskBefore = 0;
  let atRiskAfter = 0;
  let undecidedBefore = 0;
  let undecidedAfter = 0;
  for (const claim of claims) {
    // A claim for a session after the day replayed did not exist yet: its moves are left out by the rule.
    if (firstServiceDate(claim.lines) > day) {
      servedAfterDate += 1;
      continue;
    }
    const before = current.payers.get(claim.payerId);
    const after = proposed.payers.get(claim.payerId);
    if (before === undefined || after === undefined) {
      payerUnknown += 1;
      continue;
    }
    replayed += 1;
    const side = (windows: PayerProfile['filing'], rules: FilingRules): FilingReplaySide => {
      // A denied claim's binding route (appeal or corrected claim), as evaluateClaimTimelyFiling decides it.
      const d = claimTimelyFilingOfValidated(claim, windows, today, rules.thresholds);
      return {
        outcome: d.outcome,
        risk: d.risk,
        deadline: d.deadline,
        daysLeft: d.daysLeft,
        reasons: d.reasons,
      };
    };
    const b = side(before, current);
    const a = side(after, proposed);
    if (atRisk(b)) atRiskBefore += 1;
    if (atRisk(a)) atRiskAfter += 1;
    if (b.outcome === 'undecided') undecidedBefore += 1;
    if (a.outcome === 'undecided') undecidedAfter += 1;
    const deadline = b.deadline !== a.deadline;
    const outcome = b.outcome !== a.outcome;
    const risk = b.risk !== a.risk;
    if (!deadline && !outcome && !risk) continue;
    if (deadline) deadlineChanged += 1;
    if (outcome) outcomeChanged += 1;
    if (risk) riskChanged += 1;
    changes.push({
      id: claim.claimId,
      before: b,
      after: a,
      reasons: [
        reason('ops.replay.filing_changed', 'info', 'The claim’s timely filing differs under the proposal.', {
          payerId: claim.payerId,
          beforeDeadline: b.deadline,
          afterDeadline: a.deadline,
          beforeRisk: b.risk,
          afterRisk: a.risk,
        }),
      ],
    });
  }
  return {
    totals: {
      claims: replayed,
      changed: changes.length,
      deadlineChanged,
      outcomeChanged,
      riskChanged,
      atRiskBefore,
      atRiskAfter,
      undecidedBefore,
      undecidedAfter,
      payerUnknown,
      servedAfterDate,
    },
    changes,
  };
}
