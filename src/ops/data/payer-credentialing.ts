import type { PayerKind } from '../../billing/internal.js';
import type { PayerCredentialingPolicyInput } from '../../credentialing/index.js';
import { MEDICAID_REVALIDATION_MONTHS } from '../../credentialing/internal.js';
import type { PracticeData } from './practice-data.js';

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
      // The state agency: revalidated at least every 5 years [sources: cfr-42-455.414].
      return { payerId, program: 'medicaid', medicaidDelivery: 'fee_for_service' };
    case 'medicare_advantage':
      // Medicare's benefit (marriage and family therapists and mental health counselors from 2024-01-01),
      // a plan's recredentialing cycle, and no retro window of its own by default.
      return { payerId, program: 'medicare_advantage' };
    case 'medicaid_managed_care':
      // A plan: recredentialed on its own documented cycle [sources: cfr-42-438.214, ncqa-cr].
      return { payerId, program: 'medicaid', medicaidDelivery: 'managed_care' };
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
  const kinds = new Map(data.payers.map((p) => [p.payerId as string, p.kind]));
  return [
    ...configured.map((p) => withMedicaidDelivery(p, kinds.get(p.payerId))),
    ...data.payers.filter((p) => !known.has(p.payerId)).map((p) => policyFromKind(p.payerId, p.kind)),
  ];
}

/**
 * A configured Medicaid policy that does not say whether the payer is the state agency or a plan takes it from
 * the payer profile's kind (`medicaid`: the agency, revalidated every 5 years; `medicaid_managed_care`: a plan,
 * recredentialed) [sources: cfr-42-455.414, cfr-42-438.214]. A policy that says it itself
 * (`medicaidDelivery`, or `revalidationMonths`, which the parsed policy reads as one) is kept as configured; with
 * neither and no such profile, the network check and the calendar ask for it.
 */
function withMedicaidDelivery(
  policy: PayerCredentialingPolicyInput,
  kind: PayerKind | undefined,
): PayerCredentialingPolicyInput {
  // Parsed, a policy that set `revalidationMonths` already carries its delivery.
  if (policy.program !== 'medicaid' || policy.medicaidDelivery !== undefined) return policy;
  if (kind === 'medicaid')
    return {
      ...policy,
      medicaidDelivery: 'fee_for_service',
      revalidationMonths: MEDICAID_REVALIDATION_MONTHS,
    };
  if (kind === 'medicaid_managed_care')
    return { ...policy, medicaidDelivery: 'managed_care', revalidationMonths: null };
  return policy;
}
