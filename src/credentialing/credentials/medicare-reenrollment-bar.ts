import * as z from 'zod';
import { addMonths, LocalDate } from '../../core/index.js';
import { validateArguments } from '../../core/internal.js';
import type { CredentialingIssueCode } from '../reason-codes.js';

/**
 * The longest re-enrollment bar CMS may impose for a first revocation of Medicare billing privileges, in years
 * (at least 1).
 *
 * @remarks 42 CFR 424.535(c) [sources: cfr-42-424.535].
 * @example
 * ```ts
 * MEDICARE_REENROLLMENT_BAR_MAX_YEARS; //=> 10
 * ```
 */
export const MEDICARE_REENROLLMENT_BAR_MAX_YEARS = 10;

/**
 * The longest re-enrollment bar CMS may impose on a provider revoked from Medicare for the second time, in years.
 *
 * @remarks 42 CFR 424.535(c) [sources: cfr-42-424.535].
 * @example
 * ```ts
 * MEDICARE_SECOND_REVOCATION_BAR_MAX_YEARS; //=> 20
 * ```
 */
export const MEDICARE_SECOND_REVOCATION_BAR_MAX_YEARS = 20;

/**
 * The years CMS may add to a bar when the provider tried to re-enroll under another name, number or identity
 * (even past the maximum).
 *
 * @remarks 42 CFR 424.535(c) [sources: cfr-42-424.535].
 * @example
 * ```ts
 * MEDICARE_REENROLLMENT_BAR_ADDED_MAX_YEARS; //=> 3
 * ```
 */
export const MEDICARE_REENROLLMENT_BAR_ADDED_MAX_YEARS = 3;

/**
 * A re-enrollment bar as CMS's revocation letter states it: the revocation's effective date (`revokedOn`), the
 * bar in whole years (`barYears`: 1 to 10, or up to 20 when `secondRevocation`), and any years added for trying to
 * re-enroll under another identity (`addedYears`, 0 to 3).
 *
 * @remarks 42 CFR 424.535(c) [sources: cfr-42-424.535]. A bar longer than the rule allows is rejected
 * (`credentialing.revocation.bar_too_long` at `barYears`).
 * @example
 * ```ts
 * MedicareReenrollmentBar.parse({ revokedOn: '2026-03-01', barYears: 3 });
 * //=> { revokedOn: '2026-03-01', barYears: 3, secondRevocation: false, addedYears: 0 }
 * ```
 */
export const MedicareReenrollmentBar = z
  .strictObject({
    revokedOn: LocalDate,
    barYears: z.int().min(1).max(MEDICARE_SECOND_REVOCATION_BAR_MAX_YEARS),
    secondRevocation: z.boolean().default(false),
    addedYears: z.int().min(0).max(MEDICARE_REENROLLMENT_BAR_ADDED_MAX_YEARS).default(0),
  })
  .superRefine(checkBarLength);

/**
 * A re-enrollment bar's terms without its start, for a revocation recorded with its own date (a
 * `forCauseTerminations` entry of Medicare: the bar runs from its `terminatedOn`).
 *
 * @remarks 42 CFR 424.535(c) [sources: cfr-42-424.535].
 * @example
 * ```ts
 * ReenrollmentBarTerms.parse({ barYears: 3 }); //=> { barYears: 3, secondRevocation: false, addedYears: 0 }
 * ```
 */
export const ReenrollmentBarTerms = z
  .strictObject({
    barYears: z.int().min(1).max(MEDICARE_SECOND_REVOCATION_BAR_MAX_YEARS),
    secondRevocation: z.boolean().default(false),
    addedYears: z.int().min(0).max(MEDICARE_REENROLLMENT_BAR_ADDED_MAX_YEARS).default(0),
  })
  .superRefine(checkBarLength);
export type ReenrollmentBarTerms = z.infer<typeof ReenrollmentBarTerms>;
/**
 * A {@link ReenrollmentBarTerms} as callers write it, before its defaults apply: `secondRevocation` (`false`) and `addedYears` (`0`) may be left out.
 *
 * @example
 * ```ts
 * const terms: ReenrollmentBarTermsInput = { barYears: 3 };
 * ```
 */
export type ReenrollmentBarTermsInput = z.input<typeof ReenrollmentBarTerms>;

// A first revocation's bar is at most 10 years; a second's up to 20 (the schema's own maximum).
function checkBarLength(
  b: { readonly barYears: number; readonly secondRevocation: boolean },
  ctx: z.core.$RefinementCtx,
): void {
  if (!b.secondRevocation && b.barYears > MEDICARE_REENROLLMENT_BAR_MAX_YEARS) {
    ctx.addIssue({
      code: 'custom',
      path: ['barYears'],
      message: 'a first revocation’s re-enrollment bar is at most 10 years',
      params: { code: 'credentialing.revocation.bar_too_long' satisfies CredentialingIssueCode },
    });
  }
}

/** The first day a bar allows re-enrollment, on values already validated. */
export function reenrollmentBarEnd(revokedOn: LocalDate, terms: ReenrollmentBarTerms): LocalDate {
  return addMonths(revokedOn, 12 * (terms.barYears + terms.addedYears));
}
export type MedicareReenrollmentBar = z.infer<typeof MedicareReenrollmentBar>;
/**
 * A {@link MedicareReenrollmentBar} as callers write it, before its defaults apply: `secondRevocation` (`false`) and `addedYears` (`0`) may be left out.
 *
 * @example
 * ```ts
 * const bar: MedicareReenrollmentBarInput = { revokedOn: '2026-03-01', barYears: 3 };
 * ```
 */
export type MedicareReenrollmentBarInput = z.input<typeof MedicareReenrollmentBar>;

/**
 * The first day a clinician whose Medicare billing privileges were revoked may enroll again: the bar runs from
 * the revocation's effective date for its years (plus any added years); from a February 29, the anniversary in a
 * common year is February 28. Enrolling again is a new application, decided on its own; record the day Medicare
 * enrolls the clinician as the revocation's `reinstatedOn`.
 *
 * @remarks 42 CFR 424.535(c): at least 1 year and at most 10; up to 3 more for trying to re-enroll under another
 * identity; up to 20 for a second revocation [sources: cfr-42-424.535].
 * @throws `ValidationError` for a bad date, a bar outside its range (`credentialing.revocation.bar_too_long`)
 * @example
 * ```ts
 * getMedicareReenrollmentBarEnd({ revokedOn: '2026-03-01', barYears: 3 }); //=> '2029-03-01'
 * getMedicareReenrollmentBarEnd({ revokedOn: '2026-03-01', barYears: 15, secondRevocation: true }); //=> '2041-03-01'
 * ```
 */
export function getMedicareReenrollmentBarEnd(bar: z.input<typeof MedicareReenrollmentBar>): LocalDate {
  const [b] = validateArguments([['bar', MedicareReenrollmentBar, bar, 'Medicare re-enrollment bar']]);
  return reenrollmentBarEnd(b.revokedOn, b);
}
