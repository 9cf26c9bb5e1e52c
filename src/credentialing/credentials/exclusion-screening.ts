import * as z from 'zod';
import { addMonths, type Decision, LocalDate, type Reason, reason, UsState } from '../../core/index.js';
import { checkUniqueKeys, validateArguments } from '../../core/internal.js';
import type { CredentialingIssueCode, CredentialingReasonCode } from '../reason-codes.js';

/**
 * Months between two checks of the exclusion lists: OIG updates the LEIE monthly, and a state Medicaid
 * agency must check the LEIE and SAM at least monthly (42 CFR 455.436(c)(2)); providers are expected to
 * screen the people they bill for on the same cycle.
 *
 * @remarks [sources: cfr-42-455.436, oig-leie, oig-special-advisory-exclusion]
 * @example
 * ```ts
 * EXCLUSION_SCREENING_INTERVAL_MONTHS; //=> 1
 * ```
 */
export const EXCLUSION_SCREENING_INTERVAL_MONTHS = 1;

/**
 * An exclusion list a practice screens a clinician against: the HHS OIG List of Excluded
 * Individuals/Entities (`leie`), the federal System for Award Management exclusions (`sam`), and a state
 * Medicaid agency's own exclusion or termination list (`state_medicaid`).
 *
 * @example
 * ```ts
 * ExclusionListSource.parse('leie'); //=> 'leie'
 * ```
 */
export const ExclusionListSource = z.enum(['leie', 'sam', 'state_medicaid']);
export type ExclusionListSource = z.infer<typeof ExclusionListSource>;

/**
 * A check of an exclusion list before the last one recorded (`state` for a state Medicaid list): kept so that a
 * date of service more than a month before the last check is still covered by the check of its own month.
 *
 * @example
 * ```ts
 * EarlierExclusionCheck.parse({ source: 'leie', screenedOn: '2026-02-02' }); //=> the same object
 * ```
 */
export const EarlierExclusionCheck = z.strictObject({
  source: ExclusionListSource,
  state: UsState.optional(),
  screenedOn: LocalDate,
});
export type EarlierExclusionCheck = z.infer<typeof EarlierExclusionCheck>;

/**
 * The last check of one state's Medicaid exclusion list.
 *
 * @example
 * ```ts
 * StateMedicaidScreening.parse({ state: 'NY', screenedOn: '2026-03-02' }); //=> the same object
 * ```
 */
export const StateMedicaidScreening = z.strictObject({ state: UsState, screenedOn: LocalDate });
export type StateMedicaidScreening = z.infer<typeof StateMedicaidScreening>;

/**
 * The last date the practice checked a clinician against each exclusion list (each optional: left out,
 * that list's check is not known). A check on a date counts for every date of service from one month before
 * it to one month after it ({@link getExclusionScreeningDueDate}); each state list once. `earlierChecks` keeps
 * the checks before the last, for dates of service more than a month before it (a claim billed late).
 *
 * @remarks [sources: cfr-42-455.436, oig-leie, sam-exclusions]. Two entries for one state are rejected
 * (`credentialing.screening.duplicate_state`).
 * @example
 * ```ts
 * validate(ExclusionScreening, { leieScreenedOn: '2026-03-02', samScreenedOn: '2026-03-02' }, 'exclusion screening');
 * //=> { leieScreenedOn: '2026-03-02', samScreenedOn: '2026-03-02', stateMedicaid: [] }
 * ```
 */
export const ExclusionScreening = z
  .strictObject({
    leieScreenedOn: LocalDate.optional(),
    samScreenedOn: LocalDate.optional(),
    stateMedicaid: z.array(StateMedicaidScreening).default([]),
    earlierChecks: z.array(EarlierExclusionCheck).optional(),
  })
  .superRefine((s, ctx) => {
    checkUniqueKeys(
      ctx,
      s.stateMedicaid,
      (x) => x.state,
      (i) => ['stateMedicaid', i, 'state'],
      {
        code: 'credentialing.screening.duplicate_state' satisfies CredentialingIssueCode,
        message: 'must be unique: another entry names the same state',
      },
    );
  });
export type ExclusionScreening = z.infer<typeof ExclusionScreening>;
/** What callers pass for {@link ExclusionScreening}: every field may be left out. */
export type ExclusionScreeningInput = z.input<typeof ExclusionScreening>;

/**
 * The day the next check of an exclusion list falls due: one month after the last (a month end clamps,
 * 2026-01-31 → 2026-02-28). A check covers dates of service through this day.
 *
 * @remarks Monthly: 42 CFR 455.436(c)(2), OIG's monthly LEIE updates [sources: cfr-42-455.436, oig-leie].
 * @throws {@link ValidationError} when `screenedOn` is not a `YYYY-MM-DD` date
 * @example
 * ```ts
 * getExclusionScreeningDueDate('2026-03-02'); //=> '2026-04-02'
 * getExclusionScreeningDueDate('2026-01-31'); //=> '2026-02-28'
 * ```
 */
export function getExclusionScreeningDueDate(screenedOn: LocalDate): LocalDate {
  const [on] = validateArguments([['screenedOn', LocalDate, screenedOn, 'screening date']]);
  return addMonths(on, EXCLUSION_SCREENING_INTERVAL_MONTHS);
}

/**
 * One list's check on a date: `current` from one month before the last check through one month after it,
 * `overdue` after that, `checked_later` when the check is more than a month after the date, `unknown` with
 * no check recorded.
 *
 * @example
 * ```ts
 * const s: ExclusionScreeningStanding = { source: 'leie', state: null, screenedOn: '2026-03-02',
 *   dueOn: '2026-04-02', status: 'current' };
 * ```
 */
export interface ExclusionScreeningStanding {
  readonly source: ExclusionListSource;
  readonly state: UsState | null;
  readonly screenedOn: LocalDate | null;
  readonly dueOn: LocalDate | null;
  readonly status: 'current' | 'overdue' | 'checked_later' | 'unknown';
}

/** Which lists a payer's program needs checked: the LEIE and SAM for every federal program, and Medicaid's state lists. */
export type ScreenedProgram = 'medicare' | 'medicaid';

/**
 * One list's standing on a date, the one rule for every list. A check vouches for the date when it falls
 * within one monthly interval of it, either way: a check on or before the date covers it through one month
 * after the check (then the next was due); a check after the date covers it from one month before, since the
 * list as of the check shows every exclusion still standing with its effective date, and the monthly checks
 * a month apart cover every day between them. A check more than a month after the date shows nothing of an
 * exclusion that stood on the date and was lifted before the check: `checked_later`, never assumed clean.
 */
function standing(
  source: ExclusionListSource,
  state: UsState | null,
  screenedOn: LocalDate | undefined,
  on: LocalDate,
  earlier: readonly LocalDate[] = [],
): ExclusionScreeningStanding {
  if (screenedOn === undefined) return { source, state, screenedOn: null, dueOn: null, status: 'unknown' };
  const at = (date: LocalDate) => {
    const dueOn = addMonths(date, EXCLUSION_SCREENING_INTERVAL_MONTHS);
    const coversFrom = addMonths(date, -EXCLUSION_SCREENING_INTERVAL_MONTHS);
    const status = on > dueOn ? 'overdue' : on < coversFrom ? 'checked_later' : 'current';
    return { source, state, screenedOn: date, dueOn, status } as const;
  };
  const last = at(screenedOn);
  if (last.status !== 'checked_later') return last;
  // The last check is too late for the date: an earlier one recorded may cover it.
  return earlier.map(at).find((x) => x.status === 'current') ?? last;
}

/**
 * Every list a program needs checked, with its standing on a date: the LEIE and SAM always; for Medicaid
 * also each state list recorded (and, with none recorded, one `unknown` state list), plus `medicaidStates`.
 */
export function exclusionScreeningOn(
  s: ExclusionScreening,
  program: ScreenedProgram,
  on: LocalDate,
  medicaidStates: readonly UsState[] = [],
): ExclusionScreeningStanding[] {
  const earlier = (source: ExclusionListSource, state: UsState | null) =>
    (s.earlierChecks ?? []).flatMap((x) =>
      x.source === source && (x.state ?? null) === state ? [x.screenedOn] : [],
    );
  const out = [
    standing('leie', null, s.leieScreenedOn, on, earlier('leie', null)),
    standing('sam', null, s.samScreenedOn, on, earlier('sam', null)),
  ];
  if (program === 'medicare') return out;
  const states = [...new Set([...s.stateMedicaid.map((x) => x.state), ...medicaidStates])].sort();
  for (const state of states) {
    const last = s.stateMedicaid.find((x) => x.state === state)?.screenedOn;
    out.push(standing('state_medicaid', state, last, on, earlier('state_medicaid', state)));
  }
  if (states.length === 0) out.push(standing('state_medicaid', null, undefined, on));
  return out;
}

/** A plain name for a list, e.g. `the NY Medicaid exclusion list`. */
export function describeExclusionList(x: {
  readonly source: ExclusionListSource;
  readonly state: UsState | null;
}): string {
  switch (x.source) {
    case 'leie':
      return 'the OIG exclusion list (LEIE)';
    case 'sam':
      return 'the SAM exclusion list';
    case 'state_medicaid':
      return x.state === null ? 'a state Medicaid exclusion list' : `the ${x.state} Medicaid exclusion list`;
    /* v8 ignore next 4 -- unreachable: the union is exhausted above */
    default: {
      const exhausted: never = x.source;
      return exhausted;
    }
  }
}

/**
 * The options of {@link evaluateExclusionScreening}: the date to judge on, and whether the clinician bills
 * Medicaid (then the state lists count: those recorded and `medicaidStates`).
 *
 * @example
 * ```ts
 * EvaluateExclusionScreeningOptions.parse({ asOf: '2026-04-10' }).billsMedicaid; //=> false
 * ```
 */
export const EvaluateExclusionScreeningOptions = z.strictObject({
  asOf: LocalDate,
  billsMedicaid: z.boolean().default(false),
  medicaidStates: z.array(UsState).default([]),
});
export type EvaluateExclusionScreeningOptions = z.input<typeof EvaluateExclusionScreeningOptions>;

/**
 * The decision of {@link evaluateExclusionScreening}: `current` when every list needed was checked within
 * the month; `overdue` when one was not (an error); `undecided` when one was never recorded, or only more
 * than a month after the date. `nextDueOn` is the earliest due date of the lists checked.
 *
 * @example
 * ```ts
 * const d: ExclusionScreeningDecision = evaluateExclusionScreening({ leieScreenedOn: '2026-03-02' }, { asOf: '2026-03-10' });
 * d.outcome; //=> 'undecided' (SAM not recorded)
 * ```
 */
export type ExclusionScreeningDecision = Decision<
  'current',
  'overdue' | 'undecided',
  CredentialingReasonCode,
  { readonly sources: readonly ExclusionScreeningStanding[]; readonly nextDueOn: LocalDate | null }
>;

/**
 * Whether a clinician's exclusion screening is current on a date: each list needed (the LEIE and SAM; a
 * Medicaid biller's state lists too) checked within a month of it. A check covers the month after it, and the
 * month before it (the list then shows every exclusion still standing, with its effective date); one dated more
 * than a month after the date cannot show an exclusion lifted in between. A list never checked, or only that
 * late, is not assumed clean: the answer is `undecided`. A clinician found on the LEIE is recorded as an
 * `OigExclusion`, one found on SAM as a `SamExclusion`, and the network check reads both on the date of
 * service the same way.
 *
 * @param screening - the last check date per list (`ExclusionScreening`)
 * @param options - `asOf`, `billsMedicaid`, `medicaidStates`
 * @returns `current`, `overdue` (`credentialing.exclusion.screening_overdue`) or `undecided`
 *   (`credentialing.exclusion.screening_unknown`, `credentialing.exclusion.screening_after_date`), with each
 *   list's standing
 * @throws {@link ValidationError} listing every problem of both arguments by path
 * @remarks Monthly checks: 42 CFR 455.436(c)(2) for state Medicaid agencies, OIG's monthly LEIE and its
 * advice to screen monthly; the effect of an exclusion: 42 CFR 1001.1901
 * [sources: cfr-42-455.436, oig-leie, oig-special-advisory-exclusion, cfr-42-1001.1901].
 * @example
 * ```ts
 * evaluateExclusionScreening({ leieScreenedOn: '2026-03-02', samScreenedOn: '2026-03-02' }, { asOf: '2026-04-02' }).outcome;
 * //=> 'current'
 * evaluateExclusionScreening({ leieScreenedOn: '2026-03-02', samScreenedOn: '2026-03-02' }, { asOf: '2026-04-03' });
 * //=> { outcome: 'overdue', nextDueOn: '2026-04-02', reasons: [{ code: 'credentialing.exclusion.screening_overdue', … }, …] }
 * ```
 */
export function evaluateExclusionScreening(
  screening: ExclusionScreeningInput,
  options: EvaluateExclusionScreeningOptions,
): ExclusionScreeningDecision {
  const [s, o] = validateArguments([
    ['screening', ExclusionScreening, screening, 'exclusion screening'],
    ['options', EvaluateExclusionScreeningOptions, options, 'exclusion screening options'],
  ]);
  const sources = exclusionScreeningOn(
    s,
    o.billsMedicaid ? 'medicaid' : 'medicare',
    o.asOf,
    o.medicaidStates,
  );
  const dues = sources.flatMap((x) => (x.dueOn === null ? [] : [x.dueOn])).sort();
  const nextDueOn = dues[0] ?? null;
  const reasons = screeningReasons(sources, o.asOf, 'error');
  const overdue = reasons.filter((r) => r.code === 'credentialing.exclusion.screening_overdue');
  const unknown = reasons.filter(
    (r) =>
      r.code === 'credentialing.exclusion.screening_unknown' ||
      r.code === 'credentialing.exclusion.screening_after_date',
  );
  const [first, ...rest] = [...overdue, ...unknown];
  if (first !== undefined) {
    return {
      outcome: overdue.length > 0 ? 'overdue' : 'undecided',
      sources,
      nextDueOn,
      reasons: [first, ...rest],
    };
  }
  return { outcome: 'current', sources, nextDueOn, reasons };
}

/**
 * One reason per list: `screening_overdue` (at `overdueSeverity`), `screening_unknown` (a warning) or
 * `screening_current` (info), facts naming the list, its last check and due date.
 */
export function screeningReasons(
  sources: readonly ExclusionScreeningStanding[],
  on: LocalDate,
  overdueSeverity: 'error' | 'warning',
): Reason<CredentialingReasonCode>[] {
  return sources.map((x) => {
    const facts = { source: x.source, state: x.state, screenedOn: x.screenedOn, dueOn: x.dueOn, on };
    const list = describeExclusionList(x);
    switch (x.status) {
      case 'overdue':
        return reason(
          'credentialing.exclusion.screening_overdue',
          overdueSeverity,
          `The last check of ${list} was on ${x.screenedOn}; the next was due by ${x.dueOn}: whether the clinician was excluded on ${on} is not known. Check the list and record the date.`,
          facts,
        );
      case 'checked_later':
        return reason(
          'credentialing.exclusion.screening_after_date',
          'warning',
          `The last check of ${list} was on ${x.screenedOn}, more than a month after ${on}: it shows no exclusion still standing then, but not one that stood on ${on} and was lifted before. Record the check that covered ${on} (earlierChecks) to decide.`,
          facts,
        );
      case 'unknown':
        return reason(
          'credentialing.exclusion.screening_unknown',
          'warning',
          `No check of ${list} is recorded: whether the clinician is excluded is not known, and it is not assumed clean. Check the list and record the date.`,
          facts,
        );
      case 'current':
        return reason(
          'credentialing.exclusion.screening_current',
          'info',
          `${list.charAt(0).toUpperCase()}${list.slice(1)} was checked on ${x.screenedOn}, current through ${x.dueOn}.`,
          facts,
        );
      /* v8 ignore next 4 -- unreachable: the union is exhausted above */
      default: {
        const exhausted: never = x.status;
        return exhausted;
      }
    }
  });
}
