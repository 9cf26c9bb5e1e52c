import * as z from 'zod';
import { Instant, isNonEmpty, type NonEmptyArray, reason } from '../../core/index.js';
import { isoWeekdayOfDay, localDayAndMinute, toEpochMs, validateArguments } from '../../core/internal.js';
import { SchedulingClinician, type SchedulingClinicianInput } from '../appointments/clinician-profile.js';
import { localDaysBetween } from '../appointments/local-days.js';
import type { SchedulingReason } from '../reason-codes.js';
import {
  type WaitlistEntry,
  WaitlistOpening,
  type WaitlistOpeningInput,
  type WaitlistTier,
} from './waitlist-entry.js';
import { type WaitlistIndex, waitlistIndexArgument } from './waitlist-index.js';
import {
  type WaitlistPolicy,
  type WaitlistPolicyInput,
  WaitlistPolicy as WaitlistPolicySchema,
} from './waitlist-policy.js';

/**
 * An eligible entry in offer order.
 *
 * @example
 * ```ts
 * const first: RankedWaitlistEntry | undefined = rankWaitlistForOpening(index, opening, clinician, {}, { asOf }).ranked[0];
 * first?.rank; //=> 1
 * ```
 */
export interface RankedWaitlistEntry {
  readonly entryId: string;
  readonly clientId: string;
  /** 1-based position. */
  readonly rank: number;
  /** The tier used for ranking (routine when the recorded tier does not count). */
  readonly tier: WaitlistTier;
  /**
   * Whether a permitted role (a clinician) set the tier; `false`: nobody triaged the entry (or a role that may
   * not set a tier did), it ranks as routine and its reasons route it to a clinician.
   */
  readonly triaged: boolean;
  readonly addedAt: Instant;
  /** Whole days waited up to `asOf`. */
  readonly waitedDays: number;
  readonly reasons: readonly SchedulingReason[];
}

/**
 * An entry that cannot take the opening, with every reason.
 *
 * @example
 * ```ts
 * const out: IneligibleWaitlistEntry | undefined = rankWaitlistForOpening(index, opening, clinician, {}, { asOf }).ineligible[0];
 * out?.reasons[0].code; //=> 'scheduling.waitlist.modality_mismatch'
 * ```
 */
export interface IneligibleWaitlistEntry {
  readonly entryId: string;
  readonly reasons: NonEmptyArray<SchedulingReason>;
}

/**
 * The waitlist matched to one opening: eligible entries ranked, the others with why.
 *
 * @example
 * ```ts
 * const ranking: WaitlistRanking = rankWaitlistForOpening(index, opening, clinician, {}, { asOf: '2026-03-02T09:00:00Z' });
 * ```
 */
export interface WaitlistRanking {
  readonly openingId: string;
  readonly ranked: readonly RankedWaitlistEntry[];
  readonly ineligible: readonly IneligibleWaitlistEntry[];
}

/**
 * Options for {@link rankWaitlistForOpening}.
 * @example
 * ```ts
 * RankWaitlistForOpeningOptions.parse({ asOf: '2026-03-01T00:00:00Z' }); //=> { asOf: '2026-03-01T00:00:00Z' }
 * ```
 */
export const RankWaitlistForOpeningOptions = z.strictObject({ asOf: Instant });
export type RankWaitlistForOpeningOptions = z.input<typeof RankWaitlistForOpeningOptions>;

/**
 * The tier an entry ranks with under a policy, whether a recorded tier was ignored, and whether a permitted
 * role triaged it (internal). An entry nobody triaged ranks as routine, never silently: its reasons say so.
 */
export function effectiveTier(
  entry: WaitlistEntry,
  policy: WaitlistPolicy,
  asOfMs: number,
): { tier: WaitlistTier; ignored: boolean; triaged: boolean; notYetSet: boolean } {
  const p = entry.priority;
  if (p === undefined) return { tier: 'routine', ignored: false, triaged: false, notYetSet: false };
  // A tier counts only from when it was set: one dated after asOf was not there yet.
  if (toEpochMs(p.setAt) > asOfMs)
    return { tier: 'routine', ignored: false, triaged: false, notYetSet: true };
  if (policy.prioritySetterRoles.includes(p.setByRole))
    return { tier: p.tier, ignored: false, triaged: true, notYetSet: false };
  return { tier: 'routine', ignored: p.tier !== 'routine', triaged: false, notYetSet: false };
}

/** The reasons of an entry nobody triaged (internal): not triaged, and a clinician to triage it. */
export function untriagedReasons(entryId: string, recorded: WaitlistTier | undefined): SchedulingReason[] {
  return [
    ...(recorded === undefined
      ? [
          reason(
            'scheduling.waitlist.not_triaged',
            'warning',
            'No clinician has triaged this entry: it ranks with routine entries until one sets its tier.',
            { entryId },
          ),
        ]
      : []),
    reason('scheduling.waitlist.clinical_review', 'info', 'Ask a clinician to triage this entry’s urgency.', {
      entryId,
    }),
  ];
}

/**
 * Matches a waitlist to one opening and ranks the eligible entries: by priority tier (only a tier set
 * by a permitted role counts), then time waited (earliest added first), then entry id. An entry no
 * clinician triaged (no tier, or one set by a role that may not) ranks with the routine entries, never
 * silently: `triaged: false`, with `scheduling.waitlist.not_triaged` (warning; or `priority_ignored`) and
 * `scheduling.waitlist.clinical_review` routing it to a clinician, since urgency is a clinical judgement
 * [sources: peer-patientstudio-waitlist]. An entry is
 * eligible when it is waiting, wants this clinician or any, accepts one of the opening's modalities,
 * prefers the opening's weekday and hours in the client's own zone (empty means any), needs no longer a
 * session, and the clinician accepts its payer (or self-pay). An entry whose coverage is not recorded is
 * not matched on payer and ranks with `scheduling.waitlist.payer_unknown`. An opening that has begun by
 * `asOf` ranks nobody (`scheduling.waitlist.opening_started`). Every ineligible entry is listed with every
 * reason.
 *
 * @param index - the waitlist from {@link buildWaitlistIndex}
 * @throws {@link ValidationError} listing every problem of the arguments at once, each path under its
 * parameter's name (`$.index`, `$.opening.end`, `$.clinician.zone`, `$.policy.tierOrder`, `$.options.asOf`).
 * @remarks Tiers over first-come-first-served (a practice choice). Any-field semantics
 * [sources: peer-patientstudio-waitlist].
 * The ranking is a total order (ids are unique in an index), so it does not depend on input order.
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
 * rankWaitlistForOpening(buildWaitlistIndex(entries), opening, drLee, {}, { asOf: '2026-03-01T00:00:00Z' }).ranked
 *   .map((r) => [r.entryId, r.tier]);
 * //=> [['w-7', 'urgent'], ['w-2', 'routine'], ['w-5', 'routine']]
 * ```
 */
export function rankWaitlistForOpening(
  index: WaitlistIndex,
  openingInput: WaitlistOpeningInput,
  clinicianInput: SchedulingClinicianInput,
  policyInput: WaitlistPolicyInput,
  options: RankWaitlistForOpeningOptions,
): WaitlistRanking {
  // Every argument's problems at once, each under its parameter's name (`$.opening.end`, `$.index`).
  const [waitlist, opening, clinician, policy, opts] = validateArguments([
    ['index', waitlistIndexArgument, index, 'waitlist index'],
    ['opening', WaitlistOpening, openingInput, 'waitlist opening'],
    ['clinician', SchedulingClinician, clinicianInput, 'clinician'],
    ['policy', WaitlistPolicySchema, policyInput, 'waitlist policy'],
    ['options', RankWaitlistForOpeningOptions, options, 'waitlist ranking options'],
  ]);
  return rankWaitlistFromValidated(waitlist, opening, clinician, policy, toEpochMs(opts.asOf));
}

/**
 * {@link rankWaitlistForOpening} of a clinician and policy already validated, such as a data file's,
 * validated once when loaded (internal: ops ranks every cancelled session against them).
 */
export function rankWaitlistFromValidated(
  index: WaitlistIndex,
  opening: WaitlistOpening,
  clinician: SchedulingClinician,
  policy: WaitlistPolicy,
  asOf: number,
): WaitlistRanking {
  const startMs = toEpochMs(opening.start);
  const endMs = toEpochMs(opening.end);
  const minutes = Math.round((endMs - startMs) / 60_000);
  let openingMods = 0;
  for (const m of opening.modalities) openingMods |= m === 'in_person' ? 1 : 2;
  const accepted = new Set<string>(clinician.payersAccepted);
  const tierRank = new Map(policy.tierOrder.map((t, i) => [t, i]));
  // The opening read on each client's wall clock, once per zone.
  const localByZone = new Map<
    string,
    { iso: number; startMinute: number; endMinute: number; sameDay: boolean }
  >();
  const { entries, compiled } = waitlistIndexArgument(index);
  // Reasons with the same facts are built once per call and shared: 10^5 entries, little garbage.
  const shared = new Map<string, SchedulingReason>();
  const once = (key: string, make: () => SchedulingReason): SchedulingReason => {
    let r = shared.get(key);
    if (r === undefined) {
      r = make();
      shared.set(key, r);
    }
    return r;
  };
  const eligible: number[] = [];
  const ranks = new Uint8Array(entries.length);
  const ineligible: IneligibleWaitlistEntry[] = [];
  // Walk in id order, so the ineligible list comes out sorted by entry id.
  for (const i of compiled.byId) {
    const e = entries[i] as WaitlistEntry;
    let local = localByZone.get(e.zone);
    if (local === undefined) {
      const s = localDayAndMinute(startMs, e.zone);
      const end = localDayAndMinute(endMs, e.zone);
      local = {
        iso: isoWeekdayOfDay(s.epochDay),
        startMinute: s.minuteOfDay,
        endMinute: end.epochDay === s.epochDay ? end.minuteOfDay : 1440,
        sameDay: end.epochDay === s.epochDay || (end.epochDay === s.epochDay + 1 && end.minuteOfDay === 0),
      };
      localByZone.set(e.zone, local);
    }
    const why: SchedulingReason[] = [];
    // A slot that has begun (or passed) by asOf can be offered to nobody.
    if (startMs <= asOf) {
      why.push(
        once('started', () =>
          reason('scheduling.waitlist.opening_started', 'info', 'The opening has already begun.', {
            start: opening.start,
          }),
        ),
      );
    }
    if (e.status !== 'waiting') {
      why.push(
        once(`status:${e.status}`, () =>
          reason('scheduling.waitlist.not_waiting', 'info', 'The entry is not waiting.', {
            status: e.status,
          }),
        ),
      );
    }
    if (e.clinicianId !== null && e.clinicianId !== opening.clinicianId) {
      why.push(
        once('clinician', () =>
          reason(
            'scheduling.waitlist.clinician_mismatch',
            'info',
            'The entry asks for another clinician.',
            {},
          ),
        ),
      );
    }
    const mods = compiled.modalityMask[i] as number;
    if (mods !== 0 && (mods & openingMods) === 0) {
      why.push(
        once('modality', () =>
          reason('scheduling.waitlist.modality_mismatch', 'info', 'No modality in common.', {}),
        ),
      );
    }
    const days = compiled.dayMask[i] as number;
    if (days !== 0 && (days & (1 << local.iso)) === 0) {
      why.push(
        once(`day:${e.zone}`, () =>
          reason('scheduling.waitlist.day_not_preferred', 'info', 'Not a preferred day.', { zone: e.zone }),
        ),
      );
    }
    const hours = compiled.hours[i];
    const at = local;
    if (
      hours !== null &&
      hours !== undefined &&
      !(at.sameDay && hours.some(([a, b]) => a <= at.startMinute && at.endMinute <= b))
    ) {
      why.push(
        once(`hours:${e.zone}`, () =>
          reason('scheduling.waitlist.hours_not_preferred', 'info', 'Not inside preferred hours.', {
            zone: e.zone,
          }),
        ),
      );
    }
    // Coverage not recorded cannot be matched: the entry stays eligible and says so (see below).
    if (
      e.payerId !== undefined &&
      (e.payerId === null ? !clinician.acceptsSelfPay : !accepted.has(e.payerId))
    ) {
      why.push(
        once(`payer:${e.payerId === null}`, () =>
          reason(
            'scheduling.waitlist.payer_not_accepted',
            'info',
            "The clinician does not accept the client's payer.",
            {
              selfPay: e.payerId === null,
            },
          ),
        ),
      );
    }
    const needed = e.sessionMinutes;
    if (needed !== undefined && minutes < needed) {
      why.push(
        once(`length:${needed}`, () =>
          reason('scheduling.waitlist.session_too_short', 'info', 'The opening is too short.', {
            openingMinutes: minutes,
            neededMinutes: needed,
          }),
        ),
      );
    }
    if (isNonEmpty(why)) {
      ineligible.push({ entryId: e.id, reasons: why });
      continue;
    }
    ranks[i] = tierRank.get(effectiveTier(e, policy, asOf).tier) ?? 0;
    eligible.push(i);
  }
  const added = compiled.addedMs;
  const idRank = compiled.idRank;
  eligible.sort(
    (a, b) =>
      (ranks[a] as number) - (ranks[b] as number) ||
      (added[a] as number) - (added[b] as number) ||
      (idRank[a] as number) - (idRank[b] as number),
  );
  const ranked = eligible.map((i, position): RankedWaitlistEntry => {
    const e = entries[i] as WaitlistEntry;
    const { tier, ignored, triaged, notYetSet } = effectiveTier(e, policy, asOf);
    const reasons: SchedulingReason[] = [];
    if (notYetSet) {
      reasons.push(
        reason(
          'scheduling.waitlist.priority_set_after_as_of',
          'warning',
          'The tier on record was set after the time asked about: it does not count yet; ranked as untriaged.',
          { recordedTier: e.priority?.tier ?? 'routine', setAt: e.priority?.setAt ?? null },
        ),
      );
    }
    if (ignored) {
      reasons.push(
        reason(
          'scheduling.waitlist.priority_ignored',
          'warning',
          'The tier was not set by a clinician role; ranked as routine.',
          {
            recordedTier: e.priority?.tier ?? 'routine',
            setByRole: e.priority?.setByRole ?? 'assistant',
          },
        ),
      );
    }
    // Urgency is a clinical judgement: an entry no clinician triaged goes to one, never ranked silently.
    if (!triaged) reasons.push(...untriagedReasons(e.id, notYetSet ? undefined : e.priority?.tier));
    if (e.payerId === undefined) {
      reasons.push(
        reason(
          'scheduling.waitlist.payer_unknown',
          'warning',
          "The client's coverage is not recorded: confirm it before booking (not read as self-pay).",
          { clientId: e.clientId },
        ),
      );
    }
    return {
      entryId: e.id,
      clientId: e.clientId,
      rank: position + 1,
      tier,
      triaged,
      addedAt: e.addedAt,
      waitedDays: Math.max(0, localDaysBetween(added[i] as number, asOf, e.zone)),
      reasons,
    };
  });
  return { openingId: opening.id, ranked, ineligible };
}
