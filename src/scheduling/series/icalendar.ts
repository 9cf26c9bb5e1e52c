import * as z from 'zod';
import { DEFAULT_LOCAL_TIME_POLICY, IanaZone, Instant, ValidationError } from '../../core/index.js';
import {
  formatPath,
  IssueList,
  isObjectPayload,
  localDayAndMinute,
  minuteOfDay,
  placeLocalMinute,
  toEpochDay,
  toEpochMs,
  validateArguments,
  zoneOffsetMinutes,
} from '../../core/internal.js';
import { SchedulingAppointment, type SchedulingAppointmentInput } from '../appointments/appointment.js';
import type { SchedulingValidationCode } from '../reason-codes.js';
import { audienceTextIssues, CalendarAudience, clientIdentifierWords } from './icalendar-audience.js';
import { escapeText, foldLine, localDateTime, utcDateTime, wallDateTime } from './icalendar-text.js';
import { writeRRule } from './rrule-text.js';
import { SchedulingSeries, type SchedulingSeriesInput, SERIES_MAX_OCCURRENCES } from './series.js';
import { expandSeries, type SeriesOccurrence } from './series-expansion.js';
import { vtimezoneLines } from './vtimezone.js';

// RFC 5545 text (3.3.11) holds no control character but a tab: a line break is escaped (\n), any other
// control character (U+0000 to U+0008, U+000B, U+000C, U+000E to U+001F, U+007F) has no escape and makes the
// calendar invalid, so it is refused at its path, never written nor dropped [sources: rfc-5545-icalendar].
function holdsControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f) return true;
  }
  return false;
}
function calendarText(min: number, max: number) {
  return z
    .string()
    .min(min)
    .max(max)
    .refine((text) => !holdsControlCharacter(text), {
      message: 'must hold no control character but a tab or a line break',
      params: { code: 'scheduling.icalendar.control_character' satisfies SchedulingValidationCode },
    });
}

/**
 * Options of {@link toICalendar}. `summary` (and `description`, `location`) are what the feed shows, for
 * its `audience`: for `client` (the default) and `staff`, feeds that leave the practice, they may name no
 * client (no word of `clientNames`, no client id of the events), diagnosis, mental-health service code or
 * clinical word; for `clinician`, the clinician's own feed, they may. They hold no control character but a
 * tab or a line break (RFC 5545 text cannot carry one).
 * `asOf` is the DTSTAMP. `times: 'utc'` writes UTC times (each series session as its own event)
 * instead of wall times with a VTIMEZONE; appointments in `zoned` times need `zone`, except an in-person
 * appointment whose modality names its office's zone, which is written on that office's clock.
 * @example
 * ```ts
 * ToICalendarOptions.parse({ asOf: '2026-03-01T12:00:00Z', summary: 'Session with Dr. Lee' }).audience; //=> 'client'
 * ```
 */
export const ToICalendarOptions = z.strictObject({
  asOf: Instant,
  /**
   * Who reads the feed: `client` (default, the strictest) and `staff` feeds leave the practice and their
   * text is checked; `clinician` is the clinician's own feed.
   */
  audience: CalendarAudience.default('client'),
  /**
   * The names of the clients whose sessions the feed holds: a client or staff feed's text may hold none of
   * their words (of two letters or more). The writer has no names of its own to check against.
   */
  clientNames: z.array(z.string().min(1).max(200)).max(10_000).default([]),
  summary: calendarText(1, 200),
  description: calendarText(0, 2000).optional(),
  location: calendarText(0, 200).optional(),
  times: z.enum(['zoned', 'utc']).default('zoned'),
  zone: IanaZone.optional(),
  /** The domain part of every UID: stable ids are `<series or appointment id>@<uidDomain>`. */
  uidDomain: z
    .string()
    .regex(/^[A-Za-z0-9.-]{1,100}$/, { message: 'must be a domain name' })
    .default('practice-ops'),
  /** The revision of the events (RFC 5545 SEQUENCE): raise it each time a series or appointment is edited. */
  sequence: z.number().int().min(0).max(1_000_000).default(0),
});
export type ToICalendarOptions = z.input<typeof ToICalendarOptions>;

/**
 * What goes in a calendar: series (each a recurring event) and single appointments.
 * @example
 * ```ts
 * ICalendarEvents.parse({ series: [weeklySeries] }).appointments; //=> []
 * ```
 */
export const ICalendarEvents = z.strictObject({
  series: z.array(SchedulingSeries).default([]),
  appointments: z.array(SchedulingAppointment).default([]),
});

// The options when appointments are given: in zoned times (the default) they need `zone`, reported beside
// the options' other problems (the check reads only `times` and `zone`, which may be unparsed then).
const ToICalendarOptionsForAppointments = ToICalendarOptions.superRefine(
  (o, ctx) => {
    const times: unknown = o.times;
    if ((times === undefined || times === 'zoned') && o.zone === undefined) {
      ctx.addIssue({
        code: 'invalid_type',
        expected: 'string',
        input: undefined,
        path: ['zone'],
        message: 'expected string (appointments in zoned times need a zone)',
      });
    }
  },
  { when: isObjectPayload },
);
/**
 * What {@link toICalendar} writes: series (each a recurring event) and single appointments, either list
 * optional.
 * @example
 * ```ts
 * const events: ICalendarEventsInput = { series: [weeklySeries] };
 * toICalendar(events, { asOf: '2026-03-01T12:00:00Z', summary: 'Session' }).startsWith('BEGIN:VCALENDAR');
 * //=> true
 * ```
 */
export interface ICalendarEventsInput {
  readonly series?: readonly SchedulingSeriesInput[];
  readonly appointments?: readonly SchedulingAppointmentInput[];
}

type Options = z.output<typeof ToICalendarOptions>;

// Whether an appointment as given names its office's zone (an in-person session is written in it).
function namesOfficeZone(appointment: unknown): boolean {
  if (typeof appointment !== 'object' || appointment === null) return false;
  const modality: unknown = (appointment as { modality?: unknown }).modality;
  if (typeof modality !== 'object' || modality === null) return false;
  const m = modality as { kind?: unknown; zone?: unknown };
  return m.kind === 'in_person' && typeof m.zone === 'string';
}

// Whether the events as given list an appointment without an office zone of its own (the options then need
// a zone in zoned times).
function hasAppointments(events: unknown): boolean {
  if (typeof events !== 'object' || events === null) return false;
  const list: unknown = (events as { appointments?: unknown }).appointments;
  return Array.isArray(list) && list.some((a) => !namesOfficeZone(a));
}

// `sequence` is the revision of the feed's events; a cancelled session is one revision past it (RFC 5545
// 3.8.7.4 lists STATUS among the properties whose change raises SEQUENCE), so a calendar that held the
// session replaces it with the cancellation even at the same `sequence` [sources: rfc-5545-icalendar].
function common(uid: string, o: Options, sequence = o.sequence): string[] {
  const lines = [`UID:${uid}`, `DTSTAMP:${utcDateTime(toEpochMs(o.asOf))}`, `SEQUENCE:${sequence}`];
  lines.push(`SUMMARY:${escapeText(o.summary)}`);
  if (o.description !== undefined) lines.push(`DESCRIPTION:${escapeText(o.description)}`);
  if (o.location !== undefined) lines.push(`LOCATION:${escapeText(o.location)}`);
  return lines;
}

// Whether an instant's wall time in the zone names it alone: not in a DST overlap (a calendar may read a
// repeated time as either instant; RFC 5545 says the first, and not every calendar does).
function isPlainWallTime(ms: number, zone: IanaZone): boolean {
  const { epochDay, minuteOfDay: minute } = localDayAndMinute(ms, zone);
  const placed = placeLocalMinute(epochDay, minute, zone, DEFAULT_LOCAL_TIME_POLICY);
  return (
    placed.status === 'exact' && Math.floor((placed.epochMs as number) / 60_000) === Math.floor(ms / 60_000)
  );
}

// Whether a calendar reads the occurrence from the rule as the library places it: exactly at the rule's
// wall time, ending at a plain wall time, with no DST change inside it (calendars differ in how they add a
// duration across one).
function isPlainOccurrence(occ: SeriesOccurrence, zone: IanaZone): boolean {
  const start = toEpochMs(occ.start);
  const end = toEpochMs(occ.end);
  return (
    occ.placement === 'exact' &&
    isPlainWallTime(end, zone) &&
    zoneOffsetMinutes(zone, start) === zoneOffsetMinutes(zone, end)
  );
}

// A time property: on the zone's wall clock when that names the instant alone, else in UTC.
const at = (name: string, ms: number, zone: IanaZone | undefined) =>
  zone === undefined || !isPlainWallTime(ms, zone)
    ? `${name}:${utcDateTime(ms)}`
    : `${name};TZID=${zone}:${localDateTime(ms, zone)}`;

// A series as one recurring event in its zone: the rule, EXDATE for occurrences not held, and an override
// (RECURRENCE-ID, times in UTC) for each occurrence not plainly at the rule's wall time: moved, placed by
// the series' DST policy (a shifted gap time, either of two overlap times), or running across a DST
// change, which calendars resolve each their own way.
function zonedSeries(s: SchedulingSeries, o: Options) {
  const expansion = expandSeries(s);
  const minute = minuteOfDay(s.startTime);
  const uid = `${s.id}@${o.uidDomain}`;
  const ruleTime = (date: string) => wallDateTime(date, minute);
  let rule = writeRRule(s);
  if (expansion.truncated) rule = rule.replace(/;UNTIL=[^;]*/, `;COUNT=${SERIES_MAX_OCCURRENCES}`);
  const master = [
    'BEGIN:VEVENT',
    ...common(uid, o),
    `DTSTART;TZID=${s.zone}:${ruleTime(s.startDate)}`,
    `DURATION:PT${s.durationMinutes}M`,
    `RRULE:${rule}`,
    ...expansion.skipped.map((k) => `EXDATE;TZID=${s.zone}:${ruleTime(k.ruleDate)}`),
    'END:VEVENT',
  ];
  const overrides = expansion.occurrences
    .filter((occ: SeriesOccurrence) => !isPlainOccurrence(occ, s.zone))
    .flatMap((occ) => [
      'BEGIN:VEVENT',
      ...common(uid, o),
      `RECURRENCE-ID;TZID=${s.zone}:${ruleTime(occ.ruleDate)}`,
      `DTSTART:${utcDateTime(toEpochMs(occ.start))}`,
      `DTEND:${utcDateTime(toEpochMs(occ.end))}`,
      'END:VEVENT',
    ]);
  // The zone must be described wherever a time of the event falls: every occurrence and every skipped date.
  const placeRule = (date: string) =>
    placeLocalMinute(toEpochDay(date), minute, s.zone, DEFAULT_LOCAL_TIME_POLICY).epochMs as number;
  const times = [
    placeRule(s.startDate),
    ...expansion.occurrences.flatMap((x) => [toEpochMs(x.start), toEpochMs(x.end)]),
    ...expansion.skipped.map((k) => placeRule(k.ruleDate)),
    // And the day after the until date: a calendar tests the rule's next date against UNTIL on the zone's clock
    // then, so a DST change between the last session and UNTIL must be described too.
    ...(s.until === undefined
      ? []
      : [
          placeLocalMinute(toEpochDay(s.until) + 1, minute, s.zone, DEFAULT_LOCAL_TIME_POLICY)
            .epochMs as number,
        ]),
  ];
  return {
    zone: s.zone,
    fromMs: Math.min(...times),
    toMs: Math.max(...times),
    lines: [...master, ...overrides],
  };
}

// The UIDs the events get, each with the path of the id it is made of: a series' (or, in UTC times, each of
// its sessions'), an appointment's.
function* uidSources(
  series: readonly SchedulingSeries[],
  appointments: readonly SchedulingAppointment[],
  times: Options['times'],
): Generator<{ uid: string; path: (string | number)[] }> {
  for (const [i, s] of series.entries()) {
    const path = ['events', 'series', i, 'id'];
    if (times === 'zoned') yield { uid: s.id, path };
    else for (const occ of expandSeries(s).occurrences) yield { uid: `${s.id}.${occ.sequence}`, path };
  }
  for (const [i, a] of appointments.entries()) yield { uid: a.id, path: ['events', 'appointments', i, 'id'] };
}

// A UID names one event (RFC 5545 3.8.4.7): two events of one UID are one to a calendar, which keeps either
// and drops the other. An id that would give a second event the UID of another (an appointment listed
// twice, a series and an appointment of one id, an appointment `s.2` beside series `s` in UTC times) is
// refused at its path, never written [sources: rfc-5545-icalendar].
function assertUniqueUids(
  series: readonly SchedulingSeries[],
  appointments: readonly SchedulingAppointment[],
  times: Options['times'],
): void {
  const seen = new Set<string>();
  const reported = new Set<string>();
  const list = new IssueList();
  for (const { uid, path } of uidSources(series, appointments, times)) {
    if (!seen.has(uid)) {
      seen.add(uid);
      continue;
    }
    const at = formatPath(path);
    if (reported.has(at)) continue;
    reported.add(at);
    list.add({
      path,
      at,
      code: 'scheduling.icalendar.duplicate_uid' satisfies SchedulingValidationCode,
      message: 'must not give an event the UID of another event of the calendar',
    });
  }
  const report = list.report();
  if (report !== undefined) throw new ValidationError('calendar events', report.issues, report.unlisted);
}

// A feed that leaves the practice (client, staff) carries no text that names a client or their care; the
// text is refused at its path, never written nor replaced: a developer sees the mistake, and the feed never
// shows a summary other than the one chosen [sources: hhs-minimum-necessary, cfr-45-164.514-b].
function assertAudienceText(
  series: readonly SchedulingSeries[],
  appointments: readonly SchedulingAppointment[],
  o: Options,
): void {
  const ids = [...series.flatMap((s) => s.clientIds), ...appointments.flatMap((a) => a.clientIds)];
  const issues = audienceTextIssues(o, o.audience, clientIdentifierWords(o.clientNames, ids));
  const list = new IssueList();
  for (const issue of issues) list.add(issue);
  const report = list.report();
  if (report !== undefined) throw new ValidationError('calendar options', report.issues, report.unlisted);
}

// In UTC, a rule cannot keep a wall time across DST: each session is its own event.
function utcSeries(s: SchedulingSeries, o: Options): string[] {
  return expandSeries(s).occurrences.flatMap((occ) => [
    'BEGIN:VEVENT',
    ...common(`${s.id}.${occ.sequence}@${o.uidDomain}`, o),
    `DTSTART:${utcDateTime(toEpochMs(occ.start))}`,
    `DTEND:${utcDateTime(toEpochMs(occ.end))}`,
    'END:VEVENT',
  ]);
}

/**
 * Writes series and appointments as an RFC 5545 calendar: each series one recurring VEVENT in its zone
 * (RRULE, EXDATE for skipped dates, RECURRENCE-ID for moved ones) with a VTIMEZONE written from the
 * zone's real transitions over the series' span, each appointment a VEVENT (STATUS:CANCELLED when
 * cancelled) on the clock of `zone`, or of its office when an in-person appointment names the office's
 * zone (an in-person session happens at the office [sources: rfc-5545]). UIDs are stable (`<id>@<uidDomain>`), DTSTAMP is `asOf`, lines are folded at 75 octets and
 * text is escaped. A calendar that expands it gets exactly the occurrences `expandSeries` lists.
 *
 * @remarks Minimum necessary: the events carry only the summary, description and location the caller
 * gives, and times; no client, diagnosis or service. For the `client` (default) and `staff` audiences that
 * text is checked: a client's name (of `clientNames`) or id, a diagnosis, a mental-health service code or a
 * clinical word is refused at its path [sources: rfc-5545, hhs-minimum-necessary, cfr-45-164.514-b].
 * @throws {@link ValidationError} listing every problem of the events and options at once, each path under
 * its parameter's name (`$.events.series[0].zone`, `$.events.appointments[1].end`, `$.options.uidDomain`),
 * `$.options.summary` (`scheduling.icalendar.clinical_word`, …) when a client or staff feed's text says too
 * much, and `$.options.zone` when appointments without an office zone of their own are given in zoned times
 * without it.
 * @example
 * ```ts
 * import type { SchedulingSeriesInput } from 'practice-ops/scheduling';
 *
 * // Weekly on Mondays at 09:00 New York time, ten sessions from 2026-03-02.
 * const weekly: SchedulingSeriesInput = { id: 's-1', clinicianId: 'dr-lee', clientIds: ['cl-1'],
 *   type: 'individual', modality: { kind: 'telehealth', clientLocationState: 'NY' }, durationMinutes: 53,
 *   zone: 'America/New_York', startDate: '2026-03-02', startTime: '09:00', frequency: 'weekly', count: 10 };
 * toICalendar({ series: [weekly] }, { asOf: '2026-03-01T12:00:00Z', summary: 'Appointment' });
 * //=> 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\n…RRULE:FREQ=WEEKLY;COUNT=10\r\n…END:VCALENDAR\r\n'
 * ```
 */
export function toICalendar(events: ICalendarEventsInput, options: ToICalendarOptions): string {
  // Every argument's problems at once, each under its parameter's name (`$.events.series[0].zone`,
  // `$.options.zone`); the options need a zone when appointments are given in zoned times.
  const [{ series, appointments }, o] = validateArguments([
    ['events', ICalendarEvents, events, 'calendar events'],
    [
      'options',
      hasAppointments(events) ? ToICalendarOptionsForAppointments : ToICalendarOptions,
      options,
      'calendar options',
    ],
  ]);
  assertUniqueUids(series, appointments, o.times);
  assertAudienceText(series, appointments, o);
  const zoned = o.times === 'zoned';
  const spans = new Map<string, { fromMs: number; toMs: number }>();
  const widen = (zone: string, fromMs: number, toMs: number) => {
    const span = spans.get(zone);
    spans.set(zone, {
      fromMs: Math.min(fromMs, span?.fromMs ?? fromMs),
      toMs: Math.max(toMs, span?.toMs ?? toMs),
    });
  };
  const body: string[] = [];
  for (const s of series) {
    if (!zoned) {
      body.push(...utcSeries(s, o));
      continue;
    }
    const written = zonedSeries(s, o);
    widen(written.zone, written.fromMs, written.toMs);
    body.push(...written.lines);
  }
  for (const a of appointments) {
    const start = toEpochMs(a.start);
    const end = toEpochMs(a.end);
    // An in-person session is on its office's clock when the modality names the office's zone.
    const zone = !zoned
      ? undefined
      : a.modality.kind === 'in_person' && a.modality.zone !== undefined
        ? a.modality.zone
        : o.zone;
    if (zone !== undefined) widen(zone, start, end);
    const cancelled = a.status.state === 'cancelled';
    body.push(
      'BEGIN:VEVENT',
      ...common(`${a.id}@${o.uidDomain}`, o, cancelled ? o.sequence + 1 : o.sequence),
      at('DTSTART', start, zone),
      at('DTEND', end, zone),
      `STATUS:${cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
      'END:VEVENT',
    );
  }
  const zones = [...spans.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//practice-ops//practice-ops//EN',
    'CALSCALE:GREGORIAN',
    ...zones.flatMap(([z, span]) => vtimezoneLines(z as IanaZone, span.fromMs, span.toMs)),
    ...body,
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
