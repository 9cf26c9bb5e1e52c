import * as z from 'zod';
import {
  compareDates,
  type Decision,
  isNonEmpty,
  LocalDate,
  type Reason,
  reason,
  StaffId,
  sortReasons,
  validate,
} from '../../core/index.js';
import type { ClaimReasonCode } from '../claim-reason-codes.js';
import { Claim, type ClaimInput } from './claim.js';
import { CLAIM_TRANSITIONS, ClaimStatus } from './status.js';

/**
 * A requested status move: the target status and the practice's calendar date of the move.
 *
 * @example
 * ```ts
 * ClaimMove.parse({ to: 'submitted', on: '2026-03-03' }); //=> { to: 'submitted', on: '2026-03-03' }
 * ```
 */
export const ClaimMove = z.strictObject({
  to: ClaimStatus,
  on: LocalDate,
  by: StaffId.optional(),
  note: z.string().max(500).optional(),
});
export type ClaimMove = z.infer<typeof ClaimMove>;

/**
 * The result of {@link moveClaim}: the moved claim, or the unchanged claim and why it was refused.
 * @example
 * ```ts
 * const d: ClaimMoveDecision = moveClaim(claim, { to: 'ready', on: '2026-03-02' });
 * d.outcome; //=> 'moved'
 * ```
 */
export type ClaimMoveDecision = Decision<'moved', 'refused', ClaimReasonCode, { readonly claim: Claim }>;

/**
 * Moves a claim to a new status when the lifecycle table allows it, appending the move to its history;
 * an illegal move is refused with its reasons and the claim is returned unchanged.
 *
 * @param claim - the claim (validated, history included)
 * @param move - the target status and date
 * @throws {@link ValidationError} when the claim or the move is malformed.
 * @remarks The table is {@link CLAIM_TRANSITIONS}; moves are dated so the history can be replayed.
 * @example
 * ```ts
 * moveClaim(readyClaim, { to: 'submitted', on: '2026-03-03' }).outcome; //=> 'moved'
 * moveClaim(draftClaim, { to: 'paid', on: '2026-03-03' }).reasons[0].code;
 * //=> 'billing.claim.illegal_transition'
 * ```
 */
export function moveClaim(claim: ClaimInput | Claim, move: z.input<typeof ClaimMove>): ClaimMoveDecision {
  const current = validate(Claim, claim, 'claim');
  const requested = validate(ClaimMove, move, 'claim move');
  const reasons = transitionProblems(current, requested);
  if (isNonEmpty(reasons)) {
    return { outcome: 'refused', claim: current, reasons: sortReasons(reasons) as typeof reasons };
  }
  const change = {
    from: current.status,
    to: requested.to,
    on: requested.on,
    ...(requested.by === undefined ? {} : { by: requested.by }),
    ...(requested.note === undefined ? {} : { note: requested.note }),
  };
  return {
    outcome: 'moved',
    claim: { ...current, status: requested.to, history: [...current.history, change] },
    reasons: [],
  };
}

function transitionProblems(claim: Claim, move: ClaimMove): Reason<ClaimReasonCode>[] {
  const reasons: Reason<ClaimReasonCode>[] = [];
  const allowed = CLAIM_TRANSITIONS[claim.status];
  if (allowed.length === 0) {
    reasons.push(
      reason('billing.claim.final_status', 'error', 'The claim is written off; it cannot move again.', {
        from: claim.status,
        to: move.to,
      }),
    );
  } else if (!allowed.includes(move.to)) {
    reasons.push(
      reason('billing.claim.illegal_transition', 'error', 'The claim lifecycle does not allow this move.', {
        from: claim.status,
        to: move.to,
        allowed: [...allowed],
      }),
    );
  }
  const last = claim.history[claim.history.length - 1];
  if (last !== undefined && compareDates(move.on, last.on) < 0) {
    reasons.push(
      reason('billing.claim.move_before_last', 'error', 'The move is dated before the claim’s last move.', {
        on: move.on,
        lastMoveOn: last.on,
      }),
    );
  }
  return reasons;
}
