import * as z from 'zod';
import { compareDates, type Decision, isNonEmpty, LocalDate, type Reason, reason } from '../../core/index.js';
import { decideBySeverity, StaffId, sortReasons, validateArguments } from '../../core/internal.js';
import { PayerProfile } from '../coverage/payer-profile.js';
import type { BillingReasonCode } from '../reason-codes.js';
import { Claim, type ClaimInput } from './claim.js';
import { EvaluateClaimScrubOptions, evaluateClaimScrub, scrubFindingsOfDay } from './scrubbing.js';
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

// The options moveClaim reads first (the date); the profile is read only by a move that needs a scrub.
const MoveClaimOptionsArgument = z.looseObject({ asOf: LocalDate });
const ProfileArgument = z.looseObject({
  profile: PayerProfile,
  sameDayClaims: EvaluateClaimScrubOptions.shape.sameDayClaims,
});

/**
 * The options of {@link moveClaim}: the practice's calendar date of the move, and the payer's profile,
 * which a move that sends a claim out (to `ready`, or straight back to `submitted` after a rejection)
 * needs: the claim is scrubbed against it first; and the client's other claims of the claim's dates
 * (`sameDayClaims`, as {@link evaluateClaimScrub} takes them), so that the scrub sees the whole day across
 * claims. Left out, the claim is scrubbed alone and the decision says so
 * (`billing.scrub.same_day_claims_not_given`, info).
 * @example
 * ```ts
 * const options: MoveClaimOptions = { asOf: '2026-03-03', profile: COMMERCIAL_PAYER_PROFILE_EXAMPLE };
 * ```
 */
export interface MoveClaimOptions {
  readonly asOf: LocalDate;
  readonly profile?: z.input<typeof PayerProfile>;
  /**
   * The client's other claims of the claim's dates, read as {@link EvaluateClaimScrubOptions} reads them
   * (a rejected claim still open counts; one closed without reaching the payer does not); only a move that
   * scrubs reads them.
   */
  readonly sameDayClaims?: readonly ClaimInput[];
}

/**
 * The result of {@link moveClaim}: the moved claim (with the scrubber's warnings when the move sent it
 * out), or the unchanged claim and why it was refused, or `undecided` when the move needs a scrub and no
 * payer profile was given.
 * @example
 * ```ts
 * const d: ClaimMoveDecision = moveClaim(claim, { to: 'ready' }, { asOf: '2026-03-02' });
 * d.outcome; //=> 'moved'
 * ```
 */
export type ClaimMoveDecision = Decision<
  'moved',
  'refused' | 'undecided',
  BillingReasonCode,
  { readonly claim: Claim }
>;

/**
 * Whether a move sends the claim out and so needs the scrubber first: every move to `ready`, a move to
 * `submitted` that skips `ready` (a claim resent after a clearinghouse rejection or an unprocessable
 * return), and every move to `resubmitted` (a corrected claim goes out too).
 */
function needsScrub(from: ClaimStatus, to: ClaimStatus): boolean {
  return to === 'ready' || to === 'resubmitted' || (to === 'submitted' && from !== 'ready');
}

/**
 * Moves a claim to a new status when the lifecycle table allows it, appending the move to its history;
 * an illegal move is refused with its reasons and the claim is returned unchanged. A claim reaches
 * `ready` (or goes back to `submitted` without passing `ready`, or out as `resubmitted`) only through {@link evaluateClaimScrub}
 * on the move's date: refused with the scrubber's errors, moved with its warnings, and `undecided`
 * (`billing.claim.scrub_profile_missing`) when no payer profile is given to scrub against.
 *
 * @param claim - the claim (validated, history included)
 * @param move - the target status (and who moved it, with a note)
 * @param options - `asOf`: the date of the move; `profile`: the payer's profile, for a move that needs a scrub
 * @throws {@link ValidationError} listing every problem of the claim, the move and the options at once, each
 * path under its parameter's name (`$.claim.lines`, `$.move.to`, `$.options.asOf`); a profile a move needs
 * is checked when the move is (`$.options.profile.kind`).
 * @remarks The table is {@link CLAIM_TRANSITIONS} ({@link canMoveClaim} asks it); moves are dated so the
 * history can be replayed.
 * @example
 * ```ts
 * const draft = { claimId: 'c-1', clientId: 'cl-1', payerId: 'aetna', diagnosisCodes: ['F41.1'],
 *   lines: [{ lineId: '1', serviceDate: '2026-03-02', procedureCode: '90834', placeOfService: '11', units: 1,
 *     chargeCents: 15000, diagnosisPointers: [1] }] };
 * moveClaim(draft, { to: 'paid' }, { asOf: '2026-03-03' }).reasons[0];
 * //=> { code: 'billing.claim.illegal_transition', facts: { from: 'draft', to: 'paid', allowed: ['ready', 'closed'] }, … }
 * // To `ready` only through the scrubber: this draft names no billing or rendering NPI.
 * moveClaim(draft, { to: 'ready' }, { asOf: '2026-03-03', profile: { ...COMMERCIAL_PAYER_PROFILE_EXAMPLE, payerId: 'aetna' } });
 * //=> { outcome: 'refused', reasons: [{ code: 'billing.scrub.missing_billing_npi', … },
 * //     { code: 'billing.scrub.missing_rendering_npi', … }, …], … }
 * ```
 * ```ts
 * import type { ClaimInput } from 'practice-ops/billing';
 *
 * const ready: ClaimInput = { claimId: 'c-2', clientId: 'cl-1', payerId: 'aetna', diagnosisCodes: ['F41.1'],
 *   renderingNpi: '1234567893', billingNpi: '1245319599', status: 'ready',
 *   history: [{ from: 'draft', to: 'ready', on: '2026-03-02' }],
 *   lines: [{ lineId: '1', serviceDate: '2026-03-02', procedureCode: '90834', placeOfService: '11', units: 1,
 *     chargeCents: 15000, diagnosisPointers: [1] }] };
 * const submitted = moveClaim(ready, { to: 'submitted' }, { asOf: '2026-03-03' });
 * submitted.outcome; //=> 'moved'
 * // Back to draft, then to ready again without the payer's profile: the scrubber cannot run.
 * const draft = { ...ready, status: 'draft' as const, history: [] };
 * moveClaim(draft, { to: 'ready' }, { asOf: '2026-03-03' }).outcome; //=> 'undecided'
 * ```
 */
export function moveClaim(
  claim: ClaimInput | Claim,
  move: z.input<typeof ClaimMove>,
  options: MoveClaimOptions,
): ClaimMoveDecision {
  // Every argument's problems at once, each under its parameter's name (`$.move.to`, `$.options.asOf`).
  const [current, requested, { asOf: on }] = validateArguments([
    ['claim', Claim, claim, 'claim'],
    ['move', ClaimMove, move, 'claim move'],
    ['options', MoveClaimOptionsArgument, options, 'claim move options'],
  ]);
  const reasons = transitionProblems(current, requested.to, on);
  if (isNonEmpty(reasons)) {
    return { outcome: 'refused', claim: current, reasons: sortReasons(reasons) as typeof reasons };
  }
  let warnings: readonly Reason<BillingReasonCode>[] = [];
  if (needsScrub(current.status, requested.to)) {
    if (options.profile === undefined) {
      return {
        outcome: 'undecided',
        claim: current,
        reasons: [
          reason(
            'billing.claim.scrub_profile_missing',
            'warning',
            'A claim goes out only through the scrubber, which needs the payer’s profile: none was given.',
            { from: current.status, to: requested.to },
          ),
        ],
      };
    }
    // Checked only when the move needs it, as before, under `$.options.profile`.
    const [{ profile, sameDayClaims }] = validateArguments([
      ['options', ProfileArgument, options, 'payer profile'],
    ]);
    // A corrected claim runs on the payer's correction rule, not the first filing window: scrubbed for
    // everything else, as the 837P writer scrubs a replacement.
    const scrub =
      requested.to === 'resubmitted'
        ? {
            claimId: current.claimId,
            ...decideBySeverity(scrubFindingsOfDay(current, profile, on, sameDayClaims), {
              pass: 'ready',
              warn: 'ready_with_warnings',
              fail: 'refused',
            }),
          }
        : evaluateClaimScrub(current, profile, {
            asOf: on,
            ...(sameDayClaims === undefined ? {} : { sameDayClaims }),
          });
    if (scrub.outcome === 'refused') return { outcome: 'refused', claim: current, reasons: scrub.reasons };
    warnings = scrub.reasons;
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
    reasons: warnings,
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
