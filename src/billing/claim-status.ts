import * as z from 'zod';

/**
 * Where a claim is in its life, from draft to closed.
 * - `draft`, `ready`: not yet sent; `ready` has passed the scrubber.
 * - `submitted`: sent to the clearinghouse, no acknowledgment yet.
 * - `rejected`: refused by the clearinghouse or payer front end (999/277CA); it was never filed, so it
 *   does not stop the timely-filing clock [sources: cms-mcpm-ch1-70, mac-fcso-timely-filing].
 * - `accepted`: acknowledged by the payer; `pending`: in adjudication.
 * - `paid`, `partially_paid`, `denied`: the payer's decision (835).
 * - `appealed`: an appeal is open; `resubmitted`: a corrected (replacement) claim was sent.
 * - `closed`: nothing left to collect from the payer; `written_off`: the balance was written off.
 *
 * @example
 * ```ts
 * ClaimStatus.parse('partially_paid'); //=> 'partially_paid'
 * ```
 */
export const ClaimStatus = z.enum([
  'draft',
  'ready',
  'submitted',
  'rejected',
  'accepted',
  'pending',
  'paid',
  'partially_paid',
  'denied',
  'appealed',
  'resubmitted',
  'closed',
  'written_off',
]);
export type ClaimStatus = z.infer<typeof ClaimStatus>;

/**
 * The claim lifecycle as an explicit transition table: for each status, the statuses it may move to.
 * `closed` and `written_off` are final.
 *
 * @remarks Follows the 837 → 999/277CA → 835 sequence [sources: x12-hipaa-transactions]: a clearinghouse
 * rejection goes back to be fixed, never to the payer's decision; a denial is worked by an appeal or a
 * corrected claim [sources: x12-837p].
 * @example
 * ```ts
 * CLAIM_TRANSITIONS.submitted; //=> ['accepted', 'rejected']
 * ```
 */
export const CLAIM_TRANSITIONS: { readonly [S in ClaimStatus]: readonly ClaimStatus[] } = Object.freeze({
  draft: ['ready', 'closed'],
  ready: ['draft', 'submitted', 'closed'],
  submitted: ['accepted', 'rejected'],
  rejected: ['draft', 'ready', 'submitted', 'written_off', 'closed'],
  accepted: ['pending', 'paid', 'partially_paid', 'denied'],
  pending: ['paid', 'partially_paid', 'denied'],
  paid: ['resubmitted', 'closed'],
  partially_paid: ['appealed', 'resubmitted', 'written_off', 'closed'],
  denied: ['appealed', 'resubmitted', 'written_off', 'closed'],
  appealed: ['paid', 'partially_paid', 'denied', 'written_off', 'closed'],
  resubmitted: ['accepted', 'rejected'],
  closed: [],
  written_off: [],
});

/**
 * Whether the lifecycle table allows a claim to move from one status to another (total).
 *
 * @example
 * ```ts
 * isClaimTransitionAllowed('denied', 'appealed'); //=> true
 * isClaimTransitionAllowed('draft', 'paid');      //=> false
 * ```
 */
export function isClaimTransitionAllowed(from: ClaimStatus, to: ClaimStatus): boolean {
  return CLAIM_TRANSITIONS[from].includes(to);
}
