import * as z from 'zod';
import { compareDates, LocalDate, UsState } from '../../core/index.js';
import { checkDateOrder, validateArguments } from '../../core/internal.js';
import type { CredentialingIssueCode } from '../reason-codes.js';

/**
 * Status of a compact authorization or registration as its issuer reports it.
 *
 * @example
 * ```ts
 * CompactAuthorizationStatus.parse('active'); //=> 'active'
 * ```
 */
export const CompactAuthorizationStatus = z.enum(['active', 'inactive', 'suspended', 'revoked']);
export type CompactAuthorizationStatus = z.infer<typeof CompactAuthorizationStatus>;

const authorizationBase = {
  number: z.string().min(1).max(40).optional(),
  status: CompactAuthorizationStatus,
  issuedOn: LocalDate,
  expiresOn: LocalDate,
};

/**
 * An authorization to practice outside the states where the clinician holds a license.
 *
 * - `psypact_apit`: PSYPACT Authority to Practice Interjurisdictional Telepsychology: telehealth only,
 *   into PSYPACT states, while the psychologist is physically in the declared home state (or, licensed in
 *   more than one Compact State, in another of them where she holds a psychologist license: PSYPACT art. II).
 * - `psypact_tap`: PSYPACT Temporary Authorization to Practice: in person only, at most 30 calendar days
 *   a year in each PSYPACT state.
 * - `counseling_privilege`: Counseling Compact privilege to practice in one remote state, in person or
 *   by telehealth.
 * - `social_work_multistate`: Social Work Licensure Compact multistate license, valid in member states.
 * - `telehealth_registration`: a state's telehealth registration for out-of-state clinicians
 *   (e.g. Florida): telehealth only, in that state.
 *
 * @remarks [sources: fl-stat-456.47, psypact, counseling-compact, swlc]
 *
 * @example
 * ```ts
 * CompactAuthorization.parse({ kind: 'counseling_privilege', homeState: 'AZ', remoteState: 'MN',
 *   status: 'active', issuedOn: '2025-09-30', expiresOn: '2026-09-29' });
 * //=> the same object, typed as the counseling_privilege variant
 * ```
 */
export const CompactAuthorization = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('psypact_apit'), homeState: UsState, ...authorizationBase }),
    z.strictObject({ kind: z.literal('psypact_tap'), homeState: UsState, ...authorizationBase }),
    z.strictObject({
      kind: z.literal('counseling_privilege'),
      homeState: UsState,
      remoteState: UsState,
      ...authorizationBase,
    }),
    z.strictObject({ kind: z.literal('social_work_multistate'), homeState: UsState, ...authorizationBase }),
    z.strictObject({ kind: z.literal('telehealth_registration'), state: UsState, ...authorizationBase }),
  ])
  .superRefine((a, ctx) =>
    checkDateOrder(ctx, a.issuedOn, a.expiresOn, 'expiresOn', {
      code: 'credentialing.compact.expiry_before_issue' satisfies CredentialingIssueCode,
      message: 'must expire after it is issued',
    }),
  );
export type CompactAuthorization = z.infer<typeof CompactAuthorization>;
/**
 * The kinds of out-of-state authority a {@link CompactAuthorization} can be.
 * @example
 * ```ts
 * const kind: CompactAuthorizationKind = 'psypact_apit';
 * ```
 */
export type CompactAuthorizationKind = CompactAuthorization['kind'];

/**
 * Options for {@link isCompactAuthorizationInForce}.
 * @example
 * ```ts
 * const options: IsCompactAuthorizationInForceOptions = { asOf: '2026-03-02' };
 * ```
 */
export interface IsCompactAuthorizationInForceOptions {
  /** The date the authorization must be in force on. */
  readonly asOf: LocalDate;
}

// The options isCompactAuthorizationInForce reads (other keys are ignored, as they always were).
const AsOfOptions = z.looseObject({ asOf: LocalDate });

/**
 * Whether a compact authorization is in force on a date: `active` and the date within issue..expiry, inclusive.
 *
 * @throws {@link ValidationError} listing every problem of the authorization and the options at once, each
 * path under its parameter's name (`$.authorization.status`, `$.options.asOf`).
 * @example
 * ```ts
 * isCompactAuthorizationInForce({ kind: 'psypact_apit', homeState: 'AZ', status: 'active',
 *   issuedOn: '2025-10-01', expiresOn: '2026-09-30' }, { asOf: '2026-10-01' }); //=> false
 * ```
 */
export function isCompactAuthorizationInForce(
  authorization: CompactAuthorization,
  options: IsCompactAuthorizationInForceOptions,
): boolean {
  // Both arguments' problems at once, each under its parameter's name (`$.authorization.status`,
  // `$.options.asOf`).
  const [a, { asOf: on }] = validateArguments([
    ['authorization', CompactAuthorization, authorization, 'compact authorization'],
    ['options', AsOfOptions, options, 'compact authorization options'],
  ]);
  return a.status === 'active' && compareDates(a.issuedOn, on) <= 0 && compareDates(on, a.expiresOn) <= 0;
}

/**
 * A state's participation in a compact: from the date it became operational, until it left (exclusive).
 *
 * @example
 * ```ts
 * CompactMemberState.parse({ state: 'CO', from: '2020-07-01' }); //=> { state: 'CO', from: '2020-07-01' }
 * ```
 */
export const CompactMemberState = z
  .strictObject({ state: UsState, from: LocalDate, until: LocalDate.optional() })
  .superRefine((m, ctx) =>
    checkDateOrder(ctx, m.from, m.until, 'until', {
      code: 'credentialing.compact.member_until_before_from' satisfies CredentialingIssueCode,
      message: 'must end after it starts',
    }),
  );
export type CompactMemberState = z.infer<typeof CompactMemberState>;

/**
 * A short label used in deadlines and reasons, e.g. `psypact_apit:AZ`.
 *
 * @example
 * ```ts
 * describeAuthorization({ kind: 'counseling_privilege', homeState: 'AZ', remoteState: 'MN',
 *   status: 'active', issuedOn: '2025-09-30', expiresOn: '2026-09-29' }); //=> 'counseling_privilege:AZ>MN'
 * ```
 */
export function describeAuthorization(a: CompactAuthorization): string {
  switch (a.kind) {
    case 'psypact_apit':
    case 'psypact_tap':
    case 'social_work_multistate':
      return `${a.kind}:${a.homeState}`;
    case 'counseling_privilege':
      return `${a.kind}:${a.homeState}>${a.remoteState}`;
    case 'telehealth_registration':
      return `${a.kind}:${a.state}`;
    /* v8 ignore next -- unreachable: the union is exhausted above */
    default: {
      const exhausted: never = a;
      return exhausted;
    }
  }
}
