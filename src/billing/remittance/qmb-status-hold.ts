import type { Reason } from '../../core/index.js';
import { reason } from '../../core/index.js';
import { sortReasons } from '../../core/internal.js';
import type { PayerKind } from '../coverage/payer-profile.js';
import type { BillingReasonCode } from '../reason-codes.js';
import type { ClaimQmbFacts } from './claim-medicaid-facts.js';
import type { DenialTriageDecision } from './denial-triage.js';

// The triage's holds for a QMB status (or full Medicaid) not known: the ones a status not per claim leads to.
const STATUS_UNKNOWN: ReadonlySet<string> = new Set<BillingReasonCode>([
  'billing.denial.qmb_status_unknown',
  'billing.denial.medicaid_qmb_status_unknown',
]);

/**
 * Why an amount is held because the call's single-client QMB status was not applied to this claim (the
 * remittance pays several clients), or `undefined` when that status decides nothing here (internal). It
 * decides something when the triage, with the status not known, holds the amount for it, or bills it to the
 * client where a QMB without full Medicaid (`ifQmb`, evaluated only then) would owe none of it
 * [sources: usc-42-1396a, cms-mln-qmb-billing].
 */
export function qmbStatusNotPerClaim(
  facts: ClaimQmbFacts,
  triage: DenialTriageDecision,
  ifQmb: () => DenialTriageDecision,
  adj: { readonly group: string; readonly carc: string; readonly amountCents: number },
  payerKind: PayerKind | undefined,
): Reason<BillingReasonCode> | undefined {
  if (!facts.notPerClaim) return undefined;
  const decides =
    triage.reasons.some((r) => STATUS_UNKNOWN.has(r.code)) ||
    (triage.clientBillable && !ifQmb().clientBillable);
  if (!decides) return undefined;
  return reason(
    'billing.remittance.qmb_status_not_per_claim',
    'warning',
    'The remittance pays claims of more than one client, and whether the client is a Qualified Medicare Beneficiary (and has full Medicaid) was given once for the call: whose status it is is not known, so this claim is not judged on it and the amount is held, not billed to the client, until each claim’s status is given (medicaidFactsByClaim).',
    { group: adj.group, carc: adj.carc, amountCents: adj.amountCents, payerKind: payerKind ?? null },
  );
}

/**
 * Applies a {@link qmbStatusNotPerClaim} hold to a triage (internal, for the worklist; posting holds the
 * amount itself): an amount the triage would bill is `undecided`, reviewed by the biller; one it already
 * holds carries the reason too.
 */
export function holdQmbStatusNotPerClaim(
  triage: DenialTriageDecision,
  held: Reason<BillingReasonCode> | undefined,
): DenialTriageDecision {
  if (held === undefined) return triage;
  const [first, ...rest] = sortReasons([...triage.reasons, held]) as [
    Reason<BillingReasonCode>,
    ...Reason<BillingReasonCode>[],
  ];
  if (!triage.clientBillable) return { ...triage, reasons: [first, ...rest] };
  return {
    ...triage,
    outcome: 'undecided',
    action: 'review_manually',
    clientBillable: false,
    owner: triage.owner === 'assistant' ? 'biller' : triage.owner,
    reasons: [first, ...rest],
  };
}
