// The FHIR R4 data types the adapters write, as plain interfaces: a subset of HL7's definitions, so the
// package's types need nothing installed beside it. A type test checks each one against @types/fhir (R4
// 4.0.1) [sources: fhir-r4-datatypes].

/** A code from a code system (FHIR R4 `Coding`). */
export interface FhirCoding {
  readonly system?: string;
  readonly code?: string;
  readonly display?: string;
}

/** Codes with optional text (FHIR R4 `CodeableConcept`). */
export interface FhirCodeableConcept {
  readonly coding?: FhirCoding[];
  readonly text?: string;
}

/** A time range; either end may be open (FHIR R4 `Period`). */
export interface FhirPeriod {
  readonly start?: string;
  readonly end?: string;
}

/** A business identifier in a namespace (FHIR R4 `Identifier`). */
export interface FhirIdentifier {
  readonly use?: 'usual' | 'official' | 'temp' | 'secondary' | 'old';
  readonly type?: FhirCodeableConcept;
  readonly system?: string;
  readonly value?: string;
  readonly period?: FhirPeriod;
}

/** A reference to another resource, as `Type/id` (FHIR R4 `Reference`). */
export interface FhirReference {
  readonly reference?: string;
  readonly type?: string;
  readonly display?: string;
}

/** An amount of money (FHIR R4 `Money`): `value` in the currency's units, never cents. */
export interface FhirMoney {
  readonly value?: number;
  readonly currency?: string;
}

/** An additional element (FHIR R4 `Extension`), with the value types the adapters write. */
export interface FhirExtension {
  readonly url: string;
  readonly valueBoolean?: boolean;
  readonly valueCode?: string;
  readonly valueDateTime?: string;
  readonly valueString?: string;
  readonly valueMoney?: FhirMoney;
  readonly valueReference?: FhirReference;
}
