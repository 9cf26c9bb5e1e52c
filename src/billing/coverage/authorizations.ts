import * as z from 'zod';
import {
  ClientId,
  ClinicianId,
  type Decision,
  getDaysBetween,
  hasErrors,
  isNonEmpty,
  LocalDate,
  PayerId,
  type Reason,
  reason,
  validate,
} from '../../core/index.js';
import {
  compareText,
  idSchema,
  isObjectPayload,
  sortReasons,
  toEpochDay,
  validateArguments,
} from '../../core/internal.js';
import { ServiceLine } from '../coding/service-code-selection.js';
import { ServiceCode } from '../coding/service-codes.js';
import type { BillingReasonCode } from '../reason-codes.js';
import { PayerProfile } from './payer-profile.js';

/**
 * The number a payer gives a prior authorization (letters, digits, `.`, `_`, `:` or `-`).
 *
 * @example
 * ```ts
 * AuthorizationNumber.parse('AUTH-2026-0042');
 * ```
 */
export const AuthorizationNumber = idSchema('AuthorizationNumber');
export type AuthorizationNumber = z.infer<typeof AuthorizationNumber>;

/**
 * A prior authorization: which client, payer, codes (and optionally rendering clinician), how many
 * sessions or units, over which dates (both inclusive), and how many are used.
 *
 * `usedCount` may exceed `authorizedCount` (sessions were held beyond it); what remains is then 0.
 *
 * @throws via {@link validate}: `billing.authorization.end_before_start`, `billing.authorization.duplicate_codes`.
 * @example
 * ```ts
 * Authorization.parse({ authorizationNumber: 'A-1', payerId: 'aetna', clientId: 'cl-1', clinicianId: null,
 *   codes: ['90837'], unit: 'sessions', authorizedCount: 12, usedCount: 0,
 *   startsOn: '2026-01-05', endsOn: '2026-06-30' });
 * ```
 */
export const Authorization = z
  .strictObject({
    authorizationNumber: AuthorizationNumber,
    payerId: PayerId,
    clientId: ClientId,
    /** The rendering clinician the payer authorized, or `null` for any clinician of the practice. */
    clinicianId: ClinicianId.nullable(),
    codes: z
      .array(ServiceCode)
      .min(1)
      .refine((codes) => new Set(codes).size === codes.length, {
        message: 'must not list a code twice',
        params: { code: 'billing.authorization.duplicate_codes' satisfies BillingReasonCode },
      }),
    unit: z.enum(['sessions', 'units']),
    authorizedCount: z.number().int().positive().max(10_000),
    usedCount: z.number().int().nonnegative().max(100_000),
    startsOn: LocalDate,
    endsOn: LocalDate,
  })
  .superRefine(
    (a, ctx) => {
      if (
        typeof a.startsOn === 'string' &&
        typeof a.endsOn === 'string' &&
        toEpochDay(a.endsOn) < toEpochDay(a.startsOn)
      ) {
        ctx.addIssue({
          code: 'custom',
          message: 'must end after it starts',
          path: ['endsOn'],
          params: { code: 'billing.authorization.end_before_start' satisfies BillingReasonCode },
        });
      }
    },
    { when: isObjectPayload },
  );
export type Authorization = z.infer<typeof Authorization>;

/**
 * A session to check against authorizations: whose, with which payer and clinician, on which date, with
 * which codes and units.
 *
 * @example
 * ```ts
 * AuthorizableSession.parse({ clientId: 'cl-1', payerId: 'aetna', clinicianId: 'dr-lee',
 *   serviceDate: '2026-03-02', lines: [{ code: '90837', units: 1 }] });
 * ```
 */
export const AuthorizableSession = z.strictObject({
  clientId: ClientId,
  payerId: PayerId,
  clinicianId: ClinicianId,
  serviceDate: LocalDate,
  lines: z.array(ServiceLine).min(1),
});
export type AuthorizableSession = z.infer<typeof AuthorizableSession>;

/**
 * When to alert on an authorization: when at most `fewRemainingAtMost` sessions or units remain (default
 * 2), or when it ends within `endingWithinDays` days (default 14).
 *
 * @remarks Practice defaults, not from a source: two weeks and two sessions leave time to request an
 * extension before weekly sessions run out (payers answer a 278 request in days to weeks).
 * @example
 * ```ts
 * validate(AuthorizationAlertPolicy, {}, 'authorization alert policy'); //=> { fewRemainingAtMost: 2, endingWithinDays: 14 }
 * ```
 */
export const AuthorizationAlertPolicy = z.strictObject({
  fewRemainingAtMost: z.number().int().nonnegative().max(1_000).default(2),
  endingWithinDays: z.number().int().nonnegative().max(366).default(14),
});
export type AuthorizationAlertPolicy = z.input<typeof AuthorizationAlertPolicy>;

/**
 * The default {@link AuthorizationAlertPolicy}: alert at 2 remaining or 14 days before the end.
 * @example
 * ```ts
 * DEFAULT_AUTHORIZATION_ALERT_POLICY.endingWithinDays; //=> 14
 * ```
 */
export const DEFAULT_AUTHORIZATION_ALERT_POLICY: z.infer<typeof AuthorizationAlertPolicy> = Object.freeze({
  fewRemainingAtMost: 2,
  endingWithinDays: 14,
});

const AuthorizationCounts = z.looseObject({
  authorizedCount: z.number().int().min(0),
  usedCount: z.number().int().min(0),
});

/**
 * How many authorized sessions or units remain: never negative, never above the authorized count.
 *
 * @throws {@link ValidationError} when the counts are not non-negative integers.
 * @example
 * ```ts
 * getAuthorizationRemaining({ authorizedCount: 12, usedCount: 9 }); //=> 3
 * getAuthorizationRemaining({ authorizedCount: 12, usedCount: 13 }); //=> 0 (one session over, never negative)
 * ```
 */
export function getAuthorizationRemaining(
  authorization: Pick<Authorization, 'authorizedCount' | 'usedCount'>,
): number {
  const { authorizedCount, usedCount } = (
    typeof authorization === 'object' && authorization !== null ? authorization : {}
  ) as Partial<Authorization>;
  if (!(isCount(authorizedCount) && isCount(usedCount)))
    validate(AuthorizationCounts, authorization, 'authorization');
  const authorized = authorizedCount as number;
  return Math.max(0, Math.min(authorized, authorized - (usedCount as number)));
}

function isCount(n: unknown): boolean {
  return Number.isSafeInteger(n) && (n as number) >= 0;
}

/** Sessions or units the session takes from the authorization: 1 per session, or the units of its codes. */
function countNeeded(authorization: Authorization, session: AuthorizableSession): number {
  if (authorization.unit === 'sessions') return 1;
  let units = 0;
  for (const line of session.lines) if (authorization.codes.includes(line.code)) units += line.units;
  return units;
}

/**
 * Whether an authorization covers a session, with the numbers it used.
 * @example
 * ```ts
 * // { outcome: 'covered', authorizationNumber: 'A-1', needed: 1, remainingBefore: 12, remainingAfter: 11, reasons: [] }
 * ```
 */
export type AuthorizationCoverageDecision = Decision<
  'covered',
  'not_covered',
  BillingReasonCode,
  {
    readonly authorizationNumber: AuthorizationNumber;
    readonly needed: number;
    readonly remainingBefore: number;
    readonly remainingAfter: number;
  }
>;

function coverageReasons(
  a: Authorization,
  s: AuthorizableSession,
  needed: number,
  remaining: number,
  policy: z.infer<typeof AuthorizationAlertPolicy>,
): Reason<BillingReasonCode>[] {
  const reasons: Reason<BillingReasonCode>[] = [];
  const id = { authorizationNumber: a.authorizationNumber };
  if (a.clientId !== s.clientId) {
    reasons.push(
      reason(
        'billing.authorization.client_mismatch',
        'error',
        'The authorization is for another client.',
        id,
      ),
    );
  }
  if (a.payerId !== s.payerId) {
    reasons.push(
      reason('billing.authorization.payer_mismatch', 'error', 'The authorization is from another payer.', {
        ...id,
        authorizationPayerId: a.payerId,
        sessionPayerId: s.payerId,
      }),
    );
  }
  if (a.clinicianId !== null && a.clinicianId !== s.clinicianId) {
    // CARC 296 territory: valid authorization, wrong rendering provider [sources: x12-carc].
    reasons.push(
      reason(
        'billing.authorization.clinician_mismatch',
        'error',
        'The authorization names another clinician.',
        {
          ...id,
          authorizedClinicianId: a.clinicianId,
          sessionClinicianId: s.clinicianId,
        },
      ),
    );
  }
  const missing = [...new Set(s.lines.map((l) => l.code).filter((c) => !a.codes.includes(c)))].sort(
    compareText,
  );
  if (missing.length > 0) {
    // CARC 284: authorization valid but not for this service [sources: x12-carc].
    reasons.push(
      reason('billing.authorization.code_not_authorized', 'error', `Not authorized: ${missing.join(', ')}.`, {
        ...id,
        codes: missing,
      }),
    );
  }
  const day = toEpochDay(s.serviceDate);
  if (day < toEpochDay(a.startsOn)) {
    reasons.push(
      reason(
        'billing.authorization.before_start',
        'error',
        'The session is before the authorization starts.',
        {
          ...id,
          serviceDate: s.serviceDate,
          startsOn: a.startsOn,
        },
      ),
    );
  }
  if (day > toEpochDay(a.endsOn)) {
    reasons.push(
      reason('billing.authorization.after_end', 'error', 'The session is after the authorization ends.', {
        ...id,
        serviceDate: s.serviceDate,
        endsOn: a.endsOn,
      }),
    );
  }
  if (remaining === 0) {
    // CARC 198: authorization exceeded [sources: x12-carc].
    reasons.push(
      reason('billing.authorization.exhausted', 'error', `No authorized ${a.unit} remain.`, {
        ...id,
        authorizedCount: a.authorizedCount,
        usedCount: a.usedCount,
      }),
    );
  } else if (needed > remaining) {
    reasons.push(
      reason(
        'billing.authorization.insufficient_units',
        'error',
        `The session needs more ${a.unit} than remain.`,
        {
          ...id,
          needed,
          remaining,
        },
      ),
    );
  } else if (remaining - needed <= policy.fewRemainingAtMost) {
    reasons.push(
      reason(
        'billing.authorization.few_remaining',
        'warning',
        `${remaining - needed} authorized ${a.unit} will remain after this session.`,
        { ...id, remainingAfter: remaining - needed, fewRemainingAtMost: policy.fewRemainingAtMost },
      ),
    );
  }
  return reasons;
}

function coverageOf(
  a: Authorization,
  s: AuthorizableSession,
  policy: z.infer<typeof AuthorizationAlertPolicy>,
): AuthorizationCoverageDecision {
  const needed = countNeeded(a, s);
  const remaining = getAuthorizationRemaining(a);
  const reasons = coverageReasons(a, s, needed, remaining, policy);
  const sorted = sortReasons(reasons);
  const data = { authorizationNumber: a.authorizationNumber, needed, remainingBefore: remaining };
  if (hasErrors(sorted) && isNonEmpty(sorted)) {
    return { ...data, remainingAfter: remaining, outcome: 'not_covered', reasons: sorted };
  }
  return { ...data, remainingAfter: remaining - needed, outcome: 'covered', reasons: sorted };
}

/**
 * Whether an authorization covers a planned or held session: same client, payer and (if named) clinician,
 * every code authorized, the date within the authorization, and enough sessions or units left. A session
 * that leaves few remaining is covered with a `few_remaining` warning.
 *
 * @param authorization - the authorization ({@link Authorization})
 * @param session - the session ({@link AuthorizableSession})
 * @param policy - when to warn about few remaining (a field left out takes its {@link AuthorizationAlertPolicy} default)
 * @returns an {@link AuthorizationCoverageDecision} with the numbers before and after the session
 * @throws {@link ValidationError} listing every argument's problems at once, each path under its
 * parameter's name (`$.authorization.endsOn`, `$.session.lines[0].code`, `$.policy…`)
 * @remarks Denial reasons mirror CARCs 197/198/284/296 [sources: x12-carc].
 * @example
 * ```ts
 * // Twelve sessions authorized from 2026-01-05 to 2026-06-30, nine used.
 * const auth: Parameters<typeof evaluateAuthorizationAlerts>[0] = { authorizationNumber: 'AUTH-2026-0042',
 *   payerId: 'aetna', clientId: 'cl-1', clinicianId: null, codes: ['90837', '90834'], unit: 'sessions',
 *   authorizedCount: 12, usedCount: 9, startsOn: '2026-01-05', endsOn: '2026-06-30' };
 * const session: Parameters<typeof evaluateSessionAuthorization>[0] = { clientId: 'cl-1', payerId: 'aetna',
 *   clinicianId: 'dr-lee', serviceDate: '2026-03-02', lines: [{ code: '90837', units: 1 }] };
 * evaluateAuthorizationCoverage(auth, session);
 * //=> { outcome: 'covered', needed: 1, remainingBefore: 3, remainingAfter: 2,
 * //     reasons: [{ code: 'billing.authorization.few_remaining', … }], … }
 * ```
 */
export function evaluateAuthorizationCoverage(
  authorization: z.input<typeof Authorization>,
  session: z.input<typeof AuthorizableSession>,
  policy: AuthorizationAlertPolicy = {},
): AuthorizationCoverageDecision {
  // Every argument's problems at once, each under its parameter's name (`$.session.lines`).
  const [a, s, p] = validateArguments([
    ['authorization', Authorization, authorization, 'authorization'],
    ['session', AuthorizableSession, session, 'authorizable session'],
    ['policy', AuthorizationAlertPolicy, policy, 'authorization alert policy'],
  ]);
  return coverageOf(a, s, p);
}

/**
 * The result of {@link consumeAuthorization}: the authorization after the session, or why it was refused.
 * @example
 * ```ts
 * // { outcome: 'consumed', authorization: { …, usedCount: 4 }, consumed: 1, reasons: [] }
 * ```
 */
export type AuthorizationConsumptionDecision = Decision<
  'consumed',
  'refused',
  BillingReasonCode,
  { readonly authorization: Authorization; readonly consumed: number }
>;

/**
 * Takes a held session off an authorization. Pure: returns the updated authorization (its `usedCount`
 * raised by the sessions or units the session needs) or, when it does not cover the session, the
 * authorization unchanged with the reasons.
 *
 * @throws {@link ValidationError} listing every argument's problems at once, each path under its
 * parameter's name (`$.authorization.endsOn`, `$.session.lines[0].code`, `$.policy…`)
 * @example
 * ```ts
 * // Twelve sessions authorized from 2026-01-05 to 2026-06-30, nine used.
 * const auth: Parameters<typeof evaluateAuthorizationAlerts>[0] = { authorizationNumber: 'AUTH-2026-0042',
 *   payerId: 'aetna', clientId: 'cl-1', clinicianId: null, codes: ['90837', '90834'], unit: 'sessions',
 *   authorizedCount: 12, usedCount: 9, startsOn: '2026-01-05', endsOn: '2026-06-30' };
 * const session: Parameters<typeof evaluateSessionAuthorization>[0] = { clientId: 'cl-1', payerId: 'aetna',
 *   clinicianId: 'dr-lee', serviceDate: '2026-03-02', lines: [{ code: '90837', units: 1 }] };
 * consumeAuthorization(auth, session);
 * //=> { outcome: 'consumed', consumed: 1, authorization: { usedCount: 10, … }, … }
 * ```
 */
export function consumeAuthorization(
  authorization: z.input<typeof Authorization>,
  session: z.input<typeof AuthorizableSession>,
  policy: AuthorizationAlertPolicy = {},
): AuthorizationConsumptionDecision {
  // Every argument's problems at once, each under its parameter's name (`$.session.lines`).
  const [a, s, p] = validateArguments([
    ['authorization', Authorization, authorization, 'authorization'],
    ['session', AuthorizableSession, session, 'authorizable session'],
    ['policy', AuthorizationAlertPolicy, policy, 'authorization alert policy'],
  ]);
  const coverage = coverageOf(a, s, p);
  if (coverage.outcome === 'not_covered') {
    return { outcome: 'refused', authorization: a, consumed: 0, reasons: coverage.reasons };
  }
  return {
    outcome: 'consumed',
    authorization: { ...a, usedCount: a.usedCount + coverage.needed },
    consumed: coverage.needed,
    reasons: coverage.reasons,
  };
}

/**
 * Alerts on one authorization as of a day, for the work queue.
 * @example
 * ```ts
 * // { outcome: 'attention', authorizationNumber: 'A-1', clientId: 'cl-1', payerId: 'aetna', remaining: 2,
 * //   endsOn: '2026-03-10', reasons: [{ code: 'billing.authorization.ending_soon', … }, …] }
 * ```
 */
export type AuthorizationAlertDecision = Decision<
  'ok',
  'attention',
  BillingReasonCode,
  {
    readonly authorizationNumber: AuthorizationNumber;
    readonly clientId: ClientId;
    readonly payerId: PayerId;
    readonly remaining: number;
    readonly endsOn: LocalDate;
  }
>;

function alertOf(
  a: Authorization,
  p: z.infer<typeof AuthorizationAlertPolicy>,
  asOf: LocalDate,
): AuthorizationAlertDecision {
  const remaining = getAuthorizationRemaining(a);
  const daysLeft = getDaysBetween(asOf, a.endsOn);
  const id = { authorizationNumber: a.authorizationNumber };
  const reasons: Reason<BillingReasonCode>[] = [];
  if (daysLeft < 0) {
    reasons.push(
      reason('billing.authorization.expired', 'warning', 'The authorization has ended.', {
        ...id,
        endsOn: a.endsOn,
      }),
    );
  } else {
    if (remaining === 0) {
      reasons.push(
        reason('billing.authorization.exhausted', 'warning', `No authorized ${a.unit} remain.`, {
          ...id,
          authorizedCount: a.authorizedCount,
          usedCount: a.usedCount,
        }),
      );
    } else if (remaining <= p.fewRemainingAtMost) {
      reasons.push(
        reason(
          'billing.authorization.few_remaining',
          'warning',
          `${remaining} authorized ${a.unit} remain.`,
          {
            ...id,
            remaining,
            fewRemainingAtMost: p.fewRemainingAtMost,
          },
        ),
      );
    }
    if (daysLeft <= p.endingWithinDays) {
      reasons.push(
        reason(
          'billing.authorization.ending_soon',
          'warning',
          `The authorization ends in ${daysLeft} days.`,
          {
            ...id,
            endsOn: a.endsOn,
            daysLeft,
            endingWithinDays: p.endingWithinDays,
          },
        ),
      );
    }
  }
  const data = { ...id, clientId: a.clientId, payerId: a.payerId, remaining, endsOn: a.endsOn };
  const sorted = sortReasons(reasons);
  return isNonEmpty(sorted)
    ? { ...data, outcome: 'attention', reasons: sorted }
    : { ...data, outcome: 'ok', reasons: [] };
}

/**
 * Options of {@link evaluateAuthorizationAlerts} and {@link listAuthorizationAlerts}: `asOf` and an
 * optional {@link AuthorizationAlertPolicy}.
 *
 * @example
 * ```ts
 * EvaluateAuthorizationAlertsOptions.parse({ asOf: '2026-03-02' });
 * //=> { asOf: '2026-03-02', fewRemainingAtMost: 2, endingWithinDays: 14 }
 * ```
 */
export const EvaluateAuthorizationAlertsOptions = AuthorizationAlertPolicy.extend({ asOf: LocalDate });
export type EvaluateAuthorizationAlertsOptions = z.input<typeof EvaluateAuthorizationAlertsOptions>;
/**
 * The options of {@link listAuthorizationAlerts}: the same as {@link EvaluateAuthorizationAlertsOptions}.
 * @example
 * ```ts
 * const options: ListAuthorizationAlertsOptions = { asOf: '2026-03-02', endingWithinDays: 30 };
 * ```
 */
export type ListAuthorizationAlertsOptions = EvaluateAuthorizationAlertsOptions;

/**
 * Checks one authorization as of a day: `attention` when few sessions or units remain, none remain, it
 * ends within the policy's days, or it has ended; otherwise `ok`.
 *
 * @param authorization - the authorization
 * @param options - `asOf` and the alert policy fields (defaults as in {@link AuthorizationAlertPolicy})
 * @throws {@link ValidationError} listing every argument's problems at once, each path under its
 * parameter's name (`$.authorization.endsOn`, `$.session.lines[0].code`, `$.policy…`)
 * @example
 * ```ts
 * // Twelve sessions authorized from 2026-01-05 to 2026-06-30, nine used.
 * const auth: Parameters<typeof evaluateAuthorizationAlerts>[0] = { authorizationNumber: 'AUTH-2026-0042',
 *   payerId: 'aetna', clientId: 'cl-1', clinicianId: null, codes: ['90837', '90834'], unit: 'sessions',
 *   authorizedCount: 12, usedCount: 9, startsOn: '2026-01-05', endsOn: '2026-06-30' };
 * evaluateAuthorizationAlerts(auth, { asOf: '2026-03-02' }); //=> { outcome: 'ok', reasons: [], … }
 * // The same authorization ending 2026-03-10, eight days on: within the default 14.
 * evaluateAuthorizationAlerts({ ...auth, endsOn: '2026-03-10' }, { asOf: '2026-03-02' });
 * //=> { outcome: 'attention', reasons: [{ code: 'billing.authorization.ending_soon', … }], … }
 * ```
 */
export function evaluateAuthorizationAlerts(
  authorization: z.input<typeof Authorization>,
  options: EvaluateAuthorizationAlertsOptions,
): AuthorizationAlertDecision {
  // Every argument's problems at once, each under its parameter's name (`$.options.asOf`).
  const [a, o] = validateArguments([
    ['authorization', Authorization, authorization, 'authorization'],
    ['options', EvaluateAuthorizationAlertsOptions, options, 'authorization alert options'],
  ]);
  return alertOf(a, o, o.asOf);
}

/**
 * The work-queue view of authorizations: every one that needs attention as of `asOf`, soonest end first,
 * then by authorization number. Authorizations that ended more than `endingWithinDays` ago are left out
 * (they are history, not work).
 *
 * @throws {@link ValidationError} listing the authorizations' and the options' problems at once, each path
 * under its parameter's name (`$.authorizations[1].endsOn`, `$.options.asOf`)
 * @example
 * ```ts
 * // Twelve sessions authorized from 2026-01-05 to 2026-06-30, nine used.
 * const auth: Parameters<typeof evaluateAuthorizationAlerts>[0] = { authorizationNumber: 'AUTH-2026-0042',
 *   payerId: 'aetna', clientId: 'cl-1', clinicianId: null, codes: ['90837', '90834'], unit: 'sessions',
 *   authorizedCount: 12, usedCount: 9, startsOn: '2026-01-05', endsOn: '2026-06-30' };
 * const fewLeft = { ...auth, authorizationNumber: 'A-1', usedCount: 11 };
 * const endingSoon = { ...auth, authorizationNumber: 'A-2', endsOn: '2026-03-10' };
 * const fine = { ...auth, authorizationNumber: 'A-3' };
 * listAuthorizationAlerts([fewLeft, endingSoon, fine], { asOf: '2026-03-02' }).map((a) => a.authorizationNumber);
 * //=> ['A-2', 'A-1'] (the one ending soonest first; A-3 needs nothing)
 * ```
 */
export function listAuthorizationAlerts(
  authorizations: readonly z.input<typeof Authorization>[],
  options: ListAuthorizationAlertsOptions,
): AuthorizationAlertDecision[] {
  // Every argument's problems at once, each under its parameter's name (`$.authorizations[1].endsOn`).
  const [as, o] = validateArguments([
    ['authorizations', z.array(Authorization), authorizations, 'authorizations'],
    ['options', EvaluateAuthorizationAlertsOptions, options, 'authorization alert options'],
  ]);
  return as
    .filter((a) => getDaysBetween(a.endsOn, o.asOf) <= o.endingWithinDays)
    .map((a) => alertOf(a, o, o.asOf))
    .filter((a) => a.outcome === 'attention')
    .sort(
      (x, y) => compareText(x.endsOn, y.endsOn) || compareText(x.authorizationNumber, y.authorizationNumber),
    );
}

/**
 * Whether a session's authorization needs are met, for booking validation: `not_required` when the payer
 * needs no authorization for any of its codes, `covered` (naming the authorization used), or
 * `not_covered` with the reasons of the closest candidate and `billing.authorization.missing`.
 * @example
 * ```ts
 * // { outcome: 'covered', authorizationNumber: 'A-1', codesNeedingAuthorization: ['90840'], reasons: [] }
 * ```
 */
export type SessionAuthorizationDecision = Decision<
  'not_required' | 'covered',
  'not_covered',
  BillingReasonCode,
  {
    readonly authorizationNumber: AuthorizationNumber | null;
    readonly codesNeedingAuthorization: readonly ServiceCode[];
  }
>;

/**
 * Checks a planned session against the payer's prior-authorization rules and the client's authorizations.
 * Among the authorizations that cover it, the one ending soonest is used (then the lowest number), so
 * authorizations are spent before they lapse.
 *
 * @param session - the planned session
 * @param authorizations - the client's authorizations (any payer; others are ignored)
 * @param profile - the payer's profile (which codes need authorization)
 * @param policy - when to warn about few remaining
 * @throws {@link ValidationError} listing every argument's problems at once, each path under its
 * parameter's name (`$.authorization.endsOn`, `$.session.lines[0].code`, `$.policy…`)
 * @remarks A missing authorization is denied as CARC 197 [sources: x12-carc].
 * @example
 * ```ts
 * const session: Parameters<typeof evaluateSessionAuthorization>[0] = { clientId: 'cl-1', payerId: 'aetna',
 *   clinicianId: 'dr-lee', serviceDate: '2026-03-02', lines: [{ code: '90837', units: 1 }] };
 * evaluateSessionAuthorization(session, [], COMMERCIAL_PAYER_PROFILE_EXAMPLE);
 * //=> { outcome: 'not_required', authorizationNumber: null, codesNeedingAuthorization: [], … }
 * ```
 */
export function evaluateSessionAuthorization(
  session: z.input<typeof AuthorizableSession>,
  authorizations: readonly z.input<typeof Authorization>[],
  profile: z.input<typeof PayerProfile>,
  policy: AuthorizationAlertPolicy = {},
): SessionAuthorizationDecision {
  // Every argument's problems at once, each under its parameter's name (`$.profile.kind`).
  const [s, as, payer, p] = validateArguments([
    ['session', AuthorizableSession, session, 'authorizable session'],
    ['authorizations', z.array(Authorization), authorizations, 'authorizations'],
    ['profile', PayerProfile, profile, 'payer profile'],
    ['policy', AuthorizationAlertPolicy, policy, 'authorization alert policy'],
  ]);
  const needing = [...new Set(s.lines.map((l) => l.code))]
    .filter((c) => payer.priorAuthorizationCodes.includes(c))
    .sort(compareText);
  if (needing.length === 0) {
    return {
      outcome: 'not_required',
      authorizationNumber: null,
      codesNeedingAuthorization: [],
      reasons: [
        reason(
          'billing.authorization.not_required',
          'info',
          'No code of the session needs prior authorization.',
          {
            payerId: payer.payerId,
          },
        ),
      ],
    };
  }
  const candidates = as
    .filter((a) => a.clientId === s.clientId && a.payerId === s.payerId)
    .sort(
      (x, y) => compareText(x.endsOn, y.endsOn) || compareText(x.authorizationNumber, y.authorizationNumber),
    );
  // Only the lines that need authorization must be on it (a 90839 beside an authorized +90840 is fine).
  const authorizable: AuthorizableSession = { ...s, lines: s.lines.filter((l) => needing.includes(l.code)) };
  const results = candidates.map((a) => coverageOf(a, authorizable, p));
  const covered = results.find((r) => r.outcome === 'covered');
  if (covered !== undefined) {
    return {
      outcome: 'covered',
      authorizationNumber: covered.authorizationNumber,
      codesNeedingAuthorization: needing,
      reasons: covered.reasons,
    };
  }
  // The closest candidate is the one with the fewest errors; its reasons say what to fix.
  let closest: AuthorizationCoverageDecision | undefined;
  for (const r of results)
    if (closest === undefined || r.reasons.length < closest.reasons.length) closest = r;
  return {
    outcome: 'not_covered',
    authorizationNumber: closest?.authorizationNumber ?? null,
    codesNeedingAuthorization: needing,
    reasons: [
      reason(
        'billing.authorization.missing',
        'error',
        'The payer requires prior authorization and no authorization on file covers the session.',
        { payerId: payer.payerId, codes: needing, authorizationsChecked: candidates.length },
      ),
      ...(closest?.reasons ?? []),
    ],
  };
}
