import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DENIAL_CODE_TABLE } from '../../../src/billing/remittance/denial-codes.js';
import { triageDenial } from '../../../src/billing/remittance/denial-triage.js';
import {
  type ClaimBalance,
  getClientResponsibilityTotal,
  postRemittance,
} from '../../../src/billing/remittance/posting.js';
import type { RemittanceInput } from '../../../src/billing/remittance/remittance.js';
import { claim } from '../claims/claim-fixtures.js';

// A $150 session on 2026-03-02 (the fixture claim), remitted on 2026-04-10.
const entryOf = (
  paidCents: number,
  adjustments: { group: 'CO' | 'PR'; carc: string; amountCents: number }[],
) => era([{ claimId: 'claim-1', chargeCents: 15_000, paidCents, adjustments }]);
const era = (claims: RemittanceInput['claims']): RemittanceInput => ({
  remittanceId: 'era-1',
  payerId: 'commercial-example',
  paidOn: '2026-04-10',
  claims,
});
const commercialInNetwork = {
  payerKind: 'commercial' as const,
  inNetwork: true,
  hasSecondaryCoverage: false,
};

describe('postRemittance: what it posts to the client agrees with the denial triage’s action', () => {
  it('PR-59 $40 out of network (a multiple-procedure reduction): the client’s balance, as triage bills it; in network written off', () => {
    const adj = [{ group: 'PR' as const, carc: '59', amountCents: 4_000 }];
    const out = postRemittance(entryOf(11_000, adj), [claim()], [], {
      ...commercialInNetwork,
      inNetwork: false,
    });
    expect(out.balances[0]).toMatchObject({
      contractualCents: 0,
      clientResponsibility: { otherCents: 4_000 },
    });
    expect(triageDenial(adj[0] as (typeof adj)[0], { ...commercialInNetwork, inNetwork: false }).action).toBe(
      'bill_client',
    );
    const inNet = postRemittance(entryOf(11_000, adj), [claim()], [], commercialInNetwork);
    expect(inNet.balances[0]).toMatchObject({
      contractualCents: 4_000,
      clientResponsibility: { otherCents: 0 },
    });
  });

  it('property: an amount triage writes off is never posted to the client, and one it bills to the client always is', () => {
    const bool = fc.option(fc.boolean(), { nil: undefined });
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(DENIAL_CODE_TABLE)),
        fc.constantFrom('CO' as const, 'PR' as const),
        fc.option(fc.constantFrom('medicare', 'commercial', 'medicaid') as fc.Arbitrary<'commercial'>, {
          nil: undefined,
        }),
        bool,
        bool,
        (carc, group, payerKind, inNetwork, medicaidCostSharing) => {
          const adj = { group, carc, amountCents: 4_000, remarks: ['N130'] };
          const r = postRemittance(
            era([{ claimId: 'claim-1', chargeCents: 15_000, paidCents: 11_000, adjustments: [adj] }]),
            [claim()],
            [],
            { payerKind, inNetwork, medicaidCostSharing },
          );
          const triage = triageDenial(adj, {
            payerKind,
            inNetwork,
            medicaidCostSharing,
            hasSecondaryCoverage: false,
          });
          const toClient = getClientResponsibilityTotal(r.balances[0] as ClaimBalance);
          expect(triage.action === 'write_off' && toClient > 0).toBe(false);
          expect(toClient).toBe(triage.clientBillable ? 4_000 : 0);
        },
      ),
    );
  });
});
