import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type BookingRequestInput,
  evaluateBooking,
  type PracticeData,
  STATE_ZONES,
} from '../../../src/ops/index.js';
import { AS_OF, allowedBooking, smallPractice, withoutOffices } from '../practice-fixtures.js';

// clin-001 holds New York and California licenses (none in Texas or New Jersey); the booking is Tuesday
// 2026-11-24 at 15:00 New York time.
// No office listed: the in-person examples below are at offices the data does not list.
const data = withoutOffices(smallPractice());
const base = allowedBooking(data);
const codes = (d: { reasons: readonly { code: string }[] }) => d.reasons.map((r) => r.code);
const LICENSED = ['NY', 'CA'] as const;
const STATES = ['NY', 'CA', 'TX', 'NJ', 'FL', 'WA'] as const;

/** The practice with its offices listed: `office-main` in `mainState`, `office-tx` in Texas. */
function withOffices(mainState: (typeof STATES)[number] = 'NY'): PracticeData {
  const copy = structuredClone(data);
  copy.practice.offices = [
    { id: 'office-main', state: mainState },
    { id: 'office-tx', state: 'TX' },
  ] as never;
  return copy;
}

const inPerson = (extra: Partial<BookingRequestInput> = {}): BookingRequestInput => ({
  ...base,
  modality: 'in_person',
  ...extra,
});

describe('evaluateBooking: an in-person session happens at its office (licensure of the office’s state)', () => {
  it('refuses a session at the Texas office the request calls New York, where the clinician is licensed', () => {
    const d = evaluateBooking(inPerson({ locationId: 'office-tx', clientState: 'NY' }), withOffices(), {
      asOf: AS_OF,
    });
    expect(d.outcome).toBe('refused');
    expect(d.reasons.find((r) => r.code === 'ops.booking.client_state_not_office')).toMatchObject({
      severity: 'warning',
      facts: { clientState: 'NY', officeState: 'TX', locationId: 'office-tx' },
    });
    expect(d.reasons.find((r) => r.code === 'ops.booking.no_license_in_state')?.facts).toMatchObject({
      clientState: 'TX',
    });
  });

  it('says nothing more when the request names the office’s own state', () => {
    const tx = evaluateBooking(inPerson({ locationId: 'office-tx', clientState: 'TX' }), withOffices(), {
      asOf: AS_OF,
    });
    expect(codes(tx)).toContain('ops.booking.no_license_in_state');
    expect(codes(tx)).not.toContain('ops.booking.client_state_not_office');
    const ny = evaluateBooking(inPerson({ clientState: 'NY' }), withOffices('NY'), { asOf: AS_OF });
    expect(codes(ny)).not.toContain('ops.booking.no_license_in_state');
    expect(codes(ny)).not.toContain('ops.booking.client_state_not_office');
  });

  it('reads the office’s state when the request names none, and `office-main` when it names no office', () => {
    const d = evaluateBooking(inPerson({ clientState: undefined }), withOffices('NJ'), { asOf: AS_OF });
    expect(d.reasons.find((r) => r.code === 'ops.booking.no_license_in_state')?.facts).toMatchObject({
      clientState: 'NJ',
    });
    expect(codes(d)).not.toContain('ops.booking.client_location_unknown');
  });

  it('refuses a session at an office the data does not list: neither placed nor dated (since 2026-12-07)', () => {
    // Tuesday 2026-11-24 15:00 at `office-albany`, which the practice data does not list: its state and
    // clock are unknown. Before, the request's Texas (or, left out, the client's New York home) was read.
    const d = evaluateBooking(inPerson({ locationId: 'office-albany', clientState: 'TX' }), withOffices(), {
      asOf: AS_OF,
    });
    expect(d.outcome).toBe('refused');
    expect(d.reasons.find((r) => r.code === 'ops.booking.office_not_listed')).toMatchObject({
      severity: 'error',
      facts: { locationId: 'office-albany', listedOffices: 2 },
    });
    expect(codes(d)).not.toContain('ops.booking.no_license_in_state');
    const home = evaluateBooking(inPerson({ clientState: undefined }), data, { asOf: AS_OF });
    expect(home.outcome).toBe('refused');
    expect(home.reasons.find((r) => r.code === 'ops.booking.office_not_listed')?.facts).toEqual({
      locationId: 'office-main',
      listedOffices: 0,
    });
    // No licence, payer or date-of-service fact is read on a guessed state.
    expect(
      codes(home).filter((c) =>
        /credentialing|billing|jurisdiction|network|coverage|date_of_service/.test(c),
      ),
    ).toEqual([]);
    expect(codes(home)).not.toContain('ops.booking.client_location_unknown');
  });

  it('still checks the slot itself at an office not listed: a double booking is named', () => {
    const booked = data.appointments.find(
      (a) => a.clinicianId === base.clinicianId && a.status.state === 'scheduled',
    );
    if (booked === undefined) throw new Error('fixture: no scheduled session');
    const d = evaluateBooking(inPerson({ start: booked.start, end: booked.end }), data, { asOf: AS_OF });
    expect(codes(d)).toEqual(
      expect.arrayContaining(['ops.booking.office_not_listed', 'ops.booking.schedule_conflict']),
    );
  });

  it('reads no state for an office not listed, whatever the request or the client’s home says (property)', () => {
    const client = data.clients.find((c) => c.id === base.clientId);
    if (client === undefined) throw new Error('fixture: no client');
    fc.assert(
      fc.property(
        fc.constantFrom('office-main', 'office-tx', 'office-albany', undefined),
        fc.option(fc.constantFrom(...STATES), { nil: undefined }),
        fc.constantFrom(...STATES),
        fc.boolean(),
        (locationId, requested, homeState, listOffices) => {
          const copy = listOffices ? withOffices() : structuredClone(data);
          const c = copy.clients.find((x) => x.id === base.clientId);
          if (c === undefined) throw new Error('fixture');
          c.locationState = homeState as never;
          c.zone = STATE_ZONES[homeState] as never;
          const listed = listOffices && locationId !== 'office-albany';
          const d = evaluateBooking(inPerson({ locationId, clientState: requested }), copy, { asOf: AS_OF });
          expect(codes(d).includes('ops.booking.office_not_listed')).toBe(!listed);
          if (listed) return;
          expect(d.outcome).toBe('refused');
          // No reason names a state: none was read.
          for (const r of d.reasons)
            for (const key of ['clientState', 'officeState', 'homeState', 'state'])
              expect(Object.keys(r.facts ?? {})).not.toContain(key);
          expect(codes(d).filter((x) => /^(credentialing|billing)\./.test(x))).toEqual([]);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('decides licensure by the office’s state whatever state the request names (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...STATES),
        fc.option(fc.constantFrom(...STATES), { nil: undefined }),
        (officeState, requested) => {
          const d = evaluateBooking(inPerson({ clientState: requested }), withOffices(officeState), {
            asOf: AS_OF,
          });
          const licensed = (LICENSED as readonly string[]).includes(officeState);
          expect(codes(d).includes('ops.booking.no_license_in_state')).toBe(!licensed);
          expect(codes(d).includes('ops.booking.client_state_not_office')).toBe(
            requested !== undefined && requested !== officeState,
          );
          expect(codes(d)).not.toContain('ops.booking.client_location_unknown');
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('evaluateBooking: a telehealth client whose location is not known', () => {
  it('is undecided on licensure (a warning), never read as the home state', () => {
    const d = evaluateBooking({ ...base, clientState: undefined }, data, { asOf: AS_OF });
    expect(d.outcome).toBe('allowed_with_warnings');
    expect(d.reasons.find((r) => r.code === 'ops.booking.client_location_unknown')).toMatchObject({
      severity: 'warning',
      facts: { modality: 'telehealth' },
    });
    expect(codes(d).filter((c) => c.startsWith('credentialing.jurisdiction'))).toEqual([]);
  });

  it('still runs the other checks: a double booking refuses', () => {
    const booked = data.appointments.find(
      (a) => a.clinicianId === base.clinicianId && a.status.state === 'scheduled',
    );
    if (booked === undefined) throw new Error('fixture: no scheduled session');
    const d = evaluateBooking(
      { ...base, clientState: undefined, start: booked.start, end: booked.end },
      data,
      {
        asOf: AS_OF,
      },
    );
    expect(d.outcome).toBe('refused');
    expect(codes(d)).toEqual(
      expect.arrayContaining(['ops.booking.schedule_conflict', 'ops.booking.client_location_unknown']),
    );
  });

  it('follows the state the client will be in, not the profile: Florida for a New York client refuses', () => {
    const d = evaluateBooking({ ...base, clientState: 'FL' }, data, { asOf: AS_OF });
    expect(d.reasons.find((r) => r.code === 'ops.booking.no_license_in_state')?.facts).toMatchObject({
      clientState: 'FL',
    });
  });

  it('is refused for licensure only with a stated location (property)', () => {
    fc.assert(
      fc.property(fc.option(fc.constantFrom(...STATES), { nil: undefined }), (state) => {
        const d = evaluateBooking({ ...base, clientState: state }, data, { asOf: AS_OF });
        expect(codes(d).includes('ops.booking.client_location_unknown')).toBe(state === undefined);
        expect(codes(d).includes('ops.booking.no_license_in_state')).toBe(
          state !== undefined && !(LICENSED as readonly string[]).includes(state),
        );
      }),
      { numRuns: 15 },
    );
  });
});
