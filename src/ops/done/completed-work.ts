import * as z from 'zod';
import { Instant } from '../../core/index.js';

/**
 * What came of a piece of completed work: a reminder sent, a waitlist offer made, a fee applied or
 * waived, a claim submitted, a call made, a message answered, or plain `done` for anything else.
 *
 * @example
 * ```ts
 * CompletedOutcome.parse('fee_waived'); //=> 'fee_waived'
 * ```
 */
export const CompletedOutcome = z.enum([
  'done',
  'reminder_sent',
  'offer_made',
  'fee_applied',
  'fee_waived',
  'claim_submitted',
  'call_made',
  'message_answered',
]);
export type CompletedOutcome = z.infer<typeof CompletedOutcome>;

/**
 * The client's answer to a waitlist offer, recorded with the `offer_made` outcome.
 *
 * @example
 * ```ts
 * OfferAnswer.parse('accepted'); //=> 'accepted'
 * ```
 */
export const OfferAnswer = z.enum(['accepted', 'declined', 'no_answer']);
export type OfferAnswer = z.infer<typeof OfferAnswer>;

/**
 * One entry of the data file's log of completed work: which task (its stable id), when, by whom and with
 * what outcome. The work queue never hands out a task that has an entry here again.
 *
 * @example
 * ```ts
 * CompletedWork.parse({ taskId: 'scheduling.reminder_due:appt-000812+client-00031',
 *   at: '2026-11-20T09:12:00-06:00', by: 'staff-assistant', outcome: 'reminder_sent' }).outcome;
 * //=> 'reminder_sent'
 * ```
 */
export const CompletedWork = z
  .strictObject({
    /** A work-queue task id: its kind, then `:` and the ids of its records (see `workTaskId`). */
    taskId: z
      .string()
      .max(1000)
      .regex(/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*(:.+)?$/, 'must be a work-queue task id'),
    at: Instant,
    /** A staff id or name: who did it. */
    by: z.string().min(1).max(200),
    outcome: CompletedOutcome,
    /** The client's answer, only with `offer_made`. */
    answer: OfferAnswer.optional(),
  })
  .superRefine((entry, ctx) => {
    if (entry.answer !== undefined && entry.outcome !== 'offer_made') {
      ctx.addIssue({
        code: 'custom',
        message: 'an answer is recorded only with the outcome offer_made',
        path: ['answer'],
        params: { code: 'ops.done.answer_without_offer' },
      });
    }
  });
export type CompletedWork = z.infer<typeof CompletedWork>;
