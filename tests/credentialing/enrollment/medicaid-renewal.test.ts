// Medicaid's two renewal cycles: a state Medicaid agency revalidates every enrolled provider at least every 5 years
// (42 CFR 455.414); a Medicaid managed care plan credentials and recredentials on its own documented process
// (42 CFR 438.214; NCQA CR: every 36 months). Which one a payer is is data, never guessed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, compareDates } from '../../../src/core/index.js';
import {
  buildCredentialingCalendar,
  evaluatePayerNetworkStatus,
  PayerCredentialingPolicy,
  type PayerCredentialingPolicyInput,
  type PayerNetworkDecision,
} from '../../../src/credentialing/index.js';
import { thrown } from '../../validation-subject.js';
import { dateArb, enrollment } from '../credentials/credential-fixtures.js';

type Delivery = 'fee_for_service' | 'managed_care' | undefined;

const policy = (delivery: Delivery): PayerCredentialingPolicyInput => ({
  payerId: 'tx-medicaid',
  program: 'medicaid',
  ...(delivery === undefined ? {} : { medicaidDelivery: delivery }),
});
const codes = (d: PayerNetworkDecision) => d.reasons.map((r) => r.code);
const inNetworkFacts = (d: PayerNetworkDecision) =>
  d.reasons.find((r) => r.code === 'credentialing.network.in_network')?.facts;
// An LCSW enrolled with Texas Medicaid since 2016-04-01, last revalidated (or recredentialed) on `credentialedOn`.
const check = (delivery: Delivery, serviceDate: string, credentialedOn = '2021-03-15') =>
  evaluatePayerNetworkStatus(
    [enrollment({ payerId: 'tx-medicaid', effectiveOn: '2016-04-01', credentialedOn })],
    { clinicianId: 'clin-ana', payerId: 'tx-medicaid', serviceDate, licenseType: 'LCSW' },
    { payerPolicy: policy(delivery) },
  );

describe('PayerCredentialingPolicy: Medicaid delivery (42 CFR 455.414, 438.214)', () => {
  it('revalidates the state agency every 60 months and puts a managed care plan on the 36-month cycle', () => {
    const ffs = PayerCredentialingPolicy.parse(policy('fee_for_service'));
    expect([ffs.revalidationMonths, ffs.medicaidDelivery]).toEqual([60, 'fee_for_service']);
    const mco = PayerCredentialingPolicy.parse(policy('managed_care'));
    expect([mco.revalidationMonths, mco.recredentialingMonths, mco.medicaidDelivery]).toEqual([
      null,
      36,
      'managed_care',
    ]);
  });

  it('reads a revalidation cycle as the state agency; null says nothing (a parsed unknown policy carries it)', () => {
    const agency = PayerCredentialingPolicy.parse({ ...policy(undefined), revalidationMonths: 60 });
    expect(agency.medicaidDelivery).toBe('fee_for_service');
    const unsaid = PayerCredentialingPolicy.parse({ ...policy(undefined), revalidationMonths: null });
    expect(unsaid.medicaidDelivery).toBeUndefined();
  });

  it('property: parsing a parsed policy decides nothing new', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Delivery>('fee_for_service', 'managed_care', undefined),
        fc.option(fc.integer({ min: 1, max: 120 }), { nil: undefined }),
        (delivery, months) => {
          fc.pre(delivery !== 'managed_care' || months === undefined);
          const once = PayerCredentialingPolicy.parse({
            ...policy(delivery),
            ...(months === undefined ? {} : { revalidationMonths: months }),
          });
          expect(PayerCredentialingPolicy.parse(once)).toEqual(once);
        },
      ),
    );
  });

  it('leaves the delivery out, not guessed, when the policy says neither', () => {
    const unknown = PayerCredentialingPolicy.parse(policy(undefined));
    expect(unknown.medicaidDelivery).toBeUndefined();
    expect('medicaidDelivery' in unknown).toBe(false);
  });

  it('rejects a delivery that contradicts the policy, by path and code', () => {
    for (const bad of [
      { payerId: 'aetna', program: 'commercial', medicaidDelivery: 'managed_care' },
      { ...policy('fee_for_service'), revalidationMonths: null },
      { ...policy('managed_care'), revalidationMonths: 60 },
    ] as PayerCredentialingPolicyInput[]) {
      const error = thrown(() =>
        evaluatePayerNetworkStatus(
          [],
          { clinicianId: 'c', payerId: bad.payerId, serviceDate: '2026-01-05' },
          {
            payerPolicy: bad,
          },
        ),
      );
      expect(error.issues.map((i) => [i.at, i.code])).toEqual([
        ['$.options.payerPolicy.medicaidDelivery', 'credentialing.policy.medicaid_delivery_conflict'],
      ]);
    }
  });
});

describe('evaluatePayerNetworkStatus: Medicaid renewal', () => {
  it('fee-for-service: revalidated 2021-03-15, due 2026-03-15 (5 years to the day, not the month end CMS uses)', () => {
    const onDue = check('fee_for_service', '2026-03-15');
    expect(onDue.outcome).toBe('in_network');
    expect(codes(onDue)).not.toContain('credentialing.network.revalidation_overdue');
    expect(inNetworkFacts(onDue)).toMatchObject({ revalidationDueOn: '2026-03-15', revalidationMonths: 60 });
    const after = check('fee_for_service', '2026-03-16');
    expect(after.outcome).toBe('in_network');
    expect(codes(after)).toContain('credentialing.network.revalidation_overdue');
    expect(codes(after)).not.toContain('credentialing.network.recredentialing_overdue');
  });

  it('fee-for-service: a revalidation on 2024-02-29 is due 2029-02-28', () => {
    const d = check('fee_for_service', '2029-03-01', '2024-02-29');
    expect(
      d.reasons.find((r) => r.code === 'credentialing.network.revalidation_overdue')?.facts,
    ).toMatchObject({
      revalidationDueOn: '2029-02-28',
    });
  });

  it('managed care: recredentialed 2023-06-01, due 2026-06-30 on the NCQA cycle (counted to the month)', () => {
    expect(codes(check('managed_care', '2026-06-30', '2023-06-01'))).not.toContain(
      'credentialing.network.recredentialing_overdue',
    );
    const after = check('managed_care', '2026-07-01', '2023-06-01');
    expect(codes(after)).toContain('credentialing.network.recredentialing_overdue');
    expect(codes(after)).not.toContain('credentialing.network.revalidation_overdue');
  });

  it('unknown delivery: asks which it is (a warning) and checks no date, even 6 years on', () => {
    const d = check(undefined, '2027-06-01');
    expect(d.outcome).toBe('in_network');
    expect(codes(d)).toContain('credentialing.network.medicaid_renewal_unknown');
    expect(codes(d)).not.toContain('credentialing.network.recredentialing_overdue');
    expect(codes(d)).not.toContain('credentialing.network.revalidation_overdue');
    expect(d.reasons.find((r) => r.code === 'credentialing.network.medicaid_renewal_unknown')?.severity).toBe(
      'warning',
    );
  });

  it('property: the delivery decides the renewal reason, never the outcome', () => {
    fc.assert(
      fc.property(dateArb, dateArb, (credentialedOn, serviceDate) => {
        const [ffs, mco, unknown] = (['fee_for_service', 'managed_care', undefined] as const).map((x) =>
          check(x, serviceDate, credentialedOn),
        ) as [PayerNetworkDecision, PayerNetworkDecision, PayerNetworkDecision];
        expect(mco.outcome).toBe(ffs.outcome);
        expect(unknown.outcome).toBe(ffs.outcome);
        expect(codes(ffs)).not.toContain('credentialing.network.recredentialing_overdue');
        expect(codes(mco)).not.toContain('credentialing.network.revalidation_overdue');
        expect(codes(unknown)).not.toContain('credentialing.network.revalidation_overdue');
        expect(codes(unknown)).not.toContain('credentialing.network.recredentialing_overdue');
        if (ffs.outcome !== 'in_network') return;
        expect(codes(unknown)).toContain('credentialing.network.medicaid_renewal_unknown');
        const due = addMonths(credentialedOn, 60);
        expect(codes(ffs).includes('credentialing.network.revalidation_overdue')).toBe(
          compareDates(serviceDate, due) > 0,
        );
        expect(codes(mco).includes('credentialing.network.recredentialing_overdue')).toBe(
          // counted to the month: late only from the month after the 36th
          serviceDate.slice(0, 7) > addMonths(credentialedOn, 36).slice(0, 7),
        );
      }),
    );
  });
});

// The calendar's status codes beside each entry's own.
const STATUS = new Set(['credentialing.deadline.alert', 'credentialing.deadline.overdue']);

describe('buildCredentialingCalendar: Medicaid renewal', () => {
  const calendar = (delivery: Delivery) =>
    buildCredentialingCalendar(
      {
        clinicians: [],
        enrollments: [
          enrollment({ payerId: 'tx-medicaid', effectiveOn: '2016-04-01', credentialedOn: '2021-03-15' }),
        ],
      },
      { asOf: '2026-01-05', payers: [policy(delivery)] },
    ).deadlines.map((d) => [
      d.kind,
      d.dueOn,
      d.severity,
      d.reasons.map((r) => r.code).find((c) => c.startsWith('credentialing.deadline.') && !STATUS.has(c)),
    ]);

  it('puts the state agency on the revalidation calendar, due 2026-03-15', () => {
    expect(calendar('fee_for_service')).toEqual([
      ['revalidation', '2026-03-15', 'warning', 'credentialing.deadline.revalidation'],
    ]);
  });

  it('puts a managed care plan on the recredentialing calendar (36 months to the month: 2024-03-31, overdue)', () => {
    expect(calendar('managed_care')).toEqual([
      ['recredentialing', '2024-03-31', 'error', 'credentialing.deadline.recredentialing'],
    ]);
  });

  it('asks for the delivery now, and guesses no date, when the policy does not say', () => {
    expect(calendar(undefined)).toEqual([
      ['payer_policy_needed', '2026-01-05', 'warning', 'credentialing.deadline.medicaid_delivery_unknown'],
    ]);
  });
});
