import * as z from 'zod';
import { Claim, type ClaimInput } from '../billing/index.js';
import { LocalDate, sumCents, ValidationError, validate } from '../core/index.js';
import { concept, EXTENSION, referenceTo, SYSTEM, usd } from './codes.js';
import { CoverageId } from './coverage.js';
import type { FhirCodeableConcept, FhirExtension, FhirMoney, FhirReference } from './datatypes.js';
import { checkFhirIds } from './fhir-ids.js';

/**
 * A provider named by NPI (a logical reference: the library keeps NPIs, not provider resources).
 * @example
 * ```ts
 * const billing: FhirNpiReference = { type: 'Organization',
 *   identifier: { system: 'http://hl7.org/fhir/sid/us-npi', value: '1245319599' } };
 * ```
 */
export interface FhirNpiReference {
  readonly type: 'Practitioner' | 'Organization';
  readonly identifier: { readonly system: string; readonly value: string };
}

/**
 * One service line of a {@link FhirClaim}.
 * @example
 * ```ts
 * const [line]: FhirClaimItem[] = toFhirClaim(claim, { asOf: '2026-03-03', coverageId: 'cov-1' }).item;
 * line.productOrService.coding?.[0]?.code; //=> '90834'
 * ```
 */
export interface FhirClaimItem {
  readonly extension: FhirExtension[];
  readonly sequence: number;
  readonly careTeamSequence?: number[];
  readonly diagnosisSequence?: number[];
  readonly productOrService: FhirCodeableConcept;
  readonly modifier?: FhirCodeableConcept[];
  readonly servicedDate: string;
  readonly locationCodeableConcept: FhirCodeableConcept;
  readonly quantity: { readonly value: number };
  readonly net: FhirMoney;
}

/**
 * The FHIR R4 `Claim` this library writes from a claim: a professional claim with its diagnoses, lines
 * (CPT or HCPCS, modifiers, units, place of service, diagnosis pointers), the rendering provider in the
 * care team and the billing provider as `provider`, both by NPI [sources: fhir-r4-claim, x12-837p].
 * @example
 * ```ts
 * const resource: FhirClaim = toFhirClaim(claim, { asOf: '2026-03-03', coverageId: 'cov-1' });
 * resource.use; //=> 'claim'
 * ```
 */
export interface FhirClaim {
  readonly resourceType: 'Claim';
  readonly id: string;
  readonly status: 'active';
  readonly type: FhirCodeableConcept;
  readonly use: 'claim';
  readonly patient: FhirReference;
  readonly created: string;
  readonly insurer: FhirReference;
  readonly provider: FhirNpiReference;
  readonly priority: FhirCodeableConcept;
  readonly careTeam?: {
    readonly sequence: number;
    readonly provider: FhirNpiReference;
    readonly role: FhirCodeableConcept;
  }[];
  readonly diagnosis?: {
    readonly sequence: number;
    readonly diagnosisCodeableConcept: FhirCodeableConcept;
  }[];
  readonly insurance: {
    readonly sequence: number;
    readonly focal: true;
    readonly coverage: FhirReference;
    readonly preAuthRef?: string[];
  }[];
  readonly item: FhirClaimItem[];
  readonly total: FhirMoney;
}

/**
 * Options of {@link toFhirClaim}: the date the claim is written (`created`) and the client's coverage the
 * claim is billed to.
 * @example
 * ```ts
 * ToFhirClaimOptions.parse({ asOf: '2026-03-03', coverageId: 'cov-ava-1' }); //=> the same options
 * ```
 */
export const ToFhirClaimOptions = z.strictObject({ asOf: LocalDate, coverageId: CoverageId });
export type ToFhirClaimOptions = z.input<typeof ToFhirClaimOptions>;

const npiReference = (type: FhirNpiReference['type'], npi: string): FhirNpiReference => ({
  type,
  identifier: { system: SYSTEM.npi, value: npi },
});

/**
 * Writes a scrubbed claim as a FHIR R4 `Claim` (professional, use `claim`): each line with its procedure
 * code, modifiers, units, place of service, charge and diagnosis pointers, the rendering provider in the
 * care team, the billing provider as `provider`, and the prior authorization number.
 *
 * @remarks The claim's own id is `id`; each line's id travels in an extension so a remittance can be
 * matched to it. How the session was delivered is already in the place of service and the modifiers.
 * @throws {@link ValidationError} when the claim or the options are invalid, the claim has no billing NPI
 * (`fhir.claim.billing_npi_missing`: the scrubber reports it first), or an id is not a FHIR id.
 * @example
 * ```ts
 * toFhirClaim(claim, { asOf: '2026-03-03', coverageId: 'cov-ava-1' }).item[0].productOrService.coding[0].code;
 * //=> '90834'
 * ```
 */
export function toFhirClaim(claim: ClaimInput, options: ToFhirClaimOptions): FhirClaim {
  const c = validate(Claim, claim, 'claim');
  const { asOf, coverageId } = validate(ToFhirClaimOptions, options, 'options');
  checkFhirIds('claim', [
    ['claimId', c.claimId],
    ['clientId', c.clientId],
    ['payerId', c.payerId],
    ['coverageId', coverageId],
  ]);
  const billingNpi = c.billingNpi;
  if (billingNpi === undefined) {
    const issue = {
      path: ['billingNpi'],
      at: '$.billingNpi',
      code: 'fhir.claim.billing_npi_missing',
      message: 'must be present on a claim to send',
    };
    throw new ValidationError('claim', [issue]);
  }
  const rendering = c.renderingNpi === undefined ? [] : [1];
  return {
    resourceType: 'Claim',
    id: c.claimId,
    status: 'active',
    type: concept(SYSTEM.claimType, 'professional', 'Professional'),
    use: 'claim',
    patient: referenceTo('Patient', c.clientId),
    created: asOf,
    insurer: referenceTo('Organization', c.payerId),
    provider: npiReference('Organization', billingNpi),
    priority: concept(SYSTEM.processPriority, 'normal'),
    ...(c.renderingNpi === undefined
      ? {}
      : {
          careTeam: [
            {
              sequence: 1,
              provider: npiReference('Practitioner', c.renderingNpi),
              role: concept(SYSTEM.careTeamRole, 'primary', 'Primary provider'),
            },
          ],
        }),
    ...(c.diagnosisCodes.length === 0
      ? {}
      : {
          diagnosis: c.diagnosisCodes.map((code, i) => ({
            sequence: i + 1,
            diagnosisCodeableConcept: concept(SYSTEM.icd10cm, code),
          })),
        }),
    insurance: [
      {
        sequence: 1,
        focal: true,
        coverage: referenceTo('Coverage', coverageId),
        ...(c.priorAuthorizationNumber === undefined ? {} : { preAuthRef: [c.priorAuthorizationNumber] }),
      },
    ],
    item: c.lines.map((l, i) => ({
      extension: [{ url: EXTENSION.claimLine, valueString: l.lineId }],
      sequence: i + 1,
      ...(rendering.length === 0 ? {} : { careTeamSequence: rendering }),
      ...(l.diagnosisPointers.length === 0 ? {} : { diagnosisSequence: l.diagnosisPointers }),
      productOrService: concept(SYSTEM.cpt, l.procedureCode),
      ...(l.modifiers.length === 0 ? {} : { modifier: l.modifiers.map((m) => concept(SYSTEM.cpt, m)) }),
      servicedDate: l.serviceDate,
      locationCodeableConcept: concept(SYSTEM.placeOfService, l.placeOfService),
      quantity: { value: l.units },
      net: usd(l.chargeCents),
    })),
    total: usd(sumCents(c.lines.map((l) => l.chargeCents))),
  };
}
