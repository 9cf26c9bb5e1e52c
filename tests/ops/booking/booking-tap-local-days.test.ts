import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { evaluateBooking, type PracticeData } from '../../../src/ops/index.js';
import { AS_OF, allowedBooking, smallPractice } from '../practice-fixtures.js';

// PSYPACT Temporary Authorization to Practice: at most 30 days of in-person practice a calendar year in a
// remote state, a day counting when any in-person work happens there [psypact]. The day is the calendar
// day where the session happens: its own office's clock, not the state's main zone nor the practice's.
// Florida's western panhandle keeps Central time and El Paso Mountain time [cfr-49-71].
// clin-001 is made a New York psychologist with a TAP from New York; Florida and Texas are members.

const data = smallPractice();
const base = allowedBooking(data);
type Appointment = PracticeData['appointments'][number];

const OFFICES = [
  { id: 'office-pensacola', state: 'FL', zone: 'America/Chicago' },
  { id: 'office-tallahassee', state: 'FL', zone: 'America/New_York' },
  { id: 'office-el-paso', state: 'TX', zone: 'America/Denver' },
  { id: 'office-dallas', state: 'TX', zone: 'America/Chicago' },
  { id: 'office-fl-no-zone', state: 'FL' },
] as const;
type OfficeId = (typeof OFFICES)[number]['id'];

interface Session {
  readonly office: OfficeId;
  /** Local wall time at the office, `YYYY-MM-DDTHH:mm`, or an instant with offset. */
  readonly at: string;
  readonly cancelled?: boolean;
}

/** The office's zone; the one listed without a zone takes Tallahassee's wall clock for its fixtures' instants. */
const zoneOf = (office: OfficeId): string => {
  const found = OFFICES.find((o) => o.id === office);
  return found !== undefined && 'zone' in found ? found.zone : 'America/New_York';
};

/** An instant with offset for a local wall time at an office (already an instant: unchanged). */
function instantAt(office: OfficeId, at: string, minutes = 0): string {
  const local = /[+-]\d\d:\d\d$|Z$/.test(at)
    ? DateTime.fromISO(at, { setZone: true })
    : DateTime.fromISO(at, { zone: zoneOf(office) });
  return local.plus({ minutes }).toISO({ suppressMilliseconds: true }) as string;
}

/** The practice with clin-001 a PSYPACT psychologist and these earlier in-person sessions. */
function practice(sessions: readonly Session[], practiceZone?: string): PracticeData {
  const copy = structuredClone(data);
  const own = copy.credentials.find((c) => c.clinicianId === base.clinicianId);
  const template = copy.appointments.find((a) => a.clinicianId === base.clinicianId);
  if (own === undefined || template === undefined) throw new Error('fixture');
  own.licenses = [
    {
      state: 'NY',
      type: 'psychologist',
      number: 'PSY-1',
      level: 'independent',
      status: 'active',
      issuedOn: '2020-01-01',
      expiresOn: '2029-12-31',
    },
  ] as never;
  own.supervision = [];
  own.compactAuthorizations = [
    {
      kind: 'psypact_tap',
      homeState: 'NY',
      status: 'active',
      issuedOn: '2025-10-01',
      expiresOn: '2028-09-30',
    },
  ] as never;
  copy.policies.jurisdiction = {
    psypactMemberStates: (['NY', 'FL', 'TX'] as const).map((state) => ({ state, from: '2020-07-01' })),
    socialWorkCompactMemberStates: [],
    tapInPersonDaysPerYear: 30,
  };
  const used = new Set(
    copy.appointments.flatMap((a) =>
      a.modality.kind === 'in_person' ? [a.modality.locationId as string] : [],
    ),
  );
  copy.practice.offices = [
    ...[...used].map((id) => ({ id, state: 'NY' as const })),
    ...OFFICES.map((o) => ({ ...o })),
  ] as never;
  if (practiceZone !== undefined) copy.practice.zone = practiceZone as never;
  sessions.forEach((s, i) => {
    copy.appointments.push({
      ...template,
      id: `tap-${i}` as never,
      modality: { kind: 'in_person', locationId: s.office as never },
      start: instantAt(s.office, s.at),
      end: instantAt(s.office, s.at, 25),
      status: s.cancelled === true ? { state: 'cancelled', by: 'client' } : { state: 'completed' },
    } as Appointment);
  });
  return copy;
}

/** An in-person booking at `office` at a local wall time there. */
function booking(office: OfficeId, at: string) {
  return {
    ...base,
    modality: 'in_person' as const,
    locationId: office,
    clientState: OFFICES.find((o) => o.id === office)?.state,
    start: instantAt(office, at),
    end: instantAt(office, at, 50),
  };
}

type Booked = ReturnType<typeof evaluateBooking>;
const codes = (d: Booked) => d.reasons.map((r) => r.code);
/** The TAP days the credentialing module counted as used before the booking's own day. */
const daysUsed = (d: Booked) =>
  d.reasons.find(
    (r) =>
      r.code === 'credentialing.jurisdiction.compact_authorized' ||
      r.code === 'credentialing.compact.tap_days_exhausted',
  )?.facts.daysUsed;

/** `n` ordinary in-person mornings at an office, from 2026-01-05 on. */
const mornings = (office: OfficeId, n: number): Session[] =>
  Array.from({ length: n }, (_, i) => ({
    office,
    at: `${DateTime.fromISO('2026-01-05').plus({ days: i }).toISODate()}T10:00`,
  }));

describe('evaluateBooking: PSYPACT temporary in-person days are dated on the session’s own clock', () => {
  it('counts two Pensacola sessions on 2 March 2026 (09:00 and 23:30 Central) as one day, not two', () => {
    // 23:30 Central is 00:30 on 3 March in Tallahassee: the state's main zone would make it a second day.
    const d = evaluateBooking(
      booking('office-pensacola', '2026-11-24T15:00'),
      practice([
        { office: 'office-pensacola', at: '2026-03-02T09:00' },
        { office: 'office-pensacola', at: '2026-03-02T23:30' },
      ]),
      { asOf: AS_OF },
    );
    expect(codes(d)).toContain('credentialing.jurisdiction.compact_authorized');
    expect(daysUsed(d)).toBe(1);
  });

  it('dates a 23:30 Pensacola session on 10 March that day, so a booking on 11 March is a second day', () => {
    const d = evaluateBooking(
      booking('office-pensacola', '2026-03-11T10:00'),
      practice([{ office: 'office-pensacola', at: '2026-03-10T23:30' }]),
      { asOf: '2026-03-01' },
    );
    expect(daysUsed(d)).toBe(1);
  });

  it('dates a 23:30 El Paso session (Mountain) on its own day, not the next day by Central time', () => {
    const d = evaluateBooking(
      booking('office-el-paso', '2026-06-02T10:00'),
      practice([{ office: 'office-el-paso', at: '2026-06-01T23:30' }]),
      { asOf: '2026-05-20' },
    );
    expect(daysUsed(d)).toBe(1);
  });

  it('counts an El Paso and a Dallas session on the same local day once for Texas', () => {
    // 10:00 Mountain in El Paso and 21:00 Central in Dallas, both 2026-06-01 where they happen.
    const d = evaluateBooking(
      booking('office-dallas', '2026-06-03T10:00'),
      practice([
        { office: 'office-el-paso', at: '2026-06-01T10:00' },
        { office: 'office-dallas', at: '2026-06-01T21:00' },
      ]),
      { asOf: '2026-05-20' },
    );
    expect(daysUsed(d)).toBe(1);
  });

  it('refuses a 31st Florida day in 2026 when the 30th was a 23:30 Pensacola session on 31 December', () => {
    // 23:30 Central on 31 December is 00:30 on 1 January in Tallahassee: it is a 2026 day all the same.
    const sessions = [
      ...mornings('office-tallahassee', 29),
      { office: 'office-pensacola' as const, at: '2026-12-31T23:30' },
    ];
    const d = evaluateBooking(booking('office-tallahassee', '2026-12-30T10:00'), practice(sessions), {
      asOf: AS_OF,
    });
    expect(d.outcome).toBe('refused');
    expect(d.reasons.find((r) => r.code === 'credentialing.compact.tap_days_exhausted')?.facts).toMatchObject(
      { daysUsed: 30, daysAllowed: 30 },
    );
  });

  it('starts 2027 afresh: a booking on 1 January 2027 does not count that 31 December session', () => {
    const sessions = [
      ...mornings('office-tallahassee', 29),
      { office: 'office-pensacola' as const, at: '2026-12-31T23:30' },
    ];
    const d = evaluateBooking(booking('office-pensacola', '2027-01-01T10:00'), practice(sessions), {
      asOf: AS_OF,
    });
    expect(codes(d)).not.toContain('credentialing.compact.tap_days_exhausted');
    expect(daysUsed(d)).toBe(0);
  });

  it('reads a session’s own recorded zone before its office’s', () => {
    const data = practice([]);
    const template = data.appointments.find((a) => a.clinicianId === base.clinicianId) as Appointment;
    data.appointments.push({
      ...template,
      id: 'tap-own-zone' as never,
      modality: { kind: 'in_person', locationId: 'office-pensacola' as never, zone: 'US/Central' as never },
      start: '2026-12-31T23:30:00-06:00',
      end: '2026-12-31T23:55:00-06:00',
      status: { state: 'completed' },
    } as Appointment);
    const d = evaluateBooking(booking('office-pensacola', '2027-01-04T10:00'), data, { asOf: AS_OF });
    expect(daysUsed(d)).toBe(0);
  });

  it('counts a 10:00 session at a Florida office listed without a zone: both Florida clocks say the same day', () => {
    const d = evaluateBooking(
      booking('office-tallahassee', '2026-11-24T15:00'),
      practice([{ office: 'office-fl-no-zone', at: '2026-03-02T10:00:00-05:00' }]),
      { asOf: AS_OF },
    );
    expect(daysUsed(d)).toBe(1);
  });

  it('cannot count the days when a Florida office without a zone had a session at 23:30 Central', () => {
    // 2026-03-02 in Pensacola, 2026-03-03 in Tallahassee: which day was worked is not known. Undecided, not guessed.
    const d = evaluateBooking(
      booking('office-tallahassee', '2026-11-24T15:00'),
      practice([{ office: 'office-fl-no-zone', at: '2026-03-02T23:30:00-06:00' }]),
      { asOf: AS_OF },
    );
    expect(codes(d)).toEqual(
      expect.arrayContaining([
        'ops.booking.jurisdiction_undecided',
        'credentialing.compact.tap_days_unknown',
      ]),
    );
  });

  it('leaves cancelled sessions out of the count', () => {
    const d = evaluateBooking(
      booking('office-pensacola', '2026-11-24T15:00'),
      practice([{ office: 'office-pensacola', at: '2026-03-02T09:00', cancelled: true }]),
      { asOf: AS_OF },
    );
    expect(daysUsed(d)).toBe(0);
  });
});

describe('evaluateBooking: PSYPACT TAP day count (property)', () => {
  const zoned = OFFICES.filter((o) => 'zone' in o).map((o) => o.id);
  const sessionArb = fc.record({
    office: fc.constantFrom(...zoned),
    // Any day of 2026 and the first days of 2027, often a few days around the booking (14-16 July) or the
    // year's end, so that sessions share days; any minute, late evenings (where clocks disagree) drawn often.
    day: fc.oneof(
      fc.integer({ min: 0, max: 370 }),
      fc.integer({ min: 194, max: 196 }),
      fc.integer({ min: 363, max: 366 }),
    ),
    minute: fc.oneof(
      fc.integer({ min: 0, max: 24 * 60 - 30 }),
      fc.integer({ min: 22 * 60, max: 24 * 60 - 30 }),
    ),
  });
  const practiceZones = ['America/New_York', 'America/Chicago', 'America/Los_Angeles', 'Pacific/Honolulu'];

  it('counts each distinct local date in the booked state and year once, whatever the practice zone', () => {
    fc.assert(
      fc.property(
        fc.array(sessionArb, { maxLength: 12 }),
        fc.constantFrom('office-pensacola', 'office-el-paso'),
        fc.constantFrom(...practiceZones),
        (drawn, office, practiceZone) => {
          const sessions: Session[] = drawn.map((s) => ({
            office: s.office,
            at: DateTime.fromISO('2026-01-01')
              .plus({ days: s.day, minutes: s.minute })
              .toFormat("yyyy-MM-dd'T'HH:mm"),
          }));
          const state = OFFICES.find((o) => o.id === office)?.state;
          const at = '2026-07-15T10:00';
          const decision = evaluateBooking(booking(office, at), practice(sessions, practiceZone), {
            asOf: '2026-07-01',
          });
          // The local dates where each session happened, in the booked state, in 2026, other than the booking's.
          const local = new Set(
            sessions
              .filter((s) => OFFICES.find((o) => o.id === s.office)?.state === state)
              .map((s) => DateTime.fromISO(instantAt(s.office, s.at)).setZone(zoneOf(s.office)).toISODate())
              .filter((d) => d?.startsWith('2026') && d !== '2026-07-15'),
          );
          const used = daysUsed(decision);
          expect(used).toBe(local.size);
          expect(used).toBeLessThanOrEqual(new Set(sessions.map((s) => s.at.slice(0, 10))).size);
          // The practice's own zone changes nothing.
          const elsewhere = evaluateBooking(booking(office, at), practice(sessions), { asOf: '2026-07-01' });
          expect(daysUsed(elsewhere)).toBe(used);
        },
      ),
      { numRuns: 40 },
    );
  });
});
