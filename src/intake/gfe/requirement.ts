import * as z from 'zod';
import { type Decision, reason, validate } from '../../core/index.js';
import type { IntakeReasonCode } from '../reason-codes.js';

/**
 * How a client stands with insurance for the No Surprises Act: uninsured, insured but not filing a
 * claim (self-pay), insured and filing, or enrolled in a Federal health care program (Medicare,
 * Medicaid, TRICARE, VA and the like), which is neither uninsured nor self-pay under 45 CFR 149.610.
 *
 * @example
 * ```ts
 * GoodFaithEstimateClientCoverage.parse('insured_not_filing'); //=> 'insured_not_filing'
 * GoodFaithEstimateClientCoverage.parse('federal_program'); //=> 'federal_program'
 * ```
 */
export const GoodFaithEstimateClientCoverage = z.enum([
  'uninsured',
  'insured_not_filing',
  'insured_filing',
  'federal_program',
]);
export type GoodFaithEstimateClientCoverage = z.infer<typeof GoodFaithEstimateClientCoverage>;

/**
 * The facts that decide whether a Good Faith Estimate is owed.
 *
 * @example
 * ```ts
 * GoodFaithEstimateRequirementFacts.parse({ coverage: 'uninsured' }); //=> { coverage: 'uninsured', requested: false }
 * ```
 */
export const GoodFaithEstimateRequirementFacts = z.strictObject({
  coverage: GoodFaithEstimateClientCoverage.optional(),
  /** The client asked for an estimate. */
  requested: z.boolean().default(false),
  /**
   * For a `federal_program` enrollee: whether the program covers the service. `false` (say, a service
   * the program does not pay for, or from a clinician it does not enroll) makes the client uninsured for
   * that service, so an estimate is owed; left out, the answer is `undecided` (ask), never a guess.
   */
  programCoversService: z.boolean().optional(),
});
export type GoodFaithEstimateRequirementFacts = z.input<typeof GoodFaithEstimateRequirementFacts>;

/**
 * Whether a Good Faith Estimate is owed: `required`, `not_required`, or `undecided` (coverage unknown).
 *
 * @example
 * ```ts
 * const d: GoodFaithEstimateRequirementDecision = evaluateGoodFaithEstimateRequirement({ coverage: 'uninsured' });
 * d.outcome; //=> 'required'
 * ```
 */
export type GoodFaithEstimateRequirementDecision = Decision<
  'required' | 'not_required',
  'undecided',
  IntakeReasonCode
>;

/**
 * Decides whether a client is owed a Good Faith Estimate: uninsured clients and insured clients who will
 * not file a claim (self-pay), new and continuing, scheduled or on request. Enrollees of Medicare,
 * Medicaid and other Federal health care programs are neither uninsured nor self-pay for a service their
 * program covers: no estimate is owed them, even on request (their program's own rules on charges apply
 * instead). For a service the program does not cover (`programCoversService: false`) they have no
 * benefits for it, so they are uninsured for it and an estimate is owed.
 *
 * @throws {@link ValidationError} when the facts are invalid.
 * @remarks 45 CFR 149.610(a)–(b): "uninsured" means without benefits for the item or service under a
 * plan, insurance or Federal health care program [sources: cfr-45-149.610, apa-nsa-faq]. A request from a client whose
 * coverage is not recorded is treated as owed (asking implies paying themselves); an insured client filing
 * a claim is not covered by 149.610.
 * @example
 * ```ts
 * evaluateGoodFaithEstimateRequirement({ coverage: 'insured_not_filing' });
 * //=> { outcome: 'required', reasons: [{ code: 'intake.gfe.required_self_pay', … }] }
 * evaluateGoodFaithEstimateRequirement({ coverage: 'federal_program', requested: true });
 * //=> { outcome: 'undecided', reasons: [{ code: 'intake.gfe.program_coverage_unknown', … }] }
 * evaluateGoodFaithEstimateRequirement({ coverage: 'federal_program', requested: true, programCoversService: true });
 * //=> { outcome: 'not_required', reasons: [{ code: 'intake.gfe.not_required_federal_program', … }] }
 * ```
 */
export function evaluateGoodFaithEstimateRequirement(
  facts: GoodFaithEstimateRequirementFacts,
): GoodFaithEstimateRequirementDecision {
  const f = validate(GoodFaithEstimateRequirementFacts, facts, 'good faith estimate facts');
  const used = { coverage: f.coverage ?? null, requested: f.requested };
  switch (f.coverage) {
    case 'uninsured':
      return {
        outcome: 'required',
        reasons: [reason('intake.gfe.required_uninsured', 'info', 'The client is uninsured.', used)],
      };
    case 'insured_not_filing':
      return {
        outcome: 'required',
        reasons: [reason('intake.gfe.required_self_pay', 'info', 'The client will not file a claim.', used)],
      };
    case 'insured_filing':
      return {
        outcome: 'not_required',
        reasons: [
          reason('intake.gfe.not_required_insured', 'info', 'The client files a claim with insurance.', used),
        ],
      };
    case 'federal_program':
      if (f.programCoversService === false) {
        return {
          outcome: 'required',
          reasons: [
            reason(
              'intake.gfe.required_not_covered_by_program',
              'info',
              'The client’s Federal health care program does not cover this service: for it they are uninsured, and an estimate is owed.',
              { ...used, programCoversService: false },
            ),
          ],
        };
      }
      if (f.programCoversService === undefined) {
        // Covered: no estimate, not even on request; not covered: uninsured for it, an estimate is owed.
        // Which one is a fact to ask for, never a guess [sources: cfr-45-149.610].
        return {
          outcome: 'undecided',
          reasons: [
            reason(
              'intake.gfe.program_coverage_unknown',
              'warning',
              'Ask whether the client’s Federal health care program covers this service: if it does not, the client is uninsured for it and is owed a Good Faith Estimate.',
              { ...used, programCoversService: null },
            ),
          ],
        };
      }
      return {
        outcome: 'not_required',
        reasons: [
          reason(
            'intake.gfe.not_required_federal_program',
            'info',
            'Medicare, Medicaid and other Federal health care program enrollees are not uninsured or self-pay for a service their program covers: no Good Faith Estimate is owed.',
            { ...used, programCoversService: true },
          ),
        ],
      };
    case undefined:
      if (f.requested) {
        return {
          outcome: 'required',
          reasons: [
            reason('intake.gfe.required_on_request', 'info', 'The client asked for an estimate.', used),
          ],
        };
      }
      return {
        outcome: 'undecided',
        reasons: [
          reason(
            'intake.gfe.coverage_unknown',
            'warning',
            'Ask whether the client is insured and filing a claim.',
            used,
          ),
        ],
      };
    default: {
      const exhausted: never = f.coverage;
      return exhausted;
    }
  }
}
