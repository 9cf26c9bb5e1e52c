import type { Decision, LocalDate } from '../../core/index.js';
import type { AcknowledgedClaim, AcknowledgmentStatus } from './acknowledgment.js';
import type { X12ReasonCode } from './reason-codes.js';

/**
 * One status a 277CA reports (one composite of an STC segment: STC01, STC10 or STC11): the claim status
 * category (`A2` accepted, `A7` rejected for invalid information, …), the claim status code that details it
 * and the entity it concerns.
 *
 * @example
 * ```ts
 * const s: ReportedStatus277 = { segment: 14, category: 'A7', code: '562', entity: '85', date: '2026-04-10', actionCode: 'U' };
 * ```
 */
export interface ReportedStatus277 {
  /** The STC segment's number in the file. */
  readonly segment: number;
  /** The claim status category code (STC01-1, code list 507). */
  readonly category: string;
  /** The claim status code (STC01-2, code list 508: `21` missing or invalid information, `562` provider identifier, …). */
  readonly code: string | null;
  /** The entity the status concerns (STC01-3: `85` billing provider, `IL` subscriber, `QC` patient, …). */
  readonly entity: string | null;
  /** STC02: the date of the status. */
  readonly date: LocalDate | null;
  /** STC03: `WQ` accepted, `U` rejected, when given. */
  readonly actionCode: string | null;
}

/**
 * One claim of a 277CA (loop 2000D, HL `PT`), tied to the claim sent by its patient control number (TRN02,
 * the 837P's CLM01), with the payer's claim control number when it assigned one (REF*1K), its statuses and
 * its service lines' statuses, and, as every acknowledged claim, its status and next action.
 *
 * @example
 * ```ts
 * const [ack] = read277CA(text);
 * ack.claims[0]; //=> { claimId: 'c-1', status: 'accepted', action: 'wait_for_remittance', moveTo: 'accepted',
 * //                   payerClaimControlNumber: '2026100000123', … }
 * ```
 */
export interface ClaimAcknowledgment277 extends AcknowledgedClaim {
  /** The claim's HL segment number in the file. */
  readonly segment: number;
  /** REF*1K: the payer's claim control number, once it assigned one; a replacement later names it. */
  readonly payerClaimControlNumber: string | null;
  /** REF*D9: the claim identifier a clearinghouse or other intermediary gave it, when given. */
  readonly clearinghouseTraceNumber: string | null;
  /** TRN02: the 277CA's patient control number, or in a claim status response the 276's trace number. */
  readonly traceNumber: string | null;
  /** STC04 of the first claim status: the total charge as the payer read it, in cents. */
  readonly chargeCents: number | null;
  /**
   * STC05 of the first claim status giving it (a claim status response): the amount paid, in cents; `null`
   * when no status gives it (an F1 without it is paid with the amount unknown, never zero).
   */
  readonly paidCents: number | null;
  /** STC06 (a claim status response): the date the claim was adjudicated (finalized). */
  readonly adjudicatedOn: LocalDate | null;
  /** STC08 (a claim status response): the date the check was issued or the EFT took effect. */
  readonly paidOn: LocalDate | null;
  /** STC09 (a claim status response): the check or EFT trace number, the 835's TRN02. */
  readonly paymentTraceNumber: string | null;
  /**
   * When to ask again about a pended claim or one the payer asked information about (a claim status
   * response): the latest status date (STC02, else BHT04) plus `Read277Options.followUpDays`; else `null`.
   */
  readonly followUpOn: LocalDate | null;
  readonly statuses: readonly ReportedStatus277[];
  /**
   * The service lines the 277 reports on (2220D/E), each with its procedure (SVC01-2), statuses and its own
   * status read from them alone. A line's status describes the line: it never overrides the claim's, which
   * the claim-level STC gives (X12 RFI 1382: claim-level status is always required, and lines are reported
   * where their status differs from the claim's) [sources: x12-rfi-1382].
   */
  readonly lines: readonly {
    readonly segment: number;
    readonly procedureCode: string | null;
    readonly statuses: readonly ReportedStatus277[];
    /** The line's own status from its STC segments (`undecided` for an unknown or contradicting category). */
    readonly status: AcknowledgmentStatus;
  }[];
}

/**
 * One 277 transaction set read: a 277CA (005010X214, {@link read277CA}) or a claim status response
 * (005010X212, {@link read277}): each claim with its status and next action, the rejections
 * of a whole batch or billing provider, and the sent claims it does not name. `acknowledged` when every
 * claim is accepted, received, paid or finalized and nothing is rejected; `needs_action` when a claim or batch
 * is rejected, denied, pended, asked about or not found; `undecided` when a claim's status is unknown or contradicts itself, or
 * a claim was not sent.
 *
 * @example
 * ```ts
 * const [ack] = read277CA(text, { claimIds: ['c-1', 'c-2'] });
 * ack.outcome; //=> 'needs_action'
 * ack.claims.map((c) => [c.claimId, c.action]); //=> [['c-1', 'wait_for_remittance'], ['c-2', 'fix_and_submit_new']]
 * ```
 */
export type ClaimAcknowledgmentDecision = Decision<
  'acknowledged',
  'needs_action' | 'undecided',
  X12ReasonCode,
  {
    /** The ST segment's number in the file. */
    readonly segment: number;
    /** BHT03: the reference the 277CA gives, which may repeat the 837P's BHT03. */
    readonly referenceId: string | null;
    readonly claims: readonly ClaimAcknowledgment277[];
    /** Rejections stated for a whole batch (HL 21, `level: 'receiver'`) or billing provider (HL 19). */
    readonly batchRejections: readonly (ReportedStatus277 & { readonly level: 'receiver' | 'provider' })[];
    /** Claims said to be sent (`Read277CAOptions.claimIds`) that this 277CA does not name. */
    readonly unacknowledged: readonly string[];
  }
>;
