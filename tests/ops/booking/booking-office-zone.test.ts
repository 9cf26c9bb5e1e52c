import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getLocalDate } from '../../../src/core/index.js';
import { type BookingRequestInput, evaluateBooking, type PracticeData } from '../../../src/ops/index.js';
import { AS_OF, allowedBooking, smallPractice, withoutOffices } from '../practice-fixtures.js';

// clin-001 works on New York time and holds New York and California licenses. A Los Angeles office is
// three hours behind: Thursday 2026-12-24 21:00 there is Friday 00:00 for the clinician.
// No office listed: the in-person examples below are at offices the data does not list.
const data = withoutOffices(smallPractice());
const base = allowedBooking(data);
const EVE_IN_LA = { start: '2026-12-24T21:00:00-08:00', end: '2026-12-24T21:53:00-08:00' };

/** The practice with `office-la` in California, its zone listed (`null`: not), closed on `holidays`. */
function withLaOffice(holidays: string[], zone: string | null = 'America/Los_Angeles'): PracticeData {
  const copy = structuredClone(data);
  // An office's zone must be one of its state's (validated since 2026-12-06): a zone elsewhere moves the office.
  const state = zone === null ? 'CA' : (STATE_OF[zone] ?? 'CA');
  copy.practice.offices = [{ id: 'office-la', state, ...(zone === null ? {} : { zone }) }] as never;
  copy.practice.holidays = holidays as never;
  return copy;
}

/** A state each zone of the properties below is valid in. */
const STATE_OF: Record<string, string> = {
  'America/Los_Angeles': 'CA',
  'America/Denver': 'CO',
  'America/Phoenix': 'AZ',
  'America/Chicago': 'IL',
  'America/New_York': 'NY',
  'America/Anchorage': 'AK',
  'Pacific/Honolulu': 'HI',
  'America/Puerto_Rico': 'PR',
  'Pacific/Guam': 'GU',
  'Pacific/Pago_Pago': 'AS',
};

const atLa = (times: { start: string; end: string } = EVE_IN_LA): BookingRequestInput => ({
  ...base,
  start: times.start,
  end: times.end,
  modality: 'in_person',
  locationId: 'office-la',
  clientState: 'CA',
});
const holidayOf = (d: { reasons: readonly { code: string; facts?: unknown }[] }) =>
  d.reasons.find((r) => r.code === 'scheduling.conflict.holiday')?.facts;
const zoneReason = (d: { reasons: readonly { code: string; severity: string }[] }) =>
  d.reasons.find((r) => r.code === 'ops.booking.office_zone_unknown');

describe('evaluateBooking: an in-person session’s holidays are its office’s dates (audit)', () => {
  it('books Christmas Eve evening at the Los Angeles office when only Christmas Day is a holiday', () => {
    const d = evaluateBooking(atLa(), withLaOffice(['2026-12-25']), { asOf: AS_OF });
    expect(holidayOf(d)).toBeUndefined();
    expect(zoneReason(d)).toBeUndefined();
  });

  it('refuses it when Christmas Eve is the holiday, on the office’s date', () => {
    const d = evaluateBooking(atLa(), withLaOffice(['2026-12-24']), { asOf: AS_OF });
    expect(d.outcome).toBe('refused');
    expect(holidayOf(d)).toEqual({ date: '2026-12-24' });
  });

  it('keeps the clinician’s calendar when the office’s zone is not listed, and warns near a holiday', () => {
    const d = evaluateBooking(atLa(), withLaOffice(['2026-12-25'], null), { asOf: AS_OF });
    // Friday 00:00 in New York is Christmas Day there: the clinician's calendar closes it.
    expect(holidayOf(d)).toEqual({ date: '2026-12-25' });
    expect(zoneReason(d)).toMatchObject({
      severity: 'warning',
      facts: { locationId: 'office-la', clinicianZone: 'America/New_York', holidays: ['2026-12-25'] },
    });
  });

  it('says so as information when no holiday is near the session (no zone could change the answer)', () => {
    const tuesday = { start: '2026-12-01T10:00:00-08:00', end: '2026-12-01T10:53:00-08:00' };
    const d = evaluateBooking(atLa(tuesday), withLaOffice(['2026-12-25'], null), { asOf: AS_OF });
    expect(zoneReason(d)).toMatchObject({
      severity: 'info',
      facts: { locationId: 'office-la', clinicianZone: 'America/New_York' },
    });
  });

  it('says so for an office not listed at all, and never for telehealth', () => {
    const unlisted = evaluateBooking({ ...base, modality: 'in_person' }, data, { asOf: AS_OF });
    expect(zoneReason(unlisted)).toMatchObject({ facts: { locationId: 'office-main' } });
    const telehealth = evaluateBooking(base, withLaOffice([], null), { asOf: AS_OF });
    expect(zoneReason(telehealth)).toBeUndefined();
  });

  const ZONES = [
    'America/Los_Angeles',
    'America/Denver',
    'America/Phoenix',
    'America/Chicago',
    'America/New_York',
    'America/Anchorage',
    'Pacific/Honolulu',
    'America/Puerto_Rico',
    'Pacific/Guam',
    'Pacific/Pago_Pago',
  ] as const;
  // A session of 53 minutes starting on a quarter hour in December 2026, and a holiday that month.
  const session = fc.integer({ min: 0, max: 31 * 96 - 1 }).map((q) => {
    const startMs = Date.UTC(2026, 11, 1) + q * 15 * 60_000;
    const iso = (ms: number) => `${new Date(ms).toISOString().slice(0, 19)}Z`;
    return { startMs, start: iso(startMs), end: iso(startMs + 53 * 60_000) };
  });
  const holiday = fc.integer({ min: 1, max: 31 }).map((d) => `2026-12-${String(d).padStart(2, '0')}`);

  it('closes a session exactly on the holiday dates it touches in the office’s zone (property)', () => {
    fc.assert(
      fc.property(session, holiday, fc.constantFrom(...ZONES), (s, h, zone) => {
        const d = evaluateBooking(atLa(s), withLaOffice([h], zone), { asOf: AS_OF });
        const touched = [getLocalDate(s.start, zone), getLocalDate(s.startMs + 53 * 60_000 - 1, zone)];
        expect(holidayOf(d) !== undefined).toBe(touched.includes(h));
        expect(zoneReason(d)).toBeUndefined();
      }),
      { numRuns: 60 },
    );
  });

  it('warns whenever the office’s zone, unknown, could change the holiday answer (property)', () => {
    fc.assert(
      // Half the holidays are the session's own date at the office, so the answers often differ.
      fc.property(session, holiday, fc.constantFrom(...ZONES), fc.boolean(), (s, other, zone, own) => {
        const h = own ? getLocalDate(s.start, zone) : other;
        const known = evaluateBooking(atLa(s), withLaOffice([h], zone), { asOf: AS_OF });
        const unknown = evaluateBooking(atLa(s), withLaOffice([h], null), { asOf: AS_OF });
        if ((holidayOf(known) === undefined) !== (holidayOf(unknown) === undefined))
          expect(zoneReason(unknown)?.severity).toBe('warning');
        expect(zoneReason(unknown)).toBeDefined();
      }),
      { numRuns: 60 },
    );
  });

  it('reads licensure’s date on the office’s calendar: an El Paso office keeps Mountain time', () => {
    // A Texas license that ends on Tuesday 2026-12-15; 23:30 in El Paso is already Wednesday in Chicago,
    // the zone most of Texas keeps.
    const copy = structuredClone(data);
    const credentials = copy.credentials.find((c) => c.clinicianId === base.clinicianId);
    const license = credentials?.licenses[0];
    if (credentials === undefined || license === undefined)
      throw new Error('fixture: clin-001 has no license');
    credentials.licenses.push({
      ...license,
      state: 'TX',
      number: 'TX-000001',
      expiresOn: '2026-12-15',
    } as never);
    const late = { start: '2026-12-15T23:00:00-07:00', end: '2026-12-15T23:53:00-07:00' };
    const at = (zone: string | null) => {
      const d = structuredClone(copy);
      d.practice.offices = [{ id: 'office-ep', state: 'TX', ...(zone === null ? {} : { zone }) }] as never;
      return evaluateBooking({ ...atLa(late), locationId: 'office-ep', clientState: 'TX' }, d, {
        asOf: AS_OF,
      });
    };
    const codes = (d: { reasons: readonly { code: string }[] }) => d.reasons.map((r) => r.code);
    expect(codes(at('America/Denver'))).not.toContain('ops.booking.no_license_in_state');
    expect(codes(at(null))).toContain('ops.booking.no_license_in_state');
  });
});
