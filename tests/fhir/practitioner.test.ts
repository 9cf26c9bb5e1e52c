import type * as fhir4 from 'fhir/r4';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { ClinicianCredentialsInput } from '../../src/credentialing/index.js';
import {
  type FhirPractitioner,
  type FhirPractitionerRole,
  toFhirPractitioner,
  toFhirPractitionerRole,
} from '../../src/fhir/index.js';
import { expectSchemaValid } from './fhir-fixtures.js';

const PLAN_NET =
  'http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/practitioner-qualification';

const drOkafor: ClinicianCredentialsInput = {
  clinicianId: 'dr-okafor',
  individualNpi: '1234567893',
  licenses: [
    {
      state: 'IL',
      type: 'LCPC',
      number: '180.012345',
      level: 'independent',
      status: 'active',
      issuedOn: '2022-04-01',
      expiresOn: '2027-03-31',
    },
    {
      state: 'WI',
      type: 'LPC',
      number: '4321-125',
      level: 'independent',
      status: 'suspended',
      issuedOn: '2021-01-01',
      expiresOn: '2026-12-14',
    },
  ],
  compactAuthorizations: [
    {
      kind: 'counseling_privilege',
      homeState: 'IL',
      remoteState: 'MN',
      status: 'active',
      issuedOn: '2025-09-30',
      expiresOn: '2026-09-29',
    },
    {
      kind: 'telehealth_registration',
      state: 'FL',
      number: 'TPMC123',
      status: 'revoked',
      issuedOn: '2024-01-01',
      expiresOn: '2026-01-01',
    },
  ],
};

describe('toFhirPractitioner', () => {
  it('writes the NPI and each license as a qualification with its state, period and status (Plan-Net)', () => {
    const fhir = toFhirPractitioner(drOkafor);
    expectSchemaValid(fhir);
    expect(fhir.identifier).toEqual([{ system: 'http://hl7.org/fhir/sid/us-npi', value: '1234567893' }]);
    const il = fhir.qualification?.[0];
    expect(il).toMatchObject({
      identifier: [{ value: '180.012345' }],
      period: { start: '2022-04-01', end: '2027-03-31' },
    });
    expect(il?.code.coding?.[0]?.code).toBe('LCPC');
    expect(il?.extension).toEqual([
      {
        url: PLAN_NET,
        extension: [
          { url: 'status', valueCode: 'active' },
          {
            url: 'whereValid',
            valueCodeableConcept: { coding: [{ system: 'https://www.usps.com/', code: 'IL' }] },
          },
        ],
      },
    ]);
    expect(fhir.qualification?.[1]?.extension[0]?.extension[0]).toEqual({
      url: 'status',
      valueCode: 'inactive',
    });
  });

  it('writes compact authorizations with the state they reach, or the home state in text when they name none', () => {
    const fhir = toFhirPractitioner({
      ...drOkafor,
      compactAuthorizations: [
        ...(drOkafor.compactAuthorizations ?? []),
        {
          kind: 'psypact_apit',
          homeState: 'IL',
          status: 'active',
          issuedOn: '2025-01-01',
          expiresOn: '2026-12-31',
        },
      ],
    });
    expectSchemaValid(fhir);
    const [privilege, registration, apit] = fhir.qualification?.slice(2) ?? [];
    expect(privilege?.extension[0]?.extension.map((e) => e.url)).toEqual(['status', 'whereValid']);
    expect(privilege?.code.text).toBe('Counseling Compact privilege to practice (home state IL), active');
    expect(registration?.extension[0]?.extension[0]).toEqual({ url: 'status', valueCode: 'revoked' });
    expect(registration?.identifier).toEqual([{ value: 'TPMC123' }]);
    expect(apit?.extension[0]?.extension).toEqual([{ url: 'status', valueCode: 'active' }]);
    expect(apit?.identifier).toBeUndefined();
  });

  it('writes a clinician with no licenses without qualifications, and refuses an id FHIR cannot carry', () => {
    expect(
      toFhirPractitioner({ clinicianId: 'dr-new', individualNpi: '1234567893' }).qualification,
    ).toBeUndefined();
    expect(() => toFhirPractitioner({ ...drOkafor, clinicianId: 'dr_okafor' })).toThrowError(
      /fhir\.id\.invalid/,
    );
  });

  it('is assignable to the official R4 Practitioner and PractitionerRole types', () => {
    expectTypeOf<FhirPractitioner>().toExtend<fhir4.Practitioner>();
    expectTypeOf<FhirPractitionerRole>().toExtend<fhir4.PractitionerRole>();
  });
});

describe('toFhirPractitionerRole', () => {
  it('writes an approved enrollment as an active role in the payer’s network from the effective date', () => {
    const role = toFhirPractitionerRole({
      clinicianId: 'dr-okafor',
      payerId: 'bcbs-il',
      status: 'approved',
      effectiveOn: '2026-02-01',
    });
    expectSchemaValid(role);
    expect(role).toEqual({
      resourceType: 'PractitionerRole',
      extension: [
        {
          url: 'http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/network-reference',
          valueReference: { reference: 'Organization/bcbs-il' },
        },
      ],
      active: true,
      period: { start: '2026-02-01' },
      practitioner: { reference: 'Practitioner/dr-okafor' },
    });
  });

  it('ends a terminated enrollment’s period the day before termination, inactive', () => {
    const role = toFhirPractitionerRole({
      clinicianId: 'dr-okafor',
      payerId: 'aetna',
      status: 'terminated',
      effectiveOn: '2024-03-01',
      terminatedOn: '2026-03-01',
    });
    expect([role.active, role.period]).toEqual([false, { start: '2024-03-01', end: '2026-02-28' }]);
  });

  it('writes an enrollment still in review inactive with no period', () => {
    const role = toFhirPractitionerRole({ clinicianId: 'dr-okafor', payerId: 'aetna', status: 'in_review' });
    expectSchemaValid(role);
    expect([role.active, role.period]).toEqual([false, undefined]);
  });
});
