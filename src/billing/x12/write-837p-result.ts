import type { Decision, InvalidRecord, NonEmptyArray, Reason } from '../../core/index.js';
import type { BillingReasonCode } from '../reason-codes.js';
import type { ClaimFrequency } from './claim-frequency.js';
import type { X12ReasonCode } from './reason-codes.js';

/**
 * The result of {@link write837P}: the file, the claims written (by input index), the claims left out
 * because they could not be written (by index, with reasons), and the claims that failed their schema
 * (by index, with their problems). Nothing is dropped: written + refused + invalid = the claims given.
 * `written` when every claim was, `partly_written` when some were left out, `not_written` when none
 * could be (then `text` is `null`). An info reason (claims scrubbed without their day) never changes the outcome.
 *
 * @example
 * ```ts
 * const out: Write837PDecision = write837P([ready, draft], options);
 * out.outcome; //=> 'partly_written'
 * out.refused; //=> [{ index: 1, claimId: 'c-2', reasons: [{ code: 'x12.837p.claim_not_ready', … }] }]
 * ```
 */
export type Write837PDecision = Decision<
  'written',
  'partly_written' | 'not_written',
  X12ReasonCode | BillingReasonCode,
  {
    readonly text: string | null;
    /** The claims written, each with what it asks of the payer: a new claim, a replacement or a void. */
    readonly written: readonly {
      readonly index: number;
      readonly claimId: string;
      readonly frequency: ClaimFrequency;
    }[];
    readonly refused: readonly {
      readonly index: number;
      readonly claimId: string;
      readonly reasons: NonEmptyArray<Reason<X12ReasonCode | BillingReasonCode>>;
    }[];
    readonly invalid: readonly InvalidRecord[];
  }
>;
