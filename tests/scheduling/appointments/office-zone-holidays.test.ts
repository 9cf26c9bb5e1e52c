import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/core/index.js';
import {
  evaluateBookingConflicts,
  findOpenSlots,
  measureClinicianLoad,
  type SchedulingAppointmentInput,
  type SchedulingClinicianInput,
} from '../../../src/scheduling/index.js';

// A practice holiday closes the date where a session happens: an in-person session's office's date when its
// modality (booking, load) or its availability block (open slots) names the office's zone; a telehealth
// session's, the clinician's.

const EVERY_DAY = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as ('mon' | 'tue')[];
const CLINICIAN = {
  id: 'dr-lee',
  zone: 'America/New_York',
  modalities: ['in_person', 'telehealth'],
  sessionMinutes: [50],
  availability: [{ days: EVERY_DAY, start: '00:00', end: '23:59' }],
} satisfies SchedulingClinicianInput;
const LA_OFFICE = { kind: 'in_person', locationId: 'la-office', zone: 'America/Los_Angeles' } as const;
// Thursday 2026-12-24 21:00 in Los Angeles is Friday 2026-12-25 00:00 in New York.
const CHRISTMAS_EVE = {
  id: 'a-eve',
  clinicianId: 'dr-lee',
  clientIds: ['c-1'] as string[],
  type: 'individual',
  modality: LA_OFFICE,
  start: '2026-12-24T21:00:00-08:00',
  end: '2026-12-24T21:50:00-08:00',
} as const satisfies SchedulingAppointmentInput;
const bookingOn = (appointment: SchedulingAppointmentInput, holiday: string) =>
  evaluateBookingConflicts(appointment, CLINICIAN, [], { holidays: [holiday] });
const codes = (r: { reasons: readonly { code: string }[] }) => r.reasons.map((x) => x.code);

describe('booking: a holiday is read on the clock of the place the session happens', () => {
  it('refuses an in-person session on its office’s holiday and books it on the clinician’s', () => {
    const eve = bookingOn(CHRISTMAS_EVE, '2026-12-24');
    expect(eve.outcome).toBe('conflict');
    expect(eve.reasons.find((r) => r.code === 'scheduling.conflict.holiday')?.facts).toEqual({
      date: '2026-12-24',
    });
    // Friday 00:00 in New York, but Thursday at the office: open.
    expect(codes(bookingOn(CHRISTMAS_EVE, '2026-12-25'))).not.toContain('scheduling.conflict.holiday');
  });

  it('keeps the clinician’s date for an in-person session that names no office zone, and for telehealth', () => {
    const noZone = { ...CHRISTMAS_EVE, modality: { kind: 'in_person', locationId: 'la-office' } } as const;
    const tele = { ...CHRISTMAS_EVE, modality: { kind: 'telehealth', clientLocationState: 'NY' } } as const;
    for (const a of [noZone, tele]) {
      expect(codes(bookingOn(a, '2026-12-25'))).toContain('scheduling.conflict.holiday');
      expect(codes(bookingOn(a, '2026-12-24'))).not.toContain('scheduling.conflict.holiday');
    }
  });

  it('closes New Year’s Day at the office from its midnight (the minute before, of and after)', () => {
    const at = (start: string, end: string) =>
      codes(bookingOn({ ...CHRISTMAS_EVE, start, end }, '2027-01-01')).includes(
        'scheduling.conflict.holiday',
      );
    expect(at('2026-12-31T22:00:00-08:00', '2026-12-31T22:50:00-08:00')).toBe(false); // 01:00 in New York
    expect(at('2026-12-31T23:10:00-08:00', '2027-01-01T00:00:00-08:00')).toBe(false); // ends at midnight
    expect(at('2026-12-31T23:11:00-08:00', '2027-01-01T00:01:00-08:00')).toBe(true); // runs into it
    expect(at('2027-01-01T00:00:00-08:00', '2027-01-01T00:50:00-08:00')).toBe(true);
  });

  it('property: an in-person session with an office zone is a holiday conflict iff it touches a holiday there', () => {
    const zones = ['America/Los_Angeles', 'America/Phoenix', 'Pacific/Honolulu', 'America/New_York'] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 364 * 24 * 4 }),
        fc.integer({ min: -1, max: 1 }),
        (zone, quarter, shift) => {
          const startMs = Date.UTC(2026, 0, 1) + quarter * 15 * 60_000;
          const endMs = startMs + 50 * 60_000;
          const officeDate = new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(startMs);
          const endDate = new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(endMs - 1);
          const d = new Date(`${officeDate}T12:00:00Z`);
          d.setUTCDate(d.getUTCDate() + shift);
          const holiday = d.toISOString().slice(0, 10);
          const a = {
            ...CHRISTMAS_EVE,
            modality: { kind: 'in_person', locationId: 'office', zone },
            start: new Date(startMs).toISOString(),
            end: new Date(endMs).toISOString(),
          } as const;
          const touched = holiday === officeDate || holiday === endDate;
          expect(codes(bookingOn(a, holiday)).includes('scheduling.conflict.holiday')).toBe(touched);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('clinician load: a session on its office’s holiday lies outside availability', () => {
  const loadOn = (holiday: string) =>
    measureClinicianLoad(CLINICIAN, [CHRISTMAS_EVE], {
      from: '2026-12-24',
      to: '2026-12-26',
      holidays: [holiday],
    });

  it('flags the in-person session on the office’s holiday, not on the clinician’s', () => {
    expect(codes(loadOn('2026-12-24'))).toContain('scheduling.load.outside_hours');
    expect(codes(loadOn('2026-12-25'))).not.toContain('scheduling.load.outside_hours');
  });

  it('closes an in-person-only block at an office on the office’s holiday dates only', () => {
    const block = {
      days: EVERY_DAY,
      start: '00:00',
      end: '23:59',
      modalities: ['in_person'] as ('in_person' | 'telehealth')[],
      locationId: 'la-office',
      zone: 'America/Los_Angeles',
    };
    const atOffice: SchedulingClinicianInput = { ...CLINICIAN, availability: [block] };
    const minutesOn = (date: string, holiday: string) =>
      measureClinicianLoad(atOffice, [], { from: date, to: date, holidays: [holiday] }).days[0]
        ?.availableMinutes;
    // The office's Christmas Day is New York 03:00 Dec 25 to 03:00 Dec 26.
    expect(minutesOn('2026-12-25', '2026-12-25')).toBe(180);
    expect(minutesOn('2026-12-26', '2026-12-25')).toBe(1439 - 180);
    expect(minutesOn('2026-12-24', '2026-12-25')).toBe(1439);
    // A block that also offers telehealth stays open on the clinician’s own dates.
    const mixed: SchedulingClinicianInput = { ...CLINICIAN, availability: [{ ...block, modalities: [] }] };
    expect(
      measureClinicianLoad(mixed, [], { from: '2026-12-26', to: '2026-12-26', holidays: ['2026-12-25'] })
        .days[0]?.availableMinutes,
    ).toBe(1439);
  });
});

describe('open slots: an in-person block that names its office’s zone is closed on the office’s holidays', () => {
  const atOffice = (modalities: ('in_person' | 'telehealth')[]) =>
    ({
      ...CLINICIAN,
      availability: [
        {
          days: EVERY_DAY,
          start: '00:00',
          end: '23:59',
          modalities,
          locationId: 'la-office',
          zone: 'America/Los_Angeles',
        },
      ],
    }) as SchedulingClinicianInput;
  const search = (clinician: SchedulingClinicianInput, holiday: string) =>
    findOpenSlots([clinician], [], {
      from: '2026-12-24',
      to: '2026-12-26',
      asOf: '2026-12-01T00:00:00Z',
      sessionMinutes: 50,
      displayZone: 'America/Los_Angeles',
      holidays: [holiday],
    }).slots;

  it('offers Thursday 21:00 at the office when its Christmas is Friday, and not when its Christmas Eve is', () => {
    const at = (holiday: string) =>
      search(atOffice(['in_person']), holiday).find((s) => s.start === '2026-12-24T21:00:00-08:00');
    expect(at('2026-12-25')?.modalities).toEqual(['in_person']);
    expect(at('2026-12-24')).toBeUndefined();
  });

  it('keeps telehealth on the clinician’s dates in a block offering both', () => {
    const slots = search(atOffice(['in_person', 'telehealth']), '2026-12-25');
    // 21:00 Thursday at the office is Friday in New York: in person only.
    expect(slots.find((s) => s.start === '2026-12-24T21:00:00-08:00')?.modalities).toEqual(['in_person']);
    // 20:00 Friday at the office is Saturday in New York: telehealth only.
    expect(slots.find((s) => s.start === '2026-12-25T22:00:00-08:00')?.modalities).toEqual(['telehealth']);
  });

  it('property: no in-person slot of an office block touches an office holiday; none of any kind touches a clinician one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 20, max: 28 }), (dayOfMonth) => {
        const holiday = `2026-12-${String(dayOfMonth).padStart(2, '0')}`;
        const fmt = (zone: string, iso: string, minus = 0) =>
          new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(Date.parse(iso) - minus);
        for (const s of search(atOffice(['in_person', 'telehealth']), holiday)) {
          for (const m of s.modalities) {
            const zone = m === 'in_person' ? 'America/Los_Angeles' : 'America/New_York';
            expect([fmt(zone, s.start), fmt(zone, s.end, 1)]).not.toContain(holiday);
          }
        }
      }),
      { numRuns: 9 },
    );
  });

  it('validates the block’s office zone by path, without echoing it', () => {
    const bad = {
      ...atOffice(['in_person']),
      availability: [{ days: ['mon'], start: '09:00', end: '17:00', zone: 'Mars/Base' }],
    };
    try {
      search(bad as SchedulingClinicianInput, '2026-12-25');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      const v = e as ValidationError;
      expect(v.issues.map((p) => p.at)).toEqual(['$.clinicians[0].availability[0].zone']);
      expect(JSON.stringify(v.issues)).not.toContain('Mars');
    }
  });
});
