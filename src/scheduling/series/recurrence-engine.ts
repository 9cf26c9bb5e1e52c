import * as rrule from 'rrule';
import { DAY_MS } from '../../core/internal.js';

// Internal adapter: the only file that knows rrule, so it can be replaced. Expansion happens in
// floating wall time (no tzid: its output depends on the host zone [sources: rrule-tzid-host-zone]): dates go in
// as pseudo-UTC and come back read with getUTC*.
type RRuleModule = typeof rrule;
// rrule 2.8 is a UMD bundle: Node's ESM loader sees only a default export, while CJS sees named ones.
const engine: RRuleModule = (rrule as RRuleModule & { default?: RRuleModule }).RRule
  ? rrule
  : (rrule as unknown as { default: RRuleModule }).default;

/** The recurrence shapes scheduling supports. */
export type FloatingFrequency =
  /** `weekdays`: 0 = Monday … 6 = Sunday; the start's weekday when absent. */
  | { readonly kind: 'weekly'; readonly interval: number; readonly weekdays?: readonly number[] | undefined }
  | { readonly kind: 'monthly_day'; readonly interval: number }
  | { readonly kind: 'monthly_weekday'; readonly nth: number; readonly interval: number };

export interface FloatingRule {
  readonly frequency: FloatingFrequency;
  /** Epoch day of the first occurrence (local). */
  readonly startDay: number;
  /** Minute of day (local wall time). */
  readonly minute: number;
  readonly count?: number | undefined;
  /** Last epoch day allowed (inclusive). */
  readonly untilDay?: number | undefined;
  /** Most occurrences to return. */
  readonly cap: number;
}

/** Expands a rule to local epoch days; `truncated` when more occurrences existed than `cap`. */
export function expandFloating(rule: FloatingRule): { days: number[]; truncated: boolean } {
  const dtstart = new Date(rule.startDay * DAY_MS + rule.minute * 60_000);
  const R = engine.RRule;
  const options: Partial<rrule.Options> = { dtstart };
  switch (rule.frequency.kind) {
    case 'weekly':
      options.freq = R.WEEKLY;
      options.interval = rule.frequency.interval;
      // Weeks start on Monday (RFC 5545's default WKST), which decides the weeks of a multi-day rule.
      options.wkst = 0;
      if (rule.frequency.weekdays !== undefined) options.byweekday = [...rule.frequency.weekdays];
      break;
    case 'monthly_day':
      // RFC 5545: a month without that day (Feb 30) has no occurrence.
      options.freq = R.MONTHLY;
      options.interval = rule.frequency.interval;
      options.bymonthday = [dtstart.getUTCDate()];
      break;
    case 'monthly_weekday':
      options.freq = R.MONTHLY;
      options.interval = rule.frequency.interval;
      options.byweekday = [new engine.Weekday((dtstart.getUTCDay() + 6) % 7, rule.frequency.nth)];
      break;
    default: {
      const exhausted: never = rule.frequency;
      return exhausted;
    }
  }
  if (rule.count !== undefined) options.count = Math.min(rule.count, rule.cap + 1);
  if (rule.untilDay !== undefined) options.until = new Date(rule.untilDay * DAY_MS + DAY_MS - 1);
  const limit = rule.cap + 1;
  const dates = new R(options).all((_d, i) => i < limit);
  const days = dates.map((d) => Math.floor(d.getTime() / DAY_MS));
  const truncated = days.length > rule.cap;
  return { days: truncated ? days.slice(0, rule.cap) : days, truncated };
}
