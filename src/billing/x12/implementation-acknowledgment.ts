import type { Decision } from '../../core/index.js';
import type { AcknowledgedClaim } from './acknowledgment.js';
import type { X12ReasonCode } from './reason-codes.js';

/**
 * One element a 999 reports in error (an IK4 segment): where it stands in the segment and why. The copy of
 * the bad value (IK404) is not kept: it may hold a name, a member id or a date of birth.
 *
 * @example
 * ```ts
 * const e: ElementError999 = { segment: 7, position: 3, component: null, elementReference: '66', code: '7' };
 * ```
 */
export interface ElementError999 {
  /** The IK4 segment's number in the 999. */
  readonly segment: number;
  /** IK401-1: the element's position in its segment (`3` for NM103), or `null` when not a number. */
  readonly position: number | null;
  /** IK401-2: the component's position in a composite, when the error is in one. */
  readonly component: number | null;
  /** IK402: the X12 data element reference number, when given. */
  readonly elementReference: string | null;
  /** IK403: the implementation data element syntax error code (`1` required element missing, `7` invalid code value, …). */
  readonly code: string;
}

/**
 * One segment a 999 reports in error (an IK3 segment with its IK4 elements), with the claim it belongs to
 * when the 999 says (CTX `CLM01`).
 *
 * @example
 * ```ts
 * const e: SegmentError999 = { segment: 6, segmentId: 'NM1', position: 8, loopId: '2010BA', code: '8',
 *   claimId: 'c-1', elements: [] };
 * ```
 */
export interface SegmentError999 {
  /** The IK3 segment's number in the 999. */
  readonly segment: number;
  /** IK301: the id of the segment in error (`NM1`). */
  readonly segmentId: string;
  /** IK302: its position in the transaction set that was sent, counted from ST (1). */
  readonly position: number | null;
  /** IK303: the loop it stands in (`2010BA`), when given. */
  readonly loopId: string | null;
  /** IK304: the implementation segment syntax error code (`8` segment has data element errors, …), when given. */
  readonly code: string | null;
  /** The claim the segment belongs to: a CTX business unit identifier `CLM01`, else `null`. */
  readonly claimId: string | null;
  readonly elements: readonly ElementError999[];
}

/**
 * How a 999 answers one transaction set of the file that was sent (an AK2 loop, closed by its IK5).
 * `accepted` (IK501 `A`), `accepted_with_errors` (`E`: accepted, with errors noted), `rejected` (`R`, and
 * `M`, `W`, `X`: the security checks failed), `undecided` (a code this reader does not know).
 *
 * @example
 * ```ts
 * const t: AcknowledgedTransaction999 = { segment: 4, transactionSetId: '837', controlNumber: '0001',
 *   code: 'R', status: 'rejected', syntaxErrors: ['5'], errors: [], claimIds: ['c-1'] };
 * ```
 */
export interface AcknowledgedTransaction999 {
  /** The AK2 segment's number in the 999. */
  readonly segment: number;
  /** AK201: the type of the transaction set answered (`837`). */
  readonly transactionSetId: string;
  /** AK202: its control number (the ST02 that was sent). */
  readonly controlNumber: string;
  /** IK501 as written. */
  readonly code: string;
  readonly status: 'accepted' | 'accepted_with_errors' | 'rejected' | 'undecided';
  /** IK502–IK506: the implementation transaction set syntax error codes. */
  readonly syntaxErrors: readonly string[];
  readonly errors: readonly SegmentError999[];
  /** The claims the practice says it sent in that transaction set (`Read999Options.sent`), else empty. */
  readonly claimIds: readonly string[];
}

/**
 * One 999 transaction set read: the functional group it answers (AK1, tied to the sent file by its GS06),
 * each transaction set response (AK2 … IK5, tied by ST02), the group's verdict (AK9) and each sent claim's
 * status and next action. The outcome is the group's: `accepted` (AK901 `A`, every transaction accepted),
 * `accepted_with_errors` (`E`), `partially_accepted` (`P`: some transaction sets rejected), `rejected` (`R`,
 * `M`, `W`, `X`), or `undecided` (an unknown code, a contradiction, a sent transaction set left unanswered).
 *
 * @example
 * ```ts
 * const [ack] = read999(text, { sent: [{ groupControlNumber: 1, transactionControlNumber: 1, claimIds: ['c-1'] }] });
 * ack.outcome; //=> 'rejected'
 * ack.claims[0]; //=> { claimId: 'c-1', status: 'rejected', action: 'fix_and_submit_new', moveTo: 'rejected', … }
 * ```
 */
export type ImplementationAcknowledgmentDecision = Decision<
  'accepted',
  'accepted_with_errors' | 'partially_accepted' | 'rejected' | 'undecided',
  X12ReasonCode,
  {
    /** The ST segment's number in the file. */
    readonly segment: number;
    /** AK101: the functional identifier of the group answered (`HC` for 837 claims). */
    readonly functionalId: string;
    /** AK102: the group control number answered (GS06 of the file sent). */
    readonly groupControlNumber: string;
    /** AK103: the implementation guide of the group answered (`005010X222A1`), or `null`. */
    readonly version: string | null;
    /** AK901 as written. */
    readonly groupCode: string;
    /** AK902–AK904: transaction sets included, received and accepted, as the 999 counts them. */
    readonly counts: {
      readonly included: number | null;
      readonly received: number | null;
      readonly accepted: number | null;
    };
    readonly transactions: readonly AcknowledgedTransaction999[];
    /** Each claim of the matched sent transaction sets, with its status and next action. */
    readonly claims: readonly AcknowledgedClaim[];
  }
>;
