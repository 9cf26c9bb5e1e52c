import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UsState } from '../../../src/core/index.js';
import {
  buildWorkQueue,
  DEMO_AS_OF,
  evaluateBooking,
  generateDemoPractice,
  type PracticeData,
  STATE_ZONES,
  type WorkQueue,
} from '../../../src/ops/index.js';

// The demo's one waitlist offer: clin-001's cancelled telehealth slot, offered to client-00001 (New York).
// clin-001 holds New York and California licenses, none in Texas.
const demo = generateDemoPractice();
const everyTask = (q: WorkQueue) => [...q.tasks, ...q.forOtherRoles.flatMap((g) => g.tasks)];
const offersIn = (data: PracticeData) =>
  everyTask(buildWorkQueue(data, { asOf: DEMO_AS_OF })).filter((t) => t.kind === 'scheduling.waitlist_offer');
const first = offersIn(demo)[0];
const apptId = first?.related.find((r) => r.kind === 'appointment')?.id;

/** The demo with its offered opening made an in-person one at `office-main`, listed in `state` (null: no office listed). */
function inPersonOpening(state: 'NY' | 'TX' | 'CA' | null): PracticeData {
  const data = structuredClone(demo);
  const appt = data.appointments.find((a) => a.id === apptId);
  if (appt === undefined) throw new Error('fixture: no waitlist offer in the demo');
  appt.modality = { kind: 'in_person', locationId: 'office-main' } as never;
  data.practice.offices = (state === null ? [] : [{ id: 'office-main', state }]) as never;
  return data;
}
const offersOf = (data: PracticeData) =>
  offersIn(data).filter((t) => t.related.some((r) => r.kind === 'appointment' && r.id === apptId));
const codesOf = (t: { reasons: readonly { code: string }[] } | undefined) => t?.reasons.map((r) => r.code);

describe('buildWorkQueue: a waitlist offer reads where the session happens as a booking does (audit)', () => {
  it('asks where a telehealth client will be: the offer carries client_location_unknown', () => {
    expect(first?.reasons.find((r) => r.code === 'ops.booking.client_location_unknown')).toMatchObject({
      severity: 'warning',
      facts: { modality: 'telehealth' },
    });
  });

  it('offers an in-person slot at a Texas office to no one when the clinician holds no Texas license', () => {
    expect(offersOf(inPersonOpening('TX'))).toEqual([]);
  });

  it('offers it at an office in a state the clinician is licensed in, with nothing left to confirm', () => {
    const [offer] = offersOf(inPersonOpening('NY'));
    expect(offer).toBeDefined();
    expect(codesOf(offer)).not.toContain('ops.booking.client_location_unknown');
    expect(codesOf(offer)).not.toContain('ops.booking.no_license_in_state');
  });

  it('offers it at an office not listed with a warning that the office must be recorded first', () => {
    const [offer] = offersOf(inPersonOpening(null));
    expect(offer?.reasons.find((r) => r.code === 'ops.booking.office_not_listed')).toMatchObject({
      severity: 'warning',
      facts: { locationId: 'office-main', listedOffices: 0 },
    });
    expect(codesOf(offer)).not.toContain('ops.booking.client_location_unknown');
  });

  it('never offers a slot the booking check would refuse for licensure, wherever the office is', () => {
    const place = ['NY', 'TX', 'CA', null] as const;
    let offers = 0;
    for (const state of place) {
      const data = inPersonOpening(state);
      for (const offer of offersOf(data)) {
        offers += 1;
        const appt = data.appointments.find((a) => a.id === apptId);
        const clientId = offer.related.find((r) => r.kind === 'client')?.id as string;
        const d = evaluateBooking(
          {
            clinicianId: appt?.clinicianId as string,
            clientId,
            start: appt?.start as string,
            end: appt?.end as string,
            type: 'individual',
            modality: 'in_person',
            locationId: 'office-main',
            bookedBy: data.staff[0]?.id as string,
          },
          data,
          { asOf: DEMO_AS_OF },
        );
        expect(codesOf(d)).not.toContain('ops.booking.no_license_in_state');
      }
    }
    expect(offers).toBe(3);
  });
});

describe('buildWorkQueue: a telehealth offer never reads the client’s home state as the session’s (audit, 2026-12-06)', () => {
  it('offers the slot whatever state the client lives in, asking where they will be, with no licensure answer (property)', () => {
    // A telehealth session happens where the client is then [hhs-telehealth-licensure]; the entry does not say.
    fc.assert(
      fc.property(fc.constantFrom(...UsState.options), (home) => {
        const data = structuredClone(demo);
        const clientId = first?.related.find((r) => r.kind === 'client')?.id;
        const client = data.clients.find((c) => c.id === clientId);
        if (client === undefined) throw new Error('fixture: no offered client');
        // A client's zone is one of their state's clocks (a file contradicting itself is refused).
        client.locationState = home;
        client.zone = STATE_ZONES[home];
        const [offer] = offersOf(data);
        expect(offer?.related.find((r) => r.kind === 'client')?.id).toBe(clientId);
        expect(codesOf(offer)).toContain('ops.booking.client_location_unknown');
        expect(codesOf(offer)).not.toContain('ops.booking.no_license_in_state');
        expect(codesOf(offer)).not.toContain('ops.booking.jurisdiction_undecided');
      }),
      { numRuns: 6 },
    );
  });
});
