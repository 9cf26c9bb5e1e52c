// Test-only writers of ClaimResponse and ExplanationOfBenefit from a remittance (the library reads these
// resources and never writes them), and a generator of balanced one-claim remittances.
import fc from 'fast-check';
import type { ClaimInput, RemittanceInput } from '../../src/billing/index.js';
import { ANXIETY_CLAIM } from './claim-fixtures.js';

const ADJUDICATION = 'http://terminology.hl7.org/CodeSystem/adjudication';
const CARC = 'https://x12.org/codes/claim-adjustment-reason-codes';
const RARC = 'https://x12.org/codes/remittance-advice-remark-codes';
const GROUP = 'urn:practice-ops:fhir:extension:adjustment-group';

type Adjustment = { group: string; carc: string; amountCents: number; remarks?: string[] | undefined };
type Line = {
  lineRef?: string;
  procedureCode: string;
  modifiers?: string[];
  serviceDate?: string;
  units?: number;
  chargeCents: number;
  paidCents: number;
  adjustments?: Adjustment[];
  remarks?: string[];
};

const money = (cents: number) => ({ value: cents / 100, currency: 'USD' });
const category = (code: string) => ({ coding: [{ system: ADJUDICATION, code }] });

/** Adjudications as the readers expect them: amounts, one entry per adjustment, one per remark. */
export function adjudications(
  amounts: { charge?: number; paid?: number },
  adjustments: readonly Adjustment[],
  remarks: readonly string[],
) {
  return [
    ...(amounts.charge === undefined
      ? []
      : [{ category: category('submitted'), amount: money(amounts.charge) }]),
    ...(amounts.paid === undefined ? [] : [{ category: category('benefit'), amount: money(amounts.paid) }]),
    ...adjustments.map((a) => ({
      extension: [{ url: GROUP, valueCode: a.group }],
      category: { text: 'adjustment' },
      reason: {
        coding: [
          { system: CARC, code: a.carc },
          ...(a.remarks ?? []).map((r) => ({ system: RARC, code: r })),
        ],
      },
      amount: money(a.amountCents),
    })),
    ...remarks.map((r) => ({
      category: { text: 'remark' },
      reason: { coding: [{ system: RARC, code: r }] },
    })),
  ];
}

const header = (r: RemittanceInput) => {
  const claim = r.claims[0]!;
  return {
    id: r.remittanceId,
    status: 'active',
    created: `${r.paidOn}T12:00:00Z`,
    insurer: { reference: `Organization/${r.payerId}` },
    outcome: 'complete',
    adjudication: adjudications({}, claim.adjustments ?? [], claim.remarks ?? []),
    total: [
      { category: category('submitted'), amount: money(claim.chargeCents) },
      { category: category('eligible'), amount: money(claim.chargeCents) },
    ],
    payment: { date: r.paidOn, amount: money(claim.paidCents) },
  };
};

/** An ExplanationOfBenefit saying what the remittance says. */
export function eobOf(r: RemittanceInput) {
  const claim = r.claims[0]!;
  return {
    resourceType: 'ExplanationOfBenefit',
    ...header(r),
    type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/claim-type', code: 'professional' }] },
    use: 'claim',
    patient: { reference: 'Patient/c-ava' },
    provider: { identifier: { system: 'http://hl7.org/fhir/sid/us-npi', value: '1245319599' } },
    claim: { reference: `Claim/${claim.claimId}` },
    insurance: [{ focal: true, coverage: { reference: 'Coverage/cov-ava-1' } }],
    item: ((claim.lines ?? []) as Line[]).map((l, i) => ({
      ...(l.lineRef === undefined
        ? {}
        : { extension: [{ url: 'urn:practice-ops:fhir:extension:claim-line-id', valueString: l.lineRef }] }),
      sequence: i + 1,
      productOrService: { coding: [{ system: 'http://www.ama-assn.org/go/cpt', code: l.procedureCode }] },
      ...((l.modifiers ?? []).length === 0
        ? {}
        : {
            modifier: (l.modifiers ?? []).map((m) => ({
              coding: [{ system: 'http://www.ama-assn.org/go/cpt', code: m }],
            })),
          }),
      ...(l.serviceDate === undefined ? {} : { servicedDate: l.serviceDate }),
      ...(l.units === undefined ? {} : { quantity: { value: l.units } }),
      adjudication: adjudications(
        { charge: l.chargeCents, paid: l.paidCents },
        l.adjustments ?? [],
        l.remarks ?? [],
      ),
    })),
  };
}

/** A ClaimResponse saying what the remittance says, its items in the claim's line order. */
export function claimResponseOf(r: RemittanceInput) {
  const claim = r.claims[0]!;
  const head = header(r);
  return {
    resourceType: 'ClaimResponse',
    ...head,
    // ClaimResponse.payment requires a type (EOB's does not).
    payment: {
      ...head.payment,
      type: {
        coding: [{ system: 'http://terminology.hl7.org/CodeSystem/ex-paymenttype', code: 'complete' }],
      },
    },
    type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/claim-type', code: 'professional' }] },
    use: 'claim',
    patient: { reference: 'Patient/c-ava' },
    request: { reference: `Claim/${claim.claimId}` },
    item: ((claim.lines ?? []) as Line[]).map((l, i) => ({
      itemSequence: i + 1,
      adjudication: adjudications(
        { charge: l.chargeCents, paid: l.paidCents },
        l.adjustments ?? [],
        l.remarks ?? [],
      ),
    })),
  };
}

const rarcArb = fc.constantFrom('N290', 'MA130', 'M15', 'N130', 'N386');
const adjustmentArb = fc.record({
  group: fc.constantFrom('CO', 'PR', 'OA', 'PI'),
  carc: fc.constantFrom('45', '1', '2', '3', '16', '50', '97', 'B7', '253'),
  amountCents: fc.integer({ min: 0, max: 50_000 }),
  remarks: fc.array(rarcArb, { maxLength: 1 }),
});

/** One line of a claim: procedure, modifiers, date, units, and a balanced adjudication. */
export const lineArb = fc
  .record({
    procedureCode: fc.constantFrom('90791', '90834', '90837', '90785', '90847'),
    modifiers: fc.uniqueArray(fc.constantFrom('95', '93', 'HJ'), { maxLength: 2 }),
    paidCents: fc.integer({ min: 0, max: 100_000 }),
    adjustments: fc.array(adjustmentArb, { maxLength: 3 }),
    remarks: fc.uniqueArray(rarcArb, { maxLength: 2 }),
    units: fc.integer({ min: 1, max: 4 }),
  })
  .map((l) => ({ ...l, chargeCents: l.paidCents + l.adjustments.reduce((t, a) => t + a.amountCents, 0) }));

/** A balanced one-claim remittance with numbered lines (line ids 1, 2, … as on the claim). */
export const remittanceArb = fc
  .record({
    lines: fc.array(lineArb, { minLength: 1, maxLength: 4 }),
    claimAdjustment: fc.option(
      fc.record({
        group: fc.constant('CO'),
        carc: fc.constant('253'),
        cents: fc.integer({ min: 0, max: 500 }),
      }),
      { nil: undefined },
    ),
    paidOn: fc.constantFrom('2026-04-10', '2026-12-31', '2027-01-04'),
  })
  .map(({ lines, claimAdjustment, paidOn }): RemittanceInput => {
    const withRefs = lines.map((l, i) => ({ ...l, lineRef: String(i + 1), serviceDate: '2026-03-02' }));
    const charge = withRefs.reduce((t, l) => t + l.chargeCents, 0);
    const linePaid = withRefs.reduce((t, l) => t + l.paidCents, 0);
    const cut = claimAdjustment === undefined ? 0 : Math.min(claimAdjustment.cents, linePaid);
    return {
      remittanceId: 'era-2026-0410',
      payerId: 'bcbs-il',
      paidOn,
      claims: [
        {
          claimId: 'clm-2026-0301',
          chargeCents: charge,
          paidCents: linePaid - cut,
          adjustments:
            claimAdjustment === undefined
              ? []
              : [{ group: 'CO', carc: '253', amountCents: cut, remarks: [] }],
          remarks: [],
          lines: withRefs,
        },
      ],
    };
  });

// The claim the generated remittances answer: one line per remittance line, same codes and order.
export function claimFor(remittance: RemittanceInput): ClaimInput {
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

/**
 * The reversal of a remittance, as a payer sends it: the same claim with every amount negated (charge,
 * payment, each adjustment, each line), under its own remittance id and date.
 */
export function reversalOf(r: RemittanceInput, remittanceId: string, paidOn: string): RemittanceInput {
  const negate = <T extends { amountCents: number }>(a: T): T => ({ ...a, amountCents: -a.amountCents });
  return {
    ...r,
    remittanceId,
    paidOn,
    claims: r.claims.map((c) => ({
      ...c,
      chargeCents: -c.chargeCents,
      paidCents: -c.paidCents,
      adjustments: (c.adjustments ?? []).map(negate),
      lines: (c.lines ?? []).map((l) => ({
        ...l,
        chargeCents: -l.chargeCents,
        paidCents: -l.paidCents,
        adjustments: (l.adjustments ?? []).map(negate),
      })),
    })),
  };
}
