import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IN_PERSON_PLACE_OF_SERVICE_CODES } from '../../../src/billing/coding/in-person-places.js';
import {
  COMMERCIAL_PAYER_PROFILE_EXAMPLE,
  evaluateClaimScrub,
  evaluateSuperbill,
  type SuperbillDraft,
} from '../../../src/billing/index.js';
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

  it('rejects a session on 2026-03-02 for a client born 2026-03-03, by path, without the dates', () => {
    const d = evaluateSuperbill({ ...complete, client: { ...complete.client, dateOfBirth: '2026-03-03' } });
    expect(d.outcome).toBe('incomplete');
    expect(d.reasons.map((r) => [r.code, r.facts.at])).toEqual([
      ['billing.superbill.service_before_birth', '$.lines[0].dateOfService'],
    ]);
    expect(JSON.stringify(d.reasons)).not.toContain('2026-03-0');
    // Born on the day of the session is fine.
    const sameDay = evaluateSuperbill({
      ...complete,
      client: { ...complete.client, dateOfBirth: '2026-03-02' },
    });
    expect(sameDay.outcome).toBe('complete');
  });

  it('rejects a $0 charge line', () => {
    const second = complete.lines[1] as Line;
    const d = evaluateSuperbill({
      ...complete,
      lines: [first, { ...second, chargeCents: 0 }],
      amountPaidCents: 0,
    });
    expect(d.reasons.map((r) => [r.code, r.facts.at])).toEqual([
      ['billing.superbill.zero_charge', '$.lines[1].chargeCents'],
    ]);
  });

  it('rejects a diagnosis code listed twice and a pointer given twice on a line', () => {
    const d = evaluateSuperbill({
      ...complete,
      diagnosisCodes: ['F41.1', 'F33.1', 'F41.1'],
      lines: [{ ...first, diagnosisPointers: [1, 2, 1] }],
      amountPaidCents: 18_000,
    });
    expect(d.reasons.map((r) => [r.code, r.facts])).toEqual([
      ['billing.superbill.duplicate_diagnosis', { at: '$.diagnosisCodes[2]', index: 2, sameAs: 0 }],
      [
        'billing.superbill.duplicate_diagnosis_pointer',
        { at: '$.lines[0].diagnosisPointers[2]', line: 0, index: 2 },
      ],
    ]);
    expect(JSON.stringify(d.reasons)).not.toContain('F41');
  });

  it('lists every line problem at once, each by path', () => {
    const d = evaluateSuperbill({
      ...complete,
      client: { ...complete.client, dateOfBirth: '2026-03-05' },
      diagnosisCodes: ['F33.1', 'F33.1'],
      lines: [
        { ...first, chargeCents: 0, diagnosisPointers: [1, 1] },
        { ...(complete.lines[1] as Line), chargeCents: 0 },
      ],
      amountPaidCents: 0,
    });
    expect(d.reasons.map((r) => r.facts.at).sort()).toEqual(
      [
        '$.diagnosisCodes[1]',
        '$.lines[0].dateOfService',
        '$.lines[0].chargeCents',
        '$.lines[0].diagnosisPointers[1]',
        '$.lines[1].chargeCents',
      ].sort(),
    );
  });

  it('flags a line before birth, a $0 charge and repeats exactly when present', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -3, max: 3 }),
        fc.integer({ min: 0, max: 2 }),
        fc.array(fc.integer({ min: 1, max: 2 }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.constantFrom('F41.1', 'F33.1'), { minLength: 2, maxLength: 4 }),
        (birthShift, charge, pointers, diagnoses) => {
          const dob = new Date(Date.UTC(2026, 2, 2 + birthShift)).toISOString().slice(0, 10);
          const d = evaluateSuperbill({
            ...complete,
            client: { ...complete.client, dateOfBirth: dob },
            diagnosisCodes: diagnoses,
            lines: [{ ...first, chargeCents: charge, diagnosisPointers: pointers }],
            amountPaidCents: 0,
          });
          const has = (code: string) => codes(d).includes(`billing.superbill.${code}`);
          expect(has('service_before_birth')).toBe(birthShift > 0);
          expect(has('zero_charge')).toBe(charge === 0);
          expect(has('duplicate_diagnosis_pointer')).toBe(new Set(pointers).size < pointers.length);
          expect(has('duplicate_diagnosis')).toBe(new Set(diagnoses).size < diagnoses.length);
        },
      ),
      { numRuns: 200 },
    );
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

  describe('the services follow the claim rules', () => {
    const office = (over: Partial<Line>): Line => ({
      dateOfService: '2026-03-02',
      code: '90834',
      units: 1,
      placeOfService: '11',
      diagnosisPointers: [1],
      chargeCents: 15_000,
      ...over,
    });
    const bill = (...lines: Line[]) =>
      evaluateSuperbill({
        ...complete,
        lines,
        amountPaidCents: lines.reduce((sum, l) => sum + l.chargeCents, 0),
      });
    const rules = (d: ReturnType<typeof evaluateSuperbill>) =>
      d.reasons.map((r) => [r.code, r.facts.rule ?? null, r.facts.serviceDate ?? null]);

    it('calls 90837 for 2 units on 2026-03-02 incomplete: one session, one unit', () => {
      const d = bill(office({ code: '90837', units: 2, chargeCents: 30_000 }));
      expect(d.outcome).toBe('incomplete');
      expect(rules(d)).toEqual([
        ['billing.superbill.code_set_rule', 'billing.codes.units_above_maximum', '2026-03-02'],
      ]);
    });

    it('calls 90834 and 90837 on the same date incomplete, but not on two dates', () => {
      const d = bill(office({}), office({ code: '90837' }));
      expect(d.outcome).toBe('incomplete');
      expect(rules(d)).toEqual([
        ['billing.superbill.code_set_rule', 'billing.codes.mutually_exclusive', '2026-03-02'],
      ]);
      expect(bill(office({}), office({ code: '90837', dateOfService: '2026-03-09' })).outcome).toBe(
        'complete',
      );
    });

    it('calls +90840 without its 90839 incomplete, and 90839 with +90840 complete', () => {
      expect(rules(bill(office({ code: '90840' })))).toEqual([
        ['billing.superbill.code_set_rule', 'billing.codes.add_on_without_primary', '2026-03-02'],
      ]);
      expect(bill(office({ code: '90839' }), office({ code: '90840' })).outcome).toBe('complete');
    });

    it('calls crisis psychotherapy billed twice on 2026-03-02 one crisis split in two', () => {
      expect(rules(bill(office({ code: '90839' }), office({ code: '90839', chargeCents: 1 })))).toEqual([
        ['billing.superbill.code_set_rule', 'billing.codes.crisis_billed_twice', '2026-03-02'],
      ]);
    });

    it('calls modifier 95 on an office line (POS 11) incomplete, and 95 on POS 10 complete', () => {
      const d = bill(office({ modifiers: ['95'] }));
      expect(d.reasons.map((r) => [r.code, r.facts])).toEqual([
        [
          'billing.superbill.telehealth_modifier_in_office',
          { line: 0, placeOfService: '11', modifiers: ['95'] },
        ],
      ]);
      expect(bill(office({ modifiers: ['95'], placeOfService: '10' })).outcome).toBe('complete');
      expect(bill(office({ modifiers: ['HJ'] })).outcome).toBe('complete');
    });

    it('accepts the in-person places of the CMS Place of Service code set: a 2026-03-02 session at the client’s home (12), assisted living (13), a group home (14), nursing or custodial care (31, 32, 33)', () => {
      for (const placeOfService of ['12', '13', '14', '31', '32', '33'] as const) {
        expect(bill(office({ placeOfService })).outcome).toBe('complete');
      }
    });

    it('calls modifier 95 at the client’s home (POS 12) incomplete: an in-person place with a telehealth modifier', () => {
      const d = bill(office({ placeOfService: '12', modifiers: ['95'] }));
      expect(d.reasons.map((r) => [r.code, r.facts])).toEqual([
        [
          'billing.superbill.telehealth_modifier_in_office',
          { line: 0, placeOfService: '12', modifiers: ['95'] },
        ],
      ]);
    });

    it('refuses a place outside the list (POS 21, an inpatient hospital; POS 99) by path, never echoing it', () => {
      for (const placeOfService of ['21', '99']) {
        let error: unknown;
        try {
          bill(office({ placeOfService: placeOfService as never }));
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(ValidationError);
        expect((error as ValidationError).issues.map((i) => [i.at, i.code])).toEqual([
          ['$.lines[0].placeOfService', 'invalid_value'],
        ]);
        expect((error as ValidationError).message).not.toContain(placeOfService);
      }
    });

    it('property: every in-person place the scrubber accepts, the superbill accepts (one shared list)', () => {
      fc.assert(
        fc.property(fc.constantFrom(...IN_PERSON_PLACE_OF_SERVICE_CODES), (placeOfService) => {
          expect(bill(office({ placeOfService })).outcome).toBe('complete');
          expect(bill(office({ placeOfService, modifiers: ['95'] })).outcome).not.toBe('complete');
        }),
      );
    });

    it('calls a 2026-04-02 session on a superbill issued and signed 2026-03-31 incomplete (a receipt for a service not yet given)', () => {
      const d = bill(office({ dateOfService: '2026-04-02' }));
      expect(d.reasons.map((r) => [r.code, r.facts])).toEqual([
        [
          'billing.superbill.service_after_issue',
          { line: 0, dateOfService: '2026-04-02', issuedOn: '2026-03-31' },
        ],
        [
          'billing.superbill.service_after_issue',
          { line: 0, dateOfService: '2026-04-02', signedOn: '2026-03-31' },
        ],
      ]);
      // Given on the day it is issued: a receipt on the spot.
      expect(bill(office({ dateOfService: '2026-03-31' })).outcome).toBe('complete');
    });

    it('property: a superbill is refused for a date’s code set exactly when the claim scrubber refuses the same lines', () => {
      const profile = COMMERCIAL_PAYER_PROFILE_EXAMPLE;
      const lineArb = fc.record({
        code: fc.constantFrom('90791', '90832', '90834', '90837', '90839', '90840', '90785', '90846'),
        units: fc.integer({ min: 1, max: 3 }),
        dateOfService: fc.constantFrom('2026-03-02', '2026-03-03'),
      });
      fc.assert(
        fc.property(fc.array(lineArb, { minLength: 1, maxLength: 4 }), (picked) => {
          const d = bill(...picked.map((l) => office(l as Partial<Line>)));
          const claim = {
            claimId: 'c-1',
            clientId: 'cl-1',
            payerId: profile.payerId,
            renderingNpi: '1234567893',
            billingNpi: '1245319599',
            diagnosisCodes: ['F41.1'],
            priorAuthorizationNumber: 'A1',
            lines: picked.map((l, i) => ({
              lineId: String(i + 1),
              serviceDate: l.dateOfService,
              procedureCode: l.code,
              placeOfService: '11',
              units: l.units,
              chargeCents: 15_000,
              diagnosisPointers: [1],
            })),
          };
          const scrub = evaluateClaimScrub(claim, profile, { asOf: '2026-03-31' });
          const scrubbed = scrub.reasons.filter((r) => r.severity === 'error').length;
          expect(d.reasons.filter((r) => r.code === 'billing.superbill.code_set_rule')).toHaveLength(
            scrubbed,
          );
          expect(d.outcome === 'complete').toBe(scrub.outcome !== 'refused');
        }),
        { numRuns: 200 },
      );
    });
  });
});
