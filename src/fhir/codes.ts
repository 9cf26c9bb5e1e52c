// The code systems, identifier systems and extension URLs the FHIR adapters read and write, in one place.
import { toEpochMs } from '../core/internal.js';
import type { FhirCodeableConcept, FhirCoding, FhirMoney, FhirReference } from './datatypes.js';

/**
 * The namespace of the codes and extensions this library defines itself, where HL7 and the US
 * implementation guides define none (session type, series link, documented emergency). A URN, not a URL:
 * it names the library's vocabulary and resolves nowhere.
 */
export const PRACTICE_OPS_FHIR = 'urn:practice-ops:fhir';

/** Code and identifier systems, by what they hold [sources: fhir-r4-terminology]. */
export const SYSTEM = {
  npi: 'http://hl7.org/fhir/sid/us-npi',
  cpt: 'http://www.ama-assn.org/go/cpt',
  // HCPCS Level II (H0004, G0444; modifiers such as GT, HJ, HO): its own system, HL7 terminology's canonical
  // URL; payers and CARIN Blue Button 1.0 also write it with http [sources: fhir-r4-terminology].
  hcpcs: 'https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets',
  hcpcsHttp: 'http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets',
  icd10cm: 'http://hl7.org/fhir/sid/icd-10-cm',
  placeOfService: 'https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set',
  carc: 'https://x12.org/codes/claim-adjustment-reason-codes',
  rarc: 'https://x12.org/codes/remittance-advice-remark-codes',
  adjudication: 'http://terminology.hl7.org/CodeSystem/adjudication',
  // CARIN Blue Button's adjudication amounts, beside HL7's (payers' Patient Access EOBs) [sources: carin-bb-adjudication].
  c4bbAdjudication: 'http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBAdjudication',
  // CARIN's discriminators: a status or reason beside the amounts (network status, adjustment reason).
  c4bbAdjudicationDiscriminator: 'http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBAdjudicationDiscriminator',
  cancellationReason: 'http://terminology.hl7.org/CodeSystem/appointment-cancellation-reason',
  actCode: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
  participationType: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType',
  // How a participant takes part: VIDEOCONF by video, PHONE by telephone (audio alone) [sources: fhir-r4-terminology].
  participationMode: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationMode',
  // Source of Payment Typology: HL7 terminology's canonical URL, which US Core's examples and EHRs write;
  // the OID form is read too [sources: phdsc-sopt].
  payerType: 'https://nahdo.org/sopt',
  payerTypeOid: 'urn:oid:2.16.840.1.113883.3.221.5',
  selfPay: 'http://terminology.hl7.org/CodeSystem/coverage-selfpay',
  coverageClass: 'http://terminology.hl7.org/CodeSystem/coverage-class',
  subscriberRelationship: 'http://terminology.hl7.org/CodeSystem/subscriber-relationship',
  identifierType: 'http://terminology.hl7.org/CodeSystem/v2-0203',
  claimType: 'http://terminology.hl7.org/CodeSystem/claim-type',
  careTeamRole: 'http://terminology.hl7.org/CodeSystem/claimcareteamrole',
  processPriority: 'http://terminology.hl7.org/CodeSystem/processpriority',
  usState: 'https://www.usps.com/',
  language: 'urn:ietf:bcp:47',
  sessionType: `${PRACTICE_OPS_FHIR}:session-type`,
  licenseType: `${PRACTICE_OPS_FHIR}:license-type`,
  compactAuthorization: `${PRACTICE_OPS_FHIR}:compact-authorization`,
  participantRole: `${PRACTICE_OPS_FHIR}:participant-role`,
  // Who cancelled, beside HL7's `other` when the code system has no code for it (a practice's cancellation).
  cancelledBy: `${PRACTICE_OPS_FHIR}:cancelled-by`,
  // The library's payer class, beside a Source of Payment Typology parent code it writes (`1` Medicare).
  payerClass: `${PRACTICE_OPS_FHIR}:payer-class`,
} as const;

/** Extension URLs: HL7's cross-version (R5) and US implementation-guide extensions first, ours last. */
export const EXTENSION = {
  // R5's Appointment.cancellationDate, carried in R4 [sources: fhir-xver-r5-r4].
  cancellationDate: 'http://hl7.org/fhir/5.0/StructureDefinition/extension-Appointment.cancellationDate',
  // R5's Appointment.virtualService (a VirtualServiceDetail: its channelType sub-extension says how the
  // session is held), carried in R4 [sources: fhir-xver-r5-r4].
  virtualService: 'http://hl7.org/fhir/5.0/StructureDefinition/extension-Appointment.virtualService',
  // Da Vinci PDex Plan-Net: a qualification's status and the states where it is valid [sources: davinci-plan-net].
  practitionerQualification:
    'http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/practitioner-qualification',
  networkReference: 'http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/network-reference',
  series: `${PRACTICE_OPS_FHIR}:extension:series`,
  rescheduled: `${PRACTICE_OPS_FHIR}:extension:rescheduled`,
  emergencyDocumented: `${PRACTICE_OPS_FHIR}:extension:emergency-documented`,
  clientLocationState: `${PRACTICE_OPS_FHIR}:extension:client-location-state`,
  // Whether the client is at home for a telehealth session (place of service 10, not 02): no HL7 element says it.
  clientAtHome: `${PRACTICE_OPS_FHIR}:extension:client-at-home`,
  sessionFee: `${PRACTICE_OPS_FHIR}:extension:session-fee`,
  responsibleClient: `${PRACTICE_OPS_FHIR}:extension:responsible-client`,
  claimLine: `${PRACTICE_OPS_FHIR}:extension:claim-line-id`,
  // A claim line's own service facility (the 837P's 2420C): a reference to a contained Location.
  serviceFacility: `${PRACTICE_OPS_FHIR}:extension:service-facility`,
  adjustmentGroup: `${PRACTICE_OPS_FHIR}:extension:adjustment-group`,
} as const;

/** The code system of a procedure code: HCPCS Level II is a letter and four digits, CPT the rest. */
export function procedureSystem(code: string): string {
  return /^[A-Z]\d{4}$/.test(code) ? SYSTEM.hcpcs : SYSTEM.cpt;
}

/**
 * The code system of a modifier: CPT's are two digits, the Category II 1P, 2P, 3P, 8P and the physical
 * status P1–P6; HCPCS's the rest (GT, HO, 95 is CPT's).
 */
export function modifierSystem(code: string): string {
  return /^(\d\d|[1238]P|P[1-6])$/.test(code) ? SYSTEM.cpt : SYSTEM.hcpcs;
}

/** FHIR's `id` syntax: 1–64 letters, digits, `-` and `.` [sources: fhir-r4-datatypes]. */
export const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;

/** A literal reference to a resource of this library's: `Type/id`. */
export function referenceTo(type: string, id: string): FhirReference {
  return { reference: `${type}/${id}` };
}

/** One coding in a concept. */
export function concept(system: string, code: string, display?: string): FhirCodeableConcept {
  const coding: FhirCoding = display === undefined ? { system, code } : { system, code, display };
  return { coding: [coding] };
}

/** Cents as FHIR money in US dollars (FHIR amounts are decimals of the currency's unit). */
export function usd(cents: number): FhirMoney {
  return { value: cents / 100, currency: 'USD' };
}

/**
 * FHIR money as integer cents, or `undefined` when the amount has no value, more than two decimals, or is
 * not said to be in US dollars (a missing currency included): a reported problem, never rounded or assumed.
 */
export function centsOf(money: {
  readonly value?: number | undefined;
  readonly currency?: string | undefined;
}): number | undefined {
  const read = readMoney(money);
  return 'cents' in read ? read.cents : undefined;
}

/**
 * What a FHIR amount says in cents, or why it says none: `fhir.money.currency_missing` when it names no
 * currency (FHIR's Money allows it; the library never assumes dollars), `fhir.money.invalid` when it is in
 * another currency, has no value, or has fractions of a cent [sources: fhir-r4-datatypes].
 */
export function readMoney(money: {
  readonly value?: number | undefined;
  readonly currency?: string | undefined;
}):
  | { readonly cents: number }
  | { readonly code: 'fhir.money.currency_missing' | 'fhir.money.invalid'; readonly message: string } {
  if (money.currency === undefined && money.value !== undefined)
    return { code: 'fhir.money.currency_missing', message: 'must say its currency (USD)' };
  if (money.value === undefined || money.currency !== 'USD')
    return { code: 'fhir.money.invalid', message: 'must be US dollars with at most two decimals' };
  const cents = Math.round(money.value * 100);
  // The decimal has at most two places when scaling by 100 lands on an integer (within float noise).
  return Math.abs(cents - money.value * 100) < 1e-6 && Number.isSafeInteger(cents)
    ? { cents }
    : { code: 'fhir.money.invalid', message: 'must be US dollars with at most two decimals' };
}

// FHIR's instant: seconds required, offset within -13:59..+14:00 [sources: fhir-r4-datatypes].
const FHIR_INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]((0\d|1[0-3]):[0-5]\d|14:00))$/;

/**
 * A FHIR instant or dateTime as the library's instant: FHIR allows any number of decimals of a second
 * (servers on .NET write seven), the library three, so further digits are dropped (less than a millisecond).
 */
export function instantFromFhir(value: string): string {
  return value.replace(/^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3})\d+(?=Z$|[+-]\d\d:\d\d$)/, '$1');
}

/**
 * An instant of ours in FHIR's `instant` syntax: unchanged when it already is, with `:00` seconds added
 * when it has none, else the same moment in UTC.
 */
export function fhirInstant(instant: string): string {
  if (FHIR_INSTANT.test(instant)) return instant;
  const withSeconds = `${instant.slice(0, 16)}:00${instant.slice(16)}`;
  return FHIR_INSTANT.test(withSeconds) ? withSeconds : new Date(toEpochMs(instant)).toISOString();
}
