import * as z from 'zod';
import { validate } from '../../core/index.js';
import { validateArguments } from '../../core/internal.js';

/**
 * Where a claim is in its life, from draft to closed.
 * - `draft`, `ready`: not yet sent; `ready` has passed the scrubber.
 * - `submitted`: sent to the clearinghouse, no acknowledgment yet.
 * - `rejected`: refused by the clearinghouse or payer front end (999/277CA); it was never filed, so it
 *   does not stop the timely-filing clock [sources: cms-mcpm-ch1-70, mac-fcso-timely-filing].
 * - `accepted`: acknowledged by the payer; `pending`: in adjudication.
 * - `unprocessable`: returned by the payer as unprocessable (CO-16 with MA130): like a rejection, it was
 *   never filed, so the date-of-service deadline still runs; correct it and send it again
 *   [sources: mac-fcso-timely-filing, cms-mcpm-ch1-70].
 * - `paid`, `partially_paid`, `denied`: the payer's decision (835) on a processed claim.
 * - `recouped`: the payer took its payment back (a reversal, X12 claim status 22): the claim is open
 *   again until the payer pays or denies it anew [sources: x12-835-clp].
 * - `appealed`: an appeal is open; `resubmitted`: a corrected (replacement) claim was sent.
 * - `closed`: nothing left to collect from the payer (reopened only by a recoupment); `written_off`: the
 *   balance was written off.
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
  'unprocessable',
  'recouped',
]);
export type ClaimStatus = z.infer<typeof ClaimStatus>;

/**
 * The claim lifecycle as an explicit transition table: for each status, the statuses it may move to.
 * `written_off` is final; `closed` reopens only when the payer takes its payment back (`recouped`).
 *
 * @remarks Follows the 837 → 999/277CA → 835 sequence [sources: x12-hipaa-transactions]: a clearinghouse
 * rejection goes back to be fixed, never to the payer's decision; a denial is worked by an appeal or a
 * corrected claim [sources: x12-837p]. A claim returned as unprocessable goes back to be fixed like a
 * rejection [sources: mac-fcso-timely-filing]; a reversal (claim status 22) reopens a paid or closed
 * claim [sources: x12-835-clp].
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
  accepted: ['pending', 'paid', 'partially_paid', 'denied', 'unprocessable'],
  pending: ['paid', 'partially_paid', 'denied', 'unprocessable'],
  paid: ['resubmitted', 'closed', 'recouped'],
  partially_paid: ['appealed', 'resubmitted', 'written_off', 'closed', 'recouped'],
  denied: ['appealed', 'resubmitted', 'written_off', 'closed'],
  appealed: ['paid', 'partially_paid', 'denied', 'written_off', 'closed'],
  resubmitted: ['accepted', 'rejected'],
  closed: ['recouped'],
  written_off: [],
  unprocessable: ['draft', 'ready', 'submitted', 'resubmitted', 'written_off', 'closed'],
  recouped: ['paid', 'partially_paid', 'denied', 'appealed', 'resubmitted', 'written_off', 'closed'],
});

const STATUSES: ReadonlySet<unknown> = new Set(ClaimStatus.options);

/** `value` when it is a claim status; a ValidationError naming `subject` otherwise. Cheap on the hot path. */
export function claimStatusArgument(value: unknown, subject: string): ClaimStatus {
  return STATUSES.has(value) ? (value as ClaimStatus) : validate(ClaimStatus, value, subject);
}

/**
 * Whether the lifecycle table allows a claim to move from one status to another (total over statuses).
 *
 * @throws {@link ValidationError} listing both at once when either is not a claim status, each under its
 * parameter's name (`$.from`, `$.to`).
 * @example
 * ```ts
 * canMoveClaim('denied', 'appealed'); //=> true
 * canMoveClaim('draft', 'paid');      //=> false
 * ```
 */
export function canMoveClaim(from: ClaimStatus, to: ClaimStatus): boolean {
  // Checked by hand first; a bad status is parsed beside the other, each under its parameter's name.
  if (!STATUSES.has(from) || !STATUSES.has(to)) {
    validateArguments([
      ['from', ClaimStatus, from, 'status moved from'],
      ['to', ClaimStatus, to, 'status moved to'],
    ]);
  }
  return CLAIM_TRANSITIONS[from].includes(to);
}
