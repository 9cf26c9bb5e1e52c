import fc from 'fast-check';
import type * as fhir4 from 'fhir/r4';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { modifierSystem, procedureSystem } from '../../src/fhir/codes.js';
import { type FhirClaim, toFhirClaim } from '../../src/fhir/index.js';
import { ANXIETY_CLAIM } from './claim-fixtures.js';
import { expectSchemaValid, fhirIdArb, schemaErrors } from './fhir-fixtures.js';

const options = { asOf: '2026-03-03', coverageId: 'cov-ava-1' };

describe('toFhirClaim', () => {
  it('writes a telehealth psychotherapy claim with its modifiers, place of service, diagnoses and providers', () => {
    const fhir = toFhirClaim(ANXIETY_CLAIM, options);
    expectSchemaValid(fhir);
    expect(fhir).toMatchObject({
      resourceType: 'Claim',
      id: 'clm-2026-0301',
      status: 'active',
      use: 'claim',
      created: '2026-03-03',
      patient: { reference: 'Patient/c-ava' },
      insurer: { reference: 'Organization/bcbs-il' },
      provider: {
        type: 'Organization',
        identifier: { system: 'http://hl7.org/fhir/sid/us-npi', value: '1245319599' },
      },
      careTeam: [{ sequence: 1, provider: { type: 'Practitioner', identifier: { value: '1234567893' } } }],
      insurance: [
        { sequence: 1, focal: true, coverage: { reference: 'Coverage/cov-ava-1' }, preAuthRef: ['PA-77821'] },
      ],
      total: { value: 175, currency: 'USD' },
    });
    expect(fhir.diagnosis?.map((d) => d.diagnosisCodeableConcept.coding?.[0]?.code)).toEqual([
      'F41.1',
      'Z63.0',
    ]);
    const [psychotherapy, complexity] = fhir.item;
    expect(psychotherapy).toMatchObject({
      sequence: 1,
      careTeamSequence: [1],
      diagnosisSequence: [1, 2],
      productOrService: { coding: [{ system: 'http://www.ama-assn.org/go/cpt', code: '90834' }] },
      modifier: [{ coding: [{ code: '95' }] }],
      servicedDate: '2026-03-02',
      locationCodeableConcept: { coding: [{ code: '10' }] },
      quantity: { value: 1 },
      net: { value: 150, currency: 'USD' },
      extension: [{ url: 'urn:practice-ops:fhir:extension:claim-line-id', valueString: '1' }],
    });
    expect(complexity?.modifier).toBeUndefined();
  });

  it('writes HCPCS Level II codes and modifiers under HCPCS’s own system, CPT’s under CPT', () => {
    // A community mental-health line: H0004 (behavioral health counseling) by a master's-level clinician (HO),
    // by telehealth (GT). HCPCS Level II is a code system of its own in FHIR; an H-code under CPT's system is
    // not a CPT code, and a payer's FHIR endpoint refuses it [sources: fhir-r4-terminology].
    const line = { ...ANXIETY_CLAIM.lines[0]!, procedureCode: 'H0004', modifiers: ['HO', 'GT', '95', 'P1'] };
    const fhir = toFhirClaim({ ...ANXIETY_CLAIM, lines: [line] }, options);
    expectSchemaValid(fhir);
    const HCPCS = 'https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets';
    const CPT = 'http://www.ama-assn.org/go/cpt';
    expect(fhir.item[0]?.productOrService.coding).toEqual([{ system: HCPCS, code: 'H0004' }]);
    expect(fhir.item[0]?.modifier?.map((m) => [m.coding?.[0]?.system, m.coding?.[0]?.code])).toEqual([
      [HCPCS, 'HO'],
      [HCPCS, 'GT'],
      [CPT, '95'],
      [CPT, 'P1'],
    ]);
    expect(toFhirClaim(ANXIETY_CLAIM, options).item[0]?.productOrService.coding?.[0]?.system).toBe(CPT);
  });

  it('places each code in its system: CPT (Category I, II, III and its modifiers) or HCPCS Level II', () => {
    const CPT = 'http://www.ama-assn.org/go/cpt';
    const HCPCS = 'https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets';
    expect(['90837', '99213', '1036F', '0591T'].map(procedureSystem)).toEqual([CPT, CPT, CPT, CPT]);
    expect(['H0004', 'G0444', 'T1017', 'S9484'].map(procedureSystem)).toEqual([HCPCS, HCPCS, HCPCS, HCPCS]);
    expect(['95', '25', '59', '1P', '8P', 'P1', 'P6'].map(modifierSystem)).toEqual(Array(7).fill(CPT));
    expect(['GT', 'HO', 'HJ', 'U4', 'XE', 'Q5', 'F1', 'P7'].map(modifierSystem)).toEqual(
      Array(8).fill(HCPCS),
    );
  });

  it('leaves out the care team, diagnoses and authorization a claim does not have', () => {
    const { renderingNpi: _r, priorAuthorizationNumber: _p, ...rest } = ANXIETY_CLAIM;
    const fhir = toFhirClaim(
      { ...rest, diagnosisCodes: [], lines: [{ ...ANXIETY_CLAIM.lines[1]!, diagnosisPointers: [] }] },
      options,
    );
    expectSchemaValid(fhir);
    expect([
      fhir.careTeam,
      fhir.diagnosis,
      fhir.insurance[0]?.preAuthRef,
      fhir.item[0]?.careTeamSequence,
    ]).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('names the clinician who treated and the supervisor in the care team, by Practitioner reference', () => {
    const fhir = toFhirClaim(
      { ...ANXIETY_CLAIM, renderingClinicianId: 'clin-rivera', supervisingClinicianId: 'clin-okafor' },
      options,
    );
    expectSchemaValid(fhir);
    expect(fhir.careTeam).toEqual([
      {
        sequence: 1,
        provider: {
          type: 'Practitioner',
          reference: 'Practitioner/clin-rivera',
          identifier: { system: 'http://hl7.org/fhir/sid/us-npi', value: '1234567893' },
        },
        role: {
          coding: [
            {
              system: 'http://terminology.hl7.org/CodeSystem/claimcareteamrole',
              code: 'primary',
              display: 'Primary provider',
            },
          ],
        },
      },
      {
        sequence: 2,
        provider: { type: 'Practitioner', reference: 'Practitioner/clin-okafor' },
        role: {
          coding: [
            {
              system: 'http://terminology.hl7.org/CodeSystem/claimcareteamrole',
              code: 'supervisor',
              display: 'Supervisor',
            },
          ],
        },
      },
    ]);
    expect(fhir.item.map((i) => i.careTeamSequence)).toEqual([[1], [1]]);
  });

  it('names the treating clinician by id alone when the claim has no rendering NPI yet', () => {
    const { renderingNpi: _r, ...rest } = ANXIETY_CLAIM;
    const fhir = toFhirClaim({ ...rest, renderingClinicianId: 'clin-rivera' }, options);
    expectSchemaValid(fhir);
    expect(fhir.careTeam?.map((m) => m.provider)).toEqual([
      { type: 'Practitioner', reference: 'Practitioner/clin-rivera' },
    ]);
    expect(fhir.item[0]?.careTeamSequence).toEqual([1]);
  });

  it('names a clinician billing under her own NPI as a Practitioner provider, a group’s NPI as an Organization', () => {
    // 1234567893 is the treating clinician's (type 1) NPI: the billing provider is that person, not a group.
    const solo = toFhirClaim({ ...ANXIETY_CLAIM, billingNpi: '1234567893' }, options);
    expectSchemaValid(solo);
    expect(solo.provider).toEqual({
      type: 'Practitioner',
      identifier: { system: 'http://hl7.org/fhir/sid/us-npi', value: '1234567893' },
    });
    expect(solo.careTeam?.[0]?.provider.identifier?.value).toBe('1234567893');
    expect(toFhirClaim(ANXIETY_CLAIM, options).provider.type).toBe('Organization');
    // Without a rendering NPI the billing NPI's kind is not known: an Organization, as before.
    const { renderingNpi: _r, ...unknown } = ANXIETY_CLAIM;
    expect(toFhirClaim({ ...unknown, billingNpi: '1234567893' }, options).provider.type).toBe('Organization');
  });

  it('lists a supervisor without a treating clinician as the first member, and no line points at it', () => {
    const { renderingNpi: _r, ...rest } = ANXIETY_CLAIM;
    const fhir = toFhirClaim({ ...rest, supervisingClinicianId: 'clin-okafor' }, options);
    expectSchemaValid(fhir);
    expect(fhir.careTeam?.map((m) => [m.sequence, m.role.coding?.[0]?.code])).toEqual([[1, 'supervisor']]);
    expect(fhir.item[0]?.careTeamSequence).toBeUndefined();
  });

  it('refuses a clinician id that is not a FHIR id, naming only its path', () => {
    const call = () => toFhirClaim({ ...ANXIETY_CLAIM, renderingClinicianId: 'clin_rivera:1' }, options);
    expect(call).toThrowError(/\$\.claim\.renderingClinicianId.*fhir\.id\.invalid/);
    expect(call).not.toThrowError(/clin_rivera/);
  });

  it('refuses a claim without a billing NPI, and options without the date or coverage', () => {
    const { billingNpi: _b, ...noBilling } = ANXIETY_CLAIM;
    expect(() => toFhirClaim(noBilling, options)).toThrowError(
      /\$\.claim\.billingNpi.*fhir\.claim\.billing_npi_missing/,
    );
    expect(() => toFhirClaim(ANXIETY_CLAIM, { asOf: '2026-03-03' } as never)).toThrowError(/coverageId/);
  });

  it('writes schema-valid claims for any lines, and a total that is the sum of the charges', () => {
    const lineArb = fc.record({
      procedureCode: fc.constantFrom('90791', '90832', '90834', '90837', '90846', '90847', '90853', 'H0004'),
      modifiers: fc.uniqueArray(fc.constantFrom('95', '93', 'HJ', 'GT', 'U4'), { maxLength: 4 }),
      placeOfService: fc.constantFrom('02', '10', '11'),
      units: fc.integer({ min: 1, max: 8 }),
      chargeCents: fc.integer({ min: 0, max: 1_000_000 }),
    });
    fc.assert(
      fc.property(fhirIdArb, fc.array(lineArb, { minLength: 1, maxLength: 6 }), (claimId, lines) => {
        const fhir = toFhirClaim(
          {
            ...ANXIETY_CLAIM,
            claimId,
            lines: lines.map((l, i) => ({
              ...l,
              lineId: String(i + 1),
              serviceDate: '2026-03-02',
              diagnosisPointers: [1],
            })),
          },
          options,
        );
        expect(schemaErrors(fhir)).toEqual([]);
        expect(Math.round((fhir.total.value ?? 0) * 100)).toBe(lines.reduce((t, l) => t + l.chargeCents, 0));
        expect(fhir.item.map((i) => i.productOrService.coding?.[0]?.code)).toEqual(
          lines.map((l) => l.procedureCode),
        );
      }),
      { numRuns: 100 },
    );
  });

  it('is assignable to the official R4 Claim type', () => {
    expectTypeOf<FhirClaim>().toExtend<fhir4.Claim>();
  });
});
