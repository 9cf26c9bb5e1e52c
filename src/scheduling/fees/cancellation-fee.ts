import * as z from 'zod';
import {
  addBusinessDays,
  addMonths,
  applyBasisPoints,
  ClientId,
  createBusinessCalendar,
  type Decision,
  formatInstant,
  type IanaZone,
  Instant,
  isNonEmpty,
  type NonEmptyArray,
  reason,
  resolveLocalTime,
  ValidationError,
} from '../../core/index.js';
import {
  formatPath,
  fromEpochDay,
  localDayAndMinute,
  toEpochDay,
  toEpochMs,
  validateArguments,
  zoneOffsetMinutes,
} from '../../core/internal.js';
import { SchedulingAppointment, type SchedulingAppointmentInput } from '../appointments/appointment.js';
import { SchedulingClient, type SchedulingClientInput } from '../appointments/client-profile.js';
import { sessionZone } from '../appointments/session-modality.js';
import type { SchedulingReason, SchedulingReasonCode, SchedulingValidationCode } from '../reason-codes.js';
import {
  CancellationPolicy,
  type CancellationPolicyInput,
  type MissedSessionFee,
} from './cancellation-policy.js';
import { ClinicianFeeDecision, type CrisisFacts, crisisHoldOf } from './crisis-hold.js';
import { CrisisPeriod, clientsInCrisisAtSession } from './crisis-periods.js';
import { type ResponsibleParty, responsiblePartyOf } from './responsible-party.js';

/**
 * What kind of event the appointment was, for fee purposes. `cancel_time_unknown`: the client cancelled
 * and nobody recorded when, so it is neither on time nor late.
 *
 * @example
 * ```ts
 * const kind: MissedSessionKind = 'late_cancel';
 * ```
 */
export type MissedSessionKind =
  | 'not_missed'
  | 'cancelled_by_practice'
  | 'on_time_cancel'
  | 'late_reschedule'
  | 'late_cancel'
  | 'no_show'
  | 'cancel_time_unknown';

/**
 * The fee decision for one session: `charge` (a fee above zero, to the session's responsible party),
 * `no_charge` (with the reasons why not) or `undecided` (a fact is missing: a client's record or
 * coverage, a minor's guarantor, the session fee for a percentage fee, when the client cancelled). One
 * decision per session, never one per attendee.
 *
 * @example
 * ```ts
 * const d: MissedSessionFeeDecision = evaluateMissedSessionFee(appointment, client, policy);
 * d.outcome; //=> 'charge'
 * ```
 */
export type MissedSessionFeeDecision = Decision<
  'charge',
  'no_charge' | 'undecided',
  SchedulingReasonCode,
  {
    readonly appointmentId: string;
    /** Every client of the session, in the appointment's order. */
    readonly clientIds: readonly string[];
    /** The client whose account the fee goes to; `null` when it could not be decided (a record is missing). */
    readonly clientId: string | null;
    /** Who pays: that client's guarantor (a minor's parent or guardian), else the client; `null` as above. */
    readonly responsiblePartyId: string | null;
    readonly kind: MissedSessionKind;
    /** The fee in integer cents: 0 unless `charge`. */
    readonly feeCents: number;
    /** Whether this decision uses one of the responsible client's free misses. */
    readonly waiverUsed: boolean;
  }
>;

/**
 * Facts outside the appointment the fee rule needs.
 * @example
 * ```ts
 * EvaluateMissedSessionFeeOptions.parse({ asOf: '2026-03-10T11:00:00-04:00' });
 * //=> { asOf: '2026-03-10T11:00:00-04:00', priorWaivers: [], openCrisisClientIds: [], clinicianFeeDecisions: [], crisisPeriods: [] }
 * ```
 */
export const EvaluateMissedSessionFeeOptions = z.strictObject({
  /**
   * When the decision is made: a no-show is one only from the policy's `noShowAfterMinutes` after the
   * start, and a cancellation recorded after this instant has not happened yet.
   */
  asOf: Instant,
  /** When the responsible client's earlier free misses were used (any order). */
  priorWaivers: z.array(Instant).default([]),
  /**
   * Clients with a crisis open as of `asOf` (a crisis message no clinician has closed): a fee of a session
   * of theirs is never charged without the clinician's decision (`scheduling.cancellation.crisis_open`).
   */
  openCrisisClientIds: z.array(ClientId).default([]),
  /** Clinicians' decisions on fees held for an open crisis: `charge` lets the policy fee apply, `waive` waives it. */
  clinicianFeeDecisions: z.array(ClinicianFeeDecision).default([]),
  /**
   * When clients' crises were open (raised, and closed if they are): a session missed while one of its
   * clients' crisis was open stays the clinician's to decide after the crisis closes, as an open one does.
   */
  crisisPeriods: z.array(CrisisPeriod).default([]),
});
export type EvaluateMissedSessionFeeOptions = z.input<typeof EvaluateMissedSessionFeeOptions>;

/**
 * The last on-time instant of a business-days notice: the session's wall time in its zone (the office's
 * for an in-person session that names it, else the practice zone), `days` business days before its date.
 */
function businessDayDeadlineMs(
  startMs: number,
  days: number,
  policy: CancellationPolicy,
  zone: IanaZone,
): number {
  const { epochDay: day, minuteOfDay: minute } = localDayAndMinute(startMs, zone);
  const calendar = createBusinessCalendar({ holidays: policy.holidays, weekend: policy.weekend });
  const deadlineDate = addBusinessDays(fromEpochDay(day), -days, calendar);
  const hh = Math.floor(minute / 60);
  const mm = minute % 60;
  const time = `${hh < 10 ? '0' : ''}${hh}:${mm < 10 ? '0' : ''}${mm}`;
  // A deadline the clock shows twice (the fall-back hour) is its later instant, and one it skips (the
  // spring-forward gap) moves forward: an ambiguous deadline never makes a cancellation late.
  const deadline = resolveLocalTime(deadlineDate, time, zone, { gap: 'shift_forward', overlap: 'later' });
  return deadline.epochMs ?? startMs;
}

/**
 * The last on-time instant of an hours notice: `hours` real hours before the start, or the same span read on
 * the session's wall clock when that is later. They differ only when a DST change falls inside the window:
 * the spring change makes a day of 23 hours, so a cancellation at 09:30 on Saturday 2027-03-13 for Sunday's
 * 10:00 session is 23.5 real hours ahead but a day and half an hour on every clock in the practice
 * [sources: usc-15-260a]. An ambiguous deadline never makes a cancellation late, as for business days; on the
 * 25-hour day the real hours are the later deadline and stand. The wall reading is the real-hours deadline
 * moved by the offset the zone gained in the window (the spring-forward gap shifts forward).
 */
function hoursDeadlineMs(startMs: number, hours: number, zone: IanaZone): number {
  const elapsedMs = startMs - hours * 3_600_000;
  const gainedMinutes = zoneOffsetMinutes(zone, startMs) - zoneOffsetMinutes(zone, Math.floor(elapsedMs));
  return elapsedMs + Math.max(0, gainedMinutes) * 60_000;
}

/**
 * Whether the cancellation was late under the policy's notice (internal: inputs parsed); business days are
 * counted in `zone`, the session's ({@link sessionZone}).
 */
export function isLateCancellation(
  startMs: number,
  cancelledAtMs: number,
  policy: CancellationPolicy,
  zone: IanaZone,
): boolean {
  const notice = policy.notice;
  switch (notice.unit) {
    case 'hours':
      return cancelledAtMs > hoursDeadlineMs(startMs, notice.hours, zone);
    case 'business_days':
      return cancelledAtMs > businessDayDeadlineMs(startMs, notice.days, policy, zone);
    // Stryker disable next-line all: the exhaustive check, unreachable for parsed input
    default: {
      const exhausted: never = notice;
      return exhausted;
    }
  }
}

/**
 * The first millisecond a cancellation is late (internal): every instant from it on is late, every one
 * before it on time, as {@link isLateCancellation} says.
 */
export function firstLateMs(startMs: number, policy: CancellationPolicy, zone: IanaZone): number {
  const notice = policy.notice;
  return notice.unit === 'hours'
    ? Math.floor(hoursDeadlineMs(startMs, notice.hours, zone)) + 1
    : businessDayDeadlineMs(startMs, notice.days, policy, zone) + 1;
}

function baseFee(fee: MissedSessionFee, sessionFee: number | undefined): number | 'missing' | 'none' {
  switch (fee.kind) {
    case 'none':
      return 'none';
    case 'flat':
      // A fee is never above the session fee: a flat fee above zero with no session fee to check it against
      // cannot be charged until the session fee is recorded.
      return fee.cents > 0 && sessionFee === undefined ? 'missing' : fee.cents;
    case 'percent_of_session':
      return sessionFee === undefined
        ? 'missing'
        : applyBasisPoints(sessionFee, fee.basisPoints, fee.rounding);
    case 'full_session':
      return sessionFee === undefined ? 'missing' : sessionFee;
    // Stryker disable next-line all: the exhaustive check, unreachable for parsed input
    default: {
      const exhausted: never = fee;
      return exhausted;
    }
  }
}

/** Payer-class exemptions for one client of a session [sources: cfr-42-447.15, cms-mcpm-ch1-30.3.13]. */
function payerExemptions(client: SchedulingClient, policy: CancellationPolicy): SchedulingReason[] {
  const out: SchedulingReason[] = [];
  const classes = client.payerClasses;
  const insured = classes.filter((c) => c !== 'self_pay');
  const hasMedicaid = insured.includes('medicaid');
  const medicaidOnly = hasMedicaid && insured.every((c) => c === 'medicaid');
  // Medicaid payment is payment in full; no missed-appointment charge [sources: cfr-42-447.15, usc-42-1396a].
  if (medicaidOnly && policy.medicaidOnly === 'exempt') {
    out.push(
      reason(
        'scheduling.cancellation.medicaid_exempt',
        'info',
        'Medicaid-only clients are not charged for missed sessions.',
        { clientId: client.id, payerClasses: [...classes] },
      ),
    );
  } else if (hasMedicaid && !medicaidOnly && policy.medicaidWithOtherCoverage === 'exempt') {
    out.push(
      reason(
        'scheduling.cancellation.medicaid_exempt',
        'info',
        'The policy does not charge Medicaid members.',
        {
          clientId: client.id,
          payerClasses: [...classes],
        },
      ),
    );
  }
  if (classes.includes('workers_comp') && policy.workersComp === 'exempt') {
    // The practice set its state's workers' compensation rule: the injured worker is not charged.
    out.push(
      reason(
        'scheduling.cancellation.workers_comp_exempt',
        'info',
        "Under the policy, a client with workers' compensation coverage is not charged for missed sessions.",
        { clientId: client.id, payerClasses: [...classes] },
      ),
    );
  }
  const exempt = classes.filter((c) => policy.exemptPayerClasses.includes(c)).sort();
  if (exempt.length > 0) {
    out.push(
      reason(
        'scheduling.cancellation.payer_class_exempt',
        'info',
        "The policy exempts the client's payer class.",
        {
          clientId: client.id,
          payerClasses: exempt,
        },
      ),
    );
  }
  if (classes.includes('medicare') && !exempt.includes('medicare')) {
    // Only when one policy and amount apply to all [sources: cms-mcpm-ch1-30.3.13]; any other exempt class
    // breaks that uniformity (a consultant's reading we follow as the safe side).
    const otherExempt = [
      ...new Set([
        ...policy.exemptPayerClasses.filter((c) => c !== 'medicaid'),
        ...(policy.workersComp === 'exempt' ? (['workers_comp'] as const) : []),
      ]),
    ];
    const uniform = policy.medicare === 'when_uniform' && policy.appliesUniformly && otherExempt.length === 0;
    if (!uniform) {
      out.push(
        reason(
          'scheduling.cancellation.medicare_not_uniform',
          'info',
          'Medicare clients may be charged only under a policy that applies the same way to every client.',
          {
            clientId: client.id,
            medicare: policy.medicare,
            appliesUniformly: policy.appliesUniformly,
            otherExemptPayerClasses: [...otherExempt].sort(),
          },
        ),
      );
    }
  }
  return out;
}

const BASIS_MESSAGES: Record<ResponsibleParty['basis'], string> = {
  appointment: 'The appointment names the client billed for the session.',
  single_party: 'Every client of the session is billed to the same party.',
  first_client: 'No responsible client is recorded for the session; the first client listed is billed.',
};

function responsiblePartyReason(party: ResponsibleParty): SchedulingReason {
  const through = party.partyId === party.clientId ? '' : ' The fee goes to their guarantor.';
  // Billing the first client listed is a convention, not a recorded fact: say so as a warning.
  return reason(
    'scheduling.cancellation.responsible_party',
    party.basis === 'first_client' ? 'warning' : 'info',
    `${BASIS_MESSAGES[party.basis]}${through}`,
    {
      clientId: party.clientId,
      responsiblePartyId: party.partyId,
      basis: party.basis,
    },
  );
}

/**
 * Decides the late-cancel or no-show fee of one session, with every reason: whether the event was a late
 * cancellation (hours or business days of notice, in the practice zone) or a no-show; every exemption that
 * applies to any client of the session (clinician or practice cancelled, documented emergency, payer
 * class, unacknowledged policy, a free miss left in the rolling 12 months); who pays (the session's
 * responsible party); the fee (flat, share or full session fee) and its cap. A couples, family or group
 * session is one session: at most one fee, charged to its responsible party, never one per attendee.
 * The fee is never negative and never above the cap or the session fee.
 *
 * Who pays: the client the appointment names (`responsibleClientId`); else the one party every client of
 * the session is billed to (a family whose children's guarantor is the parent on the session); else the
 * first client listed. A client with a `guarantorId` (a minor's parent or guardian) is charged through
 * the guarantor; a minor (per `birthDate` and the policy's `ageOfMajority`) with none recorded is
 * `undecided`, and so is a client billed with neither a `birthDate` nor a `guarantorId`
 * (`scheduling.cancellation.age_unknown`): whether they are a minor is not known, so they are never
 * charged as an adult.
 *
 * A no-show is one only from the policy's `noShowAfterMinutes` (default 15) after the start: not arrived
 * and not in touch by then [sources: peer-morethanok-no-show]. One recorded before `asOf` reaches that
 * mark (at 10:05 for 10:00, or for a session still to come) is `undecided`
 * (`scheduling.cancellation.no_show_too_early`), whatever else applies; a client cancellation recorded at a
 * time after `asOf` is `undecided` too (`scheduling.cancellation.cancelled_after_as_of`).
 *
 * Nothing is assumed: a client of the session whose record is not given, or whose coverage is not
 * recorded (empty `payerClasses`), makes the decision `undecided` unless an exemption already rules the
 * fee out. Unknown coverage is never read as self-pay. A Medicare client under a policy whose
 * `workersComp` rule is not set is `undecided` too (`scheduling.cancellation.medicare_uniformity_unknown`):
 * Medicare clients may be charged only under a uniform policy, and whether it is cannot be told.
 *
 * A client of the session (or the party who pays) with a crisis open as of `asOf` (`openCrisisClientIds`)
 * is never charged without the clinician's decision: a fee that would be charged is `undecided`
 * (`scheduling.cancellation.crisis_open`, routed to the clinician) and uses no free miss, until a
 * `clinicianFeeDecisions` entry for the appointment made by `asOf` says `waive` (`no_charge`,
 * `scheduling.cancellation.crisis_fee_waived`) or `charge` (the policy fee,
 * `scheduling.cancellation.crisis_fee_approved`); the latest counts, a waive on a tie. The same holds
 * for a client whose crisis was open at any time from the miss to the session's start and has closed
 * since (`crisisPeriods`, raised by `asOf`): the fee stays the clinician's to decide.
 *
 * A client cancellation without a time (`status.at` left out: entered the next morning, a voicemail
 * without a time) is never given one: the entry time would make a timely cancellation late, the start
 * every one. It is decided (kind `cancel_time_unknown`) only where every time gives the same answer: a
 * reschedule the policy does not count, an exemption that holds at any time (a documented emergency, a
 * payer class, a policy never acknowledged), or a late-cancel fee of none or zero with every fact the
 * rule asks first there at every late time; that decision says `scheduling.cancellation.time_unknown`
 * (info). Otherwise it is `undecided`, fee 0, with `scheduling.cancellation.time_unknown` (error) first:
 * record when the client cancelled. A free miss is never used on it.
 *
 * @param appointmentInput - the appointment with its status (validated)
 * @param clientsInput - the session's clients (one client, or a list; validated)
 * @param policyInput - the practice's policy (validated)
 * @param options - `asOf`, when the decision is made, and when the responsible client's earlier free
 * misses were used
 * @throws {@link ValidationError} on invalid input, and (code
 * `scheduling.cancellation.client_not_on_appointment`) when a client given is not one of the appointment's
 * clients.
 * @remarks Windows and fees are practice choices; Medicaid and Medicare limits
 * [sources: cfr-42-447.15, cms-mcpm-ch1-30.3.13]. A fee is the client's own charge for a missed business
 * opportunity, never billed to a payer [sources: cms-mcpm-ch1-30.3.13, peer-simplepractice-appointment-status].
 * A free miss is only used when the fee would otherwise apply.
 * @example
 * ```ts
 * evaluateMissedSessionFee(
 *   { …tuesday10am, sessionFeeCents: 15_000,
 *     status: { state: 'cancelled', by: 'client', at: '2026-03-10T07:00:00-04:00' } },
 *   { id: 'c-1', zone: 'America/New_York', locationState: 'NY', payerClasses: ['commercial'],
 *     birthDate: '1988-04-12', cancellationPolicyAcknowledgedAt: '2026-01-05T12:00:00-05:00' },
 *   { practiceZone: 'America/New_York' },
 *   { asOf: '2026-03-10T08:00:00-04:00' },
 * );
 * //=> { outcome: 'charge', kind: 'late_cancel', feeCents: 15000, clientId: 'c-1', responsiblePartyId: 'c-1',
 * //     reasons: [{ code: 'scheduling.cancellation.fee_charged', … }, { code: 'scheduling.cancellation.late', … },
 * //               { code: 'scheduling.cancellation.responsible_party', … }] }
 *
 * // The same cancellation with no time recorded: the fee depends on it, so it is not decided.
 * evaluateMissedSessionFee({ …tuesday10am, sessionFeeCents: 15_000, status: { state: 'cancelled', by: 'client' } },
 *   client, { practiceZone: 'America/New_York' }, { asOf: '2026-03-10T12:00:00-04:00' });
 * //=> { outcome: 'undecided', kind: 'cancel_time_unknown', feeCents: 0,
 * //     reasons: [{ code: 'scheduling.cancellation.time_unknown', severity: 'error', … }, …] }
 *
 * // A couples no-show with a $150 flat fee: one fee, to the first client listed.
 * evaluateMissedSessionFee({ …couplesMonday, clientIds: ['c1', 'c2'], status: { state: 'no_show' } },
 *   [c1, c2], { practiceZone: 'America/New_York', noShowFee: { kind: 'flat', cents: 15_000 } },
 *   { asOf: '2026-03-09T11:00:00-04:00' });
 * //=> { outcome: 'charge', feeCents: 15000, clientId: 'c1', responsiblePartyId: 'c1', … }
 *
 * // The same no-show recorded at 10:05, before the 15 minutes are up: not a no-show yet.
 * evaluateMissedSessionFee({ …couplesMonday, clientIds: ['c1', 'c2'], status: { state: 'no_show' } },
 *   [c1, c2], { practiceZone: 'America/New_York' }, { asOf: '2026-03-09T10:05:00-04:00' });
 * //=> { outcome: 'undecided', feeCents: 0, reasons: [{ code: 'scheduling.cancellation.no_show_too_early', … }, …] }
 * ```
 */
export function evaluateMissedSessionFee(
  appointmentInput: SchedulingAppointmentInput,
  clientsInput: SchedulingClientInput | readonly SchedulingClientInput[],
  policyInput: CancellationPolicyInput,
  options: EvaluateMissedSessionFeeOptions,
): MissedSessionFeeDecision {
  const single = !Array.isArray(clientsInput);
  // Every argument's problems at once, each under its parameter's name (`$.policy.capCents`).
  const [appointment, parsedClients, policy, opts] = validateArguments([
    ['appointment', SchedulingAppointment, appointmentInput, 'appointment'],
    ['clients', single ? SchedulingClient : z.array(SchedulingClient), clientsInput, 'clients'],
    ['policy', CancellationPolicy, policyInput, 'cancellation policy'],
    ['options', EvaluateMissedSessionFeeOptions, options, 'missed session fee options'],
  ]);
  const given: readonly SchedulingClient[] = Array.isArray(parsedClients) ? parsedClients : [parsedClients];
  const stranger = given.findIndex((c) => !appointment.clientIds.includes(c.id));
  if (stranger >= 0) {
    const path = single ? ['clients', 'id'] : ['clients', stranger, 'id'];
    throw new ValidationError('clients', [
      {
        path,
        at: formatPath(path),
        code: 'scheduling.cancellation.client_not_on_appointment' satisfies SchedulingValidationCode,
        message: 'is not one of the appointment’s clients',
      },
    ]);
  }
  const byId = new Map(given.map((c) => [c.id as string, c]));
  const priorWaiverMs = opts.priorWaivers.map(toEpochMs);
  const asOfMs = toEpochMs(opts.asOf);
  const atSession = clientsInCrisisAtSession(appointment, opts.crisisPeriods, asOfMs);
  return decideFee(
    appointment,
    byId,
    policy,
    asOfMs,
    (window) => {
      const used = freeMissesUsedIn(priorWaiverMs, window, policy);
      return { used, granted: used < policy.waiversPer12Months };
    },
    { ...opts, crisisAtSession: new Map([[appointment.id as string, atSession]]) },
  );
}

/** A miss's rolling 12 months, for free misses: its instant and the last practice-zone day before them. */
export interface FreeMissWindow {
  readonly clientId: string;
  readonly eventMs: number;
  /** Free misses used on a later day than this (epoch day) and not after `eventMs` count against it. */
  readonly windowStartDay: number;
}

/** Whether a late cancel or no-show that would be charged uses a free miss, and how many were used before it. */
export type FreeMissCheck = (window: FreeMissWindow) => { readonly used: number; readonly granted: boolean };

/** The rolling 12 months of a miss at `eventMs` (internal). */
export function freeMissWindowStartDay(eventMs: number, policy: CancellationPolicy): number {
  const eventDate = fromEpochDay(localDayAndMinute(eventMs, policy.practiceZone).epochDay);
  return toEpochDay(addMonths(eventDate, -12));
}

/** How many of the free misses used at `usedMs` count against a miss's 12 months (internal). */
export function freeMissesUsedIn(
  usedMs: readonly number[],
  window: FreeMissWindow,
  policy: CancellationPolicy,
): number {
  return usedMs.filter(
    (ms) =>
      ms <= window.eventMs && localDayAndMinute(ms, policy.practiceZone).epochDay > window.windowStartDay,
  ).length;
}

/**
 * The notice a client gave against the window, so a decision says how near it came to the other side:
 * with an hours window, `marginHours` is the notice minus the window (negative: that many hours short).
 */
function noticeFacts(noticeHours: number, policy: CancellationPolicy) {
  const notice = { ...policy.notice };
  return notice.unit === 'hours'
    ? { noticeHours, notice, marginHours: Math.round((noticeHours - notice.hours) * 60) / 60 }
    : { noticeHours, notice };
}

/**
 * Every exemption that rules the fee out for a miss at `eventMs`: a documented emergency, a payer class of
 * any known client, the billed client's policy not acknowledged by then. A time unknown is asked as the
 * latest time (`Infinity`): only an acknowledgement never given exempts, one given is before some late time.
 */
function exemptionsOf(
  status: { readonly emergencyDocumented: boolean },
  known: readonly SchedulingClient[],
  party: ResponsibleParty | undefined,
  clients: ReadonlyMap<string, SchedulingClient>,
  policy: CancellationPolicy,
  eventMs: number,
): SchedulingReason[] {
  const exemptions: SchedulingReason[] = [];
  if (status.emergencyDocumented && policy.emergencyWaives) {
    exemptions.push(
      reason('scheduling.cancellation.emergency', 'info', 'A documented emergency waives the fee.', {}),
    );
  }
  for (const c of known) exemptions.push(...payerExemptions(c, policy));
  const billed = party === undefined ? undefined : clients.get(party.clientId);
  const ack = billed === undefined ? undefined : acknowledgementOf(billed);
  // With a guarantor and no acknowledgement of theirs recorded, the fee is undecided, asked apart.
  const unrecorded = billed?.guarantorId !== undefined && ack === undefined;
  if (
    billed !== undefined &&
    policy.requireAcknowledgement &&
    !unrecorded &&
    (ack === undefined || toEpochMs(ack) > eventMs)
  ) {
    exemptions.push(
      reason(
        'scheduling.cancellation.not_acknowledged',
        'info',
        'The client billed had not acknowledged the written policy.',
        { clientId: billed.id, acknowledged: ack !== undefined },
      ),
    );
  }
  return exemptions;
}

/** The acknowledgement a fee needs: the guarantor's when a guarantor pays, else the client's own. */
function acknowledgementOf(client: SchedulingClient): string | undefined {
  return client.guarantorId === undefined
    ? client.cancellationPolicyAcknowledgedAt
    : client.guarantorPolicyAcknowledgedAt;
}

/**
 * The reason a fee is undecided when a guarantor pays and their acknowledgement of the policy is not
 * recorded (the client's own does not stand in for it), or nothing.
 */
function guarantorAcknowledgementMissing(
  party: ResponsibleParty | undefined,
  clients: ReadonlyMap<string, SchedulingClient>,
  policy: CancellationPolicy,
): SchedulingReason[] {
  const billed = party === undefined ? undefined : clients.get(party.clientId);
  if (
    billed?.guarantorId === undefined ||
    !policy.requireAcknowledgement ||
    billed.guarantorPolicyAcknowledgedAt !== undefined
  ) {
    return [];
  }
  return [
    reason(
      'scheduling.cancellation.guarantor_acknowledgement_missing',
      'error',
      'The guarantor who pays (a minor’s parent or guardian) has no acknowledgement of the written policy on record; the client’s own does not count. Record it; no fee until then.',
      { clientId: billed.id, guarantorId: billed.guarantorId },
    ),
  ];
}

/**
 * The reason a fee is undecided when the acknowledgement on record predates this version of the written
 * policy (`acknowledgementsFrom`): the client acknowledged an earlier one, and a written policy must be
 * given before a fee under it (what `requireAcknowledgement` enforces). Nothing when no acknowledgement is
 * recorded (that exempts, or is asked of the guarantor apart) or when the policy names no such date.
 */
function earlierVersionAcknowledged(
  party: ResponsibleParty | undefined,
  clients: ReadonlyMap<string, SchedulingClient>,
  policy: CancellationPolicy,
): SchedulingReason[] {
  const billed = party === undefined ? undefined : clients.get(party.clientId);
  const ack = billed === undefined ? undefined : acknowledgementOf(billed);
  if (ack === undefined || !policy.requireAcknowledgement || policy.acknowledgementsFrom === undefined)
    return [];
  const fromMs = resolveLocalTime(policy.acknowledgementsFrom, '00:00', policy.practiceZone)
    .epochMs as number;
  if (toEpochMs(ack) >= fromMs) return [];
  return [
    reason(
      'scheduling.cancellation.policy_version_not_acknowledged',
      'error',
      'The acknowledgement on record is of an earlier version of the written policy: have the client (or the guarantor who pays) acknowledge the current one; no fee until then.',
      {
        clientId: (billed as SchedulingClient).id,
        acknowledgedAt: ack,
        acknowledgementsFrom: policy.acknowledgementsFrom,
      },
    ),
  ];
}

/**
 * The reason a fee is undecided when the client billed pays for themselves and their acknowledgement of
 * the policy on record was given before they reached the policy's `ageOfMajority` (their birthday in the
 * practice zone, the zone the fee rule dates ages in): a minor's signature does not bind the adult, who
 * must acknowledge the policy for themselves. Nothing when a guarantor pays (theirs is the acknowledgement
 * asked), when the client is still a minor without one (asked apart), when no birth date or acknowledgement is recorded (asked apart), or when it was given on or after
 * the birthday.
 */
function acknowledgedAsMinor(
  party: ResponsibleParty | undefined,
  clients: ReadonlyMap<string, SchedulingClient>,
  policy: CancellationPolicy,
): SchedulingReason[] {
  const billed = party === undefined ? undefined : clients.get(party.clientId);
  const ack = billed?.cancellationPolicyAcknowledgedAt;
  // For the types: with no acknowledgement the policy either exempts the fee before this is asked or does
  // not require one (the next test), so this guard changes no answer.
  // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, as said above
  if (billed === undefined || ack === undefined) return [];
  if (
    (party as ResponsibleParty).minorWithoutGuarantor ||
    billed.guarantorId !== undefined ||
    billed.birthDate === undefined ||
    !policy.requireAcknowledgement
  ) {
    return [];
  }
  const adultOn = addMonths(billed.birthDate, 12 * policy.ageOfMajority);
  const acknowledgedOn = fromEpochDay(localDayAndMinute(toEpochMs(ack), policy.practiceZone).epochDay);
  if (acknowledgedOn >= adultOn) return [];
  return [
    reason(
      'scheduling.cancellation.acknowledged_as_minor',
      'error',
      'The client acknowledged the written policy before reaching the age of majority: an adult acknowledges it for themselves. Have the client acknowledge it again; no fee until then.',
      {
        clientId: billed.id,
        acknowledgedAt: ack,
        adultOn,
        ageOfMajority: policy.ageOfMajority,
      },
    ),
  ];
}

/**
 * The reason a fee is undecided when a client of the session has workers' compensation coverage and the
 * policy does not say how its state treats a missed-session charge to the injured worker
 * (`workersComp: 'undecided'`), or nothing [sources: wa-lni-missed-appointments, tn-wc-missed-appointment].
 */
function workersCompRuleUnknown(
  known: readonly SchedulingClient[],
  policy: CancellationPolicy,
): SchedulingReason[] {
  const ids = known.filter((c) => c.payerClasses.includes('workers_comp')).map((c) => c.id as string);
  if (policy.workersComp !== 'undecided' || !isNonEmpty(ids)) return [];
  return [
    reason(
      'scheduling.cancellation.workers_comp_rule_unknown',
      'error',
      "A client of the session has workers' compensation coverage: whether the injured worker may be charged is the state's workers' compensation rule, which the policy does not set. Set it (policy `workersComp`); no fee until then.",
      { clientIds: ids },
    ),
  ];
}

/**
 * The reason a fee is undecided when a client of the session has Medicare and the policy does not say how
 * its state treats workers' compensation clients (`workersComp: 'undecided'`): Medicare clients may be
 * charged only under a policy that applies the same way to every client [sources: cms-mcpm-ch1-30.3.13],
 * and a workers' compensation exemption breaks that (the reading `workersComp: 'exempt'` follows), so
 * whether the policy is uniform is not known. Only reached when no exemption applies (a Medicare client
 * under a non-uniform policy is already exempt).
 */
function medicareUniformityUnknown(
  known: readonly SchedulingClient[],
  policy: CancellationPolicy,
): SchedulingReason[] {
  const ids = known.filter((c) => c.payerClasses.includes('medicare')).map((c) => c.id as string);
  if (policy.workersComp !== 'undecided' || !isNonEmpty(ids)) return [];
  return [
    reason(
      'scheduling.cancellation.medicare_uniformity_unknown',
      'error',
      "A client of the session has Medicare, which may be charged only under a policy that applies the same way to every client; the policy does not set its state's workers' compensation rule (policy `workersComp`), so whether it does is not known. Set it; no fee until then.",
      { clientIds: ids, workersComp: policy.workersComp },
    ),
  ];
}

function clientUnknown(missing: readonly string[]): SchedulingReason {
  return reason(
    'scheduling.cancellation.client_unknown',
    'error',
    'A client record of the session is missing: exemptions and who pays cannot be checked.',
    { clientIds: [...missing] },
  );
}

/** The ids of the clients whose coverage is not recorded. */
function uncoveredOf(known: readonly SchedulingClient[]): string[] {
  return known.filter((c) => c.payerClasses.length === 0).map((c) => c.id as string);
}

function coverageUnknown(uncovered: readonly string[]): SchedulingReason {
  return reason(
    'scheduling.cancellation.coverage_unknown',
    'error',
    'Coverage is not recorded, so the payer exemptions (Medicaid, Medicare) cannot be checked; record it before any fee.',
    { clientIds: [...uncovered] },
  );
}

function ageUnknown(party: ResponsibleParty, policy: CancellationPolicy): SchedulingReason {
  return reason(
    'scheduling.cancellation.age_unknown',
    'error',
    'The client billed has no birth date and no guarantor recorded: whether a parent or guardian pays cannot be checked; record the birth date (or the guarantor) before any fee.',
    { clientId: party.clientId, ageOfMajority: policy.ageOfMajority },
  );
}

/** What the fee rule knows of a client cancellation whose time is not recorded. */
interface UnknownTimeFacts {
  readonly appointment: SchedulingAppointment;
  readonly status: Extract<SchedulingAppointment['status'], { state: 'cancelled' }>;
  readonly known: readonly SchedulingClient[];
  readonly missing: readonly string[];
  readonly party: ResponsibleParty | undefined;
  readonly clients: ReadonlyMap<string, SchedulingClient>;
  readonly policy: CancellationPolicy;
  readonly startMs: number;
}

/**
 * The fee of a client cancellation whose time is not recorded. Whatever the notice, a time early enough
 * is on time (no fee) and a time after the start is late: the fee is decided only when every late time
 * gives no fee either (a reschedule the policy does not count, an exemption that holds at any time, no
 * late-cancel fee or one of zero, with every fact the rule asks first there at every late time), and is
 * `undecided` otherwise. A free miss is never used: it is counted by its time in the client's 12 months.
 */
function decideUnknownTime(
  facts: UnknownTimeFacts,
  base: Omit<MissedSessionFeeDecision, 'outcome' | 'kind' | 'reasons'>,
  who: readonly SchedulingReason[],
): MissedSessionFeeDecision {
  const { appointment, status, known, missing, party, clients, policy } = facts;
  const timeUnknown = (severity: 'info' | 'error', message: string) =>
    reason('scheduling.cancellation.time_unknown', severity, message, {
      state: status.state,
      by: status.by,
      notice: { ...policy.notice },
    });
  const noFee = (why: NonEmptyArray<SchedulingReason>): MissedSessionFeeDecision => ({
    ...base,
    outcome: 'no_charge',
    kind: 'cancel_time_unknown',
    reasons: [
      ...why,
      timeUnknown('info', 'When the client cancelled is not recorded; no fee is due whenever it was.'),
      ...who,
    ],
  });
  if (status.rescheduled && !policy.lateRescheduleCountsAsCancellation) {
    return noFee([
      reason(
        'scheduling.cancellation.reschedule_not_counted',
        'info',
        'A reschedule is not a cancellation here, however late.',
        { rescheduled: true },
      ),
    ]);
  }
  const exemptions = exemptionsOf(status, known, party, clients, policy, Number.POSITIVE_INFINITY);
  if (isNonEmpty(exemptions)) return noFee(exemptions);
  const uncovered = uncoveredOf(known);
  const alsoMissing = [
    ...(isNonEmpty(missing) ? [clientUnknown(missing)] : []),
    ...(isNonEmpty(uncovered) ? [coverageUnknown(uncovered)] : []),
    ...(party?.ageUnknown === true ? [ageUnknown(party, policy)] : []),
    ...workersCompRuleUnknown(known, policy),
    ...medicareUniformityUnknown(known, policy),
    ...guarantorAcknowledgementMissing(party, clients, policy),
    ...earlierVersionAcknowledged(party, clients, policy),
    ...acknowledgedAsMinor(party, clients, policy),
  ];
  const undecided: MissedSessionFeeDecision = {
    ...base,
    outcome: 'undecided',
    kind: 'cancel_time_unknown',
    reasons: [
      timeUnknown(
        'error',
        'When the client cancelled is not recorded, and the fee depends on it: record when the client cancelled; charge nothing until then.',
      ),
      ...alsoMissing,
      ...who,
    ],
  };
  // Every record is known here, so there is a party.
  if (isNonEmpty(alsoMissing) || minorWhenLate(facts, party as ResponsibleParty)) return undecided;
  const amount = baseFee(policy.lateCancelFee, appointment.sessionFeeCents);
  if (amount === 'none') {
    return noFee([
      reason('scheduling.cancellation.no_fee_configured', 'info', 'The policy sets no late-cancel fee.', {
        kind: 'late_cancel',
      }),
    ]);
  }
  // Fees and limits are never negative: zero is the only fee at or below it.
  if (amount !== 'missing' && (amount === 0 || [policy.capCents, appointment.sessionFeeCents].includes(0))) {
    return noFee([
      reason('scheduling.cancellation.no_fee_configured', 'info', 'The late-cancel fee works out to zero.', {
        kind: 'late_cancel',
      }),
    ]);
  }
  return undecided;
}

/**
 * Whether the client billed is a minor without a guarantor at some late time the acknowledgement does not
 * exempt: from the first late instant (or the acknowledgement, when later) they are a minor then or never.
 */
function minorWhenLate(facts: UnknownTimeFacts, party: ResponsibleParty): boolean {
  const { appointment, known, clients, policy, startMs } = facts;
  const ack = acknowledgementOf(clients.get(party.clientId) as SchedulingClient);
  const first = firstLateMs(startMs, policy, sessionZone(appointment.modality, policy.practiceZone));
  // A policy required and never acknowledged exempted the fee before this is asked.
  const from = policy.requireAcknowledgement ? Math.max(first, toEpochMs(ack as string)) : first;
  const date = fromEpochDay(localDayAndMinute(from, policy.practiceZone).epochDay);
  return responsiblePartyOf(appointment, known, date, policy.ageOfMajority).minorWithoutGuarantor;
}

/**
 * The fee rule on parsed input (internal): one decision for the session.
 *
 * @param clients - client records by id; the session's clients missing from it are unknown
 * @param asOfMs - when the decision is made: a no-show before its mark, or a cancellation after it, is
 * `undecided`
 * @param freeMiss - whether the miss uses one of the billed client's free misses, asked only when the
 * policy gives free misses and the fee would otherwise be charged
 * @param crisis - clients with an open crisis and the clinicians' decisions on their fees
 */
export function decideFee(
  appointment: SchedulingAppointment,
  clients: ReadonlyMap<string, SchedulingClient>,
  policy: CancellationPolicy,
  asOfMs: number,
  freeMiss: FreeMissCheck,
  crisis: CrisisFacts,
): MissedSessionFeeDecision {
  const startMs = toEpochMs(appointment.start);
  const status = appointment.status;
  const known: SchedulingClient[] = [];
  const missing: string[] = [];
  for (const id of appointment.clientIds) {
    const c = clients.get(id);
    if (c === undefined) missing.push(id);
    else known.push(c);
  }
  // When the session was cancelled, else its start: it dates who pays (a minor's fee goes to the guarantor).
  // A cancellation whose time is unknown is decided apart, its party asked at the start and then only for
  // who is billed, which never depends on the date.
  const eventMs = status.state === 'cancelled' && status.at !== undefined ? toEpochMs(status.at) : startMs;
  const eventDate = fromEpochDay(localDayAndMinute(eventMs, policy.practiceZone).epochDay);
  const party =
    missing.length === 0
      ? responsiblePartyOf(appointment, known, eventDate, policy.ageOfMajority)
      : undefined;
  const base = {
    appointmentId: appointment.id,
    clientIds: [...appointment.clientIds],
    clientId: party?.clientId ?? null,
    responsiblePartyId: party?.partyId ?? null,
    feeCents: 0,
    waiverUsed: false,
  };
  // Said on every decision that knows who pays, so a waived fee says whom it would have gone to.
  const who: SchedulingReason[] = party === undefined ? [] : [responsiblePartyReason(party)];
  let kind: 'late_cancel' | 'no_show';
  const reasons: SchedulingReason[] = [];
  switch (status.state) {
    case 'scheduled':
    case 'completed':
      return {
        ...base,
        outcome: 'no_charge',
        kind: 'not_missed',
        reasons: [
          reason('scheduling.cancellation.not_missed', 'info', 'The session was not missed.', {
            state: status.state,
          }),
          ...who,
        ],
      };
    case 'cancelled': {
      if (status.by !== 'client') {
        return {
          ...base,
          outcome: 'no_charge',
          kind: 'cancelled_by_practice',
          reasons: [
            reason(
              'scheduling.cancellation.by_clinician',
              'info',
              'Cancelled by the clinician or practice.',
              {
                by: status.by,
              },
            ),
            ...who,
          ],
        };
      }
      if (status.at !== undefined && eventMs > asOfMs) {
        return {
          ...base,
          outcome: 'undecided',
          kind: 'late_cancel',
          reasons: [
            reason(
              'scheduling.cancellation.cancelled_after_as_of',
              'error',
              'The cancellation is recorded at a time still to come: check the record; no fee until then.',
              { cancelledAt: status.at, asOf: formatInstant(asOfMs, policy.practiceZone) },
            ),
            ...who,
          ],
        };
      }
      if (status.at === undefined) {
        return decideUnknownTime(
          { appointment, status, known, missing, party, clients, policy, startMs },
          base,
          who,
        );
      }
      const noticeHours = Math.floor((startMs - eventMs) / 60_000) / 60;
      if (
        !isLateCancellation(startMs, eventMs, policy, sessionZone(appointment.modality, policy.practiceZone))
      ) {
        return {
          ...base,
          outcome: 'no_charge',
          kind: 'on_time_cancel',
          reasons: [
            reason(
              'scheduling.cancellation.on_time',
              'info',
              'The client cancelled with enough notice.',
              // On time only on the wall clock (the 23-hour day inside the window): say so.
              policy.notice.unit === 'hours' && startMs - eventMs < policy.notice.hours * 3_600_000
                ? { ...noticeFacts(noticeHours, policy), onTimeBy: 'wall_clock' }
                : noticeFacts(noticeHours, policy),
            ),
            ...who,
          ],
        };
      }
      if (status.rescheduled && !policy.lateRescheduleCountsAsCancellation) {
        return {
          ...base,
          outcome: 'no_charge',
          kind: 'late_reschedule',
          reasons: [
            reason(
              'scheduling.cancellation.reschedule_not_counted',
              'info',
              'A late reschedule is not a cancellation here.',
              { noticeHours },
            ),
            ...who,
          ],
        };
      }
      kind = 'late_cancel';
      reasons.push(
        reason(
          'scheduling.cancellation.late',
          'warning',
          'The client cancelled inside the notice window.',
          noticeFacts(noticeHours, policy),
        ),
      );
      break;
    }
    case 'no_show': {
      // Not arrived and not in touch by the mark after the start [sources: peer-morethanok-no-show]:
      // recorded before then (or for a session still to come), it is not a no-show yet.
      const markMs = startMs + policy.noShowAfterMinutes * 60_000;
      if (asOfMs < markMs) {
        return {
          ...base,
          outcome: 'undecided',
          kind: 'no_show',
          reasons: [
            reason(
              'scheduling.cancellation.no_show_too_early',
              'error',
              'A no-show is recorded before it can be one: the client has until the mark after the start to arrive or get in touch; no fee until then.',
              {
                start: appointment.start,
                noShowAfterMinutes: policy.noShowAfterMinutes,
                noShowFrom: formatInstant(markMs, policy.practiceZone),
                asOf: formatInstant(asOfMs, policy.practiceZone),
              },
            ),
            ...who,
          ],
        };
      }
      kind = 'no_show';
      reasons.push(
        reason('scheduling.cancellation.no_show', 'warning', 'The client did not attend.', {
          start: appointment.start,
        }),
      );
      break;
    }
    // Stryker disable next-line all: the exhaustive check, unreachable for parsed input
    default: {
      const exhausted: never = status;
      return exhausted;
    }
  }
  reasons.push(...who);
  // Every exemption any known client of the session carries rules the fee out, whatever is unknown.
  const exemptions = exemptionsOf(status, known, party, clients, policy, eventMs);
  if (isNonEmpty(exemptions)) {
    return { ...base, outcome: 'no_charge', kind, reasons: [...exemptions, ...reasons] as typeof exemptions };
  }
  // Missing facts: never a charge.
  if (isNonEmpty(missing)) {
    return { ...base, outcome: 'undecided', kind, reasons: [clientUnknown(missing), ...reasons] };
  }
  const uncovered = uncoveredOf(known);
  if (isNonEmpty(uncovered)) {
    return { ...base, outcome: 'undecided', kind, reasons: [coverageUnknown(uncovered), ...reasons] };
  }
  const responsible = party as ResponsibleParty;
  const guarantorAck = [
    ...workersCompRuleUnknown(known, policy),
    ...medicareUniformityUnknown(known, policy),
    ...guarantorAcknowledgementMissing(responsible, clients, policy),
    ...earlierVersionAcknowledged(responsible, clients, policy),
    ...acknowledgedAsMinor(responsible, clients, policy),
  ];
  if (isNonEmpty(guarantorAck)) {
    return {
      ...base,
      outcome: 'undecided',
      kind,
      reasons: [...guarantorAck, ...reasons] as typeof guarantorAck,
    };
  }
  if (responsible.ageUnknown) {
    return { ...base, outcome: 'undecided', kind, reasons: [ageUnknown(responsible, policy), ...reasons] };
  }
  if (responsible.minorWithoutGuarantor) {
    return {
      ...base,
      outcome: 'undecided',
      kind,
      reasons: [
        reason(
          'scheduling.cancellation.minor_without_guarantor',
          'error',
          'The client billed is a minor and no parent or guardian is recorded to pay.',
          { clientId: responsible.clientId, ageOfMajority: policy.ageOfMajority },
        ),
        ...reasons,
      ],
    };
  }
  const fee = kind === 'late_cancel' ? policy.lateCancelFee : policy.noShowFee;
  const amount = baseFee(fee, appointment.sessionFeeCents);
  if (amount === 'none') {
    return {
      ...base,
      outcome: 'no_charge',
      kind,
      reasons: [
        reason('scheduling.cancellation.no_fee_configured', 'info', 'The policy sets no fee for this.', {
          kind,
        }),
        ...reasons,
      ],
    };
  }
  if (amount === 'missing') {
    return {
      ...base,
      outcome: 'undecided',
      kind,
      reasons: [
        reason(
          'scheduling.cancellation.missing_session_fee',
          'error',
          'The session fee is needed and missing.',
          {
            fee: fee.kind,
          },
        ),
        ...reasons,
      ],
    };
  }
  let feeCents = amount;
  const limits = [policy.capCents, appointment.sessionFeeCents].filter((n): n is number => n !== undefined);
  const limit = limits.length === 0 ? feeCents : Math.min(...limits);
  if (feeCents > limit) {
    reasons.push(
      reason('scheduling.cancellation.fee_capped', 'info', 'The fee was reduced to its cap.', {
        uncappedCents: feeCents,
        capCents: limit,
      }),
    );
    feeCents = limit;
  }
  if (feeCents <= 0) {
    return {
      ...base,
      outcome: 'no_charge',
      kind,
      reasons: [
        reason('scheduling.cancellation.no_fee_configured', 'info', 'The fee works out to zero.', { kind }),
        ...reasons,
      ],
    };
  }
  // A fee that would be charged to a session with a client in crisis waits for the clinician's decision
  // (before any free miss, which is used only on a fee charged).
  const hold = crisisHoldOf(appointment, responsible.partyId, crisis, asOfMs);
  switch (hold.hold) {
    case 'none':
      break;
    case 'undecided':
      return { ...base, outcome: 'undecided', kind, reasons: [hold.reason, ...reasons] };
    case 'waive':
      return { ...base, outcome: 'no_charge', kind, reasons: [hold.reason, ...reasons] };
    case 'charge':
      reasons.push(hold.reason);
      break;
    // Stryker disable next-line all: the exhaustive check, unreachable
    default: {
      const exhausted: never = hold;
      return exhausted;
    }
  }
  // Some practices give a free miss (a practice choice), used only on a fee that would be charged; count
  // those the billed client used in 12 months.
  const freeMissReasons: SchedulingReason[] = [];
  if (policy.waiversPer12Months > 0) {
    const { used, granted } = freeMiss({
      clientId: responsible.clientId,
      eventMs,
      windowStartDay: freeMissWindowStartDay(eventMs, policy),
    });
    if (granted) {
      return {
        ...base,
        outcome: 'no_charge',
        kind,
        waiverUsed: true,
        reasons: [
          reason('scheduling.cancellation.waiver_applied', 'info', 'A free miss for the 12 months is used.', {
            used,
            allowed: policy.waiversPer12Months,
            waivedCents: feeCents,
          }),
          ...reasons,
        ],
      };
    }
    freeMissReasons.push(
      reason(
        'scheduling.cancellation.no_free_miss_left',
        'info',
        "The 12 months' free misses went to this client's other misses.",
        { used, allowed: policy.waiversPer12Months },
      ),
    );
  }
  return {
    ...base,
    outcome: 'charge',
    kind,
    feeCents,
    reasons: [
      reason(
        'scheduling.cancellation.fee_charged',
        'warning',
        'The fee applies; bill the responsible party, never the payer.',
        {
          feeCents,
          responsiblePartyId: responsible.partyId,
        },
      ),
      ...reasons,
      ...freeMissReasons,
    ],
  };
}
