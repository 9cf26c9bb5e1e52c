import * as z from 'zod';
import {
  type Decision,
  type Facts,
  formatInstant,
  getLocalDate,
  Instant,
  type Reason,
  reason,
} from '../../core/index.js';
import {
  compareReasons,
  compareText,
  getInstantOutsideLocalHoursMs,
  sortInPlace,
  toEpochMs,
  validateArguments,
} from '../../core/internal.js';
import type { IntakeDocumentType } from '../packets/document.js';
import { IntakeClientFile, type IntakeClientFileInput } from '../packets/intake-client.js';
import { IntakePacketPolicy, type IntakePacketPolicyInput } from '../packets/packet-policy.js';
import {
  type IntakeDocumentStanding,
  type IntakeRequirement,
  type PacketContextSlot,
  packetContext,
  standingsAt,
} from '../packets/requirements.js';
import type { IntakeReasonCode } from '../reason-codes.js';
import {
  IntakeFollowUpPolicy,
  type IntakeFollowUpPolicyInput,
  type IntakeReminderChannel,
} from './follow-up-policy.js';
import { chooseIntakeChannel, type IntakeChannelChoice } from './reminder-channel.js';

const HOUR_MS = 3_600_000;

/**
 * The hours no text or call reaches the client in, whatever the policy's quiet hours: 21:00 to 08:00 on the
 * client's clock. The TCPA rules bar calls and texts before 8 a.m. and after 9 p.m. local time at the
 * called party's location [sources: cfr-47-64.1200]; their letter covers solicitations, and the window is
 * kept for every text and call as the safe reading, as scheduling's reminders keep it.
 */
const TEXT_AND_CALL_QUIET_HOURS = { start: '21:00', end: '08:00' } as const;

/** Where a step reaches the client: a text or call keeps the calling window too. */
type Reach = IntakeReminderChannel | 'phone' | null;

/** The first moment from `ms` outside the policy's quiet hours and, for a text or call, the calling window. */
function reachableMs(ms: number, channel: Reach, policy: IntakeFollowUpPolicy, zone: string): number {
  let current = getInstantOutsideLocalHoursMs(ms, policy.quietHours, zone);
  if (channel !== 'text' && channel !== 'phone') return current;
  // Each pass leaves a span; quiet hours on some days only may take a pass per day of the week.
  for (let i = 0; i < 32; i += 1) {
    const next = getInstantOutsideLocalHoursMs(
      getInstantOutsideLocalHoursMs(current, TEXT_AND_CALL_QUIET_HOURS, zone),
      policy.quietHours,
      zone,
    );
    if (next === current) break;
    current = next;
  }
  return current;
}

/** The reason a text or call moved past what the policy's quiet hours alone would give (`quietMs`). */
function textingReason(
  fromMs: number,
  quietMs: number,
  toMs: number,
  zone: string,
): Reason<IntakeReasonCode> {
  return reason(
    'intake.follow_up.deferred_texting_hours',
    'info',
    'A text or call reaches the client only from 08:00 to 21:00 on their clock: moved to the window’s next opening.',
    {
      from: formatInstant(fromMs, zone),
      ...(quietMs === fromMs ? {} : { afterQuietHours: formatInstant(quietMs, zone) }),
      to: formatInstant(toMs, zone),
      zone,
    },
  );
}

/**
 * One reminder of a client's cadence, placed outside quiet hours and before the session: `planned` on a
 * channel the client may be reached on (opted in, its risk accepted), or `held` (no channel, a reason to ask
 * the client how they want reminders) when they may be reached on neither the step's channel nor, where the
 * policy allows, the other.
 *
 * @example
 * ```ts
 * const [first]: IntakePlannedReminder[] = planIntakeReminders(file, DEFAULT_INTAKE_PACKET_POLICY, {}, { asOf });
 * first.channel; //=> 'email' (the client chose email, told of its risk)
 * ```
 */
export interface IntakePlannedReminder {
  /** The reminder's place in the cadence: 1 for the first step after the packet was sent. */
  readonly number: number;
  readonly at: Instant;
  readonly status: 'planned' | 'held';
  /** The channel it goes on, one the client may be reached on; null when held. */
  readonly channel: IntakeReminderChannel | null;
  /** The cadence step's own channel (differs from `channel` when the reminder moved for consent). */
  readonly cadenceChannel: IntakeReminderChannel;
  /** Whether quiet hours moved it from its cadence time. */
  readonly deferred: boolean;
  /** Why it moved channel or is held; empty when it goes on its own channel. */
  readonly reasons: readonly Reason<IntakeReasonCode>[];
}

/**
 * The next thing to do to move a client's paperwork along.
 *
 * @example
 * ```ts
 * const step: IntakeFollowUpStep = 'call_client';
 * ```
 */
export type IntakeFollowUpStep =
  | 'send_packet'
  | 'ask_contact_channel'
  | 'reminder'
  | 'call_client'
  | 'offer_reschedule'
  | 'clinician_decides'
  | 'collect_missing_fact';

/**
 * The next paperwork follow-up for one client: `none`, or a step due at `dueAt` (already outside the
 * client's quiet hours for anything that reaches the client), with its reasons. A `channel` of `email` or
 * `text` is always one the client opted in to; `ask_contact_channel` (no channel) means the email or text
 * due cannot go until someone asks the client how they want reminders.
 *
 * @example
 * ```ts
 * const d: IntakeFollowUpDecision = evaluateIntakeFollowUp(file, DEFAULT_INTAKE_PACKET_POLICY, {}, { asOf: '2026-03-03T12:00:00-05:00' });
 * d.outcome; //=> 'reminder'
 * ```
 */
export type IntakeFollowUpDecision = Decision<
  'none',
  IntakeFollowUpStep,
  IntakeReasonCode,
  {
    readonly clientId: string;
    readonly dueAt: Instant | null;
    readonly channel: IntakeReminderChannel | 'phone' | null;
    /** Which reminder of the cadence this is (1-based), for `reminder`. */
    readonly reminderNumber: number | null;
    /** Required documents still open, sorted. */
    readonly openDocuments: readonly IntakeDocumentType[];
  }
>;

/**
 * Options for {@link evaluateIntakeFollowUp}: the moment to decide for.
 *
 * @example
 * ```ts
 * EvaluateIntakeFollowUpOptions.parse({ asOf: '2026-03-03T12:00:00-05:00' });
 * //=> { asOf: '2026-03-03T12:00:00-05:00' }
 * ```
 */
export const EvaluateIntakeFollowUpOptions = z.strictObject({ asOf: Instant });
export type EvaluateIntakeFollowUpOptions = z.infer<typeof EvaluateIntakeFollowUpOptions>;

/**
 * Options for {@link planIntakeReminders}: the moment to plan from.
 *
 * @example
 * ```ts
 * PlanIntakeRemindersOptions.parse({ asOf: '2026-03-03T12:00:00-05:00' });
 * //=> { asOf: '2026-03-03T12:00:00-05:00' }
 * ```
 */
export const PlanIntakeRemindersOptions = z.strictObject({ asOf: Instant });
export type PlanIntakeRemindersOptions = z.infer<typeof PlanIntakeRemindersOptions>;

interface OpenPaperwork {
  readonly open: IntakeDocumentType[];
  readonly openBlocking: boolean;
  readonly unsent: boolean;
  readonly sentAtMs: number | null;
  readonly missingFacts: string[];
}

function openPaperwork(
  file: IntakeClientFile,
  policy: IntakePacketPolicy,
  asOfMs: number,
  slot?: PacketContextSlot,
): OpenPaperwork {
  const { client } = file;
  const ref = client.firstSessionAt === undefined ? asOfMs : toEpochMs(client.firstSessionAt);
  const on = getLocalDate(ref, client.zone);
  const context = packetContext(file, policy, on, slot, getLocalDate(asOfMs, client.zone));
  const { reqs } = context;
  const standings = standingsAt(context, asOfMs, on, client.zone);
  const open: IntakeDocumentType[] = [];
  let openBlocking = false;
  let unsent = false;
  let sentAtMs: number | null = null;
  for (let i = 0; i < reqs.required.length; i += 1) {
    const req = reqs.required[i] as IntakeRequirement;
    const s = standings[i] as IntakeDocumentStanding;
    // A declined document is a refusal for a person to discuss, not something to nag about.
    if (s.status === 'complete' || s.status === 'declined') continue;
    // Per-signer copies of one document appear once.
    if (!open.includes(req.type)) open.push(req.type);
    if (req.weight === 'blocking') openBlocking = true;
    if (s.status === 'not_sent' || s.status === 'expired') unsent = true;
    else if (s.sentMs !== null && (sentAtMs === null || s.sentMs < sentAtMs)) sentAtMs = s.sentMs;
  }
  return {
    open: sortInPlace(open, compareText),
    openBlocking,
    unsent,
    sentAtMs,
    missingFacts: reqs.undecided.map((u) => u.missingFact),
  };
}

/** One step of the cadence at its time: the channel it goes on (or why it is held), moved out of quiet hours. */
interface CadenceStep {
  readonly ms: number;
  readonly channel: IntakeReminderChannel;
  readonly choice: IntakeChannelChoice;
  readonly deferred: boolean;
  /** Set when the calling window moved a text past the policy's quiet hours. */
  readonly texting: Reason<IntakeReasonCode> | null;
}

/**
 * The cadence times from `sentAtMs`, each on the channel it goes on, deferred past quiet hours (and a text
 * past the calling window), before the session, capped.
 */
function cadence(
  sentAtMs: number,
  sessionMs: number | null,
  policy: IntakeFollowUpPolicy,
  zone: string,
  choose: (channel: IntakeReminderChannel) => IntakeChannelChoice,
): CadenceStep[] {
  const raw: { rawMs: number; step: CadenceStep }[] = [];
  const place = (rawMs: number, channel: IntakeReminderChannel) => {
    const choice = choose(channel);
    const quietMs = getInstantOutsideLocalHoursMs(rawMs, policy.quietHours, zone);
    const ms = reachableMs(rawMs, choice.channel ?? channel, policy, zone);
    const texting = ms === quietMs ? null : textingReason(rawMs, quietMs, ms, zone);
    raw.push({ rawMs, step: { ms, channel, choice, deferred: ms !== rawMs, texting } });
  };
  for (const step of policy.steps) {
    if (step.anchor === 'after_sent') place(sentAtMs + step.hours * HOUR_MS, step.channel);
    else if (sessionMs !== null) {
      const ms = sessionMs - step.hours * HOUR_MS;
      // A before-session step that falls before the packet went out has nothing to remind about.
      if (ms > sentAtMs) place(ms, step.channel);
    }
  }
  // In the order they go; ties go to the earlier cadence time, then email before text, so the plan does
  // not depend on step order.
  sortInPlace(
    raw,
    (a, b) => a.step.ms - b.step.ms || a.rawMs - b.rawMs || compareText(a.step.channel, b.step.channel),
  );
  const out: CadenceStep[] = [];
  for (const { step } of raw) {
    if (out.length >= policy.maxReminders) break;
    if (sessionMs !== null && step.ms >= sessionMs) break;
    // Two steps landing together become one.
    const last = out[out.length - 1];
    if (last !== undefined && last.ms === step.ms) continue;
    out.push(step);
  }
  return out;
}

/** Reminder plan without validation, for callers that validated already. */
export function reminderPlanOf(
  file: IntakeClientFile,
  packet: IntakePacketPolicy,
  policy: IntakeFollowUpPolicy,
  asOfMs: number,
): IntakePlannedReminder[] {
  const p = openPaperwork(file, packet, asOfMs);
  if (p.open.length === 0 || p.sentAtMs === null) return [];
  const { client } = file;
  const sessionMs = client.firstSessionAt === undefined ? null : toEpochMs(client.firstSessionAt);
  const choose = (channel: IntakeReminderChannel) =>
    chooseIntakeChannel(client.channelConsent, channel, policy.withoutChannelConsent, asOfMs);
  return cadence(p.sentAtMs, sessionMs, policy, client.zone, choose).map((r, i) => {
    const { choice } = r;
    const reasons: Reason<IntakeReasonCode>[] = choice.reason === null ? [] : [choice.reason];
    if (r.texting !== null) reasons.push(r.texting);
    return {
      number: i + 1,
      at: formatInstant(r.ms, client.zone),
      status: choice.channel === null ? 'held' : 'planned',
      channel: choice.channel,
      cadenceChannel: r.channel,
      deferred: r.deferred,
      reasons,
    };
  });
}

/**
 * Plans a client's paperwork reminders from the cadence: each placed outside the client's local quiet
 * hours, before the first session, at most the policy's maximum, and none once every required document
 * is complete (as of `asOf`). A step goes only on a channel the client opted in to
 * (`file.client.channelConsent`): on its own, or on the other one when the policy's
 * `withoutChannelConsent` is `use_consented_channel` (the default); otherwise it is `held` with the reason
 * `intake.follow_up.channel_consent_missing`. No consent recorded is no consent.
 *
 * @throws {@link ValidationError} listing every problem of the file, both policies and the options at
 * once, each path under its parameter's name (`$.file.client.zone`, `$.packet.adultAge`,
 * `$.policy.maxReminders`, `$.options.asOf`).
 * @remarks Cadence defaults are practice choices; quiet hours in the client's zone. The channel is the
 * client's choice [sources: cfr-45-164.522, hhs-faq-email]; a reminder carries logistics only (dates and a
 * secure link), whatever the client accepted [sources: cfr-45-164.530].
 * @example
 * ```ts
 * import type { IntakeClientFileInput } from 'practice-ops/intake';
 *
 * // The packet went out Monday 2026-03-02 at 22:30 New York time; the first session is Monday 2026-03-09
 * // at 10:00; the client opted in to email and text.
 * const documents = (['informed_consent', 'privacy_notice_acknowledgment', 'financial_policy',
 *   'intake_questionnaire', 'telehealth_consent', 'good_faith_estimate'] as const).map((type, i) => ({
 *   id: `d-${i + 1}`, clientId: 'c-1', type, status: 'sent' as const, sentAt: '2026-03-02T22:30:00-05:00' }));
 * const file: IntakeClientFileInput = { documents, client: { id: 'c-1', zone: 'America/New_York',
 *   billing: 'self_pay', modality: 'telehealth', birthDate: '1990-01-01', firstSessionAt: '2026-03-09T10:00:00-04:00',
 *   channelConsent: { email: { optedIn: true, unsecuredRiskAcknowledged: true }, sms: { optedIn: true, unsecuredRiskAcknowledged: true } } } };
 * // A practice that runs no 42 CFR Part 2 program.
 * const packet = { ...DEFAULT_INTAKE_PACKET_POLICY, part2Program: false };
 * planIntakeReminders(file, packet, {}, { asOf: '2026-03-03T12:00:00-05:00' });
 * //=> [{ number: 1, at: '2026-03-04T08:00:00-05:00', status: 'planned', channel: 'email', deferred: true, … },
 * //    { number: 2, at: '2026-03-06T08:00:00-05:00', status: 'planned', channel: 'text', deferred: true, … },
 * //    { number: 3, at: '2026-03-06T09:00:00-05:00', status: 'planned', channel: 'email', deferred: false, … },
 * //    { number: 4, at: '2026-03-08T10:00:00-04:00', status: 'planned', channel: 'text', deferred: false, … }]
 * // With no consent recorded, every step is held:
 * const { channelConsent, ...noConsent } = file.client;
 * planIntakeReminders({ ...file, client: noConsent }, packet, {}, { asOf: '2026-03-03T12:00:00-05:00' })
 *   .map((r) => [r.status, r.channel]);
 * //=> [['held', null], ['held', null], ['held', null], ['held', null]]
 * ```
 */
export function planIntakeReminders(
  file: IntakeClientFileInput,
  packet: IntakePacketPolicyInput,
  policy: IntakeFollowUpPolicyInput,
  options: PlanIntakeRemindersOptions,
): IntakePlannedReminder[] {
  // Every argument's problems at once, each under its parameter's name (`$.policy.maxReminders`).
  const [f, p, fp, o] = validateArguments([
    ['file', IntakeClientFile, file, 'intake client file'],
    ['packet', IntakePacketPolicy, packet, 'intake packet policy'],
    ['policy', IntakeFollowUpPolicy, policy, 'intake follow-up policy'],
    ['options', PlanIntakeRemindersOptions, options, 'follow-up options'],
  ]);
  return reminderPlanOf(f, p, fp, toEpochMs(o.asOf));
}

/**
 * Next follow-up without validation, for callers that validated already (the batch queue, which passes
 * one `slot` per client to share the packet work with {@link readinessOf}).
 */
export function followUpOf(
  file: IntakeClientFile,
  packet: IntakePacketPolicy,
  policy: IntakeFollowUpPolicy,
  asOfMs: number,
  slot?: PacketContextSlot,
): IntakeFollowUpDecision {
  const { client } = file;
  const zone = client.zone;
  const sessionMs = client.firstSessionAt === undefined ? null : toEpochMs(client.firstSessionAt);
  const p = openPaperwork(file, packet, asOfMs, slot);
  const s: Scope = { clientId: client.id, zone, policy, paperwork: p };
  if (sessionMs !== null && asOfMs >= sessionMs) {
    return none(
      s,
      reason('intake.follow_up.session_started', 'info', 'The first session has started; reminders stop.'),
    );
  }
  if (p.open.length === 0) {
    const [fact, ...more] = p.missingFacts;
    if (fact !== undefined) {
      const reasons: Reasons = [missingFactReason(fact)];
      for (const f of more) reasons.push(missingFactReason(f));
      return decided(s, 'collect_missing_fact', reasons, formatInstant(asOfMs, zone), null, null);
    }
    return none(
      s,
      reason('intake.follow_up.packet_complete', 'info', 'Every required document is complete.'),
    );
  }
  if (
    sessionMs !== null &&
    p.openBlocking &&
    asOfMs >= sessionMs - policy.closeToSession.withinHours * HOUR_MS
  ) {
    const withinHours = policy.closeToSession.withinHours;
    const sessionStart = client.firstSessionAt ?? null;
    switch (policy.closeToSession.action) {
      case 'offer_reschedule':
        return clientFacing(
          s,
          'offer_reschedule',
          asOfMs,
          'phone',
          reason(
            'intake.follow_up.close_to_session_reschedule',
            'warning',
            'Blocking paperwork is still open close to the session: offer the client another time.',
            { openDocuments: p.open, withinHours, sessionStart },
          ),
        );
      case 'clinician_decides':
        return decided(
          s,
          'clinician_decides',
          withMissingFacts(
            s,
            reason(
              'intake.follow_up.close_to_session_clinician_decides',
              'warning',
              'Blocking paperwork is still open close to the session: ask the clinician whether it goes ahead.',
              { openDocuments: p.open, withinHours, sessionStart, role: 'clinician' },
            ),
          ),
          formatInstant(asOfMs, zone),
          null,
          null,
        );
      default: {
        const exhausted: never = policy.closeToSession.action;
        return exhausted;
      }
    }
  }
  if (p.unsent || p.sentAtMs === null) {
    const main = reason(
      'intake.follow_up.packet_not_sent',
      'warning',
      'Send the required documents to the client.',
      { openDocuments: p.open },
    );
    const choice = chooseIntakeChannel(client.channelConsent, 'email', policy.withoutChannelConsent, asOfMs);
    const extra = choice.reason === null ? [] : [choice.reason];
    if (choice.channel === null) {
      return clientFacing(s, 'ask_contact_channel', asOfMs, null, main, null, extra);
    }
    return clientFacing(s, 'send_packet', asOfMs, choice.channel, main, null, extra);
  }
  const choices = cadence(p.sentAtMs, sessionMs, policy, zone, (channel) =>
    chooseIntakeChannel(client.channelConsent, channel, policy.withoutChannelConsent, asOfMs),
  );
  // Only a step on a channel the client opted in to is a reminder that can go; a held step is never sent.
  const plan: {
    ms: number;
    channel: IntakeReminderChannel;
    deferred: boolean;
    moved: Reason<IntakeReasonCode> | null;
    texting: Reason<IntakeReasonCode> | null;
  }[] = [];
  const held: Reason<IntakeReasonCode>[] = [];
  const heldChannels = new Set<IntakeReminderChannel>();
  for (const c of choices) {
    if (c.choice.channel !== null) {
      plan.push({
        ms: c.ms,
        channel: c.choice.channel,
        deferred: c.deferred,
        moved: c.choice.reason,
        texting: c.texting,
      });
    } else if (c.choice.reason !== null && !heldChannels.has(c.channel)) {
      heldChannels.add(c.channel);
      held.push(c.choice.reason);
    }
  }
  const sentAtMs = p.sentAtMs;
  let n = 0;
  let lastSentMs = sentAtMs;
  for (const t of file.remindersSentAt) {
    const ms = toEpochMs(t);
    if (ms < sentAtMs || ms > asOfMs) continue;
    n += 1;
    lastSentMs = ms;
  }
  const next = plan[n];
  const [firstHeld] = held;
  if (plan.length === 0 && firstHeld !== undefined) {
    // Nothing in the cadence may go out: a person asks the client how they want reminders.
    return clientFacing(s, 'ask_contact_channel', asOfMs, null, firstHeld, null, held.slice(1));
  }
  if (n >= policy.maxReminders || next === undefined) {
    return clientFacing(
      s,
      'call_client',
      Math.max(lastSentMs + policy.escalateAfterHours * HOUR_MS, asOfMs),
      'phone',
      reason(
        'intake.follow_up.max_reminders_reached',
        'warning',
        'Automatic reminders are used up and paperwork is still open: a person should call.',
        { openDocuments: p.open, remindersSent: n, maxReminders: policy.maxReminders },
      ),
      null,
      held,
    );
  }
  const extra = next.moved === null ? held : [next.moved, ...held];
  const main = reason(
    'intake.follow_up.reminder_due',
    'info',
    `Reminder ${n + 1} of the paperwork cadence.`,
    {
      openDocuments: p.open,
      reminderNumber: n + 1,
      channel: next.channel,
      cadenceAt: formatInstant(next.ms, zone),
    },
  );
  if (next.ms >= asOfMs) {
    const reasons = withMissingFacts(s, main);
    reasons.push(...extra);
    if (next.deferred && next.texting === null) {
      reasons.push(
        reason(
          'intake.follow_up.deferred_for_quiet_hours',
          'info',
          'Moved out of the client’s quiet hours.',
          quietFacts(s),
        ),
      );
    }
    if (next.texting !== null) reasons.push(next.texting);
    return decided(s, 'reminder', reasons, formatInstant(next.ms, zone), next.channel, n + 1);
  }
  // Overdue: send now, or when quiet hours (and, for a text, the calling window) end, unless that is
  // already the session.
  const due = reachableMs(asOfMs, next.channel, policy, zone);
  if (sessionMs !== null && due >= sessionMs) {
    return none(
      s,
      reason(
        'intake.follow_up.no_time_before_session',
        'info',
        'No time outside quiet hours is left before the session.',
        quietFacts(s),
      ),
    );
  }
  return clientFacing(s, 'reminder', asOfMs, next.channel, main, n + 1, extra);
}

/**
 * What every answer for one client is written with. Plain functions over this, rather than closures
 * made on each call: the queue asks for 50,000 follow-ups.
 */
interface Scope {
  readonly clientId: string;
  readonly zone: string;
  readonly policy: IntakeFollowUpPolicy;
  readonly paperwork: OpenPaperwork;
}

function decided(
  s: Scope,
  outcome: IntakeFollowUpDecision['outcome'],
  reasons: Reasons,
  dueAt: Instant | null,
  channel: IntakeReminderChannel | 'phone' | null,
  reminderNumber: number | null,
): IntakeFollowUpDecision {
  return {
    outcome,
    reasons: sortInPlace(reasons, compareReasons),
    dueAt,
    channel,
    reminderNumber,
    clientId: s.clientId,
    openDocuments: s.paperwork.open,
  };
}

function none(s: Scope, r: Reason<IntakeReasonCode>): IntakeFollowUpDecision {
  return decided(s, 'none', [r], null, null, null);
}

function quietFacts(s: Scope, from?: Instant): Facts {
  const { start: quietStart, end: quietEnd } = s.policy.quietHours;
  return from === undefined
    ? { quietStart, quietEnd, zone: s.zone }
    : { quietStart, quietEnd, zone: s.zone, from };
}

function missingFactReason(fact: string): Reason<IntakeReasonCode> {
  return reason(
    'intake.follow_up.missing_fact',
    'warning',
    `Record the client's ${fact} to know which documents to send.`,
    { missingFact: fact },
  );
}

/** The main reason, then one for each fact the packet rules are missing. */
function withMissingFacts(s: Scope, main: Reason<IntakeReasonCode>): Reasons {
  const list: Reasons = [main];
  for (const fact of s.paperwork.missingFacts) list.push(missingFactReason(fact));
  return list;
}

/**
 * A step that reaches the client: it waits out quiet hours, and the reasons say so. `extra` are the
 * channel-consent reasons (a channel moved, or held).
 */
function clientFacing(
  s: Scope,
  step: IntakeFollowUpStep,
  atMs: number,
  channel: IntakeReminderChannel | 'phone' | null,
  main: Reason<IntakeReasonCode>,
  reminderNumber: number | null = null,
  extra: readonly Reason<IntakeReasonCode>[] = [],
): IntakeFollowUpDecision {
  const quietMs = getInstantOutsideLocalHoursMs(atMs, s.policy.quietHours, s.zone);
  const due = reachableMs(atMs, channel, s.policy, s.zone);
  const reasons = withMissingFacts(s, main);
  reasons.push(...extra);
  if (due === quietMs && due !== atMs) {
    reasons.push(
      reason(
        'intake.follow_up.deferred_for_quiet_hours',
        'info',
        'Moved out of the client’s quiet hours.',
        quietFacts(s, formatInstant(atMs, s.zone)),
      ),
    );
  }
  if (due !== quietMs) reasons.push(textingReason(atMs, quietMs, due, s.zone));
  return decided(s, step, reasons, formatInstant(due, s.zone), channel, reminderNumber);
}

type Reasons = [Reason<IntakeReasonCode>, ...Reason<IntakeReasonCode>[]];

/**
 * The next paperwork follow-up for a client as of `asOf`: send the packet, the next reminder of the
 * cadence, a call when reminders are used up, or the close-to-session choice (offer to reschedule, or let
 * the clinician decide). Anything that reaches the client is placed outside their local quiet hours.
 * Email and text go only on a channel the client opted in to (see {@link planIntakeReminders}); when none
 * may carry what is due, the outcome is `ask_contact_channel` with the reason
 * `intake.follow_up.channel_consent_missing`: ask the client how they want reminders.
 *
 * @throws {@link ValidationError} listing every problem of the file, both policies and the options at
 * once, each path under its parameter's name (`$.file.client.zone`, `$.packet.adultAge`,
 * `$.policy.maxReminders`, `$.options.asOf`).
 * @remarks Cadence defaults are practice choices; reminders stop on completion (as reminder tools do).
 * A declined document is not chased by reminders: readiness reports it for a person. The channel is the
 * client's choice [sources: cfr-45-164.522, hhs-faq-email].
 * @example
 * ```ts
 * import type { IntakeClientFileInput } from 'practice-ops/intake';
 *
 * // The packet went out Monday 2026-03-02 at 22:30 New York time; the first session is Monday 2026-03-09
 * // at 10:00; the client opted in to email.
 * const documents = (['informed_consent', 'privacy_notice_acknowledgment', 'financial_policy',
 *   'intake_questionnaire', 'telehealth_consent', 'good_faith_estimate'] as const).map((type, i) => ({
 *   id: `d-${i + 1}`, clientId: 'c-1', type, status: 'sent' as const, sentAt: '2026-03-02T22:30:00-05:00' }));
 * const file: IntakeClientFileInput = { documents, client: { id: 'c-1', zone: 'America/New_York',
 *   billing: 'self_pay', modality: 'telehealth', birthDate: '1990-01-01', firstSessionAt: '2026-03-09T10:00:00-04:00',
 *   channelConsent: { email: { optedIn: true, unsecuredRiskAcknowledged: true } } } };
 * // A practice that runs no 42 CFR Part 2 program.
 * const packet = { ...DEFAULT_INTAKE_PACKET_POLICY, part2Program: false };
 * evaluateIntakeFollowUp(file, packet, {}, { asOf: '2026-03-03T12:00:00-05:00' });
 * //=> { outcome: 'reminder', dueAt: '2026-03-04T08:00:00-05:00', channel: 'email', reminderNumber: 1,
 * //     reasons: [{ code: 'intake.follow_up.deferred_for_quiet_hours', … }, { code: 'intake.follow_up.reminder_due', … }], … }
 * // The same client with no consent recorded:
 * const { channelConsent, ...noConsent } = file.client;
 * evaluateIntakeFollowUp({ ...file, client: noConsent }, packet, {}, { asOf: '2026-03-03T12:00:00-05:00' });
 * //=> { outcome: 'ask_contact_channel', channel: null,
 * //     reasons: [{ code: 'intake.follow_up.channel_consent_missing', … }, …], … }
 * ```
 */
export function evaluateIntakeFollowUp(
  file: IntakeClientFileInput,
  packet: IntakePacketPolicyInput,
  policy: IntakeFollowUpPolicyInput,
  options: EvaluateIntakeFollowUpOptions,
): IntakeFollowUpDecision {
  // Every argument's problems at once, each under its parameter's name (`$.policy.maxReminders`).
  const [f, p, fp, o] = validateArguments([
    ['file', IntakeClientFile, file, 'intake client file'],
    ['packet', IntakePacketPolicy, packet, 'intake packet policy'],
    ['policy', IntakeFollowUpPolicy, policy, 'intake follow-up policy'],
    ['options', EvaluateIntakeFollowUpOptions, options, 'follow-up options'],
  ]);
  return followUpOf(f, p, fp, toEpochMs(o.asOf));
}
