import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateBooking, type PracticeData } from '../../../src/ops/index.js';
import { AS_OF, allowedBooking, smallPractice } from '../practice-fixtures.js';

const data = smallPractice();
// clin-001, made a New York psychologist with PSYPACT telepsychology (APIT) and temporary in-person (TAP)
// authorizations from New York; the client is in New Jersey, a member state. Tuesday 2026-11-24 15:00.
const base = { ...allowedBooking(data), clientState: 'NJ' as const };
const codes = (d: { reasons: readonly { code: string }[] }) => d.reasons.map((r) => r.code);

type Appointment = PracticeData['appointments'][number];

/** The practice with clin-001 a PSYPACT psychologist and `njDays` earlier in-person days at the NJ office. */
function psypact(options: { njDays?: number; unlistedOffice?: boolean } = {}): PracticeData {
  const { njDays = 0, unlistedOffice = false } = options;
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
      expiresOn: '2028-12-31',
    },
  ] as never;
  own.supervision = [];
  own.compactAuthorizations = [
    {
      kind: 'psypact_apit',
      homeState: 'NY',
      status: 'active',
      issuedOn: '2025-10-01',
      expiresOn: '2027-09-30',
    },
    {
      kind: 'psypact_tap',
      homeState: 'NY',
      status: 'active',
      issuedOn: '2025-10-01',
      expiresOn: '2027-09-30',
    },
  ] as never;
  copy.policies.jurisdiction = {
    psypactMemberStates: [
      { state: 'NY', from: '2020-07-01' },
      { state: 'NJ', from: '2020-07-01' },
    ],
    socialWorkCompactMemberStates: [],
    tapInPersonDaysPerYear: 30,
  };
  // Every office the practice's in-person sessions use, and its state.
  const used = new Set(
    copy.appointments.flatMap((a) =>
      a.modality.kind === 'in_person' ? [a.modality.locationId as string] : [],
    ),
  );
  copy.practice.offices = [
    ...[...used].map((id) => ({ id, state: 'NY' as const })),
    { id: 'office-nj', state: 'NJ' as const },
  ] as never;
  for (let i = 0; i < njDays; i += 1) {
    const day = new Date(Date.UTC(2026, 0, 5 + i)).toISOString().slice(0, 10);
    copy.appointments.push({
      ...template,
      id: `nj-${i}` as never,
      modality: { kind: 'in_person', locationId: 'office-nj' as never },
      start: `${day}T09:00:00-05:00`,
      end: `${day}T09:53:00-05:00`,
      status: { state: 'completed' },
    } as Appointment);
  }
  if (unlistedOffice) {
    copy.appointments.push({
      ...template,
      id: 'elsewhere' as never,
      modality: { kind: 'in_person', locationId: 'office-unlisted' as never },
      start: '2026-03-02T09:00:00-05:00',
      end: '2026-03-02T09:53:00-05:00',
      status: { state: 'completed' },
    } as Appointment);
  }
  return copy;
}

describe('evaluateBooking: where the psychologist is (PSYPACT telepsychology)', () => {
  it('cannot decide APIT when the booking does not say where the psychologist will be', () => {
    const d = evaluateBooking(base, psypact(), { asOf: AS_OF });
    expect(d.outcome).toBe('allowed_with_warnings');
    expect(codes(d)).toEqual(
      expect.arrayContaining([
        'ops.booking.jurisdiction_undecided',
        'credentialing.compact.clinician_location_unknown',
      ]),
    );
    // The TAP authorization does not cover telehealth: said, as a warning, since nothing refused.
    expect(d.reasons.find((r) => r.code === 'credentialing.compact.modality_not_covered')?.severity).toBe(
      'warning',
    );
  });

  it('allows it from the home state New York, and refuses it from New Jersey', () => {
    const home = evaluateBooking({ ...base, clinicianState: 'NY' }, psypact(), { asOf: AS_OF });
    expect(codes(home)).toContain('credentialing.jurisdiction.compact_authorized');
    expect(codes(home)).not.toContain('ops.booking.jurisdiction_undecided');
    const away = evaluateBooking({ ...base, clinicianState: 'NJ' }, psypact(), { asOf: AS_OF });
    expect(away.outcome).toBe('refused');
    expect(codes(away)).toContain('credentialing.compact.outside_home_state');
  });
});

describe('evaluateBooking: PSYPACT temporary in-person days, counted from the data', () => {
  const inPerson = { ...base, modality: 'in_person' as const, locationId: 'office-nj' };

  it('allows a 30th in-person day in New Jersey in 2026 and refuses a 31st', () => {
    const d30 = evaluateBooking(inPerson as never, psypact({ njDays: 29 }), { asOf: AS_OF });
    expect(codes(d30)).toContain('credentialing.jurisdiction.compact_authorized');
    const d31 = evaluateBooking(inPerson as never, psypact({ njDays: 30 }), { asOf: AS_OF });
    expect(d31.outcome).toBe('refused');
    expect(
      d31.reasons.find((r) => r.code === 'credentialing.compact.tap_days_exhausted')?.facts,
    ).toMatchObject({
      daysUsed: 30,
      daysAllowed: 30,
    });
  });

  it('cannot count the days when an in-person session’s office is not listed', () => {
    const d = evaluateBooking(inPerson as never, psypact({ unlistedOffice: true }), { asOf: AS_OF });
    expect(codes(d)).toEqual(
      expect.arrayContaining([
        'ops.booking.jurisdiction_undecided',
        'credentialing.compact.tap_days_unknown',
      ]),
    );
  });

  it('refuses exactly from the 31st day (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), (njDays) => {
        const d = evaluateBooking(inPerson as never, psypact({ njDays }), { asOf: AS_OF });
        expect(codes(d).includes('credentialing.compact.tap_days_exhausted')).toBe(njDays >= 30);
      }),
      { numRuns: 15 },
    );
  });
});
