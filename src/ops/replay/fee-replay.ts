import {
  type ClientId,
  formatInstant,
  type IanaZone,
  type Instant,
  type Reason,
  reason,
} from '../../core/index.js';
import { compareText } from '../../core/internal.js';
import {
  CancellationPolicy,
  type MissedSessionFeeDecision,
  type MissedSessionKind,
  type SchedulingAppointment,
  type SchedulingClient,
} from '../../scheduling/index.js';
import {
  decideMissedSessionFeesFromValidated,
  MAX_NO_SHOW_AFTER_MINUTES,
} from '../../scheduling/internal.js';
import { cancellationPolicyInForce } from '../data/cancellation-policy-in-force.js';
import type { PracticeData } from '../data/practice-data.js';
import type { PracticePolicies } from '../data/practice-policies.js';
import type { FeeCrisisFacts } from '../queue/fee-crisis-facts.js';
import { type PolicyPeriod, periodIndexOf } from './policy-source.js';

/**
 * One side (current or proposed) of a missed session's fee in a replay.
 *
 * @example
 * ```ts
 * const side: FeeReplaySide = { outcome: 'charge', kind: 'late_cancel', feeCents: 15000, responsiblePartyId: 'c-1', policyVersion: null, reasons: [] };
 * ```
 */
export interface FeeReplaySide {
  readonly outcome: MissedSessionFeeDecision['outcome'];
  /** What kind of miss the policy saw; `null` when no policy was in force. */
  readonly kind: MissedSessionKind | null;
  readonly feeCents: number;
  readonly responsiblePartyId: string | null;
  /** The policy version that decided, when the policies carry one. */
  readonly policyVersion: string | null;
  /** The fee rule's reasons, unchanged (with their facts: the notice given and the window). */
  readonly reasons: readonly Reason[];
}

/**
 * A missed session whose fee differs between the current and the proposed policy.
 *
 * @example
 * ```ts
 * const change: FeeReplayChange = replay.fees.changes[0];
 * change.changeCents; //=> 15000 (charged under the proposal, not now)
 * ```
 */
export interface FeeReplayChange {
  readonly appointmentId: string;
  /** When the session was missed: the client's cancellation, or the start of a no-show. */
  readonly eventAt: Instant;
  readonly clientIds: readonly string[];
  readonly before: FeeReplaySide;
  readonly after: FeeReplaySide;
  /**
   * `after.feeCents - before.feeCents`: positive when the proposal charges more; `null` when either side is
   * `undecided` (a fee that is not known is neither charged nor waived).
   */
  readonly changeCents: number | null;
  /** Says what changed, with both sides' outcomes and fees as facts. */
  readonly reasons: readonly Reason[];
}

/**
 * The missed-session fee totals of a replay. `changeCents` is the sum of the changes decided on both
 * sides, and `addedCents - waivedCents === changeCents`. A fee decided on one side and `undecided` on the
 * other is counted apart (`undecidedChanged`, with the cents the decided side charges), never as added or
 * waived: `chargedAfterCents - chargedBeforeCents === changeCents + nowDecidedCents - nowUndecidedCents`.
 *
 * @example
 * ```ts
 * const t: FeeReplayTotals = replay.fees.totals;
 * t.chargedAfterCents - t.chargedBeforeCents === t.changeCents + t.nowDecidedCents - t.nowUndecidedCents; //=> true
 * ```
 */
export interface FeeReplayTotals {
  /** Missed sessions (late cancellations, no-shows and on-time cancellations by clients) replayed. */
  readonly sessions: number;
  /** Sessions whose outcome or fee differs. */
  readonly changed: number;
  readonly chargedBeforeCents: number;
  readonly chargedAfterCents: number;
  /** `addedCents - waivedCents`: the change in fees decided under both policies. */
  readonly changeCents: number;
  /** Fees the proposal adds or raises, in cents (fees decided under both policies). */
  readonly addedCents: number;
  /** Fees the proposal waives or lowers, in cents (a positive number; fees decided under both policies). */
  readonly waivedCents: number;
  /** Sessions whose fee is decided under one policy and `undecided` under the other. */
  readonly undecidedChanged: number;
  /** Cents charged now for sessions whose fee the proposal leaves `undecided` (not waived: not known). */
  readonly nowUndecidedCents: number;
  /** Cents the proposal charges for sessions whose fee is `undecided` now (not added: not known now). */
  readonly nowDecidedCents: number;
  /** Clients whose bill would differ: the responsible client of each changed session (all its clients when not known). */
  readonly clientsAffected: number;
  readonly undecidedBefore: number;
  readonly undecidedAfter: number;
}

/**
 * The fee side of a replay: the totals, and the sessions that change, largest change first.
 *
 * @example
 * ```ts
 * const fees: FeeReplay = replay.fees;
 * fees.changes.length === fees.totals.changed; //=> true
 * ```
 */
export interface FeeReplay {
  readonly totals: FeeReplayTotals;
  readonly changes: readonly FeeReplayChange[];
}

/** A missed session to decide: its appointment and when it was missed. */
export interface MissedEvent {
  readonly appointment: SchedulingAppointment;
  readonly atMs: number;
}

/**
 * The cancellation policy of a set of policies, its zone and holidays defaulting to the practice's, with
 * the date its written policy was first given to clients, read from the versions in `history` (see
 * {@link cancellationPolicyInForce}).
 */
export function cancellationPolicyOf(
  policies: PracticePolicies,
  data: PracticeData,
  history: readonly PracticePolicies[] = [],
): CancellationPolicy {
  return CancellationPolicy.parse(cancellationPolicyInForce(policies, data, history));
}

function sideOf(d: MissedSessionFeeDecision, version: string | undefined): FeeReplaySide {
  return {
    outcome: d.outcome,
    kind: d.kind,
    feeCents: d.feeCents,
    responsiblePartyId: d.responsiblePartyId,
    policyVersion: version ?? null,
    reasons: d.reasons,
  };
}

const NO_POLICY: FeeReplaySide = {
  outcome: 'undecided',
  kind: null,
  feeCents: 0,
  responsiblePartyId: null,
  policyVersion: null,
  reasons: [
    reason(
      'ops.replay.no_policy_in_force',
      'error',
      'No policy version was in force when the session was missed: its fee is not known.',
      {},
    ),
  ],
};

/**
 * Every event's fee under the policies of each period, by appointment id. Free misses carry from one
 * period into the next, as they did in the practice's books. A fee held for a client's crisis (open at the
 * end of the replay, or at the session) stays `undecided` until a clinician's decision made before `untilMs`
 * (the end of the last day replayed), as the work queue holds it.
 */
export function decideFees(
  events: readonly MissedEvent[],
  periods: readonly PolicyPeriod[],
  clients: ReadonlyMap<string, SchedulingClient>,
  data: PracticeData,
  crisis: FeeCrisisFacts & { readonly untilMs: number },
): Map<string, FeeReplaySide> {
  const zone = data.practice.zone;
  const byPeriod: SchedulingAppointment[][] = periods.map(() => []);
  for (const e of events)
    (byPeriod[periodIndexOf(periods, e.atMs)] as SchedulingAppointment[]).push(e.appointment);
  const lastMs = events.reduce((max, e) => Math.max(max, e.atMs), 0);
  // Every no-show up to the last event is past its mark: the replay decides what the books hold.
  // The clinicians' decisions up to the end of the last day replayed are read (a later `asOf` decides no
  // event differently: every event is before it).
  const asOf = formatInstant(
    Math.max(lastMs + MAX_NO_SHOW_AFTER_MINUTES * 60_000, crisis.untilMs - 1000),
    zone,
  );
  const sides = new Map<string, FeeReplaySide>();
  const eventMs = new Map<string, number>(events.map((e) => [e.appointment.id, e.atMs]));
  const priorWaivers: { clientId: ClientId; at: Instant }[] = [];
  const history = periods.flatMap((p) => (p.policies === null ? [] : [p.policies]));
  periods.forEach((period, i) => {
    const appointments = byPeriod[i] as SchedulingAppointment[];
    if (appointments.length === 0) return;
    if (period.policies === null) {
      for (const a of appointments) sides.set(a.id, NO_POLICY);
      return;
    }
    const policy = cancellationPolicyOf(period.policies, data, history);
    const decisions = decideMissedSessionFeesFromValidated(appointments, clients, policy, {
      asOf,
      priorWaivers: [...priorWaivers],
      openCrisisClientIds: crisis.openCrisisClientIds,
      clinicianFeeDecisions: crisis.clinicianFeeDecisions,
      crisisAtSession: crisis.crisisAtSession,
    });
    for (const d of decisions) {
      sides.set(d.appointmentId, sideOf(d, period.policies.version));
      if (d.waiverUsed && d.clientId !== null)
        priorWaivers.push({
          clientId: d.clientId as ClientId,
          at: formatInstant(eventMs.get(d.appointmentId) as number, zone),
        });
    }
  });
  return sides;
}

// A session changes when its outcome or fee does; a waived miss read as late rather than on time is no
// change to anyone's bill.
function differs(a: FeeReplaySide, b: FeeReplaySide): boolean {
  return a.outcome !== b.outcome || a.feeCents !== b.feeCents;
}

/**
 * Compares each missed session's fee before and after (the `reported` events only) and sums the
 * differences.
 */
export function compareFees(
  reported: readonly MissedEvent[],
  before: ReadonlyMap<string, FeeReplaySide>,
  after: ReadonlyMap<string, FeeReplaySide>,
  zone: IanaZone,
): FeeReplay {
  const changes: { change: FeeReplayChange; atMs: number }[] = [];
  const clients = new Set<string>();
  let chargedBeforeCents = 0;
  let chargedAfterCents = 0;
  let addedCents = 0;
  let waivedCents = 0;
  let undecidedBefore = 0;
  let undecidedAfter = 0;
  let undecidedChanged = 0;
  let nowUndecidedCents = 0;
  let nowDecidedCents = 0;
  for (const { appointment, atMs } of reported) {
    const b = before.get(appointment.id) as FeeReplaySide;
    const a = after.get(appointment.id) as FeeReplaySide;
    chargedBeforeCents += b.feeCents;
    chargedAfterCents += a.feeCents;
    if (b.outcome === 'undecided') undecidedBefore += 1;
    if (a.outcome === 'undecided') undecidedAfter += 1;
    if (!differs(b, a)) continue;
    // A fee that is not known on one side is neither added nor waived: it is counted apart.
    const decided = b.outcome !== 'undecided' && a.outcome !== 'undecided';
    const changeCents = decided ? a.feeCents - b.feeCents : null;
    if (changeCents === null) {
      undecidedChanged += 1;
      nowUndecidedCents += a.outcome === 'undecided' ? b.feeCents : 0;
      nowDecidedCents += b.outcome === 'undecided' ? a.feeCents : 0;
    } else if (changeCents > 0) addedCents += changeCents;
    else waivedCents -= changeCents;
    const billed = b.responsiblePartyId ?? a.responsiblePartyId;
    for (const id of billed === null ? appointment.clientIds : [billed]) clients.add(id);
    const change: FeeReplayChange = {
      appointmentId: appointment.id,
      eventAt: formatInstant(atMs, zone),
      clientIds: [...appointment.clientIds],
      before: b,
      after: a,
      changeCents,
      reasons: [
        reason('ops.replay.fee_changed', 'info', 'The fee differs under the proposed policy.', {
          beforeOutcome: b.outcome,
          afterOutcome: a.outcome,
          beforeCents: b.feeCents,
          afterCents: a.feeCents,
        }),
      ],
    };
    changes.push({ change, atMs });
  }
  // Largest change first (an undecided side counts as the other side's fee), then in time order.
  const size = (c: FeeReplayChange) => Math.abs(c.after.feeCents - c.before.feeCents);
  changes.sort(
    (x, y) =>
      size(y.change) - size(x.change) ||
      x.atMs - y.atMs ||
      compareText(x.change.appointmentId, y.change.appointmentId),
  );
  return {
    totals: {
      sessions: reported.length,
      changed: changes.length,
      chargedBeforeCents,
      chargedAfterCents,
      changeCents: addedCents - waivedCents,
      addedCents,
      waivedCents,
      undecidedChanged,
      nowUndecidedCents,
      nowDecidedCents,
      clientsAffected: clients.size,
      undecidedBefore,
      undecidedAfter,
    },
    changes: changes.map((c) => c.change),
  };
}
