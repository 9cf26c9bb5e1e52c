import * as z from 'zod';
import { ClaimId, type Decision, LocalDate, type Reason, reason } from '../../core/index.js';
import { compareText, fromEpochDay, toEpochDay, validateArguments } from '../../core/internal.js';
import { FilingWindow, FilingWindows, type PayerKind } from '../coverage/payer-profile.js';
import type { BillingReasonCode } from '../reason-codes.js';
import { type Claim, filedDateOf, firstServiceDate } from './claim.js';
import { addFilingWindow, nominalFilingDeadline } from './filing-window.js';
import { MedicareFilingException, medicareExceptionDeadline } from './medicare-filing-exception.js';
import type { ClaimStatus } from './status.js';

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
    params: { code: 'billing.filing.risk_thresholds' satisfies BillingReasonCode },
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
 * The options of {@link evaluateTimelyFiling} and {@link evaluateClaimTimelyFiling}: the practice's
 * calendar date and the risk horizons of a {@link TimelyFilingRiskPolicy}.
 * @example
 * ```ts
 * EvaluateTimelyFilingOptions.parse({ asOf: '2025-01-10' }); //=> { asOf: '2025-01-10', highRiskDays: 14, mediumRiskDays: 30 }
 * ```
 */
export const EvaluateTimelyFilingOptions = TimelyFilingRiskPolicy.safeExtend({ asOf: LocalDate });
export type EvaluateTimelyFilingOptions = z.input<typeof EvaluateTimelyFilingOptions>;
/**
 * The options of {@link evaluateClaimTimelyFiling}: the same as {@link EvaluateTimelyFilingOptions}.
 * @example
 * ```ts
 * const options: EvaluateClaimTimelyFilingOptions = { asOf: '2025-01-10', highRiskDays: 7 };
 * ```
 */
export type EvaluateClaimTimelyFilingOptions = EvaluateTimelyFilingOptions;

/**
 * Where a filing stands against its deadline: `on_time` (filed within the window, or not filed and the
 * window still open), `late` (filed after the deadline), `expired` (not filed and the window closed), or
 * `undecided` when a fact needed to start the clock is missing.
 * @example
 * ```ts
 * const outcome: TimelyFilingOutcome = 'expired';
 * ```
 */
export type TimelyFilingOutcome = 'on_time' | 'late' | 'expired' | 'undecided';

/**
 * How close an unfiled claim is to missing its deadline, by the days left against a
 * {@link TimelyFilingRiskPolicy}: `low`, `medium` or `high`.
 * @example
 * ```ts
 * const risk: TimelyFilingRisk = 'high';
 * ```
 */
export type TimelyFilingRisk = 'low' | 'medium' | 'high';

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
    /**
     * The date the clock starts for non-initial kinds: the primary's remittance or the payer's decision.
     * A secondary claim to a payer without an extension (`secondaryFromPrimaryRemittance: null`) runs
     * from the date of service; its primary's remittance date is then only reported.
     */
    startDate: LocalDate.optional(),
    /** The date the claim, corrected claim or appeal was filed (and accepted), if it was. */
    filedOn: LocalDate.optional(),
    /**
     * Which appeal an `appeal` case is: 1 (absent) answers the payer's first decision, 2 the decision on
     * that appeal, and so on; the payer's `furtherAppeals` windows time levels 2 and up. Other kinds
     * ignore it.
     */
    appealLevel: z.number().int().min(1).max(11).optional(),
    /**
     * An exception to Medicare's 12-month limit (42 CFR 424.44(b)) the biller asserts, with its notice date:
     * a first filing (`initial`, `secondary`) may then be filed through the last day of the 6th month after
     * the notice's month, when that is later. Other kinds ignore it.
     */
    medicareException: MedicareFilingException.optional(),
  })
  .refine((c) => c.startDate === undefined || c.startDate >= c.serviceDate, {
    message: 'startDate must not be before the date of service',
    path: ['startDate'],
    params: { code: 'billing.filing.start_before_service' satisfies BillingReasonCode },
  })
  .refine((c) => c.medicareException === undefined || c.medicareException.noticeOn >= c.serviceDate, {
    message: 'the notice must not be before the date of service',
    path: ['medicareException', 'noticeOn'],
    params: { code: 'billing.filing.exception_before_service' satisfies BillingReasonCode },
  });
export type TimelyFilingCase = z.infer<typeof TimelyFilingCase>;

/**
 * The result of {@link evaluateTimelyFiling}: the outcome, and apart from it the risk of an unfiled claim
 * whose window is open, with the deadline and the days left.
 * @example
 * ```ts
 * const d: TimelyFilingDecision = evaluateTimelyFiling(c, MEDICARE_PAYER_PROFILE_EXAMPLE.filing, { asOf: '2025-01-10' });
 * [d.outcome, d.risk, d.deadline]; //=> ['on_time', 'low', '2025-02-28']
 * ```
 */
export type TimelyFilingDecision = Decision<
  'on_time',
  'late' | 'expired' | 'undecided',
  BillingReasonCode,
  {
    readonly claimId: string;
    readonly kind: TimelyFilingKind;
    /**
     * For an unfiled claim whose window is open, how close the deadline is; `null` once filed, once the
     * window has closed, or when undecided.
     */
    readonly risk: TimelyFilingRisk | null;
    /** Last day to file (inclusive), or `null` when undecided. */
    readonly deadline: LocalDate | null;
    /** Calendar days from `asOf` to the deadline (negative once passed), or `null` when undecided. */
    readonly daysLeft: number | null;
  }
>;

/**
 * Where a filing clock starts, which window runs, and notes on how it was chosen; `undecided` when the
 * clock cannot run at all (no further appeal level).
 */
interface FilingClock {
  readonly start: LocalDate | undefined;
  readonly window: FilingWindow;
  readonly notes: readonly Reason<BillingReasonCode>[];
  readonly undecided?: Reason<BillingReasonCode>;
  /** A deadline set by a Medicare exception instead of the window (epoch days, after and before the roll). */
  readonly deadline?: { readonly day: number; readonly nominal: number };
}

/**
 * The case as it stood on `today` (epoch day): a filing, decision or remittance dated after it had not
 * happened yet, so it is left out, and a note says so (internal).
 */
function caseAsOf(
  c: z.output<typeof TimelyFilingCase>,
  today: number,
): { readonly c: z.output<typeof TimelyFilingCase>; readonly notes: readonly Reason<BillingReasonCode>[] } {
  const later = (date: LocalDate | undefined): date is LocalDate =>
    date !== undefined && toEpochDay(date) > today;
  const startLater = later(c.startDate);
  const filedLater = later(c.filedOn);
  if (!startLater && !filedLater) return { c, notes: [] };
  const { startDate, filedOn, ...rest } = c;
  const out: z.output<typeof TimelyFilingCase> = { ...rest };
  if (!startLater && startDate !== undefined) out.startDate = startDate;
  if (!filedLater && filedOn !== undefined) out.filedOn = filedOn;
  return {
    c: out,
    notes: [
      reason(
        'billing.filing.after_as_of_ignored',
        'info',
        'A date after the as-of date is left out: as of that day it had not happened.',
        {
          asOf: fromEpochDay(today),
          startDate: startLater ? (startDate ?? null) : null,
          filedOn: filedLater ? (filedOn ?? null) : null,
        },
      ),
    ],
  };
}

/**
 * The clock of a kind of filing under a payer's windows, on `today` (epoch day); a first filing with a
 * Medicare exception asserted runs to the later of its window and the exception's deadline
 * [sources: cfr-42-424.44].
 */
function clockOf(c: z.output<typeof TimelyFilingCase>, windows: FilingWindows, today: number): FilingClock {
  const clock = kindClockOf(c, windows, today);
  const exception = c.medicareException;
  if (
    exception === undefined ||
    clock.start === undefined ||
    (c.kind !== 'initial' && c.kind !== 'secondary')
  )
    return clock;
  const standardDay = addFilingWindow(toEpochDay(clock.start), clock.window);
  const extended = medicareExceptionDeadline(c.serviceDate, exception, standardDay, clock.window);
  const notes = [...clock.notes, extended.note];
  return extended.deadline === undefined
    ? { ...clock, notes }
    : { ...clock, notes, deadline: extended.deadline };
}

/** The clock of a kind of filing under a payer's windows, before any Medicare exception. */
function kindClockOf(
  c: z.output<typeof TimelyFilingCase>,
  windows: FilingWindows,
  today: number,
): FilingClock {
  switch (c.kind) {
    case 'initial':
      return { start: c.serviceDate, window: windows.initial, notes: [] };
    case 'secondary': {
      const extension = windows.secondaryFromPrimaryRemittance;
      if (extension !== null) return extendedClock(c, windows.initial, extension, today);
      // Medicare: MSP situations do not extend the 12 months from the date of service
      // [sources: cfr-42-424.44, mac-cgs-timely-filing].
      return {
        start: c.serviceDate,
        window: windows.initial,
        notes: [
          reason(
            'billing.filing.secondary_no_extension',
            'info',
            'This payer gives a secondary claim no extension: its deadline counts from the date of service, whatever the primary payer did.',
            { serviceDate: c.serviceDate, primaryRemittanceDate: c.startDate ?? null },
          ),
        ],
      };
    }
    case 'corrected':
      return { start: c.startDate, window: windows.corrected, notes: [] };
    case 'appeal':
      return appealClock(c, windows);
    /* v8 ignore start: unreachable; the never check makes a new case fail the build */
    // Stryker disable next-line all: the exhaustive check, unreachable for parsed input
    default: {
      const exhausted: never = c.kind;
      return exhausted;
    }
    /* v8 ignore stop */
  }
}

/**
 * The clock of an appeal at its level: level 1 has the payer's `appeal` window, level n the (n-1)th of
 * its `furtherAppeals`, each from the decision at the level before [sources: cfr-42-405.942,
 * cfr-42-405.962, cfr-42-405.1014, cfr-42-405.1102, cfr-42-405.1130]. A payer that lists no further
 * levels gives each the `appeal` window, and a reason says so; a level beyond the last one listed has no
 * window, so the decision is undecided.
 */
function appealClock(c: z.output<typeof TimelyFilingCase>, windows: FilingWindows): FilingClock {
  const level = c.appealLevel ?? 1;
  if (level === 1) return { start: c.startDate, window: windows.appeal, notes: [] };
  const further = windows.furtherAppeals;
  const facts = { level, decisionOn: c.startDate ?? null };
  if (further === undefined) {
    return {
      start: c.startDate,
      window: windows.appeal,
      notes: [
        reason(
          'billing.filing.appeal_level_same_window',
          'info',
          'The payer profile lists no windows for appeals after the first, so this one has the first appeal’s window.',
          facts,
        ),
      ],
    };
  }
  const window = further[level - 2];
  if (window === undefined) {
    return {
      start: c.startDate,
      window: windows.appeal,
      notes: [],
      undecided: reason(
        'billing.filing.no_further_appeal_level',
        'warning',
        'The payer profile lists no appeal level after this decision: check whether any further review is open.',
        { ...facts, levels: further.length + 1 },
      ),
    };
  }
  return {
    start: c.startDate,
    window,
    notes: [
      reason(
        'billing.filing.appeal_level',
        'info',
        'A further appeal level: its window counts from the decision at the level before.',
        facts,
      ),
    ],
  };
}

/**
 * The clock of a secondary claim to a payer that extends the window from the primary's remittance: the
 * later of the extension and the window from the date of service. An extension adds time; it never ends
 * the window before the one from the date of service would (Medicaid third-party liability: 12 months
 * from the date of service or 6 months from the other payer's remittance, whichever is later)
 * [sources: medace-payer-deadlines, co-medicaid-timely-filing]. Without the remittance date the window
 * from the date of service still bounds the deadline from below: while it is open on the day judged (the
 * filing, or `today` while unfiled), the claim is on time by it, and a reason says the deadline may be
 * later; once it has closed, the clock cannot start (undecided).
 */
function extendedClock(
  c: z.output<typeof TimelyFilingCase>,
  initial: FilingWindow,
  extension: FilingWindow,
  today: number,
): FilingClock {
  const remittance = c.startDate;
  if (remittance === undefined) {
    const serviceDeadline = addFilingWindow(toEpochDay(c.serviceDate), initial);
    const judgedOn = c.filedOn === undefined ? today : toEpochDay(c.filedOn);
    // Stryker disable next-line ObjectLiteral,ArrayDeclaration: equivalent, an unstarted clock's window and notes are never read
    if (judgedOn > serviceDeadline) return { start: undefined, window: extension, notes: [] };
    return {
      start: c.serviceDate,
      window: initial,
      notes: [
        reason(
          'billing.filing.secondary_service_window_open',
          'info',
          'The primary payer’s remittance date is missing, but the window from the date of service is still open: the claim is on time by it (the extension can only add time).',
          { serviceDate: c.serviceDate, serviceDeadline: fromEpochDay(serviceDeadline) },
        ),
      ],
    };
  }
  const fromService = addFilingWindow(toEpochDay(c.serviceDate), initial);
  const fromRemittance = addFilingWindow(toEpochDay(remittance), extension);
  if (fromService <= fromRemittance) return { start: remittance, window: extension, notes: [] };
  return {
    start: c.serviceDate,
    window: initial,
    notes: [
      reason(
        'billing.filing.secondary_service_window_later',
        'info',
        'The window from the date of service ends after the extension from the primary payer’s remittance, so it applies: an extension never shortens the window.',
        {
          serviceDate: c.serviceDate,
          primaryRemittanceDate: remittance,
          extensionDeadline: fromEpochDay(fromRemittance),
        },
      ),
    ],
  };
}

/**
 * The last day to file under a window, counted from a start date. Months clamp to the month end; a
 * window with `rollToNextWorkday` moves a deadline on a weekend or US federal holiday to the next workday.
 *
 * @remarks Medicare allows 12 months from the date of service, and a date of service of February 29
 * must be filed by February 28 of the next year [sources: cfr-42-424.44, mac-fcso-timely-filing]; a
 * last day on a weekend or federal holiday is met by filing on the next workday
 * [sources: cms-mcpm-ch1-70, mac-palmetto-timely-filing]. "N days from" is read as the start date
 * plus N days (the start day is day 0).
 * @example
 * ```ts
 * getFilingDeadline('2024-02-29', { amount: 12, unit: 'months' }); //=> '2025-02-28'
 * getFilingDeadline('2026-01-31', { amount: 1, unit: 'months' });  //=> '2026-02-28'
 * getFilingDeadline('2026-03-02', { amount: 90, unit: 'days' });   //=> '2026-05-31'
 * getFilingDeadline('2025-02-28', { amount: 12, unit: 'months', rollToNextWorkday: true });
 * //=> '2026-03-02' (February 28, 2026 is a Saturday)
 * ```
 */
export function getFilingDeadline(start: LocalDate, window: FilingWindow): LocalDate {
  // Both arguments' problems at once, each under its parameter's name (`$.start`, `$.window.amount`).
  const [startDate, w] = validateArguments([
    ['start', LocalDate, start, 'filing start date'],
    ['window', FilingWindow, window, 'filing window'],
  ]);
  return fromEpochDay(addFilingWindow(toEpochDay(startDate), w));
}

/** Risk of a not-yet-filed claim by days left, `expired` once passed (internal, shared with aging). */
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
 * Evaluates one filing deadline: when it falls, how many days are left as of `asOf`, whether the filing
 * is on time, late or expired, and for an unfiled claim the risk of missing it.
 *
 * @param input - the claim's dates and which clock applies
 * @param windows - the payer's filing windows (from its `PayerProfile`)
 * @param options - `asOf` (the practice's calendar date) and the risk horizons
 * @throws {@link ValidationError} listing every problem of the input, windows and options at once, each
 * path under its parameter's name (`$.input.startDate`, `$.windows.appeal`, `$.options.asOf`).
 * @remarks Medicare: 12 months from the date of service [sources: cfr-42-424.44], a weekend or holiday
 * deadline met on the next workday [sources: cms-mcpm-ch1-70], and no extension as secondary payer
 * [sources: mac-cgs-timely-filing]; payers whose profile has a `secondaryFromPrimaryRemittance`
 * window count a secondary claim from the primary's remittance [sources: medace-payer-deadlines].
 * Corrected claims and appeals count from the payer's decision [sources: cfr-42-405.980, cfr-42-405.942].
 * The verdict comes first in `reasons`, then how the clock was set (no extension, workday roll).
 * @example
 * ```ts
 * evaluateTimelyFiling({ claimId: 'c-1', kind: 'initial', serviceDate: '2024-02-29' },
 *   MEDICARE_PAYER_PROFILE_EXAMPLE.filing, { asOf: '2025-02-20' });
 * //=> { outcome: 'on_time', risk: 'high', deadline: '2025-02-28', daysLeft: 8, kind: 'initial', claimId: 'c-1',
 * //     reasons: [{ code: 'billing.filing.deadline_imminent', … }] }
 * evaluateTimelyFiling({ claimId: 'c-2', kind: 'secondary', serviceDate: '2025-01-10', startDate: '2025-11-01' },
 *   MEDICARE_PAYER_PROFILE_EXAMPLE.filing, { asOf: '2026-02-01' });
 * //=> { outcome: 'expired', risk: null, deadline: '2026-01-12', daysLeft: -20, reasons: [
 * //     { code: 'billing.claim.past_timely_filing', … }, { code: 'billing.filing.secondary_no_extension', … },
 * //     { code: 'billing.filing.deadline_moved_to_workday', … }], … }
 * ```
 */
export function evaluateTimelyFiling(
  input: z.input<typeof TimelyFilingCase>,
  windows: FilingWindows,
  options: EvaluateTimelyFilingOptions,
): TimelyFilingDecision {
  // Every argument's problems at once, each under its parameter's name (`$.input.startDate`).
  const [c, w, o] = validateArguments([
    ['input', TimelyFilingCase, input, 'timely filing case'],
    ['windows', FilingWindows, windows, 'filing windows'],
    ['options', EvaluateTimelyFilingOptions, options, 'timely filing options'],
  ]);
  return timelyFilingOfValidated(c, w, toEpochDay(o.asOf), o);
}

/** Where a filing clock stands on a day: {@link TimelyFilingDecision}'s deadline and days left, without its reasons. */
export interface FilingStanding {
  readonly deadline: LocalDate | null;
  readonly daysLeft: number | null;
  /** Whether the window closed unfiled: the decision's `expired` outcome. */
  readonly expired: boolean;
}

/**
 * The deadline, days left and expiry {@link timelyFilingOfValidated} decides for a validated case, without
 * building its reasons (internal: the follow-up queue races most deadlines without reporting them).
 */
export function filingStandingOf(
  input: z.output<typeof TimelyFilingCase>,
  w: FilingWindows,
  today: number,
): FilingStanding {
  if (impossibleFiling(input) !== undefined) return { deadline: null, daysLeft: null, expired: false };
  const c = caseAsOf(input, today).c;
  const clock = clockOf(c, w, today);
  if (clock.start === undefined || clock.undecided !== undefined) {
    return { deadline: null, daysLeft: null, expired: false };
  }
  const deadlineDay = clock.deadline?.day ?? addFilingWindow(toEpochDay(clock.start), clock.window);
  const daysLeft = deadlineDay - today;
  return { deadline: fromEpochDay(deadlineDay), daysLeft, expired: c.filedOn === undefined && daysLeft < 0 };
}

/**
 * {@link evaluateTimelyFiling} on a case, windows and policy that have already passed their schemas, with
 * the as-of date as an epoch day (internal: the scrubber and the follow-up queue build the case from a
 * validated claim, so checking it again would only cost time). `claimNotes`, from the claim's
 * history, are added after the clock's own. A filing, decision or remittance dated after `today` is left
 * out (`billing.filing.after_as_of_ignored`).
 */
export function timelyFilingOfValidated(
  input: z.output<typeof TimelyFilingCase>,
  w: FilingWindows,
  today: number,
  thresholds: z.output<typeof TimelyFilingRiskPolicy>,
  claimNotes: readonly Reason<BillingReasonCode>[] = [],
): TimelyFilingDecision {
  const asOf = caseAsOf(input, today);
  const c = asOf.c;
  const history = asOf.notes.length === 0 ? claimNotes : [...claimNotes, ...asOf.notes];
  const clock = clockOf(c, w, today);
  const base = { claimId: c.claimId, kind: c.kind };
  const start = clock.start;
  const undecided = (why: Reason<BillingReasonCode>): TimelyFilingDecision => ({
    ...base,
    outcome: 'undecided',
    risk: null,
    deadline: null,
    daysLeft: null,
    reasons: [why, ...history],
  });
  // Dates that contradict each other are reported as given, even when one of them is after `today`.
  const impossible = impossibleFiling(input);
  if (impossible !== undefined) return undecided(impossible);
  if (clock.undecided !== undefined) return undecided(clock.undecided);
  if (start === undefined) {
    return undecided(
      reason(
        'billing.filing.start_unknown',
        'warning',
        c.kind === 'secondary'
          ? 'The primary payer’s remittance date is needed to start the secondary filing clock.'
          : 'The date of the payer’s decision is needed to start this filing clock.',
        { kind: c.kind },
      ),
    );
  }
  const window = clock.window;
  const startDay = toEpochDay(start);
  const deadlineDay = clock.deadline?.day ?? addFilingWindow(startDay, window);
  const nominalDay = clock.deadline?.nominal ?? nominalFilingDeadline(startDay, window);
  const deadline = fromEpochDay(deadlineDay);
  const daysLeft = deadlineDay - today;
  const facts = { kind: c.kind, start, deadline, window: { amount: window.amount, unit: window.unit } };
  const notes: Reason<BillingReasonCode>[] = [...clock.notes, ...history];
  if (deadlineDay !== nominalDay) {
    notes.push(
      reason(
        'billing.filing.deadline_moved_to_workday',
        'info',
        'The last day fell on a weekend or federal holiday, so the deadline moves to the next workday.',
        { nominalDeadline: fromEpochDay(nominalDay), deadline },
      ),
    );
  }
  const decided = (
    outcome: Exclude<TimelyFilingOutcome, 'undecided'>,
    risk: TimelyFilingRisk | null,
    verdict: Reason<BillingReasonCode>,
  ): TimelyFilingDecision => ({ ...base, outcome, risk, deadline, daysLeft, reasons: [verdict, ...notes] });
  if (c.filedOn !== undefined) {
    // Days to spare when it was filed; negative: filed that many days late.
    const filed = { ...facts, filedOn: c.filedOn, marginDays: deadlineDay - toEpochDay(c.filedOn) };
    return toEpochDay(c.filedOn) > deadlineDay
      ? decided(
          'late',
          null,
          reason('billing.filing.filed_late', 'error', 'It was filed after the deadline.', filed),
        )
      : decided(
          'on_time',
          null,
          reason('billing.filing.filed_on_time', 'info', 'It was filed within the window.', filed),
        );
  }
  const risk = riskOfDaysLeft(daysLeft, thresholds);
  const withDays = { ...facts, daysLeft };
  switch (risk) {
    case 'low':
      return decided(
        'on_time',
        'low',
        reason('billing.filing.within_window', 'info', 'The deadline is not near.', withDays),
      );
    case 'medium':
      return decided(
        'on_time',
        'medium',
        reason(
          'billing.filing.deadline_approaching',
          'warning',
          'The deadline is within the medium-risk horizon.',
          withDays,
        ),
      );
    case 'high':
      return decided(
        'on_time',
        'high',
        reason(
          'billing.filing.deadline_imminent',
          'error',
          'The deadline is within the high-risk horizon: file now.',
          withDays,
        ),
      );
    case 'expired':
      return decided(
        'expired',
        null,
        reason('billing.claim.past_timely_filing', 'error', 'The filing window has closed.', withDays),
      );
    /* v8 ignore start: unreachable; the never check makes a new case fail the build */
    // Stryker disable next-line all: the exhaustive check, unreachable for parsed input
    default: {
      const exhausted: never = risk;
      return exhausted;
    }
    /* v8 ignore stop */
  }
}

/**
 * A filing date the case's own dates rule out: before the date of service, or (a corrected claim, an
 * appeal) before the payer's decision it answers. No deadline can be judged on it, so the decision is
 * undecided until the date is fixed (internal).
 */
function impossibleFiling(c: z.output<typeof TimelyFilingCase>): Reason<BillingReasonCode> | undefined {
  const filedOn = c.filedOn;
  // Stryker disable next-line ConditionalExpression: equivalent, an absent date compares false below
  if (filedOn === undefined) return undefined;
  if (filedOn < c.serviceDate) {
    return reason(
      'billing.filing.filed_before_service',
      'error',
      'The filing date is before the date of service: check the dates before judging the deadline.',
      { kind: c.kind, serviceDate: c.serviceDate, filedOn },
    );
  }
  const decisionOn = c.startDate;
  // Stryker disable next-line ConditionalExpression: equivalent when the decision date is absent (compares false)
  if (decisionOn === undefined) return undefined;
  if ((c.kind === 'corrected' || c.kind === 'appeal') && filedOn < decisionOn) {
    return reason(
      'billing.filing.filed_before_decision',
      'error',
      'The corrected claim or appeal is dated before the payer’s decision it answers: check the dates before judging the deadline.',
      { kind: c.kind, decisionOn, filedOn },
    );
  }
  return undefined;
}

/** A claim's filing case and what its history says about the clock (internal). */
export interface ClaimFilingClock {
  readonly filingCase: z.output<typeof TimelyFilingCase>;
  readonly notes: readonly Reason<BillingReasonCode>[];
}

// The payer's decisions on a processed claim: each starts an appeal window, and a correction sent after
// one is a corrected claim (a reopening for Medicare), not a first filing.
const PROCESSED: ReadonlySet<ClaimStatus> = new Set(['paid', 'partially_paid', 'denied', 'recouped']);

/**
 * The filing clock a claim is on now under a payer's windows on an epoch day, from its status and history
 * (internal, shared with the scrubber, the follow-up queue and the what-if replay). The claim is read as
 * it stood on `today`: moves dated after it are left out, and a note says so.
 */
export function filingClockOfClaim(
  c: Claim,
  windows: FilingWindows,
  today: number,
  payerKind?: PayerKind,
): ClaimFilingClock {
  // 424.44(b)'s exceptions are Medicare fee-for-service's [sources: cfr-42-424.44]: a claim to another payer
  // that carries one is timed by that payer's own window, and says so. Without the payer's kind (the what-if
  // replay's windows alone) the exception is read as the biller asserted it.
  const exceptionApplies = payerKind === undefined || payerKind === 'medicare';
  const clock = claimClockOf(c, windows, today, exceptionApplies);
  const exception = c.medicareFilingException;
  if (
    exception === undefined ||
    exceptionApplies ||
    (clock.filingCase.kind !== 'initial' && clock.filingCase.kind !== 'secondary')
  )
    return clock;
  const note = reason(
    'billing.filing.medicare_exception_not_applicable',
    'warning',
    'The claim asserts an exception to Medicare’s 12-month limit (42 CFR 424.44(b)), but its payer is not Medicare fee-for-service: its own filing window applies.',
    { exception: exception.kind, noticeOn: exception.noticeOn, payerKind: payerKind ?? null },
  );
  return { ...clock, notes: [note, ...clock.notes] };
}

function claimClockOf(
  c: Claim,
  windows: FilingWindows,
  today: number,
  exceptionApplies: boolean,
): ClaimFilingClock {
  // The claim passed its schema: its dates are read, not checked again (the public getters check).
  const serviceDate = firstServiceDate(c.lines);
  const asOfDate = fromEpochDay(today);
  // One pass over the history up to today: the first and latest decisions, the latest submission and
  // what followed it, and the appeals since the decision that started the appeal levels.
  let firstDecisionOn: LocalDate | undefined;
  let decisionOn: LocalDate | undefined;
  let unprocessableOn: LocalDate | undefined;
  let sent: { on: LocalDate; afterDecisionOn: LocalDate | undefined; returned: boolean } | undefined;
  let appealedOn: LocalDate | undefined;
  let appeals = 0;
  let status: ClaimStatus = 'draft';
  let seen = 0;
  for (const change of c.history) {
    if (change.on > asOfDate) break;
    seen += 1;
    status = change.to;
    if (PROCESSED.has(change.to)) {
      decisionOn = change.on;
      firstDecisionOn ??= change.on;
      // A recoupment is a new determination: its appeals start again at the first level.
      if (change.to === 'recouped') appeals = 0;
    } else if (change.to === 'submitted' || change.to === 'resubmitted') {
      sent = { on: change.on, afterDecisionOn: decisionOn, returned: false };
      // A corrected claim gets a revised determination, whose appeals start at the first level.
      appeals = 0;
    } else if ((change.to === 'rejected' || change.to === 'unprocessable') && sent !== undefined)
      sent.returned = true;
    else if (change.to === 'appealed') {
      appealedOn = change.on;
      appeals += 1;
    }
    if (change.to === 'unprocessable') unprocessableOn = change.on;
  }
  const history = seen === c.history.length ? c.history : c.history.slice(0, seen);
  const asOfNotes: Reason<BillingReasonCode>[] =
    seen === c.history.length
      ? []
      : [
          reason(
            'billing.filing.after_as_of_ignored',
            'info',
            'The claim’s moves dated after the as-of date are left out: as of that day they had not happened.',
            { asOf: asOfDate, firstIgnoredMoveOn: (c.history[seen] as { on: LocalDate }).on },
          ),
        ];
  // Built field by field (an absent date is left out): a large practice asks this of every open claim.
  const filingCase = (
    kind: TimelyFilingKind,
    startDate: LocalDate | undefined,
    filedOn: LocalDate | undefined,
    appealLevel?: number,
  ): z.output<typeof TimelyFilingCase> => {
    const out: z.output<typeof TimelyFilingCase> = { claimId: c.claimId, serviceDate, kind };
    if (startDate !== undefined) out.startDate = startDate;
    if (filedOn !== undefined) out.filedOn = filedOn;
    if (appealLevel !== undefined && appealLevel > 1) out.appealLevel = appealLevel;
    if (c.medicareFilingException !== undefined && exceptionApplies)
      out.medicareException = c.medicareFilingException;
    return out;
  };
  switch (status) {
    case 'denied':
    case 'partially_paid':
    case 'recouped':
      return { filingCase: filingCase('appeal', decisionOn, undefined, appeals + 1), notes: asOfNotes };
    case 'appealed':
      // The appeal is the history's last move, so the latest decision is the one appealed.
      return { filingCase: filingCase('appeal', decisionOn, appealedOn, appeals), notes: asOfNotes };
    default: {
      if (sent?.afterDecisionOn !== undefined) {
        // A reopening counts from the initial determination unless the payer counts from its latest decision
        // [sources: cfr-42-405.980].
        const correctedOf =
          windows.correctedFrom === 'latest_decision' ? sent.afterDecisionOn : (firstDecisionOn as LocalDate);
        // A correction of a processed claim: counts as filed once sent, unless rejected or returned.
        return {
          filingCase: filingCase('corrected', correctedOf, sent.returned ? undefined : sent.on),
          notes: [
            reason(
              'billing.filing.corrected_from_decision',
              'info',
              windows.correctedFrom === 'latest_decision'
                ? 'A correction of a processed claim has its own window from the payer’s latest decision.'
                : 'A correction of a processed claim (for Medicare, a reopening) has its own window from the payer’s first decision on the claim (the initial determination).',
              { decisionOn: correctedOf, latestDecisionOn: sent.afterDecisionOn },
            ),
            ...asOfNotes,
          ],
        };
      }
      const kind = c.coverage === 'secondary' ? 'secondary' : 'initial';
      const accepted = filedDateOf(history);
      // Sent and neither acknowledged nor returned yet: filed on the day it was sent, unless it comes back.
      // (An acknowledgment after the latest submission always files the claim, so `accepted` says it.)
      const pending = accepted === undefined && sent !== undefined && !sent.returned ? sent.on : undefined;
      const notes: Reason<BillingReasonCode>[] = [];
      if (unprocessableOn !== undefined) {
        notes.push(
          reason(
            'billing.filing.unprocessable_not_filed',
            'info',
            'The payer returned the claim as unprocessable, so it was never filed: the date-of-service deadline still applies to its resubmission.',
            { returnedOn: unprocessableOn },
          ),
        );
      }
      if (pending !== undefined) {
        notes.push(
          reason(
            'billing.filing.acknowledgment_pending',
            'warning',
            'The claim was sent and no acknowledgment (999 or 277CA) has come back yet: it counts as filed on the day it was sent unless it is rejected or returned unprocessable.',
            { submittedOn: pending },
          ),
        );
      }
      notes.push(...asOfNotes);
      const clock = {
        filingCase: filingCase(
          kind,
          kind === 'secondary' ? c.primaryRemittanceDate : undefined,
          accepted ?? pending,
        ),
        notes,
      };
      return perLineClock(clock, c.lines, windows, today);
    }
  }
}

/**
 * The per-line date-of-service clock of a first filing (initial or secondary): the payer times a
 * professional claim per line [sources: cms-mcpm-ch1-70], so
 * - an unfiled claim whose first lines are past their deadline races its earliest line still open, and a
 *   note names the dates already past, which the payer will deny (expired only when every line is);
 * - a claim filed after its first line's deadline is late for the lines whose deadline had passed, and a
 *   note names the lines filed in time, which the payer processes.
 * The deadline of a line grows with its date of service (a secondary extension included), so the lines in
 * time are the latest ones.
 */
function perLineClock(
  clock: ClaimFilingClock,
  lines: readonly { readonly serviceDate: LocalDate }[],
  windows: FilingWindows,
  today: number,
): ClaimFilingClock {
  const c = clock.filingCase;
  // A secondary clock waiting for the primary's remittance has no line deadlines: it is judged on its
  // first line alone (on time while that line's window from the date of service is open, else undecided).
  if (c.kind === 'secondary' && windows.secondaryFromPrimaryRemittance !== null && c.startDate === undefined)
    return clock;
  const deadlineOf = (serviceDate: LocalDate): number => {
    const line = clockOf({ ...c, serviceDate }, windows, today);
    return line.deadline?.day ?? addFilingWindow(toEpochDay(line.start as LocalDate), line.window);
  };
  const first = deadlineOf(c.serviceDate);
  const filedOn = c.filedOn;
  // The day each line is judged on: its filing, or today while unfiled.
  const judgedOn = filedOn === undefined ? today : toEpochDay(filedOn);
  if (first >= judgedOn) return clock;
  const dates = [...new Set(lines.map((l) => l.serviceDate))].sort(compareText);
  // Every line's clock starts once the first line's does: only the date of service differs.
  const inTime = dates.filter((d) => deadlineOf(d) >= judgedOn);
  const earliestInTime = inTime[0];
  if (earliestInTime === undefined) return clock;
  const past = dates.filter((d) => d < earliestInTime);
  if (filedOn !== undefined) {
    return {
      filingCase: c,
      notes: [
        ...clock.notes,
        reason(
          'billing.filing.lines_filed_in_time',
          'warning',
          'Only the lines whose dates of service were past their deadline when the claim was filed are late; the later lines were filed in time and the payer processes them.',
          { lateServiceDates: past, inTimeServiceDates: inTime },
        ),
      ],
    };
  }
  return {
    filingCase: { ...c, serviceDate: earliestInTime },
    notes: [
      ...clock.notes,
      reason(
        'billing.filing.lines_past_deadline',
        'warning',
        'Some lines’ dates of service are past the filing deadline and will be denied; the later lines can still be filed by the deadline.',
        { pastServiceDates: past, serviceDate: earliestInTime },
      ),
    ],
  };
}
