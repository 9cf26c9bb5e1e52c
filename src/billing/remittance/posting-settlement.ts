import { type Reason, reason, sumCents } from '../../core/index.js';
import type { BillingReasonCode } from '../reason-codes.js';
import type { AdjustmentGroupCode, DenialAction } from './denial-codes.js';

/**
 * What one adjustment of a new adjudication became at posting: the client's share, a contractual write-off,
 * a denial to work, cost sharing held off the client, or an other adjustment (informational, unknown code).
 * @example
 * ```ts
 * const d: SettlementDisposition = 'client'; // a PR-1 deductible
 * ```
 */
export type SettlementDisposition = 'client' | 'written_off' | 'denied' | 'held' | 'other';

/**
 * One denied amount of a posting: an adjustment the payer denied (a CARC that denies the service, or any
 * adjustment of a claim the payer's status says denied), with what to do next and whether it may be appealed.
 * @example
 * ```ts
 * postRemittance(era, [claim], []).results[0]?.settlement?.denials[0];
 * //=> { group: 'CO', carc: '97', lineId: '2', amountCents: 3000, action: 'correct_and_resubmit',
 * //     appealable: true, clientBillable: false }
 * ```
 */
export interface SettlementDenial {
  readonly group: AdjustmentGroupCode;
  readonly carc: string;
  /** The claim line it was posted to; `null` for a claim-level adjustment or an unmatched line. */
  readonly lineId: string | null;
  readonly amountCents: number;
  /** The next action denial triage gives it (appeal, correct and resubmit, write off, bill the client…). */
  readonly action: DenialAction;
  /** Whether the payer's decision on it may be appealed (a Medicare CO-29 may not). */
  readonly appealable: boolean;
  /** Whether the client may be billed for it (a PR-204 not-covered service is the client's). */
  readonly clientBillable: boolean;
}

/**
 * What a remittance decided for one claim, read whole, for a biller to act on:
 *
 * - `paid`: the payer paid, and denied nothing;
 * - `client_share`: nothing paid, nothing denied: the payer applied the allowed amount to the client's
 *   deductible, coinsurance or copay, which the client (or a secondary payer first) may be billed;
 * - `denied` / `partially_denied`: the payer's claim status is denied (CLP02 4) or a CARC denies a service,
 *   with nothing paid / with a payment;
 * - `settled_without_payment`: nothing paid, nothing denied, nothing the client owes (a contractual
 *   write-off, what a prior payer paid, cost sharing held off the client);
 * - `recouped`: a reversal alone took an earlier payment back.
 *
 * @example
 * ```ts
 * const k: SettlementKind = 'client_share'; // paid 0: CO-45 + PR-1, the whole allowed amount to the deductible
 * ```
 */
export type SettlementKind =
  | 'paid'
  | 'client_share'
  | 'denied'
  | 'partially_denied'
  | 'settled_without_payment'
  | 'recouped';

/**
 * A posting's settlement: the new adjudication's amounts by what a biller does with them. A reversal's
 * negated amounts are not in it (its payment taken back is `recoupedCents`), so a reversal and its corrected
 * claim read as the corrected claim's decision. `clientOwesCents + writtenOffCents + deniedCents +
 * heldCents + otherAdjustmentCents + paidCents` is the new adjudication's charge (a client-billable denial,
 * PR-204, counts in `clientOwesCents` and is listed among the denials; `deniedCents` holds the others).
 * @example
 * ```ts
 * postRemittance(era, [claim], []).results[0]?.settlement;
 * //=> { kind: 'client_share', paidCents: 0, clientOwesCents: 11000, writtenOffCents: 4000, deniedCents: 0,
 * //     appealableCents: 0, heldCents: 0, otherAdjustmentCents: 0, recoupedCents: 0, denials: [] }
 * ```
 */
export interface RemittanceSettlement {
  readonly kind: SettlementKind;
  /** What the payer paid in the new adjudication. */
  readonly paidCents: number;
  /** The client's share (PR) the client, or a secondary payer first, may be billed for. */
  readonly clientOwesCents: number;
  /** Contractual adjustments written off (CO-45, CO-253): never the client's. */
  readonly writtenOffCents: number;
  /** Denied amounts not billable to the client: to appeal, correct and resubmit, or write off. */
  readonly deniedCents: number;
  /** The part of the denied amounts (client-billable denials included) that may be appealed. */
  readonly appealableCents: number;
  /** Cost sharing held off the client (a QMB's, a Medicaid-exempt client's, a status unknown): not a denial. */
  readonly heldCents: number;
  /** Informational adjustments (OA-23, what a prior payer paid) and codes the denial table does not know. */
  readonly otherAdjustmentCents: number;
  /** A payment a reversal (CLP02 22) in this remittance took back. */
  readonly recoupedCents: number;
  /** Every denied amount, client-billable ones (PR-204) included, in posting order. */
  readonly denials: readonly SettlementDenial[];
}

/** One adjustment of the new adjudication as posted. */
export interface SettlementItem {
  readonly disposition: SettlementDisposition;
  readonly amountCents: number;
  /** Set when the adjustment is a denial (a denied service, a client-billable denial). */
  readonly denial?: SettlementDenial;
}

const total = (items: readonly SettlementItem[], d: SettlementDisposition): number =>
  sumCents(items.filter((i) => i.disposition === d).map((i) => i.amountCents));

/**
 * Reads a posting whole: from the new adjudication's posted adjustments, its payment, what a reversal took
 * back and whether the payer's claim status says denied (CLP02 4) [sources: x12-835-clp, x12-835, x12-carc].
 */
export function settleClaim(input: {
  readonly items: readonly SettlementItem[];
  readonly paidCents: number;
  readonly recoupedCents: number;
  readonly adjudicated: boolean;
  readonly deniedByStatus: boolean;
}): { settlement: RemittanceSettlement; reasons: Reason<BillingReasonCode>[] } {
  const { items, paidCents, recoupedCents, adjudicated, deniedByStatus } = input;
  const denials = items.flatMap((i) => (i.denial === undefined ? [] : [i.denial]));
  const amounts = {
    paidCents,
    clientOwesCents: total(items, 'client'),
    writtenOffCents: total(items, 'written_off'),
    deniedCents: total(items, 'denied'),
    appealableCents: sumCents(denials.filter((d) => d.appealable).map((d) => d.amountCents)),
    heldCents: total(items, 'held'),
    otherAdjustmentCents: total(items, 'other'),
    recoupedCents,
  };
  const kind = settlementKind(adjudicated, denials.length > 0 || deniedByStatus, amounts);
  const settlement: RemittanceSettlement = { kind, ...amounts, denials };
  return { settlement, reasons: settlementReasons(settlement, deniedByStatus) };
}

function settlementKind(
  adjudicated: boolean,
  denied: boolean,
  amounts: { readonly paidCents: number; readonly clientOwesCents: number },
): SettlementKind {
  if (!adjudicated) return 'recouped';
  if (denied) return amounts.paidCents > 0 ? 'partially_denied' : 'denied';
  if (amounts.paidCents > 0) return 'paid';
  return amounts.clientOwesCents > 0 ? 'client_share' : 'settled_without_payment';
}

function settlementReasons(s: RemittanceSettlement, deniedByStatus: boolean): Reason<BillingReasonCode>[] {
  switch (s.kind) {
    case 'client_share':
      return [
        reason(
          'billing.remittance.client_share_not_denial',
          'info',
          'Nothing was paid, and nothing was denied: the payer applied the allowed amount to the client’s share (deductible, coinsurance or copay). The client may be billed for it (a secondary payer first, when there is one); there is nothing to appeal.',
          {
            clientOwesCents: s.clientOwesCents,
            writtenOffCents: s.writtenOffCents,
            heldCents: s.heldCents,
          },
        ),
      ];
    case 'denied':
    case 'partially_denied':
      return [
        reason(
          'billing.remittance.denial_to_work',
          'warning',
          'The payer denied all or part of the claim: work each denied amount (appeal, correct and resubmit, or write off); only a client-billable denial may go to the client.',
          {
            kind: s.kind,
            claimStatusDenied: deniedByStatus,
            paidCents: s.paidCents,
            deniedCents: s.deniedCents,
            appealableCents: s.appealableCents,
            clientOwesCents: s.clientOwesCents,
            denials: s.denials.map((d) => `${d.group}-${d.carc}`),
          },
        ),
      ];
    case 'paid':
    case 'settled_without_payment':
    case 'recouped':
      return [];
    default: {
      const never: never = s.kind;
      return never;
    }
  }
}
