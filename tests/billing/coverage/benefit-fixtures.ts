// A verified in-network plan for 2026 (a $500 deductible with $350 met, 20 % coinsurance) and a March session's
// allowed amount: shared by the estimate tests, the all-arguments table and the exports' sample calls.
import type { EligibilityBenefits } from '../../../src/billing/index.js';

export const verifiedPlan: EligibilityBenefits = {
  clientId: 'cl-ava' as EligibilityBenefits['clientId'],
  payerId: 'aetna-ppo' as EligibilityBenefits['payerId'],
  verifiedOn: '2026-01-05',
  coverageActive: true,
  inNetwork: true,
  planStartsOn: '2026-01-01',
  planEndsOn: '2026-12-31',
  copayCents: 0,
  copayBeforeDeductible: false,
  coinsuranceBasisPoints: 2000,
  deductibleCents: 50_000,
  deductibleMetCents: 35_000,
  outOfPocketMaximumCents: 300_000,
  outOfPocketMetCents: 35_000,
  copayCountsTowardOutOfPocket: true,
  visitLimit: null,
  noVisitLimit: true,
  visitsUsed: 0,
  authorizationRequired: false,
};
export const marchSession = { allowedCents: 12_000, dateOfService: '2026-03-02' };
