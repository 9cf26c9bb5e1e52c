import type { PayerKind } from '../../billing/internal.js';
import type { PayerCredentialingPolicyInput } from '../../credentialing/index.js';
import type { PracticeData } from './practice-data.js';

/** A state Medicaid agency revalidates at least every 5 years [sources: cfr-42-455.414]. */
const MEDICAID_REVALIDATION_MONTHS = 60;

/**
 * How a payer renews a clinician's enrollment, from its billing kind: Medicare fee-for-service and a state
 * Medicaid agency revalidate every 5 years on their own notice [sources: cfr-42-424.515, cfr-42-455.414];
 * plans (Medicare Advantage, Medicaid managed care, commercial) recredential on the NCQA cycle. A
 * Medicare Advantage plan covers Medicare's benefits, so it is a `medicare_advantage` program (which
 * professions Medicare pays from when [sources: caa-2023-4121]) on a plan's cycle with no retro window.
 * A Medicaid managed care plan is paid with Medicaid's funds and its providers are enrolled with the state,
 * so it is a `medicaid` program (an OIG exclusion and a for-cause termination bar it
 * [sources: cfr-42-1001.1901, cfr-42-455.416]) on a plan's cycle with no retro window.
 */
function policyFromKind(payerId: string, kind: PayerKind): PayerCredentialingPolicyInput {
  switch (kind) {
    case 'medicare':
      return { payerId, program: 'medicare' };
    case 'medicaid':
      return { payerId, program: 'medicaid', revalidationMonths: MEDICAID_REVALIDATION_MONTHS };
    case 'medicare_advantage':
      // Medicare's benefit (marriage and family therapists and mental health counselors from 2024-01-01),
      // a plan's recredentialing cycle, and no retro window of its own by default.
      return { payerId, program: 'medicare_advantage' };
    case 'medicaid_managed_care':
      return { payerId, program: 'medicaid' };
    case 'commercial':
    case 'tricare':
    case 'other':
      return { payerId, program: 'commercial' };
    /* v8 ignore next -- unreachable: the union is exhausted above */
    default: {
      const exhausted: never = kind;
      return exhausted;
    }
  }
}

/**
 * The credentialing policy of every payer the practice bills: its own entry in `policies.credentialing`
 * when it has one, else one derived from the payer profile's kind, so a Medicare payer is never put on a
 * plan's recredentialing cycle for want of configuration.
 */
export function credentialingPayerPolicies(data: PracticeData): PayerCredentialingPolicyInput[] {
  const configured = data.policies.credentialing.payers;
  const known = new Set<string>(configured.map((p) => p.payerId));
  return [
    ...configured,
    ...data.payers.filter((p) => !known.has(p.payerId)).map((p) => policyFromKind(p.payerId, p.kind)),
  ];
}
