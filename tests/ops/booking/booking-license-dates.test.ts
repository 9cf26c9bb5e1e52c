import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, getLocalDate } from '../../../src/core/index.js';
import { licenseDatesAtClient, sessionDatesAtClient } from '../../../src/ops/booking/coverage-checks.js';
import { evaluateBooking } from '../../../src/ops/index.js';
import { stateClocks } from '../../../src/scheduling/internal.js';
import { AS_OF, allowedBooking, smallPractice } from '../practice-fixtures.js';

const data = smallPractice();
const base = allowedBooking(data);
const client = data.clients.find((c) => c.id === base.clientId);
const codes = (d: { reasons: readonly { code: string }[] }) => d.reasons.map((r) => r.code);

/** The practice with clin-001 also holding a Tennessee LCSW license that expires on `expiresOn`. */
function withTennesseeLicense(expiresOn: string) {
  const copy = structuredClone(data);
  const credentials = copy.credentials.find((c) => c.clinicianId === base.clinicianId);
  if (credentials === undefined) throw new Error('fixture');
  credentials.licenses.push({
    state: 'TN',
    type: 'LCSW',
    number: 'L-TN-1',
    level: 'independent',
    status: 'active',
    issuedOn: '2020-01-01',
    expiresOn,
  });
  return copy;
}

// Tennessee keeps two clocks (49 CFR part 71): Central in Nashville, the state's larger part, and Eastern
// in Knoxville. 23:05–23:58 CST on 2026-11-24 is 00:05–00:58 EST on 2026-11-25.
const LATE = { start: '2026-11-24T23:05:00-06:00', end: '2026-11-24T23:58:00-06:00' } as const;

describe('licensure on every date a session falls on by the clocks of the state the client joins from', () => {
  it('refuses a telehealth session from Tennessee at 23:05 Central on 2026-11-24 when the TN license expired that day: it is 2026-11-25 in Knoxville', () => {
    // The client lives in New York; where in Tennessee they are that night is not known.
    const d = evaluateBooking({ ...base, clientState: 'TN', ...LATE }, withTennesseeLicense('2026-11-24'), {
      asOf: AS_OF,
    });
    expect(d.outcome).toBe('refused');
    expect(codes(d)).toEqual(
      expect.arrayContaining(['ops.booking.no_license_in_state', 'credentialing.license.expired']),
    );
    expect(d.reasons.find((r) => r.code === 'ops.booking.no_license_in_state')?.facts).toMatchObject({
      clientState: 'TN',
      date: '2026-11-25',
    });
  });

  it('allows the same session when the TN license runs through 2026-11-25', () => {
    const d = evaluateBooking({ ...base, clientState: 'TN', ...LATE }, withTennesseeLicense('2026-11-25'), {
      asOf: AS_OF,
    });
    expect(codes(d)).not.toContain('ops.booking.no_license_in_state');
    expect(codes(d)).toContain('credentialing.jurisdiction.licensed');
  });

  it('keeps the date of service on the state’s larger clock: 2026-11-24 in Nashville, for payer facts', () => {
    const place = { clientState: 'TN' as const, modality: 'telehealth' as const, ...LATE };
    expect(sessionDatesAtClient(place, client)).toEqual(['2026-11-24']);
    expect(licenseDatesAtClient(place, client)).toEqual(['2026-11-24', '2026-11-25']);
    expect(sessionDatesAtClient(place, client)[0]).toBe('2026-11-24');
    const early = {
      clientState: 'TN' as const,
      modality: 'telehealth' as const,
      start: '2026-11-24T23:00:00-06:00',
      end: '2026-11-24T23:50:00-06:00',
    };
    expect(sessionDatesAtClient(early, client)).toEqual(['2026-11-24']);
    expect(licenseDatesAtClient(early, client)).toEqual(['2026-11-24', '2026-11-25']);
  });

  it('reads only the client’s own clock in the state they live in, and the office’s in person', () => {
    const home = { clientState: 'NY' as const, modality: 'telehealth' as const, ...LATE };
    expect(licenseDatesAtClient(home, client)).toEqual(sessionDatesAtClient(home, client));
    const office = {
      clientState: 'TN' as const,
      modality: 'in_person' as const,
      start: '2026-11-24T23:00:00-06:00',
      end: '2026-11-24T23:50:00-06:00',
    };
    expect(licenseDatesAtClient(office, client, 'America/Chicago')).toEqual(['2026-11-24']);
  });

  it('always checks every date any of the state’s clocks shows during the session, and never drops the date of service (property)', () => {
    const states = ['TN', 'TX', 'FL', 'KY', 'IN', 'OR', 'ID', 'AZ', 'AL', 'NY', 'CA'] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...states),
        fc.integer({ min: 0, max: 364 }),
        fc.integer({ min: 0, max: 24 * 60 - 1 }),
        fc.integer({ min: 15, max: 180 }),
        (state, day, minute, length) => {
          const startMs = Date.parse(`${addDays('2026-01-01', day)}T00:00:00Z`) + minute * 60_000;
          const start = new Date(startMs).toISOString();
          const end = new Date(startMs + length * 60_000).toISOString();
          const place = { clientState: state, modality: 'telehealth' as const, start, end };
          const dates = licenseDatesAtClient(place, undefined);
          expect(dates).toEqual([...new Set(dates)].sort());
          expect(dates).toContain(sessionDatesAtClient(place, undefined)[0]);
          for (const zone of stateClocks(state)) {
            expect(dates).toContain(getLocalDate(start, zone));
            expect(dates).toContain(
              getLocalDate(new Date(startMs + length * 60_000 - 1).toISOString(), zone),
            );
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
