import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDates } from '../../../src/core/index.js';
import { evaluatePayerNetworkStatus, type PayerNetworkDecision } from '../../../src/credentialing/index.js';
import { CLAIMS_SUBMITTED, dateArb, enrollment } from '../credentials/credential-fixtures.js';
import { endedByCancellation, medicareOptOutArb, optOutStandsOn } from './medicare-opt-out-fixtures.js';

const codes = (d: PayerNetworkDecision) => d.reasons.map((r) => r.code);
const medicare = { payerPolicy: { payerId: 'medicare', program: 'medicare' } } as const;
const ma = { payerPolicy: { payerId: 'humana-ma', program: 'medicare_advantage' } } as const;
// A psychologist enrolled with Medicare since 2022-01-03 who opted out from 2025-01-01 (renewing).
const enrolled = [
  enrollment({
    payerId: 'medicare',
    effectiveOn: '2022-01-03',
    credentialedOn: '2022-01-03',
    ...CLAIMS_SUBMITTED,
  }),
];
const q = (serviceDate: string, more: object = {}) => ({
  clinicianId: 'clin-ana',
  payerId: 'medicare',
  serviceDate,
  licenseType: 'psychologist' as const,
  medicareOptOut: { effectiveOn: '2025-01-01' },
  ...more,
});

describe('evaluatePayerNetworkStatus: emergency or urgent care by an opted-out clinician (42 CFR 405.440)', () => {
  it('bills Medicare for urgent care on 2026-04-01 to a client who signed no private contract', () => {
    const d = evaluatePayerNetworkStatus(
      enrolled,
      q('2026-04-01', { emergencyOrUrgentCare: true, privateContractSigned: false }),
      medicare,
    );
    expect(d.outcome).toBe('in_network');
    expect(codes(d)).toContain('credentialing.medicare.opt_out_emergency_claim');
    expect(codes(d)).not.toContain('credentialing.medicare.opted_out');
    const claim = d.reasons.find((r) => r.code === 'credentialing.medicare.opt_out_emergency_claim');
    expect(claim).toMatchObject({
      severity: 'warning',
      facts: { emergencyOrUrgentCare: true, privateContractSigned: false, optOutPeriod: 1 },
    });
    expect(claim?.message).toContain('submit the claim to Medicare');
  });

  it('holds it for a person when no enrollment makes it billable: the claim still goes to Medicare, never to the client', () => {
    const d = evaluatePayerNetworkStatus(
      [],
      q('2026-04-01', { emergencyOrUrgentCare: true, privateContractSigned: false }),
      medicare,
    );
    expect(d.outcome).toBe('undecided');
    expect(codes(d)).toEqual([
      'credentialing.network.not_enrolled',
      'credentialing.medicare.opt_out_emergency_claim',
    ]);
  });

  it('keeps the private contract’s rule: with one signed before, the care is under it (out of network)', () => {
    const d = evaluatePayerNetworkStatus(
      enrolled,
      q('2026-04-01', { emergencyOrUrgentCare: true, privateContractSigned: true }),
      medicare,
    );
    expect(d.outcome).toBe('out_of_network');
    expect(codes(d)).toEqual(['credentialing.medicare.opted_out']);
  });

  it('is undecided when it is not said whether the care was emergency or urgent, or whether a contract was signed', () => {
    const unknownCare = evaluatePayerNetworkStatus(enrolled, q('2025-01-01'), medicare);
    expect(unknownCare.outcome).toBe('undecided');
    expect(codes(unknownCare)).toEqual(['credentialing.medicare.opt_out_care_unknown']);
    expect(unknownCare.reasons[0]).toMatchObject({
      severity: 'warning',
      facts: { emergencyOrUrgentCare: null, outcomeOtherwise: 'in_network' },
    });
    const unknownContract = evaluatePayerNetworkStatus(
      enrolled,
      q('2025-01-01', { emergencyOrUrgentCare: true }),
      medicare,
    );
    expect(unknownContract.outcome).toBe('undecided');
    expect(codes(unknownContract)).toEqual(['credentialing.medicare.private_contract_unknown']);
    // The day before the opt-out nothing is asked.
    expect(evaluatePayerNetworkStatus(enrolled, q('2024-12-31'), medicare).outcome).toBe('in_network');
  });

  it('reads a Medicare Advantage plan the same way', () => {
    const plan = [
      enrollment({ payerId: 'humana-ma', effectiveOn: '2022-01-03', credentialedOn: '2022-01-03' }),
    ];
    const mq = (more: object) => ({ ...q('2026-04-01', more), payerId: 'humana-ma' });
    expect(evaluatePayerNetworkStatus(plan, mq({}), ma).outcome).toBe('undecided');
    expect(
      evaluatePayerNetworkStatus(plan, mq({ emergencyOrUrgentCare: true, privateContractSigned: false }), ma)
        .outcome,
    ).toBe('in_network');
    expect(evaluatePayerNetworkStatus(plan, mq({ emergencyOrUrgentCare: false }), ma).outcome).toBe(
      'out_of_network',
    );
  });

  it('bills Medicare only for emergency or urgent care without a contract, refuses only what is known to be otherwise, and changes nothing outside the opt-out (property)', () => {
    const flag = fc.option(fc.boolean(), { nil: undefined });
    fc.assert(
      fc.property(
        fc.constantFrom(medicare, ma),
        medicareOptOutArb,
        dateArb,
        flag,
        flag,
        fc.boolean(),
        (options, medicareOptOut, serviceDate, emergencyOrUrgentCare, privateContractSigned, isEnrolled) => {
          const payerId = options.payerPolicy.payerId;
          const recs = isEnrolled
            ? [
                enrollment({
                  payerId,
                  effectiveOn: '2019-01-02',
                  credentialedOn: '2019-01-02',
                  ...CLAIMS_SUBMITTED,
                }),
              ]
            : [];
          const base = {
            clinicianId: 'clin-ana',
            payerId,
            serviceDate,
            licenseType: 'psychologist' as const,
          };
          const facts = {
            ...(emergencyOrUrgentCare === undefined ? {} : { emergencyOrUrgentCare }),
            ...(privateContractSigned === undefined ? {} : { privateContractSigned }),
          };
          const d = evaluatePayerNetworkStatus(recs, { ...base, medicareOptOut, ...facts }, options);
          const without = evaluatePayerNetworkStatus(recs, base, options);
          const stands = optOutStandsOn(medicareOptOut, serviceDate);
          // After a cancellation Medicare fee-for-service does not count the 2019 enrollment again.
          const notReEnrolled =
            !stands &&
            options === medicare &&
            isEnrolled &&
            endedByCancellation(medicareOptOut) &&
            'endsOn' in medicareOptOut &&
            compareDates(serviceDate, medicareOptOut.endsOn) >= 0;
          if (notReEnrolled) {
            expect(d.outcome).toBe('out_of_network');
            expect(codes(d)).toContain('credentialing.medicare.opt_out_cancelled_not_enrolled');
            return;
          }
          if (!stands) {
            expect(d).toEqual(without);
            return;
          }
          const billMedicare = emergencyOrUrgentCare === true && privateContractSigned === false;
          const known =
            emergencyOrUrgentCare === false ||
            (emergencyOrUrgentCare === true && privateContractSigned !== undefined);
          if (billMedicare) {
            expect(codes(d)).toContain('credentialing.medicare.opt_out_emergency_claim');
            expect(d.outcome).toBe(without.outcome === 'out_of_network' ? 'undecided' : without.outcome);
          } else if (known) {
            expect(d.outcome).toBe('out_of_network');
            expect(codes(d)).toContain('credentialing.medicare.opted_out');
          } else {
            expect(d.outcome).toBe('undecided');
          }
          // Never the patient's bill on a guess: out of network only when the facts say so.
          if (d.outcome === 'out_of_network') expect(known && !billMedicare).toBe(true);
        },
      ),
    );
  });
});
