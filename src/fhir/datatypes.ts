// The FHIR R4 data types the adapters write, as plain interfaces: a subset of HL7's definitions, so the
// package's types need nothing installed beside it. A type test checks each one against @types/fhir (R4
// 4.0.1) [sources: fhir-r4-datatypes].

/**
 * A code from a code system (FHIR R4 `Coding`).
 * @example
 * ```ts
 * const pos: FhirCoding = { system: 'https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set', code: '10' };
 * ```
 */
export interface FhirCoding {
  readonly system?: string;
  readonly code?: string;
  readonly display?: string;
}

/**
 * Codes with optional text (FHIR R4 `CodeableConcept`).
 * @example
 * ```ts
 * const service: FhirCodeableConcept = { coding: [{ system: 'http://www.ama-assn.org/go/cpt', code: '90834' }] };
 * ```
 */
export interface FhirCodeableConcept {
  readonly coding?: FhirCoding[];
  readonly text?: string;
}

/**
 * A time range; either end may be open (FHIR R4 `Period`).
 * @example
 * ```ts
 * const period: FhirPeriod = { start: '2026-01-01' };
 * ```
 */
export interface FhirPeriod {
  readonly start?: string;
  readonly end?: string;
}

/**
 * A business identifier in a namespace (FHIR R4 `Identifier`).
 * @example
 * ```ts
 * const npi: FhirIdentifier = { system: 'http://hl7.org/fhir/sid/us-npi', value: '1234567893' };
 * ```
 */
export interface FhirIdentifier {
  readonly use?: 'usual' | 'official' | 'temp' | 'secondary' | 'old';
  readonly type?: FhirCodeableConcept;
  readonly system?: string;
  readonly value?: string;
  readonly period?: FhirPeriod;
}

/**
 * A reference to another resource, as `Type/id` (FHIR R4 `Reference`).
 * @example
 * ```ts
 * const client: FhirReference = { reference: 'Patient/cl-ava' };
 * ```
 */
export interface FhirReference {
  readonly reference?: string;
  readonly type?: string;
  readonly display?: string;
}

/**
 * An amount of money (FHIR R4 `Money`): `value` in the currency's units, never cents.
 * @example
 * ```ts
 * const charge: FhirMoney = { value: 150, currency: 'USD' }; // 15000 cents
 * ```
 */
export interface FhirMoney {
  readonly value?: number;
  readonly currency?: string;
}

/**
 * An additional element (FHIR R4 `Extension`), with the value types the adapters write.
 * @example
 * ```ts
 * const flag: FhirExtension = { url: 'https://example.org/fhir/telehealth', valueBoolean: true };
 * ```
 */
export interface FhirExtension {
  readonly url: string;
  readonly valueBoolean?: boolean;
  readonly valueCode?: string;
  readonly valueDateTime?: string;
  readonly valueString?: string;
  readonly valueMoney?: FhirMoney;
  readonly valueReference?: FhirReference;
  readonly valueCoding?: FhirCoding;
  /** The parts of a complex extension (R5's virtual service detail carried in R4). */
  readonly extension?: FhirExtension[];
}
