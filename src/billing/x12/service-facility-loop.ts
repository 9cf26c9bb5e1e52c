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
const NO_FACILITY_PLACES: ReadonlySet<string> = new Set(['02', '10', '12']);

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
  const facility = c.serviceFacility;
  if (facility === undefined || NO_FACILITY_PLACES.has(placeOfService)) return null;
  return comparable(facility.address) === comparable(billingAddress) ? null : facility;
}

/**
 * Why a service facility that must be written cannot be, or nothing: the 837P asks for its street address
 * (no post office or lock box) with all nine digits of its ZIP code (2310C N3, N403), as for the billing
 * provider [sources: x12-837p-cg-cms].
 */
export function serviceFacilityRefusals(
  c: Claim,
  facility: ClaimServiceFacility | null,
): Reason<X12ReasonCode>[] {
  if (facility === null) return [];
  const missing: string[] = [];
  const box = /^\s*(P\.?\s*O\.?\s*BOX|POST\s+OFFICE\s+BOX|LOCK\s*BOX)\b/i;
  if (box.test(facility.address.line1) || box.test(facility.address.line2 ?? '')) missing.push('N301');
  if (!/^\d{9}$/.test(facility.address.postalCode)) missing.push('N403');
  if (missing.length === 0) return [];
  return [
    reason(
      'x12.837p.service_facility_incomplete',
      'error',
      'The claim’s service facility differs from the billing provider’s address, so the 837P must name it (2310C) with a street address and the nine digits of its ZIP code; it was left out.',
      { claimId: c.claimId, elements: missing.join(' ') },
    ),
  ];
}
