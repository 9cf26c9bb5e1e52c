import * as z from 'zod';
import { type Decision, Instant, type NonEmptyArray, reason } from '../../core/index.js';
import { compareText, toEpochMs, validateArguments } from '../../core/internal.js';
import type { SchedulingReason, SchedulingReasonCode } from '../reason-codes.js';
import type { WaitlistRanking } from './ranking.js';
import { WaitlistEntryId, WaitlistOpeningId } from './waitlist-entry.js';
import { type WaitlistIndex, waitlistIndexArgument } from './waitlist-index.js';
import { WaitlistPolicy, type WaitlistPolicyInput } from './waitlist-policy.js';

/**
 * An offer of an opening to a waitlist entry, with the client's answer if any.
 * @example
 * ```ts
 * WaitlistOffer.parse({ openingId: 'o-1', entryId: 'w-7', offeredAt: '2026-03-02T09:00:00Z' });
 * //=> the same offer, typed (no answer yet)
 * ```
 */
export const WaitlistOffer = z.strictObject({
  openingId: WaitlistOpeningId,
  entryId: WaitlistEntryId,
  offeredAt: Instant,
  response: z.strictObject({ kind: z.enum(['accepted', 'declined']), at: Instant }).optional(),
});
export type WaitlistOffer = z.infer<typeof WaitlistOffer>;
/**
 * What callers pass for a {@link WaitlistOffer}.
 *
 * @example
 * ```ts
 * const offer: WaitlistOfferInput = { entryId: 'w-1', openingId: 'o-1', offeredAt: '2026-03-02T09:00:00Z' };
 * ```
 */
export type WaitlistOfferInput = z.input<typeof WaitlistOffer>;

/**
 * Options for {@link evaluateWaitlistOffers}.
 * @example
 * ```ts
 * EvaluateWaitlistOffersOptions.parse({ asOf: '2026-03-02T09:30:00Z' }); //=> { asOf: '2026-03-02T09:30:00Z' }
 * ```
 */
export const EvaluateWaitlistOffersOptions = z.strictObject({ asOf: Instant });
export type EvaluateWaitlistOffersOptions = z.input<typeof EvaluateWaitlistOffersOptions>;

/**
 * Where the offers for one opening stand: `filled` (accepted), `awaiting_response` (offers still open),
 * `offer_next` (offer to the listed entries now) or `exhausted` (nobody left). Every outcome lists the
 * declined and expired offers, and each entry's updated decline count.
 *
 * @example
 * ```ts
 * const d: WaitlistOfferDecision = evaluateWaitlistOffers(ranking, index, offers, {}, { asOf: '2026-03-02T10:00:00Z' });
 * d.outcome; //=> 'offer_next'
 * ```
 */
export type WaitlistOfferDecision = Decision<
  'filled' | 'awaiting_response' | 'offer_next',
  'exhausted',
  SchedulingReasonCode,
  {
    readonly openingId: string;
    readonly acceptedEntryId: string | null;
    readonly pendingEntryIds: readonly string[];
    readonly offerNextEntryIds: readonly string[];
    readonly declinedEntryIds: readonly string[];
    readonly expiredEntryIds: readonly string[];
    /** Decline totals (the entry's earlier declines plus these) for entries that declined here. */
    readonly declineCounts: readonly { readonly entryId: string; readonly declines: number }[];
  }
>;

// The parts of a ranking the offers use: which opening, and the entries in rank order.
const RankingArgument = z.looseObject({
  openingId: z.string(),
  ranked: z.array(z.looseObject({ entryId: z.string() })),
});

/**
 * Works the offer round for one opening: an offer expires after the policy's minutes without an answer,
 * a decline is counted, and the next candidates in rank order (never offered this opening before) are
 * named until the batch size is open again. An entry whose declines reach the policy's limit is flagged
 * for a conversation with the client. When several clients accept, the first answer gets the opening (a
 * tie: the better rank) and each other acceptance is a warning, `scheduling.waitlist.accepted_after_filled`.
 *
 * @param ranking - the opening's ranking from {@link rankWaitlistForOpening}
 * @param index - the waitlist (for earlier decline counts)
 * @param offerInputs - every offer made for this opening so far (others are ignored)
 * @throws {@link ValidationError} listing every problem of the arguments at once, each path under its
 * parameter's name (`$.offers[0].offeredAt`, `$.policy.offerExpiryMinutes`, `$.options.asOf`).
 * @remarks Offer one or a batch at a time for a limited time [sources: peer-jituzu-waitlist]; notify-all
 * without auto-booking is the alternative [sources: peer-counsol-waitlist]. Booking from an entry removes it
 * [sources: peer-unifiedpractice-waitlist].
 * @example
 * ```ts
 * import type { SchedulingClinicianInput, WaitlistEntryInput } from 'practice-ops/scheduling';
 *
 * // Three telehealth clients waiting; Dr. Lee marked w-7 urgent, the others routine.
 * const urgent = { tier: 'urgent', setBy: 'dr-lee', setByRole: 'clinician', setAt: '2026-02-10T15:00:00Z' } as const;
 * const routine = { ...urgent, tier: 'routine' } as const;
 * const wanting = { zone: 'America/New_York', modalities: ['telehealth' as const], sessionMinutes: 50 };
 * const entries: WaitlistEntryInput[] = [
 *   { ...wanting, id: 'w-2', clientId: 'c-2', addedAt: '2026-01-05T15:00:00Z', lastContactAt: '2026-02-20T15:00:00Z',
 *     priority: routine },
 *   { ...wanting, id: 'w-5', clientId: 'c-5', addedAt: '2026-01-20T15:00:00Z', lastContactAt: '2026-01-25T15:00:00Z',
 *     priority: routine },
 *   { ...wanting, id: 'w-7', clientId: 'c-7', addedAt: '2026-02-10T15:00:00Z', priority: urgent },
 * ];
 * // Dr. Lee has a telehealth hour free on Tuesday 2026-03-03 at 10:00 New York time.
 * const drLee: SchedulingClinicianInput = { id: 'dr-lee', zone: 'America/New_York', modalities: ['telehealth'],
 *   availability: [{ days: ['mon', 'tue'], start: '09:00', end: '17:00' }] };
 * const opening = { id: 'o-1', clinicianId: 'dr-lee', start: '2026-03-03T15:00:00Z', end: '2026-03-03T15:50:00Z',
 *   modalities: ['telehealth' as const] };
 * const index = buildWaitlistIndex(entries);
 * const ranking = rankWaitlistForOpening(index, opening, drLee, {}, { asOf: '2026-03-02T09:00:00Z' });
 * // The first-ranked client, w-7, was offered the hour at 09:00 and declined at 09:20.
 * evaluateWaitlistOffers(ranking, index, [{ openingId: 'o-1', entryId: 'w-7', offeredAt: '2026-03-02T09:00:00Z',
 *   response: { kind: 'declined', at: '2026-03-02T09:20:00Z' } }], {}, { asOf: '2026-03-02T09:30:00Z' });
 * //=> { outcome: 'offer_next', offerNextEntryIds: ['w-2'], declinedEntryIds: ['w-7'], … }
 * ```
 */
export function evaluateWaitlistOffers(
  ranking: WaitlistRanking,
  index: WaitlistIndex,
  offerInputs: readonly WaitlistOfferInput[],
  policyInput: WaitlistPolicyInput,
  options: EvaluateWaitlistOffersOptions,
): WaitlistOfferDecision {
  // Every argument's problems at once, each under its parameter's name (`$.offers[0].offeredAt`).
  const [opening, { entries }, offerList, policy, opts] = validateArguments([
    ['ranking', RankingArgument, ranking, 'waitlist ranking'],
    ['index', waitlistIndexArgument, index, 'waitlist index'],
    ['offers', z.array(WaitlistOffer), offerInputs, 'waitlist offers'],
    ['policy', WaitlistPolicy, policyInput, 'waitlist policy'],
    ['options', EvaluateWaitlistOffersOptions, options, 'waitlist offer options'],
  ]);
  const asOf = toEpochMs(opts.asOf);
  const offers = offerList
    .filter((o) => o.openingId === opening.openingId && toEpochMs(o.offeredAt) <= asOf)
    .sort((a, b) => toEpochMs(a.offeredAt) - toEpochMs(b.offeredAt) || compareText(a.entryId, b.entryId));
  const expiryMs = policy.offerExpiryMinutes * 60_000;
  const reasons: SchedulingReason[] = [];
  const offered = new Set<string>();
  const pending: string[] = [];
  const declined: string[] = [];
  const expired: string[] = [];
  const acceptances: { entryId: string; at: number; iso: string }[] = [];
  for (const o of offers) {
    offered.add(o.entryId);
    const answered = o.response !== undefined && toEpochMs(o.response.at) <= asOf ? o.response : undefined;
    if (answered?.kind === 'accepted') {
      acceptances.push({ entryId: o.entryId, at: toEpochMs(answered.at), iso: answered.at });
    } else if (answered?.kind === 'declined') {
      declined.push(o.entryId);
      reasons.push(
        reason('scheduling.waitlist.offer_declined', 'info', 'The offer was declined.', {
          entryId: o.entryId,
        }),
      );
    } else if (toEpochMs(o.offeredAt) + expiryMs <= asOf) {
      expired.push(o.entryId);
      reasons.push(
        reason('scheduling.waitlist.offer_expired', 'info', 'The offer expired without an answer.', {
          entryId: o.entryId,
          expiryMinutes: policy.offerExpiryMinutes,
        }),
      );
    } else {
      pending.push(o.entryId);
    }
  }
  const earlier = new Map(entries.map((e) => [e.id as string, e.declines]));
  const declineCounts = [...new Set(declined)].sort(compareText).map((entryId) => {
    const declines = (earlier.get(entryId) ?? 0) + declined.filter((d) => d === entryId).length;
    if (declines >= policy.maxDeclines) {
      reasons.push(
        reason('scheduling.waitlist.too_many_declines', 'warning', 'Check the entry with the client.', {
          entryId,
          declines,
          maxDeclines: policy.maxDeclines,
        }),
      );
    }
    return { entryId, declines };
  });
  const base = {
    openingId: opening.openingId,
    pendingEntryIds: pending,
    declinedEntryIds: declined,
    expiredEntryIds: expired,
    declineCounts,
  };
  // Two clients may hold an offer of one opening (a batch, or an expired offer answered late): the first to
  // accept gets it (a tie goes to the better rank), and each later acceptance is named so that the client is
  // told the opening is taken: one opening is never given to two.
  const rankOf = new Map(opening.ranked.map((r, i) => [r.entryId, i]));
  acceptances.sort(
    (a, b) =>
      a.at - b.at ||
      (rankOf.get(a.entryId) ?? Number.MAX_SAFE_INTEGER) -
        (rankOf.get(b.entryId) ?? Number.MAX_SAFE_INTEGER) ||
      compareText(a.entryId, b.entryId),
  );
  const accepted = acceptances[0]?.entryId ?? null;
  if (accepted !== null) {
    for (const late of acceptances.slice(1)) {
      if (late.entryId === accepted) continue;
      reasons.push(
        reason(
          'scheduling.waitlist.accepted_after_filled',
          'warning',
          'This client accepted after another client took the opening: tell them it is no longer free.',
          { entryId: late.entryId, acceptedAt: late.iso },
        ),
      );
    }
    reasons.unshift(
      reason('scheduling.waitlist.offer_accepted', 'info', 'The opening is filled.', { entryId: accepted }),
    );
    return {
      ...base,
      outcome: 'filled',
      acceptedEntryId: accepted,
      pendingEntryIds: [],
      offerNextEntryIds: [],
      reasons,
    };
  }
  const room = Math.max(0, policy.offerBatchSize - pending.length);
  const next = opening.ranked
    .filter((r) => !offered.has(r.entryId))
    .slice(0, room)
    .map((r) => r.entryId);
  if (next.length > 0) {
    return { ...base, outcome: 'offer_next', acceptedEntryId: null, offerNextEntryIds: next, reasons };
  }
  if (pending.length > 0) {
    reasons.push(
      reason('scheduling.waitlist.offer_pending', 'info', 'Waiting for answers.', { entryIds: [...pending] }),
    );
    return { ...base, outcome: 'awaiting_response', acceptedEntryId: null, offerNextEntryIds: [], reasons };
  }
  const why: NonEmptyArray<SchedulingReason> = [
    reason(
      'scheduling.waitlist.no_candidates',
      'warning',
      'Nobody eligible is left to offer the opening to.',
      {
        ranked: opening.ranked.length,
      },
    ),
    ...reasons,
  ];
  return { ...base, outcome: 'exhausted', acceptedEntryId: null, offerNextEntryIds: [], reasons: why };
}
