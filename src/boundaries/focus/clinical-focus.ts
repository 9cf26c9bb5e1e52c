import * as z from 'zod';
import {
  addDays,
  type Decision,
  formatInstant,
  getLocalDate,
  getWeekday,
  IanaZone,
  Instant,
  isWithinLocalHours,
  LocalHours,
  type Reason,
  reason,
  resolveLocalTime,
} from '../../core/index.js';
import { toEpochMs, validateArguments } from '../../core/internal.js';
import type { BoundariesReasonCode } from '../reason-codes.js';
import { TriageClass } from '../triage/triage-rules.js';

/**
 * Default off hours of a clinician: evenings from 18:00 to 08:00, and the whole weekend.
 *
 * @example
 * ```ts
 * DEFAULT_CLINICIAN_OFF_HOURS[0]; //=> { start: '18:00', end: '08:00' }
 * ```
 * @remarks A starting point chosen for this library, not a rule from a source: every practice sets its own.
 */
export const DEFAULT_CLINICIAN_OFF_HOURS: readonly LocalHours[] = Object.freeze([
  { start: '18:00', end: '08:00' },
  { start: '00:00', end: '00:00', days: ['sat', 'sun'] },
]);

/**
 * Default number of non-urgent interruptions a clinician accepts outside administrative blocks per day.
 *
 * @example
 * ```ts
 * DEFAULT_DAILY_INTERRUPTION_BUDGET; //=> 2
 * ```
 * @remarks A starting point chosen for this library (no regulatory source); configure per clinician.
 */
export const DEFAULT_DAILY_INTERRUPTION_BUDGET = 2;

/**
 * How many days ahead the next administrative block is looked for before the decision is `undecided`.
 *
 * @example
 * ```ts
 * ADMIN_BLOCK_SEARCH_DAYS; //=> 14
 * ```
 * @remarks Two weeks covers any weekly template with a week of leave; a design choice, not a sourced rule.
 */
export const ADMIN_BLOCK_SEARCH_DAYS = 14;

/**
 * A clinician's protected time, as data: their zone, the administrative blocks in which they read
 * messages, their off hours, and how many non-urgent interruptions a day they accept outside the blocks.
 *
 * @example
 * ```ts
 * validate(ClinicalFocusPolicy, { zone: 'America/Chicago', adminBlocks: [{ start: '12:00', end: '13:00' }] }, 'clinical focus policy').dailyInterruptionBudget;
 * //=> 2
 * ```
 * @remarks Blocks and off hours are wall-clock {@link LocalHours} in the clinician's zone (wall-clock rules
 * are evaluated in the zone they belong to).
 */
export const ClinicalFocusPolicy = z
  .object({
    zone: IanaZone,
    adminBlocks: z.array(LocalHours).min(1).max(50),
    offHours: z
      .array(LocalHours)
      .max(50)
      .default(() => DEFAULT_CLINICIAN_OFF_HOURS.map((h) => ({ ...h }))),
    dailyInterruptionBudget: z.number().int().min(0).max(100).default(DEFAULT_DAILY_INTERRUPTION_BUDGET),
  })
  .strict();
export type ClinicalFocusPolicy = z.infer<typeof ClinicalFocusPolicy>;
/** What callers pass for a {@link ClinicalFocusPolicy}. */
export type ClinicalFocusPolicyInput = z.input<typeof ClinicalFocusPolicy>;

/**
 * One booked session of the clinician (start inclusive, end exclusive); it must end after it starts.
 *
 * @example
 * ```ts
 * ClinicianSession.parse({ start: '2026-11-23T10:00:00-05:00', end: '2026-11-23T10:50:00-05:00' }).end;
 * //=> '2026-11-23T10:50:00-05:00'
 * ```
 * @remarks A backwards session is rejected with code `boundaries.focus.invalid_session`.
 */
export const ClinicianSession = z
  .object({ start: Instant, end: Instant })
  .strict()
  .refine((s) => toEpochMs(s.end) > toEpochMs(s.start), {
    message: 'a session must end after it starts',
    params: { code: 'boundaries.focus.invalid_session' },
  });
export type ClinicianSession = z.infer<typeof ClinicianSession>;

/**
 * A message for a clinician: its triage class, when it is being delivered, the clinician's sessions, and how
 * many non-urgent interruptions they have had on their local day.
 *
 * @example
 * ```ts
 * ClinicianMessageDelivery.parse({ triageClass: 'clinical', asOf: '2026-11-23T10:15:00-05:00' }).interruptionsToday;
 * //=> 0
 * ```
 * @remarks `asOf` is explicit: the library never reads the clock.
 */
export const ClinicianMessageDelivery = z
  .object({
    triageClass: TriageClass,
    asOf: Instant,
    sessions: z.array(ClinicianSession).max(500).default([]),
    /** Non-urgent interruptions already delivered outside administrative blocks on the clinician's local day. */
    interruptionsToday: z.number().int().min(0).default(0),
  })
  .strict();
export type ClinicianMessageDelivery = z.infer<typeof ClinicianMessageDelivery>;
/** What callers pass for a {@link ClinicianMessageDelivery}. */
export type ClinicianMessageDeliveryInput = z.input<typeof ClinicianMessageDelivery>;

/**
 * Whether to put a message in front of a clinician now or hold it until `deliverAt`, the start of their
 * next administrative time. `undecided` when no administrative block exists in the search window.
 */
export type ClinicianDeliveryDecision = Decision<
  'deliver_now',
  'hold' | 'undecided',
  BoundariesReasonCode,
  {
    readonly deliverAt: Instant | null;
    /** Whether delivering now spends one of the day's non-urgent interruptions. */
    readonly countsAsInterruption: boolean;
  }
>;

/**
 * Protects a clinician's focus: a crisis goes through at once; a non-urgent message during a session or
 * off hours, or once the day's interruption budget is spent, waits for the next administrative block. A
 * `clinical` message (a clinician must read it the same day) waits only within the clinician's day: when the
 * next administrative block is on a later day it goes at the first moment that day outside sessions and off
 * hours (`boundaries.focus.clinical_same_day`, over the budget if need be), and when none is left that day it
 * is `undecided` (`boundaries.focus.clinical_not_reachable_today`): another clinician (the practice's
 * on-call) must read it today, never a later administrative block.
 *
 * @param delivery - the message's class, `asOf`, the clinician's sessions and interruptions so far today
 * @param policy - the clinician's zone, administrative blocks, off hours and budget
 * @throws {@link ValidationError} for an invalid zone, time, session or class
 * @example
 * ```ts
 * const policy = { zone: 'America/New_York', adminBlocks: [{ start: '12:00', end: '13:00' }] };
 * evaluateClinicianDelivery({ triageClass: 'clinical', asOf: '2026-11-23T10:15:00-05:00',
 *   sessions: [{ start: '2026-11-23T10:00:00-05:00', end: '2026-11-23T10:50:00-05:00' }] }, policy);
 * //=> { outcome: 'hold', deliverAt: '2026-11-23T12:00:00-05:00', reasons: [{ code: 'boundaries.focus.in_session', … }], … }
 * evaluateClinicianDelivery({ triageClass: 'crisis', asOf: '2026-11-23T10:15:00-05:00' }, policy).outcome;
 * //=> 'deliver_now'
 * // Monday 2026-11-23, in session 09:00-17:00 (the admin block falls inside it): not held to Tuesday.
 * evaluateClinicianDelivery({ triageClass: 'clinical', asOf: '2026-11-23T09:30:00-05:00',
 *   sessions: [{ start: '2026-11-23T09:00:00-05:00', end: '2026-11-23T17:00:00-05:00' }] }, policy);
 * //=> { outcome: 'hold', deliverAt: '2026-11-23T17:00:00-05:00',
 * //     reasons: [{ code: 'boundaries.focus.clinical_same_day', … }, { code: 'boundaries.focus.in_session', … }] }
 * // Friday 2026-11-27 at 19:30, off hours: no moment of the clinician's left that day.
 * evaluateClinicianDelivery({ triageClass: 'clinical', asOf: '2026-11-27T19:30:00-05:00' }, policy).outcome;
 * //=> 'undecided' (boundaries.focus.clinical_not_reachable_today)
 * ```
 * @remarks Nothing holds a crisis [sources: samhsa-988]. A message a clinician must read is read by one the
 * same day: staff do not sit on clinical calls without clinician review [sources: crico-clinical-calls,
 * tx-22-tac-465]. The budget and blocks are practice data; the defaults are documented starting points, not
 * sourced rules.
 */
export function evaluateClinicianDelivery(
  delivery: ClinicianMessageDeliveryInput,
  policy: ClinicalFocusPolicyInput,
): ClinicianDeliveryDecision {
  const [d, p] = validateArguments([
    ['delivery', ClinicianMessageDelivery, delivery, 'clinician message delivery'],
    ['policy', ClinicalFocusPolicy, policy, 'clinical focus policy'],
  ]);
  if (d.triageClass === 'crisis') {
    return {
      outcome: 'deliver_now',
      deliverAt: null,
      countsAsInterruption: false,
      reasons: [
        reason('boundaries.focus.crisis_bypasses_focus', 'info', 'A crisis goes to the clinician at once.', {
          triageClass: d.triageClass,
        }),
      ],
    };
  }
  const asOfMs = toEpochMs(d.asOf);
  const inSession = inAnySession(asOfMs, d.sessions);
  const offHours = p.offHours.some((h) => isWithinLocalHours(asOfMs, h, p.zone));
  const inBlock = p.adminBlocks.some((h) => isWithinLocalHours(asOfMs, h, p.zone));
  const facts = { triageClass: d.triageClass, asOf: d.asOf };
  if (!inSession && !offHours && inBlock) {
    return {
      outcome: 'deliver_now',
      deliverAt: null,
      countsAsInterruption: false,
      reasons: [
        reason('boundaries.focus.within_admin_block', 'info', 'Delivered in an administrative block.', facts),
      ],
    };
  }
  if (!inSession && !offHours && d.interruptionsToday < p.dailyInterruptionBudget) {
    return {
      outcome: 'deliver_now',
      deliverAt: null,
      countsAsInterruption: true,
      reasons: [
        reason(
          'boundaries.focus.interruption_within_budget',
          'info',
          'Delivered as one of the day’s interruptions.',
          {
            ...facts,
            budget: p.dailyInterruptionBudget,
            usedBefore: d.interruptionsToday,
          },
        ),
      ],
    };
  }
  const sessionReason = reason(
    'boundaries.focus.in_session',
    'warning',
    'The clinician is in session.',
    facts,
  );
  const offReason = reason('boundaries.focus.off_hours', 'warning', 'The clinician is off.', facts);
  const budgetReason = reason(
    'boundaries.focus.budget_exhausted',
    'warning',
    'The day’s interruption budget is spent.',
    {
      ...facts,
      budget: p.dailyInterruptionBudget,
      usedBefore: d.interruptionsToday,
    },
  );
  // Held for being in session, off, or (neither) over budget; in session and off can both hold.
  const primary = inSession ? sessionReason : offHours ? offReason : budgetReason;
  const holdReasons = [primary, ...(inSession && offHours ? [offReason] : [])] as const;
  const deliverAt = nextAdministrativeTime(asOfMs, d.sessions, p);
  if (d.triageClass === 'clinical' && (deliverAt === null || !isSameLocalDay(deliverAt, d.asOf, p.zone))) {
    return clinicalSameDay(d, p, asOfMs, deliverAt, holdReasons);
  }
  if (deliverAt === null) {
    return {
      outcome: 'undecided',
      deliverAt: null,
      countsAsInterruption: false,
      reasons: [
        reason(
          'boundaries.focus.no_admin_block_found',
          'warning',
          'No administrative block in the next 14 days.',
          {
            ...facts,
            searchDays: ADMIN_BLOCK_SEARCH_DAYS,
          },
        ),
        ...holdReasons,
      ],
    };
  }
  return { outcome: 'hold', deliverAt, countsAsInterruption: false, reasons: [...holdReasons] };
}

/**
 * A clinical message whose next administrative moment is not on the clinician's day: it goes at the first moment
 * left that day outside sessions and off hours (now, over the budget, or held until then), else it is undecided
 * for another clinician to read today [sources: crico-clinical-calls].
 */
function clinicalSameDay(
  d: ClinicianMessageDelivery,
  p: ClinicalFocusPolicy,
  asOfMs: number,
  nextAdministrative: Instant | null,
  holdReasons: readonly Reason<BoundariesReasonCode>[],
): ClinicianDeliveryDecision {
  const day = getLocalDate(d.asOf, p.zone);
  const free = firstFreeMomentOfDay(asOfMs, day, d.sessions, p);
  const facts = {
    triageClass: d.triageClass,
    asOf: d.asOf,
    clinicianDay: day,
    nextAdministrativeTime: nextAdministrative,
  };
  if (free === null) {
    return {
      outcome: 'undecided',
      deliverAt: null,
      countsAsInterruption: false,
      reasons: [
        reason(
          'boundaries.focus.clinical_not_reachable_today',
          'warning',
          `The clinician has no moment left on ${day} outside sessions and off hours: another clinician (the on-call) must read this clinical message today.`,
          facts,
        ),
        ...holdReasons,
      ],
    };
  }
  const sameDay = reason(
    'boundaries.focus.clinical_same_day',
    'warning',
    `A clinical message is read the same day: the next administrative block is not on ${day}, so it goes at the clinician's first free moment that day.`,
    { ...facts, deliverAt: free.at },
  );
  if (free.ms === asOfMs) {
    return { outcome: 'deliver_now', deliverAt: null, countsAsInterruption: true, reasons: [sameDay] };
  }
  return {
    outcome: 'hold',
    deliverAt: free.at,
    countsAsInterruption: false,
    reasons: [sameDay, ...holdReasons],
  };
}

function isSameLocalDay(at: Instant, asOf: Instant, zone: string): boolean {
  return getLocalDate(at, zone) === getLocalDate(asOf, zone);
}

/**
 * The first moment at or after `fromMs` on the local day `day` outside every session and off hours: `fromMs`
 * itself, a session end or an off-hours end, so only those are tried.
 */
function firstFreeMomentOfDay(
  fromMs: number,
  day: string,
  sessions: readonly ClinicianSession[],
  policy: ClinicalFocusPolicy,
): { readonly ms: number; readonly at: Instant } | null {
  const candidates = new Set<number>([fromMs]);
  for (const s of sessions) {
    const end = toEpochMs(s.end);
    if (end >= fromMs) candidates.add(end);
  }
  for (const hours of policy.offHours) {
    const end = resolveLocalTime(day, hours.end, policy.zone).epochMs;
    if (end !== null && end >= fromMs) candidates.add(end);
  }
  for (const ms of [...candidates].sort((a, b) => a - b)) {
    const at = formatInstant(ms, policy.zone);
    if (getLocalDate(at, policy.zone) !== day) break;
    const free =
      !policy.offHours.some((h) => isWithinLocalHours(ms, h, policy.zone)) && !inAnySession(ms, sessions);
    if (free) return { ms, at };
  }
  return null;
}

function inAnySession(ms: number, sessions: readonly ClinicianSession[]): boolean {
  return sessions.some((s) => toEpochMs(s.start) <= ms && ms < toEpochMs(s.end));
}

/**
 * The first moment at or after `fromMs` inside an administrative block, outside every session and off
 * hours. It is one of: a block start, a session end or an off-hours end, so only those are tried.
 */
function nextAdministrativeTime(
  fromMs: number,
  sessions: readonly ClinicianSession[],
  policy: ClinicalFocusPolicy,
): Instant | null {
  const candidates = new Set<number>([fromMs]);
  for (const s of sessions) {
    const end = toEpochMs(s.end);
    if (end >= fromMs) candidates.add(end);
  }
  const firstDay = addDays(getLocalDate(formatInstant(fromMs, policy.zone), policy.zone), -1);
  for (let i = 0; i <= ADMIN_BLOCK_SEARCH_DAYS + 1; i += 1) {
    const day = addDays(firstDay, i);
    const weekday = getWeekday(day);
    for (const block of policy.adminBlocks) {
      if (block.days !== undefined && !block.days.includes(weekday)) continue;
      const start = resolveLocalTime(day, block.start, policy.zone).epochMs;
      if (start !== null && start >= fromMs) candidates.add(start);
    }
    for (const hours of policy.offHours) {
      const end = resolveLocalTime(day, hours.end, policy.zone).epochMs;
      if (end !== null && end >= fromMs) candidates.add(end);
    }
  }
  const limit = fromMs + (ADMIN_BLOCK_SEARCH_DAYS + 1) * 86_400_000;
  for (const ms of [...candidates].sort((a, b) => a - b)) {
    if (ms > limit) break;
    const usable =
      policy.adminBlocks.some((h) => isWithinLocalHours(ms, h, policy.zone)) &&
      !policy.offHours.some((h) => isWithinLocalHours(ms, h, policy.zone)) &&
      !inAnySession(ms, sessions);
    if (usable) return formatInstant(ms, policy.zone);
  }
  return null;
}
