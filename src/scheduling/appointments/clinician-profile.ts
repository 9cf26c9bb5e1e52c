import * as z from 'zod';
import {
  ClinicianId,
  IanaZone,
  Instant,
  LocalDate,
  LocalTime,
  LocationId,
  PayerId,
  Weekday,
} from '../../core/index.js';
import { minuteOfDay, toEpochMs } from '../../core/internal.js';
import { SessionModalityKind } from './session-modality.js';

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
 * One recurring block of availability in the clinician's zone: some weekdays, a start and an end time on
 * the same day, optionally limited to modalities, a location and a date range.
 * @example
 * ```ts
 * ClinicianAvailabilityRule.parse({ days: ['mon'], start: '13:00', end: '17:00', modalities: ['telehealth'] });
 * //=> { days: ['mon'], start: '13:00', end: '17:00', modalities: ['telehealth'] }
 * ```
 */
export const ClinicianAvailabilityRule = z.strictObject({
  days: z.array(Weekday).min(1),
  start: LocalTime,
  end: LocalTime,
  /** Modalities offered in this block; empty means every modality the clinician offers. */
  modalities: z.array(SessionModalityKind).default([]),
  locationId: LocationId.optional(),
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
 * `scheduling.availability.end_before_start`, `scheduling.availability.overlap` and
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
      if (minuteOfDay(rule.end) <= minuteOfDay(rule.start)) {
        ctx.addIssue({
          code: 'custom',
          message: 'must end after it starts on the same day',
          path: ['availability', i, 'end'],
          params: { code: 'scheduling.availability.end_before_start' },
        });
      }
      if (rule.from !== undefined && rule.until !== undefined && rule.until < rule.from) {
        ctx.addIssue({
          code: 'custom',
          message: 'must not end before it starts',
          path: ['availability', i, 'until'],
          params: { code: 'scheduling.availability.end_before_start' },
        });
      }
      for (let j = 0; j < i; j += 1) {
        const other = c.availability[j];
        if (other !== undefined && availabilityOverlaps(other, rule)) {
          ctx.addIssue({
            code: 'custom',
            message: `overlaps availability rule ${j}`,
            path: ['availability', i],
            params: { code: 'scheduling.availability.overlap' },
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
          params: { code: 'scheduling.time_off.end_before_start' },
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

function availabilityOverlaps(a: ClinicianAvailabilityRule, b: ClinicianAvailabilityRule): boolean {
  if (!a.days.some((d) => b.days.includes(d))) return false;
  const aFrom = a.from ?? '0000-01-01';
  const aUntil = a.until ?? '9999-12-31';
  const bFrom = b.from ?? '0000-01-01';
  const bUntil = b.until ?? '9999-12-31';
  if (aUntil < bFrom || bUntil < aFrom) return false;
  return minuteOfDay(a.start) < minuteOfDay(b.end) && minuteOfDay(b.start) < minuteOfDay(a.end);
}
