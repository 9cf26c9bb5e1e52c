import type * as fhir4 from 'fhir/r4';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { type FhirSchedule, type FhirSlot, toFhirSchedule, toFhirSlots } from '../../src/fhir/index.js';
import { findOpenSlots, type SchedulingClinicianInput } from '../../src/scheduling/index.js';
import { expectSchemaValid } from './fhir-fixtures.js';

const drLee: SchedulingClinicianInput = {
  id: 'dr-lee',
  zone: 'America/Chicago',
  modalities: ['in_person', 'telehealth'],
  availability: [
    { days: ['mon'], start: '09:00', end: '12:00', modalities: ['in_person'], locationId: 'loop-office' },
    { days: ['tue'], start: '13:00', end: '15:00', modalities: ['telehealth'] },
  ],
};

describe('toFhirSchedule', () => {
  it('writes the clinician and the locations of their in-person hours over the searched dates', () => {
    const schedule = toFhirSchedule(drLee, { from: '2026-03-09', to: '2026-03-13' });
    expectSchemaValid(schedule);
    expect(schedule).toEqual({
      resourceType: 'Schedule',
      id: 'dr-lee',
      active: true,
      serviceCategory: [
        {
          coding: [
            { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'VR', display: 'virtual' },
          ],
        },
      ],
      actor: [{ reference: 'Practitioner/dr-lee' }, { reference: 'Location/loop-office' }],
      planningHorizon: { start: '2026-03-09', end: '2026-03-13' },
    });
  });

  it('leaves the horizon out when no dates are given, and the virtual category for in-person-only clinicians', () => {
    const schedule = toFhirSchedule({ ...drLee, modalities: ['in_person'], availability: [] });
    expect(schedule).toEqual({
      resourceType: 'Schedule',
      id: 'dr-lee',
      active: true,
      actor: [{ reference: 'Practitioner/dr-lee' }],
    });
    expect(toFhirSchedule(drLee, { to: '2026-04-01' }).planningHorizon).toEqual({ end: '2026-04-01' });
  });

  it('refuses a clinician id FHIR cannot carry', () => {
    expect(() => toFhirSchedule({ ...drLee, id: 'dr:lee' })).toThrowError(/fhir\.id\.invalid/);
  });

  it('is assignable to the official R4 Schedule and Slot types', () => {
    expectTypeOf<FhirSchedule>().toExtend<fhir4.Schedule>();
    expectTypeOf<FhirSlot>().toExtend<fhir4.Slot>();
  });
});

describe('toFhirSlots', () => {
  it('writes the open slots of the week after the spring DST change as free slots of the clinician’s schedule', () => {
    const found = findOpenSlots([drLee], [], {
      from: '2026-03-09',
      to: '2026-03-10',
      asOf: '2026-03-01T00:00:00Z',
      sessionMinutes: 50,
      displayZone: 'America/Chicago',
    });
    const slots = toFhirSlots(found.slots);
    expect(slots).toHaveLength(found.slots.length);
    expect(slots.length).toBeGreaterThan(3);
    for (const slot of slots) expectSchemaValid(slot);
    expect(slots[0]).toEqual({
      resourceType: 'Slot',
      schedule: { reference: 'Schedule/dr-lee' },
      status: 'free',
      start: '2026-03-09T09:00:00-05:00',
      end: '2026-03-09T09:50:00-05:00',
    });
    expect(slots.at(-1)).toMatchObject({
      serviceCategory: [{ coding: [{ code: 'VR' }] }],
      start: '2026-03-10T14:00:00-05:00',
    });
  });

  it('refuses a malformed slot by index', () => {
    expect(() => toFhirSlots([{ clinicianId: 'x' } as never])).toThrowError(/\$\[0\]\.start/);
  });
});
