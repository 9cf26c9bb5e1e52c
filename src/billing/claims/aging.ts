import * as z from 'zod';
import {
  Cents,
  ClaimId,
  ClientId,
  type InvalidRecord,
  LocalDate,
  type NonEmptyArray,
  PayerId,
  type Reason,
  reason,
  safeValidate,
  type ValidationIssue,
  validate,
} from '../../core/index.js';
import { argumentError, checkIterable, compareText, formatPath, toEpochDay } from '../../core/internal.js';
import { FilingWindow } from '../coverage/payer-profile.js';
import type { BillingReasonCode } from '../reason-codes.js';
import { addFilingWindow } from './filing-window.js';
import {
  DEFAULT_TIMELY_FILING_RISK_POLICY,
  riskOfDaysLeft,
  TimelyFilingRiskPolicy,
} from './timely-filing.js';

/**
 * One open receivable to age: a claim's open balance with the dates it can be aged from.
 *
 * @example
 * ```ts
 * AgingItem.parse({ claimId: 'c-1', payerId: 'p-1', clientId: 'cl-1', serviceDate: '2026-03-02',
 *   balanceCents: 12_000 }).balanceCents; //=> 12000
 * ```
 */
export const AgingItem = z
  .strictObject({
    claimId: ClaimId,
    payerId: PayerId,
    clientId: ClientId,
    /** The (earliest) date of service. */
    serviceDate: LocalDate,
    /**
     * The date the claim was filed and accepted; absent while unfiled (rejections do not count). A date
     * before the date of service is impossible: the record is reported invalid
     * (`billing.aging.submitted_before_service`), as timely filing leaves such a filing undecided.
     */
    submittedOn: LocalDate.optional(),
    /** Open balance in cents (negative for a credit). */
    balanceCents: Cents,
  })
  .refine((i) => i.submittedOn === undefined || i.submittedOn >= i.serviceDate, {
    message: 'must not be before the date of service',
    path: ['submittedOn'],
    params: { code: 'billing.aging.submitted_before_service' satisfies BillingReasonCode },
  });
export type AgingItem = z.infer<typeof AgingItem>;

/**
 * Default aging bucket upper bounds in days: 0–30, 31–60, 61–90, 91–120, then over 120.
 * @example
 * ```ts
 * DEFAULT_AGING_BUCKET_BOUNDS; //=> [30, 60, 90, 120]
 * ```
 */
export const DEFAULT_AGING_BUCKET_BOUNDS: readonly number[] = Object.freeze([30, 60, 90, 120]);

/**
 * How to age receivables: from the date of service (the default) or from submission, into buckets
 * bounded by increasing day counts; optionally with each payer's initial filing window to count
 * timely-filing risk in the same pass.
 *
 * @remarks A practice convention: buckets 0–30, 31–60, 61–90, 91–120, 120+; age from the date of
 * service, because aging from posting hides problems. Some peers age from submission instead.
 * @example
 * ```ts
 * AgingPolicy.parse({}).basis; //=> 'date_of_service'
 * ```
 */
export const AgingPolicy = z.strictObject({
  basis: z.enum(['date_of_service', 'submission']).default('date_of_service'),
  bucketBounds: z
    // At most 100 years: the bucket lookup table is sized by the last bound.
    .array(z.number().int().nonnegative().max(36_500))
    .min(1)
    .max(20)
    .default([...DEFAULT_AGING_BUCKET_BOUNDS])
    .refine((b) => b.every((n, i) => i === 0 || n > (b[i - 1] as number)), {
      message: 'must be strictly increasing',
      params: { code: 'billing.aging.bounds_not_increasing' satisfies BillingReasonCode },
    }),
  /** Initial filing windows by payer id; with `defaultFilingWindow`, enables the filing-risk tally. */
  filingWindows: z.record(z.string(), FilingWindow).optional(),
  defaultFilingWindow: FilingWindow.optional(),
  filingRisk: TimelyFilingRiskPolicy.default(DEFAULT_TIMELY_FILING_RISK_POLICY),
});
export type AgingPolicy = z.input<typeof AgingPolicy>;

/**
 * The options of {@link buildAgingReport}: the practice's {@link AgingPolicy} and the date to age to.
 * @example
 * ```ts
 * const options: BuildAgingReportOptions = { asOf: '2026-03-02', basis: 'submission' };
 * ```
 */
export const BuildAgingReportOptions = AgingPolicy.extend({ asOf: LocalDate });
export type BuildAgingReportOptions = z.input<typeof BuildAgingReportOptions>;

/**
 * A count of claims and their balance.
 * @example
 * ```ts
 * const t: AgingTally = { claimCount: 2, balanceCents: 30_000 };
 * ```
 */
export interface AgingTally {
  readonly claimCount: number;
  readonly balanceCents: Cents;
}

/**
 * One aging bucket: its label, day range (`toDays` null for the last) and tally.
 * @example
 * ```ts
 * report.buckets[1]; //=> { label: '31-60', fromDays: 31, toDays: 60, claimCount: 1, balanceCents: 10000 }
 * ```
 */
export interface AgingBucket extends AgingTally {
  readonly label: string;
  readonly fromDays: number;
  readonly toDays: number | null;
}

/**
 * Balances of one payer or client, per bucket (in bucket order) and in total.
 * @example
 * ```ts
 * report.byPayer[0]; //=> { id: 'payer-a', bucketCents: [0, 10000, 0, 0, 0], balanceCents: 10000, claimCount: 1 }
 * ```
 */
export interface AgingBreakdown {
  readonly id: string;
  readonly bucketCents: readonly Cents[];
  readonly balanceCents: Cents;
  readonly claimCount: number;
}

/**
 * Timely-filing risk counted across the aged items (initial filing only).
 * @example
 * ```ts
 * report.filingRisk?.expired; //=> { claimCount: 0, balanceCents: 0 }
 * ```
 */
export interface AgingFilingRisk {
  readonly filedOnTime: AgingTally;
  readonly filedLate: AgingTally;
  readonly low: AgingTally;
  readonly medium: AgingTally;
  readonly high: AgingTally;
  readonly expired: AgingTally;
  /** Items whose payer has no filing window and no default was given. */
  readonly undecided: AgingTally;
}

/**
 * The result of {@link buildAgingReport}.
 * @example
 * ```ts
 * buildAgingReport(items, {}, '2026-03-02').total; //=> { claimCount: 1, balanceCents: 10000 }
 * ```
 */
export interface AgingReport {
  readonly asOf: LocalDate;
  readonly basis: 'date_of_service' | 'submission';
  readonly buckets: readonly AgingBucket[];
  /** Under the submission basis, items never filed: they are not aged but still counted. */
  readonly notSubmitted: AgingTally;
  readonly byPayer: readonly AgingBreakdown[];
  readonly byClient: readonly AgingBreakdown[];
  /** All valid items: the buckets plus `notSubmitted` add up to this, to the cent. */
  readonly total: AgingTally;
  /** Items dated after `asOf`; they are counted in the first bucket (and `billing.aging.future_dated` says so). */
  readonly futureDatedCount: number;
  /**
   * What the report's totals need read beside them, so nothing is counted without a word: items dated after
   * `asOf` (`billing.aging.future_dated`) and credit balances (`billing.aging.credit_balance`), each with
   * its count and cents. Empty when neither is present.
   */
  readonly reasons: readonly Reason<BillingReasonCode>[];
  readonly filingRisk: AgingFilingRisk | null;
  /** Every record that failed validation, by input index; none is dropped silently. */
  readonly invalid: readonly InvalidRecord[];
}

const MAX = Number.MAX_SAFE_INTEGER;

function add(a: number, b: number): number {
  const s = a + b;
  if (s > MAX || s < -MAX) {
    throw argumentError('sum of cents', 'core.money.overflow', 'must stay within the safe-integer range');
  }
  return s;
}

// The id pattern of core's idSchema (/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/), as a loop: the hot path
// checks one claim id per record.
function isIdLike(s: string): boolean {
  const n = s.length;
  if (n === 0 || n > 128) return false;
  for (let i = 0; i < n; i += 1) {
    const c = s.charCodeAt(i);
    const alnum = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (!alnum && (i === 0 || (c !== 46 && c !== 95 && c !== 58 && c !== 45))) return false;
  }
  return true;
}

/** A record that passed the quick check, with its dates as epoch days and its known payer and client rows. */
interface QuickRecord {
  readonly payerId: string;
  readonly clientId: string;
  readonly payerRow: Breakdown | undefined;
  readonly clientRow: Breakdown | undefined;
  readonly serviceDay: number;
  /** NaN while unfiled. */
  readonly submittedDay: number;
  readonly balanceCents: number;
}

const ITEM_KEYS: ReadonlySet<string> = new Set(Object.keys(AgingItem.shape));

// The hot path: a record that passes this check is certainly valid for AgingItem (its keys only, as the
// strict schema reads them; the same id pattern as core's idSchema, the same dates as LocalDate), so zod
// runs only to name the problems of one that fails. Payer and client ids already seen in the totals were
// checked before.
function quickCheck(
  r: unknown,
  payers: Map<string, Breakdown>,
  clients: Map<string, Breakdown>,
): QuickRecord | undefined {
  if (typeof r !== 'object' || r === null) return undefined;
  const o = r as Record<string, unknown>;
  // An unknown key is an error, never dropped: `for…in`, as zod's strict check walks them.
  for (const key in o) if (!ITEM_KEYS.has(key)) return undefined;
  const bal = o.balanceCents;
  if (typeof bal !== 'number' || !Number.isSafeInteger(bal)) return undefined;
  const { claimId, payerId, clientId } = o;
  if (typeof claimId !== 'string' || typeof payerId !== 'string' || typeof clientId !== 'string')
    return undefined;
  if (!isIdLike(claimId)) return undefined;
  const payerRow = payers.get(payerId);
  if (payerRow === undefined && !isIdLike(payerId)) return undefined;
  const clientRow = clients.get(clientId);
  if (clientRow === undefined && !isIdLike(clientId)) return undefined;
  const serviceDay = typeof o.serviceDate === 'string' ? toEpochDay(o.serviceDate) : Number.NaN;
  if (Number.isNaN(serviceDay)) return undefined;
  let submittedDay = Number.NaN;
  if (o.submittedOn !== undefined) {
    submittedDay = typeof o.submittedOn === 'string' ? toEpochDay(o.submittedOn) : Number.NaN;
    // Not a date, or filed before the service: the schema names the problem.
    if (Number.isNaN(submittedDay) || submittedDay < serviceDay) return undefined;
  }
  return { payerId, clientId, payerRow, clientRow, serviceDay, submittedDay, balanceCents: bal };
}

class Breakdown {
  readonly cents: number[];
  total = 0;
  count = 0;
  /** For payers: the filing window, resolved once (`null` = none). */
  window: FilingWindow | null | undefined;
  /** For payers with a month window or a workday roll: deadline epoch day by date-of-service epoch day. */
  deadlines: Map<number, number> | undefined;
  constructor(n: number) {
    this.cents = new Array<number>(n).fill(0);
  }
}

/**
 * Ages open receivables into buckets, with totals by payer and by client and, when filing windows are
 * given, the timely-filing risk of unfiled items, in one streaming pass over any iterable. Memory stays
 * flat in the number of items (it grows only with distinct payers and clients, and invalid records).
 *
 * @param items - any iterable of records (validated one by one; invalid ones are reported by index)
 * @param options - `asOf` (the practice's calendar date), and the basis, bucket bounds, filing windows
 *   and risk horizons of an {@link AgingPolicy}
 * @throws {@link ValidationError} when the options or `asOf` are malformed; never for a bad record.
 * @remarks Buckets and aging from the date of service are a practice convention; filing windows
 * [sources: cfr-42-424.44, cms-mcpm-ch1-70].
 * Age is `asOf − basis date` in calendar days; an item aged 30 days is in 0–30, 31 days in 31–60.
 * @example
 * ```ts
 * buildAgingReport([{ claimId: 'c-1', payerId: 'p-1', clientId: 'cl-1', serviceDate: '2026-01-02',
 *   balanceCents: 10_000 }], { asOf: '2026-03-02' }).buckets.map((b) => b.balanceCents);
 * //=> [0, 10000, 0, 0, 0]  (59 days old)
 * ```
 */
export function buildAgingReport(items: Iterable<unknown>, options: BuildAgingReportOptions): AgingReport {
  return agingReportOf(items, options, quickCheck);
}

/**
 * {@link buildAgingReport} of items built from records already validated, such as a data file's claims
 * (internal: the digest ages them once, and they are not checked again). `invalid` holds only items filed before their date of service.
 *
 * @throws {@link ValidationError} when the options or `asOf` are malformed.
 */
export function buildAgingReportFromValidated(
  items: Iterable<AgingItem>,
  options: BuildAgingReportOptions,
): AgingReport {
  return agingReportOf(items, options, readValidated);
}

// A valid item's fields as the tally reads them.
function readValidated(
  r: unknown,
  payers: Map<string, Breakdown>,
  clients: Map<string, Breakdown>,
): QuickRecord | undefined {
  const { payerId, clientId, serviceDate, submittedOn, balanceCents } = r as AgingItem;
  // A claim valid as a claim may still carry a filing before its service: reported invalid, as by the schema.
  if (submittedOn !== undefined && submittedOn < serviceDate) return undefined;
  return {
    payerId,
    clientId,
    payerRow: payers.get(payerId),
    clientRow: clients.get(clientId),
    serviceDay: toEpochDay(serviceDate),
    submittedDay: submittedOn === undefined ? Number.NaN : toEpochDay(submittedOn),
    balanceCents,
  };
}

function agingReportOf(
  items: Iterable<unknown>,
  options: BuildAgingReportOptions,
  read: typeof quickCheck,
): AgingReport {
  const opts = validate(BuildAgingReportOptions, options, 'aging options');
  const asOf = opts.asOf;
  const today = toEpochDay(asOf);
  const bounds = opts.bucketBounds;
  const n = bounds.length + 1;
  const bucketCents = new Array<number>(n).fill(0);
  const bucketCount = new Array<number>(n).fill(0);
  const byPayer = new Map<string, Breakdown>();
  const byClient = new Map<string, Breakdown>();
  const invalid: InvalidRecord[] = [];
  const submission = opts.basis === 'submission';
  let notSubmittedCents = 0;
  let notSubmittedCount = 0;
  let future = 0;
  let futureCents = 0;
  let creditCount = 0;
  let creditCents = 0;
  const riskOn = opts.filingWindows !== undefined || opts.defaultFilingWindow !== undefined;
  const windows = opts.filingWindows ?? {};
  // Risk tallies: 0 on time, 1 late, 2 low, 3 medium, 4 high, 5 expired, 6 undecided.
  const riskCents = [0, 0, 0, 0, 0, 0, 0];
  const riskCount = [0, 0, 0, 0, 0, 0, 0];
  const riskIndex = { low: 2, medium: 3, high: 4, expired: 5 } as const;
  // A small lookup of bucket index by age avoids a scan per item for the common range.
  const last = bounds[bounds.length - 1] as number;
  const bucketOfAge = new Uint8Array(last + 1);
  for (let age = 0, b = 0; age <= last; age += 1) {
    while (age > (bounds[b] as number)) b += 1;
    bucketOfAge[age] = b;
  }

  const tally = (
    payerId: string,
    payerRow: Breakdown | undefined,
    clientId: string,
    clientRow: Breakdown | undefined,
    sd: number,
    sub: number,
    bal: number,
  ): void => {
    let bucket = -1;
    if (bal < 0) {
      creditCount += 1;
      creditCents = add(creditCents, bal);
    }
    if (submission && Number.isNaN(sub)) {
      notSubmittedCents = add(notSubmittedCents, bal);
      notSubmittedCount += 1;
    } else {
      const age = today - (submission ? sub : sd);
      if (age < 0) {
        future += 1;
        futureCents = add(futureCents, bal);
      }
      bucket = age <= 0 ? 0 : age > last ? n - 1 : (bucketOfAge[age] as number);
      bucketCents[bucket] = add(bucketCents[bucket] as number, bal);
      bucketCount[bucket] = (bucketCount[bucket] as number) + 1;
    }
    const payer = bump(byPayer, payerId, payerRow, bucket, bal, n);
    bump(byClient, clientId, clientRow, bucket, bal, n);
    if (riskOn) {
      if (payer.window === undefined) {
        payer.window =
          (Object.hasOwn(windows, payerId) ? windows[payerId] : opts.defaultFilingWindow) ?? null;
      }
      const window = payer.window;
      let k = 6;
      if (window !== null) {
        // Month windows and workday rolls need calendar arithmetic: remember each date of service's
        // deadline per payer.
        let deadline: number;
        if (window.unit === 'days' && window.rollToNextWorkday !== true) deadline = sd + window.amount;
        else {
          if (payer.deadlines === undefined) payer.deadlines = new Map<number, number>();
          const memo = payer.deadlines;
          const known = memo.get(sd);
          deadline = known ?? addFilingWindow(sd, window);
          if (known === undefined) memo.set(sd, deadline);
        }
        if (!Number.isNaN(sub)) k = sub > deadline ? 1 : 0;
        else k = riskIndex[riskOfDaysLeft(deadline - today, opts.filingRisk)];
      }
      riskCents[k] = add(riskCents[k] as number, bal);
      riskCount[k] = (riskCount[k] as number) + 1;
    }
  };

  // A record that passes the quick check is certainly valid; any other goes through zod, which names
  // every problem. One record at a time: nothing is collected but the invalid reports.
  let index = 0;
  for (const record of checkIterable(items, 'aging items')) {
    const quick = read(record, byPayer, byClient);
    if (quick !== undefined) {
      tally(
        quick.payerId,
        quick.payerRow,
        quick.clientId,
        quick.clientRow,
        quick.serviceDay,
        quick.submittedDay,
        quick.balanceCents,
      );
    } else {
      // The quick check accepts exactly what the schema accepts (a property test holds them together), so
      // zod runs here only to name the record's problems.
      const slow = safeValidate(AgingItem, record, 'aging item');
      if (!slow.success) invalid.push({ index, issues: atIndex(slow.error.issues, index) });
    }
    index += 1;
  }

  const buckets: AgingBucket[] = [];
  for (let b = 0; b < n; b += 1) {
    const fromDays = b === 0 ? 0 : (bounds[b - 1] as number) + 1;
    const toDays = b < bounds.length ? (bounds[b] as number) : null;
    buckets.push({
      label: toDays === null ? `${fromDays}+` : `${fromDays}-${toDays}`,
      fromDays,
      toDays,
      claimCount: bucketCount[b] as number,
      balanceCents: bucketCents[b] as number,
    });
  }
  const breakdown = (map: Map<string, Breakdown>): AgingBreakdown[] =>
    [...map.entries()]
      .sort(([a], [b]) => compareText(a, b))
      .map(([id, row]) => ({ id, bucketCents: row.cents, balanceCents: row.total, claimCount: row.count }));
  let totalCents = notSubmittedCents;
  let totalCount = notSubmittedCount;
  for (let b = 0; b < n; b += 1) {
    totalCents = add(totalCents, bucketCents[b] as number);
    totalCount += bucketCount[b] as number;
  }
  const t = (k: number): AgingTally => ({
    claimCount: riskCount[k] as number,
    balanceCents: riskCents[k] as number,
  });
  return {
    asOf,
    basis: opts.basis,
    buckets,
    notSubmitted: { claimCount: notSubmittedCount, balanceCents: notSubmittedCents },
    byPayer: breakdown(byPayer),
    byClient: breakdown(byClient),
    total: { claimCount: totalCount, balanceCents: totalCents },
    futureDatedCount: future,
    reasons: reportReasons(asOf, opts.basis, future, futureCents, creditCount, creditCents),
    filingRisk: riskOn
      ? {
          filedOnTime: t(0),
          filedLate: t(1),
          low: t(2),
          medium: t(3),
          high: t(4),
          expired: t(5),
          undecided: t(6),
        }
      : null,
    invalid,
  };
}

/** The report's reasons: future-dated items and credit balances, each counted in the totals, never silently. */
function reportReasons(
  asOf: LocalDate,
  basis: 'date_of_service' | 'submission',
  future: number,
  futureCents: number,
  creditCount: number,
  creditCents: number,
): Reason<BillingReasonCode>[] {
  const reasons: Reason<BillingReasonCode>[] = [];
  if (future > 0) {
    reasons.push(
      reason(
        'billing.aging.future_dated',
        'warning',
        'Some items are dated after the as-of date: they are counted in the first bucket; check their dates (a service not yet given is not a receivable).',
        { asOf, basis, claimCount: future, balanceCents: futureCents },
      ),
    );
  }
  if (creditCount > 0) {
    reasons.push(
      reason(
        'billing.aging.credit_balance',
        'warning',
        'Some items carry a credit balance (below zero): they lower their buckets’ totals; a credit is money owed back (a refund to the client or payer), worked apart from collections.',
        { claimCount: creditCount, balanceCents: creditCents },
      ),
    );
  }
  return reasons;
}

function bump(
  map: Map<string, Breakdown>,
  id: string,
  known: Breakdown | undefined,
  bucket: number,
  bal: number,
  n: number,
): Breakdown {
  let row = known;
  if (row === undefined) {
    row = new Breakdown(n);
    map.set(id, row);
  }
  if (bucket >= 0) row.cents[bucket] = add(row.cents[bucket] as number, bal);
  row.total = add(row.total, bal);
  row.count += 1;
  return row;
}

function atIndex(issues: NonEmptyArray<ValidationIssue>, index: number): NonEmptyArray<ValidationIssue> {
  const [first, ...rest] = issues.map((issue) => {
    const path = [index, ...issue.path];
    return { ...issue, path, at: formatPath(path) };
  });
  return [first as ValidationIssue, ...rest];
}
