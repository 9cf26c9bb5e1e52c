import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ClaimInput } from '../../src/billing/index.js';
import type { ClaimLineInput } from '../../src/billing/internal.js';
import { type FhirClaim, type FhirServiceLocation, toFhirClaim } from '../../src/fhir/index.js';
import { ANXIETY_CLAIM } from './claim-fixtures.js';
import { expectSchemaValid } from './fhir-fixtures.js';

// FHIR R4 Claim.facility is a Reference(Location) for where the services were given; item.location[x] takes
// one type, the place of service code, so a line's own place travels in the library's service-facility
// extension. Both name Locations contained in the claim, each referenced (dom-3) [sources: fhir-r4-claim].
// They carry what the 837P's 2310C and 2420C carry (005010X222A1) [sources: x12-837p-cg-cms].
const SERVICE_FACILITY = 'urn:practice-ops:fhir:extension:service-facility';
const options = { asOf: '2026-04-10', coverageId: 'cov-ava-1' };
const school = {
  name: 'EASTSIDE SCHOOL WELLNESS ROOM',
  address: { line1: '45 OAK AVE', city: 'GRESHAM', state: 'OR', postalCode: '970301234' },
} as const;
const annex = {
  name: 'HARBOR ANNEX',
  address: { line1: '9 PINE ST', line2: 'ROOM 2', city: 'PORTLAND', state: 'OR', postalCode: '97201' },
  npi: '1679576722',
} as const;
const line = (lineId: string, serviceDate: string, over: Partial<ClaimLineInput> = {}): ClaimLineInput => ({
  lineId,
  serviceDate,
  procedureCode: '90837',
  placeOfService: '11',
  units: 1,
  chargeCents: 20_000,
  diagnosisPointers: [1],
  ...over,
});
const claim = (over: Partial<ClaimInput>): ClaimInput => ({
  ...ANXIETY_CLAIM,
  priorAuthorizationNumber: undefined,
  lines: [line('1', '2026-04-06')],
  ...over,
});

/** The contained Location a reference (`#id`) names. */
function resolve(fhir: FhirClaim, reference: string | undefined): FhirServiceLocation | undefined {
  return fhir.contained?.find((l) => `#${l.id}` === reference);
}
/** The Location a line names in its service-facility extension, if any. */
function itemPlace(fhir: FhirClaim, i: number): FhirServiceLocation | undefined {
  const ext = fhir.item[i]?.extension.find((e) => e.url === SERVICE_FACILITY);
  return ext === undefined ? undefined : resolve(fhir, ext.valueReference?.reference);
}
/** A Location read back into the model's facility (the inverse of the writer). */
function backToModel(l: FhirServiceLocation) {
  const [line1, line2] = l.address.line;
  return {
    name: l.name,
    address: {
      line1,
      ...(line2 === undefined ? {} : { line2 }),
      city: l.address.city,
      state: l.address.state,
      postalCode: l.address.postalCode.replace('-', ''),
    },
    ...(l.identifier === undefined ? {} : { npi: l.identifier[0]?.value }),
  };
}

describe('toFhirClaim: where the services were given (Claim.facility, a line’s own place)', () => {
  it('names the school in Claim.facility for sessions there on 6 and 8 April 2026, and no line place', () => {
    const fhir = toFhirClaim(
      claim({ serviceFacility: school, lines: [line('1', '2026-04-06'), line('2', '2026-04-08')] }),
      options,
    );
    expectSchemaValid(fhir);
    expect(fhir.facility).toEqual({ reference: '#service-facility-1' });
    expect(fhir.contained).toEqual([
      {
        resourceType: 'Location',
        id: 'service-facility-1',
        name: 'EASTSIDE SCHOOL WELLNESS ROOM',
        address: {
          line: ['45 OAK AVE'],
          city: 'GRESHAM',
          state: 'OR',
          postalCode: '97030-1234',
          country: 'US',
        },
      },
    ]);
    expect([itemPlace(fhir, 0), itemPlace(fhir, 1)]).toEqual([undefined, undefined]);
  });

  it('names the annex (with its own NPI) on the one line given there, beside the school’s Claim.facility (2420C)', () => {
    const fhir = toFhirClaim(
      claim({
        serviceFacility: school,
        lines: [line('1', '2026-04-06'), line('2', '2026-04-08', { serviceFacility: annex })],
      }),
      options,
    );
    expectSchemaValid(fhir);
    expect(resolve(fhir, fhir.facility?.reference)?.name).toBe('EASTSIDE SCHOOL WELLNESS ROOM');
    expect(itemPlace(fhir, 0)).toBeUndefined();
    const place = itemPlace(fhir, 1) as FhirServiceLocation;
    expect(place.identifier).toEqual([{ system: 'http://hl7.org/fhir/sid/us-npi', value: '1679576722' }]);
    // The place of service stays in item.locationCodeableConcept.
    expect(fhir.item[1]?.locationCodeableConcept.coding?.[0]?.code).toBe('11');
    // Round trip: the JSON read back resolves to the model's facility.
    const read = JSON.parse(JSON.stringify(fhir)) as FhirClaim;
    expect(backToModel(itemPlace(read, 1) as FhirServiceLocation)).toEqual(annex);
    expect(backToModel(resolve(read, read.facility?.reference) as FhirServiceLocation)).toEqual(school);
  });

  it('names no place for telehealth (POS 10) or a home visit (POS 12), as the 837P writes no 2310C there', () => {
    const telehealth = toFhirClaim(
      { ...ANXIETY_CLAIM, serviceFacility: school },
      { ...options, asOf: '2026-03-03' },
    );
    expectSchemaValid(telehealth);
    expect(telehealth.facility).toBeUndefined();
    expect(telehealth.contained).toBeUndefined();
    // A home visit listed first: the claim's place is the home; the school session names the school itself.
    const fhir = toFhirClaim(
      claim({
        serviceFacility: school,
        lines: [line('1', '2026-04-06', { placeOfService: '12' }), line('2', '2026-04-08')],
      }),
      options,
    );
    expectSchemaValid(fhir);
    expect(fhir.facility).toBeUndefined();
    expect(itemPlace(fhir, 0)).toBeUndefined();
    expect(backToModel(itemPlace(fhir, 1) as FhirServiceLocation)).toEqual(school);
  });

  it('does not repeat a line’s place written another way, and writes one Location for two lines at the annex', () => {
    const same = {
      name: 'Eastside',
      address: { ...school.address, line1: '45 Oak Ave.', postalCode: '97030' },
    };
    const fhir = toFhirClaim(
      claim({
        serviceFacility: school,
        lines: [
          line('1', '2026-04-06', { serviceFacility: same }),
          line('2', '2026-04-07', { serviceFacility: annex }),
          line('3', '2026-04-08', { serviceFacility: annex }),
        ],
      }),
      options,
    );
    expectSchemaValid(fhir);
    expect(fhir.contained?.map((l) => l.name)).toEqual(['EASTSIDE SCHOOL WELLNESS ROOM', 'HARBOR ANNEX']);
    expect([0, 1, 2].map((i) => itemPlace(fhir, i)?.id)).toEqual([
      undefined,
      'service-facility-2',
      'service-facility-2',
    ]);
  });

  it('property: a line names a place exactly when it was in person elsewhere than Claim.facility, and every contained place is referenced', () => {
    const sites = { school, annex } as const;
    type Site = keyof typeof sites;
    const site = fc.constantFrom<Site | undefined>(undefined, 'school', 'annex');
    fc.assert(
      fc.property(
        site,
        fc.array(fc.record({ home: fc.boolean(), at: site }), { minLength: 1, maxLength: 6 }),
        (claimSite, specs) => {
          const fhir = toFhirClaim(
            claim({
              ...(claimSite === undefined ? {} : { serviceFacility: sites[claimSite] }),
              lines: specs.map((x, i) =>
                line(String(i + 1), `2026-04-0${i + 1}`, {
                  ...(x.home ? { placeOfService: '12' } : {}),
                  ...(x.at === undefined ? {} : { serviceFacility: sites[x.at] }),
                }),
              ),
            }),
            options,
          );
          expectSchemaValid(fhir);
          const claimLevel = specs[0]?.home === true ? undefined : claimSite;
          expect(resolve(fhir, fhir.facility?.reference)?.name).toBe(
            claimLevel === undefined ? undefined : sites[claimLevel].name,
          );
          specs.forEach((x, i) => {
            const where = x.home ? undefined : (x.at ?? claimSite);
            const expected = where === undefined || where === claimLevel ? undefined : sites[where].name;
            expect(itemPlace(fhir, i)?.name).toBe(expected);
          });
          const referenced = new Set([
            fhir.facility?.reference,
            ...fhir.item.flatMap((it) => it.extension.map((e) => e.valueReference?.reference)),
          ]);
          for (const l of fhir.contained ?? []) expect(referenced.has(`#${l.id}`)).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });
});
