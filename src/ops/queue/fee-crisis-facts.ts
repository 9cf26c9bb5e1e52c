import { addBusinessDays, type BusinessCalendar, type LocalDate } from '../../core/index.js';
import { toEpochDay } from '../../core/internal.js';
import type { ClinicianFeeDecision } from '../../scheduling/index.js';
import { missSpanMs } from '../../scheduling/internal.js';
import type { PracticeData } from '../data/practice-data.js';
import type { CrisisWindow } from './client-holds.js';

type Appointment = PracticeData['appointments'][number];

/** Days of missed sessions the queue looks back on for fee decisions (covers a weekend between runs). */
export const FEE_LOOKBACK_DAYS = 3;

/**
 * The first day (epoch day, on the practice's calendar) whose missed sessions the queue of `asOf` lists for a
 * fee decision: three days back, or the last business day before `asOf` when that is earlier. A holiday beside a
 * weekend (Christmas on a Friday, Martin Luther King Day on a Monday) leaves four or five days between two
 * business days' runs, and a miss late on the last one (after that day's run) would otherwise never come up.
 */
export function feeLookbackDay(asOf: LocalDate, calendar: BusinessCalendar): number {
  return Math.min(toEpochDay(asOf) - FEE_LOOKBACK_DAYS, toEpochDay(addBusinessDays(asOf, -1, calendar)));
}

/** What the missed-session fee rule is told of crises (see `evaluateMissedSessionFee`). */
export interface FeeCrisisFacts {
  readonly openCrisisClientIds: readonly string[];
  readonly clinicianFeeDecisions: readonly ClinicianFeeDecision[];
  /** By appointment id, its clients whose crisis was open at the session (closed since or not). */
  readonly crisisAtSession: ReadonlyMap<string, readonly string[]>;
}

/**
 * The crisis facts of the fee rule for `appointments`: the clients with a crisis open now, the clinicians'
 * fee decisions the data file records, and each session's clients whose crisis window (from the message's
 * receipt to the clinician's close) overlaps the time from the miss to the session's start. Such a fee
 * stays the clinician's until they decide it, even once the crisis is closed: the library never makes that
 * judgement [sources: samhsa-988].
 */
export function feeCrisisFacts(
  appointments: readonly Appointment[],
  windows: ReadonlyMap<string, readonly CrisisWindow[]>,
  openCrisis: ReadonlySet<string>,
  data: Pick<PracticeData, 'clinicianFeeDecisions'>,
): FeeCrisisFacts {
  const crisisAtSession = new Map<string, string[]>();
  if (windows.size > 0) {
    for (const a of appointments) {
      const { from, to } = missSpanMs(a);
      const held = a.clientIds.filter((id) =>
        (windows.get(id) ?? []).some((w) => w.fromMs <= to && w.toMs > from),
      );
      if (held.length > 0) crisisAtSession.set(a.id, held);
    }
  }
  return {
    openCrisisClientIds: [...openCrisis],
    clinicianFeeDecisions: data.clinicianFeeDecisions,
    crisisAtSession,
  };
}
