import * as z from 'zod';
import { ClinicianId, IanaZone, Instant, LocalDate, LocalTime, PayerId, Weekday } from '../../core/index.js';
import { LocationId, minuteOfDay, toEpochDay, toEpochMs, weekdayNumber } from '../../core/internal.js';
import type { SchedulingValidationCode } from '../reason-codes.js';
import { SessionModalityKind } from './session-modality.js';
import { zonesAgree } from './zone-agreement.js';

/**
 * Default session lengths a clinician offers, in minutes.
 *
 * @remarks A practice convention: the 50-minute "therapeutic hour" is the norm and intakes run 60–90
 * minutes; 60 minutes is the shortest length that supports 90837 (≥ 53 min) [sources: lcd-l35101].
 * @example
 * ```ts
 * DEFAULT_SESSION_MINUTES; //=> [50, 60, 90]
 * ```
 */
export const DEFAULT_SESSION_MINUTES: readonly number[] = [50, 60, 90];

/**
 * Default minutes kept free after each session, for notes.
 *
 * @remarks A practice convention: a 50-minute session booked on the hour leaves ~10 minutes for notes.
 * @example
 * ```ts
 * DEFAULT_BUFFER_AFTER_MINUTES; //=> 10
 * ```
 */
export const DEFAULT_BUFFER_AFTER_MINUTES = 10;

/**
 * One recurring block of availability in the clinician's zone: some weekdays, a start and an end time,
 * optionally limited to modalities, a location and a date range. A block whose end is at or before its
 * start runs past midnight into the next local day (`22:00`–`06:00`, an overnight crisis-line shift);
 * `days`, `from` and `until` name the day it starts on.
 * @example
 * ```ts
 * ClinicianAvailabilityRule.parse({ days: ['mon'], start: '13:00', end: '17:00', modalities: ['telehealth'] });
 * //=> { days: ['mon'], start: '13:00', end: '17:00', modalities: ['telehealth'] }
 * ClinicianAvailabilityRule.parse({ days: ['thu'], start: '09:00', end: '17:00', modalities: ['in_person'],
 *   locationId: 'la-office', zone: 'America/Los_Angeles' }).zone;
 * //=> 'America/Los_Angeles' (holidays of its in-person sessions are Los Angeles dates)
 * ClinicianAvailabilityRule.parse({ days: ['sat'], start: '22:00', end: '06:00' }).end;
 * //=> '06:00' (Saturday 22:00 to Sunday 06:00)
 * ```
 */
export const ClinicianAvailabilityRule = z.strictObject({
  days: z.array(Weekday).min(1),
  start: LocalTime,
  end: LocalTime,
  /** Modalities offered in this block; empty means every modality the clinician offers. */
  modalities: z.array(SessionModalityKind).default([]),
  locationId: LocationId.optional(),
  /**
   * The office's IANA zone, for the block's in-person sessions at `locationId`: a practice holiday closes
   * them on the office's date (telehealth in the block keeps the clinician's). The block's own times stay in
   * the clinician's zone. Left out, the clinician's zone.
   */
  zone: IanaZone.optional(),
  /** First date the block applies (inclusive). */
  from: LocalDate.optional(),
  /** Last date the block applies (inclusive). */
  until: LocalDate.optional(),
});
export type ClinicianAvailabilityRule = z.infer<typeof ClinicianAvailabilityRule>;

/**
 * A period the clinician is away (vacation, training), as instants.
 * @example
 * ```ts
 * ClinicianTimeOff.parse({ start: '2026-07-06T00:00:00-04:00', end: '2026-07-11T00:00:00-04:00', label: 'vacation' });
 * //=> the same period, typed
 * ```
 */
export const ClinicianTimeOff = z.strictObject({
  start: Instant,
  end: Instant,
  label: z.string().max(200).optional(),
});
export type ClinicianTimeOff = z.infer<typeof ClinicianTimeOff>;

/**
 * The scheduling side of a clinician: zone, recurring availability, time off, session lengths, buffers,
 * caps, modalities and the payers accepted. No clinical fields.
 *
 * @remarks Functions that take a clinician validate it and throw `ValidationError` with the codes
 * `scheduling.availability.end_before_start` (a date range that ends before it starts),
 * `scheduling.availability.overlap` (two blocks share time, counting blocks that run past midnight),
 * `scheduling.availability.office_zone_conflict` (two blocks at one office name zones that keep different
 * clocks) and
 * `scheduling.time_off.end_before_start` (every problem listed, no value echoed).
 * @example
 * ```ts
 * SchedulingClinician.parse({
 *   id: 'dr-lee', zone: 'America/New_York', modalities: ['telehealth'],
 *   availability: [{ days: ['mon', 'wed'], start: '09:00', end: '17:00' }],
 * });
 * //=> { id: 'dr-lee', …, sessionMinutes: [50, 60, 90], bufferBeforeMinutes: 0, bufferAfterMinutes: 10, … }
 * ```
 */
export const SchedulingClinician = z
  .strictObject({
    id: ClinicianId,
    zone: IanaZone,
    availability: z.array(ClinicianAvailabilityRule).default([]),
    timeOff: z.array(ClinicianTimeOff).default([]),
    sessionMinutes: z
      .array(z.number().int().min(5).max(720))
      .min(1)
      .default([...DEFAULT_SESSION_MINUTES]),
    bufferBeforeMinutes: z.number().int().min(0).max(240).default(0),
    bufferAfterMinutes: z.number().int().min(0).max(240).default(DEFAULT_BUFFER_AFTER_MINUTES),
    maxSessionsPerDay: z.number().int().min(1).max(48).optional(),
    maxSessionsPerWeek: z.number().int().min(1).max(200).optional(),
    modalities: z.array(SessionModalityKind).min(1),
    payersAccepted: z.array(PayerId).default([]),
    acceptsSelfPay: z.boolean().default(true),
  })
  .superRefine((c, ctx) => {
    c.availability.forEach((rule, i) => {
      if (rule.from !== undefined && rule.until !== undefined && rule.until < rule.from) {
        ctx.addIssue({
          code: 'custom',
          message: 'must not end before it starts',
          path: ['availability', i, 'until'],
          params: { code: 'scheduling.availability.end_before_start' satisfies SchedulingValidationCode },
        });
      }
      // One office keeps one clock: two blocks at it naming zones that keep different clocks contradict
      // each other (an Arizona office named America/Denver in one, America/Phoenix in another).
      const clash = c.availability.findIndex(
        (other, j) =>
          j < i &&
          rule.zone !== undefined &&
          other.zone !== undefined &&
          rule.locationId !== undefined &&
          other.locationId === rule.locationId &&
          !zonesAgree(other.zone, rule.zone),
      );
      if (clash >= 0) {
        ctx.addIssue({
          code: 'custom',
          message: `names another zone for its office than availability rule ${clash}`,
          path: ['availability', i, 'zone'],
          params: { code: 'scheduling.availability.office_zone_conflict' satisfies SchedulingValidationCode },
        });
      }
      for (let j = 0; j < i; j += 1) {
        const other = c.availability[j];
        if (other !== undefined && availabilityOverlaps(other, rule)) {
          ctx.addIssue({
            code: 'custom',
            message: `overlaps availability rule ${j}`,
            path: ['availability', i],
            params: { code: 'scheduling.availability.overlap' satisfies SchedulingValidationCode },
          });
        }
      }
    });
    c.timeOff.forEach((off, i) => {
      if (toEpochMs(off.end) <= toEpochMs(off.start)) {
        ctx.addIssue({
          code: 'custom',
          message: 'must end after it starts',
          path: ['timeOff', i, 'end'],
          params: { code: 'scheduling.time_off.end_before_start' satisfies SchedulingValidationCode },
        });
      }
    });
  });
export type SchedulingClinician = z.infer<typeof SchedulingClinician>;
/**
 * What callers pass for a {@link SchedulingClinician}, before defaults apply.
 *
 * @example
 * ```ts
 * const clinician: SchedulingClinicianInput = { id: 'dr-lee', zone: 'America/New_York', modalities: ['telehealth'],
 *   availability: [{ days: ['mon', 'wed'], start: '09:00', end: '17:00' }] };
 * ```
 */
export type SchedulingClinicianInput = z.input<typeof SchedulingClinician>;

const WEEK_MINUTES = 7 * 1440;

/** The block's spans in minutes from Monday 00:00, one per weekday; a span may run past Sunday. */
function weekSpans(rule: ClinicianAvailabilityRule): [number, number][] {
  const start = minuteOfDay(rule.start);
  const end = minuteOfDay(rule.end);
  const length = end > start ? end - start : end - start + 1440;
  return rule.days.map((d) => {
    const at = (weekdayNumber(d) - 1) * 1440 + start;
    return [at, at + length];
  });
}

function availabilityOverlaps(a: ClinicianAvailabilityRule, b: ClinicianAvailabilityRule): boolean {
  // A block past midnight also holds the day after its last date.
  const lastDay = (r: ClinicianAvailabilityRule) =>
    r.until === undefined
      ? Number.POSITIVE_INFINITY
      : toEpochDay(r.until) + (minuteOfDay(r.end) <= minuteOfDay(r.start) ? 1 : 0);
  const firstDay = (r: ClinicianAvailabilityRule) =>
    r.from === undefined ? Number.NEGATIVE_INFINITY : toEpochDay(r.from);
  if (lastDay(a) < firstDay(b) || lastDay(b) < firstDay(a)) return false;
  const bSpans = weekSpans(b);
  // Compare on the weekly circle: Saturday night runs into Sunday and Sunday night into Monday.
  return weekSpans(a).some(([as, ae]) =>
    bSpans.some(([bs, be]) =>
      [-WEEK_MINUTES, 0, WEEK_MINUTES].some((shift) => as < be + shift && bs + shift < ae),
    ),
  );
}
