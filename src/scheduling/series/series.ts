import * as z from 'zod';
import {
  ClientId,
  ClinicianId,
  getWeekday,
  IanaZone,
  Instant,
  LocalDate,
  LocalTime,
  LocalTimePolicy,
  UsState,
  Weekday,
} from '../../core/index.js';
import { checkUniqueKeys, SeriesId, toEpochMs } from '../../core/internal.js';
import { SchedulingAppointmentType } from '../appointments/appointment.js';
import { SessionModality } from '../appointments/session-modality.js';
import type { SchedulingValidationCode } from '../reason-codes.js';

/**
 * Most occurrences one series expands to: a safety bound on work, not a clinical rule.
 *
 * @remarks Peers cap series at 100 occurrences (TherapyAppointment, Practice Better
 * [sources: peer-therapyappointment-recurring, peer-practicebetter-recurring]); 520 is ten years of weekly
 * sessions.
 * @example
 * ```ts
 * SERIES_MAX_OCCURRENCES; //=> 520
 * ```
 */
export const SERIES_MAX_OCCURRENCES = 520;

/**
 * How often a series repeats. `monthly` uses {@link SchedulingSeries} `monthlyBy`.
 * @example
 * ```ts
 * SeriesFrequency.parse('every_two_weeks'); //=> 'every_two_weeks'
 * ```
 */
export const SeriesFrequency = z.enum(['weekly', 'every_two_weeks', 'monthly']);
export type SeriesFrequency = z.infer<typeof SeriesFrequency>;

/**
 * How a monthly series picks its day: the same day of the month (a month without it is skipped, as in
 * RFC 5545), the same nth weekday (e.g. 2nd Tuesday), or the last such weekday of the month.
 * @example
 * ```ts
 * MonthlyBy.parse('last_weekday_of_month'); //=> 'last_weekday_of_month'
 * ```
 */
export const MonthlyBy = z.enum(['day_of_month', 'weekday_of_month', 'last_weekday_of_month']);
export type MonthlyBy = z.infer<typeof MonthlyBy>;

/**
 * A change to one occurrence: skip it, or move it to other instants. Keyed by its original local date.
 * @example
 * ```ts
 * SeriesException.parse({ kind: 'skip', date: '2026-03-16' }); //=> { kind: 'skip', date: '2026-03-16' }
 * ```
 */
export const SeriesException = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('skip'), date: LocalDate }),
  z.strictObject({ kind: z.literal('move'), date: LocalDate, start: Instant, end: Instant }),
]);
export type SeriesException = z.infer<typeof SeriesException>;

/**
 * Where the client will be for one occurrence of a telehealth series, when it is not the series' state:
 * `state` is the US state, or `null` when the client has said they will be away and not yet where.
 *
 * @remarks Licensure follows the client's location at each session, not a series' or a profile's
 * [sources: hhs-telehealth-licensure].
 * @example
 * ```ts
 * SeriesClientLocation.parse({ date: '2026-03-16', state: 'FL' }); //=> { date: '2026-03-16', state: 'FL' }
 * ```
 */
export const SeriesClientLocation = z.strictObject({
  /** The occurrence's rule date (the key exceptions use). */
  date: LocalDate,
  state: UsState.nullable(),
});
export type SeriesClientLocation = z.infer<typeof SeriesClientLocation>;

/**
 * A recurring series: a wall time in the clinician's zone (an in-person series: its office's) repeated weekly (on one or several weekdays,
 * every week or every `interval` weeks), every two weeks, or monthly (every `interval` months, on the
 * date, the nth weekday or the last weekday), bounded by a count (the first occurrence counts) or an
 * until date, with per-occurrence exceptions and an explicit policy for DST gaps and overlaps. What an
 * RFC 5545 RRULE says, a series can say: see `readRRule` and `writeRRule`.
 *
 * @remarks Validation codes: `scheduling.series.unbounded` (neither count nor until),
 * `scheduling.series.count_and_until` (RFC 5545 §3.3.10 forbids both), `scheduling.series.end_before_start`,
 * `scheduling.series.duplicate_exception`, `scheduling.series.interval_conflict` (an interval with
 * `every_two_weeks`), `scheduling.series.weekdays_not_weekly`, `scheduling.series.start_not_in_rule` (the
 * first date must be one of the weekdays, as RFC 5545 asks of DTSTART), `scheduling.series.duplicate_weekday`,
 * `scheduling.series.zone_not_office` (an in-person series whose modality names its office's zone keeps its
 * wall time in that zone).
 * @example
 * ```ts
 * SchedulingSeries.parse({
 *   id: 's-1', clinicianId: 'dr-lee', clientIds: ['c-1'], type: 'individual',
 *   modality: { kind: 'telehealth', clientLocationState: 'NY' }, zone: 'America/New_York',
 *   startDate: '2026-03-02', startTime: '09:00', durationMinutes: 50, frequency: 'weekly', count: 10,
 * });
 * //=> { …, monthlyBy: 'day_of_month', exceptions: [], localTimePolicy: { gap: 'shift_forward', overlap: 'earlier' } }
 * ```
 */
export const SchedulingSeries = z
  .strictObject({
    id: SeriesId,
    clinicianId: ClinicianId,
    clientIds: z.array(ClientId).min(1),
    type: SchedulingAppointmentType,
    modality: SessionModality,
    /**
     * The zone the wall time is kept in: the clinician's, or for an in-person series at an office whose
     * zone the modality names, that office's zone (the clock the client and the room keep).
     */
    zone: IanaZone,
    startDate: LocalDate,
    startTime: LocalTime,
    durationMinutes: z.number().int().min(5).max(720),
    frequency: SeriesFrequency,
    /** Every how many weeks (`weekly`) or months (`monthly`); 1 when absent. */
    interval: z.number().int().min(1).max(52).optional(),
    /** The weekdays of a weekly series (twice-weekly DBT: `['tue', 'thu']`); the first date's when absent. */
    weekdays: z.array(Weekday).min(1).max(7).optional(),
    monthlyBy: MonthlyBy.default('day_of_month'),
    count: z.number().int().min(1).max(SERIES_MAX_OCCURRENCES).optional(),
    until: LocalDate.optional(),
    exceptions: z.array(SeriesException).default([]),
    /**
     * A telehealth series' occurrences where the client will be elsewhere than `modality.clientLocationState`
     * (or somewhere not yet known: `state: null`), by rule date. Only for a telehealth series.
     */
    clientLocations: z.array(SeriesClientLocation).max(SERIES_MAX_OCCURRENCES).optional(),
    localTimePolicy: LocalTimePolicy.default({ gap: 'shift_forward', overlap: 'earlier' }),
  })
  .superRefine((s, ctx) => {
    if (s.count === undefined && s.until === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: 'must have a count or an until date',
        path: ['count'],
        params: { code: 'scheduling.series.unbounded' satisfies SchedulingValidationCode },
      });
    }
    if (s.count !== undefined && s.until !== undefined) {
      ctx.addIssue({
        code: 'custom',
        message: 'must not have both a count and an until date',
        path: ['until'],
        params: { code: 'scheduling.series.count_and_until' satisfies SchedulingValidationCode },
      });
    }
    if (s.until !== undefined && s.until < s.startDate) {
      ctx.addIssue({
        code: 'custom',
        message: 'must not end before it starts',
        path: ['until'],
        params: { code: 'scheduling.series.end_before_start' satisfies SchedulingValidationCode },
      });
    }
    if (s.frequency === 'every_two_weeks' && s.interval !== undefined) {
      ctx.addIssue({
        code: 'custom',
        message: 'must not be given with every_two_weeks (use weekly with an interval)',
        path: ['interval'],
        params: { code: 'scheduling.series.interval_conflict' satisfies SchedulingValidationCode },
      });
    }
    if (s.weekdays !== undefined) {
      if (s.frequency === 'monthly') {
        ctx.addIssue({
          code: 'custom',
          message: 'are for weekly series only',
          path: ['weekdays'],
          params: { code: 'scheduling.series.weekdays_not_weekly' satisfies SchedulingValidationCode },
        });
      } else if (!s.weekdays.includes(getWeekday(s.startDate))) {
        ctx.addIssue({
          code: 'custom',
          message: 'must include the weekday of the first date',
          path: ['weekdays'],
          params: { code: 'scheduling.series.start_not_in_rule' satisfies SchedulingValidationCode },
        });
      }
      if (new Set(s.weekdays).size !== s.weekdays.length) {
        ctx.addIssue({
          code: 'custom',
          message: 'must not repeat a weekday',
          path: ['weekdays'],
          params: { code: 'scheduling.series.duplicate_weekday' satisfies SchedulingValidationCode },
        });
      }
    }
    if (s.modality.kind === 'in_person' && s.modality.zone !== undefined && s.modality.zone !== s.zone) {
      // An in-person session happens at the office: kept on another zone's clock, its wall time there
      // moves by an hour whenever one of the two zones changes its clocks and the other does not.
      ctx.addIssue({
        code: 'custom',
        message: "must be the office's zone for an in-person series",
        path: ['zone'],
        params: { code: 'scheduling.series.zone_not_office' satisfies SchedulingValidationCode },
      });
    }
    checkUniqueKeys(
      ctx,
      s.exceptions,
      (e) => e.date,
      (i) => ['exceptions', i, 'date'],
      {
        code: 'scheduling.series.duplicate_exception' satisfies SchedulingValidationCode,
        message: 'must not repeat an exception date',
      },
    );
    if (s.clientLocations !== undefined) {
      if (s.modality.kind !== 'telehealth' && s.clientLocations.length > 0) {
        ctx.addIssue({
          code: 'custom',
          message: 'must be left out of an in-person series (its sessions are at the office)',
          path: ['clientLocations'],
          params: {
            code: 'scheduling.series.client_location_not_telehealth' satisfies SchedulingValidationCode,
          },
        });
      }
      checkUniqueKeys(
        ctx,
        s.clientLocations,
        (l) => l.date,
        (i) => ['clientLocations', i, 'date'],
        {
          code: 'scheduling.series.duplicate_client_location' satisfies SchedulingValidationCode,
          message: 'must not repeat a date',
        },
      );
    }
    s.exceptions.forEach((e, i) => {
      if (e.kind === 'move' && toEpochMs(e.end) <= toEpochMs(e.start)) {
        ctx.addIssue({
          code: 'custom',
          message: 'must end after it starts',
          path: ['exceptions', i, 'end'],
          params: { code: 'scheduling.series.end_before_start' satisfies SchedulingValidationCode },
        });
      }
    });
  });
export type SchedulingSeries = z.infer<typeof SchedulingSeries>;
/**
 * What callers pass for a {@link SchedulingSeries}, before defaults apply.
 *
 * @example
 * ```ts
 * const series: SchedulingSeriesInput = { id: 's-1', clinicianId: 'dr-lee', clientIds: ['c-1'], type: 'individual',
 *   modality: { kind: 'telehealth', clientLocationState: 'NY' }, zone: 'America/New_York', startDate: '2026-03-02',
 *   startTime: '09:00', durationMinutes: 50, frequency: 'weekly', count: 10 };
 * ```
 */
export type SchedulingSeriesInput = z.input<typeof SchedulingSeries>;
