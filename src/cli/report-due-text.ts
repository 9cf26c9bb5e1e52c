import { getDaysBetween, type IanaZone, readLocal } from '../core/index.js';

// Days since 1970-01-01, through core's public API: the CLI ships against the entry points only.
const toEpochDay = (date: string): number => getDaysBetween('1970-01-01', date);

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A due value as a person reads it, in the practice's zone. */
export interface DueText {
  /** `Fri 20 Nov`, or `Fri 20 Nov, 06:00` for an instant (in the practice's zone). */
  readonly text: string;
  /** The machine value for a `<time datetime>`: the date, or the instant as given. */
  readonly iso: string;
  /** Whole days the due day lies before today (0 when due today or later). */
  readonly overdueDays: number;
}

/** `Fri 20 Nov` (with the year when it is not `asOf`'s year) for an epoch day. */
export function dayText(epochDay: number, asOfDay: number): string {
  const date = new Date(epochDay * 86_400_000);
  const weekday = WEEKDAYS[(date.getUTCDay() + 6) % 7] as string;
  const sameYear = date.getUTCFullYear() === new Date(asOfDay * 86_400_000).getUTCFullYear();
  const month = MONTHS[date.getUTCMonth()] as string;
  return `${weekday} ${date.getUTCDate()} ${month}${sameYear ? '' : ` ${date.getUTCFullYear()}`}`;
}

/** A task's due date or instant in the practice's zone, relative to the day of the report. */
export function dueText(due: string, zone: IanaZone, asOf: string): DueText {
  const asOfDay = toEpochDay(asOf);
  if (due.length === 10) {
    const day = toEpochDay(due);
    return { text: dayText(day, asOfDay), iso: due, overdueDays: Math.max(0, asOfDay - day) };
  }
  const local = readLocal(due, zone);
  return {
    text: `${dayText(local.epochDay, asOfDay)}, ${local.time}`,
    iso: due,
    overdueDays: Math.max(0, asOfDay - local.epochDay),
  };
}

/** `45 min`, `1 h`, `3 h 5 min`. */
export function durationText(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
