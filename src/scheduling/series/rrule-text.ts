import * as z from 'zod';
import {
  addDays,
  getLocalDate,
  getWeekday,
  IanaZone,
  isNonEmpty,
  LocalDate,
  LocalTime,
  ValidationError,
  type ValidationIssue,
  validate,
  type Weekday,
} from '../../core/index.js';
import {
  formatPath,
  minuteOfDay,
  placeLocalMinute,
  toEpochDay,
  validateArguments,
} from '../../core/internal.js';
import type { SchedulingValidationCode } from '../reason-codes.js';
import { offsetDateTime } from './icalendar-text.js';
import {
  type MonthlyBy,
  SchedulingSeries,
  type SchedulingSeriesInput,
  SERIES_MAX_OCCURRENCES,
  type SeriesFrequency,
} from './series.js';

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const ICAL_DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const icalDay = (d: Weekday) => ICAL_DAYS[DAYS.indexOf(d)] as string;

/**
 * How a series repeats, as an RRULE says it: the recurrence fields of a series.
 * @example
 * ```ts
 * const recurrence: SeriesRecurrence = { frequency: 'weekly', weekdays: ['tue', 'thu'], count: 24 };
 * ```
 */
export interface SeriesRecurrence {
  readonly frequency: SeriesFrequency;
  readonly interval?: number;
  readonly weekdays?: Weekday[];
  readonly monthlyBy?: MonthlyBy;
  readonly count?: number;
  readonly until?: LocalDate;
}

/**
 * Writes a series' recurrence as an RFC 5545 RRULE value (without `RRULE:`): FREQ, INTERVAL, BYDAY,
 * BYMONTHDAY, COUNT, or UNTIL as the UTC instant that ends the until date in the series' zone (RFC 5545
 * asks for UTC when DTSTART has a zone) [sources: rfc-5545]. It writes the rule as the series holds it: an until
 * date past the 520-occurrence cap stays UNTIL here, while `expandSeries` lists (and `evaluateSeriesBooking`
 * books) only the first 520 rule dates, and `toICalendar` writes `COUNT=520` for such a series so a calendar
 * shows what was booked.
 *
 * @throws {@link ValidationError} when the series is invalid.
 * @example
 * ```ts
 * import type { SchedulingSeriesInput } from 'practice-ops/scheduling';
 *
 * // Weekly on Mondays at 09:00 New York time, ten sessions from 2026-03-02.
 * const weekly: SchedulingSeriesInput = { id: 's-1', clinicianId: 'dr-lee', clientIds: ['cl-1'],
 *   type: 'individual', modality: { kind: 'telehealth', clientLocationState: 'NY' }, durationMinutes: 53,
 *   zone: 'America/New_York', startDate: '2026-03-02', startTime: '09:00', frequency: 'weekly', count: 10 };
 * writeRRule(weekly); //=> 'FREQ=WEEKLY;COUNT=10'
 * // Twice a week, Tuesdays and Thursdays from Tuesday 2026-03-03, 24 sessions:
 * writeRRule({ ...weekly, startDate: '2026-03-03', weekdays: ['tue', 'thu'], count: 24 });
 * //=> 'FREQ=WEEKLY;BYDAY=TU,TH;COUNT=24'
 * ```
 */
export function writeRRule(input: SchedulingSeriesInput): string {
  const s = validate(SchedulingSeries, input, 'series');
  const parts: string[] = [];
  const weekday = getWeekday(s.startDate);
  const nth = Math.ceil(Number(s.startDate.slice(8, 10)) / 7);
  switch (s.frequency) {
    case 'weekly':
    case 'every_two_weeks': {
      const interval = s.frequency === 'every_two_weeks' ? 2 : (s.interval ?? 1);
      parts.push('FREQ=WEEKLY');
      if (interval > 1) parts.push(`INTERVAL=${interval}`, 'WKST=MO');
      // A rule on the first date's weekday alone needs no BYDAY (RFC 5545 takes it from DTSTART).
      if (s.weekdays !== undefined && !(s.weekdays.length === 1 && s.weekdays[0] === weekday)) {
        const days = [...s.weekdays].sort((a, b) => DAYS.indexOf(a) - DAYS.indexOf(b));
        parts.push(`BYDAY=${days.map(icalDay).join(',')}`);
      }
      break;
    }
    case 'monthly':
      parts.push('FREQ=MONTHLY');
      if ((s.interval ?? 1) > 1) parts.push(`INTERVAL=${s.interval}`);
      if (s.monthlyBy === 'day_of_month') parts.push(`BYMONTHDAY=${Number(s.startDate.slice(8, 10))}`);
      else parts.push(`BYDAY=${s.monthlyBy === 'last_weekday_of_month' ? -1 : nth}${icalDay(weekday)}`);
      break;
    default: {
      const exhausted: never = s.frequency;
      return exhausted;
    }
  }
  if (s.count !== undefined) parts.push(`COUNT=${s.count}`);
  if (s.until !== undefined) {
    // The last moment of the until date on the series' clock.
    const next = placeLocalMinute(toEpochDay(addDays(s.until, 1)), 0, s.zone, {
      gap: 'shift_forward',
      overlap: 'earlier',
    });
    const end = (next.epochMs as number) - 1000;
    parts.push(`UNTIL=${offsetDateTime(end, 0)}Z`);
  }
  return parts.join(';');
}

/**
 * Where the series starts, which an RRULE does not say: the zone, the first date and the time.
 * @example
 * ```ts
 * ReadRRuleOptions.parse({ zone: 'America/Chicago', startDate: '2026-03-03', startTime: '17:00' }); //=> the same
 * ```
 */
export const ReadRRuleOptions = z.strictObject({
  zone: IanaZone,
  startDate: LocalDate,
  startTime: LocalTime,
});
export type ReadRRuleOptions = z.input<typeof ReadRRuleOptions>;

const RRuleText = z.string().max(1000);

const SUPPORTED = new Set(['FREQ', 'INTERVAL', 'BYDAY', 'BYMONTHDAY', 'BYSETPOS', 'COUNT', 'UNTIL', 'WKST']);

/**
 * Reads an RFC 5545 RRULE (with or without `RRULE:`) into a series' recurrence fields: weekly or every N
 * weeks on one or more weekdays, monthly on a date or on the nth or last weekday, with COUNT or UNTIL.
 * Outlook's monthly form (`BYDAY=TU;BYSETPOS=2`) is read as `BYDAY=2TU`.
 * What a series cannot express is reported by rule part, never approximated: other frequencies, other BYSETPOS,
 * BYMONTH and the other BY parts, a rule that does not start on its DTSTART, COUNT with UNTIL, a COUNT above
 * {@link SERIES_MAX_OCCURRENCES} (520, `scheduling.rrule.count_past_cap`: refused, never cut).
 *
 * @throws {@link ValidationError} listing every problem at once: a rule that is not text and bad options under
 * each parameter's name (`$.rule`, `$.options.zone`), else the rule's own problems (`scheduling.rrule.*`) at
 * its rule part (`$.rule.FREQ`).
 * @example
 * ```ts
 * readRRule('FREQ=WEEKLY;BYDAY=TU,TH;COUNT=24', { zone: 'America/Chicago', startDate: '2026-03-03', startTime: '17:00' });
 * //=> { frequency: 'weekly', weekdays: ['tue', 'thu'], count: 24 }
 * ```
 */
export function readRRule(rule: string, options: ReadRRuleOptions): SeriesRecurrence {
  // Both arguments' problems at once, each under its parameter's name (`$.rule`, `$.options.zone`); the rule's
  // own problems follow at its rule parts (`$.rule.FREQ`).
  const [text, { zone, startDate, startTime }] = validateArguments([
    ['rule', RRuleText, rule, 'RRULE'],
    ['options', ReadRRuleOptions, options, 'options'],
  ]);
  const issues: ValidationIssue[] = [];
  const problem = (part: string, code: SchedulingValidationCode, message: string) =>
    issues.push({ path: ['rule', part], at: formatPath(['rule', part]), code, message });
  const parts = new Map<string, string>();
  for (const piece of text.replace(/^RRULE:/i, '').split(';')) {
    const [name, value, ...rest] = piece.split('=');
    const key = (name ?? '').toUpperCase();
    if (value === undefined || rest.length > 0 || key === '')
      problem(key || 'RRULE', 'scheduling.rrule.invalid', 'must be NAME=VALUE');
    else if (parts.has(key)) problem(key, 'scheduling.rrule.invalid', 'must appear once');
    else if (!SUPPORTED.has(key))
      problem(key, 'scheduling.rrule.unsupported', 'is a rule part a series cannot express');
    else parts.set(key, value.toUpperCase());
  }
  const out: { -readonly [K in keyof SeriesRecurrence]: SeriesRecurrence[K] } = { frequency: 'weekly' };
  const freq = parts.get('FREQ');
  const interval = parts.has('INTERVAL') ? Number(parts.get('INTERVAL')) : 1;
  if (!Number.isInteger(interval) || interval < 1 || interval > 52)
    problem('INTERVAL', 'scheduling.rrule.invalid', 'must be a whole number from 1 to 52');
  const start = getWeekday(startDate);
  let byday = parts.get('BYDAY')?.split(',') ?? [];
  // Outlook and Exchange write "the 3rd Sunday" as BYDAY=SU;BYSETPOS=3 (and the last as BYSETPOS=-1), the
  // same rule as BYDAY=3SU [sources: ms-oxcical]; only that form, one weekday in a monthly rule, is read.
  const setpos = parts.get('BYSETPOS');
  if (setpos !== undefined) {
    const day = byday.length === 1 ? (byday[0] as string) : '';
    if (freq === 'MONTHLY' && /^(-1|\+?[1-5])$/.test(setpos) && ICAL_DAYS.includes(day as never))
      byday = [`${setpos.replace('+', '')}${day}`];
    else
      problem('BYSETPOS', 'scheduling.rrule.unsupported', 'is read only with one weekday in a monthly rule');
  }
  if (freq === 'WEEKLY') {
    const days: Weekday[] = [];
    for (const d of byday) {
      const i = ICAL_DAYS.indexOf(d as (typeof ICAL_DAYS)[number]);
      if (i < 0)
        problem(
          'BYDAY',
          'scheduling.rrule.invalid',
          'must list weekdays (MO to SU) without ordinals for a weekly rule',
        );
      else days.push(DAYS[i] as Weekday);
    }
    if (days.length > 0 && !days.includes(start))
      problem('BYDAY', 'scheduling.rrule.start_not_in_rule', 'must include the weekday of the first date');
    if (parts.has('BYMONTHDAY'))
      problem('BYMONTHDAY', 'scheduling.rrule.unsupported', 'is not used with a weekly rule');
    // Series count weeks from Monday. Another week start groups the days into weeks the same way when they
    // all fall on one side of it: Google Calendar writes WKST=SU, which changes nothing for MO to SA.
    const weekStart = ICAL_DAYS.indexOf((parts.get('WKST') ?? 'MO') as (typeof ICAL_DAYS)[number]);
    const sides = new Set(days.map((d) => DAYS.indexOf(d) >= weekStart));
    if (weekStart < 0) problem('WKST', 'scheduling.rrule.invalid', 'must be a weekday (MO to SU)');
    else if (interval > 1 && sides.size > 1) {
      problem(
        'WKST',
        'scheduling.rrule.unsupported',
        'must be MO when the weekdays that repeat every few weeks straddle it',
      );
    }
    out.frequency = interval === 2 ? 'every_two_weeks' : 'weekly';
    if (interval > 2) out.interval = interval;
    if (days.length > 0 && !(days.length === 1 && days[0] === start)) out.weekdays = days;
  } else if (freq === 'MONTHLY') {
    out.frequency = 'monthly';
    if (interval > 1) out.interval = interval;
    const day = Number(startDate.slice(8, 10));
    const monthday = parts.get('BYMONTHDAY');
    if (monthday !== undefined && byday.length > 0)
      problem('BYDAY', 'scheduling.rrule.unsupported', 'must not be combined with BYMONTHDAY');
    if (monthday !== undefined) {
      if (Number(monthday) !== day)
        problem(
          'BYMONTHDAY',
          'scheduling.rrule.start_not_in_rule',
          'must be the day of the month of the first date',
        );
      out.monthlyBy = 'day_of_month';
    } else if (byday.length === 0) {
      out.monthlyBy = 'day_of_month';
    } else {
      const m = /^([+-]?\d{1,2})(MO|TU|WE|TH|FR|SA|SU)$/.exec(byday.length === 1 ? (byday[0] as string) : '');
      const nth = Number(m?.[1]);
      const last =
        toEpochDay(addDays(startDate, 7)) >
        toEpochDay(`${startDate.slice(0, 8)}${String(daysIn(startDate)).padStart(2, '0')}`);
      if (m === null || m === undefined || ICAL_DAYS[DAYS.indexOf(start)] !== m[2]) {
        problem(
          'BYDAY',
          'scheduling.rrule.start_not_in_rule',
          'must be one weekday with an ordinal, the weekday of the first date',
        );
      } else if (nth === -1 && last) out.monthlyBy = 'last_weekday_of_month';
      else if (nth === Math.ceil(day / 7)) out.monthlyBy = 'weekday_of_month';
      else
        problem(
          'BYDAY',
          'scheduling.rrule.start_not_in_rule',
          'must name the first date’s place in its month (1 to 5, or -1 for the last)',
        );
    }
  } else {
    problem(
      'FREQ',
      freq === undefined ? 'scheduling.rrule.invalid' : 'scheduling.rrule.unsupported',
      'must be WEEKLY or MONTHLY',
    );
  }
  const count = parts.get('COUNT');
  const until = parts.get('UNTIL');
  if (count !== undefined && until !== undefined)
    problem('UNTIL', 'scheduling.rrule.count_and_until', 'must not be given with COUNT');
  if (count !== undefined) {
    // RFC 5545 writes COUNT as digits (leading zeros allowed); a count no series can hold is refused, never cut.
    const n = /^\d+$/.test(count) ? Number(count) : Number.NaN;
    if (!(n >= 1)) problem('COUNT', 'scheduling.rrule.invalid', 'must be a whole number from 1');
    else if (n > SERIES_MAX_OCCURRENCES)
      problem(
        'COUNT',
        'scheduling.rrule.count_past_cap',
        `must be at most ${SERIES_MAX_OCCURRENCES}, the most occurrences a series holds`,
      );
    else out.count = n;
  }
  if (until !== undefined) {
    const date = untilDate(until, zone, minuteOfDay(startTime));
    if (date === undefined)
      problem(
        'UNTIL',
        'scheduling.rrule.invalid',
        'must be a date (YYYYMMDD) or a UTC date-time (YYYYMMDDTHHMMSSZ)',
      );
    else out.until = date;
  }
  if (count === undefined && until === undefined)
    problem('COUNT', 'scheduling.rrule.unbounded', 'must end: give COUNT or UNTIL');
  if (isNonEmpty(issues)) throw new ValidationError('RRULE', issues);
  return out;
}

function daysIn(date: string): number {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

// The last local date an UNTIL allows: a date as is; a UTC date-time as the local date of that instant, or
// the day before when the series' time that day comes after it.
function untilDate(value: string, zone: IanaZone, minute: number): LocalDate | undefined {
  const m = /^(\d{4})(\d\d)(\d\d)(?:T(\d\d)(\d\d)(\d\d)Z)?$/.exec(value);
  if (m === null) return undefined;
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  if (!LocalDate.safeParse(date).success) return undefined;
  if (m[4] === undefined) return date;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]));
  const local = getLocalDate(ms, zone);
  const placed = placeLocalMinute(toEpochDay(local), minute, zone, {
    gap: 'shift_forward',
    overlap: 'earlier',
  });
  return placed.epochMs !== null && placed.epochMs <= ms ? local : addDays(local, -1);
}
