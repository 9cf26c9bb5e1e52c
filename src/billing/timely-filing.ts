import * as z from 'zod';
import {
  ClaimId,
  type Decision,
  fromEpochDay,
  LocalDate,
  reason,
  toEpochDay,
  validate,
} from '../core/index.js';
import { Claim, type ClaimInput, claimFiledOn, earliestClaimServiceDate, lastClaimMoveOn } from './claim.js';
import type { ClaimReasonCode } from './claim-reason-codes.js';
import { addFilingWindow } from './filing-window-math.js';
import { FilingWindow, FilingWindows, PayerProfile } from './payer-profile.js';

/**
 * Which filing clock applies: `initial` from the date of service, `secondary` from the primary payer's
 * remittance, `corrected` and `appeal` from the payer's decision (the denial).
 * @example
 * ```ts
 * TimelyFilingKind.parse('appeal'); //=> 'appeal'
 * ```
 */
export const TimelyFilingKind = z.enum(['initial', 'secondary', 'corrected', 'appeal']);
export type TimelyFilingKind = z.infer<typeof TimelyFilingKind>;

/**
 * How close to a deadline counts as high or medium risk, in calendar days left.
 *
 * @remarks Practice defaults, not regulation: 14 days leaves two working weeks to fix and file, 30
 * days matches the first aging bucket (a practice convention).
 * @example
 * ```ts
 * TimelyFilingRiskPolicy.parse({}); //=> { highRiskDays: 14, mediumRiskDays: 30 }
 * ```
 */
export const TimelyFilingRiskPolicy = z
  .strictObject({
    highRiskDays: z.number().int().nonnegative().default(14),
    mediumRiskDays: z.number().int().nonnegative().default(30),
  })
  .refine((p) => p.highRiskDays <= p.mediumRiskDays, {
    message: 'highRiskDays must not exceed mediumRiskDays',
    params: { code: 'billing.filing.risk_thresholds' },
  });
export type TimelyFilingRiskPolicy = z.input<typeof TimelyFilingRiskPolicy>;

/**
 * The default {@link TimelyFilingRiskPolicy}: high risk at 14 days left or fewer, medium at 30.
 * @example
 * ```ts
 * DEFAULT_TIMELY_FILING_RISK_POLICY.highRiskDays; //=> 14
 * ```
 */
export const DEFAULT_TIMELY_FILING_RISK_POLICY = Object.freeze({ highRiskDays: 14, mediumRiskDays: 30 });

/**
 * Where a claim stands against a filing deadline: filed on time or late, or not yet filed with `low`,
 * `medium` or `high` risk, or `expired`; `undecided` when a fact needed to start the clock is missing.
 * @example
 * ```ts
 * const risk: TimelyFilingRisk = 'expired';
 * ```
 */
export type TimelyFilingRisk =
  | 'filed_on_time'
  | 'filed_late'
  | 'low'
  | 'medium'
  | 'high'
  | 'expired'
  | 'undecided';

/**
 * The facts a filing deadline is computed from.
 *
 * @example
 * ```ts
 * TimelyFilingCase.parse({ claimId: 'c-1', kind: 'initial', serviceDate: '2024-02-29' });
 * ```
 */
export const TimelyFilingCase = z
  .strictObject({
    claimId: ClaimId,
    kind: TimelyFilingKind,
    /** The (earliest) date of service. */
    serviceDate: LocalDate,
    /** The date the clock starts for non-initial kinds: the primary's remittance or the denial date. */
    startDate: LocalDate.optional(),
    /** The date the claim, corrected claim or appeal was filed (and accepted), if it was. */
    filedOn: LocalDate.optional(),
  })
  .refine((c) => c.startDate === undefined || c.startDate >= c.serviceDate, {
    message: 'startDate must not be before the date of service',
    path: ['startDate'],
    params: { code: 'billing.filing.start_before_service' },
  });
export type TimelyFilingCase = z.infer<typeof TimelyFilingCase>;

/**
 * The result of {@link evaluateTimelyFiling}: the risk, the deadline and the days left.
 * @example
 * ```ts
 * const d: TimelyFilingDecision = evaluateTimelyFiling(c, MEDICARE_PAYER_PROFILE_EXAMPLE.filing, '2025-01-10');
 * d.deadline; //=> '2025-02-28'
 * ```
 */
export type TimelyFilingDecision = Decision<
  'filed_on_time' | 'low',
  'filed_late' | 'medium' | 'high' | 'expired' | 'undecided',
  ClaimReasonCode,
  {
    readonly claimId: string;
    readonly kind: TimelyFilingKind;
    /** Last day to file (inclusive), or `null` when undecided. */
    readonly deadline: LocalDate | null;
    /** Calendar days from `asOf` to the deadline (negative once passed), or `null` when undecided. */
    readonly daysLeft: number | null;
  }
>;

/** The window of a payer that applies to a kind of filing. */
export function filingWindowFor(windows: FilingWindows, kind: TimelyFilingKind): FilingWindow {
  switch (kind) {
    case 'initial':
      return windows.initial;
    case 'secondary':
      return windows.secondaryFromPrimaryRemittance;
    case 'corrected':
      return windows.corrected;
    case 'appeal':
      return windows.appeal;
    /* v8 ignore next 4: unreachable; the never check makes a new case fail the build */
    default: {
      const exhausted: never = kind;
      return exhausted;
    }
  }
}

/**
 * The last day to file under a window, counted from a start date. Months clamp to the month end.
 *
 * @remarks Medicare allows 12 months from the date of service, and a date of service of February 29 must
 * be filed by February 28 of the next year [sources: cfr-42-424.44, cms-mcpm-ch1-70]. "N days from" is
 * read as the start date plus N days (the start day is day 0).
 * @example
 * ```ts
 * filingDeadline('2024-02-29', { amount: 12, unit: 'months' }); //=> '2025-02-28'
 * filingDeadline('2026-01-31', { amount: 1, unit: 'months' });  //=> '2026-02-28'
 * filingDeadline('2026-03-02', { amount: 90, unit: 'days' });   //=> '2026-05-31'
 * ```
 */
export function filingDeadline(start: LocalDate, window: FilingWindow): LocalDate {
  const day = toEpochDay(validate(LocalDate, start, 'filing start date'));
  return fromEpochDay(addFilingWindow(day, validate(FilingWindow, window, 'filing window')));
}

/** Risk of a not-yet-filed claim by days left (internal, shared with aging). */
export function riskOfDaysLeft(
  daysLeft: number,
  policy: { readonly highRiskDays: number; readonly mediumRiskDays: number },
): 'low' | 'medium' | 'high' | 'expired' {
  if (daysLeft < 0) return 'expired';
  if (daysLeft <= policy.highRiskDays) return 'high';
  if (daysLeft <= policy.mediumRiskDays) return 'medium';
  return 'low';
}

/**
 * Evaluates one filing deadline: when it falls, how many days are left as of `asOf`, and the risk.
 *
 * @param input - the claim's dates and which clock applies
 * @param windows - the payer's filing windows (from its `PayerProfile`)
 * @param asOf - the practice's calendar date
 * @throws {@link ValidationError} when the input, windows, date or policy are malformed.
 * @remarks Medicare 12 months, and rejected claims are not filed [sources: cms-mcpm-ch1-70,
 * mac-fcso-timely-filing]; secondary from the primary's remittance where the payer's profile says so
 * (payer data); appeal windows from the decision [sources: cfr-42-405.942].
 * @example
 * ```ts
 * evaluateTimelyFiling({ claimId: 'c-1', kind: 'initial', serviceDate: '2024-02-29' },
 *   MEDICARE_PAYER_PROFILE_EXAMPLE.filing, '2025-02-20');
 * //=> { outcome: 'high', deadline: '2025-02-28', daysLeft: 8, kind: 'initial', claimId: 'c-1', reasons: [...] }
 * ```
 */
export function evaluateTimelyFiling(
  input: z.input<typeof TimelyFilingCase>,
  windows: FilingWindows,
  asOf: LocalDate,
  policy: TimelyFilingRiskPolicy = DEFAULT_TIMELY_FILING_RISK_POLICY,
): TimelyFilingDecision {
  const c = validate(TimelyFilingCase, input, 'timely filing case');
  const w = validate(FilingWindows, windows, 'filing windows');
  const today = toEpochDay(validate(LocalDate, asOf, 'as-of date'));
  const thresholds = validate(TimelyFilingRiskPolicy, policy, 'timely filing risk policy');
  return timelyFilingOfValidated(c, w, today, thresholds);
}

/**
 * {@link evaluateTimelyFiling} on a case, windows and policy that have already passed their schemas, with
 * the as-of date as an epoch day (internal: the scrubber and the follow-up queue build the case from a
 * validated claim, so checking it again would only cost time).
 */
export function timelyFilingOfValidated(
  c: z.output<typeof TimelyFilingCase>,
  w: FilingWindows,
  today: number,
  thresholds: z.output<typeof TimelyFilingRiskPolicy>,
): TimelyFilingDecision {
  const window = filingWindowFor(w, c.kind);
  const base = { claimId: c.claimId, kind: c.kind };
  const start = c.kind === 'initial' ? c.serviceDate : c.startDate;
  if (start === undefined) {
    return {
      ...base,
      outcome: 'undecided',
      deadline: null,
      daysLeft: null,
      reasons: [
        reason(
          'billing.filing.start_unknown',
          'warning',
          c.kind === 'secondary'
            ? 'The primary payer’s remittance date is needed to start the secondary filing clock.'
            : 'The date of the payer’s decision is needed to start this filing clock.',
          { kind: c.kind },
        ),
      ],
    };
  }
  const deadlineDay = addFilingWindow(toEpochDay(start), window);
  const deadline = fromEpochDay(deadlineDay);
  const daysLeft = deadlineDay - today;
  const facts = { kind: c.kind, start, deadline, window: { amount: window.amount, unit: window.unit } };
  if (c.filedOn !== undefined) {
    const late = toEpochDay(c.filedOn) > deadlineDay;
    return late
      ? {
          ...base,
          outcome: 'filed_late',
          deadline,
          daysLeft,
          reasons: [
            reason('billing.filing.filed_late', 'error', 'It was filed after the deadline.', {
              ...facts,
              filedOn: c.filedOn,
            }),
          ],
        }
      : {
          ...base,
          outcome: 'filed_on_time',
          deadline,
          daysLeft,
          reasons: [
            reason('billing.filing.filed_on_time', 'info', 'It was filed within the window.', {
              ...facts,
              filedOn: c.filedOn,
            }),
          ],
        };
  }
  const risk = riskOfDaysLeft(daysLeft, thresholds);
  const withDays = { ...facts, daysLeft };
  switch (risk) {
    case 'low':
      return {
        ...base,
        outcome: 'low',
        deadline,
        daysLeft,
        reasons: [reason('billing.filing.within_window', 'info', 'The deadline is not near.', withDays)],
      };
    case 'medium':
      return {
        ...base,
        outcome: 'medium',
        deadline,
        daysLeft,
        reasons: [
          reason(
            'billing.filing.deadline_approaching',
            'warning',
            'The deadline is within the medium-risk horizon.',
            withDays,
          ),
        ],
      };
    case 'high':
      return {
        ...base,
        outcome: 'high',
        deadline,
        daysLeft,
        reasons: [
          reason(
            'billing.filing.deadline_imminent',
            'error',
            'The deadline is within the high-risk horizon: file now.',
            withDays,
          ),
        ],
      };
    case 'expired':
      return {
        ...base,
        outcome: 'expired',
        deadline,
        daysLeft,
        reasons: [
          reason('billing.claim.past_timely_filing', 'error', 'The filing window has closed.', withDays),
        ],
      };
    /* v8 ignore next 4: unreachable; the never check makes a new case fail the build */
    default: {
      const exhausted: never = risk;
      return exhausted;
    }
  }
}

/**
 * Evaluates a claim's current filing clock from its status and history: the initial (or secondary)
 * filing until it is filed, then the appeal window after a denial or partial payment, and the
 * corrected-claim window once a corrected claim is resubmitted.
 *
 * @throws {@link ValidationError} when the claim, profile or date are malformed.
 * @remarks A clearinghouse rejection does not count as filing [sources: mac-fcso-timely-filing]; the
 * filing date is the submission that was accepted ({@link claimFiledOn}).
 * @example
 * ```ts
 * evaluateClaimTimelyFiling(draftClaimOn20240229, MEDICARE_PAYER_PROFILE_EXAMPLE, '2025-01-10').deadline;
 * //=> '2025-02-28'
 * ```
 */
export function evaluateClaimTimelyFiling(
  claim: ClaimInput | Claim,
  profile: PayerProfile,
  asOf: LocalDate,
  policy: TimelyFilingRiskPolicy = DEFAULT_TIMELY_FILING_RISK_POLICY,
): TimelyFilingDecision {
  const c = validate(Claim, claim, 'claim');
  const p = validate(PayerProfile, profile, 'payer profile');
  return evaluateTimelyFiling(timelyFilingCaseOfClaim(c), p.filing, asOf, policy);
}

/** The filing clock a claim is on now (internal, shared with the follow-up queue). */
export function timelyFilingCaseOfClaim(c: Claim): z.output<typeof TimelyFilingCase> {
  const serviceDate = earliestClaimServiceDate(c);
  const decisionOn = lastClaimMoveOn(c, 'denied') ?? lastClaimMoveOn(c, 'partially_paid');
  const optional = (key: 'startDate' | 'filedOn', value: string | undefined) =>
    value === undefined ? {} : { [key]: value };
  switch (c.status) {
    case 'denied':
    case 'partially_paid':
      return { claimId: c.claimId, kind: 'appeal', serviceDate, ...optional('startDate', decisionOn) };
    case 'appealed':
      return {
        claimId: c.claimId,
        kind: 'appeal',
        serviceDate,
        ...optional('startDate', decisionOn),
        ...optional('filedOn', lastClaimMoveOn(c, 'appealed')),
      };
    default: {
      const corrected = lastClaimMoveOn(c, 'resubmitted');
      if (corrected !== undefined && decisionOn !== undefined) {
        // A corrected claim counts as filed once accepted, or while it waits for its acknowledgment.
        const filed = c.status === 'rejected' ? undefined : corrected;
        return {
          claimId: c.claimId,
          kind: 'corrected',
          serviceDate,
          startDate: decisionOn,
          ...optional('filedOn', filed),
        };
      }
      const kind = c.coverage === 'secondary' ? 'secondary' : 'initial';
      return {
        claimId: c.claimId,
        kind,
        serviceDate,
        ...optional('startDate', kind === 'secondary' ? c.primaryRemittanceDate : undefined),
        ...optional('filedOn', claimFiledOn(c)),
      };
    }
  }
}
