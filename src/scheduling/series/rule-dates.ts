import type { LocalDate } from '../../core/index.js';
import { fromEpochDay, toEpochDay } from '../../core/internal.js';
import { expandFloating, type FloatingRule } from './recurrence-engine.js';
import { SERIES_MAX_OCCURRENCES } from './series.js';

// The rule's dates without the expansion cap: edits ask "is this a rule date?" and "which is the first on or
// after this day?" of series longer than the cap (a daily series over years, ten years and more of weekly
// sessions), which a capped list would answer wrongly past its end. A count never exceeds the cap, so only an
// until-bounded rule reads past it, by arithmetic on the same rule (RFC 5545 §3.3.10) [sources: rfc-5545].

/** The shape of a rule as the edits read it: the expansion's rule without its cap. */
export type RuleShape = Omit<FloatingRule, 'cap'>;

// Monday-first weekday of an epoch day (1970-01-01 was a Thursday: 3).
const weekdayOf = (day: number): number => (((day + 3) % 7) + 7) % 7;

function civil(day: number): { year: number; month: number; dayOfMonth: number } {
  const date = fromEpochDay(day);
  return {
    year: Number(date.slice(0, 4)),
    month: Number(date.slice(5, 7)),
    dayOfMonth: Number(date.slice(8, 10)),
  };
}

function daysInMonth(year: number, month: number): number {
  return month === 12
    ? 31
    : toEpochDay(`${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-01`) -
        toEpochDay(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`);
}

/** Whether an until-bounded rule (no count) has `day`, by arithmetic alone. */
export function ruleMatchesDay(rule: RuleShape, day: number): boolean {
  if (day < rule.startDay || (rule.untilDay !== undefined && day > rule.untilDay)) return false;
  const f = rule.frequency;
  if (f.kind === 'weekly') {
    const weekdays = f.weekdays ?? [weekdayOf(rule.startDay)];
    if (!weekdays.includes(weekdayOf(day))) return false;
    // Weeks start on Monday (WKST=MO); the rule holds every `interval`-th week from the first one.
    const weeks = (day - weekdayOf(day) - (rule.startDay - weekdayOf(rule.startDay))) / 7;
    return weeks % f.interval === 0;
  }
  const start = civil(rule.startDay);
  const here = civil(day);
  const months = (here.year - start.year) * 12 + (here.month - start.month);
  if (months % f.interval !== 0) return false;
  if (f.kind === 'monthly_day') return here.dayOfMonth === start.dayOfMonth;
  if (weekdayOf(day) !== weekdayOf(rule.startDay)) return false;
  return f.nth === -1
    ? here.dayOfMonth + 7 > daysInMonth(here.year, here.month)
    : Math.ceil(here.dayOfMonth / 7) === f.nth;
}

// Past this many days a rule that had no date yet has none: 52 months between occurrences, and a 29th,
// 30th or 31st that needs up to a dozen of them (a 29 February: eight years across a century), fit in 60 years.
const SEARCH_DAYS = 60 * 366;

/**
 * A rule's dates as edits read them: the capped expansion, and past its end (an until-bounded rule only)
 * the rule's own arithmetic.
 */
export class RuleDates {
  readonly #rule: RuleShape;
  readonly #days: Set<number>;
  readonly #list: number[];
  /** Whether the rule has more dates than the expansion cap lists. */
  readonly truncated: boolean;

  constructor(rule: RuleShape) {
    this.#rule = rule;
    const { days, truncated } = expandFloating({ ...rule, cap: SERIES_MAX_OCCURRENCES });
    this.#list = days;
    this.#days = new Set(days);
    this.truncated = truncated;
  }

  /** The dates the expansion cap lists, in order. */
  get listed(): readonly number[] {
    return this.#list;
  }

  /** Whether `date` is one of the rule's dates, past the cap too. */
  has(date: LocalDate): boolean {
    const day = toEpochDay(date);
    if (this.#days.has(day)) return true;
    return this.#pastCap(day) && ruleMatchesDay(this.#rule, day);
  }

  /** The first rule date on or after `date`, or undefined when the rule has none. */
  firstOnOrAfter(date: LocalDate): LocalDate | undefined {
    const day = toEpochDay(date);
    const listed = this.#list.find((d) => d >= day);
    if (listed !== undefined) return fromEpochDay(listed);
    if (!this.truncated) return undefined;
    const from = Math.max(day, (this.#list[this.#list.length - 1] as number) + 1);
    const last = Math.min(this.#rule.untilDay ?? from + SEARCH_DAYS, from + SEARCH_DAYS);
    for (let d = from; d <= last; d += 1) if (ruleMatchesDay(this.#rule, d)) return fromEpochDay(d);
    return undefined;
  }

  #pastCap(day: number): boolean {
    return this.truncated && day > (this.#list[this.#list.length - 1] as number);
  }
}
