// CARIN Blue Button adjudication categories and the 835's group and CARC they stand for, both ways: reading an
// EOB into the remittance model, and writing a remittance adjustment as an EOB adjudication.
import type * as z from 'zod';
import { RemittanceAdjustment } from '../billing/index.js';
import { validate } from '../core/index.js';
import { EXTENSION, SYSTEM, usd } from './codes.js';
import type { FhirCodeableConcept, FhirExtension, FhirMoney } from './datatypes.js';

/**
 * The adjudication categories that are one adjustment of the 835 on their own, each with its group and CARC:
 * HL7's deductible (PR-1) and copay (PR-3), CARIN's coinsurance (PR-2) and discount, the contracted reduction
 * of the charge to the allowed amount (CO-45: the charge exceeds the contracted fee arrangement). No other
 * category names its group: CARIN's noncovered may be the provider's (CO) or the member's (PR), prior payer
 * paid and paid to patient are no adjustment of this payer's, so they need a CARC and a group to be placed
 * [sources: carin-bb-adjudication, fhir-r4-claimresponse, x12-carc].
 */
export const CATEGORY_ADJUSTMENTS: ReadonlyMap<
  string,
  { readonly system: string; readonly group: 'PR' | 'CO'; readonly carc: string }
> = new Map([
  ['deductible', { system: SYSTEM.adjudication, group: 'PR', carc: '1' }],
  ['coinsurance', { system: SYSTEM.c4bbAdjudication, group: 'PR', carc: '2' }],
  ['copay', { system: SYSTEM.adjudication, group: 'PR', carc: '3' }],
  ['discount', { system: SYSTEM.c4bbAdjudication, group: 'CO', carc: '45' }],
] as const);

/**
 * CARIN's categories that carry no amount of the 835's balance: the allowed amount and percentage, tax, a
 * deductible not tied to a line, the member's liability (the patient's shares summed), what the patient paid
 * (by any means); and CARIN's discriminators, which state a status or a reason, not money (network status,
 * benefit payment status, allowed units, an adjustment or reject reason with no amount)
 * [sources: carin-bb-adjudication, fhir-r4-claimresponse].
 */
export const INFORMATIONAL_CATEGORIES: ReadonlySet<string> = new Set([
  'eligible',
  'eligpercent',
  'tax',
  'unallocdeduct',
  'memberliability',
  'paidbypatient',
  'paidbypatientcash',
  'paidbypatientother',
  'paidbypatienthealthaccount',
]);

/** The C4BB discriminator categories: a status or a reason, never an amount of their own. */
export const DISCRIMINATOR_CATEGORIES: ReadonlySet<string> = new Set([
  'allowedunits',
  'adjustmentreason',
  'rejectreason',
  'billingnetworkstatus',
  'renderingnetworkstatus',
  'benefitpaymentstatus',
]);

/**
 * One adjudication of a FHIR R4 `ExplanationOfBenefit` or `ClaimResponse` (an item's or the claim's), as
 * {@link toFhirAdjudication} writes it.
 * @example
 * ```ts
 * const discount: FhirAdjudication = {
 *   category: { coding: [{ system: 'http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBAdjudication', code: 'discount' }] },
 *   reason: { coding: [{ system: 'https://x12.org/codes/claim-adjustment-reason-codes', code: '45' }] },
 *   amount: { value: 30, currency: 'USD' },
 * };
 * ```
 */
export interface FhirAdjudication {
  /** The adjustment group (CO, PR, OA, PI), when the category does not say it. */
  readonly extension?: FhirExtension[];
  readonly category: FhirCodeableConcept;
  /** The CARC, then the RARCs that explain it. */
  readonly reason: FhirCodeableConcept;
  readonly amount: FhirMoney;
}

/**
 * Writes one adjustment of the remittance model (an 835's CAS group, CARC, amount and remarks) as a FHIR R4
 * adjudication in CARIN Blue Button's terms, which {@link fromFhirExplanationOfBenefit} and
 * {@link fromFhirClaimResponse} read back to the same adjustment: CO-45 is CARIN's `discount`, PR-1 HL7's
 * `deductible`, PR-2 CARIN's `coinsurance`, PR-3 HL7's `copay`, each with its CARC in `reason`; any other
 * adjustment is CARIN's `adjustmentreason` with its CARC and the group in the library's adjustment-group
 * extension, since no CARIN category says it. Remarks (RARCs) follow the CARC in `reason`.
 *
 * @param adjustment - one adjustment of a remittance line or claim (`RemittanceAdjustment`)
 * @returns the adjudication, amounts in US dollars
 * @throws {@link ValidationError} when the adjustment is malformed (`$.group`, `$.carc`), never echoing a value.
 * @remarks CARC 45 is the charge above the contracted fee arrangement, used with group CO; CARC 1, 2 and 3
 * are the deductible, coinsurance and copay, the member's (PR) [sources: x12-carc, carin-bb-adjudication].
 * @example
 * ```ts
 * toFhirAdjudication({ group: 'CO', carc: '45', amountCents: 3_000 }).category;
 * //=> { coding: [{ system: 'http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBAdjudication', code: 'discount' }] }
 * toFhirAdjudication({ group: 'CO', carc: '253', amountCents: 120 }).extension;
 * //=> [{ url: 'urn:practice-ops:fhir:extension:adjustment-group', valueCode: 'CO' }]
 * ```
 */
export function toFhirAdjudication(adjustment: z.input<typeof RemittanceAdjustment>): FhirAdjudication {
  const a = validate(RemittanceAdjustment, adjustment, 'remittance adjustment');
  const reason: FhirCodeableConcept = {
    coding: [
      { system: SYSTEM.carc, code: a.carc },
      ...a.remarks.map((code) => ({ system: SYSTEM.rarc, code })),
    ],
  };
  const amount = usd(a.amountCents);
  for (const [code, c] of CATEGORY_ADJUSTMENTS) {
    if (c.group === a.group && c.carc === a.carc)
      return { category: { coding: [{ system: c.system, code }] }, reason, amount };
  }
  return {
    extension: [{ url: EXTENSION.adjustmentGroup, valueCode: a.group }],
    category: { coding: [{ system: SYSTEM.c4bbAdjudicationDiscriminator, code: 'adjustmentreason' }] },
    reason,
    amount,
  };
}
