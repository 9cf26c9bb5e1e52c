import { type InvalidRecord, validateBatch } from '../../core/index.js';
import {
  argumentError,
  compareText,
  keepFirstOfEachId,
  minuteOfDay,
  toEpochMs,
  weekdayNumber,
} from '../../core/internal.js';
import type { SchedulingValidationCode } from '../reason-codes.js';
import { WaitlistEntry } from './waitlist-entry.js';

/** Entries prepared for fast matching (internal layout, built by {@link buildWaitlistIndex}). */
export interface CompiledWaitlist {
  readonly addedMs: Float64Array;
  /** Bit n set when ISO weekday n is preferred; 0 means any day. */
  readonly dayMask: Uint8Array;
  /** Bit 0 in person, bit 1 telehealth; 0 means any. */
  readonly modalityMask: Uint8Array;
  /** Preferred spans as [start, end) minutes, or null for any time. */
  readonly hours: readonly (readonly (readonly [number, number])[] | null)[];
  /** Entry positions in entry-id order (ties in ranking are broken by id). */
  readonly byId: Uint32Array;
  /** Each entry's place in id order. */
  readonly idRank: Uint32Array;
}

/**
 * A waitlist validated once and prepared for matching many openings: the valid entries in input order,
 * every invalid record by index (including a repeated id), and a compiled layout.
 *
 * @example
 * ```ts
 * const index: WaitlistIndex = buildWaitlistIndex(entries);
 * index.invalid; //=> [] when every entry is valid
 * ```
 */
export interface WaitlistIndex {
  readonly entries: readonly WaitlistEntry[];
  readonly invalid: readonly InvalidRecord[];
  readonly compiled: CompiledWaitlist;
}

// Built only here, so a function given an index knows its entries were validated.
class BuiltWaitlistIndex implements WaitlistIndex {
  constructor(
    readonly entries: readonly WaitlistEntry[],
    readonly invalid: readonly InvalidRecord[],
    readonly compiled: CompiledWaitlist,
  ) {
    Object.freeze(this);
  }
}

/** `value` when {@link buildWaitlistIndex} built it; anything else is a ValidationError. */
export function waitlistIndexArgument(value: WaitlistIndex): WaitlistIndex {
  if (value instanceof BuiltWaitlistIndex) return value;
  throw argumentError('waitlist index', 'invalid_type', 'expected an index from buildWaitlistIndex');
}

/**
 * Validates a waitlist and prepares it for {@link rankWaitlistForOpening}: nothing is dropped silently;
 * each invalid entry (or one repeating an earlier id) is reported with its index.
 *
 * @example
 * ```ts
 * buildWaitlistIndex([{ id: 'w-1', clientId: 'c-1', zone: 'America/Denver', addedAt: '2026-01-05T10:00:00-07:00' }, {}])
 *   .invalid.map((r) => r.index);
 * //=> [1]
 * ```
 */
export function buildWaitlistIndex(records: Iterable<unknown>): WaitlistIndex {
  const { records: entries, invalid } = keepFirstOfEachId(validateBatch(WaitlistEntry, records), {
    code: 'scheduling.waitlist.duplicate_id' satisfies SchedulingValidationCode,
    message: 'must not repeat an entry id',
  });
  return indexOf(entries, invalid);
}

/**
 * The index of the entries of a built index that `keep` keeps (internal): they were validated when it
 * was built, so they are not validated again (the work queue ranks each clinician's openings against
 * that clinician's entries alone, hundreds of indexes of one waitlist).
 */
export function waitlistSubIndex(
  index: WaitlistIndex,
  keep: (entry: WaitlistEntry) => boolean,
): WaitlistIndex {
  return indexOf(waitlistIndexArgument(index).entries.filter(keep), []);
}

function indexOf(entries: readonly WaitlistEntry[], invalid: readonly InvalidRecord[]): WaitlistIndex {
  const n = entries.length;
  const addedMs = new Float64Array(n);
  const dayMask = new Uint8Array(n);
  const modalityMask = new Uint8Array(n);
  const hours: (readonly (readonly [number, number])[] | null)[] = new Array(n);
  entries.forEach((e, i) => {
    addedMs[i] = toEpochMs(e.addedAt);
    let days = 0;
    for (const d of e.preferredDays) days |= 1 << weekdayNumber(d);
    dayMask[i] = days;
    let mods = 0;
    for (const m of e.modalities) mods |= m === 'in_person' ? 1 : 2;
    modalityMask[i] = mods;
    hours[i] =
      e.preferredHours.length === 0
        ? null
        : e.preferredHours.map((h) => [minuteOfDay(h.start), minuteOfDay(h.end)] as const);
  });
  const byId = Uint32Array.from(entries.keys()).sort((a, b) =>
    compareText((entries[a] as WaitlistEntry).id, (entries[b] as WaitlistEntry).id),
  );
  const idRank = new Uint32Array(n);
  byId.forEach((entry, place) => {
    idRank[entry] = place;
  });
  return new BuiltWaitlistIndex(entries, invalid, { addedMs, dayMask, modalityMask, hours, byId, idRank });
}
