import type { LocalDate, Reason } from '../../core/index.js';
import { reason } from '../../core/index.js';
import { compareText, sortReasons } from '../../core/internal.js';
import {
  type MedicaidCostSharingExemption,
  type MedicaidExemptionFinding,
  medicaidExemptionOf,
} from '../coverage/medicaid-exemption.js';
import type { PayerKind } from '../coverage/payer-profile.js';
import type { BillingReasonCode } from '../reason-codes.js';
import type { DenialTriageDecision } from './denial-triage.js';

/** The client's facts a Medicaid remittance's cost sharing is checked against (internal). */
export interface MedicaidExemptionFacts {
  readonly payerKind?: PayerKind | undefined;
  readonly clientBirthDate?: LocalDate | undefined;
  readonly medicaidExemptions?: readonly MedicaidCostSharingExemption[] | undefined;
  /** The call gave one client's facts for a remittance of several clients: they are not this claim's. */
  readonly notPerClaim?: boolean | undefined;
}

/**
 * Why a patient-responsibility amount the denial triage would bill to a Medicaid client is held off their
 * ledger, or `undefined` when it stays theirs (not Medicaid, or no exemption on any date of service).
 * A client exempt under 42 CFR 447.56(a) on every date the amount covers owes none of it; Medicaid's payment
 * is then payment in full [sources: cfr-42-447.56, cfr-42-447.15, fr-89-22780]. Exemptions not given, a
 * pregnancy before 2024-06-03 (only pregnancy-related services exempt), or exempt on some dates of a
 * claim-level amount and not others: held for review, never billed by default. Internal.
 */
export function medicaidExemptionHold(
  facts: MedicaidExemptionFacts,
  datesOfService: readonly LocalDate[],
  adj: { readonly group: string; readonly carc: string; readonly amountCents: number },
): Reason<BillingReasonCode> | undefined {
  const kind = facts.payerKind;
  if (kind !== 'medicaid' && kind !== 'medicaid_managed_care') return undefined;
  const dates = [...new Set(datesOfService)].sort(compareText);
  if (facts.notPerClaim === true) {
    return reason(
      'billing.remittance.medicaid_exemptions_not_per_claim',
      'warning',
      'The remittance pays claims of more than one client, and the Medicaid exemptions and birth date were given once for the call: whose they are is not known, so this claim is not judged on them and the amount is held, not billed to the client, until each claim’s facts are given (medicaidFactsByClaim).',
      {
        group: adj.group,
        carc: adj.carc,
        amountCents: adj.amountCents,
        payerKind: kind,
        datesOfService: dates,
      },
    );
  }
  if (dates.length === 0) return undatedHold(facts, { ...adj, payerKind: kind });
  const findings = dates.map((d) =>
    medicaidExemptionOf(facts.clientBirthDate, d, facts.medicaidExemptions, adj.amountCents, kind),
  );
  const exempt = findings.filter((f) => f.kind === 'exempt');
  const base = {
    group: adj.group,
    carc: adj.carc,
    amountCents: adj.amountCents,
    payerKind: kind,
    datesOfService: dates,
  };
  if (exempt.length === findings.length) {
    return reason(
      'billing.remittance.medicaid_cost_sharing_exempt',
      'warning',
      'The client is exempt from Medicaid cost sharing for this session (42 CFR 447.56(a)) and Medicaid’s payment is payment in full: the patient responsibility the payer assigned is held among the denied amounts, never billed to the client. Ask the payer to reprocess the claim, or write it off.',
      { ...base, exemptions: exemptionsOf(exempt) },
    );
  }
  const undecided = findings.find((f) => f.kind === 'undecided');
  if (undecided?.reason.code === 'billing.estimate.medicaid_pregnancy_service_unknown') {
    return reason(
      'billing.remittance.medicaid_pregnancy_service_unknown',
      'warning',
      'The client is pregnant or postpartum, and before 2024-06-03 a state could charge them only for services its plan names as not pregnancy-related: the amount is held, not billed to the client, until the state says whether this session is pregnancy-related.',
      base,
    );
  }
  if (undecided !== undefined || exempt.length > 0) {
    return reason(
      'billing.remittance.medicaid_exemption_unknown',
      'warning',
      exempt.length > 0
        ? 'The client is exempt from Medicaid cost sharing (42 CFR 447.56(a)) on some dates of service of this claim and not others, and the payer put the amount on the claim as a whole: it is held, not billed to the client, until it is known which dates it covers.'
        : 'A Medicaid client owes no cost sharing when an exemption of 42 CFR 447.56(a) holds (a child, pregnancy or postpartum, hospice, an institution, an American Indian or Alaska Native served by an Indian health care provider, the breast and cervical cancer program, emergency or family planning services…), and whether one holds is not known: the amount is held, not billed to the client, until the exemptions are checked (an empty list says none holds).',
      { ...base, exemptions: exemptionsOf(exempt) },
    );
  }
  return undefined;
}

function exemptionsOf(findings: readonly MedicaidExemptionFinding[]): string[] {
  const all = findings.flatMap((f) => {
    const listed = f.kind === 'exempt' ? f.reason.facts.exemptions : undefined;
    return Array.isArray(listed) ? (listed as string[]) : [];
  });
  return [...new Set(all)].sort(compareText);
}

// No date of service known (a remittance line without one): an exemption the host listed for the client's
// sessions holds on any date, except a pregnancy, which before 2024-06-03 exempted only pregnancy-related
// services; a child's age needs the date. Whatever is left open is held, never billed [sources: cfr-42-447.56].
function undatedHold(
  facts: MedicaidExemptionFacts,
  adj: {
    readonly group: string;
    readonly carc: string;
    readonly amountCents: number;
    readonly payerKind: PayerKind;
  },
): Reason<BillingReasonCode> | undefined {
  const listed = facts.medicaidExemptions;
  const anyDate = [...new Set((listed ?? []).filter((x) => x !== 'pregnant_or_postpartum'))].sort(
    compareText,
  );
  const base = { ...adj, datesOfService: [] };
  if (anyDate.length > 0) {
    return reason(
      'billing.remittance.medicaid_cost_sharing_exempt',
      'warning',
      'The client is exempt from Medicaid cost sharing for this session (42 CFR 447.56(a)) and Medicaid’s payment is payment in full: the patient responsibility the payer assigned is held among the denied amounts, never billed to the client. Ask the payer to reprocess the claim, or write it off.',
      { ...base, exemptions: anyDate },
    );
  }
  const pregnant = listed?.includes('pregnant_or_postpartum') === true;
  if (listed !== undefined && !pregnant && facts.clientBirthDate === undefined) return undefined;
  return reason(
    'billing.remittance.medicaid_exemption_unknown',
    'warning',
    'Whether the client is exempt from Medicaid cost sharing (42 CFR 447.56(a)) depends on the date of service (a child’s age, a pregnancy before 2024-06-03) or on exemptions not given, and the date of service is not known: the amount is held, not billed to the client, until the date and the exemptions are known.',
    { ...base, exemptions: [] },
  );
}

/**
 * Applies {@link medicaidExemptionHold} to a triage that would bill a Medicaid client their cost sharing
 * (internal, for the denial triage and worklist; posting holds the amount itself). Exempt: never the client's,
 * written off (`billing.remittance.medicaid_cost_sharing_exempt`); not known: `undecided`, reviewed by the biller
 * once the host gives the exemptions (`billing.remittance.medicaid_exemption_unknown`,
 * `billing.remittance.medicaid_pregnancy_service_unknown`) [sources: cfr-42-447.56, cfr-42-447.15].
 */
export function holdExemptCostSharing(
  triage: DenialTriageDecision,
  facts: MedicaidExemptionFacts,
  datesOfService: readonly LocalDate[],
  adj: { readonly group: string; readonly carc: string; readonly amountCents: number },
): DenialTriageDecision {
  if (triage.outcome !== 'classified' || !triage.clientBillable) return triage;
  const held = medicaidExemptionHold(facts, datesOfService, adj);
  if (held === undefined) return triage;
  const [first, ...rest] = sortReasons([...triage.reasons, held]) as [
    Reason<BillingReasonCode>,
    ...Reason<BillingReasonCode>[],
  ];
  const data = {
    ...triage,
    clientBillable: false,
    owner: triage.owner === 'assistant' ? ('biller' as const) : triage.owner,
  };
  if (held.code === 'billing.remittance.medicaid_cost_sharing_exempt')
    return { ...data, outcome: 'classified', action: 'write_off', reasons: [first, ...rest] };
  return { ...data, outcome: 'undecided', action: 'review_manually', reasons: [first, ...rest] };
}
