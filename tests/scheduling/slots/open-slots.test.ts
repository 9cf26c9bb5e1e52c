import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatInstant, readLocal, type ValidationError } from '../../../src/core/index.js';
import { toEpochMs } from '../../../src/core/internal.js';
import type { SchedulingAppointmentInput } from '../../../src/scheduling/appointments/appointment.js';
import type { SchedulingClinicianInput } from '../../../src/scheduling/appointments/clinician-profile.js';
import { findOpenSlots } from '../../../src/scheduling/slots/open-slots.js';
import { drLee, session, ZONES } from '../scheduling-fixtures.js';
import { naiveOpenSlots } from './naive-open-slots-fixtures.js';

const monday = { from: '2026-03-09', to: '2026-03-09', asOf: '2026-03-01T00:00:00Z', sessionMinutes: 50 };
const hhmm = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

describe('findOpenSlots', () => {
  it('offers on-the-hour slots in availability, shown in the asker’s zone', () => {
    const r = findOpenSlots([drLee], [], { ...monday, displayZone: 'America/Chicago' });
    expect(r.slots.map((s) => s.start)).toEqual([
      '2026-03-09T08:00:00-05:00',
      '2026-03-09T09:00:00-05:00',
      '2026-03-09T10:00:00-05:00',
      '2026-03-09T12:00:00-05:00',
      '2026-03-09T13:00:00-05:00',
      '2026-03-09T14:00:00-05:00',
      '2026-03-09T15:00:00-05:00',
    ]);
    expect(r.slots[0]).toMatchObject({
      clinicianId: 'dr-lee',
      clinicianDate: '2026-03-09',
      locationId: null,
    });
  });

  it('leaves out a booked hour and the hour its notes buffer runs into', () => {
    const booked = session('a-1', '2026-03-09T10:30:00-04:00', '2026-03-09T11:20:00-04:00');
    const r = findOpenSlots([drLee], [booked], { ...monday, displayZone: 'America/New_York' });
    expect(r.slots.map((s) => s.start.slice(11, 16))).toEqual(['09:00', '13:00', '14:00', '15:00', '16:00']);
  });

  it('ignores cancelled bookings and offers only telehealth blocks when asked for telehealth', () => {
    const cancelled = session('a-1', '2026-03-09T09:00:00-04:00', '2026-03-09T09:50:00-04:00', {
      status: { state: 'cancelled', by: 'client', at: '2026-03-08T09:00:00-04:00' },
    });
    const inPerson = findOpenSlots([drLee], [cancelled], {
      ...monday,
      displayZone: 'UTC',
      modality: 'in_person',
    });
    expect(inPerson.slots.map((s) => s.start)).toEqual([
      '2026-03-09T13:00:00Z',
      '2026-03-09T14:00:00Z',
      '2026-03-09T15:00:00Z',
    ]);
    expect(inPerson.slots.every((s) => s.modalities.join() === 'in_person')).toBe(true);
  });

  it('gives no slot on a holiday, on time off, or on a day at its cap', () => {
    const capped = {
      ...drLee,
      maxSessionsPerDay: 1,
      timeOff: [{ start: '2026-03-10T00:00:00-04:00', end: '2026-03-11T00:00:00-04:00' }],
    };
    const r = findOpenSlots(
      [capped],
      [session('a-1', '2026-03-09T09:00:00-04:00', '2026-03-09T09:50:00-04:00')],
      {
        ...monday,
        to: '2026-03-12',
        holidays: ['2026-03-11'],
        displayZone: 'America/New_York',
      },
    );
    expect(new Set(r.slots.map((s) => s.clinicianDate))).toEqual(new Set(['2026-03-12']));
  });

  it('respects a weekly cap', () => {
    const capped = { ...drLee, maxSessionsPerWeek: 1 };
    const r = findOpenSlots(
      [capped],
      [session('a-1', '2026-03-09T09:00:00-04:00', '2026-03-09T09:50:00-04:00')],
      {
        ...monday,
        to: '2026-03-16',
        displayZone: 'America/New_York',
      },
    );
    expect(new Set(r.slots.map((s) => s.clinicianDate))).toEqual(new Set(['2026-03-16']));
  });

  it('applies minimum notice and the maximum horizon from asOf', () => {
    const r = findOpenSlots([drLee], [], {
      ...monday,
      from: '2026-03-09',
      to: '2026-03-12',
      asOf: '2026-03-08T10:30:00-04:00',
      maxHorizonDays: 3,
      displayZone: 'America/New_York',
    });
    expect(r.slots[0]?.start).toBe('2026-03-09T11:00:00-04:00');
    expect(r.slots.at(-1)?.start).toBe('2026-03-11T10:00:00-04:00');
  });

  it('explains clinicians left out for modality or session length, and orders by start then clinician', () => {
    const phoneOnly = { ...drLee, id: 'dr-ash', modalities: ['telehealth' as const], sessionMinutes: [45] };
    const twin = { ...drLee, id: 'dr-abe' };
    const r = findOpenSlots([drLee, phoneOnly, twin], [], {
      ...monday,
      displayZone: 'UTC',
      modality: 'in_person',
      limit: 4,
    });
    expect(r.excluded.map((e) => [e.clinicianId, e.reasons.map((x) => x.code)])).toEqual([
      ['dr-ash', ['scheduling.slots.modality_not_offered', 'scheduling.slots.session_length']],
    ]);
    expect(r.slots.map((s) => s.clinicianId)).toEqual(['dr-abe', 'dr-lee', 'dr-abe', 'dr-lee']);
  });

  it('processes a batch with invalid appointments and reports each by index', () => {
    const good = session('a-1', '2026-03-09T09:00:00-04:00', '2026-03-09T09:50:00-04:00');
    const backwards = session('a-2', '2026-03-09T11:00:00-04:00', '2026-03-09T10:00:00-04:00');
    const r = findOpenSlots([drLee], [good, { id: 'x' }, backwards], { ...monday, displayZone: 'UTC' });
    expect(r.invalidAppointments.map((i) => i.index)).toEqual([1, 2]);
    expect(r.invalidAppointments[1]?.issues.map((i) => i.code)).toEqual([
      'scheduling.appointment.end_before_start',
    ]);
    expect(r.reasons.map((x) => x.facts.index)).toEqual([1, 2]);
    expect(r.slots.some((s) => s.start === '2026-03-09T13:00:00Z')).toBe(false);
  });

  it('rejects overlapping availability, unknown zones, reversed ranges and bad searches, naming every problem', () => {
    const bad: SchedulingClinicianInput = {
      id: 'dr-x',
      zone: 'America/Nowhere',
      modalities: ['telehealth'],
      availability: [
        { days: ['mon'], start: '09:00', end: '12:00' },
        { days: ['mon', 'tue'], start: '11:00', end: '10:00' },
        { days: ['mon'], start: '10:00', end: '11:00', from: '2026-05-01', until: '2026-04-01' },
      ],
      timeOff: [{ start: '2026-03-02T10:00:00Z', end: '2026-03-02T09:00:00Z' }],
    };
    try {
      findOpenSlots([bad], [], { ...monday, displayZone: 'UTC' });
      expect.unreachable();
    } catch (error) {
      const issues = (error as ValidationError).issues.map((i) => [i.at, i.code]);
      expect(issues).toEqual(
        expect.arrayContaining([
          ['$[0].zone', 'core.zone.unknown'],
          ['$[0].availability[1].end', 'scheduling.availability.end_before_start'],
          ['$[0].availability[2].until', 'scheduling.availability.end_before_start'],
          ['$[0].availability[2]', 'scheduling.availability.overlap'],
          ['$[0].timeOff[0].end', 'scheduling.time_off.end_before_start'],
        ]),
      );
      expect((error as Error).message).not.toContain('America/Nowhere');
    }
    expect(() => findOpenSlots([drLee], [], { ...monday, to: '2026-03-01', displayZone: 'UTC' })).toThrow(
      /scheduling.slots.end_before_start/,
    );
    expect(() => findOpenSlots([drLee], [], { ...monday, to: '2027-12-01', displayZone: 'UTC' })).toThrow(
      /scheduling.slots.range_too_long/,
    );
  });

  it('keeps availability at its wall time on the DST change day', () => {
    const r = findOpenSlots(
      [{ ...drLee, availability: [{ days: ['sun'], start: '09:00', end: '10:00' }] }],
      [],
      {
        ...monday,
        from: '2026-03-08',
        to: '2026-03-08',
        displayZone: 'America/New_York',
      },
    );
    expect(r.slots.map((s) => s.start)).toEqual(['2026-03-08T09:00:00-04:00']);
  });

  it('lists each instant once, in time order, when DST makes two blocks overlap in elapsed time', () => {
    // On 2026-03-08 in New York, 02:40 does not exist: the first block runs to 03:40 EDT, past 03:00.
    const springDay = {
      ...drLee,
      sessionMinutes: [30],
      availability: [
        { days: ['sun' as const], start: '01:00', end: '02:40' },
        { days: ['sun' as const], start: '03:00', end: '04:00' },
      ],
    };
    const r = findOpenSlots([springDay], [], {
      ...monday,
      from: '2026-03-08',
      to: '2026-03-08',
      sessionMinutes: 30,
      stepMinutes: 10,
      displayZone: 'UTC',
      asOf: '2026-03-01T00:00:00Z',
    });
    // First block: 06:00Z … 07:10Z; second: 07:00Z … 07:30Z; merged without repeats.
    expect(r.slots.map((s) => s.start.slice(11, 16))).toEqual([
      '06:00',
      '06:10',
      '06:20',
      '06:30',
      '06:40',
      '06:50',
      '07:00',
      '07:10',
      '07:20',
      '07:30',
    ]);
  });

  // Property: the sweep returns exactly the naive scan's slots, and never one that overlaps a booking,
  // a buffer or time off, or lies outside availability.
  const scenario = fc
    .record({
      zone: fc.oneof(fc.constantFrom(...ZONES), fc.constantFrom(...Intl.supportedValuesOf('timeZone'))),
      firstStart: fc.integer({ min: 6 * 60, max: 10 * 60 }),
      firstLength: fc.integer({ min: 60, max: 240 }),
      gap: fc.integer({ min: 0, max: 120 }),
      secondLength: fc.integer({ min: 60, max: 300 }),
      before: fc.integer({ min: 0, max: 20 }),
      after: fc.integer({ min: 0, max: 20 }),
      step: fc.constantFrom(15, 30, 60),
      sessionMinutes: fc.constantFrom(30, 50, 60),
      dayOffset: fc.integer({ min: 0, max: 330 }),
      bookings: fc.array(
        fc.record({
          day: fc.integer({ min: 0, max: 6 }),
          minute: fc.integer({ min: 0, max: 1439 }),
          length: fc.integer({ min: 15, max: 120 }),
          cancelled: fc.boolean(),
        }),
        { maxLength: 25 },
      ),
      off: fc.option(
        fc.record({
          day: fc.integer({ min: 0, max: 6 }),
          minute: fc.integer({ min: 0, max: 1439 }),
          length: fc.integer({ min: 30, max: 600 }),
        }),
      ),
      cap: fc.option(fc.integer({ min: 1, max: 4 })),
    })
    .map((s) => {
      const base = Date.UTC(2026, 0, 1) + s.dayOffset * 86_400_000;
      const fromDate = new Date(base).toISOString().slice(0, 10);
      const toDate = new Date(base + 6 * 86_400_000).toISOString().slice(0, 10);
      const secondStart = Math.min(s.firstStart + s.firstLength + s.gap, 22 * 60);
      const clinician: SchedulingClinicianInput = {
        id: 'dr-p',
        zone: s.zone,
        modalities: ['telehealth'],
        sessionMinutes: [s.sessionMinutes],
        bufferBeforeMinutes: s.before,
        bufferAfterMinutes: s.after,
        ...(s.cap === null ? {} : { maxSessionsPerDay: s.cap }),
        availability: [
          {
            days: ['mon', 'tue', 'wed', 'thu', 'fri'],
            start: hhmm(s.firstStart),
            end: hhmm(s.firstStart + s.firstLength),
          },
          {
            days: ['mon', 'wed', 'sat'],
            start: hhmm(secondStart),
            end: hhmm(Math.min(secondStart + s.secondLength, 1439)),
          },
        ],
        timeOff:
          s.off === null
            ? []
            : [
                {
                  start: formatInstant(base + s.off.day * 86_400_000 + s.off.minute * 60_000, 'UTC'),
                  end: formatInstant(
                    base + s.off.day * 86_400_000 + (s.off.minute + s.off.length) * 60_000,
                    'UTC',
                  ),
                },
              ],
      };
      const bookings: SchedulingAppointmentInput[] = s.bookings.map((b, i) => {
        const start = base + b.day * 86_400_000 + b.minute * 60_000;
        return session(
          `b-${i}`,
          formatInstant(start, s.zone),
          formatInstant(start + b.length * 60_000, s.zone),
          {
            clinicianId: 'dr-p',
            ...(b.cancelled
              ? { status: { state: 'cancelled' as const, by: 'client' as const, at: '2025-12-01T00:00:00Z' } }
              : {}),
          },
        );
      });
      const search = {
        from: fromDate,
        to: toDate,
        asOf: formatInstant(base - 86_400_000 + 3 * 3_600_000, 'UTC'),
        sessionMinutes: s.sessionMinutes,
        displayZone: 'America/Denver',
        stepMinutes: s.step,
      };
      return { clinician, bookings, search };
    });

  it('never returns a slot that overlaps a booking, a buffer or time off, or lies outside availability', () => {
    fc.assert(
      fc.property(scenario, ({ clinician, bookings, search }) => {
        const { slots } = findOpenSlots([clinician], bookings, search);
        const before = (clinician.bufferBeforeMinutes ?? 0) * 60_000;
        const after = (clinician.bufferAfterMinutes ?? 0) * 60_000;
        for (const slot of slots) {
          const s = toEpochMs(slot.start);
          const e = toEpochMs(slot.end);
          for (const b of bookings) {
            if (b.status?.state === 'cancelled') continue;
            expect(s - before < toEpochMs(b.end) + after && toEpochMs(b.start) - before < e + after).toBe(
              false,
            );
          }
          for (const t of clinician.timeOff ?? []) {
            expect(s - before < toEpochMs(t.end) && toEpochMs(t.start) < e + after).toBe(false);
          }
          const local = readLocal(s, clinician.zone);
          const localEnd = readLocal(e, clinician.zone);
          const inside = (clinician.availability ?? []).some(
            (r) =>
              local.date === localEnd.date &&
              r.start <= local.time &&
              (localEnd.time <= r.end || Math.abs(local.offsetMinutes - localEnd.offsetMinutes) > 0),
          );
          expect(inside).toBe(true);
        }
        expect(slots.map((x) => ({ clinicianId: x.clinicianId, start: x.start }))).toEqual(
          naiveOpenSlots([clinician], bookings, search),
        );
      }),
      { numRuns: 100 },
    );
  });

  it('returns the same slots whatever the order of the bookings and clinicians', () => {
    fc.assert(
      fc.property(scenario, fc.integer(), ({ clinician, bookings, search }, seed) => {
        const twin = { ...clinician, id: 'dr-q' };
        const a = findOpenSlots([clinician, twin], bookings, search);
        const shuffled = [...bookings].sort(
          (x, y) => ((x.id.length * seed) % 7) - ((y.id.length * seed) % 7),
        );
        const b = findOpenSlots([twin, clinician], [...shuffled].reverse(), search);
        expect(b.slots).toEqual(a.slots);
      }),
      { numRuns: 50 },
    );
  });
});
