import * as z from 'zod';
import { divideRounded, Instant, type InvalidRecord, validateBatch } from '../../core/index.js';
import { compareText, recordsArgument, toEpochMs, validateArguments } from '../../core/internal.js';
import { SchedulingAppointment } from '../appointments/appointment.js';
import { sessionZone } from '../appointments/session-modality.js';
import { isLateCancellation } from '../fees/cancellation-fee.js';
import { CancellationPolicy, type CancellationPolicyInput } from '../fees/cancellation-policy.js';
import type { SchedulingValidationCode } from '../reason-codes.js';

/**
 * Counts and rates of session outcomes for one clinician or one client over a window.
 *
 * @example
 * ```ts
 * const m: OutcomeMeasure = measureSessionOutcomes(appointments, policy, { from, to }).byClinician[0];
 * m.noShowRateBp; //=> 500 (5 %)
 * ```
 */
export interface OutcomeMeasure {
  readonly id: string;
  /** Sessions starting in the window, excluding those the clinician or practice cancelled. */
  readonly clientSessions: number;
  readonly completed: number;
  readonly scheduled: number;
  readonly onTimeCancels: number;
  readonly lateCancels: number;
  /** Client cancellations whose time is not recorded: neither late nor on time, so in neither count. */
  readonly cancelsTimeUnknown: number;
  readonly noShows: number;
  readonly practiceCancels: number;
  /** `lateCancels / clientSessions` in basis points, rounded half-even; 0 when there are none. */
  readonly lateCancelRateBp: number;
  /** `noShows / clientSessions` in basis points, rounded half-even; 0 when there are none. */
  readonly noShowRateBp: number;
}

/**
 * Outcome measures per clinician and per client, in id order, and the invalid records by index.
 *
 * @example
 * ```ts
 * const m: OutcomeMeasures = measureSessionOutcomes(appointments, policy, { from: '2026-03-01T00:00:00Z', to: '2026-04-01T00:00:00Z' });
 * ```
 */
export interface OutcomeMeasures {
  readonly byClinician: readonly OutcomeMeasure[];
  readonly byClient: readonly OutcomeMeasure[];
  readonly invalidAppointments: readonly InvalidRecord[];
}

/**
 * The window measured: sessions starting in `[from, to)`.
 * @example
 * ```ts
 * MeasureSessionOutcomesOptions.parse({ from: '2026-03-01T00:00:00-05:00', to: '2026-04-01T00:00:00-04:00' });
 * //=> the same window, typed
 * ```
 */
export const MeasureSessionOutcomesOptions = z
  .strictObject({ from: Instant, to: Instant })
  .refine((w) => toEpochMs(w.to) > toEpochMs(w.from), {
    message: 'must end after it starts',
    path: ['to'],
    params: { code: 'scheduling.measures.end_before_start' satisfies SchedulingValidationCode },
  });
export type MeasureSessionOutcomesOptions = z.infer<typeof MeasureSessionOutcomesOptions>;

type Counter = { -readonly [K in keyof OutcomeMeasure]: OutcomeMeasure[K] };

function blank(id: string): Counter {
  return {
    id,
    clientSessions: 0,
    completed: 0,
    scheduled: 0,
    onTimeCancels: 0,
    lateCancels: 0,
    cancelsTimeUnknown: 0,
    noShows: 0,
    practiceCancels: 0,
    lateCancelRateBp: 0,
    noShowRateBp: 0,
  };
}

/**
 * Late-cancel and no-show rates per clinician and per client over a window, with a late cancellation
 * judged by the practice's own notice window. Rates are basis points of the sessions the client could
 * have attended (clinician and practice cancellations are counted apart and left out).
 *
 * @throws {@link ValidationError} when the policy or window is invalid; invalid appointments are reported by index.
 * @remarks Industry rates of 20–30 % are vendor claims, not a published norm; this measures the
 * practice's own.
 * @example
 * ```ts
 * // Monday 2026-03-02: six 50-minute sessions at 09, 10, 11, 13, 14 and 15 o'clock New York time.
 * const monday = [9, 10, 11, 13, 14, 15].map((hour, i) => {
 *   const at = `2026-03-02T${String(hour).padStart(2, '0')}`;
 *   return { id: `a-${i + 1}`, clinicianId: 'dr-lee', clientIds: [`cl-${i + 1}`], type: 'individual' as const,
 *     modality: { kind: 'telehealth' as const, clientLocationState: 'NY' as const },
 *     start: `${at}:00:00-05:00`, end: `${at}:50:00-05:00`, status: { state: 'scheduled' as const } };
 * });
 * // Four were attended; the 10:00 client did not come; the 11:00 client cancelled at 08:00 that morning.
 * const held = monday.map((a, i) =>
 *   i === 1 ? { ...a, status: { state: 'no_show' as const } }
 *   : i === 2 ? { ...a, status: { state: 'cancelled' as const, by: 'client' as const, at: '2026-03-02T08:00:00-05:00' } }
 *   : { ...a, status: { state: 'completed' as const } });
 * measureSessionOutcomes(held, { practiceZone: 'America/New_York' },
 *   { from: '2026-03-01T00:00:00-05:00', to: '2026-04-01T00:00:00-04:00' }).byClinician[0];
 * //=> { id: 'dr-lee', clientSessions: 6, completed: 4, noShows: 1, noShowRateBp: 1667, lateCancels: 1,
 * //     lateCancelRateBp: 1667, … }
 * ```
 */
export function measureSessionOutcomes(
  appointments: readonly unknown[],
  policyInput: CancellationPolicyInput,
  window: MeasureSessionOutcomesOptions,
): OutcomeMeasures {
  // Every argument's problems at once, each under its parameter's name (`$.policy.practiceZone`,
  // `$.window.to`, `$.appointments` when it is not a list); a bad record is reported by index instead.
  const [appointmentList, policy, w] = validateArguments([
    ['appointments', recordsArgument, appointments, 'appointments'],
    ['policy', CancellationPolicy, policyInput, 'cancellation policy'],
    ['window', MeasureSessionOutcomesOptions, window, 'measure window'],
  ]);
  const from = toEpochMs(w.from);
  const to = toEpochMs(w.to);
  const batch = validateBatch(SchedulingAppointment, appointmentList);
  const clinicians = new Map<string, Counter>();
  const clients = new Map<string, Counter>();
  const bump = (map: Map<string, Counter>, id: string, field: keyof Omit<Counter, 'id'>, client: boolean) => {
    let c = map.get(id);
    if (c === undefined) {
      c = blank(id);
      map.set(id, c);
    }
    c[field] += 1;
    if (client) c.clientSessions += 1;
  };
  for (const { value: a } of batch.valid) {
    const start = toEpochMs(a.start);
    if (start < from || start >= to) continue;
    const s = a.status;
    let field: keyof Omit<Counter, 'id'>;
    switch (s.state) {
      case 'scheduled':
        field = 'scheduled';
        break;
      case 'completed':
        field = 'completed';
        break;
      case 'no_show':
        field = 'noShows';
        break;
      case 'cancelled':
        field =
          s.by !== 'client'
            ? 'practiceCancels'
            : s.at === undefined
              ? 'cancelsTimeUnknown'
              : isLateCancellation(
                    start,
                    toEpochMs(s.at),
                    policy,
                    sessionZone(a.modality, policy.practiceZone),
                  )
                ? 'lateCancels'
                : 'onTimeCancels';
        break;
      default: {
        const exhausted: never = s;
        field = exhausted;
      }
    }
    const countsForClient = field !== 'practiceCancels';
    bump(clinicians, a.clinicianId, field, countsForClient);
    for (const clientId of a.clientIds) bump(clients, clientId, field, countsForClient);
  }
  const finish = (map: Map<string, Counter>): OutcomeMeasure[] =>
    [...map.values()]
      .map((c) => ({
        ...c,
        lateCancelRateBp:
          c.clientSessions === 0 ? 0 : divideRounded(c.lateCancels * 10_000, c.clientSessions, 'half_even'),
        noShowRateBp:
          c.clientSessions === 0 ? 0 : divideRounded(c.noShows * 10_000, c.clientSessions, 'half_even'),
      }))
      .sort((a, b) => compareText(a.id, b.id));
  return { byClinician: finish(clinicians), byClient: finish(clients), invalidAppointments: batch.invalid };
}
