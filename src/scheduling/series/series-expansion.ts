import * as z from 'zod';
import {
  formatInstant,
  IanaZone,
  type Instant,
  type LocalDate,
  type LocalTimeStatus,
  reason,
  type UsState,
  type Weekday,
} from '../../core/index.js';
import {
  fromEpochDay,
  localDayAndMinute,
  minuteOfDay,
  placeLocalMinute,
  toEpochDay,
  toEpochMs,
  validateArguments,
  weekdayNumber,
  zoneOffsetMinutes,
} from '../../core/internal.js';
import type { SessionModality } from '../appointments/session-modality.js';
import type { SchedulingReason } from '../reason-codes.js';
import { expandFloating, type FloatingFrequency } from './recurrence-engine.js';
import { SchedulingSeries, type SchedulingSeriesInput, SERIES_MAX_OCCURRENCES } from './series.js';

/**
 * A wall-clock reading in some zone.
 *
 * @example
 * ```ts
 * const w: WallReading = expandSeries(series, { displayZone: 'Europe/London' }).occurrences[0].displayLocal;
 * w.time; //=> '14:00'
 * ```
 */
export interface WallReading {
  readonly zone: IanaZone;
  readonly date: LocalDate;
  /** `HH:mm`. */
  readonly time: string;
}

/**
 * One occurrence of a series, placed in time.
 *
 * @example
 * ```ts
 * const o: SeriesOccurrence = expandSeries(series).occurrences[0];
 * o.start; //=> '2026-03-02T09:00:00-05:00'
 * ```
 */
export interface SeriesOccurrence {
  readonly seriesId: string;
  /** 1-based position in the recurrence rule (skipped occurrences keep their number). */
  readonly sequence: number;
  /** The local date the rule produced (the key exceptions use). */
  readonly ruleDate: LocalDate;
  readonly start: Instant;
  readonly end: Instant;
  /** How the start was placed: a DST status, or `moved` by an exception. */
  readonly placement: LocalTimeStatus | 'moved';
  /** The start on the clinician's wall clock. */
  readonly clinicianLocal: WallReading;
  /** The start on the display zone's wall clock (the client's, when given). */
  readonly displayLocal: WallReading;
  /**
   * A telehealth series only: the state the client will be in for this occurrence (the series' state, or
   * the one `clientLocations` gives for its rule date), or `null` when it is not known (licensure is then
   * undecided: `scheduling.series.client_location_unknown`). Absent for an in-person series.
   */
  readonly clientLocationState?: UsState | null;
  /**
   * How this occurrence is delivered, as its appointment records it: the series' modality, for a telehealth
   * series with this occurrence's `clientLocationState` (its `clientAtHome` left out when the client will be
   * in another state than the series', where their home is not). Absent when that state is not known.
   */
  readonly modality?: SessionModality;
}

/**
 * An occurrence the rule produced but that is not held.
 *
 * @example
 * ```ts
 * const s: SkippedOccurrence | undefined = expandSeries(series).skipped[0];
 * s?.why; //=> 'exception'
 * ```
 */
export interface SkippedOccurrence {
  readonly sequence: number;
  readonly ruleDate: LocalDate;
  readonly why: 'exception' | 'dst_gap';
}

/**
 * The expansion of a series: occurrences in time order, those skipped, and a reason for each adjustment.
 *
 * @example
 * ```ts
 * const e: SeriesExpansion = expandSeries(series);
 * e.truncated; //=> false
 * ```
 */
export interface SeriesExpansion {
  readonly seriesId: string;
  readonly occurrences: readonly SeriesOccurrence[];
  readonly skipped: readonly SkippedOccurrence[];
  readonly truncated: boolean;
  readonly reasons: readonly SchedulingReason[];
}

/**
 * Options for {@link expandSeries}.
 *
 * @example
 * ```ts
 * const options: ExpandSeriesOptions = { displayZone: 'Europe/London' };
 * expandSeries(series, options);
 * ```
 */
export interface ExpandSeriesOptions {
  /** Zone to show each start in as well, e.g. the client's. Defaults to the series zone. */
  readonly displayZone?: IanaZone;
}

const ExpandSeriesOptionsSchema = z.strictObject({ displayZone: IanaZone.optional() });

// The rule's shape for the recurrence engine (the edits read it too: `rule-dates.ts`).
export function frequencyOf(series: SchedulingSeries): FloatingFrequency {
  switch (series.frequency) {
    case 'weekly':
      return { kind: 'weekly', interval: series.interval ?? 1, weekdays: weekdayIndexes(series.weekdays) };
    case 'every_two_weeks':
      return { kind: 'weekly', interval: 2, weekdays: weekdayIndexes(series.weekdays) };
    case 'monthly': {
      const interval = series.interval ?? 1;
      switch (series.monthlyBy) {
        case 'day_of_month':
          return { kind: 'monthly_day', interval };
        case 'weekday_of_month':
          return {
            kind: 'monthly_weekday',
            nth: Math.ceil(Number(series.startDate.slice(8, 10)) / 7),
            interval,
          };
        case 'last_weekday_of_month':
          return { kind: 'monthly_weekday', nth: -1, interval };
        default: {
          const exhausted: never = series.monthlyBy;
          return exhausted;
        }
      }
    }
    default: {
      const exhausted: never = series.frequency;
      return exhausted;
    }
  }
}

// Monday-first indexes (0 = Monday) of a weekly series' weekdays, or none (the first date's weekday).
function weekdayIndexes(days: readonly Weekday[] | undefined): number[] | undefined {
  return days?.map((d) => weekdayNumber(d) - 1);
}

// An occurrence's client state and modality: an in-person series' own; a telehealth series' with the client's
// state that date (`state`), and no `clientAtHome` when that state is another than the series' (the client
// is away from the home the series records); neither field when the state is not known (`null`).
function occurrenceModality(
  modality: SessionModality,
  state: UsState | null | undefined,
): Pick<SeriesOccurrence, 'clientLocationState' | 'modality'> {
  if (modality.kind === 'in_person') return { modality };
  if (state === null || state === undefined) return { clientLocationState: null };
  if (state === modality.clientLocationState) return { clientLocationState: state, modality };
  const { clientAtHome: _home, ...away } = modality;
  return { clientLocationState: state, modality: { ...away, clientLocationState: state } };
}

function wall(zone: IanaZone, ms: number): WallReading {
  const { epochDay: day, minuteOfDay: minute } = localDayAndMinute(ms, zone);
  const h = Math.floor(minute / 60);
  const m = minute % 60;
  return { zone, date: fromEpochDay(day), time: `${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}` };
}

const PLACEMENT_REASON = {
  gap_shifted: 'scheduling.time.dst_gap_shifted',
  gap_skipped: 'scheduling.time.dst_gap_skipped',
  overlap_earlier: 'scheduling.time.dst_overlap_earlier',
  overlap_later: 'scheduling.time.dst_overlap_later',
} as const;

/**
 * Expands a series into its occurrences: the rule runs in floating wall time in the clinician's zone
 * (so a 9:00 session stays at 9:00 across DST), then each occurrence is placed with the series' gap and
 * overlap policy. Every non-exact placement, skip, move and transition-spanning session is a reason.
 *
 * @param input - the series (validated)
 * @param options - a display zone (the client's) for the second reading of each start
 * @returns occurrences in time order, skipped ones, whether the cap truncated the list, and reasons
 * @throws {@link ValidationError} listing every problem of the series (unknown zone, no count or until, …)
 * and the options at once, each path under its parameter's name (`$.input.zone`, `$.options.displayZone`).
 * @remarks Weekly and monthly rules follow RFC 5545 §3.3.10 (a monthly rule on the 31st skips shorter
 * months) [sources: rfc-5545]; the count includes the first occurrence, as peers do
 * [sources: peer-therapyappointment-recurring].
 * @example
 * ```ts
 * expandSeries({ id: 's-1', clinicianId: 'dr-lee', clientIds: ['c-1'], type: 'individual',
 *   modality: { kind: 'telehealth', clientLocationState: 'NY' }, zone: 'America/New_York',
 *   startDate: '2026-03-02', startTime: '09:00', durationMinutes: 50, frequency: 'weekly', count: 2 })
 *   .occurrences.map((o) => o.start);
 * //=> ['2026-03-02T09:00:00-05:00', '2026-03-09T09:00:00-04:00']
 * ```
 */
export function expandSeries(
  input: SchedulingSeriesInput,
  options: ExpandSeriesOptions = {},
): SeriesExpansion {
  // Both arguments' problems at once, each under its parameter's name (`$.input.zone`, `$.options.displayZone`).
  const [series, o] = validateArguments([
    ['input', SchedulingSeries, input, 'series'],
    ['options', ExpandSeriesOptionsSchema, options, 'series expansion options'],
  ]);
  const displayZone = o.displayZone ?? series.zone;
  const minute = minuteOfDay(series.startTime);
  const { days, truncated } = expandFloating({
    frequency: frequencyOf(series),
    startDay: toEpochDay(series.startDate),
    minute,
    count: series.count,
    untilDay: series.until === undefined ? undefined : toEpochDay(series.until),
    cap: SERIES_MAX_OCCURRENCES,
  });
  const exceptions = new Map(series.exceptions.map((e) => [e.date, e]));
  // Licensure follows where the client is at each session [sources: hhs-telehealth-licensure].
  const homeState = series.modality.kind === 'telehealth' ? series.modality.clientLocationState : undefined;
  const locations = new Map((series.clientLocations ?? []).map((l) => [l.date, l.state]));
  const occurrences: SeriesOccurrence[] = [];
  const startsMs: number[] = [];
  const endsMs: number[] = [];
  const skipped: SkippedOccurrence[] = [];
  const reasons: SchedulingReason[] = [];
  const durationMs = series.durationMinutes * 60_000;
  const clientLocationOn = (ruleDate: LocalDate): UsState | null => {
    const state = locations.has(ruleDate) ? (locations.get(ruleDate) as UsState | null) : (homeState ?? null);
    if (state === null) {
      reasons.push(
        reason(
          'scheduling.series.client_location_unknown',
          'warning',
          `Where the client will be on ${ruleDate} is not known: confirm it before the session.`,
          { ruleDate },
        ),
      );
    }
    return state;
  };
  days.forEach((day, i) => {
    const sequence = i + 1;
    const ruleDate = fromEpochDay(day);
    const exception = exceptions.get(ruleDate);
    if (exception?.kind === 'skip') {
      skipped.push({ sequence, ruleDate, why: 'exception' });
      reasons.push(
        reason('scheduling.series.skipped', 'info', `The occurrence on ${ruleDate} is skipped.`, {
          ruleDate,
        }),
      );
      return;
    }
    let startMs: number;
    let endMs: number;
    let placement: SeriesOccurrence['placement'];
    if (exception?.kind === 'move') {
      startMs = toEpochMs(exception.start);
      endMs = toEpochMs(exception.end);
      placement = 'moved';
      reasons.push(
        reason('scheduling.series.moved', 'info', `The occurrence of ${ruleDate} is moved.`, {
          ruleDate,
          start: exception.start,
        }),
      );
    } else {
      const placed = placeLocalMinute(day, minute, series.zone, series.localTimePolicy);
      if (placed.status !== 'exact') {
        const shifted = placed.status === 'gap_shifted' || placed.status === 'gap_skipped';
        reasons.push(
          reason(
            PLACEMENT_REASON[placed.status],
            shifted ? 'warning' : 'info',
            `On ${ruleDate} ${series.startTime} is ${shifted ? 'not a real time' : 'ambiguous'} in ${series.zone}.`,
            { ruleDate, time: series.startTime, zone: series.zone, gapMinutes: placed.gapMinutes },
          ),
        );
      }
      if (placed.status === 'gap_skipped') {
        skipped.push({ sequence, ruleDate, why: 'dst_gap' });
        return;
      }
      startMs = placed.epochMs;
      endMs = placed.epochMs + durationMs;
      placement = placed.status;
    }
    if (zoneOffsetMinutes(series.zone, startMs) !== zoneOffsetMinutes(series.zone, endMs)) {
      reasons.push(
        reason(
          'scheduling.time.spans_transition',
          'info',
          `The session of ${ruleDate} crosses a DST change; it lasts its elapsed minutes.`,
          { ruleDate, zone: series.zone },
        ),
      );
    }
    startsMs.push(startMs);
    endsMs.push(endMs);
    occurrences.push({
      seriesId: series.id,
      sequence,
      ruleDate,
      start: formatInstant(startMs, series.zone),
      end: formatInstant(endMs, series.zone),
      placement,
      clinicianLocal: wall(series.zone, startMs),
      displayLocal: wall(displayZone, startMs),
      ...occurrenceModality(
        series.modality,
        homeState === undefined ? undefined : clientLocationOn(ruleDate),
      ),
    });
  });
  // A moved occurrence is a session someone agreed to; keyed to a date the rule does not have (a stored
  // series edited by hand, or its rule changed), it would vanish here without a word.
  const ruleDays = new Set(days);
  const lastDay = days.length === 0 ? Number.NEGATIVE_INFINITY : (days[days.length - 1] as number);
  for (const e of series.exceptions) {
    const day = toEpochDay(e.date);
    if (e.kind === 'move' && !ruleDays.has(day) && !(truncated && day > lastDay)) {
      reasons.push(
        reason(
          'scheduling.series.moved_not_an_occurrence',
          'warning',
          `The session moved from ${e.date} is not listed: ${e.date} is not one of the series’ dates. Book it on its own.`,
          { ruleDate: e.date, start: e.start },
        ),
      );
    }
  }
  if (truncated) {
    // Only an until date reads past the cap (a count never passes it): say where the list stops, so the
    // rest is booked as a new series rather than lost without a date.
    const lastRuleDate = fromEpochDay(lastDay);
    reasons.push(
      reason(
        'scheduling.series.truncated',
        'warning',
        `The series was cut at ${SERIES_MAX_OCCURRENCES} occurrences, the most one series holds: its last is on ${lastRuleDate}, before its until date ${series.until ?? ''}. Book the rest as a new series.`,
        { cap: SERIES_MAX_OCCURRENCES, lastRuleDate, until: series.until ?? null },
      ),
    );
  }
  // Moves can reorder occurrences; list them in time order (ties by sequence).
  const timed = occurrences
    .map((o, i) => ({ o, ms: startsMs[i] as number, endMs: endsMs[i] as number }))
    .sort((a, b) => a.ms - b.ms || a.o.sequence - b.o.sequence);
  // One clinician holds one session at a time: a moved occurrence on another's time is flagged (each
  // against the earlier-starting occurrence whose time it falls in; back to back is no overlap).
  let latest: (typeof timed)[number] | undefined;
  for (const t of timed) {
    if (latest !== undefined && t.ms < latest.endMs) {
      reasons.push(
        reason(
          'scheduling.series.occurrences_overlap',
          'warning',
          `The occurrence of ${t.o.ruleDate} overlaps the occurrence of ${latest.o.ruleDate} of the same series.`,
          { ruleDate: t.o.ruleDate, overlapsRuleDate: latest.o.ruleDate },
        ),
      );
    }
    if (latest === undefined || t.endMs > latest.endMs) latest = t;
  }
  const order = timed.map((x) => x.o);
  return { seriesId: series.id, occurrences: order, skipped, truncated, reasons };
}
