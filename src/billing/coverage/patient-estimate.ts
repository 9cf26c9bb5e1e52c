import * as z from 'zod';
import {
  addDays,
  addMonths,
  applyBasisPoints,
  type Decision,
  type InvalidRecord,
  isNonEmpty,
  LocalDate,
  type NonEmptyArray,
  NonNegativeCents,
  type Reason,
  Rounding,
  reason,
  safeValidate,
  type ValidationIssue,
  type ValidationResult,
} from '../../core/index.js';
import { formatPath, recordsArgument, validateArguments } from '../../core/internal.js';
import type { BillingReasonCode } from '../reason-codes.js';
import { EligibilityBenefits, outOfPocketMaximumOf, visitLimitOf } from './eligibility-benefits.js';
import { MedicaidCostSharingExemption, medicaidExemptionOf } from './medicaid-exemption.js';

/**
 * One session to estimate: the payer's allowed amount for its codes (contracted rate, after any place-of-
 * service variation) and its date of service.
 *
 * Two optional facts matter for a Medicaid plan only (`payerKind` `medicaid` or `medicaid_managed_care`):
 * - `medicaidExemptions`: every exemption of 42 CFR 447.56(a) that holds for this session (the client's group
 *   on the date of service, or an exempt kind of service), `[]` when none does. Absent, the exemptions were
 *   not checked, and any cost sharing is `undecided` (a birth date under 18 exempts without it).
 * - `medicaidAggregateRemainingCents`: what the household may still be charged in premiums and cost sharing
 *   this month or quarter under the 5 % limit of 42 CFR 447.56(f), as the state or plan tracks it. Absent, the
 *   estimate says the limit was not checked.
 *
 * @example
 * ```ts
 * PatientEstimateRequest.parse({ allowedCents: 12000, dateOfService: '2026-03-02' });
 * PatientEstimateRequest.parse({ allowedCents: 9000, dateOfService: '2026-03-02', medicaidExemptions: ['hospice'] });
 * ```
 */
export const PatientEstimateRequest = z.strictObject({
  allowedCents: NonNegativeCents,
  dateOfService: LocalDate,
  medicaidExemptions: z.array(MedicaidCostSharingExemption).max(12).optional(),
  medicaidAggregateRemainingCents: NonNegativeCents.optional(),
});
export type PatientEstimateRequest = z.infer<typeof PatientEstimateRequest>;

/**
 * How to estimate. `coinsuranceRounding` defaults to `half_up` (the usual invoice rule: a half cent of
 * coinsurance is charged); payers round per their own adjudication, so a cent of difference is expected.
 *
 * @example
 * ```ts
 * EstimatePatientShareOptions.parse({}); //=> { coinsuranceRounding: 'half_up' }
 * ```
 */
export const EstimatePatientShareOptions = z.strictObject({
  coinsuranceRounding: Rounding.default('half_up'),
});
export type EstimatePatientShareOptions = z.input<typeof EstimatePatientShareOptions>;
/**
 * The options of {@link estimatePatientShareSeries}: the same as {@link EstimatePatientShareOptions}.
 * @example
 * ```ts
 * const options: EstimatePatientShareSeriesOptions = { coinsuranceRounding: 'half_even' };
 * ```
 */
export type EstimatePatientShareSeriesOptions = EstimatePatientShareOptions;
/**
 * The options of {@link estimatePatientShareBatch}: the same as {@link EstimatePatientShareOptions}.
 * @example
 * ```ts
 * const options: EstimatePatientShareBatchOptions = { coinsuranceRounding: 'half_even' };
 * ```
 */
export type EstimatePatientShareBatchOptions = EstimatePatientShareOptions;

/**
 * Default estimate options: coinsurance rounded half up to the cent.
 * @example
 * ```ts
 * DEFAULT_PATIENT_ESTIMATE_OPTIONS.coinsuranceRounding; //=> 'half_up'
 * ```
 */
export const DEFAULT_PATIENT_ESTIMATE_OPTIONS: z.infer<typeof EstimatePatientShareOptions> = Object.freeze({
  coinsuranceRounding: 'half_up',
});

/**
 * How the client's share is made up; the parts add up to `clientShareCents`.
 * @example
 * ```ts
 * // $200 allowed, $150 deductible left, 20 % coinsurance:
 * // { deductibleCents: 15000, copayCents: 0, coinsuranceCents: 1000, outOfPocketCapCents: 0, notCoveredCents: 0 }
 * ```
 */
export interface PatientShareBreakdown {
  readonly deductibleCents: number;
  readonly copayCents: number;
  readonly coinsuranceCents: number;
  /** Not owed by the client because the out-of-pocket maximum was reached (already taken off above). */
  readonly outOfPocketCapCents: number;
  /** The whole allowed amount, when the session is not covered. */
  readonly notCoveredCents: number;
}

/** The amounts of an estimate that was made (every outcome but `undecided`). */
export interface PatientEstimateFigures {
  readonly dateOfService: LocalDate;
  readonly allowedCents: number;
  readonly clientShareCents: number;
  readonly payerShareCents: number;
  readonly breakdown: PatientShareBreakdown;
}

/**
 * An estimate that could not be made: a fact that decides the share is unknown (the date of service falls
 * outside the plan dates or the benefit year that was verified; the plan's out-of-pocket maximum is not
 * known; a Qualified Medicare Beneficiary's status; a Medicaid exemption…), named by the reason. No amounts
 * are given (`null`), never a guess.
 * @example
 * ```ts
 * // { outcome: 'undecided', dateOfService: '2027-02-01', allowedCents: 20000, clientShareCents: null,
 * //   payerShareCents: null, breakdown: null,
 * //   reasons: [{ code: 'billing.estimate.outside_verified_benefit_year', … }] }
 * ```
 */
export interface UndecidedPatientEstimate {
  readonly outcome: 'undecided';
  readonly dateOfService: LocalDate;
  readonly allowedCents: number;
  readonly clientShareCents: null;
  readonly payerShareCents: null;
  readonly breakdown: null;
  readonly reasons: NonEmptyArray<Reason<BillingReasonCode>>;
}

/**
 * A patient-responsibility estimate: `estimated` under the plan's cost sharing, `not_covered` /
 * `out_of_network` with the client owing the whole allowed amount, or `undecided` (no amounts) when a fact
 * that decides the share is not known. When amounts are given,
 * `clientShareCents + payerShareCents === allowedCents`.
 * @example
 * ```ts
 * // { outcome: 'estimated', dateOfService: '2026-03-02', allowedCents: 20000, clientShareCents: 16000,
 * //   payerShareCents: 4000, breakdown: { … }, reasons: [{ code: 'billing.estimate.deductible_applied', … }, …] }
 * ```
 */
export type PatientEstimateDecision =
  | Decision<'estimated', 'not_covered' | 'out_of_network', BillingReasonCode, PatientEstimateFigures>
  | UndecidedPatientEstimate;

/**
 * The days the verified totals (deductible, out-of-pocket, visits) stand for: the plan dates when they
 * span at most 12 months (a plan year, calendar or not); otherwise (an open-ended or longer plan) the
 * part of the calendar year and of the plan-anniversary year that holds the day of verification (or the
 * plan's first day, when verified before it), since the totals reset at a new benefit year and the plan
 * data does not say which of the two it follows. Internal.
 */
export function verifiedBenefitPeriod(b: EligibilityBenefits): { startsOn: LocalDate; endsOn: LocalDate } {
  const yearAfterStart = addMonths(b.planStartsOn, 12);
  if (b.planEndsOn !== null && b.planEndsOn < yearAfterStart) {
    return { startsOn: b.planStartsOn, endsOn: b.planEndsOn };
  }
  // biome-ignore lint/complexity/useMathMinMax: YYYY-MM-DD dates compare as text; Math.max would not
  const from = b.verifiedOn > b.planStartsOn ? b.verifiedOn : b.planStartsOn;
  const year = Number(from.slice(0, 4));
  let years = year - Number(b.planStartsOn.slice(0, 4));
  if (addMonths(b.planStartsOn, 12 * years) > from) years -= 1;
  const anniversary = addMonths(b.planStartsOn, 12 * years);
  const nextAnniversary = addDays(addMonths(b.planStartsOn, 12 * (years + 1)), -1);
  const calendarStart = `${from.slice(0, 4)}-01-01`;
  const calendarEnd = `${from.slice(0, 4)}-12-31`;
  const startsOn = anniversary > calendarStart ? anniversary : calendarStart;
  let endsOn = nextAnniversary < calendarEnd ? nextAnniversary : calendarEnd;
  if (b.planEndsOn !== null && b.planEndsOn < endsOn) endsOn = b.planEndsOn;
  return { startsOn, endsOn };
}

function undecided(
  request: PatientEstimateRequest,
  why: Reason<BillingReasonCode>,
): UndecidedPatientEstimate {
  return {
    outcome: 'undecided',
    dateOfService: request.dateOfService,
    allowedCents: request.allowedCents,
    clientShareCents: null,
    payerShareCents: null,
    breakdown: null,
    reasons: [why],
  };
}

function notCovered(
  request: PatientEstimateRequest,
  outcome: 'not_covered' | 'out_of_network',
  why: Reason<BillingReasonCode>,
): PatientEstimateDecision {
  return {
    outcome,
    dateOfService: request.dateOfService,
    allowedCents: request.allowedCents,
    clientShareCents: request.allowedCents,
    payerShareCents: 0,
    breakdown: {
      deductibleCents: 0,
      copayCents: 0,
      coinsuranceCents: 0,
      outOfPocketCapCents: 0,
      notCoveredCents: request.allowedCents,
    },
    reasons: [why],
  };
}

function coverageGap(
  b: EligibilityBenefits,
  request: PatientEstimateRequest,
): PatientEstimateDecision | undefined {
  // Validated YYYY-MM-DD dates order as strings; no date arithmetic needed on this hot path.
  const day = request.dateOfService;
  if (!b.coverageActive) {
    return notCovered(
      request,
      'not_covered',
      reason(
        'billing.estimate.coverage_inactive',
        'error',
        'Coverage is not active: the client pays in full.',
        {
          payerId: b.payerId,
        },
      ),
    );
  }
  if (day < b.planStartsOn || (b.planEndsOn !== null && day > b.planEndsOn)) {
    // Outside the verified plan: another plan (or this one renewed) may cover it; unknown, not "owes all".
    return undecided(
      request,
      reason(
        'billing.estimate.outside_plan_dates',
        'warning',
        'The date of service is outside the verified plan dates: verify the coverage for that date before estimating.',
        {
          dateOfService: request.dateOfService,
          planStartsOn: b.planStartsOn,
          planEndsOn: b.planEndsOn,
        },
      ),
    );
  }
  const period = verifiedBenefitPeriod(b);
  if (day < period.startsOn || day > period.endsOn) {
    // The deductible and out-of-pocket totals reset at a new benefit year: last year's would be a guess.
    return undecided(
      request,
      reason(
        'billing.estimate.outside_verified_benefit_year',
        'warning',
        'The date of service is in another benefit year than the one verified: its deductible and out-of-pocket totals are not known, so verify the benefits again before estimating.',
        {
          dateOfService: request.dateOfService,
          verifiedOn: b.verifiedOn,
          benefitYearStartsOn: period.startsOn,
          benefitYearEndsOn: period.endsOn,
        },
      ),
    );
  }
  if (b.behavioralHealthCarveOutPayerId !== undefined) {
    // This payer's benefits do not apply to behavioral health: the carve-out payer's do, and they are not
    // known here; estimating under this plan's cost sharing would be a guess [sources: x12-271].
    return notCovered(
      request,
      'not_covered',
      reason(
        'billing.estimate.behavioral_health_carve_out',
        'error',
        'Behavioral health is carved out to another payer: this payer pays nothing for the session. Verify the carve-out payer’s benefits and estimate with them.',
        { payerId: b.payerId, carveOutPayerId: b.behavioralHealthCarveOutPayerId },
      ),
    );
  }
  if (!b.inNetwork) {
    return notCovered(
      request,
      'out_of_network',
      reason(
        'billing.estimate.out_of_network',
        'error',
        'Out of network: the client pays in full and may claim reimbursement with a superbill.',
        { payerId: b.payerId },
      ),
    );
  }
  // A visit limit is a plan limitation (271 EB01 F [sources: x12-271]); past it CARC 119 applies. One not
  // stated is not "no limit", and visits used not stated are not none: past it the client owes everything.
  const visits = visitLimitOf(b);
  if (visits.kind === 'unknown' || (visits.kind === 'limit' && visits.used === null)) {
    return undecided(
      request,
      reason(
        'billing.estimate.visit_limit_unknown',
        'warning',
        visits.kind === 'unknown'
          ? 'The verified benefits give no visit limit and do not say the plan has none: past a limit the client would owe the whole allowed amount. Ask the payer (or record noVisitLimit) before estimating.'
          : 'The verified benefits give a visit limit but not the visits used: past it the client would owe the whole allowed amount. Ask the payer before estimating.',
        { visitLimit: b.visitLimit, visitsUsed: b.visitsUsed },
      ),
    );
  }
  if (visits.kind === 'limit' && (visits.used as number) >= visits.visits) {
    return notCovered(
      request,
      'not_covered',
      reason('billing.estimate.visit_limit_reached', 'error', 'The plan visit limit is used up.', {
        visitLimit: visits.visits,
        visitsUsed: visits.used,
      }),
    );
  }
  return undefined;
}

/** The estimate itself, on validated input (the usual order: copay rule, deductible, coinsurance, cap). */
function estimateValid(
  b: EligibilityBenefits,
  request: PatientEstimateRequest,
  rounding: Rounding,
): PatientEstimateDecision {
  return estimateAccrued(b, request, rounding).decision;
}

/**
 * The estimate, and the cost sharing the plan accrues toward its deductible and out-of-pocket totals (for
 * a series): the same as the client's share, except for a Qualified Medicare Beneficiary, whose Medicare
 * cost sharing still counts toward the Medicare deductible though Medicaid, never the client, owes it.
 */
function estimateAccrued(
  b: EligibilityBenefits,
  request: PatientEstimateRequest,
  rounding: Rounding,
): { decision: PatientEstimateDecision; accrued: PatientShareBreakdown | null } {
  const gap = coverageGap(b, request);
  if (gap !== undefined) {
    const held = qmbWithoutPlanPayment(b, request, gap);
    if (held !== undefined) return { decision: held, accrued: null };
    return { decision: gap, accrued: gap.breakdown };
  }
  const shares = costSharing(atMostMet(b), request, rounding);
  return withStatedMet(b, request, shares, shareOf(b, request, shares));
}

/**
 * Benefits whose figures are known: the met amounts that may be `null` read as nothing met, an unknown
 * coinsurance as 100 %.
 */
type MetStated = EligibilityBenefits & {
  deductibleMetCents: number;
  outOfPocketMetCents: number;
  coinsuranceBasisPoints: number;
};

/**
 * The benefits with a figure that is not stated read as the most the client could owe: nothing met, and 100 %
 * coinsurance. Only {@link withStatedMet} may use a share built on it, and only when the unknown figure cannot
 * change it.
 */
function atMostMet(b: EligibilityBenefits): MetStated {
  return {
    ...b,
    deductibleMetCents: b.deductibleMetCents === null ? 0 : b.deductibleMetCents,
    outOfPocketMetCents: b.outOfPocketMetCents === null ? 0 : b.outOfPocketMetCents,
    coinsuranceBasisPoints: b.coinsuranceBasisPoints === null ? 10_000 : b.coinsuranceBasisPoints,
  };
}

/**
 * The estimate as it stands, unless the client owes something and a met amount the benefits do not state
 * decides it: the deductible left (when the deductible took part of the allowed amount with nothing met) or the
 * out-of-pocket maximum left (any share it could cap). Never read as $0 met [sources: x12-271].
 */
function withStatedMet(
  b: EligibilityBenefits,
  request: PatientEstimateRequest,
  shares: ReturnType<typeof costSharing>,
  result: { decision: PatientEstimateDecision; accrued: PatientShareBreakdown | null },
): { decision: PatientEstimateDecision; accrued: PatientShareBreakdown | null } {
  const d = result.decision;
  if (d.outcome !== 'estimated' || d.clientShareCents === 0) return result;
  // Read at 100 %, coinsurance that takes nothing (no amount left after deductible and copay, or all of it
  // capped) takes nothing at any rate: only then is an unknown rate harmless.
  if (b.coinsuranceBasisPoints === null && shares.breakdown.coinsuranceCents > 0) {
    return {
      decision: undecided(
        request,
        reason(
          'billing.estimate.coinsurance_unknown',
          'warning',
          'The verified benefits do not state the coinsurance (a copay alone is not "no coinsurance"), and an amount is left after the deductible and copay: verify the coinsurance before estimating.',
          { copayCents: b.copayCents, amountLeftCents: shares.breakdown.coinsuranceCents },
        ),
      ),
      accrued: null,
    };
  }
  if (b.deductibleMetCents === null && shares.breakdown.deductibleCents > 0) {
    return {
      decision: undecided(
        request,
        reason(
          'billing.estimate.deductible_met_unknown',
          'warning',
          'The verified benefits give the deductible but not what is met of it, and the deductible decides the client share: verify what is met before estimating.',
          { deductibleCents: b.deductibleCents, shareWithNothingMetCents: d.clientShareCents },
        ),
      ),
      accrued: null,
    };
  }
  const maximum = outOfPocketMaximumOf(b);
  if (b.outOfPocketMetCents === null && maximum.kind === 'amount') {
    return {
      decision: undecided(
        request,
        reason(
          'billing.estimate.out_of_pocket_met_unknown',
          'warning',
          'The verified benefits give the out-of-pocket maximum but not what is met of it, and what is left could cap the client share: verify what is met before estimating.',
          { outOfPocketMaximumCents: maximum.cents, shareWithNothingMetCents: d.clientShareCents },
        ),
      ),
      accrued: null,
    };
  }
  return result;
}

/** The share of a covered, in-network session under the QMB, Medicaid and out-of-pocket maximum rules. */
function shareOf(
  b: EligibilityBenefits,
  request: PatientEstimateRequest,
  decision: ReturnType<typeof costSharing>,
): { decision: PatientEstimateDecision; accrued: PatientShareBreakdown | null } {
  const medicare = b.payerKind === 'medicare' || b.payerKind === 'medicare_advantage';
  const medicaid = b.payerKind === 'medicaid' || b.payerKind === 'medicaid_managed_care';
  if (medicaid && decision.clientShareCents > 0) return medicaidEstimate(b, request, decision);
  if (b.qualifiedMedicareBeneficiary === false || decision.clientShareCents === 0) {
    return withKnownMaximum(b, request, decision);
  }
  if (medicare && b.qualifiedMedicareBeneficiary === true) {
    // Federal law bars collecting Medicare cost sharing from a QMB, whatever Medicaid pays: it goes to
    // Medicaid as a crossover, and what Medicaid does not pay is written off [sources: usc-42-1396a,
    // cms-mln-qmb-billing].
    return {
      decision: nothingOwed(
        request,
        reason(
          'billing.estimate.qmb_cost_sharing_not_client',
          'info',
          'The client is a Qualified Medicare Beneficiary: Medicare cost sharing is never asked of them; it goes to Medicaid as a crossover claim, and what Medicaid does not pay is written off.',
          { medicareCostSharingCents: decision.clientShareCents, payerKind: b.payerKind as string },
        ),
      ),
      accrued: decision.breakdown,
    };
  }
  if (medicare) {
    return {
      decision: undecided(
        request,
        reason(
          'billing.estimate.qmb_status_unknown',
          'warning',
          'A Qualified Medicare Beneficiary is never asked for Medicare cost sharing, and whether this client is one is not known: check their QMB status before estimating.',
          { payerKind: b.payerKind as string, medicareCostSharingCents: decision.clientShareCents },
        ),
      ),
      accrued: null,
    };
  }
  if (b.payerKind === undefined && b.qualifiedMedicareBeneficiary === true) {
    return {
      decision: undecided(
        request,
        reason(
          'billing.estimate.qmb_payer_kind_unknown',
          'warning',
          'The client is a Qualified Medicare Beneficiary and the payer’s kind is not known: if this is a Medicare plan, its cost sharing is never asked of them. Give the payer’s kind before estimating.',
          { medicareCostSharingCents: decision.clientShareCents },
        ),
      ),
      accrued: null,
    };
  }
  return withKnownMaximum(b, request, decision);
}

/**
 * The estimate as it stands, unless the client owes something and the plan's out-of-pocket maximum is not
 * known: what is left of it could cap the share (a plan near its maximum owes the client the difference), so
 * the share is `undecided`, never read as uncapped [sources: cfr-45-156.130, cfr-42-422.100]. Original
 * Medicare has none by law, and a plan the payer says has none keeps its uncapped share.
 */
function withKnownMaximum(
  b: EligibilityBenefits,
  request: PatientEstimateRequest,
  decision: ReturnType<typeof costSharing>,
): { decision: PatientEstimateDecision; accrued: PatientShareBreakdown | null } {
  if (decision.clientShareCents === 0 || outOfPocketMaximumOf(b).kind !== 'unknown') {
    return { decision, accrued: decision.breakdown };
  }
  return {
    decision: undecided(
      request,
      reason(
        'billing.estimate.out_of_pocket_maximum_unknown',
        'warning',
        'The plan’s out-of-pocket maximum is not known (the eligibility response gave none) and the client would owe something: the maximum could cap the share. Verify the maximum and what is met of it before estimating.',
        {
          shareBeforeMaximumCents: decision.clientShareCents,
          outOfPocketMetCents: b.outOfPocketMetCents,
          payerKind: b.payerKind ?? null,
        },
      ),
    ),
    accrued: null,
  };
}

const NOTHING_OWED: PatientShareBreakdown = Object.freeze({
  deductibleCents: 0,
  copayCents: 0,
  coinsuranceCents: 0,
  outOfPocketCapCents: 0,
  notCoveredCents: 0,
});

// The whole allowed amount is the payer's and nothing is the client's, for the one reason given (a QMB's Medicare
// cost sharing, a Medicaid exemption).
function nothingOwed(
  request: PatientEstimateRequest,
  why: Reason<BillingReasonCode>,
): PatientEstimateDecision {
  return {
    outcome: 'estimated',
    dateOfService: request.dateOfService,
    allowedCents: request.allowedCents,
    clientShareCents: 0,
    payerShareCents: request.allowedCents,
    breakdown: NOTHING_OWED,
    reasons: [why],
  };
}

/**
 * A Medicaid plan's cost sharing on a covered session, in the order the rules bind: an exemption of 42 CFR
 * 447.56(a) holds all of it off the client (unknown: `undecided`) [sources: cfr-42-447.56]; then the Qualified
 * Medicare Beneficiary rule [sources: cms-mln-qmb-billing]; then the outpatient maxima of 447.52(b)
 * [sources: cfr-42-447.52]; then the household's 5 % limit of 447.56(f), as far as it is known.
 */
function medicaidEstimate(
  b: EligibilityBenefits,
  request: PatientEstimateRequest,
  decision: ReturnType<typeof costSharing>,
): { decision: PatientEstimateDecision; accrued: PatientShareBreakdown | null } {
  const payerKind = b.payerKind as string;
  const exemption = medicaidExemptionOf(
    b.clientBirthDate,
    request.dateOfService,
    request.medicaidExemptions,
    decision.clientShareCents,
    payerKind,
  );
  if (exemption.kind === 'undecided')
    return { decision: undecided(request, exemption.reason), accrued: null };
  if (exemption.kind === 'exempt') {
    // Nothing is the client's, so nothing accrues toward the plan's deductible or out-of-pocket totals.
    return { decision: nothingOwed(request, exemption.reason), accrued: NOTHING_OWED };
  }
  if (b.qualifiedMedicareBeneficiary === false) {
    const held = medicaidMaximum(b, request, decision);
    if (held !== undefined) return { decision: held, accrued: null };
    const limited = aggregateLimit(request, decision, payerKind);
    return { decision: limited, accrued: limited.breakdown };
  }
  const qmb = qmbMedicaidEstimate(b, request, decision);
  const held =
    qmb.outcome === 'estimated' && qmb.clientShareCents > 0 ? medicaidMaximum(b, request, qmb) : undefined;
  const out = held ?? qmb;
  if (out.outcome !== 'estimated') return { decision: out, accrued: null };
  return { decision: aggregateLimit(request, out, payerKind), accrued: decision.breakdown };
}

/**
 * The household's aggregate limit on a Medicaid client's share that stands: premiums and cost sharing of all
 * of a household's Medicaid members may not exceed 5 % of family income per month or quarter, as the state
 * chooses (42 CFR 447.56(f)) [sources: cfr-42-447.56]. The library tracks no household's spending: with the
 * room left given (`medicaidAggregateRemainingCents`), a share above it is cut to it (coinsurance first, then
 * copay, then deductible, the cut counted with the out-of-pocket cap); without it, the estimate carries a
 * warning that the limit was not checked. A share of $0 is returned as it is.
 */
function aggregateLimit(
  request: PatientEstimateRequest,
  est: PatientEstimateFigures & {
    readonly outcome: 'estimated';
    readonly reasons: readonly Reason<BillingReasonCode>[];
  },
  payerKind: string,
): PatientEstimateFigures & {
  readonly outcome: 'estimated';
  readonly reasons: readonly Reason<BillingReasonCode>[];
} {
  const share = est.clientShareCents;
  if (share === 0) return est;
  const remaining = request.medicaidAggregateRemainingCents;
  if (remaining === undefined) {
    return {
      ...est,
      reasons: [
        ...est.reasons,
        reason(
          'billing.estimate.medicaid_aggregate_limit_unchecked',
          'warning',
          'A Medicaid household’s premiums and cost sharing may not exceed 5 % of its income in a month or quarter (42 CFR 447.56(f)), and what this household has paid so far is not known: the share is owed only within that limit; check it with the state or plan before collecting.',
          { payerKind, clientShareCents: share, aggregateLimitBasisPoints: 500 },
        ),
      ],
    };
  }
  if (share <= remaining) return est;
  const cut = share - remaining;
  let left = cut;
  const fromCoinsurance = Math.min(left, est.breakdown.coinsuranceCents);
  left -= fromCoinsurance;
  const fromCopay = Math.min(left, est.breakdown.copayCents);
  left -= fromCopay;
  return {
    ...est,
    clientShareCents: remaining,
    payerShareCents: est.allowedCents - remaining,
    breakdown: {
      ...est.breakdown,
      coinsuranceCents: est.breakdown.coinsuranceCents - fromCoinsurance,
      copayCents: est.breakdown.copayCents - fromCopay,
      deductibleCents: est.breakdown.deductibleCents - left,
      outOfPocketCapCents: est.breakdown.outOfPocketCapCents + cut,
    },
    reasons: [
      ...est.reasons,
      reason(
        'billing.estimate.medicaid_aggregate_limit_applied',
        'info',
        'The household’s 5 % aggregate limit on Medicaid premiums and cost sharing (42 CFR 447.56(f)) leaves less room than the session’s share: the client owes only what is left of it.',
        { payerKind, clientShareBeforeCents: share, aggregateRemainingCents: remaining, heldCents: cut },
      ),
    ],
  };
}

/**
 * The most a state may charge for an outpatient service at a family income at or below 100 % of the poverty
 * line in federal fiscal year 2014, in cents: 42 CFR 447.52(b)(1) raises it each October 1 since 2015 by the
 * medical care CPI-U, never lowers it, so $4.00 is within that band's maximum on any later date of service
 * [sources: cfr-42-447.52].
 */
const MEDICAID_NOMINAL_FLOOR_CENTS = 400;

/**
 * A Medicaid client's cost sharing for one outpatient session against the maxima of 42 CFR 447.52(b)(1)
 * [sources: cfr-42-447.52], which depend on family income: at or below 100 % of the poverty line a nominal
 * amount ($4 in FY 2014, indexed), 101–150 % 10 % and above 150 % 20 % of the cost the agency pays. The
 * library knows no income, so a share within every band (at most $4.00 and at most 10 % of what the agency
 * pays after it) stands; more than 20 % of the allowed amount is above every band's maximum; anything between
 * is allowed only at some incomes. Either of the last two is `undecided`, never billed on a guess.
 * `undefined` when the share stands.
 */
function medicaidMaximum(
  b: EligibilityBenefits,
  request: PatientEstimateRequest,
  decision: PatientEstimateFigures,
): UndecidedPatientEstimate | undefined {
  const share = decision.clientShareCents;
  const allowed = request.allowedCents;
  // 10 % of the agency's payment after the share: share ≤ (allowed − share) / 10, in integers.
  if (share <= MEDICAID_NOMINAL_FLOOR_CENTS && share * 11 <= allowed) return undefined;
  const facts = {
    payerKind: b.payerKind as string,
    clientShareCents: share,
    allowedCents: allowed,
    nominalFloorCents: MEDICAID_NOMINAL_FLOOR_CENTS,
  };
  // Above 20 % of the allowed amount: above 20 % of what the agency pays, however it is read.
  return share * 5 > allowed
    ? undecided(
        request,
        reason(
          'billing.estimate.medicaid_cost_sharing_above_maximum',
          'warning',
          'The plan’s cost sharing for this session is more than a state may charge a Medicaid client for an outpatient service at any family income (20 % of the cost the agency pays, less at lower incomes): ask the plan what the client owes before estimating; never bill the difference.',
          facts,
        ),
      )
    : undecided(
        request,
        reason(
          'billing.estimate.medicaid_cost_sharing_income_unknown',
          'warning',
          'The plan’s cost sharing for this session is more than a state may charge a Medicaid client at the lowest incomes (a nominal amount at or below the poverty line, 10 % of the cost the agency pays up to 150 % of it), and the client’s family income is not known: ask the plan what the client owes before estimating.',
          facts,
        ),
      );
}

/**
 * A Medicaid plan's cost sharing and the Qualified Medicare Beneficiary rule, as the denial triage applies
 * it to a Medicaid remittance [sources: usc-42-1396a, cms-mln-qmb-billing]: a QMB never owes a deductible or
 * coinsurance (Medicare's cost sharing, Medicaid's payment in full); a copayment is theirs only as the nominal
 * Medicaid copayment a state may charge a QMB who also has full Medicaid. Full Medicaid unknown with a
 * copayment, or the QMB status unknown with any cost sharing, is `undecided`: never the client's on a guess.
 * Called only with a client share above zero and the QMB status not `false`.
 */
function qmbMedicaidEstimate(
  b: EligibilityBenefits,
  request: PatientEstimateRequest,
  decision: ReturnType<typeof costSharing>,
): PatientEstimateDecision {
  const payerKind = b.payerKind as string;
  const { copayCents, deductibleCents, coinsuranceCents } = decision.breakdown;
  if (b.qualifiedMedicareBeneficiary !== true)
    return undecided(
      request,
      reason(
        'billing.estimate.medicaid_qmb_status_unknown',
        'warning',
        'A Medicaid plan’s cost sharing is never asked of a Qualified Medicare Beneficiary (only a nominal Medicaid copayment, and only with full Medicaid), and whether this client is one is not known: check their QMB status before estimating.',
        { payerKind, costSharingCents: decision.clientShareCents },
      ),
    );
  if (copayCents > 0 && b.fullMedicaidBenefits === undefined)
    return undecided(
      request,
      reason(
        'billing.estimate.qmb_full_medicaid_unknown',
        'warning',
        'The client is a Qualified Medicare Beneficiary: a state may charge a nominal Medicaid copayment only to a QMB who also has full Medicaid, and whether this client has full Medicaid is not known: check it before estimating.',
        { payerKind, copayCents },
      ),
    );
  const client = b.fullMedicaidBenefits === true ? copayCents : 0;
  return {
    outcome: 'estimated',
    dateOfService: request.dateOfService,
    allowedCents: request.allowedCents,
    clientShareCents: client,
    payerShareCents: request.allowedCents - client,
    breakdown: {
      deductibleCents: 0,
      copayCents: client,
      coinsuranceCents: 0,
      outOfPocketCapCents: 0,
      notCoveredCents: 0,
    },
    reasons: [
      reason(
        'billing.estimate.qmb_medicaid_cost_sharing_not_client',
        'info',
        'The client is a Qualified Medicare Beneficiary: no deductible or coinsurance is asked of them, and a copayment only as the nominal Medicaid copayment of a QMB with full Medicaid; the rest is written off.',
        {
          payerKind,
          heldCents: decision.clientShareCents - client,
          deductibleCents,
          coinsuranceCents,
          copayCents,
          fullMedicaidBenefits: b.fullMedicaidBenefits ?? null,
        },
      ),
    ],
  };
}

// The estimates that leave the whole allowed amount to the client because this Medicare plan pays none of it
// as verified: out of network (a non-contracted provider of a Medicare Advantage plan, or one not
// participating), behavioral health carved out, a visit limit used up. Inactive coverage and a date outside
// the plan are not Medicare coverage of the session, and keep their answer.
const QMB_HELD_GAPS: ReadonlySet<BillingReasonCode> = new Set<BillingReasonCode>([
  'billing.estimate.out_of_network',
  'billing.estimate.behavioral_health_carve_out',
  'billing.estimate.visit_limit_reached',
]);

/**
 * A Qualified Medicare Beneficiary and a Medicare plan that pays none of the session as verified: the
 * protection binds every Medicare provider, in or out of a Medicare Advantage network, so the amount is never
 * the client's as Medicare cost sharing, and what the plan pays out of network for a QMB (or whether the
 * service is covered at all) is not known here: `undecided`, never the client's whole allowed amount
 * [sources: usc-42-1396a, cms-mln-qmb-billing]. `undefined` when the rule does not apply (a client known not to
 * be a QMB, another payer's plan, a gap that is not the Medicare plan's).
 */
function qmbWithoutPlanPayment(
  b: EligibilityBenefits,
  request: PatientEstimateRequest,
  gap: PatientEstimateDecision,
): UndecidedPatientEstimate | undefined {
  const code = gap.reasons[0].code;
  if (gap.outcome === 'undecided' || !QMB_HELD_GAPS.has(code) || b.qualifiedMedicareBeneficiary === false)
    return undefined;
  const medicare = b.payerKind === 'medicare' || b.payerKind === 'medicare_advantage';
  const facts = { withoutPlanPaymentCode: code, allowedCents: request.allowedCents };
  if (medicare && b.qualifiedMedicareBeneficiary === true)
    return undecided(
      request,
      reason(
        'billing.estimate.qmb_plan_payment_unknown',
        'warning',
        'The client is a Qualified Medicare Beneficiary: no Medicare provider, in or out of a Medicare Advantage network, may ask them for Medicare cost sharing, and what this plan pays for the session (out of network, carved out or past a visit limit) is not known. Ask the plan (and Medicaid) before estimating; never bill the client the allowed amount.',
        { ...facts, payerKind: b.payerKind as string },
      ),
    );
  if (medicare)
    return undecided(
      request,
      reason(
        'billing.estimate.qmb_status_unknown',
        'warning',
        'A Qualified Medicare Beneficiary is never asked for Medicare cost sharing, in or out of a Medicare Advantage network, and whether this client is one is not known: check their QMB status before estimating.',
        { ...facts, payerKind: b.payerKind as string },
      ),
    );
  if (b.payerKind === undefined && b.qualifiedMedicareBeneficiary === true)
    return undecided(
      request,
      reason(
        'billing.estimate.qmb_payer_kind_unknown',
        'warning',
        'The client is a Qualified Medicare Beneficiary and the payer’s kind is not known: if this is a Medicare plan, the client is never asked for its cost sharing, in or out of network. Give the payer’s kind before estimating.',
        facts,
      ),
    );
  return undefined;
}

/** The plan's cost sharing on a covered, in-network session. */
function costSharing(
  b: MetStated,
  request: PatientEstimateRequest,
  rounding: Rounding,
): PatientEstimateFigures & { readonly outcome: 'estimated'; readonly reasons: Reason<BillingReasonCode>[] } {
  const allowed = request.allowedCents;
  let deductible = 0;
  let copay = 0;
  let coinsurance = 0;
  if (b.copayBeforeDeductible && b.copayCents > 0) {
    // Copay-only plan: the copay is not subject to the deductible; pr = min(copay, allowed).
    copay = Math.min(b.copayCents, allowed);
  } else if (b.costSharingOrder === 'deductible_first') {
    // The plan says so: the deductible first, then the copay, then coinsurance on what is left.
    deductible = Math.min(b.deductibleCents - b.deductibleMetCents, allowed);
    copay = Math.min(b.copayCents, allowed - deductible);
    coinsurance = applyBasisPoints(allowed - deductible - copay, b.coinsuranceBasisPoints, rounding);
  } else {
    // The copay first, then the deductible on the rest of the allowed amount, then coinsurance on what is
    // left [sources: codingace-copay-estimate].
    copay = Math.min(b.copayCents, allowed);
    deductible = Math.min(b.deductibleCents - b.deductibleMetCents, allowed - copay);
    // Coinsurance ≤ its base since basis points ≤ 10,000, whatever the rounding.
    coinsurance = applyBasisPoints(allowed - deductible - copay, b.coinsuranceBasisPoints, rounding);
  }
  // Cap by the remaining out-of-pocket maximum; take the excess off coinsurance, then copay, then deductible.
  let cap = 0;
  const maximum = outOfPocketMaximumOf(b);
  if (maximum.kind === 'amount') {
    const remaining = maximum.cents - b.outOfPocketMetCents;
    const counted = deductible + coinsurance + (b.copayCountsTowardOutOfPocket ? copay : 0);
    cap = Math.max(0, counted - remaining);
    let left = cap;
    const fromCoinsurance = Math.min(left, coinsurance);
    coinsurance -= fromCoinsurance;
    left -= fromCoinsurance;
    if (b.copayCountsTowardOutOfPocket) {
      const fromCopay = Math.min(left, copay);
      copay -= fromCopay;
      left -= fromCopay;
    }
    deductible -= left;
  }
  const client = deductible + copay + coinsurance;
  const reasons: Reason<BillingReasonCode>[] = [];
  if (deductible > 0) {
    reasons.push(
      reason(
        'billing.estimate.deductible_applied',
        'info',
        'Part of the allowed amount goes to the deductible.',
        {
          deductibleCents: deductible,
          deductibleRemainingCents: b.deductibleCents - b.deductibleMetCents,
          costSharingOrder: b.costSharingOrder ?? 'copay_first',
        },
      ),
    );
  }
  if (copay > 0) {
    reasons.push(
      reason('billing.estimate.copay_applied', 'info', 'A copay applies to the session.', {
        copayCents: copay,
        copayBeforeDeductible: b.copayBeforeDeductible,
      }),
    );
  }
  if (coinsurance > 0) {
    reasons.push(
      reason(
        'billing.estimate.coinsurance_applied',
        'info',
        'Coinsurance applies after deductible and copay.',
        {
          coinsuranceCents: coinsurance,
          coinsuranceBasisPoints: b.coinsuranceBasisPoints,
          rounding,
        },
      ),
    );
  }
  if (cap > 0) {
    reasons.push(
      reason(
        'billing.estimate.out_of_pocket_cap_applied',
        'info',
        'The client share was capped by the remaining out-of-pocket maximum.',
        { outOfPocketCapCents: cap, outOfPocketMaximumCents: b.outOfPocketMaximumCents },
      ),
    );
  }
  if (maximum.kind === 'none' && maximum.basis !== 'medicaid_aggregate_limit' && client > 0) {
    // Nothing caps the share, and it is said: Original Medicare has no yearly limit
    // [sources: medicare-gov-original-vs-advantage]; any other plan only as its payer stated. (An unknown
    // maximum is never read as none: see withKnownMaximum.)
    reasons.push(
      reason(
        'billing.estimate.no_out_of_pocket_maximum',
        'info',
        maximum.basis === 'original_medicare'
          ? 'Original Medicare has no out-of-pocket maximum: nothing caps the client share.'
          : 'The payer stated the plan has no out-of-pocket maximum: nothing caps the client share.',
        { basis: maximum.basis, outOfPocketMetCents: b.outOfPocketMetCents },
      ),
    );
  }
  return {
    outcome: 'estimated',
    dateOfService: request.dateOfService,
    allowedCents: allowed,
    clientShareCents: client,
    payerShareCents: allowed - client,
    breakdown: {
      deductibleCents: deductible,
      copayCents: copay,
      coinsuranceCents: coinsurance,
      outOfPocketCapCents: cap,
      notCoveredCents: 0,
    },
    reasons,
  };
}

/**
 * Estimates what the client and the payer will each pay for one in-network session.
 *
 * Order (plans differ, so it is plan data): a copay-only plan (`copayBeforeDeductible`) charges
 * min(copay, allowed); otherwise the copay comes first, then the remaining deductible on the rest of the
 * allowed amount, then coinsurance on what is left (`costSharingOrder: 'deductible_first'` takes the
 * deductible before the copay, for a plan that says so); the client share is then capped by the
 * remaining out-of-pocket maximum. A maximum that is not known (`outOfPocketMaximumCents: null` without
 * `noOutOfPocketMaximum`, on any plan but Original Medicare and Medicaid) is never read as none: a share
 * above $0 is then `undecided` (`billing.estimate.out_of_pocket_maximum_unknown`), since the maximum could
 * cap it. Inactive coverage, a date outside
 * the plan, behavioral health carved out to another payer (whose benefits are not known here),
 * out-of-network and a used-up visit limit give the whole allowed amount to the client.
 *
 * @param benefits - the client's verified benefits ({@link EligibilityBenefits})
 * @param request - the allowed amount and the date of service
 * @param options - rounding of coinsurance (default half up)
 * @returns a {@link PatientEstimateDecision}; client share + payer share = allowed amount, to the cent
 * @throws {@link ValidationError} listing every argument's problems at once, each path under its
 * parameter's name (`$.benefits.planEndsOn`, `$.request.serviceDate`, `$.options…`)
 * @remarks The out-of-pocket cap counts all cost sharing [sources: cfr-45-156.130]; the order is the usual
 * plan design and is plan data where plans differ. It is an estimate: the payer's remittance decides. A
 * Qualified Medicare Beneficiary is never asked for Medicare cost sharing [sources: usc-42-1396a,
 * cms-mln-qmb-billing]: for a `medicare` or `medicare_advantage` plan (`benefits.payerKind`) the client
 * share is $0 when `qualifiedMedicareBeneficiary` is `true` (`billing.estimate.qmb_cost_sharing_not_client`),
 * and the estimate is `undecided` when it is unknown (`billing.estimate.qmb_status_unknown`), or when the
 * client is a QMB and the plan's kind is unknown (`billing.estimate.qmb_payer_kind_unknown`). The rule binds
 * every path: a QMB (or an unknown status) on a Medicare plan that pays none of the session as verified (out
 * of network, carved out, visit limit used up) is `undecided` (`billing.estimate.qmb_plan_payment_unknown`),
 * never the client's whole allowed amount; inactive coverage and a date outside the plan keep their answer.
 * A Medicaid plan's share for the session stands only within 42 CFR 447.52(b)'s outpatient maximum at every
 * family income (at most $4.00 and 10 % of what the agency pays); more than 20 % of the allowed amount is
 * `undecided` (`billing.estimate.medicaid_cost_sharing_above_maximum`), and anything between too
 * (`billing.estimate.medicaid_cost_sharing_income_unknown`): the income is not known [sources: cfr-42-447.52].
 * Before that, a Medicaid client exempt under 42 CFR 447.56(a) (under 18 by `benefits.clientBirthDate`, or an
 * exemption in `request.medicaidExemptions`; pregnancy covers every service from 2024-06-03) owes $0
 * (`billing.estimate.medicaid_cost_sharing_exempt`); the exemptions unchecked are `undecided`
 * (`billing.estimate.medicaid_exemption_unknown`) [sources: cfr-42-447.56, fr-89-22780]. A Medicaid share that
 * stands is cut to the household's room left under the 5 % limit of 447.56(f) when
 * `request.medicaidAggregateRemainingCents` gives it, and otherwise carries the warning
 * `billing.estimate.medicaid_aggregate_limit_unchecked`.
 * @example
 * ```ts
 * // $150 deductible left, 20 % coinsurance, $120 allowed: the deductible takes all of it.
 * const benefits = { clientId: 'cl-1', payerId: 'aetna', verifiedOn: '2026-01-05', coverageActive: true,
 *   inNetwork: true, planStartsOn: '2026-01-01', planEndsOn: '2026-12-31', copayCents: 0,
 *   copayBeforeDeductible: false, coinsuranceBasisPoints: 2000, deductibleCents: 50000, deductibleMetCents: 35000,
 *   outOfPocketMaximumCents: 500000, outOfPocketMetCents: 0, visitLimit: null, noVisitLimit: true, visitsUsed: 0,
 *   authorizationRequired: false };
 * estimatePatientShare(benefits, { allowedCents: 12000, dateOfService: '2026-03-02' });
 * //=> { outcome: 'estimated', clientShareCents: 12000, payerShareCents: 0, … }
 * ```
 */
export function estimatePatientShare(
  benefits: z.input<typeof EligibilityBenefits>,
  request: z.input<typeof PatientEstimateRequest>,
  options: EstimatePatientShareOptions = {},
): PatientEstimateDecision {
  // Every argument's problems at once, each under its parameter's name (`$.request.serviceDate`).
  const [b, r, o] = validateArguments([
    ['benefits', EligibilityBenefits, benefits, 'eligibility benefits'],
    ['request', PatientEstimateRequest, request, 'estimate request'],
    ['options', EstimatePatientShareOptions, options, 'estimate options'],
  ]);
  return estimateValid(b, r, o.coinsuranceRounding);
}

/**
 * Estimates a client's sessions in date-of-service order, carrying the deductible, out-of-pocket and visit
 * counts from each session to the next (as the payer accumulates them over the benefit year). Sessions on
 * the same day keep their input order (a stable sort), so the input's order never decides which session a
 * visit limit or the deductible falls on.
 *
 * @param benefits - the client's benefits as verified before the first of these sessions
 * @param requests - the sessions, in any order
 * @param options - rounding of coinsurance (default half up)
 * @returns one {@link PatientEstimateDecision} per request, in input order (each estimated in date order)
 * @throws {@link ValidationError} listing every argument's problems at once, each path under its
 * parameter's name (`$.benefits.planEndsOn`, `$.requests[1].serviceDate`, `$.options…`)
 * @example
 * ```ts
 * // $100 deductible left, a $30 copay, 20 % coinsurance; two $100 sessions: the copay, then $70 of the
 * // deductible; then the copay, the last $30 of the deductible and 20 % of $40.
 * const benefits = { clientId: 'cl-1', payerId: 'aetna', verifiedOn: '2026-01-05', coverageActive: true,
 *   inNetwork: true, planStartsOn: '2026-01-01', planEndsOn: '2026-12-31', copayCents: 3000,
 *   copayBeforeDeductible: false, coinsuranceBasisPoints: 2000, deductibleCents: 50000, deductibleMetCents: 40000,
 *   outOfPocketMaximumCents: 500000, outOfPocketMetCents: 0, visitLimit: null, noVisitLimit: true, visitsUsed: 0,
 *   authorizationRequired: false };
 * const sessions = [
 *   { allowedCents: 10000, dateOfService: '2026-03-02' },
 *   { allowedCents: 10000, dateOfService: '2026-03-09' },
 * ];
 * estimatePatientShareSeries(benefits, sessions).map((e) => e.clientShareCents); //=> [10000, 6800]
 * ```
 */
export function estimatePatientShareSeries(
  benefits: z.input<typeof EligibilityBenefits>,
  requests: readonly z.input<typeof PatientEstimateRequest>[],
  options: EstimatePatientShareSeriesOptions = {},
): PatientEstimateDecision[] {
  // Every argument's problems at once, each under its parameter's name (`$.requests[1].serviceDate`).
  const [b0, rs, o] = validateArguments([
    ['benefits', EligibilityBenefits, benefits, 'eligibility benefits'],
    ['requests', z.array(PatientEstimateRequest), requests, 'estimate requests'],
    ['options', EstimatePatientShareOptions, options, 'estimate options'],
  ]);
  // A private copy whose accumulators advance after each covered session (the caller's input is untouched).
  const b: EligibilityBenefits = { ...b0 };
  const out: PatientEstimateDecision[] = new Array(rs.length);
  // Date order, stable: validated YYYY-MM-DD dates order as strings; same-day sessions keep input order.
  const order = rs.map((_, i) => i);
  order.sort((i, j) => {
    const a = (rs[i] as PatientEstimateRequest).dateOfService;
    const c = (rs[j] as PatientEstimateRequest).dateOfService;
    return a < c ? -1 : a > c ? 1 : i - j;
  });
  for (const i of order) {
    const r = rs[i] as PatientEstimateRequest;
    const { decision: e, accrued } = estimateAccrued(b, r, o.coinsuranceRounding);
    out[i] = e;
    if (e.outcome === 'estimated' && accrued !== null) {
      const oop =
        accrued.deductibleCents +
        accrued.coinsuranceCents +
        (b.copayCountsTowardOutOfPocket ? accrued.copayCents : 0);
      const towardDeductible =
        accrued.deductibleCents + (b.copayCountsTowardDeductible === true ? accrued.copayCents : 0);
      // A figure not stated stays unknown after the session too.
      if (b.deductibleMetCents !== null)
        b.deductibleMetCents = Math.min(b.deductibleCents, b.deductibleMetCents + towardDeductible);
      if (b.outOfPocketMetCents !== null)
        b.outOfPocketMetCents =
          b.outOfPocketMaximumCents === null
            ? b.outOfPocketMetCents + oop
            : Math.min(b.outOfPocketMaximumCents, b.outOfPocketMetCents + oop);
      if (b.visitsUsed !== null) b.visitsUsed += 1;
    }
  }
  return out;
}

/**
 * One record of {@link estimatePatientShareBatch}: a client's benefits and one session.
 * @example
 * ```ts
 * PatientEstimateRecord.parse({ benefits, request: { allowedCents: 12000, dateOfService: '2026-03-02' } });
 * ```
 */
export const PatientEstimateRecord = z.strictObject({
  benefits: EligibilityBenefits,
  request: PatientEstimateRequest,
});
export type PatientEstimateRecord = z.infer<typeof PatientEstimateRecord>;

/**
 * The result of {@link estimatePatientShareBatch}: estimates by input index, and invalid records by index.
 * @example
 * ```ts
 * estimatePatientShareBatch([]); //=> { estimates: [], invalid: [] }
 * ```
 */
export interface PatientEstimateBatch {
  readonly estimates: readonly { readonly index: number; readonly estimate: PatientEstimateDecision }[];
  readonly invalid: readonly InvalidRecord[];
}

/**
 * Estimates many independent sessions; invalid records are reported by index and the rest are estimated.
 * Nothing is dropped: `estimates.length + invalid.length` equals the number of records. Records that
 * share one benefits object (one per client, as hosts usually pass them) have it validated once.
 *
 * @param records - `{ benefits, request }` pairs (untrusted)
 * @param options - rounding of coinsurance (default half up)
 * @throws {@link ValidationError} only when the options are invalid or the records are not a list, both at
 * once, each under its parameter's name (`$.options.coinsuranceRounding`, `$.records`)
 * @example
 * ```ts
 * const benefits = { clientId: 'cl-1', payerId: 'aetna', verifiedOn: '2026-01-05', coverageActive: true,
 *   inNetwork: true, planStartsOn: '2026-01-01', planEndsOn: '2026-12-31', copayCents: 0,
 *   copayBeforeDeductible: false, coinsuranceBasisPoints: 2000, deductibleCents: 50000, deductibleMetCents: 35000,
 *   outOfPocketMaximumCents: 500000, outOfPocketMetCents: 0, visitLimit: null, noVisitLimit: true, visitsUsed: 0,
 *   authorizationRequired: false };
 * const request = { allowedCents: 12000, dateOfService: '2026-03-02' };
 * estimatePatientShareBatch([{ benefits, request }, { benefits, request: { ...request, allowedCents: -1 } }]);
 * //=> { estimates: [{ index: 0, estimate: { outcome: 'estimated', … } }],
 * //     invalid: [{ index: 1, issues: [{ at: '$[1].request.allowedCents', … }, …] }] }
 * ```
 */
export function estimatePatientShareBatch(
  records: Iterable<unknown>,
  options: EstimatePatientShareBatchOptions = {},
): PatientEstimateBatch {
  // Both arguments' problems at once, each under its parameter's name (`$.records` when it is not a list,
  // `$.options.coinsuranceRounding`); a bad record in the list is reported by index below instead.
  const [list, o] = validateArguments([
    ['records', recordsArgument, records, 'estimate records'],
    ['options', EstimatePatientShareOptions, options, 'estimate options'],
  ]);
  const checkedBenefits = new WeakMap<object, ValidationResult<EligibilityBenefits>>();
  const estimates: { index: number; estimate: PatientEstimateDecision }[] = [];
  const invalid: InvalidRecord[] = [];
  let index = 0;
  for (const record of list) {
    const at = index;
    index += 1;
    if (typeof record !== 'object' || record === null) {
      invalid.push({
        index: at,
        issues: [{ path: [at], at: formatPath([at]), code: 'invalid_type', message: 'expected object' }],
      });
      continue;
    }
    const { benefits, request } = record as { benefits?: unknown; request?: unknown };
    let b: ValidationResult<EligibilityBenefits> | undefined;
    if (typeof benefits === 'object' && benefits !== null) b = checkedBenefits.get(benefits);
    if (b === undefined) {
      b = safeValidate(EligibilityBenefits, benefits, 'eligibility benefits');
      if (typeof benefits === 'object' && benefits !== null) checkedBenefits.set(benefits, b);
    }
    const r = safeValidate(PatientEstimateRequest, request, 'estimate request');
    if (b.success && r.success) {
      estimates.push({ index: at, estimate: estimateValid(b.data, r.data, o.coinsuranceRounding) });
      continue;
    }
    const issues: ValidationIssue[] = [
      ...(b.success ? [] : prefixIssues(b.error.issues, [at, 'benefits'])),
      ...(r.success ? [] : prefixIssues(r.error.issues, [at, 'request'])),
    ];
    if (isNonEmpty(issues)) invalid.push({ index: at, issues });
  }
  return { estimates, invalid };
}

function prefixIssues(
  issues: readonly ValidationIssue[],
  prefix: readonly (string | number)[],
): ValidationIssue[] {
  return issues.map((i) => {
    const path = [...prefix, ...i.path];
    return { ...i, path, at: formatPath(path) };
  });
}
