import * as z from 'zod';
import {
  addDays,
  compareDates,
  Instant,
  LocalDate,
  LocalTime,
  safeValidate,
  ValidationError,
  type ValidationIssue,
  validate,
} from '../../core/index.js';
import {
  formatPath,
  fromEpochDay,
  localDayAndMinute,
  minuteOfDay,
  placeLocalMinute,
  SeriesId,
  toEpochDay,
  toEpochMs,
  validateArguments,
} from '../../core/internal.js';
import { SessionModality } from '../appointments/session-modality.js';
import type { SchedulingValidationCode } from '../reason-codes.js';
import { RuleDates } from './rule-dates.js';
import { SchedulingSeries, type SchedulingSeriesInput, SeriesFrequency } from './series.js';
import { frequencyOf } from './series-expansion.js';

// The rule's own dates, without exceptions and past the expansion cap: an edit to the 600th day of a daily
// series, or to the eleventh year of a weekly one, reads the same rule as one to its first.
function ruleDatesOf(series: SchedulingSeries): RuleDates {
  return new RuleDates({
    frequency: frequencyOf(series),
    startDay: toEpochDay(series.startDate),
    minute: minuteOfDay(series.startTime),
    count: series.count,
    untilDay: series.until === undefined ? undefined : toEpochDay(series.until),
  });
}

function requireOccurrence(series: SchedulingSeries, date: LocalDate): void {
  if (!ruleDatesOf(series).has(date)) {
    // Under the parameter's name, like the arguments' own problems.
    throw new ValidationError('occurrence date', [
      {
        path: ['date'],
        at: '$.date',
        code: 'scheduling.series.not_an_occurrence' satisfies SchedulingValidationCode,
        message: 'must be one of the series’ rule dates',
      },
    ]);
  }
}

/** Where {@link rescheduleOccurrence} moves an occurrence to. */
const MoveTarget = z.object({ start: Instant, end: Instant });

function withException(
  series: SchedulingSeries,
  exception: SchedulingSeries['exceptions'][number],
): SchedulingSeries {
  const others = series.exceptions.filter((e) => e.date !== exception.date);
  const exceptions = [...others, exception].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return validate(SchedulingSeries, { ...series, exceptions }, 'series');
}

/**
 * Skips one occurrence of a series (the series keeps its count: the skipped date still uses its number).
 *
 * @throws {@link ValidationError} listing the series' and the date's problems at once, each path under its
 * parameter's name (`$.series.zone`, `$.date`), with the code `scheduling.series.not_an_occurrence` at
 * `$.date` when `date` is not one of its rule dates.
 * @example
 * ```ts
 * import type { SchedulingSeriesInput } from 'practice-ops/scheduling';
 *
 * // Weekly on Mondays at 09:00 New York time, ten sessions from 2026-03-02.
 * const weekly: SchedulingSeriesInput = { id: 's-1', clinicianId: 'dr-lee', clientIds: ['cl-1'],
 *   type: 'individual', modality: { kind: 'telehealth', clientLocationState: 'NY' }, durationMinutes: 53,
 *   zone: 'America/New_York', startDate: '2026-03-02', startTime: '09:00', frequency: 'weekly', count: 10 };
 * skipOccurrence(weekly, '2026-03-16').exceptions; //=> [{ kind: 'skip', date: '2026-03-16' }]
 * ```
 */
export function skipOccurrence(input: SchedulingSeriesInput, date: LocalDate): SchedulingSeries {
  // Every argument's problems at once, each under its parameter's name (`$.series.zone`, `$.date`).
  const [series, day] = validateArguments([
    ['series', SchedulingSeries, input, 'series'],
    ['date', LocalDate, date, 'occurrence date'],
  ]);
  requireOccurrence(series, day);
  return withException(series, { kind: 'skip', date: day });
}

/**
 * Moves one occurrence of a series to other instants, leaving the rest as they are. A move onto the time of
 * another occurrence of the same series is refused; a move onto another booked session of the clinician is
 * found by `evaluateSeriesBooking` (or `evaluateBookingConflicts` for the moved session), which
 * says `conflict`.
 *
 * @throws {@link ValidationError} listing the series', date's and move's problems at once, each path under
 * its parameter's name (`$.series.zone`, `$.date`, `$.to.end`; a move needs a `start` and an `end`), with
 * the code `scheduling.series.not_an_occurrence` at `$.date` when `date` is not one of its rule dates, and
 * `scheduling.series.move_overlaps_occurrence` at `$.to.start` when the moved session would overlap another
 * occurrence (back to back is fine).
 * @example
 * ```ts
 * import type { SchedulingSeriesInput } from 'practice-ops/scheduling';
 *
 * // Weekly on Mondays at 09:00 New York time, ten sessions from 2026-03-02.
 * const weekly: SchedulingSeriesInput = { id: 's-1', clinicianId: 'dr-lee', clientIds: ['cl-1'],
 *   type: 'individual', modality: { kind: 'telehealth', clientLocationState: 'NY' }, durationMinutes: 53,
 *   zone: 'America/New_York', startDate: '2026-03-02', startTime: '09:00', frequency: 'weekly', count: 10 };
 * // The 2026-03-16 session moves to Tuesday 10:00.
 * rescheduleOccurrence(weekly, '2026-03-16', {
 *   start: '2026-03-17T10:00:00-04:00',
 *   end: '2026-03-17T10:53:00-04:00',
 * }).exceptions;
 * //=> [{ kind: 'move', date: '2026-03-16', … }]
 * ```
 */
export function rescheduleOccurrence(
  input: SchedulingSeriesInput,
  date: LocalDate,
  to: { readonly start: Instant; readonly end: Instant },
): SchedulingSeries {
  // Every argument's problems at once, each under its parameter's name (`$.date`, `$.to.end`).
  const [series, day, target] = validateArguments([
    ['series', SchedulingSeries, input, 'series'],
    ['date', LocalDate, date, 'occurrence date'],
    ['to', MoveTarget, to, 'move target'],
  ]);
  requireOccurrence(series, day);
  const moved = withException(series, { kind: 'move', date: day, start: target.start, end: target.end });
  requireNoOverlap(moved, day);
  return moved;
}

// A moved occurrence must not take another occurrence's time: one clinician, one session at a time. Read
// from the rule near the moved session's time and from the other moves, not from the capped expansion: a
// move past the cap is checked like any other.
function requireNoOverlap(series: SchedulingSeries, date: LocalDate): void {
  const rule = ruleDatesOf(series);
  const moves = new Map(series.exceptions.map((e) => [e.date, e]));
  const self = moves.get(date);
  /* v8 ignore next: the caller has just added the move */
  if (self?.kind !== 'move') return;
  const startMs = toEpochMs(self.start);
  const endMs = toEpochMs(self.end);
  const overlaps = (s: number, e: number) => s < endMs && startMs < e;
  let clash = series.exceptions.some(
    (e) =>
      e.kind === 'move' &&
      e.date !== date &&
      rule.has(e.date) &&
      overlaps(toEpochMs(e.start), toEpochMs(e.end)),
  );
  // An occurrence lasts at most 12 hours, so only one starting the day before the move's start through the
  // day of its end can meet it (a day more each side for a start a DST gap shifts across midnight).
  const minute = minuteOfDay(series.startTime);
  const durationMs = series.durationMinutes * 60_000;
  const fromDay = localDayAndMinute(startMs, series.zone).epochDay - 2;
  const toDay = localDayAndMinute(endMs, series.zone).epochDay + 1;
  for (let day = fromDay; day <= toDay && !clash; day += 1) {
    const ruleDate = fromEpochDay(day);
    if (moves.has(ruleDate) || !rule.has(ruleDate)) continue;
    const placed = placeLocalMinute(day, minute, series.zone, series.localTimePolicy);
    if (placed.status !== 'gap_skipped') clash = overlaps(placed.epochMs, placed.epochMs + durationMs);
  }
  if (clash) {
    throw new ValidationError('move target', [
      {
        path: ['to', 'start'],
        at: '$.to.start',
        code: 'scheduling.series.move_overlaps_occurrence' satisfies SchedulingValidationCode,
        message: 'must not overlap another occurrence of the series',
      },
    ]);
  }
}

/**
 * Ends a series after `lastDate`: occurrences after it are dropped (a count becomes the number of
 * occurrences up to that date; an until date moves earlier).
 *
 * @throws {@link ValidationError} listing the series' problems and a `lastDate` that is not a real date at
 * once, each path under its parameter's name (`$.series.zone`, `$.lastDate`).
 * @example
 * ```ts
 * import type { SchedulingSeriesInput } from 'practice-ops/scheduling';
 *
 * // Weekly on Mondays at 09:00 New York time, ten sessions from 2026-03-02.
 * const weekly: SchedulingSeriesInput = { id: 's-1', clinicianId: 'dr-lee', clientIds: ['cl-1'],
 *   type: 'individual', modality: { kind: 'telehealth', clientLocationState: 'NY' }, durationMinutes: 53,
 *   zone: 'America/New_York', startDate: '2026-03-02', startTime: '09:00', frequency: 'weekly', count: 10 };
 * endSeries(weekly, '2026-03-16').count; //=> 3 (Mar 2, 9, 16)
 * ```
 */
export function endSeries(input: SchedulingSeriesInput, lastDate: LocalDate): SchedulingSeries {
  // Every argument's problems at once, each under its parameter's name (`$.series.zone`, `$.lastDate`).
  const [series] = validateArguments([
    ['series', SchedulingSeries, input, 'series'],
    ['lastDate', LocalDate, lastDate, 'last date'],
  ]);
  // Only a count is recounted, and a count never passes the cap: the listed dates are all of them.
  const last = toEpochDay(lastDate);
  const kept = ruleDatesOf(series).listed.filter((d) => d <= last).length;
  const exceptions = series.exceptions.filter((e) => e.date <= lastDate);
  if (series.count !== undefined) {
    return validate(SchedulingSeries, { ...series, count: Math.max(kept, 1), exceptions }, 'series');
  }
  const until = series.until !== undefined && series.until < lastDate ? series.until : lastDate;
  return validate(
    SchedulingSeries,
    { ...series, until: compareDates(until, series.startDate) < 0 ? series.startDate : until, exceptions },
    'series',
  );
}

/**
 * What changes from a date on, for {@link splitSeries}. Unset fields keep their value.
 * @example
 * ```ts
 * SeriesChanges.parse({ newSeriesId: 's-2', startTime: '10:00' }); //=> { newSeriesId: 's-2', startTime: '10:00' }
 * ```
 */
export const SeriesChanges = z.strictObject({
  /** The id of the new series that carries the changed occurrences. */
  newSeriesId: SeriesId,
  startTime: LocalTime.optional(),
  durationMinutes: z.number().int().min(5).max(720).optional(),
  frequency: SeriesFrequency.optional(),
  modality: SessionModality.optional(),
});
export type SeriesChanges = z.infer<typeof SeriesChanges>;
/**
 * What callers pass for {@link SeriesChanges}.
 *
 * @example
 * ```ts
 * const changes: SeriesChangesInput = { newSeriesId: 's-1b', startTime: '10:00' };
 * splitSeries(series, '2026-04-06', changes);
 * ```
 */
export type SeriesChangesInput = z.input<typeof SeriesChanges>;

/**
 * Changes "this and following": the series ends before `fromDate`, and a new series with the changes
 * starts at the first occurrence on or after it, keeping the remaining count or the until date.
 *
 * @returns `before` (null when nothing is left before `fromDate`) and `after` (null when nothing is left)
 * @throws {@link ValidationError} listing every argument's problems at once, each path under its
 * parameter's name (`$.series.zone`, `$.fromDate`, `$.changes.newSeriesId`); and
 * `scheduling.series.moved_occurrence_not_in_rule` at `$.changes.frequency` when a moved occurrence on or after
 * `fromDate` would fall on a date the new rule no longer has (the moved session would vanish).
 * @example
 * ```ts
 * import type { SchedulingSeriesInput } from 'practice-ops/scheduling';
 *
 * // Weekly on Mondays at 09:00 New York time, ten sessions from 2026-03-02.
 * const weekly: SchedulingSeriesInput = { id: 's-1', clinicianId: 'dr-lee', clientIds: ['cl-1'],
 *   type: 'individual', modality: { kind: 'telehealth', clientLocationState: 'NY' }, durationMinutes: 53,
 *   zone: 'America/New_York', startDate: '2026-03-02', startTime: '09:00', frequency: 'weekly', count: 10 };
 * // From 2026-03-16 on, the sessions start at 10:00.
 * splitSeries(weekly, '2026-03-16', { newSeriesId: 's-2', startTime: '10:00' });
 * //=> { before: { count: 2, … }, after: { id: 's-2', startDate: '2026-03-16', startTime: '10:00', count: 8, … } }
 * ```
 */
export function splitSeries(
  input: SchedulingSeriesInput,
  fromDate: LocalDate,
  changes: SeriesChangesInput,
): { before: SchedulingSeries | null; after: SchedulingSeries | null } {
  // Every argument's problems at once, each under its parameter's name (`$.fromDate`, `$.changes.newSeriesId`).
  const [series, , change] = validateArguments([
    ['series', SchedulingSeries, input, 'series'],
    ['fromDate', LocalDate, fromDate, 'split date'],
    ['changes', SeriesChanges, changes, 'series changes'],
  ]);
  const rule = ruleDatesOf(series);
  // The count before the split date: only a count is carried (a count never passes the cap, so the listed
  // dates are all of them); for an until date only "none before" matters, and the first date is listed.
  const fromDay = toEpochDay(fromDate);
  const beforeCount = rule.listed.filter((d) => d < fromDay).length;
  const first = rule.firstOnOrAfter(fromDate);
  const before =
    beforeCount === 0
      ? null
      : validate(
          SchedulingSeries,
          {
            ...series,
            ...(series.count !== undefined ? { count: beforeCount } : { until: addDays(fromDate, -1) }),
            exceptions: series.exceptions.filter((e) => e.date < fromDate),
            ...(series.clientLocations === undefined
              ? {}
              : { clientLocations: series.clientLocations.filter((l) => l.date < fromDate) }),
          },
          'series',
        );
  if (first === undefined) return { before, after: null };
  // A stored series edited by hand can key a move to a date its own rule never had: that is the series'
  // problem, named where it is, not the change's.
  const strays: ValidationIssue[] = [];
  series.exceptions.forEach((e, i) => {
    if (e.kind === 'move' && e.date >= first && !rule.has(e.date)) {
      const path = ['series', 'exceptions', i, 'date'];
      strays.push({
        path,
        at: formatPath(path),
        code: 'scheduling.series.move_not_on_rule_date' satisfies SchedulingValidationCode,
        message: 'must be one of the series’ rule dates: book the moved session on its own',
      });
    }
  });
  if (strays.length > 0)
    throw new ValidationError('series changes', strays as [ValidationIssue, ...ValidationIssue[]]);
  const { newSeriesId, ...rest } = change;
  const defined = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
  const built = safeValidate(
    SchedulingSeries,
    {
      ...series,
      ...defined,
      id: newSeriesId,
      startDate: first,
      ...(series.count !== undefined ? { count: series.count - beforeCount } : {}),
      // Exceptions were keyed to the old rule's dates; the new rule keeps only those still on its dates.
      exceptions: series.exceptions.filter((e) => e.date >= first),
      // Where the client will be on later dates stays with them, while the new series is telehealth too.
      ...(series.clientLocations === undefined
        ? {}
        : {
            clientLocations:
              (change.modality ?? series.modality).kind === 'telehealth'
                ? series.clientLocations.filter((l) => l.date >= first)
                : [],
          }),
    },
    'series changes',
  );
  // The series was valid, so what the new one breaks, a change broke: name that change, not the series.
  if (!built.success) {
    const moved = (issue: ValidationIssue): ValidationIssue => {
      const path = changePath(issue.path, change);
      return { ...issue, path, at: formatPath(path) };
    };
    const [head, ...tail] = built.error.issues;
    throw new ValidationError('series changes', [moved(head), ...tail.map(moved)], built.error.unlisted);
  }
  const after = built.data;
  // A moved occurrence is a session someone agreed to; expansion reads exceptions by rule date only, so one
  // whose date the new rule no longer has would vanish without a word. Refuse the edit instead. The rule is
  // read past the expansion cap: a move in the eleventh year of a weekly series is checked too.
  const newRule = ruleDatesOf(after);
  if (after.exceptions.some((e) => e.kind === 'move' && !newRule.has(e.date))) {
    throw new ValidationError('series changes', [
      {
        path: ['changes', 'frequency'],
        at: '$.changes.frequency',
        code: 'scheduling.series.moved_occurrence_not_in_rule' satisfies SchedulingValidationCode,
        message:
          'must keep every moved occurrence on a date of the new rule: book the moved session on its own, or edit from a later date',
      },
    ]);
  }
  return { before, after };
}

// Where a problem of the new series comes from: its weekdays, interval or monthly day from a new frequency,
// its zone from a new in-person modality, a changed field from itself; anything else from the series.
function changePath(path: readonly (string | number)[], change: SeriesChanges): (string | number)[] {
  const [head] = path;
  if ((head === 'interval' || head === 'weekdays' || head === 'monthlyBy') && change.frequency !== undefined)
    return ['changes', 'frequency'];
  if (head === 'zone' && change.modality !== undefined) return ['changes', 'modality', 'zone'];
  if (typeof head === 'string' && head in change) return ['changes', ...path];
  return ['series', ...path];
}
