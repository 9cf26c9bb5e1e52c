import { bench, describe } from 'vitest';
import {
  type EligibilityBenefits,
  estimatePatientShare,
  estimatePatientShareBatch,
  estimatePatientShareSeries,
} from '../src/billing/index.js';
import { addDays } from '../src/core/index.js';

// 100,000 sessions over 50 deterministic plan shapes (no randomness: the same input on every run).
const N = 100_000;
const plans: EligibilityBenefits[] = Array.from({ length: 50 }, (_, i) => ({
  clientId: `cl-${i}` as EligibilityBenefits['clientId'],
  payerId: `payer-${i % 7}` as EligibilityBenefits['payerId'],
  verifiedOn: '2026-01-05',
  coverageActive: i % 23 !== 0,
  inNetwork: i % 19 !== 0,
  planStartsOn: '2026-01-01',
  planEndsOn: '2026-12-31',
  copayCents: (i % 4) * 1_000,
  copayBeforeDeductible: i % 3 === 0,
  coinsuranceBasisPoints: (i * 500) % 10_001,
  deductibleCents: 50_000 + i * 1_000,
  deductibleMetCents: (i * 997) % 50_000,
  outOfPocketMaximumCents: i % 5 === 0 ? null : 300_000,
  outOfPocketMetCents: i % 5 === 0 ? 0 : (i * 7_919) % 300_000,
  copayCountsTowardOutOfPocket: i % 2 === 0,
  visitLimit: i % 6 === 0 ? 30 : null,
  visitsUsed: i % 31,
  authorizationRequired: false,
}));
const requests = Array.from({ length: N }, (_, i) => ({
  allowedCents: 8_000 + ((i * 37) % 12_000),
  dateOfService: addDays('2026-01-01', i % 365),
}));
const records = requests.map((request, i) => ({ benefits: plans[i % plans.length], request }));

// Few samples: each one is 100,000 estimates, and the machine is shared.
const options = { time: 0, iterations: 7, warmupIterations: 2 };

describe('patient-share estimates, 100,000 sessions', () => {
  bench(
    "estimatePatientShareBatch (50 clients' benefits, 100,000 sessions, all validated)",
    () => {
      estimatePatientShareBatch(records);
    },
    options,
  );

  bench(
    'estimatePatientShareSeries (one client, accumulators carried)',
    () => {
      estimatePatientShareSeries(plans[1] as EligibilityBenefits, requests);
    },
    options,
  );

  bench(
    'estimatePatientShare called once per session',
    () => {
      for (let i = 0; i < N; i += 1)
        estimatePatientShare(plans[i % 50] as EligibilityBenefits, requests[i] as never);
    },
    options,
  );
});
