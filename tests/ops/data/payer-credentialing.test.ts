import { describe, expect, it } from 'vitest';
import { PayerCredentialingPolicy } from '../../../src/credentialing/index.js';
import { credentialingPayerPolicies } from '../../../src/ops/data/payer-credentialing.js';
import type { PracticeData } from '../../../src/ops/index.js';
import { PracticePolicies } from '../../../src/ops/internal.js';
import { smallPractice } from '../practice-fixtures.js';

const parsed = (data: PracticeData) =>
  new Map(credentialingPayerPolicies(data).map((p) => [p.payerId, PayerCredentialingPolicy.parse(p)]));

describe('credentialingPayerPolicies', () => {
  it('revalidates Medicare and a state Medicaid agency every 60 months, recredentials plans, and gives a Medicare Advantage plan Medicare’s benefit', () => {
    const data = smallPractice();
    data.payers.push(
      {
        ...structuredClone(data.payers[0] as PracticeData['payers'][number]),
        payerId: 'ma-plan' as never,
        kind: 'medicare_advantage',
      },
      {
        ...structuredClone(data.payers[0] as PracticeData['payers'][number]),
        payerId: 'mco' as never,
        kind: 'medicaid_managed_care',
      },
    );
    const kinds = new Map(data.payers.map((p) => [p.payerId as string, p.kind]));
    for (const [payerId, policy] of parsed(data)) {
      const kind = kinds.get(payerId);
      expect(policy.revalidationMonths, `${payerId} (${kind})`).toBe(
        kind === 'medicare' || kind === 'medicaid' ? 60 : null,
      );
      expect(policy.program).toBe(
        kind === 'medicare'
          ? 'medicare'
          : kind === 'medicare_advantage'
            ? 'medicare_advantage'
            : kind === 'medicaid' || kind === 'medicaid_managed_care'
              ? 'medicaid'
              : 'commercial',
      );
      // Medicare fee-for-service alone has the 30-day retro window (42 CFR 424.521(a)).
      expect(policy.retroBillingDays).toBe(kind === 'medicare' ? 30 : 0);
    }
    expect(kinds.get('ma-plan')).toBe('medicare_advantage');
    expect([...kinds.values()]).toEqual(expect.arrayContaining(['medicare', 'medicaid', 'commercial']));
  });

  it('keeps the practice’s own policy for a payer it configured', () => {
    const data = smallPractice();
    data.policies = PracticePolicies.parse({
      credentialing: { payers: [{ payerId: 'medicare', program: 'medicare', revalidationMonths: null }] },
    });
    const medicare = parsed(data).get('medicare');
    expect(medicare?.revalidationMonths).toBeNull();
    expect(credentialingPayerPolicies(data).filter((p) => p.payerId === 'medicare')).toHaveLength(1);
  });

  it('takes a configured Medicaid policy’s delivery from the payer profile (42 CFR 455.414: the agency revalidates every 5 years; 438.214: a plan recredentials)', () => {
    const data = smallPractice();
    const medicaid = data.payers.find((p) => p.kind === 'medicaid');
    expect(medicaid).toBeDefined();
    data.payers.push({
      ...structuredClone(data.payers[0] as PracticeData['payers'][number]),
      payerId: 'mco' as never,
      kind: 'medicaid_managed_care',
    });
    data.policies = PracticePolicies.parse({
      credentialing: {
        payers: [
          { payerId: medicaid?.payerId, program: 'medicaid' },
          { payerId: 'mco', program: 'medicaid' },
          { payerId: 'unlisted-medicaid', program: 'medicaid' },
        ],
      },
    });
    const policies = parsed(data);
    expect(policies.get(medicaid?.payerId as string)?.revalidationMonths).toBe(60);
    expect(policies.get(medicaid?.payerId as string)?.medicaidDelivery).toBe('fee_for_service');
    expect(policies.get('mco')?.medicaidDelivery).toBe('managed_care');
    expect(policies.get('mco')?.revalidationMonths).toBeNull();
    // No profile says which it is: left unknown, asked for by the network check and the calendar.
    expect(policies.get('unlisted-medicaid')?.medicaidDelivery).toBeUndefined();
  });
});
