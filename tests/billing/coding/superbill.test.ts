import { describe, expect, it } from 'vitest';
import { evaluateSuperbill, type SuperbillDraft } from '../../../src/billing/index.js';
import { ValidationError } from '../../../src/core/index.js';

const complete = {
  provider: {
    name: 'Jordan Lee',
    credentials: 'LMFT',
    npi: '1234567893',
    taxId: '12-3456789',
    licenseNumber: 'LMFT 12345',
    licenseState: 'TX',
    taxonomyCode: '106H00000X',
    address: {
      line1: '100 Congress Ave',
      line2: 'Suite 200',
      city: 'Austin',
      state: 'TX',
      postalCode: '78701',
    },
    phone: '+15125550100',
  },
  client: {
    name: 'Ava Reyes',
    dateOfBirth: '1990-04-12',
    memberId: 'W123456789',
    address: { line1: '9 Elm St', city: 'Austin', state: 'TX', postalCode: '78702-1234' },
  },
  diagnosisCodes: ['F41.1', 'F33.1'],
  lines: [
    {
      dateOfService: '2026-03-02',
      code: '90837',
      modifiers: ['95'],
      units: 1,
      placeOfService: '10',
      diagnosisPointers: [1, 2],
      chargeCents: 18_000,
    },
    {
      dateOfService: '2026-03-09',
      code: '90834',
      units: 1,
      placeOfService: '11',
      diagnosisPointers: [1],
      chargeCents: 15_000,
    },
  ],
  amountPaidCents: 33_000,
  issuedOn: '2026-03-31',
  signature: { signedBy: 'Jordan Lee, LMFT', signedOn: '2026-03-31' },
} satisfies SuperbillDraft;

type Line = NonNullable<SuperbillDraft['lines']>[number];
const first = complete.lines[0] as Line;
const codes = (d: { reasons: readonly { code: string }[] }) => d.reasons.map((r) => r.code);

describe('evaluateSuperbill', () => {
  it('renders a complete March superbill with totals, paid in full', () => {
    const d = evaluateSuperbill(complete);
    expect(d.outcome).toBe('complete');
    expect(d.superbill?.totals).toEqual({ chargesCents: 33_000, paidCents: 33_000, balanceCents: 0 });
    expect(d.superbill?.paidInFull).toBe(true);
    expect(d.superbill?.lines[1]?.modifiers).toEqual([]);
  });

  it('shows the balance when the client has paid part', () => {
    const d = evaluateSuperbill({ ...complete, amountPaidCents: 18_000 });
    expect(d.superbill).toMatchObject({ totals: { balanceCents: 15_000 }, paidInFull: false });
  });

  it('lists every missing field of an early draft by path', () => {
    const d = evaluateSuperbill({
      provider: { name: 'Jordan Lee', npi: '1234567893' },
      client: { name: 'Ava Reyes' },
    });
    expect(d).toMatchObject({ outcome: 'incomplete', superbill: null });
    expect(
      d.reasons.filter((r) => r.code === 'billing.superbill.missing_field').map((r) => r.facts.field),
    ).toEqual([
      '$.provider.taxId',
      '$.provider.licenseNumber',
      '$.provider.licenseState',
      '$.provider.address',
      '$.provider.phone',
      '$.client.dateOfBirth',
      '$.client.memberId',
      '$.client.address',
      '$.amountPaidCents',
      '$.issuedOn',
    ]);
    expect(codes(d)).toEqual(
      expect.arrayContaining([
        'billing.superbill.no_diagnosis',
        'billing.superbill.no_service_lines',
        'billing.superbill.unsigned',
      ]),
    );
  });

  it('routes a missing diagnosis to the clinician rather than choosing one', () => {
    const d = evaluateSuperbill({ ...complete, diagnosisCodes: [] });
    expect(d.outcome).toBe('incomplete');
    expect(d.reasons).toContainEqual(
      expect.objectContaining({ code: 'billing.superbill.no_diagnosis', facts: { routeTo: 'clinician' } }),
    );
  });

  it('rejects a line pointing past the diagnosis list and a payment above the charges', () => {
    const d = evaluateSuperbill({ ...complete, diagnosisCodes: ['F41.1'], amountPaidCents: 40_000 });
    expect(codes(d)).toEqual([
      'billing.superbill.diagnosis_pointer_invalid',
      'billing.superbill.paid_above_charges',
    ]);
    expect(d.reasons[0]?.facts).toEqual({ line: 0, pointers: [2], diagnosisCount: 1 });
  });

  it('accepts a one-cent charge paid in full', () => {
    const d = evaluateSuperbill({ ...complete, lines: [{ ...first, chargeCents: 1 }], amountPaidCents: 1 });
    expect(d.superbill?.paidInFull).toBe(true);
  });

  it('throws on invalid present fields, by path, without echoing them', () => {
    let error: unknown;
    try {
      evaluateSuperbill({
        ...complete,
        provider: { ...complete.provider, npi: '1234567890', taxId: '999' },
        diagnosisCodes: ['depressed'],
        lines: [{ ...first, code: '99999' as never }],
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => [i.at, i.code])).toEqual([
      ['$.provider.npi', 'core.npi.check_digit'],
      ['$.provider.taxId', 'invalid_format'],
      ['$.diagnosisCodes[0]', 'invalid_format'],
      ['$.lines[0].code', 'invalid_value'],
    ]);
    expect((error as ValidationError).message).not.toMatch(/1234567890|depressed|99999/);
  });
});
