// listDenialsToWork with the client's secondary coverage not given: a client share is never read as the
// client's to pay when a secondary payer might owe it first (coordination of benefits: the secondary is billed
// with the primary's remittance before the client [sources: x12-835, x12-carc]).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listDenialsToWork } from '../../../src/billing/remittance/denial-worklist.js';
import type { RemittanceInput } from '../../../src/billing/remittance/remittance.js';

// Aetna's 835 of 2026-04-10: 90834 allowed $120.00, paid $90.00, $30.00 coinsurance (PR-2) to the client.
const era = (group: 'PR' | 'CO', carc: string, amountCents: number): RemittanceInput => ({
  remittanceId: 'era-2026-04-10',
  payerId: 'aetna',
  paidOn: '2026-04-10',
  claims: [
    {
      claimId: 'claim-1',
      chargeCents: 15_000,
      paidCents: 9_000,
      lines: [
        {
          procedureCode: '90834',
          serviceDate: '2026-03-02',
          chargeCents: 15_000,
          paidCents: 9_000,
          adjustments: [
            { group: 'CO', carc: '45', amountCents: 6_000 - amountCents },
            { group, carc, amountCents },
          ],
        },
      ],
    },
  ],
});
const commercial = { payerKind: 'commercial', inNetwork: true } as const;

describe('listDenialsToWork: secondary coverage not given', () => {
  it('the $30 coinsurance of 2026-03-02 is listed undecided, to check coverage before billing the client', () => {
    const [item, ...rest] = listDenialsToWork(era('PR', '2', 3_000), commercial);
    expect(rest).toEqual([]);
    expect(item).toMatchObject({ claimId: 'claim-1', group: 'PR', carc: '2', amountCents: 3_000 });
    expect(item?.triage).toMatchObject({
      outcome: 'undecided',
      action: 'verify_coverage_and_rebill',
      clientBillable: false,
    });
    expect(item?.triage.reasons.map((r) => r.code)).toContain('billing.denial.secondary_coverage_unknown');
  });

  it('known: no secondary, the client’s share is not a denial; a secondary, it is billed there first (not listed)', () => {
    expect(listDenialsToWork(era('PR', '2', 3_000), { ...commercial, hasSecondaryCoverage: false })).toEqual(
      [],
    );
    expect(listDenialsToWork(era('PR', '2', 3_000), { ...commercial, hasSecondaryCoverage: true })).toEqual(
      [],
    );
  });

  it('a CO denial does not depend on it: CO-97 is listed alike with the coverage known or not', () => {
    const unknown = listDenialsToWork(era('CO', '97', 3_000), commercial);
    const none = listDenialsToWork(era('CO', '97', 3_000), { ...commercial, hasSecondaryCoverage: false });
    expect(unknown).toEqual(none);
    expect(unknown.map((i) => [i.carc, i.triage.action])).toEqual([['97', 'correct_and_resubmit']]);
  });

  it('property: unknown coverage lists everything a known "none" lists, and nothing it adds is billable to the client', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('1', '2', '3', '45', '96', '97', '204', '27'),
        fc.constantFrom<'PR' | 'CO'>('PR', 'CO'),
        fc.integer({ min: 1, max: 6_000 }),
        fc.constantFrom('commercial', 'medicare_advantage', 'medicaid') as fc.Arbitrary<
          'commercial' | 'medicare_advantage' | 'medicaid'
        >,
        (carc, group, amountCents, payerKind) => {
          const facts = {
            payerKind,
            inNetwork: true,
            qualifiedMedicareBeneficiary: false,
            medicaidCostSharing: true,
          };
          const unknown = listDenialsToWork(era(group, carc, amountCents), facts);
          const none = listDenialsToWork(era(group, carc, amountCents), {
            ...facts,
            hasSecondaryCoverage: false,
          });
          const key = (i: (typeof unknown)[number]) => `${i.lineIndex}:${i.group}-${i.carc}`;
          const unknownKeys = new Set(unknown.map(key));
          for (const i of none) expect(unknownKeys.has(key(i))).toBe(true);
          for (const i of unknown) expect(i.triage.clientBillable).toBe(false);
        },
      ),
    );
  });
});
