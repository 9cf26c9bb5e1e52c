import * as z from 'zod';
import {
  addBusinessDays,
  BusinessCalendarOptions,
  createBusinessCalendar,
  getDaysBetween,
  getLocalDate,
  IanaZone,
  Instant,
  type InvalidRecord,
  type NonEmptyArray,
  type Reason,
  reason,
  validateBatch,
} from '../../core/index.js';
import { compareText, recordsArgument, toEpochMs, validateArguments } from '../../core/internal.js';
import type { IntakeReasonCode } from '../reason-codes.js';
import { IntakeCase, type IntakeStage, stageOf } from './pipeline.js';

/**
 * Default business days an inquiry may wait for a first response.
 *
 * @remarks A practice standard ("an inquiry unanswered after one business day"), not a regulation.
 *
 * @example
 * ```ts
 * DEFAULT_INQUIRY_RESPONSE_BUSINESS_DAYS; //=> 1
 * ```
 */
export const DEFAULT_INQUIRY_RESPONSE_BUSINESS_DAYS = 1;

/**
 * When a case counts as stalled, per stage. Idle limits are calendar days without activity; they are
 * practice choices (defaults below are conservative, not sourced).
 *
 * @example
 * ```ts
 * validate(IntakeStallPolicy, {}, 'intake stall policy').paperworkIdleDays; //=> 3
 * ```
 */
export const IntakeStallPolicy = z.strictObject({
  inquiryResponseBusinessDays: z
    .number()
    .int()
    .min(0)
    .max(30)
    .default(DEFAULT_INQUIRY_RESPONSE_BUSINESS_DAYS),
  screeningIdleDays: z.number().int().min(1).max(90).default(3),
  paperworkIdleDays: z.number().int().min(1).max(90).default(3),
  readyUnbookedDays: z.number().int().min(1).max(90).default(5),
  firstSessionOutcomeHours: z
    .number()
    .int()
    .min(0)
    .max(24 * 14)
    .default(24),
  attendedNotActiveDays: z.number().int().min(1).max(90).default(7),
});
export type IntakeStallPolicy = z.infer<typeof IntakeStallPolicy>;
/**
 * What callers pass for an {@link IntakeStallPolicy}, before defaults apply.
 *
 * @example
 * ```ts
 * const policy: IntakeStallPolicyInput = { screeningIdleDays: 2 };
 * ```
 */
export type IntakeStallPolicyInput = z.input<typeof IntakeStallPolicy>;

/**
 * Options for {@link findStalledIntakeCases}: `asOf`, the practice's zone, and its business calendar.
 *
 * @example
 * ```ts
 * FindStalledIntakeCasesOptions.parse({ asOf: '2026-11-30T09:00:00-05:00', practiceZone: 'America/New_York',
 *   calendar: { holidays: getUsFederalHolidays(2026) } });
 * ```
 */
export const FindStalledIntakeCasesOptions = z.strictObject({
  asOf: Instant,
  practiceZone: IanaZone,
  /** The practice's holidays and weekend (defaults: no holidays, Saturday and Sunday). */
  calendar: BusinessCalendarOptions.optional(),
});
export type FindStalledIntakeCasesOptions = z.input<typeof FindStalledIntakeCasesOptions>;

/**
 * The next step for a stalled case; `ask_clinician_about_ongoing_care` routes to a clinician.
 *
 * @example
 * ```ts
 * const step: IntakeNextStep = 'respond_to_inquiry';
 * ```
 */
export type IntakeNextStep =
  | 'respond_to_inquiry'
  | 'follow_up_screening'
  | 'call_about_paperwork'
  | 'offer_first_session_times'
  | 'record_first_session_outcome'
  | 'ask_clinician_about_ongoing_care';

/**
 * A stalled case with its next step and the reasons.
 *
 * @example
 * ```ts
 * const s: IntakeStalledCase | undefined = findStalledIntakeCases(cases, {}, { asOf, practiceZone: 'America/New_York' }).stalled[0];
 * s?.nextStep; //=> 'respond_to_inquiry'
 * ```
 */
export interface IntakeStalledCase {
  readonly caseId: string;
  readonly clientId: string | null;
  readonly stage: IntakeStage;
  /** The moment the clock started (inquiry received, last activity, or session time). */
  readonly since: Instant;
  readonly nextStep: IntakeNextStep;
  readonly reasons: NonEmptyArray<Reason<IntakeReasonCode>>;
}

/**
 * Stalled cases, oldest first, and the records that failed validation by index.
 *
 * @example
 * ```ts
 * const r: IntakeStalledCases = findStalledIntakeCases(cases, {}, { asOf: '2026-03-04T09:00:00-05:00', practiceZone: 'America/New_York' });
 * ```
 */
export interface IntakeStalledCases {
  readonly stalled: readonly IntakeStalledCase[];
  readonly invalid: readonly InvalidRecord[];
}

function lastTouch(c: IntakeCase, asOfMs: number): string {
  const entered = (c.history[c.history.length - 1] as { at: string }).at;
  const act = c.lastActivityAt;
  return act !== undefined && toEpochMs(act) <= asOfMs && toEpochMs(act) > toEpochMs(entered) ? act : entered;
}

type IdleRule = { days: number; code: IntakeReasonCode; step: IntakeNextStep; what: string };

function stalledOf(
  c: IntakeCase,
  policy: IntakeStallPolicy,
  asOf: string,
  zone: string,
  calendar: ReturnType<typeof createBusinessCalendar>,
): IntakeStalledCase | null {
  const asOfMs = toEpochMs(asOf);
  const stage = stageOf(c);
  const today = getLocalDate(asOf, zone);
  const base = { caseId: c.id, clientId: c.clientId ?? null, stage };
  const idle = (rule: IdleRule): IntakeStalledCase | null => {
    const since = lastTouch(c, asOfMs);
    const days = getDaysBetween(getLocalDate(since, zone), today);
    if (days < rule.days) return null;
    return {
      ...base,
      since,
      nextStep: rule.step,
      reasons: [
        reason(rule.code, 'warning', `${rule.what} for ${days} days.`, {
          idleDays: days,
          limitDays: rule.days,
          since,
          nextStep: rule.step,
        }),
      ],
    };
  };
  switch (stage) {
    case 'inquiry': {
      const received = (c.history[0] as { at: string }).at;
      if (c.firstResponseAt !== undefined && toEpochMs(c.firstResponseAt) <= asOfMs) return null;
      // Due by the end of the n-th business day after the inquiry's date in the practice's zone.
      const dueBy = addBusinessDays(
        getLocalDate(received, zone),
        policy.inquiryResponseBusinessDays,
        calendar,
      );
      if (today <= dueBy) return null;
      return {
        ...base,
        since: received,
        nextStep: 'respond_to_inquiry',
        reasons: [
          reason(
            'intake.stalled.inquiry_unanswered',
            'warning',
            'The inquiry has not been answered in time.',
            {
              receivedAt: received,
              dueBy,
              businessDays: policy.inquiryResponseBusinessDays,
              nextStep: 'respond_to_inquiry',
            },
          ),
        ],
      };
    }
    case 'screening':
      return idle({
        days: policy.screeningIdleDays,
        code: 'intake.stalled.screening_idle',
        step: 'follow_up_screening',
        what: 'The screening has had no activity',
      });
    case 'paperwork':
      return idle({
        days: policy.paperworkIdleDays,
        code: 'intake.stalled.paperwork_untouched',
        step: 'call_about_paperwork',
        what: 'The paperwork has been untouched',
      });
    case 'ready':
      return idle({
        days: policy.readyUnbookedDays,
        code: 'intake.stalled.ready_not_booked',
        step: 'offer_first_session_times',
        what: 'The client has been ready with no session booked',
      });
    case 'first_session_booked': {
      if (c.firstSessionAt === undefined) return null;
      const dueMs = toEpochMs(c.firstSessionAt) + policy.firstSessionOutcomeHours * 3_600_000;
      if (asOfMs < dueMs) return null;
      return {
        ...base,
        since: c.firstSessionAt,
        nextStep: 'record_first_session_outcome',
        reasons: [
          reason(
            'intake.stalled.first_session_outcome_missing',
            'warning',
            'The first session has passed and its outcome is not recorded.',
            { sessionAt: c.firstSessionAt, nextStep: 'record_first_session_outcome' },
          ),
        ],
      };
    }
    case 'first_session_attended': {
      // Whether care continues is the clinician's call; the assistant only asks.
      return idle({
        days: policy.attendedNotActiveDays,
        code: 'intake.stalled.attended_not_active',
        step: 'ask_clinician_about_ongoing_care',
        what: 'The client attended a first session with no ongoing care set up',
      });
    }
    case 'active':
    case 'declined':
    case 'referred_out':
    case 'no_response':
      return null;
    default: {
      const exhausted: never = stage;
      return exhausted;
    }
  }
}

/**
 * Finds stalled intake cases and the next step for each: inquiries unanswered after the allowed business
 * days (practice holidays honoured), and screening, paperwork, ready, booked or attended cases idle past
 * the policy's limits. Invalid records are reported by index; the rest are processed.
 *
 * @param cases - intake case records (validated one by one)
 * @throws {@link ValidationError} listing the policy's and the options' problems at once (and `$.cases` when
 * it is not a list), each path under its parameter's name; a bad case is reported by index.
 * @remarks Inquiry response in 1 business day is a practice standard; idle limits are practice choices.
 * @example
 * ```ts
 * findStalledIntakeCases([{ id: 'k-1', history: [{ stage: 'inquiry', at: '2026-11-25T16:00:00-05:00' }] }], {},
 *   { asOf: '2026-11-30T09:00:00-05:00', practiceZone: 'America/New_York',
 *     calendar: { holidays: ['2026-11-26'] } });
 * //=> { stalled: [{ caseId: 'k-1', nextStep: 'respond_to_inquiry', reasons: [{ facts: { dueBy: '2026-11-27' } … }] }],
 * //     invalid: [] }  (Thanksgiving is skipped: the answer was due by Friday)
 * ```
 */
export function findStalledIntakeCases(
  cases: Iterable<unknown>,
  policy: IntakeStallPolicyInput,
  options: FindStalledIntakeCasesOptions,
): IntakeStalledCases {
  // Every argument's problems at once, each under its parameter's name (`$.policy…`, `$.options.asOf`,
  // `$.cases` when it is not a list); a bad case in the list is reported by index instead.
  const [caseList, p, o] = validateArguments([
    ['cases', recordsArgument, cases, 'intake cases'],
    ['policy', IntakeStallPolicy, policy, 'intake stall policy'],
    ['options', FindStalledIntakeCasesOptions, options, 'stall options'],
  ]);
  const calendar = createBusinessCalendar(o.calendar ?? {});
  const { valid, invalid } = validateBatch(IntakeCase, caseList);
  const stalled: IntakeStalledCase[] = [];
  for (const { value } of valid) {
    const s = stalledOf(value, p, o.asOf, o.practiceZone, calendar);
    if (s !== null) stalled.push(s);
  }
  stalled.sort((a, b) => toEpochMs(a.since) - toEpochMs(b.since) || compareText(a.caseId, b.caseId));
  return { stalled, invalid };
}
