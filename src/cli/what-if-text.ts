import { formatCents } from '../core/index.js';
import type { FeeReplayChange, FeeReplaySide, PolicyReplay } from '../ops/index.js';

/** How many of the largest changes the terminal and the page list (`--json` has them all). */
export const CHANGES_SHOWN = 20;

/** A change in cents with its sign: `+$150.00`, `-$75.00`, `$0.00`. */
export function signedCents(cents: number): string {
  return cents > 0 ? `+${formatCents(cents)}` : formatCents(cents);
}

const KIND_WORDS: Record<NonNullable<FeeReplaySide['kind']>, string> = {
  not_missed: 'not missed',
  cancelled_by_practice: 'cancelled by the practice',
  on_time_cancel: 'on-time cancellation',
  late_reschedule: 'late reschedule',
  late_cancel: 'late cancellation',
  no_show: 'no-show',
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
export function totalRows(replay: PolicyReplay): [string, string][] {
  const t = replay.fees.totals;
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
  ];
}

/** The period the replay covered, in words. */
export function periodText(replay: PolicyReplay): string {
  return replay.from === null ? `up to ${replay.to}` : `${replay.from} to ${replay.to}`;
}
