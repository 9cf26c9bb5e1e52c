import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildWorkQueue,
  evaluateBooking,
  generateDemoPractice,
  type PracticeData,
  type WorkQueue,
} from '../../../src/ops/index.js';

// A waitlist offer never proposes a slot with a clinician whose license (or compact authority) for the state
// the session happens in is not in force on the slot's date there: licensure follows the client's location
// at session time [hhs-telehealth-licensure], and an in-person client is at the office. A license is in
// force through its `expiresOn` day. Florida's western panhandle keeps Central time [cfr-49-71].
//
// The demo's one offer: clin-001's cancelled slot. The slot is moved here to Tuesday 2026-11-24, and the
// queue is built on Sunday 2026-11-22, so that the slot is among the openings of the next three days; with a
// license in force it goes to client-00043 (New York, wait-0007), the first in line who may be contacted then.

const demo = generateDemoPractice();
const everyTask = (q: WorkQueue) => [...q.tasks, ...q.forOtherRoles.flatMap((g) => g.tasks)];
const APPT = 'appt-000748';
const AS_OF = '2026-11-22';

interface Opening {
  /** The office's state, and its zone when listed. */
  readonly office: { readonly state: 'NY' | 'FL'; readonly zone?: string };
  readonly start: string;
  readonly end: string;
  /** The session's own recorded zone. */
  readonly sessionZone?: string;
  /** The `expiresOn` of clin-001's license in the office's state. */
  readonly expiresOn: string;
}

/** The demo with clin-001's cancelled slot made an in-person one at `office-x`. */
function practice(o: Opening): PracticeData {
  const data = structuredClone(demo);
  const appt = data.appointments.find((a) => a.id === APPT);
  const own = data.credentials.find((c) => c.clinicianId === 'clin-001');
  if (appt === undefined || own === undefined) throw new Error('fixture: the demo’s offered slot');
  appt.modality = {
    kind: 'in_person',
    locationId: 'office-x',
    ...(o.sessionZone === undefined ? {} : { zone: o.sessionZone }),
  } as never;
  appt.start = o.start as never;
  appt.end = o.end as never;
  data.practice.offices = [{ id: 'office-x', ...o.office }] as never;
  own.licenses = [
    {
      state: o.office.state,
      type: 'LCSW',
      number: 'L-X',
      level: 'independent',
      status: 'active',
      issuedOn: '2024-01-01',
      expiresOn: o.expiresOn,
    },
  ] as never;
  return data;
}

const offersOf = (data: PracticeData) =>
  everyTask(buildWorkQueue(data, { asOf: AS_OF })).filter(
    (t) => t.kind === 'scheduling.waitlist_offer' && t.related.some((r) => r.id === APPT),
  );
const clientOf = (t: { related: readonly { kind: string; id: string }[] }) =>
  t.related.find((r) => r.kind === 'client')?.id;

/** What `evaluateBooking` says of booking the slot for that client. */
function bookingCodes(data: PracticeData, clientId: string): string[] {
  const appt = data.appointments.find((a) => a.id === APPT);
  return evaluateBooking(
    {
      clinicianId: 'clin-001',
      clientId,
      start: appt?.start as string,
      end: appt?.end as string,
      type: 'individual',
      modality: 'in_person',
      locationId: 'office-x',
      bookedBy: data.staff[0]?.id as string,
    },
    data,
    { asOf: AS_OF },
  ).reasons.map((r) => r.code);
}

const FIRST = 'client-00043';
/** The clients waiting for clin-001 (wait-0001, wait-0007). */
const WAITING = ['client-00001', 'client-00043'];

const NY_TUESDAY = { start: '2026-11-24T10:00:00-05:00', end: '2026-11-24T10:53:00-05:00' };
// 23:30 Central on Tuesday 2026-11-24 in Pensacola: 00:30 on Wednesday 2026-11-25 in Tallahassee.
const FL_LATE = { start: '2026-11-24T23:30:00-06:00', end: '2026-11-25T00:20:00-06:00' };

describe('buildWorkQueue: a waitlist offer needs a license in force on the slot’s date where it happens', () => {
  it('offers no one a New York slot on 24 November when the New York license expired the day before', () => {
    expect(offersOf(practice({ office: { state: 'NY' }, ...NY_TUESDAY, expiresOn: '2026-11-23' }))).toEqual(
      [],
    );
  });

  it('offers the slot to the first in line when the license expires that very day (in force through it)', () => {
    const offers = offersOf(practice({ office: { state: 'NY' }, ...NY_TUESDAY, expiresOn: '2026-11-24' }));
    expect(offers.map(clientOf)).toEqual([FIRST]);
    expect(offers[0]?.reasons.map((r) => r.code)).not.toContain('ops.booking.no_license_in_state');
  });

  it('offers a 23:30–00:20 Pensacola slot (Central) only with a Florida license in force through 25 November', () => {
    const data = practice({
      office: { state: 'FL', zone: 'America/Chicago' },
      ...FL_LATE,
      expiresOn: '2026-11-24',
    });
    // The session runs to 00:20 on the 25th there: the license must cover that day too.
    expect(offersOf(data)).toEqual([]);
    const through25 = practice({
      office: { state: 'FL', zone: 'America/Chicago' },
      ...FL_LATE,
      expiresOn: '2026-11-25',
    });
    expect(offersOf(through25).map(clientOf)).toEqual([FIRST]);
  });

  it('offers a 23:00–23:50 Pensacola slot on the license’s last day, read on the office’s Central clock', () => {
    const data = practice({
      office: { state: 'FL', zone: 'America/Chicago' },
      start: '2026-11-24T23:00:00-06:00',
      end: '2026-11-24T23:50:00-06:00',
      expiresOn: '2026-11-24',
    });
    expect(offersOf(data).map(clientOf)).toEqual([FIRST]);
  });

  it('reads the session’s own recorded zone as the office’s', () => {
    const data = practice({
      office: { state: 'FL', zone: 'America/Chicago' },
      start: '2026-11-24T23:00:00-06:00',
      end: '2026-11-24T23:50:00-06:00',
      sessionZone: 'America/Chicago',
      expiresOn: '2026-11-24',
    });
    expect(offersOf(data).map(clientOf)).toEqual([FIRST]);
  });

  it('offers no one a 23:00 Central slot at a Florida office listed without a zone on the license’s last day', () => {
    // 00:00 on the 25th in Tallahassee: which clock the office keeps is not known, so both days must be covered.
    const data = practice({
      office: { state: 'FL' },
      start: '2026-11-24T23:00:00-06:00',
      end: '2026-11-24T23:50:00-06:00',
      expiresOn: '2026-11-24',
    });
    expect(offersOf(data)).toEqual([]);
  });

  it('reads every Florida clock at an office without a zone even for a client living on Central time', () => {
    // The client's home clock is not the office's: a Pensacola resident may be seen in Tallahassee.
    const data = practice({
      office: { state: 'FL' },
      start: '2026-11-24T23:00:00-06:00',
      end: '2026-11-24T23:50:00-06:00',
      expiresOn: '2026-11-24',
    });
    for (const id of WAITING) {
      const client = data.clients.find((c) => c.id === id);
      if (client === undefined) throw new Error('fixture: waitlist client');
      client.locationState = 'FL';
      client.zone = 'America/Chicago' as never;
    }
    expect(offersOf(data)).toEqual([]);
    expect(bookingCodes(data, FIRST)).toContain('ops.booking.no_license_in_state');
  });
});

describe('buildWorkQueue: a waitlist offer and a booking agree on licensure (property)', () => {
  it('never offers a slot the booking check refuses for licensure, nor skips one it allows', () => {
    const day = (n: number) => `2026-11-${String(n).padStart(2, '0')}`;
    fc.assert(
      fc.property(
        fc.constantFrom<Opening['office']>(
          { state: 'NY' },
          { state: 'FL' },
          { state: 'FL', zone: 'America/Chicago' },
          { state: 'FL', zone: 'America/New_York' },
        ),
        // The slot on 24 November, starting from 21:00 to 23:59 Central (22:00–00:59 Eastern).
        fc.integer({ min: 0, max: 179 }),
        fc.integer({ min: 22, max: 26 }),
        fc.constantFrom('NY', 'FL'),
        (office, minute, expiresDay, home) => {
          const startMs = Date.parse('2026-11-25T03:00:00Z') + minute * 60_000;
          const start = new Date(startMs).toISOString().replace('.000Z', 'Z');
          const end = new Date(startMs + 50 * 60_000).toISOString().replace('.000Z', 'Z');
          const data = practice({ office, start, end, expiresOn: day(expiresDay) });
          for (const id of WAITING) {
            const client = data.clients.find((c) => c.id === id);
            if (client === undefined) throw new Error('fixture: waitlist client');
            client.locationState = home as never;
            client.zone = 'America/New_York' as never;
          }
          const offered = offersOf(data).map(clientOf);
          const refused = (id: string) => bookingCodes(data, id).includes('ops.booking.no_license_in_state');
          for (const id of offered) expect(refused(id as string)).toBe(false);
          if (!refused(FIRST)) expect(offered).toEqual([FIRST]);
        },
      ),
      { numRuns: 30 },
    );
  });
});
