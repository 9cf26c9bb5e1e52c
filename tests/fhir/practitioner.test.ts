import fc from 'fast-check';
import type * as fhir4 from 'fhir/r4';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { addDays, ValidationError } from '../../src/core/index.js';
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

describe('toFhirPractitioner: a license’s records are its history', () => {
  const record = (over: Partial<Record<string, string>>) => ({
    state: 'CA',
    type: 'LMFT',
    number: 'L1',
    level: 'independent',
    status: 'active',
    issuedOn: '2024-07-01',
    expiresOn: '2026-12-31',
    ...over,
  });
  const quals = (licenses: ReturnType<typeof record>[]) =>
    (
      toFhirPractitioner({
        clinicianId: 'c1',
        individualNpi: '1234567893',
        licenses,
      } as ClinicianCredentialsInput).qualification ?? []
    ).map((q) => ({
      status: (q.extension[0]?.extension[0] as { valueCode?: string } | undefined)?.valueCode,
      period: q.period,
      text: q.code.text,
    }));

  it('ends a restricted record the day before the suspension of 2026-05-01, which decides the standing', () => {
    expect(
      quals([record({ status: 'restricted' }), record({ status: 'suspended', issuedOn: '2026-05-01' })]),
    ).toEqual([
      {
        status: 'active',
        period: { start: '2024-07-01', end: '2026-04-30' },
        text: 'CA LMFT license (independent, restricted; superseded 2026-05-01)',
      },
      {
        status: 'inactive',
        period: { start: '2026-05-01', end: '2026-12-31' },
        text: 'CA LMFT license (independent, suspended)',
      },
    ]);
  });

  it('keeps the expiry of a record that lapsed before its renewal, and writes identical records once', () => {
    const lapsed = record({ expiresOn: '2026-06-30' });
    const renewed = record({ issuedOn: '2026-08-01', expiresOn: '2028-06-30' });
    expect(quals([renewed, lapsed, lapsed]).map((q) => q.period)).toEqual([
      { start: '2024-07-01', end: '2026-06-30' },
      { start: '2026-08-01', end: '2028-06-30' },
    ]);
    // Another license number is another license: both stand.
    expect(quals([record({}), record({ number: 'L2' })]).map((q) => q.period.end)).toEqual([
      '2026-12-31',
      '2026-12-31',
    ]);
  });

  it('refuses records of one license issued the same day that disagree, without echoing them', () => {
    try {
      quals([
        record({ status: 'active' }),
        record({ status: 'revoked', number: 'SECRET-1' }),
        record({ number: 'SECRET-1' }),
      ]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      const issues = (error as ValidationError).issues;
      expect(issues.map((i) => [i.code, i.at])).toEqual([
        ['fhir.practitioner.license_records_conflict', '$.licenses[2]'],
      ]);
      expect(JSON.stringify(issues)).not.toContain('SECRET');
    }
  });

  it('never writes two records of one license whose periods overlap', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 2000 }), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 1500 }),
        (starts, length) => {
          const records = starts.map((n) =>
            record({ issuedOn: addDays('2020-01-01', n), expiresOn: addDays('2020-01-01', n + length) }),
          );
          const periods = quals(records).map((q) => q.period);
          expect(periods).toHaveLength(records.length);
          for (let i = 1; i < periods.length; i += 1) {
            expect((periods[i - 1]?.end ?? '') < (periods[i]?.start ?? '')).toBe(true);
          }
          const latest = [...records].sort((a, b) => (a.issuedOn < b.issuedOn ? -1 : 1)).at(-1);
          expect(periods.at(-1)).toEqual({ start: latest?.issuedOn, end: latest?.expiresOn });
        },
      ),
      { numRuns: 200 },
    );
  });
});
