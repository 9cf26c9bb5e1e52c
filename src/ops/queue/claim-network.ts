import type { Claim } from '../../billing/index.js';
import { evaluatePayerNetworkStatus, type PayerNetworkDecision } from '../../credentialing/index.js';
import { networkFactsOf } from '../data/clinician-license-type.js';
import { credentialingPayerPolicies } from '../data/payer-credentialing.js';
import type { PracticeData } from '../data/practice-data.js';
import { claimExclusionCheck } from './claim-exclusion.js';
import { opsReason } from './task-builder.js';
import type { WorkTask } from './work-task.js';

type Reasons = WorkTask['reasons'];

const SUMMARY = {
  out_of_network: [
    'ops.queue.claim_out_of_network',
    'error',
    'The clinician who treated was not in network with the claim’s payer on a date of service: check before submitting.',
  ],
  undecided: [
    'ops.queue.claim_network_undecided',
    'warning',
    'Whether the clinician who treated was in network on a date of service could not be decided: a fact is missing.',
  ],
  retro_billable: [
    'ops.queue.claim_network_retro_only',
    'warning',
    'A date of service is before the clinician’s effective date with the payer, inside its retroactive billing window: billable only under the payer’s retro rule.',
  ],
} as const;

/** The answers that need a word before submitting, worst first. */
const NOT_IN_NETWORK = ['out_of_network', 'undecided', 'retro_billable'] as const;

/**
 * The network check of a claim about to be submitted: was the clinician who treated (the claim's
 * `renderingClinicianId`) in network with the claim's payer on **each** date of service of its lines? A
 * participation that ends, or starts, between two lines makes one line out of network, so every distinct date
 * is read [sources: cfr-42-424.520, cfr-42-424.521]. Nothing is said when every date is in network, or when the
 * claim does not record who treated (the scrubber asks for the rendering NPI). Each answer that is not in
 * network gets one summary reason, worst first, naming its dates (`serviceDates`; `serviceDate` is the first),
 * followed by the module's reasons for the first of them. The clinician's license type, from their
 * credentials, lets Medicare's check know a marriage and family therapist or mental health counselor (paid
 * only from 2024-01-01).
 */
export function claimNetworkCheck(data: PracticeData): (claim: Claim) => Reasons {
  const policies = new Map(credentialingPayerPolicies(data).map((p) => [p.payerId, p]));
  const enrollments = new Map<string, PracticeData['enrollments']>();
  for (const e of data.enrollments) {
    const key = `${e.clinicianId}\u0000${e.payerId}`;
    enrollments.set(key, [...(enrollments.get(key) ?? []), e]);
  }
  const exclusionOf = claimExclusionCheck(data);
  // The network answer for the clinician who treated, then the exclusions it does not read (a supervisor's).
  return (claim) => [...networkOf(claim), ...exclusionOf(claim)];
  function networkOf(claim: Claim): Reasons {
    const clinicianId = claim.renderingClinicianId;
    if (clinicianId === undefined) return [];
    const payerPolicy = policies.get(claim.payerId);
    const facts = networkFactsOf(data, clinicianId);
    const records = enrollments.get(`${clinicianId}\u0000${claim.payerId}`) ?? [];
    const dates = [...new Set(claim.lines.map((l) => l.serviceDate))].sort();
    const byOutcome = new Map<
      PayerNetworkDecision['outcome'],
      { dates: string[]; first: PayerNetworkDecision }
    >();
    for (const serviceDate of dates) {
      const decision = evaluatePayerNetworkStatus(
        records,
        {
          clinicianId,
          payerId: claim.payerId,
          serviceDate,
          ...facts,
        },
        payerPolicy === undefined ? {} : { payerPolicy },
      );
      const seen = byOutcome.get(decision.outcome);
      if (seen === undefined) byOutcome.set(decision.outcome, { dates: [serviceDate], first: decision });
      else seen.dates.push(serviceDate);
    }
    const reasons: WorkTask['reasons'][number][] = [];
    for (const outcome of NOT_IN_NETWORK) {
      const found = byOutcome.get(outcome);
      if (found === undefined) continue;
      const [code, severity, message] = SUMMARY[outcome];
      reasons.push(
        opsReason(code, severity, message, {
          clinicianId,
          payerId: claim.payerId,
          serviceDate: found.dates[0] ?? null,
          serviceDates: found.dates,
        }),
        ...found.first.reasons,
      );
    }
    return reasons;
  }
}
