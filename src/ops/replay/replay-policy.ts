import * as z from 'zod';
import {
  addDays,
  LocalDate,
  type Reason,
  reason,
  resolveLocalTime,
  ValidationError,
  validate,
} from '../../core/index.js';
import { formatPath, toEpochDay, toEpochMs, validateArguments } from '../../core/internal.js';
import { SchedulingClinician } from '../../scheduling/index.js';
import { missedEventMs } from '../../scheduling/internal.js';
import { practiceBusinessCalendar } from '../data/practice-business-week.js';
import type { PracticeData, PracticeDataInput } from '../data/practice-data.js';
import { PracticePolicies } from '../data/practice-policies.js';
import { schedulingClientOf, schedulingClinicianOf } from '../data/scheduling-records.js';
import { practiceDataArgument } from '../data/validate-practice-data.js';
import { PolicyVersions, type PolicyVersionsInput, sortVersions } from '../decision-log/policy-versions.js';
import { clientHolds } from '../queue/client-holds.js';
import { feeCrisisFacts, feeLookbackDay } from '../queue/fee-crisis-facts.js';
import { intakeFiles } from '../queue/intake-tasks.js';
import { type CapacityClinician, type CapacityReplay, replayCapacity } from './capacity-replay.js';
import { compareFees, decideFees, type FeeReplay, type MissedEvent } from './fee-replay.js';
import { type FilingReplay, type FilingRules, replayFiling } from './filing-replay.js';
import { type IntakeReplay, replayIntakeFollowUps } from './intake-replay.js';
import { type PolicyPeriod, policyPeriods } from './policy-source.js';
import { ProposedPolicies, type ProposedPoliciesInput } from './proposed-policies.js';
import { type ReminderReplay, type ReminderSession, replayReminders } from './reminder-replay.js';
import { changedSections, policiesAt, type ReplaySection } from './replay-sections.js';
import { replayWaitlist, type WaitlistReplay } from './waitlist-replay.js';

/**
 * What {@link replayPolicy} replays: a practice's `history` (its data file), the `current` policies (the
 * data file's when left out, or every version with the date each took effect), the `proposed` policies,
 * `asOf` (nothing after that date is replayed) and optionally the dates to report (`from`, `to`,
 * inclusive, in the practice zone; events before `from` still count toward free misses).
 *
 * @example
 * ```ts
 * const options: ReplayPolicyOptions = { history: data, proposed: { ...data.policies, cancellation }, asOf: '2026-11-20' };
 * ```
 */
export interface ReplayPolicyOptions {
  readonly history: PracticeDataInput;
  readonly current?: z.input<typeof PracticePolicies> | PolicyVersionsInput;
  readonly proposed: ProposedPoliciesInput;
  readonly asOf: LocalDate;
  readonly from?: LocalDate;
  readonly to?: LocalDate;
}

const ReplayPolicyOptionsSchema = z.strictObject({
  history: z.unknown(),
  current: z.unknown().optional(),
  proposed: z.unknown(),
  asOf: LocalDate,
  from: LocalDate.optional(),
  to: LocalDate.optional(),
});

/**
 * What a proposed policy would have done over a practice's history: for each rule replayed, the totals
 * and every decision that changes, before and after with the rules' reasons. Nothing is stored.
 *
 * @example
 * ```ts
 * const replay: PolicyReplay = replayPolicy({ history: data, proposed, asOf: '2026-11-20' });
 * replay.fees.totals.changeCents; //=> 165000
 * ```
 */
export interface PolicyReplay {
  readonly asOf: LocalDate;
  /** The first date reported, or `null` when every event up to `to` was. */
  readonly from: LocalDate | null;
  /** The last date reported: `to`, or `asOf` when earlier or left out. */
  readonly to: LocalDate;
  /** Missed-session fees (late cancellations and no-shows), when the proposal changes the cancellation policy. */
  readonly fees?: FeeReplay;
  /** Session reminders, when the proposal changes the reminder policy. */
  readonly reminders?: ReminderReplay;
  /** The waitlist order, when the proposal changes the waitlist policy. */
  readonly waitlist?: WaitlistReplay;
  /** Paperwork follow-ups, when the proposal changes the intake follow-up cadence. */
  readonly intakeFollowUps?: IntakeReplay;
  /** Timely filing, when the proposal changes payers' filing windows or the risk thresholds. */
  readonly filing?: FilingReplay;
  /** Caseload caps and availability, when the proposal changes a clinician's limits. */
  readonly capacity?: CapacityReplay;
  /** What the replay covered, as reasons (e.g. which policy versions decided). */
  readonly reasons: readonly Reason[];
}

// One field of the options, checked by `check` with its problems under the field's name (`history.…`).
// Options that are not an object are the options' own check's problem: their fields are never read then
// (that check throws), so nothing is returned for them.
function optionField<T>(key: 'history' | 'current' | 'proposed', check: (value: never) => T) {
  return (options: unknown): T => {
    if (typeof options !== 'object' || options === null) return undefined as T;
    return validateArguments([[key, check, (options as Record<string, unknown>)[key], key]])[0];
  };
}

// The current policies a caller gave: versions (sorted), one set of policies, or none (the data file's).
function currentPolicies(value: unknown): PracticePolicies | ReturnType<typeof sortVersions> | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value)
    ? sortVersions(validate(PolicyVersions, value, 'current policy versions'))
    : validate(PracticePolicies, value, 'current policies');
}

function proposedPolicies(value: unknown): ProposedPolicies {
  return validate(ProposedPolicies, value, 'proposed policies');
}

/**
 * Replays a practice's history under its current and a proposed policy and returns the differences: for
 * missed-session fees, each session whose fee changes (before and after, with the fee rule's reasons:
 * the notice given and the window), and totals (cents charged before and after, added and waived,
 * clients affected, undecided fees). Replaying a policy against itself changes nothing; the totals are
 * the sums of the per-session differences. With policy versions as `current`, each event is decided
 * under the version in force on its date (practice zone), and an event before the first version is
 * `undecided`, never decided under a guess.
 *
 * Pure and read-only: the data file is validated once (or used as is when this package validated it),
 * and nothing is stored.
 *
 * @throws {@link ValidationError} listing every problem of the options at once, each path under the
 * parameter's name: an invalid option (`$.options.asOf`), data file (`$.options.history.practice.zone`),
 * current or proposed policy (`$.options.proposed.cancellation.practiceZone`); then a `from` after `to`
 * (`$.options.from`) or a proposal naming a record the data file does not have
 * (`$.options.proposed.clinicianLimits[0].clinicianId`).
 * @example
 * ```ts
 * const data = generateDemoPractice();
 * const cancellation = { practiceZone: data.practice.zone, holidays: data.practice.holidays, notice: { unit: 'hours' as const, hours: 96 } };
 * const replay = replayPolicy({ history: data, proposed: { ...data.policies, cancellation }, asOf: '2026-11-20' });
 * replay.fees?.totals; //=> { sessions: 120, changed: 11, changeCents: 75000, clientsAffected: 9, … }
 * ```
 */
export function replayPolicy(options: ReplayPolicyOptions): PolicyReplay {
  // Every problem of the options at once, each under the parameter's name: its own fields (`$.options.asOf`),
  // the data file (`$.options.history.practice.zone`), the current and the proposed policies
  // (`$.options.proposed.cancellation.practiceZone`).
  const [opts, data, given, proposed] = validateArguments([
    ['options', ReplayPolicyOptionsSchema, options, 'replay options'],
    ['options', optionField('history', practiceDataArgument), options, 'practice data file'],
    ['options', optionField('current', currentPolicies), options, 'current policies'],
    ['options', optionField('proposed', proposedPolicies), options, 'proposed policies'],
  ]);
  const current =
    given === undefined
      ? data.policyVersions === undefined
        ? data.policies
        : sortVersions(data.policyVersions)
      : given;
  const to = opts.to !== undefined && toEpochDay(opts.to) < toEpochDay(opts.asOf) ? opts.to : opts.asOf;
  if (opts.from !== undefined && toEpochDay(opts.from) > toEpochDay(to)) {
    throw new ValidationError('replay options', [
      {
        path: ['options', 'from'],
        at: '$.options.from',
        code: 'ops.replay.dates_out_of_order',
        message: 'must be on or before `to` and `asOf`',
      },
    ]);
  }
  const zone = data.practice.zone;
  // Events before midnight after `to` (practice zone) are decided; those from `from` on are reported.
  const endMs = resolveLocalTime(addDays(to, 1), '00:00', zone).epochMs as number;
  const fromMs =
    opts.from === undefined
      ? Number.NEGATIVE_INFINITY
      : (resolveLocalTime(opts.from, '00:00', zone).epochMs as number);
  const clients = new Map(data.clients.map((c) => [c.id as string, schedulingClientOf(c)]));
  const periods = policyPeriods(current, zone);
  const versions = Array.isArray(current) ? current.map((v) => v.version) : [];
  const sections = changedSections(periods, proposed, endMs);
  const replayed = replaySections(sections, { data, periods, proposed, clients, fromMs, endMs, to });
  return {
    asOf: opts.asOf,
    from: opts.from ?? null,
    to,
    ...replayed,
    reasons: [
      reason(
        'ops.replay.replayed',
        'info',
        'The history was replayed under the current and the proposed policy.',
        {
          currentVersions: versions,
          proposedVersion: proposed.version ?? null,
          rules: sections,
        },
      ),
    ],
  };
}

interface SectionInputs {
  readonly data: PracticeData;
  readonly periods: readonly PolicyPeriod[];
  readonly proposed: ProposedPolicies;
  readonly clients: ReadonlyMap<string, ReturnType<typeof schedulingClientOf>>;
  readonly fromMs: number;
  readonly endMs: number;
  readonly to: LocalDate;
}

type SectionResults = Pick<
  PolicyReplay,
  'fees' | 'reminders' | 'waitlist' | 'intakeFollowUps' | 'filing' | 'capacity'
>;

/** Runs the replay of each section the proposal changes. */
function replaySections(sections: readonly ReplaySection[], inputs: SectionInputs): SectionResults {
  const { data, periods, proposed, fromMs, endMs } = inputs;
  // Decisions taken once, on the last day replayed, use the version in force then.
  const atEnd = policiesAt(periods, endMs - 1);
  const out: { -readonly [K in keyof SectionResults]: SectionResults[K] } = {};
  for (const section of sections) {
    switch (section) {
      case 'missed_session_fee':
        out.fees = replayFees(inputs);
        break;
      case 'reminders':
        out.reminders = replayReminders(reminderSessions(inputs));
        break;
      case 'waitlist':
        if (atEnd !== null)
          out.waitlist = replayWaitlist(data.waitlist, atEnd.waitlist, proposed.waitlist, endMs - 1);
        break;
      case 'intake_follow_ups':
        if (atEnd !== null)
          out.intakeFollowUps = replayIntakeFollowUps(
            intakeFiles(data, endMs),
            atEnd.intakePacket,
            atEnd.intakeFollowUp,
            proposed.intakeFollowUp,
            endMs,
          );
        break;
      case 'filing':
        if (atEnd !== null)
          out.filing = replayFiling(
            data.claims,
            ...filingRules(data, atEnd, proposed),
            toEpochDay(inputs.to),
          );
        break;
      case 'capacity':
        out.capacity = replayCapacity(data.appointments, capacityClinicians(data, proposed), fromMs, endMs);
        break;
      // Stryker disable next-line all: the exhaustive check, unreachable
      default: {
        const exhausted: never = section;
        return exhausted;
      }
    }
  }
  return out;
}

/** Missed-session fees under each side: misses up to the end decided, those from `from` on reported. */
function replayFees(inputs: SectionInputs): FeeReplay {
  const { data, periods, proposed, clients, fromMs, endMs } = inputs;
  const zone = data.practice.zone;
  const events: MissedEvent[] = [];
  for (const appointment of data.appointments) {
    const atMs = missedEventMs(appointment);
    if (atMs < endMs) events.push({ appointment, atMs });
  }
  // Crises as the queue reads them on the last day: a fee of a session a client's crisis was open at (closed
  // since or not, a crisis closed after that day being open) is the clinician's on both sides until they
  // decide it, and so is one the queue still lists that day (its lookback) of a client whose crisis is open
  // then. An older fee of a client in crisis now was decided in its time: it is replayed as it was.
  const holds = clientHolds(data, inputs.to, endMs);
  const open = new Set<string>(holds.openCrisis);
  for (const [clientId, windows] of holds.crisisWindows)
    if (windows.some((w) => w.toMs >= endMs)) open.add(clientId);
  const facts = feeCrisisFacts(
    events.map((e) => e.appointment),
    holds.crisisWindows,
    new Set(),
    {
      clinicianFeeDecisions: data.clinicianFeeDecisions.filter((d) => toEpochMs(d.at) < endMs),
    },
  );
  // The queue's own look-back on `to` (three days, or to the last business day before it).
  const listedDay = feeLookbackDay(inputs.to, practiceBusinessCalendar(data));
  const listedFromMs = resolveLocalTime(addDays(inputs.to, listedDay - toEpochDay(inputs.to)), '00:00', zone)
    .epochMs as number;
  const crisisAtSession = new Map(facts.crisisAtSession);
  for (const e of events) {
    if (e.atMs < listedFromMs || open.size === 0) continue;
    const inCrisis = e.appointment.clientIds.filter(
      (id) => open.has(id) && !(crisisAtSession.get(e.appointment.id) ?? []).includes(id),
    );
    if (inCrisis.length > 0)
      crisisAtSession.set(e.appointment.id, [...(crisisAtSession.get(e.appointment.id) ?? []), ...inCrisis]);
  }
  const crisis = { ...facts, crisisAtSession, untilMs: endMs };
  const before = decideFees(events, periods, clients, data, crisis);
  const after = decideFees(events, policyPeriods(proposed, zone), clients, data, crisis);
  return compareFees(
    events.filter((e) => e.atMs >= fromMs),
    before,
    after,
    zone,
  );
}

/** Each session in the dates reported, its clients, and the reminder policy in force at its start on each side. */
function reminderSessions(inputs: SectionInputs): ReminderSession[] {
  const out: ReminderSession[] = [];
  for (const appointment of inputs.data.appointments) {
    const startMs = toEpochMs(appointment.start);
    if (startMs < inputs.fromMs || startMs >= inputs.endMs) continue;
    const clients = appointment.clientIds.flatMap((id) => {
      const c = inputs.clients.get(id);
      return c === undefined ? [] : [c];
    });
    out.push({
      appointment,
      clients,
      before: policiesAt(inputs.periods, startMs)?.reminders ?? null,
      after: inputs.proposed.reminders,
    });
  }
  return out;
}

function unknownRecord(at: (string | number)[], what: string): ValidationError {
  // Under the parameter's name, as the options' other problems are.
  const path = ['options', 'proposed', ...at];
  return new ValidationError('proposed policies', [
    {
      path,
      at: formatPath(path),
      code: 'ops.replay.unknown_record',
      message: `names a ${what} that is not in the data file`,
    },
  ]);
}

/** The filing windows and thresholds of each side: the data file's payers, and the proposal's changes to them. */
function filingRules(
  data: PracticeData,
  current: PracticePolicies,
  proposed: ProposedPolicies,
): [FilingRules, FilingRules] {
  const payers = new Map(data.payers.map((p) => [p.payerId as string, p.filing]));
  const changed = new Map(payers);
  (proposed.payerFiling ?? []).forEach((p, i) => {
    if (!payers.has(p.payerId)) throw unknownRecord(['payerFiling', i, 'payerId'], 'payer');
    changed.set(p.payerId, p.filing);
  });
  return [
    { payers, thresholds: current.claimFollowUp.filingRisk },
    { payers: changed, thresholds: proposed.claimFollowUp.filingRisk },
  ];
}

/** Each clinician the proposal names, with their own limits and the proposed ones. */
function capacityClinicians(data: PracticeData, proposed: ProposedPolicies): CapacityClinician[] {
  return (proposed.clinicianLimits ?? []).map((limits, i) => {
    const record = data.clinicians.find((c) => c.id === limits.clinicianId);
    if (record === undefined) throw unknownRecord(['clinicianLimits', i, 'clinicianId'], 'clinician');
    const before = schedulingClinicianOf(record);
    const after: Record<string, unknown> = { ...before };
    if (limits.availability !== undefined) after['availability'] = limits.availability;
    for (const cap of ['maxSessionsPerDay', 'maxSessionsPerWeek'] as const) {
      const value = limits[cap];
      if (value === null) delete after[cap];
      else if (value !== undefined) after[cap] = value;
    }
    return { before, after: validate(SchedulingClinician, after, 'proposed policies') };
  });
}
