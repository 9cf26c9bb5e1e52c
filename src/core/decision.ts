import { argumentError, checkArray, checkObject, checkString } from './arguments.js';
import { isNonEmpty, type NonEmptyArray } from './non-empty.js';
import { sortInPlace } from './sort.js';

/**
 * How much a reason weighs: `error` decides against, `warning` needs attention, `info` explains.
 *
 * @example
 * ```ts
 * const severity: Severity = 'warning';
 * ```
 */
export type Severity = 'info' | 'warning' | 'error';

/**
 * A value a decision used. Plain JSON only, so decisions can be logged, stored, diffed and replayed.
 *
 * @example
 * ```ts
 * const fact: Fact = { minutes: 53, codes: ['90837'] };
 * ```
 */
export type Fact = string | number | boolean | null | readonly Fact[] | { readonly [key: string]: Fact };

/**
 * The facts a reason used, by name.
 *
 * @example
 * ```ts
 * const facts: Facts = { faceToFaceMinutes: 15, minimumMinutes: 16 };
 * ```
 */
export type Facts = { readonly [name: string]: Fact };

/**
 * One reason behind a decision: a stable namespaced `code` (e.g. `scheduling.cancellation.late`),
 * a severity, a plain-English message, and the facts it used.
 *
 * @example
 * ```ts
 * const r: Reason = reason('billing.codes.under_16_minutes', 'info', 'Under 16 face-to-face minutes.');
 * r.severity; //=> 'info'
 * ```
 */
export interface Reason<Code extends string = string> {
  readonly code: Code;
  readonly severity: Severity;
  readonly message: string;
  readonly facts: Facts;
}

/**
 * A decision whose positive outcomes may carry reasons and whose negative or undecidable outcomes must:
 * the type makes "refused without saying why" impossible to write.
 *
 * @typeParam Pass - outcomes that need no justification (e.g. `'allowed'`)
 * @typeParam Fail - outcomes that must be explained (e.g. `'refused' | 'undecided'`)
 * @typeParam Code - the module's closed list of reason codes
 * @typeParam Data - extra fields every outcome carries (e.g. `{ feeCents: number }`)
 * @example
 * ```ts
 * type FeeDecision = Decision<'charge', 'no_charge' | 'undecided', 'scheduling.cancellation.late'>;
 * const d: FeeDecision = { outcome: 'charge', reasons: [] };
 * ```
 */
export type Decision<
  Pass extends string,
  Fail extends string,
  Code extends string,
  Data extends object = object,
> =
  | (Data & { readonly outcome: Pass; readonly reasons: readonly Reason<Code>[] })
  | (Data & { readonly outcome: Fail; readonly reasons: NonEmptyArray<Reason<Code>> });

/**
 * Builds a reason.
 *
 * @throws {@link ValidationError} when `code` or `message` is not a string, `severity` is unknown, or
 * `facts` is not an object.
 * @example
 * ```ts
 * reason('scheduling.cancellation.late', 'warning', 'Cancelled 3 hours before the session.', { noticeHours: 3 });
 * //=> { code: 'scheduling.cancellation.late', severity: 'warning', message: '…', facts: { noticeHours: 3 } }
 * ```
 */
export function reason<Code extends string>(
  code: Code,
  severity: Severity,
  message: string,
  facts: Facts = {},
): Reason<Code> {
  checkString(code, 'reason code');
  severityOf(severity);
  checkString(message, 'reason message');
  checkObject(facts, 'reason facts');
  return { code, severity, message, facts };
}

const rank: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

// The rank of a severity argument; anything else is a ValidationError.
function severityOf(severity: unknown): number {
  const r =
    typeof severity === 'string' && Object.hasOwn(rank, severity) ? rank[severity as Severity] : undefined;
  if (r === undefined)
    throw argumentError('reason severity', 'invalid_value', 'must be one of "info", "warning", "error"');
  return r;
}

// A reason argument: an object with a code, a known severity and a message.
function reasonArgument(value: unknown): Reason {
  const r = checkObject(value, 'reason') as Partial<Reason>;
  checkString(r.code, 'reason code');
  severityOf(r.severity);
  checkString(r.message, 'reason message');
  return r as Reason;
}

function reasonsArgument(value: unknown): readonly Reason[] {
  const list = checkArray(value, 'reasons');
  for (const r of list) reasonArgument(r);
  return list as readonly Reason[];
}

/**
 * The most severe severity among `reasons`, or `undefined` when there are none.
 *
 * @throws {@link ValidationError} when `reasons` is not a list of reasons.
 * @example
 * ```ts
 * getWorstSeverity([reason('a.x', 'info', 'A.'), reason('b.y', 'warning', 'B.')]); //=> 'warning'
 * ```
 */
export function getWorstSeverity(reasons: readonly Reason[]): Severity | undefined {
  let worst: Severity | undefined;
  for (const r of reasonsArgument(reasons))
    if (worst === undefined || rank[r.severity] > rank[worst]) worst = r.severity;
  return worst;
}

/**
 * Whether any reason has severity `error`.
 *
 * @throws {@link ValidationError} when `reasons` is not a list of reasons.
 * @example
 * ```ts
 * hasErrors([reason('a.x', 'error', 'A.')]); //=> true
 * ```
 */
export function hasErrors(reasons: readonly Reason[]): boolean {
  return reasonsArgument(reasons).some((r) => r.severity === 'error');
}

/**
 * Orders reasons for display and comparison: most severe first, then by code, then by message.
 * Two evaluations of the same input therefore list their reasons identically.
 *
 * @throws {@link ValidationError} when `reasons` is not a list of reasons.
 * @example
 * ```ts
 * sortReasons([reason('b.x', 'info', 'B.'), reason('a.y', 'error', 'A.')]).map((r) => r.code); //=> ['a.y', 'b.x']
 * ```
 */
export function sortReasons<Code extends string>(reasons: readonly Reason<Code>[]): Reason<Code>[] {
  return sortInPlace([...reasonsArgument(reasons)] as Reason<Code>[], byRank);
}

/**
 * The order {@link sortReasons} uses, for sorting a list in place (which keeps a non-empty tuple type).
 *
 * @example
 * ```ts
 * const list: [Reason, ...Reason[]] = [reason('b.x', 'info', 'B.'), reason('a.y', 'error', 'A.')];
 * list.sort(compareReasons); //=> [{ code: 'a.y', … }, { code: 'b.x', … }]
 * ```
 */
export function compareReasons(a: Reason, b: Reason): number {
  return byRank(reasonArgument(a), reasonArgument(b));
}

function byRank(a: Reason, b: Reason): number {
  return rank[b.severity] - rank[a.severity] || textOrder(a.code, b.code) || textOrder(a.message, b.message);
}

/** Options for {@link decideBySeverity}: which outcome each worst severity maps to. */
export interface DecideBySeverityOptions<Pass extends string, Warn extends string, Fail extends string> {
  readonly pass: Pass;
  readonly warn: Warn;
  readonly fail: Fail;
}

/**
 * Combines reasons into one three-way decision: an `error` gives `fail`, else a `warning` gives `warn`,
 * else `pass`. Reasons are sorted with {@link sortReasons}. `warn` and `fail` always carry their reasons.
 *
 * @throws {@link ValidationError} when `reasons` is not a list of reasons or an outcome is not a string.
 * @example
 * ```ts
 * decideBySeverity([reason('x.late', 'warning', 'Late.')], { pass: 'allowed', warn: 'allowed_with_warnings', fail: 'refused' });
 * //=> { outcome: 'allowed_with_warnings', reasons: [{ code: 'x.late', … }] }
 * ```
 */
export function decideBySeverity<
  Pass extends string,
  Warn extends string,
  Fail extends string,
  Code extends string,
>(
  reasons: readonly Reason<Code>[],
  options: DecideBySeverityOptions<Pass, Warn, Fail>,
): Decision<Pass, Warn | Fail, Code> {
  const o = checkObject(options, 'decision outcomes') as Partial<DecideBySeverityOptions<Pass, Warn, Fail>>;
  checkString(o.pass, 'pass outcome');
  checkString(o.warn, 'warn outcome');
  checkString(o.fail, 'fail outcome');
  const sorted = sortReasons(reasons);
  if (!isNonEmpty(sorted)) return { outcome: options.pass, reasons: [] };
  switch (getWorstSeverity(sorted)) {
    case 'error':
      return { outcome: options.fail, reasons: sorted };
    case 'warning':
      return { outcome: options.warn, reasons: sorted };
    default:
      return { outcome: options.pass, reasons: sorted };
  }
}

/**
 * Compares strings by UTF-16 code units: a total, locale-independent order for deterministic output.
 *
 * @throws {@link ValidationError} when either is not a string.
 * @example
 * ```ts
 * ['b', 'B', 'a'].sort(compareText); //=> ['B', 'a', 'b']
 * ```
 */
export function compareText(a: string, b: string): number {
  return textOrder(checkString(a, 'text'), checkString(b, 'text'));
}

function textOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Declares a module's closed list of reason codes with the meaning of each, so the list can be exported,
 * documented and checked. The keys become the `Code` type.
 *
 * @throws {@link ValidationError} when `codes` is not an object whose values are strings.
 * @example
 * ```ts
 * export const BILLING_REASON_CODES = defineReasonCodes({
 *   'billing.claim.past_timely_filing': 'The claim was filed after the payer’s timely-filing window.',
 * });
 * export type BillingReasonCode = keyof typeof BILLING_REASON_CODES;
 * ```
 */
export function defineReasonCodes<const T extends Record<string, string>>(codes: T): Readonly<T> {
  for (const meaning of Object.values(checkObject(codes, 'reason codes')))
    checkString(meaning, 'reason code meaning');
  return Object.freeze(codes);
}
