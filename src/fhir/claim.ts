import * as z from 'zod';
import { Claim, type ClaimInput } from '../billing/index.js';
import { LocalDate, sumCents, type ValidationIssue } from '../core/index.js';
import { formatPath, validateArguments } from '../core/internal.js';
import { claimFacilities, type FhirServiceLocation } from './claim-facility.js';
import { concept, EXTENSION, modifierSystem, procedureSystem, referenceTo, SYSTEM, usd } from './codes.js';
import { CoverageId } from './coverage.js';
import type { FhirCodeableConcept, FhirExtension, FhirMoney, FhirReference } from './datatypes.js';
import { idIssues, validateForWriter, valueAt } from './fhir-ids.js';

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
 * A clinician on a {@link FhirClaim}'s care team: the one who treated (`primary`, the 837P's rendering
 * provider) or the one who supervised (`supervisor`). The reference names the clinician's `Practitioner`
 * (as {@link toFhirPractitioner} writes it) when the claim records who treated, and the NPI when the claim
 * carries one; at least one of the two is always present.
 * @example
 * ```ts
 * const member: FhirClaimCareTeamMember = { sequence: 1,
 *   provider: { type: 'Practitioner', reference: 'Practitioner/clin-rivera',
 *     identifier: { system: 'http://hl7.org/fhir/sid/us-npi', value: '1234567893' } },
 *   role: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/claimcareteamrole', code: 'primary' }] } };
 * ```
 */
export interface FhirClaimCareTeamMember {
  readonly sequence: number;
  readonly provider: {
    readonly type: 'Practitioner';
    readonly reference?: string;
    readonly identifier?: { readonly system: string; readonly value: string };
  };
  readonly role: FhirCodeableConcept;
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
 * (CPT or HCPCS, modifiers, units, place of service, diagnosis pointers), the treating and supervising
 * clinicians in the care team (by `Practitioner` reference and NPI, whichever the claim records), the
 * billing provider as `provider` by NPI, and where the services were given: `facility` and a line's own
 * place (the 837P's 2310C and 2420C), each a contained `Location` [sources: fhir-r4-claim, x12-837p].
 * @example
 * ```ts
 * const resource: FhirClaim = toFhirClaim(claim, { asOf: '2026-03-03', coverageId: 'cov-1' });
 * resource.use; //=> 'claim'
 * ```
 */
export interface FhirClaim {
  readonly resourceType: 'Claim';
  readonly id: string;
  /** The places `facility` and the lines' service-facility extensions name (`#service-facility-1`, …). */
  readonly contained?: FhirServiceLocation[];
  readonly status: 'active';
  readonly type: FhirCodeableConcept;
  readonly use: 'claim';
  readonly patient: FhirReference;
  readonly created: string;
  readonly insurer: FhirReference;
  readonly provider: FhirNpiReference;
  readonly priority: FhirCodeableConcept;
  /** Where the claim's services were given (the 837P's 2310C): a contained `Location`. */
  readonly facility?: FhirReference;
  readonly careTeam?: FhirClaimCareTeamMember[];
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
 * The claim's care team: who treated (by clinician id and NPI, whichever the claim records) and who
 * supervised (by clinician id), in that order [sources: fhir-r4-claim, x12-837p].
 */
function careTeamOf(c: Claim): FhirClaimCareTeamMember[] {
  const team: FhirClaimCareTeamMember[] = [];
  if (c.renderingClinicianId !== undefined || c.renderingNpi !== undefined) {
    team.push({
      sequence: 1,
      provider: {
        type: 'Practitioner',
        ...(c.renderingClinicianId === undefined
          ? {}
          : { reference: `Practitioner/${c.renderingClinicianId}` }),
        ...(c.renderingNpi === undefined
          ? {}
          : { identifier: { system: SYSTEM.npi, value: c.renderingNpi } }),
      },
      role: concept(SYSTEM.careTeamRole, 'primary', 'Primary provider'),
    });
  }
  if (c.supervisingClinicianId !== undefined) {
    team.push({
      sequence: team.length + 1,
      provider: { type: 'Practitioner', reference: `Practitioner/${c.supervisingClinicianId}` },
      role: concept(SYSTEM.careTeamRole, 'supervisor', 'Supervisor'),
    });
  }
  return team;
}

const DATE = /^\d{4}-\d\d-\d\d$/;

/**
 * What the writer itself requires, from the arguments validated or not (so these are listed beside the
 * schema's problems): FHIR ids, a billing NPI, and a `created` date (`asOf`) on or after every line's date
 * of service: a claim is written for services rendered, never before [sources: fhir-r4-claim, x12-837p].
 */
function claimIssues(claim: unknown, options: unknown): ValidationIssue[] {
  const issues = idIssues([
    ...(['claimId', 'clientId', 'payerId', 'renderingClinicianId', 'supervisingClinicianId'] as const).map(
      (k) => [['claim', k], valueAt(claim, [k])] as const,
    ),
    [['options', 'coverageId'], valueAt(options, ['coverageId'])],
  ]);
  if (typeof claim === 'object' && claim !== null && valueAt(claim, ['billingNpi']) === undefined) {
    const path = ['claim', 'billingNpi'];
    issues.push({
      path,
      at: formatPath(path),
      code: 'fhir.claim.billing_npi_missing',
      message: 'must be present on a claim to send',
    });
  }
  const asOf = valueAt(options, ['asOf']);
  const lines = valueAt(claim, ['lines']);
  const serviceDates = (Array.isArray(lines) ? lines : [])
    .map((l) => valueAt(l, ['serviceDate']))
    .filter((d): d is string => typeof d === 'string' && DATE.test(d));
  if (typeof asOf === 'string' && DATE.test(asOf) && serviceDates.some((d) => d > asOf)) {
    const path = ['options', 'asOf'];
    issues.push({
      path,
      at: formatPath(path),
      code: 'fhir.claim.created_before_service',
      message: 'must not be before the date of a service the claim bills',
    });
  }
  return issues;
}

/**
 * Writes a scrubbed claim as a FHIR R4 `Claim` (professional, use `claim`): each line with its procedure
 * code, modifiers, units, place of service, charge and diagnosis pointers, the clinician who treated
 * (`renderingClinicianId` as a `Practitioner` reference, `renderingNpi` as its identifier) and the one who
 * supervised in the care team, the billing provider as `provider` (a `Practitioner` when its NPI is the
 * treating clinician's, a clinician billing under their own type 1 NPI; else an `Organization`), the prior
 * authorization number, and the
 * service facility: the claim's in `facility`, a line's own (given in person elsewhere) in the item's
 * `urn:practice-ops:fhir:extension:service-facility` extension, each a contained `Location`.
 *
 * @remarks The claim's own id is `id`; each line's id travels in an extension so a remittance can be
 * matched to it. How the session was delivered is already in the place of service and the modifiers.
 * @throws {@link ValidationError} listing every problem at once, by argument (`$.claim…`, `$.options…`): the
 * claim or the options are invalid, the claim has no billing NPI (`fhir.claim.billing_npi_missing`: the
 * scrubber reports it first), an id is not a FHIR id (`fhir.id.invalid`), or `asOf` (the claim's
 * `created`) is before a line's date of service (`fhir.claim.created_before_service`).
 * @example
 * ```ts
 * // A 90834 on 2026-03-02, billed the next day under the client's coverage cov-ava-1.
 * const claim = { claimId: 'c-1', clientId: 'cl-ava', payerId: 'aetna', diagnosisCodes: ['F41.1'],
 *   renderingNpi: '1234567893', billingNpi: '1245319599',
 *   lines: [{ lineId: '1', serviceDate: '2026-03-02', procedureCode: '90834', placeOfService: '11', units: 1,
 *     chargeCents: 15000, diagnosisPointers: [1] }] };
 * const resource = toFhirClaim(claim, { asOf: '2026-03-03', coverageId: 'cov-ava-1' });
 * resource.insurance; //=> [{ sequence: 1, focal: true, coverage: { reference: 'Coverage/cov-ava-1' } }]
 * resource.total; //=> { value: 150, currency: 'USD' }
 * ```
 */
export function toFhirClaim(claim: ClaimInput, options: ToFhirClaimOptions): FhirClaim {
  const [c, { asOf, coverageId }] = validateForWriter(
    () =>
      validateArguments([
        ['claim', Claim, claim, 'claim'],
        ['options', ToFhirClaimOptions, options, 'options'],
      ]),
    (model) => (model === undefined ? claimIssues(claim, options) : claimIssues(...model)),
    'claim',
  );
  const billingNpi = c.billingNpi as string;
  const careTeam = careTeamOf(c);
  // Every line was rendered by the treating clinician (care team sequence 1), when the claim names one.
  const rendering = c.renderingClinicianId !== undefined || c.renderingNpi !== undefined ? [1] : [];
  const places = claimFacilities(c);
  return {
    resourceType: 'Claim',
    id: c.claimId,
    ...(places.contained.length === 0 ? {} : { contained: places.contained }),
    status: 'active',
    type: concept(SYSTEM.claimType, 'professional', 'Professional'),
    use: 'claim',
    patient: referenceTo('Patient', c.clientId),
    created: asOf,
    insurer: referenceTo('Organization', c.payerId),
    // A billing NPI that is the treating clinician's is a person's (type 1): the provider is a Practitioner.
    provider: npiReference(c.renderingNpi === billingNpi ? 'Practitioner' : 'Organization', billingNpi),
    priority: concept(SYSTEM.processPriority, 'normal'),
    ...(places.claim === undefined ? {} : { facility: { reference: `#${places.claim}` } }),
    ...(careTeam.length === 0 ? {} : { careTeam }),
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
      extension: [
        { url: EXTENSION.claimLine, valueString: l.lineId },
        // R4's item.location[x] takes one type, and it holds the place of service code payers price on; a
        // line given elsewhere than the claim's facility (2420C) names its Location here.
        ...(places.lines[i] === undefined
          ? []
          : [{ url: EXTENSION.serviceFacility, valueReference: { reference: `#${places.lines[i]}` } }]),
      ],
      sequence: i + 1,
      ...(rendering.length === 0 ? {} : { careTeamSequence: rendering }),
      ...(l.diagnosisPointers.length === 0 ? {} : { diagnosisSequence: l.diagnosisPointers }),
      productOrService: concept(procedureSystem(l.procedureCode), l.procedureCode),
      ...(l.modifiers.length === 0
        ? {}
        : { modifier: l.modifiers.map((m) => concept(modifierSystem(m), m)) }),
      servicedDate: l.serviceDate,
      locationCodeableConcept: concept(SYSTEM.placeOfService, l.placeOfService),
      quantity: { value: l.units },
      net: usd(l.chargeCents),
    })),
    total: usd(sumCents(c.lines.map((l) => l.chargeCents))),
  };
}
