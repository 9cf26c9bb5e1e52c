import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../../../src/core/index.js';
import { fromEpochDay, toEpochDay } from '../../../src/core/internal.js';
import {
  evaluatePayerNetworkStatus,
  type PayerCredentialingPolicyInput,
  type PayerEnrollmentInput,
} from '../../../src/credentialing/index.js';
import { LicenseType } from '../../../src/credentialing/internal.js';
import { GROUP_NPI } from '../credentials/credential-fixtures.js';

// Third-pass audit: the network check (the library's "enrolled", "in network" and "ok to bill") is never a yes
// built on a date that is not recorded. Each property leaves one date out, whatever else the records hold.
const BILLABLE = new Set(['in_network', 'retro_billable']);

const dayArb = (from: string, to: string) =>
  fc.integer({ min: toEpochDay(from), max: toEpochDay(to) }).map(fromEpochDay);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
/** Keeps only the keys that hold a value (the schemas are strict: no key with undefined is sent). */
const defined = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

const POLICIES: readonly PayerCredentialingPolicyInput[] = [
  { payerId: 'p', program: 'commercial' },
  { payerId: 'p', program: 'medicaid', medicaidDelivery: 'fee_for_service' },
  { payerId: 'p', program: 'medicaid', medicaidDelivery: 'managed_care' },
  { payerId: 'p', program: 'medicare' },
  { payerId: 'p', program: 'medicare_advantage' },
];

describe('no missing date turns into a bill', () => {
  it('never bills an approved or terminated enrollment whose effective date is not recorded, for any payer (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...POLICIES),
        fc.constantFrom('approved' as const, 'terminated' as const),
        dayArb('2020-01-01', '2029-12-31'),
        fc.record({
          approvedAfter: maybe(fc.integer({ min: 0, max: 200 })),
          terminatedAfter: maybe(fc.integer({ min: 1, max: 2000 })),
          lastClaimAfter: maybe(fc.integer({ min: 0, max: 2000 })),
          credentialed: fc.boolean(),
        }),
        dayArb('2020-01-01', '2030-12-31'),
        maybe(fc.constantFrom(...LicenseType.options)),
        (policy, status, submittedOn, d, serviceDate, licenseType) => {
          const approvedOn =
            d.approvedAfter === undefined ? undefined : addDays(submittedOn, d.approvedAfter);
          const enrollment = defined({
            clinicianId: 'clin-ana',
            payerId: 'p',
            status,
            submittedOn,
            approvedOn,
            credentialedOn: d.credentialed ? approvedOn : undefined,
            // A terminated record must say when (the schema asks for it); an approved one may.
            terminatedOn:
              d.terminatedAfter === undefined
                ? status === 'terminated'
                  ? addDays(submittedOn, 1)
                  : undefined
                : addDays(submittedOn, d.terminatedAfter),
            lastClaimSubmittedOn:
              d.lastClaimAfter === undefined ? undefined : addDays(submittedOn, d.lastClaimAfter),
          }) as PayerEnrollmentInput;
          const decision = evaluatePayerNetworkStatus(
            [enrollment],
            defined({ clinicianId: 'clin-ana', payerId: 'p', serviceDate, licenseType }),
            { payerPolicy: policy },
          );
          expect(BILLABLE.has(decision.outcome)).toBe(false);
        },
      ),
    );
  });

  it('never bills Medicare once 12 months without a claim could have run and no claim date is recorded (property)', () => {
    fc.assert(
      fc.property(
        dayArb('2024-01-01', '2027-12-31'),
        fc.integer({ min: 0, max: 900 }),
        (effectiveOn, after) => {
          // CMS may deactivate from the first day of the 13th month after the effective date's (42 CFR 424.540(a)(1)).
          const deactivationFrom = addMonths(`${effectiveOn.slice(0, 8)}01`, 12);
          const serviceDate = addDays(deactivationFrom, after);
          const decision = evaluatePayerNetworkStatus(
            [
              {
                clinicianId: 'clin-ana',
                payerId: 'medicare',
                status: 'approved',
                effectiveOn,
                credentialedOn: effectiveOn,
              },
            ],
            { clinicianId: 'clin-ana', payerId: 'medicare', serviceDate, licenseType: 'LCSW' },
            { payerPolicy: { payerId: 'medicare', program: 'medicare' } },
          );
          expect(BILLABLE.has(decision.outcome)).toBe(false);
          expect(decision.reasons.map((r) => r.code)).toContain('credentialing.medicare.last_claim_unknown');
        },
      ),
    );
  });

  it('never bills Medicare under a group whose reassignment records neither its filing nor its effective date (property)', () => {
    fc.assert(
      fc.property(
        dayArb('2024-01-01', '2027-12-31'),
        fc.integer({ min: 0, max: 300 }),
        (effectiveOn, after) => {
          const decision = evaluatePayerNetworkStatus(
            [
              {
                clinicianId: 'clin-ana',
                payerId: 'medicare',
                status: 'approved',
                effectiveOn,
                credentialedOn: effectiveOn,
                lastClaimSubmittedOn: addDays(effectiveOn, after),
                reassignments: [{ groupNpi: GROUP_NPI }],
              },
            ],
            {
              clinicianId: 'clin-ana',
              payerId: 'medicare',
              serviceDate: addDays(effectiveOn, after),
              licenseType: 'LCSW',
              billingGroupNpi: GROUP_NPI,
            },
            { payerPolicy: { payerId: 'medicare', program: 'medicare' } },
          );
          expect(decision.outcome).toBe('undecided');
          expect(decision.reasons.map((r) => r.code)).toContain(
            'credentialing.medicare.reassignment_pending',
          );
        },
      ),
    );
  });
});
