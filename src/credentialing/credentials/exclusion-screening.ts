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
 * that list's check is not known). A check on a date counts for every date of service up to one month
 * after it ({@link getExclusionScreeningDueDate}); each state list once.
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
 * One list's check on a date: `current` through one month after the last check, `overdue` after it,
 * `unknown` with no check recorded.
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
  readonly status: 'current' | 'overdue' | 'unknown';
}

/** Which lists a payer's program needs checked: the LEIE and SAM for every federal program, and Medicaid's state lists. */
export type ScreenedProgram = 'medicare' | 'medicaid';

// One list's standing on a date.
function standing(
  source: ExclusionListSource,
  state: UsState | null,
  screenedOn: LocalDate | undefined,
  on: LocalDate,
): ExclusionScreeningStanding {
  if (screenedOn === undefined) return { source, state, screenedOn: null, dueOn: null, status: 'unknown' };
  const dueOn = addMonths(screenedOn, EXCLUSION_SCREENING_INTERVAL_MONTHS);
  return { source, state, screenedOn, dueOn, status: on > dueOn ? 'overdue' : 'current' };
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
  const out = [standing('leie', null, s.leieScreenedOn, on), standing('sam', null, s.samScreenedOn, on)];
  if (program === 'medicare') return out;
  const states = [...new Set([...s.stateMedicaid.map((x) => x.state), ...medicaidStates])].sort();
  for (const state of states) {
    out.push(
      standing('state_medicaid', state, s.stateMedicaid.find((x) => x.state === state)?.screenedOn, on),
    );
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
 * the month; `overdue` when one was not (an error); `undecided` when one was never recorded. `nextDueOn` is
 * the earliest due date of the lists checked.
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
 * Medicaid biller's state lists too) checked within the last month. A list never checked is not assumed
 * clean: the answer is `undecided`. A clinician found on the LEIE is recorded as an {@link OigExclusion}
 * and read by the network check: no federal health care program pays for what they furnish from the
 * exclusion's effective date.
 *
 * @param screening - the last check date per list (`ExclusionScreening`)
 * @param options - `asOf`, `billsMedicaid`, `medicaidStates`
 * @returns `current`, `overdue` (`credentialing.exclusion.screening_overdue`) or `undecided`
 *   (`credentialing.exclusion.screening_unknown`), with each list's standing
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
  const unknown = reasons.filter((r) => r.code === 'credentialing.exclusion.screening_unknown');
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
