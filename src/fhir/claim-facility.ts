import type { Claim } from '../billing/index.js';
import { isSameServiceAddress, PLACES_WITHOUT_SERVICE_FACILITY } from '../billing/internal.js';
import { SYSTEM } from './codes.js';

type ServiceFacility = NonNullable<Claim['serviceFacility']>;

/**
 * A place where a {@link FhirClaim}'s services were given, contained in the claim (`#service-facility-1`)
 * and named by `Claim.facility` or a line's service-facility extension: the 837P's service facility location
 * (2310C, 2420C) as a FHIR R4 `Location` with its name, street address and, for an organization apart from
 * the billing provider, its NPI [sources: fhir-r4-claim, x12-837p-cg-cms].
 * @example
 * ```ts
 * const school: FhirServiceLocation = { resourceType: 'Location', id: 'service-facility-1',
 *   name: 'EASTSIDE SCHOOL WELLNESS ROOM',
 *   address: { line: ['45 OAK AVE'], city: 'GRESHAM', state: 'OR', postalCode: '97030-1234', country: 'US' } };
 * ```
 */
export interface FhirServiceLocation {
  readonly resourceType: 'Location';
  readonly id: string;
  readonly identifier?: { readonly system: string; readonly value: string }[];
  readonly name: string;
  readonly address: {
    readonly line: string[];
    readonly city: string;
    readonly state: string;
    readonly postalCode: string;
    readonly country: 'US';
  };
}

/** Where a claim's services were given, and where each line's was when that differs. */
export interface ClaimFacilities {
  readonly contained: FhirServiceLocation[];
  /** The contained id of the claim's place (`Claim.facility`), or undefined. */
  readonly claim: string | undefined;
  /** Per line, the contained id of its own place when it differs from the claim's, or undefined. */
  readonly lines: (string | undefined)[];
}

function location(f: ServiceFacility, id: string, billingNpi: string | undefined): FhirServiceLocation {
  const a = f.address;
  const zip =
    a.postalCode.length === 9 ? `${a.postalCode.slice(0, 5)}-${a.postalCode.slice(5)}` : a.postalCode;
  return {
    resourceType: 'Location',
    id,
    ...(f.npi === undefined || f.npi === billingNpi
      ? {}
      : { identifier: [{ system: SYSTEM.npi, value: f.npi }] }),
    name: f.name,
    address: {
      line: a.line2 === undefined ? [a.line1] : [a.line1, a.line2],
      city: a.city,
      state: a.state,
      postalCode: zip,
      country: 'US',
    },
  };
}

/**
 * The places a claim carries, as the 837P's loops do: the claim's `serviceFacility` in `Claim.facility`
 * unless its place of service (the first line's) is telehealth or the client's home (2310C), and a line's
 * own place only when it was given in person somewhere other than the claim's place (2420C): its own
 * `serviceFacility`, else the claim's. Places at the same address (compared as payers compare them) are one
 * contained `Location` [sources: fhir-r4-claim, x12-837p-cg-cms, x12-rfi-service-facility].
 */
export function claimFacilities(c: Claim): ClaimFacilities {
  const contained: FhirServiceLocation[] = [];
  const places: ServiceFacility[] = [];
  const idOf = (f: ServiceFacility): string => {
    const at = places.findIndex((p) => isSameServiceAddress(p.address, f.address));
    if (at >= 0) return (contained[at] as FhirServiceLocation).id;
    places.push(f);
    const id = `service-facility-${places.length}`;
    contained.push(location(f, id, c.billingNpi));
    return id;
  };
  const inPerson = (pos: string) => !PLACES_WITHOUT_SERVICE_FACILITY.has(pos);
  const claimPlace =
    c.serviceFacility !== undefined && inPerson(c.lines[0]?.placeOfService ?? '11')
      ? c.serviceFacility
      : undefined;
  const claim = claimPlace === undefined ? undefined : idOf(claimPlace);
  const lines = c.lines.map((l) => {
    const own = l.serviceFacility ?? c.serviceFacility;
    if (own === undefined || !inPerson(l.placeOfService)) return undefined;
    if (claimPlace !== undefined && isSameServiceAddress(claimPlace.address, own.address)) return undefined;
    return idOf(own);
  });
  return { contained, claim, lines };
}
