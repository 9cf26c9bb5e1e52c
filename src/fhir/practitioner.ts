import { addDays, isNonEmpty, ValidationError, type ValidationIssue, validate } from '../core/index.js';
import { formatPath } from '../core/internal.js';
import {
  ClinicianCredentials,
  type ClinicianCredentialsInput,
  type CompactAuthorization,
  PayerEnrollment,
  type PayerEnrollmentInput,
  type StateLicense,
} from '../credentialing/index.js';
import { groupLicenseRecords, type LicenseStatus } from '../credentialing/internal.js';
import { concept, EXTENSION, referenceTo, SYSTEM } from './codes.js';
import type {
  FhirCodeableConcept,
  FhirExtension,
  FhirIdentifier,
  FhirPeriod,
  FhirReference,
} from './datatypes.js';
import { checkFhirIds } from './fhir-ids.js';

/**
 * A nested extension (Plan-Net's qualification status and where it is valid).
 * @example
 * ```ts
 * const status: FhirQualificationExtension = {
 *   url: 'http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/practitioner-qualification',
 *   extension: [{ url: 'status', valueCode: 'active' }],
 * };
 * ```
 */
export interface FhirQualificationExtension {
  readonly url: string;
  readonly extension: (
    | { readonly url: 'status'; readonly valueCode: string }
    | {
        readonly url: 'whereValid';
        readonly valueCodeableConcept: FhirCodeableConcept;
      }
  )[];
}

/**
 * A license or interstate authorization of a {@link FhirPractitioner}.
 * @example
 * ```ts
 * const [license]: FhirQualification[] = toFhirPractitioner(credentials).qualification ?? [];
 * license?.period; //=> { start: '2024-07-01', end: '2026-06-30' }
 * ```
 */
export interface FhirQualification {
  readonly extension: FhirQualificationExtension[];
  readonly identifier?: FhirIdentifier[];
  readonly code: FhirCodeableConcept;
  readonly period: FhirPeriod;
}

/**
 * The FHIR R4 `Practitioner` this library writes: the NPI and every license and interstate authorization
 * as a qualification with its states and period [sources: fhir-r4-practitioner, us-core-practitioner,
 * davinci-plan-net].
 * @example
 * ```ts
 * const resource: FhirPractitioner = toFhirPractitioner(credentials);
 * resource.resourceType; //=> 'Practitioner'
 * ```
 */
export interface FhirPractitioner {
  readonly resourceType: 'Practitioner';
  readonly id: string;
  readonly identifier: FhirIdentifier[];
  readonly active: true;
  readonly qualification?: FhirQualification[];
}

/**
 * The FHIR R4 `PractitionerRole` this library writes for one payer enrollment: the clinician in the payer's
 * network from the effective date, with Plan-Net's network reference [sources: fhir-r4-practitioner,
 * davinci-plan-net].
 * @example
 * ```ts
 * const resource: FhirPractitionerRole = toFhirPractitionerRole(enrollment);
 * resource.resourceType; //=> 'PractitionerRole'
 * ```
 */
export interface FhirPractitionerRole {
  readonly resourceType: 'PractitionerRole';
  readonly extension: FhirExtension[];
  readonly active: boolean;
  readonly period?: FhirPeriod;
  readonly practitioner: FhirReference;
}

// Plan-Net's qualification status has no suspended or surrendered: both no longer allow practice.
const QUALIFICATION_STATUS: Readonly<Record<LicenseStatus, string>> = {
  active: 'active',
  restricted: 'active',
  inactive: 'inactive',
  suspended: 'inactive',
  surrendered: 'inactive',
  revoked: 'revoked',
};

const COMPACT_NAMES: Readonly<Record<CompactAuthorization['kind'], string>> = {
  psypact_apit: 'PSYPACT Authority to Practice Interjurisdictional Telepsychology',
  psypact_tap: 'PSYPACT Temporary Authorization to Practice',
  counseling_privilege: 'Counseling Compact privilege to practice',
  social_work_multistate: 'Social Work Licensure Compact multistate license',
  telehealth_registration: 'Out-of-state telehealth registration',
};

function qualificationExtension(status: string, states: readonly string[]): FhirQualificationExtension {
  return {
    url: EXTENSION.practitionerQualification,
    extension: [
      { url: 'status', valueCode: status },
      ...states.map((s) => ({
        url: 'whereValid' as const,
        valueCodeableConcept: concept(SYSTEM.usState, s),
      })),
    ],
  };
}

function licenseQualification(l: StateLicense, supersededOn: string | null): FhirQualification {
  // A record replaced by a later one of the same license governs until the day before that one starts.
  const dayBefore = supersededOn === null ? null : addDays(supersededOn, -1);
  const end = dayBefore !== null && dayBefore < l.expiresOn ? dayBefore : l.expiresOn;
  return {
    extension: [qualificationExtension(QUALIFICATION_STATUS[l.status], [l.state])],
    identifier: [{ value: l.number }],
    code: {
      ...concept(SYSTEM.licenseType, l.type),
      text: `${l.state} ${l.type} license (${l.level}, ${l.status}${supersededOn === null ? '' : `; superseded ${supersededOn}`})`,
    },
    period: { start: l.issuedOn, end },
  };
}

// The states an authorization names: a privilege's remote state, a registration's state, else the home
// state it rests on (compact member states change and are not listed here).
function authorizationStates(a: CompactAuthorization): string[] {
  switch (a.kind) {
    case 'counseling_privilege':
      return [a.remoteState];
    case 'telehealth_registration':
      return [a.state];
    case 'psypact_apit':
    case 'psypact_tap':
    case 'social_work_multistate':
      return [];
    default: {
      const exhausted: never = a;
      return exhausted;
    }
  }
}

function authorizationQualification(a: CompactAuthorization): FhirQualification {
  const status = a.status === 'active' ? 'active' : a.status === 'revoked' ? 'revoked' : 'inactive';
  const home = 'homeState' in a ? ` (home state ${a.homeState})` : '';
  return {
    extension: [qualificationExtension(status, authorizationStates(a))],
    ...(a.number === undefined ? {} : { identifier: [{ value: a.number }] }),
    code: {
      ...concept(SYSTEM.compactAuthorization, a.kind),
      text: `${COMPACT_NAMES[a.kind]}${home}, ${a.status}`,
    },
    period: { start: a.issuedOn, end: a.expiresOn },
  };
}

/**
 * Each license's records as qualifications, one per record in the order issued: a record governs from its
 * `issuedOn` until the next record of the same license (state, type, number) replaces it, so its period
 * ends the day before that one is issued (or at its own expiry, if earlier), and the latest record
 * decides the current standing. Identical records are written once; records issued the same day that
 * disagree cannot be written (which one stands is not known).
 */
function licenseQualifications(licenses: readonly StateLicense[]): FhirQualification[] {
  const out: FhirQualification[] = [];
  const issues: ValidationIssue[] = [];
  for (const group of groupLicenseRecords(licenses)) {
    const seen = new Set<string>();
    const records = group
      .filter((l) => {
        const key = JSON.stringify([l.issuedOn, l.status, l.level, l.expiresOn]);
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      })
      .sort((a, b) => (a.issuedOn < b.issuedOn ? -1 : a.issuedOn > b.issuedOn ? 1 : 0));
    records.forEach((l, i) => {
      const next = records[i + 1];
      if (next !== undefined && next.issuedOn === l.issuedOn) {
        const path = ['licenses', licenses.indexOf(next)];
        issues.push({
          path,
          at: formatPath(path),
          code: 'fhir.practitioner.license_records_conflict',
          message:
            'disagrees with another record of the same license issued the same day: which one stands is not known',
        });
      }
      out.push(licenseQualification(l, next?.issuedOn ?? null));
    });
  }
  if (isNonEmpty(issues)) throw new ValidationError('clinician credentials', issues);
  return out;
}

/**
 * Writes a clinician's credentials as a FHIR R4 `Practitioner`: the individual NPI, and each state license
 * and interstate authorization as a qualification with its period, status and the state where it is valid.
 * A license's records are its history: a record replaced by a later record of the same license (a
 * renewal, a suspension, a reinstatement) is written with its period ending the day before the later one
 * is issued, and its text says `superseded` and when; the latest record decides the current standing.
 *
 * @remarks Names, DEA numbers, malpractice and board certifications are not written: the rules do not
 * exchange them (minimum necessary). PSYPACT and Social Work Compact authorizations name no single state:
 * their member states change, so the text names the home state and the states are not listed.
 * @throws {@link ValidationError} when the credentials are invalid, the clinician id is not a FHIR id, or
 *   records of one license issued the same day disagree (`fhir.practitioner.license_records_conflict`).
 * @example
 * ```ts
 * toFhirPractitioner({ clinicianId: 'dr-lee', individualNpi: '1234567893' }).identifier;
 * //=> [{ system: 'http://hl7.org/fhir/sid/us-npi', value: '1234567893' }]
 * ```
 */
export function toFhirPractitioner(credentials: ClinicianCredentialsInput): FhirPractitioner {
  const c = validate(ClinicianCredentials, credentials, 'clinician credentials');
  checkFhirIds('clinician credentials', [['clinicianId', c.clinicianId]]);
  const qualification = [
    ...licenseQualifications(c.licenses),
    ...c.compactAuthorizations.map(authorizationQualification),
  ];
  return {
    resourceType: 'Practitioner',
    id: c.clinicianId,
    identifier: [{ system: SYSTEM.npi, value: c.individualNpi }],
    active: true,
    ...(qualification.length > 0 ? { qualification } : {}),
  };
}

/**
 * Writes one payer enrollment as a FHIR R4 `PractitionerRole`: the clinician in that payer's network
 * (Plan-Net's network reference), active while approved, over the in-network period (from the effective
 * date through the day before termination).
 *
 * @remarks An enrollment not yet approved is written inactive with no period: the clinician is not in
 * network. Approval is not the effective date [sources: cfr-42-424.520].
 * @throws {@link ValidationError} when the enrollment is invalid or an id is not a FHIR id.
 * @example
 * ```ts
 * toFhirPractitionerRole({ clinicianId: 'dr-lee', payerId: 'bcbs-il', status: 'approved', effectiveOn: '2026-02-01' });
 * //=> { resourceType: 'PractitionerRole', active: true, period: { start: '2026-02-01' },
 * //     practitioner: { reference: 'Practitioner/dr-lee' }, extension: [{ url: '…/network-reference',
 * //     valueReference: { reference: 'Organization/bcbs-il' } }] }
 * ```
 */
export function toFhirPractitionerRole(enrollment: PayerEnrollmentInput): FhirPractitionerRole {
  const e = validate(PayerEnrollment, enrollment, 'payer enrollment');
  checkFhirIds('payer enrollment', [
    ['clinicianId', e.clinicianId],
    ['payerId', e.payerId],
  ]);
  const inNetwork = (e.status === 'approved' || e.status === 'terminated') && e.effectiveOn !== undefined;
  const period: FhirPeriod = {
    ...(e.effectiveOn === undefined ? {} : { start: e.effectiveOn }),
    ...(e.terminatedOn === undefined ? {} : { end: addDays(e.terminatedOn, -1) }),
  };
  return {
    resourceType: 'PractitionerRole',
    extension: [{ url: EXTENSION.networkReference, valueReference: referenceTo('Organization', e.payerId) }],
    active: e.status === 'approved' && e.effectiveOn !== undefined,
    ...(inNetwork ? { period } : {}),
    practitioner: referenceTo('Practitioner', e.clinicianId),
  };
}
