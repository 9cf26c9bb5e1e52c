import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BookingRequestInput, evaluateBooking, type PracticeData } from '../../../src/ops/index.js';
import { AS_OF, allowedBooking, smallPractice } from '../practice-fixtures.js';

// clin-001 holds New York and California licenses (none in Texas or New Jersey); the booking is Tuesday
// 2026-11-24 at 15:00 New York time.
const data = smallPractice();
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

  it('keeps the request’s state for an office not listed (its state is not known)', () => {
    const d = evaluateBooking(inPerson({ clientState: 'TX' }), data, { asOf: AS_OF });
    expect(d.reasons.find((r) => r.code === 'ops.booking.no_license_in_state')?.facts).toMatchObject({
      clientState: 'TX',
    });
    const unknown = evaluateBooking(inPerson({ clientState: undefined }), data, { asOf: AS_OF });
    expect(unknown.reasons.find((r) => r.code === 'ops.booking.client_location_unknown')?.facts).toEqual({
      modality: 'in_person',
      locationId: 'office-main',
    });
    expect(codes(unknown)).not.toContain('ops.booking.no_license_in_state');
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
