import type * as z from 'zod';
import { type Decision, reason } from '../../core/index.js';
import { validateArguments } from '../../core/internal.js';
import type { SchedulingReasonCode } from '../reason-codes.js';
import { WaitlistEntry, type WaitlistEntryInput, WaitlistPriority } from './waitlist-entry.js';
import { WaitlistPolicy, type WaitlistPolicyInput } from './waitlist-policy.js';

/**
 * What callers pass for a {@link WaitlistPriority}.
 *
 * @example
 * ```ts
 * const priority: WaitlistPriorityInput = { tier: 'urgent', setBy: 'dr-lee', setByRole: 'clinician', setAt: '2026-03-02T10:00:00Z' };
 * ```
 */
export type WaitlistPriorityInput = z.input<typeof WaitlistPriority>;

/**
 * The result of {@link evaluateWaitlistPriorityChange}: the updated entry, or a refusal and the entry unchanged.
 *
 * @example
 * ```ts
 * const d: WaitlistPriorityChangeDecision = evaluateWaitlistPriorityChange(entry, priority);
 * d.outcome; //=> 'set'
 * ```
 */
export type WaitlistPriorityChangeDecision = Decision<
  'set',
  'refused',
  SchedulingReasonCode,
  { readonly entry: WaitlistEntry }
>;

/**
 * Sets a waitlist entry's priority tier, recording who set it, in what role, and when. Only a role the
 * policy allows (a clinician, by default) may set it: an assistant's request is refused and routed to a
 * clinician, because urgency is a clinical judgement.
 *
 * @throws {@link ValidationError} listing every problem of the entry, priority and policy at once, each
 * path under its parameter's name (`$.entry.zone`, `$.priority.setByRole`, `$.policy.tierOrder`).
 * @remarks Risk tiers are a clinical judgement, so only a clinician role may set one (the library keeps the
 * clinical boundary by construction).
 * @example
 * ```ts
 * const entry = { id: 'w-2', clientId: 'c-2', zone: 'America/New_York', addedAt: '2026-01-05T15:00:00Z' };
 * // An assistant may not mark a client urgent: urgency is a clinical judgement.
 * evaluateWaitlistPriorityChange(entry, { tier: 'urgent', setBy: 'staff-9', setByRole: 'assistant',
 *   setAt: '2026-03-02T10:00:00Z' });
 * //=> { outcome: 'refused', entry: { id: 'w-2', … }, reasons: [{ code: 'scheduling.waitlist.priority_refused', … },
 * //     { code: 'scheduling.waitlist.clinical_review', … }] }
 * evaluateWaitlistPriorityChange(entry, { tier: 'urgent', setBy: 'dr-lee', setByRole: 'clinician',
 *   setAt: '2026-03-02T10:00:00Z' }).entry.priority?.tier;
 * //=> 'urgent'
 * ```
 */
export function evaluateWaitlistPriorityChange(
  entryInput: WaitlistEntryInput,
  priorityInput: WaitlistPriorityInput,
  policyInput: WaitlistPolicyInput = {},
): WaitlistPriorityChangeDecision {
  // Every argument's problems at once, each under its parameter's name (`$.priority.setByRole`).
  const [entry, priority, policy] = validateArguments([
    ['entry', WaitlistEntry, entryInput, 'waitlist entry'],
    ['priority', WaitlistPriority, priorityInput, 'waitlist priority'],
    ['policy', WaitlistPolicy, policyInput, 'waitlist policy'],
  ]);
  if (!policy.prioritySetterRoles.includes(priority.setByRole)) {
    return {
      outcome: 'refused',
      entry,
      reasons: [
        reason(
          'scheduling.waitlist.priority_refused',
          'error',
          'Only a clinician role may set a priority tier.',
          {
            setByRole: priority.setByRole,
            allowedRoles: [...policy.prioritySetterRoles],
          },
        ),
        reason(
          'scheduling.waitlist.clinical_review',
          'info',
          'Ask a clinician to review the entry’s urgency.',
          {
            entryId: entry.id,
          },
        ),
      ],
    };
  }
  return {
    outcome: 'set',
    entry: { ...entry, priority },
    reasons: [
      reason('scheduling.waitlist.priority_set', 'info', 'The tier was set by a clinician role.', {
        tier: priority.tier,
        setBy: priority.setBy,
        setAt: priority.setAt,
      }),
    ],
  };
}
