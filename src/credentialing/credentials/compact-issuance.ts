import { compareDates, type LocalDate } from '../../core/index.js';
import type { CompactAuthorization } from './compact-authorization.js';

/**
 * The compacts whose authorizations are issued by a commission, by the name the issuance dates use.
 *
 * @example
 * ```ts
 * const compact: InterstateCompact = 'counseling';
 * ```
 */
export type InterstateCompact = 'psypact' | 'counseling' | 'social_work';

/**
 * The first day each compact's commission issued authorizations, or `null` where none had been issued
 * by its last public statement: no authorization of that compact can be dated earlier.
 *
 * - PSYPACT: applications to practice under the compact (APIT, TAP) opened 2020-07-01
 *   [sources: psypact].
 * - Counseling Compact: the first privileges to practice were issued 2025-09-30 (Arizona, Minnesota)
 *   [sources: counseling-compact].
 * - Social Work Licensure Compact: active, but multistate licenses "are not yet being issued"
 *   [sources: swlc]. A practice sets the day issuance began in
 *   `JurisdictionPolicy.socialWorkCompactFirstIssuedOn` once the commission publishes it.
 *
 * @example
 * ```ts
 * COMPACT_FIRST_ISSUED_ON.counseling; //=> '2025-09-30'
 * COMPACT_FIRST_ISSUED_ON.social_work; //=> null
 * ```
 */
export const COMPACT_FIRST_ISSUED_ON: Readonly<Record<InterstateCompact, LocalDate | null>> = {
  psypact: '2020-07-01',
  counseling: '2025-09-30',
  social_work: null,
};

/** The compact an authorization belongs to; a state's telehealth registration belongs to none. */
export function compactOf(a: CompactAuthorization): InterstateCompact | null {
  switch (a.kind) {
    case 'psypact_apit':
    case 'psypact_tap':
      return 'psypact';
    case 'counseling_privilege':
      return 'counseling';
    case 'social_work_multistate':
      return 'social_work';
    case 'telehealth_registration':
      return null;
    /* v8 ignore start: unreachable: the union is exhausted above */
    default: {
      const exhausted: never = a;
      throw new TypeError(`Unknown authorization kind ${String((exhausted as { kind: unknown }).kind)}`);
    }
    /* v8 ignore stop */
  }
}

/**
 * Why an authorization's issue date cannot be relied on, if it cannot: dated before its compact issued
 * any (`before_first_issue`), or of a compact whose first issue date is not known (`first_issue_unknown`;
 * `socialWorkFirstIssuedOn` is the practice's date for the Social Work compact, when it has one).
 *
 * @example
 * ```ts
 * getCompactIssuanceProblem({ kind: 'counseling_privilege', homeState: 'AZ', remoteState: 'MN',
 *   status: 'active', issuedOn: '2025-09-29', expiresOn: '2027-09-28' }, undefined);
 * //=> { kind: 'before_first_issue', compact: 'counseling', firstIssuedOn: '2025-09-30' }
 * ```
 */
export function getCompactIssuanceProblem(
  a: CompactAuthorization,
  socialWorkFirstIssuedOn: LocalDate | undefined,
):
  | {
      readonly kind: 'before_first_issue';
      readonly compact: InterstateCompact;
      readonly firstIssuedOn: LocalDate;
    }
  | { readonly kind: 'first_issue_unknown'; readonly compact: InterstateCompact }
  | null {
  const compact = compactOf(a);
  if (compact === null) return null;
  const firstIssuedOn =
    (compact === 'social_work' ? socialWorkFirstIssuedOn : undefined) ?? COMPACT_FIRST_ISSUED_ON[compact];
  if (firstIssuedOn === null) return { kind: 'first_issue_unknown', compact };
  return compareDates(a.issuedOn, firstIssuedOn) < 0
    ? { kind: 'before_first_issue', compact, firstIssuedOn }
    : null;
}
