// The demo lists the offices its sessions are held at (since 2026-12-07): an in-person booking against it
// gets a real answer, licensure read in the office's state (the practitioner's license where the client is
// seen; docs/sources.md#hhs-telehealth-licensure), not `ops.booking.office_not_listed`.
import { describe, expect, it } from 'vitest';
import {
  DEMO_AS_OF,
  evaluateBooking,
  findReferenceProblems,
  generateDemoPractice,
  generatePractice,
} from '../../../src/ops/index.js';
import { allowedBooking } from '../practice-fixtures.js';

const demo = generateDemoPractice();
const codes = (d: { reasons: readonly { code: string }[] }) => d.reasons.map((r) => r.code);

describe('generatePractice: offices', () => {
  it('lists the main office in Texas on Chicago time and one per other in-person clinician’s home state', () => {
    expect(demo.practice.offices).toEqual([
      { id: 'office-main', state: 'TX', zone: 'America/Chicago' },
      { id: 'office-ny', state: 'NY', zone: 'America/New_York' },
      { id: 'office-ca', state: 'CA', zone: 'America/Los_Angeles' },
      { id: 'office-az', state: 'AZ', zone: 'America/Phoenix' },
    ]);
    // No office's zone contradicts its state, and nothing else of the file is wrong.
    expect(findReferenceProblems(demo)).toEqual([]);
  });

  it('holds every in-person session at a listed office in its clinician’s home state, at any size', () => {
    for (const data of [demo, generatePractice({ seed: 5, asOf: '2027-03-14', clinicians: 9 })]) {
      const offices = new Map((data.practice.offices ?? []).map((o) => [o.id as string, o]));
      const homes = new Map(data.clinicians.map((c) => [c.id as string, c.homeState]));
      const inPerson = data.appointments.flatMap((a) =>
        a.modality.kind === 'in_person' ? [{ a, locationId: a.modality.locationId as string }] : [],
      );
      expect(inPerson.length).toBeGreaterThan(0);
      for (const { a, locationId } of inPerson)
        expect(offices.get(locationId)?.state).toBe(homes.get(a.clinicianId));
    }
  });

  it('answers an in-person booking of clin-001 (New York) at office-ny on Tuesday 2026-11-24: allowed', () => {
    const booking = { ...allowedBooking(demo), modality: 'in_person' as const, locationId: 'office-ny' };
    delete (booking as { clientState?: string }).clientState;
    const d = evaluateBooking(booking, demo, { asOf: DEMO_AS_OF });
    expect(codes(d)).not.toContain('ops.booking.office_not_listed');
    expect(d.outcome).toBe('allowed');
  });

  it('refuses the same booking at the main office in Texas, where clin-001 holds no license', () => {
    const booking = { ...allowedBooking(demo), modality: 'in_person' as const, locationId: 'office-main' };
    delete (booking as { clientState?: string }).clientState;
    const d = evaluateBooking(booking, demo, { asOf: DEMO_AS_OF });
    expect(codes(d)).not.toContain('ops.booking.office_not_listed');
    expect(codes(d)).toContain('ops.booking.no_license_in_state');
    expect(d.outcome).toBe('refused');
  });
});
