import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/core/index.js';
import { evaluateGoodFaithEstimateContents, type GoodFaithEstimateInput } from '../../../src/intake/index.js';

const COMPLETE: GoodFaithEstimateInput = {
  id: 'gfe-2026-001',
  clientId: 'c-rivera',
  patientName: 'Sam Rivera',
  patientBirthDate: '1991-08-20',
  primaryService: 'Individual psychotherapy, weekly',
  serviceRange: { from: '2026-03-10', to: '2027-03-09' },
  items: [
    {
      providerRef: 'dr-lee',
      description: 'Intake assessment',
      serviceCode: '90791',
      diagnosisCode: 'TBD',
      expectedChargeCents: 20_000,
    },
    {
      providerRef: 'dr-lee',
      description: 'Psychotherapy, 53 min',
      serviceCode: '90837',
      diagnosisCode: 'TBD',
      expectedChargeCents: 16_000,
      quantity: 40,
    },
  ],
  providers: [
    {
      ref: 'dr-lee',
      name: 'Dr. Lee',
      npi: '1234567893',
      tin: '12-3456789',
      state: 'NY',
      location: '10 Main St, Albany NY',
    },
  ],
  separatelyScheduled: [],
  disclaimers: {
    estimateOnly: true,
    additionalServicesMayBeRecommended: true,
    rightToDispute: true,
    disputeDoesNotAffectCare: true,
    notAContract: true,
  },
  issuedOn: '2026-03-03',
};

describe('evaluateGoodFaithEstimateContents', () => {
  it('accepts an estimate with every element 45 CFR 149.610(c) lists', () => {
    const d = evaluateGoodFaithEstimateContents(COMPLETE);
    expect(d.outcome).toBe('complete');
    expect(d.reasons[0]?.code).toBe('intake.gfe.contents_complete');
  });

  it('is incomplete without the CMS form’s disclaimer that it is not a contract and binds the client to no provider', () => {
    const d = evaluateGoodFaithEstimateContents({
      ...COMPLETE,
      disclaimers: { ...COMPLETE.disclaimers, notAContract: false },
    });
    expect(d.outcome).toBe('incomplete');
    expect(d.reasons).toEqual([
      expect.objectContaining({
        code: 'intake.gfe.missing_disclaimer',
        severity: 'error',
        facts: { field: 'disclaimers.notAContract' },
      }),
    ]);
    // An estimate written before the disclaimer was checked (no field at all) is incomplete too.
    const { notAContract: _, ...older } = COMPLETE.disclaimers as Record<string, boolean>;
    expect(evaluateGoodFaithEstimateContents({ ...COMPLETE, disclaimers: older }).outcome).toBe('incomplete');
  });

  it('names each missing element, a bad NPI, an item of an unlisted provider and each missing disclaimer', () => {
    const draft: GoodFaithEstimateInput = {
      ...COMPLETE,
      patientBirthDate: undefined,
      serviceRange: undefined,
      separatelyScheduled: undefined,
      items: [{ providerRef: 'dr-ghost', serviceCode: '90834', expectedChargeCents: 14_000 }],
      providers: [{ ref: 'dr-lee', name: 'Dr. Lee', npi: '1234567890', state: 'NY', location: 'Albany' }],
      disclaimers: { estimateOnly: true, rightToDispute: true },
    };
    const { patientBirthDate: _a, serviceRange: _b, separatelyScheduled: _c, ...clean } = draft;
    const d = evaluateGoodFaithEstimateContents(clean);
    expect(d.outcome).toBe('incomplete');
    expect(d.reasons.map((r) => [r.code, r.facts.field])).toEqual([
      ['intake.gfe.invalid_npi', 'providers[0].npi'],
      ['intake.gfe.item_unknown_provider', 'items[0].providerRef'],
      ['intake.gfe.missing_disclaimer', 'disclaimers.additionalServicesMayBeRecommended'],
      ['intake.gfe.missing_disclaimer', 'disclaimers.disputeDoesNotAffectCare'],
      ['intake.gfe.missing_disclaimer', 'disclaimers.notAContract'],
      ['intake.gfe.missing_field', 'items[0].description'],
      ['intake.gfe.missing_field', 'items[0].diagnosisCode'],
      ['intake.gfe.missing_field', 'patientBirthDate'],
      ['intake.gfe.missing_field', 'providers[0].tin'],
      ['intake.gfe.missing_field', 'separatelyScheduled'],
      ['intake.gfe.missing_field', 'serviceDate'],
    ]);
  });

  it('names every missing item and provider element', () => {
    const d = evaluateGoodFaithEstimateContents({
      ...COMPLETE,
      items: [{ providerRef: 'dr-lee' }],
      providers: [{ ref: 'dr-lee' }],
    });
    expect(d.reasons.map((r) => r.facts.field)).toEqual([
      'items[0].description',
      'items[0].diagnosisCode',
      'items[0].expectedChargeCents',
      'items[0].serviceCode',
      'providers[0].location',
      'providers[0].name',
      'providers[0].npi',
      'providers[0].state',
      'providers[0].tin',
    ]);
  });

  it('names the empty lists of an empty draft', () => {
    const d = evaluateGoodFaithEstimateContents({ id: 'gfe-x', clientId: 'c-1' });
    expect(d.reasons.filter((r) => r.code === 'intake.gfe.missing_field').map((r) => r.facts.field)).toEqual([
      'items',
      'patientBirthDate',
      'patientName',
      'primaryService',
      'providers',
      'separatelyScheduled',
      'serviceDate',
    ]);
  });

  it('rejects a range that ends before it starts and a negative charge, without echoing them', () => {
    try {
      evaluateGoodFaithEstimateContents({
        ...COMPLETE,
        serviceRange: { from: '2026-03-10', to: '2026-03-01' },
        items: [{ providerRef: 'dr-lee', expectedChargeCents: -100 }],
      });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues.map((i) => [i.at, i.code])).toEqual([
        ['$.serviceRange.to', 'intake.gfe.range_out_of_order'],
        ['$.items[0].expectedChargeCents', 'core.money.negative'],
      ]);
      expect((e as ValidationError).message).not.toContain('2026-03-01');
    }
  });
});
