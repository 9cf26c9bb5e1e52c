import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Remittance, reversalAmountsNotNegated } from '../../../src/billing/remittance/remittance.js';
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

  // X12 835 CLP02 22: a reversal repeats the payment it takes back with its amounts negated [x12-835-clp].
  const issuesOf = (claim: Record<string, unknown>) => {
    const result = safeValidate(Remittance, era([claim]), 'remittance');
    return result.success ? [] : result.error.issues.map((i) => [i.at, i.code]);
  };

  it('refuses a status 22 reversal carrying the original 2026-03-02 payment unnegated (charge $150, paid $90)', () => {
    const positive = {
      claimId: 'claim-1',
      claimStatusCode: '22',
      chargeCents: 15_000,
      paidCents: 9_000,
      adjustments: [{ group: 'CO', carc: '45', amountCents: 6_000 }],
    };
    expect(issuesOf(positive)).toEqual([
      ['$.claims[0].chargeCents', 'billing.remittance.reversal_not_negated'],
      ['$.claims[0].paidCents', 'billing.remittance.reversal_not_negated'],
    ]);
    const result = safeValidate(Remittance, era([positive]), 'remittance');
    expect(result.success ? '' : result.error.message).not.toMatch(/15000|9000|6000/);
  });

  it('refuses a status 22 reversal whose charge is negated but whose payment is not', () => {
    expect(
      issuesOf({
        claimId: 'claim-1',
        claimStatusCode: '22',
        chargeCents: -15_000,
        paidCents: 9_000,
        adjustments: [{ group: 'CO', carc: '45', amountCents: -24_000 }],
      }),
    ).toEqual([['$.claims[0].paidCents', 'billing.remittance.reversal_not_negated']]);
  });

  it('leaves a claim with no status and a negative payment to posting, which reads it as a reversal', () => {
    expect(
      issuesOf({
        claimId: 'claim-1',
        chargeCents: 15_000,
        paidCents: -9_000,
        adjustments: [{ group: 'CO', carc: '45', amountCents: 24_000 }],
      }),
    ).toEqual([]);
  });

  it('accepts a negated reversal of a payment and of a denial (payment 0), and a status 22 of zero amounts', () => {
    expect(
      issuesOf({
        claimId: 'claim-1',
        claimStatusCode: '22',
        chargeCents: -15_000,
        paidCents: -9_000,
        adjustments: [{ group: 'CO', carc: '45', amountCents: -6_000 }],
      }),
    ).toEqual([]);
    expect(
      issuesOf({
        claimId: 'claim-1',
        claimStatusCode: '22',
        chargeCents: -15_000,
        paidCents: 0,
        adjustments: [{ group: 'CO', carc: '50', amountCents: -15_000 }],
      }),
    ).toEqual([]);
    expect(issuesOf({ claimId: 'claim-1', claimStatusCode: '22', chargeCents: 0, paidCents: 0 })).toEqual([]);
  });

  it('property: a claim is refused as a reversal not negated exactly when its status is 22 and it holds a positive amount', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(undefined, '1', '4', '19', '22'),
        fc.integer({ min: -50_000, max: 50_000 }),
        fc.integer({ min: -50_000, max: 50_000 }),
        (status, chargeCents, paidCents) => {
          // Balanced by one claim adjustment, so only the sign rule can refuse it.
          const claim = {
            claimId: 'claim-1',
            ...(status === undefined ? {} : { claimStatusCode: status }),
            chargeCents,
            paidCents,
            adjustments: [{ group: 'CO', carc: '45', amountCents: chargeCents - paidCents }],
          };
          const expected =
            status === '22' ? (['chargeCents', 'paidCents'] as const).filter((k) => claim[k] > 0) : [];
          expect(issuesOf(claim)).toEqual(
            expected.map((k) => [`$.claims[0].${k}`, 'billing.remittance.reversal_not_negated']),
          );
          expect(reversalAmountsNotNegated(claim)).toEqual(expected);
        },
      ),
    );
  });
});
