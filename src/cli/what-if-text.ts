import { formatCents } from '../core/index.js';
import type { FeeReplay, FeeReplayChange, FeeReplaySide, PolicyReplay } from '../ops/index.js';

/** How many of the largest changes the terminal and the page list (`--json` has them all). */
export const CHANGES_SHOWN = 20;

/** A change in cents with its sign: `+$150.00`, `-$75.00`, `$0.00`; `undecided` when it is not known. */
export function signedCents(cents: number | null): string {
  if (cents === null) return 'undecided';
  return cents > 0 ? `+${formatCents(cents)}` : formatCents(cents);
}

const KIND_WORDS: Record<NonNullable<FeeReplaySide['kind']>, string> = {
  not_missed: 'not missed',
  cancelled_by_practice: 'cancelled by the practice',
  on_time_cancel: 'on-time cancellation',
  late_reschedule: 'late reschedule',
  late_cancel: 'late cancellation',
  no_show: 'no-show',
  cancel_time_unknown: 'client cancellation, time not recorded',
};

/** One side of a fee in words: `$150.00 (late cancellation)`, `no charge (on-time cancellation)`. */
export function sideText(side: FeeReplaySide): string {
  const kind = side.kind === null ? 'no policy in force' : KIND_WORDS[side.kind];
  const amount =
    side.outcome === 'charge'
      ? formatCents(side.feeCents)
      : side.outcome === 'undecided'
        ? 'undecided'
        : 'no charge';
  return `${amount} (${kind})`;
}

/** How near the miss came to the window, from the fee rule's facts: `27 h notice, 21 h short of 48 h`. */
export function noticeText(change: FeeReplayChange): string {
  const facts = change.after.reasons.find(
    (r) => r.code === 'scheduling.cancellation.late' || r.code === 'scheduling.cancellation.on_time',
  )?.facts;
  const notice = facts?.notice as { unit?: string; hours?: number } | undefined;
  if (
    typeof facts?.noticeHours !== 'number' ||
    notice?.unit !== 'hours' ||
    typeof facts.marginHours !== 'number'
  )
    return '';
  const margin = facts.marginHours;
  const side = margin < 0 ? `${-margin} h short of` : `${margin} h more than`;
  return `${facts.noticeHours} h notice, ${side} ${notice.hours} h`;
}

/** The fee totals as label and value rows, the order a practice owner reads them in. */
export function totalRows(fees: FeeReplay): [string, string][] {
  const t = fees.totals;
  return [
    ['Missed sessions replayed', String(t.sessions)],
    ['Sessions whose fee changes', String(t.changed)],
    ['Charged under the current policy', formatCents(t.chargedBeforeCents)],
    ['Charged under the proposed policy', formatCents(t.chargedAfterCents)],
    ['Change', signedCents(t.changeCents)],
    ['Fees added or raised', formatCents(t.addedCents)],
    ['Fees waived or lowered', formatCents(t.waivedCents)],
    ['Clients affected', String(t.clientsAffected)],
    ['Undecided (current / proposed)', `${t.undecidedBefore} / ${t.undecidedAfter}`],
    // A fee not known on one side is neither added nor waived: its cents are shown apart.
    ...(t.undecidedChanged === 0
      ? []
      : ([
          ['Decided on one side only', String(t.undecidedChanged)],
          ['Charged now, undecided if proposed', formatCents(t.nowUndecidedCents)],
          ['Undecided now, charged if proposed', formatCents(t.nowDecidedCents)],
        ] as [string, string][])),
  ];
}

/** A replayed section other than fees: its title, totals as rows, and its largest changes in words. */
export interface SectionSummary {
  readonly id: string;
  readonly title: string;
  readonly rows: readonly [string, string][];
  readonly changes: readonly string[];
  readonly total: number;
}

const arrow = (before: number, after: number) => `${before} → ${after}`;

/** The sections the replay ran besides fees, in the order the docs list them. */
export function sectionSummaries(replay: PolicyReplay): SectionSummary[] {
  const out: SectionSummary[] = [];
  const { reminders, waitlist, intakeFollowUps, filing, capacity } = replay;
  if (reminders !== undefined) {
    const t = reminders.totals;
    out.push({
      id: 'reminders',
      title: 'Session reminders',
      rows: [
        ['Sessions × clients replayed', String(t.sessions)],
        ['Whose reminders change', String(t.changed)],
        ['Reminders sent (current → proposed)', arrow(t.sentBefore, t.sentAfter)],
        ['Would be sent / not sent / moved', `${t.wouldBeSent} / ${t.wouldNotBeSent} / ${t.moved}`],
        ...Object.entries(t.byLeadHours).map(([hours, c]): [string, string] => [
          `  ${hours} h before`,
          arrow(c.before, c.after),
        ]),
      ],
      changes: reminders.changes.map((c) => {
        const at = (s: typeof c.before) => s.reminders.map((r) => `${r.hoursBefore} h`).join(', ') || 'none';
        return `${c.id}: ${at(c.before)} → ${at(c.after)}`;
      }),
      total: reminders.changes.length,
    });
  }
  if (waitlist !== undefined) {
    const t = waitlist.totals;
    out.push({
      id: 'waitlist',
      title: 'Waitlist order',
      rows: [
        ['Entries waiting', String(t.entries)],
        ['Entries that move', `${t.changed} (${t.movedUp} up, ${t.movedDown} down)`],
        ['Positions moved', String(t.movedPositions)],
        ['Clients affected', String(t.clientsAffected)],
      ],
      changes: waitlist.changes.map(
        (c) =>
          `${c.id}: place ${c.before.position} (${c.before.tier}) → ${c.after.position} (${c.after.tier})`,
      ),
      total: waitlist.changes.length,
    });
  }
  if (intakeFollowUps !== undefined) {
    const t = intakeFollowUps.totals;
    out.push({
      id: 'intake',
      title: 'Paperwork follow-ups',
      rows: [
        ['Clients with reminders', String(t.clients)],
        ['Whose reminders change', String(t.changed)],
        ['Reminders (current → proposed)', arrow(t.remindersBefore, t.remindersAfter)],
        ['Would be sent / not sent', `${t.wouldBeSent} / ${t.wouldNotBeSent}`],
        ['  by email', arrow(t.byChannel.email.before, t.byChannel.email.after)],
        ['  by text', arrow(t.byChannel.text.before, t.byChannel.text.after)],
      ],
      changes: intakeFollowUps.changes.map(
        (c) => `${c.id}: ${c.before.reminders.length} → ${c.after.reminders.length} reminders`,
      ),
      total: intakeFollowUps.changes.length,
    });
  }
  if (filing !== undefined) {
    const t = filing.totals;
    out.push({
      id: 'filing',
      title: 'Timely filing',
      rows: [
        ['Claims replayed', String(t.claims)],
        ['Claims whose filing changes', String(t.changed)],
        [
          'Deadline / outcome / risk changes',
          `${t.deadlineChanged} / ${t.outcomeChanged} / ${t.riskChanged}`,
        ],
        ['At high risk, late or undecided (current → proposed)', arrow(t.atRiskBefore, t.atRiskAfter)],
        ['Of those, undecided (current → proposed)', arrow(t.undecidedBefore, t.undecidedAfter)],
        ['Claims whose payer is not in the file', String(t.payerUnknown)],
        ['Claims for sessions after the day replayed (not replayed)', String(t.servedAfterDate)],
      ],
      changes: filing.changes.map(
        (c) =>
          `${c.id}: ${c.before.deadline ?? 'no deadline'} (${c.before.risk ?? c.before.outcome}) → ${c.after.deadline ?? 'no deadline'} (${c.after.risk ?? c.after.outcome})`,
      ),
      total: filing.changes.length,
    });
  }
  if (capacity !== undefined) {
    const t = capacity.totals;
    out.push({
      id: 'capacity',
      title: 'Caseload caps and availability',
      rows: [
        ['Sessions replayed', String(t.sessions)],
        ['Refused (current → proposed)', arrow(t.refusedBefore, t.refusedAfter)],
        ['Newly refused / no longer refused', `${t.newlyRefused} / ${t.noLongerRefused}`],
        ['Clinicians affected', String(t.cliniciansAffected)],
        ['Clients affected', String(t.clientsAffected)],
      ],
      changes: capacity.changes.map((c) => {
        const why = (c.after.refused ? c.after : c.before).reasons
          .map((r) => r.code.split('.').pop())
          .join(', ');
        return `${c.id}: ${c.after.refused ? 'refused' : 'no longer refused'} (${why})`;
      }),
      total: capacity.changes.length,
    });
  }
  return out;
}

/** Which current policies decided, in words: the file's policies, or its versions. */
export function currentText(replay: PolicyReplay): string {
  const versions = replay.reasons[0]?.facts['currentVersions'];
  return Array.isArray(versions) && versions.length > 0
    ? `Current: the data file's policy versions ${versions.join(', ')}, each for the events in its time.`
    : "Current: the data file's policies.";
}

/** The period the replay covered, in words. */
export function periodText(replay: PolicyReplay): string {
  return replay.from === null ? `up to ${replay.to}` : `${replay.from} to ${replay.to}`;
}

/** What the header says beside the replay: the zone its times are in, and sections no replay reads. */
export interface WhatIfNotes {
  readonly zone: string;
  readonly notReplayed: readonly string[];
}

/**
 * The proposal's sections a replay reads (docs/what-if.md), in the order the note names them; any other
 * section it sets has no effect on the figures. One list, so that the check and the sentence cannot drift.
 */
export const REPLAYED_SECTIONS: readonly string[] = [
  'cancellation',
  'reminders',
  'waitlist',
  'intakeFollowUp',
  'claimFollowUp',
  'payerFiling',
  'clinicianLimits',
];

const replayedList = `${REPLAYED_SECTIONS.slice(0, -1).join(', ')} and ${REPLAYED_SECTIONS.at(-1)}`;

/** The sentence naming the proposal's sections that what-if does not replay. */
export function notReplayedText(sections: readonly string[]): string {
  const names = sections.join(', ');
  return `not replayed: the proposal changes ${names}, which what-if does not replay (it replays ${replayedList}); ${sections.length === 1 ? 'that change has' : 'those changes have'} no effect on these figures.`;
}
