import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildWorkQueue,
  evaluateBooking,
  generateDemoPractice,
  type PracticeData,
  type WorkQueue,
} from '../../../src/ops/index.js';
import { stateClocks } from '../../../src/scheduling/internal.js';

// A telehealth session happens where the client is then [hhs-telehealth-licensure], which a waitlist entry
// does not record: the offer asks (`ops.booking.client_location_unknown`) and skips no one. The client's home
// state is known, though: when the clinician may not serve it on the slot's date, by any of that state's
// clocks [cfr-49-71], the offer warns `ops.queue.waitlist_home_state_not_served` (since 2026-12-07). A license
// is in force through its `expiresOn` day.
//
// The demo's one offer: clin-001's cancelled telehealth slot (New York and California licenses), moved to
// Tuesday 2026-11-24 and the queue built on Sunday 2026-11-22: it goes to one of the two clients waiting.

const demo = generateDemoPractice();
const everyTask = (q: WorkQueue) => [...q.tasks, ...q.forOtherRoles.flatMap((g) => g.tasks)];
const APPT = 'appt-000748';
const AS_OF = '2026-11-22';
/** The clients waiting for clin-001 (wait-0001, wait-0007). */
const WAITING = ['client-00001', 'client-00043'];
const CODE = 'ops.queue.waitlist_home_state_not_served';

interface Slot {
  readonly start: string;
  readonly end: string;
  /** Where the waiting clients live, and the clock they keep at home. */
  readonly home: 'NY' | 'CA' | 'TN' | 'TX' | 'FL';
  readonly zone: string;
  /** The `expiresOn` of a Tennessee license added to clin-001's, when given. */
  readonly tennesseeExpiresOn?: string;
}

function practice(s: Slot): PracticeData {
  const data = structuredClone(demo);
  const appt = data.appointments.find((a) => a.id === APPT);
  const own = data.credentials.find((c) => c.clinicianId === 'clin-001');
  if (appt === undefined || own === undefined) throw new Error('fixture: the demo’s offered slot');
  appt.start = s.start as never;
  appt.end = s.end as never;
  if (s.tennesseeExpiresOn !== undefined) {
    own.licenses = [
      ...own.licenses,
      {
        state: 'TN',
        type: 'LCSW',
        number: 'L-TN',
        level: 'independent',
        status: 'active',
        issuedOn: '2024-01-01',
        expiresOn: s.tennesseeExpiresOn,
      },
    ] as never;
  }
  for (const id of WAITING) {
    const client = data.clients.find((c) => c.id === id);
    if (client === undefined) throw new Error('fixture: waitlist client');
    client.locationState = s.home as never;
    client.zone = s.zone as never;
  }
  return data;
}

const offersOf = (data: PracticeData) =>
  everyTask(buildWorkQueue(data, { asOf: AS_OF })).filter(
    (t) => t.kind === 'scheduling.waitlist_offer' && t.related.some((r) => r.id === APPT),
  );
const clientOf = (t: { related: readonly { kind: string; id: string }[] }) =>
  t.related.find((r) => r.kind === 'client')?.id;

const NOON = { start: '2026-11-24T12:00:00-05:00', end: '2026-11-24T12:53:00-05:00' };
// 23:30 Central on Tuesday 2026-11-24 in Nashville: 00:30 on Wednesday 2026-11-25 in Knoxville.
const LATE = { start: '2026-11-24T23:30:00-06:00', end: '2026-11-25T00:20:00-06:00' };

describe('buildWorkQueue: a telehealth offer warns when the clinician may not serve the client’s home state', () => {
  it('warns for a Texas client of a clinician licensed in New York and California only, and still offers', () => {
    const [offer, ...rest] = offersOf(practice({ ...NOON, home: 'TX', zone: 'America/Chicago' }));
    expect(rest).toEqual([]);
    expect(WAITING).toContain(offer && clientOf(offer));
    expect(offer?.reasons.find((r) => r.code === CODE)).toMatchObject({
      severity: 'warning',
      facts: { homeState: 'TX', date: '2026-11-24', modality: 'telehealth' },
    });
    // Where the client will be is still asked: the booking checks that state, not the home state.
    expect(offer?.reasons.map((r) => r.code)).toContain('ops.booking.client_location_unknown');
    expect(offer?.reasons.map((r) => r.code)).not.toContain('ops.booking.no_license_in_state');
  });

  it('says nothing more for a New York client (a New York license in force through 2026-12-15)', () => {
    const [offer] = offersOf(practice({ ...NOON, home: 'NY', zone: 'America/New_York' }));
    expect(WAITING).toContain(offer && clientOf(offer));
    expect(offer?.reasons.map((r) => r.code)).not.toContain(CODE);
  });

  it('warns for a Nashville client at 23:30 Central when the Tennessee license ends on the 24th (00:30 in Knoxville)', () => {
    const [offer] = offersOf(
      practice({ ...LATE, home: 'TN', zone: 'America/Chicago', tennesseeExpiresOn: '2026-11-24' }),
    );
    expect(offer?.reasons.find((r) => r.code === CODE)?.facts).toMatchObject({
      homeState: 'TN',
      date: '2026-11-25',
    });
  });

  it('says nothing when that Tennessee license runs through the 25th, or the slot ends by 23:00 Eastern', () => {
    const through25 = practice({
      ...LATE,
      home: 'TN',
      zone: 'America/Chicago',
      tennesseeExpiresOn: '2026-11-25',
    });
    expect(offersOf(through25)[0]?.reasons.map((r) => r.code)).not.toContain(CODE);
    const early = practice({
      start: '2026-11-24T21:00:00-06:00',
      end: '2026-11-24T21:50:00-06:00',
      home: 'TN',
      zone: 'America/Chicago',
      tennesseeExpiresOn: '2026-11-24',
    });
    expect(offersOf(early)[0]?.reasons.map((r) => r.code)).not.toContain(CODE);
  });

  it('never warns on an in-person offer: the client is at the office, whose state is checked', () => {
    const data = practice({ ...NOON, home: 'TX', zone: 'America/Chicago' });
    const appt = data.appointments.find((a) => a.id === APPT);
    if (appt === undefined) throw new Error('fixture');
    appt.modality = { kind: 'in_person', locationId: 'office-x' } as never;
    data.practice.offices = [{ id: 'office-x', state: 'NY', zone: 'America/New_York' }] as never;
    const [offer] = offersOf(data);
    expect(WAITING).toContain(offer && clientOf(offer));
    expect(offer?.reasons.map((r) => r.code)).not.toContain(CODE);
  });
});

describe('buildWorkQueue: an offer never hides a clinician who cannot serve the home state (property)', () => {
  it('warns exactly when a telehealth booking from the home state, on one of its clocks, is refused for licensure', () => {
    const day = (n: number) => `2026-11-${String(n).padStart(2, '0')}`;
    fc.assert(
      fc.property(
        fc.constantFrom<Slot['home']>('NY', 'CA', 'TN', 'TX', 'FL'),
        // The slot on 24 November, starting from 21:00 to 23:59 Central (22:00–00:59 Eastern).
        fc.integer({ min: 0, max: 179 }),
        fc.integer({ min: 23, max: 26 }),
        fc.nat({ max: 1 }),
        (home, minute, expiresDay, clock) => {
          const startMs = Date.parse('2026-11-25T03:00:00Z') + minute * 60_000;
          const start = new Date(startMs).toISOString().replace('.000Z', 'Z');
          const end = new Date(startMs + 50 * 60_000).toISOString().replace('.000Z', 'Z');
          const clocks = stateClocks(home);
          const zone = clocks[clock % clocks.length] as string;
          const data = practice({ start, end, home, zone, tennesseeExpiresOn: day(expiresDay) });
          const [offer] = offersOf(data);
          // Offered all the same: the session happens where the client will be.
          expect(WAITING).toContain(offer && clientOf(offer));
          const offered = (offer && clientOf(offer)) as string;
          const refusedOnSomeClock = clocks.some((z) => {
            const d = structuredClone(data);
            const client = d.clients.find((c) => c.id === offered);
            if (client === undefined) throw new Error('fixture');
            client.zone = z as never;
            return evaluateBooking(
              {
                clinicianId: 'clin-001',
                clientId: offered,
                start,
                end,
                type: 'individual',
                modality: 'telehealth',
                clientState: home,
                bookedBy: d.staff[0]?.id as string,
              },
              d,
              { asOf: AS_OF },
            ).reasons.some((r) => r.code === 'ops.booking.no_license_in_state');
          });
          expect(offer?.reasons.some((r) => r.code === CODE)).toBe(refusedOnSomeClock);
        },
      ),
      { numRuns: 25 },
    );
  });
});
