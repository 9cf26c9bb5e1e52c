import {
  formatCents,
  formatInstant,
  type InvalidRecord,
  type Reason,
  type Severity,
  validate,
} from '../../core/index.js';
import { DAY_MS, resolveLocalMinute, toEpochMs } from '../../core/internal.js';
import {
  buildWaitlistIndex,
  CancellationPolicy,
  type CancellationPolicyInput,
  listWaitlistCheckIns,
  type MissedSessionFeeDecision,
  type MissedSessionKind,
  WaitlistOpening,
} from '../../scheduling/index.js';
import {
  decideMissedSessionFeesFromValidated,
  plusLocalDaysMs,
  rankWaitlistFromValidated,
  remindersDueFromValidated,
  stateClocks,
  waitlistSubIndex,
} from '../../scheduling/internal.js';
import {
  jurisdictionReasons,
  licenseDatesAtClient,
  type SessionPlace,
  sessionDatesAtClient,
} from '../booking/coverage-checks.js';
import { officeZoneOfBooking, sessionPlaceOfBooking } from '../booking/session-place.js';
import { cancellationPolicyInForce } from '../data/cancellation-policy-in-force.js';
import type { PracticeData } from '../data/practice-data.js';
import { schedulingClientOf, schedulingClinicianOf } from '../data/scheduling-records.js';
import { sortVersions } from '../decision-log/policy-versions.js';
import { holdFor } from './client-holds.js';
import { feeCrisisFacts, feeLookbackDay } from './fee-crisis-facts.js';
import type { QueueContext } from './queue-context.js';
import { opsReason, task } from './task-builder.js';
import type { SkippedRecord } from './work-queue.js';
import type { WorkTask } from './work-task.js';

/** Days ahead an opening (a cancelled future session) is offered to the waitlist; later ones come up later. */
const OPENING_LOOKAHEAD_DAYS = 3;

type Appointment = PracticeData['appointments'][number];

/**
 * The practice's cancellation policy, its zone and holidays defaulting to the practice's, with the date
 * its written policy was first given to clients (see {@link cancellationPolicyInForce}).
 */
export function cancellationPolicyOf(data: PracticeData): CancellationPolicyInput {
  const history = data.policyVersions === undefined ? [] : sortVersions(data.policyVersions);
  return cancellationPolicyInForce(data.policies, data, history);
}

/** Records of a subset reported at their index in the full section. */
function skippedFrom(
  section: string,
  invalid: readonly InvalidRecord[],
  indexOf: readonly number[],
): SkippedRecord[] {
  return invalid.flatMap((r) =>
    r.issues.map((i) => ({
      at: `$.${section}[${indexOf[r.index] ?? r.index}]${i.at.slice(`$[${r.index}]`.length)}`,
      code: i.code,
      message: i.message,
    })),
  );
}

const FEE_TITLES: Record<MissedSessionFeeDecision['outcome'], (d: MissedSessionFeeDecision) => string> = {
  charge: (d) => `charge the ${formatCents(d.feeCents)} fee to ${d.responsiblePartyId}`,
  no_charge: () => 'no fee applies (waive and record why)',
  undecided: () => 'the fee could not be decided (a fact is missing)',
};

/** The ops reason that sums up each fee outcome. */
const FEE_SUMMARY: Record<
  MissedSessionFeeDecision['outcome'],
  readonly [
    (
      | 'ops.queue.missed_session_fee'
      | 'ops.queue.missed_session_fee_exempt'
      | 'ops.queue.missed_session_fee_undecided'
    ),
    Severity,
    string,
  ]
> = {
  charge: ['ops.queue.missed_session_fee', 'info', 'The policy fee applies, once for the session.'],
  no_charge: ['ops.queue.missed_session_fee_exempt', 'info', 'No fee may be charged for this miss.'],
  undecided: [
    'ops.queue.missed_session_fee_undecided',
    'warning',
    'A fact the fee depends on is missing: record it; charge nothing until then.',
  ],
};

/** The session's clients, the one billed first. */
function orderBilledFirst(d: MissedSessionFeeDecision): string[] {
  return d.clientId === null
    ? [...d.clientIds]
    : [d.clientId, ...d.clientIds.filter((id) => id !== d.clientId)];
}

/** The misses a fee task is made for, by what the title calls them; `null`: no fee to apply or waive. */
const FEE_TASK_MISS: Record<MissedSessionKind, string | null> = {
  not_missed: null,
  cancelled_by_practice: null,
  on_time_cancel: null,
  late_reschedule: 'Late cancellation',
  late_cancel: 'Late cancellation',
  no_show: 'No-show',
  cancel_time_unknown: 'Client cancellation',
};

function feeTitle(d: MissedSessionFeeDecision, miss: string): string {
  // Held for a crisis (open now or at the session): the clinician decides; the title names no crisis.
  if (d.outcome === 'undecided' && d.reasons.some((r) => r.code === 'scheduling.cancellation.crisis_open'))
    return `${miss}: the clinician decides this fee (charge nothing until then)`;
  // The one fact missing is when the client cancelled: the task is to record it.
  if (d.kind === 'cancel_time_unknown' && d.outcome === 'undecided')
    return `${miss}: record when the client cancelled (the fee depends on it; charge nothing until then)`;
  return `${miss}: ${FEE_TITLES[d.outcome](d)}`;
}

/**
 * Scheduling tasks from the scheduling module: missed-session fees to apply or waive, reminders due
 * today, waitlist check-ins, and waitlist offers for openings left by cancellations.
 */
export function schedulingTasks(
  data: PracticeData,
  ctx: QueueContext,
): { tasks: WorkTask[]; skipped: SkippedRecord[] } {
  const zone = data.practice.zone;
  // The day's last second on the practice's clock: a day of 23 or 25 hours at a DST change ends there.
  const endOfDay = formatInstant(ctx.endMs - 1000, zone);
  const tasks: WorkTask[] = [];
  const skipped: SkippedRecord[] = [];

  // Only the appointments each rule can act on today are handed to it (the rest cannot yield a task).
  const feeIdx: number[] = [];
  const reminderIdx: number[] = [];
  const reminderHorizon = Math.max(...data.policies.reminders.hoursBefore) * 3_600_000 + DAY_MS;
  // The fees' window on the practice's clock: from local midnight 3 days back (or the last business day
  // before, when a holiday beside a weekend makes it earlier) to the day's end, each a real instant (a day of
  // 23 or 25 hours at a DST change is not 24 hours).
  const feeFromMs = resolveLocalMinute(feeLookbackDay(ctx.asOf, ctx.calendar), 0, zone).epochMs as number;
  // A time is read only where the status makes it matter (most sessions of a large file are completed).
  data.appointments.forEach((a, i) => {
    const s = a.status;
    if (s.state === 'scheduled') {
      const start = toEpochMs(a.start);
      if (start >= ctx.nowMs && start < ctx.nowMs + reminderHorizon) reminderIdx.push(i);
      return;
    }
    // A client cancellation whose time is not recorded comes up at its session's start, as the fee rule lists it.
    const event =
      s.state === 'no_show'
        ? toEpochMs(a.start)
        : s.state === 'cancelled' && s.by === 'client'
          ? toEpochMs(s.at ?? a.start)
          : Number.NaN;
    if (event >= feeFromMs && event < ctx.endMs) feeIdx.push(i);
  });
  const pick = (idx: readonly number[]) => idx.map((i) => data.appointments[i] as Appointment);
  // The sessions' clients by id, as the scheduling module sees them.
  const clientsOf = (appointments: readonly Appointment[]) => {
    const wanted = new Set<string>(appointments.flatMap((a) => a.clientIds));
    return new Map(
      data.clients.filter((c) => wanted.has(c.id)).map((c) => [c.id as string, schedulingClientOf(c)]),
    );
  };

  // The data file's sessions and clients passed these very schemas when it was read (its ids are unique):
  // the fee and reminder rules take them as they are, not checked again as listMissedSessionFees and
  // listRemindersDue would.
  const feeAppointments = pick(feeIdx);
  const fees = decideMissedSessionFeesFromValidated(
    feeAppointments,
    clientsOf(feeAppointments),
    validate(CancellationPolicy, cancellationPolicyOf(data), 'cancellation policy'),
    {
      asOf: endOfDay,
      since: formatInstant(feeFromMs, zone),
      priorWaivers: [],
      // A client's open crisis, or one open at the session and closed since, keeps the fee the clinician's.
      ...feeCrisisFacts(feeAppointments, ctx.holds.crisisWindows, ctx.holds.openCrisis, data),
    },
  );
  for (const d of fees) {
    const miss = FEE_TASK_MISS[d.kind];
    if (miss === null) continue;
    const [code, severity, message] = FEE_SUMMARY[d.outcome];
    tasks.push(
      task(
        {
          module: 'scheduling',
          kind: 'scheduling.missed_session_fee',
          title: feeTitle(d, miss),
          due: ctx.asOf,
          priority: 'normal',
          practiceTask: 'apply_cancellation_fee',
          ownerRole: ctx.ownerOf('apply_cancellation_fee'),
          // One task per session: every client of it is related, the one billed first.
          related: [
            { kind: 'appointment', id: d.appointmentId },
            ...orderBilledFirst(d).map((id) => ({ kind: 'client' as const, id })),
          ],
          idParts: [d.appointmentId],
          touches: { effect: 'money', clientIds: d.clientIds },
          reasons: [
            opsReason(code, severity, message, {
              feeCents: d.feeCents,
              kind: d.kind,
              responsiblePartyId: d.responsiblePartyId,
            }),
            ...d.reasons,
          ],
        },
        ctx,
      ),
    );
  }

  // Each in-person session on its office's clock (its own zone, else the office's listed one, else its
  // state's when the state keeps one clock), each telehealth one on its clinician's: reminders state the
  // session's time on the clock it is held on.
  const reminderAppointments = pick(reminderIdx).map((a) => onOfficeClock(a, data));
  const reminders = remindersDueFromValidated(
    reminderAppointments,
    clientsOf(reminderAppointments),
    data.policies.reminders,
    {
      asOf: endOfDay,
      sent: [],
      clinicianZones: Object.fromEntries(data.clinicians.map((c) => [c.id, c.zone])),
    },
  );
  // A reminder held for channel consent is listed as a hold: ask the client how they want reminders.
  for (const r of [...reminders.due, ...reminders.held]) {
    if (r.status === 'suppressed' || r.sendAt === null) continue;
    tasks.push(
      task(
        {
          module: 'scheduling',
          kind: 'scheduling.reminder_due',
          title: `Send the ${r.hoursBefore}-hour reminder`,
          due: r.sendAt,
          priority: 'low',
          practiceTask: 'send_appointment_reminder',
          ownerRole: ctx.ownerOf('send_appointment_reminder'),
          related: [
            { kind: 'appointment', id: r.appointmentId },
            { kind: 'client', id: r.clientId },
          ],
          idParts: [r.appointmentId, r.clientId, String(r.hoursBefore)],
          touches: { effect: 'contact', clientIds: [r.clientId] },
          ...(r.status === 'held' ? { channelConsentMissingFor: r.clientId } : {}),
          reasons: [
            opsReason('ops.queue.reminder_due', 'info', 'A reminder is due.', {
              hoursBefore: r.hoursBefore,
              channel: r.channel,
              // The time the reminder states: on the session's clock (null: not known), the client's beside it.
              sessionTime: r.sessionTime.heldOn === null ? null : { ...r.sessionTime.heldOn },
              clientTimes: r.sessionTime.clientTimes.map((t) => ({ ...t })),
            }),
            ...r.reasons,
          ],
        },
        ctx,
      ),
    );
  }

  const index = buildWaitlistIndex(data.waitlist);
  skipped.push(
    ...skippedFrom(
      'waitlist',
      index.invalid,
      data.waitlist.map((_, i) => i),
    ),
  );
  const nowInstant = formatInstant(ctx.nowMs, zone);
  const nowMs = toEpochMs(nowInstant);
  for (const c of listWaitlistCheckIns(index, data.policies.waitlist, { asOf: nowInstant })) {
    tasks.push(
      task(
        {
          module: 'scheduling',
          kind: 'scheduling.waitlist_check_in',
          title: `Check in with a waitlist client (${c.daysSinceContact} days since contact)`,
          due: ctx.asOf,
          priority: 'low',
          practiceTask: 'schedule_appointment',
          ownerRole: ctx.ownerOf('schedule_appointment'),
          related: [
            { kind: 'waitlist_entry', id: c.entryId },
            { kind: 'client', id: c.clientId },
          ],
          touches: { effect: 'contact', clientIds: [c.clientId] },
          reasons: [
            opsReason('ops.queue.waitlist_check_in', 'info', 'The entry is past its check-in interval.', {
              daysOverdue: c.daysOverdue,
            }),
            ...c.reasons,
          ],
        },
        ctx,
      ),
    );
  }

  const clinicians = new Map(data.clinicians.map((c) => [c.id as string, schedulingClinicianOf(c)]));
  const offered = new Set<string>();
  const clientsById = new Map(data.clients.map((c) => [c.id as string, c]));
  // The status first: only cancelled sessions have their start read, once each, not once per comparison.
  // The next 3 calendar days on the practice's clock (luxon's `plus({ days })`), not 72 hours: across a DST
  // change the window still ends at the same wall time.
  const openingsUntilMs = plusLocalDaysMs(ctx.nowMs, OPENING_LOOKAHEAD_DAYS, zone);
  const openings = data.appointments
    .filter((a) => a.status.state === 'cancelled')
    .map((a) => ({ a, start: toEpochMs(a.start) }))
    .filter((o) => o.start >= ctx.nowMs && o.start < openingsUntilMs)
    .sort((x, y) => x.start - y.start || (x.a.id < y.a.id ? -1 : 1))
    .map((o) => o.a);
  // Each clinician's openings are ranked against only the entries that could take them: theirs and "any".
  const byClinician = new Map<string, ReturnType<typeof buildWaitlistIndex>>();
  const indexFor = (clinicianId: string) => {
    let sub = byClinician.get(clinicianId);
    if (sub === undefined) {
      sub = waitlistSubIndex(
        index,
        (e) => e.status === 'waiting' && (e.clinicianId === null || e.clinicianId === clinicianId),
      );
      byClinician.set(clinicianId, sub);
    }
    return sub;
  };
  for (const appt of openings) {
    const clinician = clinicians.get(appt.clinicianId);
    if (clinician === undefined) continue;
    if (offered.size >= index.entries.length) break;
    const candidates = indexFor(appt.clinicianId);
    if (candidates.entries.every((e) => offered.has(e.id))) continue;
    // The clinician and the policy were validated with the file; only the opening is new. It is the cancelled
    // appointment's slot and takes its id (a prefixed id could pass the 128-character limit and throw).
    const opening = validate(
      WaitlistOpening,
      {
        id: appt.id,
        clinicianId: appt.clinicianId,
        start: appt.start,
        end: appt.end,
        modalities: [appt.modality.kind],
      },
      'waitlist opening',
    );
    const ranking = rankWaitlistFromValidated(candidates, opening, clinician, data.policies.waitlist, nowMs);
    // First in line who may be contacted; each one ahead who asked not to be is listed once, on hold.
    for (const next of ranking.ranked) {
      if (offered.has(next.entryId)) continue;
      // A slot goes only to a client the clinician may serve where the session happens (the office in
      // person; by telehealth, the client's location then, unknown until they say): read as a booking reads
      // it, licensure follows the client's location [sources: hhs-telehealth-licensure]. Refused: the next in line.
      const place = placeOf(appt, clientsById.get(next.clientId), data);
      if (place?.refused) continue;
      offered.add(next.entryId);
      const touches = { effect: 'contact' as const, clientIds: [next.clientId] };
      tasks.push(
        task(
          {
            module: 'scheduling',
            kind: 'scheduling.waitlist_offer',
            title: `Offer a cancelled slot to the next waitlist client (waiting ${next.waitedDays} days)`,
            due: ctx.asOf,
            priority: 'normal',
            practiceTask: 'offer_waitlist_opening',
            ownerRole: ctx.ownerOf('offer_waitlist_opening'),
            related: [
              { kind: 'appointment', id: appt.id },
              { kind: 'waitlist_entry', id: next.entryId },
              { kind: 'client', id: next.clientId },
            ],
            idParts: [appt.id, next.entryId],
            touches,
            reasons: [
              opsReason(
                'ops.queue.waitlist_offer',
                'info',
                'First in line among the entries the opening fits.',
                {
                  rank: next.rank,
                  tier: next.tier,
                },
              ),
              ...next.reasons,
              ...(place?.reasons ?? []),
            ],
          },
          ctx,
        ),
      );
      if (holdFor(touches, ctx.holds) === undefined) break;
    }
  }
  return { tasks: withCheckInsInOffers(tasks), skipped };
}

/**
 * A waitlist client offered a slot today is checked in with on that call: their check-in of the day (same
 * entry, same owner) is not a second task. The offer keeps its id and priority (a check-in is low, an offer
 * normal) and adds the check-in's reasons, so the queue shows one call with both reasons.
 */
function withCheckInsInOffers(tasks: readonly WorkTask[]): WorkTask[] {
  const entryOf = (t: WorkTask) => t.related.find((r) => r.kind === 'waitlist_entry')?.id;
  const offers = new Map<string, WorkTask>();
  for (const t of tasks) {
    const entry = entryOf(t);
    if (t.kind === 'scheduling.waitlist_offer' && entry !== undefined) offers.set(entry, t);
  }
  const joined = new Map<string, WorkTask>();
  for (const t of tasks) {
    const offer = t.kind === 'scheduling.waitlist_check_in' ? offers.get(entryOf(t) ?? '') : undefined;
    if (offer !== undefined && offer.ownerRole === t.ownerRole) joined.set(offer.id, t);
  }
  if (joined.size === 0) return [...tasks];
  const folded = new Set([...joined.values()].map((t) => t.id));
  return tasks
    .filter((t) => !folded.has(t.id))
    .map((t) => {
      const checkIn = joined.get(t.id);
      return checkIn === undefined ? t : { ...t, reasons: [...t.reasons, ...checkIn.reasons] };
    });
}

/**
 * A telehealth offer's word on the client's home state, the one state the data file ties them to: when the
 * clinician may not serve it (no license or compact authority in force) on a date the slot falls on by any
 * of that state's clocks or the client's own, the offer warns `ops.queue.waitlist_home_state_not_served`
 * with the state and the first such date. It does not skip the client: the booking still checks the state
 * they say they will be in, which may be one the clinician serves [sources: hhs-telehealth-licensure,
 * cfr-49-71]. An undecided answer says nothing here: licensure waits for the client's location anyway.
 */
function homeStateReasons(
  request: Pick<SessionPlace, 'clinicianId' | 'modality' | 'start' | 'end'>,
  client: PracticeData['clients'][number],
  data: PracticeData,
): Reason[] {
  const session = { ...request, clientState: client.locationState };
  // Every clock of the state (which one the client keeps there is not known) and the client's own.
  const dates = [
    ...new Set([...licenseDatesAtClient(session, undefined), ...sessionDatesAtClient(session, client)]),
  ].sort();
  const found = jurisdictionReasons(session, dates, data).find(
    (r) => r.code === 'ops.booking.no_license_in_state',
  );
  if (found === undefined) return [];
  return [
    opsReason(
      'ops.queue.waitlist_home_state_not_served',
      'warning',
      'The clinician may not serve the client’s home state on this date: book the session only if the client will be in a state the clinician may serve.',
      { homeState: client.locationState, date: String(found.facts.date), modality: request.modality },
    ),
  ];
}

/**
 * Whether the clinician may serve the waitlist client where the offered session would happen, by the rule
 * `evaluateBooking` follows ({@link sessionPlaceOfBooking}): in person, the opening's office's state from
 * `practice.offices`; by telehealth, where the client will be during the session, which a waitlist entry
 * does not record, so the offer carries `ops.booking.client_location_unknown` (warning) and licensure waits
 * for the client to say where they will be, as a booking without a state does, with a warning when the
 * clinician may not serve the client's home state then ({@link homeStateReasons}, since 2026-12-07). The
 * client's home state is never taken for where the session happens: a client who lives where the clinician holds no license may be in a state where they
 * do at the session's time [sources: hhs-telehealth-licensure]. `refused` skips the client (the next in line
 * is asked); an undecided answer and the place's own reasons travel with the offer.
 */
function placeOf(
  appt: PracticeData['appointments'][number],
  client: PracticeData['clients'][number] | undefined,
  data: PracticeData,
): { refused: boolean; reasons: Reason[] } | undefined {
  const clinician = data.clinicians.find((c) => c.id === appt.clinicianId);
  if (client === undefined || clinician === undefined) return undefined;
  // The booking the offer leads to, before anyone has asked the client where they will be.
  const request = {
    clinicianId: appt.clinicianId,
    modality: appt.modality.kind,
    start: appt.start,
    end: appt.end,
    ...(appt.modality.kind === 'in_person' ? { locationId: appt.modality.locationId } : {}),
  };
  const place = sessionPlaceOfBooking(request, data);
  // Nobody has said where the client will be (telehealth), or the office is not listed: licensure waits,
  // as the booking's does, with the place's warning. The home state is not where the session happens.
  const state = place.state;
  if (state === undefined) {
    const home = request.modality === 'telehealth' ? homeStateReasons(request, client, data) : [];
    // An office not listed refuses every booking alike, whoever is offered the slot: the offer carries it
    // as a warning (record the office before the client accepts) rather than pass over each client.
    const own = place.reasons.map((r) =>
      r.severity === 'error' ? { ...r, severity: 'warning' as const } : r,
    );
    return { refused: false, reasons: [...own, ...home] };
  }
  const session = { ...request, clientState: state };
  const officeZone =
    appt.modality.kind === 'in_person'
      ? (appt.modality.zone ?? officeZoneOfBooking(request, data))
      : undefined;
  const reasons = jurisdictionReasons(session, licenseDatesAtClient(session, client, officeZone), data);
  const refused = reasons.some((r) => r.code === 'ops.booking.no_license_in_state');
  return { refused, reasons: [...place.reasons, ...reasons.filter((r) => r.severity !== 'info')] };
}

/**
 * An in-person session with its office's clock filled in for its reminders: its own `modality.zone`, else
 * its office's `zone` in `practice.offices`, else the one clock of the office's state; left without one when
 * the office is not listed or its state keeps two clocks (the reminder then says the clock is not known).
 */
function onOfficeClock(appointment: Appointment, data: PracticeData): Appointment {
  const m = appointment.modality;
  if (m.kind !== 'in_person' || m.zone !== undefined) return appointment;
  const office = (data.practice.offices ?? []).find((o) => o.id === m.locationId);
  if (office === undefined) return appointment;
  const clocks = stateClocks(office.state);
  const zone = office.zone ?? (clocks.length === 1 ? clocks[0] : undefined);
  return zone === undefined ? appointment : { ...appointment, modality: { ...m, zone } };
}
