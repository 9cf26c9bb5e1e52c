import { describe, expect, it } from 'vitest';
import { Remittance } from '../../../src/billing/remittance/remittance.js';
import { safeValidate } from '../../../src/core/index.js';

const era = (claims: unknown[]) => ({
  remittanceId: 'era-1',
  payerId: 'payer-1',
  paidOn: '2026-04-10',
  claims,
});

describe('Remittance', () => {
  it('accepts a balanced claim: charge = paid + claim and line adjustments', () => {
    const r = Remittance.parse(
      era([
        {
          claimId: 'claim-1',
          chargeCents: 15_000,
          paidCents: 8_500,
          adjustments: [{ group: 'OA', carc: '23', amountCents: 500 }],
          lines: [
            {
              procedureCode: '90834',
              chargeCents: 15_000,
              paidCents: 9_000,
              adjustments: [
                { group: 'CO', carc: '45', amountCents: 4_000 },
                { group: 'PR', carc: '3', amountCents: 2_000 },
              ],
            },
          ],
        },
      ]),
    );
    expect(r.claims[0]?.lines[0]?.modifiers).toEqual([]);
  });

  it('rejects a remittance that does not balance, naming every problem and echoing no amount', () => {
    const result = safeValidate(
      Remittance,
      era([
        {
          claimId: 'claim-1',
          chargeCents: 15_000,
          paidCents: 9_100,
          lines: [
            {
              procedureCode: '90834',
              chargeCents: 14_000,
              paidCents: 9_000,
              adjustments: [{ group: 'CO', carc: '45', amountCents: 4_000 }],
            },
          ],
        },
      ]),
      'remittance',
    );
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((i) => [i.at, i.code])).toEqual([
      ['$.claims[0].lines[0]', 'billing.remittance.unbalanced_line'],
      ['$.claims[0]', 'billing.remittance.unbalanced'],
      ['$.claims[0].lines', 'billing.remittance.line_charges_mismatch'],
    ]);
    expect(result.error.message).not.toMatch(/15000|9100|14000/);
  });

  it('rejects an unknown group code such as OI', () => {
    const result = safeValidate(
      Remittance,
      era([
        {
          claimId: 'claim-1',
          chargeCents: 100,
          paidCents: 0,
          adjustments: [{ group: 'OI', carc: '45', amountCents: 100 }],
        },
      ]),
      'remittance',
    );
    expect(result.success ? [] : result.error.issues.map((i) => [i.at, i.code])).toEqual([
      ['$.claims[0].adjustments[0].group', 'invalid_value'],
    ]);
  });
});
