// Held cost sharing in the follow-up queue. Posting holds a Medicaid-exempt client's cost sharing
// (42 CFR 447.56(a); Medicaid's payment is payment in full, 42 CFR 447.15) and a Qualified Medicare
// Beneficiary's Medicare cost sharing (42 U.S.C. 1396a(n)(3)(B); CMS MLN "QMB billing") off the client. The
// balance keeps what it held and why, and the queue says "held: do not bill the client" with the amount and
// code, even when the payer paid the rest; the held cents are never in any client-billable amount.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildFollowUpQueue,
  getClientResponsibilityTotal,
  type PayerProfile,
  postRemittance,
} from '../../../src/billing/index.js';
import type { RemittanceInput } from '../../../src/billing/remittance/remittance.js';
import { COMMERCIAL, claim, MEDICARE } from './claim-fixtures.js';

const MEDICAID: PayerProfile = {
  ...COMMERCIAL,
  payerId: 'NY-MEDICAID' as PayerProfile['payerId'],
  kind: 'medicaid',
};

// A 90834 ($150) on 2026-03-02, filed 2026-03-05; the payer's 2026-04-06 remittance paid it.
const paidClaim = (payerId: string) =>
  claim({
    payerId,
    status: 'paid',
    history: [
      { from: 'draft', to: 'ready', on: '2026-03-05' },
      { from: 'ready', to: 'submitted', on: '2026-03-05' },
      { from: 'submitted', to: 'accepted', on: '2026-03-06' },
      { from: 'accepted', to: 'paid', on: '2026-04-06' },
    ],
  });

// Paid `paidCents`, the client's share `share` as PR, the rest CO-45.
const era = (
  payerId: string,
  paidCents: number,
  share: { carc: string; amountCents: number },
): RemittanceInput => ({
  remittanceId: 'era-2026-04-06',
  payerId,
  paidOn: '2026-04-06',
  claims: [
    {
      claimId: 'claim-1',
      chargeCents: 15_000,
      paidCents,
      lines: [
        {
          lineRef: '1',
          procedureCode: '90834',
          serviceDate: '2026-03-02',
          chargeCents: 15_000,
          paidCents,
          adjustments: [
            { group: 'CO', carc: '45', amountCents: 15_000 - paidCents - share.amountCents },
            { group: 'PR', carc: share.carc, amountCents: share.amountCents },
          ],
        },
      ],
    },
  ],
});

const heldReasonOf = (entry: {
  reasons: readonly { code: string; message: string; facts: Record<string, unknown> }[];
}) => entry.reasons.find((r) => r.code === 'billing.follow_up.cost_sharing_held');

describe('buildFollowUpQueue: cost sharing held off the client', () => {
  it('a QMB’s $22.40 Medicare coinsurance on a claim paid 2026-04-06: held, listed "do not bill the client"', () => {
    const posted = postRemittance(
      era(MEDICARE.payerId, 8_960, { carc: '2', amountCents: 2_240 }),
      [paidClaim(MEDICARE.payerId)],
      [],
      {
        payerKind: 'medicare',
        inNetwork: true,
        qualifiedMedicareBeneficiary: true,
      },
    );
    const balance = posted.balances[0];
    expect(balance?.heldCostSharing).toEqual([
      { code: 'billing.denial.qmb_cost_sharing_not_client', group: 'PR', carc: '2', amountCents: 2_240 },
    ]);
    expect(balance === undefined ? -1 : getClientResponsibilityTotal(balance)).toBe(0);
    const queue = buildFollowUpQueue(
      { claims: [paidClaim(MEDICARE.payerId)], balances: posted.balances, profiles: [MEDICARE] },
      { asOf: '2026-04-20' },
    );
    expect(queue.map((e) => [e.claimId, e.action, e.owner, e.heldFromClientCents])).toEqual([
      ['claim-1', 'resolve_held_cost_sharing', 'biller', 2_240],
    ]);
    const held = queue[0] === undefined ? undefined : heldReasonOf(queue[0]);
    expect(held?.message).toMatch(/^Held: do not bill the client\./);
    expect(held?.facts).toEqual({
      heldCents: 2_240,
      doNotBillClient: true,
      holds: [
        { code: 'billing.denial.qmb_cost_sharing_not_client', group: 'PR', carc: '2', amountCents: 2_240 },
      ],
    });
  });

  it('a 13-year-old’s $3 Medicaid copayment on 2026-03-02 (child exemption): held with its code', () => {
    const posted = postRemittance(
      era(MEDICAID.payerId, 6_000, { carc: '3', amountCents: 300 }),
      [paidClaim(MEDICAID.payerId)],
      [],
      {
        payerKind: 'medicaid',
        inNetwork: true,
        medicaidCostSharing: true,
        qualifiedMedicareBeneficiary: false,
        medicaidFactsByClaim: { 'claim-1': { clientBirthDate: '2012-05-10' } },
      },
    );
    expect(posted.balances[0]?.heldCostSharing).toEqual([
      { code: 'billing.remittance.medicaid_cost_sharing_exempt', group: 'PR', carc: '3', amountCents: 300 },
    ]);
    const [entry] = buildFollowUpQueue(
      { claims: [paidClaim(MEDICAID.payerId)], balances: posted.balances, profiles: [MEDICAID] },
      { asOf: '2026-04-20' },
    );
    expect(entry?.action).toBe('resolve_held_cost_sharing');
    expect(entry?.heldFromClientCents).toBe(300);
    expect(entry === undefined ? undefined : heldReasonOf(entry)?.facts.holds).toEqual([
      { code: 'billing.remittance.medicaid_cost_sharing_exempt', group: 'PR', carc: '3', amountCents: 300 },
    ]);
  });

  it('an adult Medicaid client with no exemption (2026-03-02): the $3 is theirs, nothing held, no queue entry', () => {
    const posted = postRemittance(
      era(MEDICAID.payerId, 6_000, { carc: '3', amountCents: 300 }),
      [paidClaim(MEDICAID.payerId)],
      [],
      {
        payerKind: 'medicaid',
        inNetwork: true,
        medicaidCostSharing: true,
        qualifiedMedicareBeneficiary: false,
        medicaidFactsByClaim: { 'claim-1': { clientBirthDate: '1980-07-01', medicaidExemptions: [] } },
      },
    );
    expect(posted.balances[0]?.heldCostSharing).toEqual([]);
    expect(posted.balances[0] === undefined ? -1 : getClientResponsibilityTotal(posted.balances[0])).toBe(
      300,
    );
    expect(
      buildFollowUpQueue(
        { claims: [paidClaim(MEDICAID.payerId)], balances: posted.balances, profiles: [MEDICAID] },
        { asOf: '2026-04-20' },
      ),
    ).toEqual([]);
  });

  it('property: held cents are never client responsibility, and the queue shows them held and never billable', () => {
    const bool = fc.option(fc.boolean(), { nil: undefined });
    fc.assert(
      fc.property(
        fc.constantFrom('1', '2', '3'),
        fc.integer({ min: 1, max: 6_000 }),
        fc.constantFrom('medicare' as const, 'medicaid' as const),
        fc.record({
          qualifiedMedicareBeneficiary: bool,
          fullMedicaidBenefits: bool,
          medicaidCostSharing: bool,
        }),
        fc.option(fc.constantFrom('2012-05-10', '1980-07-01'), { nil: undefined }),
        (carc, amountCents, payerKind, facts, clientBirthDate) => {
          const profile = payerKind === 'medicare' ? MEDICARE : MEDICAID;
          const posted = postRemittance(
            era(profile.payerId, 6_000, { carc, amountCents }),
            [paidClaim(profile.payerId)],
            [],
            {
              payerKind,
              inNetwork: true,
              ...facts,
              ...(clientBirthDate === undefined
                ? {}
                : { medicaidFactsByClaim: { 'claim-1': { clientBirthDate } } }),
            },
          );
          const balance = posted.balances[0];
          if (balance === undefined) throw new Error('no balance');
          const heldCents = balance.heldCostSharing.reduce((sum, h) => sum + h.amountCents, 0);
          // The PR amount is either the client's or held, never both, never lost.
          expect(getClientResponsibilityTotal(balance) + heldCents).toBe(amountCents);
          expect(heldCents).toBeLessThanOrEqual(balance.deniedCents);
          const queue = buildFollowUpQueue(
            { claims: [paidClaim(profile.payerId)], balances: posted.balances, profiles: [profile] },
            { asOf: '2026-04-20' },
          );
          const held = queue.reduce((sum, e) => sum + e.heldFromClientCents, 0);
          expect(held).toBe(heldCents);
          for (const entry of queue) {
            const r = heldReasonOf(entry);
            expect(r?.facts.heldCents ?? 0).toBe(entry.heldFromClientCents);
            for (const why of entry.reasons) {
              const next = Array.isArray(why.facts.nextActions) ? why.facts.nextActions : [];
              if (heldCents > 0) expect(next).not.toContain('bill_client');
            }
          }
        },
      ),
    );
  });
});
