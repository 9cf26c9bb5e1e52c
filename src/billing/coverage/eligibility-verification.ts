import * as z from 'zod';
import {
  addDays,
  addMonths,
  ClientId,
  type Decision,
  getDaysBetween,
  isNonEmpty,
  LocalDate,
  PayerId,
  type Reason,
  reason,
} from '../../core/index.js';
import { compareText, isObjectPayload, toEpochDay, validateArguments } from '../../core/internal.js';
import type { BillingReasonCode } from '../reason-codes.js';
import { EligibilityReverificationCadence } from './payer-profile.js';

/**
 * What the practice knows about a client's last eligibility verification with one payer.
 * - `lastVerifiedOn: null`: never verified.
 * - `planYearStartsOn`: the first day of any plan year (it recurs every 12 months); `null` if unknown.
 * - `planEndsOn`: the last day of the verified coverage, if the payer gave one.
 * - `coverageChangedOn`: the day the client reported or the payer signalled a coverage change, if any.
 *
 * @example
 * ```ts
 * EligibilityVerificationRecord.parse({ clientId: 'cl-1', payerId: 'aetna', lastVerifiedOn: '2026-01-05',
 *   planYearStartsOn: '2026-01-01', planEndsOn: null, coverageChangedOn: null });
 * ```
 */
export const EligibilityVerificationRecord = z.strictObject({
  clientId: ClientId,
  payerId: PayerId,
  lastVerifiedOn: LocalDate.nullable(),
  planYearStartsOn: LocalDate.nullable(),
  planEndsOn: LocalDate.nullable(),
  coverageChangedOn: LocalDate.nullable(),
});
export type EligibilityVerificationRecord = z.infer<typeof EligibilityVerificationRecord>;

/**
 * When to judge freshness: `asOf` (today, explicit) and the date of the session it must hold for
 * (`serviceDate`, defaults to `asOf`; it may not be before `asOf`).
 *
 * @throws `ValidationError` (from `evaluateEligibilityFreshness`): `billing.eligibility.service_date_before_as_of`.
 * @example
 * ```ts
 * EvaluateEligibilityFreshnessOptions.parse({ asOf: '2026-03-02', serviceDate: '2026-03-09' });
 * ```
 */
export const EvaluateEligibilityFreshnessOptions = z
  .strictObject({ asOf: LocalDate, serviceDate: LocalDate.optional() })
  .superRefine(
    (o, ctx) => {
      if (
        typeof o.serviceDate === 'string' &&
        typeof o.asOf === 'string' &&
        toEpochDay(o.serviceDate) < toEpochDay(o.asOf)
      ) {
        ctx.addIssue({
          code: 'custom',
          message: 'must not be before asOf',
          path: ['serviceDate'],
          params: { code: 'billing.eligibility.service_date_before_as_of' satisfies BillingReasonCode },
        });
      }
    },
    { when: isObjectPayload },
  );
export type EvaluateEligibilityFreshnessOptions = z.input<typeof EvaluateEligibilityFreshnessOptions>;

/**
 * Whether a client's eligibility verification still holds for a session: `fresh`, `reverify` (with the
 * reasons), or `undecided` when the record contradicts `asOf`. `reverifyBy` is the last day the current
 * verification holds (`null` when it never did).
 * @example
 * ```ts
 * // { outcome: 'fresh', clientId: 'cl-1', payerId: 'aetna', serviceDate: '2026-03-02', reverifyBy: '2026-03-18', reasons: [] }
 * ```
 */
export type EligibilityFreshnessDecision = Decision<
  'fresh',
  'reverify' | 'undecided',
  BillingReasonCode,
  {
    readonly clientId: ClientId;
    readonly payerId: PayerId;
    readonly serviceDate: LocalDate;
    readonly reverifyBy: LocalDate | null;
  }
>;

/** The first day of the plan year containing `date`, for plan years starting on `anchor` each 12 months. */
function planYearStart(anchor: LocalDate, date: LocalDate): LocalDate {
  let k = Number(date.slice(0, 4)) - Number(anchor.slice(0, 4));
  // The candidate lies in the date's year: one step down when it is after the date. (Steps, not a loop:
  // addMonths saturates at 9999-12-31, where a loop stepping up would never pass the date.)
  if (toEpochDay(addMonths(anchor, 12 * k)) > toEpochDay(date)) k -= 1;
  return addMonths(anchor, 12 * k);
}

function lastDayOfMonth(date: LocalDate): LocalDate {
  return addDays(addMonths(`${date.slice(0, 7)}-01`, 1), -1);
}

function earliest(dates: readonly LocalDate[]): LocalDate | null {
  let best: LocalDate | null = null;
  for (const d of dates) if (best === null || toEpochDay(d) < toEpochDay(best)) best = d;
  return best;
}

/** The last day a verification made on `verifiedOn` holds under the cadence and the record's dates. */
function holdsUntil(
  record: EligibilityVerificationRecord,
  verifiedOn: LocalDate,
  cadence: EligibilityReverificationCadence,
): LocalDate | null {
  const limits: LocalDate[] = [];
  if (cadence.maxAgeDays !== null) limits.push(addDays(verifiedOn, cadence.maxAgeDays));
  if (cadence.everyCalendarMonth) limits.push(lastDayOfMonth(verifiedOn));
  if (cadence.atNewPlanYear && record.planYearStartsOn !== null) {
    limits.push(addDays(addMonths(planYearStart(record.planYearStartsOn, verifiedOn), 12), -1));
  } else if (cadence.atNewPlanYear) {
    // The plan year's start is unknown: the verification is known to hold only to December 31.
    limits.push(`${verifiedOn.slice(0, 4)}-12-31`);
  }
  if (record.planEndsOn !== null) limits.push(record.planEndsOn);
  if (record.coverageChangedOn !== null && toEpochDay(record.coverageChangedOn) > toEpochDay(verifiedOn)) {
    limits.push(addDays(record.coverageChangedOn, -1));
  }
  return earliest(limits);
}

function staleReasons(
  record: EligibilityVerificationRecord,
  verifiedOn: LocalDate,
  cadence: EligibilityReverificationCadence,
  serviceDate: LocalDate,
): Reason<BillingReasonCode>[] {
  const day = toEpochDay(serviceDate);
  const verified = toEpochDay(verifiedOn);
  const reasons: Reason<BillingReasonCode>[] = [];
  const facts = { lastVerifiedOn: verifiedOn, serviceDate };
  const changed = record.coverageChangedOn;
  if (changed !== null && toEpochDay(changed) > verified && toEpochDay(changed) <= day) {
    reasons.push(
      reason(
        'billing.eligibility.coverage_changed',
        'warning',
        'Coverage changed after the last verification.',
        {
          ...facts,
          coverageChangedOn: changed,
        },
      ),
    );
  }
  if (record.planEndsOn !== null && day > toEpochDay(record.planEndsOn)) {
    reasons.push(
      reason('billing.eligibility.plan_period_ended', 'warning', 'The verified plan period has ended.', {
        ...facts,
        planEndsOn: record.planEndsOn,
      }),
    );
  }
  const anchor = record.planYearStartsOn;
  if (cadence.atNewPlanYear && anchor !== null) {
    const before = planYearStart(anchor, verifiedOn);
    const now = planYearStart(anchor, serviceDate);
    if (toEpochDay(now) > toEpochDay(before)) {
      reasons.push(
        reason(
          'billing.eligibility.new_plan_year',
          'warning',
          'A new plan year started since the last verification.',
          {
            ...facts,
            planYearStartsOn: now,
          },
        ),
      );
    }
  }
  if (cadence.everyCalendarMonth && serviceDate.slice(0, 7) > verifiedOn.slice(0, 7)) {
    reasons.push(
      reason(
        'billing.eligibility.new_month',
        'warning',
        'The payer wants eligibility verified every month.',
        facts,
      ),
    );
  }
  if (cadence.maxAgeDays !== null && getDaysBetween(verifiedOn, serviceDate) > cadence.maxAgeDays) {
    reasons.push(
      reason('billing.eligibility.verification_stale', 'warning', 'The last verification is too old.', {
        ...facts,
        ageDays: getDaysBetween(verifiedOn, serviceDate),
        maxAgeDays: cadence.maxAgeDays,
      }),
    );
  }
  return reasons;
}

/**
 * The payer wants a new verification at each plan year, the plan year's start is not known, and the
 * session is in a later calendar year than the verification: a new plan year may have started between
 * them (most plan years start on January 1), so freshness cannot be told without the start (internal).
 */
function planYearUnknown(
  record: EligibilityVerificationRecord,
  verifiedOn: LocalDate,
  cadence: EligibilityReverificationCadence,
  serviceDate: LocalDate,
): Reason<BillingReasonCode> | undefined {
  if (!cadence.atNewPlanYear || record.planYearStartsOn !== null) return undefined;
  if (serviceDate.slice(0, 4) <= verifiedOn.slice(0, 4)) return undefined;
  return reason(
    'billing.eligibility.plan_year_start_unknown',
    'warning',
    'The payer wants eligibility verified at each new plan year, the plan year’s first day is not known, and the session is in a later calendar year than the last verification: verify again, or record when the plan year starts.',
    { lastVerifiedOn: verifiedOn, serviceDate },
  );
}

/** {@link evaluateEligibilityFreshness} on validated input. */
function eligibilityFreshnessOf(
  record: EligibilityVerificationRecord,
  cadence: EligibilityReverificationCadence,
  asOf: LocalDate,
  serviceDate: LocalDate,
): EligibilityFreshnessDecision {
  const ids = { clientId: record.clientId, payerId: record.payerId, serviceDate };
  const verifiedOn = record.lastVerifiedOn;
  if (verifiedOn === null) {
    // Verify before the first session (a practice convention).
    return {
      ...ids,
      outcome: 'reverify',
      reverifyBy: null,
      reasons: [
        reason('billing.eligibility.never_verified', 'error', 'Eligibility has never been verified.', {
          serviceDate,
        }),
      ],
    };
  }
  const reverifyBy = holdsUntil(record, verifiedOn, cadence);
  if (toEpochDay(verifiedOn) > toEpochDay(asOf)) {
    return {
      ...ids,
      outcome: 'undecided',
      reverifyBy,
      reasons: [
        reason(
          'billing.eligibility.verified_after_as_of',
          'error',
          'The verification is dated after the day of the check; freshness cannot be judged.',
          { lastVerifiedOn: verifiedOn, asOf },
        ),
      ],
    };
  }
  const reasons = staleReasons(record, verifiedOn, cadence, serviceDate);
  const unknownYear = planYearUnknown(record, verifiedOn, cadence, serviceDate);
  if (isNonEmpty(reasons)) {
    if (unknownYear) reasons.push(unknownYear);
    return { ...ids, outcome: 'reverify', reverifyBy, reasons };
  }
  if (unknownYear) return { ...ids, outcome: 'undecided', reverifyBy, reasons: [unknownYear] };
  return { ...ids, outcome: 'fresh', reverifyBy, reasons: [] };
}

/**
 * Tells whether a client's eligibility must be verified again before a session: before the first session,
 * after a coverage change, after the plan period ends, at a new plan year or month, or when the last
 * verification is older than the payer allows.
 *
 * @param record - what is known about the last verification ({@link EligibilityVerificationRecord})
 * @param cadence - the payer's cadence (`PayerProfile.eligibilityReverification`)
 * @param options - `asOf` and the session's `serviceDate` (defaults to `asOf`)
 * @returns an {@link EligibilityFreshnessDecision} with the client and payer ids, the reasons and `reverifyBy`
 * @throws {@link ValidationError} listing every argument's problems at once, each path under its
 * parameter's name (`$.record.verifiedOn`, `$.cadence.maxAgeDays`, `$.options.asOf`)
 * @remarks Verify before the first session (a practice convention); the cadences themselves are payer data.
 * @example
 * ```ts
 * evaluateEligibilityFreshness(
 *   { clientId: 'cl-1', payerId: 'aetna', lastVerifiedOn: '2025-12-15', planYearStartsOn: '2025-01-01',
 *     planEndsOn: null, coverageChangedOn: null },
 *   { maxAgeDays: 30, everyCalendarMonth: false, atNewPlanYear: true },
 *   { asOf: '2026-01-05' });
 * //=> { outcome: 'reverify', reverifyBy: '2025-12-31', reasons: [{ code: 'billing.eligibility.new_plan_year', … }], … }
 * ```
 */
export function evaluateEligibilityFreshness(
  record: z.input<typeof EligibilityVerificationRecord>,
  cadence: z.input<typeof EligibilityReverificationCadence>,
  options: EvaluateEligibilityFreshnessOptions,
): EligibilityFreshnessDecision {
  // Every argument's problems at once, each under its parameter's name (`$.cadence.maxAgeDays`).
  const [r, c, o] = validateArguments([
    ['record', EligibilityVerificationRecord, record, 'eligibility verification record'],
    ['cadence', EligibilityReverificationCadence, cadence, 'eligibility re-verification cadence'],
    ['options', EvaluateEligibilityFreshnessOptions, options, 'eligibility freshness options'],
  ]);
  return eligibilityFreshnessOf(r, c, o.asOf, o.serviceDate ?? o.asOf);
}

/**
 * Options of {@link listEligibilityReverifications}: `asOf`, and `horizonDays` (default 7) to also list
 * verifications that will lapse within that many days, so they can be renewed in time.
 *
 * @example
 * ```ts
 * ListEligibilityReverificationsOptions.parse({ asOf: '2026-03-02' }); //=> { asOf: '2026-03-02', horizonDays: 7 }
 * ```
 */
export const ListEligibilityReverificationsOptions = z.strictObject({
  asOf: LocalDate,
  // A week gives staff time to call the payer before the next weekly session (practice default, no source).
  horizonDays: z.number().int().min(0).max(366).default(7),
});
export type ListEligibilityReverificationsOptions = z.input<typeof ListEligibilityReverificationsOptions>;

/**
 * The work-queue view: every client–payer record whose verification has lapsed or lapses within the
 * horizon, each judged as of the day it lapses (or `asOf` if already past), ordered by `reverifyBy`
 * (never verified first), then client id, then payer id. Records of payers with no cadence given are
 * judged with a cadence that only checks the first session, plan end and coverage changes.
 *
 * @param records - verification records (validated)
 * @param cadences - each payer's cadence by payer id
 * @param options - `asOf` and `horizonDays`
 * @throws {@link ValidationError} listing every argument's problems at once, each path under its
 * parameter's name (`$.records[0].verifiedOn`, `$.cadences`, `$.options.asOf`)
 * @example
 * ```ts
 * // Aetna asks for a check at most 30 days old: cl-1 was verified 2026-01-05, cl-2 never, cl-3 on 2026-02-25.
 * const plan2026 = { planYearStartsOn: '2026-01-01', planEndsOn: '2026-12-31', coverageChangedOn: null };
 * const records = [
 *   { clientId: 'cl-1', payerId: 'aetna', lastVerifiedOn: '2026-01-05', ...plan2026 },
 *   { clientId: 'cl-2', payerId: 'aetna', lastVerifiedOn: null, planYearStartsOn: null, planEndsOn: null,
 *     coverageChangedOn: null },
 *   { clientId: 'cl-3', payerId: 'aetna', lastVerifiedOn: '2026-02-25', ...plan2026 },
 * ];
 * listEligibilityReverifications(records, { aetna: COMMERCIAL_PAYER_PROFILE_EXAMPLE.eligibilityReverification },
 *   { asOf: '2026-03-02' });
 * //=> [{ outcome: 'reverify', clientId: 'cl-2', reverifyBy: null, reasons: [{ code: 'billing.eligibility.never_verified', … }], … },
 * //    { outcome: 'reverify', clientId: 'cl-1', reverifyBy: '2026-02-04',
 * //      reasons: [{ code: 'billing.eligibility.verification_stale', … }], … }]
 * ```
 */
export function listEligibilityReverifications(
  records: readonly z.input<typeof EligibilityVerificationRecord>[],
  cadences: Readonly<Record<string, z.input<typeof EligibilityReverificationCadence>>>,
  options: ListEligibilityReverificationsOptions,
): EligibilityFreshnessDecision[] {
  // Every argument's problems at once, each under its parameter's name (`$.records[0].verifiedOn`).
  const [rs, cs, o] = validateArguments([
    ['records', z.array(EligibilityVerificationRecord), records, 'eligibility verification records'],
    ['cadences', z.record(PayerId, EligibilityReverificationCadence), cadences, 're-verification cadences'],
    ['options', ListEligibilityReverificationsOptions, options, 're-verification list options'],
  ]);
  const minimal: EligibilityReverificationCadence = {
    maxAgeDays: null,
    everyCalendarMonth: false,
    atNewPlanYear: false,
  };
  const horizonEnd = addDays(o.asOf, o.horizonDays);
  const out: EligibilityFreshnessDecision[] = [];
  for (const r of rs) {
    const cadence = cs[r.payerId] ?? minimal;
    const now = eligibilityFreshnessOf(r, cadence, o.asOf, o.asOf);
    if (now.outcome !== 'fresh') {
      out.push(now);
      continue;
    }
    // Fresh today: list it if it lapses within the horizon, judged on the first day it no longer holds.
    if (now.reverifyBy !== null && toEpochDay(now.reverifyBy) < toEpochDay(horizonEnd)) {
      out.push(eligibilityFreshnessOf(r, cadence, o.asOf, addDays(now.reverifyBy, 1)));
    }
  }
  return out.sort(
    (a, b) =>
      (a.reverifyBy === null ? -1 : 0) - (b.reverifyBy === null ? -1 : 0) ||
      compareText(a.reverifyBy ?? '', b.reverifyBy ?? '') ||
      compareText(a.clientId, b.clientId) ||
      compareText(a.payerId, b.payerId),
  );
}
