import { type Reason, reason } from '../../core/index.js';
import { compareText, localDayAndMinute, toEpochMs } from '../../core/internal.js';
import type { SchedulingAppointment, SchedulingClinician } from '../../scheduling/index.js';
import { conflictReasons, isHoldingTime, weekOf } from '../../scheduling/internal.js';
import type { ReplayChange, SectionReplay } from './replay-change.js';

/** Whether a session would have been refused under one clinician profile, with the booking rule's reasons. */
export interface CapacityReplaySide {
  readonly refused: boolean;
  /** The cap and availability reasons of the booking rule (`scheduling.conflict.daily_cap`, …). */
  readonly reasons: readonly Reason[];
}

/**
 * Caseload caps and availability before and after: the sessions each would have refused, counted and
 * listed.
 *
 * @example
 * ```ts
 * replay.capacity?.totals.refusedAfter; //=> 31
 * ```
 */
export interface CapacityReplayTotals {
  /** Sessions of the clinicians whose limits the proposal changes. */
  readonly sessions: number;
  readonly changed: number;
  readonly refusedBefore: number;
  readonly refusedAfter: number;
  /** Sessions the proposal would refuse that the current limits allowed, and the other way round. */
  readonly newlyRefused: number;
  readonly noLongerRefused: number;
  readonly cliniciansAffected: number;
  readonly clientsAffected: number;
}

export type CapacityReplay = SectionReplay<CapacityReplayTotals, CapacityReplaySide>;

// The booking rule's reasons a cap or availability decides; the rest (double booking, time off,
// holidays) is the same under both sides and not what the proposal changes.
const CAPACITY_CODES: ReadonlySet<string> = new Set([
  'scheduling.conflict.daily_cap',
  'scheduling.conflict.weekly_cap',
  'scheduling.conflict.outside_availability',
  'scheduling.conflict.modality_not_offered',
]);

const NO_HOLIDAYS: ReadonlySet<number> = new Set();

/**
 * Books a clinician's sessions again in start order under one profile: each is checked by the booking
 * rule against the sessions already accepted that week, and a refused one takes no place.
 */
function bookAgain(
  sessions: readonly SchedulingAppointment[],
  clinician: SchedulingClinician,
): Map<string, CapacityReplaySide> {
  const out = new Map<string, CapacityReplaySide>();
  const accepted = new Map<number, SchedulingAppointment[]>();
  for (const s of sessions) {
    const week = weekOf(localDayAndMinute(toEpochMs(s.start), clinician.zone).epochDay);
    const others = accepted.get(week) ?? [];
    const reasons = conflictReasons(s, { clinician, others, holidays: NO_HOLIDAYS }).filter((r) =>
      CAPACITY_CODES.has(r.code),
    );
    out.set(s.id, { refused: reasons.length > 0, reasons });
    if (reasons.length === 0) accepted.set(week, [...others, s]);
  }
  return out;
}

/** One clinician's limits on each side. */
export interface CapacityClinician {
  readonly before: SchedulingClinician;
  readonly after: SchedulingClinician;
}

/**
 * Replays the sessions that held each clinician's time (booked, held, missed) under the current and the
 * proposed caps and availability, reporting those that start at or after `fromMs`.
 */
export function replayCapacity(
  appointments: readonly SchedulingAppointment[],
  clinicians: readonly CapacityClinician[],
  fromMs: number,
  endMs: number,
): CapacityReplay {
  const changes: ReplayChange<CapacityReplaySide>[] = [];
  const clinicianIds = new Set<string>();
  const clients = new Set<string>();
  let sessions = 0;
  let refusedBefore = 0;
  let refusedAfter = 0;
  let newlyRefused = 0;
  // Each named clinician's sessions that held time up to the end, in start order, read once.
  const named = new Set(clinicians.map((c) => c.before.id as string));
  const byClinician = new Map<string, { a: SchedulingAppointment; startMs: number }[]>();
  for (const a of appointments) {
    if (!named.has(a.clinicianId) || !isHoldingTime(a.status)) continue;
    const startMs = toEpochMs(a.start);
    if (startMs >= endMs) continue;
    const list = byClinician.get(a.clinicianId) ?? [];
    list.push({ a, startMs });
    byClinician.set(a.clinicianId, list);
  }
  for (const { before: current, after: proposed } of clinicians) {
    const timed = (byClinician.get(current.id) ?? []).sort(
      (x, y) => x.startMs - y.startMs || compareText(x.a.id, y.a.id),
    );
    const own = timed.map((t) => t.a);
    const before = bookAgain(own, current);
    const after = bookAgain(own, proposed);
    for (const { a, startMs } of timed) {
      if (startMs < fromMs) continue;
      sessions += 1;
      const b = before.get(a.id) as CapacityReplaySide;
      const p = after.get(a.id) as CapacityReplaySide;
      if (b.refused) refusedBefore += 1;
      if (p.refused) refusedAfter += 1;
      if (b.refused === p.refused) continue;
      if (p.refused) newlyRefused += 1;
      clinicianIds.add(current.id);
      for (const id of a.clientIds) clients.add(id);
      changes.push({
        id: a.id,
        before: b,
        after: p,
        reasons: [
          reason(
            'ops.replay.capacity_changed',
            'info',
            p.refused
              ? 'The proposed caps or availability would have refused this session.'
              : 'The current caps or availability refused this session; the proposal would not.',
            { clinicianId: current.id, start: a.start, refusedBefore: b.refused, refusedAfter: p.refused },
          ),
        ],
      });
    }
  }
  return {
    totals: {
      sessions,
      changed: changes.length,
      refusedBefore,
      refusedAfter,
      newlyRefused,
      noLongerRefused: changes.length - newlyRefused,
      cliniciansAffected: clinicianIds.size,
      clientsAffected: clients.size,
    },
    changes,
  };
}
