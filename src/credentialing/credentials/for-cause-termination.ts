import * as z from 'zod';
import { compareDates, LocalDate, UsState } from '../../core/index.js';
import { checkDateOrder } from '../../core/internal.js';
import type { CredentialingIssueCode } from '../reason-codes.js';
import { ReenrollmentBarTerms } from './medicare-reenrollment-bar.js';

/**
 * The first termination date 42 CFR 455.416(c) reaches: a state Medicaid agency must terminate a provider
 * that Medicare, or another state's Medicaid or CHIP, terminated on or after this day.
 *
 * @remarks 42 CFR 455.416(c) [sources: cfr-42-455.416].
 * @example
 * ```ts
 * MEDICAID_TERMINATION_RULE_FROM; //=> '2011-01-01'
 * ```
 */
export const MEDICAID_TERMINATION_RULE_FROM: LocalDate = '2011-01-01';

/**
 * A termination of the clinician for cause by Medicare (a revocation of billing privileges), or by a
 * state's Medicaid program or CHIP: not a voluntary end, a deactivation or a lapse, but one the program made
 * for fraud, integrity or quality. `terminatedOn` is its effective date (left out while it is not known:
 * the network check then asks rather than guess); `state` the state whose Medicaid or CHIP terminated;
 * `reinstatedOn` the first day the terminating program enrolled the clinician again, if it did;
 * `reenrollmentBar` (Medicare only) the bar CMS's revocation letter states ({@link ReenrollmentBarTerms}), run
 * from `terminatedOn`: the deadline calendar lists the day it ends (42 CFR 424.535(c) [sources: cfr-42-424.535]).
 *
 * Every state's Medicaid agency must terminate (or deny) the enrollment of a provider so terminated on or
 * after 2011-01-01 ({@link MEDICAID_TERMINATION_RULE_FROM}), and a Medicaid managed care plan's network
 * providers are enrolled with the state: so from `terminatedOn` no Medicaid program pays the clinician.
 *
 * @remarks 42 CFR 455.416(c), 455.410, 438.602(b) [sources: cfr-42-455.416]. `reinstatedOn` on or before
 * `terminatedOn` is rejected (`credentialing.termination.reinstated_before_terminated`).
 * @example
 * ```ts
 * ForCauseTermination.parse({ program: 'medicare', terminatedOn: '2026-03-01' }); //=> the same object
 * ForCauseTermination.parse({ program: 'medicaid', state: 'NJ' }); //=> the same object (date not known)
 * ```
 */
export const ForCauseTermination = z
  .strictObject({
    program: z.enum(['medicare', 'medicaid', 'chip']),
    state: UsState.optional(),
    terminatedOn: LocalDate.optional(),
    reinstatedOn: LocalDate.optional(),
    reenrollmentBar: ReenrollmentBarTerms.optional(),
  })
  .superRefine((t, ctx) => {
    checkDateOrder(ctx, t.terminatedOn, t.reinstatedOn, 'reinstatedOn', {
      code: 'credentialing.termination.reinstated_before_terminated' satisfies CredentialingIssueCode,
      message: 'must be after the termination date',
    });
    // 42 CFR 424.535(c) bars re-enrollment in Medicare: a Medicaid or CHIP termination carries no such bar here.
    if (t.reenrollmentBar !== undefined && t.program !== 'medicare') {
      ctx.addIssue({
        code: 'custom',
        path: ['reenrollmentBar'],
        message: 'is recorded only on a revocation of Medicare billing privileges',
        params: { code: 'credentialing.revocation.bar_not_medicare' satisfies CredentialingIssueCode },
      });
    }
  });
export type ForCauseTermination = z.infer<typeof ForCauseTermination>;
/**
 * A {@link ForCauseTermination} as callers write it, before its defaults apply: the re-enrollment bar's `secondRevocation` and `addedYears` may be left out.
 *
 * @example
 * ```ts
 * const termination: ForCauseTerminationInput = { program: 'medicare', terminatedOn: '2026-03-01' };
 * ```
 */
export type ForCauseTerminationInput = z.input<typeof ForCauseTermination>;

/**
 * How a for-cause termination bears on a Medicaid date of service: `terminated` (in effect on it, from
 * 2011-01-01: the state must terminate), `before_rule` (in effect, but dated before 2011-01-01: 455.416(c)
 * does not require the state to act, the state decides), `date_unknown` (no `terminatedOn`, and not
 * reinstated by the date), `none` (before it, or reinstated by the date).
 */
export type ForCauseStanding = 'terminated' | 'before_rule' | 'date_unknown' | 'none';

/** {@link ForCauseStanding} of one termination on a date. */
export function forCauseStandingOn(t: ForCauseTermination, on: LocalDate): ForCauseStanding {
  if (t.reinstatedOn !== undefined && compareDates(on, t.reinstatedOn) >= 0) return 'none';
  if (t.terminatedOn === undefined) return 'date_unknown';
  if (compareDates(on, t.terminatedOn) < 0) return 'none';
  return compareDates(t.terminatedOn, MEDICAID_TERMINATION_RULE_FROM) >= 0 ? 'terminated' : 'before_rule';
}
