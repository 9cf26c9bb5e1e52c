import fc from 'fast-check';
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

const CODE = { in_person: 'AMB', telehealth: 'VR' } as const;
// The v3 ActCode codes of a resource's service categories, in order.
const codes = (resource: { readonly serviceCategory?: readonly fhir4.CodeableConcept[] | undefined }) =>
  (resource.serviceCategory ?? []).flatMap((c) => (c.coding ?? []).map((coding) => coding.code ?? ''));

describe('toFhirSchedule', () => {
  it('writes the clinician, the locations of their in-person hours and both modalities over the searched dates', () => {
    const schedule = toFhirSchedule(drLee, { from: '2026-03-09', to: '2026-03-13' });
    expectSchemaValid(schedule);
    expect(schedule).toEqual({
      resourceType: 'Schedule',
      id: 'dr-lee',
      active: true,
      serviceCategory: [
        {
          coding: [
            {
              system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
              code: 'AMB',
              display: 'ambulatory',
            },
          ],
        },
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

  it('leaves the horizon out when no dates are given, and the categories for a clinician with no hours', () => {
    const schedule = toFhirSchedule({ ...drLee, modalities: ['in_person'], availability: [] });
    expect(schedule).toEqual({
      resourceType: 'Schedule',
      id: 'dr-lee',
      active: true,
      actor: [{ reference: 'Practitioner/dr-lee' }],
    });
    expect(toFhirSchedule(drLee, { to: '2026-04-01' }).planningHorizon).toEqual({ end: '2026-04-01' });
  });

  it('never marks a schedule with in-person hours virtual alone: Dr. Okafor sees clients Thursdays at the office and by video Fridays', () => {
    const okafor: SchedulingClinicianInput = {
      id: 'dr-okafor',
      zone: 'America/New_York',
      modalities: ['in_person', 'telehealth'],
      availability: [
        { days: ['thu'], start: '09:00', end: '17:00', modalities: ['in_person'], locationId: 'midtown' },
        { days: ['fri'], start: '09:00', end: '13:00', modalities: ['telehealth'] },
      ],
    };
    expect(codes(toFhirSchedule(okafor, { from: '2026-11-02', to: '2026-11-06' }))).toEqual(['AMB', 'VR']);
    // Video hours only: virtual alone.
    const videoOnly = {
      ...okafor,
      modalities: ['telehealth' as const],
      availability: (okafor.availability ?? []).slice(1),
    };
    expect(codes(toFhirSchedule(videoOnly))).toEqual(['VR']);
    // A block naming no modality offers every modality the clinician does.
    const either = { ...okafor, availability: [{ days: ['thu' as const], start: '09:00', end: '17:00' }] };
    expect(codes(toFhirSchedule(either))).toEqual(['AMB', 'VR']);
    // A block naming a modality the clinician does not offer adds none.
    expect(codes(toFhirSchedule({ ...okafor, modalities: ['in_person'] }))).toEqual(['AMB']);
  });

  it('names only the modalities of the blocks in force over the horizon (video hours ended 2026-10-30)', () => {
    const okafor: SchedulingClinicianInput = {
      id: 'dr-okafor',
      zone: 'America/New_York',
      modalities: ['in_person', 'telehealth'],
      availability: [
        { days: ['thu'], start: '09:00', end: '17:00', modalities: ['in_person'], locationId: 'midtown' },
        { days: ['fri'], start: '09:00', end: '13:00', modalities: ['telehealth'], until: '2026-10-30' },
        { days: ['mon'], start: '09:00', end: '13:00', modalities: ['telehealth'], from: '2026-12-07' },
      ],
    };
    expect(codes(toFhirSchedule(okafor, { from: '2026-11-02', to: '2026-11-06' }))).toEqual(['AMB']);
    expect(codes(toFhirSchedule(okafor, { from: '2026-10-26', to: '2026-10-30' }))).toEqual(['AMB', 'VR']);
    expect(codes(toFhirSchedule(okafor, { from: '2026-12-07', to: '2026-12-11' }))).toEqual(['AMB', 'VR']);
    expect(codes(toFhirSchedule(okafor))).toEqual(['AMB', 'VR']);
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
      serviceCategory: [
        {
          coding: [
            {
              system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
              code: 'AMB',
              display: 'ambulatory',
            },
          ],
        },
      ],
      schedule: { reference: 'Schedule/dr-lee' },
      status: 'free',
      start: '2026-03-09T09:00:00-05:00',
      end: '2026-03-09T09:50:00-05:00',
    });
    expect(slots.at(-1)).toMatchObject({
      serviceCategory: [{ coding: [{ code: 'VR' }] }],
      start: '2026-03-10T14:00:00-05:00',
    });
    expect(slots.at(-1)?.serviceCategory).toHaveLength(1);
  });

  it('marks a slot that can be booked in person or by video with both modalities, never virtual alone', () => {
    const [slot] = toFhirSlots([
      {
        clinicianId: 'dr-lee',
        start: '2026-03-11T09:00:00-05:00',
        end: '2026-03-11T09:50:00-05:00',
        modalities: ['in_person', 'telehealth'],
      },
    ] as never);
    expect(slot === undefined ? [] : codes(slot)).toEqual(['AMB', 'VR']);
  });

  it('property: a slot names exactly the modalities it offers, each within its schedule’s', () => {
    const modalitiesArb = fc.subarray(['in_person', 'telehealth'] as const);
    const blockArb = fc.record({
      day: fc.constantFrom('mon', 'tue', 'wed', 'thu', 'fri'),
      modalities: modalitiesArb,
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(blockArb, { minLength: 1, maxLength: 4, selector: (b) => b.day }),
        fc.subarray(['in_person', 'telehealth'] as const, { minLength: 1 }),
        (blocks, offered) => {
          const clinician: SchedulingClinicianInput = {
            id: 'dr-lee',
            zone: 'America/Chicago',
            modalities: [...offered],
            availability: blocks.map((b) => ({
              days: [b.day],
              modalities: [...b.modalities],
              start: '09:00',
              end: '11:00',
            })),
          };
          const window = { from: '2026-03-09', to: '2026-03-13' };
          const found = findOpenSlots([clinician], [], {
            ...window,
            asOf: '2026-03-01T00:00:00Z',
            sessionMinutes: 50,
            displayZone: 'America/Chicago',
          });
          const scheduleCodes = codes(toFhirSchedule(clinician, window));
          toFhirSlots(found.slots).forEach((slot, i) => {
            const offers = found.slots[i]?.modalities ?? [];
            expect(codes(slot)).toEqual(
              (['in_person', 'telehealth'] as const).filter((m) => offers.includes(m)).map((m) => CODE[m]),
            );
            for (const code of codes(slot)) expect(scheduleCodes).toContain(code);
          });
          // The schedule is virtual only when some block's hours are; in person only when some block's are.
          const blockOffers = blocks.flatMap((b) =>
            (b.modalities.length === 0 ? offered : b.modalities).filter((m) => offered.includes(m)),
          );
          expect(scheduleCodes.includes('VR')).toBe(blockOffers.includes('telehealth'));
          expect(scheduleCodes.includes('AMB')).toBe(blockOffers.includes('in_person'));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('refuses a malformed slot by index', () => {
    expect(() => toFhirSlots([{ clinicianId: 'x' } as never])).toThrowError(/\$\[0\]\.start/);
  });
});
