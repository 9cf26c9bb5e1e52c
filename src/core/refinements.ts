import type * as z from 'zod';
import { compareDates } from './time/local-date.js';

// The checks that compare fields of one record, written once for every module's schemas. Messages are
// fixed text: an issue never contains the values it compares (they may be PHI).

/**
 * A `when` for zod refinements that compare fields: run whenever the value is an object, even if a single
 * field already failed, so one ValidationError lists every problem. The refinement must then guard each
 * field it reads.
 */
export function isObjectPayload(payload: { readonly value: unknown }): boolean {
  return typeof payload.value === 'object' && payload.value !== null;
}

/** How a refinement reports one problem: a stable code and a value-free message. */
export interface RefinementIssue {
  readonly code: string;
  readonly message: string;
}

/**
 * Adds an issue at `[endKey]` unless `end` comes strictly after `start` (both `YYYY-MM-DD`); a missing
 * date is left to the field's own check.
 */
export function checkDateOrder(
  ctx: z.core.$RefinementCtx,
  start: string | undefined,
  end: string | undefined,
  endKey: string,
  issue: RefinementIssue,
): void {
  if (start === undefined || end === undefined) return;
  if (compareDates(end, start) <= 0) addIssue(ctx, [endKey], issue);
}

/**
 * Adds an issue for every item whose key an earlier item already had, at the path `pathOf(index)` gives,
 * and returns the keys seen, so a refinement can check references against them.
 */
export function checkUniqueKeys<T>(
  ctx: z.core.$RefinementCtx,
  items: readonly T[],
  keyOf: (item: T) => string,
  pathOf: (index: number) => PropertyKey[],
  issue: RefinementIssue,
): ReadonlySet<string> {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const key = keyOf(item);
    if (seen.has(key)) addIssue(ctx, pathOf(index), issue);
    else seen.add(key);
  });
  return seen;
}

/** Whether a list names some value twice. */
export function hasDuplicates(items: readonly string[]): boolean {
  return new Set(items).size !== items.length;
}

function addIssue(ctx: z.core.$RefinementCtx, path: PropertyKey[], issue: RefinementIssue): void {
  ctx.addIssue({ code: 'custom', message: issue.message, path, params: { code: issue.code } });
}
