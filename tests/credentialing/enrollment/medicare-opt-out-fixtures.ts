// Builders for Medicare opt-out tests: a generated opt-out and whether it stands on a date.
import fc from 'fast-check';
import { addDays, addMonths, compareDates } from '../../../src/core/index.js';
import { dateArb } from '../credentials/credential-fixtures.js';

/** A Medicare opt-out as a network-status query carries it. */
export type GeneratedMedicareOptOut =
  | { effectiveOn: string }
  | { effectiveOn: string; endsOn: string; firstOptOut: true };

/**
 * A Medicare opt-out from a date between 2020 and 2030: renewing (no end), or with a proper end
 * (42 CFR 405.445): a cancellation after 1 to 3 two-year periods, or an early termination of a first
 * opt-out 1 to 90 days in.
 */
export const medicareOptOutArb: fc.Arbitrary<GeneratedMedicareOptOut> = fc
  .tuple(
    dateArb,
    // Negative: periods before a cancellation; positive: days before an early termination.
    fc.option(fc.oneof(fc.integer({ min: -3, max: -1 }), fc.integer({ min: 1, max: 90 })), {
      nil: undefined,
    }),
  )
  .map(([effectiveOn, length]) => {
    if (length === undefined) return { effectiveOn };
    const endsOn = length < 0 ? addMonths(effectiveOn, -24 * length) : addDays(effectiveOn, length);
    return { effectiveOn, endsOn, firstOptOut: true as const };
  });

/** Whether an opt-out stands on a date: from its effective date up to, not including, its end. */
export function optOutStandsOn(optOut: GeneratedMedicareOptOut, date: string): boolean {
  return (
    compareDates(date, optOut.effectiveOn) >= 0 &&
    (!('endsOn' in optOut) || compareDates(date, optOut.endsOn) < 0)
  );
}

/**
 * Whether a generated opt-out ended by a cancellation at the end of a two-year period rather than by the early
 * termination of a first opt-out (at most 90 days in).
 */
export function endedByCancellation(optOut: GeneratedMedicareOptOut): boolean {
  return 'endsOn' in optOut && compareDates(optOut.endsOn, addDays(optOut.effectiveOn, 90)) > 0;
}
