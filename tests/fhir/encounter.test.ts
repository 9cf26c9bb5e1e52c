// toFhirEncounter: one client's session as HL7's R4 Encounter, checked against HL7's R4 JSON Schema and the
// R4 Encounter page's status, class and location rules [sources: fhir-r4-encounter, fhir-xver-r5-r4].
import fc from 'fast-check';
import type * as fhir4 from 'fhir/r4';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { ValidationError } from '../../src/core/index.js';
import { toEpochMs } from '../../src/core/internal.js';
import { type FhirEncounter, toFhirAppointment, toFhirEncounter } from '../../src/fhir/index.js';
import { deliveryOf } from '../../src/fhir/session-delivery.js';
import type { SchedulingAppointmentInput } from '../../src/scheduling/index.js';
import { appointmentArb, expectSchemaValid, schemaErrors } from './fhir-fixtures.js';

const ENCOUNTER_VIRTUAL_SERVICE =
  'http://hl7.org/fhir/5.0/StructureDefinition/extension-Encounter.virtualService';
const APPOINTMENT_VIRTUAL_SERVICE =
  'http://hl7.org/fhir/5.0/StructureDefinition/extension-Appointment.virtualService';

// A 50-minute video session on Monday 2026-03-09 at 9:00 in New Jersey (13:00 UTC: daylight time began on
// 2026-03-08), the client at home, held.
const HELD_VIDEO: SchedulingAppointmentInput = {
  id: 'a-2026-03-09',
  clinicianId: 'dr-lee',
  clientIds: ['c-ava'],
  type: 'individual',
  modality: { kind: 'telehealth', clientLocationState: 'NJ', delivery: 'video', clientAtHome: true },
  start: '2026-03-09T13:00:00Z',
  end: '2026-03-09T13:50:00Z',
  status: { state: 'completed' },
};
const AFTER = '2026-03-09T10:30:00-04:00';

function problems(call: () => unknown): string[] {
  try {
    call();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues.map((i) => `${i.at} ${i.code}`);
    throw error;
  }
  return [];
}

describe('toFhirEncounter', () => {
  it('writes a held video session from home as a finished VR encounter, in New York’s daylight offset', () => {
    const encounter = toFhirEncounter(HELD_VIDEO, {
      asOf: AFTER,
      zone: 'America/New_York',
      diagnosisCodes: ['F4310'],
    });
    expectSchemaValid(encounter);
    expect(encounter).toEqual({
      resourceType: 'Encounter',
      id: 'a-2026-03-09',
      extension: [
        { url: 'urn:practice-ops:fhir:extension:client-location-state', valueCode: 'NJ' },
        {
          url: ENCOUNTER_VIRTUAL_SERVICE,
          extension: [
            {
              url: 'channelType',
              valueCoding: {
                system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationMode',
                code: 'VIDEOCONF',
                display: 'videoconferencing',
              },
            },
          ],
        },
        { url: 'urn:practice-ops:fhir:extension:client-at-home', valueBoolean: true },
      ],
      status: 'finished',
      class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'VR', display: 'virtual' },
      serviceType: {
        coding: [
          { system: 'urn:practice-ops:fhir:session-type', code: 'individual', display: 'Individual session' },
        ],
      },
      subject: { reference: 'Patient/c-ava' },
      participant: [
        {
          type: [
            {
              coding: [
                {
                  system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType',
                  code: 'PPRF',
                  display: 'primary performer',
                },
              ],
            },
          ],
          individual: { reference: 'Practitioner/dr-lee' },
        },
      ],
      appointment: [{ reference: 'Appointment/a-2026-03-09' }],
      period: { start: '2026-03-09T09:00:00-04:00', end: '2026-03-09T09:50:00-04:00' },
      length: { value: 50, unit: 'min', system: 'http://unitsofmeasure.org', code: 'min' },
      reasonCode: [{ coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'F43.10' }] }],
    });
  });

  it('writes an audio-only session as PHONE, and says nothing of home or channel when not recorded', () => {
    const phone = toFhirEncounter(
      { ...HELD_VIDEO, modality: { kind: 'telehealth', clientLocationState: 'NY', delivery: 'audio_only' } },
      { asOf: AFTER },
    );
    expect(deliveryOf(phone.extension, ENCOUNTER_VIRTUAL_SERVICE)).toEqual({ delivery: 'audio_only' });
    const bare = toFhirEncounter(
      { ...HELD_VIDEO, modality: { kind: 'telehealth', clientLocationState: 'NY' } },
      { asOf: AFTER },
    );
    expect(bare.extension?.map((e) => e.url)).toEqual([
      'urn:practice-ops:fhir:extension:client-location-state',
    ]);
    expect(bare.location).toBeUndefined();
  });

  it('keeps the recorded offsets when no zone is given', () => {
    const encounter = toFhirEncounter(
      { ...HELD_VIDEO, start: '2026-03-09T09:00-04:00', end: '2026-03-09T09:50-04:00' },
      { asOf: AFTER },
    );
    expect(encounter.period).toEqual({
      start: '2026-03-09T09:00:00-04:00',
      end: '2026-03-09T09:50:00-04:00',
    });
  });

  it('writes a session across the fall-back hour (2026-11-01) with each end’s own offset and 50 minutes held', () => {
    const encounter = toFhirEncounter(
      { ...HELD_VIDEO, start: '2026-11-01T05:30:00Z', end: '2026-11-01T06:20:00Z' },
      { asOf: '2026-11-01T07:00:00Z', zone: 'America/New_York' },
    );
    expect(encounter.period).toEqual({
      start: '2026-11-01T01:30:00-04:00',
      end: '2026-11-01T01:20:00-05:00',
    });
    expect(encounter.length?.value).toBe(50);
    expectSchemaValid(encounter);
  });

  it('writes an in-person session at its office in the office’s zone, with the office and the room', () => {
    const encounter = toFhirEncounter(
      {
        ...HELD_VIDEO,
        modality: {
          kind: 'in_person',
          locationId: 'phoenix-office',
          roomId: 'room-2',
          zone: 'America/Phoenix',
        },
      },
      { asOf: AFTER, zone: 'America/New_York' },
    );
    expectSchemaValid(encounter);
    expect(encounter.class.code).toBe('AMB');
    expect(encounter.extension).toBeUndefined();
    // Phoenix keeps standard time all year: 13:00 UTC is 06:00 there.
    expect(encounter.period?.start).toBe('2026-03-09T06:00:00-07:00');
    expect(encounter.location).toEqual([
      { location: { reference: 'Location/phoenix-office' }, status: 'completed' },
      {
        location: { reference: 'Location/room-2' },
        status: 'completed',
        physicalType: {
          coding: [
            {
              system: 'http://terminology.hl7.org/CodeSystem/location-physical-type',
              code: 'ro',
              display: 'Room',
            },
          ],
        },
      },
    ]);
  });

  describe('status', () => {
    const at = (asOf: string, status: SchedulingAppointmentInput['status']) =>
      toFhirEncounter(
        { ...HELD_VIDEO, modality: { kind: 'in_person', locationId: 'loop' }, status },
        { asOf },
      );

    it.each([
      ['completed', { state: 'completed' }, AFTER, 'finished', true, 'completed'],
      [
        'completed, recorded before its start',
        { state: 'completed' },
        '2026-03-09T08:00:00-04:00',
        'unknown',
        false,
        undefined,
      ],
      ['cancelled by the client', { state: 'cancelled', by: 'client' }, AFTER, 'cancelled', false, undefined],
      ['a no-show', { state: 'no_show' }, AFTER, 'cancelled', false, undefined],
      [
        'scheduled, before its start',
        { state: 'scheduled' },
        '2026-03-09T08:59:59-04:00',
        'planned',
        false,
        'planned',
      ],
      [
        'scheduled, at its start',
        { state: 'scheduled' },
        '2026-03-09T09:00:00-04:00',
        'in-progress',
        true,
        'active',
      ],
      [
        'scheduled, a minute before its end',
        { state: 'scheduled' },
        '2026-03-09T09:49:00-04:00',
        'in-progress',
        true,
        'active',
      ],
      [
        'scheduled, at its end (not recorded as held)',
        { state: 'scheduled' },
        '2026-03-09T09:50:00-04:00',
        'unknown',
        false,
        undefined,
      ],
    ] as const)('maps %s to %s', (_, status, asOf, expected, hasPeriod, placeStatus) => {
      const encounter = at(asOf, status as SchedulingAppointmentInput['status']);
      expect(encounter.status).toBe(expected);
      expect(encounter.period !== undefined).toBe(hasPeriod);
      expect(encounter.location?.[0]?.status).toBe(placeStatus);
      expectSchemaValid(encounter);
    });

    it('writes an in-progress session’s start and no end, and no length: it has not ended', () => {
      const encounter = at('2026-03-09T09:20:00-04:00', { state: 'scheduled' });
      expect(encounter.period).toEqual({ start: '2026-03-09T13:00:00Z' });
      expect(encounter.length).toBeUndefined();
    });
  });

  describe('a session with several clients (couples, family, group)', () => {
    const couples: SchedulingAppointmentInput = {
      ...HELD_VIDEO,
      type: 'couples',
      clientIds: ['c-ava', 'c-ben'],
    };

    it('writes the named client’s Encounter under the id given', () => {
      const encounter = toFhirEncounter(couples, { asOf: AFTER, clientId: 'c-ben', id: 'enc-ben-0309' });
      expect([encounter.id, encounter.subject, encounter.appointment]).toEqual([
        'enc-ben-0309',
        { reference: 'Patient/c-ben' },
        [{ reference: 'Appointment/a-2026-03-09' }],
      ]);
    });

    it('refuses to pick a client or reuse the appointment’s id for two Encounters', () => {
      expect(problems(() => toFhirEncounter(couples, { asOf: AFTER }))).toEqual([
        '$.options.clientId fhir.encounter.client_not_named',
        '$.options.id fhir.encounter.client_not_named',
      ]);
      expect(problems(() => toFhirEncounter(couples, { asOf: AFTER, clientId: 'c-cy', id: 'e-1' }))).toEqual([
        '$.options.clientId fhir.encounter.client_not_named',
      ]);
    });
  });

  it('lists every bad argument at once, an id FHIR cannot carry by path without echoing it', () => {
    const found = problems(() =>
      toFhirEncounter({ ...HELD_VIDEO, clinicianId: 'dr_lee' }, {
        asOf: 'soon',
        diagnosisCodes: ['not-a-code'],
      } as never),
    );
    expect(found).toEqual(
      expect.arrayContaining([
        '$.options.asOf core.instant.invalid',
        '$.options.diagnosisCodes[0] invalid_format',
        '$.appointment.clinicianId fhir.id.invalid',
      ]),
    );
    expect(() => toFhirEncounter({ ...HELD_VIDEO, clinicianId: 'dr_lee' }, { asOf: AFTER })).not.toThrowError(
      /dr_lee/,
    );
  });

  it('writes every session FHIR can carry as a schema-valid Encounter, its delivery as the Appointment says it (property)', () => {
    fc.assert(
      fc.property(
        appointmentArb,
        fc.integer({ min: -2 * 86_400_000, max: 2 * 86_400_000 }),
        (appointment, shift) => {
          const single = appointment as SchedulingAppointmentInput & { status: { state: string } };
          const asOfMs = toEpochMs(single.start) + shift;
          const several = single.clientIds.length > 1 ? { clientId: single.clientIds[0], id: 'enc-1' } : {};
          const encounter = toFhirEncounter(single, { asOf: new Date(asOfMs).toISOString(), ...several });
          expect(schemaErrors(encounter)).toEqual([]);
          const telehealth = single.modality.kind === 'telehealth';
          expect(encounter.class.code).toBe(telehealth ? 'VR' : 'AMB');
          expect(encounter.location === undefined).toBe(telehealth);
          // The same helper writes both resources' delivery: only the virtual service's URL differs.
          const fromAppointment = (toFhirAppointment(single).extension ?? []).filter((e) =>
            [
              APPOINTMENT_VIRTUAL_SERVICE,
              'urn:practice-ops:fhir:extension:client-at-home',
              'urn:practice-ops:fhir:extension:client-location-state',
            ].includes(e.url),
          );
          expect(encounter.extension ?? []).toEqual(
            fromAppointment.map((e) =>
              e.url === APPOINTMENT_VIRTUAL_SERVICE ? { ...e, url: ENCOUNTER_VIRTUAL_SERVICE } : e,
            ),
          );
          if (single.modality.kind === 'telehealth') {
            const { delivery, clientAtHome } = single.modality;
            expect(deliveryOf(encounter.extension, ENCOUNTER_VIRTUAL_SERVICE)).toEqual({
              ...(delivery === undefined ? {} : { delivery }),
              ...(clientAtHome === undefined ? {} : { clientAtHome }),
            });
          }
          // Finished only when recorded held and not before its start; a period only once it has begun.
          const state = single.status.state;
          const begun = asOfMs >= toEpochMs(single.start);
          expect(encounter.status === 'finished').toBe(state === 'completed' && begun);
          expect(encounter.period !== undefined).toBe(
            encounter.status === 'finished' || encounter.status === 'in-progress',
          );
          if (encounter.period?.start !== undefined)
            expect(toEpochMs(encounter.period.start)).toBe(toEpochMs(single.start));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('is assignable to the official R4 Encounter type', () => {
    expectTypeOf<FhirEncounter>().toExtend<fhir4.Encounter>();
  });
});
