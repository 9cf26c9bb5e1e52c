import * as z from 'zod';
import { LocalHours } from '../../core/index.js';
import { checkUniqueKeys } from '../../core/internal.js';
import type { IntakeValidationCode } from '../reason-codes.js';

/**
 * Where a reminder's offset counts from: the packet being sent, or the first session's start.
 *
 * @example
 * ```ts
 * IntakeReminderAnchor.parse('before_session'); //=> 'before_session'
 * ```
 */
export const IntakeReminderAnchor = z.enum(['after_sent', 'before_session']);
export type IntakeReminderAnchor = z.infer<typeof IntakeReminderAnchor>;

/**
 * How a reminder reaches the client.
 *
 * @example
 * ```ts
 * IntakeReminderChannel.parse('text'); //=> 'text'
 * ```
 */
export const IntakeReminderChannel = z.enum(['email', 'text']);
export type IntakeReminderChannel = z.infer<typeof IntakeReminderChannel>;

/**
 * What a step does when the client may not be reached on its channel (not opted in, or, email and text being
 * plain, its risk not accepted): move to the other reminder channel when the client may be reached on that
 * one (`use_consented_channel`), or be held for a person to ask the
 * client how they want reminders (`hold`). Either way the unconsented channel is never used.
 *
 * @example
 * ```ts
 * IntakeChannelFallback.parse('hold'); //=> 'hold'
 * ```
 * @remarks The channel is the client's choice [sources: cfr-45-164.522, hhs-faq-email].
 */
export const IntakeChannelFallback = z.enum(['use_consented_channel', 'hold']);
export type IntakeChannelFallback = z.infer<typeof IntakeChannelFallback>;

/**
 * One step of a paperwork reminder cadence: `hours` after sending, or before the session (never negative).
 *
 * @example
 * ```ts
 * IntakeReminderStep.parse({ anchor: 'after_sent', hours: 48, channel: 'email' }); //=> the same step
 * IntakeReminderStep.safeParse({ anchor: 'after_sent', hours: -1, channel: 'email' }).success; //=> false
 * ```
 */
export const IntakeReminderStep = z.strictObject({
  anchor: IntakeReminderAnchor,
  hours: z
    .number()
    .int()
    .min(0)
    .max(24 * 90),
  channel: IntakeReminderChannel,
});
export type IntakeReminderStep = z.infer<typeof IntakeReminderStep>;

/**
 * What happens when blocking paperwork is still open close to the first session.
 *
 * @example
 * ```ts
 * IntakeCloseToSessionAction.parse('clinician_decides'); //=> 'clinician_decides'
 * ```
 */
export const IntakeCloseToSessionAction = z.enum(['offer_reschedule', 'clinician_decides']);
export type IntakeCloseToSessionAction = z.infer<typeof IntakeCloseToSessionAction>;

/**
 * Default paperwork reminder cadence: email a day after sending, text three days after, then email
 * 72 hours and text 24 hours before the first session.
 *
 * @remarks A practice choice; defaults from the cadences common reminder tools offer (email and text at
 * 24/48/72 h, or a week and a day before).
 *
 * @example
 * ```ts
 * DEFAULT_INTAKE_REMINDER_STEPS.length; //=> 4
 * ```
 */
export const DEFAULT_INTAKE_REMINDER_STEPS: readonly IntakeReminderStep[] = [
  { anchor: 'after_sent', hours: 24, channel: 'email' },
  { anchor: 'after_sent', hours: 72, channel: 'text' },
  { anchor: 'before_session', hours: 72, channel: 'email' },
  { anchor: 'before_session', hours: 24, channel: 'text' },
];

/**
 * Default quiet hours in the client's zone: no reminders from 21:00 to 08:00.
 *
 * @remarks Mirrors the TCPA calling window of 8 a.m. to 9 p.m. local time [sources: cfr-47-64.1200];
 * a practice default rather than a rule for these messages.
 *
 * @example
 * ```ts
 * DEFAULT_INTAKE_QUIET_HOURS; //=> { start: '21:00', end: '08:00' }
 * ```
 */
export const DEFAULT_INTAKE_QUIET_HOURS: LocalHours = { start: '21:00', end: '08:00' };

/**
 * Default number of automatic reminders before a person calls (one per default step).
 *
 * @example
 * ```ts
 * DEFAULT_INTAKE_MAX_REMINDERS; //=> 4
 * ```
 */
export const DEFAULT_INTAKE_MAX_REMINDERS = 4;

/**
 * Default hours after the last reminder before the escalation call is due (a practice choice).
 *
 * @example
 * ```ts
 * DEFAULT_INTAKE_ESCALATE_AFTER_HOURS; //=> 24
 * ```
 */
export const DEFAULT_INTAKE_ESCALATE_AFTER_HOURS = 24;

/**
 * Default window before the first session in which open blocking paperwork triggers the close-to-session
 * action (a practice choice: two days leaves time to fill the slot).
 *
 * @example
 * ```ts
 * DEFAULT_INTAKE_CLOSE_TO_SESSION_HOURS; //=> 48
 * ```
 */
export const DEFAULT_INTAKE_CLOSE_TO_SESSION_HOURS = 48;

/** Minutes of the day as `HH:mm` reads them. */
function minutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

/**
 * Whether quiet hours leave a moment from 08:00 to 21:00 open: always when they keep to some days only; else
 * when the open span (from their end to their start) meets 08:00–21:00 (a span of no length is a whole day).
 */
function leavesTextingHours(quiet: LocalHours): boolean {
  if (quiet.days !== undefined && new Set(quiet.days).size < 7) return true;
  const start = minutes(quiet.start);
  const end = minutes(quiet.end);
  if (start === end) return false;
  const OPEN = 8 * 60;
  const CLOSE = 21 * 60;
  // The open span [end, start), unrolled past midnight when it wraps.
  const to = start > end ? start : start + 24 * 60;
  return [0, 24 * 60].some((shift) => end < CLOSE + shift && to > OPEN + shift);
}

/**
 * A paperwork follow-up policy: the reminder cadence, its cap, quiet hours, the escalation call, the
 * close-to-session choice, and what a step does on a channel the client may not be reached on
 * (`withoutChannelConsent`, default `use_consented_channel`).
 *
 * @example
 * ```ts
 * validate(IntakeFollowUpPolicy, {}, 'intake follow up policy'); //=> the defaults above
 * ```
 */
export const IntakeFollowUpPolicy = z.strictObject({
  steps: z
    .array(IntakeReminderStep)
    .default([...DEFAULT_INTAKE_REMINDER_STEPS])
    .superRefine((steps, ctx) => {
      checkUniqueKeys(
        ctx,
        steps,
        (s) => `${s.anchor}:${s.hours}`,
        (i) => [i],
        {
          code: 'intake.cadence.duplicate_step' satisfies IntakeValidationCode,
          message: 'repeats an earlier step',
        },
      );
    }),
  maxReminders: z.number().int().min(0).max(20).default(DEFAULT_INTAKE_MAX_REMINDERS),
  /**
   * Local hours in the client's zone in which nothing reaches the client; a text or call also keeps to
   * 08:00–21:00 [sources: cfr-47-64.1200], so quiet hours on every day must leave some of that window open.
   */
  quietHours: LocalHours.default(DEFAULT_INTAKE_QUIET_HOURS).superRefine((quiet, ctx) => {
    if (leavesTextingHours(quiet)) return;
    ctx.addIssue({
      code: 'custom',
      message: 'must leave some time between 08:00 and 21:00 open on some day',
      params: { code: 'intake.cadence.no_texting_hours_left' satisfies IntakeValidationCode },
    });
  }),
  escalateAfterHours: z
    .number()
    .int()
    .min(0)
    .max(24 * 14)
    .default(DEFAULT_INTAKE_ESCALATE_AFTER_HOURS),
  closeToSession: z
    .strictObject({
      withinHours: z
        .number()
        .int()
        .min(0)
        .max(24 * 14)
        .default(DEFAULT_INTAKE_CLOSE_TO_SESSION_HOURS),
      action: IntakeCloseToSessionAction.default('offer_reschedule'),
    })
    .default({ withinHours: DEFAULT_INTAKE_CLOSE_TO_SESSION_HOURS, action: 'offer_reschedule' }),
  /** A step on a channel the client may not be reached on moves to one they may be, or is held. */
  withoutChannelConsent: IntakeChannelFallback.default('use_consented_channel'),
});
export type IntakeFollowUpPolicy = z.infer<typeof IntakeFollowUpPolicy>;
/**
 * What callers pass for an {@link IntakeFollowUpPolicy}, before defaults apply.
 *
 * @example
 * ```ts
 * const policy: IntakeFollowUpPolicyInput = { maxReminders: 3 };
 * ```
 */
export type IntakeFollowUpPolicyInput = z.input<typeof IntakeFollowUpPolicy>;

/**
 * The default follow-up policy, parsed.
 *
 * @example
 * ```ts
 * DEFAULT_INTAKE_FOLLOW_UP_POLICY.closeToSession; //=> { withinHours: 48, action: 'offer_reschedule' }
 * ```
 */
export const DEFAULT_INTAKE_FOLLOW_UP_POLICY: IntakeFollowUpPolicy = IntakeFollowUpPolicy.parse({});
