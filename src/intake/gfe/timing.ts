import * as z from 'zod';
import {
  addBusinessDays,
  type BusinessCalendar,
  BusinessCalendarOptions,
  ClientId,
  createBusinessCalendar,
  getBusinessDaysBetween,
  getDaysBetween,
  getLocalDate,
  getUsFederalHolidays,
  IanaZone,
  Instant,
  type InvalidRecord,
  LocalDate,
  type NonEmptyArray,
  type Reason,
  reason,
  validateBatch,
} from '../../core/index.js';
import { compareText, idSchema, recordsArgument, validateArguments } from '../../core/internal.js';
import type { IntakeReasonCode, IntakeValidationCode } from '../reason-codes.js';

/**
 * What starts a Good Faith Estimate's clock: a service scheduled on a date for a later date, a request,
 * or a change of scope before a scheduled service.
 *
 * @example
 * ```ts
 * GoodFaithEstimateTrigger.parse({ kind: 'requested', requestedOn: '2026-03-02' });
 * GoodFaithEstimateTrigger.safeParse({ kind: 'scheduled', scheduledOn: '2026-03-05', serviceDate: '2026-03-02' }).success; //=> false
 * ```
 */
export const GoodFaithEstimateTrigger = z.discriminatedUnion('kind', [
  z
    .strictObject({ kind: z.literal('scheduled'), scheduledOn: LocalDate, serviceDate: LocalDate })
    .refine((t) => t.serviceDate >= t.scheduledOn, {
      message: 'must not be before scheduledOn',
      path: ['serviceDate'],
      params: { code: 'intake.gfe.trigger_out_of_order' satisfies IntakeValidationCode },
    }),
  z.strictObject({ kind: z.literal('requested'), requestedOn: LocalDate }),
  z
    .strictObject({ kind: z.literal('scope_changed'), changedOn: LocalDate, serviceDate: LocalDate })
    .refine((t) => t.serviceDate >= t.changedOn, {
      message: 'must not be before changedOn',
      path: ['serviceDate'],
      params: { code: 'intake.gfe.trigger_out_of_order' satisfies IntakeValidationCode },
    }),
]);
export type GoodFaithEstimateTrigger = z.infer<typeof GoodFaithEstimateTrigger>;

/**
 * Which timing rule of 45 CFR 149.610(b)(1)(vi)–(vii) set a due date.
 *
 * @example
 * ```ts
 * const rule: GoodFaithEstimateTimingRule = 'three_business_days_after_request';
 * ```
 */
export type GoodFaithEstimateTimingRule =
  | 'one_business_day_after_scheduling'
  | 'three_business_days_after_scheduling'
  | 'three_business_days_after_request'
  | 'one_business_day_before_service'
  | 'short_notice_by_service_date'
  | 'scope_changed_too_late_by_service_date';

/**
 * A Good Faith Estimate's due date, the rule behind it, and the reason.
 *
 * @example
 * ```ts
 * const due: GoodFaithEstimateDue = getGoodFaithEstimateDueDate({ kind: 'requested', requestedOn: '2026-03-02' });
 * due.dueOn; //=> '2026-03-05'
 * ```
 */
export interface GoodFaithEstimateDue {
  readonly dueOn: LocalDate;
  readonly rule: GoodFaithEstimateTimingRule;
  /** Business days from scheduling to service (`from < d ≤ to`), when scheduled. */
  readonly leadBusinessDays: number | null;
  readonly reasons: NonEmptyArray<Reason<IntakeReasonCode>>;
}

/**
 * Lead time from which the 1-business-day rule applies: scheduled at least 3 business days ahead.
 *
 * @example
 * ```ts
 * GFE_SHORT_LEAD_BUSINESS_DAYS; //=> 3
 * ```
 */
export const GFE_SHORT_LEAD_BUSINESS_DAYS = 3;
/**
 * Lead time from which the 3-business-day rule applies: scheduled at least 10 business days ahead.
 *
 * @example
 * ```ts
 * GFE_LONG_LEAD_BUSINESS_DAYS; //=> 10
 * ```
 */
export const GFE_LONG_LEAD_BUSINESS_DAYS = 10;

/** Due date without validation, on a built calendar. */
export function dueOf(trigger: GoodFaithEstimateTrigger, calendar: BusinessCalendar): GoodFaithEstimateDue {
  switch (trigger.kind) {
    case 'requested': {
      // 45 CFR 149.610(b)(1)(vi)(C) [sources: cfr-45-149.610].
      const dueOn = addBusinessDays(trigger.requestedOn, 3, calendar);
      return {
        dueOn,
        rule: 'three_business_days_after_request',
        leadBusinessDays: null,
        reasons: [
          reason('intake.gfe.due_on_request', 'info', 'Due 3 business days after the request.', {
            requestedOn: trigger.requestedOn,
            dueOn,
          }),
        ],
      };
    }
    case 'scope_changed': {
      // 45 CFR 149.610(b)(1)(vii): a new estimate no later than 1 business day before the service.
      const dueOn = addBusinessDays(trigger.serviceDate, -1, calendar);
      if (dueOn < trigger.changedOn) {
        // A change made after that day leaves a deadline that had passed before the change: it cannot
        // be met, so it is flagged for a person, never reported as missed [sources: cfr-45-149.610].
        return {
          dueOn: trigger.serviceDate,
          rule: 'scope_changed_too_late_by_service_date',
          leadBusinessDays: null,
          reasons: [
            reason(
              'intake.gfe.reissue_deadline_unmeetable',
              'warning',
              'The change came after the day a new estimate was due (1 business day before the service): that deadline cannot be met. A person decides; deliver the new estimate by the service date.',
              {
                changedOn: trigger.changedOn,
                serviceDate: trigger.serviceDate,
                regulatoryDueOn: dueOn,
                dueOn: trigger.serviceDate,
                role: 'practice_owner',
              },
            ),
          ],
        };
      }
      return {
        dueOn,
        rule: 'one_business_day_before_service',
        leadBusinessDays: null,
        reasons: [
          reason(
            'intake.gfe.reissue_before_service',
            'info',
            'A new estimate is due 1 business day before the service.',
            {
              changedOn: trigger.changedOn,
              serviceDate: trigger.serviceDate,
              dueOn,
            },
          ),
        ],
      };
    }
    case 'scheduled': {
      const lead = getBusinessDaysBetween(trigger.scheduledOn, trigger.serviceDate, calendar);
      // The lead and the threshold it is measured against, so a decision says how near the other rule was.
      const facts = {
        scheduledOn: trigger.scheduledOn,
        serviceDate: trigger.serviceDate,
        leadBusinessDays: lead,
        longLeadBusinessDays: GFE_LONG_LEAD_BUSINESS_DAYS,
      };
      // 45 CFR 149.610(b)(1)(vi)(A)/(B) [sources: cfr-45-149.610]. At 10+ days the longer deadline applies.
      if (lead >= GFE_LONG_LEAD_BUSINESS_DAYS) {
        const dueOn = addBusinessDays(trigger.scheduledOn, 3, calendar);
        return {
          dueOn,
          rule: 'three_business_days_after_scheduling',
          leadBusinessDays: lead,
          reasons: [
            reason(
              'intake.gfe.due_three_business_days',
              'info',
              'Scheduled 10+ business days ahead: due in 3.',
              {
                ...facts,
                dueOn,
              },
            ),
          ],
        };
      }
      if (lead >= GFE_SHORT_LEAD_BUSINESS_DAYS) {
        const dueOn = addBusinessDays(trigger.scheduledOn, 1, calendar);
        return {
          dueOn,
          rule: 'one_business_day_after_scheduling',
          leadBusinessDays: lead,
          reasons: [
            reason(
              'intake.gfe.due_one_business_day',
              'info',
              'Scheduled 3–9 business days ahead: due in 1.',
              {
                ...facts,
                dueOn,
              },
            ),
          ],
        };
      }
      // No deadline is stated under 3 business days (our reading; unconfirmed) [sources: cfr-45-149.610].
      return {
        dueOn: trigger.serviceDate,
        rule: 'short_notice_by_service_date',
        leadBusinessDays: lead,
        reasons: [
          reason(
            'intake.gfe.short_notice_unconfirmed',
            'warning',
            'Scheduled under 3 business days ahead: no deadline is stated; deliver by the service date.',
            { ...facts, dueOn: trigger.serviceDate },
          ),
        ],
      };
    }
    default: {
      const exhausted: never = trigger;
      return exhausted;
    }
  }
}

/** The years a trigger's business days may reach: its dates' years, and the year after for a count past 12-31. */
function triggerYears(trigger: GoodFaithEstimateTrigger): [number, number] {
  const dates =
    trigger.kind === 'requested'
      ? [trigger.requestedOn]
      : trigger.kind === 'scheduled'
        ? [trigger.scheduledOn, trigger.serviceDate]
        : [trigger.changedOn, trigger.serviceDate];
  const years = dates.map((d) => Number(d.slice(0, 4)));
  return [Math.min(...years) - 1, Math.max(...years) + 1];
}

/**
 * The due date when the practice's holidays were not given. A business day is a day the practice offers
 * services [sources: cfr-45-149.610], and whether it is open on a federal holiday is not known: where the
 * two readings (open, closed on the federal holidays) give different dates, the earlier is used and a
 * warning says so, since a later guess could make an estimate late.
 */
function dueWithoutHolidays(
  trigger: GoodFaithEstimateTrigger,
  calendar: BusinessCalendar,
): GoodFaithEstimateDue {
  const open = dueOf(trigger, calendar);
  const [from, to] = triggerYears(trigger);
  const federal = getUsFederalHolidays(from, to);
  const closed = dueOf(
    trigger,
    createBusinessCalendar({
      holidays: federal,
      weekend: WEEKDAY_NAMES.filter((_, i) => calendar.weekend.has(i + 1)),
    }),
  );
  if (closed.dueOn === open.dueOn && closed.rule === open.rule) return open;
  const earlier = closed.dueOn < open.dueOn ? closed : open;
  return {
    ...earlier,
    reasons: [
      ...earlier.reasons,
      reason(
        'intake.gfe.practice_holidays_not_given',
        'warning',
        'The practice’s holidays were not given, and a federal holiday in the window changes the due date: the earlier date is used. Pass the days the practice is closed.',
        { dueOn: earlier.dueOn, dueOnIfOpenOnHolidays: open.dueOn, dueOnIfClosedOnHolidays: closed.dueOn },
      ),
    ],
  };
}

const WEEKDAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/**
 * Options for {@link getGoodFaithEstimateDueDate}: the practice's business calendar (its weekend and
 * holidays).
 *
 * @example
 * ```ts
 * const options: GetGoodFaithEstimateDueDateOptions = { holidays: getUsFederalHolidays(2026, 2027) };
 * ```
 */
export type GetGoodFaithEstimateDueDateOptions = BusinessCalendarOptions;

/**
 * The date a Good Faith Estimate is due: 1 business day after scheduling when the service is at least
 * 3 business days out, 3 business days after when at least 10 out, 3 business days after a request, and
 * 1 business day before the service when its scope changes.
 *
 * @param trigger - what started the clock
 * @param options - the practice's business days (pass its holidays, e.g. {@link getUsFederalHolidays})
 * @throws {@link ValidationError} listing every problem of the trigger (a service before its scheduling) and
 * the calendar at once, each under its parameter's name (`$.trigger.serviceDate`, `$.options.holidays[0]`).
 * @remarks 45 CFR 149.610(b)(1)(vi)–(vii) [sources: cfr-45-149.610]. Business days are the practice's
 * (its weekend and holidays). Under 3 business days no deadline is stated (unconfirmed): the due date is
 * the service date and a warning says so; it is the only due date that may not be a business day.
 * @example
 * ```ts
 * getGoodFaithEstimateDueDate({ kind: 'scheduled', scheduledOn: '2026-12-23', serviceDate: '2027-01-11' },
 *   { holidays: getUsFederalHolidays(2026, 2027) });
 * //=> { dueOn: '2026-12-29', rule: 'three_business_days_after_scheduling', leadBusinessDays: 11, … }
 * ```
 */
export function getGoodFaithEstimateDueDate(
  trigger: GoodFaithEstimateTrigger,
  options: GetGoodFaithEstimateDueDateOptions = {},
): GoodFaithEstimateDue {
  // Both arguments' problems at once, each under its parameter's name (`$.trigger.serviceDate`,
  // `$.options.holidays[0]`).
  const [t, calendar] = validateArguments([
    ['trigger', GoodFaithEstimateTrigger, trigger, 'good faith estimate trigger'],
    ['options', createBusinessCalendar, options, 'business calendar'],
  ]);
  return holidaysGiven(options) ? dueOf(t, calendar) : dueWithoutHolidays(t, calendar);
}

/**
 * A Good Faith Estimate the practice owes: what started the clock and when it was delivered, if yet.
 *
 * @example
 * ```ts
 * GoodFaithEstimateObligation.parse({ id: 'gfe-1', clientId: 'c-1',
 *   trigger: { kind: 'scheduled', scheduledOn: '2026-03-02', serviceDate: '2026-03-16' } });
 * ```
 */
export const GoodFaithEstimateObligation = z.strictObject({
  id: idSchema('GoodFaithEstimateId'),
  clientId: ClientId,
  trigger: GoodFaithEstimateTrigger,
  deliveredOn: LocalDate.optional(),
});
export type GoodFaithEstimateObligation = z.infer<typeof GoodFaithEstimateObligation>;

const TimelinessOptions = z.strictObject({
  asOf: Instant,
  practiceZone: IanaZone,
  calendar: BusinessCalendarOptions.optional(),
});

/**
 * Options for {@link evaluateGoodFaithEstimateTimeliness}: `asOf`, the practice's zone and business
 * calendar.
 *
 * @example
 * ```ts
 * EvaluateGoodFaithEstimateTimelinessOptions.parse({ asOf: '2026-03-04T09:00:00-05:00',
 *   practiceZone: 'America/New_York', calendar: { holidays: getUsFederalHolidays(2026) } });
 * //=> { asOf: '2026-03-04T09:00:00-05:00', practiceZone: 'America/New_York', calendar: { holidays: [...] } }
 * ```
 */
export const EvaluateGoodFaithEstimateTimelinessOptions = TimelinessOptions;
export type EvaluateGoodFaithEstimateTimelinessOptions = z.input<typeof TimelinessOptions>;

/**
 * Options for {@link listGoodFaithEstimatesDue}: `asOf`, the practice's zone and business calendar.
 *
 * @example
 * ```ts
 * ListGoodFaithEstimatesDueOptions.parse({ asOf: '2026-03-04T09:00:00-05:00', practiceZone: 'America/New_York' });
 * //=> { asOf: '2026-03-04T09:00:00-05:00', practiceZone: 'America/New_York' }
 * ```
 */
export const ListGoodFaithEstimatesDueOptions = TimelinessOptions;
export type ListGoodFaithEstimatesDueOptions = z.input<typeof TimelinessOptions>;

/**
 * Where an owed estimate stands: delivered on time or late, or not delivered (pending or overdue).
 *
 * @example
 * ```ts
 * const outcome: GoodFaithEstimateTimelinessOutcome = 'overdue';
 * ```
 */
export type GoodFaithEstimateTimelinessOutcome =
  | 'delivered_on_time'
  | 'delivered_late'
  | 'pending'
  | 'overdue';

/**
 * The timeliness of one owed estimate.
 *
 * @example
 * ```ts
 * const d: GoodFaithEstimateTimelinessDecision = evaluateGoodFaithEstimateTimeliness(obligation,
 *   { asOf: '2026-03-04T09:00:00-05:00', practiceZone: 'America/New_York' });
 * d.outcome; //=> 'pending'
 * ```
 */
export interface GoodFaithEstimateTimelinessDecision {
  readonly id: string;
  readonly clientId: string;
  readonly outcome: GoodFaithEstimateTimelinessOutcome;
  readonly dueOn: LocalDate;
  readonly rule: GoodFaithEstimateTimingRule;
  readonly reasons: NonEmptyArray<Reason<IntakeReasonCode>>;
}

/** Whether the caller said which holidays the practice keeps (`[]`: none). */
function holidaysGiven(options: unknown): boolean {
  return (
    typeof options === 'object' &&
    options !== null &&
    (options as { holidays?: unknown }).holidays !== undefined
  );
}

function timelinessOf(
  o: GoodFaithEstimateObligation,
  calendar: BusinessCalendar,
  today: LocalDate,
  withHolidays: boolean,
): GoodFaithEstimateTimelinessDecision {
  const due = withHolidays ? dueOf(o.trigger, calendar) : dueWithoutHolidays(o.trigger, calendar);
  const base = { id: o.id, clientId: o.clientId, dueOn: due.dueOn, rule: due.rule };
  // Days to spare before the due date on delivery (or today, if not delivered); negative: days late.
  const facts = {
    dueOn: due.dueOn,
    deliveredOn: o.deliveredOn ?? null,
    today,
    marginDays: getDaysBetween(
      o.deliveredOn !== undefined && o.deliveredOn <= today ? o.deliveredOn : today,
      due.dueOn,
    ),
  };
  let main: Reason<IntakeReasonCode>;
  let outcome: GoodFaithEstimateTimelinessOutcome;
  // A delivery dated after today is not a fact yet: it does not count until that day comes.
  const ahead = o.deliveredOn !== undefined && o.deliveredOn > today;
  const extra: Reason<IntakeReasonCode>[] = ahead
    ? [
        reason(
          'intake.gfe.delivery_dated_after_as_of',
          'warning',
          'The delivery date on record is after today: it does not count yet; check the record.',
          { deliveredOn: o.deliveredOn ?? null, today },
        ),
      ]
    : [];
  if (o.deliveredOn !== undefined && !ahead) {
    outcome = o.deliveredOn <= due.dueOn ? 'delivered_on_time' : 'delivered_late';
    main =
      outcome === 'delivered_on_time'
        ? reason('intake.gfe.delivered_on_time', 'info', 'Delivered by its due date.', facts)
        : reason('intake.gfe.delivered_late', 'warning', 'Delivered after its due date.', facts);
  } else if (today > due.dueOn) {
    outcome = 'overdue';
    main = reason('intake.gfe.overdue', 'error', 'Past its due date and not delivered.', facts);
  } else {
    outcome = 'pending';
    main = reason('intake.gfe.pending', 'warning', 'Not delivered yet; due date ahead.', facts);
  }
  return { ...base, outcome, reasons: [main, ...extra, ...due.reasons] };
}

/**
 * Whether one owed Good Faith Estimate was, or still can be, delivered on time.
 *
 * @throws {@link ValidationError} listing the obligation's and the options' problems at once, each path
 * under its parameter's name (`$.obligation…`, `$.options.asOf`).
 * @remarks Deadlines from 45 CFR 149.610(b)(1)(vi) [sources: cfr-45-149.610].
 * @example
 * ```ts
 * evaluateGoodFaithEstimateTimeliness(
 *   { id: 'gfe-1', clientId: 'c-1', trigger: { kind: 'requested', requestedOn: '2026-03-02' } },
 *   { asOf: '2026-03-06T09:00:00-05:00', practiceZone: 'America/New_York' });
 * //=> { outcome: 'overdue', dueOn: '2026-03-05', … }
 * ```
 */
export function evaluateGoodFaithEstimateTimeliness(
  obligation: z.input<typeof GoodFaithEstimateObligation>,
  options: EvaluateGoodFaithEstimateTimelinessOptions,
): GoodFaithEstimateTimelinessDecision {
  // Every argument's problems at once, each under its parameter's name (`$.obligation…`, `$.options.asOf`).
  const [ob, o] = validateArguments([
    ['obligation', GoodFaithEstimateObligation, obligation, 'good faith estimate obligation'],
    ['options', EvaluateGoodFaithEstimateTimelinessOptions, options, 'good faith estimate options'],
  ]);
  return timelinessOf(
    ob,
    createBusinessCalendar(o.calendar ?? {}),
    getLocalDate(o.asOf, o.practiceZone),
    holidaysGiven(o.calendar),
  );
}

/**
 * Owed estimates not yet delivered, most urgent first, and the records that failed validation.
 *
 * @example
 * ```ts
 * const r: GoodFaithEstimatesDue = listGoodFaithEstimatesDue(obligations, { asOf: '2026-03-04T09:00:00-05:00', practiceZone: 'America/New_York' });
 * ```
 */
export interface GoodFaithEstimatesDue {
  readonly due: readonly GoodFaithEstimateTimelinessDecision[];
  readonly invalid: readonly InvalidRecord[];
}

/**
 * The work-queue list of Good Faith Estimates still to deliver: overdue first, then by due date and id.
 * Invalid records are reported by index; the rest are processed.
 *
 * @throws {@link ValidationError} listing every problem of the options and obligations that are not a list
 * at once, each under its parameter's name (`$.options.asOf`, `$.obligations`).
 * @example
 * ```ts
 * // gfe-1: booked Friday 2026-02-27 for 2026-03-09 (at least 3 business days ahead: due in 1 business day).
 * // gfe-2: booked Tuesday 2026-03-03 for 2026-03-20 (at least 10 business days ahead: due in 3).
 * // gfe-3: already delivered.
 * const obligations = [
 *   { id: 'gfe-1', clientId: 'c-1', trigger: { kind: 'scheduled', scheduledOn: '2026-02-27', serviceDate: '2026-03-09' } },
 *   { id: 'gfe-2', clientId: 'c-2', trigger: { kind: 'scheduled', scheduledOn: '2026-03-03', serviceDate: '2026-03-20' } },
 *   { id: 'gfe-3', clientId: 'c-3', trigger: { kind: 'scheduled', scheduledOn: '2026-02-20', serviceDate: '2026-03-02' },
 *     deliveredOn: '2026-02-23' },
 * ];
 * listGoodFaithEstimatesDue(obligations, { asOf: '2026-03-04T09:00:00-05:00', practiceZone: 'America/New_York' });
 * //=> { due: [{ id: 'gfe-1', outcome: 'overdue', dueOn: '2026-03-02', … },
 * //     { id: 'gfe-2', outcome: 'pending', dueOn: '2026-03-06', … }], invalid: [] }
 * ```
 */
export function listGoodFaithEstimatesDue(
  obligations: Iterable<unknown>,
  options: ListGoodFaithEstimatesDueOptions,
): GoodFaithEstimatesDue {
  // Both arguments' problems at once, each under its parameter's name (`$.obligations` when it is not a
  // list, `$.options.asOf`); a bad obligation in the list is reported by index instead.
  const [list, o] = validateArguments([
    ['obligations', recordsArgument, obligations, 'obligations'],
    ['options', ListGoodFaithEstimatesDueOptions, options, 'good faith estimate options'],
  ]);
  const calendar = createBusinessCalendar(o.calendar ?? {});
  const today = getLocalDate(o.asOf, o.practiceZone);
  const { valid, invalid } = validateBatch(GoodFaithEstimateObligation, list);
  const due = valid
    .filter(({ value }) => value.deliveredOn === undefined || value.deliveredOn > today)
    .map(({ value }) => timelinessOf(value, calendar, today, holidaysGiven(o.calendar)))
    .sort(
      (a, b) =>
        Number(b.outcome === 'overdue') - Number(a.outcome === 'overdue') ||
        compareText(a.dueOn, b.dueOn) ||
        compareText(a.id, b.id),
    );
  return { due, invalid };
}
