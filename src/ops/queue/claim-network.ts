import type { Claim } from '../../billing/index.js';
import { getEarliestClaimServiceDate } from '../../billing/internal.js';
import { evaluatePayerNetworkStatus } from '../../credentialing/index.js';
import { billingLicenseTypeOf } from '../data/clinician-license-type.js';
import { credentialingPayerPolicies } from '../data/payer-credentialing.js';
import type { PracticeData } from '../data/practice-data.js';
import { opsReason } from './task-builder.js';
import type { WorkTask } from './work-task.js';

type Reasons = WorkTask['reasons'];

const SUMMARY = {
  out_of_network: [
    'ops.queue.claim_out_of_network',
    'error',
    'The clinician who treated was not in network with the claim’s payer on the date of service: check before submitting.',
  ],
  retro_billable: [
    'ops.queue.claim_network_retro_only',
    'warning',
    'The clinician who treated is in network on the date of service only once a pending enrollment takes effect retroactively.',
  ],
  undecided: [
    'ops.queue.claim_network_undecided',
    'warning',
    'Whether the clinician who treated was in network on the date of service could not be decided: a fact is missing.',
  ],
} as const;

/**
 * The network check of a claim about to be submitted: was the clinician who treated (the claim's
 * `renderingClinicianId`) in network with the claim's payer on its first date of service? Nothing is said
 * when they were, or when the claim does not record who treated (the scrubber asks for the rendering NPI).
 * The clinician's license type, from their credentials, lets Medicare's check know a marriage and family
 * therapist or mental health counselor (paid only from 2024-01-01).
 */
export function claimNetworkCheck(data: PracticeData): (claim: Claim) => Reasons {
  const policies = new Map(credentialingPayerPolicies(data).map((p) => [p.payerId, p]));
  const enrollments = new Map<string, PracticeData['enrollments']>();
  for (const e of data.enrollments) {
    const key = `${e.clinicianId}\u0000${e.payerId}`;
    enrollments.set(key, [...(enrollments.get(key) ?? []), e]);
  }
  return (claim) => {
    const clinicianId = claim.renderingClinicianId;
    if (clinicianId === undefined) return [];
    const serviceDate = getEarliestClaimServiceDate(claim);
    const payerPolicy = policies.get(claim.payerId);
    const licenseType = billingLicenseTypeOf(data, clinicianId);
    const decision = evaluatePayerNetworkStatus(
      enrollments.get(`${clinicianId}\u0000${claim.payerId}`) ?? [],
      {
        clinicianId,
        payerId: claim.payerId,
        serviceDate,
        ...(licenseType === undefined ? {} : { licenseType }),
      },
      payerPolicy === undefined ? {} : { payerPolicy },
    );
    if (decision.outcome === 'in_network') return [];
    const [code, severity, message] = SUMMARY[decision.outcome];
    return [
      opsReason(code, severity, message, { clinicianId, payerId: claim.payerId, serviceDate }),
      ...decision.reasons,
    ];
  };
}
