import * as z from 'zod';
import {
  addBusinessDays,
  addDays,
  addMonths,
  BusinessCalendarOptions,
  compareDates,
  createBusinessCalendar,
  type Decision,
  isNonEmpty,
  LocalDate,
  type Reason,
  reason,
} from '../../core/index.js';
import { validateArguments } from '../../core/internal.js';
import type { IntakeReasonCode } from '../reason-codes.js';
import { GoodFaithEstimate, type GoodFaithEstimateInput } from './estimate.js';

/**
 * Default longest span one recurring-care estimate covers, in months.
 *
 * @remarks One estimate may cover up to a year of sessions [sources: apa-nsa-faq]; a hard 12-month cap
 * is unconfirmed in the sources, so it is a setting.
 *
 * @example
 * ```ts
 * DEFAULT_GFE_MAX_COVERAGE_MONTHS; //=> 12
 * ```
 */
export const DEFAULT_GFE_MAX_COVERAGE_MONTHS = 12;

/**
 * A session to check against an estimate: its date, the current plan label, and its number in the series.
 *
 * @example
 * ```ts
 * GoodFaithEstimateSession.parse({ serviceDate: '2026-06-01', sessionNumber: 21 });
 * ```
 */
export const GoodFaithEstimateSession = z.strictObject({
  serviceDate: LocalDate,
  planVersion: z.string().min(1).max(128).optional(),
  /** 1 for the first session the estimate covers. */
  sessionNumber: z.number().int().min(1).optional(),
});
export type GoodFaithEstimateSession = z.infer<typeof GoodFaithEstimateSession>;

/**
 * Options for {@link evaluateGoodFaithEstimateCoverage}.
 *
 * @example
 * ```ts
 * EvaluateGoodFaithEstimateCoverageOptions.parse({}); //=> { maxCoverageMonths: 12 }
 * ```
 */
export const EvaluateGoodFaithEstimateCoverageOptions = z.strictObject({
  maxCoverageMonths: z.number().int().min(1).max(24).default(DEFAULT_GFE_MAX_COVERAGE_MONTHS),
  calendar: BusinessCalendarOptions.optional(),
});
export type EvaluateGoodFaithEstimateCoverageOptions = z.input<
  typeof EvaluateGoodFaithEstimateCoverageOptions
>;

/**
 * Whether an estimate still covers a session: `covered`, or `reissue` (outside its period, the plan
 * changed, or more sessions than its upper range) with the date a new one is due.
 *
 * @example
 * ```ts
 * const d: GoodFaithEstimateCoverageDecision = evaluateGoodFaithEstimateCoverage(estimate, { serviceDate: '2026-05-04' });
 * d.outcome; //=> 'covered'
 * ```
 */
export type GoodFaithEstimateCoverageDecision = Decision<
  'covered',
  'reissue',
  IntakeReasonCode,
  {
    readonly estimateId: string;
    readonly coversThrough: LocalDate | null;
    readonly reissueDueOn: LocalDate | null;
  }
>;

/**
 * Checks whether a recurring-care Good Faith Estimate covers a session, and when a new one is due if not.
 *
 * @throws {@link ValidationError} listing every problem of the estimate, session and options at once, each
 * path under its parameter's name (`$.estimate…`, `$.session…`, `$.options…`).
 * @remarks Up to a year per estimate [sources: apa-nsa-faq] (cap unconfirmed); a change of scope needs a
 * new estimate 1 business day before the service (45 CFR 149.610(b)(1)(vii)) [sources: cfr-45-149.610].
 * @example
 * ```ts
 * evaluateGoodFaithEstimateCoverage(
 *   { id: 'gfe-1', clientId: 'c-1', serviceRange: { from: '2026-01-05', to: '2026-12-28' }, planVersion: 'v1' },
 *   { serviceDate: '2026-06-01', planVersion: 'v2' });
 * //=> { outcome: 'reissue', reissueDueOn: '2026-05-29', reasons: [{ code: 'intake.gfe.plan_changed', … }], … }
 * ```
 */
export function evaluateGoodFaithEstimateCoverage(
  estimate: GoodFaithEstimateInput,
  session: GoodFaithEstimateSession,
  options: EvaluateGoodFaithEstimateCoverageOptions = {},
): GoodFaithEstimateCoverageDecision {
  // Every argument's problems at once, each under its parameter's name (`$.session.serviceDate`).
  const [g, s, o] = validateArguments([
    ['estimate', GoodFaithEstimate, estimate, 'good faith estimate'],
    ['session', GoodFaithEstimateSession, session, 'session'],
    ['options', EvaluateGoodFaithEstimateCoverageOptions, options, 'coverage options'],
  ]);
  const calendar = createBusinessCalendar(o.calendar ?? {});
  const from = g.serviceRange?.from ?? g.serviceDate;
  const to = g.serviceRange?.to ?? g.serviceDate;
  // Up to `maxCoverageMonths` from the first date: a year from 2026-01-05 runs through 2027-01-04.
  const cap = from === undefined ? undefined : addDays(addMonths(from, o.maxCoverageMonths), -1);
  let through: LocalDate | null = null;
  if (to !== undefined && cap !== undefined) through = compareDates(to, cap) <= 0 ? to : cap;
  const reasons: Reason<IntakeReasonCode>[] = [];
  if (from === undefined || through === null || s.serviceDate < from || s.serviceDate > through) {
    reasons.push(
      reason(
        'intake.gfe.outside_coverage_period',
        'warning',
        'The session is outside the period the estimate covers.',
        {
          serviceDate: s.serviceDate,
          coversFrom: from ?? null,
          coversThrough: through,
        },
      ),
    );
  }
  if (g.planVersion !== undefined && s.planVersion !== undefined && g.planVersion !== s.planVersion) {
    reasons.push(
      reason('intake.gfe.plan_changed', 'warning', 'The plan of care changed since the estimate.', {
        estimatePlan: g.planVersion,
        currentPlan: s.planVersion,
      }),
    );
  }
  if (
    g.expectedSessions !== undefined &&
    s.sessionNumber !== undefined &&
    s.sessionNumber > g.expectedSessions.upTo
  ) {
    reasons.push(
      reason(
        'intake.gfe.session_count_exceeded',
        'warning',
        'More sessions than the estimate’s upper range.',
        {
          sessionNumber: s.sessionNumber,
          upTo: g.expectedSessions.upTo,
        },
      ),
    );
  }
  const base = { estimateId: g.id, coversThrough: through };
  if (isNonEmpty(reasons)) {
    return {
      outcome: 'reissue',
      reasons,
      ...base,
      reissueDueOn: addBusinessDays(s.serviceDate, -1, calendar),
    };
  }
  return {
    outcome: 'covered',
    reasons: [
      reason('intake.gfe.covered', 'info', 'The estimate covers this session.', {
        serviceDate: s.serviceDate,
      }),
    ],
    ...base,
    reissueDueOn: null,
  };
}
