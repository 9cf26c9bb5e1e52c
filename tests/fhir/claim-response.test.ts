import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ClaimInput,
  postRemittance,
  Remittance,
  type RemittanceInput,
} from '../../src/billing/index.js';
import { fromFhirClaimResponse } from '../../src/fhir/index.js';
import { ANXIETY_CLAIM } from './claim-fixtures.js';
import { schemaErrors } from './fhir-fixtures.js';
import { claimResponseOf, remittanceArb } from './remittance-fixtures.js';

// The claim the generated remittances answer: one line per remittance line, same codes and order.
function claimFor(remittance: RemittanceInput): ClaimInput {
  const lines = remittance.claims[0]?.lines ?? [];
  return {
    ...ANXIETY_CLAIM,
    lines: lines.map((l, i) => ({
      lineId: String(i + 1),
      serviceDate: '2026-03-02',
      procedureCode: l.procedureCode,
      modifiers: l.modifiers ?? [],
      placeOfService: '11',
      units: l.units ?? 1,
      chargeCents: l.chargeCents,
      diagnosisPointers: [1],
    })),
  };
}

function issues(resource: unknown, claim: ClaimInput = ANXIETY_CLAIM): string[] {
  const r = fromFhirClaimResponse(resource, claim);
  return r.success ? [] : r.error.issues.map((i) => `${i.at} ${i.code}`);
}

const paid: RemittanceInput = {
  remittanceId: 'cr-bcbs-0410',
  payerId: 'bcbs-il',
  paidOn: '2026-04-10',
  claims: [
    {
      claimId: 'clm-2026-0301',
      chargeCents: 17_500,
      paidCents: 11_500,
      lines: [
        {
          procedureCode: '90834',
          modifiers: ['95'],
          chargeCents: 15_000,
          paidCents: 9_000,
          adjustments: [
            { group: 'CO', carc: '45', amountCents: 4_000 },
            { group: 'PR', carc: '3', amountCents: 2_000 },
          ],
        },
        { procedureCode: '90785', chargeCents: 2_500, paidCents: 2_500 },
      ],
    },
  ],
};

describe('fromFhirClaimResponse', () => {
  it('reads a ClaimResponse into a remittance whose lines carry the claim’s codes, ready to post', () => {
    const response = claimResponseOf(paid);
    expect(schemaErrors(response)).toEqual([]);
    const read = fromFhirClaimResponse(response, ANXIETY_CLAIM);
    if (!read.success) throw read.error;
    expect(
      read.data.claims[0]?.lines.map((l) => [
        l.lineRef,
        l.procedureCode,
        l.modifiers,
        l.serviceDate,
        l.paidCents,
      ]),
    ).toEqual([
      ['1', '90834', ['95'], '2026-03-02', 9_000],
      ['2', '90785', [], '2026-03-02', 2_500],
    ]);
    const posting = postRemittance(
      read.data,
      [ANXIETY_CLAIM],
      [{ claimId: 'clm-2026-0301', chargeCents: 17_500 }],
    );
    expect(posting.results[0]).toMatchObject({ outcome: 'posted', claimId: 'clm-2026-0301' });
    expect(posting.results[0]?.lines.map((l) => [l.lineId, l.match, l.paidCents])).toEqual([
      ['1', 'line_ref', 9_000],
      ['2', 'line_ref', 2_500],
    ]);
    expect(posting.balances[0]).toMatchObject({ paidCents: 11_500, contractualCents: 4_000 });
  });

  it('reads back any balanced remittance written as a ClaimResponse (round trip)', () => {
    fc.assert(
      fc.property(remittanceArb, (remittance) => {
        const response = claimResponseOf(remittance);
        expect(schemaErrors(response)).toEqual([]);
        expect(fromFhirClaimResponse(response, claimFor(remittance))).toEqual({
          success: true,
          data: Remittance.parse(remittance),
        });
      }),
      { numRuns: 150 },
    );
  });

  it('reports a response to another claim, and an item the claim does not have', () => {
    const response = claimResponseOf(paid);
    expect(issues({ ...response, request: { reference: 'Claim/clm-other' } })).toEqual([
      '$.request fhir.claim_response.claim_mismatch',
    ]);
    const items = [...response.item, { itemSequence: 3, adjudication: [] }];
    expect(issues({ ...response, item: items })).toEqual([
      '$.item[2].itemSequence fhir.claim_response.item_unknown',
      '$.item[2].adjudication fhir.adjudication.amount_missing',
    ]);
  });

  it('reports a queued or rejected response, which is nothing to post, and an insurer it cannot read', () => {
    expect(issues({ ...claimResponseOf(paid), outcome: 'queued' })).toEqual([
      '$.outcome fhir.claim_response.not_adjudicated',
    ]);
    expect(issues({ ...claimResponseOf(paid), outcome: 'error', status: 'cancelled' })).toEqual([
      '$.status fhir.claim_response.status_unsupported',
      '$.outcome fhir.claim_response.rejected',
    ]);
    expect(issues({ ...claimResponseOf(paid), insurer: { display: 'BCBS' } })).toEqual([
      '$.insurer fhir.reference.invalid',
    ]);
  });

  it('reads a response without a request reference as answering the claim given', () => {
    const { request: _r, ...response } = claimResponseOf(paid);
    expect(fromFhirClaimResponse(response, ANXIETY_CLAIM).success).toBe(true);
  });

  it('reports what the remittance schema finds: a claim total that does not match its lines', () => {
    const response = claimResponseOf(paid);
    const total = [
      {
        category: {
          coding: [{ system: 'http://terminology.hl7.org/CodeSystem/adjudication', code: 'submitted' }],
        },
        amount: { value: 180, currency: 'USD' },
      },
    ];
    expect(issues({ ...response, total })).toEqual([
      '$.total billing.remittance.unbalanced',
      '$.total billing.remittance.line_charges_mismatch',
    ]);
  });
});
