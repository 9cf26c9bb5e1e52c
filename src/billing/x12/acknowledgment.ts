import type { NonEmptyArray, Reason } from '../../core/index.js';
import type { X12ReasonCode } from './reason-codes.js';

/**
 * Where an acknowledgment leaves a claim that was sent.
 * - `accepted`: taken into the payer's adjudication system (277CA category A2, or A5 split).
 * - `received`: received, not yet accepted into adjudication (a 999 that accepted its file, 277CA A0/A1).
 * - `rejected`: refused before adjudication (999 R, 277CA A3, A6, A7, A8): it never entered adjudication.
 * - `pending`: the payer holds it or asks for information (P or R categories: a claim status response, or
 *   a 277CA outside its TR3).
 * - `not_found`: the payer says it cannot find the claim (A4, or D0 in a claim status response).
 * - `paid`: a claim status response says the claim was finalized and paid (F1).
 * - `denied`: a claim status response says the claim was finalized as denied (F2) or with no payment
 *   forthcoming (F4).
 * - `finalized`: a claim status response says the claim was finalized without saying how (F0, F3).
 * - `undecided`: the acknowledgment says something this reader cannot settle (an unknown code, statuses
 *   that contradict each other, a claim the practice did not send).
 *
 * @example
 * ```ts
 * const s: AcknowledgmentStatus = 'rejected';
 * ```
 */
export type AcknowledgmentStatus =
  | 'accepted'
  | 'received'
  | 'rejected'
  | 'pending'
  | 'not_found'
  | 'paid'
  | 'denied'
  | 'finalized'
  | 'undecided';

/**
 * What a biller does next about a claim an acknowledgment names.
 * - `wait_for_remittance`: accepted into adjudication, or finalized (paid or not said how); the 835 comes
 *   next and is what posts it (a 277 is never posted).
 * - `wait_for_acceptance`: received only; the 277CA that accepts or rejects it comes next.
 * - `fix_and_submit_new`: rejected; fix what the acknowledgment names and send it again as a new claim
 *   (CLM05-3 `1`), not a replacement (`7`): a rejected claim never entered adjudication, so the payer has
 *   nothing to replace.
 * - `follow_up`: pended or information requested: ask the payer or send what it asks for (on
 *   `followUpOn` when a claim status response gives the date).
 * - `work_denial`: finalized as denied or with no payment: read the 835's reasons and correct, appeal or bill
 *   the client's share.
 * - `check_and_resubmit`: the payer cannot find the claim: check the acknowledgments that came back (999,
 *   277CA) and send it again if it never arrived.
 * - `review`: undecided; read the acknowledgment by hand.
 *
 * @example
 * ```ts
 * const a: AcknowledgmentAction = 'fix_and_submit_new';
 * ```
 */
export type AcknowledgmentAction =
  | 'wait_for_remittance'
  | 'wait_for_acceptance'
  | 'fix_and_submit_new'
  | 'follow_up'
  | 'work_denial'
  | 'check_and_resubmit'
  | 'review';

/**
 * One claim as an acknowledgment leaves it: its status, what to do, and the status to move it to with
 * `moveClaim` (`accepted` or `rejected`, from `submitted` or `resubmitted`), or `null` when it stays where it is.
 *
 * @example
 * ```ts
 * const c: AcknowledgedClaim = { claimId: 'c-1', status: 'rejected', action: 'fix_and_submit_new',
 *   moveTo: 'rejected', reasons: [{ code: 'x12.999.transaction_rejected', … }] };
 * ```
 */
export interface AcknowledgedClaim {
  /** The claim's id: CLM01 of the 837P, the patient control number the acknowledgment repeats. */
  readonly claimId: string;
  readonly status: AcknowledgmentStatus;
  readonly action: AcknowledgmentAction;
  /** The claim status to move the claim to (`moveClaim(claim, { to }, …)`), or `null` to leave it. */
  readonly moveTo: 'accepted' | 'rejected' | null;
  readonly reasons: NonEmptyArray<Reason<X12ReasonCode>>;
}

/** The action and claim status move that follow from an acknowledgment status. */
export function actionOf(status: AcknowledgmentStatus): Pick<AcknowledgedClaim, 'action' | 'moveTo'> {
  switch (status) {
    case 'accepted':
      return { action: 'wait_for_remittance', moveTo: 'accepted' };
    case 'received':
      return { action: 'wait_for_acceptance', moveTo: null };
    case 'rejected':
      return { action: 'fix_and_submit_new', moveTo: 'rejected' };
    case 'paid':
    case 'finalized':
      return { action: 'wait_for_remittance', moveTo: null };
    case 'denied':
      return { action: 'work_denial', moveTo: null };
    case 'pending':
      return { action: 'follow_up', moveTo: null };
    case 'not_found':
      return { action: 'check_and_resubmit', moveTo: null };
    case 'undecided':
      return { action: 'review', moveTo: null };
    default: {
      const never: never = status;
      return never;
    }
  }
}
