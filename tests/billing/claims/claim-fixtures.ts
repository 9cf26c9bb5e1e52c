// Shared builders for the billing II tests: a plain 90834 office claim and its variations.
import type { ClaimInput, ClaimLineInput } from '../../../src/billing/claims/claim.js';
import { evaluateClaimScrub } from '../../../src/billing/claims/scrubbing.js';
import type { ClaimStatus } from '../../../src/billing/claims/status.js';
import {
  COMMERCIAL_PAYER_PROFILE_EXAMPLE,
  MEDICARE_PAYER_PROFILE_EXAMPLE,
  type PayerProfile,
} from '../../../src/billing/coverage/payer-profile.js';

export const RENDERING_NPI = '1234567893';
export const BILLING_NPI = '1245319599';

export const COMMERCIAL: PayerProfile = COMMERCIAL_PAYER_PROFILE_EXAMPLE;
export const MEDICARE: PayerProfile = MEDICARE_PAYER_PROFILE_EXAMPLE;

export function line(overrides: Partial<ClaimLineInput> = {}): ClaimLineInput {
  return {
    lineId: '1',
    serviceDate: '2026-03-02',
    procedureCode: '90834',
    placeOfService: '11',
    units: 1,
    chargeCents: 15_000,
    diagnosisPointers: [1],
    ...overrides,
  };
}

export function claim(overrides: Partial<ClaimInput> = {}): ClaimInput {
  return {
    claimId: 'claim-1',
    clientId: 'client-1',
    payerId: COMMERCIAL.payerId,
    renderingNpi: RENDERING_NPI,
    billingNpi: BILLING_NPI,
    diagnosisCodes: ['F41.1'],
    lines: [line()],
    ...overrides,
  };
}

/** A claim walked through `path` of statuses, one move a day starting on `start`. */
export function claimThrough(
  path: readonly ClaimStatus[],
  start = '2026-03-03',
  overrides: Partial<ClaimInput> = {},
): ClaimInput {
  const history: { from: ClaimStatus; to: ClaimStatus; on: string }[] = [];
  let from: ClaimStatus = 'draft';
  let day = Date.UTC(Number(start.slice(0, 4)), Number(start.slice(5, 7)) - 1, Number(start.slice(8, 10)));
  for (const to of path) {
    history.push({ from, to, on: new Date(day).toISOString().slice(0, 10) });
    from = to;
    day += 86_400_000;
  }
  return claim({ status: from, history, ...overrides });
}

/**
 * `evaluateClaimScrub` for a client with no other claim on the claim's dates (`sameDayClaims: []`): the cases
 * about one claim's own rules, whose day is known to hold nothing else (a scrub without the day adds the info
 * reason `billing.scrub.same_day_claims_not_given`, tested in same-day-claims-outside.test.ts).
 */
export const scrubOnlyClaimOfDay: typeof evaluateClaimScrub = (c, p, o) =>
  evaluateClaimScrub(c, p, { sameDayClaims: [], ...o });
