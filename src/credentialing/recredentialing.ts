import { addMonths, type LocalDate } from '../core/index.js';
import { DEFAULT_RECREDENTIALING_MONTHS } from './payer-policy.js';

/**
 * The date a payer's recredentialing falls due: `months` after the last credentialing decision,
 * clamped to the end of a shorter month (from February 29, 36 months later is February 28).
 * There is no grace period: the day after is late.
 *
 * @remarks NCQA 36-month cycle, no grace [sources: ncqa-cr].
 * @example
 * ```ts
 * recredentialingDueOn('2024-02-29'); //=> '2027-02-28'
 * ```
 */
export function recredentialingDueOn(
  credentialedOn: LocalDate,
  months = DEFAULT_RECREDENTIALING_MONTHS,
): LocalDate {
  return addMonths(credentialedOn, months);
}
