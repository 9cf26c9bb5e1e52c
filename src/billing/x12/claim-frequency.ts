import { type Reason, reason } from '../../core/index.js';
import { type Claim, type ClaimStatus, canMoveClaim } from '../index.js';
import type { X12ReasonCode } from './reason-codes.js';

/**
 * What an 837P claim asks of the payer (CLM05-3): a new claim (`original`, 1), a complete replacement of
 * a claim the payer has decided (`replacement`, 7), or its cancellation (`void`, 8).
 *
 * @example
 * ```ts
 * const frequency: ClaimFrequency = 'replacement';
 * ```
 */
export type ClaimFrequency = 'original' | 'replacement' | 'void';

/** CLM05-3 for each frequency [sources: x12-837p, bcbsm-837p-frequency, medi-cal-837-frequency]. */
export const FREQUENCY_CODES: { readonly [F in ClaimFrequency]: string } = {
  original: '1',
  replacement: '7',
  void: '8',
};

// The payer decided the claim: it paid, partly paid or denied it, or took a payment back.
const DECIDED: ReadonlySet<ClaimStatus> = new Set(['paid', 'partially_paid', 'denied', 'recouped']);
// A void cancels a decided claim at rest: not while an appeal or a replacement is open, not after a write-off.
const VOIDABLE: ReadonlySet<ClaimStatus> = new Set([
  'paid',
  'partially_paid',
  'denied',
  'recouped',
  'closed',
]);

function refusal(code: X12ReasonCode, message: string, c: Claim): Reason<X12ReasonCode> {
  return reason(code, 'error', message, { claimId: c.claimId, status: c.status });
}

/**
 * The frequency the claim's history calls for, or why it cannot be written. A claim the payer never
 * decided (never paid, partially paid, denied or recouped: drafts, clearinghouse rejections, claims returned as
 * unprocessable) goes as an original once scrubbed (`ready`); a decided claim being corrected (ready
 * again, or at a status from which the lifecycle allows `resubmitted`) goes as a replacement; `voiding`
 * asks for a void.
 * Both name the payer's claim control number (REF*F8), and Medicare Part B takes neither: it corrects a
 * decided claim through a reopening [sources: cfr-42-405.980, cgs-partb-reopenings].
 */
export function claimFrequency(
  c: Claim,
  voiding: boolean,
  medicarePartB: boolean,
): { frequency: ClaimFrequency; reasons: Reason<X12ReasonCode>[] } {
  const decided = c.history.some((h) => DECIDED.has(h.to));
  const reasons: Reason<X12ReasonCode>[] = [];
  let frequency: ClaimFrequency = 'original';
  if (voiding) {
    frequency = 'void';
    if (!decided) {
      reasons.push(
        refusal(
          'x12.837p.nothing_to_void',
          'A void cancels a claim the payer has decided; this claim’s history shows no payment, denial or recoupment.',
          c,
        ),
      );
    } else if (!VOIDABLE.has(c.status)) {
      reasons.push(
        refusal(
          'x12.837p.claim_not_ready',
          'A void is sent for a decided claim at rest, not while an appeal or a replacement is open or after a write-off.',
          c,
        ),
      );
    }
  } else if (decided && (c.status === 'ready' || canMoveClaim(c.status, 'resubmitted'))) {
    // Ready again after a decision (a replacement the clearinghouse rejected, fixed): still a replacement.
    frequency = 'replacement';
  } else if (c.status === 'ready') {
    frequency = 'original';
  } else {
    reasons.push(
      refusal(
        'x12.837p.claim_not_ready',
        c.status === 'unprocessable'
          ? 'A claim returned as unprocessable was never filed: fix it and move it to ready to send it as a new claim.'
          : 'Only a scrubbed claim (ready), or a decided claim being corrected (paid, partially paid, denied, recouped), is written.',
        c,
      ),
    );
  }
  if (frequency !== 'original' && reasons.length === 0) {
    if (medicarePartB) {
      reasons.push(
        refusal(
          'x12.837p.correction_by_reopening',
          'Medicare Part B corrects or cancels a decided claim through a reopening with the MAC, not a replacement or void claim.',
          c,
        ),
      );
    } else if (c.payerClaimControlNumber === undefined) {
      reasons.push(
        refusal(
          'x12.837p.payer_claim_number_missing',
          'A replacement or void names the payer’s claim control number from its remittance (CLP07); the claim has none.',
          c,
        ),
      );
    }
  }
  return { frequency, reasons };
}
