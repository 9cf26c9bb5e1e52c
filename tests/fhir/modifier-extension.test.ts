// A modifier extension changes what the element holding it means: every reader reports one wherever it
// stands, at its own path, with its own code (HL7 FHIR R4, Extensibility: modifier extensions).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fromFhirAppointment,
  fromFhirClaimResponse,
  fromFhirCoverage,
  fromFhirExplanationOfBenefit,
  fromFhirPatient,
  readFhirAppointment,
  toFhirAppointment,
  toFhirCoverage,
} from '../../src/fhir/index.js';
import { MONDAY_TELEHEALTH_SESSION } from './fhir-fixtures.js';
import { claimFor, claimResponseOf, eobOf, remittanceArb } from './remittance-fixtures.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = readonly (string | number)[];

const MODIFIER = [{ url: 'https://ehr.example/fhir/StructureDefinition/not-this', valueBoolean: true }];

/** The paths of every object in a JSON value (the resource itself and each element), but not of codings. */
function objectPaths(value: Json, path: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => objectPaths(v, [...path, i]));
  if (value === null || typeof value !== 'object') return [];
  return [path, ...Object.entries(value).flatMap(([k, v]) => objectPaths(v, [...path, k]))];
}

/** A copy of the value with a modifier extension added to the object at `path`. */
function withModifier(value: Json, path: Path): Json {
  if (path.length === 0) return { ...(value as Record<string, Json>), modifierExtension: MODIFIER };
  const [head, ...rest] = path;
  if (Array.isArray(value)) return value.map((v, i) => (i === head ? withModifier(v, rest) : v));
  const object = value as Record<string, Json>;
  return { ...object, [head as string]: withModifier(object[head as string] as Json, rest) };
}

const at = (path: Path) =>
  `$${path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('')}.modifierExtension`;

function codes(read: { success: boolean; error?: { issues: readonly { at: string; code: string }[] } }) {
  return read.success ? [] : (read.error?.issues ?? []).map((i) => `${i.at} ${i.code}`);
}

const appointment = toFhirAppointment(MONDAY_TELEHEALTH_SESSION) as unknown as Json;

const coverage = toFhirCoverage({
  id: 'cov-ava-1',
  clientId: 'c-ava',
  status: 'active',
  payerClass: 'commercial',
  payerId: 'aetna',
  memberId: 'W123456789',
  plan: 'PPO Gold',
  start: '2026-01-01',
}) as unknown as Json;

const patient: Json = {
  resourceType: 'Patient',
  id: 'c-ava',
  birthDate: '1990-05-02',
  address: [{ use: 'home', state: 'NJ' }],
  telecom: [{ system: 'sms', rank: 1 }],
  communication: [{ language: { coding: [{ system: 'urn:ietf:bcp:47', code: 'es' }] }, preferred: true }],
  contact: [{ relationship: [{ text: 'mother' }] }],
};

describe('modifier extensions, wherever they stand', () => {
  it('reports one on an appointment participant, a coverage class, and a patient contact, by path', () => {
    expect(codes(fromFhirAppointment(withModifier(appointment, ['participant', 0])))).toEqual([
      '$.participant[0].modifierExtension fhir.modifier_extension.unknown',
    ]);
    expect(codes(fromFhirCoverage(withModifier(coverage, ['class', 0])))).toEqual([
      '$.class[0].modifierExtension fhir.modifier_extension.unknown',
    ]);
    // An element the reader does not read is still part of the resource the facts come from.
    expect(codes(fromFhirPatient(withModifier(patient, ['contact', 0]), { asOf: '2026-03-09' }))).toEqual([
      '$.contact[0].modifierExtension fhir.modifier_extension.unknown',
    ]);
  });

  it('lists a modifier extension beside the other problems, and reads an empty list as none', () => {
    const broken = { ...(withModifier(appointment, ['participant', 0]) as object), start: 'soon' };
    expect(codes(fromFhirAppointment(broken))).toEqual([
      '$.participant[0].modifierExtension fhir.modifier_extension.unknown',
      '$.start core.instant.invalid',
    ]);
    const noneAfterAll = { ...(appointment as object), modifierExtension: [] };
    expect(fromFhirAppointment(noneAfterAll).success).toBe(true);
  });

  it('fails every reader on a modifier extension put on any of its elements, at that path', () => {
    const readers: readonly [string, Json, (r: unknown) => ReturnType<typeof codes>][] = [
      ['Appointment', appointment, (r) => codes(fromFhirAppointment(r))],
      ['Appointment (reading)', appointment, (r) => codes(readFhirAppointment(r))],
      ['Coverage', coverage, (r) => codes(fromFhirCoverage(r))],
      ['Patient', patient, (r) => codes(fromFhirPatient(r, { asOf: '2026-03-09' }))],
    ];
    for (const [name, resource, read] of readers) {
      expect(read(resource), name).toEqual([]);
      fc.assert(
        fc.property(fc.constantFrom(...objectPaths(resource)), (path) => {
          expect(read(withModifier(resource, path))).toContain(`${at(path)} fhir.modifier_extension.unknown`);
        }),
      );
    }
  });

  it('fails the remittance readers on a modifier extension on any item or adjudication', () => {
    fc.assert(
      fc.property(remittanceArb, fc.nat(), (remittance, pick) => {
        const eob = eobOf(remittance) as unknown as Json;
        const eobPaths = objectPaths(eob);
        const eobPath = eobPaths[pick % eobPaths.length] as Path;
        expect(codes(fromFhirExplanationOfBenefit(withModifier(eob, eobPath)))).toContain(
          `${at(eobPath)} fhir.modifier_extension.unknown`,
        );
        const response = claimResponseOf(remittance) as unknown as Json;
        const paths = objectPaths(response);
        const path = paths[pick % paths.length] as Path;
        expect(codes(fromFhirClaimResponse(withModifier(response, path), claimFor(remittance)))).toContain(
          `${at(path)} fhir.modifier_extension.unknown`,
        );
      }),
      { numRuns: 100 },
    );
  });
});
