import * as z from 'zod';
import {
  type ClientId,
  type Decision,
  LocalDate,
  type PayerId,
  type Reason,
  reason,
} from '../../core/index.js';
import { decideBySeverity, validateArguments } from '../../core/internal.js';
import type { BillingReasonCode } from '../reason-codes.js';
import { EligibilityBenefits, outOfPocketMaximumOf, visitLimitOf } from './eligibility-benefits.js';
import { verifiedBenefitPeriod } from './patient-estimate.js';

/**
 * Options of {@link evaluateEligibilityBenefits}: the date of the session, and how few remaining visits
 * deserve a warning (default 3).
 *
 * @remarks The threshold is a practice default (about three weeks of weekly sessions to ask the payer
 * for more), not from a source.
 * @example
 * ```ts
 * EvaluateEligibilityBenefitsOptions.parse({ serviceDate: '2026-03-02' }); //=> { serviceDate: '2026-03-02', fewVisitsLeftAtMost: 3 }
 * ```
 */
export const EvaluateEligibilityBenefitsOptions = z.strictObject({
  serviceDate: LocalDate,
  fewVisitsLeftAtMost: z.number().int().min(0).max(100).default(3),
});
export type EvaluateEligibilityBenefitsOptions = z.input<typeof EvaluateEligibilityBenefitsOptions>;

/**
 * What a verified eligibility result means for a session: `eligible`, `eligible_with_warnings` (e.g.
 * authorization required, few visits left, carve-out, out of network), `not_eligible`, or `undecided`
 * when the session is outside the plan dates that were verified (coverage then is unknown: verify again)
 * or in another benefit year than the one verified (its totals are unknown). The figures (visits left,
 * deductible and out-of-pocket remaining) are always the verified benefit year's.
 *
 * @example
 * ```ts
 * // { outcome: 'eligible_with_warnings', clientId: 'cl-1', payerId: 'aetna', visitsLeft: 2, …,
 * //   reasons: [{ code: 'billing.eligibility.few_visits_left', … }] }
 * ```
 */
export type EligibilityBenefitsDecision = Decision<
  'eligible',
  'eligible_with_warnings' | 'not_eligible' | 'undecided',
  BillingReasonCode,
  {
    readonly clientId: ClientId;
    readonly payerId: PayerId;
    /** Visits left; `null` when the plan has no limit or it is not known (a reason says which). */
    readonly visitsLeft: number | null;
    /** `null` when what is met of the deductible is not known. */
    readonly deductibleRemainingCents: number | null;
    /** `null` when the maximum, or what is met of it, is not known (or the plan has none). */
    readonly outOfPocketRemainingCents: number | null;
  }
>;

function flagReasons(
  b: EligibilityBenefits,
  serviceDate: LocalDate,
  fewVisitsLeftAtMost: number,
  visitsLeft: number | null,
): Reason<BillingReasonCode>[] {
  const reasons: Reason<BillingReasonCode>[] = [];
  // 271 EB01 1/6 active or inactive [sources: x12-271].
  if (!b.coverageActive) {
    reasons.push(
      reason('billing.eligibility.coverage_inactive', 'error', 'Coverage is not active.', {
        payerId: b.payerId,
      }),
    );
  }
  const outsidePlan = serviceDate < b.planStartsOn || (b.planEndsOn !== null && serviceDate > b.planEndsOn);
  // The visit count, deductible and out-of-pocket totals reset at a new benefit year: last year's are not
  // this session's (the estimate refuses them the same way).
  const period = verifiedBenefitPeriod(b);
  const outsideYear = serviceDate < period.startsOn || serviceDate > period.endsOn;
  if (outsideYear && !outsidePlan) {
    reasons.push(
      reason(
        'billing.eligibility.outside_verified_benefit_year',
        'warning',
        'The session is in another benefit year than the one verified: its visit count, deductible and out-of-pocket totals are not known, so verify the benefits again.',
        {
          serviceDate,
          verifiedOn: b.verifiedOn,
          benefitYearStartsOn: period.startsOn,
          benefitYearEndsOn: period.endsOn,
        },
      ),
    );
  }
  if (outsidePlan) {
    reasons.push(
      reason(
        'billing.eligibility.outside_plan_dates',
        'warning',
        'The session is outside the plan dates that were verified: coverage on that date is not known, so verify eligibility again.',
        {
          serviceDate,
          planStartsOn: b.planStartsOn,
          planEndsOn: b.planEndsOn,
        },
      ),
    );
  }
  if (b.behavioralHealthCarveOutPayerId !== undefined) {
    reasons.push(
      reason(
        'billing.eligibility.behavioral_health_carve_out',
        'warning',
        'Behavioral health is carved out to another payer: verify and bill that payer.',
        { payerId: b.payerId, carveOutPayerId: b.behavioralHealthCarveOutPayerId },
      ),
    );
  }
  if (!b.inNetwork) {
    reasons.push(
      reason(
        'billing.eligibility.out_of_network',
        'warning',
        'The clinician is out of network: out-of-network benefits and a superbill may apply.',
        { payerId: b.payerId },
      ),
    );
  }
  if (b.authorizationRequired) {
    reasons.push(
      reason(
        'billing.eligibility.authorization_required',
        'warning',
        'The payer requires prior authorization for these services.',
        { payerId: b.payerId },
      ),
    );
  }
  if (!outsideYear) reasons.push(...yearTotalReasons(b, fewVisitsLeftAtMost, visitsLeft));
  return reasons;
}

// The facts whose absence leaves the session's eligibility unknown: undecided unless a known fact fails.
const UNKNOWN_FACTS: ReadonlySet<BillingReasonCode> = new Set<BillingReasonCode>([
  'billing.eligibility.outside_plan_dates',
  'billing.eligibility.outside_verified_benefit_year',
  'billing.eligibility.visit_limit_unknown',
]);

/** What is left of a total; `null` when what is met is not known. */
function remainingOf(total: number, met: number | null): number | null {
  return met === null ? null : total - met;
}

/** What the verified benefit year's totals say: visits left, deductible remaining, out-of-pocket met. */
function yearTotalReasons(
  b: EligibilityBenefits,
  fewVisitsLeftAtMost: number,
  visitsLeft: number | null,
): Reason<BillingReasonCode>[] {
  const reasons: Reason<BillingReasonCode>[] = [];
  // 271 EB01 F limitations (visit limits); past the limit CARC 119 applies [sources: x12-271, x12-carc].
  const limit = visitLimitOf(b);
  if (limit.kind === 'unknown' || (limit.kind === 'limit' && limit.used === null)) {
    // Not stated is not "no limit" nor "no visit used": the session may be past it.
    reasons.push(
      reason(
        'billing.eligibility.visit_limit_unknown',
        'warning',
        limit.kind === 'unknown'
          ? 'The verified benefits give no visit limit and do not say the plan has none: whether this session is covered is not known; ask the payer.'
          : 'The verified benefits give a visit limit but not the visits used: whether this session is within it is not known; ask the payer.',
        { visitLimit: b.visitLimit, visitsUsed: b.visitsUsed },
      ),
    );
  } else if (visitsLeft === 0) {
    reasons.push(
      reason('billing.eligibility.visit_limit_reached', 'error', 'The plan visit limit is used up.', {
        visitLimit: b.visitLimit,
        visitsUsed: b.visitsUsed,
      }),
    );
  } else if (visitsLeft !== null && visitsLeft <= fewVisitsLeftAtMost) {
    reasons.push(
      reason(
        'billing.eligibility.few_visits_left',
        'warning',
        `${visitsLeft} covered visits remain this plan period.`,
        {
          visitsLeft,
          fewVisitsLeftAtMost,
        },
      ),
    );
  }
  const deductibleRemaining = remainingOf(b.deductibleCents, b.deductibleMetCents);
  if (deductibleRemaining === null) {
    reasons.push(
      reason(
        'billing.eligibility.deductible_met_unknown',
        'info',
        'The verified benefits give the deductible but not what is met of it: what remains is not known, so an estimate of the client share waits until it is verified.',
        { deductibleCents: b.deductibleCents },
      ),
    );
  } else if (deductibleRemaining > 0) {
    reasons.push(
      reason(
        'billing.eligibility.deductible_not_met',
        'info',
        'Part of the deductible remains: the client pays first.',
        {
          deductibleRemainingCents: deductibleRemaining,
        },
      ),
    );
  }
  const maximum = outOfPocketMaximumOf(b);
  if (maximum.kind === 'amount' && b.outOfPocketMetCents === null) {
    reasons.push(
      reason(
        'billing.eligibility.out_of_pocket_met_unknown',
        'info',
        'The verified benefits give the out-of-pocket maximum but not what is met of it: what remains is not known, so an estimate of the client share waits until it is verified.',
        { outOfPocketMaximumCents: maximum.cents },
      ),
    );
  } else if (maximum.kind === 'amount' && (b.outOfPocketMetCents as number) >= maximum.cents) {
    reasons.push(
      reason(
        'billing.eligibility.out_of_pocket_met',
        'info',
        'The out-of-pocket maximum is met: the client owes nothing more.',
        {
          outOfPocketMaximumCents: maximum.cents,
        },
      ),
    );
  } else if (maximum.kind === 'unknown') {
    // A 271 without the maximum (EB01 G) says nothing of it: never $0, met or none [sources: x12-271].
    reasons.push(
      reason(
        'billing.eligibility.out_of_pocket_maximum_unknown',
        'info',
        'The verified benefits give no out-of-pocket maximum: what remains of it is not known, so an estimate of the client share waits until it is verified.',
        { outOfPocketMetCents: b.outOfPocketMetCents, payerKind: b.payerKind ?? null },
      ),
    );
  }
  return reasons;
}

/**
 * Turns a verified eligibility result into actionable flags for a session: inactive coverage or a
 * used-up visit limit (not eligible); a date outside the verified plan dates, or inside them but in a later
 * (or earlier) benefit year than the one verified (undecided: verify again; last year's visit count,
 * deductible and out-of-pocket totals are never applied to it); a visit limit not known (`visitLimit: null`
 * without `noVisitLimit`) or one without the visits used (undecided: `billing.eligibility.visit_limit_unknown`); a behavioral-health carve-out, out of network,
 * few visits left, authorization required (warnings); deductible remaining, out-of-pocket met, an
 * out-of-pocket maximum not known, or what is met of it or of the deductible (info; the remaining figure is then
 * `null`, never 0 or met).
 *
 * @param benefits - the verified result ({@link EligibilityBenefits})
 * @param options - the session date and the few-visits threshold
 * @returns an {@link EligibilityBenefitsDecision} decision with what remains (visits, deductible, out of pocket)
 * @throws {@link ValidationError} listing the benefits' and the options' problems at once, each path under
 * its parameter's name (`$.benefits.planEndsOn`, `$.options.asOf`)
 * @remarks The fields a practice checks before a first session (a practice convention); 271 EB01 meanings
 * [sources: x12-271].
 * @example
 * ```ts
 * // Verified 2026-01-05: 20 visits a year, 18 used.
 * const benefits = { clientId: 'cl-1', payerId: 'aetna', verifiedOn: '2026-01-05', coverageActive: true,
 *   inNetwork: true, planStartsOn: '2026-01-01', planEndsOn: '2026-12-31', copayCents: 2500,
 *   copayBeforeDeductible: true, coinsuranceBasisPoints: 0, deductibleCents: 0, deductibleMetCents: 0,
 *   outOfPocketMaximumCents: 500000, outOfPocketMetCents: 0, visitLimit: 20, visitsUsed: 18,
 *   authorizationRequired: false };
 * evaluateEligibilityBenefits(benefits, { serviceDate: '2026-03-02' });
 * //=> { outcome: 'eligible_with_warnings', visitsLeft: 2, reasons: [{ code: 'billing.eligibility.few_visits_left', … }], … }
 * ```
 */
export function evaluateEligibilityBenefits(
  benefits: z.input<typeof EligibilityBenefits>,
  options: EvaluateEligibilityBenefitsOptions,
): EligibilityBenefitsDecision {
  // Every argument's problems at once, each under its parameter's name (`$.benefits.planEndsOn`).
  const [b, o] = validateArguments([
    ['benefits', EligibilityBenefits, benefits, 'eligibility benefits'],
    ['options', EvaluateEligibilityBenefitsOptions, options, 'eligibility flag options'],
  ]);
  const visitsLeft =
    b.visitLimit === null || b.visitsUsed === null ? null : Math.max(0, b.visitLimit - b.visitsUsed);
  const reasons = flagReasons(b, o.serviceDate, o.fewVisitsLeftAtMost, visitsLeft);
  const outside = reasons.find((r) => UNKNOWN_FACTS.has(r.code));
  const failed = reasons.some((r) => r.severity === 'error');
  // A date outside the verified plan is an unknown, not a "no": undecided unless a known fact already fails.
  const figures = {
    clientId: b.clientId,
    payerId: b.payerId,
    visitsLeft,
    deductibleRemainingCents: remainingOf(b.deductibleCents, b.deductibleMetCents),
    outOfPocketRemainingCents:
      b.outOfPocketMaximumCents === null
        ? null
        : remainingOf(b.outOfPocketMaximumCents, b.outOfPocketMetCents),
  };
  if (outside !== undefined && !failed) {
    return { ...figures, outcome: 'undecided', reasons: [outside, ...reasons.filter((r) => r !== outside)] };
  }
  const decision = decideBySeverity(reasons, {
    pass: 'eligible',
    warn: 'eligible_with_warnings',
    fail: 'not_eligible',
  });
  return { ...decision, ...figures };
}
