// The follow-up queue and a Medicaid client exempt from cost sharing (42 CFR 447.56(a); Medicaid's payment
// is payment in full, 42 CFR 447.15): what posting holds off the client stays insurance money at stake in the
// queue, and no queue step ever bills it to the client.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildFollowUpQueue,
  getClientResponsibilityTotal,
  listDenialsToWork,
  MedicaidCostSharingExemption,
  type PayerProfile,
  postRemittance,
} from '../../../src/billing/index.js';
import type { RemittanceInput } from '../../../src/billing/remittance/remittance.js';
import { COMMERCIAL, claim, line } from './claim-fixtures.js';

const MEDICAID: PayerProfile = {
  ...COMMERCIAL,
  payerId: 'NY-MEDICAID' as PayerProfile['payerId'],
  kind: 'medicaid',
};

// A 90834 ($150) and a 90785 ($30) on 2026-03-02, filed 2026-03-05, partly paid by the 2026-04-06 remittance.
const medicaidClaim = (n: number) =>
  claim({
    claimId: `claim-${n}`,
    clientId: `client-${n}`,
    payerId: MEDICAID.payerId,
    lines: [line({ lineId: '1' }), line({ lineId: '2', procedureCode: '90785', chargeCents: 3_000 })],
    status: 'partially_paid',
    history: [
      { from: 'draft', to: 'ready', on: '2026-03-05' },
      { from: 'ready', to: 'submitted', on: '2026-03-05' },
      { from: 'submitted', to: 'accepted', on: '2026-03-06' },
      { from: 'accepted', to: 'partially_paid', on: '2026-04-06' },
    ],
  });

// New York Medicaid's 2026-04-06 remittance: the 90834 paid $60 with `share` as PR and the rest CO-45; the
// 90785 denied CO-97 (bundled).
const era = (ids: readonly number[], share: { carc: string; amountCents: number }): RemittanceInput => ({
  remittanceId: 'era-2026-04-06',
  payerId: MEDICAID.payerId,
  paidOn: '2026-04-06',
  claims: ids.map((n) => ({
    claimId: `claim-${n}`,
    chargeCents: 18_000,
    paidCents: 6_000,
    lines: [
      {
        lineRef: '1',
        procedureCode: '90834',
        serviceDate: '2026-03-02',
        chargeCents: 15_000,
        paidCents: 6_000,
        adjustments: [
          { group: 'CO', carc: '45', amountCents: 9_000 - share.amountCents },
          { group: 'PR', carc: share.carc, amountCents: share.amountCents },
        ],
      },
      {
        lineRef: '2',
        procedureCode: '90785',
        serviceDate: '2026-03-02',
        chargeCents: 3_000,
        paidCents: 0,
        adjustments: [{ group: 'CO', carc: '97', amountCents: 3_000 }],
      },
    ],
  })),
});
const plan = {
  payerKind: 'medicaid' as const,
  inNetwork: true,
  hasSecondaryCoverage: false,
  medicaidCostSharing: true,
  qualifiedMedicareBeneficiary: false,
};
const nextActionsOf = (entry: { reasons: readonly { code: string; facts: Record<string, unknown> }[] }) =>
  entry.reasons.flatMap((r) => (Array.isArray(r.facts.nextActions) ? (r.facts.nextActions as string[]) : []));

describe('buildFollowUpQueue: a Medicaid client exempt from cost sharing', () => {
  it('a 13-year-old’s $3 copayment held by posting is at stake in the queue ($33), never billed; an adult’s is theirs ($30)', () => {
    const facts = {
      'claim-1': { clientBirthDate: '2012-05-10', qualifiedMedicareBeneficiary: false },
      'claim-2': {
        clientBirthDate: '1980-07-01',
        medicaidExemptions: [],
        qualifiedMedicareBeneficiary: false,
      },
    };
    const { qualifiedMedicareBeneficiary: _once, ...state } = plan;
    const posted = postRemittance(
      era([1, 2], { carc: '3', amountCents: 300 }),
      [medicaidClaim(1), medicaidClaim(2)],
      [],
      {
        ...state,
        medicaidFactsByClaim: facts,
      },
    );
    const queue = buildFollowUpQueue(
      { claims: [medicaidClaim(1), medicaidClaim(2)], balances: posted.balances, profiles: [MEDICAID] },
      { asOf: '2026-04-20' },
    );
    expect(queue.map((e) => [e.claimId, e.action, e.balanceCents])).toEqual([
      ['claim-1', 'correct_and_resubmit', 3_300],
      ['claim-2', 'correct_and_resubmit', 3_000],
    ]);
    for (const entry of queue) expect(nextActionsOf(entry)).not.toContain('bill_client');
    // The worklist lists the same $3 to write off for claim-1, and leaves claim-2's to the client.
    const held = listDenialsToWork(era([1, 2], { carc: '3', amountCents: 300 }), {
      ...state,
      medicaidFactsByClaim: facts,
    }).filter((i) => i.group === 'PR');
    expect(held.map((i) => [i.claimId, i.amountCents, i.triage.action])).toEqual([
      ['claim-1', 300, 'write_off'],
    ]);
  });

  it('property: an exempt client’s held amount is never the client’s in the ledger nor billable in the follow-up queue', () => {
    const bool = fc.option(fc.boolean(), { nil: undefined });
    fc.assert(
      fc.property(
        fc.constantFrom('1', '2', '3'),
        fc.integer({ min: 1, max: 9_000 }),
        fc.uniqueArray(fc.constantFrom(...MedicaidCostSharingExemption.options), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.record({
          medicaidCostSharing: bool,
          qualifiedMedicareBeneficiary: bool,
          fullMedicaidBenefits: bool,
        }),
        (carc, amountCents, exemptions, facts) => {
          const posted = postRemittance(era([1], { carc, amountCents }), [medicaidClaim(1)], [], {
            payerKind: 'medicaid',
            ...facts,
            medicaidFactsByClaim: { 'claim-1': { medicaidExemptions: exemptions } },
          });
          const balance = posted.balances[0];
          if (balance === undefined) throw new Error('no balance');
          expect(getClientResponsibilityTotal(balance)).toBe(0);
          const queue = buildFollowUpQueue(
            { claims: [medicaidClaim(1)], balances: posted.balances, profiles: [MEDICAID] },
            { asOf: '2026-04-20' },
          );
          expect(queue).toHaveLength(1);
          // Held as the payer's to reprocess or write off: the whole PR amount is at stake with the denial.
          expect(queue[0]?.balanceCents).toBe(3_000 + amountCents);
          for (const entry of queue) {
            expect(nextActionsOf(entry)).not.toContain('bill_client');
            expect(nextActionsOf(entry)).not.toContain('bill_secondary');
          }
        },
      ),
    );
  });
});
