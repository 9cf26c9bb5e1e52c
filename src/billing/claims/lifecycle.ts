import * as z from 'zod';
import {
  compareDates,
  type Decision,
  isNonEmpty,
  LocalDate,
  type Reason,
  reason,
  validate,
} from '../../core/index.js';
import { StaffId, sortReasons } from '../../core/internal.js';
import type { BillingReasonCode } from '../reason-codes.js';
import { Claim, type ClaimInput } from './claim.js';
import { CLAIM_TRANSITIONS, ClaimStatus } from './status.js';

/**
 * A requested status move: the target status, and who made it and why (optional).
 *
 * @example
 * ```ts
 * ClaimMove.parse({ to: 'submitted', by: 'staff-1' }); //=> { to: 'submitted', by: 'staff-1' }
 * ```
 */
export const ClaimMove = z.strictObject({
  to: ClaimStatus,
  by: StaffId.optional(),
  note: z.string().max(500).optional(),
});
export type ClaimMove = z.infer<typeof ClaimMove>;

/**
 * The options of {@link moveClaim}: the practice's calendar date of the move.
 * @example
 * ```ts
 * const options: MoveClaimOptions = { asOf: '2026-03-03' };
 * ```
 */
export interface MoveClaimOptions {
  readonly asOf: LocalDate;
}

/**
 * The result of {@link moveClaim}: the moved claim, or the unchanged claim and why it was refused.
 * @example
 * ```ts
 * const d: ClaimMoveDecision = moveClaim(claim, { to: 'ready' }, { asOf: '2026-03-02' });
 * d.outcome; //=> 'moved'
 * ```
 */
export type ClaimMoveDecision = Decision<'moved', 'refused', BillingReasonCode, { readonly claim: Claim }>;

/**
 * Moves a claim to a new status when the lifecycle table allows it, appending the move to its history;
 * an illegal move is refused with its reasons and the claim is returned unchanged.
 *
 * @param claim - the claim (validated, history included)
 * @param move - the target status (and who moved it, with a note)
 * @param options - `asOf`: the date of the move
 * @throws {@link ValidationError} when the claim, the move or the date is malformed.
 * @remarks The table is {@link CLAIM_TRANSITIONS} ({@link canMoveClaim} asks it); moves are dated so the
 * history can be replayed.
 * @example
 * ```ts
 * moveClaim(readyClaim, { to: 'submitted' }, { asOf: '2026-03-03' }).outcome; //=> 'moved'
 * moveClaim(draftClaim, { to: 'paid' }, { asOf: '2026-03-03' }).reasons[0].code;
 * //=> 'billing.claim.illegal_transition'
 * ```
 */
export function moveClaim(
  claim: ClaimInput | Claim,
  move: z.input<typeof ClaimMove>,
  options: MoveClaimOptions,
): ClaimMoveDecision {
  const current = validate(Claim, claim, 'claim');
  const requested = validate(ClaimMove, move, 'claim move');
  const on = validate(LocalDate, options?.asOf, 'asOf');
  const reasons = transitionProblems(current, requested.to, on);
  if (isNonEmpty(reasons)) {
    return { outcome: 'refused', claim: current, reasons: sortReasons(reasons) as typeof reasons };
  }
  const change = {
    from: current.status,
    to: requested.to,
    on,
    ...(requested.by === undefined ? {} : { by: requested.by }),
    ...(requested.note === undefined ? {} : { note: requested.note }),
  };
  return {
    outcome: 'moved',
    claim: { ...current, status: requested.to, history: [...current.history, change] },
    reasons: [],
  };
}

function transitionProblems(claim: Claim, to: ClaimStatus, on: LocalDate): Reason<BillingReasonCode>[] {
  const reasons: Reason<BillingReasonCode>[] = [];
  const allowed = CLAIM_TRANSITIONS[claim.status];
  if (allowed.length === 0) {
    reasons.push(
      reason('billing.claim.final_status', 'error', 'The claim is written off; it cannot move again.', {
        from: claim.status,
        to,
      }),
    );
  } else if (!allowed.includes(to)) {
    reasons.push(
      reason('billing.claim.illegal_transition', 'error', 'The claim lifecycle does not allow this move.', {
        from: claim.status,
        to,
        allowed: [...allowed],
      }),
    );
  }
  const last = claim.history[claim.history.length - 1];
  if (last !== undefined && compareDates(on, last.on) < 0) {
    reasons.push(
      reason('billing.claim.move_before_last', 'error', 'The move is dated before the claim’s last move.', {
        on,
        lastMoveOn: last.on,
      }),
    );
  }
  return reasons;
}
