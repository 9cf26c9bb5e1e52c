import { isNonEmpty, type NonEmptyArray } from './non-empty.js';
import { sortInPlace } from './sort.js';

/** How much a reason weighs: `error` decides against, `warning` needs attention, `info` explains. */
export type Severity = 'info' | 'warning' | 'error';

/** A value a decision used. Plain JSON only, so decisions can be logged, stored, diffed and replayed. */
export type Fact = string | number | boolean | null | readonly Fact[] | { readonly [key: string]: Fact };

/** The facts a reason used, by name. */
export type Facts = { readonly [name: string]: Fact };

/**
 * One reason behind a decision: a stable namespaced `code` (e.g. `scheduling.cancellation.late`),
 * a severity, a plain-English message, and the facts it used.
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
  return { code, severity, message, facts };
}

const rank: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** The most severe severity among `reasons`, or `undefined` when there are none. */
export function worstSeverity(reasons: readonly Reason[]): Severity | undefined {
  let worst: Severity | undefined;
  for (const r of reasons) if (worst === undefined || rank[r.severity] > rank[worst]) worst = r.severity;
  return worst;
}

/** Whether any reason has severity `error`. */
export function hasErrors(reasons: readonly Reason[]): boolean {
  return reasons.some((r) => r.severity === 'error');
}

/**
 * Orders reasons for display and comparison: most severe first, then by code, then by message.
 * Two evaluations of the same input therefore list their reasons identically.
 */
export function sortReasons<Code extends string>(reasons: readonly Reason<Code>[]): Reason<Code>[] {
  return sortInPlace([...reasons], compareReasons);
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
  return (
    rank[b.severity] - rank[a.severity] || compareText(a.code, b.code) || compareText(a.message, b.message)
  );
}

/** Options for {@link decideBySeverity}: which outcome each worst severity maps to. */
export interface DecideBySeverityOptions<Pass extends string, Warn extends string, Fail extends string> {
  readonly pass: Pass;
  readonly warn: Warn;
  readonly fail: Fail;
}

/**
 * Combines reasons into one three-way decision: any `error` gives `fail`, else any `warning` gives `warn`,
 * else `pass`. Reasons are sorted with {@link sortReasons}. `warn` and `fail` always carry their reasons.
 *
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
  const sorted = sortReasons(reasons);
  if (!isNonEmpty(sorted)) return { outcome: options.pass, reasons: [] };
  switch (worstSeverity(sorted)) {
    case 'error':
      return { outcome: options.fail, reasons: sorted };
    case 'warning':
      return { outcome: options.warn, reasons: sorted };
    default:
      return { outcome: options.pass, reasons: sorted };
  }
}

/** Compares strings by UTF-16 code units: a total, locale-independent order for deterministic output. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Declares a module's closed list of reason codes with the meaning of each, so the list can be exported,
 * documented and checked. The keys become the `Code` type.
 *
 * @example
 * ```ts
 * export const BILLING_REASON_CODES = defineReasonCodes({
 *   'billing.claim.past_timely_filing': 'The claim was filed after the payer’s timely-filing window.',
 * });
 * export type BillingReasonCode = keyof typeof BILLING_REASON_CODES;
 * ```
 */
export function defineReasonCodes<const T extends Record<string, string>>(codes: T): Readonly<T> {
  return Object.freeze(codes);
}
