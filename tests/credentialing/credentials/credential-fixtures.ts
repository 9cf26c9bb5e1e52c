// Builders for credentialing tests: valid records with real dates, overridable field by field.
import fc from 'fast-check';
import { UsState } from '../../../src/core/index.js';
import { fromEpochDay, npiCheckDigit, toEpochDay } from '../../../src/core/internal.js';
import type {
  ClinicianCredentialsInput,
  CompactAuthorization,
  PayerEnrollmentInput,
  StateLicense,
} from '../../../src/credentialing/index.js';

/** The NPI CMS publishes as its example (valid check digit). */
export const NPI = '1234567893';
/** A second valid NPI, for groups. */
export const GROUP_NPI = `123456780${npiCheckDigit('123456780')}`;

export function license(over: Partial<StateLicense> = {}): StateLicense {
  return {
    state: 'CA',
    type: 'LMFT',
    number: 'LMFT 100',
    level: 'independent',
    status: 'active',
    issuedOn: '2024-07-01',
    expiresOn: '2026-06-30',
    ...over,
  };
}

/** A malpractice policy of $1M per claim and $3M aggregate, in force from `effectiveOn` to `expiresOn`. */
export function malpracticePolicy(policyNumber: string, effectiveOn: string, expiresOn: string) {
  return {
    carrier: 'CPH',
    policyNumber,
    effectiveOn,
    expiresOn,
    perClaimLimitCents: 100_000_000,
    aggregateLimitCents: 300_000_000,
  };
}

export function clinician(over: Partial<ClinicianCredentialsInput> = {}): ClinicianCredentialsInput {
  return { clinicianId: 'clin-ana', individualNpi: NPI, licenses: [license()], ...over };
}

export function enrollment(over: Partial<PayerEnrollmentInput> = {}): PayerEnrollmentInput {
  return {
    clinicianId: 'clin-ana',
    payerId: 'aetna',
    status: 'approved',
    effectiveOn: '2026-03-01',
    credentialedOn: '2026-02-10',
    ...over,
  } as PayerEnrollmentInput;
}

export function apit(
  over: Partial<Extract<CompactAuthorization, { kind: 'psypact_apit' }>> = {},
): CompactAuthorization {
  return {
    kind: 'psypact_apit',
    homeState: 'AZ',
    status: 'active',
    issuedOn: '2025-10-01',
    expiresOn: '2026-09-30',
    ...over,
  };
}

const DAY_2020 = toEpochDay('2020-01-01');
const DAY_2030 = toEpochDay('2030-12-31');

/** A real calendar date between 2020 and 2030 (leap days included). */
export const dateArb = fc.integer({ min: DAY_2020, max: DAY_2030 }).map(fromEpochDay);
/** A few states, so generated records often hit the queried one. */
export const stateArb = fc.constantFrom<UsState>('CA', 'AZ', 'NV', 'TX', 'NY');
export const ALL_STATES = UsState.options;

/** A pair of dates, the second strictly after the first. */
export const dateRangeArb = fc
  .tuple(fc.integer({ min: DAY_2020, max: DAY_2030 }), fc.integer({ min: 1, max: 1500 }))
  .map(([start, len]) => [fromEpochDay(start), fromEpochDay(start + len)] as const);

/**
 * A Medicare claim submitted after every date of service a test asks about: deactivation for no claims
 * (42 CFR 424.540(a)(1)) is not what those tests check, and has its own.
 */
export const CLAIMS_SUBMITTED = { lastClaimSubmittedOn: '2029-12-03' } as const;
