import { type Reason, reason } from '../../core/index.js';
import type { ClaimServiceFacility } from '../claims/service-facility.js';
import type { Claim } from '../index.js';
import type { X12ReasonCode } from './reason-codes.js';
import { toX12Text } from './x12-text.js';

// Places of service where the session is not at a facility of the practice: telehealth (02 other than the
// patient's home, 10 the patient's home) and the patient's home (12). X12's answer to RFI 423: at the
// patient's home the service facility loop is not used, CLM05-1 says where the service was; and a
// telehealth session is given from the distant site, which is the practice [sources: x12-rfi-service-facility,
// cms-pos-codes].
export const PLACES_WITHOUT_SERVICE_FACILITY: ReadonlySet<string> = new Set(['02', '10', '12']);
const NO_FACILITY_PLACES = PLACES_WITHOUT_SERVICE_FACILITY;

interface AddressLike {
  readonly line1: string;
  readonly line2?: string | undefined;
  readonly city: string;
  readonly state: string;
  readonly postalCode: string;
}

/** An address as payers compare them: marks dropped, case and runs of spaces ignored, ZIP to five digits. */
function comparable(a: AddressLike): string {
  const text = (s: string | undefined) =>
    toX12Text(s ?? '')
      .toUpperCase()
      .replace(/[.,]/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  return [text(a.line1), text(a.line2), text(a.city), a.state, a.postalCode.slice(0, 5)].join('|');
}

/** Whether two addresses name the same place as payers compare them (RFI 2810) [sources: x12-rfi-service-facility]. */
export function isSameServiceAddress(a: AddressLike, b: AddressLike): boolean {
  return comparable(a) === comparable(b);
}

/** The facility to name for services at `placeOfService`, or `null`: none given, not a facility place, or 2010AA's. */
function facilityAt(
  facility: ClaimServiceFacility | undefined,
  placeOfService: string,
  billingAddress: AddressLike,
): ClaimServiceFacility | null {
  if (facility === undefined || NO_FACILITY_PLACES.has(placeOfService)) return null;
  return comparable(facility.address) === comparable(billingAddress) ? null : facility;
}

/**
 * The service facility to write in loop 2310C, or `null`: none is given, the claim's place of service
 * (CLM05-1) is telehealth or the patient's home, or it is at the billing provider's address (2010AA) —
 * the guide's situational rule: "required when the location of health care service is different than that
 * carried in Loop ID-2010AA; if not required, do not send" [sources: x12-837p-cg-cms, x12-rfi-service-facility].
 * The addresses are compared as payers may (RFI 2810): case, spaces, periods and commas, letters' marks and
 * the ZIP's last four digits do not make them differ.
 */
export function serviceFacilityToWrite(
  c: Claim,
  placeOfService: string,
  billingAddress: AddressLike,
): ClaimServiceFacility | null {
  return facilityAt(c.serviceFacility, placeOfService, billingAddress);
}

/**
 * What loop 2420C says of one line: nothing (`none`: the line was where 2310C, or 2010AA when there is no
 * 2310C, says the claim's services were), the facility to name (`2420C`), or `conflict` when the line was
 * at the client's home or by telehealth (no facility loop there) under a claim whose 2310C names a site,
 * which would then stand for the line too and which no 2420C can undo.
 */
export type LineFacilityLoop =
  | { readonly loop: 'none' }
  | { readonly loop: '2420C'; readonly facility: ClaimServiceFacility }
  | { readonly loop: 'conflict' };

/**
 * Loop 2420C for one line: "required when the location of health care service for this service line is
 * different than that carried in Loop ID-2310C; if not required, do not send" [sources: x12-837p-cg-cms].
 * The line was at its own `serviceFacility`, else the claim's; a line back at the billing provider's address
 * under a 2310C naming another site names the billing provider's address. Addresses are compared as for
 * 2310C (RFI 2810), and a line at the client's home or by telehealth names no facility (RFI 423).
 */
export function lineFacilityLoop(
  c: Claim,
  line: Claim['lines'][number],
  claimPlaceOfService: string,
  billingProvider: {
    readonly name: string;
    readonly address: AddressLike & { readonly state: ClaimServiceFacility['address']['state'] };
  },
): LineFacilityLoop {
  const claimLevel = facilityAt(c.serviceFacility, claimPlaceOfService, billingProvider.address);
  const own = facilityAt(
    line.serviceFacility ?? c.serviceFacility,
    line.placeOfService,
    billingProvider.address,
  );
  if (own !== null) {
    const same = claimLevel !== null && comparable(claimLevel.address) === comparable(own.address);
    return same ? { loop: 'none' } : { loop: '2420C', facility: own };
  }
  if (claimLevel === null) return { loop: 'none' };
  if (NO_FACILITY_PLACES.has(line.placeOfService)) return { loop: 'conflict' };
  const a = billingProvider.address;
  return {
    loop: '2420C',
    facility: {
      name: billingProvider.name,
      address: {
        line1: a.line1,
        ...(a.line2 === undefined ? {} : { line2: a.line2 }),
        city: a.city,
        state: a.state,
        postalCode: a.postalCode,
      },
    },
  };
}

const PO_BOX = /^\s*(P\.?\s*O\.?\s*BOX|POST\s+OFFICE\s+BOX|LOCK\s*BOX)\b/i;

/** The N3/N4 elements a facility to be named lacks: a street address (N301) and a nine-digit ZIP (N403). */
function missingElements(facility: ClaimServiceFacility): string[] {
  const missing: string[] = [];
  if (PO_BOX.test(facility.address.line1) || PO_BOX.test(facility.address.line2 ?? '')) missing.push('N301');
  if (!/^\d{9}$/.test(facility.address.postalCode)) missing.push('N403');
  return missing;
}

/**
 * Why the service facilities that must be written cannot be, or nothing: the 837P asks for a street address
 * (no post office or lock box) with all nine digits of its ZIP code (2310C and 2420C N3, N403), as for the
 * billing provider; and a line at the client's home or by telehealth cannot stand under a claim-level 2310C
 * naming another site [sources: x12-837p-cg-cms, x12-rfi-service-facility].
 */
export function serviceFacilityRefusals(
  c: Claim,
  facility: ClaimServiceFacility | null,
  lines: readonly LineFacilityLoop[] = [],
): Reason<X12ReasonCode>[] {
  const out: Reason<X12ReasonCode>[] = [];
  const incomplete = (loop: string, f: ClaimServiceFacility, lineId?: string) => {
    const missing = missingElements(f);
    if (missing.length === 0) return;
    out.push(
      reason(
        'x12.837p.service_facility_incomplete',
        'error',
        'The claim’s services (or a line’s) were given away from the billing provider’s address, so the 837P must name the place (2310C, or 2420C for a line) with a street address and the nine digits of its ZIP code; it was left out.',
        {
          claimId: c.claimId,
          loop,
          ...(lineId === undefined ? {} : { lineId }),
          elements: missing.join(' '),
        },
      ),
    );
  };
  if (facility !== null) incomplete('2310C', facility);
  lines.forEach((l, i) => {
    const lineId = c.lines[i]?.lineId ?? String(i + 1);
    if (l.loop === '2420C') incomplete('2420C', l.facility, lineId);
    if (l.loop === 'conflict') {
      out.push(
        reason(
          'x12.837p.service_facility_conflict',
          'error',
          'A line was given at the client’s home or by telehealth, where the 837P names no service facility, but the claim names another site in 2310C, which would stand for that line too: bill the line on a claim of its own, or list it first so that the claim’s place is the client’s home or telehealth; the claim was left out.',
          {
            claimId: c.claimId,
            lineId,
            placeOfService: c.lines[i]?.placeOfService ?? '',
          },
        ),
      );
    }
  });
  return out;
}
